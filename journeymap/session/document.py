"""The open journey: its snapshot, analysis, current step, undo history and save policy.

``JourneySession`` is what the app edits, without Qt: every edit is an ``core.edits.Edit``,
checked, applied, analysed and saved, and recorded in the ``History`` only once it worked.

Save policy: every applied edit is saved at once, in one transaction that writes only the rows
that changed (``Library.save`` with the previous snapshot). A keystroke is therefore in the
library before the next one is typed, and a crash loses nothing the screen showed. When a save
fails (a team server is down, a file is locked) the edit stays on screen, marked unsaved, and is
written to the recovery journal (``session.recovery``); the next edit or ``retry_save`` tries
again. A save that finds a colleague's newer version reports a conflict instead of overwriting.

Events (plain callbacks, see ``session.events``):
    journey_changed(): the snapshot changed (an edit, undo, another journey opened).
    analysis_changed(): the analysis was recomputed.
    current_step_changed(int): the current step index (-1: none).
    journey_opened(int): another journey was opened (its library id; -1: none).
    library_changed(object): the library's list changed: a ``JourneySummary`` of the one
        journey saved, or ``None`` when journeys were added or deleted (list them again).
    saved(): the snapshot on screen is in the library.
    save_failed(str): a save did not reach the library; the edit is kept and marked unsaved.
    save_conflicted(): someone else saved this journey since it was opened.
    context_changed(): the language or the analysis settings changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from journeymap.core import edits
from journeymap.core.errors import InvalidJourneyError, NotFoundError
from journeymap.core.findings import Analysis
from journeymap.core.model import MAX_TITLE_LENGTH, Journey, Step
from journeymap.core.validation import journey_problems
from journeymap.persistence.errors import ConflictError
from journeymap.persistence.library import JourneySummary, StoredJourney
from journeymap.session.context import AnalysisContext
from journeymap.session.events import Event
from journeymap.session.history import History, Label
from journeymap.session.recovery import RecoveryJournal
from journeymap.session.suggestions import Suggestions

log = logging.getLogger(__name__)

EMPTY = Journey(title="")
#: Fields whose keystrokes merge into one undo step while the user stays in the field.
TYPED_FIELDS = frozenset({
    "title", "note", "persona", "organisation", "goal", "description", "author",
    "wait_minutes", "elapsed_days", "score", "info_given", "phases", "tags", "plan",
})

# Labels of the history (message ids; the interface translates them when it shows them).
ADD_STEP = "Add step"
DELETE_STEP = "Delete step"
MOVE_STEP = "Move step %1"
EDIT_STEP = "Edit step %1"
EDIT_JOURNEY = "Edit journey"
NEW_JOURNEY = "New journey"
DUPLICATE_JOURNEY = "Duplicate journey"
DELETE_JOURNEY = "Delete journey"
RENAME_JOURNEY = "Rename journey"
SAVE_AS_COPY = "Save as copy"


class JourneyStore(Protocol):
    """What the session needs of the library (``persistence.Library`` is one)."""

    def get(self, journey_id: int) -> StoredJourney: ...
    def add(self, journey: Journey) -> StoredJourney: ...
    def delete(self, journey_id: int) -> StoredJourney: ...
    def restore(self, stored: StoredJourney) -> StoredJourney: ...
    def list_summaries(self) -> list[JourneySummary]: ...
    def save(self, journey_id: int, journey: Journey, expected_version: int, *,
             previous: Journey | None = None) -> StoredJourney: ...

    @property
    def location(self) -> str: ...


class JourneySession:
    """The journey being edited, with its analysis, history and library connection."""

    def __init__(self, library: JourneyStore, context: AnalysisContext | None = None, *,
                 journal: RecoveryJournal | None = None) -> None:
        self.library = library
        self.journal = journal
        self.history = History()
        self._context = context or AnalysisContext()
        self._journey = EMPTY
        self._saved: Journey | None = None  # the snapshot the library holds at ``_version``
        self._journey_id: int | None = None
        self._version = 0
        self._current: str | None = None  # id of the current step
        self._unsaved = False
        self._aliases: dict[int, int] = {}
        self._analysis = self._context.analyze(EMPTY)
        self.journey_changed = Event("journey_changed")
        self.analysis_changed = Event("analysis_changed")
        self.current_step_changed = Event("current_step_changed")
        self.journey_opened = Event("journey_opened")
        self.library_changed = Event("library_changed")
        self.saved = Event("saved")
        self.save_failed = Event("save_failed")
        self.save_conflicted = Event("save_conflicted")
        self.context_changed = Event("context_changed")
        #: The note reader's proposals and the hand-off questions of the snapshot.
        self.suggestions = Suggestions(self)

    # -- reading ------------------------------------------------------------------------------

    @property
    def journey(self) -> Journey:
        """Return the snapshot on screen (an empty journey when none is open)."""
        return self._journey

    @property
    def analysis(self) -> Analysis:
        """Return the analysis of the snapshot in the session's context."""
        return self._analysis

    @property
    def context(self) -> AnalysisContext:
        """Return the language and settings every analysis and export of this session uses."""
        return self._context

    @property
    def journey_id(self) -> int | None:
        """Return the library id of the open journey, ``None`` when none is open."""
        return self._journey_id

    @property
    def version(self) -> int:
        """Return the library version the snapshot was last saved as (or opened at)."""
        return self._version

    @property
    def is_open(self) -> bool:
        """Return whether a journey is open."""
        return self._journey_id is not None

    @property
    def unsaved(self) -> bool:
        """Return whether the snapshot on screen has not reached the library."""
        return self._unsaved

    @property
    def current_step_id(self) -> str | None:
        """Return the id of the current step, ``None`` when there is none."""
        return self._current

    @property
    def current_index(self) -> int:
        """Return the position of the current step, -1 when there is none."""
        if self._current is None:
            return -1
        try:
            return self._journey.step_index(self._current)
        except KeyError:
            return -1

    def step_id_at(self, index: int) -> str:
        """Return the id of the step at ``index`` (``IndexError`` when there is none)."""
        if not 0 <= index < len(self._journey.steps):
            raise IndexError(f"no step at position {index}")
        return self._journey.steps[index].id

    # -- opening ------------------------------------------------------------------------------

    def open_journey(self, journey_id: int) -> None:
        """Open the library journey ``journey_id`` (not an undoable edit).

        Raises:
            NotFoundError: the journey is not in the library (any more).
        """
        stored = self.library.get(self.resolve_id(journey_id))
        self._load(stored.id, stored.version, stored.journey)

    def open_journey_or_first(self, journey_id: int | None) -> None:
        """Open ``journey_id`` if it exists, else the first journey of the library, else none."""
        if journey_id is not None:
            try:
                self.open_journey(journey_id)
            except NotFoundError:
                log.info("journey %s not found; opening the first one", journey_id)
            else:
                return
        summaries = self.library.list_summaries()
        if summaries:
            self.open_journey(summaries[0].id)
        else:
            self.close_journey()

    def close_journey(self) -> None:
        """Show no journey."""
        self._load(None, 0, EMPTY)

    def _load(self, journey_id: int | None, version: int, journey: Journey) -> None:
        self.history.close_merge()
        self._journey_id = journey_id
        self._version = version
        self._journey = journey
        self._saved = journey if journey_id is not None else None
        self._unsaved = False
        self._current = journey.steps[0].id if journey.steps else None
        self._recompute()
        self.journey_changed.emit()
        self.analysis_changed.emit()
        self.current_step_changed.emit(self.current_index)
        self.journey_opened.emit(-1 if journey_id is None else journey_id)

    def resolve_id(self, journey_id: int) -> int:
        """Return the id a journey has now (undoing a delete may restore it under a new id)."""
        while journey_id in self._aliases:
            journey_id = self._aliases[journey_id]
        return journey_id

    def _alias(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[old_id] = new_id

    # -- the current step -----------------------------------------------------------------------

    def set_current_index(self, index: int) -> None:
        """Make the step at ``index`` current (clamped; -1 or an empty journey: none)."""
        steps = self._journey.steps
        step_id = steps[max(0, min(index, len(steps) - 1))].id if steps and index >= 0 else None
        self._set_current(step_id)

    def set_current_step_id(self, step_id: str | None) -> None:
        """Make the step ``step_id`` current (``None``: none)."""
        self._set_current(step_id)

    def _set_current(self, step_id: str | None, *, force: bool = False) -> None:
        if step_id == self._current and not force:
            return
        self._current = step_id
        self.current_step_changed.emit(self.current_index)

    def close_merge(self) -> None:
        """Start a new undo step with the next keystroke (the user moved to another field)."""
        self.history.close_merge()

    # -- edits ------------------------------------------------------------------------------

    def apply(self, edit: edits.Edit, label: Label, *, merge_key: tuple[object, ...] | None = None,
              current: str | None = None) -> None:
        """Make ``edit`` to the open journey as one undoable step, and save it.

        Args:
            edit: the change.
            label: what it is called in the Undo menu.
            merge_key: edits with equal keys in a row (one field being typed in) undo as one.
            current: the id of the step to make current afterwards (default: keep the current
                step, or the nearest one when it is gone).

        Raises:
            InvalidJourneyError: the result would break the journey format (nothing changed).
            EditError: the edit does not fit the journey (an unknown step id).
        """
        if self._journey_id is None:
            raise InvalidJourneyError("journey", [])
        before = self._journey
        after = edit.apply(before)
        if after == before:
            return
        problems = journey_problems(after)
        if problems:
            raise InvalidJourneyError(after.title or "journey", problems)
        operation = EditOperation(
            self, label, self._journey_id, edit, edit.inverse(before),
            current_before=self._current,
            current_after=current if current is not None else self._nearest_current(after),
            merge_key=merge_key,
        )
        self.history.push(operation, mergeable=merge_key is not None)

    def _nearest_current(self, after: Journey) -> str | None:
        """Return the current step's id in ``after``, or its nearest neighbour when it is gone."""
        if not after.steps:
            return None
        ids = {step.id for step in after.steps}
        if self._current in ids:
            return self._current
        index = max(0, min(self.current_index, len(after.steps) - 1))
        return after.steps[index].id

    def change_step(self, step_id: str, **changes: Any) -> None:
        """Set fields of the step ``step_id`` (one typed field merges into one undo step)."""
        index = self._journey.step_index(step_id)
        key: tuple[object, ...] | None = None
        if len(changes) == 1 and next(iter(changes)) in TYPED_FIELDS:
            key = ("step", step_id, next(iter(changes)))
        self.apply(edits.ChangeStep(step_id, changes), (EDIT_STEP, (str(index + 1),)),
                   merge_key=key)

    def add_step(self, index: int, step: Step) -> str:
        """Insert ``step`` at ``index``, make it current, and return its id."""
        edit = edits.add_step(self._journey, step, index)
        self.apply(edit, (ADD_STEP, ()), current=edit.step.id)
        return edit.step.id

    def remove_step(self, step_id: str) -> None:
        """Delete the step ``step_id``; its neighbour becomes current."""
        index = self._journey.step_index(step_id)
        remaining = [s.id for s in self._journey.steps if s.id != step_id]
        current = remaining[min(index, len(remaining) - 1)] if remaining else None
        self.apply(edits.RemoveStep(step_id), (DELETE_STEP, ()), current=current)

    def move_step(self, step_id: str, index: int, **changes: Any) -> None:
        """Move the step ``step_id`` to ``index``, changing ``changes`` too, as one edit.

        A drag to another column and lane is one edit: one save, one analysis, one undo step.
        """
        move: edits.Edit = edits.MoveStep(step_id, index)
        if changes:
            move = edits.Compound((move, edits.ChangeStep(step_id, changes)))
        target = max(0, min(index, len(self._journey.steps) - 1))
        self.apply(move, (MOVE_STEP, (str(target + 1),)), current=step_id)

    def change_journey(self, label: Label = (EDIT_JOURNEY, ()), **changes: Any) -> None:
        """Set journey fields such as title, persona, phases or tags."""
        key: tuple[object, ...] | None = None
        if len(changes) == 1 and next(iter(changes)) in TYPED_FIELDS:
            key = ("journey", next(iter(changes)))
        self.apply(edits.ChangeJourney(changes), label, merge_key=key)

    def undo(self) -> bool:
        """Undo the last operation; return whether there was one."""
        return self.history.undo()

    def redo(self) -> bool:
        """Redo the last undone operation; return whether there was one."""
        return self.history.redo()

    def _apply_now(self, journey_id: int, edit: edits.Edit, current: str | None) -> None:
        """Apply ``edit`` to the journey ``journey_id`` (opened first if needed) and save it."""
        journey_id = self.resolve_id(journey_id)
        if journey_id != self._journey_id:
            self.open_journey(journey_id)  # NotFoundError: deleted since; nothing to apply to
        self._journey = edit.apply(self._journey)
        self._recompute()
        self.journey_changed.emit()
        self.analysis_changed.emit()
        self._set_current(current, force=True)
        self._save()

    # -- journeys in the library ----------------------------------------------------------------

    def new_journey(self, journey: Journey, label: Label = (NEW_JOURNEY, ())) -> None:
        """Add ``journey`` to the library and open it (undo deletes it again).

        Raises:
            InvalidJourneyError, LibraryError: nothing was added and nothing recorded.
        """
        self.history.push(AddJourneyOperation(self, label, journey, self._journey_id))

    def duplicate_journey(self, journey_id: int, title: str) -> None:
        """Add a copy of the library journey ``journey_id`` titled ``title``, and open it."""
        original = self.library.get(self.resolve_id(journey_id)).journey
        self.new_journey(original.with_changes(title=title), (DUPLICATE_JOURNEY, ()))

    def delete_journey(self, journey_id: int) -> None:
        """Delete the library journey ``journey_id`` (undo restores it exactly as it was)."""
        self.history.push(DeleteJourneyOperation(self, (DELETE_JOURNEY, ()), journey_id))

    def rename_journey(self, journey_id: int, title: str) -> None:
        """Give the library journey ``journey_id`` a new title, as an undo step of its own."""
        if self.resolve_id(journey_id) != self._journey_id:
            self.open_journey(journey_id)
        self.history.close_merge()
        self.apply(edits.ChangeJourney({"title": title}), (RENAME_JOURNEY, ()))
        self.history.close_merge()

    # -- saving -------------------------------------------------------------------------------

    def _save(self) -> None:
        journey_id = self._journey_id
        assert journey_id is not None
        try:
            stored = self.library.save(journey_id, self._journey, self._version,
                                       previous=self._saved)
        except ConflictError as error:
            log.warning("save conflict on journey %s: %s", journey_id, error)
            self._keep_unsaved()
            self.save_conflicted.emit()
            return
        except Exception as error:  # noqa: BLE001 - any failure keeps the edit on screen
            log.warning("saving journey %s failed: %s", journey_id, error)
            self._keep_unsaved()
            self.save_failed.emit(str(error) or type(error).__name__)
            return
        self._version = stored.version
        self._saved = self._journey
        if self._unsaved and self.journal is not None:
            self.journal.drop(journey_id)
        self._unsaved = False
        self.saved.emit()
        self.library_changed.emit(JourneySummary.of(stored))

    def _keep_unsaved(self) -> None:
        self._unsaved = True
        if self.journal is not None and self._journey_id is not None:
            try:
                self.journal.keep(self._journey_id, self._version, self._journey)
            except OSError as error:  # the edit is still on screen; say so in the log
                log.error("could not write the recovery journal: %s", error)

    def retry_save(self) -> bool:
        """Try again to save the snapshot on screen; return whether it is saved now."""
        if self._unsaved and self._journey_id is not None:
            self._save()
        return not self._unsaved

    def recover(self, copy_title: Callable[[str], str]) -> list[Recovered]:
        """Save what the recovery journal holds for this library; return what became of it.

        An unsaved edit made on the version the library still holds is saved over it; one whose
        journey a colleague changed since (or deleted) is added as a new journey titled
        ``copy_title(title)``, so neither version is lost. Entries that still cannot be saved
        stay in the journal for the next start.
        """
        if self.journal is None:
            return []
        done: list[Recovered] = []
        for unsaved in self.journal.pending():
            title = unsaved.journey.title
            try:
                try:
                    self.library.save(unsaved.journey_id, unsaved.journey, unsaved.version)
                    outcome = "saved"
                except (ConflictError, NotFoundError):
                    copy = unsaved.journey.with_changes(title=copy_title(title)[:MAX_TITLE_LENGTH])
                    self.library.add(copy)
                    outcome = "copied"
            except Exception as error:  # noqa: BLE001 - keep it for the next start
                log.error("could not recover journey %s: %s", unsaved.journey_id, error)
                done.append(Recovered(title, "kept", unsaved.kept_at))
                continue
            self.journal.drop(unsaved.journey_id)
            done.append(Recovered(title, outcome, unsaved.kept_at))
        if any(item.outcome != "kept" for item in done):
            self.library_changed.emit(None)
        return done

    def theirs(self) -> Journey:
        """Return the journey as the library holds it now (to compare on a conflict)."""
        assert self._journey_id is not None
        return self.library.get(self._journey_id).journey

    def reload(self) -> None:
        """Drop the unsaved snapshot and show the library's version."""
        if self._journey_id is not None:
            if self.journal is not None:
                self.journal.drop(self._journey_id)
            self.open_journey(self._journey_id)

    def save_as_copy(self, title: str) -> None:
        """Keep the unsaved snapshot as a new library journey titled ``title``, and open it."""
        journey_id = self._journey_id
        self.new_journey(self._journey.with_changes(title=title), (SAVE_AS_COPY, ()))
        if journey_id is not None and self.journal is not None:
            self.journal.drop(journey_id)

    # -- the analysis -----------------------------------------------------------------------

    def set_context(self, context: AnalysisContext) -> None:
        """Analyse in another language or with other settings from now on."""
        if context == self._context:
            return
        self._context = context
        self._recompute()
        self.context_changed.emit()
        self.analysis_changed.emit()

    def _recompute(self) -> None:
        self._analysis = self._context.analyze(self._journey)


@dataclass(frozen=True, slots=True)
class Recovered:
    """What became of one edit found in the recovery journal.

    Attributes:
        title: the journey's title.
        outcome: ``saved`` (into its journey), ``copied`` (as a new journey, because the
            library's version changed since) or ``kept`` (still unsaved; tried again next time).
        kept_at: when the edit was written to the journal.
    """

    title: str
    outcome: str
    kept_at: dt.datetime


@dataclass(eq=False)
class EditOperation:
    """An edit of one journey, with the edit that undoes it and the current step around it."""

    session: JourneySession
    label: Label
    journey_id: int
    edit: edits.Edit
    inverse: edits.Edit
    current_before: str | None
    current_after: str | None
    merge_key: tuple[object, ...] | None = None

    def do(self) -> None:
        """Apply the edit (opening its journey when another one is open)."""
        self.session._apply_now(self.journey_id, self.edit, self.current_after)

    def undo(self) -> None:
        """Apply the inverse edit."""
        self.session._apply_now(self.journey_id, self.inverse, self.current_before)

    def absorb(self, later: object) -> bool:
        """Take a later keystroke in the same field into this undo step."""
        if (not isinstance(later, EditOperation) or self.merge_key is None
                or later.merge_key != self.merge_key or later.journey_id != self.journey_id):
            return False
        self.edit = edits.merged(self.edit, later.edit)
        self.inverse = edits.merged(later.inverse, self.inverse)
        self.current_after = later.current_after
        return True


@dataclass(eq=False)
class AddJourneyOperation:
    """Add a journey to the library (new, duplicate, import, copy) and open it."""

    session: JourneySession
    label: Label
    journey: Journey
    previous_id: int | None
    journey_id: int | None = None
    deleted: StoredJourney | None = field(default=None, repr=False)

    def do(self) -> None:
        """Add the journey (first time) or restore it (after an undo) and open it."""
        library = self.session.library
        stored = library.add(self.journey) if self.deleted is None else library.restore(
            self.deleted)
        if self.journey_id is not None:
            self.session._alias(self.journey_id, stored.id)
        self.journey_id = stored.id
        self.session.library_changed.emit(None)
        self.session.open_journey(stored.id)

    def undo(self) -> None:
        """Delete the journey again and go back to the journey that was open before."""
        assert self.journey_id is not None
        self.deleted = self.session.library.delete(self.session.resolve_id(self.journey_id))
        self.session.library_changed.emit(None)
        self.session.open_journey_or_first(self.previous_id)

    def absorb(self, later: object) -> bool:
        """Never merge."""
        return False


@dataclass(eq=False)
class DeleteJourneyOperation:
    """Delete a journey from the library; undo restores it exactly as it was."""

    session: JourneySession
    label: Label
    journey_id: int
    deleted: StoredJourney | None = field(default=None, repr=False)
    was_open: bool = False

    def do(self) -> None:
        """Delete the journey; when it was open, open another one."""
        session = self.session
        journey_id = session.resolve_id(self.journey_id)
        self.was_open = session.journey_id == journey_id
        self.deleted = session.library.delete(journey_id)
        session.library_changed.emit(None)
        if self.was_open:
            session.open_journey_or_first(None)

    def undo(self) -> None:
        """Restore the journey (and open it again when it was open)."""
        assert self.deleted is not None
        restored = self.session.library.restore(self.deleted)
        self.session._alias(self.journey_id, restored.id)
        self.session.library_changed.emit(None)
        if self.was_open:
            self.session.open_journey(restored.id)

    def absorb(self, later: object) -> bool:
        """Never merge."""
        return False

