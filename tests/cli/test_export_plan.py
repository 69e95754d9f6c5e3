"""``journeymap export --plan`` and ``--actual``: planned-and-actual PDFs from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.cli import run_cli
from journeymap.core.model import Journey, JourneyKind, Step
from journeymap.formats import write_journey


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    plan = Journey(title="Repair as designed", kind=JourneyKind.PLANNED, steps=(
        Step("Book the repair online", "website", 1, id="book"),
        Step("The engineer comes", "face_to_face", 2, id="visit")))
    actual = Journey(title="Hob", plan="Repair as designed", steps=(
        Step("Booked the repair online", "website", 1),
        Step("Called to ask for a date", "phone", -1)))
    plan_path, actual_path = tmp_path / "plan.journey.json", tmp_path / "actual.journey.json"
    write_journey(plan, plan_path)
    write_journey(actual, actual_path)
    return plan_path, actual_path


def test_plan_adds_the_deviation_section(files, tmp_path: Path) -> None:
    plan, actual = files
    out = tmp_path / "r.pdf"
    assert run_cli(["export", str(actual), "--pdf", str(out), "--plan", str(plan)]) == 0
    text = pdf_text(out)
    assert "Planned and actual" in text
    assert "1 of 2 planned touchpoints happened; 1 improvised step" in text


def test_actual_makes_the_plan_report(files, tmp_path: Path) -> None:
    plan, actual = files
    out = tmp_path / "p.pdf"
    assert run_cli(["export", str(plan), "--pdf", str(out), "--lang", "nl",
                    "--actual", str(actual), str(actual)]) == 0
    assert "De dienst zoals ontworpen, naast de 2 gegeven werkelijke klantreizen" in pdf_text(out)


def test_a_plan_that_is_not_planned_is_bad_input(files, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, actual = files
    out = tmp_path / "r.pdf"
    assert run_cli(["export", str(actual), "--pdf", str(out), "--plan", str(actual)]) == 2
    err = capsys.readouterr().err
    assert "actual.journey.json" in err
    assert "kind" in err
    assert not out.exists()


def test_an_actual_journey_of_another_plan_or_a_bad_link_is_bad_input(
        files, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan, _ = files
    other = tmp_path / "other.journey.json"
    write_journey(Journey(title="Other", plan="Something else", steps=(
        Step("x", "website", 0, planned_step="nope"),)), other)
    out = tmp_path / "p.pdf"
    assert run_cli(["export", str(plan), "--pdf", str(out), "--actual", str(other)]) == 2
    err = capsys.readouterr().err
    assert "other.journey.json: plan" in err
    assert "steps[0].planned_step" in err
    assert not out.exists()


def test_plan_options_need_the_pdf(files, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    plan, actual = files
    assert run_cli(["export", str(actual), "--svg", str(tmp_path / "m.svg"),
                    "--plan", str(plan)]) == 2
    assert "--pdf" in capsys.readouterr().err
