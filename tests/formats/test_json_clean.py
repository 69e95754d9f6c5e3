"""The one-pass reader of clean steps never accepts what the careful reader would refuse, and
the fast reader of clean files (orjson) reads them as the standard parser does and leaves every
other file (repeated keys, other encodings, broken JSON) to the careful way.

Every step of generated journeys, and every step again with one field set to a value from a
list of awkward values, is read both ways: when ``clean_step`` accepts it, the careful reader
(``parse_document(clean=False)``) accepts the step too, without a warning, and gives the same step.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Evidence, Initiator, Outcome, Step
from journeymap.formats.json_clean import clean_step
from journeymap.formats.json_file import (
    STEP_FIELDS,
    dumps_journey,
    loads_journey,
    parse_document,
    read_clean_bytes,
    read_json,
    to_document,
)
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


def _file_bytes(journey_text: str) -> bytes:
    return journey_text.encode("utf-8")


@pytest.fixture(scope="module")
def written() -> list[str]:
    """Journey files as the writer writes them (indented UTF-8), with Dutch letters in one."""
    journeys = list(synthetic_journeys(30, seed=8))
    journeys[3] = dataclasses.replace(journeys[3], title="Één klacht, één café")
    return [dumps_journey(journey) for journey in journeys]


def test_clean_bytes_read_as_the_standard_parser_reads_them(written: list[str],
                                                             tmp_path: Path) -> None:
    for number, text in enumerate(written):
        fast = read_clean_bytes(_file_bytes(text))
        assert fast is not None
        assert fast == loads_journey(text, "t.json")  # journey, no warnings, UTF-8
        compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
        assert read_clean_bytes(_file_bytes(compact)) == fast
        path = tmp_path / f"j{number}.journey.json"
        path.write_bytes(_file_bytes(text))
        assert read_json(path) == fast


@pytest.mark.parametrize("change", [
    ('"score": ', '"score": 1, "score": '),        # a repeated key, as the writer spaces it
    ('"score": ', '"score":1,"score" :'),           # ... and spaced the other way
    ('"title": ', '"title": "Earlier title", "title": '),  # a repeated journey field
])
def test_a_repeated_key_is_read_the_careful_way_with_its_warning(
        written: list[str], change: tuple[str, str]) -> None:
    text = written[0].replace(*change, 1)
    assert read_clean_bytes(_file_bytes(text)) is None
    result = loads_journey(text, "t.json")
    assert [w.message for w in result.warnings] == [
        "is given more than once; the last value was used"]


@pytest.mark.parametrize(("old", "new"), [
    ('"score": ', '"score": NaN, "x": '),  # Python's parser reads it; the field check refuses
    ('"title": "', '"title": "\\ud800'),   # a lone surrogate
    ('"channel": "', '"channel": "\\u0000'),
    ("Contact", 'A \\": inside'),           # counts as a key end: read the careful way
])
def test_odd_files_are_read_the_careful_way(written: list[str], old: str, new: str) -> None:
    text = written[1].replace(old, new, 1)
    assert text != written[1]
    assert read_clean_bytes(_file_bytes(text)) is None


def test_other_encodings_and_broken_json_are_read_the_careful_way(written: list[str],
                                                                   tmp_path: Path) -> None:
    text = written[3]
    path = tmp_path / "t.journey.json"
    for data, encoding in ((b"\xef\xbb\xbf" + text.encode("utf-8"), "UTF-8 with BOM"),
                           (text.encode("cp1252"), "Windows-1252"),
                           (text.encode("utf-16"), "UTF-16")):
        assert read_clean_bytes(data) is None
        path.write_bytes(data)
        result = read_json(path)
        assert result.encoding == encoding
        assert result.journey == loads_journey(text, "t.json").journey
    path.write_text(text[:-20], encoding="utf-8")
    with pytest.raises(InvalidJourneyError) as caught:
        read_json(path)
    assert "is not valid JSON" in caught.value.report()
    assert "line " in caught.value.report()


def test_a_clean_step_has_every_field_of_a_step() -> None:
    # clean_step builds the step slot by slot: a field added to Step must be set there too.
    assert set(STEP_FIELDS) == {field.name for field in dataclasses.fields(Step)}
    raw = {"id": "s1", "title": "Called", "channel": "phone", "score": -1, "phase": "Contact",
           "initiator": "organisation", "outcome": "pending", "info_given": ["address"],
           "recognized": True, "context_available": False, "referred_to": "website",
           "wait_minutes": 4, "elapsed_days": 1.5, "sensitive": True, "evidence": "observed",
           "note": "a note", "planned_step": "p1", "rejected_proposals": []}
    step = clean_step(raw, frozenset({"Contact"}))
    assert step is not None
    assert dataclasses.astuple(step) == dataclasses.astuple(Step(
        "Called", "phone", -1, "Contact", Initiator.ORGANISATION, Outcome.PENDING, ("address",),
        True, False, "website", 4, 1.5, True, Evidence.OBSERVED, "a note", "s1", "p1", ()))
