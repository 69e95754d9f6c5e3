"""Link the current step to a step of its plan from the keyboard: type to filter, Enter to choose.

The picker lists the plan's steps (with what became of each in this journey) and, first, "No
planned step", which removes the link so the matcher pairs the step again. Up and Down move in
the list while the cursor stays in the filter; Esc closes without a change. The choice is one
undoable edit (``JourneyDocument.link_step``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout
from shiboken6 import isValid

from journeymap.core.channels import channel, fold, is_channel_id
from journeymap.core.deviations import Comparison
from journeymap.ui.i18n import deviation_label

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

_NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ID_ROLE = Qt.ItemDataRole.UserRole


class PlannedStepPicker(QDialog):
    """The plan's steps to choose from for the step at ``index`` of the compared journey.

    Signals:
        chosen(object): the planned step's id, or ``None`` for "no planned step".
    """

    chosen = Signal(object)

    def __init__(self, comparison: Comparison, index: int, lang: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setObjectName("planned_step_picker")
        step = comparison.actual.steps[index]
        self.setWindowTitle(self.tr("Link to planned step"))
        self.heading = QLabel(self.tr("Step %1, “%2”, realises:").replace(
            "%1", str(index + 1)).replace("%2", step.title))
        self.heading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter the plan's steps"))
        self.filter.setAccessibleName(self.tr("Filter the plan's steps"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("The plan's steps"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._entries: list[tuple[str | None, str, str]] = [
            (None, self.tr("No planned step (match it by channel and title)"),
             fold(self.tr("No planned step")))]
        for number, planned in enumerate(comparison.plan.steps, start=1):
            name = channel(planned.channel).name(lang) if is_channel_id(
                planned.channel) else planned.channel
            fate = deviation_label(comparison.of_planned(planned.id).kind)
            text = f"{number}. {planned.title} — {name} ({fate})"
            self._entries.append((planned.id, text, fold(f"{planned.title} {name}")))
        current = comparison.of_actual(index)
        self._current = current.planned_step if current is not None else None
        self._linked = step.planned_step
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self._refilter("")
        self.resize(440, 300)

    def entries(self) -> list[tuple[str | None, str]]:
        """Return the entries shown now: (planned step id or ``None``, text)."""
        return [(self.list.item(row).data(_ID_ROLE), self.list.item(row).text())
                for row in range(self.list.count())]

    def _refilter(self, text: str) -> None:
        words = fold(text).split()
        self.list.clear()
        selected = 0
        for planned_id, label, haystack in self._entries:
            if words and not all(word in haystack for word in words):
                continue
            item = QListWidgetItem(label)
            item.setData(_ID_ROLE, planned_id)
            if planned_id is not None and planned_id == self._linked:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if not words and planned_id is not None and planned_id == self._current:
                selected = self.list.count() - 1
        if words:  # the first planned step that matches, not "no planned step"
            selected = next((row for row, (pid, _text) in enumerate(self.entries())
                             if pid is not None), 0)
        if self.list.count():
            self.list.setCurrentRow(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Walk the list with Up/Down and choose with Enter while typing in the filter."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            if event.key() in _NAVIGATION:
                self.list.keyPressEvent(event)  # type: ignore[arg-type]
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        """Choose the entry selected now (nothing when the filter matches none)."""
        item = self.list.currentItem()
        if item is None:
            return
        planned_id = item.data(_ID_ROLE)
        self.accept()
        self.chosen.emit(planned_id)


def open_picker(window: MainWindow) -> PlannedStepPicker | None:
    """Show the picker for the window's current step; the choice links it (one edit)."""
    document = window.document
    comparison = document.plan_state.comparison
    index = document.current_step
    if comparison is None or not 0 <= index < len(document.journey.steps):
        window.status.showMessage(window.tr(
            "Choose the journey's plan first (Journey tab: Plan)"), 6000)
        return None
    previous = window.focusWidget()
    step_id = document.journey.steps[index].id
    picker = PlannedStepPicker(comparison, index, document.lang, window)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.setWindowModality(Qt.WindowModality.WindowModal)

    def link(planned_id: object) -> None:
        try:
            position = document.journey.step_index(step_id)
        except KeyError:  # the step is gone (another window deleted it)
            return
        document.link_step(position, planned_id if isinstance(planned_id, str) else None)

    def refocus(_result: int) -> None:
        if isValid(window):
            window.activateWindow()  # typing goes on where it was, on every platform
        if previous is not None and isValid(previous):
            previous.setFocus()

    picker.chosen.connect(link)
    picker.finished.connect(refocus)
    picker.show()
    picker.activateWindow()
    picker.filter.setFocus()
    return picker
