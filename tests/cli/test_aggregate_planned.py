"""``journeymap aggregate`` counts actual journeys only: planned ones are skipped and named.

A plan is the service as designed; counted with the interviews it would add its designed steps
to the recurring breaks and the transition matrix. The samples hold a plan (the cooking hob "as
designed") and the actual journeys lived against it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.model import JourneyKind
from journeymap.formats import write_journey
from journeymap.formats.json_file import read_json
from journeymap.persistence import Library
from journeymap.tools.synthetic import synthetic_journeys


def _kind(path: Path) -> JourneyKind:
    return read_json(path).journey.kind


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Return a folder of the samples plus a second plan (the first one, retitled)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    plans = 0
    for sample in paths.sample_paths():
        (folder / sample.name).write_bytes(sample.read_bytes())
        if _kind(sample) is JourneyKind.PLANNED:
            plans += 1
            journey = read_json(sample).journey
            write_journey(journey.with_changes(title=journey.title + " (2027)"),
                          folder / ("second-" + sample.name))
    assert plans == 1  # the samples hold one plan; the folder now holds two
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert run_cli(["aggregate", *args]) == 0
    return capsys.readouterr().out


def _analyze(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, object]:
    assert run_cli(["analyze", str(path), "--json", "--lang", "en"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_counts_equal_analyze_of_the_actual_journeys_only(
        mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(capsys, str(mixed), "--json", "--lang", "en"))
    files = sorted(mixed.glob("*.journey.json"))
    actual = [p for p in files if _kind(p) is JourneyKind.ACTUAL]
    planned = [p for p in files if _kind(p) is JourneyKind.PLANNED]
    assert len(planned) == 2
    assert actual
    assert data["journeys"] == len(actual)
    assert data["skipped_planned"] == 2
    findings: Counter[str] = Counter()
    steps = 0
    titles = set()
    for path in actual:
        analysis = _analyze(capsys, path)
        findings.update(f["rule"] for f in analysis["findings"])  # type: ignore[attr-defined]
        steps += len(read_json(path).journey.steps)
        titles.add(read_json(path).journey.title)
    assert data["steps"] == steps
    by_rule: Counter[str] = Counter()
    for item in data["recurring"]:
        by_rule[item["rule"]] += item["findings"]
        assert set(item["titles"]) <= titles  # no plan among the journeys it occurs in
    assert by_rule == findings
    expected: Counter[tuple[str, str]] = Counter()
    for path in actual:
        channels = [s.channel for s in read_json(path).journey.steps]
        expected.update((a, b) for a, b in zip(channels, channels[1:], strict=False) if a != b)
    assert {(t["from"], t["to"]): t["count"] for t in data["transitions"]} == dict(expected)


def test_the_text_report_says_how_many_plans_were_left_out(
        mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, str(mixed), "--lang", "en")
    actual = sum(_kind(p) is JourneyKind.ACTUAL for p in mixed.glob("*.journey.json"))
    assert out.startswith(f"Portfolio of {actual} journeys\n")
    assert "2 planned journeys not counted" in out
    out = _run(capsys, str(mixed), "--lang", "nl")
    assert "2 geplande klantreizen niet meegeteld" in out


def test_only_plans_give_an_empty_portfolio_with_the_note(
        mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plans = [str(p) for p in mixed.glob("*.journey.json") if _kind(p) is JourneyKind.PLANNED]
    data = json.loads(_run(capsys, *plans, "--json"))
    assert (data["journeys"], data["steps"], data["skipped_planned"]) == (0, 0, 2)
    assert data["recurring"] == data["transitions"] == data["most_breaks"] == []
    out = _run(capsys, *plans, "--lang", "en")
    assert "Every journey given is planned (2 in all), so nothing was counted" in out
    out = _run(capsys, plans[0], "--lang", "nl")
    assert "De enige opgegeven klantreis is gepland, dus er is niets geteld" in out


def test_no_plan_given_reports_zero_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    actual = [str(p) for p in paths.sample_paths() if _kind(p) is JourneyKind.ACTUAL]
    data = json.loads(_run(capsys, *actual, "--json"))
    assert data["skipped_planned"] == 0
    assert "not counted" not in _run(capsys, *actual)


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "2 planned journeys not counted"),
    ("nl", "2 geplande klantreizen niet meegeteld"),
])
def test_the_pdf_names_the_plans_left_out(mixed: Path, tmp_path: Path, lang: str, note: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "portfolio.pdf"
    _run(capsys, str(mixed), "--pdf", str(out), "--lang", lang)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert note in text


def test_the_library_skips_its_plans(capsys: pytest.CaptureFixture[str]) -> None:
    journeys = list(synthetic_journeys(12, seed=4))
    plans = [journeys[2].with_changes(kind=JourneyKind.PLANNED, tags=("pilot",)),
             journeys[7].with_changes(kind=JourneyKind.PLANNED, tags=())]
    actual = [j for n, j in enumerate(journeys) if n not in (2, 7)]
    with Library.open(samples=lambda: []) as library:
        library.add_many([*actual, *plans])
    data = json.loads(_run(capsys, "--all", "--json"))
    assert (data["journeys"], data["skipped_planned"]) == (10, 2)
    assert data["steps"] == sum(len(j.steps) for j in actual)
    tagged = json.loads(_run(capsys, "--tag", "pilot", "--json"))
    assert tagged["journeys"] == sum("pilot" in j.tags for j in actual)
    assert tagged["skipped_planned"] == 1
