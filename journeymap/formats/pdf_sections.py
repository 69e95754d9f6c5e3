"""The parts of the PDF review report as platypus flowables: cover, findings, map, tables.

Every text size here is 7 pt or more, so the report stays legible when printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journeymap.core import theme
from journeymap.core.charts import BarRow, layout_bars
from journeymap.core.findings import Analysis, Severity
from journeymap.core.layout import MapLayout, TextMeasure, wrap_text
from journeymap.core.map_slices import plan_slices, slice_layout
from journeymap.core.model import Journey
from journeymap.formats import report
from journeymap.formats.fonts import BOLD, REGULAR, pdf_measure
from journeymap.formats.pdf_draw import MapFlowable, bars_flowable
from journeymap.formats.pdf_map import LegendFlowable, LegendTexts, slice_curve

MIN_TEXT_SIZE = 7.0
#: The most lines a step table cell holds (fewer when a page is lower than that).
MAX_CELL_LINES = 60

_Tile = tuple[str, str, str | None, Color]  # figure, label, figure colour, label colour


def _hex(colour: str) -> Color:
    return HexColor(colour)


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of the report (DejaVu Sans throughout)."""

    eyebrow: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    tip: ParagraphStyle


def make_styles() -> Styles:
    """Return the report's styles."""
    ink, muted = _hex(theme.INK), _hex(theme.MUTED)

    def style(name: str, size: float, leading: float, *, bold: bool = False, colour: Color = ink,
              **extra: Any) -> ParagraphStyle:
        assert size >= MIN_TEXT_SIZE, name
        # No space shrinkage: reportlab would otherwise let a ragged line run up to 5 % of its
        # spaces past the right edge (room meant for justified text).
        return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                              leading=leading, textColor=colour, spaceShrinkage=0.0, **extra)

    return Styles(
        eyebrow=style("Eyebrow", 9, 12, bold=True, colour=_hex(theme.ACCENT), spaceAfter=4),
        title=style("Title", 24, 29, bold=True, spaceAfter=10),
        h1=style("H1", 15, 19, bold=True, spaceAfter=6),
        h2=style("H2", 10.5, 14, bold=True, spaceBefore=8, spaceAfter=4),
        body=style("Body", 9, 12.5),
        small=style("Small", 8, 10.5),
        muted=style("Muted", 8, 10.5, colour=muted),
        label=style("Label", 7.5, 10, colour=muted),
        figure=style("Figure", 20, 23, bold=True),
        figure_label=style("FigureLabel", 7.5, 9.5, colour=muted),
        cell=style("Cell", 7.5, 9.4),
        cell_bold=style("CellBold", 7.5, 9.4, bold=True),
        cell_head=style("CellHead", 7.5, 9.4, bold=True, colour=muted),
        cell_centre=style("CellCentre", 7.5, 9.4, bold=True, alignment=TA_CENTER),
        cell_right=style("CellRight", 7.5, 9.4, alignment=TA_RIGHT),
        tip=style("Tip", 8.5, 11.8),
    )


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Return a table style with DejaVu as the table's own font.

    A Table sets its font even around Paragraph cells; the default, Helvetica, would otherwise be
    referenced in the PDF without being embedded.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                       ("FONTSIZE", (0, 0), (-1, -1), MIN_TEXT_SIZE), *commands])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


# --------------------------------------------------------------------------- the map


def map_section(journey: Journey, analysis: Analysis, layout: MapLayout, lang: str,
                styles: Styles, width: float, height: float) -> list[Flowable]:
    """Return the map pages: each a heading, a slice of the map, its curve and the legend.

    A slice shows only the lanes its own steps use; how many steps a slice holds follows from
    the paper (the columns of ``layout`` are sized to its width).
    """
    title = report.label(lang, "map")
    if not layout.cards:
        return [_p(title, styles.h1), _p(report.label(lang, "map.empty"), styles.body)]
    measure = pdf_measure()
    heading_height, legend_height, curve_height, gap = 26.0, 22.0, 84.0, 10.0
    room = height - heading_height - legend_height
    slices = plan_slices(layout, width, room)
    legend = LegendTexts(
        score=report.label(lang, "legend.score"), outcome=report.label(lang, "legend.outcome"),
        findings=report.label(lang, "legend.findings"),
        switch=report.label(lang, "legend.switch"),
        outcomes=(report.label(lang, "outcome.failed"), report.label(lang, "outcome.abandoned"),
                  report.label(lang, "outcome.pending")),
        severities=tuple(report.severity_label(s, lang).lower() for s in Severity))  # type: ignore[arg-type]
    story: list[Flowable] = []
    count = len(layout.cards)
    for number, part in enumerate(slices):
        parts = [report.label(lang, "map.part", first=part.first + 1, last=part.last,
                              count=count)]
        if part.lane_part:
            parts.append(report.label(lang, "map.lanes", part=part.lane_part[0],
                                      parts=part.lane_part[1]))
        heading = (f"{escape(title)}<font name='{REGULAR}' size='10' color='{theme.MUTED}'>"
                   f"  ·  {escape(', '.join(parts))}</font>")
        if number:
            story.append(PageBreak())
        sliced = slice_layout(layout, part, measure)
        story += [Paragraph(heading, styles.h1), MapFlowable(sliced)]
        if sliced.height + gap + curve_height <= room:  # the curve under the map, when it fits
            story += [Spacer(1, gap), slice_curve(layout, part, analysis.score, curve_height,
                                                  report.label(lang, "curve"))]
        story += [Spacer(1, 8), LegendFlowable(legend, width, measure)]
    return story


