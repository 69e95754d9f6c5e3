"""Draw the shared map layout and the score curve on a reportlab canvas, as platypus flowables.

The geometry comes from ``core.layout`` (the same layout the screen paints), measured with the
PDF's own font metrics. A long map is cut into slices by ``core.map_slices`` (each slice a map
of its own, drawn like the whole map); the curve of a slice lines up with its columns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from journeymap.core import theme
from journeymap.core.findings import JourneyScore, Severity
from journeymap.core.layout import (
    Arrow,
    FindingMarker,
    MapLayout,
    Rect,
    TextMeasure,
    layout_curve,
)
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.map_drawing import Surface, draw_arrow, draw_curve, draw_marker
from journeymap.core.map_slices import MapSlice
from journeymap.formats.fonts import BOLD, REGULAR

_COLOURS: dict[str, Color] = {}


def _c(colour: str) -> Color:
    found = _COLOURS.get(colour)
    if found is None:
        found = _COLOURS[colour] = HexColor(colour)
    return found


class Pen:
    """Draw in layout coordinates (y down, shifted by ``dx``/``dy``) on a canvas of ``height``.

    A ``core.map_drawing.Surface``: the shared drawing functions paint through it.
    """

    def __init__(self, canv: Canvas, height: float, dx: float = 0.0, dy: float = 0.0) -> None:
        self.canv, self.height, self.dx, self.dy = canv, height, dx, dy

    def x(self, x: float) -> float:
        """Return the canvas x of layout ``x``."""
        return x - self.dx

    def y(self, y: float) -> float:
        """Return the canvas y of layout ``y``."""
        return self.height - (y - self.dy)

    def _paint(self, fill: str | None, stroke: str | None, width: float) -> dict[str, int]:
        """Set fill and stroke colours; return the ``stroke``/``fill`` flags of a draw call."""
        c = self.canv
        if fill:
            c.setFillColor(_c(fill))
        if stroke:
            c.setStrokeColor(_c(stroke))
            c.setLineWidth(width)
        return {"stroke": 1 if stroke else 0, "fill": 1 if fill else 0}

    def _path(self, points: Sequence[tuple[float, float]], *, closed: bool) -> PDFPathObject:
        path = self.canv.beginPath()
        path.moveTo(self.x(points[0][0]), self.y(points[0][1]))
        for px, py in points[1:]:
            path.lineTo(self.x(px), self.y(py))
        if closed:
            path.close()
        return path

    def rect(self, rect: Rect, fill: str | None, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0) -> None:
        """Draw a (rounded) rectangle."""
        flags = self._paint(fill, stroke, width)
        args = (self.x(rect.x), self.y(rect.bottom), rect.width, rect.height)
        if radius:
            self.canv.roundRect(*args, radius, **flags)
        else:
            self.canv.rect(*args, **flags)

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        """Draw ``text`` with its baseline at layout ``y``; ``anchor`` start/middle/end."""
        c = self.canv
        c.setFillColor(_c(colour))
        c.setFont(BOLD if bold else REGULAR, size)
        if anchor == "middle":
            c.drawCentredString(self.x(x), self.y(y), text)
        elif anchor == "end":
            c.drawRightString(self.x(x), self.y(y), text)
        else:
            c.drawString(self.x(x), self.y(y), text)

    def line(self, points: Sequence[tuple[float, float]], colour: str, width: float,
             dash: Sequence[float] | None = None) -> None:
        """Stroke a polyline, optionally dashed."""
        c = self.canv
        self._paint(None, colour, width)
        c.setDash(list(dash) if dash else [])
        c.drawPath(self._path(points, closed=False), stroke=1, fill=0)
        c.setDash([])

    def polygon(self, points: Sequence[tuple[float, float]], fill: str,
                stroke: str | None = None, width: float = 0.8) -> None:
        """Fill (and optionally stroke) a closed polygon."""
        self.canv.drawPath(self._path(points, closed=True), **self._paint(fill, stroke, width))

    def circle(self, cx: float, cy: float, radius: float, fill: str,
               stroke: str | None = None, width: float = 0.8) -> None:
        """Draw a filled circle."""
        self.canv.circle(self.x(cx), self.y(cy), radius, **self._paint(fill, stroke, width))

    def top_bar(self, rect: Rect, colour: str) -> None:
        """Draw a card's score bar: a rounded bar clipped to the card's top edge."""
        self.canv.saveState()
        self.clip(Rect(rect.x, rect.y, rect.width, 2.6))
        self.rect(Rect(rect.x + 0.35, rect.y + 0.35, rect.width - 0.7, 6), colour, radius=3.5)
        self.canv.restoreState()

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        """Do nothing: a PDF page has no groups or tooltips."""

    def end_group(self) -> None:
        """Do nothing (see ``begin_group``)."""

    def clip(self, rect: Rect) -> None:
        """Clip further drawing to ``rect`` (undo with ``canv.restoreState``)."""
        path = self.canv.beginPath()
        path.rect(self.x(rect.x), self.y(rect.bottom), rect.width, rect.height)
        self.canv.clipPath(path, stroke=0, fill=0)


# --------------------------------------------------------------------------- curve and legend


class CurveFlowable(Flowable):
    """The score curve, either over the whole journey or aligned with a map slice's columns."""

    def __init__(self, score: JourneyScore, width: float, height: float, *,
                 column_centers: Sequence[float] | None = None, plot_left: float = 28.0,
                 caption: str = "") -> None:
        super().__init__()
        self.width, self.height, self.caption = width, height, caption
        self.curve = layout_curve(score, width, height, column_centers=column_centers,
                                  plot_left=plot_left,
                                  plot_right=width - (0.0 if column_centers else 8.0))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the curve on the canvas."""
        self.paint(Pen(self.canv, self.height))

    def paint(self, pen: Surface) -> None:
        """Draw the curve through ``pen``."""
        draw_curve(pen, self.curve, caption=self.caption)


def slice_curve(layout: MapLayout, part: MapSlice, score: JourneyScore, height: float,
                caption: str) -> CurveFlowable:
    """Return the curve of a slice's steps, aligned with the slice's columns."""
    opt = layout.options
    centers = [opt.label_width + (i + 0.5) * opt.column_width
               for i in range(part.last - part.first)]
    partial = replace(score, curve=score.curve[part.first:part.last])
    width = opt.label_width + (part.last - part.first) * opt.column_width
    return CurveFlowable(partial, width, height, column_centers=centers,
                         plot_left=opt.label_width, caption=caption)


@dataclass(frozen=True, slots=True)
class LegendTexts:
    """The words of the map legend in the report's language."""

    score: str
    outcome: str
    findings: str
    switch: str
    outcomes: tuple[str, str, str]  # failed, abandoned, pending
    severities: tuple[str, str, str]  # high, medium, low


