"""File → Import contact history…: a contact-history CSV into the library, with progress.

Reading the file and storing its journeys run on the thread pool; the status bar shows how far
it got. A file with a problem is reported with every bad line and nothing is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from journeymap.ui.export_dialog import ask_open_path
from journeymap.ui.workers import run_in_pool

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

translate = QCoreApplication.translate
_CONTEXT = "EventImport"


class _Progress(QObject):
    """Carries progress from the pool thread to the status bar (a queued signal)."""

    moved = Signal(int, int)


def import_events(window: MainWindow, path: str | None = None) -> None:
    """Ask for a contact-history CSV (unless ``path`` is given) and import it in the background."""
    if path is None:
        path = ask_open_path(window, translate(_CONTEXT, "Import contact history"),
                             window.settings.last_folder,
                             translate(_CONTEXT, "Contact history (*.csv);;All files (*)"))
    if not path:
        return
    window.settings.last_folder = str(Path(path).parent)
    status = window.status
    bar = status.progress
    reporter = _Progress(window)

    def moved(done: int, total: int) -> None:
        bar.setRange(0, max(1, total))
        bar.setValue(done)

    reporter.moved.connect(moved)
    library = window.document.library
    name = Path(path).name

    def job() -> tuple[int, int, str]:
        from journeymap.formats.events import read_events

        result = read_events(path, progress=lambda done, total: reporter.moved.emit(
            done, 2 * total))  # reading is the first half of the work, storing the second
        count = max(1, len(result.journeys))
        ids = library.add_bulk(result.journeys, progress=lambda stored: reporter.moved.emit(
            count + stored, 2 * count))
        return result.contacts, len(ids), result.encoding

    def finished(outcome: object) -> None:
        contacts, journeys, encoding = outcome  # type: ignore[misc]
        bar.setRange(0, 0)
        status.set_busy(False, translate(_CONTEXT, "Imported %1 contacts as %2 journeys (%3)")
                        .replace("%1", str(contacts)).replace("%2", str(journeys))
                        .replace("%3", encoding))
        window.document.library_changed.emit()

    def failed(message: str) -> None:
        bar.setRange(0, 0)
        status.set_busy(False)
        window.show_message("warning", translate(_CONTEXT, "Cannot import %1").replace(
            "%1", name), message)

    status.set_busy(True, translate(_CONTEXT, "Importing %1…").replace("%1", name))
    run_in_pool(job, finished, failed, window)
