"""A reference card of every keyboard shortcut (Help → Keyboard shortcuts, F1).

The menu shortcuts come from the window's actions (``ui.actions``), so the card never disagrees
with the menus; the keys that work inside the map, the inspector and presentation mode are listed
after them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.ui import actions as action_table

_CONTEXT = "Shortcuts"
# Keys handled by the widgets themselves (no menu action): (where, keys, what).
WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Map"), "← → Home End",
     QT_TRANSLATE_NOOP("Shortcuts", "Walk the steps")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Map"), QT_TRANSLATE_NOOP("Shortcuts", "Menu key"),
     QT_TRANSLATE_NOOP("Shortcuts", "Channel, score and outcome of the current step")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Map"), QT_TRANSLATE_NOOP("Shortcuts", "Mouse wheel"),
     QT_TRANSLATE_NOOP("Shortcuts", "Zoom around the pointer")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Map"), QT_TRANSLATE_NOOP("Shortcuts", "Shift+mouse wheel"),
     QT_TRANSLATE_NOOP("Shortcuts", "Scroll sideways")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Inspector"), "1 2 3 4 5",
     QT_TRANSLATE_NOOP("Shortcuts", "Score: 1 is −−, 5 is ++ (or type −− − 0 + ++)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Inspector"), "Tab",
     QT_TRANSLATE_NOOP("Shortcuts", "Next field; type a channel by its name")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation"), "← →",
     QT_TRANSLATE_NOOP("Shortcuts", "Previous and next step")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation"), "Space / Page Down",
     QT_TRANSLATE_NOOP("Shortcuts", "Next page of the findings, then the next step")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation"), "1 2 3 4 5",
     QT_TRANSLATE_NOOP("Shortcuts", "Score the current step live")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation"), "↑ ↓",
     QT_TRANSLATE_NOOP("Shortcuts", "Previous and next finding")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation"), "Esc",
     QT_TRANSLATE_NOOP("Shortcuts", "Leave presentation mode")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _typed_on_a_keyboard(sequence: QKeySequence) -> bool:
    """Whether a person types ``sequence`` on an ordinary keyboard.

    Qt's standard bindings add media and application keys (New, Open, Undo, Help) and the
    legacy Alt+Backspace undo; they work, but only clutter a reference card.
    """
    combination = sequence[0]
    key = combination.key()
    if key.value >= Qt.Key.Key_Back.value or key == Qt.Key.Key_Help:
        return False
    alt = Qt.KeyboardModifier.AltModifier
    return not (key == Qt.Key.Key_Backspace and combination.keyboardModifiers() & alt)


def shortcut_text(action: QAction) -> str:
    """Return the shortcuts of ``action`` a person types, as the platform writes them."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts()
                     if _typed_on_a_keyboard(sequence))


class ShortcutsDialog(QDialog):
    """Lists the shortcuts by menu, then the keys of the map, inspector and presentation."""

    def __init__(self, window_actions: Mapping[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName(self.windowTitle())
        self._fill(window_actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 680)

    def _heading(self, text: str) -> None:
        item = QTreeWidgetItem(self.tree, [text, ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)

    def _fill(self, window_actions: Mapping[str, QAction]) -> None:
        by_menu: dict[str, list[tuple[str, str]]] = {}
        for spec in action_table.ACTIONS:
            keys = shortcut_text(window_actions[spec.name])
            if keys:
                menu = "file" if spec.menu == "export" else spec.menu
                by_menu.setdefault(menu, []).append((action_table.plain(spec.text), keys))
        for menu, title in action_table.MENUS.items():
            if menu in by_menu:
                self._heading(action_table.plain(title))
                for text, keys in by_menu[menu]:
                    QTreeWidgetItem(self.tree, [text, keys])
        where = ""
        for place, keys, text in WIDGET_KEYS:
            if place != where:
                self._heading(_tr(place))
                where = place
            QTreeWidgetItem(self.tree, [_tr(text), _tr(keys)])

    def rows(self) -> list[tuple[str, str]]:
        """Return every (action, keys) row, headings included (keys empty), top to bottom."""
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]
