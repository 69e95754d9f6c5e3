"""``journeymap aggregate``: files, folders and the library; JSON equal to per-journey analyze."""

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
from journeymap.preferences import load_preferences, save_preferences
from journeymap.tools.synthetic import synthetic_journeys


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a folder of 40 generated journey files, some in a subfolder."""
    for number, journey in enumerate(synthetic_journeys(40, seed=5)):
        place = tmp_path / "export" / ("b" if number % 3 else "a")
        place.mkdir(parents=True, exist_ok=True)
        write_journey(journey, place / f"j{number:03d}.journey.json")
    return tmp_path / "export"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert run_cli(["aggregate", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_counts_equal_analyze_of_each_file(folder: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(folder), "--lang", "en")
    files = sorted(folder.rglob("*.journey.json"))
    assert data["journeys"] == len(files) == 40
    journeys_with: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for path in files:
        assert run_cli(["analyze", str(path), "--json", "--lang", "en"]) == 0
        rules = [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]
        findings.update(rules)
        journeys_with.update(set(rules))
    by_rule: Counter[str] = Counter()
    for item in data["recurring"]:  # type: ignore[union-attr]
        by_rule[item["rule"]] += item["findings"]
        assert item["journeys"] == len(item["titles"]) <= journeys_with[item["rule"]]
    assert by_rule == findings


def test_transitions_equal_the_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(folder))
    expected: Counter[tuple[str, str]] = Counter()
    for path in folder.rglob("*.journey.json"):
        steps = json.loads(path.read_text(encoding="utf-8"))["steps"]
        pairs = zip(steps, steps[1:], strict=False)
        expected.update((a["channel"], b["channel"]) for a, b in pairs
                        if a["channel"] != b["channel"])
    got = {(t["from"], t["to"]): t["count"] for t in data["transitions"]}  # type: ignore[union-attr]
    assert got == dict(expected)
    for cell in data["transitions"]:  # type: ignore[union-attr]
        assert 0 <= cell["break_share"] <= 1


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(paths.samples_dir()))
    assert {"journeys", "steps", "recurring", "transitions", "by_channel", "by_phase",
            "most_breaks"} <= set(data)
    first = data["recurring"][0]  # type: ignore[index]
    assert {"rule", "journeys", "titles", "from", "to", "findings", "tip"} <= set(first)
    phone = data["by_channel"]["phone"]  # type: ignore[index]
    assert set(phone) == {"steps", "total", "mean", "journeys"}


def test_the_users_norms_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    samples = str(paths.samples_dir())
    before = {r["rule"] for r in _json(capsys, samples)["recurring"]  # type: ignore[union-attr]
              if r["from"] == "ivr"}
    save_preferences(load_preferences().with_changes(norm_overrides={"ivr": 600, "phone": 600}))
    after = {r["rule"] for r in _json(capsys, samples)["recurring"]  # type: ignore[union-attr]
             if r["from"] == "ivr"}
    assert "slow-response" in before
    assert "slow-response" not in after


def _planned_samples() -> list[Path]:
    return [p for p in paths.sample_paths() if read_json(p).journey.kind is JourneyKind.PLANNED]


def test_text_report_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["aggregate", str(paths.samples_dir()), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    planned = len(_planned_samples())
    assert f"Portfolio van {len(paths.sample_paths()) - planned} klantreizen" in out
    assert "1 geplande klantreis niet meegeteld" in out
    assert "Terugkerende bevindingen" in out
    assert "Kanaalovergangen" in out
    assert "telefoon" in out


def test_a_bad_file_is_named_and_nothing_is_printed(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "a" / "broken.journey.json"
    bad.write_text('{"format": "journeymap/1", "title": "x", "steps": [{"title": "a", '
                   '"channel": "phone", "score": 7}]}', encoding="utf-8")
    assert run_cli(["aggregate", str(folder), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "broken.journey.json: steps[0].score" in captured.err
    assert "nothing was aggregated" in captured.err


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(["aggregate"]) == 2
    assert run_cli(["aggregate", str(tmp_path), "--all"]) == 2
    assert run_cli(["aggregate", str(tmp_path / "missing")]) == 2
    assert "missing" in capsys.readouterr().err


def test_library_all_and_by_tag(capsys: pytest.CaptureFixture[str]) -> None:
    journeys = list(synthetic_journeys(30, seed=9))
    with Library.open(samples=lambda: []) as library:
        library.add_many(journeys)
    everything = _json(capsys, "--all")
    assert everything["journeys"] == 30
    tagged = _json(capsys, "--tag", "pilot")
    assert tagged["journeys"] == sum("pilot" in j.tags for j in journeys) > 0
    assert _json(capsys, "--tag", "nobody uses this")["journeys"] == 0


def test_tag_filters_files_too(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(folder), "--tag", "interview")
    expected = sum("interview" in read_json(p).journey.tags for p in folder.rglob("*.json"))
    assert data["journeys"] == expected > 0


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Channel transitions", "Recurring findings", "Scores per channel", "Tip")),
    ("nl", ("Kanaalovergangen", "Terugkerende bevindingen", "Scores per kanaal", "telefoon")),
])
def test_pdf_has_the_matrix_breaks_tips_and_scores(tmp_path: Path, lang: str,
                                                   words: tuple[str, ...],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "portfolio.pdf"
    assert run_cli(["aggregate", str(paths.samples_dir()), "--pdf", str(out), "--lang",
                    lang]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for word in words:
        assert word in text
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["aggregate", ".", "--jobs", value]) == 2
    assert "--jobs" in capsys.readouterr().err
