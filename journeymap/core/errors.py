"""Errors of the core, shared by readers, storage and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or odd) in a journey, at a place such as ``steps[3].score``.

    ``step_index`` is 0-based like the place; messages show it 1-based as ``(step 4)``.
    """

    place: str
    message: str
    step_index: int | None = None

    def describe(self) -> str:
        """Return ``place (step N): message`` for people."""
        where = self.place
        if self.step_index is not None:
            where += f" (step {self.step_index + 1})"
        return f"{where}: {self.message}" if where else self.message


class JourneyError(Exception):
    """Base class of every error JourneyMap reports to a user."""


class InvalidJourneyError(JourneyError):
    """A journey file or edit breaks the format; nothing from it was used.

    Attributes:
        source: the file name (or another label) the journey came from.
        problems: every problem found, not only the first.
    """

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.report())

    def __reduce__(self) -> tuple[type[InvalidJourneyError], tuple[str, tuple[Problem, ...]]]:
        # Pickled with its own arguments (the default would pass the report text alone), so an
        # error met in a worker process arrives whole.
        return (type(self), (self.source, self.problems))

    def report(self) -> str:
        """Return one line per problem, each naming the source and the place."""
        return "\n".join(f"{self.source}: {p.describe()}" for p in self.problems)


class NotFoundError(JourneyError):
    """A journey that was asked for does not exist in the library."""
