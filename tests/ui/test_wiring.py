"""How the parts are wired: retrying failed saves, the app icon, files on the command line,
the crash dialog's guard, one map rebuild per edit, and presentation mode's start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

import journeymap.__main__ as entry
from journeymap import cli, paths
from journeymap.ui import crash_dialog
from journeymap.ui.main_window import MainWindow
from journeymap.ui.map_view import MapView
from journeymap.ui.presentation import PresentationWindow
from journeymap.ui.resources import app_icon

HOB = Path(paths.samples_dir()) / "cooking-hob-repair.en.journey.json"


def test_a_failed_save_is_retried_by_itself_when_the_library_answers(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = window.document
    library = doc.library
    real_save = type(library).save

    def server_gone(self: object, *_args: object, **_kwargs: object) -> object:
        raise OSError("server gone")

    monkeypatch.setattr(type(library), "save", server_gone)
    doc.update_step(0, score=-2)
    assert doc.unsaved
    assert "saves it as soon as the library answers again" in window.status.currentMessage()
    assert window.save_retrier.waiting
    monkeypatch.setattr(type(library), "save", real_save)
    qtbot.waitUntil(lambda: not doc.unsaved, timeout=8000)  # first retry after 2 s
    assert library.get(doc.journey_id).journey.steps[0].score == -2


def test_the_window_icon_is_the_packaged_app_icon(qapp: QApplication) -> None:
    svg = paths.resources_dir() / "app" / "icon.svg"
    expected = QImage(str(svg)).scaled(64, 64, mode=Qt.TransformationMode.SmoothTransformation)
    shown = app_icon().pixmap(64, 64).toImage()
    assert shown.size() == expected.size()
    for x, y in ((0, 0), (32, 32), (20, 40), (44, 24)):
        a, b = shown.pixelColor(x, y), expected.pixelColor(x, y)
        assert abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40
        assert abs(a.alpha() - b.alpha()) < 40


def test_a_journey_file_as_first_argument_opens_the_app(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[list[str]] = []
    commands: list[list[str]] = []
    monkeypatch.setattr(entry, "main_gui", lambda args: opened.append(args) or 0)
    monkeypatch.setattr(cli, "run_cli", lambda args: commands.append(args) or 0)

    entry.main([str(HOB)])
    entry.main(["analyze", str(HOB)])
    entry.main([str(tmp_path / "missing.json")])  # not a file: the command line says so

    assert opened == [[str(HOB)]]
    assert commands == [["analyze", str(HOB)], [str(tmp_path / "missing.json")]]


def test_an_error_while_the_crash_dialog_is_open_is_only_logged(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def exec_and_fail_again(dialog: crash_dialog.CrashDialog) -> int:
        shown.append(dialog.detailedText())
        try:  # e.g. a paint or a timer raising while the modal dialog runs its loop
            raise ValueError("second")
        except ValueError as error:
            crash_dialog.handle_exception(ValueError, error, error.__traceback__)
        return 0

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", exec_and_fail_again)
    try:
        raise RuntimeError("first")
    except RuntimeError as error:
        crash_dialog.handle_exception(RuntimeError, error, error.__traceback__)

    assert len(shown) == 1
    assert "RuntimeError: first" in shown[0]
    logged = Path(crash_dialog.crash_log_path()).read_text("utf-8")
    assert "ValueError: second" in logged
    try:  # the guard is lifted once the dialog is closed
        raise KeyError("third")
    except KeyError as error:
        crash_dialog.handle_exception(KeyError, error, error.__traceback__)
    assert len(shown) == 2


def test_one_edit_rebuilds_the_map_once(window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    real = MapView.rebuild

    def counting(self: MapView, *, force: bool = False) -> None:
        builds.append(1)
        real(self, force=force)

    monkeypatch.setattr(MapView, "rebuild", counting)
    window.document.update_step(0, score=2)
    assert len(builds) == 1
    window.document.undo()
    assert len(builds) == 2
    assert window.map_view.card_items()[0].box.score == window.document.journey.steps[0].score


def test_presentation_starts_on_a_step_with_the_keyboard_focus(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationWindow, "showFullScreen", PresentationWindow.show)
    window.document.set_current_step(-1)
    window.show_presentation()
    presentation = window._presentation
    assert isinstance(presentation, PresentationWindow)
    qtbot.addWidget(presentation)
    assert window.document.current_step == 0
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert window.document.current_step == 1
    presentation.close()


def test_the_map_keeps_most_of_a_small_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.inspector_dock.width() >= 370)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.map_view.width() >= 0.53 * window.width())
    fields = max(area.widget().minimumSizeHint().width()
                 for area in window.inspector.findChildren(QScrollArea))
    assert window.inspector_dock.width() > fields  # narrower, but no field is cut off


def test_dock_widths_the_user_chose_are_kept(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 900)
    qtbot.wait(50)
    window.resizeDocks([window.inspector_dock], [520], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(window.inspector_dock.width() - 520) < 8)
    window.resize(1500, 900)
    qtbot.wait(50)
    assert abs(window.inspector_dock.width() - 520) < 8
