"""A team library that cannot be reached is a clear error within seconds; no server needed."""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator

import pytest

from journeymap.persistence import Library, LibraryError, Trouble

PASSWORD = "s3cret-word"


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Return the port of a socket that accepts connections but never says a word."""
    with socket.create_server(("127.0.0.1", 0), backlog=8) as listener:
        yield listener.getsockname()[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_missing_driver_says_what_to_install_and_hides_the_password() -> None:
    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql+nosuchdriver://anna:{PASSWORD}@db.example.org/team")

    message = str(caught.value)
    assert "db.example.org" in message
    assert PASSWORD not in message


def test_a_missing_psycopg_points_to_the_postgres_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed

    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql+psycopg://anna:{PASSWORD}@db.example.org/team")

    assert "pip install 'journeymap[postgres]'" in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_a_malformed_address_is_a_library_error_without_the_password() -> None:
    with pytest.raises(LibraryError) as caught:
        Library.open(f"anna:{PASSWORD}@db.example.org team")

    assert caught.value.trouble is Trouble.UNREACHABLE
    assert PASSWORD not in str(caught.value)


def test_no_server_at_the_address_is_an_unreachable_library() -> None:
    pytest.importorskip("psycopg")
    port = _free_port()

    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql+psycopg://anna:{PASSWORD}@127.0.0.1:{port}/team")

    assert caught.value.trouble is Trouble.UNREACHABLE
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_a_server_that_never_answers_is_given_up_within_seconds(silent_server: int) -> None:
    pytest.importorskip("psycopg")
    started = time.monotonic()

    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql+psycopg://anna:{PASSWORD}@127.0.0.1:{silent_server}/team")

    assert caught.value.trouble is Trouble.UNREACHABLE
    assert time.monotonic() - started < 15  # libpq's connect_timeout (5 s), not for ever
