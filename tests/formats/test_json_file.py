"""The journeymap/1 JSON file: lossless round trip, every problem named with file and place."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, Step
from journeymap.formats import MAX_FILE_BYTES, read_journey, write_journey
from journeymap.formats.json_file import (
    dumps_journey,
    loads_journey,
    parse_document,
    read_json,
    to_document,
)

#: The example of docs/journey-format.md, as a reader must accept it.
DOCUMENTED_EXAMPLE = """{
  "format": "journeymap/1",
  "title": "Kapotte kookplaat laten repareren",
  "persona": "Huiseigenaar, digitaal vaardig",
  "organisation": "Serviceorganisatie van het merk",
  "goal": "Een kookzone laten repareren",
  "language": "nl",
  "description": "Vrije tekst",
  "phases": ["Oriëntatie", "Afspraak maken", "Contact", "Wachten"],
  "steps": [
    {
      "title": "Afspraak inplannen in de online serviceassistent",
      "channel": "website",
      "score": -2,
      "phase": "Afspraak maken",
      "outcome": "failed",
      "info_given": ["typenummer", "klachtomschrijving", "adres"],
      "referred_to": "phone",
      "note": "Foutmelding na het kiezen van een datum"
    },
    {
      "title": "Bellen met het contactcenter",
      "channel": "phone",
      "score": 1,
      "wait_minutes": 8,
      "recognized": true,
      "context_available": false,
      "info_given": ["typenummer", "klachtomschrijving"]
    }
  ]
}
"""


def valid_document() -> dict[str, Any]:
    """Return a small valid document that the rule table below mutates."""
    return {
        "format": "journeymap/1",
        "title": "Een reis",
        "language": "nl",
        "date": "2026-11-20",
        "phases": ["Oriëntatie", "Contact"],
        "steps": [
            {"title": "Zoeken", "channel": "website", "score": 0, "phase": "Oriëntatie"},
            {"title": "Bellen", "channel": "phone", "score": 1, "phase": "Contact",
             "wait_minutes": 8, "info_given": ["adres"]},
        ],
    }


def write_document(folder: Path, document: object, name: str = "reis.journey.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(path: Path) -> InvalidJourneyError:
    with pytest.raises(InvalidJourneyError) as caught:
        read_journey(path)
    return caught.value


# --- round trip and writing -------------------------------------------------------------------


def test_round_trip_keeps_every_field(tmp_path: Path, full_journey: Journey) -> None:
    path = tmp_path / "kookplaat.journey.json"
    write_journey(full_journey, path)
    result = read_journey(path)
    assert result.journey == full_journey
    assert result.warnings == ()


def test_written_file_is_readable_utf8_json_with_trailing_newline(
    tmp_path: Path, full_journey: Journey
) -> None:
    path = tmp_path / "kookplaat.json"
    write_journey(full_journey, path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert "Oriëntatie" in text
    assert "🍳" in text
    assert '\n  "title": "Kapotte kookplaat laten repareren",' in text  # indent 2
    document = json.loads(text)
    assert document["steps"][2]["wait_minutes"] == 8
    assert isinstance(document["steps"][2]["wait_minutes"], int)
    assert document["steps"][3]["wait_minutes"] == 7.5
    assert document["date"] == "2026-11-20"


def test_writer_omits_fields_left_empty_or_default() -> None:
    journey = Journey("Kort", steps=(Step("Bellen", "phone", 1),))
    assert to_document(journey) == {
        "format": "journeymap/1",
        "title": "Kort",
        "language": "en",
        "steps": [{"id": "s1", "title": "Bellen", "channel": "phone", "score": 1}],
    }


def test_whole_float_minutes_are_written_as_integers() -> None:
    journey = Journey("Kort", steps=(Step("Bellen", "phone", 1, wait_minutes=8.0),))
    assert '"wait_minutes": 8\n' in dumps_journey(journey)


def test_spec_example_reads(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.journey.json"
    path.write_text(DOCUMENTED_EXAMPLE, encoding="utf-8")
    journey = read_journey(path).journey
    assert journey.language == "nl"
    assert [step.channel for step in journey.steps] == ["website", "phone"]
    assert journey.steps[0].info_given == ("typenummer", "klachtomschrijving", "adres")
    assert journey.steps[1].recognized is True
    assert journey.steps[1].context_available is False
    expected = json.loads(DOCUMENTED_EXAMPLE)
    for number, step in enumerate(expected["steps"], start=1):
        step["id"] = f"s{number}"  # generated on reading, and kept from then on
    assert json.loads(dumps_journey(journey)) == expected


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.journey.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_document()).encode())
    assert read_journey(path).journey.title == "Een reis"


def test_uppercase_suffix_is_json(tmp_path: Path) -> None:
    path = write_document(tmp_path, valid_document(), "REIS.JSON")
    assert read_journey(path).journey.title == "Een reis"


# --- every validation rule, with its place ----------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Mutation:
    """Return a mutation that sets ``path`` (``steps.1.score``) to ``value``."""
    *parents, last = path.split(".")

    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[int(last) if isinstance(target, list) else last] = value

    return mutate


def _delete(path: str) -> Mutation:
    *parents, last = path.split(".")

    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return mutate


RULES: list[tuple[str, Mutation, str, str]] = [
    ("format missing", _delete("format"), "format", "is missing"),
    ("format newer", _set("format", "journeymap/2"), "format", "journeymap/1"),
    ("title missing", _delete("title"), "title", "is required"),
    ("title a number", _set("title", 5), "title", "must be a text"),
    ("title empty", _set("title", "  "), "title", "not empty"),
    ("title too long", _set("title", "x" * 201), "title", "201 characters"),
    ("persona a list", _set("persona", ["a"]), "persona", "must be a text"),
    ("date not ISO", _set("date", "20-11-2026"), "date", "YYYY-MM-DD"),
    ("date impossible", _set("date", "2026-02-30"), "date", "not a date"),
    ("date a number", _set("date", 20261120), "date", "YYYY-MM-DD"),
    ("language unknown", _set("language", "de"), "language", "'en' or 'nl'"),
    ("phases not a list", _set("phases", "Contact"), "phases", "list of texts"),
    ("phase item a number", _set("phases.1", 3), "phases[1]", "must be a text"),
    ("phase duplicated", _set("phases", ["Oriëntatie", "Contact", "Contact"]), "phases[2]",
     "appears twice"),
    ("phase empty", _set("phases", ["Oriëntatie", "", "Contact"]), "phases[1]", "non-empty"),
    ("steps missing", _delete("steps"), "steps", "is required"),
    ("steps an object", _set("steps", {}), "steps", "list of steps"),
    ("step not an object", _set("steps.1", "Bellen"), "steps[1]", "must be an object"),
    ("step title missing", _delete("steps.1.title"), "steps[1].title", "is required"),
    ("step title a list", _set("steps.1.title", ["x"]), "steps[1].title", "must be a text"),
    ("step title too long", _set("steps.1.title", "y" * 300), "steps[1].title", "at most 200"),
    ("channel missing", _delete("steps.1.channel"), "steps[1].channel", "is required"),
    ("channel unknown", _set("steps.1.channel", "fax"), "steps[1].channel", "unknown channel"),
    ("channel Dutch name", _set("steps.1.channel", "telefoon"), "steps[1].channel",
     "did you mean 'phone'"),
    ("channel a number", _set("steps.1.channel", 3), "steps[1].channel", "channel id"),
    ("score missing", _delete("steps.1.score"), "steps[1].score", "is required"),
    ("score too high", _set("steps.1.score", 3), "steps[1].score", "-2 to 2"),
    ("score too low", _set("steps.1.score", -3), "steps[1].score", "-2 to 2"),
    ("score a fraction", _set("steps.1.score", 1.5), "steps[1].score", "whole number"),
    ("score a bool", _set("steps.1.score", True), "steps[1].score", "not true"),
    ("score a text", _set("steps.1.score", "++"), "steps[1].score", "whole number"),
    ("score null", _set("steps.1.score", None), "steps[1].score", "is required"),
    ("phase unknown", _set("steps.1.phase", "Betalen"), "steps[1].phase", "not one of"),
    ("phase a number", _set("steps.1.phase", 2), "steps[1].phase", "must be a text"),
    ("initiator unknown", _set("steps.1.initiator", "bank"), "steps[1].initiator",
     "customer, organisation"),
    ("outcome unknown", _set("steps.1.outcome", "ok"), "steps[1].outcome", "success, failed"),
    ("evidence a bool", _set("steps.1.evidence", True), "steps[1].evidence", "observed"),
    ("info_given a text", _set("steps.1.info_given", "adres"), "steps[1].info_given",
     "list of texts"),
    ("info_given item a number", _set("steps.1.info_given", ["adres", 7]),
     "steps[1].info_given[1]", "must be a text"),
    ("info_given item empty", _set("steps.1.info_given", ["adres", " "]),
     "steps[1].info_given[1]", "non-empty"),
    ("recognized a text", _set("steps.1.recognized", "yes"), "steps[1].recognized",
     "true or false"),
    ("context_available a number", _set("steps.1.context_available", 1),
     "steps[1].context_available", "true or false"),
    ("sensitive null-ish text", _set("steps.1.sensitive", "null"), "steps[1].sensitive",
     "true or false"),
    ("referred_to unknown", _set("steps.1.referred_to", "duif"), "steps[1].referred_to",
     "unknown channel"),
    ("wait negative", _set("steps.1.wait_minutes", -1), "steps[1].wait_minutes", ">= 0"),
    ("wait a bool", _set("steps.1.wait_minutes", False), "steps[1].wait_minutes", "number"),
    ("wait a text", _set("steps.1.wait_minutes", "8"), "steps[1].wait_minutes", "number"),
    ("elapsed negative", _set("steps.1.elapsed_days", -0.5), "steps[1].elapsed_days", ">= 0"),
    ("note an object", _set("steps.1.note", {"a": 1}), "steps[1].note", "must be a text"),
]


@pytest.mark.parametrize(("mutation", "place", "message"),
                         [rule[1:] for rule in RULES], ids=[rule[0] for rule in RULES])
def test_each_rule_names_file_and_place(
    tmp_path: Path, mutation: Mutation, place: str, message: str
) -> None:
    document = valid_document()
    mutation(document)
    path = write_document(tmp_path, document)
    error = problems_of(path)
    assert error.source == str(path)
    assert [problem.place for problem in error.problems] == [place]
    assert message in error.problems[0].message
    assert str(path) in str(error)
    assert place in str(error)


def test_step_problems_say_the_step_number(tmp_path: Path) -> None:
    document = valid_document()
    document["steps"][1]["score"] = 5
    assert "steps[1].score (step 2): must be" in str(problems_of(write_document(tmp_path,
                                                                                document)))


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    document = valid_document()
    document["language"] = "fr"
    document["steps"][0]["channel"] = "duif"
    document["steps"][0]["score"] = "veel"
    document["steps"][1]["phase"] = "Nergens"
    document["steps"][1]["wait_minutes"] = -4
    document["steps"].append(7)
    error = problems_of(write_document(tmp_path, document))
    assert [problem.place for problem in error.problems] == [
        "language", "steps[0].channel", "steps[0].score", "steps[1].phase",
        "steps[1].wait_minutes", "steps[2]",
    ]
    assert [problem.step_index for problem in error.problems] == [None, 0, 0, 1, 1, 2]


def test_wrong_phases_are_not_blamed_on_every_step(tmp_path: Path) -> None:
    document = valid_document()
    document["phases"] = "Oriëntatie, Contact"
    error = problems_of(write_document(tmp_path, document))
    assert [problem.place for problem in error.problems] == ["phases"]


@pytest.mark.parametrize(("mutation", "place"), [
    (_set("title", "Een \ud800reis"), "title"),
    (_set("phases.1", "Contact\udfff"), "phases[1]"),
    (_set("steps.1.info_given", ["\ud83d"]), "steps[1].info_given[0]"),
    (_set("steps.0.note", "\udc80"), "steps[0].note"),
])
def test_escaped_lone_surrogates_are_refused(mutation: Mutation, place: str) -> None:
    document = valid_document()
    mutation(document)
    text = json.dumps(document)  # ASCII: the surrogate is written as an escape such as \ud800
    with pytest.raises(InvalidJourneyError) as caught:
        loads_journey(text, "reis.json")
    assert [p.place for p in caught.value.problems] == [place]
    assert "lone surrogate" in caught.value.problems[0].message


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused(constant: str) -> None:
    text = json.dumps(valid_document()).replace('"wait_minutes": 8', f'"wait_minutes": {constant}')
    with pytest.raises(InvalidJourneyError) as caught:
        loads_journey(text, "reis.json")
    assert caught.value.problems[0].place == "steps[1].wait_minutes"


def test_unknown_fields_warn_and_are_ignored(tmp_path: Path) -> None:
    document = valid_document()
    document["colour"] = "blue"
    document["steps"][1]["mood"] = "grumpy"
    result = read_journey(write_document(tmp_path, document))
    assert [(w.place, w.step_index) for w in result.warnings] == [
        ("colour", None), ("steps[1].mood", 1)]
    assert all("unknown field" in warning.message for warning in result.warnings)
    assert result.journey == parse_document(valid_document(), "x").journey


def test_optional_fields_may_be_null(tmp_path: Path) -> None:
    document = valid_document()
    document["persona"] = None
    document["steps"][0]["note"] = None
    journey = read_journey(write_document(tmp_path, document)).journey
    assert journey.persona is None
    assert journey.steps[0].note is None


def test_whole_float_score_is_accepted_as_integer() -> None:
    document = valid_document()
    document["steps"][0]["score"] = -2.0
    score = parse_document(document, "x").journey.steps[0].score
    assert score == -2
    assert isinstance(score, int)


# --- files that are not journeys --------------------------------------------------------------

READABLE_ENCODINGS = {
    "utf-8 with BOM": ("utf-8-sig", "UTF-8 with BOM"),
    "utf-16 with BOM": ("utf-16", "UTF-16"),
    "utf-16 without BOM": ("utf-16-le", "UTF-16"),
    "windows-1252": ("cp1252", "Windows-1252"),
}


@pytest.mark.parametrize(("codec", "name"), READABLE_ENCODINGS.values(),
                         ids=READABLE_ENCODINGS.keys())
def test_files_in_other_encodings_are_read_and_named(tmp_path: Path, codec: str,
                                                     name: str) -> None:
    document = valid_document()
    document["title"] = "Oriëntatie – één kookplaat"
    path = tmp_path / "reis.journey.json"
    path.write_bytes(json.dumps(document, ensure_ascii=False).encode(codec))
    result = read_json(path)
    assert result.journey.title == "Oriëntatie – één kookplaat"
    assert result.encoding == name


def test_binary_junk_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "reis.journey.json"
    path.write_bytes(bytes(range(128, 256)) * 4)
    error = problems_of(path)
    assert "is not text in an encoding JourneyMap reads" in str(error)
    assert str(error).startswith(str(path))


def test_a_key_given_twice_warns_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "twice.journey.json"
    path.write_text('{"format": "journeymap/1", "title": "first", "title": "second", "steps": ['
                    '{"title": "Calls", "channel": "phone", "score": 1, "score": -1}]}',
                    encoding="utf-8")
    result = read_json(path)
    assert result.journey.title == "second"
    assert result.journey.steps[0].score == -1
    assert [w.place for w in result.warnings] == ["title", "steps[0].score"]
    assert all("more than once" in w.message for w in result.warnings)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('{\n  "format": "journeymap/1",\n  "title": "x"\n  "steps": []\n}\n')
    error = problems_of(path)
    assert error.problems[0].place == "line 4, column 3"
    assert "is not valid JSON" in error.problems[0].message


@pytest.mark.parametrize("text", ["[]", '"a journey"', "42", "null", "true"])
def test_top_level_must_be_an_object(tmp_path: Path, text: str) -> None:
    path = tmp_path / "reis.json"
    path.write_text(text)
    assert "must hold a JSON object" in str(problems_of(path))


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "diep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert "nested too deeply" in str(problems_of(path))


def test_deep_nesting_inside_an_unknown_field_is_only_a_warning(tmp_path: Path) -> None:
    document = valid_document()
    nested: list[Any] = []
    for _ in range(500):
        nested = [nested]
    document["extra"] = nested
    assert read_journey(write_document(tmp_path, document)).warnings[0].place == "extra"


def test_integer_with_too_many_digits_is_refused() -> None:
    digits = "9" * 5000
    text = json.dumps(valid_document()).replace('"wait_minutes": 8', f'"wait_minutes": {digits}')
    with pytest.raises(InvalidJourneyError):
        loads_journey(text, "reis.json")


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    error = problems_of(path)
    assert "is too large" in str(error)
    assert "50 MB" in str(error)


def test_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    error = problems_of(tmp_path / "nergens.json")
    assert "cannot be read" in str(error)


def test_folder_is_a_clean_error(tmp_path: Path) -> None:
    folder = tmp_path / "map.json"
    folder.mkdir()
    assert "cannot be read" in str(problems_of(folder))


def test_unknown_suffix_lists_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "reis.yaml"
    path.write_text("title: x")
    message = str(problems_of(path))
    assert ".yaml" in message
    assert all(suffix in message for suffix in (".json", ".csv", ".cjml", ".xml"))


def test_writing_an_unknown_suffix_is_refused(tmp_path: Path, full_journey: Journey) -> None:
    with pytest.raises(ValueError, match=r"\.docx"):
        write_journey(full_journey, tmp_path / "reis.docx")
    assert list(tmp_path.iterdir()) == []


def test_reading_does_not_change_the_document() -> None:
    document = valid_document()
    before = copy.deepcopy(document)
    parse_document(document, "x")
    assert document == before


# --- the sample journeys ----------------------------------------------------------------------


def test_every_sample_reads_cleanly_and_round_trips(
    tmp_path: Path, sample_paths: list[Path]
) -> None:
    for path in sample_paths:
        result = read_journey(path)
        assert result.warnings == (), path.name
        copy_path = tmp_path / path.name
        write_journey(result.journey, copy_path)
        assert read_journey(copy_path).journey == result.journey, path.name


def test_importing_the_package_loads_no_format_module() -> None:
    code = ("import sys, journeymap.formats; "
            "print(sorted(m for m in sys.modules if m.startswith(('journeymap.formats.', "
            "'xml', 'csv', 'reportlab', 'PySide6'))))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "['journeymap.formats.reading']"
