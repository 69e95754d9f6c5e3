"""Proposals and hand-off questions through the session: each answer one undoable, saved edit."""

from __future__ import annotations

from journeymap.core.model import Journey, Outcome, RejectedProposal, Step
from journeymap.persistence import Library
from journeymap.session.document import JourneySession

NOTE = "de medewerker kon mijn aanvraag van de website niet zien"


def recorded_fast() -> Journey:
    """A Dutch journey as a designer records it during an interview: no annotations."""
    return Journey("Kookplaat", language="nl", steps=(
        Step("Reparatie boeken op de website", "website", -2, outcome=Outcome.FAILED,
             info_given=("typenummer", "adres")),
        Step("Klantenservice bellen", "phone", -1, note=NOTE),
    ))


def opened(library: Library, journey: Journey) -> JourneySession:
    session = JourneySession(library)
    session.open_journey(library.add(journey).id)
    return session


def stored_step(library: Library, session: JourneySession, index: int) -> Step:
    assert session.journey_id is not None
    return library.get(session.journey_id).journey.steps[index]


def test_the_note_proposes_and_accepting_is_one_undoable_saved_edit(library: Library) -> None:
    session = opened(library, recorded_fast())
    call = session.journey.steps[1]
    [proposal] = session.suggestions.open_proposals(call.id)
    assert (proposal.field, proposal.value, proposal.quote) == ("context_available", False, NOTE)
    assert "lost-context" not in {f.rule for f in session.analysis.findings}
    suggested = session.suggestions.suggested
    inferred = [f.rule for i, f in enumerate(suggested.analysis.findings)
                if suggested.is_inferred(i)]
    assert "lost-context" in inferred

    session.suggestions.accept(proposal)
    assert stored_step(library, session, 1).context_available is False
    assert session.suggestions.open_proposals(call.id) == ()
    assert "lost-context" in {f.rule for f in session.analysis.findings}
    assert session.undo()
    assert stored_step(library, session, 1).context_available is None
    assert session.suggestions.open_proposals(call.id) == (proposal,)


def test_rejecting_remembers_the_words_and_undo_forgets(library: Library) -> None:
    session = opened(library, recorded_fast())
    [proposal] = session.suggestions.open_proposals()
    session.suggestions.reject(proposal)
    step = stored_step(library, session, 1)
    assert step.rejected_proposals == (RejectedProposal("context_available", NOTE),)
    assert step.context_available is None
    assert session.suggestions.open_proposals() == ()
    assert not any(session.suggestions.suggested.is_inferred(i)
                   for i in range(len(session.suggestions.suggested.analysis.findings)))
    session.undo()
    assert stored_step(library, session, 1).rejected_proposals == ()
    assert session.suggestions.open_proposals() == (proposal,)


def test_an_answer_does_not_merge_with_the_typing_before(library: Library) -> None:
    session = opened(library, recorded_fast())
    call = session.journey.steps[1]
    session.change_step(call.id, note=NOTE + ".")
    [proposal] = session.suggestions.open_proposals(call.id)
    session.suggestions.accept(proposal)
    session.undo()
    assert session.journey.steps[1].note == NOTE + "."
    assert session.journey.steps[1].context_available is None


def test_a_hand_off_asks_about_the_context_and_offers_what_was_given(
        library: Library) -> None:
    session = opened(library, recorded_fast())
    assert session.suggestions.hand_off(0) is None
    hand_off = session.suggestions.hand_off(1)
    assert hand_off is not None
    assert hand_off.earlier_index == 0
    assert hand_off.items == ("typenummer", "adres")
    assert "Reparatie boeken op de website" in hand_off.question
    step = session.journey.steps[1]
    assert hand_off.is_open(step.context_available, step.info_given)

    session.suggestions.answer(step.id, context_available=False)
    session.suggestions.answer(step.id, info_given=("typenummer",))
    stored = stored_step(library, session, 1)
    assert (stored.context_available, stored.info_given) == (False, ("typenummer",))
    assert not hand_off.is_open(stored.context_available, stored.info_given)
    session.undo()
    assert stored_step(library, session, 1).info_given == ()
    assert hand_off.is_open(False, ())
    assert not hand_off.asks_items(True)


def test_no_hand_off_on_the_same_channel_or_after_a_step_that_left_nothing(
        library: Library) -> None:
    session = opened(library, Journey("Calm", steps=(
        Step("Read the page", "website", 1), Step("Call", "phone", 1),
        Step("Call again", "phone", 0))))
    assert [session.suggestions.hand_off(i) for i in range(3)] == [None, None, None]
