"""An edit that could not be saved stays on screen and is saved by itself once the library is back.

The document (journeymap.ui.document) keeps a failed edit, marked unsaved; ``SaveRetrier``
(journeymap.ui.connection) saves it again when the library answers. One test needs no server,
the others run against PostgreSQL through a proxy that can be cut (see test_postgres).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey
from journeymap.persistence import Library, LibraryError, StoredJourney, Trouble
from journeymap.ui.connection import SaveRetrier, server_address
from journeymap.ui.document import JourneyDocument

if TYPE_CHECKING:
    from conftest import CuttableProxy, PgServer

Small = Callable[..., Journey]
FAST = {"first_delay_ms": 100, "max_delay_ms": 400}


class FlakyLibrary:
    """A library whose saves fail while ``down`` is set, as a server that went away."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self.down = False

    def save(self, journey_id: int, journey: Journey, expected_version: int, *,
             previous: Journey | None = None) -> StoredJourney:
        """Save, unless the library is down."""
        if self.down:
            raise LibraryError("team library", Trouble.UNREACHABLE, "connection refused")
        return self._library.save(journey_id, journey, expected_version, previous=previous)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._library, name)


def _open(document: JourneyDocument, library: Any, journey: Journey) -> StoredJourney:
    stored = library.add(journey)
    document.open_journey(stored.id)
    return stored


def test_a_failed_save_is_made_again_when_the_library_is_back(
    qtbot: QtBot, library: Library, make_small: Small
) -> None:
    flaky = FlakyLibrary(library)
    document = JourneyDocument(flaky)
    retrier = SaveRetrier(document, **FAST)
    stored = _open(document, flaky, make_small("Offline edit", steps=3))
    failures: list[str] = []
    document.save_failed.connect(failures.append)

    flaky.down = True
    document.update_step(1, channel="chat")
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=5000)  # it kept trying meanwhile

    assert document.unsaved
    assert document.journey.steps[1].channel == "chat"  # the edit stays on screen
    assert library.get(stored.id).journey.steps[1].channel == "email"
    with qtbot.waitSignal(document.saved, timeout=5000):
        flaky.down = False
    assert not document.unsaved
    assert not retrier.waiting
    assert library.get(stored.id).journey == document.journey


def test_a_sqlite_library_needs_no_server_check(library: Library) -> None:
    assert server_address(library) is None


# -- against PostgreSQL ---------------------------------------------------------------------------


@pytest.fixture
def team(pg_database: PgServer, pg_proxy: CuttableProxy) -> Iterator[tuple[Library, Library]]:
    """Return the designer's library (through the proxy) and a colleague's (direct)."""
    mine = Library.open(pg_database.url(host="127.0.0.1", port=pg_proxy.port), samples=lambda: [])
    theirs = Library.open(pg_database.url(), samples=lambda: [])
    yield mine, theirs
    mine.close()
    theirs.close()


@pytest.mark.postgres
def test_an_edit_made_while_the_server_was_away_is_saved_when_it_is_back(
    qtbot: QtBot, pg_proxy: CuttableProxy, team: tuple[Library, Library], make_small: Small
) -> None:
    mine, theirs = team
    document = JourneyDocument(mine)
    retrier = SaveRetrier(document, **FAST)
    stored = _open(document, mine, make_small("Team journey", steps=4))
    assert server_address(mine) == ("127.0.0.1", pg_proxy.port)

    pg_proxy.cut()
    with qtbot.waitSignal(document.save_failed, timeout=10000) as failed:
        document.update_step(2, channel="chat")
    assert f"127.0.0.1:{pg_proxy.port}" in failed.args[0]
    assert document.unsaved
    assert theirs.get(stored.id) == stored

    with qtbot.waitSignal(document.saved, timeout=15000):
        pg_proxy.restore()
    assert not document.unsaved
    assert not retrier.waiting
    assert theirs.get(stored.id).journey == document.journey


@pytest.mark.postgres
def test_a_colleagues_save_meanwhile_is_a_conflict_not_an_overwrite(
    qtbot: QtBot, pg_proxy: CuttableProxy, team: tuple[Library, Library], make_small: Small
) -> None:
    mine, theirs = team
    document = JourneyDocument(mine)
    retrier = SaveRetrier(document, **FAST)
    stored = _open(document, mine, make_small("Team journey", steps=4))
    conflicts: list[bool] = []
    document.save_conflicted.connect(lambda: conflicts.append(True))

    pg_proxy.cut()
    with qtbot.waitSignal(document.save_failed, timeout=10000):
        document.update_step(0, channel="chat")
    colleague = theirs.save(stored.id, make_small("Colleague's version"), stored.version)

    with qtbot.waitSignal(document.save_conflicted, timeout=15000):
        pg_proxy.restore()
    qtbot.wait(800)  # long enough for two more retries, had they been planned

    assert conflicts == [True]
    assert not retrier.waiting
    assert document.unsaved  # the designer chooses: reload theirs or save as a copy
    assert theirs.get(stored.id) == colleague
