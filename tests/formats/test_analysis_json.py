"""The ``analyze --json`` object (docs/journey-format.md)."""

from __future__ import annotations

import json
from pathlib import Path

from journeymap.core.analysis import analyze
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import read_journey
from journeymap.formats.analysis_json import analysis_to_dict


def _journey() -> Journey:
    return Journey(title="Kookplaat", language="nl", steps=(
        Step("Online boeken", "website", -2, outcome=Outcome.FAILED, info_given=("typenummer",)),
        Step("Bellen", "phone", 1, info_given=("Typenummer",)),
        Step("Nog eens bellen", "phone", 0),
    ))


def test_exactly_the_keys_of_the_spec() -> None:
    data = analysis_to_dict(_journey(), analyze(_journey(), lang="nl"))
    assert list(data) == ["title", "steps", "score", "findings", "top", "questions"]
    assert list(data["score"]) == ["total", "plus", "minus", "neutral", "mean", "by_channel"]
    for finding in data["findings"]:
        assert list(finding) == ["rule", "category", "severity", "steps", "message", "tip"]
    assert data["top"]
    for improvement in data["top"]:
        assert list(improvement) == ["title", "steps", "findings", "tip"]
    for question in data["questions"]:
        assert list(question) == ["step", "field", "question"]


def test_values_follow_the_journey() -> None:
    subject = _journey()
    data = analysis_to_dict(subject, analyze(subject, lang="nl"))
    assert data["title"] == "Kookplaat"
    assert data["steps"] == 3
    assert data["score"] == {
        "total": -1, "plus": 1, "minus": 1, "neutral": 1, "mean": -0.33,
        "by_channel": {"website": {"steps": 1, "total": -2, "mean": -2.0},
                       "phone": {"steps": 2, "total": 1, "mean": 0.5}},
    }
    repeated = next(f for f in data["findings"] if f["rule"] == "repeated-information")
    assert repeated["steps"] == [1, 2]  # 1-based
    assert repeated["category"] == "integration"
    assert repeated["severity"] == "high"
    assert repeated["message"].startswith("In stap 2, 'Bellen'")


def test_the_object_is_plain_json(sample_paths: list[Path]) -> None:
    for path in sample_paths:
        journey = read_journey(path).journey
        data = analysis_to_dict(journey, analyze(journey, lang=journey.language))
        assert json.loads(json.dumps(data, ensure_ascii=False)) == data
        assert data["steps"] == len(journey.steps)


def test_top_names_its_steps_and_findings_and_takes_the_tip_of_one_of_them() -> None:
    hob = read_journey(Path(__file__).parents[2] / "sample_journeys"
                       / "cooking-hob-repair.en.journey.json").journey
    data = analysis_to_dict(hob, analyze(hob))
    assert len(data["top"]) == 3
    seen: set[int] = set()
    for improvement in data["top"]:
        grouped = [data["findings"][i] for i in improvement["findings"]]
        assert not seen & set(improvement["findings"])  # three different breaks
        seen |= set(improvement["findings"])
        assert improvement["tip"] in [f["tip"] for f in grouped]
        assert sorted({n for f in grouped for n in f["steps"]}) == improvement["steps"]
    first = [data["findings"][i]["rule"] for i in data["top"][0]["findings"]]
    assert {"failure-switch", "lost-context", "referral-to-failed-channel"} <= set(first)
    assert {12, 13, 14, 15} <= set(data["top"][0]["steps"])
