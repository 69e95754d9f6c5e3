"""The map and the score curve as SVG, written by hand from the shared layout (no Qt).

pyqtgraph's SVG exporter is broken on current Qt (pyqtgraph bug #3485), and the map is not a
pyqtgraph plot anyway: these writers paint ``core.layout`` like the screen and the PDF do. Step
titles stay ``<text>`` (searchable, editable in a vector tool); cards and markers carry a
``<title>`` so a browser shows the full step title or the finding and its tip on hover.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from journeymap.core import theme
from journeymap.core.findings import Analysis
from journeymap.core.layout import (
    MapLayout,
    Rect,
    TextMeasure,
    approximate_measure,
    layout_curve,
    layout_map,
)
from journeymap.core.map_drawing import draw_curve, draw_map
from journeymap.core.model import Journey
from journeymap.formats import report

FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Arial, sans-serif"
MARGIN = 12.0


def _n(value: float) -> str:
    """Return a compact number (two decimals at most)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _points(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _stroke(stroke: str | None, width: float) -> str:
    return f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""


class _Svg:
    """A minimal SVG writer (a ``core.map_drawing.Surface``): elements appended as strings."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def rect(self, rect: Rect, fill: str, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0) -> None:
        """Append a (rounded) rectangle."""
        radius_attr = f' rx="{_n(radius)}"' if radius else ""
        self.parts.append(
            f'<rect x="{_n(rect.x)}" y="{_n(rect.y)}" width="{_n(rect.width)}" '
            f'height="{_n(rect.height)}"{radius_attr} fill="{fill}"{_stroke(stroke, width)}/>')

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        """Append a line of text (kept as text: searchable and editable)."""
        weight = ' font-weight="bold"' if bold else ""
        anchor_attr = f' text-anchor="{anchor}"' if anchor != "start" else ""
        self.parts.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" '
                          f'fill="{colour}"{weight}{anchor_attr}>{escape(text)}</text>')

    def line(self, points: Sequence[tuple[float, float]], colour: str, width: float,
             dash: Sequence[float] | None = None) -> None:
        """Append a polyline."""
        dash_attr = f' stroke-dasharray="{" ".join(_n(d) for d in dash)}"' if dash else ""
        self.parts.append(f'<polyline points="{_points(points)}" fill="none" stroke="{colour}" '
                          f'stroke-width="{_n(width)}"{dash_attr}/>')

    def polygon(self, points: Sequence[tuple[float, float]], fill: str,
                stroke: str | None = None, width: float = 0.8) -> None:
        """Append a closed polygon."""
        self.parts.append(f'<polygon points="{_points(points)}" fill="{fill}"'
                          f'{_stroke(stroke, width)}/>')

    def circle(self, cx: float, cy: float, radius: float, fill: str,
               stroke: str | None = None, width: float = 0.8) -> None:
        """Append a circle."""
        self.parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius)}" '
                          f'fill="{fill}"{_stroke(stroke, width)}/>')

    def top_bar(self, rect: Rect, colour: str) -> None:
        """Append a card's score bar as one path following the card's rounded top corners."""
        r, inset = 2.6, 0.35
        left, right, top = rect.x + inset, rect.right - inset, rect.y + inset
        path = (f"M{_n(left)},{_n(rect.y + r)} Q{_n(left)},{_n(top)} {_n(rect.x + r)},{_n(top)} "
                f"H{_n(rect.right - r)} Q{_n(right)},{_n(top)} {_n(right)},{_n(rect.y + r)} Z")
        self.parts.append(f'<path d="{path}" fill="{colour}"/>')

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        """Open ``<g class=kind data-…>`` with a ``<title>`` a browser shows on hover."""
        attrs = "".join(f" {name}={quoteattr(value)}" for name, value in attributes.items())
        self.parts.append(f'<g class="{kind}"{attrs}>')
        if tooltip:
            self.parts.append(f"<title>{escape(tooltip)}</title>")

    def end_group(self) -> None:
        """Close the group opened last."""
        self.parts.append("</g>")

    def document(self, width: float, height: float, label: str) -> str:
        """Return the whole SVG document of the parts appended."""
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}pt" '
                f'height="{_n(height)}pt" viewBox="0 0 {_n(width)} {_n(height)}" '
                f'font-family={quoteattr(FONT_FAMILY)} role="img" aria-label={quoteattr(label)}>')
        return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', head,
                          f"<title>{escape(label)}</title>",
                          f'<rect width="100%" height="100%" fill="{theme.PAPER}"/>',
                          *self.parts, "</svg>", ""])


# --------------------------------------------------------------------------- the map


def layout_svg(layout: MapLayout, analysis: Analysis | None = None, *,
               label: str = "Journey map") -> str:
    """Return an SVG document of a laid-out map."""
    svg = _Svg()
    svg.parts.append(f'<g transform="translate({_n(MARGIN)},{_n(MARGIN)})">')
    draw_map(svg, layout, analysis.findings if analysis else ())
    svg.parts.append("</g>")
    return svg.document(layout.width + 2 * MARGIN, layout.height + 2 * MARGIN, label)


def map_svg(journey: Journey, analysis: Analysis | None, *, lang: str = "en",
            measure: TextMeasure = approximate_measure) -> str:
    """Return the map of ``journey`` as an SVG document (step titles kept as text)."""
    lang = report.report_language(journey, lang)
    layout = layout_map(journey, analysis, measure=measure, lang=lang)
    return layout_svg(layout, analysis, label=f"{report.label(lang, 'map')}: {journey.title}")


# --------------------------------------------------------------------------- the curve


def curve_svg(journey: Journey, analysis: Analysis, *, lang: str = "en", width: float = 720.0,
              height: float = 200.0) -> str:
    """Return the score curve of ``journey`` (one dot per step, -- to ++) as an SVG document."""
    lang = report.report_language(journey, lang)
    svg = _Svg()
    draw_curve(svg, layout_curve(analysis.score, width, height))
    return svg.document(width, height, f"{report.label(lang, 'curve')}: {journey.title}")
