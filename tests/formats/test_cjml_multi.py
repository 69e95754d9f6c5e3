"""A CJML document of a planned journey and the actual journeys lived against it."""

from __future__ import annotations

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, JourneyKind, Step
from journeymap.formats.cjml import loads_cjml, loads_cjml_all, to_cjml, to_cjml_all

PLAN = Journey("Hob repair as designed", kind=JourneyKind.PLANNED, steps=(
    Step("Find the part", "website", 1, id="find"),
    Step("Book online", "website", 1, id="book")))
FIRST = Journey("Anna", plan="Hob repair as designed", steps=(
    Step("Found the part", "website", 1, planned_step="find"),
    Step("Phoned to book", "phone", -1, planned_step="book")))
SECOND = Journey("Bram", plan="Hob repair as designed", language="nl", steps=(
    Step("Zocht het onderdeel", "website", 0, planned_step="find"),))


def test_plan_and_actual_journeys_come_back_with_kinds_plans_and_links() -> None:
    text = to_cjml_all([PLAN, FIRST, SECOND])
    assert [r.journey for r in loads_cjml_all(text, "bundle.cjml")] == [PLAN, FIRST, SECOND]
    assert text.count("<journeyID>") == 3
    for journey_id in ("PJ1", "AJ1", "AJ2"):
        assert f"<journeyID>{journey_id}</journeyID>" in text
    assert text.count('jm:planRef="PJ1"') == 2


def test_an_actual_journey_named_only_by_plan_ref_gets_the_plans_title() -> None:
    text = to_cjml_all([PLAN, FIRST]).replace('jm:plan="Hob repair as designed" ', "")
    journeys = [r.journey for r in loads_cjml_all(text, "bundle.cjml")]
    assert journeys[1].plan == "Hob repair as designed"


def test_a_single_journey_document_is_as_before() -> None:
    assert to_cjml(FIRST) == to_cjml_all([FIRST])
    assert "<journeyID>AJ1</journeyID>" in to_cjml(FIRST)
    assert [r.journey for r in loads_cjml_all(to_cjml(FIRST), "one.cjml")] == [FIRST]


def test_reading_one_journey_of_several_takes_the_first_and_says_so() -> None:
    result = loads_cjml(to_cjml_all([PLAN, FIRST, SECOND]), "bundle.cjml")
    assert result.journey == PLAN
    assert any("holds 3 journeys" in w.message for w in result.warnings)


def test_a_problem_names_the_journey_and_touchpoint() -> None:
    text = to_cjml_all([PLAN, FIRST]).replace("<channelName>phone</channelName>",
                                              "<channelName>pigeon</channelName>")
    with pytest.raises(InvalidJourneyError) as caught:
        loads_cjml_all(text, "bundle.cjml")
    assert "bundle.cjml" in caught.value.report()
    assert [p.place for p in caught.value.problems] == ["journeys[1].touchpoints[1].channel"]
