"""Engines for the library: durable SQLite settings, and database failures turned into LibraryError.

Everything SQLite-specific lives in this module (and the SQLite branch of ``migrate``), so the rest
of the package speaks portable SQL that PostgreSQL runs too.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError

from journeymap.persistence.errors import LibraryError, Trouble

DEFAULT_BUSY_TIMEOUT_MS = 5000
#: libpq settings for a server library: give up connecting after 5 s, notice a dead peer
#: (keepalives) and unanswered writes (``tcp_user_timeout``, ms) instead of waiting for ever.
PSYCOPG_TIMEOUTS: dict[str, int] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 20000,
}
#: Words in SQLite's messages for a file that is not a (complete) JourneyMap library.
_DAMAGE_SIGNS = ("not a database", "malformed", "corrupt", "no such table", "no such column")


def make_engine(url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """Return an engine for ``url``; a SQLite file gets its folder and durable settings.

    Every SQLite connection uses WAL with ``synchronous=FULL`` (``NORMAL`` can lose the last
    committed edit on power loss), enforces foreign keys, waits ``busy_timeout_ms`` for a lock,
    and starts each transaction with ``BEGIN IMMEDIATE``, so a read-then-write never fails
    halfway on another writer's lock.

    Raises:
        LibraryError: the URL is malformed or the SQLite folder cannot be created.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise LibraryError(_without_password(url), Trouble.UNREACHABLE, "not a database URL: "
                           "expected e.g. postgresql+psycopg://user:password@host/database"
                           ) from error
    if parsed.get_backend_name() != "sqlite":
        return _server_engine(parsed)
    path = _file_of(parsed.database)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(str(path), Trouble.READ_ONLY, str(error), path) from error
    engine = create_engine(parsed)
    _make_sqlite_durable(engine, busy_timeout_ms)
    return engine


def _server_engine(url: URL) -> Engine:
    """Return an engine for a database server that survives a dropped connection.

    ``pool_pre_ping`` tests a pooled connection before use, so after the server or the network
    comes back the next call reconnects instead of failing on a dead connection. With psycopg,
    libpq's timeouts make a vanished server an error within seconds instead of a frozen app
    (unless the URL sets them itself).
    """
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and url.get_driver_name() == "psycopg":
        connect_args = {key: value for key, value in PSYCOPG_TIMEOUTS.items()
                        if key not in url.query}
    location = url.render_as_string(hide_password=True)
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as error:
        advice = (" (install it with: pip install 'journeymap[postgres]')"
                  if url.get_backend_name() == "postgresql" else "")
        raise LibraryError(location, Trouble.UNREACHABLE,
                           f"the database driver is missing: {error}{advice}") from error
    except ArgumentError as error:  # an unknown database type
        raise LibraryError(location, Trouble.UNREACHABLE, str(error)) from error


def sqlite_file(engine: Engine) -> Path | None:
    """Return the file of a SQLite engine, or ``None`` (another database, or in memory)."""
    if engine.dialect.name != "sqlite":
        return None
    return _file_of(engine.url.database)


def location_of(engine: Engine) -> str:
    """Return how to name the library to a person: its file, or its address without password."""
    if engine.dialect.name == "sqlite":
        path = sqlite_file(engine)
        return str(path) if path is not None else engine.url.database or ":memory:"
    return engine.url.render_as_string(hide_password=True)


@contextlib.contextmanager
def library_errors(engine: Engine) -> Iterator[None]:
    """Turn a database failure inside the block into a ``LibraryError`` that names the library."""
    try:
        yield
    except IntegrityError:
        raise  # a broken key is a bug (or a race the caller handles), not an unusable library
    except DBAPIError as error:
        raise classify(engine, str(error.orig or error)) from error
    except sqlite3.Error as error:  # from the raw connection (migration backup, pragmas)
        raise classify(engine, str(error)) from error


def classify(engine: Engine, detail: str) -> LibraryError:
    """Return the ``LibraryError`` that explains the database's message ``detail`` to a person."""
    lowered = detail.lower()
    trouble = Trouble.UNREACHABLE
    if engine.dialect.name == "sqlite":
        if "locked" in lowered or "busy" in lowered:
            trouble = Trouble.LOCKED
        elif "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
            trouble = Trouble.READ_ONLY
        elif any(sign in lowered for sign in _DAMAGE_SIGNS):
            trouble = Trouble.DAMAGED
    return LibraryError(location_of(engine), trouble, detail, sqlite_file(engine))


def _without_password(url: str) -> str:
    """Return ``url`` with a password (``:secret@``) masked; ``url`` may not even parse."""
    return re.sub(r":[^:@/]*@", ":***@", url)


def _file_of(database: str | None) -> Path | None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().resolve()


def _switch_to_wal(cursor: Any, busy_timeout_ms: int) -> None:
    """Put the library in WAL mode, waiting out another connection that is switching it too.

    Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is locked"
    at once instead of calling the busy handler: several JourneyMaps starting on a fresh library
    (or a team on a shared folder) would fail. The mode is stored in the file, so after the
    first switch the others only see WAL; until then retry for as long as ``busy_timeout``.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    delay = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _make_sqlite_durable(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module (its legacy mode starts none for
        # SELECT or DDL); ``_on_begin`` below emits BEGIN for every SQLAlchemy transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            _switch_to_wal(cursor, busy_timeout_ms)
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
