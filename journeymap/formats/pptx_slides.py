"""The slides export (``export --pptx``): a 16:9 PowerPoint deck stakeholders paste into theirs.

Slide 1 is the overview map of the whole journey with the numbered break markers (the PDF's
page-1 overview), then one slide per top improvement (its marker, headline, details and tip,
its findings in the speaker notes), then the score curve. The maps are pictures painted from
the PDF's layout (``formats.slide_pictures``); every word around them is real slide text in
the theme font, so a deck's own theme and spell check apply. Titles are 28-32 pt and body text
18-24 pt, so the slides read when projected; text is fitted with DejaVu Sans's widths, wider
than the fonts a deck usually has, so it never runs out of its box.

The deck is built in memory and written atomically: a failed export leaves nothing behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import Any, cast

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from journeymap.core import theme
from journeymap.core.findings import Analysis, Break
from journeymap.core.layout import ellipsize, wrap_text
from journeymap.core.model import Journey
from journeymap.formats import report
from journeymap.formats.atomic import atomic_write_bytes
from journeymap.formats.fonts import pdf_measure
from journeymap.formats.slide_pictures import Picture, curve_picture, overview_picture

#: The slide, 16:9 (13.33 x 7.5 inches), in points.
SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0
MARGIN = 36.0
#: Font sizes tried, largest first: titles never below 28 pt, body text never below 18 pt.
TITLE_SIZES: tuple[float, ...] = (32.0, 30.0, 28.0)
BODY_SIZES: tuple[float, ...] = (24.0, 22.0, 20.0, 18.0)
SMALL_SIZE = 18.0
LEADING = 1.2
#: The boxes every slide shares (top, height): a line above the title, the title (two lines
#: at the largest size it fits in; a longer title takes more room, up to four lines).
EYEBROW = (22.0, 26.0)
TITLE = (50.0, 2 * 32.0 * LEADING + 4)
MAX_TITLE_LINES = 4
#: The break marker left of a break slide's title.
MARKER_SIZE = 48.0
_SHAPES = {"triangle": MSO_SHAPE.ISOSCELES_TRIANGLE, "diamond": MSO_SHAPE.DIAMOND,
           "circle": MSO_SHAPE.OVAL}
_LANGUAGES = {"en": MSO_LANGUAGE_ID.ENGLISH_UK, "nl": MSO_LANGUAGE_ID.DUTCH}
_TITLE_ONLY = 5  # the layout "Title Only" of python-pptx's default template


def write_slides(journey: Journey, analysis: Analysis, path: str | os.PathLike[str], *,
                 lang: str = "en", redacted: bool = False) -> None:
    """Write the slides of ``journey`` (analysed in ``analysis``) to ``path`` atomically.

    Raises:
        OSError: the file cannot be written (its folder is missing, ...); nothing is written.
    """
    atomic_write_bytes(path, slides_bytes(journey, analysis, lang=lang, redacted=redacted))


def slides_bytes(journey: Journey, analysis: Analysis, *, lang: str = "en",
                 redacted: bool = False) -> bytes:
    """Return the deck as the bytes of a ``.pptx`` file."""
    lang = report.report_language(journey, lang)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(SLIDE_WIDTH), Pt(SLIDE_HEIGHT)
    properties = deck.core_properties
    properties.title = journey.title
    properties.subject = report.label(lang, "subject")
    properties.author = properties.last_modified_by = "JourneyMap"
    properties.language = {"en": "en-GB", "nl": "nl-NL"}[lang]
    _overview_slide(deck, journey, analysis, lang, redacted)
    for number, found in enumerate(analysis.top, start=1):
        _break_slide(deck, analysis, found, number, lang)
    _curve_slide(deck, journey, analysis, lang)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------- the slides


def _overview_slide(deck: Deck, journey: Journey, analysis: Analysis, lang: str,
                    redacted: bool) -> None:
    slide, top = _new_slide(deck, report.label(lang, "slide.overview"), journey.title, lang)
    figures = [f"{figure.label}: {figure.value}"
               for figure in report.key_figures(journey, analysis, lang)]
    figures.append(f"{report.label(lang, 'figures.breaks')}: {len(analysis.breaks)}")
    if redacted:
        figures.append(report.label(lang, "redacted"))
    line = "  ·  ".join(figures)
    height = len(_lines(line, SLIDE_WIDTH - 2 * MARGIN, SMALL_SIZE, bold=False)) * (
        SMALL_SIZE * LEADING) + 4  # the masking note may take a second line
    _text_box(slide, "Figures", MARGIN, top, SLIDE_WIDTH - 2 * MARGIN, height,
              [(line, False)], (SMALL_SIZE,), theme.MUTED, lang)
    area_top = top + height + 10
    if not journey.steps:
        _text_box(slide, "Empty", MARGIN, area_top, SLIDE_WIDTH - 2 * MARGIN, 60,
                  [(report.label(lang, "map.empty"), False)], BODY_SIZES, theme.INK, lang)
        return
    picture = overview_picture(journey, analysis, lang, SLIDE_WIDTH - 2 * MARGIN,
                               SLIDE_HEIGHT - MARGIN * 0.75 - area_top)
    _picture(slide, picture, area_top, f"{report.label(lang, 'overview')}: {journey.title}. "
             f"{report.label(lang, 'overview.caption')}")
    _notes(slide, [report.label(lang, "overview.caption")])


def _break_slide(deck: Deck, analysis: Analysis, found: Break, number: int, lang: str) -> None:
    eyebrow = f"{report.label(lang, 'top')}  ·  {number}/{len(analysis.top)}"
    indent = MARKER_SIZE + 16
    slide, top = _new_slide(deck, eyebrow, found.title, lang, indent=indent)
    _marker(slide, found, number, MARGIN, TITLE[0] + 2)
    top = max(top, TITLE[0] + MARKER_SIZE + 8)
    _text_box(slide, "Details", MARGIN + indent, top, SLIDE_WIDTH - 2 * MARGIN - indent, 26,
              [(report.break_details(found, lang), False)], (SMALL_SIZE,), theme.MUTED, lang)
    tip_top = top + 26 + 16
    _text_box(slide, "Tip", MARGIN + indent, tip_top, SLIDE_WIDTH - 2 * MARGIN - indent,
              SLIDE_HEIGHT - MARGIN - tip_top,
              [(f"{report.label(lang, 'tip')}: ", True), (found.tip, False)], BODY_SIZES,
              theme.INK, lang)
    findings = [analysis.findings[i] for i in found.finding_indexes
                if 0 <= i < len(analysis.findings)]
    _notes(slide, [f"– {f.message} ({report.finding_details(f, lang)})" for f in findings])


def _curve_slide(deck: Deck, journey: Journey, analysis: Analysis, lang: str) -> None:
    slide, area_top = _new_slide(deck, journey.title, report.label(lang, "slide.curve"), lang)
    area_top += 8
    caption_height = 30.0
    if not journey.steps:
        _text_box(slide, "Empty", MARGIN, area_top, SLIDE_WIDTH - 2 * MARGIN, 60,
                  [(report.label(lang, "map.empty"), False)], BODY_SIZES, theme.INK, lang)
        return
    height = SLIDE_HEIGHT - MARGIN - caption_height - 8 - area_top
    picture = curve_picture(analysis, SLIDE_WIDTH - 2 * MARGIN, height)
    _picture(slide, picture, area_top, f"{report.label(lang, 'curve')}: {journey.title}. "
             f"{report.label(lang, 'curve.caption')}")
    _text_box(slide, "Caption", MARGIN, SLIDE_HEIGHT - MARGIN - caption_height,
              SLIDE_WIDTH - 2 * MARGIN, caption_height,
              [(report.label(lang, "curve.caption"), False)], (SMALL_SIZE,), theme.MUTED, lang)


# --------------------------------------------------------------------------- the parts


def _new_slide(deck: Deck, eyebrow: str, title: str, lang: str, *,
               indent: float = 0.0) -> tuple[Slide, float]:
    """Add a slide with a line above its title and the title (a real title placeholder, so
    outlines, the slide sorter and screen readers name the slide); return it and where the
    content under the title starts (the title takes one or two lines)."""
    slide: Slide = deck.slides.add_slide(deck.slide_layouts[_TITLE_ONLY])
    line = ellipsize(eyebrow, SLIDE_WIDTH - 2 * MARGIN, SMALL_SIZE, pdf_measure())  # one line
    _text_box(slide, "Eyebrow", MARGIN, EYEBROW[0], SLIDE_WIDTH - 2 * MARGIN, EYEBROW[1],
              [(line, False)], (SMALL_SIZE,), theme.MUTED, lang)
    placeholder = slide.shapes.title
    assert placeholder is not None  # the layout has one
    placeholder.left, placeholder.top = Pt(MARGIN + indent), Pt(TITLE[0])
    width = SLIDE_WIDTH - 2 * MARGIN - indent
    # One line at a smaller size reads better than two at the largest.
    size = next((size for size in TITLE_SIZES
                 if len(_lines(title, width, size, bold=True)) == 1), None) or _fit(
        title, width, TITLE[1], TITLE_SIZES, bold=True)
    lines = min(len(_lines(title, width, size, bold=True)), MAX_TITLE_LINES)
    height = lines * size * LEADING + 4
    placeholder.width, placeholder.height = Pt(width), Pt(height)
    _fill(placeholder.text_frame, [(title, True)], size, theme.INK, lang)
    return slide, TITLE[0] + height + 6


def _text_box(slide: Slide, name: str, left: float, top: float, width: float, height: float,
              runs: Sequence[tuple[str, bool]], sizes: Sequence[float], colour: str,
              lang: str) -> None:
    """Add a named text box; its font size is the largest of ``sizes`` whose text fits."""
    box = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(height))
    box.name = name
    text = "".join(part for part, _ in runs)
    bold = len(runs) == 1 and runs[0][1]
    _fill(box.text_frame, runs, _fit(text, width, height, sizes, bold=bold), colour, lang)


def _fill(frame: TextFrame, runs: Sequence[tuple[str, bool]], size: float, colour: str,
          lang: str) -> None:
    """Put ``runs`` (text, bold) in ``frame`` as one paragraph at ``size``, top left, no margins."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = Emu(0)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    paragraph.line_spacing = 1.0  # single spacing: about 1.2 em, the LEADING fitted with
    for text, bold in runs:
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
        run.font.language_id = _LANGUAGES[lang]


