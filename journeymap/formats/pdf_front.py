"""Page 1 of the review report: the whole story on one page (docs/report.md, "Page 1").

Title and context, the key figures, the overview map of every step with a numbered marker per
break (each a link to its break's heading) and the score curve under it on the same columns,
and the top three improvements as headlines with their tip. The parts of fixed height are
measured first; the overview and the curve share what is left, so page 1 is always one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from journeymap.core import theme
from journeymap.core.findings import Analysis, Break, Severity
from journeymap.core.layout import Rect, TextMeasure, wrap_text
from journeymap.core.legend import LegendEntry, layout_legend
from journeymap.core.map_drawing import Surface, draw_break_marker
from journeymap.core.model import Journey
from journeymap.core.overview import OverviewOptions, layout_overview
from journeymap.formats import report
from journeymap.formats.fonts import BOLD, REGULAR, pdf_measure
from journeymap.formats.pdf_breaks import break_key
from journeymap.formats.pdf_draw import OverviewFlowable, legend_flowable
from journeymap.formats.pdf_map import CurveFlowable, Pen
from journeymap.formats.pdf_sections import Styles

#: Height of the curve under the overview, and the least height the overview keeps per lane
#: before the curve gives way to it.
CURVE_HEIGHT = 72.0
MIN_LANE = 30.0
#: The overview's widest: about 80 % of A3 landscape's width (A4 gives it its whole frame), and
#: its widest step column, so that a short journey spreads over that width too.
OVERVIEW_WIDTH = 960.0
OVERVIEW_COLUMN = 60.0
#: The style name of page 1's section headings; the outline lists them.
SECTION_STYLE = "FrontSection"
#: Room kept free below the measured parts, for reportlab's rounding.
SLACK = 6.0


def front_page(journey: Journey, analysis: Analysis, lang: str, styles: Styles, width: float,
               height: float, *, redacted: bool) -> list[Flowable]:
    """Return page 1: title, context, key figures, overview and curve, top improvements."""
    measure = pdf_measure()
    title_style = ParagraphStyle("Title", parent=styles.title, fontSize=20, leading=24,
                                 spaceAfter=3)
    head: list[Flowable] = [_p(report.label(lang, "eyebrow"), styles.eyebrow),
                            _p(journey.title, title_style)]
    context = report.context_line(journey, lang)
    if redacted:
        context = "  ·  ".join(filter(None, (context, report.label(lang, "redacted"))))
    if context:
        head.append(_p(context, styles.muted))
    head += [Spacer(1, 8), FiguresStrip(journey, analysis, lang, width, measure), Spacer(1, 6)]
    overview_heading = _p(report.label(lang, "overview"), section_style(styles))
    legend = legend_flowable(layout_legend(legend_entries(lang), width, measure))
    top_part = top_section(analysis, lang, styles, width)
    fixed = [*head, overview_heading, Spacer(1, 4), legend, Spacer(1, 4), *top_part]
    room = height - sum(_height(f, width, height) for f in fixed) - SLACK
    if not journey.steps:
        return [*head, *top_part]
    breaks = report.report_breaks(analysis)
    lanes = len({step.channel for step in journey.steps})
    curve = CURVE_HEIGHT if room - CURVE_HEIGHT >= lanes * MIN_LANE + 12 else 0.0
    overview = layout_overview(journey, breaks, min(width, OVERVIEW_WIDTH),
                               max(12.0, room - curve), measure=measure, lang=lang,
                               options=OverviewOptions(max_column=OVERVIEW_COLUMN))
    story: list[Flowable] = [*head, overview_heading,
                             OverviewFlowable(overview, lambda n: break_key(n))]
    if curve:
        story.append(CurveFlowable(analysis.score, overview.width, curve,
                                   column_centers=overview.column_centers(),
                                   plot_left=overview.options.label_width,
                                   caption=report.label(lang, "curve")))
    return [*story, Spacer(1, 4), legend, Spacer(1, 4), *top_part]


def legend_entries(lang: str) -> tuple[LegendEntry, ...]:
    """Return the overview's legend: score colours, break shapes and the channel switch."""
    entries = [LegendEntry("", text=report.label(lang, "legend.score"))]
    entries += [LegendEntry("badge", str(score)) for score in (-2, -1, 0, 1, 2)]
    entries.append(LegendEntry("", text=report.label(lang, "legend.breaks")))
    entries += [LegendEntry("marker", theme.SEVERITY_SHAPES[s],
                            report.severity_label(s, lang).lower()) for s in Severity]
    entries.append(LegendEntry("switch", text=report.label(lang, "legend.switch")))
    return tuple(entries)


def top_section(analysis: Analysis, lang: str, styles: Styles,
                width: float) -> list[Flowable]:
    """Return the top improvements' heading and the improvements side by side."""
    heading = _p(report.label(lang, "top"), section_style(styles))
    if not analysis.top:
        return [heading, _p(report.label(lang, "findings.none"), styles.body)]
    return [heading, TopRow(analysis.top, lang, styles, width)]


def section_style(styles: Styles) -> ParagraphStyle:
    """Return the style of page 1's section headings (named for the PDF outline)."""
    return ParagraphStyle(SECTION_STYLE, parent=styles.h2, spaceBefore=6, spaceAfter=3)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _height(flowable: Flowable, width: float, height: float) -> float:
    _, used = flowable.wrap(width, height)
    return float(used + flowable.getSpaceBefore() + flowable.getSpaceAfter())


