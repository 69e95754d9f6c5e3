"""Flowables that paint shared layout geometry (``core``) through a ``Pen``, one job each.

The overview map, the legend and the bar charts are laid out in ``core`` (pure, measured with
the PDF's font metrics) and painted with ``core.map_drawing``; these flowables only give them a
place in the story. The overview's break markers are links to their break's heading.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from journeymap.core.charts import BarChart
from journeymap.core.layout import MapLayout, Rect
from journeymap.core.legend import LegendLayout
from journeymap.core.map_drawing import draw_bars, draw_legend, draw_map, draw_overview
from journeymap.core.overview import OverviewLayout
from journeymap.formats.pdf_map import Pen


class Painted(Flowable):
    """A drawing of fixed size: ``paint`` draws it with a ``Pen`` in layout coordinates."""

    def __init__(self, width: float, height: float, paint: Callable[[Pen], None]) -> None:
        super().__init__()
        self.width, self.height, self.paint = width, height, paint

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Paint the drawing."""
        self.paint(Pen(self.canv, self.height))


def legend_flowable(legend: LegendLayout) -> Painted:
    """Return a legend laid out by ``core.legend``."""
    return Painted(legend.width, legend.height, lambda pen: draw_legend(pen, legend))


def bars_flowable(chart: BarChart) -> Painted:
    """Return a bar chart laid out by ``core.charts``."""
    return Painted(chart.width, chart.height, lambda pen: draw_bars(pen, chart))


class MapFlowable(Painted):
    """A map laid out by ``core.layout`` (a slice of it from ``core.map_slices``), at print size."""

    def __init__(self, layout: MapLayout) -> None:
        super().__init__(layout.width, layout.height, lambda pen: draw_map(pen, layout))
        self.layout = layout


class OverviewFlowable(Painted):
    """The overview map; each break marker links to the destination ``link(number)``."""

    def __init__(self, overview: OverviewLayout, link: Callable[[int], str]) -> None:
        super().__init__(overview.width, overview.height,
                         lambda pen: draw_overview(pen, overview))
        self.overview, self.link = overview, link

    def draw(self) -> None:
        """Paint the overview, then put a link on every marker."""
        super().draw()
        for marker in self.overview.markers:
            box = _canvas_rect(marker.rect, self.height)
            self.canv.linkRect("", self.link(marker.number), box, relative=1)


def _canvas_rect(rect: Rect, height: float) -> tuple[float, float, float, float]:
    """Return ``rect`` (layout, y down) as ``(x1, y1, x2, y2)`` on the canvas (y up)."""
    return rect.x, height - rect.bottom, rect.right, height - rect.y
