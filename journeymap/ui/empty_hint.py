"""The hint in the middle of an empty map: how to add the first step.

A new journey opens as an empty map, which tells a first-time user nothing. The hint names the
add-step action's own shortcut and toolbar button (from ``ui/actions.py``), so it stays true when
either changes. It lies over the map without taking its clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from journeymap.ui.document import JourneyDocument


class EmptyMapHint(QLabel):
    """A centred hint over ``pane`` while the open journey has no steps."""

    def __init__(self, pane: QWidget, document: JourneyDocument, add_step: QAction) -> None:
        super().__init__(pane)
        self._doc = document
        self._action = add_step
        self.setObjectName("EmptyMapHint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        pane.installEventFilter(self)
        document.journey_changed.connect(self.update_shown)
        document.journey_opened.connect(lambda _id: self.update_shown())
        add_step.changed.connect(self.retranslate_ui)  # a new text or shortcut
        self.retranslate_ui()
        self.update_shown()

    def update_shown(self) -> None:
        """Show the hint exactly while an open journey has no steps."""
        self.setVisible(self._doc.is_open and not self._doc.journey.steps)
        self._place()

    def retranslate_ui(self) -> None:
        """Say the hint in the interface language, with the action's current shortcut."""
        shortcut = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = self._action.iconText()
        if shortcut:
            text = self.tr("This journey has no steps yet.\nPress %1 or click “%2” in the "
                           "toolbar to add the first step.").replace("%1", shortcut)
        else:
            text = self.tr("This journey has no steps yet.\nClick “%2” in the toolbar to add "
                           "the first step.")
        self.setText(text.replace("%2", button))

    def _place(self) -> None:
        pane = self.parentWidget()
        width = min(pane.width() - 40, 520)
        height = self.heightForWidth(width)
        self.setGeometry((pane.width() - width) // 2, (pane.height() - height) // 2, width, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Stay centred when the map pane is resized."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
