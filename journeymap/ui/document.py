"""The open journey: its snapshot, its analysis, the current step, undo, and saving at once.

Every edit builds a new ``Journey`` value, checks it, and pushes an undo command; applying the
command saves the snapshot to the library (there is no Save button to forget). Typing in a field is
saved after a short pause (``TYPING_SAVE_DELAY_MS``) or as soon as the designer does anything else,
so a 200-step journey is not rewritten on every keystroke; the status bar says "Saving…" meanwhile.
When a save fails the edit stays on screen, marked unsaved, and the next edit (or ``retry_save``)
tries again. A save that finds someone else's newer version reports a conflict instead of
overwriting it.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from journeymap.core.analysis import analyze
from journeymap.core.errors import InvalidJourneyError, NotFoundError
from journeymap.core.findings import Analysis
from journeymap.core.model import Journey, Step
from journeymap.core.settings import AnalysisSettings
from journeymap.core.validation import journey_problems
from journeymap.persistence.errors import ConflictError
from journeymap.session.context import AnalysisContext
from journeymap.ui.commands import AddJourneyCommand, DeleteJourneyCommand, EditJourneyCommand

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

# Step and journey fields whose typing merges into one undo step.
_TYPED_FIELDS = frozenset({
    "title", "note", "persona", "organisation", "goal", "description", "author",
    "wait_minutes", "elapsed_days", "score", "info_given", "phases",
})
_EMPTY = Journey(title="")
# How long typing may pause before the typed text is saved.
TYPING_SAVE_DELAY_MS = 400


class StoredJourneyLike(Protocol):
    """What the library returns for a stored journey."""

    id: int
    version: int
    journey: Journey



class JourneyDocument(QObject):
    """The journey being edited, with its analysis, undo stack and library connection.

    Signals:
        journey_changed(): the snapshot changed (edit, undo, another journey opened).
        analysis_changed(): the analysis was recomputed.
        current_step_changed(int): the current step index (-1: none).
        steps_highlighted(object): a tuple of step indexes to highlight (a finding was chosen).
        journey_opened(int): another journey was opened (its library id).
        library_changed(): journeys were added, deleted or renamed, or a save changed a summary.
        save_failed(str): a save did not reach the library; the edit is kept and marked unsaved.
        save_conflicted(): someone else saved this journey since it was opened.
        save_pending(): typed text will be saved after a short pause.
        saved(): the snapshot on screen is in the library.
        language_changed(str): the language of the analysis (and channel names) changed.
    """

    journey_changed = Signal()
    analysis_changed = Signal()
    current_step_changed = Signal(int)
    steps_highlighted = Signal(object)
    journey_opened = Signal(int)
    library_changed = Signal()
    save_failed = Signal(str)
    save_conflicted = Signal()
    saved = Signal()
    save_pending = Signal()
    language_changed = Signal(str)

    def __init__(self, library: Any, *, lang: str = "en",
                 settings: AnalysisSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._lang = lang
        self._settings = settings
        self._journey = _EMPTY
        self._journey_id: int | None = None
        self._version = 0
        self._current = -1
        self._unsaved = False
        self._session = 0
        self._aliases: dict[int, int] = {}
        self._analysis = analyze(self._journey, lang=lang, settings=settings)
        self.undo_stack = QUndoStack(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(TYPING_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save)

    # -- properties ---------------------------------------------------------------------------

    @property
    def library(self) -> Any:
        """Return the library this document saves to."""
        return self._library

    @property
    def journey(self) -> Journey:
        """Return the current journey snapshot (an empty journey when none is open)."""
        return self._journey

    @property
    def analysis(self) -> Analysis:
        """Return the analysis of the current snapshot in the interface language."""
        return self._analysis

    @property
    def current_step(self) -> int:
        """Return the index of the current step, -1 when there is none."""
        return self._current

    @property
    def journey_id(self) -> int | None:
        """Return the library id of the open journey, ``None`` when none is open."""
        return self._journey_id

    @property
    def version(self) -> int:
        """Return the library version the snapshot was last saved as (or opened at)."""
        return self._version

    @property
    def lang(self) -> str:
        """Return the language of the analysis texts."""
        return self._lang

    @property
    def context(self) -> AnalysisContext:
        """Return the language and settings of the analysis on screen (exports use them too)."""
        return AnalysisContext(self._lang, self._settings or AnalysisSettings())

    @property
    def unsaved(self) -> bool:
        """Return whether the snapshot on screen has not reached the library."""
        return self._unsaved

    @property
    def is_open(self) -> bool:
        """Return whether a journey is open."""
        return self._journey_id is not None

    # -- opening --------------------------------------------------------------------------------

    @property
    def save_is_pending(self) -> bool:
        """Return whether typed text waits for its save (after a short pause)."""
        return self._save_timer.isActive()

    def flush_save(self) -> None:
        """Save typed text now instead of after the pause."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save()

    def open_journey(self, journey_id: int) -> None:
        """Open the library journey ``journey_id`` (not an undoable edit)."""
        self.flush_save()
        stored = self._library.get(self.resolve_id(journey_id))
        self._load(stored.id, stored.version, stored.journey)

    def open_journey_or_first(self, journey_id: int | None) -> None:
        """Open ``journey_id`` if it exists, else the first journey of the library, else nothing."""
        if journey_id is not None:
            try:
                self.open_journey(journey_id)
            except Exception:  # noqa: BLE001 - a vanished journey falls back to the first one
                log.info("journey %s not found; opening the first one", journey_id)
            else:
                return
        summaries = self._library.list_summaries()
        if summaries:
            self.open_journey(summaries[0].id)
        else:
            self.close_journey()

    def close_journey(self) -> None:
        """Show no journey."""
        self._load(None, 0, _EMPTY)

    def _load(self, journey_id: int | None, version: int, journey: Journey) -> None:
        self.flush_save()
        self._journey_id = journey_id
        self._version = version
        self._journey = journey
        self._unsaved = False
        self._session += 1
        self._recompute()
        self.journey_changed.emit()
        self.analysis_changed.emit()
        self._set_current(0 if journey.steps else -1, force=True)
        self.journey_opened.emit(-1 if journey_id is None else journey_id)
        self.library_changed.emit()

    # -- library operations used by commands ---------------------------------------------------

    def library_add(self, journey: Journey) -> int:
        """Add ``journey`` to the library and return its id."""
        self.flush_save()
        return int(self._library.add(journey).id)

    def library_delete(self, journey_id: int) -> object:
        """Delete a journey from the library; return what restores it."""
        self.flush_save()
        return self._library.delete(self.resolve_id(journey_id))

    def library_restore(self, stored: object) -> int:
        """Restore a deleted journey; return its (possibly new) id."""
        self.flush_save()
        return int(self._library.restore(stored).id)

    def resolve_id(self, journey_id: int) -> int:
        """Return the id a journey has now (a restored journey may get a new one)."""
        while journey_id in self._aliases:
            journey_id = self._aliases[journey_id]
        return journey_id

    def alias_id(self, old_id: int, new_id: int) -> None:
        """Remember that the journey ``old_id`` now lives at ``new_id``."""
        if old_id != new_id:
            self._aliases[old_id] = new_id

    # -- user edits (each pushes one undo command) ----------------------------------------------

    def new_journey(self, journey: Journey, text: str | None = None) -> None:
        """Add ``journey`` to the library (undoable) and open it."""
        self.undo_stack.push(AddJourneyCommand(self, text or self.tr("New journey"),
                                               journey))

    def duplicate_journey(self, journey_id: int, title: str) -> None:
        """Add a copy of the library journey ``journey_id`` titled ``title`` (undoable)."""
        original = self._library.get(self.resolve_id(journey_id)).journey
        copy = original.with_changes(title=title)
        self.undo_stack.push(AddJourneyCommand(self, self.tr("Duplicate journey"),
                                               copy))

    def delete_journey(self, journey_id: int) -> None:
        """Delete the library journey ``journey_id`` (undoable: undo restores it)."""
        self.undo_stack.push(DeleteJourneyCommand(self, self.tr("Delete journey"),
                                                  journey_id))

    def rename_journey(self, journey_id: int, title: str) -> None:
        """Give the library journey ``journey_id`` a new title (undoable)."""
        if journey_id != self._journey_id:
            self.open_journey(journey_id)
        self.begin_typing()  # a rename is one edit of its own, saved at once
        self.update_journey(title=title)
        self.flush_save()

    def undo(self) -> None:
        """Undo the last edit (the views follow through the usual signals)."""
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        self.undo_stack.redo()

    def begin_typing(self) -> None:
        """Start a new typing session: the next edit of a field does not merge with older ones."""
        self.flush_save()
        self._session += 1

    def set_current_step(self, index: int) -> None:
        """Make the step at ``index`` current (-1: none)."""
        self._set_current(index)

    def update_step(self, index: int, **changes: Any) -> None:
        """Change fields of the step at ``index`` (undoable)."""
        step = self._journey.steps[index]
        new_step = step.with_changes(**changes)
        if new_step == step:
            return
        steps = list(self._journey.steps)
        steps[index] = new_step
        key = None
        if len(changes) == 1 and next(iter(changes)) in _TYPED_FIELDS:
            key = ("step", index, next(iter(changes)), self._session)
        text = self.tr("Edit step %1").replace("%1", str(index + 1))
        self._push(text, self._journey.with_changes(steps=tuple(steps)), index, key)

    def insert_step(self, index: int, step: Step) -> None:
        """Insert ``step`` at ``index`` and make it current (undoable)."""
        steps = list(self._journey.steps)
        index = max(0, min(index, len(steps)))
        steps.insert(index, step)
        journey = self._journey.with_changes(steps=tuple(steps))
        self._push(self.tr("Add step"), journey, index)

    def remove_step(self, index: int) -> None:
        """Delete the step at ``index`` (undoable)."""
        steps = list(self._journey.steps)
        del steps[index]
        current = min(index, len(steps) - 1)
        journey = self._journey.with_changes(steps=tuple(steps))
        self._push(self.tr("Delete step"), journey, current)

    def move_step(self, from_index: int, to_index: int) -> None:
        """Move the step at ``from_index`` to ``to_index`` (undoable)."""
        steps = list(self._journey.steps)
        to_index = max(0, min(to_index, len(steps) - 1))
        if from_index == to_index:
            return
        steps.insert(to_index, steps.pop(from_index))
        journey = self._journey.with_changes(steps=tuple(steps))
        self._push(self.tr("Move step"), journey, to_index)

    def update_journey(self, **changes: Any) -> None:
        """Change journey-level fields such as title, persona or phases (undoable)."""
        journey = self._journey.with_changes(**changes)
        if journey == self._journey:
            return
        key = None
        if len(changes) == 1 and next(iter(changes)) in _TYPED_FIELDS:
            key = ("journey", next(iter(changes)), self._session)
        self._push(self.tr("Edit journey"), journey, self._current, key)

    def replace_journey(self, journey: Journey, text: str, *, typed_field: str = "") -> None:
        """Replace the whole snapshot in one undoable edit (e.g. a step and a new phase at once).

        ``typed_field`` names the field being typed, so its keystrokes merge into one undo step.
        """
        if journey != self._journey:
            key = ("journey", typed_field, self._session) if typed_field else None
            self._push(text, journey, min(self._current, len(journey.steps) - 1), key)

    def _push(self, text: str, journey: Journey, current: int,
              merge_key: tuple[Any, ...] | None = None) -> None:
        if self._journey_id is None:
            raise InvalidJourneyError(self.tr("journey"), [])
        problems = journey_problems(journey)
        if problems:
            raise InvalidJourneyError(journey.title or self.tr("journey"),
                                      problems)
        self.undo_stack.push(EditJourneyCommand(
            self, text, self._journey_id, self._journey, journey,
            current_before=self._current, current_after=current, merge_key=merge_key,
        ))

    # -- applying snapshots (called by commands) ------------------------------------------------

    def apply_snapshot(self, journey_id: int, journey: Journey, current: int, *,
                       typing: bool = False) -> None:
        """Show ``journey`` as the library journey ``journey_id`` and save it.

        ``typing`` edits are saved after a short pause (or with the next other action); every
        other edit is saved at once.
        """
        journey_id = self.resolve_id(journey_id)
        if journey_id != self._journey_id:
            try:
                self.open_journey(journey_id)
            except NotFoundError as error:  # deleted elsewhere since: nothing to apply it to
                self.save_failed.emit(str(error))
                return
        self._journey = journey
        self._recompute()
        self.journey_changed.emit()
        self.analysis_changed.emit()
        self._set_current(current, force=True)
        if typing:
            self._save_timer.start()
            self.save_pending.emit()
        else:
            self._save_timer.stop()
            self._save()

    def retry_save(self) -> bool:
        """Try again to save the snapshot on screen; return whether it is saved now."""
        self.flush_save()
        if self._unsaved and self._journey_id is not None:
            self._save()
        return not self._unsaved

    def _save(self) -> None:
        assert self._journey_id is not None
        try:
            stored = self._library.save(self._journey_id, self._journey, self._version)
        except Exception as error:  # noqa: BLE001 - any failure keeps the edit on screen
            self._unsaved = True
            if isinstance(error, ConflictError):
                log.warning("save conflict on journey %s: %s", self._journey_id, error)
                self.save_conflicted.emit()
            else:
                log.warning("saving journey %s failed: %s", self._journey_id, error)
                self.save_failed.emit(str(error) or type(error).__name__)
            return
        self._version = int(stored.version)
        self._unsaved = False
        self.saved.emit()
        self.library_changed.emit()

    # -- conflicts ------------------------------------------------------------------------------

    def theirs(self) -> Journey:
        """Return the journey as the library has it now (to compare on a conflict)."""
        assert self._journey_id is not None
        return self._library.get(self._journey_id).journey

    def differences(self, theirs: Journey) -> list[str]:
        """Return one line per difference between the snapshot and ``theirs``, for people."""
        mine = self._journey
        lines: list[str] = []
        if mine.title != theirs.title:
            lines.append(self.tr("Title: yours “%1”, saved “%2”").replace("%1", mine.title)
                         .replace("%2", theirs.title))
        if len(mine.steps) != len(theirs.steps):
            lines.append(self.tr("Steps: yours %1, saved %2")
                         .replace("%1", str(len(mine.steps)))
                         .replace("%2", str(len(theirs.steps))))
        for index, (a, b) in enumerate(zip(mine.steps, theirs.steps, strict=False)):
            if a != b:
                lines.append(self.tr("Step %1 differs: yours “%2”, saved “%3”")
                             .replace("%1", str(index + 1)).replace("%2", a.title)
                             .replace("%3", b.title))
        for name in ("persona", "organisation", "goal", "description", "date", "language",
                     "phases"):
            if getattr(mine, name) != getattr(theirs, name):
                lines.append(self.tr("Journey field “%1” differs").replace("%1", name))
        return lines

    def reload(self) -> None:
        """Drop the unsaved snapshot and show the library's version."""
        if self._journey_id is not None:
            self.open_journey(self._journey_id)

    def save_as_copy(self, title: str) -> None:
        """Keep the unsaved snapshot as a new library journey titled ``title`` and open it."""
        self.new_journey(self._journey.with_changes(title=title),
                         self.tr("Save as copy"))

    # -- analysis -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Recompute the analysis texts in ``lang``."""
        if lang != self._lang:
            self._lang = lang
            self._recompute()
            self.language_changed.emit(lang)
            self.analysis_changed.emit()

    def set_analysis_settings(self, settings: AnalysisSettings | None) -> None:
        """Recompute the analysis with other norms or thresholds."""
        self._settings = settings
        self._recompute()
        self.analysis_changed.emit()

    def highlight_steps(self, indexes: tuple[int, ...]) -> None:
        """Ask the views to highlight ``indexes`` and make the first one current."""
        if indexes:
            self._set_current(indexes[0])
        self.steps_highlighted.emit(tuple(indexes))

    def _recompute(self) -> None:
        self._analysis = analyze(self._journey, lang=self._lang, settings=self._settings)

    def _set_current(self, index: int, *, force: bool = False) -> None:
        count = len(self._journey.steps)
        index = -1 if count == 0 else max(0, min(index, count - 1))
        if index != self._current or force:
            self._current = index
            self.current_step_changed.emit(index)

