"""The PDF review report, read back with pypdf: text, fonts, size of type, pages, metadata."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.channels import channel_ids
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import read_journey
from journeymap.formats.pdf import render_pdf, write_pdf
from journeymap.session.context import AnalysisContext
from journeymap.session.exports import export

MIN_SIZE = 7.0


def flat(text: str) -> str:
    """Collapse whitespace: reportlab wraps lines wherever they fill up."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def text_sizes(path: Path) -> list[float]:
    """Return the rendered size of every piece of text on every page (font size x matrices)."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
            sizes.append(size * scale)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def dutch_journey(steps: int = 10) -> Journey:
    channels = ("website", "phone", "email", "face_to_face")
    made = []
    for i in range(steps):
        made.append(Step(
            f"Stap {i + 1}: bĳ de {('balie', 'website', 'telefoon', 'monteur')[i % 4]} "
            f"gegevens doorgeven (ë)", channels[i % 4], (i % 5) - 2,
            phase=("Oriëntatie", "Contact")[i * 2 // steps],
            outcome=Outcome.FAILED if i % 7 == 3 else Outcome.SUCCESS,
            info_given=("typenummer", "adres"),
            context_available=False if i % 4 == 1 else None,
            note="Voorrijkosten € 89,50" if i == 0 else None))
    return Journey("Kapotte kookplaat laten repareren: één lange reis", tuple(made),
                   phases=("Oriëntatie", "Contact"), persona="Huiseigenaar", author="Team Service",
                   organisation="Merk", goal="Kookzone repareren", language="nl")


@pytest.fixture(scope="module")
def ten_steps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Journey, Path]:
    journey = dutch_journey(10)
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    report(journey, path, lang="nl")
    return journey, path


def test_text_has_title_steps_findings_and_special_characters(ten_steps) -> None:
    journey, path = ten_steps
    text = pdf_text(path)
    analysis = analyze(journey, lang="nl")
    assert flat(journey.title) in text
    for step in journey.steps:
        assert flat(step.title) in text
    assert analysis.findings
    for finding in analysis.findings:
        assert flat(finding.message) in text
        assert flat(finding.tip) in text
    for characters in ("ë", "ĳ", "€ 89,50", "Oriëntatie"):
        assert characters in text


def test_fonts_are_embedded_and_only_dejavu_is_used(ten_steps) -> None:
    _, path = ten_steps
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            descendants = font.get("/DescendantFonts")
            holder = descendants[0].get_object() if descendants else font
            assert "/FontFile2" in holder["/FontDescriptor"].get_object()
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


def report(journey: Journey, path: Path, *, lang: str | None = None, paper: str = "a4") -> None:
    """Write the report of ``journey`` analysed in ``lang`` (default: the journey's own)."""
    write_pdf(journey, analyze(journey, lang=lang or journey.language), path, paper=paper)


def test_no_text_is_smaller_than_seven_points(ten_steps) -> None:
    _, path = ten_steps
    sizes = text_sizes(path)
    assert sizes
    assert min(sizes) >= MIN_SIZE - 0.01


def test_a_long_journey_takes_more_pages_instead_of_smaller_type(tmp_path: Path) -> None:
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    report(dutch_journey(10), short, lang="nl")
    report(dutch_journey(150), long, lang="nl")
    assert len(PdfReader(long).pages) > len(PdfReader(short).pages) + 10
    assert min(text_sizes(long)) >= MIN_SIZE - 0.01
    text = pdf_text(long)
    assert "Stap 150: bĳ de website gegevens doorgeven (ë)" in text
    assert "stappen 1–" in text  # the map continues over pages, each saying which steps


def test_many_channels_split_the_map_rather_than_shrink_it(tmp_path: Path) -> None:
    # every slice's steps use more channels than one page has lanes for
    steps = tuple(Step(f"Contact via {cid}", cid, 0) for cid in channel_ids() * 2)
    path = tmp_path / "channels.pdf"
    report(Journey("Alle kanalen", steps, language="nl"), path)
    assert min(text_sizes(path)) >= MIN_SIZE - 0.01
    assert "kanalen, deel 1 van" in pdf_text(path)


def test_metadata_and_language(ten_steps) -> None:
    journey, path = ten_steps
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title == journey.title
    assert meta.author == "Team Service"
    assert "klantreis" in meta.subject.lower()
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_every_page_is_numbered_and_carries_the_title(ten_steps) -> None:
    journey, path = ten_steps
    pages = PdfReader(path).pages
    for number, page in enumerate(pages, start=1):
        text = flat(page.extract_text())
        assert f"Pagina {number} van {len(pages)}" in text
        if number > 1:
            assert journey.title in text


def test_output_is_byte_identical_between_runs() -> None:
    journey = dutch_journey(12)
    analysis = analyze(journey, lang="nl")
    assert render_pdf(journey, analysis) == render_pdf(journey, analysis)


def test_language_falls_back_to_the_journey_and_can_be_overridden(tmp_path: Path) -> None:
    journey = dutch_journey(4)
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    report(journey, dutch)
    report(journey, english, lang="en")
    assert "Breuken en pijnpunten" in pdf_text(dutch)
    english_text = pdf_text(english)
    assert "Breaks and pain points" in english_text
    for finding in analyze(journey, lang="en").findings:  # the analysis follows the report
        assert flat(finding.message) in english_text


def test_redact_masks_personal_data(tmp_path: Path) -> None:
    journey = Journey("Terugbellen", (
        Step("Bellen met de klantenservice", "phone", -1,
             note="Bel mij terug op 06-12345678 of mail naar jan@example.nl"),
    ), language="nl")
    plain, masked = tmp_path / "plain.pdf", tmp_path / "masked.pdf"
    report(journey, plain)
    export({"pdf": masked}, journey, AnalysisContext("nl"), redact=True)
    assert "06-12345678" in pdf_text(plain)
    text = pdf_text(masked)
    assert "06-12345678" not in text
    assert "jan@example.nl" not in text
    assert "Persoonsgegevens in dit rapport zijn afgeschermd." in text


def test_a3_paper_is_landscape_a3(tmp_path: Path) -> None:
    path = tmp_path / "a3.pdf"
    report(dutch_journey(3), path, paper="a3")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    with pytest.raises(ValueError, match="paper"):
        render_pdf(dutch_journey(3), analyze(dutch_journey(3)), paper="letter")


def test_an_empty_journey_still_makes_a_report(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    report(Journey("Nog leeg", language="nl"), path)
    text = pdf_text(path)
    assert "Nog leeg" in text
    assert "Deze klantreis heeft nog geen stappen." in text


def test_writing_replaces_the_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    report(dutch_journey(3), path)
    assert path.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cooking_hob_sample_reads_back_complete(sample_paths, tmp_path: Path, lang: str) -> None:
    source = next(p for p in sample_paths if p.name.startswith("kookplaat"))
    journey = read_journey(source).journey
    analysis = analyze(journey, lang=lang)
    path = tmp_path / f"hob-{lang}.pdf"
    write_pdf(journey, analysis, path)
    text = pdf_text(path)
    for step in journey.steps:
        assert flat(step.title) in text
    for finding in analysis.findings:
        assert flat(finding.message) in text
    assert min(text_sizes(path)) >= MIN_SIZE - 0.01


def test_outline_points_at_the_pages_of_the_main_headings(ten_steps) -> None:
    journey, path = ten_steps
    reader = PdfReader(path)
    entries = {item.title: reader.get_destination_page_number(item) + 1
               for item in reader.outline if not isinstance(item, list)}
    assert entries[journey.title] == 1
    assert entries["De klantreis in één oogopslag"] == 1
    assert entries["De drie belangrijkste verbeteringen"] == 1
    assert entries["Breuken en pijnpunten"] == 2
    map_pages = [page for title, page in entries.items() if title.startswith("Klantreiskaart")]
    assert map_pages
    assert "Klantreiskaart" in flat(reader.pages[map_pages[0] - 1].extract_text())
    assert entries["Stappen"] > max(map_pages)


def test_every_break_is_a_bookmark_under_its_section_pointing_at_its_heading(tmp_path) -> None:
    hob = read_journey(paths.samples_dir() / "cooking-hob-repair.en.journey.json").journey
    analysis = analyze(hob)
    path = tmp_path / "hob.pdf"
    write_pdf(hob, analysis, path)
    reader = PdfReader(path)
    outline = reader.outline
    section = next(i for i, item in enumerate(outline)
                   if not isinstance(item, list) and item.title == "Breaks and pain points")
    children = outline[section + 1]
    assert isinstance(children, list)
    assert len(children) == len(analysis.breaks)
    assert children[0].title == f"1. {analysis.top[0].title}"
    for child in children:
        page = reader.pages[reader.get_destination_page_number(child)]
        assert flat(child.title) in flat(page.extract_text())
