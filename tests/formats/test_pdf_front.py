"""Page 1 of the review report tells the whole story; the PDF navigates like a document."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.model import JourneyKind
from journeymap.formats import read_journey
from journeymap.formats.pdf import write_pdf
from journeymap.session.context import AnalysisContext

#: The lived journeys among the samples: a plan is the service as designed, with few breaks.
SAMPLES = sorted(p.name for p in paths.sample_paths()
                 if read_journey(p).journey.kind is JourneyKind.ACTUAL)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def analyze_json(sample: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> dict:
    assert run_cli(["analyze", str(sample), "--json", "--lang", lang]) == 0
    return json.loads(capsys.readouterr().out)


def bold_numbers(page) -> set[str]:
    """Return the numbers set in bold on a page (the overview's tiles and markers)."""
    found: set[str] = set()

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
        if "Bold" in name and text.strip().isdigit():
            found.add(text.strip())

    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Write the report of every sample in both languages (A4)."""
    out = tmp_path_factory.mktemp("front")
    written = {}
    for name in SAMPLES:
        journey = read_journey(paths.samples_dir() / name).journey
        for lang in ("en", "nl"):
            path = out / f"{name}.{lang}.pdf"
            write_pdf(journey, AnalysisContext(lang).analyze(journey), path)
            written[(name, lang)] = path
    return written


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", SAMPLES)
def test_page_one_holds_every_step_and_the_top_three(reports, capsys, name: str,
                                                     lang: str) -> None:
    data = analyze_json(paths.samples_dir() / name, lang, capsys)
    page = PdfReader(reports[(name, lang)]).pages[0]
    text = flat(page.extract_text())
    assert len(data["top"]) == 3
    for item in data["top"]:
        assert flat(item["title"]) in text
        assert flat(item["tip"]) in text
    numbers = {str(n) for n in range(1, data["steps"] + 1)}
    assert numbers <= bold_numbers(page), "every step's number is on the overview"
    assert ("Top three improvements" if lang == "en"
            else "De drie belangrijkste verbeteringen") in text


def test_every_marker_on_the_overview_links_to_its_break(reports) -> None:
    reader = PdfReader(reports[("cooking-hob-repair.en.journey.json", "en")])
    journey = read_journey(paths.samples_dir() / "cooking-hob-repair.en.journey.json").journey
    analysis = AnalysisContext("en").analyze(journey)

    def place(destination) -> tuple[int, int]:
        page = reader.get_destination_page_number(destination)
        return page, round(float(destination.top))

    links = set()
    for annotation in reader.pages[0]["/Annots"]:
        link = annotation.get_object()
        assert link["/Subtype"] == "/Link"
        array = link["/Dest"]
        page = next(i for i, p in enumerate(reader.pages)
                    if p.indirect_reference == array[0])
        links.add((page, round(float(array[3]))))
    children = next(item for item in reader.outline if isinstance(item, list))
    assert len(children) == len(analysis.breaks)
    breaks = {place(child) for child in children}
    assert links == breaks, "one link per break, each landing on its heading"
    assert all(page > 0 for page, _ in links)


def test_outline_has_every_section_and_every_break(reports) -> None:
    reader = PdfReader(reports[("cooking-hob-repair.en.journey.json", "en")])
    journey = read_journey(paths.samples_dir() / "cooking-hob-repair.en.journey.json").journey
    analysis = AnalysisContext("en").analyze(journey)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for section in (journey.title, "The journey at a glance", "Top three improvements",
                    "Breaks and pain points", "Steps", "Scores per channel and phase"):
        assert section in titles
    assert any(t.startswith("Journey map") for t in titles)
    children = next(item for item in reader.outline if isinstance(item, list))
    assert len(children) == len(analysis.breaks)


def test_the_detail_prints_each_break_tip_once(reports) -> None:
    journey = read_journey(paths.samples_dir() / "cooking-hob-repair.en.journey.json").journey
    analysis = AnalysisContext("en").analyze(journey)
    reader = PdfReader(reports[("cooking-hob-repair.en.journey.json", "en")])
    detail = flat(" ".join(page.extract_text() for page in reader.pages[1:]))
    lead = analysis.top[0]
    assert len(lead.finding_indexes) > 1
    assert detail.count(flat(lead.tip)) == 1
