"""Reports of long journeys whose rows once outgrew a page, exported and read back with pypdf.

Repeating a sample's steps to a thousand makes findings over hundreds of steps (too many
channels), planned touchpoints realised hundreds of times and journeys with hundreds of fates;
a long interview note makes one tall step row. Listed in full, each made a row (a top
improvement, a table row) taller than the page, and reportlab stopped with a LayoutError.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.deviations import compare
from journeymap.core.model import Journey
from journeymap.formats import read_journey
from journeymap.formats.pdf import write_pdf
from journeymap.formats.pdf_plan_report import write_compared_plan_report

STEPS = 1000


def _sample(name: str) -> Journey:
    return read_journey(paths.samples_dir() / name).journey


def _repeated(name: str, steps: int = STEPS) -> Journey:
    """Return the sample's steps repeated to ``steps`` steps (each repeat gets a fresh id)."""
    journey = _sample(name)
    repeated = (journey.steps * (steps // len(journey.steps) + 1))[:steps]
    return journey.with_changes(steps=tuple(step.with_changes(id="") for step in repeated))


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


PLAN = "cooking-hob-plan.en.journey.json"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_top_improvement_over_hundreds_of_steps_stays_on_page_one(
        tmp_path: Path, lang: str) -> None:
    journey = _repeated("cooking-hob-almost-as-planned.en.journey.json")
    analysis = analyze(journey, lang=lang)
    widest = max(analysis.top, key=lambda found: len(found.step_indexes))
    numbers = [index + 1 for index in widest.step_indexes]
    assert len(numbers) > 500
    out = tmp_path / "long.pdf"
    write_pdf(journey, analysis, out)
    pages = _pages(out)
    first = pages[0]
    for found in analysis.top:
        assert found.title in first
    listed = ", ".join(str(n) for n in numbers[:12])
    more = {"en": f"and {len(numbers) - 12} more", "nl": f"en nog {len(numbers) - 12}"}[lang]
    assert f"{listed} {more}" in first
    assert str(numbers[-1]) not in first.split(more)[0].split(listed)[-1]
    assert len(pages) > 10  # the map and the step table of a thousand steps follow


def test_a_touchpoint_realised_hundreds_of_times_fits_its_row(tmp_path: Path) -> None:
    journey = _repeated("cooking-hob-repair.en.journey.json")
    comparison = compare(_sample(PLAN), journey)
    crowded = max(comparison.deviations, key=lambda d: len(d.actual_steps))
    assert len(crowded.actual_steps) > 100
    out = tmp_path / "plan-section.pdf"
    write_pdf(journey, analyze(journey, lang="en"), out, comparison=comparison)
    text = " ".join(_pages(out))
    assert "Planned and actual" in text
    assert f"and {len(crowded.actual_steps) - 6} more steps" in text
    numbers = ", ".join(str(n) for n in crowded.step_numbers[:12])
    assert f"{numbers} and {len(crowded.actual_steps) - 12} more" in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_journey_with_hundreds_of_fates_fits_the_plan_report(tmp_path: Path,
                                                               lang: str) -> None:
    plan = _sample(PLAN)
    journeys = [_repeated("cooking-hob-almost-as-planned.en.journey.json"),
                _sample("cooking-hob-without-confirmation.en.journey.json")]
    comparisons = [compare(plan, journey) for journey in journeys]
    fates = len(comparisons[0].deviations)
    assert fates > 300
    out = tmp_path / "plan-report.pdf"
    write_compared_plan_report(out, plan, comparisons, lang=lang)
    text = " ".join(_pages(out))
    more = {"en": "and {} more", "nl": "en nog {}"}[lang].format(fates - 8 * 14)
    assert more in text
    assert journeys[1].title in text


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_a_long_interview_note_ends_within_its_page(tmp_path: Path, paper: str) -> None:
    journey = _sample("cooking-hob-almost-as-planned.en.journey.json")
    note = " ".join(f"Interview remark {n} about the booking and the engineer."
                    for n in range(400))
    steps = list(journey.steps)
    steps[2] = steps[2].with_changes(note=note)
    journey = journey.with_changes(steps=tuple(steps))
    out = tmp_path / "note.pdf"
    write_pdf(journey, analyze(journey, lang="en"), out, paper=paper)
    pages = _pages(out)
    table = [text for text in pages if "Interview remark 0 about" in text]
    assert len(table) == 1
    assert "…" in table[0]
    assert "Interview remark 399" not in " ".join(pages)
