"""``journeymap analyze``: the report, the JSON object, languages, errors and no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.cli.common import load_journey_arg
from journeymap.core.errors import NotFoundError

HOB_NL = "kookplaat-reparatie.nl.journey.json"


@pytest.fixture
def hob_nl() -> Path:
    return paths.samples_dir() / HOB_NL


def test_json_prints_exactly_the_spec_object(hob_nl: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(hob_nl), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert set(data) == {"title", "steps", "score", "findings", "top", "questions"}
    assert data["title"] == "Kapotte kookplaat laten repareren"
    assert data["steps"] == 20
    rules = {f["rule"] for f in data["findings"]}
    assert {"failure-switch", "lost-context", "recognized-without-context",
            "repeated-information", "referral-to-failed-channel"} <= rules
    assert "Stap " in out or "In stap" in out  # the journey's own language by default
    assert "één" in out  # ensure_ascii=False keeps Dutch letters readable


def test_lang_option_overrides_the_journey_language(hob_nl: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(hob_nl), "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    messages = " ".join(f["message"] for f in data["findings"])
    assert "In step" in messages
    assert "In stap" not in messages


def test_report_shows_figures_findings_tips_top_and_channels(
        hob_nl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(hob_nl), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kapotte kookplaat laten repareren\n")
    for heading in ("Steps: 20", "Findings (", "High (", "Tip: ", "Top improvements",
                    "Score per channel", "[failure-switch]"):
        assert heading in out
    assert "  1. " in out
    assert "  4. " not in out


def test_report_in_dutch(hob_nl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(hob_nl)]) == 0
    out = capsys.readouterr().out
    assert "Bevindingen (" in out
    assert "Belangrijkste verbeteringen" in out


def test_a_journey_from_the_library_by_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", "Kapotte kookplaat laten repareren", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["steps"] == 20


def test_missing_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(tmp_path / "gone.journey.json")]) == 2
    assert "no file or library journey named" in capsys.readouterr().err
    with pytest.raises(NotFoundError):
        load_journey_arg("no journey is called like this")


def test_broken_file_is_bad_input_naming_the_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.journey.json"
    bad.write_text(json.dumps({"format": "journeymap/1", "title": "Bad", "steps": [
        {"title": "Call", "channel": "phone", "score": 7}]}), encoding="utf-8")
    assert run_cli(["analyze", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.journey.json" in err
    assert "steps[0].score" in err


def test_bad_language_is_a_usage_error(hob_nl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["analyze", str(hob_nl), "--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_analyze_imports_no_qt(hob_nl: Path, tmp_path: Path) -> None:
    code = ("import sys; from journeymap.cli import run_cli; "
            f"code = run_cli(['analyze', {str(hob_nl)!r}, '--json']); "
            "assert code == 0, code; assert 'PySide6' not in sys.modules, 'Qt imported'")
    env = {"JOURNEYMAP_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Kapotte kookplaat laten repareren"


def test_open_questions_in_the_json_object_and_the_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quick = tmp_path / "quick.journey.json"
    quick.write_text(json.dumps({"format": "journeymap/1", "title": "Quick", "steps": [
        {"title": "Book online", "channel": "website", "score": -2, "outcome": "failed"},
        {"title": "Call the contact centre", "channel": "phone", "score": 1},
    ]}), encoding="utf-8")
    assert run_cli(["analyze", str(quick), "--json"]) == 0
    questions = json.loads(capsys.readouterr().out)["questions"]
    assert questions == [{"step": 2, "field": "context_available", "question": (
        "Step 2, 'Call the contact centre' (phone): did they have at hand what the customer did "
        "in step 1, 'Book online' (website)?")}]
    assert run_cli(["analyze", str(quick), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Open vragen (1)\n  ? Stap 2, 'Call the contact centre' (telefoon): had men" in out


def test_the_readable_report_marks_inferred_findings_and_the_pdf_shows_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from journeymap.core.model import Journey, Outcome, Step
    from journeymap.formats import write_journey

    note = "de medewerker kon mijn aanvraag van de website niet zien"
    path = tmp_path / "snel.journey.json"
    write_journey(Journey("Snel opgenomen", language="nl", steps=(
        Step("Reparatie boeken op de website", "website", -2, outcome=Outcome.FAILED),
        Step("Klantenservice bellen", "phone", -1, note=note))), path)
    assert run_cli(["analyze", str(path), "--suggest"]) == 0
    report = capsys.readouterr().out
    assert "[lost-context]" in report
    assert f"(Afgeleid uit de notities, nog niet bevestigd: \u201c{note}\u201d)" in " ".join(
        line.strip() for line in report.splitlines())
    assert run_cli(["analyze", str(path)]) == 0
    assert "lost-context" not in capsys.readouterr().out
    # exports show the journey as recorded: a finding only a proposal gives is not in the PDF
    pdf = tmp_path / "snel.pdf"
    assert run_cli(["export", str(path), "--pdf", str(pdf)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Klantenservice bellen" in text
    assert "paraat" not in text  # the lost-context message: "had ... niet paraat"
