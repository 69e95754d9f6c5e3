"""The score curve under the map: the score of every step and the running total.

The score (-2..2) is the curve people read: a line through one dot per step, the dot coloured by
the score, the left axis labelled with the same ``-- - 0 + ++`` signs as the map's badges. The
running total is drawn as a second, quieter line against its own axis on the right, scaled so that
both zero lines coincide: one horizontal zero line then serves both, and the eye never has to
match two baselines. x is the 1-based step number, numbered from 1 to the last step; fed the map's
visible column range (:meth:`CurveView.align_columns`), the axis shows the steps the map shows.

Speed traps (measured in the desktop-app issue): an antialiased pen wider than 1 px costs ~40x, so
wide antialiased lines are used only for short journeys; ``showGrid`` costs 15-20 ms a frame, so the
few reference lines are ``InfiniteLine`` items; ``save_png`` grabs the widget instead of using
pyqtgraph's slow ``ImageExporter``.
"""

from __future__ import annotations

import math
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent

from journeymap.core import theme
from journeymap.core.model import SCORE_SIGNS

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

#: Above this many steps the lines are drawn 1 px wide (antialiased wide pens cost ~40x).
WIDE_PEN_LIMIT = 150


def display_sign(sign: str) -> str:
    """Return a score sign for the screen: a true minus sign (U+2212) is as wide as a plus."""
    return sign.replace("-", "\u2212")


class _StepAxis(pg.AxisItem):
    """A bottom axis on the steps: whole step numbers from 1 to the last step, nothing outside.

    The view reaches a little past both ends (room for the end dots and their numbers), where
    pyqtgraph would tick a step 0 or a step N+1. Step 1 is always numbered, as on the PDF's
    curve: the major ticks are 1 and the multiples of the spacing.
    """

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.last_step = 0

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        levels = super().tickSpacing(min_val, max_val, size)
        whole = [(float(max(1, round(spacing))), 0.0) for spacing, _ in levels if spacing >= 1]
        return list(dict.fromkeys(whole)) or [(1.0, 0.0)]

    def tickValues(self, minVal: float, maxVal: float,  # noqa: N803 (pyqtgraph's names)
                   size: float) -> list[tuple[float, list[float]]]:
        low = max(1, math.ceil(min(minVal, maxVal) - 1e-9))
        high = min(self.last_step, math.floor(max(minVal, maxVal) + 1e-9))
        if high < low:
            return []
        seen: set[int] = set()
        ticks: list[tuple[float, list[float]]] = []
        for number, (spacing, _) in enumerate(self.tickSpacing(minVal, maxVal, size)):
            every = int(spacing)
            values = [v for v in range(math.ceil(low / every) * every, high + 1, every)
                      if v not in seen]
            if number == 0 and low == 1 and 1 not in values:
                values.insert(0, 1)
            seen.update(values)
            ticks.append((spacing, [float(v) for v in values]))
        return ticks


