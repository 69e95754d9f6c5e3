"""Model-level validation: each rule names its place; NUL characters are refused everywhere."""

from __future__ import annotations

import re

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, Step
from journeymap.core.validation import check_journey, journey_problems

GOOD_STEP = Step(title="Bellen", channel="phone", score=1, phase="Contact")
GOOD = Journey(title="Reis", steps=(GOOD_STEP,), phases=("Contact",))


@pytest.mark.parametrize(
    ("journey", "place"),
    [
        (GOOD.with_changes(title="   "), "title"),
        (GOOD.with_changes(title="x" * 201), "title"),
        (GOOD.with_changes(language="de"), "language"),
        (GOOD.with_changes(phases=("Contact", "Contact")), "phases[1]"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(channel="fax"),)), "steps[0].channel"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(score=3),)), "steps[0].score"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(phase="Elders"),)), "steps[0].phase"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(wait_minutes=-1),)),
         "steps[0].wait_minutes"),
        (GOOD.with_changes(goal="a\x00b"), "goal"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(note="a\x00b"),)), "steps[0].note"),
        (GOOD.with_changes(steps=(GOOD_STEP.with_changes(info_given=("ok", "x\x00")),)),
         "steps[0].info_given[1]"),
    ],
)
def test_each_problem_names_its_place(journey: Journey, place: str) -> None:
    assert [p.place for p in journey_problems(journey)] == [place]
    with pytest.raises(InvalidJourneyError, match="^" + re.escape(f"reis.json: {place}")):
        check_journey(journey, "reis.json")


def test_a_valid_journey_passes_unchanged() -> None:
    assert journey_problems(GOOD) == []
    assert check_journey(GOOD) is GOOD
