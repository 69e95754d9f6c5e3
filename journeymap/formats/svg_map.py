"""The map and the score curve as SVG, written by hand from the shared layout (no Qt).

pyqtgraph's SVG exporter is broken on current Qt (pyqtgraph issue 3485), and the map is not a
pyqtgraph plot anyway: these writers paint ``core.layout`` like the screen and the PDF do. Step
titles stay ``<text>`` (searchable, editable in a vector tool); cards and markers carry a
``<title>`` so a browser shows the full step title or the finding and its tip on hover.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from journeymap.core import theme
from journeymap.core.findings import Analysis
from journeymap.core.layout import (
    Arrow,
    CardBox,
    CurveLayout,
    FindingMarker,
    LaneBox,
    MapLayout,
    MapOptions,
    Rect,
    TextMeasure,
    approximate_measure,
    arrow_head,
    layout_curve,
    layout_map,
    marker_glyph_baseline,
    marker_polygon,
)
from journeymap.core.model import Journey, display_sign
from journeymap.formats import report

FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Arial, sans-serif"
MARGIN = 12.0


def _n(value: float) -> str:
    """Return a compact number (two decimals at most)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _points(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


class _Svg:
    """A minimal SVG writer: elements appended as strings."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def rect(self, rect: Rect, fill: str, *, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0, extra: str = "") -> None:
        stroke_attrs = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        radius_attr = f' rx="{_n(radius)}"' if radius else ""
        self.parts.append(
            f'<rect x="{_n(rect.x)}" y="{_n(rect.y)}" width="{_n(rect.width)}" '
            f'height="{_n(rect.height)}"{radius_attr} fill="{fill}"{stroke_attrs}{extra}/>')

    def text(self, x: float, y: float, text: str, size: float, fill: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        weight = ' font-weight="bold"' if bold else ""
        anchor_attr = f' text-anchor="{anchor}"' if anchor != "start" else ""
        self.parts.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" '
                          f'fill="{fill}"{weight}{anchor_attr}>{escape(text)}</text>')

    def polyline(self, points: Sequence[tuple[float, float]], stroke: str, width: float,
                 dash: str = "") -> None:
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<polyline points="{_points(points)}" fill="none" stroke="{stroke}" '
                          f'stroke-width="{_n(width)}"{dash_attr}/>')

    def polygon(self, points: Sequence[tuple[float, float]], fill: str, *,
                stroke: str | None = None, width: float = 0.8) -> None:
        stroke_attrs = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        self.parts.append(f'<polygon points="{_points(points)}" fill="{fill}"{stroke_attrs}/>')

    def circle(self, cx: float, cy: float, radius: float, fill: str, *,
               stroke: str | None = None, width: float = 0.8) -> None:
        stroke_attrs = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        self.parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius)}" '
                          f'fill="{fill}"{stroke_attrs}/>')

    def open(self, tag: str, attrs: str = "") -> None:
        self.parts.append(f"<{tag}{' ' + attrs if attrs else ''}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")

    def title(self, text: str) -> None:
        self.parts.append(f"<title>{escape(text)}</title>")

    def document(self, width: float, height: float, label: str) -> str:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}pt" '
                f'height="{_n(height)}pt" viewBox="0 0 {_n(width)} {_n(height)}" '
                f'font-family={quoteattr(FONT_FAMILY)} role="img" aria-label={quoteattr(label)}>')
        return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', head,
                          f"<title>{escape(label)}</title>",
                          f'<rect width="100%" height="100%" fill="{theme.PAPER}"/>',
                          *self.parts, "</svg>", ""])


# --------------------------------------------------------------------------- the map


def _lane(svg: _Svg, lane: LaneBox, opt: MapOptions) -> None:
    tint = theme.LANE_TINTS[lane.mode]
    svg.rect(lane.rect, tint)
    svg.polyline([(lane.rect.x, lane.rect.bottom), (lane.rect.right, lane.rect.bottom)],
                 theme.PAPER, 2.0)
    box = lane.label_rect
    svg.rect(Rect(box.x, box.y + 1, 3.0, box.height - 2), theme.LANE_STRIPES[lane.mode])
    x = box.x + 3 + 2 * opt.padding
    block = len(lane.label_lines) * opt.label_size * 1.2 + opt.mode_size * 1.3
    y = box.center_y - block / 2 + opt.label_size
    for line in lane.label_lines:
        svg.text(x, y, line, opt.label_size, theme.INK, bold=True)
        y += opt.label_size * 1.2
    svg.text(x, y + opt.mode_size * 0.15, lane.mode_label, opt.mode_size, theme.MUTED)


def _card(svg: _Svg, card: CardBox, opt: MapOptions) -> None:
    rect = card.rect
    colour = theme.score_colour(card.score)
    svg.open("g", f'class="step" data-step="{card.index + 1}"')
    svg.title(f"{card.index + 1}. {card.title}")
    svg.rect(rect, theme.CARD_FILL, stroke=theme.CARD_BORDER, width=0.7, radius=4)
    r = 2.6
    top_bar = (f"M{_n(rect.x + 0.35)},{_n(rect.y + r)} Q{_n(rect.x + 0.35)},{_n(rect.y + 0.35)} "
               f"{_n(rect.x + r)},{_n(rect.y + 0.35)} H{_n(rect.right - r)} "
               f"Q{_n(rect.right - 0.35)},{_n(rect.y + 0.35)} {_n(rect.right - 0.35)},"
               f"{_n(rect.y + r)} Z")
    svg.parts.append(f'<path d="{top_bar}" fill="{colour}"/>')
    for line, baseline in zip(card.title_lines, card.title_baselines, strict=True):
        svg.text(card.title_x, baseline, line, card.title_size, theme.INK)
    svg.rect(card.badge_rect, colour, radius=3)
    svg.text(card.badge_rect.center_x, card.badge_rect.center_y + opt.badge_size * 0.36,
             display_sign(card.sign), opt.badge_size, theme.score_text_colour(card.score),
             bold=True, anchor="middle")
    if card.outcome_mark and card.outcome_rect:
        size = opt.badge_size + 1.5
        svg.text(card.outcome_rect.center_x, card.outcome_rect.center_y + size * 0.36,
                 card.outcome_mark, size,
                 theme.OUTCOME_COLOURS.get(card.outcome.value, theme.INK), bold=True,
                 anchor="middle")
    svg.close("g")


def _arrow(svg: _Svg, arrow: Arrow) -> None:
    colour = theme.SWITCH_ARROW if arrow.channel_switch else theme.ARROW
    head = arrow_head(arrow.points, 5.0)
    points = list(arrow.points)
    points[-1] = ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2)
    svg.polyline(points, colour, 1.6 if arrow.channel_switch else 1.0,
                 "3 1.6" if arrow.channel_switch else "")
    svg.polygon(head, colour)


def _marker(svg: _Svg, marker: FindingMarker, tooltip: str) -> None:
    svg.open("g", f'class="finding" data-rule="{escape(marker.rule)}" '
                  f'data-severity="{marker.severity.value}"')
    if tooltip:
        svg.title(tooltip)
    fill = theme.SEVERITY_COLOURS[marker.severity]
    polygon = marker_polygon(marker.rect, marker.shape)
    if polygon:
        svg.polygon(polygon, fill, stroke=theme.PAPER)
    else:
        svg.circle(marker.rect.center_x, marker.rect.center_y, marker.rect.width / 2, fill,
                   stroke=theme.PAPER)
    svg.text(marker.rect.center_x, marker_glyph_baseline(marker.rect, marker.shape, 7.0), "!",
             7.0, theme.SEVERITY_TEXT[marker.severity], bold=True, anchor="middle")
    svg.close("g")


def layout_svg(layout: MapLayout, analysis: Analysis | None = None, *,
               label: str = "Journey map") -> str:
    """Return an SVG document of a laid-out map."""
    opt = layout.options
    svg = _Svg()
    svg.open("g", f'transform="translate({_n(MARGIN)},{_n(MARGIN)})"')
    for lane in layout.lanes:
        _lane(svg, lane, opt)
    for position, band in enumerate(layout.phases):
        svg.rect(band.rect, theme.PHASE_FILLS[position % 2], radius=3)
        svg.text(band.rect.x + opt.padding, band.rect.center_y + opt.phase_size * 0.36,
                 band.label, opt.phase_size, theme.PHASE_TEXT, bold=True)
    for header in layout.headers:
        svg.text(header.rect.center_x, header.rect.center_y + opt.number_size * 0.36,
                 header.label, opt.number_size, theme.MUTED, anchor="middle")
    for arrow in layout.arrows:
        _arrow(svg, arrow)
    for card in layout.cards:
        _card(svg, card, opt)
    findings = analysis.findings if analysis else ()
    for marker in layout.markers:
        finding = findings[marker.finding_index] if marker.finding_index < len(findings) else None
        _marker(svg, marker, f"{finding.message}\n{finding.tip}" if finding else marker.rule)
    svg.close("g")
    return svg.document(layout.width + 2 * MARGIN, layout.height + 2 * MARGIN, label)


def map_svg(journey: Journey, analysis: Analysis | None, *, lang: str = "en",
            measure: TextMeasure = approximate_measure) -> str:
    """Return the map of ``journey`` as an SVG document (step titles kept as text)."""
    lang = report.report_language(journey, lang)
    layout = layout_map(journey, analysis, measure=measure, lang=lang)
    return layout_svg(layout, analysis, label=f"{report.label(lang, 'map')}: {journey.title}")


# --------------------------------------------------------------------------- the curve


def _curve(svg: _Svg, curve: CurveLayout) -> None:
    plot = curve.plot
    for tick in curve.y_ticks:
        svg.polyline([(plot.x, tick.position), (plot.right, tick.position)], theme.RULE, 0.6)
        svg.text(plot.x - 5, tick.position + 2.5, tick.label, 7.0, theme.MUTED, anchor="end")
    svg.polyline([(plot.x, curve.zero_y), (plot.right, curve.zero_y)], theme.FAINT, 0.9)
    for tick in curve.x_ticks:
        svg.text(tick.position, plot.bottom + 11, tick.label, 7.0, theme.MUTED, anchor="middle")
    if len(curve.dots) > 1:
        svg.polyline(curve.points, theme.INK, 1.3)
    radius = 3.0 if len(curve.dots) <= 60 else (2.0 if len(curve.dots) <= 150 else 1.3)
    for dot in curve.dots:
        svg.circle(dot.x, dot.y, radius, theme.score_colour(dot.score), stroke=theme.PAPER,
                   width=0.6)


def curve_svg(journey: Journey, analysis: Analysis, *, lang: str = "en", width: float = 720.0,
              height: float = 200.0) -> str:
    """Return the score curve of ``journey`` (one dot per step, -- to ++) as an SVG document."""
    lang = report.report_language(journey, lang)
    svg = _Svg()
    _curve(svg, layout_curve(analysis.score, width, height))
    return svg.document(width, height, f"{report.label(lang, 'curve')}: {journey.title}")
