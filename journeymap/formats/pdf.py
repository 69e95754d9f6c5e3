"""The PDF review report (reportlab platypus; no Qt).

``write_pdf`` builds the whole document in memory and writes it atomically. The document is
byte-identical between runs (``invariant``), so tests and diffs stay stable. Layout (A4 or A3
landscape, docs/report.md): page 1 tells the whole story (key figures, the overview map with a
linked marker per break, the curve, the top three improvements); then every break once with its
findings; for an actual journey compared with its plan, its deviations (``pdf_plan``); the map
in slices at print size; the step table and the scores per channel and phase.
Every page but the first carries the journey's title; every page its number.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from journeymap import __version__
from journeymap.core import theme
from journeymap.core.deviations import Comparison
from journeymap.core.findings import Analysis
from journeymap.core.layout import MapOptions, ellipsize, layout_map
from journeymap.core.model import Journey
from journeymap.formats import report
from journeymap.formats.atomic import atomic_write_bytes
from journeymap.formats.fonts import BOLD, REGULAR, pdf_measure, register_fonts
from journeymap.formats.pdf_breaks import BreakHeading, breaks_section
from journeymap.formats.pdf_front import SECTION_STYLE, front_page
from journeymap.formats.pdf_plan import plan_section
from journeymap.formats.pdf_sections import (
    make_styles,
    map_section,
    scores_section,
    steps_table,
)

PAPERS = {"a4": A4, "a3": A3}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 36.0, 50.0, 40.0


def write_pdf(journey: Journey, analysis: Analysis, path: str | os.PathLike[str], *,
              paper: str = "a4", redacted: bool = False,
              comparison: Comparison | None = None) -> None:
    """Write the review report of ``journey`` to ``path`` (atomically).

    Args:
        journey: the journey (already masked when personal data is to be left out).
        analysis: its analysis; the report is in the analysis's language.
        path: where to write the PDF.
        paper: ``"a4"`` or ``"a3"`` (landscape).
        redacted: personal data was masked; the footer says so.
        comparison: ``journey`` against its plan; the report then has a section "Planned and
            actual" after the breaks.
    """
    atomic_write_bytes(path, render_pdf(journey, analysis, paper=paper, redacted=redacted,
                                        comparison=comparison))


def render_pdf(journey: Journey, analysis: Analysis, *, paper: str = "a4",
               redacted: bool = False, comparison: Comparison | None = None) -> bytes:
    """Return the review report of ``journey`` as PDF bytes (see ``write_pdf``)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    lang = analysis.lang
    register_fonts()
    buffer = io.BytesIO()
    page_width, page_height = landscape(PAPERS[paper])
    doc = ReportDocument(
        buffer, pagesize=(page_width, page_height), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=journey.title,
        author=journey.author or "", subject=report.label(lang, "subject"),
        creator=f"JourneyMap {__version__}", producer=f"JourneyMap {__version__}",
        keywords=["customer journey", "JourneyMap"], lang=lang, invariant=1,
        initialFontName=REGULAR)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    header = ellipsize(journey.title, doc.width * 0.7, 7.5, pdf_measure())
    doc.addPageTemplates([
        PageTemplate("cover", frames=[frame], pagesize=(page_width, page_height)),
        PageTemplate("body", frames=[frame], pagesize=(page_width, page_height),
                     onPage=_running_header(header, lang)),
    ])
    story = _story(journey, analysis, lang, doc.width, doc.height, redacted=redacted,
                   comparison=comparison)
    doc.build(story, canvasmaker=numbered_canvas(lang, redacted))
    return buffer.getvalue()


def _story(journey: Journey, analysis: Analysis, lang: str, width: float, height: float, *,
           redacted: bool, comparison: Comparison | None = None) -> list[Flowable]:
    styles = make_styles()
    layout = layout_map(journey, analysis, measure=pdf_measure(), lang=lang,
                        options=map_options(len(journey.steps), width))
    story = front_page(journey, analysis, lang, styles, width, height, redacted=redacted)
    story += [NextPageTemplate("body"), PageBreak()]
    story += breaks_section(analysis, lang, styles)
    if comparison is not None:
        story += [PageBreak(), *plan_section(comparison, lang, styles, width)]
    story.append(PageBreak())
    story += map_section(journey, analysis, layout, lang, styles, width, height)
    if journey.steps:
        story.append(PageBreak())
        story += steps_table(journey, lang, styles, width, height)
        story += scores_section(journey, analysis, lang, styles, width)
    return story


