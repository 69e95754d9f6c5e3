"""Open questions: what the designer should still ask where a missing field keeps a rule silent."""

from __future__ import annotations

import dataclasses

import pytest
from journey_builder import journey, step

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey

HOB = "kookplaat-reparatie.nl.journey.json"


def _asked(subject: Journey, lang: str = "en") -> list[tuple[int, str]]:
    return [(q.step_number, q.field) for q in analyze(subject, lang=lang).questions]


def _booking_then_call(**call: object) -> Journey:
    return journey(
        step("website", -2, title="Book online", outcome="failed", info_given=["type number"]),
        step("phone", 1, title="Call the contact centre", **call),
        step("phone", 0, title="Make the appointment"),
    )


def test_a_hand_off_without_context_asks_whether_the_history_was_at_hand() -> None:
    analysis = analyze(_booking_then_call(), lang="en")
    context = [q for q in analysis.questions if q.field == "context_available"]
    assert [(q.step_index, q.step_number) for q in context] == [(1, 2)]
    assert context[0].question == (
        "Step 2, 'Call the contact centre' (phone): did they have at hand what the customer did "
        "in step 1, 'Book online' (website)?")
    assert analysis.questions_for_step(1) == tuple(analysis.questions)
    assert context[0].ask == (
        "Did they have at hand what the customer did in step 1, 'Book online' (website)?")
    assert analysis.questions_for_step(2) == ()


def test_an_answered_hand_off_asks_nothing() -> None:
    assert _asked(_booking_then_call(context_available=False, info_given=["type number"],
                                     recognized=True)) == []
    assert _asked(_booking_then_call(context_available=True)) == []


def test_a_hand_off_that_records_nothing_given_asks_which_items_came_again() -> None:
    (question,) = [q for q in analyze(_booking_then_call(), lang="nl").questions
                   if q.field == "info_given"]
    assert question.question == (
        "Stap 2, 'Call the contact centre' (telefoon): wat hiervan moest de klant opnieuw geven: "
        "type number?")


def test_no_hand_off_no_question() -> None:
    smooth = journey(step("website", 1, title="Read the page"),
                     step("phone", 1, title="Call and it is sorted"))
    assert _asked(smooth) == []  # the website left nothing behind to hand off
    same_channel = journey(step("phone", -1, outcome="pending", info_given=["name"]),
                           step("phone", 0))
    assert _asked(same_channel) == []
    self_service = journey(step("website", -2, outcome="failed"), step("app", 0))
    assert _asked(self_service) == []


def test_a_confirmation_the_organisation_sends_is_no_hand_off() -> None:
    subject = journey(step("phone", 1, outcome="pending", info_given=["name"]),
                      step("sms", 1, initiator="organisation"))
    assert _asked(subject) == []


def test_context_lost_without_recognition_asks_whether_the_customer_was_known() -> None:
    subject = _booking_then_call(context_available=False, info_given=["type number"])
    assert _asked(subject) == [(2, "recognized")]
    unidentified = journey(step("website", -2, outcome="failed"),
                           step("chat", 0, context_available=False, info_given=["x"]))
    assert _asked(unidentified) == []


def test_a_message_that_may_be_the_organisations_asks_who_started_it() -> None:
    subject = journey(step("phone", 0, title="Ask for a basket", outcome="pending",
                           info_given=["address"], context_available=True),
                      step("letter", 1, title="Letter about the basket", context_available=True,
                           info_given=["address"]))
    analysis = analyze(subject, lang="en")
    assert [(q.step_number, q.field) for q in analysis.questions] == [(2, "initiator")]
    assert "step 1, 'Ask for a basket'" in analysis.questions[0].question
    told = journey(*subject.steps[:1],
                   subject.steps[1].with_changes(initiator="organisation"))
    assert _asked(told) == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_hob_told_quickly_asks_at_the_call_after_the_failed_booking(lang: str) -> None:
    hob = read_journey(paths.samples_dir() / HOB).journey
    quick = dataclasses.replace(hob, steps=tuple(
        Step(title=s.title, channel=s.channel, score=s.score, phase=s.phase,
             initiator=s.initiator, outcome=s.outcome, note=s.note, id=s.id)
        for s in hob.steps))
    analysis = analyze(quick, lang=lang)
    assert [(q.step_number, q.field) for q in analysis.questions] == [
        (14, "context_available"), (20, "context_available")]
    assert "'Foutmelding na het bevestigen van de afspraak'" in analysis.questions[0].question