class LegendFlowable(Flowable):
    """One line explaining signs, outcome marks, marker shapes and the channel-switch arrow."""

    SIZE = 7.5

    def __init__(self, texts: LegendTexts, width: float, measure: TextMeasure) -> None:
        super().__init__()
        self.texts, self.width, self.measure, self.height = texts, width, measure, 14.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the legend on the canvas."""
        self.paint(Pen(self.canv, self.height))

    def paint(self, pen: Surface) -> None:
        """Draw the legend from left to right."""
        size, m = self.SIZE, self.measure
        base, mid = 10.0, 7.0
        x = 0.0

        def word(text: str, colour: str = theme.MUTED, bold: bool = False, gap: float = 10) -> None:
            nonlocal x
            pen.text(x, base, text, size, colour, bold=bold)
            x += m(text, size) * (BOLD_FACTOR if bold else 1.0) + gap

        word(self.texts.score, theme.INK, bold=True, gap=6)
        for score in (-2, -1, 0, 1, 2):
            badge = Rect(x, mid - 6, 18, 12)
            pen.rect(badge, theme.score_colour(score), radius=3)
            pen.text(badge.center_x, base, ("--", "-", "0", "+", "++")[score + 2], size,
                     theme.score_text_colour(score), bold=True, anchor="middle")
            x += 21
        x += 12
        word(self.texts.outcome, theme.INK, bold=True, gap=6)
        for glyph, name, colour in zip(("✗", "⊘", "◷"), self.texts.outcomes,
                                       ("failed", "abandoned", "pending"), strict=True):
            word(glyph, theme.OUTCOME_COLOURS[colour], bold=True, gap=3)
            word(name)
        x += 2
        word(self.texts.findings, theme.INK, bold=True, gap=6)
        for severity, name in zip(Severity, self.texts.severities, strict=True):
            marker = FindingMarker(-1, "", severity, Rect(x, mid - 6, 12, 12), -1, (),
                                   theme.SEVERITY_SHAPES[severity])
            draw_marker(pen, marker)
            x += 15
            word(name)
        x += 2
        draw_arrow(pen, Arrow(-1, -1, ((x, mid), (x + 27, mid)), channel_switch=True))
        x += 32
        word(self.texts.switch)
