"""Planned against actual: which planned touchpoints each customer's journey realised."""

from __future__ import annotations

from journeymap.core.deviations import (
    DeviationKind,
    compare,
    is_plan_of,
    link_problems,
    plan_problems,
    touchpoint_counts,
)
from journeymap.core.model import Journey, JourneyKind
from tests.core.journey_builder import journey, step

COMPLETED, FAILING = DeviationKind.COMPLETED, DeviationKind.FAILING
MISSING, AD_HOC = DeviationKind.MISSING, DeviationKind.AD_HOC


def hob_plan() -> Journey:
    """The repair service as the brand designed it; two touchpoints share the website."""
    return journey(
        step("website", 1, title="Find the part on the website", id="find"),
        step("website", 1, title="Book the engineer online", id="book"),
        step("email", 1, title="Get the confirmation e-mail", initiator="organisation",
             id="confirm"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation",
             id="visit"),
        title="Hob repair as designed", kind=JourneyKind.PLANNED)


def kinds(comparison: object) -> list[tuple[str, str | None, tuple[int, ...]]]:
    return [(d.kind.value, d.planned_step, d.step_numbers)
            for d in comparison.deviations]  # type: ignore[attr-defined]


def test_a_journey_as_planned_completes_every_touchpoint() -> None:
    actual = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", 1, title="Booked the engineer online"),
        step("email", 1, title="Got the confirmation e-mail", initiator="organisation"),
        step("home_visit", 2, title="The engineer repaired the hob", initiator="organisation"),
        plan="Hob repair as designed")
    comparison = compare(hob_plan(), actual)
    assert kinds(comparison) == [("completed", "find", (1,)), ("completed", "book", (2,)),
                                 ("completed", "confirm", (3,)), ("completed", "visit", (4,))]
    assert comparison.count(COMPLETED) == 4
    assert not any(d.linked for d in comparison.deviations)


def test_explicit_links_win_even_on_another_channel() -> None:
    # The designer says the phone call was the booking: that is trusted although the plan
    # has the booking on the website, and the title says nothing alike.
    actual = journey(
        step("website", 1, title="Searched for the part", planned_step="find"),
        step("phone", 0, title="Called the service line", planned_step="book"),
        step("home_visit", 2, title="Repair done", initiator="organisation",
             planned_step="visit"))
    comparison = compare(hob_plan(), actual)
    assert kinds(comparison) == [("completed", "find", (1,)), ("completed", "book", (2,)),
                                 ("missing", "confirm", ()), ("completed", "visit", (3,))]
    assert comparison.of_planned("book").linked
    assert comparison.of_planned("book").channel == "website"
    assert not comparison.of_planned("confirm").linked