def _fit(text: str, width: float, height: float, sizes: Sequence[float], *, bold: bool) -> float:
    """Return the largest of ``sizes`` at which ``text`` wrapped to ``width`` fits ``height``."""
    for size in sizes:
        if len(_lines(text, width, size, bold=bold)) * size * LEADING <= height:
            return size
    return sizes[-1]


def _lines(text: str, width: float, size: float, *, bold: bool) -> tuple[str, ...]:
    """Return ``text`` wrapped to ``width`` at ``size`` (measured in DejaVu Sans)."""
    return wrap_text(text, width, size, pdf_measure(bold=bold), max_lines=10**6)


def _picture(slide: Slide, picture: Picture, top: float, description: str) -> None:
    """Add ``picture`` centred across the slide at ``top``, with its alternative text."""
    left = (SLIDE_WIDTH - picture.width) / 2
    shape = slide.shapes.add_picture(io.BytesIO(picture.png), Pt(left), Pt(top),
                                     Pt(picture.width), Pt(picture.height))
    shape.name = "Picture"
    # python-pptx has no call for a picture's alternative text; it is the cNvPr's "descr".
    cast(Any, shape._element).nvPicPr.cNvPr.set("descr", description)


def _marker(slide: Slide, found: Break, number: int, left: float, top: float) -> None:
    """Add the break's marker: its severity's shape and colour with its number, as on the map."""
    shape_name = theme.SEVERITY_SHAPES[found.severity]
    marker = slide.shapes.add_shape(_SHAPES[shape_name], Pt(left), Pt(top), Pt(MARKER_SIZE),
                                    Pt(MARKER_SIZE))
    marker.name = "Marker"
    marker.fill.solid()
    marker.fill.fore_color.rgb = _rgb(theme.SEVERITY_COLOURS[found.severity])
    marker.line.fill.background()
    marker.shadow.inherit = False
    frame = marker.text_frame
    frame.margin_left = frame.margin_right = frame.margin_top = Emu(0)
    frame.margin_bottom = Pt(4 if shape_name == "triangle" else 0)
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM if shape_name == "triangle" else MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = str(number)
    run.font.size, run.font.bold = Pt(20), True
    run.font.color.rgb = _rgb(theme.SEVERITY_TEXT[found.severity])


def _rgb(colour: str) -> RGBColor:
    """Return ``#rrggbb`` as a python-pptx colour."""
    value = colour.lstrip("#")
    red, green, blue = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]  # untyped in 1.0


def _notes(slide: Slide, lines: Sequence[str]) -> None:
    """Put ``lines`` in the slide's speaker notes (what the presenter may say, not shown)."""
    if lines:
        frame = slide.notes_slide.notes_text_frame
        if frame is not None:
            frame.text = "\n".join(lines)
