"""What the inspector offers while a designer records: proposals from the step's own words and
the hand-off questions.

Neither ever takes the focus: they sit after the note in the tab order and answer to window
shortcuts (``ui.actions``: Alt+Return accepts, Alt+Del rejects, Alt+Shift+Y / N / S answer the
hand-off question). With the proposal list focused, Enter accepts and Delete rejects the current
proposal. Every answer is one undoable edit through the document.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.channels import channel
from journeymap.core.model import Initiator, Outcome
from journeymap.core.proposals import Proposal
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import initiator_label, outcome_label, tristate_label

_PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 1
_CHIPS_A_ROW = 3
_FIELD_LABELS = {
    "outcome": QT_TRANSLATE_NOOP("ProposalList", "Outcome"),
    "initiator": QT_TRANSLATE_NOOP("ProposalList", "Started by"),
    "info_given": QT_TRANSLATE_NOOP("ProposalList", "Information asked"),
    "recognized": QT_TRANSLATE_NOOP("ProposalList", "Recognised"),
    "context_available": QT_TRANSLATE_NOOP("ProposalList", "Context at hand"),
    "sensitive": QT_TRANSLATE_NOOP("ProposalList", "Sensitive data"),
    "referred_to": QT_TRANSLATE_NOOP("ProposalList", "Referred to"),
    "wait_minutes": QT_TRANSLATE_NOOP("ProposalList", "Wait"),
    "elapsed_days": QT_TRANSLATE_NOOP("ProposalList", "Days since previous"),
}


def field_label(name: str) -> str:
    """Return the inspector's name of a step field, in the interface language."""
    return QCoreApplication.translate("ProposalList", _FIELD_LABELS.get(name, name))


def value_text(proposal: Proposal, lang: str) -> str:
    """Return the proposed value as the inspector's field would show it."""
    value = proposal.value
    if proposal.field == "outcome":
        return outcome_label(Outcome(str(value)))
    if proposal.field == "initiator":
        return initiator_label(Initiator(str(value)))
    if isinstance(value, bool):
        return tristate_label(value)
    if proposal.field == "referred_to":
        return channel(str(value)).name(lang)
    if isinstance(value, tuple):
        return "; ".join(value)
    unit = " min" if proposal.field == "wait_minutes" else " d"
    return f"{value}{unit}"


def proposal_text(proposal: Proposal, lang: str) -> str:
    """Return one proposal as the list shows it: field, value, and the quoted words."""
    return f"{field_label(proposal.field)}: {value_text(proposal, lang)}\n“{proposal.quote}”"