# --------------------------------------------------------------------------- key figures


@dataclass(frozen=True, slots=True)
class _Figure:
    value: str
    label: str
    accent: str | None
    severity: Severity | None = None


class FiguresStrip(Flowable):
    """The key figures in one row: steps, net score, plus, minus, breaks per severity.

    A break tile shows its severity's marker shape, so the row reads in greyscale too.
    """

    VALUE_SIZE, LABEL_SIZE, LEADING = 16.0, 7.5, 9.0

    def __init__(self, journey: Journey, analysis: Analysis, lang: str, width: float,
                 measure: TextMeasure) -> None:
        super().__init__()
        figures = [_Figure(f.value, f.label,
                           theme.score_colour(f.score) if f.score is not None else None)
                   for f in report.key_figures(journey, analysis, lang)]
        counts = report.break_counts(analysis)
        breaks = report.label(lang, "figures.breaks")
        figures += [_Figure(str(counts[s]),
                            f"{breaks} · {report.severity_label(s, lang).lower()}",
                            theme.SEVERITY_COLOURS[s], s) for s in Severity]
        self.figures, self.measure = figures, measure
        self.width = width
        self.tile = width / len(figures)
        self.labels = [wrap_text(f.label, self._label_width(f), self.LABEL_SIZE, measure, 2)
                       for f in figures]
        self.height = self.VALUE_SIZE + 4 + 2 * self.LEADING

    def _label_width(self, figure: _Figure) -> float:
        return self.tile - 12 - (13 if figure.severity is not None else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the strip's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the strip on the canvas."""
        self.paint(Pen(self.canv, self.height))

    def paint(self, pen: Surface) -> None:
        """Draw each tile: an accent bar, the value, its label (with a shape for breaks)."""
        for position, (figure, lines) in enumerate(zip(self.figures, self.labels, strict=True)):
            x = position * self.tile
            if figure.accent:
                pen.rect(Rect(x, 1, 2.5, self.height - 2), figure.accent)
            pen.text(x + 8, self.VALUE_SIZE, figure.value, self.VALUE_SIZE, theme.INK, bold=True)
            text_x = x + 8
            y = self.VALUE_SIZE + 4 + self.LABEL_SIZE
            if figure.severity is not None:
                box = Rect(text_x, y - self.LABEL_SIZE - 0.5, 10, 10)
                draw_break_marker(pen, box, theme.SEVERITY_SHAPES[figure.severity],
                                  figure.severity, "")
                text_x += 13
            for line in lines:
                pen.text(text_x, y, line, self.LABEL_SIZE, theme.MUTED)
                y += self.LEADING


# --------------------------------------------------------------------------- top three


class ImprovementCard:
    """One top improvement: its marker (shape, colour, number), headline, steps and tip."""

    GUTTER = 22.0
    MARKER = 15.0

    def __init__(self, number: int, found: Break, lang: str, styles: Styles) -> None:
        self.number, self.found = number, found
        headline = ParagraphStyle("TopHeadline", parent=styles.body, fontName=BOLD,
                                  fontSize=9.5, leading=12)
        tip = (f"<font name='{BOLD}'>{escape(report.label(lang, 'tip'))}:</font> "
               f"{escape(found.tip)}")
        self.parts: list[tuple[Paragraph, float]] = [
            (Paragraph(f"<a href='#{break_key(number)}'>{escape(found.title)}</a>", headline),
             2.0),
            (_p(report.break_details(found, lang), styles.label), 3.0),
            (Paragraph(tip, ParagraphStyle("TopTip", parent=styles.small, fontName=REGULAR)),
             0.0),
        ]
        self.heights: list[float] = []

    def wrap(self, width: float) -> float:
        """Wrap the paragraphs to ``width`` (the marker's gutter left out); return the height."""
        self.heights = [paragraph.wrap(width - self.GUTTER, 10**6)[1] + gap
                        for paragraph, gap in self.parts]
        return sum(self.heights)

    def draw_on(self, canv: Canvas, x: float, top: float) -> None:
        """Draw the card with its top left at ``(x, top)`` on the canvas."""
        pen = Pen(canv, top, dx=-x)
        draw_break_marker(pen, Rect(0, 0, self.MARKER, self.MARKER),
                          theme.SEVERITY_SHAPES[self.found.severity], self.found.severity,
                          str(self.number))
        y = top
        for (paragraph, gap), height in zip(self.parts, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canv, x + self.GUTTER, y + gap)


class TopRow(Flowable):
    """The top improvements side by side, one column each, as tall as the tallest."""

    GAP = 18.0

    def __init__(self, top: Sequence[Break], lang: str, styles: Styles, width: float) -> None:
        super().__init__()
        self.cards = [ImprovementCard(rank, found, lang, styles)
                      for rank, found in enumerate(top, start=1)]
        self.width = width
        self.column = (width - self.GAP * 2) / 3
        self.height = max(card.wrap(self.column) for card in self.cards)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the row's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw every card in its column."""
        for position, card in enumerate(self.cards):
            card.draw_on(self.canv, position * (self.column + self.GAP), self.height)

    def texts(self) -> list[Paragraph]:
        """Return every paragraph of the row (for the layout check)."""
        return [paragraph for card in self.cards for paragraph, _ in card.parts]

