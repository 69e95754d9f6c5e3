"""The main window on real screen sizes: it opens inside the screen and every part stays visible."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journeymap.core.window_fit import ScreenRect, WindowPlacement
from journeymap.ui.document import JourneyDocument
from journeymap.ui.main_window import MainWindow


def _inside(window: MainWindow, part: QWidget) -> bool:
    """Return whether ``part`` is shown and lies wholly within the window's contents."""
    if not part.isVisible() or part.width() < 40 or part.height() < 16:
        return False
    top_left = part.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, part.size()))


def test_the_window_opens_maximised_on_a_beamer_and_shows_every_part(
        qtbot: QtBot, hob_document: JourneyDocument, dialogs: object) -> None:
    window = MainWindow(hob_document)
    qtbot.addWidget(window)
    window.place_on_screen(QRect(0, 0, 1280, 720))
    assert window.isMaximized()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280, hint
    assert hint.height() <= 720, hint
    window.showNormal()
    window.setGeometry(0, 0, 1280, 720)  # what the window manager makes of "maximised" there
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.add_curve_view()
    for part in (window.map_view, window.curve_view, window.inspector, window.findings_panel,
                 window.library_panel, window.status):
        assert _inside(window, part), part.objectName() or type(part).__name__
    assert window.map_view.height() >= 250
    assert window.curve_view.height() >= 110


def test_a_remembered_place_off_screen_comes_back_on_screen(
        qtbot: QtBot, hob_document: JourneyDocument, dialogs: object) -> None:
    window = MainWindow(hob_document)
    qtbot.addWidget(window)
    screen = window._screen_key()
    window.settings.set_placement(screen, WindowPlacement(ScreenRect(3000, 2000, 900, 600),
                                                          maximized=False))
    window.place_on_screen(QRect(0, 0, 1920, 1080))
    assert not window.isMaximized()
    assert QRect(0, 0, 1920, 1080).contains(QRect(window.pos(), window.size()))
    assert window.width() <= 900
    assert window.height() <= 600
