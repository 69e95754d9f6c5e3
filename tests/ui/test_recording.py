"""Drive the window like a designer: record a journey from the keyboard, undo, redo, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap.core.model import Outcome
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def rules(window: MainWindow) -> list[tuple[str, tuple[int, ...]]]:
    return [(f.rule, f.step_numbers) for f in window.findings_panel.findings()]


def add_step(qtbot: QtBot, title: str, channel: str, score_key: str) -> None:
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, title)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, channel)
    print("before tab", QApplication.activeWindow(), focused().text() if hasattr(focused(), "text") else "")
    press(qtbot, Qt.Key.Key_Tab)
    print("after tab", focused())
    type_text(qtbot, score_key)


def test_record_a_journey_by_keyboard(qtbot: QtBot, window: MainWindow,
                                      second_library: Library) -> None:
    window.activateWindow()
    window.map_view.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is window.inspector.journey_form.title
    type_text(qtbot, "Hob repair")
    doc = window.document
    journey_id = doc.journey_id
    assert second_library.get(journey_id).journey.title == "Hob repair"

    add_step(qtbot, "Book online", "website", "1")
    press(qtbot, Qt.Key.Key_Tab)  # to the outcome
    assert focused() is window.inspector.step_form.outcome
    press(qtbot, Qt.Key.Key_Down)  # success -> failed
    add_step(qtbot, "Call the service desk", "telefoon", "4")
    print(repr(window.inspector.step_form.channel.text()))
    add_step(qtbot, "Engineer visit", "monteur", "5")

    stored = second_library.get(journey_id).journey
    assert [(s.title, s.channel, s.score) for s in stored.steps] == [
        ("Book online", "website", -2),
        ("Call the service desk", "phone", 1),
        ("Engineer visit", "face_to_face", 2),
    ]
    assert stored.steps[0].outcome is Outcome.FAILED
    assert ("failure-switch", (1, 2)) in rules(window)
    assert doc.current_step == 2
    assert window.status.steps_label.text() == "Steps: 3"
    assert window.status.score_label.text() == "Net score +1"
