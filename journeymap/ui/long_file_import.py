"""Opening a long journey file: streamed into the library in the background, with progress.

A journey file above ``STREAM_AT`` bytes is not read whole on the interface thread (that froze
the window for the length of the read and held the whole file in memory): its steps are checked
and stored in batches on the thread pool (``session.streamed_import``) while the status bar
shows how much of the file is read. A file with a problem is reported with its places and
nothing is stored. The same file, unchanged since its import, opens the library's journey. A
journey longer than ``OPEN_AT_MOST`` steps is listed in the library but not drawn on its own:
the map of that many steps takes minutes to build (docs/command-line.md analyses it instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journeymap.ui.background_import import Report, run_import

if TYPE_CHECKING:
    from journeymap.session.imports import ImportOrigins
    from journeymap.ui.main_window import MainWindow

_TEXTS: dict[str, str] = {
    "busy": QT_TRANSLATE_NOOP("LongFileImport", "Importing %1…"),
    "failed": QT_TRANSLATE_NOOP("LongFileImport", "Cannot import %1"),
    "opened": QT_TRANSLATE_NOOP("LongFileImport", "“%1” is in the library already; opened it."),
    "imported": QT_TRANSLATE_NOOP("LongFileImport", "Imported “%1” (%2 steps)."),
    "warnings": QT_TRANSLATE_NOOP("LongFileImport",
                                  "Imported “%1” (%2 steps) with %3 warning(s): %4"),
    "listed": QT_TRANSLATE_NOOP(
        "LongFileImport", "Imported “%1” (%2 steps) into the library. It is too long to draw "
        "here; analyse or export it with the journeymap command."),
}

#: A journey with more steps than this is imported and listed, not opened at once.
OPEN_AT_MOST = 50_000
#: The progress bar counts in thousandths of the file (a byte count overflows its int).
_SCALE = 1000


def _text(key: str) -> str:
    """Return the text ``key`` of ``_TEXTS`` in the interface language."""
    return QCoreApplication.translate("LongFileImport", _TEXTS[key])


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What the background job did: ``known`` (the library had the file) or ``imported``."""

    journey_id: int
    title: str
    steps: int
    known: bool
    warnings: tuple[str, ...] = ()


def import_long_file(window: MainWindow, path: str, origins: ImportOrigins) -> None:
    """Import the long journey file ``path`` in the background, then open it (if not too long)."""
    from journeymap.session.imports import fingerprint

    document = window.document
    library = document.library
    name = Path(path).name

    def known_journey(digest: str) -> _Outcome | None:
        origin = origins.origin(library.location, path)
        if origin is None or origin[1] != digest:
            return None  # never imported here, or changed since: imported (again) as new
        summaries = library.summaries_of([origin[0]])
        if not summaries:
            return None  # deleted since
        return _Outcome(origin[0], summaries[0].title, summaries[0].steps, known=True)

    def job(report: Report) -> _Outcome:
        from journeymap.session.streamed_import import NotStreamable, import_streamed

        report(0, _SCALE)
        digest = fingerprint(path)
        known = known_journey(digest)
        if known is not None:
            return known
        try:
            with library.bulk_writer() as writer:
                done = import_streamed(writer, path, progress=lambda _stored, read, size: report(
                    read * _SCALE // max(1, size), _SCALE))
            outcome = _Outcome(done.journey_id, done.title, done.steps, known=False,
                               warnings=tuple(w.describe() for w in done.warnings))
        except NotStreamable:  # not UTF-8 (say UTF-16): read whole, as any other file
            from journeymap.formats import read_journey

            result = read_journey(path)
            stored = library.add(result.journey)
            outcome = _Outcome(stored.id, result.journey.title, len(result.journey.steps),
                               known=False,
                               warnings=tuple(w.describe() for w in result.warnings))
        origins.remember(library.location, path, outcome.journey_id, digest)
        return outcome

    def finished(result: _Outcome) -> str:
        if not result.known:
            document.library_changed.emit(None)
        if result.steps <= OPEN_AT_MOST:
            document.open_journey(result.journey_id)
        steps = str(result.steps)
        if result.known:
            return _text("opened").replace("%1", result.title)
        if result.steps > OPEN_AT_MOST:
            return _text("listed").replace("%1", result.title).replace("%2", steps)
        if result.warnings:
            return (_text("warnings").replace("%1", result.title).replace("%2", steps)
                    .replace("%3", str(len(result.warnings)))
                    .replace("%4", "; ".join(result.warnings)))
        return _text("imported").replace("%1", result.title).replace("%2", steps)

    run_import(window, _text("busy").replace("%1", name), _text("failed").replace("%1", name),
               job, finished)
