"""``journeymap settings``: the preferences from the command line, used by every analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.preferences import load_preferences

HOB_NL = "kookplaat-reparatie.nl.journey.json"
QUEUE_STEP = 13  # the phone menu's queue: 5 minutes against a norm of 2


@pytest.fixture
def hob() -> Path:
    return paths.samples_dir() / HOB_NL


def slow_steps(hob: Path, capsys: pytest.CaptureFixture[str]) -> list[list[int]]:
    capsys.readouterr()
    assert run_cli(["analyze", str(hob), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    return [f["steps"] for f in findings if f["rule"] == "slow-response"]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_set_get_unset_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["settings", "set", "norm.ivr", "600"]) == 0
    assert load_preferences().norm_overrides == {"ivr": 600.0}
    capsys.readouterr()
    assert run_cli(["settings", "get", "norm.ivr"]) == 0
    assert capsys.readouterr().out.strip() == "600"
    assert run_cli(["settings", "set", "language", "nl"]) == 0
    assert run_cli(["settings", "list"]) == 0
    listed = capsys.readouterr().out
    assert "norm.ivr = 600\n" in listed
    assert "norm.phone = 5   (default)" in listed
    assert "language = nl\n" in listed
    assert run_cli(["settings", "unset", "norm.ivr"]) == 0
    assert load_preferences().norm_overrides == {}


@pytest.mark.parametrize(("argv", "message"), [
    (["settings", "set", "norm.telefoon", "3"], "did you mean norm.phone?"),
    (["settings", "set", "norm.phone", "-1"], "minutes >= 0"),
    (["settings", "set", "norm.phone", "soon"], "minutes >= 0"),
    (["settings", "set", "language", "de"], "language must be one of en, nl"),
    (["settings", "get", "colour"], "unknown setting 'colour'"),
    (["settings", "set", "database_url", "journeys"], "is not a database address"),
])
def test_bad_keys_and_values_are_refused(argv: list[str], message: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(argv) == 2
    assert message in capsys.readouterr().err
    assert load_preferences().norm_overrides == {}
    assert load_preferences().database_url is None


def test_a_norm_set_here_changes_analyze_and_the_pdf_alike(
    hob: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tmp_path / "before.pdf"
    assert run_cli(["export", str(hob), "--pdf", str(before)]) == 0
    assert slow_steps(hob, capsys) == [[QUEUE_STEP]]
    assert "Traag antwoord" in pdf_text(before)

    assert run_cli(["settings", "set", "norm.ivr", "600"]) == 0
    after = tmp_path / "after.pdf"
    assert run_cli(["export", str(hob), "--pdf", str(after)]) == 0
    assert slow_steps(hob, capsys) == []
    assert "Traag antwoord" not in pdf_text(after)
