"""The shared team library on PostgreSQL: same schema, seeded once, no silent overwrites.

Every test gets a fresh database on the server started by ``.ci/postgres.sh`` (see conftest);
without one they skip with a message saying how to run them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event, inspect

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.errors import NotFoundError
from journeymap.core.model import Journey
from journeymap.formats import read_journey
from journeymap.persistence import ConflictError, Library, LibraryError, StoredJourney, Trouble
from journeymap.persistence.migrate import alembic_config, current_revision, head_revision

if TYPE_CHECKING:
    from conftest import CuttableProxy, PgServer

pytestmark = pytest.mark.postgres

Small = Callable[..., Journey]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_library(pg_url: str) -> Iterator[Callable[..., Library]]:
    """Return a function opening libraries on the test database; all are closed afterwards."""
    opened: list[Library] = []

    def open_(url: str = pg_url, **kwargs: Any) -> Library:
        kwargs.setdefault("samples", lambda: [])
        library = Library.open(url, **kwargs)
        opened.append(library)
        return library

    yield open_
    for library in opened:
        library.close()


def _child_env() -> dict[str, str]:
    """Return this environment (with JOURNEYMAP_HOME and the database URL) for a child process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


# -- schema and samples -------------------------------------------------------------------------


def test_migrations_create_the_schema_on_postgresql(
    pg_url: str, open_library: Callable[..., Library]
) -> None:
    library = open_library()

    tables = set(inspect(library.engine).get_table_names())
    assert {"journey", "step", "library_meta", "alembic_version"} <= tables
    with library.engine.connect() as connection:
        assert current_revision(connection) == head_revision(alembic_config())
    again = open_library()  # a second start finds the schema current and changes nothing
    assert again.list_summaries() == []


def test_a_team_library_of_the_first_revision_keeps_its_journeys_and_gets_step_ids(
    pg_url: str, open_library: Callable[..., Library], make_small: Small
) -> None:
    from sqlalchemy import create_engine
    from test_migrations import _create_at_first_revision

    journeys = [make_small("Team journey", steps=4), make_small("Empty", steps=0)]
    engine = create_engine(pg_url)
    try:
        _create_at_first_revision(engine, journeys)
    finally:
        engine.dispose()
    library = open_library()
    stored = [library.get(summary.id).journey for summary in library.list_summaries()]
    assert stored == journeys
    assert [step.id for step in stored[0].steps] == ["s1", "s2", "s3", "s4"]
    library.save(library.list_summaries()[0].id, stored[0].with_changes(title="Moved on"),
                 library.list_summaries()[0].version, previous=stored[0])
    assert library.get(library.list_summaries()[0].id).journey.title == "Moved on"


