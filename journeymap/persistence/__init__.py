"""The journey library database (sqlmodel; SQLite by default, any SQLAlchemy URL configurable).

Import ``Library`` from here; the modules below are its parts: ``tables`` (schema), ``mapping``
(rows <-> ``Journey``), ``database`` (engines, errors), ``migrate`` (alembic), ``seed`` (samples).
"""

from journeymap.persistence.errors import (
    AmbiguousJourneyError,
    ConflictError,
    LibraryError,
    Trouble,
)
from journeymap.persistence.library import JourneySummary, Library, StoredJourney, resolve_url

__all__ = [
    "AmbiguousJourneyError",
    "ConflictError",
    "JourneySummary",
    "Library",
    "LibraryError",
    "StoredJourney",
    "Trouble",
    "resolve_url",
]
