"""Every step has a stable id: generated when missing, kept through edits and every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, JourneyKind, Step, next_step_id
from journeymap.core.validation import journey_problems
from journeymap.formats import read_journey, write_journey
from journeymap.formats.json_file import loads_journey


def test_a_journey_without_ids_numbers_its_steps_in_order() -> None:
    journey = Journey("J", steps=(Step("a", "website", 0), Step("b", "phone", 1)))
    assert [step.id for step in journey.steps] == ["s1", "s2"]


def test_kept_ids_stay_and_new_ones_go_above_the_highest() -> None:
    journey = Journey("J", steps=(Step("a", "website", 0, id="s7"), Step("b", "phone", 1),
                                  Step("c", "email", 0, id="intake")))
    assert [step.id for step in journey.steps] == ["s7", "s8", "intake"]
    assert next_step_id(journey.steps) == "s9"


def test_step_lookup_by_id() -> None:
    journey = Journey("J", steps=(Step("a", "website", 0), Step("b", "phone", 1)))
    assert journey.step_index("s2") == 1
    assert journey.step_by_id("s1").title == "a"
    with pytest.raises(KeyError):
        journey.step_index("s3")


@pytest.mark.parametrize(("step_id", "ok"), [
    ("s1", True), ("intake-2", True), ("TP.1:a", True), ("a" * 40, True),
    ("a" * 41, False), ("-s1", False), ("s 1", False), ("stap\u00e9", False),
])
def test_step_ids_are_short_plain_words(step_id: str, ok: bool) -> None:
    journey = Journey("J", steps=(Step("a", "website", 0, id=step_id),))
    places = [problem.place for problem in journey_problems(journey)]
    assert places == ([] if ok else ["steps[0].id"])


def test_a_repeated_id_is_reported_at_the_later_step() -> None:
    journey = Journey("J", steps=(Step("a", "website", 0, id="x"), Step("b", "phone", 0, id="x")))
    (problem,) = journey_problems(journey)
    assert problem.place == "steps[1].id"
    assert "steps[0]" in problem.message


def test_a_file_without_ids_reads_with_generated_ids_and_writes_them(tmp_path: Path) -> None:
    text = ('{"format": "journeymap/1", "title": "J", "steps": ['
            '{"title": "a", "channel": "website", "score": 0},'
            '{"title": "b", "channel": "phone", "score": 1, "id": "call"}]}')
    journey = loads_journey(text, "j.journey.json").journey
    assert [step.id for step in journey.steps] == ["s1", "call"]
    path = tmp_path / "j.journey.json"
    write_journey(journey, path)
    assert read_journey(path).journey == journey


def test_an_empty_id_in_a_file_is_refused() -> None:
    text = ('{"format": "journeymap/1", "title": "J", "steps": ['
            '{"title": "a", "channel": "website", "score": 0, "id": ""}]}')
    with pytest.raises(InvalidJourneyError) as caught:
        loads_journey(text, "j.journey.json")
    assert [problem.place for problem in caught.value.problems] == ["steps[0].id"]
    assert "j.journey.json" in str(caught.value)


@pytest.mark.parametrize("suffix", [".journey.json", ".csv", ".cjml"])
def test_ids_and_plan_links_survive_every_format(tmp_path: Path, suffix: str) -> None:
    journey = Journey("Actual", kind=JourneyKind.ACTUAL, plan="Designed", steps=(
        Step("Book online", "website", -1, id="book", planned_step="p2"),
        Step("Call", "phone", 1),
        Step("Letter", "letter", 0, id="s9", planned_step="p4"),
    ))
    path = tmp_path / f"actual{suffix}"
    write_journey(journey, path)
    back = read_journey(path).journey
    assert [(s.id, s.planned_step) for s in back.steps] == [
        ("book", "p2"), ("s10", None), ("s9", "p4")]
