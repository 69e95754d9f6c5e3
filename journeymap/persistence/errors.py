"""Errors of the library database, each worded for the person who has to act on it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from journeymap.core.errors import JourneyError, NotFoundError


class Trouble(StrEnum):
    """Why a library cannot be used; the app picks its offer (retry, set aside) from this."""

    DAMAGED = "damaged"  # not a database, or a corrupt one: offer a fresh library
    LOCKED = "locked"  # another program holds it: offer to try again
    READ_ONLY = "read-only"  # the file or folder cannot be written
    NEWER = "newer"  # made by a newer JourneyMap
    UNREACHABLE = "unreachable"  # any other database failure (server down, bad URL, ...)


_ADVICE: dict[Trouble, str] = {
    Trouble.DAMAGED: "It is not a JourneyMap library or it is damaged. Open another library, or "
    "start a fresh one (the damaged file is kept aside, not deleted).",
    Trouble.LOCKED: "Another program is using it. Close that program and try again, or open "
    "another library.",
    Trouble.READ_ONLY: "JourneyMap may not write there. Check the permissions of the file and its "
    "folder, or open another library.",
    Trouble.NEWER: "It was made by a newer version of JourneyMap. Update JourneyMap to open it, "
    "or open another library.",
    Trouble.UNREACHABLE: "Check the database address and that the database is running, or open "
    "another library.",
}


class LibraryError(JourneyError):
    """The library database cannot be used; nothing was changed.

    Attributes:
        location: the file (or the database address without password) concerned.
        trouble: what kind of trouble, so a caller can offer the right way forward.
        path: the SQLite file, when the library is one (``None`` for a server database).
        detail: the database's own words, for a bug report.
    """

    def __init__(
        self, location: str, trouble: Trouble, detail: str = "", path: Path | None = None
    ) -> None:
        self.location = location
        self.trouble = trouble
        self.detail = detail
        self.path = path
        message = f"The library {location} cannot be used. {_ADVICE[trouble]}"
        if detail:
            message += f" (Database said: {detail})"
        super().__init__(message)


class ConflictError(JourneyError):
    """Someone else saved the journey since it was read; nothing was saved.

    Attributes:
        journey_id: the journey concerned.
        expected_version: the version the caller had read.
        current_version: the version stored now.
    """

    def __init__(self, journey_id: int, expected_version: int, current_version: int) -> None:
        self.journey_id = journey_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(
            f"Journey {journey_id} was changed elsewhere (version {current_version}, this copy "
            f"is version {expected_version}); reload it before saving."
        )


class AmbiguousJourneyError(NotFoundError):
    """More than one journey has the title asked for; no single journey was found."""

    def __init__(self, title: str, ids: list[int]) -> None:
        self.title = title
        self.ids = tuple(ids)
        listed = ", ".join(str(i) for i in ids)
        super().__init__(
            f"{len(ids)} journeys are titled {title!r} (ids {listed}); ask for one by its id."
        )
