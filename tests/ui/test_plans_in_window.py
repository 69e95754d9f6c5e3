"""Planned and actual journeys in the window: the plan row, linking a step by keyboard, the kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap.core.deviations import DeviationKind
from journeymap.core.model import Initiator, Journey, JourneyKind, Outcome, Step
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow
from journeymap.ui.planned_step_picker import PlannedStepPicker

CTRL = Qt.KeyboardModifier.ControlModifier


def plan() -> Journey:
    """The service as the brand designed it."""
    return Journey("Hob repair as designed", kind=JourneyKind.PLANNED, steps=(
        Step("Find the spare part on the website", "website", 1, id="p1"),
        Step("Book the engineer online", "website", 1, id="p2"),
        Step("Confirmation by e-mail", "email", 1, initiator=Initiator.ORGANISATION, id="p3"),
        Step("Engineer comes and repairs", "face_to_face", 1, id="p4"),
    ))


def lived(title: str = "Mrs Jansen's hob") -> Journey:
    """A customer whose booking failed; she called, and no confirmation came."""
    return Journey(title, plan="hob repair as designed", steps=(
        Step("Found the part online", "website", 1),
        Step("Book online", "website", -2, outcome=Outcome.FAILED),
        Step("Called the service desk", "phone", 0),
        Step("Engineer visit", "face_to_face", 1),
    ))


def kinds(window: MainWindow) -> dict[str, DeviationKind | None]:
    return {item.planned_step: item.kind for item in window.map_view.plan_row.cards}


def open_actual(window: MainWindow, library: Library) -> int:
    library.add(plan())
    actual_id = library.add(lived()).id
    window.document.open_journey(actual_id)
    return actual_id


def test_the_plan_row_marks_each_planned_touchpoint_and_the_improvised_step(
        window: MainWindow, library: Library) -> None:
    open_actual(window, library)
    assert kinds(window) == {"p1": DeviationKind.COMPLETED, "p2": DeviationKind.FAILING,
                             "p3": DeviationKind.MISSING, "p4": DeviationKind.COMPLETED}
    assert [badge.step_index for badge in window.map_view.plan_row.badges] == [2]
    ghost = next(i for i in window.map_view.plan_row.cards if i.planned_step == "p3")
    assert ghost.opacity() < 1  # faded
    call = window.map_view.card_scene_rect(2)
    assert ghost.sceneBoundingRect().center().x() == call.center().x()  # over the call
    assert ghost.sceneBoundingRect().bottom() < window.map_view.card_scene_rect(0).top()
    assert window.map_view.sceneRect().top() <= ghost.sceneBoundingRect().top()


def test_a_step_is_linked_to_its_planned_step_by_keyboard_and_undone(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    actual_id = open_actual(window, library)
    window.document.set_current_step(2)  # the call
    window.focus_map()
    qtbot.keyClick(window.map_view, Qt.Key.Key_K, CTRL)
    picker = window.planned_step_picker
    assert isinstance(picker, PlannedStepPicker)
    assert picker.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)  # typing goes there
    entries = picker.entries()
    assert entries[0][0] is None  # "no planned step" first
    assert [pid for pid, _ in entries[1:]] == ["p1", "p2", "p3", "p4"]
    qtbot.keyClicks(picker.filter, "confirm")
    assert [pid for pid, _ in picker.entries()] == ["p3"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()

    assert library.get(actual_id).journey.steps[2].planned_step == "p3"
    assert kinds(window)["p3"] is DeviationKind.COMPLETED
    assert window.map_view.plan_row.badges == []
    assert "Link step 3" in window.document.undo_text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.map_view)  # back on the map

    qtbot.keyClick(window.map_view, Qt.Key.Key_Z, CTRL)
    assert library.get(actual_id).journey.steps[2].planned_step is None
    assert kinds(window)["p3"] is DeviationKind.MISSING
    assert [badge.step_index for badge in window.map_view.plan_row.badges] == [2]

    qtbot.keyClick(window.map_view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert library.get(actual_id).journey.steps[2].planned_step == "p3"


def test_no_planned_step_unlinks_and_escape_changes_nothing(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    actual_id = open_actual(window, library)
    window.document.set_current_step(2)
    window.document.link_step(2, "p3")
    window.focus_map()
    qtbot.keyClick(window.map_view, Qt.Key.Key_K, CTRL)
    picker = window.planned_step_picker
    assert picker is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    assert library.get(actual_id).journey.steps[2].planned_step == "p3"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.map_view)
    qtbot.keyClick(window.map_view, Qt.Key.Key_K, CTRL)
    picker = window.planned_step_picker
    assert picker is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)
    assert picker.list.currentItem().data(Qt.ItemDataRole.UserRole) == "p3"  # the link now
    qtbot.keyClick(picker.filter, Qt.Key.Key_Home)
    for _ in range(5):
        qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert library.get(actual_id).journey.steps[2].planned_step is None


def test_marking_a_journey_planned_is_saved_and_its_actual_journeys_are_counted(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    library.add(lived())
    library.add(lived("Mr Bakker's hob").with_changes(steps=tuple(
        step.with_changes(id="") for step in plan().steps)))
    plan_id = library.add(plan().with_changes(kind=JourneyKind.ACTUAL)).id
    window.document.open_journey(plan_id)
    assert window.map_view.plan_row.cards == []
    form = window.inspector.journey_form
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)  # actual -> planned
    assert library.get(plan_id).journey.kind is JourneyKind.PLANNED
    assert window.menu_actions["planned_journey"].isChecked()
    assert not form.plan.isEnabled()  # a plan follows no plan
    counts = {item.planned_step: item.card.counts for item in window.map_view.plan_row.cards}
    assert {pid: (c.completed, c.failing, c.missing) for pid, c in counts.items()
            if c is not None} == {"p1": (2, 0, 0), "p2": (1, 1, 0), "p3": (1, 0, 1),
                                  "p4": (2, 0, 0)}
    window.menu_actions["planned_journey"].trigger()  # the Edit menu's check box: back
    assert library.get(plan_id).journey.kind is JourneyKind.ACTUAL
    assert window.map_view.plan_row.cards == []


def test_the_plan_is_chosen_in_the_journey_form(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    library.add(plan())
    actual_id = library.add(lived().with_changes(plan=None)).id
    window.document.open_journey(actual_id)
    form = window.inspector.journey_form
    items = [form.plan.itemText(i) for i in range(form.plan.count())]
    assert items[0] == "No plan"
    assert "Hob repair as designed" in items  # beside the planned sample of the library
    form.plan.setFocus()
    qtbot.keyClicks(form.plan, "Hob")  # type-to-find: one choice, one edit
    assert library.get(actual_id).journey.plan == "Hob repair as designed"
    assert kinds(window)["p3"] is DeviationKind.MISSING
    window.undo()
    assert library.get(actual_id).journey.plan is None
    assert form.plan.currentIndex() == 0
    assert window.map_view.plan_row.cards == []


def test_the_pdf_exported_from_the_window_has_the_plan_section(
        window: MainWindow, library: Library, tmp_path) -> None:
    from pypdf import PdfReader

    from journeymap.ui.export_dialog import export_job

    open_actual(window, library)
    document = window.document
    path = str(tmp_path / "actual.pdf")
    export_job("pdf", document.journey, document.context, path, False, document.plan_state)()
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Planned and actual" in text
    assert "Hob repair as designed" in text
