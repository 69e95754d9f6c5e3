"""The Fusion style with an explicit light or dark palette, and a small style sheet.

An explicit palette because offscreen and some desktops ignore colour-scheme requests; the style
sheet makes keyboard focus clearly visible on every control (accessibility).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "window": "#f4f5f7", "text": "#1b1d22", "base": "#ffffff", "alt": "#eceef2",
    "button": "#e7e9ee", "highlight": "#1f6feb", "highlighted_text": "#ffffff",
    "disabled": "#8a8f99", "link": "#0b57d0", "tooltip": "#fffbe6",
}
_DARK = {
    "window": "#1f2227", "text": "#e8eaed", "base": "#15171b", "alt": "#262a31",
    "button": "#2d3139", "highlight": "#4c8dff", "highlighted_text": "#0b0d10",
    "disabled": "#7d838d", "link": "#8ab4f8", "tooltip": "#2d3139",
}

_QSS = """
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDoubleSpinBox:focus, QSpinBox:focus,
QListView:focus, QTreeView:focus, QTreeWidget:focus, QTabBar::tab:focus, QDateEdit:focus {
    border: 2px solid %(highlight)s;
}
QPushButton:focus, QToolButton:focus, QCheckBox:focus {
    outline: none;
    border: 2px solid %(highlight)s;
    border-radius: 3px;
}
QLineEdit[invalid="true"] { border: 2px solid #c62828; }
QFrame#ScoreEditor { border: 1px solid %(disabled)s; border-radius: 4px; }
QFrame#ScoreEditor:focus { border: 2px solid %(highlight)s; }
QLabel#FindingTip { padding: 6px; }
"""


def palette(theme: str) -> QPalette:
    """Return the light or dark Fusion palette."""
    c = _DARK if theme == "dark" else _LIGHT
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
        (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "button"),
        (role.ButtonText, "text"), (role.Highlight, "highlight"),
        (role.HighlightedText, "highlighted_text"), (role.Link, "link"),
        (role.ToolTipBase, "tooltip"), (role.ToolTipText, "text"),
        (role.PlaceholderText, "disabled"),
    ):
        pal.setColor(r, QColor(c[key]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["disabled"]))
    return pal


def apply_theme(app: QApplication, theme: str = "light") -> None:
    """Use Fusion with the ``theme`` palette and the focus style sheet."""
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    colours = _DARK if theme == "dark" else _LIGHT
    app.setStyleSheet(_QSS % colours)
