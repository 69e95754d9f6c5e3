"""Bring a library's schema up to date with alembic, run in code on every start.

The alembic configuration is built here (no alembic.ini at run time); the scripts live in
``migrations/`` beside this module. An existing SQLite library is copied (``VACUUM INTO``) before
a migration touches it, and foreign keys are switched off while tables are rebuilt: with them on,
rebuilding a parent table in batch mode silently deletes its ``ON DELETE CASCADE`` children.

Alembic is imported only when a migration may be needed: a library already at ``HEAD_REVISION``
(read with one plain query) opens without it, which saves ~150 ms on every start of the app.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from journeymap.persistence.database import location_of, sqlite_file
from journeymap.persistence.errors import LibraryError, Trouble

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in ``migrations/versions`` (a test keeps the two in step).
HEAD_REVISION = "0003"

#: Alembic keeps its migration context in module globals: one migration per process at a time.
_ALEMBIC_LOCK = threading.Lock()


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    """Return an alembic configuration for the scripts in ``script_location``."""
    from alembic.config import Config

    config = Config()
    # The value goes through configparser interpolation: a "%" in the path must be doubled.
    config.set_main_option("script_location", str(script_location).replace("%", "%%"))
    return config


def head_revision(config: Config) -> str:
    """Return the newest revision the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(config).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def current_revision(connection: Connection) -> str | None:
    """Return the library's revision (``None`` for an empty database) and end the transaction."""
    from alembic.runtime.migration import MigrationContext

    try:
        return MigrationContext.configure(connection).get_current_revision()
    finally:
        connection.rollback()


def upgrade_to_head(engine: Engine, *, script_location: Path = MIGRATIONS_DIR) -> Path | None:
    """Create or migrate the library's schema to the newest revision.

    Returns:
        The backup copy made before migrating an existing SQLite library, else ``None``.

    Raises:
        LibraryError: the library was made by a newer JourneyMap, or a migration broke it (then
            nothing was changed).
        sqlalchemy.exc.DBAPIError: the database failed (callers turn it into a LibraryError).
    """
    if script_location == MIGRATIONS_DIR and stored_revision(engine) == HEAD_REVISION:
        return None
    with _ALEMBIC_LOCK:
        return _upgrade(engine, alembic_config(script_location))


def stored_revision(engine: Engine) -> str | None:
    """Return the revision in the library's ``alembic_version`` table, read without alembic.

    ``None`` when there is no such table or it does not hold exactly one revision (then alembic
    decides). A database failure (locked, damaged, unreachable) is raised as it is.
    """
    with engine.connect() as connection:
        try:
            if not inspect(connection).has_table("alembic_version"):
                return None
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        finally:
            connection.rollback()
    return str(rows[0][0]) if len(rows) == 1 else None


def _upgrade(engine: Engine, config: Config) -> Path | None:
    from alembic.script import ScriptDirectory

    head = head_revision(config)
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == head:
            return None
        if current is not None and current not in known:
            raise LibraryError(
                location_of(engine), Trouble.NEWER,
                f"schema revision {current!r} is unknown to this version", sqlite_file(engine),
            )
        config.attributes["connection"] = connection
        if engine.dialect.name == "sqlite":
            return _upgrade_sqlite(engine, connection, config, existing=current is not None)
        from alembic import command

        try:
            with connection.begin():
                command.upgrade(config, "head")
        except DBAPIError:
            # Another process may have created the schema at the same moment: that is fine.
            if current_revision(connection) != head:
                raise
        return None


def _upgrade_sqlite(
    engine: Engine, connection: Connection, config: Config, *, existing: bool
) -> Path | None:
    """Migrate in one write transaction; another start that got there first is respected."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    path = sqlite_file(engine)
    raw: Any = connection.connection.driver_connection
    copy = _backup(raw, path) if existing and path is not None else None
    raw.execute("PRAGMA foreign_keys=OFF")  # takes effect only outside a transaction
    try:
        with connection.begin():  # BEGIN IMMEDIATE: the revision cannot change under us now
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head_revision(config):
                return copy
            if current is None and inspect(connection).get_table_names():
                raise LibraryError(location_of(engine), Trouble.DAMAGED,
                                   "the file holds tables of another program", path)
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:  # raising rolls the whole migration back
                raise LibraryError(
                    location_of(engine), Trouble.DAMAGED,
                    f"migration left {len(broken)} rows without their parent (undone)", path,
                )
    finally:
        raw.execute("PRAGMA foreign_keys=ON")
    return copy


def _backup(raw: Any, path: Path) -> Path:
    """Copy the library to ``<name>.backup-<UTC time><suffix>`` beside it, consistently."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    raw.execute("VACUUM INTO ?", (str(target),))
    return target
