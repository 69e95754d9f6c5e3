"""File → Import contact history…: a contact-history CSV into the library, with progress.

Reading the file and storing its journeys run on the thread pool; the status bar shows how far
it got. A file with a problem is reported with every bad line and nothing is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journeymap.ui.background_import import Report, run_import
from journeymap.ui.export_dialog import ask_open_path

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

_TEXTS: dict[str, str] = {
    "caption": QT_TRANSLATE_NOOP("EventImport", "Import contact history"),
    "filter": QT_TRANSLATE_NOOP("EventImport", "Contact history (*.csv);;All files (*)"),
    "done": QT_TRANSLATE_NOOP("EventImport", "Imported %1 contacts as %2 journeys (%3)"),
    "failed": QT_TRANSLATE_NOOP("EventImport", "Cannot import %1"),
    "busy": QT_TRANSLATE_NOOP("EventImport", "Importing %1…"),
}


def _text(key: str) -> str:
    """Return the text ``key`` of ``_TEXTS`` in the interface language."""
    return QCoreApplication.translate("EventImport", _TEXTS[key])


def import_events(window: MainWindow, path: str | None = None) -> None:
    """Ask for a contact-history CSV (unless ``path`` is given) and import it in the background."""
    if path is None:
        path = ask_open_path(window, _text("caption"), window.settings.last_folder,
                             _text("filter"))
    if not path:
        return
    window.settings.last_folder = str(Path(path).parent)
    library = window.document.library
    name = Path(path).name

    def job(report: Report) -> tuple[int, int, str]:
        from journeymap.formats.events import read_events

        # Reading is the first half of the work, storing the second.
        result = read_events(path, progress=lambda done, total: report(done, 2 * total))
        count = max(1, len(result.journeys))
        ids = library.add_bulk(result.journeys,
                               progress=lambda stored: report(count + stored, 2 * count))
        return result.contacts, len(ids), result.encoding

    def finished(outcome: tuple[int, int, str]) -> str:
        contacts, journeys, encoding = outcome
        window.document.library_changed.emit(None)
        return (_text("done").replace("%1", str(contacts)).replace("%2", str(journeys))
                .replace("%3", encoding))

    run_import(window, _text("busy").replace("%1", name), _text("failed").replace("%1", name),
               job, finished)
