"""The step inspector and journey form: every field edits the document, undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from journeymap.core.model import Evidence, Journey, Step
from journeymap.persistence import Library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import install_language
from journeymap.ui.inspector import Inspector
from journeymap.ui.score_editor import ScoreEditor
from journeymap.ui.tag_editor import TagEditor, parse_tags


@pytest.fixture
def inspector(qtbot: QtBot, document: JourneyDocument, library: Library) -> Inspector:
    steps = (Step("Type details online", "website", 0, info_given=("model number", "address")),
             Step("Call", "phone", 0), Step("Visit", "face_to_face", 1))
    document.open_journey(library.add(Journey(title="Inspect", steps=steps,
                                              phases=("Before",))).id)
    widget = Inspector(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    document.set_current_step(1)
    return widget


def step(inspector: Inspector, index: int = 1) -> Step:
    return inspector.step_form._doc.journey.steps[index]


@pytest.mark.parametrize(("keys", "score"), [
    ("1", -2), ("2", -1), ("3", 0), ("4", 1), ("5", 2),
    ("--", -2), ("-", -1), ("0", 0), ("+", 1), ("++", 2),
])
def test_score_keys(qtbot: QtBot, keys: str, score: int) -> None:
    editor = ScoreEditor()
    qtbot.addWidget(editor)
    editor.set_score(0 if score else 1)
    with qtbot.waitSignal(editor.score_chosen):
        qtbot.keyClicks(editor, keys)
    assert editor.score == score


def test_arrow_keys_step_the_score_within_bounds(qtbot: QtBot) -> None:
    editor = ScoreEditor()
    qtbot.addWidget(editor)
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.score == 2
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert editor.score == 1


@pytest.mark.parametrize(("text", "tags"), [
    ("a; b", ("a", "b")), ("a, b ,a", ("a", "b")), (" ; ", ()), ("model number", ("model number",)),
])
def test_parse_tags(text: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(text) == tags


def test_tag_editor_offers_what_earlier_steps_asked(qtbot: QtBot, inspector: Inspector) -> None:
    editor: TagEditor = inspector.step_form.info_given
    editor.setFocus()
    qtbot.keyClicks(editor, "mod")
    completer = editor.completer()
    assert completer.currentCompletion() == "model number"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert step(inspector).info_given == ("model number",)
    qtbot.keyClicks(editor, "; addr")
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert step(inspector).info_given == ("model number", "address")
    findings = inspector.step_form._doc.analysis.findings
    assert any(f.rule == "repeated-information" and f.step_numbers == (1, 2) for f in findings)


def test_channel_is_picked_by_dutch_name_and_unknown_names_are_marked(
        qtbot: QtBot, inspector: Inspector) -> None:
    picker = inspector.step_form.channel
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClicks(picker, "mijn omgeving")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert step(inspector).channel == "portal"
    assert picker.text() == "Customer portal"
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClicks(picker, "carrier pigeon")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.property("invalid") is True
    assert step(inspector).channel == "portal"


def test_other_step_fields(qtbot: QtBot, inspector: Inspector) -> None:
    form = inspector.step_form
    form.recognized.value_chosen.emit(True)
    form.context_available.value_chosen.emit(False)
    form.sensitive.value_chosen.emit(True)
    form.evidence.value_chosen.emit(Evidence.OBSERVED)
    form.wait_minutes.set_number(None)
    form.wait_minutes.setValue(12)  # the box holds minutes ...
    form.elapsed_days.setValue(1.5 * 1440)  # ... for the days since the previous step too
    form.note.setPlainText("Agent had no notes")
    changed = step(inspector)
    assert (changed.recognized, changed.context_available, changed.sensitive) == (
        True, False, True)
    assert changed.evidence is Evidence.OBSERVED
    assert changed.wait_minutes == 12
    assert changed.elapsed_days == 1.5
    assert changed.note == "Agent had no notes"
    form.wait_minutes.setValue(-1)  # the dash: not stated
    assert step(inspector).wait_minutes is None
    assert form.recognized.currentText() == "Yes"


def type_into(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_wait_is_typed_and_shown_as_a_duration_and_stored_in_minutes(
        qtbot: QtBot, inspector: Inspector, second_library: Library) -> None:
    form = inspector.step_form
    doc = form._doc

    def stored() -> Step:
        return second_library.get(doc.journey_id).journey.steps[1]

    type_into(qtbot, form.wait_minutes, "1 day")
    assert stored().wait_minutes == 1440
    assert form.wait_minutes.text() == "1 day"
    type_into(qtbot, form.wait_minutes, "90")  # a plain number is minutes
    assert stored().wait_minutes == 90
    form.title.setFocus()  # leaving the field shows the stored value again
    assert form.wait_minutes.text() == "1.5 hours"
    type_into(qtbot, form.elapsed_days, "3 days")
    assert stored().elapsed_days == 3
    assert form.elapsed_days.text() == "3 days"
    doc.update_step(1, wait_minutes=2880)  # an edit from elsewhere (undo, the map) shows too
    assert form.wait_minutes.text() == "2 days"
    try:
        install_language("nl")  # the language change arrives as an event
        qtbot.waitUntil(lambda: form.wait_minutes.text() == "2 dagen")
        type_into(qtbot, form.wait_minutes, "2,5 uur")
        assert stored().wait_minutes == 150
        assert form.wait_minutes.text() == "2,5 uur"
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: form.wait_minutes.text() == "2.5 hours")
    form.wait_minutes.stepBy(-200)  # down to zero, then one more: not stated
    assert form.wait_minutes.text() == "0 minutes"
    assert stored().wait_minutes == 0
    form.wait_minutes.stepBy(-1)
    assert form.wait_minutes.text() == "—"
    assert stored().wait_minutes is None


def test_referral_can_be_set_and_cleared(qtbot: QtBot, inspector: Inspector) -> None:
    picker = inspector.step_form.referred_to
    picker.setFocus()
    qtbot.keyClicks(picker, "website")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert step(inspector).referred_to == "website"
    picker.clear()
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert step(inspector).referred_to is None


def test_typing_a_new_phase_adds_it_to_the_journey(qtbot: QtBot, inspector: Inspector) -> None:
    combo = inspector.step_form.phase
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo, "Contact")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    doc = inspector.step_form._doc
    assert doc.journey.phases == ("Before", "Contact")
    assert step(inspector).phase == "Contact"
    doc.undo()
    assert doc.journey.phases == ("Before",)
    assert step(inspector).phase is None


def test_an_empty_title_is_marked_and_not_saved(qtbot: QtBot, inspector: Inspector) -> None:
    title = inspector.step_form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert title.property("invalid") is True
    assert step(inspector).title == "Call"
    qtbot.keyClicks(title, "Phone call")
    assert title.property("invalid") is False
    assert step(inspector).title == "Phone call"


def test_journey_form_fields(qtbot: QtBot, inspector: Inspector,
                             second_library: Library) -> None:
    form = inspector.journey_form
    doc = form._doc
    inspector.focus_journey_title()
    qtbot.keyClicks(form.persona, "Home owner")
    qtbot.keyClicks(form.date, "2026-11-2")
    assert form.date.property("invalid") is True
    qtbot.keyClicks(form.date, "6")
    form.language.value_chosen.emit("nl")
    form.phases.setFocus()
    form.phases.selectAll()
    qtbot.keyClicks(form.phases, "Search; Book")
    stored = second_library.get(doc.journey_id).journey
    assert stored.persona == "Home owner"
    assert stored.date == dt.date(2026, 11, 26)
    assert stored.language == "nl"
    assert stored.phases == ("Search", "Book")


def test_no_step_disables_the_step_form(qtbot: QtBot, document: JourneyDocument,
                                        library: Library) -> None:
    document.open_journey(library.add(Journey(title="Empty")).id)
    widget = Inspector(document)
    qtbot.addWidget(widget)
    assert not widget.step_form.title.isEnabled()
    assert "Ctrl+Return" in widget.step_form.heading.text()


def test_typing_phases_is_one_undo_step(qtbot: QtBot, inspector: Inspector) -> None:
    form = inspector.journey_form
    doc = form._doc
    before = len(doc.session.history)
    form.phases.setFocus()
    form.phases.selectAll()
    qtbot.keyClicks(form.phases, "Search; Book")
    assert doc.journey.phases == ("Search", "Book")
    assert len(doc.session.history) == before + 1
    doc.undo()
    assert doc.journey.phases == ("Before",)
