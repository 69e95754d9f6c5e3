"""The journey library database (sqlmodel; SQLite by default, any SQLAlchemy URL configurable).

Import ``Library`` from here; the modules below are its parts: ``tables`` (schema), ``mapping``
(rows <-> ``Journey``), ``database`` (engines, errors), ``migrate`` (alembic), ``seed`` (samples).

The names are loaded on first use (PEP 562): importing ``journeymap.persistence.errors`` (or this
package) does not import SQLAlchemy, so the desktop app can paint its window before it pays for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeymap.persistence.errors import (
        AmbiguousJourneyError,
        ConflictError,
        LibraryError,
        Trouble,
    )
    from journeymap.persistence.library import (
        JourneyEntry,
        JourneySummary,
        Library,
        StoredJourney,
        resolve_url,
    )

_HOMES = {
    "AmbiguousJourneyError": "errors",
    "ConflictError": "errors",
    "LibraryError": "errors",
    "Trouble": "errors",
    "JourneyEntry": "library",
    "JourneySummary": "library",
    "Library": "library",
    "StoredJourney": "library",
    "resolve_url": "library",
}

__all__ = [
    "AmbiguousJourneyError",
    "ConflictError",
    "JourneyEntry",
    "JourneySummary",
    "Library",
    "LibraryError",
    "StoredJourney",
    "Trouble",
    "resolve_url",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` when it is first asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
