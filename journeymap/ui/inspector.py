"""The step inspector: record a step from the keyboard, field by field; every change is undoable.

Tab order follows the form: title, channel (typed in English or Dutch), score (``1``-``5`` or
``-- - 0 + ++``), outcome, initiator, phase, information asked, recognised, context, sensitive,
referred to, wait, days since the previous step, evidence, note.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Evidence, Initiator, Outcome
from journeymap.ui.channel_picker import ChannelPicker
from journeymap.ui.document import JourneyDocument
from journeymap.ui.fields import (
    ChoiceCombo,
    FocusWatcher,
    NoteEdit,
    OptionalDurationBox,
    TriStateCombo,
    set_invalid,
    set_line_text,
)
from journeymap.ui.i18n import evidence_label, initiator_label, outcome_label
from journeymap.ui.journey_form import JourneyForm
from journeymap.ui.recording_aids import HandOffBox, ProposalList
from journeymap.ui.score_editor import ScoreEditor
from journeymap.ui.tag_editor import TagEditor

#: The longest wait and the longest gap between two steps the fields take.
MAX_WAIT_MINUTES = 1_000_000.0
MAX_ELAPSED_DAYS = 100_000.0
MINUTES_PER_DAY = 1440.0


class StepForm(QWidget):
    """The fields of the current step, bound to the document."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._updating = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.title = QLineEdit()
        self.channel = ChannelPicker()
        self.score = ScoreEditor()
        self.outcome = ChoiceCombo(list(Outcome), outcome_label)
        self.initiator = ChoiceCombo(list(Initiator), initiator_label)
        self.phase = QComboBox()
        self.phase.setEditable(True)
        self.phase.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phase.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phase.setMinimumContentsLength(8)
        self.info_given = TagEditor()
        self.recognized = TriStateCombo()
        self.context_available = TriStateCombo()
        self.sensitive = TriStateCombo()
        self.referred_to = ChannelPicker(allow_none=True)
        # Shown as durations ("1 day", "2 hours"), stored in minutes and in days.
        self.wait_minutes = OptionalDurationBox(MAX_WAIT_MINUTES)
        self.elapsed_days = OptionalDurationBox(MAX_ELAPSED_DAYS, unit=MINUTES_PER_DAY)
        self.evidence = ChoiceCombo([None, *Evidence], evidence_label)
        self.note = NoteEdit()
        # Made after the fields: they follow the note in the tab order and never take the focus.
        self.proposals_title = QLabel()
        self.proposals = ProposalList(document)
        self.hand_off = HandOffBox(document)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._rows: list[tuple[QWidget, QLabel]] = []
        for widget in self._fields():
            label = QLabel()
            label.setBuddy(widget)
            self._form.addRow(label, widget)
            self._rows.append((widget, label))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hand_off)
        layout.addWidget(self.proposals_title)
        layout.addWidget(self.proposals)
        layout.addLayout(self._form)
        layout.addStretch(1)

        watcher = FocusWatcher(document.begin_typing, self)
        for widget in self._fields():
            widget.installEventFilter(watcher)
        self._connect()
        self.retranslate_ui()
        document.add_commit_hook(self.commit_pending)
        document.journey_changed.connect(self.refresh)
        document.current_step_changed.connect(lambda _index: self.refresh(moved=True))
        document.language_changed.connect(lambda _lang: self.refresh())
        self.refresh()

    def _fields(self) -> list[QWidget]:
        return [self.title, self.channel, self.score, self.outcome, self.initiator, self.phase,
                self.info_given, self.recognized, self.context_available, self.sensitive,
                self.referred_to, self.wait_minutes, self.elapsed_days, self.evidence, self.note]

    def _connect(self) -> None:
        self.title.textEdited.connect(lambda text: self._edit(self.title, title=text))
        self.channel.channel_chosen.connect(lambda cid: self._edit(self.channel, channel=cid))
        self.score.score_chosen.connect(lambda score: self._edit(self.score, score=score))
        self.outcome.value_chosen.connect(lambda value: self._edit(self.outcome, outcome=value))
        self.initiator.value_chosen.connect(
            lambda value: self._edit(self.initiator, initiator=value))
        self.phase.activated.connect(lambda _index: self._phase_entered())
        line = self.phase.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._phase_entered)
        self.info_given.tags_changed.connect(
            lambda tags: self._edit(self.info_given, info_given=tags))
        for name in ("recognized", "context_available", "sensitive"):
            combo: TriStateCombo = getattr(self, name)
            combo.value_chosen.connect(
                lambda value, c=combo, n=name: self._edit(c, **{n: value}))
        self.referred_to.channel_chosen.connect(
            lambda cid: self._edit(self.referred_to, referred_to=cid or None))
        self.wait_minutes.number_changed.connect(
            lambda value: self._edit(self.wait_minutes, wait_minutes=value))
        self.elapsed_days.number_changed.connect(
            lambda value: self._edit(self.elapsed_days, elapsed_days=value))
        self.evidence.value_chosen.connect(
            lambda value: self._edit(self.evidence, evidence=value))
        self.note.text_edited.connect(lambda text: self._edit(self.note, note=text or None))

    def _edit(self, widget: QWidget, **changes: Any) -> None:
        index = self._doc.current_step
        if self._updating or index < 0:
            return
        try:
            self._doc.update_step(index, **changes)
        except InvalidJourneyError as error:
            set_invalid(widget, True, "\n".join(p.message for p in error.problems))
        else:
            set_invalid(widget, False)

    def _phase_entered(self) -> None:
        index = self._doc.current_step
        if self._updating or index < 0:
            return
        phase = self.phase.currentText().strip() or None
        if phase == self._doc.journey.steps[index].phase:
            return
        try:
            self._doc.set_step_phase(index, phase)
        except InvalidJourneyError as error:
            set_invalid(self.phase, True, "\n".join(p.message for p in error.problems))
        else:
            set_invalid(self.phase, False)

    def commit_pending(self) -> None:
        """Commit what is typed but not yet committed, and close open completion popups.

        The document calls this before anything moves on from the current step, so that a
        phase typed and followed directly by ``Ctrl+Return`` lands on its own step, and a key
        typed after the move goes to the field that has the focus, not into an old popup.
        """
        for completer in (self.info_given.completer(), self.phase.completer(),
                          self.channel.completer(), self.referred_to.completer()):
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                popup.hide()
        if self.phase.view().isVisible():
            self.phase.hidePopup()
        index = self._doc.current_step
        if not self._updating and 0 <= index < len(self._doc.journey.steps):
            self.channel.commit()  # a channel is resolved when the field is left: leave it now
            self.referred_to.commit()
            typed = self.phase.currentText().strip() or None
            if typed != self._doc.journey.steps[index].phase:
                self._phase_entered()

    def refresh(self, *, moved: bool = False) -> None:
        """Show the current step (or an empty, disabled form when there is none), its proposals
        and its hand-off questions (``moved``: another step became current)."""
        self.proposals.refresh()
        self.proposals_title.setVisible(bool(self.proposals.proposals()))
        self.hand_off.refresh(moved=moved)
        self._chain_aids()
        index = self._doc.current_step
        journey = self._doc.journey
        has_step = 0 <= index < len(journey.steps)
        for widget in self._fields():
            widget.setEnabled(has_step)
        if not has_step:
            self.heading.setText(self.tr("No step selected. Press Ctrl+Return to add one."))
            return
        step = journey.steps[index]
        lang = self._doc.lang
        self._updating = True
        try:
            self.heading.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1))
                                 .replace("%2", str(len(journey.steps))))
            if not (self.title.hasFocus() and self.title.text().strip() == ""):
                set_line_text(self.title, step.title)
            set_invalid(self.title, False)
            self.channel.set_channel(step.channel, lang)
            self.score.set_score(step.score)
            self.outcome.set_value(step.outcome)
            self.initiator.set_value(step.initiator)
            self._refresh_phases(journey.phases, step.phase)
            self.info_given.set_tags(step.info_given)
            earlier = [tag for s in journey.steps[:index] for tag in s.info_given]
            everywhere = [tag for s in journey.steps for tag in s.info_given]
            self.info_given.set_suggestions([*earlier, *everywhere])
            self.recognized.set_value(step.recognized)
            self.context_available.set_value(step.context_available)
            self.sensitive.set_value(step.sensitive)
            self.referred_to.set_channel(step.referred_to, lang)
            self.wait_minutes.set_number(step.wait_minutes)
            self.elapsed_days.set_number(step.elapsed_days)
            self.evidence.set_value(step.evidence)
            self.note.set_text(step.note or "")
        finally:
            self._updating = False

    def _chain_aids(self) -> None:
        """Put the proposals and the hand-off answers after the note in the tab order: Tab
        reaches them, typing never does. (Qt orders only widgets shown, so this follows every
        refresh that may show them.)"""
        shown = [widget for widget in (self.proposals, self.hand_off.yes, self.hand_off.no,
                                       self.hand_off.skip, *self.hand_off.chips)
                 if widget.isVisibleTo(self)]
        chain = [self.note, *shown]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _refresh_phases(self, phases: tuple[str, ...], current: str | None) -> None:
        items = ["", *phases]
        if [self.phase.itemText(i) for i in range(self.phase.count())] != items:
            self.phase.clear()
            self.phase.addItems(items)
        self.phase.setCurrentIndex(items.index(current) if current in items else 0)
        line = self.phase.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)

    def focus_title(self) -> None:
        """Put the cursor in the title with its text selected, ready to type over it."""
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title.selectAll()

    def retranslate_ui(self) -> None:
        """Set every label in the current language."""
        labels = {
            self.title: self.tr("&Title"),
            self.channel: self.tr("C&hannel"),
            self.score: self.tr("&Score (1–5)"),
            self.outcome: self.tr("&Outcome"),
            self.initiator: self.tr("Started &by"),
            self.phase: self.tr("&Phase"),
            self.info_given: self.tr("&Information asked"),
            self.recognized: self.tr("&Recognised"),
            self.context_available: self.tr("&Context at hand"),
            self.sensitive: self.tr("Sensiti&ve data"),
            self.referred_to: self.tr("Re&ferred to"),
            self.wait_minutes: self.tr("&Wait"),
            self.elapsed_days: self.tr("&Days since previous"),
            self.evidence: self.tr("&Evidence"),
            self.note: self.tr("&Note"),
        }
        for widget, label in self._rows:
            label.setText(labels[widget])
            widget.setAccessibleName(labels[widget].replace("&", ""))
        self.score.setToolTip(self.tr("Keys 1–5 (1 is --, 5 is ++) or type -- - 0 + ++"))
        self.channel.setPlaceholderText(self.tr("Type a channel: phone, telefoon, e-mail…"))
        self.referred_to.setPlaceholderText(self.tr("None"))
        self.proposals_title.setText(self.tr("Proposed from your words (Enter accepts, "
                                             "Delete rejects):"))
        self.proposals_title.setWordWrap(True)
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.info_given.setPlaceholderText(self.tr("e.g. model number; address"))
        line = self.phase.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a new phase to add it"))
        for combo in (self.outcome, self.initiator, self.recognized, self.context_available,
                      self.sensitive, self.evidence):
            combo.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class Inspector(QTabWidget):
    """Two tabs: the current step and the journey itself."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_form = StepForm(document)
        self.journey_form = JourneyForm(document)
        for form in (self.step_form, self.journey_form):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(form)
            self.addTab(scroll, "")
        self.retranslate_ui()

    def focus_step_title(self) -> None:
        """Show the step tab and put the cursor in the title."""
        self.setCurrentIndex(0)
        self.step_form.focus_title()

    def focus_journey_title(self) -> None:
        """Show the journey tab and put the cursor in the journey title."""
        self.setCurrentIndex(1)
        self.journey_form.focus_title()

    def retranslate_ui(self) -> None:
        """Set the tab titles in the current language."""
        self.setTabText(0, self.tr("Step"))
        self.setTabText(1, self.tr("Journey"))
        self.setAccessibleName(self.tr("Inspector"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
