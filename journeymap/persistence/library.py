"""The journey library: every call is one transaction, and a failed call changes nothing.

Journeys are validated before they are stored, so the library never holds an invalid journey.
Saving checks the version the caller read (optimistic concurrency): a team sharing one database
cannot overwrite each other's edits unseen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal,
    true,
    update,
)
from sqlalchemy import cast as cast_
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from journeymap import paths
from journeymap.core.errors import NotFoundError
from journeymap.core.model import Journey, JourneyKind, Step, step_id_number
from journeymap.core.validation import check_journey
from journeymap.persistence import seed
from journeymap.persistence.database import library_errors, location_of, make_engine
from journeymap.persistence.errors import AmbiguousJourneyError, ConflictError
from journeymap.persistence.mapping import (
    STEP_COLUMNS,
    StepRecord,
    as_utc,
    dump_list,
    journey_values,
    load_list,
    row_to_journey,
    step_record,
    step_rows,
    values_to_journey,
    values_to_step,
)
from journeymap.persistence.migrate import upgrade_to_head
from journeymap.persistence.tables import JourneyRow, StepRow

#: The largest id an INTEGER column holds on every supported database.
MAX_ID = 2**31 - 1
#: A save that changes more step positions than this rewrites all of the journey's steps.
FULL_REWRITE_AT = 100
#: How many journeys ``iter_journeys`` reads per pair of queries.
READ_BATCH = 500
#: How many journeys ``add_bulk`` inserts per pair of statements.
WRITE_BATCH = 1000
#: How many steps ``BulkWriter.add_stream`` inserts per statement.
STEP_BATCH = 5000
#: The key a streamed step without id gets until the end (``~k`` is no valid step id).
_PENDING_KEY = "~"

JOURNEY_TABLE = cast(Table, JourneyRow.__table__)  # type: ignore[attr-defined]
STEP_TABLE = cast(Table, StepRow.__table__)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class StoredJourney:
    """A journey as stored: its id, the version to save against, and when it was stored."""

    id: int
    version: int
    journey: Journey
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class JourneySummary:
    """One line of the library's list: no steps loaded, only their count and total score."""

    id: int
    title: str
    steps: int
    score: int
    language: str
    updated_at: dt.datetime
    version: int
    tags: tuple[str, ...] = ()

    @classmethod
    def of(cls, stored: StoredJourney) -> JourneySummary:
        """Return the summary of a journey just stored, without asking the database."""
        journey = stored.journey
        return cls(id=stored.id, title=journey.title, steps=len(journey.steps),
                   score=sum(step.score for step in journey.steps), language=journey.language,
                   updated_at=stored.updated_at, version=stored.version,
                   tags=journey.tags)


@dataclass(frozen=True, slots=True)
class JourneyEntry:
    """A journey as a list names it: id, title and tags."""

    id: int
    title: str
    tags: tuple[str, ...] = ()



def resolve_url(url: str | None = None) -> str:
    """Return the database URL to use: ``url``, else ``JOURNEYMAP_DATABASE_URL``, else the
    SQLite file in the data folder (the preferences are the session's: ``session.library``)."""
    if url:
        return url
    from_env = os.environ.get(paths.DATABASE_URL_ENV)
    if from_env:
        return from_env
    return f"sqlite:///{paths.default_database_path()}"


