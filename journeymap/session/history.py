"""The undo history: operations that were done, each recorded only once it worked.

``History.push`` runs an operation first and records it only when it returned normally, so a
failed database call (adding, duplicating or deleting a journey) leaves the history as it was.
Undo and redo work the same way: an operation whose undo fails stays where it was.

Operations hold values (journeys, ids, edits), never live objects of the interface. Their labels
are a message id and its arguments (``("Edit step %1", ("3",))``), translated when shown, so a
language switch relabels old entries too.
"""

from __future__ import annotations

from typing import Protocol

from journeymap.session.events import Event

#: A label for people: a message id with ``%1``, ``%2`` ... and the values to put there.
Label = tuple[str, tuple[str, ...]]

#: How many operations undo can go back.
DEFAULT_LIMIT = 1000


class Operation(Protocol):
    """One undoable user action."""

    @property
    def label(self) -> Label:
        """Return what the action was, for the Undo and Redo menu entries."""

    def do(self) -> None:
        """Do (or redo) the action; raise to refuse it, changing nothing."""

    def undo(self) -> None:
        """Undo the action; raise to refuse, changing nothing."""

    def absorb(self, later: Operation) -> bool:
        """Take ``later`` (already done) into this operation; return whether it did."""


class History:
    """Undo and redo stacks of operations.

    Events:
        changed(): an operation was pushed, undone, redone, merged or the history cleared.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._done: list[Operation] = []
        self._undone: list[Operation] = []
        self._limit = limit
        self._merge_open = False
        self.changed = Event("changed")

    # -- reading ------------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Return whether there is an operation to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """Return whether there is an undone operation to redo."""
        return bool(self._undone)

    @property
    def undo_label(self) -> Label | None:
        """Return the label of the operation ``undo`` would undo."""
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> Label | None:
        """Return the label of the operation ``redo`` would redo."""
        return self._undone[-1].label if self._undone else None

    def __len__(self) -> int:
        return len(self._done)

    # -- changing -----------------------------------------------------------------------------

    def push(self, operation: Operation, *, mergeable: bool = False) -> None:
        """Do ``operation`` and record it; if it raises, record nothing and re-raise.

        A ``mergeable`` operation is taken into the last one when that one was mergeable too and
        no ``close_merge`` came in between (keystrokes in one field make one undo step).
        """
        operation.do()
        self._undone.clear()
        if mergeable and self._merge_open and self._done and self._done[-1].absorb(operation):
            self.changed.emit()
            return
        self._done.append(operation)
        del self._done[:-self._limit]
        self._merge_open = mergeable
        self.changed.emit()

    def close_merge(self) -> None:
        """Let the next operation start an undo step of its own (the user left the field)."""
        self._merge_open = False

    def undo(self) -> bool:
        """Undo the last operation; return whether there was one.

        Raises:
            Exception: whatever the operation's undo raised; the operation stays undoable.
        """
        if not self._done:
            return False
        operation = self._done[-1]
        operation.undo()
        self._undone.append(self._done.pop())
        self._merge_open = False
        self.changed.emit()
        return True

    def redo(self) -> bool:
        """Redo the last undone operation; return whether there was one.

        Raises:
            Exception: whatever the operation raised; the operation stays redoable.
        """
        if not self._undone:
            return False
        operation = self._undone[-1]
        operation.do()
        self._done.append(self._undone.pop())
        self._merge_open = False
        self.changed.emit()
        return True

    def clear(self) -> None:
        """Forget every operation."""
        self._done.clear()
        self._undone.clear()
        self._merge_open = False
        self.changed.emit()
