"""The library panel: search, open, new, duplicate, rename in place, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow


def test_search_filters_titles_and_return_opens_the_match(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    panel = window.library_panel
    window.menu_actions["focus_library"].trigger()
    assert QApplication.focusWidget() is panel.search
    opened = window.document.journey_id
    qtbot.keyClicks(panel.search, "KOOKPLAAT")
    assert panel.titles() == ["Kapotte kookplaat laten repareren"]
    assert window.document.journey_id == opened  # searching alone opens nothing
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.document.journey.title == "Kapotte kookplaat laten repareren"
    panel.search.clear()
    assert len(panel.titles()) == len(paths.sample_paths())


def test_choosing_a_journey_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.library_panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.document.journey.title == panel.titles()[-1])
    assert window.windowTitle().startswith(panel.titles()[-1])


def test_new_and_duplicate_buttons(qtbot: QtBot, window: MainWindow,
                                   second_library: Library) -> None:
    panel = window.library_panel
    original = window.document.journey
    panel.buttons["duplicate"].click()
    assert window.document.journey.title == f"{original.title} (copy)"
    assert window.document.journey.steps == original.steps
    panel.buttons["new"].click()
    assert window.document.journey.title == "Untitled journey"
    titles = [s.title for s in second_library.list_summaries()]
    assert {"Untitled journey", f"{original.title} (copy)"} <= set(titles)


def test_rename_in_place_with_f2_and_undo(qtbot: QtBot, window: MainWindow,
                                          second_library: Library) -> None:
    panel = window.library_panel
    journey_id = window.document.journey_id
    old = window.document.journey.title
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Bank question")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second_library.get(journey_id).journey.title == "Bank question")
    assert "Bank question" in panel.titles()
    window.menu_actions["undo"].trigger()
    assert second_library.get(journey_id).journey.title == old
    assert old in panel.titles()
