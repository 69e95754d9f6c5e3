"""Composition root of the desktop app: the one place that wires everything together.

QApplication (name, organisation, icon), Fusion with an explicit palette, translators for the
preferred language, the crash hook, the library (with a way out when it cannot be opened), the
document and the main window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymap import __version__, paths
from journeymap.persistence import Library, LibraryError, Trouble
from journeymap.preferences import load_preferences
from journeymap.ui.crash_dialog import install_excepthook
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import IMPORTABLE, MainWindow
from journeymap.ui.preferences_dialog import store_prefs
from journeymap.ui.resources import app_icon
from journeymap.ui.settings import UiSettings
from journeymap.ui.theme import apply_theme

translate = QCoreApplication.translate

log = logging.getLogger("journeymap")



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
    chosen_url: str | None = None
    while True:
        try:
            library = Library.open(url)
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


def run_app(argv: list[str]) -> int:
    """Start the desktop app; ``argv`` may name journey files to import and open."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "journeymap"])
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


def _run(app: QApplication, argv: list[str]) -> int:
    settings = UiSettings()
    apply_theme(app, settings.theme)
    prefs = load_preferences()
    lang = prefs.language
    install_language(lang)
    install_excepthook()
    library = open_library()
    if library is None:
        return 1
    try:
        document = JourneyDocument(library, lang=lang, settings=prefs.analysis_settings())
        window = MainWindow(document, settings)
        window.open_initial()
        files = [arg for arg in argv if not arg.startswith("-")
                 and arg.lower().endswith(IMPORTABLE)]
        if files:
            window.import_paths(files)
        window.show()
        return _event_loop(app)
    finally:
        library.close()
