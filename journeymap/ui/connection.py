"""Save an edit that could not reach the library again by itself, once the library answers.

When a save fails (a team library's server is down, the network dropped, a SQLite file is
locked), the document keeps the edit on screen, marked unsaved. ``SaveRetrier`` then tries that
save again after 2 s, 4 s, 8 s ... (at most every 30 s) until it succeeds, a conflict needs the
designer, or another journey is opened. Before retrying against a database server it checks on a
pool thread that the server accepts connections, so a vanished server never freezes the window
for the seconds a connection attempt may take.
"""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import QObject, QTimer

from journeymap.ui.document import JourneyDocument
from journeymap.ui.workers import run_in_pool

FIRST_DELAY_MS = 2000
MAX_DELAY_MS = 30000
#: How long the reachability check waits for the server to accept a connection.
PROBE_TIMEOUT_S = 3.0
_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306, "mssql": 1433}


def server_address(library: Any) -> tuple[str, int] | None:
    """Return the TCP host and port of ``library``'s database server, ``None`` for a file."""
    engine = getattr(library, "engine", None)
    url = getattr(engine, "url", None)
    if url is None or not url.host or url.host.startswith("/"):
        return None  # SQLite, or a server on a local socket: nothing to check first
    port = url.port or _DEFAULT_PORTS.get(url.get_backend_name())
    return None if port is None else (url.host, int(port))


def server_answers(address: tuple[str, int], timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Return whether something accepts a TCP connection at ``address`` within ``timeout``."""
    try:
        with socket.create_connection(address, timeout=timeout):
            return True
    except OSError:
        return False


class SaveRetrier(QObject):
    """Retries the document's failed save, with growing pauses, until it reaches the library."""

    def __init__(self, document: JourneyDocument, *, first_delay_ms: int = FIRST_DELAY_MS,
                 max_delay_ms: int = MAX_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else document)
        self._document = document
        self._first_delay = first_delay_ms
        self._max_delay = max_delay_ms
        self._delay = first_delay_ms
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._retry)
        document.save_failed.connect(self._failed)
        document.saved.connect(self.stop)
        document.save_conflicted.connect(self.stop)  # the designer decides: reload or copy
        document.journey_opened.connect(self._opened)

    @property
    def waiting(self) -> bool:
        """Return whether a retry is planned (or its server check is running)."""
        return self._timer.isActive() or self._probing

    def stop(self) -> None:
        """Plan no retry; the next failure starts again with the shortest pause."""
        self._timer.stop()
        self._delay = self._first_delay

    def _failed(self, _message: str) -> None:
        self._schedule()

    def _opened(self, _journey_id: int) -> None:
        self.stop()

    def _schedule(self) -> None:
        if self._timer.isActive() or self._probing:
            return
        self._timer.start(self._delay)
        self._delay = min(self._delay * 2, self._max_delay)

    def _retry(self) -> None:
        if not self._document.unsaved:
            self.stop()
            return
        address = server_address(self._document.library)
        if address is None:
            self._save_again(True)
            return
        self._probing = True
        run_in_pool(lambda: server_answers(address), self._probed,
                    lambda _message: self._probed(False), self)

    def _probed(self, answers: object) -> None:
        self._probing = False
        self._save_again(bool(answers))

    def _save_again(self, server_answers_now: bool) -> None:
        if not self._document.unsaved:
            self.stop()
        elif not server_answers_now:
            self._schedule()
        else:  # a new failure plans the next retry (save_failed); a conflict stops them
            self._document.retry_save()