def test_two_planned_steps_on_one_channel_go_to_the_actual_steps_that_read_like_them() -> None:
    # Only a search happened on the website; it realises "find", not the booking.
    actual = journey(
        step("website", 0, title="Searched the website for the part number"),
        step("phone", -1, title="Called to book a visit"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    comparison = compare(hob_plan(), actual)
    assert comparison.of_planned("find").actual_steps == (0,)
    assert comparison.of_planned("book").kind is MISSING
    assert comparison.of_actual(1) is not None
    assert comparison.of_actual(1).kind is AD_HOC  # type: ignore[union-attr]
    assert comparison.of_planned("visit").kind is COMPLETED


def test_a_booking_alone_on_the_website_is_the_booking_not_the_search() -> None:
    actual = journey(
        step("phone", 0, title="Asked a friend which part it was"),
        step("website", 1, title="Booked an engineer online"),
        step("home_visit", 2, title="Engineer came", initiator="organisation"))
    comparison = compare(hob_plan(), actual)
    assert comparison.of_planned("book").actual_steps == (1,)
    assert comparison.of_planned("find").kind is MISSING
    assert comparison.of_actual(0).kind is AD_HOC  # type: ignore[union-attr]


def test_a_step_on_another_channel_is_not_that_touchpoint() -> None:
    # The confirmation came as a text message, not the planned e-mail: the e-mail is missing
    # and the text is something the plan does not have, however alike the titles read.
    actual = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", 1, title="Booked the engineer online"),
        step("sms", 0, title="Got the confirmation", initiator="organisation"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    comparison = compare(hob_plan(), actual)
    assert comparison.of_planned("confirm").kind is MISSING
    assert comparison.of_actual(2).kind is AD_HOC  # type: ignore[union-attr]
    assert comparison.of_actual(2).channel == "sms"  # type: ignore[union-attr]


def test_retries_join_their_touchpoint_and_make_it_failing() -> None:
    actual = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", -1, title="Booked the engineer online", outcome="failed"),
        step("website", 0, title="Tried the booking form again"),
        step("email", 1, title="Confirmation e-mail", initiator="organisation"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    comparison = compare(hob_plan(), actual)
    assert comparison.of_planned("book").actual_steps == (1, 2)
    assert comparison.of_planned("book").kind is FAILING
    assert comparison.of_planned("book").step_numbers == (2, 3)
    assert comparison.count(AD_HOC) == 0


def test_a_negative_score_makes_a_touchpoint_failing() -> None:
    actual = journey(
        step("website", -2, title="Found the part on the website after an hour"),
        step("website", 1, title="Booked the engineer online"),
        step("email", 1, title="Confirmation e-mail", initiator="organisation"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    assert compare(hob_plan(), actual).of_planned("find").kind is FAILING


def test_missing_touchpoints_sit_where_the_plan_expected_them_and_ad_hoc_where_they_happened(
        ) -> None:
    actual = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", 1, title="Booked the engineer online"),
        step("chat", -1, title="Chatted to ask whether the booking went through"),
        step("phone", -1, title="Called the service desk"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    comparison = compare(hob_plan(), actual)
    assert kinds(comparison) == [
        ("completed", "find", (1,)), ("completed", "book", (2,)),
        ("missing", "confirm", ()), ("ad_hoc", None, (3,)), ("ad_hoc", None, (4,)),
        ("completed", "visit", (5,))]
    assert [d.channel for d in comparison.deviations][2:5] == ["email", "chat", "phone"]


def test_an_empty_actual_journey_misses_everything() -> None:
    comparison = compare(hob_plan(), journey())
    assert [d.kind for d in comparison.deviations] == [MISSING] * 4


def test_counts_over_several_journeys() -> None:
    plan = hob_plan()
    as_planned = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", 1, title="Booked the engineer online"),
        step("email", 1, title="Confirmation e-mail", initiator="organisation"),
        step("home_visit", 2, title="Engineer repairs the hob", initiator="organisation"))
    failed_booking = journey(
        step("website", 1, title="Found the part on the website"),
        step("website", -2, title="Booked the engineer online", outcome="abandoned"),
        step("phone", 0, title="Phoned to book"),
        step("home_visit", 1, title="Engineer repairs the hob", initiator="organisation"))
    no_visit = journey(step("website", 1, title="Found the part on the website"))
    counts = touchpoint_counts(plan, [compare(plan, j)
                                      for j in (as_planned, failed_booking, no_visit)])
    assert [(c.planned_step, c.completed, c.failing, c.missing) for c in counts] == [
        ("find", 3, 0, 0), ("book", 1, 1, 1), ("confirm", 1, 0, 2), ("visit", 2, 0, 1)]
    assert all(c.journeys == 3 for c in counts)
    assert counts[1].title == "Book the engineer online"
    assert counts[1].channel == "website"


def test_link_problems_name_the_place_of_each_unknown_link() -> None:
    actual = journey(step("website", 1, title="Found it", planned_step="find"),
                     step("phone", 0, title="Called", planned_step="call"))
    problems = link_problems(hob_plan(), actual)
    assert [(p.place, p.step_index) for p in problems] == [("steps[1].planned_step", 1)]
    assert "'call'" in problems[0].message
    assert "Hob repair as designed" in problems[0].message
    # The unknown link is ignored by the comparison: the call is ad hoc.
    assert compare(hob_plan(), actual).of_actual(1).kind is AD_HOC  # type: ignore[union-attr]


def test_is_plan_of_by_title_or_id() -> None:
    plan = hob_plan()
    assert is_plan_of(plan, journey(plan="hob repair AS designed "))
    assert is_plan_of(plan, journey(plan="j-12"), plan_id="j-12")
    assert not is_plan_of(plan, journey(plan="Another plan"))
    assert not is_plan_of(plan, journey())


def test_plan_problems_ask_for_a_planned_journey() -> None:
    assert plan_problems(hob_plan()) == []
    problems = plan_problems(journey())
    assert [p.place for p in problems] == ["kind"]
    assert "'actual'" in problems[0].message


def test_the_comparison_labels_exist_in_both_languages() -> None:
    from journeymap.core.plan_texts import PLAN_LABELS

    assert set(PLAN_LABELS["en"]) == set(PLAN_LABELS["nl"])
    assert {f"kind.{kind.value}" for kind in DeviationKind} <= set(PLAN_LABELS["nl"])
