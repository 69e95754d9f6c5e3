"""Planned and actual in the review report: an actual journey's deviations from its plan.

One section (bookmarked like the others): the one-line summary, a legend, and a table with each
planned touchpoint in the order it happened (a missing one where the plan expected it) with its
fate and the actual steps that realised it, and the steps the customer improvised between them.
A fate is told by a marker's shape as well as its colour (circle completed, triangle failing,
dashed hollow square missing, diamond improvised) and by its name, so it reads in greyscale. The
markers, the stacked count bar and the legend are shared with the plan report (``pdf_plan_report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from journeymap.core import theme
from journeymap.core.deviations import Comparison, Deviation, DeviationKind
from journeymap.core.layout import Rect
from journeymap.core.plan_texts import comparison_summary, kind_label, plan_label
from journeymap.formats import report
from journeymap.formats.fonts import BOLD, REGULAR, pdf_measure
from journeymap.formats.pdf_map import Pen
from journeymap.formats.pdf_sections import MIN_TEXT_SIZE, Styles

#: A fate's marker shape; its colour is the plan row's (``theme.DEVIATION_BORDERS``).
DEVIATION_SHAPES: dict[DeviationKind, str] = {
    DeviationKind.COMPLETED: "circle",
    DeviationKind.FAILING: "triangle",
    DeviationKind.MISSING: "square",
    DeviationKind.AD_HOC: "diamond",
}
#: The order fates are listed in legends and count bars.
LEGEND_ORDER: tuple[DeviationKind, ...] = (
    DeviationKind.COMPLETED, DeviationKind.FAILING, DeviationKind.MISSING, DeviationKind.AD_HOC)
#: A faint violet behind an improvised step's row, so the steps the plan did not foresee stand out.
AD_HOC_ROW = "#F5F3FF"
MARKER = 8.0
#: Outline destination of the section (the heading is bookmarked by its style, ``H1``).
SECTION_KEY = "planned-and-actual"
#: The most step titles a deviation's row lists (a touchpoint a long journey realised hundreds of
#: times would otherwise make its row taller than a page, which a table cannot print).
TITLES_LISTED = 6


def draw_deviation_marker(pen: Pen, kind: DeviationKind, rect: Rect) -> None:
    """Draw the marker of ``kind`` in ``rect`` (layout coordinates)."""
    colour = theme.DEVIATION_BORDERS[kind.value]
    shape = DEVIATION_SHAPES[kind]
    x, y, right, bottom = rect.x, rect.y, rect.right, rect.bottom
    if shape == "circle":
        pen.circle(rect.center_x, rect.center_y, rect.width / 2, colour)
    elif shape == "triangle":
        pen.polygon(((rect.center_x, y), (right, bottom), (x, bottom)), colour)
    elif shape == "diamond":
        pen.polygon(((rect.center_x, y), (right, rect.center_y), (rect.center_x, bottom),
                     (x, rect.center_y)), colour)
    else:  # missing: a hollow, dashed square (nothing happened there)
        inset = 0.6
        pen.line(((x + inset, y + inset), (right - inset, y + inset),
                  (right - inset, bottom - inset), (x + inset, bottom - inset),
                  (x + inset, y + inset)), colour, 1.2, dash=(1.6, 1.0))


class MarkerFlowable(Flowable):
    """One fate's marker, the size of a line of table text."""

    def __init__(self, kind: DeviationKind, size: float = MARKER) -> None:
        super().__init__()
        self.kind, self.width, self.height = kind, size, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the marker's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the marker."""
        draw_deviation_marker(Pen(self.canv, self.height), self.kind,
                              Rect(0, 0, self.width, self.height))


class LegendStrip(Flowable):
    """The four fates in one line: marker and name each."""

    GAP, SPACE, SIZE = 4.0, 14.0, 7.5

    def __init__(self, lang: str, kinds: Sequence[DeviationKind] = LEGEND_ORDER) -> None:
        super().__init__()
        self.entries = [(kind, kind_label(kind, lang)) for kind in kinds]
        measure = pdf_measure()
        self.width = sum(MARKER + self.GAP + measure(text, self.SIZE) + self.SPACE
                         for _, text in self.entries) - self.SPACE
        self.height = 10.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the strip's size (one line)."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw every marker with its name."""
        pen, measure, x = Pen(self.canv, self.height), pdf_measure(), 0.0
        top = (self.height - MARKER) / 2
        for kind, text in self.entries:
            draw_deviation_marker(pen, kind, Rect(x, top, MARKER, MARKER))
            x += MARKER + self.GAP
            pen.text(x, top + MARKER - 1.0, text, self.SIZE, theme.INK)
            x += measure(text, self.SIZE) + self.SPACE


