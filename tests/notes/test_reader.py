"""The note reader: annotations proposed from a journey's own words, and the analysis on them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from journeymap.core.model import Journey, Step
from journeymap.core.proposals import Proposal, open_proposals, reject
from journeymap.formats import read_journey as read_file
from journeymap.formats.analysis_json import suggested_to_dict
from journeymap.notes import read_journey
from journeymap.session.context import AnalysisContext

SAMPLES = Path(__file__).resolve().parents[2] / "sample_journeys"
#: What a designer records at interview speed; everything else is left to the reader.
QUICK_FIELDS = {"title", "channel", "score", "phase", "outcome", "note", "id"}


def as_recorded_quickly(name: str) -> Journey:
    """Return the sample ``name`` with only the fields a designer types during an interview."""
    journey = read_file(SAMPLES / name).journey
    blank = Step(title="x", channel="website", score=0)
    steps = tuple(Step(**{f.name: getattr(step if f.name in QUICK_FIELDS else blank, f.name)
                          for f in dataclasses.fields(Step)}) for step in journey.steps)
    return journey.with_changes(steps=steps)


Because = list[dict[str, object]]


def inferred(journey: Journey, lang: str) -> dict[tuple[str, tuple[int, ...]], Because]:
    document = suggested_to_dict(journey, AnalysisContext(lang).suggest(journey))
    return {(f["rule"], tuple(f["steps"])): f["because"] for f in document["findings"]
            if f["inferred"]}


def step_words(journey: Journey, number: int) -> str:
    step = journey.steps[number - 1]
    return f"{step.title} {step.note or ''}"


def proposals(*steps: Step, lang: str = "en") -> list[tuple[int, str, object]]:
    journey = Journey(title="t", language=lang, steps=steps)
    number = {step.id: n for n, step in enumerate(journey.steps, start=1)}
    return [(number[p.step_id], p.field, p.value) for p in read_journey(journey).proposals]


def test_the_cooking_hob_told_quickly_keeps_its_breaks_each_inferred_with_its_quote() -> None:
    journey = as_recorded_quickly("kookplaat-reparatie.nl.journey.json")

    found = inferred(journey, "nl")

    assert set(found) == {
        ("lost-context", (12, 14)), ("lost-context", (12, 15)),
        ("repeated-information", (8, 15)), ("recognized-without-context", (14,)),
        ("referral-to-failed-channel", (12, 13)),
    }
    for because in found.values():
        assert because
        for reason in because:
            assert str(reason["quote"]) in step_words(journey, int(str(reason["step"])))
    assert {r["field"] for r in found[("lost-context", (12, 14))]} == {"context_available"}


def test_the_english_cooking_hob_keeps_the_lost_context_and_the_repeated_questions() -> None:
    found = inferred(as_recorded_quickly("cooking-hob-repair.en.journey.json"), "en")

    assert {("lost-context", (12, 14)), ("lost-context", (12, 15)),
            ("repeated-information", (8, 15))} <= set(found)


def test_without_suggestions_the_output_has_no_inferred_marks(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    from journeymap.cli import run_cli

    path = tmp_path / "quick.journey.json"
    from journeymap.formats import write_journey

    write_journey(as_recorded_quickly("kookplaat-reparatie.nl.journey.json"), path)
    assert run_cli(["analyze", str(path), "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert run_cli(["analyze", str(path), "--json", "--suggest"]) == 0
    suggested = json.loads(capsys.readouterr().out)

    assert all("inferred" not in f for f in plain["findings"])
    assert not any(f["rule"] == "lost-context" for f in plain["findings"])
    assert any(f["rule"] == "lost-context" and f["inferred"] for f in suggested["findings"])
    assert run_cli(["analyze", str(path), "--suggest"]) == 0
    assert "Afgeleid uit de notities" in capsys.readouterr().out


def test_a_journey_that_goes_well_gets_no_proposals_and_no_findings() -> None:
    journey = Journey(title="Nieuwe pas aanvragen", language="nl", steps=(
        Step(title="Pas aanvragen in de app", channel="app", score=2,
             note="Ging snel, alles was duidelijk"),
        Step(title="Vraag over de levertijd gemaild", channel="email", score=1,
             note="Binnen een uur een vriendelijk en duidelijk antwoord"),
        Step(title="Pas ontvangen", channel="letter", score=2, note="Precies op tijd"),
    ))

    assert read_journey(journey).proposals == ()
    assert AnalysisContext("nl").suggest(journey).analysis.findings == ()


@pytest.mark.parametrize(("lang", "title", "channel"), [
    ("nl", "Kreeg een brief van de gemeente over de aanslag", "letter"),
    ("en", "They called back the next morning", "phone"),
])
def test_organisation_steps_told_as_such_are_proposed_as_the_organisations(
        lang: str, title: str, channel: str) -> None:
    first = Step(title="Question asked" if lang == "en" else "Vraag gesteld", channel="website",
                 score=0)
    found = proposals(first, Step(title=title, channel=channel, score=0), lang=lang)

    assert (2, "initiator", "organisation") in found


@pytest.mark.parametrize(("lang", "note", "expected"), [
    ("nl", "De medewerker kon mijn aanvraag van gisteren niet zien", False),
    ("nl", "De medewerker kon mijn aanvraag wél zien", None),
    ("en", "The agent could not see my request from yesterday", False),
    ("en", "The agent could see my request from yesterday", None),
])
def test_negation_decides_what_is_proposed(lang: str, note: str, expected: bool | None) -> None:
    found = proposals(Step(title="Online", channel="website", score=0),
                      Step(title="Call" if lang == "en" else "Bellen", channel="phone", score=0,
                           note=note), lang=lang)

    context = [value for number, name, value in found if name == "context_available"]
    assert context == ([] if expected is None else [expected])


@pytest.mark.parametrize(("lang", "note", "field", "value"), [
    ("nl", "Eerst 25 minuten in de wacht gestaan", "wait_minutes", 25),
    ("en", "An hour on hold before anyone answered", "wait_minutes", 60),
    ("nl", "Drie dagen later nog niets gehoord", "elapsed_days", 3),
    ("en", "A week later the letter came", "elapsed_days", 7),
])
def test_waits_and_days_are_read_from_the_words(lang: str, note: str, field: str,
                                                 value: float) -> None:
    found = proposals(Step(title="Start", channel="website", score=0),
                      Step(title="Next", channel="phone", score=0, note=note), lang=lang)

    assert (2, field, value) in found


def test_a_rejected_proposal_is_not_proposed_again_for_that_text() -> None:
    journey = as_recorded_quickly("kookplaat-reparatie.nl.journey.json")
    reading = read_journey(journey)
    first: Proposal = open_proposals(journey, reading.proposals)[0]
    index = journey.step_index(first.step_id)

    steps = list(journey.steps)
    steps[index] = reject(steps[index], first)
    rejected = journey.with_changes(steps=tuple(steps))

    assert first not in open_proposals(rejected, read_journey(rejected).proposals)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_reader_stays_precise_on_the_held_out_sentences(lang: str) -> None:
    """A wrong proposal costs the designer's trust: keep precision above 0.9 (bench/notes)."""
    from bench.bench_notes import DATA, proposed

    items = [i for i in json.loads(DATA.read_text(encoding="utf-8")) if i["lang"] == lang]
    right = wrong = 0
    for item in items:
        found = proposed(lang, item["channel"], item["note"])
        expected = set(item["expect"].items())
        right += len(found & expected)
        wrong += len(found - expected)

    assert len(items) >= 60
    assert right / (right + wrong) > 0.9
    nothing = [i for i in items if not i["expect"]]
    assert len(nothing) >= len(items) // 2
    assert all(not proposed(lang, i["channel"], i["note"]) for i in nothing)
