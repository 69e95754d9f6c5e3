"""Record as a typist does: every field typed and left by Tab, Enter, Ctrl+Return, a click or a
shortcut, with a completion popup open or not; what was typed is in the library, on its step.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey, Step
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.fixture
def typist(qtbot: QtBot, window: MainWindow, library: Library) -> MainWindow:
    """Open a two-step journey whose first step gave its type number, second step current."""
    journey = Journey("Typing", phases=("Online",), steps=(
        Step("Book online", "website", -1, phase="Online", info_given=("type number",)),
        Step("Call", "phone", 0, phase="Online"),
    ))
    window.document.open_journey(library.add(journey).id)
    window.document.set_current_step(1)
    return window


def leave_by_tab(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def leave_by_enter(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def leave_by_next_step(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # adds the next step and goes there


def leave_by_click(qtbot: QtBot, window: MainWindow) -> None:
    card = window.map_view.card_items()[0]
    centre = window.map_view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, NONE,
                     QPoint(centre.x(), centre.y()))


def leave_by_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # previous step


LEAVERS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "tab": leave_by_tab, "enter": leave_by_enter, "ctrl+return": leave_by_next_step,
    "click": leave_by_click, "shortcut": leave_by_shortcut,
}


def stored_call(library: Library, window: MainWindow) -> Step:
    journey_id = window.document.journey_id
    assert journey_id is not None
    return next(s for s in library.get(journey_id).journey.steps if s.id == "s2")


# field name, widget attribute, what to type, the stored value expected
FIELDS = [
    ("title", "title", "Calls the contact centre", "Calls the contact centre"),
    ("note", "note", "had to explain everything again", "had to explain everything again"),
    ("phase", "phase", "Calling", "Calling"),
    ("info_given", "info_given", "type number; address", ("type number", "address")),
    ("wait_minutes", "wait_minutes", "25", 25),
    ("channel", "channel", "e-mail", "email"),
    ("referred_to", "referred_to", "website", "website"),
]


@pytest.mark.parametrize("leave", list(LEAVERS))
@pytest.mark.parametrize(("field", "attribute", "keys", "expected"), FIELDS,
                         ids=[f[0] for f in FIELDS])
def test_a_field_typed_and_left_is_stored_on_its_own_step(
        qtbot: QtBot, typist: MainWindow, second_library: Library, field: str, attribute: str,
        keys: str, expected: object, leave: str) -> None:
    widget = getattr(typist.inspector.step_form, attribute)
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.setFocus()
    if hasattr(target, "selectAll"):
        target.selectAll()
    qtbot.keyClicks(target, keys)
    LEAVERS[leave](qtbot, typist)
    value = getattr(stored_call(second_library, typist), field)
    if field == "note" and leave == "enter":
        expected = f"{expected}\n"  # Enter starts a new line in a note
    assert value == expected
    if field == "phase":
        assert "Calling" in second_library.get(typist.document.journey_id or 0).journey.phases


def test_a_phase_typed_then_ctrl_return_lands_on_its_step_and_the_next_inherits_it(
        qtbot: QtBot, typist: MainWindow, second_library: Library) -> None:
    line = typist.inspector.step_form.phase.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Calling")
    qtbot.keyClick(line, Qt.Key.Key_Return, CTRL)
    steps = second_library.get(typist.document.journey_id or 0).journey.steps
    assert [s.phase for s in steps] == ["Online", "Calling", "Calling"]
    assert focused() is typist.inspector.step_form.title


def test_keys_after_ctrl_return_with_the_completion_popup_open_go_to_the_new_title(
        qtbot: QtBot, typist: MainWindow, second_library: Library) -> None:
    info = typist.inspector.step_form.info_given
    info.setFocus()
    qtbot.keyClicks(info, "ty")  # "type number" is offered by the completer
    popup = info.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(QApplication.focusWidget() or info, Qt.Key.Key_Return, CTRL)
    assert not popup.isVisible()
    qtbot.keyClicks(focused(), "Eleven")
    steps = second_library.get(typist.document.journey_id or 0).journey.steps
    assert steps[1].info_given == ("ty",)
    assert steps[2].title == "Eleven"
    assert steps[2].info_given == ()


def test_a_chosen_completion_is_stored(qtbot: QtBot, typist: MainWindow,
                                       second_library: Library) -> None:
    info = typist.inspector.step_form.info_given
    info.setFocus()
    qtbot.keyClicks(info, "ty")
    popup = info.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(info, Qt.Key.Key_Tab)
    assert stored_call(second_library, typist).info_given == ("type number",)
    assert ("repeated-information", (1, 2)) in [
        (f.rule, f.step_numbers) for f in typist.document.analysis.findings]


@pytest.mark.parametrize(("attribute", "keys", "field", "expected"), [
    ("phase", "Calling", "phase", "Calling"),
    ("channel", "e-mail", "channel", "email"),
])
def test_a_field_typed_and_the_window_closed_is_stored(
        qtbot: QtBot, typist: MainWindow, second_library: Library, attribute: str, keys: str,
        field: str, expected: str) -> None:
    widget = getattr(typist.inspector.step_form, attribute)
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, keys)
    typist.close()
    assert getattr(stored_call(second_library, typist), field) == expected