class CountBar(Flowable):
    """A horizontal bar stacked from completed, failing and missing counts (left to right).

    Each part is filled with its fate's colour; missing is left light and outlined dashed, as
    its marker is, so the parts differ in greyscale too. A part's count is written in it when
    it fits; the counts are written beside the bar as text anyway.
    """

    def __init__(self, counts: Sequence[tuple[DeviationKind, int]], width: float,
                 height: float = 9.0) -> None:
        super().__init__()
        self.counts = [(kind, count) for kind, count in counts if count > 0]
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the bar's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the parts, each in proportion to its count."""
        total = sum(count for _, count in self.counts)
        pen = Pen(self.canv, self.height)
        if not total:
            pen.rect(Rect(0, 0, self.width, self.height), theme.PAPER, theme.GRID, 0.5)
            return
        measure, x = pdf_measure(bold=True), 0.0
        for kind, count in self.counts:
            part = self.width * count / total
            rect = Rect(x, 0, part, self.height)
            if kind is DeviationKind.MISSING:
                pen.rect(rect, theme.RULE)
                pen.line(((rect.x + 0.4, 0.4), (rect.right - 0.4, 0.4),
                          (rect.right - 0.4, self.height - 0.4),
                          (rect.x + 0.4, self.height - 0.4), (rect.x + 0.4, 0.4)),
                         theme.DEVIATION_BORDERS[kind.value], 0.8, dash=(1.6, 1.0))
                ink = theme.INK
            else:
                pen.rect(rect, theme.DEVIATION_BORDERS[kind.value], theme.PAPER, 0.5)
                ink = theme.PAPER
            text = str(count)
            if measure(text, MIN_TEXT_SIZE) + 3 <= part:
                pen.text(rect.center_x, self.height - 2.2, text, MIN_TEXT_SIZE, ink, bold=True,
                         anchor="middle")
            x += part


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Return the style of the plan tables: DejaVu (a table's default Helvetica would not be
    embedded), a rule under the header and hairlines between rows, with ``commands`` added."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                       ("FONTSIZE", (0, 0), (-1, -1), MIN_TEXT_SIZE),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                       ("TOPPADDING", (0, 0), (-1, -1), 3),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(theme.INK)),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor(theme.GRID)), *commands])


def plan_section(comparison: Comparison, lang: str, styles: Styles,
                 width: float) -> list[Flowable]:
    """Return the section "Planned and actual" of an actual journey's review report."""
    heading = Paragraph(f"<a name='{SECTION_KEY}'/>{escape(plan_label(lang, 'section'))}",
                        styles.h1)
    intro = _p(plan_label(lang, "section.intro", plan=comparison.plan.title), styles.muted)
    summary = Paragraph(f"<font name='{BOLD}'>{escape(comparison_summary(comparison, lang))}"
                        "</font>", styles.body)
    story: list[Flowable] = [heading, intro, Spacer(1, 4), summary, Spacer(1, 5),
                             LegendStrip(lang), Spacer(1, 6)]
    if comparison.deviations:
        story.append(deviation_table(comparison, lang, styles, width))
    return story


def deviation_table(comparison: Comparison, lang: str, styles: Styles, width: float) -> Table:
    """Return the table of deviations in the order they happened (header repeated on a break)."""
    plan_numbers = {step.id: number for number, step in enumerate(comparison.plan.steps, 1)}
    plan_steps = {step.id: step for step in comparison.plan.steps}
    muted = ParagraphStyle("PlanCellMuted", parent=styles.cell, textColor=HexColor(theme.MUTED))
    bold = pdf_measure(bold=True)
    fate = max(bold(kind_label(kind, lang), styles.cell.fontSize) for kind in LEGEND_ORDER) + 10
    fixed = [8 + 8, fate, 88, 64]  # marker, fate, channel, steps
    rest = width - sum(fixed)
    widths = [fixed[0], fixed[1], rest * 0.5, fixed[2], fixed[3], rest * 0.5]
    head = [plan_label(lang, f"column.{key}")
            for key in ("fate", "touchpoint", "channel", "steps", "actual")]
    data: list[list[object]] = [[_p(head[0], styles.cell_head), "",
                                 *(_p(text, styles.cell_head) for text in head[1:])]]
    commands: list[tuple[Any, ...]] = [("SPAN", (0, 0), (1, 0)),
                                          ("LEFTPADDING", (0, 1), (0, -1), 4),
                                          ("RIGHTPADDING", (0, 1), (0, -1), 0),
                                          ("TOPPADDING", (0, 1), (0, -1), 3.8)]
    for row, deviation in enumerate(comparison.deviations, start=1):
        actual = [comparison.actual.steps[index] for index in deviation.actual_steps]
        if deviation.planned_step is not None:
            planned = plan_steps[deviation.planned_step]
            touchpoint = _p(f"{plan_numbers[planned.id]}. {planned.title}", styles.cell_bold)
        else:
            touchpoint = _p(plan_label(lang, "none"), muted)
        fate_style = styles.cell_bold if deviation.kind is DeviationKind.FAILING else styles.cell
        steps = _steps_text(deviation, lang)
        did = _did_text([step.title for step in actual], lang)
        data.append([MarkerFlowable(deviation.kind), _p(kind_label(deviation.kind, lang),
                                                        fate_style),
                     touchpoint, _p(report.channel_name(deviation.channel, lang), styles.cell),
                     _p(steps, styles.cell if actual else muted),
                     _p(did, styles.cell if actual else muted)])
        if deviation.kind is DeviationKind.AD_HOC:
            commands.append(("BACKGROUND", (0, row), (-1, row), HexColor(AD_HOC_ROW)))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _steps_text(deviation: Deviation, lang: str) -> str:
    """Return the step numbers of a deviation, at most ``report.STEPS_LISTED`` and how many more."""
    if not deviation.actual_steps:
        return plan_label(lang, "none")
    numbers = [str(number) for number in deviation.step_numbers]
    text = ", ".join(numbers[:report.STEPS_LISTED])
    if len(numbers) > report.STEPS_LISTED:
        text += " " + report.label(lang, "steps.more", more=len(numbers) - report.STEPS_LISTED)
    return f"{text} · {plan_label(lang, 'linked')}" if deviation.linked else text


def _did_text(titles: list[str], lang: str) -> str:
    """Return what the customer did at a touchpoint: its steps' titles, at most
    ``TITLES_LISTED`` of them and how many more (a row must never outgrow a page)."""
    if not titles:
        return plan_label(lang, "none")
    text = "; ".join(titles[:TITLES_LISTED])
    if len(titles) > TITLES_LISTED:
        text += "; " + plan_label(lang, "more.steps", more=len(titles) - TITLES_LISTED)
    return text


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)
