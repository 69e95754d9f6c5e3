"""Opening the user's library: the database the preferences or the environment name, seeded
with the shipped sample journeys the first time.

The persistence layer knows neither the preferences nor the file formats; this module joins
them, so the app and every command open the same library the same way.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import Protocol

from journeymap import paths
from journeymap.core.errors import InvalidJourneyError, NotFoundError
from journeymap.core.model import Journey
from journeymap.core.validation import journey_problems
from journeymap.persistence.library import JourneyEntry, Library, StoredJourney

log = logging.getLogger(__name__)


def library_url(url: str | None = None) -> str:
    """Return the library to open: ``url``, else ``JOURNEYMAP_DATABASE_URL``, else the
    preferences' database, else the SQLite file in the data folder."""
    if url:
        return url
    from_env = os.environ.get(paths.DATABASE_URL_ENV)
    if from_env:
        return from_env
    from journeymap.preferences import load_preferences

    chosen = load_preferences().database_url
    if chosen:
        return chosen
    return f"sqlite:///{paths.default_database_path()}"


def sample_journeys() -> list[Journey]:
    """Return the valid sample journeys shipped with JourneyMap (a broken one is logged)."""
    from journeymap.formats import read_journey

    journeys = []
    for path in paths.sample_paths():
        try:
            journey = read_journey(path).journey
        except InvalidJourneyError as error:
            log.warning("sample journey skipped: %s", error)
            continue
        if not journey_problems(journey):
            journeys.append(journey)
    return journeys


def open_library(url: str | None = None) -> Library:
    """Open (create, migrate, seed) the user's library (see ``library_url``).

    Raises:
        LibraryError: the library is damaged, locked, read-only, unreachable or newer.
    """
    return Library.open(library_url(url), samples=sample_journeys)


class PlanLookup(Protocol):
    """What finding plans needs of the library (``persistence.Library`` is one)."""

    def get(self, journey_id: int) -> StoredJourney: ...
    def planned_entries(self) -> list[JourneyEntry]: ...
    def ids_naming_plan(self, plan_title: str, plan_id: int | None = None) -> list[int]: ...
    def iter_journeys(self, ids: Sequence[int] | None = None) -> Iterator[tuple[int, Journey]]: ...


def find_plan(library: PlanLookup, journey: Journey) -> StoredJourney | None:
    """Return the planned journey of the library that ``journey`` names as its plan.

    The name is a title, compared ignoring case and surrounding spaces, or a library id; the
    first planned journey (lowest id) wins when titles repeat. ``None`` when ``journey`` names
    no plan or the library has no planned journey of that name.
    """
    if journey.plan is None:
        return None
    named = journey.plan.strip().casefold()
    for entry in library.planned_entries():
        if entry.title.strip().casefold() == named or str(entry.id) == named:
            try:
                return library.get(entry.id)
            except NotFoundError:  # deleted between the two queries
                return None
    return None


def actuals_of(library: PlanLookup, plan_id: int, plan: Journey) -> list[tuple[int, Journey]]:
    """Return the actual journeys of the library that name ``plan`` (by title or id), by id."""
    return list(library.iter_journeys(library.ids_naming_plan(plan.title, plan_id)))