def test_two_team_members_starting_at_once_seed_the_samples_once(
    pg_url: str, sample_paths: list[Path], open_library: Callable[..., Library]
) -> None:
    start_at = time.time() + 3  # both processes import first, then open at the same moment
    script = (
        "import sys, time\n"
        "from journeymap.session.library import open_library\n"
        "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))\n"
        "open_library(sys.argv[1]).close()\n"
    )
    children = [
        subprocess.Popen([sys.executable, "-c", script, pg_url, str(start_at)],
                         env=_child_env(), stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    errors = [child.communicate(timeout=90)[1] for child in children]

    assert [child.returncode for child in children] == [0, 0], errors
    titles = [summary.title for summary in open_library(samples=None).list_summaries()]
    expected = sorted(read_journey(path).journey.title for path in sample_paths)
    assert sorted(titles) == expected


def test_seeding_races_between_two_libraries_end_with_one_set(
    open_library: Callable[..., Library], make_small: Small
) -> None:
    both_read = threading.Barrier(2, timeout=20)

    def samples() -> list[Journey]:
        both_read.wait()  # both have seen an unseeded library before either seeds
        return [make_small("Team sample one"), make_small("Team sample two")]

    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_library(samples=samples)
        except BaseException as error:  # report it in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    titles = [s.title for s in open_library().list_summaries()]
    assert titles == ["Team sample one", "Team sample two"]


def test_every_sample_journey_survives_the_round_trip(
    open_library: Callable[..., Library], sample_paths: list[Path]
) -> None:
    library = open_library()
    journeys = [read_journey(path).journey for path in sample_paths]

    stored = library.add_many(journeys)

    for item, journey in zip(stored, journeys, strict=True):
        assert library.get(item.id).journey == journey
        assert library.find(journey.title).id == item.id
    summaries = {s.id: s for s in library.list_summaries()}
    for item, journey in zip(stored, journeys, strict=True):
        assert summaries[item.id].steps == len(journey.steps)
        assert summaries[item.id].score == sum(step.score for step in journey.steps)


def test_the_command_line_imports_into_and_lists_the_team_library(
    pg_url: str, sample_paths: list[Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], open_library: Callable[..., Library],
) -> None:
    monkeypatch.setenv(paths.DATABASE_URL_ENV, pg_url)
    journey = read_journey(sample_paths[0]).journey

    assert run_cli(["import", str(sample_paths[0])]) == 0
    imported = capsys.readouterr().out

    listed = subprocess.run(
        [sys.executable, "-m", "journeymap", "list", "--json"], env=_child_env(),
        capture_output=True, text=True, timeout=60, check=True,
    )
    rows = json.loads(listed.stdout)
    new = [row for row in rows if row["title"] == journey.title and f"{row['id']}:" in imported]
    assert len(new) == 1, (imported, rows)
    assert open_library().get(new[0]["id"]).journey == journey
    assert not paths.default_database_path().exists()  # nothing went to a local file


# -- two people, one journey ------------------------------------------------------------------


def test_a_stale_save_from_a_colleague_is_refused_with_the_current_version(
    open_library: Callable[..., Library], journey: Journey
) -> None:
    anna, ben = open_library(), open_library()  # two people: two engines, two connections
    stored = anna.add(journey)
    anna_copy, ben_copy = anna.get(stored.id), ben.get(stored.id)

    anna_saved = anna.save(stored.id, journey.with_changes(title="Anna's edit"),
                           anna_copy.version)
    with pytest.raises(ConflictError) as caught:
        ben.save(stored.id, journey.with_changes(title="Ben's edit"), ben_copy.version)

    assert caught.value.current_version == anna_saved.version
    assert caught.value.expected_version == ben_copy.version
    assert ben.get(stored.id) == anna_saved
    reloaded = ben.get(stored.id)  # Ben reloads, then his edit goes in on top of Anna's
    ben_saved = ben.save(stored.id, reloaded.journey.with_changes(persona="Ben's persona"),
                         reloaded.version)
    assert anna.get(stored.id).journey == ben_saved.journey
    assert ben_saved.journey.title == "Anna's edit"


def test_two_saves_at_the_same_moment_one_wins_and_one_is_refused(
    open_library: Callable[..., Library], make_small: Small
) -> None:
    first = open_library()
    stored = first.add(make_small("Shared", steps=30))
    people = [first, open_library()]
    go = threading.Barrier(2, timeout=20)
    outcomes: list[object] = []

    def save(library: Library, name: str) -> None:
        go.wait()
        try:
            outcomes.append(library.save(stored.id, make_small(name, steps=20), stored.version))
        except (ConflictError, LibraryError) as error:
            outcomes.append(error)

    threads = [threading.Thread(target=save, args=(library, f"Edit by {n}"))
               for n, library in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    winners = [o for o in outcomes if isinstance(o, StoredJourney)]
    refused = [o for o in outcomes if isinstance(o, ConflictError)]
    assert (len(winners), len(refused)) == (1, 1), outcomes
    assert refused[0].current_version == winners[0].version
    assert first.get(stored.id) == winners[0]


def test_delete_and_restore_on_the_team_library(
    open_library: Callable[..., Library], journey: Journey
) -> None:
    library = open_library()
    stored = library.add(journey)

    deleted = library.delete(stored.id)

    with pytest.raises(NotFoundError):
        library.get(stored.id)
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM step").scalar_one() == 0
    restored = library.restore(deleted)
    assert (restored.id, restored.journey) == (stored.id, journey)
    assert restored.version > stored.version
    with pytest.raises(ConflictError):
        library.save(stored.id, journey.with_changes(title="Stale"), stored.version)
    later = library.add(journey.with_changes(title="Added after the restore"))
    assert later.id != stored.id  # the id sequence did not hand out the restored id again


# -- a lost connection ----------------------------------------------------------------------------


def test_a_lost_connection_is_a_clear_error_and_the_next_save_after_it_works(
    pg_database: PgServer, pg_proxy: CuttableProxy, open_library: Callable[..., Library],
    make_small: Small,
) -> None:
    library = open_library(pg_database.url(host="127.0.0.1", port=pg_proxy.port))
    stored = library.add(make_small("Kept", steps=5))
    edit = make_small("Edited while the server was away", steps=6)

    pg_proxy.cut()
    with pytest.raises(LibraryError) as caught:
        library.save(stored.id, edit, stored.version)

    error = caught.value
    assert error.trouble is Trouble.UNREACHABLE
    assert f"127.0.0.1:{pg_proxy.port}" in str(error)
    assert pg_database.password not in str(error)
    assert pg_database.password not in error.location
    assert open_library().get(stored.id) == stored  # the server holds the old journey
    pg_proxy.restore()
    saved = library.save(stored.id, edit, stored.version)
    assert open_library().get(stored.id) == saved
    assert saved.journey == edit


def test_a_connection_lost_in_the_middle_of_a_save_leaves_nothing_half_written(
    pg_database: PgServer, pg_proxy: CuttableProxy, open_library: Callable[..., Library],
    journey: Journey,
) -> None:
    library = open_library(pg_database.url(host="127.0.0.1", port=pg_proxy.port))
    stored = library.add(journey)
    edit = journey.with_changes(title="Half an edit", steps=journey.steps[:2])

    def cut_after_the_journey_row(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE JOURNEY"):
            pg_proxy.cut()  # the version went up on the server; the steps never follow

    event.listen(library.engine, "after_cursor_execute", cut_after_the_journey_row)
    try:
        with pytest.raises(LibraryError) as caught:
            library.save(stored.id, edit, stored.version)
    finally:
        event.remove(library.engine, "after_cursor_execute", cut_after_the_journey_row)

    assert caught.value.trouble is Trouble.UNREACHABLE
    assert open_library().get(stored.id) == stored
    pg_proxy.restore()
    assert library.get(stored.id) == stored
    assert library.save(stored.id, edit, stored.version).journey == edit
