"""The slides export read back with python-pptx (and, where LibreOffice is installed, as a PDF)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.presentation import Presentation as Deck
from pptx.util import Pt
from pypdf import PdfReader

from journeymap import paths
from journeymap.core.layout import wrap_text
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey
from journeymap.formats.analysis_json import analysis_to_dict
from journeymap.formats.fonts import pdf_measure
from journeymap.formats.raster import _dashes
from journeymap.session.context import AnalysisContext
from journeymap.session.exports import export

SAMPLES = {"en": "cooking-hob-repair.en.journey.json", "nl": "kookplaat-reparatie.nl.journey.json"}
TIP = {"en": "Tip: ", "nl": "Tip: "}
AT_A_GLANCE = {"en": "The journey at a glance", "nl": "De klantreis in één oogopslag"}


def sample(lang: str) -> Journey:
    return read_journey(paths.samples_dir() / SAMPLES[lang]).journey


def write_deck(journey: Journey, lang: str, path: Path) -> Deck:
    export({"pptx": path}, journey, AnalysisContext(lang))
    return Presentation(str(path))


def named(slide: object, name: str) -> str:
    shapes = [shape for shape in slide.shapes if shape.name == name]  # type: ignore[attr-defined]
    assert len(shapes) == 1, name
    return str(shapes[0].text_frame.text)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_deck_is_overview_top_breaks_and_curve(lang: str, tmp_path: Path) -> None:
    journey = sample(lang)
    top = analysis_to_dict(journey, AnalysisContext(lang).analyze(journey))["top"]
    assert len(top) == 3  # the sample has three different top breaks
    deck = write_deck(journey, lang, tmp_path / "hob.pptx")
    slides = list(deck.slides)
    assert len(slides) == 1 + len(top) + 1
    assert deck.slide_width * 9 == deck.slide_height * 16
    assert slides[0].shapes.title.text == journey.title
    assert named(slides[0], "Eyebrow") == AT_A_GLANCE[lang]
    for slide, entry in zip(slides[1:-1], top, strict=True):
        assert slide.shapes.title.text == entry["title"]
        assert named(slide, "Tip") == TIP[lang] + entry["tip"]
        details = named(slide, "Details")
        assert ", ".join(str(n) for n in entry["steps"][:-1]) in details
        assert details.endswith(f" {entry['steps'][-1]}")
        assert slide.has_notes_slide
        assert slide.notes_slide.notes_text_frame.text
    assert [named(slide, "Marker") for slide in slides[1:-1]] == ["1", "2", "3"]
    assert slides[-1].shapes.title.text == {"en": "How the customer felt, step by step",
                                            "nl": "Hoe de klant zich voelde, stap voor stap"}[lang]


def test_the_maps_are_sharp_undistorted_pictures_on_the_slide(tmp_path: Path) -> None:
    deck = write_deck(sample("en"), "en", tmp_path / "hob.pptx")
    slides = list(deck.slides)
    for slide in (slides[0], slides[-1]):
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        picture = pictures[0]
        pixels_wide, pixels_high = picture.image.size
        assert pixels_wide >= 1600  # sharp on a 1920-pixel projector
        assert picture.width / picture.height == pytest.approx(pixels_wide / pixels_high,
                                                               rel=0.01)
        assert picture.left >= 0
        assert picture.left + picture.width <= deck.slide_width
        assert picture.top + picture.height <= deck.slide_height
        title_bottom = slide.shapes.title.top + slide.shapes.title.height
        assert picture.top >= title_bottom
        assert picture._element.nvPicPr.cNvPr.get("descr")  # alternative text
    overview = next(s for s in slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert overview.width > 2 * overview.height  # 20 steps in 4 lanes: a wide strip


def test_text_is_large_enough_to_project(tmp_path: Path) -> None:
    deck = write_deck(sample("nl"), "nl", tmp_path / "kookplaat.pptx")
    for slide in deck.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            smallest = Pt(28) if shape == slide.shapes.title else Pt(18)
            runs = [run for p in shape.text_frame.paragraphs for run in p.runs]
            assert runs, shape.name
            assert all(run.font.size >= smallest for run in runs), shape.name


def test_a_long_journey_still_fits_its_slide(tmp_path: Path) -> None:
    steps = tuple(Step(f"Step {i}", ("website", "phone", "email")[i % 3], (i % 5) - 2)
                  for i in range(300))
    deck = write_deck(Journey("Long", steps), "en", tmp_path / "long.pptx")
    first = list(deck.slides)[0]
    picture = next(s for s in first.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert picture.left + picture.width <= deck.slide_width
    assert picture.top + picture.height <= deck.slide_height


def test_a_journey_without_steps_says_so(tmp_path: Path) -> None:
    deck = write_deck(Journey("Nothing yet", ()), "en", tmp_path / "empty.pptx")
    slides = list(deck.slides)
    assert len(slides) == 2  # no top improvements: the overview and the curve
    for slide in slides:
        assert named(slide, "Empty") == "This journey has no steps yet."
        assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "hob.pptx"
    with pytest.raises(FileNotFoundError):
        export({"pptx": target}, sample("en"), AnalysisContext("en"))
    assert not target.parent.exists()
    existing = tmp_path / "old.pptx"
    existing.write_bytes(b"old")
    export({"pptx": existing}, sample("en"), AnalysisContext("en"))
    assert existing.read_bytes().startswith(b"PK")  # replaced whole
    assert [p.name for p in tmp_path.iterdir()] == ["old.pptx"]  # no temporary file left


def test_dashes_cut_the_line_into_on_pieces() -> None:
    pieces = _dashes([(0.0, 0.0), (3.0, 0.0), (3.0, 10.0)], [5.0, 1.0])
    assert pieces == [[(0.0, 0.0), (3.0, 0.0), (3.0, 2.0)],  # a dash goes round the corner
                      [(3.0, 3.0), (3.0, 8.0)], [(3.0, 9.0), (3.0, 10.0)]]


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_deck(tmp_path: Path) -> None:
    journey = sample("en")
    deck = tmp_path / "hob.pptx"
    export({"pptx": deck}, journey, AnalysisContext("en"))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([str(OFFICE), f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
                   capture_output=True, timeout=240, check=True)
    reader = PdfReader(tmp_path / "hob.pdf")
    top = AnalysisContext("en").analyze(journey).top
    assert len(reader.pages) == 1 + len(top) + 1
    page = reader.pages[0]
    assert float(page.mediabox.width) / float(page.mediabox.height) == pytest.approx(16 / 9,
                                                                                     rel=0.01)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert journey.title in text
    assert top[1].title in text


def test_redacted_slides_hold_no_personal_data(tmp_path: Path) -> None:
    journey = Journey("Terugbellen", (
        Step("Bellen naar 06-12345678", "phone", -2, note="mail jan@example.nl"),
        Step("Mail aan jan@example.nl zonder antwoord", "email", -2),
    ), language="nl")
    path = tmp_path / "private.pptx"
    export({"pptx": path}, journey, AnalysisContext("nl"), redact=True)
    deck = Presentation(str(path))
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes
             if shape.has_text_frame]
    texts += [slide.notes_slide.notes_text_frame.text for slide in deck.slides
              if slide.has_notes_slide]
    assert not [t for t in texts if "06-12345678" in t or "jan@example.nl" in t]
    assert any("afgeschermd" in text for text in texts)  # the first slide says so


def test_a_long_journey_title_keeps_the_line_above_a_slide_title_to_one_line(
        tmp_path: Path) -> None:
    title = "A journey title long enough to fill two lines of the small print above a title: " * 2
    deck = write_deck(Journey(title.strip(), (Step("Call", "phone", -1),)), "en",
                      tmp_path / "long-title.pptx")
    curve = list(deck.slides)[-1]
    above = named(curve, "Eyebrow")
    assert above.endswith("…")
    assert title.startswith(above[:-1])
    assert list(deck.slides)[0].shapes.title.text == title.strip()  # titles are never cut


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_two_things_on_a_slide_overlap(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "masked.pptx"
    export({"pptx": path}, sample(lang), AnalysisContext(lang), redact=True)  # a longer line
    for slide in Presentation(str(path)).slides:
        boxes = [(shape.name, shape.left, shape.top, shape.left + shape.width,
                  shape.top + shape.height) for shape in slide.shapes]
        for position, (name, left, top, right, bottom) in enumerate(boxes):
            for other, o_left, o_top, o_right, o_bottom in boxes[position + 1:]:
                apart = right <= o_left or o_right <= left or bottom <= o_top or o_bottom <= top
                assert apart, (name, other)
        for shape in slide.shapes:
            if shape.has_text_frame and shape.name != "Marker":
                assert text_height(shape) <= shape.height, shape.name


def text_height(shape: object) -> int:
    """Return the height the shape's text takes, wrapped in DejaVu Sans (wider than the fonts
    a deck has), in EMU."""
    frame = shape.text_frame  # type: ignore[attr-defined]
    runs = [run for paragraph in frame.paragraphs for run in paragraph.runs]
    size = runs[0].font.size.pt
    measure = pdf_measure(bold=all(run.font.bold for run in runs))
    lines = wrap_text(frame.text, shape.width / 12700, size, measure,  # type: ignore[attr-defined]
                      max_lines=1000)
    return int(len(lines) * size * 1.2 * 12700)