class Library:
    """The journeys in one database. Open with ``Library.open()``; close when done."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema must be current (``Library.open`` sees to that)."""
        self._engine = engine

    @classmethod
    def open(
        cls, url: str | None = None, *, samples: Callable[[], Sequence[Journey]] | None = None
    ) -> Library:
        """Open (and if needed create, migrate and seed) the library at ``url``.

        Args:
            url: a SQLAlchemy URL; ``None`` means ``JOURNEYMAP_DATABASE_URL``, else SQLite at
                ``paths.default_database_path()`` (see ``resolve_url``).
            samples: the journeys a new library starts with, loaded once in its life; ``None``
                loads none and leaves that for a later opening that gives them (the app and
                the command line open it with the shipped samples: ``session.library``).

        Raises:
            LibraryError: the library is damaged, locked, read-only, unreachable or newer.
        """
        engine = make_engine(resolve_url(url))
        try:
            return cls.from_engine(engine, samples=samples)
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def from_engine(
        cls, engine: Engine, *, samples: Callable[[], Sequence[Journey]] | None = None
    ) -> Library:
        """Migrate and seed the database of ``engine`` and return its library."""
        library = cls(engine)
        with library_errors(engine):
            upgrade_to_head(engine)
            seed.seed_once(engine, lambda session, journey: library._insert(
                session, _checked(journey)), samples)
        return library

    @staticmethod
    def set_aside(path: Path) -> Path:
        """Rename a damaged SQLite library to ``<name>.damaged-<UTC time>``; never delete it.

        Its ``-wal`` and ``-shm`` files move along, so a fresh library at ``path`` cannot pick
        them up. Returns the new path of the library file.
        """
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
        path.rename(target)
        return target

    @property
    def location(self) -> str:
        """Return the library's file, or its database address without password."""
        return location_of(self._engine)

    @property
    def engine(self) -> Engine:
        """Return the engine (for tools and tests)."""
        return self._engine

    def close(self) -> None:
        """Close every connection to the database."""
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------------

    def list_summaries(self) -> list[JourneySummary]:
        """Return a summary of every journey, by id (one query)."""
        return self._summaries(true())

    def summary(self, journey_id: int) -> JourneySummary:
        """Return the summary of one journey (the library list's line for it).

        Raises:
            NotFoundError: there is none.
        """
        for summary in self._summaries(JOURNEY_TABLE.c.id == journey_id):
            return summary
        raise self._not_found(journey_id)

    def summaries_of(self, ids: Sequence[int]) -> list[JourneySummary]:
        """Return the summaries of the journeys ``ids`` (those that exist), by id: one query."""
        storable = sorted({id_ for id_ in ids if _storable_id(id_)})
        if not storable:
            return []
        return self._summaries(JOURNEY_TABLE.c.id.in_(storable))

    def list_entries(self) -> list[JourneyEntry]:
        """Return id, title and tags of every journey, by id: the journey table alone.

        Far cheaper than ``list_summaries`` on a big library (no step is touched), for lists that
        show titles at once and counts later (``summaries_of``).
        """
        j = JOURNEY_TABLE.c
        with self._connection() as connection:
            rows = cast(list[tuple[int, str, str]], connection.execute(
                sa_select(j.id, j.title, j.tags).order_by(j.id)).all())
        tag_lists: dict[str, tuple[str, ...]] = {}  # few distinct lists: each decoded once
        entries = []
        for id_, title, text in rows:
            tags = tag_lists.get(text)
            if tags is None:
                tags = tag_lists[text] = load_list(text)
            entries.append(JourneyEntry(id_, title, tags))
        return entries

    def tag_counts(self) -> dict[str, int]:
        """Return every tag in use and how many journeys carry it, by tag (case-insensitive)."""
        counts: dict[str, int] = {}
        with self._connection() as connection:
            for (text,) in connection.execute(
                    sa_select(JOURNEY_TABLE.c.tags).where(JOURNEY_TABLE.c.tags != "[]")):
                for tag in load_list(cast(str, text)):
                    counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (item[0].casefold(), item[0])))

    def ids_tagged(self, tag: str) -> list[int]:
        """Return the ids of the journeys that carry ``tag`` (exactly), ascending.

        One query on the journey table: a portable ``LIKE`` on the stored JSON list narrows the
        rows, the exact check is made on the decoded list.
        """
        needle = dump_list([tag])[1:-1]  # the tag as it is written inside the JSON list
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = (sa_select(JOURNEY_TABLE.c.id, JOURNEY_TABLE.c.tags)
                 .where(JOURNEY_TABLE.c.tags.like(pattern, escape="\\"))
                 .order_by(JOURNEY_TABLE.c.id))
        with self._connection() as connection:
            rows = cast(list[tuple[int, str]], connection.execute(query).all())
        return [id_ for id_, text in rows if tag in load_list(text)]

    def planned_entries(self) -> list[JourneyEntry]:
        """Return id, title and tags of every planned journey, by id (the journey table alone)."""
        j = JOURNEY_TABLE.c
        with self._connection() as connection:
            rows = connection.execute(sa_select(j.id, j.title, j.tags)
                                      .where(j.kind == JourneyKind.PLANNED.value)
                                      .order_by(j.id)).all()
        return [JourneyEntry(cast(int, id_), cast(str, title), load_list(cast(str, tags)))
                for id_, title, tags in rows]

    def ids_naming_plan(self, plan_title: str, plan_id: int | None = None) -> list[int]:
        """Return the ids of the actual journeys whose ``plan`` names ``plan_title`` (ignoring
        case) or ``plan_id``, ascending. One query on the journey table; the names are
        compared in Python so that case folds the same on every database."""
        j = JOURNEY_TABLE.c
        wanted = {plan_title.strip().casefold()}
        if plan_id is not None:
            wanted.add(str(plan_id))
        with self._connection() as connection:
            rows = cast(list[tuple[int, str]], connection.execute(
                sa_select(j.id, j.plan).where(j.plan.is_not(None))
                .where(j.kind == JourneyKind.ACTUAL.value).order_by(j.id)).all())
        return [id_ for id_, plan in rows if plan.strip().casefold() in wanted]

    def ids(self) -> list[int]:
        """Return the id of every journey, ascending."""
        with self._connection() as connection:
            return list(connection.execute(
                sa_select(JOURNEY_TABLE.c.id).order_by(JOURNEY_TABLE.c.id)).scalars())

    def iter_journeys(self, ids: Sequence[int] | None = None, *,
                      batch: int = READ_BATCH) -> Iterator[tuple[int, Journey]]:
        """Yield ``(id, journey)`` for ``ids`` (default: every journey), in the order given.

        Two queries per ``batch`` journeys, whatever their number of steps (no query per
        journey): the journey rows, then their steps in ``(journey_id, position)`` order, which
        the step index serves. Only one batch is held in memory at a time. Ids that do not
        exist (any more) are skipped.
        """
        wanted = self.ids() if ids is None else list(ids)
        for start in range(0, len(wanted), batch):
            chunk = wanted[start:start + batch]
            found = self._read_batch(chunk)
            for id_ in chunk:
                journey = found.get(id_)
                if journey is not None:
                    yield id_, journey

    def _read_batch(self, ids: Sequence[int]) -> dict[int, Journey]:
        storable = sorted({id_ for id_ in ids if _storable_id(id_)})
        if not storable:
            return {}
        step_columns = [STEP_TABLE.c[name] for name in STEP_COLUMNS]
        with self._connection() as connection:
            rows = connection.execute(
                sa_select(JOURNEY_TABLE).where(JOURNEY_TABLE.c.id.in_(storable))).mappings().all()
            steps: dict[int, list[Step]] = {row["id"]: [] for row in rows}
            for values in connection.execute(
                    sa_select(*step_columns).where(STEP_TABLE.c.journey_id.in_(storable))
                    .order_by(STEP_TABLE.c.journey_id, STEP_TABLE.c.position)).mappings():
                steps[values["journey_id"]].append(values_to_step(values))
        return {row["id"]: values_to_journey(row, steps[row["id"]]) for row in rows}

    def _summaries(self, where: ColumnElement[bool]) -> list[JourneySummary]:
        j, steps = JOURNEY_TABLE.c, STEP_TABLE.c
        columns = (j.id, j.title, j.language, j.updated_at, j.version, j.tags)
        query = (
            sa_select(*columns, func.count(steps.id), func.coalesce(func.sum(steps.score), 0))
            .select_from(JOURNEY_TABLE.outerjoin(STEP_TABLE, steps.journey_id == j.id))
            .where(where)
            .group_by(*columns)
            .order_by(j.id)
        )
        with self._connection() as connection:
            rows = connection.execute(query).all()
        summaries = []
        for row in rows:
            id_, title, language, updated, version, tags, count, total = cast(
                tuple[int, str, str, dt.datetime, int, str, int, int], tuple(row))
            summaries.append(JourneySummary(
                id=id_, title=title, steps=int(count), score=int(total), language=language,
                updated_at=as_utc(updated), version=version, tags=load_list(tags)))
        return summaries

    def get(self, journey_id: int) -> StoredJourney:
        """Return the journey with ``journey_id``.

        Raises:
            NotFoundError: there is none.
        """
        with self._session() as session:
            return self._load(session, journey_id)

    def find(self, id_or_title: str) -> StoredJourney:
        """Return the journey whose id, or else whose title (ignoring case), is ``id_or_title``.

        Raises:
            NotFoundError: none matches (``AmbiguousJourneyError`` when several titles match).
        """
        wanted = id_or_title.strip()
        with self._session() as session:
            by_id = wanted.isascii() and wanted.isdigit() and _storable_id(int(wanted))
            if by_id and session.get(JourneyRow, int(wanted)) is not None:
                return self._load(session, int(wanted))
            folded = wanted.casefold()
            titles = session.exec(select(JourneyRow.id, JourneyRow.title)).all()
            ids = sorted(id_ for id_, title in titles
                         if id_ is not None and title.casefold() == folded)
            if len(ids) > 1:
                raise AmbiguousJourneyError(wanted, ids)
            if not ids:
                raise NotFoundError(
                    f"No journey with id or title {wanted!r} in the library {self.location}."
                )
            return self._load(session, ids[0])

    # -- writing ------------------------------------------------------------------------------

    def add(self, journey: Journey) -> StoredJourney:
        """Store ``journey`` as a new journey and return it with its id.

        Raises:
            InvalidJourneyError: the journey breaks the format (nothing stored).
        """
        return self.add_many([journey])[0]

    def add_many(self, journeys: Iterable[Journey]) -> list[StoredJourney]:
        """Store all ``journeys`` in one transaction: all or, on any error, none."""
        checked = [_checked(journey) for journey in journeys]
        with self._session() as session:
            ids = [self._insert(session, journey) for journey in checked]
            return [self._load(session, id_) for id_ in ids]

    def add_bulk(self, journeys: Iterable[Journey], *,
                 progress: Callable[[int], None] | None = None,
                 batch: int = WRITE_BATCH) -> list[int]:
        """Store many journeys in one transaction (all or none) and return their ids, in order.

        For imports of thousands of journeys: journey rows go in ``batch`` at a time with one
        multi-row ``INSERT ... RETURNING``, their steps with one ``executemany``, and nothing is
        read back. ``progress`` is called with the number of journeys stored so far.

        Raises:
            InvalidJourneyError: a journey breaks the format (nothing stored).
        """
        ids: list[int] = []
        with self._connection() as connection:
            pending: list[Journey] = []
            for journey in journeys:
                pending.append(_checked(journey))
                if len(pending) >= batch:
                    ids += _insert_batch(connection, pending)
                    pending = []
                    if progress is not None:
                        progress(len(ids))
            if pending:
                ids += _insert_batch(connection, pending)
            if progress is not None:
                progress(len(ids))
        return ids

    @contextlib.contextmanager
    def bulk_writer(self) -> Iterator[BulkWriter]:
        """Yield a writer whose journeys are stored in one transaction: all, or on any error
        none."""
        with self._connection() as connection:
            yield BulkWriter(connection)

    def save(self, journey_id: int, journey: Journey, expected_version: int, *,
             previous: Journey | None = None) -> StoredJourney:
        """Replace the journey ``journey_id`` with ``journey`` if it is still ``expected_version``.

        One transaction: the version check (``UPDATE ... WHERE version = expected``, which also
        waits for and then refuses a concurrent save on PostgreSQL), then only the step rows
        that changed are written. ``previous`` is the journey as stored at
        ``expected_version`` (the session knows it): the changed rows are then found in memory,
        by step id, and a one-field edit is two statements, the journey's update and the step's.
        Without it the stored steps are read and compared.

        Raises:
            InvalidJourneyError: the journey breaks the format (nothing saved).
            ConflictError: someone saved it since (carries the version stored now).
            NotFoundError: the journey no longer exists.
        """
        _checked(journey)
        if not _storable_id(journey_id):
            raise self._not_found(journey_id)
        now = _now()
        with self._connection() as connection:
            created_at = connection.execute(
                update(JOURNEY_TABLE)
                .where(JOURNEY_TABLE.c.id == journey_id,
                       JOURNEY_TABLE.c.version == expected_version)
                .values(**journey_values(journey), updated_at=now, version=expected_version + 1)
                .returning(JOURNEY_TABLE.c.created_at)
            ).scalar_one_or_none()
            if created_at is None:
                current = connection.execute(
                    select(JOURNEY_TABLE.c.version).where(JOURNEY_TABLE.c.id == journey_id)
                ).scalar_one_or_none()
                if current is None:
                    raise self._not_found(journey_id)
                raise ConflictError(journey_id, expected_version, current)
            records = step_rows(journey_id, journey.steps)
            if previous is None:
                _write_steps(connection, journey_id, records)
            else:
                _write_changed_steps(connection, journey_id, records,
                                     step_rows(journey_id, previous.steps))
        return StoredJourney(id=journey_id, version=expected_version + 1, journey=journey,
                             created_at=as_utc(created_at), updated_at=as_utc(now))

    def delete(self, journey_id: int) -> StoredJourney:
        """Delete the journey and return it as it was, so that ``restore`` can undo this.

        Raises:
            NotFoundError: there is none.
        """
        with self._session() as session:
            stored = self._load(session, journey_id)
            session.exec(delete(StepRow).where(col(StepRow.journey_id) == journey_id))
            session.exec(delete(JourneyRow).where(col(JourneyRow.id) == journey_id))
            return stored

    def restore(self, stored: StoredJourney) -> StoredJourney:
        """Put a deleted journey back: under its old id if that is free, else under a new one.

        The restored journey gets a new version, so a copy saved against the old one conflicts.
        """
        _checked(stored.journey)
        with self._session() as session:
            free = session.get(JourneyRow, stored.id) is None
            id_ = self._insert(session, stored.journey, journey_id=stored.id if free else None,
                               version=stored.version + 1, created_at=stored.created_at)
            return self._load(session, id_)

    # -- inside one transaction -------------------------------------------------------------

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Connection]:
        """Yield a Core connection in a transaction: committed at the end, else rolled back."""
        with library_errors(self._engine), self._engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def _session(self) -> Iterator[Session]:
        """Yield a session in a transaction: committed at the end, rolled back on any error."""
        with (
            library_errors(self._engine),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _insert(
        self,
        session: Session,
        journey: Journey,
        *,
        journey_id: int | None = None,
        version: int = 1,
        created_at: dt.datetime | None = None,
    ) -> int:
        now = _now()
        row = JourneyRow.model_validate({"id": journey_id, "created_at": created_at or now,
                                         "updated_at": now, "version": version,
                                         **journey_values(journey)})
        session.add(row)
        session.flush()
        assert row.id is not None  # the flush gave the row its key
        insert_step_rows(session.connection(), step_rows(row.id, journey.steps))
        return row.id

    def _load(self, session: Session, journey_id: int) -> StoredJourney:
        if not _storable_id(journey_id):
            raise self._not_found(journey_id)
        row = session.get(JourneyRow, journey_id, populate_existing=True)
        if row is None:
            raise self._not_found(journey_id)
        steps = session.exec(
            select(StepRow).where(col(StepRow.journey_id) == journey_id)
            .order_by(col(StepRow.position))
        ).all()
        return StoredJourney(id=journey_id, version=row.version, journey=row_to_journey(row, steps),
                             created_at=as_utc(row.created_at), updated_at=as_utc(row.updated_at))

    def _not_found(self, journey_id: int) -> NotFoundError:
        return NotFoundError(f"No journey with id {journey_id} in the library {self.location}.")


class DuplicateStepIdError(Exception):
    """Two streamed steps have the same id (the step table's unique key said so)."""


class BulkWriter:
    """Stores journeys inside one transaction (``Library.bulk_writer``)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, journey: Journey) -> int:
        """Store ``journey`` (checked first) and return its id."""
        return _insert_batch(self._connection, [_checked(journey)])[0]

    def add_stream(self, steps: Iterable[Step], journey: Callable[[], Journey], *,
                   progress: Callable[[int], None] | None = None,
                   batch: int = STEP_BATCH) -> int:
        """Store a journey whose steps come one at a time; return its id.

        For journeys too long to hold: the steps are inserted ``batch`` at a time with one
        ``executemany`` and let go, so memory stays that of one batch. ``journey()`` is called
        once the steps are through and gives the journey's own fields (its ``steps`` are
        ignored); the row written first is brought up to date then. Steps without an id get
        ``s<n>`` above the highest id in use, as ``Journey`` gives them. ``progress`` is called
        with the number of steps stored after every batch.

        The steps must have been checked by the caller (the stream reader checks each step
        with ``step_problems``); the journey's own fields are checked here.

        Raises:
            InvalidJourneyError: the journey's own fields break the format.
            DuplicateStepIdError: two steps have the same id.
        """
        connection = self._connection
        now = _now()
        placeholder = Journey(title="(importing)")
        journey_id = int(connection.execute(
            insert(JOURNEY_TABLE).returning(JOURNEY_TABLE.c.id),
            {**journey_values(placeholder), "created_at": now, "updated_at": now, "version": 1},
        ).scalar_one())
        highest = pending = done = 0
        records: list[StepRecord] = []
        try:
            for step in steps:
                if step.id:
                    highest = max(highest, step_id_number(step.id))
                else:
                    pending += 1
                    step = replace(step, id=f"{_PENDING_KEY}{pending}")
                records.append(step_record(journey_id, done + len(records), step))
                if len(records) >= batch:
                    insert_step_rows(connection, records)
                    done += len(records)
                    records = []
                    if progress is not None:
                        progress(done)
            insert_step_rows(connection, records)
            done += len(records)
        except IntegrityError as error:
            raise DuplicateStepIdError(str(error.orig or error)) from None
        if pending:
            key = STEP_TABLE.c.key
            number = cast_(func.substr(key, len(_PENDING_KEY) + 1), Integer) + highest
            connection.execute(update(STEP_TABLE)
                               .where(STEP_TABLE.c.journey_id == journey_id,
                                      key.like(f"{_PENDING_KEY}%"))
                               .values(key=literal("s") + cast_(number, String)))
        final = _checked(replace(journey(), steps=()))
        connection.execute(update(JOURNEY_TABLE).where(JOURNEY_TABLE.c.id == journey_id)
                           .values(**journey_values(final)))
        if progress is not None:
            progress(done)
        return journey_id


def _write_steps(connection: Connection, journey_id: int, records: list[StepRecord]) -> None:
    """Make the stored steps of ``journey_id`` equal ``records``, writing only what changed.

    A changed or removed position is deleted and the changed ones inserted again (no UPDATE
    per column set); past ``FULL_REWRITE_AT`` changed positions all steps are rewritten, which
    also keeps the ``IN`` list short for SQLite.
    """
    columns = [STEP_TABLE.c[name] for name in STEP_COLUMNS]
    stored = {
        row["position"]: dict(row)
        for row in connection.execute(
            select(*columns).where(STEP_TABLE.c.journey_id == journey_id)
        ).mappings()
    }
    fresh = [record.values() for record in records]
    changed = [values for values in fresh if stored.get(values["position"]) != values]
    kept = {values["position"] for values in fresh}
    replaced = {values["position"] for values in changed} | (stored.keys() - kept)
    replaced &= stored.keys()
    if len(replaced) > FULL_REWRITE_AT:
        connection.execute(delete(STEP_TABLE).where(STEP_TABLE.c.journey_id == journey_id))
        changed = fresh
    elif replaced:
        connection.execute(
            delete(STEP_TABLE).where(STEP_TABLE.c.journey_id == journey_id,
                                     STEP_TABLE.c.position.in_(sorted(replaced)))
        )
    if changed:
        connection.execute(insert(STEP_TABLE), changed)


def _write_changed_steps(connection: Connection, journey_id: int, records: list[StepRecord],
                         before: list[StepRecord]) -> None:
    """Write the difference between the stored steps ``before`` and ``records``, by step id.

    Removed steps are deleted, new ones inserted, and each changed step is updated in only the
    columns that changed; steps changed alike (a move renumbers the steps it passes) share one
    statement executed for all of them.
    """
    old = {record.key: record.values() for record in before}
    new = {record.key: record.values() for record in records}
    removed = [key for key in old if key not in new]
    if removed:
        connection.execute(delete(STEP_TABLE).where(STEP_TABLE.c.journey_id == journey_id,
                                                    STEP_TABLE.c.key.in_(removed)))
    updates: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for key, values in new.items():
        stored = old.get(key)
        if stored is None or stored == values:
            continue
        changed = tuple(name for name in STEP_COLUMNS if values[name] != stored[name])
        updates.setdefault(changed, []).append(
            {"b_key": key, **{f"b_{name}": values[name] for name in changed}})
    for changed, parameters in updates.items():
        statement = (update(STEP_TABLE)
                     .where(STEP_TABLE.c.journey_id == journey_id,
                            STEP_TABLE.c.key == bindparam("b_key"))
                     .values({name: bindparam(f"b_{name}") for name in changed}))
        connection.execute(statement, parameters)
    added = [values for key, values in new.items() if key not in old]
    if added:
        connection.execute(insert(STEP_TABLE), added)


def _insert_batch(connection: Connection, journeys: Sequence[Journey]) -> list[int]:
    """Insert ``journeys`` and their steps with two statements; return the new ids in order."""
    now = _now()
    rows = [{**journey_values(journey), "created_at": now, "updated_at": now, "version": 1}
            for journey in journeys]
    result = connection.execute(
        insert(JOURNEY_TABLE).returning(JOURNEY_TABLE.c.id, sort_by_parameter_order=True), rows)
    ids = [int(id_) for id_ in cast(list[int], result.scalars().all())]
    insert_step_rows(connection, [record for id_, journey in zip(ids, journeys, strict=True)
                                  for record in step_rows(id_, journey.steps)])
    return ids


def insert_step_rows(connection: Connection, records: Sequence[StepRecord]) -> None:
    """Insert ``records`` with one ``executemany`` of the driver, in ``STEP_COLUMNS`` order.

    For imports: SQLAlchemy's per-row parameter processing took more time than the database.
    The step table's values need none (texts, numbers, booleans, no dates), so the driver gets
    plain tuples (or dicts, for a driver with named parameters) and the statement compiled once
    for its dialect.
    """
    if not records:
        return
    compiled = insert(STEP_TABLE).compile(dialect=connection.dialect,
                                          column_keys=list(STEP_COLUMNS))
    if compiled.positional:
        order = [STEP_COLUMNS.index(name) for name in compiled.positiontup or ()]
        rows: list[Any]
        if order == list(range(len(STEP_COLUMNS))):  # as on SQLite: the tuples as they are
            rows = [record.row() for record in records]
        else:
            rows = [tuple(values[i] for i in order)
                    for values in (record.row() for record in records)]
    else:
        rows = [record.values() for record in records]
    connection.exec_driver_sql(str(compiled), rows)


def _storable_id(journey_id: int) -> bool:
    """Return whether ``journey_id`` fits an id column (a bigger number is no id, not an error)."""
    return 0 < journey_id <= MAX_ID


def _checked(journey: Journey) -> Journey:
    return check_journey(journey, source=f"journey {journey.title!r}")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
