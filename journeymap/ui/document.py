"""The open journey for the widgets: a thin Qt adapter over ``session.document.JourneySession``.

The session does the work (edits, undo history, analysis, saving at once, the recovery journal)
without Qt; this class re-emits its events as Qt signals, lets widgets address steps by their
position (it turns positions into step ids), and translates the history's labels when they are
shown, so entries made before a language switch read in the new language too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from journeymap.core import edits
from journeymap.core.findings import Analysis
from journeymap.core.model import Journey, JourneyKind, Step
from journeymap.core.proposals import Proposal, SuggestedAnalysis
from journeymap.core.questions import HandOff
from journeymap.core.settings import AnalysisSettings
from journeymap.session import document as session_document
from journeymap.session import plans as session_plans
from journeymap.session import suggestions
from journeymap.session.context import AnalysisContext
from journeymap.session.document import JourneySession, JourneyStore
from journeymap.session.history import Label
from journeymap.session.plans import PlanCompanion, PlanState
from journeymap.session.recovery import RecoveryJournal

_CONTEXT = "JourneyDocument"
#: The history's labels in the interface language (``translate_label`` looks them up here).
LABELS: dict[str, str] = {
    session_document.ADD_STEP: QT_TRANSLATE_NOOP("JourneyDocument", "Add step"),
    session_document.DELETE_STEP: QT_TRANSLATE_NOOP("JourneyDocument", "Delete step"),
    session_document.MOVE_STEP: QT_TRANSLATE_NOOP("JourneyDocument", "Move step %1"),
    session_document.EDIT_STEP: QT_TRANSLATE_NOOP("JourneyDocument", "Edit step %1"),
    session_document.EDIT_JOURNEY: QT_TRANSLATE_NOOP("JourneyDocument", "Edit journey"),
    session_document.NEW_JOURNEY: QT_TRANSLATE_NOOP("JourneyDocument", "New journey"),
    session_document.DUPLICATE_JOURNEY: QT_TRANSLATE_NOOP("JourneyDocument",
                                                          "Duplicate journey"),
    session_document.DELETE_JOURNEY: QT_TRANSLATE_NOOP("JourneyDocument", "Delete journey"),
    session_document.RENAME_JOURNEY: QT_TRANSLATE_NOOP("JourneyDocument", "Rename journey"),
    session_document.SAVE_AS_COPY: QT_TRANSLATE_NOOP("JourneyDocument", "Save as copy"),
    "Add phase": QT_TRANSLATE_NOOP("JourneyDocument", "Add phase"),
    "Edit phases": QT_TRANSLATE_NOOP("JourneyDocument", "Edit phases"),
    "Import journey": QT_TRANSLATE_NOOP("JourneyDocument", "Import journey"),
    session_plans.LINK_STEP: QT_TRANSLATE_NOOP("JourneyDocument", "Link step %1 to the plan"),
    session_plans.UNLINK_STEP: QT_TRANSLATE_NOOP("JourneyDocument",
                                                 "Unlink step %1 from the plan"),
    session_plans.MARK_PLANNED: QT_TRANSLATE_NOOP("JourneyDocument", "Mark journey as planned"),
    session_plans.MARK_ACTUAL: QT_TRANSLATE_NOOP("JourneyDocument", "Mark journey as actual"),
    session_plans.SET_PLAN: QT_TRANSLATE_NOOP("JourneyDocument", "Choose the plan"),
    suggestions.ACCEPT_PROPOSAL: QT_TRANSLATE_NOOP("JourneyDocument",
                                                   "Accept proposal on step %1"),
    suggestions.REJECT_PROPOSAL: QT_TRANSLATE_NOOP("JourneyDocument",
                                                   "Reject proposal on step %1"),
    suggestions.ANSWER_QUESTION: QT_TRANSLATE_NOOP("JourneyDocument",
                                                   "Answer question on step %1"),
}


def translate_label(label: Label | None) -> str:
    """Return a history label in the interface language, its ``%1`` ... filled in."""
    if label is None:
        return ""
    message, values = label
    text = QCoreApplication.translate(_CONTEXT, LABELS.get(message, message))
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


class JourneyDocument(QObject):
    """The journey being edited, for the widgets.

    Signals:
        journey_changed(): the snapshot changed (edit, undo, another journey opened).
        analysis_changed(): the analysis was recomputed.
        current_step_changed(int): the current step index (-1: none).
        steps_highlighted(object): a tuple of step indexes to highlight (a finding was chosen).
        journey_opened(int): another journey was opened (its library id; -1: none).
        library_changed(object): the library's list changed: the ``JourneySummary`` of the one
            journey saved, or ``None`` when journeys were added or deleted.
        history_changed(): the undo history changed (the Undo and Redo entries follow it).
        save_failed(str): a save did not reach the library; the edit is kept and marked unsaved.
        save_conflicted(): someone else saved this journey since it was opened.
        saved(): the snapshot on screen is in the library.
        language_changed(str): the language of the analysis (and channel names) changed.
        plan_changed(): the open journey's plan, its comparison or its counts changed
            (``plan_state``).
    """

    journey_changed = Signal()
    analysis_changed = Signal()
    current_step_changed = Signal(int)
    steps_highlighted = Signal(object)
    journey_opened = Signal(int)
    library_changed = Signal(object)
    history_changed = Signal()
    save_failed = Signal(str)
    save_conflicted = Signal()
    saved = Signal()
    language_changed = Signal(str)
    plan_changed = Signal()

    def __init__(self, library: JourneyStore, *, lang: str = "en",
                 settings: AnalysisSettings | None = None,
                 context: AnalysisContext | None = None, journal: RecoveryJournal | None = None,
                 parent: QObject | None = None) -> None:
        """Edit journeys of ``library``, analysed in ``context`` (else ``lang`` and
        ``settings``; the app passes the user's context, ``session.context.user_context``)."""
        super().__init__(parent)
        self.session = JourneySession(
            library, context or AnalysisContext(lang, settings or AnalysisSettings()),
            journal=journal)
        # Before the re-emits below: every view sees the new comparison with journey_changed.
        self.plans = PlanCompanion(self.session)
        self.plans.changed.connect(self.plan_changed.emit)
        events = self.session
        events.journey_changed.connect(self.journey_changed.emit)
        events.analysis_changed.connect(self.analysis_changed.emit)
        events.current_step_changed.connect(self.current_step_changed.emit)
        events.journey_opened.connect(self.journey_opened.emit)
        events.library_changed.connect(self.library_changed.emit)
        events.saved.connect(self.saved.emit)
        events.save_failed.connect(self.save_failed.emit)
        events.save_conflicted.connect(self.save_conflicted.emit)
        events.history.changed.connect(self.history_changed.emit)
        self._commit_hooks: list[Callable[[], None]] = []
        self._committing = False

    # -- fields being typed in ------------------------------------------------------------------

    def add_commit_hook(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` before anything moves on from the current step or journey.

        A form registers one that commits what is typed but not yet committed (a phase being
        typed, a completion popup open), so that a shortcut that moves on (``Ctrl+Return``, the
        next step, undo, another journey) never drops or misplaces it.
        """
        self._commit_hooks.append(hook)

    def commit_fields(self) -> None:
        """Commit every field still being typed in (see ``add_commit_hook``)."""
        if self._committing:
            return
        self._committing = True
        try:
            for hook in self._commit_hooks:
                hook()
        finally:
            self._committing = False

    # -- reading --------------------------------------------------------------------------------

    @property
    def library(self) -> JourneyStore:
        """Return the library this document saves to."""
        return self.session.library

    @property
    def journey(self) -> Journey:
        """Return the current journey snapshot (an empty journey when none is open)."""
        return self.session.journey

    @property
    def analysis(self) -> Analysis:
        """Return the analysis of the current snapshot in the interface language."""
        return self.session.analysis

    @property
    def context(self) -> AnalysisContext:
        """Return the language and settings of the analysis on screen (exports use them too)."""
        return self.session.context

    @property
    def current_step(self) -> int:
        """Return the index of the current step, -1 when there is none."""
        return self.session.current_index

    @property
    def journey_id(self) -> int | None:
        """Return the library id of the open journey, ``None`` when none is open."""
        return self.session.journey_id

    @property
    def version(self) -> int:
        """Return the library version the snapshot was last saved as (or opened at)."""
        return self.session.version

    @property
    def lang(self) -> str:
        """Return the language of the analysis texts."""
        return self.session.context.lang

    @property
    def unsaved(self) -> bool:
        """Return whether the snapshot on screen has not reached the library."""
        return self.session.unsaved

    @property
    def is_open(self) -> bool:
        """Return whether a journey is open."""
        return self.session.is_open

    # -- undo -----------------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Return whether there is an edit to undo."""
        return self.session.history.can_undo

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone edit to redo."""
        return self.session.history.can_redo

    def undo_text(self) -> str:
        """Return what Undo would undo, in the interface language ("" when nothing)."""
        return translate_label(self.session.history.undo_label)

    def redo_text(self) -> str:
        """Return what Redo would redo, in the interface language ("" when nothing)."""
        return translate_label(self.session.history.redo_label)

    def undo(self) -> None:
        """Undo the last edit (the views follow through the usual signals)."""
        self.commit_fields()
        self.session.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        self.commit_fields()
        self.session.redo()

    # -- opening ------------------------------------------------------------------------------

    def open_journey(self, journey_id: int) -> None:
        """Open the library journey ``journey_id`` (not an undoable edit)."""
        self.commit_fields()
        self.session.open_journey(journey_id)

    def open_journey_or_first(self, journey_id: int | None) -> None:
        """Open ``journey_id`` if it exists, else the first journey of the library, else none."""
        self.commit_fields()
        self.session.open_journey_or_first(journey_id)

    def close_journey(self) -> None:
        """Show no journey."""
        self.session.close_journey()

    # -- journeys in the library --------------------------------------------------------------

    def new_journey(self, journey: Journey, label: str = session_document.NEW_JOURNEY) -> None:
        """Add ``journey`` to the library (undoable) and open it; ``label`` is a LABELS key."""
        self.commit_fields()
        self.session.new_journey(journey, (label, ()))

    def duplicate_journey(self, journey_id: int, title: str) -> None:
        """Add a copy of the library journey ``journey_id`` titled ``title`` (undoable)."""
        self.session.duplicate_journey(journey_id, title)

    def delete_journey(self, journey_id: int) -> None:
        """Delete the library journey ``journey_id`` (undoable: undo restores it)."""
        self.session.delete_journey(journey_id)

    def rename_journey(self, journey_id: int, title: str) -> None:
        """Give the library journey ``journey_id`` a new title (undoable)."""
        self.session.rename_journey(journey_id, title)

    # -- step edits, by position ----------------------------------------------------------------

    def begin_typing(self) -> None:
        """Start a new undo step: the next keystroke does not merge with the field before."""
        self.session.close_merge()

    def set_current_step(self, index: int) -> None:
        """Make the step at ``index`` current (-1: none)."""
        if index != self.current_step:
            self.commit_fields()
        self.session.set_current_index(index)

    def update_step(self, index: int, **changes: Any) -> None:
        """Change fields of the step at ``index`` (undoable; a typed field merges)."""
        self.session.change_step(self.session.step_id_at(index), **changes)

    def set_step_phase(self, index: int, phase: str | None) -> None:
        """Put the step at ``index`` in ``phase``, adding the phase when it is new (one edit)."""
        journey = self.session.journey
        step_id = self.session.step_id_at(index)
        if phase is None or phase in journey.phases:
            self.session.change_step(step_id, phase=phase)
        else:
            self.session.apply(edits.add_phase_to_step(journey, step_id, phase),
                               ("Add phase", ()))

    def set_phases(self, phases: tuple[str, ...]) -> None:
        """Give the journey ``phases``; steps whose phase is gone lose it (typing merges)."""
        self.session.apply(edits.set_phases(self.session.journey, phases), ("Edit phases", ()),
                           merge_key=("journey", "phases"))

    def insert_step(self, index: int, step: Step) -> None:
        """Insert ``step`` at ``index`` and make it current (undoable)."""
        self.commit_fields()
        self.session.add_step(index, step)

    def remove_step(self, index: int) -> None:
        """Delete the step at ``index`` (undoable)."""
        self.commit_fields()
        self.session.remove_step(self.session.step_id_at(index))

    def move_step(self, from_index: int, to_index: int, **changes: Any) -> None:
        """Move the step at ``from_index`` to ``to_index``, changing ``changes`` too (one edit)."""
        if from_index == to_index and not changes:
            return
        self.session.move_step(self.session.step_id_at(from_index), to_index, **changes)

    def update_journey(self, **changes: Any) -> None:
        """Change journey-level fields such as title, persona or tags (undoable)."""
        self.session.change_journey(**changes)

    def replace_journey(self, journey: Journey, label: str) -> None:
        """Replace the whole snapshot in one undoable edit; ``label`` is a LABELS key."""
        self.session.apply(edits.ReplaceJourney(journey), (label, ()))

    # -- the plan -------------------------------------------------------------------------------

    @property
    def plan_state(self) -> PlanState:
        """Return the open journey's plan and its comparison or counts (for the plan row)."""
        return self.plans.state

    def link_step(self, index: int, planned_step: str | None) -> None:
        """Link the step at ``index`` to the planned step ``planned_step`` (``None``: unlink)."""
        self.commit_fields()
        self.plans.link_step(self.session.step_id_at(index), planned_step)

    def set_journey_kind(self, kind: JourneyKind) -> None:
        """Mark the open journey as planned or actual (undoable)."""
        self.commit_fields()
        self.plans.set_kind(kind)

    def set_plan(self, title: str | None) -> None:
        """Name the open journey's plan by its title (``None``: none; undoable)."""
        self.commit_fields()
        self.plans.set_plan(title)

    # -- saving -------------------------------------------------------------------------------

    def retry_save(self) -> bool:
        """Try again to save the snapshot on screen; return whether it is saved now."""
        return self.session.retry_save()

    def theirs(self) -> Journey:
        """Return the journey as the library has it now (to compare on a conflict)."""
        return self.session.theirs()

    def reload(self) -> None:
        """Drop the unsaved snapshot and show the library's version."""
        self.session.reload()

    def save_as_copy(self, title: str) -> None:
        """Keep the unsaved snapshot as a new library journey titled ``title`` and open it."""
        self.session.save_as_copy(title)

    # -- analysis -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Recompute the analysis texts in ``lang``; the history relabels itself."""
        if lang != self.lang:
            self.session.set_context(self.context.with_language(lang))
            self.language_changed.emit(lang)
            self.history_changed.emit()

    def set_analysis_settings(self, settings: AnalysisSettings | None) -> None:
        """Recompute the analysis with other norms or thresholds."""
        self.session.set_context(AnalysisContext(self.lang, settings or AnalysisSettings()))

    def highlight_steps(self, indexes: tuple[int, ...]) -> None:
        """Ask the views to highlight ``indexes`` and make the first one current."""
        if indexes:
            self.set_current_step(indexes[0])
        self.steps_highlighted.emit(tuple(indexes))

    # -- proposals and hand-off questions (docs/proposals.md) -----------------------------------

    def proposals(self, index: int | None = None) -> tuple[Proposal, ...]:
        """Return the open proposals of the step at ``index`` (of every step: ``None``)."""
        if index is None:
            return self.session.suggestions.open_proposals()
        if not 0 <= index < len(self.journey.steps):
            return ()
        return self.session.suggestions.open_proposals(self.session.step_id_at(index))

    @property
    def suggested(self) -> SuggestedAnalysis:
        """Return the analysis as if every open proposal were accepted."""
        return self.session.suggestions.suggested

    def accept_proposal(self, proposal: Proposal) -> None:
        """Accept ``proposal``: its step's field takes the proposed value (one undoable edit)."""
        self.commit_fields()
        self.session.suggestions.accept(proposal)

    def reject_proposal(self, proposal: Proposal) -> None:
        """Reject ``proposal``; the same words do not propose it again (one undoable edit)."""
        self.commit_fields()
        self.session.suggestions.reject(proposal)

    def hand_off(self, index: int) -> HandOff | None:
        """Return the hand-off the step at ``index`` starts, or ``None``."""
        return self.session.suggestions.hand_off(index)

    def answer_hand_off(self, index: int, **changes: Any) -> None:
        """Answer a hand-off question about the step at ``index`` (one undoable edit)."""
        self.commit_fields()
        self.session.suggestions.answer(self.session.step_id_at(index), **changes)
