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
    from journeymap.persistence import Library

    journey = build_journey()
    old_home = os.environ.get("JOURNEYMAP_HOME")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JOURNEYMAP_HOME"] = folder  # the library seeds and logs here, not at home
        library = Library.open(f"sqlite:///{Path(folder) / 'library.sqlite3'}")
        stored = library.add(journey)
        bare = bare_database(Path(folder) / "bare.sqlite3")
        version = stored.version
        save_times, one_row_times, all_rows_times = [], [], []
        for run in range(RUNS + 1):  # the first round warms the caches and is not counted
            new = edited(journey, run)
            started = time.perf_counter()
            saved = library.save(stored.id, new, expected_version=version)
            seconds = time.perf_counter() - started
            version = saved.version
            one = timed(lambda run=run: bare_update_one(bare, run))
            everything = timed(lambda run=run: bare_rewrite_all(bare, run))
            if run:
                save_times.append(seconds)
                one_row_times.append(one)
                all_rows_times.append(everything)
        bare.close()
        library.close()
    _restore_home(old_home)
    lower = statistics.median(one_row_times)
    save = statistics.median(save_times)
    rewrite = statistics.median(all_rows_times)
    print(f"machine: {os.cpu_count()} cpus, Python {platform.python_version()}, "
          f"{platform.machine()}; SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL")
    print(f"journey: {STEPS} steps; one step title edited per save; {RUNS} saves, medians")
    print(f"bare sqlite3: update 1 row + commit:      {lower * 1000:7.2f} ms  (lower bound)")
    print(f"bare sqlite3: rewrite {STEPS} rows + commit:  {rewrite * 1000:7.2f} ms  "
          f"ratio {rewrite / lower:.1f}")
    print(f"Library.save (sqlmodel, rewrite + reload): {save * 1000:7.2f} ms  "
          f"ratio {save / lower:.1f}; p90 "
          f"{sorted(save_times)[int(len(save_times) * 0.9)] * 1000:.1f} ms")



def _restore_home(old_home: str | None) -> None:
    """Put ``JOURNEYMAP_HOME`` back: ``python -m bench`` runs every benchmark in one process."""
    if old_home is None:
        os.environ.pop("JOURNEYMAP_HOME", None)
    else:
        os.environ["JOURNEYMAP_HOME"] = old_home


if __name__ == "__main__":
    main()
