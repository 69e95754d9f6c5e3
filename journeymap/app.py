"""Composition root of the desktop app: the one place that wires everything together.

QApplication (name, organisation, icon), Fusion with an explicit palette, translators for the
preferred language, the crash hook, the library (with a way out when it cannot be opened), the
document and the main window.

Start-up paints first: the window's light shell is shown, and only in the next turn of the event
loop (``Startup.finish``) are the library (SQLAlchemy), the views (pyqtgraph) and the last
journey loaded. The heavy modules are therefore imported inside functions here, not at the top.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymap import __version__, paths, platform_check
from journeymap.formats import READ_SUFFIXES
from journeymap.persistence.errors import LibraryError, Trouble
from journeymap.preferences import Preferences, load_preferences
from journeymap.ui.crash_dialog import install_excepthook
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import MainWindow
from journeymap.ui.preferences_dialog import store_prefs
from journeymap.ui.resources import app_icon
from journeymap.ui.settings import UiSettings
from journeymap.ui.theme import apply_theme

if TYPE_CHECKING:
    from journeymap.persistence.library import Library
    from journeymap.session.recovery import RecoveryJournal

translate = QCoreApplication.translate

log = logging.getLogger("journeymap")
# Take start-up's next step after this long even if the window's frame was never painted.
FINISH_START_LATEST_MS = 1000


def _start_logging() -> logging.Handler:
    """Log to ``<data>/logs/journeymap.log`` while the app runs; return the handler to remove."""
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "journeymap.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def ask_library_trouble(error: LibraryError) -> str:
    """Ask what to do about a library that cannot be opened.

    Returns ``other`` (open another file), ``fresh`` (set a damaged file aside and start anew),
    ``retry`` (a locked or unreachable library may answer now) or ``quit``.
    """
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("App", "JourneyMap: library cannot be opened"), str(error))
    role = QMessageBox.ButtonRole
    other = box.addButton(translate("App", "Open another library file…"), role.AcceptRole)
    fresh = retry = None
    if error.trouble is Trouble.DAMAGED and error.path is not None:
        fresh = box.addButton(translate("App", "Start a fresh library"), role.ResetRole)
    if error.trouble in (Trouble.LOCKED, Trouble.UNREACHABLE):
        retry = box.addButton(translate("App", "Try again"), role.ActionRole)
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return "other"
    if fresh is not None and clicked is fresh:
        return "fresh"
    if retry is not None and clicked is retry:
        return "retry"
    return "quit"


def ask_library_file() -> str:
    """Ask for another SQLite library file; ``""`` when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        None, translate("App", "Open library"), str(paths.data_dir()),
        translate("App", "JourneyMap libraries (*.sqlite3 *.sqlite *.db);;All files (*)"))
    return path


def open_library(url: str | None = None) -> Library | None:
    """Open the library; on trouble, offer another file, a fresh library, or quitting.

    A library file chosen here is remembered in the preferences for the next start.
    """
    from journeymap.persistence.library import Library
    from journeymap.session.library import open_library as open_user_library

    chosen_url: str | None = None
    while True:
        try:
            library = open_user_library(url)
        except LibraryError as error:
            log.error("library cannot be opened: %s", error)
            choice = ask_library_trouble(error)
            if choice == "other":
                chosen = ask_library_file()
                if chosen:
                    url = chosen_url = f"sqlite:///{Path(chosen).resolve()}"
            elif choice == "fresh" and error.path is not None:
                aside = Library.set_aside(error.path)
                log.warning("damaged library set aside as %s", aside)
            elif choice != "retry":
                return None
        else:
            if chosen_url is not None:
                store_prefs(database_url=chosen_url)
            return library


def _event_loop(app: QApplication) -> int:
    return int(app.exec())


def missing_platform_hint() -> str | None:
    """Return what to install when Qt's X11 platform plugin would fail to load, else ``None``."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))]
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen bundle's own libraries
    if bundle:
        folders.append(Path(bundle))
    return platform_check.check_xcb(os.environ, sys.platform, folders)


def run_app(argv: list[str]) -> int:
    """Start the desktop app; ``argv`` may name journey files to import and open.

    Returns 1 without starting when the system lacks libraries Qt needs to open a window; the
    message says which package to install instead of Qt's own abort.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        problem = missing_platform_hint()
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        app = QApplication([sys.argv[0] if sys.argv else "journeymap"])
    from journeymap.ui.smoke import install_if_requested

    install_if_requested(app)
    app.setApplicationName("JourneyMap")
    app.setOrganizationName("JourneyMap")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("journeymap")
    app.setWindowIcon(app_icon())
    handler = _start_logging()
    try:
        return _run(app, argv)
    finally:
        log.removeHandler(handler)
        handler.close()


class Startup:
    """The second half of start-up, run once the window's shell has painted.

    Attributes:
        library: the library once opened (``None`` before, or when the user quit).
        failed: the library could not be opened and the user chose to quit.
    """

    def __init__(self, window: MainWindow, prefs: Preferences, files: list[str]) -> None:
        self.window = window
        self.prefs = prefs
        self.files = files
        self.library: Library | None = None
        self.journal: RecoveryJournal | None = None
        self.failed = False
        self._started = False

    def finish(self) -> None:
        """Open the library, build the window's views and open the last (or given) journey."""
        if self._started:
            return
        self._started = True
        from journeymap.session.context import user_context
        from journeymap.session.recovery import RecoveryJournal
        from journeymap.ui.document import JourneyDocument

        library = open_library()
        if library is None:
            self.failed = True
            self.window.close()  # the last window: the event loop ends
            return
        self.library = library
        self.journal = RecoveryJournal(paths.data_dir() / "recovery", library.location)
        crashed = self.journal.start()
        document = JourneyDocument(library, context=user_context(self.prefs.language),
                                   journal=self.journal)
        self.window.build(document, with_curve=False)
        recovered = document.session.recover(
            lambda title: translate("App", "%1 (recovered)").replace("%1", title))
        self.window.open_initial()
        self.window.conflicts.report_recovery(crashed, recovered)
        if self.files:
            self.window.import_paths(self.files)
        # The library and the map are on screen with the next frame; pyqtgraph loads after it.
        self.window.call_after_paint(self._add_curve)
        QTimer.singleShot(FINISH_START_LATEST_MS, self._add_curve)

    def _add_curve(self) -> None:
        """Add the curve view, the last part of start-up; then settle the collector."""
        from journeymap.ui.memory import freeze_startup_objects

        # Called after the first paint and by a timer; the curve is added once.
        adding = self.window.ready and self.window.loading
        self.window.add_curve_view()
        if adding:
            freeze_startup_objects()


def _run(app: QApplication, argv: list[str]) -> int:
    settings = UiSettings()
    apply_theme(app, settings.theme)
    prefs = load_preferences()
    install_language(prefs.language)
    install_excepthook()
    files = [arg for arg in argv if not arg.startswith("-") and arg.lower().endswith(READ_SUFFIXES)]
    window = MainWindow(settings=settings)
    startup = Startup(window, prefs, files)
    window.call_after_paint(startup.finish)
    window.show()
    QTimer.singleShot(FINISH_START_LATEST_MS, startup.finish)  # in case no frame is painted
    try:
        code = _event_loop(app)
        return 1 if startup.failed else code
    finally:
        if startup.journal is not None:
            startup.journal.stop()
        if startup.library is not None:
            startup.library.close()
