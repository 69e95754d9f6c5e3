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


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let queued events run (typed text is in the library at once, without a pause)."""
    qtbot.wait(1)


def rules(window: MainWindow) -> list[tuple[str, tuple[int, ...]]]:
    return [(f.rule, f.step_numbers) for f in window.findings_panel.findings()]


def add_step(qtbot: QtBot, title: str, channel: str, score_key: str) -> None:
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, title)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, channel)
    press(qtbot, Qt.Key.Key_Tab)
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
    assert window.status.save_label.text() == "Saved"  # every keystroke is stored at once
    assert second_library.get(journey_id).journey.title == "Hob repair"

    add_step(qtbot, "Book online", "website", "1")
    press(qtbot, Qt.Key.Key_Tab)  # to the outcome
    assert focused() is window.inspector.step_form.outcome
    press(qtbot, Qt.Key.Key_Down)  # success -> failed
    add_step(qtbot, "Call the service desk", "telefoon", "4")
    add_step(qtbot, "Engineer visit", "monteur", "5")
    settle(qtbot, window)

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


def test_score_keys_undo_redo_and_reorder(qtbot: QtBot, window: MainWindow,
                                          second_library: Library) -> None:
    doc = window.document
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Three steps")
    add_step(qtbot, "Search", "web", "3")
    add_step(qtbot, "Chat with the bot", "chatbot", "2")
    add_step(qtbot, "Phone", "phone", "4")
    settle(qtbot, window)
    journey_id = doc.journey_id

    def stored() -> list[tuple[str, int]]:
        return [(s.title, s.score) for s in second_library.get(journey_id).journey.steps]

    assert stored() == [("Search", 0), ("Chat with the bot", -1), ("Phone", 1)]
    # Change the score of the current step (Phone) with the keys: "--" typed as two minus keys.
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the channel
    press(qtbot, Qt.Key.Key_Tab)  # and to the score again: a new edit
    assert focused() is window.inspector.step_form.score
    type_text(qtbot, "--")
    settle(qtbot, window)
    assert stored()[2] == ("Phone", -2)
    assert ("unresolved-ending", (3,)) in rules(window)

    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the score
    assert stored()[2] == ("Phone", 1)
    assert ("unresolved-ending", (3,)) not in rules(window)
    window.menu_actions["redo"].trigger()
    assert stored()[2] == ("Phone", -2)

    # Undo walks back edit by edit: score "--", score "4", channel, the whole typed title.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored()[2] == ("Phone", 0)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert second_library.get(journey_id).journey.steps[2].channel == "chatbot"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored()[2] == ("New step", 0)
    for _ in range(4):
        window.menu_actions["redo"].trigger()
    assert stored()[2] == ("Phone", -2)
    assert second_library.get(journey_id).journey.steps[2].channel == "phone"

    # Reorder: move the current step (Phone) left, from the keyboard; undo puts it back.
    window.map_view.setFocus()
    press(qtbot, Qt.Key.Key_Left, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [t for t, _ in stored()] == ["Search", "Phone", "Chat with the bot"]
    assert doc.current_step == 1
    doc.move_step(0, 2)
    assert [t for t, _ in stored()] == ["Phone", "Chat with the bot", "Search"]
    doc.undo()
    doc.undo()
    assert [t for t, _ in stored()] == ["Search", "Chat with the bot", "Phone"]


def test_delete_journey_and_undo_the_delete(qtbot: QtBot, window: MainWindow,
                                            second_library: Library) -> None:
    doc = window.document
    titles_before = [s.title for s in second_library.list_summaries()]
    victim = doc.journey_id
    title = doc.journey.title
    window.library_panel.list.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert title not in [s.title for s in second_library.list_summaries()]
    assert title not in window.library_panel.titles()
    assert doc.journey_id != victim
    assert "Undo" in window.status.currentMessage()

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [s.title for s in second_library.list_summaries()] == titles_before
    assert doc.journey.title == title
    by_severity = sorted(doc.analysis.findings, key=lambda f: f.severity.rank)
    assert by_severity
    assert window.findings_panel.findings() == by_severity
    assert window.library_panel.titles() == titles_before
