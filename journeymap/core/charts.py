"""The geometry of a small bar chart of mean scores per group (a channel, a phase).

One row per group: its name, a bar from zero to its mean on the -2..+2 scale in the score colour,
and the figures beside it. Names are shortened to their column so that nothing overflows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeymap.core.layout import AxisTick, Rect, TextMeasure, ellipsize
from journeymap.core.model import score_sign


@dataclass(frozen=True, slots=True)
class BarRow:
    """One group to chart: its name, mean score (-2..2) and the figures shown beside the bar."""

    name: str
    mean: float
    figures: str


@dataclass(frozen=True, slots=True)
class PlacedBar:
    """A row placed: the name (shortened), its bar and the figures, each with its box."""

    name: str
    name_rect: Rect
    bar: Rect
    score: int  # the mean rounded to a score, for the colour
    figures: str
    figures_rect: Rect
    baseline: float


@dataclass(frozen=True, slots=True)
class BarChart:
    """A bar chart: rows, the zero line and the ticks of the -2..+2 axis under the plot."""

    width: float
    height: float
    size: float
    plot: Rect
    zero_x: float
    ticks: tuple[AxisTick, ...]
    bars: tuple[PlacedBar, ...]


def layout_bars(rows: Sequence[BarRow], width: float, measure: TextMeasure, *,
                size: float = 7.5, row_height: float = 14.0, name_width: float | None = None,
                figures_width: float = 74.0) -> BarChart:
    """Return a bar chart of ``rows`` in ``width`` (name column, plot, figures column)."""
    names = name_width if name_width is not None else min(width * 0.34, 120.0)
    plot_width = max(40.0, width - names - figures_width - 12)
    plot = Rect(names + 6, 0.0, plot_width, len(rows) * row_height)

    def x_of(value: float) -> float:
        return plot.x + (max(-2.0, min(2.0, value)) + 2) / 4 * plot.width

    zero = x_of(0.0)
    bars = []
    for position, row in enumerate(rows):
        y = position * row_height
        end = x_of(row.mean)
        bar = Rect(min(zero, end), y + 3, max(abs(end - zero), 1.0), row_height - 6)
        figures_x = plot.right + 6
        bars.append(PlacedBar(
            name=ellipsize(row.name, names - 2, size, measure), name_rect=Rect(0.0, y, names,
                                                                               row_height),
            bar=bar, score=max(-2, min(2, round(row.mean))),
            figures=ellipsize(row.figures, figures_width, size, measure),
            figures_rect=Rect(figures_x, y, figures_width, row_height),
            baseline=y + row_height / 2 + size * 0.36))
    ticks = tuple(AxisTick(v, x_of(v), score_sign(v)) for v in (-2, -1, 0, 1, 2))
    return BarChart(width=width, height=plot.height + 12, size=size, plot=plot, zero_x=zero,
                    ticks=ticks, bars=tuple(bars))
