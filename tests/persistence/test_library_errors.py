"""A damaged or unusable library gives a LibraryError that names the file and the way forward."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from journeymap.core.errors import JourneyError
from journeymap.core.model import Journey
from journeymap.persistence import Library, LibraryError, Trouble
from journeymap.persistence.database import make_engine

Small = Callable[..., Journey]


def _open_and_list(path: Path) -> None:
    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        library.list_summaries()


def _real_library(path: Path, make_small: Small) -> Path:
    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        for number in range(30):
            library.add(make_small(f"Journey {number}", steps=8))
    return path


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    junk = bytes(range(256)) * 40
    path.write_bytes(junk)

    with pytest.raises(LibraryError) as caught:
        _open_and_list(path)

    assert caught.value.trouble is Trouble.DAMAGED
    assert caught.value.path == path.resolve()
    message = str(caught.value)
    assert str(path) in message
    assert "start a fresh one" in message
    assert "open another library" in message.lower()
    assert path.read_bytes() == junk  # never touched, let alone deleted


def test_a_truncated_database(tmp_path: Path, make_small: Small) -> None:
    path = _real_library(tmp_path / "library.sqlite3", make_small)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(LibraryError) as caught:
        _open_and_list(path)

    assert caught.value.trouble is Trouble.DAMAGED
    assert str(path) in str(caught.value)


def test_the_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
        raw.commit()

    with pytest.raises(LibraryError, match="another program") as caught:
        _open_and_list(path)

    assert caught.value.trouble is Trouble.DAMAGED
    with closing(sqlite3.connect(path)) as raw:
        tables = raw.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("recipes",)]


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("permissions do not bind this user (root)")
        yield folder
    finally:
        folder.chmod(0o755)


def test_a_read_only_location(read_only_dir: Path) -> None:
    path = read_only_dir / "library.sqlite3"

    with pytest.raises(LibraryError) as caught:
        _open_and_list(path)

    assert caught.value.trouble is Trouble.READ_ONLY
    assert str(path) in str(caught.value)


def test_a_library_that_may_only_be_read(tmp_path: Path, make_small: Small) -> None:
    path = _real_library(tmp_path / "library.sqlite3", make_small)
    uri = f"sqlite:///file:{path}?mode=ro&uri=true"

    with Library.open(uri) as library, pytest.raises(LibraryError) as caught:
        library.add(make_small("Not allowed"))

    assert caught.value.trouble is Trouble.READ_ONLY
    assert str(path) in str(caught.value)
    assert "permissions" in str(caught.value)


def test_a_database_locked_by_another_process(tmp_path: Path, make_small: Small) -> None:
    path = _real_library(tmp_path / "library.sqlite3", make_small)
    engine = make_engine(f"sqlite:///{path}", busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError) as caught:
            Library.from_engine(engine)
    finally:
        other.execute("ROLLBACK")
        other.close()
        engine.dispose()

    assert caught.value.trouble is Trouble.LOCKED
    assert "Another program is using it" in str(caught.value)


def test_a_lock_during_an_edit_is_a_library_error(tmp_path: Path, make_small: Small) -> None:
    path = tmp_path / "library.sqlite3"
    library = Library.from_engine(make_engine(f"sqlite:///{path}", busy_timeout_ms=50),
                                  samples=lambda: [])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(LibraryError, match="Another program"):
            library.add(make_small("Waits in vain"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert library.list_summaries() == []
    library.close()


def test_an_unreachable_server_hides_the_password() -> None:
    url = "postgresql+psycopg://designer:s3cret@127.0.0.1:1/journeys?connect_timeout=2"

    with pytest.raises(LibraryError) as caught:
        Library.open(url)

    assert caught.value.trouble is Trouble.UNREACHABLE
    assert "s3cret" not in str(caught.value)
    assert "127.0.0.1:1/journeys" in str(caught.value)
    assert isinstance(caught.value, JourneyError)


def test_a_malformed_address() -> None:
    with pytest.raises(LibraryError, match="not a database address"):
        Library.open("not a database address")


def test_set_aside_keeps_the_damaged_file_and_makes_room(
    tmp_path: Path, make_small: Small
) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"garbage" * 100)
    wal = tmp_path / "library.sqlite3-wal"
    wal.write_bytes(b"stale log")

    kept = Library.set_aside(path)

    assert kept.parent == tmp_path
    assert kept.name.startswith("library.sqlite3.damaged-")
    assert kept.read_bytes() == b"garbage" * 100
    assert Path(f"{kept}-wal").read_bytes() == b"stale log"
    assert not path.exists()
    assert not wal.exists()
    with Library.open(f"sqlite:///{path}", samples=lambda: [make_small("Fresh")]) as library:
        assert [s.title for s in library.list_summaries()] == ["Fresh"]
