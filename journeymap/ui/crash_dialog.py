"""Show an unexpected error, log it, and let the user copy the details for a bug report."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journeymap import paths

log = logging.getLogger("journeymap")
# Non-empty while the crash dialog is open (its modal loop keeps timers and paints running).
_showing: list[bool] = []


def crash_log_path() -> str:
    """Return the file unexpected errors are written to."""
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / "crash.log")


class CrashDialog(QMessageBox):
    """Tells the user something went wrong, that their edits are safe, and where the log is."""

    def __init__(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("JourneyMap: unexpected error"))
        self.setText(self.tr("Something went wrong. Your saved edits are safe in the library."))
        self.setInformativeText(self.tr("The details were written to %1.").replace("%1", log_path))
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def handle_exception(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> None:
    """``sys.excepthook``: log the error and show the crash dialog (Ctrl+C still quits)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    path = crash_log_path()
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(details + "\n")
    except OSError:
        log.exception("could not write the crash log")
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None or _showing:
        return  # an error while the dialog is open (a paint, a timer) is logged, not stacked
    _showing.append(True)
    try:
        CrashDialog(details, path, QApplication.activeWindow()).exec()
    finally:
        _showing.clear()


def install_excepthook() -> None:
    """Route unexpected errors to the crash dialog and the log."""
    sys.excepthook = handle_exception
