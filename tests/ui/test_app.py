"""The composition root: start-up, a library that cannot be opened, files on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap import app, paths
from journeymap.persistence import LibraryError
from journeymap.preferences import load_preferences, save_preferences
from journeymap.session.library import open_library
from journeymap.ui import crash_dialog
from journeymap.ui.i18n import current_language, install_language
from journeymap.ui.main_window import MainWindow

HOB = Path(paths.samples_dir()) / "cooking-hob-repair.en.journey.json"


@pytest.fixture
def started(qapp: QApplication, qtbot: QtBot,
            monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Run the app with an event loop that lasts until start-up is done, then closes the window.

    Only windows that finished starting (library open, views built) are recorded.
    """
    windows: list[MainWindow] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def loop(application: QApplication) -> int:
        main = next(w for w in application.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        assert not main.ready  # the first frame is the light shell, busy opening the library
        assert main.statusBar().currentMessage()
        qtbot.waitUntil(lambda: (main.ready and not main.loading) or not main.isVisible(),
                        timeout=20000)
        if main.ready:
            windows.append(main)
            main.close()
        return 0

    monkeypatch.setattr(app, "_event_loop", loop)
    yield windows
    install_language("en")
    qapp.setStyleSheet("")


def test_start_opens_the_library_and_the_last_journey(started: list[MainWindow]) -> None:
    assert app.run_app([]) == 0
    window = started[0]
    assert window.document.is_open
    assert QApplication.applicationName() == "JourneyMap"
    assert sys.excepthook is crash_dialog.handle_exception
    # Closing remembered the journey; the next start opens it again.
    remembered = window.settings.last_journey_id
    assert remembered == window.document.journey_id
    assert app.run_app([]) == 0
    assert started[1].document.journey_id == remembered


def test_a_file_on_the_command_line_is_imported_and_opened(started: list[MainWindow]) -> None:
    assert app.run_app([str(HOB)]) == 0
    assert started[0].document.journey.title == "Getting a broken cooking hob repaired"


def test_the_preferred_language_is_used(started: list[MainWindow]) -> None:
    save_preferences(load_preferences().with_changes(language="nl"))
    assert app.run_app([]) == 0
    assert current_language() == "nl"
    assert started[0].document.lang == "nl"
    assert started[0].menuBar().actions()[0].text() == "&Bestand"


def test_a_damaged_library_can_be_set_aside(started: list[MainWindow],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = paths.default_database_path()
    damaged.write_bytes(b"this is not a database" * 100)
    asked: list[str] = []

    def choose(error: LibraryError) -> str:
        asked.append(str(error))
        return "fresh"

    monkeypatch.setattr(app, "ask_library_trouble", choose)
    assert app.run_app([]) == 0
    assert len(asked) == 1
    assert str(damaged) in asked[0]
    assert list(damaged.parent.glob(f"{damaged.name}.damaged-*"))
    with open_library() as fresh:
        assert fresh.list_summaries()


def test_quitting_at_a_damaged_library_changes_nothing(started: list[MainWindow],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = paths.default_database_path()
    damaged.write_bytes(b"this is not a database" * 100)
    monkeypatch.setattr(app, "ask_library_trouble", lambda _error: "quit")
    assert app.run_app([]) == 1
    assert started == []
    assert damaged.read_bytes().startswith(b"this is not a database")


def test_unexpected_errors_are_logged_and_shown(qapp: QApplication,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec",
                        lambda self: shown.append(self.detailedText()) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        crash_dialog.handle_exception(RuntimeError, error, error.__traceback__)
    assert "RuntimeError: boom" in shown[0]
    assert "boom" in Path(crash_dialog.crash_log_path()).read_text("utf-8")


def test_another_library_file_can_be_chosen(started: list[MainWindow], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    paths.default_database_path().write_bytes(b"this is not a database" * 100)
    other = tmp_path / "team.sqlite3"
    with open_library(f"sqlite:///{other}") as library:
        library.add(library.get(library.list_summaries()[0].id).journey.with_changes(
            title="Only in the other library"))
    monkeypatch.setattr(app, "ask_library_trouble", lambda _error: "other")
    monkeypatch.setattr(app, "ask_library_file", lambda: str(other))
    assert app.run_app([]) == 0
    titles = [s.title for s in started[0].document.library.list_summaries()]
    assert "Only in the other library" in titles
    assert load_preferences().database_url == f"sqlite:///{other.resolve()}"


def test_the_first_frame_needs_no_database_curve_or_pdf_modules() -> None:
    """Start-up paints before it loads SQLAlchemy, pyqtgraph, reportlab or alembic."""
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "pyqtgraph", "numpy", "reportlab",
             "journeymap.ui.map_view", "journeymap.ui.document")
    code = ("import sys, journeymap.app\n"
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_window_paints_a_shell_first_then_loads(qtbot: QtBot,
                                                    started: list[MainWindow]) -> None:
    assert app.run_app([]) == 0  # the fixture's loop checks that the first window is a shell
    window = started[0]
    assert window.ready
    assert not window.loading
    assert window.library_panel.model.rowCount() > 0
    assert window.map_view.card_items()
    assert window.curve_view.points()
