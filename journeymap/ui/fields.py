"""Small editors shared by the forms: yes/no/unknown, duration (optional or not), enum."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPaintEvent, QValidator
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

from journeymap.core.texts import format_duration, parse_duration
from journeymap.ui.i18n import current_language, tristate_label


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


class DurationBox(QDoubleSpinBox):
    """A duration in minutes, shown and typed as people say it: "25 minutes", "2 hours", "1 day".

    The value stays in minutes; the text is in the interface language and exact (100 minutes are
    not shown as "1.7 hours"). Typing accepts a plain number (minutes) or a number with a unit in
    English or Dutch ("2 h", "1,5 uur", "3 dagen"); the arrows step by the unit shown.
    """

    def __init__(self, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(0.0, maximum)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("1439,9 minuten") + 40)

    def changeEvent(self, event: QEvent) -> None:
        """Say the duration again in the new interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setSpecialValueText(self.specialValueText())  # Qt's way to redo the text
        super().changeEvent(event)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        """Return ``value`` minutes in words, in the interface language."""
        return format_duration(value, current_language(), exact=True)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt's name)
        """Return the minutes ``text`` means (the current value when it means nothing)."""
        minutes = parse_duration(text)
        return self.value() if minutes is None else minutes

    def validate(self, text: str, pos: int) -> QValidator.State:
        """Accept a duration in range; let a number with a unit still being typed stand."""
        minutes = parse_duration(text)
        if minutes is not None:
            if self.minimum() <= minutes <= self.maximum():
                return QValidator.State.Acceptable
            return QValidator.State.Intermediate
        stripped = text.strip()
        if not stripped or stripped[0].isdigit() or stripped[0] in ".,":
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        """Put back the current value when the text left behind is no duration."""
        return self.textFromValue(self.value())

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        """Step by the unit shown: a minute below an hour, an hour below a day, else a day."""
        value = self.value() - (0.5 if steps < 0 else 0.0)  # stepping down from 1 hour: minutes
        unit = 1440.0 if value >= 1440 else 60.0 if value >= 60 else 1.0
        floor = max(self.minimum(), 0.0)  # an optional box reaches its dash from zero only
        self.setValue(min(max(self.value() + steps * unit, floor), self.maximum()))


class OptionalDurationBox(DurationBox):
    """A ``DurationBox`` for an optional step field: a duration, or nothing (a dash).

    The field is stored in ``unit`` minutes (1 for a wait in minutes, 1440 for days since the
    previous step) and shown as a duration either way: a stored 1440-minute wait reads "1 day".
    Stepping down from zero shows the dash: not stated.

    Signals:
        number_changed(object): the new value in the field's unit, ``None`` for nothing.
    """

    number_changed = Signal(object)

    def __init__(self, maximum: float, *, unit: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(maximum * unit, parent)
        self._unit = unit
        self._updating = False
        self.setMinimum(-1.0)
        self.setSpecialValueText("—")
        self.setKeyboardTracking(True)
        self.valueChanged.connect(self._changed)

    @property
    def number(self) -> float | None:
        """Return the value shown in the field's unit, ``None`` for nothing."""
        return None if self.value() < 0 else self.value() / self._unit

    def set_number(self, value: float | None) -> None:
        """Show ``value`` (in the field's unit) without emitting ``number_changed``.

        The value just typed comes back after each keystroke's edit; setting it again would
        rewrite "1" as "1 minute" under the cursor, so an unchanged value is left alone.
        """
        minutes = -1.0 if value is None else value * self._unit
        if abs(minutes - self.value()) < 1e-9:
            return
        self._updating = True
        self.setValue(minutes)
        self._updating = False

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        """Step by the unit shown; down from zero to the dash, up from the dash to zero."""
        if self.value() < 0 or (self.value() == 0 and steps < 0):
            self.setValue(0.0 if steps > 0 else -1.0)
        else:
            super().stepBy(steps)

    def _changed(self, _value: float) -> None:
        if not self._updating:
            number = self.number
            if number is not None and abs(number - round(number)) < 1e-9:
                number = int(round(number))
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
