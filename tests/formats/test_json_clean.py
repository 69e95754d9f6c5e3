"""The one-pass reader of clean steps never accepts what the careful reader would refuse.

Every step of generated journeys, and every step again with one field set to a value from a
list of awkward values, is read both ways: when ``clean_step`` accepts it, the careful reader
(``parse_document(clean=False)``) accepts the step too, without a warning, and gives the same step.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.formats.json_clean import clean_step
from journeymap.formats.json_file import STEP_FIELDS, loads_journey, parse_document, to_document
from journeymap.tools.synthetic import synthetic_journeys

AWKWARD: tuple[Any, ...] = (
    None, True, False, 0, 1, -1, 2, 3, -3, 1.0, 1.5, -0.5, float("nan"), float("inf"), "",
    " ", "x", "phone", "website", "Contact", "s1", "s 1", "-s", "a" * 41, "a" * 201, "nul\x00",
    "customer", "organisation", "success", "failed", "observed", [], ["order number"], [""],
    [" "], [1], ["a\x00"], {}, {"field": "outcome", "quote": "x"},
    [{"field": "outcome", "quote": "gave up"}], "Orientation", "Nowhere",
)


def _careful(document: dict[str, Any]) -> tuple[Any, ...] | None:
    """Return the steps and warnings the careful reader gives, ``None`` when it refuses."""
    try:
        result = parse_document(document, "test", clean=False)
    except InvalidJourneyError:
        return None
    return result.journey.steps, result.warnings


def test_clean_steps_read_as_the_careful_reader_reads_them() -> None:
    journeys = list(synthetic_journeys(40, seed=5))
    rng = random.Random(3)
    checked = accepted = 0
    for journey in journeys:
        document = to_document(journey)
        phases = frozenset(journey.phases)
        for index, raw in enumerate(document["steps"]):
            assert clean_step(raw, phases) is not None  # as the writer wrote it
            variants = [dict(raw)]
            for _ in range(6):
                variant = dict(raw)
                variant[rng.choice((*STEP_FIELDS, "unknown"))] = rng.choice(AWKWARD)
                variants.append(variant)
            for variant in variants:
                step = clean_step(variant, phases)
                checked += 1
                if step is None:
                    continue
                accepted += 1
                # The other steps without ids: a repeated id is the journey's problem.
                others = [{k: v for k, v in other.items() if k != "id"}
                          for other in document["steps"][:index]]
                alone = {**document, "steps": [*others, variant]}
                careful = _careful(alone)
                assert careful is not None, variant
                steps, warnings = careful
                assert warnings == ()
                if not step.id:  # the journey gives it an id
                    step = dataclasses.replace(step, id=steps[index].id)
                assert steps[index] == step
    assert 0 < accepted < checked


@pytest.mark.parametrize("value", ["\\ud800", "\\udfff"])
def test_a_lone_surrogate_is_refused_with_its_place(value: str) -> None:
    text = ('{"format": "journeymap/1", "title": "T", "steps": '
            f'[{{"title": "a{value}", "channel": "phone", "score": 0}}]}}')
    with pytest.raises(InvalidJourneyError) as caught:
        loads_journey(text, "t.json")
    assert "steps[0].title" in caught.value.report()


def test_a_file_with_a_repeated_step_id_is_refused_by_either_reader() -> None:
    document = to_document(next(synthetic_journeys(1)))
    document["steps"][1]["id"] = document["steps"][0]["id"]
    with pytest.raises(InvalidJourneyError) as caught:
        parse_document(document, "t.json")
    assert "steps[1].id" in caught.value.report()
