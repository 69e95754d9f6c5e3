"""Fixtures for the library tests: a fresh SQLite library per test and journeys to store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step
from journeymap.persistence import Library


def full_journey(title: str = "Repairing a cooking hob") -> Journey:
    """Return a journey that sets every optional field somewhere, and leaves some unset."""
    return Journey(
        title=title,
        phases=("Orientation", "Booking", "Waiting"),
        persona="Home owner, at ease online",
        organisation="Brand service desk",
        goal="Get one cooking zone working again",
        description="Reconstructed from the customer's own account",
        author="A. Designer",
        date=dt.date(2024, 3, 5),
        language="nl",
        steps=(
            Step("Searches the website", "website", 1, phase="Orientation"),
            Step(
                "Books online", "website", -2, phase="Booking", initiator=Initiator.CUSTOMER,
                outcome=Outcome.FAILED, info_given=("type number", "complaint", "address"),
                recognized=False, context_available=False, referred_to="phone",
                wait_minutes=2.5, elapsed_days=0, sensitive=False, evidence=Evidence.OBSERVED,
                note="Error after picking a date",
            ),
            Step(
                "Calls the contact centre", "phone", 1, phase="Booking",
                info_given=("type number",), recognized=True, context_available=False,
                wait_minutes=8, evidence=Evidence.REPORTED,
            ),
            Step(
                "Gets a confirmation letter", "letter", 0, phase="Waiting",
                initiator=Initiator.ORGANISATION, outcome=Outcome.PENDING, elapsed_days=3.25,
                sensitive=True, evidence=Evidence.ASSUMED, note="Ünïcode and «quotes»",
            ),
        ),
    )


def small_journey(title: str = "Small", steps: int = 2) -> Journey:
    """Return a journey of ``steps`` plain steps."""
    return Journey(
        title=title,
        steps=tuple(Step(f"Step {n}", "email", (n % 5) - 2) for n in range(steps)),
    )


@pytest.fixture
def journey() -> Journey:
    """Return a journey with every optional field set somewhere (see ``full_journey``)."""
    return full_journey()


@pytest.fixture
def make_small() -> Callable[..., Journey]:
    """Return ``small_journey``, to build plain journeys of any length."""
    return small_journey


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """Return the URL of a SQLite library that does not exist yet."""
    return f"sqlite:///{tmp_path / 'library' / 'journeys.sqlite3'}"


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    """Return an open, empty library (no samples), closed after the test."""
    opened = Library.open(db_url, samples=lambda: [])
    yield opened
    opened.close()
