"""Small editors shared by the step and journey forms: yes/no/unknown, optional number, enum."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from journeymap.ui.i18n import tristate_label


class ChoiceCombo(QComboBox):
    """A combo box over fixed values, each shown by a translated label.

    Signals:
        value_chosen(object): the value the user picked.
    """

    value_chosen = Signal(object)

    def __init__(self, values: Sequence[Any], label: Callable[[Any], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        self._label = label
        # Long labels must not widen the inspector: show them elided when space is short.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.retranslate()
        self.activated.connect(lambda index: self.value_chosen.emit(self._values[index]))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the current label elided with "…" where it does not fit (Qt would clip it),
        with the whole label as tooltip."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        full = option.currentText
        option.currentText = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                                           field.width())
        self.setToolTip(full if option.currentText != full else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def retranslate(self) -> None:
        """Relabel the items in the current language."""
        current = self.currentIndex()
        self.blockSignals(True)
        self.clear()
        for value in self._values:
            self.addItem(self._label(value))
        self.setCurrentIndex(max(current, 0))
        self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``value_chosen``."""
        index = self._values.index(value) if value in self._values else 0
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)


class TriStateCombo(ChoiceCombo):
    """Unknown / yes / no for the optional booleans of a step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((None, True, False), tristate_label, parent)


class OptionalNumber(QDoubleSpinBox):
    """A number >= 0 or nothing (shown as a dash at the minimum).

    Signals:
        number_changed(object): the new value, ``None`` for nothing.
    """

    number_changed = Signal(object)

    def __init__(self, suffix: str, decimals: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(-1, 1_000_000)
        self.setSpecialValueText("—")
        self.setSuffix(suffix)
        self.setKeyboardTracking(True)
        self._updating = False
        self.valueChanged.connect(self._changed)

    @property
    def number(self) -> float | None:
        """Return the value shown, ``None`` for nothing."""
        return None if self.value() < 0 else self.value()

    def set_number(self, value: float | None) -> None:
        """Show ``value`` without emitting ``number_changed``."""
        self._updating = True
        self.setValue(-1 if value is None else value)
        self._updating = False

    def _changed(self, _value: float) -> None:
        if not self._updating:
            number = self.number
            if number is not None and number == int(number):
                number = int(number)
            self.number_changed.emit(number)


class NoteEdit(QPlainTextEdit):
    """Free text where Tab moves on instead of typing a tab.

    Signals:
        text_edited(str): the text after the user changed it.
    """

    text_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(80)
        self._updating = False
        self.textChanged.connect(self._changed)

    def set_text(self, text: str) -> None:
        """Show ``text`` without emitting ``text_edited``."""
        if self.toPlainText() != text:
            self._updating = True
            self.setPlainText(text)
            self._updating = False

    def _changed(self) -> None:
        if not self._updating:
            self.text_edited.emit(self.toPlainText())


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Replace the text of ``edit`` only when it differs (keeps the cursor while typing)."""
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long text, not its end


def set_invalid(widget: QWidget, invalid: bool, message: str = "") -> None:
    """Mark ``widget`` red (and explain why in its tooltip) or clear the mark."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip(message if invalid else "")


class FocusWatcher(QObject):
    """Call ``callback`` whenever a watched widget gains focus (to start a typing session)."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Report focus-in events."""
        if event.type() == QEvent.Type.FocusIn:
            self._callback()
        return False
