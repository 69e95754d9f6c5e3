"""Every sample journey goes the whole way: read, analyse, store, export, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.analysis import analyze
from journeymap.formats import read_journey, write_journey
from journeymap.persistence import Library

SAMPLES = paths.sample_paths()


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_survives_library_and_file_round_trips(sample: Path, tmp_path: Path) -> None:
    journey = read_journey(sample).journey
    with Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}") as library:
        stored = library.add(journey)
        assert library.get(stored.id).journey == journey
    write_journey(journey, tmp_path / "copy.journey.json")
    assert read_journey(tmp_path / "copy.journey.json").journey == journey


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_has_findings_in_both_languages(sample: Path) -> None:
    journey = read_journey(sample).journey
    english, dutch = analyze(journey, lang="en"), analyze(journey, lang="nl")
    assert english.findings, f"{sample.name}: a sample journey should show at least one break"
    assert [f.rule for f in english.findings] == [f.rule for f in dutch.findings]
    assert [f.message for f in english.findings] != [f.message for f in dutch.findings]


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_exports_a_pdf_with_its_steps(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert run_cli(["export", str(sample), "--pdf", str(out)]) == 0
    text = _flat(" ".join(page.extract_text() or "" for page in PdfReader(out).pages))
    journey = read_journey(sample).journey
    assert _flat(journey.title) in text
    for step in journey.steps:
        assert _flat(step.title) in text, step.title
