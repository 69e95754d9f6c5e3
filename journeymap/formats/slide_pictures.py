"""The slides' pictures: the overview map with its legend, and the score curve, as PNGs.

Both are the PDF's own geometry (``core.overview``, ``core.legend``, ``core.layout``), painted by
the drawing code the PDF and the SVG share (``core.map_drawing``) on a Pillow surface. The
layout is made for a box ``scale`` times smaller than the room on the slide and the picture is
shown ``scale`` times larger, so the report's 7 pt labels read as 10-14 pt on the slide. The
overview takes the largest scale at which every tile still holds its step number and every
break marker still sits above its tile.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.core.findings import Analysis
from journeymap.core.layout import layout_curve
from journeymap.core.legend import layout_legend
from journeymap.core.map_drawing import draw_curve, draw_legend, draw_overview
from journeymap.core.model import Journey
from journeymap.core.overview import OverviewLayout, OverviewOptions, layout_overview
from journeymap.formats import report
from journeymap.formats.fonts import pdf_measure
from journeymap.formats.pdf_front import OVERVIEW_COLUMN, legend_entries
from journeymap.formats.raster import RasterSurface

#: Slide points per layout point the overview tries, largest first.
OVERVIEW_SCALES: tuple[float, ...] = (2.0, 1.75, 1.5, 1.25)
#: Slide points per layout point of the curve (its tick labels then read as 14 pt).
CURVE_SCALE = 2.0
#: Pixels per slide point: 2.5 is 180 dpi, sharp when projected full-screen at 1920 pixels.
PIXELS_PER_POINT = 2.5
#: Room between the overview and its legend, and right of the overview for the last step
#: number above a narrow column (it is centred on the column), in layout points.
LEGEND_GAP = 8.0
NUMBER_OVERHANG = 12.0


@dataclass(frozen=True, slots=True)
class Picture:
    """A PNG and the size it is shown at on the slide, in points."""

    png: bytes
    width: float
    height: float


def overview_picture(journey: Journey, analysis: Analysis, lang: str, width: float,
                     height: float) -> Picture:
    """Return the overview map of every step with its break markers and legend.

    ``width`` x ``height`` is the room on the slide (points); the picture fits it. Break ``n``
    is the ``n``-th break of the report (the top improvements first), as on the PDF's page 1.
    """
    measure = pdf_measure()
    breaks = report.report_breaks(analysis)
    for scale in OVERVIEW_SCALES:
        legend = layout_legend(legend_entries(lang), width / scale, measure)
        room = height / scale - legend.height - LEGEND_GAP
        overview = layout_overview(journey, breaks, width / scale - NUMBER_OVERHANG, room,
                                   measure=measure, lang=lang,
                                   options=OverviewOptions(max_column=OVERVIEW_COLUMN))
        if _readable(overview):
            break
    # The last step number above a narrow column may reach past the last column.
    drawn_width = max(overview.width, legend.width,
                      *(header.rect.right for header in overview.headers))
    drawn_height = overview.height + LEGEND_GAP + legend.height
    surface = RasterSurface(drawn_width, drawn_height, scale=scale * PIXELS_PER_POINT)
    draw_overview(surface, overview)
    surface.dy = -(overview.height + LEGEND_GAP)
    draw_legend(surface, legend)
    return Picture(surface.png(), drawn_width * scale, drawn_height * scale)


def _readable(overview: OverviewLayout) -> bool:
    """Return whether every tile shows its step number and every break marker sits above its
    tile, not on it (else the lanes are too narrow or too low at this scale)."""
    tiles = overview.tiles
    return all(tile.label for tile in tiles) and all(
        marker.rect.bottom <= tiles[marker.step_index].rect.y + 0.01
        for marker in overview.markers)


def curve_picture(analysis: Analysis, width: float, height: float) -> Picture:
    """Return the score curve (one dot per step, -- to ++) filling ``width`` x ``height``."""
    layout_width, layout_height = width / CURVE_SCALE, height / CURVE_SCALE
    surface = RasterSurface(layout_width, layout_height,
                            scale=CURVE_SCALE * PIXELS_PER_POINT)
    draw_curve(surface, layout_curve(analysis.score, layout_width, layout_height))
    return Picture(surface.png(), width, height)
