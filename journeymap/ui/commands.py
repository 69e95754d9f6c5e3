"""Undo commands: one per user edit, holding values (snapshots and ids), never live objects.

Each command is computed before it is pushed (Meshroom's ``tryAndPush``): the document builds
the new journey, checks it, and only then pushes a command whose ``redo`` applies the snapshot.
Typing in one field merges into one command, so undo does not step per character.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from journeymap.core.model import Journey

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

#: Command id shared by every mergeable edit; ``mergeWith`` compares the merge keys.
MERGE_ID = 1


class EditJourneyCommand(QUndoCommand):
    """Replace the journey ``journey_id`` by a new snapshot (any step or journey edit).

    Attributes:
        journey_id: the library id of the edited journey.
        before / after: the journey before and after the edit.
        merge_key: edits with the same key (same field of the same step, same typing session)
            merge into one undo step; ``None`` never merges.
    """

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        journey_id: int,
        before: Journey,
        after: Journey,
        *,
        current_before: int,
        current_after: int,
        merge_key: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.journey_id = journey_id
        self.before = before
        self.after = after
        self.current_before = current_before
        self.current_after = current_after
        self.merge_key = merge_key
        self._typing = merge_key is not None  # only while being typed; a redo saves at once

    def redo(self) -> None:
        """Apply the new snapshot."""
        self._document.apply_snapshot(self.journey_id, self.after, self.current_after,
                                      typing=self._typing)
        self._typing = False

    def undo(self) -> None:
        """Put the old snapshot back."""
        self._document.apply_snapshot(self.journey_id, self.before, self.current_before)

    def id(self) -> int:
        """Return ``MERGE_ID`` for mergeable edits, -1 (never merge) otherwise."""
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Merge a following edit of the same field into this command."""
        if not isinstance(other, EditJourneyCommand) or other.merge_key != self.merge_key:
            return False
        if other.journey_id != self.journey_id:
            return False
        self.after = other.after
        self.current_after = other.current_after
        self.setObsolete(self.after == self.before)
        return True


class AddJourneyCommand(QUndoCommand):
    """Add a journey to the library (new, duplicate, import) and open it; undo deletes it."""

    def __init__(self, document: JourneyDocument, text: str, journey: Journey) -> None:
        super().__init__(text)
        self._document = document
        self.journey = journey
        self.journey_id: int | None = None
        self._deleted: object | None = None
        self._previous_id: int | None = document.journey_id

    def redo(self) -> None:
        """Add (first time) or restore (after an undo) the journey and open it."""
        if self._deleted is None:
            self.journey_id = self._document.library_add(self.journey)
        else:
            self.journey_id = self._document.library_restore(self._deleted)
        self._document.open_journey(self.journey_id)

    def undo(self) -> None:
        """Delete the journey again and go back to the journey that was open."""
        if self.journey_id is None:
            return
        self._deleted = self._document.library_delete(self.journey_id)
        self._document.open_journey_or_first(self._previous_id)


class DeleteJourneyCommand(QUndoCommand):
    """Delete a journey from the library; undo restores it exactly as it was."""

    def __init__(self, document: JourneyDocument, text: str, journey_id: int) -> None:
        super().__init__(text)
        self._document = document
        self.journey_id = journey_id
        self._deleted: object | None = None
        self._was_open = document.journey_id == journey_id

    def redo(self) -> None:
        """Delete the journey; when it was open, open another one."""
        journey_id = self._document.resolve_id(self.journey_id)
        self._deleted = self._document.library_delete(journey_id)
        if self._document.journey_id == journey_id:
            self._document.open_journey_or_first(None)
        else:
            self._document.library_changed.emit()

    def undo(self) -> None:
        """Restore the journey (and reopen it when it was open)."""
        if self._deleted is None:
            return
        restored = self._document.library_restore(self._deleted)
        self._document.alias_id(self.journey_id, restored)
        if self._was_open:
            self._document.open_journey(restored)
        else:
            self._document.library_changed.emit()
