"""Recording at interview speed: a note typed in the inspector proposes, Enter accepts, Delete
rejects, the hand-off question is answered by keyboard; each is one undoable edit in the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey, Outcome, RejectedProposal, Step
from journeymap.persistence import Library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.findings_panel import FindingsPanel
from journeymap.ui.inspector import Inspector
from journeymap.ui.main_window import MainWindow

NOTE = "de medewerker kon mijn aanvraag van de website niet zien"


def interview() -> Journey:
    """A failed booking online, then a call nobody annotated yet (Dutch, as recorded)."""
    return Journey("Kookplaat", language="nl", steps=(
        Step("Reparatie boeken op de website", "website", -2, outcome=Outcome.FAILED,
             info_given=("typenummer", "adres")),
        Step("Klantenservice bellen", "phone", -1),
    ))


@pytest.fixture
def recording(qtbot: QtBot, document: JourneyDocument,
              library: Library) -> tuple[Inspector, FindingsPanel, int]:
    journey_id = library.add(interview()).id
    document.open_journey(journey_id)
    document.set_current_step(1)
    inspector = Inspector(document)
    panel = FindingsPanel(document)
    for widget in (inspector, panel):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    inspector.activateWindow()
    qtbot.waitActive(inspector)
    return inspector, panel, journey_id


def stored(library: Library, journey_id: int) -> Step:
    return library.get(journey_id).journey.steps[1]


def type_note(qtbot: QtBot, inspector: Inspector, text: str) -> None:
    note = inspector.step_form.note
    note.setFocus()
    qtbot.keyClicks(note, text)


def test_a_typed_note_proposes_enter_accepts_and_undo_restores(
        qtbot: QtBot, recording: tuple[Inspector, FindingsPanel, int], library: Library) -> None:
    inspector, panel, journey_id = recording
    form = inspector.step_form
    assert form.proposals.proposals() == ()
    assert not form.proposals.isVisible()
    type_note(qtbot, inspector, NOTE)
    assert form.note.hasFocus()  # proposing never takes the focus from typing
    [proposal] = form.proposals.proposals()
    assert (proposal.field, proposal.value, proposal.quote) == ("context_available", False, NOTE)
    assert form.proposals.isVisible()
    row = form.proposals.item(0).text()
    assert row.startswith("Context at hand: No")
    assert f"“{NOTE}”" in row
    # the finding it gives is suggested, apart from the confirmed ones, with its quote
    assert "lost-context" in [f.rule for f in panel.suggested_findings()]
    assert "lost-context" not in [f.rule for f in panel.findings()]
    suggested = next(item for group in range(panel.tree.topLevelItemCount())
                     for item in (panel.tree.topLevelItem(group).child(i) for i in
                                  range(panel.tree.topLevelItem(group).childCount()))
                     if "(suggested)" in item.text(0))
    assert suggested.font(0).italic()
    assert NOTE in suggested.toolTip(0)

    form.proposals.setFocus()
    qtbot.keyClick(form.proposals, Qt.Key.Key_Return)
    assert stored(library, journey_id).context_available is False
    assert stored(library, journey_id).note == NOTE  # the note stays as typed
    assert form.context_available.currentText() == "No"
    assert form.proposals.proposals() == ()
    assert "lost-context" in [f.rule for f in panel.findings()]
    assert "lost-context" not in [f.rule for f in panel.suggested_findings()]

    inspector.step_form._doc.undo()
    assert stored(library, journey_id).context_available is None
    assert stored(library, journey_id).note == NOTE  # one undo takes back the accept only
    assert form.proposals.proposals() == (proposal,)


def test_delete_rejects_for_good_and_undo_brings_it_back(
        qtbot: QtBot, recording: tuple[Inspector, FindingsPanel, int], library: Library) -> None:
    inspector, panel, journey_id = recording
    form = inspector.step_form
    type_note(qtbot, inspector, NOTE)
    form.proposals.setFocus()
    qtbot.keyClick(form.proposals, Qt.Key.Key_Delete)
    step = stored(library, journey_id)
    assert step.rejected_proposals == (RejectedProposal("context_available", NOTE),)
    assert step.context_available is None
    assert form.proposals.proposals() == ()
    assert "lost-context" not in [f.rule for f in panel.suggested_findings()]
    # the same words typed elsewhere in the note do not bring it back
    type_note(qtbot, inspector, ".")
    assert form.proposals.proposals() == ()
    form._doc.undo()  # the full stop
    form._doc.undo()  # the rejection
    assert stored(library, journey_id).rejected_proposals == ()
    assert [p.field for p in form.proposals.proposals()] == ["context_available"]


def test_a_hand_off_question_answered_by_keyboard(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    journey_id = library.add(interview()).id
    doc = window.document
    doc.open_journey(journey_id)
    doc.set_current_step(1)
    form = window.inspector.step_form
    box = form.hand_off
    assert box.isVisible()
    assert "Reparatie boeken op de website" in box.question.text()
    assert box.items() == ["typenummer", "adres"]
    form.note.setFocus()
    qtbot.keyClicks(form.note, "belde")
    qtbot.keyClick(form.note, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert stored(library, journey_id).context_available is False
    assert stored(library, journey_id).note == "belde"  # the key typed nothing
    assert QApplication.focusWidget() is form.note  # the answer took no focus
    assert box.isVisible()  # still shown: the answer can be changed
    assert box.no.isChecked()
    for _ in range(4):  # Tab from the note: Yes, No, Skip, then the first item asked again
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.chips[0]
    qtbot.keyClick(box.chips[0], Qt.Key.Key_Space)
    assert stored(library, journey_id).info_given == ("typenummer",)
    assert box.chips[0].isChecked()
    form.note.setFocus()
    doc.undo()
    assert stored(library, journey_id).info_given == ()
    doc.undo()
    assert stored(library, journey_id).context_available is None
    assert stored(library, journey_id).note == "belde"
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert not box.isVisible()  # skipped: not asked again for this step, nothing changed
    assert stored(library, journey_id).context_available is None


def test_alt_return_accepts_while_typing_in_the_note(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    journey_id = library.add(interview()).id
    doc = window.document
    doc.open_journey(journey_id)
    doc.set_current_step(1)
    form = window.inspector.step_form
    form.note.setFocus()
    qtbot.keyClicks(form.note, NOTE)
    assert window.menu_actions["accept_proposal"].isEnabled()
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert stored(library, journey_id).context_available is False
    assert stored(library, journey_id).note == NOTE
    assert not window.menu_actions["accept_proposal"].isEnabled()
    card = window.map_view.card_items()[1]
    assert card.proposals == 0
    doc.undo()
    assert window.map_view.card_items()[1].proposals == 1


def test_a_cards_tooltip_counts_its_proposals_in_plain_english(
        window: MainWindow, library: Library) -> None:
    from journeymap.ui.i18n import install_language

    install_language("en")  # as the app does at start: English's plural forms
    window.document.open_journey(library.find("Getting a broken cooking hob repaired").id)
    tips = [card.toolTip() for card in window.map_view.card_items() if card.proposals]
    assert tips  # the sample's notes propose annotations
    for card, tip in zip([c for c in window.map_view.card_items() if c.proposals], tips,
                         strict=True):
        noun = "proposal" if card.proposals == 1 else "proposals"
        assert f"{card.proposals} {noun} from the note" in tip
        assert "(s)" not in tip