# --------------------------------------------------------------------------- tables


def _table_style(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, _hex(theme.INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, _hex(theme.GRID)),
    ]


def steps_table(journey: Journey, lang: str, styles: Styles, width: float,
                height: float) -> list[Flowable]:
    """Return the step table: number, phase, channel, title, score sign, outcome, note.

    Cells are plain text wrapped with the layout's ``wrap_text``, not Paragraphs: a table of
    hundreds of steps then builds several times faster and reads the same. A row cannot be
    split over pages, so a cell keeps as many lines as fit a page of ``height`` under the
    repeated header (a long interview note ends in an ellipsis there).
    """
    rows = report.step_rows(journey, lang)
    if not rows:
        return []
    size, leading, padding = 7.5, 9.4, 4.0
    regular, bold = pdf_measure(), pdf_measure(bold=True)
    widths: list[float] = [22, 92, 78, 190, 34, 72]
    widths.append(width - sum(widths))

    def lines(text: str, column: int, measure: TextMeasure, most: int) -> tuple[str, ...]:
        return wrap_text(text, widths[column] - 2 * padding, size, measure, most)

    head = [report.label(lang, f"table.{key}") for key in
            ("number", "phase", "channel", "title", "score", "outcome", "note")]
    head_lines = [lines(text, column, bold, MAX_CELL_LINES) for column, text in enumerate(head)]
    head_height = max(len(cell) for cell in head_lines) * leading + 2 * padding
    most = max(1, min(MAX_CELL_LINES, int((height - head_height - 2 * padding - 1) // leading)))

    def cell(text: str, column: int, measure: TextMeasure = regular) -> str:
        return "\n".join(lines(text, column, measure, most))

    data: list[list[object]] = [["\n".join(cell) for cell in head_lines]]
    commands = [*_table_style(), ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), leading),
                ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (3, 1), (4, -1), BOLD),
                ("TEXTCOLOR", (0, 0), (-1, -1), _hex(theme.INK)),
                ("TEXTCOLOR", (0, 0), (-1, 0), _hex(theme.MUTED)),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "CENTER")]
    for position, row in enumerate(rows, start=1):
        data.append([str(row.number), cell(row.phase, 1), cell(row.channel, 2),
                     cell(row.title, 3, bold), row.sign,
                     cell(row.outcome, 5, bold if row.failed else regular), cell(row.note, 6)])
        commands += [("BACKGROUND", (4, position), (4, position),
                      _hex(theme.score_colour(row.score))),
                     ("TEXTCOLOR", (4, position), (4, position),
                      _hex(theme.score_text_colour(row.score)))]
        if row.failed:
            commands.append(("FONTNAME", (5, position), (5, position), BOLD))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_style(commands))
    return [_p(report.label(lang, "table.steps"), styles.h1), table]


def _group_table(title: str, first_column: str, rows: Sequence[report.GroupRow], lang: str,
                 styles: Styles, width: float) -> list[Flowable]:
    head = [first_column, report.label(lang, "table.steps"), report.label(lang, "table.total"),
            report.label(lang, "table.mean")]
    right_head = ParagraphStyle("CellHeadRight", parent=styles.cell_head, alignment=TA_RIGHT)
    data: list[list[object]] = [[_p(text, styles.cell_head if column == 0 else right_head)
                                 for column, text in enumerate(head)]]
    commands = _table_style()
    for position, row in enumerate(rows, start=1):
        mean_score = max(-2, min(2, round(row.mean)))
        data.append([_p(row.name, styles.cell), _p(str(row.steps), styles.cell_right),
                     _p(report.format_total(row.total), styles.cell_right),
                     _p(report.format_number(row.mean, lang), styles.cell_right)])
        commands.append(("LINEBEFORE", (0, position), (0, position), 3,
                         _hex(theme.score_colour(mean_score))))
    table = Table(data, colWidths=[width - 150, 46, 50, 54], repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(commands))
    bars = [BarRow(row.name, row.mean, report.format_number(row.mean, lang)) for row in rows]
    chart = bars_flowable(layout_bars(bars, width, pdf_measure(), figures_width=40.0))
    return [_p(title, styles.h2), chart, Spacer(1, 8), table]


def scores_section(journey: Journey, analysis: Analysis, lang: str, styles: Styles,
                   width: float) -> list[Flowable]:
    """Return the scores per channel and per phase, side by side: a bar chart of the means
    (read at a glance), and under it the table with the figures."""
    half = (width - 24) / 2
    left = _group_table(report.label(lang, "by_channel"), report.label(lang, "table.channel"),
                        report.channel_rows(analysis, lang), lang, styles, half)
    phases = report.phase_rows(journey, analysis, lang)
    right = (_group_table(report.label(lang, "by_phase"), report.label(lang, "table.phase"),
                          phases, lang, styles, half) if phases else [])
    table = Table([[left, right]], colWidths=[half + 24, half])
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    # A main heading, so that the section has its bookmark in the outline.
    heading = _p(report.label(lang, "scores"), styles.h1)
    return [Spacer(1, 12), CondPageBreak(180), heading, table]
