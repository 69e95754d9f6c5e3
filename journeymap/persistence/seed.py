"""Load the first journeys (the shipped samples) into a new library, exactly once in its life.

A marker row (``library_meta.seeded``) is inserted first, in the same transaction as the samples:
its unique key makes a second process that starts at the same moment fail to insert it and skip
seeding, and a library whose samples were deleted does not get them back on the next start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from journeymap.core.model import Journey
from journeymap.persistence.tables import LibraryMetaRow

SEEDED_KEY = "seeded"


def is_seeded(session: Session) -> bool:
    """Return whether the samples were loaded into this library before."""
    return session.get(LibraryMetaRow, SEEDED_KEY) is not None


def seed_once(
    engine: Engine,
    insert: Callable[[Session, Journey], object],
    samples: Callable[[], Sequence[Journey]] | None = None,
) -> bool:
    """Insert the samples with ``insert`` unless this library was seeded before.

    Args:
        engine: the library's engine.
        insert: stores one journey in the session's transaction.
        samples: returns the journeys to load; ``None`` seeds nothing (and marks nothing).

    Returns:
        Whether this call seeded the library.
    """
    if samples is None:
        return False
    with Session(engine) as session:
        with session.begin():
            if is_seeded(session):
                return False
        journeys = samples()
        try:
            with session.begin():
                session.add(LibraryMetaRow(key=SEEDED_KEY, value="true"))
                session.flush()  # the unique key is taken here, before any sample goes in
                for journey in journeys:
                    insert(session, journey)
        except IntegrityError:
            if not _seeded_by_another(engine):
                raise
            return False
    return True


def _seeded_by_another(engine: Engine) -> bool:
    with Session(engine) as session, session.begin():
        return is_seeded(session)