def map_options(count: int, width: float, *, min_column: float = 95.0,
                max_column: float = 150.0) -> MapOptions:
    """Return map sizes whose columns fill the page width, the steps spread evenly over pages.

    At least ``min_column`` points per step keep four lines of 8 pt title legible in a card.
    """
    base = MapOptions(card_height=64.0, lane_height=76.0, title_lines=4)
    room = width - base.label_width
    per_page = max(1, int(room // min_column))
    pages = max(1, -(-count // per_page))
    per_page = max(1, -(-count // pages))
    column = min(max_column, room / per_page - 0.01)
    return replace(base, column_width=column, card_width=column - 14.0)


class ReportDocument(BaseDocTemplate):
    """The report's document: puts the title and every main heading in the PDF outline."""

    OUTLINE_STYLES = frozenset({"Title", "H1", SECTION_STYLE})

    def afterFlowable(self, flowable: Flowable) -> None:
        """Queue an outline entry for a main heading or a break (written when its page is)."""
        queue = getattr(self.canv, "queue_outline", None)
        if queue is None:
            return
        if isinstance(flowable, BreakHeading):
            # The frame's cursor (reportlab's private _y) is just below the heading.
            top = self.frame._y + flowable.height  # type: ignore[attr-defined]
            queue(flowable.outline_title, flowable.outline_key, 1, top)
        elif isinstance(flowable, Paragraph) and flowable.style.name in self.OUTLINE_STYLES:
            queue(flowable.getPlainText())


def _running_header(title: str, lang: str) -> Callable[[Canvas, Any], None]:
    def draw(canv: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        canv.saveState()
        canv.setFont(BOLD, 7.5)
        y = height - MARGIN_TOP + 22
        canv.setFillColorRGB(*theme.rgb(theme.INK))
        canv.drawString(MARGIN_X, y, title)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColorRGB(*theme.rgb(theme.MUTED))
        canv.drawRightString(width - MARGIN_X, y, report.label(lang, "eyebrow"))
        canv.setStrokeColorRGB(*theme.rgb(theme.GRID))
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, y - 6, width - MARGIN_X, y - 6)
        canv.restoreState()

    return draw


def numbered_canvas(lang: str, redacted: bool) -> type[Canvas]:
    """Return a canvas class that writes ``Page n of N`` once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._outline: list[tuple[str, str, int, float | None]] = []

        def queue_outline(self, title: str, key: str = "", level: int = 0,
                          top: float | None = None) -> None:
            """Add ``title`` to the outline at ``level``, pointing at the page being drawn.

            ``key`` names the destination (links elsewhere may point at it); ``top`` is the
            height on the page to show first, the page's top when ``None``.
            """
            self._outline.append((title, key, level, top))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._outline = []
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset

        def save(self) -> None:
            # Pages are written only now, when their count is known; so are the bookmarks,
            # which must point at the page being written.
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for position, (title, key, level, top) in enumerate(state["_outline"]):
                    key = key or f"p{number}h{position}"
                    if top is None:
                        self.bookmarkPage(key, fit="XYZ")
                    else:
                        self.bookmarkPage(key, fit="XYZ", top=top + 6)
                    self.addOutlineEntry(title, key, level=level)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize  # type: ignore[attr-defined]
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColorRGB(*theme.rgb(theme.MUTED))
            y = MARGIN_BOTTOM - 22
            self.drawRightString(width - MARGIN_X, y, report.label(
                lang, "page", number=self._pageNumber, total=total))  # type: ignore[attr-defined]
            left = report.label(lang, "generated")
            if redacted:
                left = f"{left}  ·  {report.label(lang, 'redacted')}"
            self.drawString(MARGIN_X, y, left)
            self.restoreState()

    return NumberedCanvas
