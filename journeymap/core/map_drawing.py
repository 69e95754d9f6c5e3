"""Draw the elements of the map and the score curve once, for every vector painter.

The PDF (reportlab) and the SVG writer both paint ``core.layout`` through a small ``Surface``:
a handful of primitives in layout coordinates (points, origin top left, y down). Each map
element's drawing sequence lives here once; a painter's own flavour (SVG groups and tooltips,
the PDF's clipped card bar) is a primitive of its surface. The screen painter
(``ui.map_paint``) is tuned for the display and keeps its own code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from journeymap.core import theme
from journeymap.core.charts import BarChart
from journeymap.core.findings import Finding, Severity
from journeymap.core.layout import (
    Arrow,
    CardBox,
    ColumnHeader,
    CurveLayout,
    FindingMarker,
    LaneBox,
    MapLayout,
    MapOptions,
    PhaseBand,
    Rect,
    arrow_head,
    marker_glyph_baseline,
    marker_polygon,
)
from journeymap.core.legend import LegendLayout
from journeymap.core.model import display_sign, score_sign
from journeymap.core.overview import OverviewLayout

Point = tuple[float, float]

#: Dash pattern (on, off) of a channel-switch arrow.
SWITCH_DASH: tuple[float, float] = (3.0, 1.6)
#: Size of an arrow head, in points.
ARROW_HEAD = 5.0
#: Font size of the ``!`` in a finding marker.
MARKER_GLYPH_SIZE = 7.0


class Surface(Protocol):
    """What a painter offers the shared drawing code (layout coordinates, colours as ``#rrggbb``).

    Text is placed by its baseline; ``anchor`` is ``start``, ``middle`` or ``end``.
    """

    def rect(self, rect: Rect, fill: str, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0) -> None:
        """Draw a (rounded) rectangle."""

    def line(self, points: Sequence[Point], colour: str, width: float,
             dash: Sequence[float] | None = None) -> None:
        """Stroke a polyline, optionally dashed (on, off lengths)."""

    def polygon(self, points: Sequence[Point], fill: str, stroke: str | None = None,
                width: float = 0.8) -> None:
        """Fill (and optionally stroke) a closed polygon."""

    def circle(self, cx: float, cy: float, radius: float, fill: str, stroke: str | None = None,
               width: float = 0.8) -> None:
        """Fill (and optionally stroke) a circle."""

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        """Draw one line of text with its baseline at ``y``."""

    def top_bar(self, rect: Rect, colour: str) -> None:
        """Draw the thin score-coloured bar along the rounded top edge of the card ``rect``."""

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        """Start a group of drawing that is one thing to a reader (a step, a finding)."""

    def end_group(self) -> None:
        """End the group started last."""


# --------------------------------------------------------------------------- map elements


def draw_lane(surface: Surface, lane: LaneBox, options: MapOptions, *,
              span: tuple[float, float] | None = None) -> None:
    """Draw a lane's tinted band with its separator, and its label column.

    Args:
        surface: where to draw.
        lane: the lane.
        options: the map's sizes.
        span: ``(x0, x1)`` of the band (a page of the map shows only some columns); the whole
            lane by default.
    """
    x0, x1 = span or (lane.rect.x, lane.rect.right)
    tint = theme.LANE_TINTS[lane.mode]
    box = lane.label_rect
    if x0 > box.x:  # the band does not cover the label column
        surface.rect(box, tint)
    surface.rect(Rect(x0, lane.rect.y, x1 - x0, lane.rect.height), tint)
    surface.line([(x0, lane.rect.bottom), (x1, lane.rect.bottom)], theme.PAPER, 2.0)
    surface.rect(Rect(box.x, box.y + 1, 3.0, box.height - 2), theme.LANE_STRIPES[lane.mode])
    x = box.x + 3 + 2 * options.padding
    block = len(lane.label_lines) * options.label_size * 1.2 + options.mode_size * 1.3
    y = box.center_y - block / 2 + options.label_size
    for line in lane.label_lines:
        surface.text(x, y, line, options.label_size, theme.INK, bold=True)
        y += options.label_size * 1.2
    surface.text(x, y + options.mode_size * 0.15, lane.mode_label, options.mode_size,
                 theme.MUTED)


def draw_phase(surface: Surface, band: PhaseBand, position: int, options: MapOptions, *,
               rect: Rect | None = None, label: str | None = None) -> None:
    """Draw a phase band; ``position`` (its order) alternates the tint.

    ``rect`` and ``label`` replace the band's own when a page shows only part of it.
    """
    rect = rect or band.rect
    surface.rect(rect, theme.PHASE_FILLS[position % 2], radius=3)
    surface.text(rect.x + options.padding, rect.center_y + options.phase_size * 0.36,
                 band.label if label is None else label, options.phase_size, theme.PHASE_TEXT,
                 bold=True)


def draw_step_number(surface: Surface, header: ColumnHeader, options: MapOptions) -> None:
    """Draw the step number above its column."""
    surface.text(header.rect.center_x, header.rect.center_y + options.number_size * 0.36,
                 header.label, options.number_size, theme.MUTED, anchor="middle")


def draw_card(surface: Surface, card: CardBox, options: MapOptions, *,
              more_tip: str = "") -> None:
    """Draw a step card: title lines, score bar and badge with the sign, outcome mark, and
    the ``+n`` count of findings without a marker (``more_tip`` names them on hover)."""
    colour = theme.score_colour(card.score)
    surface.begin_group("step", {"data-step": str(card.index + 1)},
                        f"{card.index + 1}. {card.title}")
    surface.rect(card.rect, theme.CARD_FILL, theme.CARD_BORDER, 0.7, radius=4)
    surface.top_bar(card.rect, colour)
    for line, baseline in zip(card.title_lines, card.title_baselines, strict=True):
        surface.text(card.title_x, baseline, line, card.title_size, theme.INK)
    badge = card.badge_rect
    surface.rect(badge, colour, radius=3)
    surface.text(badge.center_x, badge.center_y + options.badge_size * 0.36,
                 display_sign(card.sign), options.badge_size,
                 theme.score_text_colour(card.score), bold=True, anchor="middle")
    if card.outcome_mark and card.outcome_rect:
        size = options.badge_size + 1.5
        surface.text(card.outcome_rect.center_x, card.outcome_rect.center_y + size * 0.36,
                     card.outcome_mark, size,
                     theme.OUTCOME_COLOURS.get(card.outcome.value, theme.INK), bold=True,
                     anchor="middle")
    if card.more and card.more_rect:  # markers without room: their number
        surface.begin_group("more-findings", {"data-count": str(card.more)}, more_tip)
        size = options.more_size
        surface.text(card.more_rect.center_x, card.more_rect.center_y + size * 0.36,
                     f"+{card.more}", size, theme.MUTED, bold=True, anchor="middle")
        surface.end_group()
    surface.end_group()


def draw_arrow(surface: Surface, arrow: Arrow) -> None:
    """Draw a step-to-step arrow; a channel switch is orange, thicker and dashed."""
    colour = theme.SWITCH_ARROW if arrow.channel_switch else theme.ARROW
    head = arrow_head(arrow.points, ARROW_HEAD)
    points = list(arrow.points)
    # stop the line where the head begins, so the dash pattern does not poke through its tip
    points[-1] = ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2)
    surface.line(points, colour, 1.6 if arrow.channel_switch else 1.0,
                 SWITCH_DASH if arrow.channel_switch else None)
    surface.polygon(head, colour)


def draw_marker(surface: Surface, marker: FindingMarker, size: float = MARKER_GLYPH_SIZE, *,
                tooltip: str = "") -> None:
    """Draw a finding marker: severity colour and shape, with ``!`` of font ``size``."""
    surface.begin_group("finding", {"data-rule": marker.rule,
                                    "data-severity": marker.severity.value}, tooltip)
    fill = theme.SEVERITY_COLOURS[marker.severity]
    polygon = marker_polygon(marker.rect, marker.shape)
    if polygon:
        surface.polygon(polygon, fill, theme.PAPER, 0.8)
    else:
        surface.circle(marker.rect.center_x, marker.rect.center_y, marker.rect.width / 2, fill,
                       theme.PAPER, 0.8)
    surface.text(marker.rect.center_x, marker_glyph_baseline(marker.rect, marker.shape, size),
                 "!", size, theme.SEVERITY_TEXT[marker.severity], bold=True, anchor="middle")
    surface.end_group()


def draw_map(surface: Surface, layout: MapLayout, findings: Sequence[Finding] = ()) -> None:
    """Draw a whole map in one piece: lanes, phases, step numbers, arrows, cards, markers.

    A marker's tooltip is its finding's message and tip (``findings`` as in ``Analysis``).
    """
    opt = layout.options
    for lane in layout.lanes:
        draw_lane(surface, lane, opt)
    for position, band in enumerate(layout.phases):
        draw_phase(surface, band, position, opt)
    for header in layout.headers:
        draw_step_number(surface, header, opt)
    for arrow in layout.arrows:
        draw_arrow(surface, arrow)
    shown = {marker.finding_index for marker in layout.markers}
    hidden: dict[int, list[str]] = {}  # per card: the findings counted in its ``+n``
    for index, counted in enumerate(findings):
        if index not in shown and counted.step_indexes:
            hidden.setdefault(max(counted.step_indexes), []).append(
                f"{counted.message}\n{counted.tip}")
    for card in layout.cards:
        draw_card(surface, card, opt, more_tip="\n\n".join(hidden.get(card.index, ())))
    for marker in layout.markers:
        finding = findings[marker.finding_index] if marker.finding_index < len(findings) else None
        draw_marker(surface, marker,
                    tooltip=f"{finding.message}\n{finding.tip}" if finding else marker.rule)


# --------------------------------------------------------------------------- the curve


def curve_dot_radius(count: int) -> float:
    """Return the radius of a curve dot: smaller as the steps crowd."""
    return 3.0 if count <= 60 else (2.0 if count <= 150 else 1.3)


def draw_curve(surface: Surface, curve: CurveLayout, *, caption: str = "") -> None:
    """Draw a curve laid out by ``layout_curve``: grid, zero line, ticks, line and dots."""
    plot = curve.plot
    for tick in curve.y_ticks:
        surface.line([(plot.x, tick.position), (plot.right, tick.position)], theme.RULE, 0.6)
        surface.text(plot.x - 5, tick.position + 2.5, tick.label, 7.0, theme.MUTED,
                     anchor="end")
    surface.line([(plot.x, curve.zero_y), (plot.right, curve.zero_y)], theme.FAINT, 0.9)
    for tick in curve.x_ticks:
        surface.text(tick.position, plot.bottom + 11, tick.label, 7.0, theme.MUTED,
                     anchor="middle")
    if caption:
        surface.text(0, plot.y + 7, caption, 7.0, theme.MUTED)
    if len(curve.dots) > 1:
        surface.line(curve.points, theme.INK, 1.3)
    radius = curve_dot_radius(len(curve.dots))
    for dot in curve.dots:
        surface.circle(dot.x, dot.y, radius, theme.score_colour(dot.score), theme.PAPER, 0.6)


# --------------------------------------------------------------------------- break markers


#: Font size of a break's number inside its marker.
BREAK_NUMBER_SIZE = 7.0


def draw_break_marker(surface: Surface, rect: Rect, shape: str, severity: Severity, label: str,
                      size: float = BREAK_NUMBER_SIZE) -> None:
    """Draw a break's marker: its severity's shape and colour with its number inside."""
    fill = theme.SEVERITY_COLOURS[severity]
    polygon = marker_polygon(rect, shape)
    if polygon:
        surface.polygon(polygon, fill, theme.PAPER, 0.8)
    else:
        surface.circle(rect.center_x, rect.center_y, rect.width / 2, fill, theme.PAPER, 0.8)
    if label:
        surface.text(rect.center_x, marker_glyph_baseline(rect, shape, size), label, size,
                     theme.SEVERITY_TEXT[severity], bold=True, anchor="middle")


# --------------------------------------------------------------------------- the overview


def draw_overview(surface: Surface, overview: OverviewLayout) -> None:
    """Draw the overview: lanes, step numbers, connections, tiles and break markers."""
    opt = overview.options
    for lane in overview.lanes:
        tint = theme.LANE_TINTS[lane.mode]
        surface.rect(lane.rect, tint)
        surface.line([(0.0, lane.rect.bottom), (lane.rect.right, lane.rect.bottom)],
                     theme.PAPER, 1.5)
        box = lane.label_rect
        surface.rect(Rect(box.x, box.y + 1, 3.0, max(0.5, box.height - 2)),
                     theme.LANE_STRIPES[lane.mode])
        leading = opt.label_size * 1.2
        y = box.center_y - len(lane.label_lines) * leading / 2 + opt.label_size * 0.85
        for line in lane.label_lines:
            surface.text(box.x + 8, y, line, opt.label_size, theme.INK, bold=True)
            y += leading
    for header in overview.headers:
        surface.text(header.rect.center_x, header.rect.center_y + opt.number_size * 0.36,
                     header.label, opt.number_size, theme.MUTED, anchor="middle")
    for arrow in overview.arrows:
        if overview.arrow_heads:
            draw_arrow(surface, arrow)
        else:
            surface.line(arrow.points, theme.SWITCH_ARROW if arrow.channel_switch else theme.ARROW,
                         1.0 if arrow.channel_switch else 0.6,
                         SWITCH_DASH if arrow.channel_switch else None)
    for tile in overview.tiles:
        surface.begin_group("step", {"data-step": str(tile.index + 1)}, str(tile.index + 1))
        surface.rect(tile.rect, theme.score_colour(tile.score), theme.PAPER, 0.5,
                     radius=min(2.5, tile.rect.width / 4))
        if tile.label:
            surface.text(tile.rect.center_x, tile.rect.center_y + opt.number_size * 0.36,
                         tile.label, opt.number_size, theme.score_text_colour(tile.score),
                         bold=True, anchor="middle")
        surface.end_group()
    for marker in overview.markers:
        surface.begin_group("break", {"data-break": marker.label,
                                      "data-severity": marker.severity.value}, marker.label)
        draw_break_marker(surface, marker.rect, marker.shape, marker.severity, marker.label)
        surface.end_group()


# --------------------------------------------------------------------------- legend and bars


def draw_legend(surface: Surface, legend: LegendLayout) -> None:
    """Draw a legend laid out by ``core.legend.layout_legend``."""
    size = legend.size
    for placed in legend.entries:
        entry, box = placed.entry, placed.symbol
        if entry.symbol == "badge":
            score = int(entry.value)
            surface.rect(box, theme.score_colour(score), radius=3)
            surface.text(box.center_x, box.center_y + size * 0.36,
                         display_sign(score_sign(score)), size, theme.score_text_colour(score),
                         bold=True, anchor="middle")
        elif entry.symbol == "glyph":
            surface.text(box.x, placed.baseline, entry.value, size + 1, entry.colour, bold=True)
        elif entry.symbol == "marker":
            severity = next(s for s, shape in theme.SEVERITY_SHAPES.items()
                            if shape == entry.value)
            draw_break_marker(surface, box, entry.value, severity, entry.mark)
        elif entry.symbol == "switch":
            draw_arrow(surface, Arrow(-1, -1, ((box.x, box.center_y), (box.right, box.center_y)),
                                      channel_switch=True))
        if entry.text:
            surface.text(placed.text_x, placed.baseline, entry.text, size,
                         theme.MUTED if entry.symbol else theme.INK, bold=not entry.symbol)


def draw_bars(surface: Surface, chart: BarChart) -> None:
    """Draw a bar chart laid out by ``core.charts.layout_bars``."""
    plot, size = chart.plot, chart.size
    for tick in chart.ticks:
        surface.line([(tick.position, plot.y), (tick.position, plot.bottom)],
                     theme.FAINT if tick.value == 0 else theme.RULE, 0.9 if tick.value == 0
                     else 0.5)
        surface.text(tick.position, plot.bottom + 9, display_sign(tick.label), 7.0, theme.MUTED,
                     anchor="middle")
    for bar in chart.bars:
        surface.text(bar.name_rect.x, bar.baseline, bar.name, size, theme.INK)
        surface.rect(bar.bar, theme.score_colour(bar.score), radius=1.5)
        surface.text(bar.figures_rect.x, bar.baseline, bar.figures, size, theme.MUTED)
