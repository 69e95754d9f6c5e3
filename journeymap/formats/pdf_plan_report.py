"""The plan report: a planned journey against the actual journeys customers lived (PDF, no Qt).

For a channel owner who asks where the designed service breaks in practice: the key figures;
per planned touchpoint, in plan order, how many of the actual journeys completed it, failed at
it or missed it (a stacked bar and the three counts); and per actual journey one line (how much
of the plan happened, what failed, what was improvised) with its fates as a strip of markers.
The markers, legend and bars are ``pdf_plan``'s, so the report reads like the deviation section
of a journey's own report. A4 or A3 landscape; every heading is bookmarked; text is 7 pt or more.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journeymap import __version__
from journeymap.core import theme
from journeymap.core.deviations import (
    TOUCHPOINT_KINDS,
    Comparison,
    DeviationKind,
    compare,
    touchpoint_counts,
)
from journeymap.core.layout import Rect
from journeymap.core.model import Journey
from journeymap.core.plan_texts import comparison_summary, kind_label, plan_label
from journeymap.formats import report
from journeymap.formats.atomic import atomic_write_bytes
from journeymap.formats.fonts import REGULAR, register_fonts
from journeymap.formats.pdf import (
    MARGIN_BOTTOM,
    MARGIN_X,
    PAPERS,
    ReportDocument,
    numbered_canvas,
)
from journeymap.formats.pdf_map import Pen
from journeymap.formats.pdf_plan import (
    CountBar,
    LegendStrip,
    draw_deviation_marker,
    table_style,
)
from journeymap.formats.pdf_sections import Styles, make_styles


def write_plan_report(path: str | os.PathLike[str], plan: Journey, actuals: Sequence[Journey],
                      *, lang: str, paper: str = "a4", redacted: bool = False) -> None:
    """Write the plan report of ``plan`` over ``actuals`` to ``path`` (atomically).

    Args:
        path: where to write the PDF.
        plan: the planned journey.
        actuals: its actual journeys, each compared with it (``core.deviations.compare``).
        lang: the report's language (``en`` or ``nl``).
        paper: ``"a4"`` or ``"a3"`` (landscape).
        redacted: personal data was masked; the footer says so.
    """
    comparisons = tuple(compare(plan, actual) for actual in actuals)
    write_compared_plan_report(path, plan, comparisons, lang=lang, paper=paper,
                               redacted=redacted)


def write_compared_plan_report(path: str | os.PathLike[str], plan: Journey,
                               comparisons: Sequence[Comparison], *, lang: str,
                               paper: str = "a4", redacted: bool = False) -> None:
    """Write the plan report from comparisons made already (see ``write_plan_report``)."""
    atomic_write_bytes(path, render_plan_report(plan, comparisons, lang=lang, paper=paper,
                                                redacted=redacted))


def render_plan_report(plan: Journey, comparisons: Sequence[Comparison], *, lang: str,
                       paper: str = "a4", redacted: bool = False) -> bytes:
    """Return the plan report as PDF bytes, the same bytes for the same input."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(PAPERS[paper])
    # The report's own document and canvas: the same outline, the same "Page n of N" footer.
    doc = ReportDocument(
        buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_BOTTOM, bottomMargin=MARGIN_BOTTOM, title=plan.title,
        author=plan.author or "", subject=plan_label(lang, "plan.subject"),
        creator=f"JourneyMap {__version__}", producer=f"JourneyMap {__version__}", lang=lang,
        invariant=1, initialFontName=REGULAR)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", frames=[frame], pagesize=size)])
    doc.build(_story(plan, comparisons, lang, make_styles(), doc.width),
              canvasmaker=numbered_canvas(lang, redacted))
    return buffer.getvalue()


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _story(plan: Journey, comparisons: Sequence[Comparison], lang: str, styles: Styles,
           width: float) -> list[Flowable]:
    count = len(comparisons)
    intro = (plan_label(lang, "plan.intro.one") if count == 1
             else plan_label(lang, "plan.intro", count=count))
    context = report.context_line(plan, lang)
    story: list[Flowable] = [_p(plan_label(lang, "plan.eyebrow"), styles.eyebrow),
                             _p(plan.title, styles.title), _p(intro, styles.body)]
    if context:
        story.append(_p(context, styles.muted))
    story += [Spacer(1, 8), _figures(plan, comparisons, lang, styles, width), Spacer(1, 12)]
    story += _touchpoints(plan, comparisons, lang, styles, width)
    story += [Spacer(1, 14), *_journeys(comparisons, lang, styles, width)]
    return story


