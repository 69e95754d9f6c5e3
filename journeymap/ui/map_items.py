"""The graphics items of the map: one item per lane, phase band, step number, card, arrow, marker.

Every item holds one box of the shared ``MapLayout`` and paints it with the ``map_paint`` functions
that also draw the PNG and the PDF's map, so the screen looks like the exports. Items are placed in
scene coordinates equal to layout coordinates (``pos()`` stays (0, 0) except while a card is
dragged), which keeps Qt's BSP index exact and lets :meth:`LayoutItem.set_box` update an item in
place when a rebuild gives it a new box.

Level of detail: when zoomed far out, cards are drawn as blocks in their score colour without
text, markers without their glyph and arrows as single lines, so zoom-to-fit stays fast on a
journey with a thousand steps.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.core import theme
from journeymap.core.findings import Finding, Severity
from journeymap.core.layout import (
    Arrow,
    CardBox,
    ColumnHeader,
    FindingMarker,
    LaneBox,
    MapLayout,
    PhaseBand,
    Rect,
)
from journeymap.ui import map_paint

#: Below this many screen pixels per map point, text is not drawn (it would be under ~3 px).
TEXT_LOD = 0.4
#: Z order: background first, the dragged card on top of everything.
Z_LANE, Z_PHASE, Z_ARROW, Z_CARD, Z_MARKER, Z_DRAG = 0.0, 0.5, 1.0, 2.0, 3.0, 10.0
_FRAME = 4.0  # room around a card for the current-step frame


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def qrect(rect: Rect, margin: float = 0.0) -> QRectF:
    """Return a layout ``Rect`` as a ``QRectF``, grown by ``margin`` on every side."""
    return QRectF(rect.x - margin, rect.y - margin, rect.width + 2 * margin,
                  rect.height + 2 * margin)


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class LayoutItem(QGraphicsItem):
    """Base of the map's items: one layout box, painted in layout coordinates."""

    def __init__(self, box: Any, layout: MapLayout) -> None:
        super().__init__()
        self._box = box
        self._layout = layout
        self._bounds = self._compute_bounds()
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    @property
    def box(self) -> Any:
        """Return the layout box this item paints."""
        return self._box

    def set_box(self, box: Any, layout: MapLayout) -> bool:
        """Show ``box`` from a newer layout; repaint only if it differs. Return whether it did."""
        self._layout = layout
        if box == self._box:
            return False
        self._box = box
        bounds = self._compute_bounds()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()
        return True

    def _compute_bounds(self) -> QRectF:
        return qrect(self._box.rect)

    def boundingRect(self) -> QRectF:
        return self._bounds


class LaneItem(LayoutItem):
    """A channel's lane: tinted band with the channel name and service mode in the label column."""

    def __init__(self, box: LaneBox, layout: MapLayout) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_LANE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        map_paint.paint_lane(painter, self._box, detail=_lod(option, painter) >= TEXT_LOD,
                             options=self._layout.options)


class PhaseItem(LayoutItem):
    """A phase band over the columns of its steps."""

    def __init__(self, box: PhaseBand, layout: MapLayout, position: int) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_PHASE)
        self.setToolTip(box.name)
        self.position = position  # the band's order: neighbouring bands alternate their tint

    def set_box(self, box: Any, layout: MapLayout) -> bool:
        changed = super().set_box(box, layout)
        if changed:
            self.setToolTip(box.name)
        return changed

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        map_paint.paint_phase_band(painter, self._box, position=self.position,
                                   detail=_lod(option, painter) >= TEXT_LOD,
                                   options=self._layout.options)


class HeaderItem(LayoutItem):
    """The step number above a column."""

    def __init__(self, box: ColumnHeader, layout: MapLayout) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_PHASE)
        self.current = False

    def set_current(self, current: bool) -> None:
        """Highlight the number of the current step."""
        if current != self.current:
            self.current = current
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if _lod(option, painter) >= TEXT_LOD:
            map_paint.paint_column_header(painter, self._box, selected=self.current,
                                          options=self._layout.options)


