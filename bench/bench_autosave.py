"""How long does the autosave of one edit take, next to a bare sqlite3 commit with the same PRAGMAs?

Every edit in the app is saved at once (``Library.save``), in the GUI thread, so its latency is
felt on every keystroke that commits a field. Here one step title of a 200-step journey changes
and ``Library.save`` stores it (a SQLite file in WAL mode with ``synchronous=FULL``, as the app
opens it). Lower bound: ``sqlite3`` with the same PRAGMAs updating that one row and the journey's
version, then committing. A second reference rewrites all 200 step rows with ``sqlite3``, the
way ``Library.save`` stores a journey, to tell the ORM's share from the strategy's.

Target: none fixed by the issue beyond "within a frame budget of the bare commit"; the edit
benchmark's 50 ms edit-to-screen budget must hold it.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journeymap.core.model import Journey, Step

STEPS = 200
RUNS = 25
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


def build_journey(steps: int = STEPS) -> Journey:
    """Return a journey of ``steps`` simple steps on alternating channels."""
    channels = ("website", "phone", "email", "chat")
    return Journey(title="Autosave benchmark", steps=tuple(
        Step(title=f"Step {index + 1}", channel=channels[index % len(channels)],
             score=index % 5 - 2) for index in range(steps)))


def edited(journey: Journey, run: int) -> Journey:
    """Return ``journey`` with one step's title changed, as one inspector edit does."""
    index = run % len(journey.steps)
    steps = list(journey.steps)
    steps[index] = dataclasses.replace(steps[index], title=f"Step {index + 1}, edit {run}")
    return dataclasses.replace(journey, steps=tuple(steps))


def bare_database(path: Path, steps: int = STEPS) -> sqlite3.Connection:
    """Return a connection to a two-table database shaped like the library, with its PRAGMAs."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.executescript("""
        CREATE TABLE journey (id INTEGER PRIMARY KEY, title TEXT NOT NULL, version INTEGER);
        CREATE TABLE step (id INTEGER PRIMARY KEY, journey_id INTEGER NOT NULL
                           REFERENCES journey(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                           title TEXT NOT NULL, channel TEXT NOT NULL, score INTEGER NOT NULL,
                           UNIQUE (journey_id, position));
        INSERT INTO journey VALUES (1, 'Autosave benchmark', 1);
    """)
    connection.executemany("INSERT INTO step (journey_id, position, title, channel, score) "
                           "VALUES (1, ?, ?, 'website', 0)",
                           [(index, f"Step {index + 1}") for index in range(steps)])
    return connection


def bare_update_one(connection: sqlite3.Connection, run: int) -> None:
    """Update one step row and the version, then commit (the lower bound)."""
    connection.execute("BEGIN")
    connection.execute("UPDATE step SET title = ? WHERE journey_id = 1 AND position = ?",
                       (f"edit {run}", run % STEPS))
    connection.execute("UPDATE journey SET version = version + 1 WHERE id = 1")
    connection.execute("COMMIT")


def bare_rewrite_all(connection: sqlite3.Connection, run: int) -> None:
    """Delete and insert every step row, then commit (Library.save's strategy, without ORM)."""
    connection.execute("BEGIN")
    connection.execute("UPDATE journey SET version = version + 1 WHERE id = 1")
    connection.execute("DELETE FROM step WHERE journey_id = 1")
    connection.executemany("INSERT INTO step (journey_id, position, title, channel, score) "
                           "VALUES (1, ?, ?, 'website', 0)",
                           [(index, f"Step {index + 1} {run}") for index in range(STEPS)])
    connection.execute("COMMIT")


def timed(action: Callable[[], object]) -> float:
    """Return the seconds ``action`` took."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    """Measure and print the figures."""
    from sqlalchemy import event

    from journeymap.persistence import Library

    journey = build_journey()
    old_home = os.environ.get("JOURNEYMAP_HOME")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JOURNEYMAP_HOME"] = folder  # the library seeds and logs here, not at home
        library = Library.open(f"sqlite:///{Path(folder) / 'library.sqlite3'}")
        statements: list[str] = []
        event.listen(library.engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_rest: statements.append(sql))
        stored = library.add(journey)
        bare = bare_database(Path(folder) / "bare.sqlite3")
        version, previous = stored.version, stored.journey
        times: dict[str, list[float]] = {"previous": [], "compare": [], "one": [], "all": []}
        counts: dict[str, int] = {}
        for run in range(2 * RUNS + 2):  # the first round of each kind warms the caches
            kind = "previous" if run % 2 == 0 else "compare"
            new = edited(journey, run)
            statements.clear()
            started = time.perf_counter()
            saved = library.save(stored.id, new, expected_version=version,
                                 previous=previous if kind == "previous" else None)
            seconds = time.perf_counter() - started
            counts[kind] = sum(1 for sql in statements if not sql.lstrip().upper().startswith(
                ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")))
            version, previous = saved.version, saved.journey
            one = timed(lambda run=run: bare_update_one(bare, run))
            everything = timed(lambda run=run: bare_rewrite_all(bare, run))
            if run > 1:
                times[kind].append(seconds)
                times["one" if kind == "previous" else "all"].append(
                    one if kind == "previous" else everything)
        bare.close()
        library.close()
    _restore_home(old_home)
    lower = statistics.median(times["one"])
    rewrite = statistics.median(times["all"])
    print(f"machine: {os.cpu_count()} cpus, Python {platform.python_version()}, "
          f"{platform.machine()}; SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL")
    print(f"journey: {STEPS} steps; one step title edited per save; {RUNS} saves each, medians")
    print(f"bare sqlite3: update 1 row + commit:      {lower * 1000:7.2f} ms  (lower bound)")
    print(f"bare sqlite3: rewrite {STEPS} rows + commit:  {rewrite * 1000:7.2f} ms  "
          f"ratio {rewrite / lower:.1f}")
    for kind, label in (("previous", "Library.save(previous=) (the app)"),
                        ("compare", "Library.save, stored steps read")):
        median = statistics.median(times[kind])
        p90 = sorted(times[kind])[int(len(times[kind]) * 0.9)]
        print(f"{label:34s} {median * 1000:7.2f} ms  ratio {median / lower:.1f}; "
              f"p90 {p90 * 1000:.1f} ms; {counts[kind]} SQL statements, 1 transaction")


def _restore_home(old_home: str | None) -> None:
    """Put ``JOURNEYMAP_HOME`` back: ``python -m bench`` runs every benchmark in one process."""
    if old_home is None:
        os.environ.pop("JOURNEYMAP_HOME", None)
    else:
        os.environ["JOURNEYMAP_HOME"] = old_home


if __name__ == "__main__":
    main()