def _figures(plan: Journey, comparisons: Sequence[Comparison], lang: str, styles: Styles,
             width: float) -> Table:
    counts = touchpoint_counts(plan, comparisons)
    everywhere = sum(1 for item in counts if comparisons and item.completed == item.journeys)
    improvised = sum(item.count(DeviationKind.AD_HOC) for item in comparisons)
    figures = [(str(len(plan.steps)), "plan.figures.touchpoints"),
               (str(len(comparisons)), "plan.figures.journeys"),
               (str(everywhere), "plan.figures.completed"),
               (str(improvised), "plan.figures.improvised")]
    cells = [[_p(value, styles.figure), _p(plan_label(lang, key), styles.figure_label)]
             for value, key in figures]
    table = Table([cells], colWidths=[min(150.0, width / 4)] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _touchpoints(plan: Journey, comparisons: Sequence[Comparison], lang: str, styles: Styles,
                 width: float) -> list[Flowable]:
    story: list[Flowable] = [_p(plan_label(lang, "plan.touchpoints"), styles.h1)]
    if not plan.steps:
        return [*story, _p(plan_label(lang, "plan.touchpoints.none"), styles.body)]
    story += [_p(plan_label(lang, "plan.touchpoints.intro"), styles.muted), Spacer(1, 4),
              LegendStrip(lang, TOUCHPOINT_KINDS), Spacer(1, 6)]
    right_head = ParagraphStyle("PlanHeadRight", parent=styles.cell_head, alignment=TA_RIGHT)
    right = ParagraphStyle("PlanCellRight", parent=styles.cell, alignment=TA_RIGHT)
    # A touchpoint that failed somewhere reads bold in its failing count.
    right_bold = ParagraphStyle("PlanCellRightBold", parent=styles.cell_bold, alignment=TA_RIGHT)
    numbers = [22.0, 0.0, 96.0, 0.0, 58.0, 58.0, 58.0]
    bar = min(220.0, (width - sum(numbers)) * 0.4)
    numbers[3] = bar
    numbers[1] = width - sum(numbers)
    head: list[object] = [
        _p(plan_label(lang, "plan.column.number"), right_head),
        _p(plan_label(lang, "plan.column.touchpoint"), styles.cell_head),
        _p(plan_label(lang, "plan.column.channel"), styles.cell_head),
        _p(plan_label(lang, "plan.column.bar"), styles.cell_head),
        *(_p(kind_label(kind, lang).capitalize(), right_head) for kind in TOUCHPOINT_KINDS)]
    data: list[list[object]] = [head]
    for number, item in enumerate(touchpoint_counts(plan, comparisons), start=1):
        values = (item.completed, item.failing, item.missing)
        data.append([
            _p(str(number), right), _p(item.title, styles.cell_bold),
            _p(report.channel_name(item.channel, lang), styles.cell),
            CountBar(list(zip(TOUCHPOINT_KINDS, values, strict=True)), bar - 8),
            *(_p(str(value), right_bold if value and kind is DeviationKind.FAILING else right)
              for kind, value in zip(TOUCHPOINT_KINDS, values, strict=True))])
    table = Table(data, colWidths=numbers, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([("TOPPADDING", (3, 1), (3, -1), 3.6)]))
    return [*story, table]


#: The width of a journey's strip of fates, and the most markers it shows: eight lines of them.
#: A journey of a thousand steps has hundreds of fates; drawn all, its row grew taller than a
#: page, which a table cannot print. The summary beside the strip counts them all anyway.
STRIP_WIDTH = 150.0
STRIP_MARKERS = 8 * 14


class DeviationStrip(Flowable):
    """One journey's fates in the order they happened, as a row of markers (wrapping)."""

    SIZE, GAP = 7.5, 2.5

    def __init__(self, kinds: Sequence[DeviationKind]) -> None:
        super().__init__()
        self.kinds = tuple(kinds)
        self.per_line = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fit as many markers per line as the width takes."""
        step = self.SIZE + self.GAP
        self.per_line = max(1, int((available_width + self.GAP) // step))
        lines = max(1, -(-len(self.kinds) // self.per_line))
        self.width = min(len(self.kinds), self.per_line) * step
        self.height = lines * step - self.GAP
        return self.width, self.height

    def draw(self) -> None:
        """Draw the markers line by line."""
        pen, step = Pen(self.canv, self.height), self.SIZE + self.GAP
        for position, kind in enumerate(self.kinds):
            line, column = divmod(position, self.per_line)
            draw_deviation_marker(pen, kind, Rect(column * step, line * step, self.SIZE,
                                                  self.SIZE))


def _journeys(comparisons: Sequence[Comparison], lang: str, styles: Styles,
              width: float) -> list[Flowable]:
    story: list[Flowable] = [_p(plan_label(lang, "plan.journeys"), styles.h1)]
    if not comparisons:
        return [*story, _p(plan_label(lang, "plan.journeys.none"), styles.body)]
    story += [_p(plan_label(lang, "plan.journeys.intro"), styles.muted), Spacer(1, 4),
              LegendStrip(lang), Spacer(1, 6)]
    right = ParagraphStyle("PlanNumber", parent=styles.cell, alignment=TA_RIGHT)
    title = min(260.0, (width - 22 - STRIP_WIDTH) * 0.4)
    widths = [22.0, title, width - 22 - title - STRIP_WIDTH, STRIP_WIDTH]
    data: list[list[object]] = [[
        _p(plan_label(lang, "plan.column.number"), ParagraphStyle(
            "PlanHeadNumber", parent=styles.cell_head, alignment=TA_RIGHT)),
        _p(plan_label(lang, "plan.column.journey"), styles.cell_head),
        _p(plan_label(lang, "plan.column.summary"), styles.cell_head), ""]]
    muted = ParagraphStyle("PlanStripMore", parent=styles.cell, textColor=HexColor(theme.MUTED))
    for number, comparison in enumerate(comparisons, start=1):
        kinds = [d.kind for d in comparison.deviations]
        strip: list[Flowable] = [DeviationStrip(kinds[:STRIP_MARKERS])]
        if len(kinds) > STRIP_MARKERS:
            strip.append(_p(plan_label(lang, "more.fates", more=len(kinds) - STRIP_MARKERS),
                            muted))
        data.append([_p(str(number), right), _p(comparison.actual.title, styles.cell_bold),
                     _p(comparison_summary(comparison, lang), styles.cell), strip])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([("SPAN", (2, 0), (3, 0)), ("TOPPADDING", (3, 1), (3, -1), 4)]))
    return [*story, table]
