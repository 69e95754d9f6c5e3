"""Fixtures for the session tests: a real SQLite library and a session on it, no Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from journeymap.core.model import Journey, Outcome, Step
from journeymap.persistence import Library
from journeymap.session.document import JourneySession
from journeymap.session.recovery import RecoveryJournal


def hob() -> Journey:
    """Return a small journey with a failed booking and a call."""
    return Journey("Hob repair", phases=("Online", "Phone"), steps=(
        Step("Search the part", "website", 1, phase="Online"),
        Step("Book online", "website", -2, outcome=Outcome.FAILED, phase="Online",
             info_given=("type number",)),
        Step("Call the desk", "phone", 1, phase="Phone", info_given=("type number",)),
        Step("Engineer visit", "face_to_face", 0),
    ))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """Return a fresh library holding ``hob()`` and a second journey."""
    opened = Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}", samples=lambda: [
        hob(), Journey("Second", steps=(Step("Write", "email", 0),))])
    yield opened
    opened.close()


@pytest.fixture
def journal(tmp_path: Path, library: Library) -> RecoveryJournal:
    """Return the recovery journal of ``library``."""
    return RecoveryJournal(tmp_path / "recovery", library.location)


@pytest.fixture
def session(library: Library, journal: RecoveryJournal) -> JourneySession:
    """Return a session with the hob journey open."""
    opened = JourneySession(library, journal=journal)
    opened.open_journey_or_first(None)
    assert opened.journey.title == "Hob repair"
    return opened
