"""Exports for the window: warn about personal data, ask for a file, write on the thread pool.

The kinds are those of ``session.exports`` and every export is analysed in the document's
context, so the report says what the screen shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from journeymap.session.exports import EXPORT_KINDS, suggested_name
from journeymap.ui.export_dialog import ask_save_path, confirm_privacy, export_job
from journeymap.ui.workers import run_in_pool

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow


class ExportController(QObject):
    """Runs the exports of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._running = 0

    @property
    def busy(self) -> bool:
        """Return whether an export is still being written."""
        return self._running > 0

    def export(self, kind: str) -> None:
        """Warn about personal data, ask for a file, and write ``kind`` in the background."""
        window = self._window
        document = window.document
        if not document.is_open:
            return
        go_ahead, mask = confirm_privacy(window, document.journey, document.lang)
        if not go_ahead:
            return
        spec = EXPORT_KINDS[kind]
        path = ask_save_path(window, self.tr("Export"), window.settings.last_folder,
                             suggested_name(document.journey, spec), spec.filter)
        if path:
            self.start(kind, path, mask=mask)

    def start(self, kind: str, path: str, *, mask: bool) -> None:
        """Write the open journey as ``kind`` to ``path`` on the thread pool."""
        window = self._window
        window.settings.last_folder = str(Path(path).parent)
        document = window.document
        job = export_job(kind, document.journey, document.context, path, mask,
                         document.plan_state)
        window.status.set_busy(True, self.tr("Writing %1…").replace("%1", Path(path).name))
        self._running += 1

        def finished(result: object) -> None:
            self._running -= 1
            window.status.set_busy(self.busy, self.tr("Wrote %1").replace("%1", str(result)))

        def failed(message: str) -> None:
            self._running -= 1
            window.status.set_busy(self.busy)
            window.show_message("warning", self.tr("Export failed"), message)

        run_in_pool(job, finished, failed, window)
