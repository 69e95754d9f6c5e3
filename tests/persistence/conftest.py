"""Fixtures for the library tests: a fresh SQLite library per test and journeys to store.

Also a fresh PostgreSQL database per test for the team-library tests (see below)."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from journeymap.core.model import Evidence, Initiator, Journey, JourneyKind, Outcome, Step
from journeymap.persistence import Library


def full_journey(title: str = "Repairing a cooking hob") -> Journey:
    """Return a journey that sets every optional field somewhere, and leaves some unset."""
    return Journey(
        title=title,
        phases=("Orientation", "Booking", "Waiting"),
        persona="Home owner, at ease online",
        organisation="Brand service desk",
        goal="Get one cooking zone working again",
        description="Reconstructed from the customer's own account",
        author="A. Designer",
        date=dt.date(2024, 3, 5),
        language="nl",
        kind=JourneyKind.PLANNED,
        plan="The designed repair",
        tags=("interview", "hob"),
        steps=(
            Step("Searches the website", "website", 1, phase="Orientation", id="search",
                 planned_step="p1"),
            Step(
                "Books online", "website", -2, phase="Booking", initiator=Initiator.CUSTOMER,
                outcome=Outcome.FAILED, info_given=("type number", "complaint", "address"),
                recognized=False, context_available=False, referred_to="phone",
                wait_minutes=2.5, elapsed_days=0, sensitive=False, evidence=Evidence.OBSERVED,
                note="Error after picking a date",
            ),
            Step(
                "Calls the contact centre", "phone", 1, phase="Booking",
                info_given=("type number",), recognized=True, context_available=False,
                wait_minutes=8, evidence=Evidence.REPORTED,
            ),
            Step(
                "Gets a confirmation letter", "letter", 0, phase="Waiting",
                initiator=Initiator.ORGANISATION, outcome=Outcome.PENDING, elapsed_days=3.25,
                sensitive=True, evidence=Evidence.ASSUMED, note="Ünïcode and «quotes»",
            ),
        ),
    )


def small_journey(title: str = "Small", steps: int = 2) -> Journey:
    """Return a journey of ``steps`` plain steps."""
    return Journey(
        title=title,
        steps=tuple(Step(f"Step {n}", "email", (n % 5) - 2) for n in range(steps)),
    )


@pytest.fixture
def journey() -> Journey:
    """Return a journey with every optional field set somewhere (see ``full_journey``)."""
    return full_journey()


@pytest.fixture
def make_small() -> Callable[..., Journey]:
    """Return ``small_journey``, to build plain journeys of any length."""
    return small_journey


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """Return the URL of a SQLite library that does not exist yet."""
    return f"sqlite:///{tmp_path / 'library' / 'journeys.sqlite3'}"


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    """Return an open, empty library (no samples), closed after the test."""
    opened = Library.open(db_url, samples=lambda: [])
    yield opened
    opened.close()


# -- A throwaway PostgreSQL database (the team-library tests, marked ``postgres``) ----------------
# The server comes from .ci/postgres.sh (JOURNEYMAP_TEST_PG_* variables). pytest-postgresql's
# ``postgresql_noproc`` only connects to it (its process fixture refuses to run as root, as CI
# does); its client fixture creates a fresh database from a template for every test and drops it
# afterwards. Without the variables, the plugin or a reachable server, those tests skip.

PG_HOW_TO_RUN = 'run them with: eval "$(sudo bash .ci/postgres.sh)" && make test'
PG_PLUGIN = "pytest_postgresql"
PG_HOST = os.environ.get("JOURNEYMAP_TEST_PG_HOST", "")
PG_PORT = os.environ.get("JOURNEYMAP_TEST_PG_PORT", "")
PG_USER = os.environ.get("JOURNEYMAP_TEST_PG_USER", "")
PG_PASSWORD = os.environ.get("JOURNEYMAP_TEST_PG_PASSWORD", "")
#: One name per test session, so a crashed earlier run cannot block this one.
PG_DBNAME = f"journeymap_test_{os.getpid()}"


@dataclass(frozen=True)
class PgServer:
    """The PostgreSQL server the tests may use, and a fresh database in it."""

    host: str
    port: int
    user: str
    password: str
    dbname: str = ""

    def url(self, *, host: str | None = None, port: int | None = None) -> str:
        """Return the library URL of the database (optionally through another host and port)."""
        return URL.create(
            "postgresql+psycopg", username=self.user, password=self.password,
            host=host or self.host, port=port or self.port, database=self.dbname,
        ).render_as_string(hide_password=False)


def _pg_unavailable(config: pytest.Config) -> str | None:
    """Return why the PostgreSQL tests cannot run here, or ``None`` when they can."""
    if not (PG_HOST and PG_PORT and PG_USER):
        return "JOURNEYMAP_TEST_PG_HOST/PORT/USER are not set"
    if importlib.util.find_spec(PG_PLUGIN) is None or importlib.util.find_spec("psycopg") is None:
        return "pytest-postgresql or psycopg is not installed (pip install -e '.[dev]')"
    if not config.pluginmanager.has_plugin(PG_PLUGIN):
        return f"the {PG_PLUGIN} plugin is disabled (-p no:{PG_PLUGIN})"
    import psycopg

    try:
        with psycopg.connect(host=PG_HOST, port=int(PG_PORT), user=PG_USER,
                             password=PG_PASSWORD or None, dbname="postgres", connect_timeout=3):
            pass
    except (psycopg.Error, ValueError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return f"no PostgreSQL at {PG_HOST}:{PG_PORT} ({first_line})"
    return None


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> PgServer:
    """Return the PostgreSQL server of .ci/postgres.sh, or skip saying how to run these tests."""
    reason = _pg_unavailable(request.config)
    if reason is not None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}; {PG_HOW_TO_RUN}")
    return PgServer(PG_HOST, int(PG_PORT), PG_USER, PG_PASSWORD)


if importlib.util.find_spec(PG_PLUGIN) and importlib.util.find_spec("psycopg"):
    from pytest_postgresql import factories

    pg_noproc = factories.postgresql_noproc(
        host=PG_HOST or None, port=PG_PORT or None, user=PG_USER or None,
        password=PG_PASSWORD or None, dbname=PG_DBNAME,
    )
    pg_connection = factories.postgresql("pg_noproc")


@pytest.fixture
def pg_database(pg_server: PgServer, request: pytest.FixtureRequest) -> PgServer:
    """Return a fresh, empty database (dropped after the test) on the PostgreSQL server."""
    connection = request.getfixturevalue("pg_connection")  # only once the server is known
    return replace(pg_server, dbname=connection.info.dbname)


class CuttableProxy:
    """Forward a free local port to the server until ``cut``; ``restore`` opens it again.

    Cutting closes the listening socket and every forwarded connection, as a dropped network
    or a stopped server would: the client sees its connections end and new ones refused.
    """

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        self.restore()

    def restore(self) -> None:
        """Accept and forward connections (again)."""
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR
        self._listener.settimeout(0.05)
        self._start(self._accept, self._listener, self._stop)

    def cut(self) -> None:
        """Refuse new connections and end every forwarded one."""
        self._stop.set()
        with self._lock:
            sockets = [*self._open, *([self._listener] if self._listener else [])]
            self._open.clear()
            self._listener = None
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in self._threads:
            thread.join(5)
        self._threads = [thread for thread in self._threads if thread.is_alive()]

    def __enter__(self) -> CuttableProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cut()

    def _start(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self, listener: socket.socket, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                client, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            server.settimeout(None)
            with self._lock:
                if stop.is_set():
                    client.close()
                    server.close()
                    return
                self._open.update((client, server))
            self._start(self._pump, client, server)
            self._start(self._pump, server, client)

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def pg_proxy(pg_database: PgServer) -> Iterator[CuttableProxy]:
    """Return a running TCP proxy to the test database's server that the test can cut."""
    with CuttableProxy(pg_database.host, pg_database.port) as running:
        yield running


@pytest.fixture
def pg_url(pg_database: PgServer) -> str:
    """Return the library URL (``postgresql+psycopg://...``) of a fresh database."""
    return pg_database.url()