class ArrowItem(LayoutItem):
    """The arrow from one step to the next; a channel switch is drawn thicker and in colour."""

    def __init__(self, box: Arrow, layout: MapLayout) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_ARROW)

    def _compute_bounds(self) -> QRectF:
        xs = [x for x, _ in self._box.points]
        ys = [y for _, y in self._box.points]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -6, -6, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if _lod(option, painter) >= TEXT_LOD:
            map_paint.paint_arrow(painter, self._box)
            return
        colour = theme.SWITCH_ARROW if self._box.channel_switch else theme.ARROW
        painter.setPen(QPen(QColor(colour), 0))
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in self._box.points]))


class CardItem(LayoutItem):
    """One step's card. Knows whether it is the current step or highlighted by a finding."""

    def __init__(self, box: CardBox, layout: MapLayout) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_CARD)
        self.current = False
        self.highlighted = False
        self.proposals = 0  # open proposals of the step: a dashed badge on the card
        self._update_tooltip()
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def index(self) -> int:
        """Return the 0-based step index of the card."""
        return int(self._box.index)

    def set_box(self, box: Any, layout: MapLayout) -> bool:
        old: CardBox = self._box
        changed = super().set_box(box, layout)
        if changed and (box.index, box.title, box.sign) != (old.index, old.title, old.sign):
            self._update_tooltip()  # a zoom moves every card; its tooltip stays as it was
        return changed

    def set_marks(self, *, current: bool, highlighted: bool) -> None:
        """Mark the card as the current step and/or highlighted; repaint only on a change."""
        if (current, highlighted) != (self.current, self.highlighted):
            self.current, self.highlighted = current, highlighted
            self.update()

    def set_proposals(self, count: int, label: str) -> None:
        """Show that the step has ``count`` open proposals (``label``: the tooltip's words)."""
        if (count, label) != (self.proposals, self._proposals_label):
            self.proposals, self._proposals_label = count, label
            self._update_tooltip()
            self.update()

    _proposals_label = ""
    _more_label = ""

    def set_more_label(self, label: str) -> None:
        """Say in the tooltip what the card's ``+n`` count is (``""``: the card has none)."""
        if label != self._more_label:
            self._more_label = label
            self._update_tooltip()

    def _update_tooltip(self) -> None:
        box: CardBox = self._box
        extra = "".join(f"<br><i>{_escape(line)}</i>" for line in (
            self._proposals_label if self.proposals else "", self._more_label) if line)
        self.setToolTip(f"<b>{box.index + 1}. {_escape(box.title)}</b> ({box.sign}){extra}")

    def _compute_bounds(self) -> QRectF:
        return qrect(self._box.rect, _FRAME + 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box: CardBox = self._box
        if self.highlighted:  # a chosen finding concerns this step: a frame around the card
            painter.setPen(QPen(QColor(theme.SWITCH_ARROW), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(qrect(box.rect, _FRAME - 1), 6, 6)
        detail = _lod(option, painter) >= TEXT_LOD
        map_paint.paint_card(painter, box, selected=self.current, detail=detail,
                             options=self._layout.options)
        if self.proposals and detail:
            _paint_proposal_badge(painter, box, self.proposals,
                                  self._layout.options.proposal_size)


def _paint_proposal_badge(painter: QPainter, box: CardBox, count: int, size: float) -> None:
    """A small dashed ``n?`` badge where the layout left it room among the card's marks:
    proposals wait for the designer (``CardBox.proposal_rect``)."""
    if box.proposal_rect is None:
        return
    badge = qrect(box.proposal_rect)
    pen = QPen(QColor(theme.SWITCH_ARROW), 1.0, Qt.PenStyle.DashLine)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setBrush(QColor(theme.CARD_FILL))
    radius = min(5.0, badge.height() / 2)
    painter.drawRoundedRect(badge, radius, radius)
    font = map_paint.map_font(size, dpi=_dpi(painter))
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(QColor(theme.SWITCH_ARROW))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"{count}?")
    painter.restore()


def _dpi(painter: QPainter) -> float:
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else 96.0


class MarkerItem(LayoutItem):
    """A finding's marker on a card; its tooltip shows the finding's message and tip."""

    def __init__(self, box: FindingMarker, layout: MapLayout) -> None:
        super().__init__(box, layout)
        self.setZValue(Z_MARKER)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.highlighted = False
        self._shown: tuple[Finding | None, str] | None = None

    @property
    def finding_index(self) -> int:
        """Return the position of the marker's finding in ``analysis.findings``."""
        return int(self._box.finding_index)

    def set_finding(self, finding: Finding | None, tip_label: str) -> None:
        """Show ``finding``'s message and tip (after ``tip_label``) in the tooltip."""
        if self._shown == (finding, tip_label):
            return
        self._shown = (finding, tip_label)
        if finding is None:
            self.setToolTip("")
            return
        steps = ", ".join(str(n) for n in finding.step_numbers)
        self.setToolTip(
            f"<p style='max-width: 28em'><b>{_escape(finding.message)}</b></p>"
            f"<p><i>{_escape(tip_label)}</i> {_escape(finding.tip)}</p>"
            f"<p style='color:{theme.MUTED}'>{_escape(finding.rule)} · {steps}</p>")

    def _compute_bounds(self) -> QRectF:
        return qrect(self._box.rect, 1.5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(qrect(self._box.rect, 1.5))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        map_paint.paint_marker(painter, self._box, detail=_lod(option, painter) >= TEXT_LOD,
                               highlighted=self.highlighted)


class OverviewItem(QGraphicsItem):
    """The whole map far zoomed out, painted in a few batched calls instead of item by item.

    A card is then a block in its score colour, an arrow a hairline and a marker a dot in its
    severity colour: painting thousands of items one Python call each would take ~20 µs apiece,
    so the view swaps the card, arrow, marker and header layers for this single item.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CARD)
        self._bounds = QRectF()
        self._cards: dict[int, list[QRectF]] = {}
        self._markers: dict[str, list[QRectF]] = {}
        self._lines: list[QLineF] = []
        self._switches: list[QLineF] = []
        self._pending: MapLayout | None = None

    def set_layout(self, layout: MapLayout) -> None:
        """Show ``layout``; its batches are prepared when first painted (often never)."""
        bounds = QRectF(0, 0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._pending = layout
        self.update()

    def _prepare(self, layout: MapLayout) -> None:
        self._cards = {}
        for card in layout.cards:
            self._cards.setdefault(card.score, []).append(qrect(card.rect))
        self._markers = {}
        for marker in layout.markers:
            self._markers.setdefault(marker.severity.value, []).append(qrect(marker.rect))
        self._lines, self._switches = [], []
        for arrow in layout.arrows:
            target = self._switches if arrow.channel_switch else self._lines
            for (x0, y0), (x1, y1) in zip(arrow.points, arrow.points[1:], strict=False):
                target.append(QLineF(x0, y0, x1, y1))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._pending is not None:
            self._prepare(self._pending)
            self._pending = None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(theme.ARROW), 0))
        painter.drawLines(self._lines)
        painter.setPen(QPen(QColor(theme.SWITCH_ARROW), 0))
        painter.drawLines(self._switches)
        painter.setPen(Qt.PenStyle.NoPen)
        for score, rects in self._cards.items():
            painter.setBrush(QColor(theme.score_colour(score)))
            painter.drawRects(rects)
        for severity, rects in self._markers.items():
            painter.setBrush(QColor(theme.SEVERITY_COLOURS[Severity(severity)]))
            painter.drawRects(rects)
