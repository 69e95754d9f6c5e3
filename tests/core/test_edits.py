"""Edit operations: each applies to the step it names by id, and its inverse puts it back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.core import edits
from journeymap.core.model import Journey, Outcome, Step

CHANNELS = ("website", "phone", "email", "letter")


def hob() -> Journey:
    return Journey("Hob", phases=("Online", "Phone"), steps=(
        Step("Search", "website", 1, phase="Online"),
        Step("Book", "website", -2, outcome=Outcome.FAILED, phase="Online"),
        Step("Call", "phone", 1, phase="Phone"),
    ))


def test_change_step_addresses_the_step_by_id_after_a_move() -> None:
    journey = edits.MoveStep("s3", 0).apply(hob())
    changed = edits.ChangeStep("s3", {"title": "Calls the desk"}).apply(journey)
    assert [s.title for s in changed.steps] == ["Calls the desk", "Search", "Book"]


def test_add_step_gives_a_new_id_and_its_inverse_removes_it() -> None:
    journey = hob()
    edit = edits.add_step(journey, Step("Letter", "letter", 0), 1)
    after = edit.apply(journey)
    assert [s.id for s in after.steps] == ["s1", "s4", "s2", "s3"]
    assert edit.inverse(journey).apply(after) == journey


def test_a_step_id_already_in_use_gets_a_fresh_one() -> None:
    journey = hob()
    edit = edits.add_step(journey, Step("Copy", "phone", 0, id="s2"), 3)
    assert edit.step.id == "s4"


def test_remove_step_inverse_puts_it_back_in_place() -> None:
    journey = hob()
    edit = edits.RemoveStep("s2")
    after = edit.apply(journey)
    assert [s.id for s in after.steps] == ["s1", "s3"]
    assert edit.inverse(journey).apply(after) == journey


def test_a_drag_is_one_compound_edit_with_one_inverse() -> None:
    journey = hob()
    drag = edits.Compound((edits.MoveStep("s1", 2), edits.ChangeStep("s1", {"channel": "phone"})))
    after = drag.apply(journey)
    assert [(s.id, s.channel) for s in after.steps] == [
        ("s2", "website"), ("s3", "phone"), ("s1", "phone")]
    assert drag.inverse(journey).apply(after) == journey


def test_a_new_phase_and_the_step_in_it_are_one_edit() -> None:
    journey = hob()
    edit = edits.add_phase_to_step(journey, "s3", "Waiting")
    after = edit.apply(journey)
    assert after.phases == ("Online", "Phone", "Waiting")
    assert after.steps[2].phase == "Waiting"
    assert edit.inverse(journey).apply(after) == journey
    assert isinstance(edits.add_phase_to_step(journey, "s3", "Online"), edits.ChangeStep)


def test_unknown_steps_and_fields_are_refused() -> None:
    with pytest.raises(edits.EditError, match="no step with id 's9'"):
        edits.ChangeStep("s9", {"title": "x"}).apply(hob())
    with pytest.raises(edits.EditError, match="no field colour"):
        edits.ChangeStep("s1", {"colour": "red"})
    with pytest.raises(edits.EditError, match="no field steps"):
        edits.ChangeJourney({"steps": ()})


def test_typing_merges_into_one_change_whose_later_values_win() -> None:
    first = edits.ChangeStep("s1", {"title": "Ca"})
    second = edits.ChangeStep("s1", {"title": "Call", "note": "x"})
    assert edits.merged(first, second) == edits.ChangeStep("s1", {"title": "Call", "note": "x"})
    other = edits.ChangeStep("s2", {"title": "y"})
    assert isinstance(edits.merged(first, other), edits.Compound)


def _edit_for(journey: Journey, data: st.DataObject) -> edits.Edit:
    ids = [step.id for step in journey.steps]
    kinds = ["add", "journey"] + (["remove", "move", "change"] if ids else [])
    kind = data.draw(st.sampled_from(kinds))
    index = data.draw(st.integers(-1, len(ids) + 1))
    if kind == "add":
        step = Step(data.draw(st.text(min_size=1, max_size=5)),
                    data.draw(st.sampled_from(CHANNELS)), data.draw(st.integers(-2, 2)))
        return edits.add_step(journey, step, index)
    if kind == "journey":
        return edits.ChangeJourney({"title": data.draw(st.text(min_size=1, max_size=5))})
    step_id = data.draw(st.sampled_from(ids))
    if kind == "remove":
        return edits.RemoveStep(step_id)
    if kind == "move":
        return edits.MoveStep(step_id, index)
    return edits.ChangeStep(step_id, {"score": data.draw(st.integers(-2, 2)),
                                      "channel": data.draw(st.sampled_from(CHANNELS))})


@given(st.data())
def test_any_sequence_of_edits_undoes_back_to_the_start(data: st.DataObject) -> None:
    start = hob()
    journey = start
    undo: list[edits.Edit] = []
    for _ in range(data.draw(st.integers(1, 8))):
        edit = _edit_for(journey, data)
        undo.append(edit.inverse(journey))
        journey = edit.apply(journey)
        assert len({step.id for step in journey.steps}) == len(journey.steps)
    for inverse in reversed(undo):
        journey = inverse.apply(journey)
    assert journey == start