class CurveView(pg.PlotWidget):
    """The score per step and the running total of the document's journey.

    Clicking a dot makes that step the document's current step; the current step is marked with
    a vertical line and a ring.

    Signals:
        step_clicked(int): a dot was clicked (0-based step index).
    """

    step_clicked = Signal(int)

    def __init__(self, document: JourneyDocument, parent: Any = None, *,
                 font_px: int = 12, step_title: bool = True) -> None:
        self._bottom_axis = _StepAxis("bottom")
        super().__init__(parent, background=theme.PAPER,
                         axisItems={"bottom": self._bottom_axis})
        self._document = document
        self._detached = False
        self._columns: tuple[float, float] | None = None
        self._font_px = font_px
        self._step_title = step_title  # off where the step numbers speak for themselves
        self._scores: list[int] = []
        self._totals: list[int] = []
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setYRange(-2.45, 2.45, padding=0)
        plot.showAxis("right")
        self._left_axis = plot.getAxis("left")
        self._right_axis = plot.getAxis("right")
        self._left_axis.setTicks([[(score, display_sign(sign))
                                   for score, sign in SCORE_SIGNS.items()]])

        # Reference lines instead of showGrid (which costs 15-20 ms a frame).
        self._zero_line = pg.InfiniteLine(0, angle=0, pen=pg.mkPen(theme.INK, width=1))
        plot.addItem(self._zero_line, ignoreBounds=True)
        for level in (-2, -1, 1, 2):
            line = pg.InfiniteLine(level, angle=0, pen=pg.mkPen(theme.GRID, width=1))
            plot.addItem(line, ignoreBounds=True)
        self._current_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(theme.ACCENT, width=2, style=Qt.PenStyle.DashLine))
        self._current_line.setVisible(False)
        plot.addItem(self._current_line, ignoreBounds=True)

        # The running total lives in a second view box with its own axis on the right.
        self._total_box = pg.ViewBox(enableMouse=False, enableMenu=False)
        plot.scene().addItem(self._total_box)
        self._right_axis.linkToView(self._total_box)
        self._total_box.setXLink(plot)
        self._total_curve = pg.PlotCurveItem()
        self._total_box.addItem(self._total_curve)
        plot.vb.sigResized.connect(self._sync_total_box)

        self._score_line = pg.PlotCurveItem()
        plot.addItem(self._score_line)
        # One scatter per score: each draws a single cached symbol (per-point brushes make
        # pyqtgraph render a symbol per point, ~20 ms for 200 steps).
        self._dots: dict[int, pg.ScatterPlotItem] = {}
        for score in SCORE_SIGNS:
            dots = pg.ScatterPlotItem(pen=pg.mkPen(theme.INK, width=1),
                                      brush=pg.mkBrush(theme.score_colour(score)), symbol="o")
            dots.sigClicked.connect(self._on_points_clicked)
            plot.addItem(dots)
            self._dots[score] = dots
        self._current_ring = pg.ScatterPlotItem(
            size=22, pen=pg.mkPen(theme.ACCENT, width=3), brush=None, pxMode=True)
        plot.addItem(self._current_ring)

        self.set_font_px(font_px)
        document.journey_changed.connect(self.refresh)
        document.current_step_changed.connect(self._show_current)
        self.refresh()

    # -- public API ----------------------------------------------------------------------------

    def set_font_px(self, font_px: int) -> None:
        """Set the size of axis labels (the presentation mode uses large ones)."""
        self._font_px = font_px
        font = QFont(self.font())
        font.setPixelSize(font_px)
        plot = self.getPlotItem()
        for name, label in (("left", self.tr("Score")), ("right", self.tr("Running total")),
                            ("bottom", self.tr("Step"))):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setPen(pg.mkPen(theme.INK))
            axis.setTextPen(pg.mkPen(theme.INK))
            axis.setLabel(label, **{"font-size": f"{font_px}px", "color": theme.INK})
        plot.getAxis("bottom").showLabel(self._step_title)
        self._right_axis.setTextPen(pg.mkPen(theme.MUTED))
        self._right_axis.setLabel(self.tr("Running total"),
                                  **{"font-size": f"{font_px}px", "color": theme.MUTED})

    def points(self) -> list[tuple[int, int, int]]:
        """Return what the curve shows: (step number, score, running total) per step."""
        return [(n + 1, s, t) for n, (s, t) in enumerate(zip(self._scores, self._totals,
                                                            strict=True))]

    def current_step_marker(self) -> tuple[float, float] | None:
        """Return where the current step is marked (step number, score), ``None`` when hidden."""
        if not self._current_line.isVisible():
            return None
        xs, ys = self._current_ring.getData()
        return (float(xs[0]), float(ys[0])) if len(xs) else None

    def plot_width_ratio(self) -> float:
        """Return the plot area's width as a fraction of the widget's width."""
        return self.getPlotItem().vb.sceneBoundingRect().width() / max(1, self.width())

    def align_columns(self, first: float, last: float) -> None:
        """Show the steps the map shows: ``first``/``last`` are the (fractional) step numbers at
        the map viewport's left and right edges.

        The axis reads the same steps as the map: from ``first`` to ``last``, cut to the
        journey's steps (the map's margins and lane labels are no steps). The plot area is
        narrower than the map by the curve's axes, so the columns do not line up to the pixel;
        the step numbers do.
        """
        self._columns = (first, last)
        self._apply_x_range()

    def follow_map(self, map_view: Any) -> None:
        """Keep the x-range aligned with ``map_view``'s visible columns as it scrolls and zooms."""
        map_view.visible_columns_changed.connect(self.align_columns)
        first, last = map_view.visible_columns()
        self.align_columns(first, last)

    def detach(self) -> None:
        """Stop following the document (a closed view must not keep redrawing)."""
        if self._detached:
            return  # disconnecting twice would warn
        self._detached = True
        for signal, slot in ((self._document.journey_changed, self.refresh),
                             (self._document.current_step_changed, self._show_current)):
            signal.disconnect(slot)

    def close(self) -> bool:
        """Close the widget and stop following the document."""
        self.detach()
        return bool(super().close())

    def save_png(self, path: str | Path) -> None:
        """Write the widget as it looks now to a PNG file (a grab, not the slow ImageExporter)."""
        if not self.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def refresh(self) -> None:
        """Redraw the curve from the document's journey."""
        steps = self._document.journey.steps
        self._scores = [step.score for step in steps]
        self._totals = list(accumulate(self._scores))
        xs = list(range(1, len(steps) + 1))
        wide = len(steps) <= WIDE_PEN_LIMIT
        self._score_line.setData(xs, self._scores, antialias=True,
                                 pen=pg.mkPen(theme.INK, width=2.5 if wide else 1))
        for score, dots in self._dots.items():
            chosen = [x for x, s in zip(xs, self._scores, strict=True) if s == score]
            dots.setData(chosen, [score] * len(chosen), size=13 if wide else 6)
        self._total_curve.setData(xs, self._totals, antialias=True,
                                  pen=pg.mkPen(theme.MUTED, width=2 if wide else 1))
        reach = max((abs(t) for t in self._totals), default=0)
        reach = max(2, reach) * 1.225  # same ratio as 2.45 / 2: zero lines coincide
        self._total_box.setYRange(-reach, reach, padding=0)
        self._apply_x_range()
        self._show_current(self._document.current_step)

    # -- internals -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # A closed PlotWidget has dropped its plot item but may still get language events.
        if event.type() == QEvent.Type.LanguageChange and self.getPlotItem() is not None:
            self.set_font_px(self._font_px)  # the axis titles, in the new language
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        event.accept()  # clicks end here (pyqtgraph finds the clicked dot on release)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        event.accept()

    def x_range(self) -> tuple[float, float]:
        """Return the step range the axis shows (fractional step numbers)."""
        low, high = self.getPlotItem().vb.viewRange()[0]
        return float(low), float(high)

    def _apply_x_range(self) -> None:
        count = len(self._scores)
        self._bottom_axis.last_step = count
        start, end = 0.5, max(count, 1) + 0.5
        low, high = start, end
        if self._columns is not None:
            first, last = self._columns
            if min(last, end) - max(first, start) >= 1.0:
                low, high = max(first, start), min(last, end)
        # At the journey's ends leave room for the end dot and its step number, which
        # pyqtgraph would hide rather than let it stick out of the axis.
        width = self.getPlotItem().vb.sceneBoundingRect().width()
        half_column = 0.5 * width / max(high - low, 1e-9)  # room there is past an end dot
        left = self._end_room_px(1) - half_column if low <= start else 0.0
        right = self._end_room_px(count) - half_column if high >= end else 0.0
        left, right = max(0.0, left), max(0.0, right)
        if 0 < left + right < width / 2:
            per_px = (high - low) / (width - left - right)
            low, high = low - left * per_px, high + right * per_px
        self.getPlotItem().setXRange(low, high, padding=0)

    def _end_room_px(self, step: int) -> float:
        """Return the pixels right or left of ``step``'s dot that its ring and number need."""
        font = QFont(self.font())
        font.setPixelSize(self._font_px)
        label = QFontMetricsF(font).horizontalAdvance(str(max(step, 1))) / 2 + 2
        return max(label, self._current_ring.opts["size"] / 2 + 2)

    def _sync_total_box(self) -> None:
        plot = self.getPlotItem()
        self._total_box.setGeometry(plot.vb.sceneBoundingRect())
        self._total_box.linkedViewChanged(plot.vb, self._total_box.XAxis)
        self._apply_x_range()

    def _show_current(self, index: int) -> None:
        if 0 <= index < len(self._scores):
            self._current_line.setValue(index + 1)
            self._current_line.setVisible(True)
            self._current_ring.setData([index + 1], [self._scores[index]])
        else:
            self._current_line.setVisible(False)
            self._current_ring.setData([], [])

    def _on_points_clicked(self, _item: QObject, points: list[Any], *_: object) -> None:
        if not points:
            return
        position: QPointF = points[0].pos()
        index = round(position.x()) - 1
        if 0 <= index < len(self._scores):
            self._document.set_current_step(index)
            self.step_clicked.emit(index)
