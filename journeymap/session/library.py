"""Opening the user's library: the database the preferences or the environment name, seeded
with the shipped sample journeys the first time.

The persistence layer knows neither the preferences nor the file formats; this module joins
them, so the app and every command open the same library the same way.
"""

from __future__ import annotations

import logging
import os

from journeymap import paths
from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey
from journeymap.core.validation import journey_problems
from journeymap.persistence.library import Library

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