class ProposalList(QListWidget):
    """The current step's open proposals; Enter accepts and Delete rejects the current one.

    Signals:
        changed(): the proposals shown changed (the window enables its actions after it).
    """

    changed = Signal()

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown: tuple[Proposal, ...] = ()
        self.setObjectName("ProposalList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVisible(False)  # until the step has a proposal

    def proposals(self) -> tuple[Proposal, ...]:
        """Return the proposals listed, top to bottom."""
        return self._shown

    def current_proposal(self) -> Proposal | None:
        """Return the proposal Enter (or Alt+Return) would accept: the chosen one, else the
        first."""
        item = self.currentItem()
        if item is not None:
            proposal: Proposal = item.data(_PROPOSAL_ROLE)
            return proposal
        return self._shown[0] if self._shown else None

    def refresh(self) -> None:
        """List the open proposals of the current step, keeping the row chosen."""
        shown = self._doc.proposals(self._doc.current_step)
        if shown == self._shown and self.count() == len(shown):
            return
        row = max(0, self.currentRow())
        self._shown = shown
        self.blockSignals(True)
        self.clear()
        for proposal in shown:
            item = QListWidgetItem(proposal_text(proposal, self._doc.lang))
            item.setData(_PROPOSAL_ROLE, proposal)
            item.setToolTip(self.tr("Enter accepts, Delete rejects (also Alt+Return, Alt+Del)"))
            self.addItem(item)
        if shown:
            self.setCurrentRow(min(row, len(shown) - 1))
        self.blockSignals(False)
        self._fit_height()
        self.setVisible(bool(shown))
        self.changed.emit()

    def _fit_height(self) -> None:
        """Show every proposal without a scroll bar (a step has only a few), rows wrapped to
        the list's width."""
        metrics = self.fontMetrics()
        width = max(80, self.viewport().width() - 2 * self.spacing() - 8)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = 0
        for row in range(self.count()):
            text = self.item(row).text()
            rows = metrics.boundingRect(0, 0, width, 100_000, flags, text).height()
            self.item(row).setSizeHint(QSize(width, rows + 6))
            height += rows + 6
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped rows change height with the width."""
        super().resizeEvent(event)
        if self.count():
            self._fit_height()

    def sizeHint(self) -> QSize:
        """Ask for little width (rows wrap) and the height the rows need."""
        return QSize(200, self.height())

    def accept_current(self) -> None:
        """Accept the current proposal (one undoable edit)."""
        proposal = self.current_proposal()
        if proposal is not None:
            self._doc.accept_proposal(proposal)

    def reject_current(self) -> None:
        """Reject the current proposal (one undoable edit); it is not proposed again."""
        proposal = self.current_proposal()
        if proposal is not None:
            self._doc.reject_proposal(proposal)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter accepts, Delete (or Backspace) rejects the current proposal."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept_current()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.reject_current()
            return
        super().keyPressEvent(event)


class HandOffBox(QWidget):
    """The hand-off questions of the current step: was the earlier work at hand, and what was
    asked again.

    Shown while a question of the step's hand-off is open, and kept while the step stays
    current, so the designer sees the answer just given (and can change it). Skip hides the
    questions of that step for the rest of the session; it changes nothing in the journey.

    Signals:
        changed(): the questions shown changed (the window enables its actions after it).
    """

    changed = Signal()

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._step_id: str | None = None  # the step whose questions are shown
        self._skipped: set[str] = set()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.yes = self._button(checkable=True)
        self.no = self._button(checkable=True)
        self.skip = self._button()
        self.yes.clicked.connect(lambda: self.answer_context(True))
        self.no.clicked.connect(lambda: self.answer_context(False))
        self.skip.clicked.connect(self.skip_question)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.yes, self.no, self.skip):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.items_label = QLabel()
        self.items_label.setWordWrap(True)
        self._chips_row = QGridLayout()  # three chips a row: the inspector is narrow
        self._chips_row.setContentsMargins(0, 0, 0, 0)
        self._chips_row.setColumnStretch(_CHIPS_A_ROW, 1)
        self.chips: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        layout.addWidget(self.items_label)
        layout.addLayout(self._chips_row)
        self.setObjectName("HandOffBox")
        self.retranslate_ui()
        self.setVisible(False)

    def _button(self, *, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setCheckable(checkable)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by Tab, never by a click
        return button

    @property
    def asking(self) -> bool:
        """Return whether questions are shown."""
        return self._step_id is not None

    def items(self) -> list[str]:
        """Return the items offered as given again (the chips), left to right."""
        return [chip.text() for chip in self.chips]

    def refresh(self, *, moved: bool = False) -> None:
        """Show the current step's hand-off questions (``moved``: another step became current)."""
        doc = self._doc
        index = doc.current_step
        steps = doc.journey.steps
        step = steps[index] if 0 <= index < len(steps) else None
        hand_off = doc.hand_off(index) if step is not None else None
        keep = not moved and step is not None and step.id == self._step_id
        if (hand_off is None or step is None or step.id in self._skipped
                or not (keep or hand_off.is_open(step.context_available, step.info_given))):
            self._step_id = None
            self.setVisible(False)
            self.changed.emit()
            return
        self._step_id = step.id
        self.question.setText(hand_off.question)
        self.yes.setChecked(step.context_available is True)
        self.no.setChecked(step.context_available is False)
        asks = hand_off.asks_items(step.context_available)
        self._set_chips(hand_off.items if asks else (), step.info_given)
        self.items_label.setVisible(asks)
        self.setVisible(True)
        self.changed.emit()

    def _set_chips(self, items: tuple[str, ...], given: tuple[str, ...]) -> None:
        if self.items() != list(items):
            while self._chips_row.count():
                taken = self._chips_row.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
            self.chips = []
            for item in items:
                chip = self._button(checkable=True)
                chip.setText(item)
                chip.setObjectName("AskedAgainChip")
                chip.clicked.connect(lambda _checked=False, name=item: self.toggle_item(name))
                position = len(self.chips)
                self._chips_row.addWidget(chip, position // _CHIPS_A_ROW,
                                          position % _CHIPS_A_ROW)
                self.chips.append(chip)
        for chip in self.chips:
            chip.setChecked(chip.text() in given)

    def answer_context(self, value: bool) -> None:
        """Answer whether they had the earlier work at hand (one undoable edit)."""
        index = self._doc.current_step
        if not self.asking:
            return
        step = self._doc.journey.steps[index]
        self._doc.answer_hand_off(index, context_available=None
                                  if step.context_available is value else value)

    def answer_yes(self) -> None:
        """They had the earlier work at hand."""
        self.answer_context(True)

    def answer_no(self) -> None:
        """They did not have the earlier work at hand."""
        self.answer_context(False)

    def toggle_item(self, item: str) -> None:
        """Mark ``item`` as given again at this step, or unmark it (one undoable edit)."""
        index = self._doc.current_step
        if not self.asking:
            return
        given = self._doc.journey.steps[index].info_given
        changed = tuple(i for i in given if i != item) if item in given else (*given, item)
        self._doc.answer_hand_off(index, info_given=changed)

    def skip_question(self) -> None:
        """Stop asking about this step for now (not an edit: the field stays unknown)."""
        if self._step_id is not None:
            self._skipped.add(self._step_id)
            self.refresh(moved=True)

    def retranslate_ui(self) -> None:
        """Set the texts in the interface language."""
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))
        self.skip.setText(self.tr("Skip"))
        self.yes.setToolTip("Alt+Shift+Y")
        self.no.setToolTip("Alt+Shift+N")
        self.skip.setToolTip("Alt+Shift+S")
        self.items_label.setText(self.tr("Asked again for:"))
        self.setAccessibleName(self.tr("Hand-off questions"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
