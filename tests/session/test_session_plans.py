"""The open journey against its plan, in the session: found in the library, compared, counted."""

from __future__ import annotations

from journeymap.core.deviations import DeviationKind
from journeymap.core.model import Initiator, Journey, JourneyKind, Outcome, Step
from journeymap.persistence import Library
from journeymap.session.document import JourneySession
from journeymap.session.library import find_plan
from journeymap.session.plans import PlanCompanion


def plan() -> Journey:
    """The service as designed: find the part, book online, a confirmation, the engineer."""
    return Journey("Hob repair as designed", kind=JourneyKind.PLANNED, steps=(
        Step("Find the part online", "website", 1, id="p1"),
        Step("Book online", "website", 1, id="p2"),
        Step("Confirmation by e-mail", "email", 1, initiator=Initiator.ORGANISATION, id="p3"),
        Step("Engineer visit", "face_to_face", 1, id="p4"),
    ))


def lived(plan_name: str = "HOB REPAIR AS DESIGNED ") -> Journey:
    """One customer: the booking fails, a call instead, no confirmation, the engineer comes."""
    return Journey("Mrs Jansen", plan=plan_name, steps=(
        Step("Found the part online", "website", 1),
        Step("Book online", "website", -2, outcome=Outcome.FAILED),
        Step("Called the desk", "phone", 0),
        Step("Engineer visit", "face_to_face", 1),
    ))


def opened(library: Library, journey: Journey) -> tuple[JourneySession, PlanCompanion]:
    session = JourneySession(library)
    plans = PlanCompanion(session)
    session.open_journey(library.add(journey).id)
    return session, plans


def test_the_plan_is_found_by_title_ignoring_case_and_only_among_planned_journeys(
        library: Library) -> None:
    library.add(plan().with_changes(kind=JourneyKind.ACTUAL))  # same title, not a plan
    planned = library.add(plan())
    found = find_plan(library, lived())
    assert found is not None
    assert found.id == planned.id
    assert find_plan(library, lived("Another plan")) is None
    assert find_plan(library, lived().with_changes(plan=None)) is None
    assert find_plan(library, lived(str(planned.id))) is not None


def test_an_actual_journey_is_compared_with_its_plan_and_again_after_an_edit(
        library: Library) -> None:
    library.add(plan())
    session, plans = opened(library, lived())
    comparison = plans.state.comparison
    assert comparison is not None
    assert comparison.of_planned("p2").kind is DeviationKind.FAILING
    assert comparison.of_planned("p3").kind is DeviationKind.MISSING
    assert comparison.of_actual(2) is not None
    assert comparison.of_actual(2).kind is DeviationKind.AD_HOC  # type: ignore[union-attr]
    seen: list[int] = []
    plans.changed.connect(lambda: seen.append(1))
    session.change_step(session.step_id_at(1), outcome=Outcome.SUCCESS, score=1)
    assert seen
    assert plans.state.comparison is not None
    assert plans.state.comparison.of_planned("p2").kind is DeviationKind.COMPLETED


def test_the_plan_is_read_once_while_the_actual_journey_is_edited(library: Library) -> None:
    library.add(plan())
    session, plans = opened(library, lived())
    calls: list[str] = []
    original = library.planned_entries
    library.planned_entries = lambda: calls.append("q") or original()  # type: ignore[method-assign]
    for score in (0, 1, 2):
        session.change_step(session.step_id_at(0), score=score)
    assert calls == []
    assert plans.state.plan is not None
    assert plans.state.plan.title == "Hob repair as designed"


def test_linking_a_step_is_one_undoable_edit_saved_in_the_library(library: Library) -> None:
    library.add(plan())
    session, plans = opened(library, lived())
    call = session.step_id_at(2)
    plans.link_step(call, "p3")  # the call gave the confirmation the e-mail did not
    assert session.journey_id is not None
    assert library.get(session.journey_id).journey.steps[2].planned_step == "p3"
    assert plans.state.comparison is not None
    deviation = plans.state.comparison.of_planned("p3")
    assert deviation.linked
    assert deviation.actual_steps == (2,)
    session.undo()
    assert library.get(session.journey_id).journey.steps[2].planned_step is None
    session.redo()
    assert library.get(session.journey_id).journey.steps[2].planned_step == "p3"


def test_an_open_plan_counts_its_actual_journeys_per_touchpoint(library: Library) -> None:
    library.add(lived())
    library.add(lived().with_changes(title="Mr Bakker", steps=plan().steps))
    library.add(lived().with_changes(title="Unrelated", plan="Something else"))
    session, plans = opened(library, plan())
    counts = {c.planned_step: (c.completed, c.failing, c.missing) for c in plans.state.counts}
    assert counts == {"p1": (2, 0, 0), "p2": (1, 1, 0), "p3": (1, 0, 1), "p4": (2, 0, 0)}
    assert len(plans.state.actual_ids) == 2
    assert plans.state.comparison is None


def test_marking_a_journey_planned_is_saved_and_undone(library: Library) -> None:
    session, plans = opened(library, plan().with_changes(kind=JourneyKind.ACTUAL))
    plans.set_kind(JourneyKind.PLANNED)
    assert session.journey_id is not None
    assert library.get(session.journey_id).journey.kind is JourneyKind.PLANNED
    assert [e.title for e in library.planned_entries()] == ["Hob repair as designed"]
    session.undo()
    assert library.get(session.journey_id).journey.kind is JourneyKind.ACTUAL


def test_choosing_a_plan_compares_with_it(library: Library) -> None:
    library.add(plan())
    session, plans = opened(library, lived().with_changes(plan=None))
    assert not plans.state.shown
    assert plans.planned_titles() == ["Hob repair as designed"]
    plans.set_plan("Hob repair as designed")
    assert plans.state.shown
    session.undo()
    assert not plans.state.shown
