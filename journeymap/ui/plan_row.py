"""The plan row above the map: planned touchpoints, each marked with its fate (docs/plans.md).

``core.plan_layout`` places everything; these items paint it in the map's scene, above y = 0, so
the map's own items are untouched. A completed touchpoint has a green edge, a failing one is red,
a missing one is a faded ghost with a dashed edge; an actual step that realises nothing planned
carries an "ad hoc" badge on its card. For an open planned journey the row shows, over each
step, how many actual journeys completed, failed or missed it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymap.core import theme
from journeymap.core.channels import channel, is_channel_id
from journeymap.core.deviations import DeviationKind
from journeymap.core.layout import MapLayout, Rect, TextMeasure
from journeymap.core.plan_layout import (
    AdHocBadge,
    PlanCard,
    PlanRow,
    PlanRowOptions,
    layout_comparison_row,
    layout_counts_row,
)
from journeymap.ui import map_paint
from journeymap.ui.i18n import deviation_label
from journeymap.ui.map_items import TEXT_LOD, qrect

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

# Above the map's cards and markers, below a dragged card.
Z_PLAN, Z_BADGE = 1.5, 4.0
GLYPHS: dict[DeviationKind, str] = {
    DeviationKind.COMPLETED: "✓", DeviationKind.FAILING: "✗", DeviationKind.MISSING: "○",
    DeviationKind.AD_HOC: "+",
}
_GHOST_OPACITY = 0.6


def _font(painter: QPainter, size: float, *, bold: bool = False) -> None:
    device = painter.device()
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    painter.setFont(map_paint.map_font(size, bold=bold, dpi=dpi))


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


def visible_left(view: QGraphicsView) -> float:
    """Return the scene x where the map's columns come into sight in ``view``.

    That is the viewport's left edge, or right of the lane labels pinned there when the map
    is scrolled sideways (``MapView.pinned_label_width``).
    """
    left = view.mapToScene(QPoint(0, 0)).x()
    pinned = getattr(view, "pinned_label_width", None)
    return left + (float(pinned()) if callable(pinned) else 0.0)


def title_start(card: Rect, text_width: float, left: float | None,
                padding: float = 5.0) -> float:
    """Return the x where a plan card's text starts: at its left edge, or, when that lies
    left of ``left`` (scrolled out of sight), at ``left``, as far as the text stays inside
    the card. A touchpoint over steps 6-12 keeps its title readable at step 12."""
    x = card.x + padding
    if left is None or left + padding <= x:
        return x
    return max(x, min(left + padding, card.right - padding - text_width))


class PlanBandItem(QGraphicsItem):
    """The row's band across the map, with its heading and the plan's title at the left."""

    def __init__(self, row: PlanRow) -> None:
        super().__init__()
        self.row = row
        self.setZValue(0.0)
        self.setToolTip(row.heading + ": " + " ".join(row.label_lines))

    def boundingRect(self) -> QRectF:
        return qrect(self.row.rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        row = self.row
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.PLAN_ROW_FILL))
        painter.drawRect(qrect(row.rect))
        painter.setBrush(QColor(theme.ACCENT))
        label = row.label_rect
        painter.drawRect(QRectF(label.x, label.y + 1, 3.0, label.height - 2))
        if _lod(option, painter) >= TEXT_LOD:
            opt = row.options
            x = label.x + 3 + 2 * 5.0
            block = (len(row.label_lines) + 1) * opt.title_size * 1.25
            y = label.center_y - block / 2 + opt.label_size
            painter.setPen(QColor(theme.MUTED))
            _font(painter, opt.status_size, bold=True)
            painter.drawText(QPointF(x, y), row.heading.upper())
            painter.setPen(QColor(theme.INK))
            _font(painter, opt.title_size, bold=True)
            for line in row.label_lines:
                y += opt.title_size * 1.25
                painter.drawText(QPointF(x, y), line)
        painter.restore()


class PlanCardItem(QGraphicsItem):
    """One planned touchpoint: its title and its fate (or its counts over many journeys)."""

    def __init__(self, card: PlanCard, tooltip: str, options: PlanRowOptions) -> None:
        super().__init__()
        self.card = card
        self._options = options
        self.current = False
        self.setZValue(Z_PLAN)
        self.setToolTip(tooltip)
        if card.kind is DeviationKind.MISSING:
            self.setOpacity(_GHOST_OPACITY)

    @property
    def planned_step(self) -> str:
        """Return the id of the planned step the card stands for."""
        return self.card.planned_step

    @property
    def kind(self) -> DeviationKind | None:
        """Return the touchpoint's fate in the actual journey (``None``: a counts card)."""
        return self.card.kind

    def set_current(self, current: bool) -> None:
        """Outline the card when the current step realises it."""
        if current != self.current:
            self.current = current
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.card.rect, 2.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        card = self.card
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if card.counts is not None:
            self._paint_counts(painter, option)
        else:
            view = widget.parent() if widget is not None else None
            self._paint_touchpoint(painter, option,
                                   view if isinstance(view, QGraphicsView) else None)
        painter.restore()

    def title_x(self, view: QGraphicsView | None) -> float:
        """Return where the card's title and status start in ``view`` (see ``title_start``)."""
        opt = self._options
        dpi = 96.0
        if view is not None:
            dpi = float(view.viewport().logicalDpiY())
        title = QFontMetricsF(map_paint.map_font(opt.title_size, dpi=dpi))
        status = QFontMetricsF(map_paint.map_font(opt.status_size, bold=True, dpi=dpi))
        widths = [title.horizontalAdvance(line) for line in self.card.title_lines]
        widths.append(min(status.horizontalAdvance(self._status()), self.card.rect.width - 10))
        return title_start(self.card.rect, max(widths),
                           visible_left(view) if view is not None else None)

    def _status(self) -> str:
        kind = self.card.kind or DeviationKind.COMPLETED
        return f"{GLYPHS[kind]} {deviation_label(kind)}"

    def _paint_touchpoint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
                          view: QGraphicsView | None = None) -> None:
        card = self.card
        kind = card.kind or DeviationKind.COMPLETED
        style = Qt.PenStyle.DashLine if kind is DeviationKind.MISSING else Qt.PenStyle.SolidLine
        width = 1.6 if kind is DeviationKind.FAILING else 1.0
        pen = QPen(QColor(theme.ACCENT if self.current else theme.DEVIATION_BORDERS[kind.value]),
                   2.0 if self.current else width, style)
        painter.setPen(pen)
        painter.setBrush(QColor(theme.DEVIATION_FILLS[kind.value]))
        painter.drawRoundedRect(qrect(card.rect), 4, 4)
        if _lod(option, painter) < TEXT_LOD:
            return
        opt = self._options
        x = self.title_x(view)
        painter.setPen(QColor(theme.INK))
        _font(painter, opt.title_size)
        baseline = card.rect.y + 5.0 + opt.title_size * 0.95
        for line in card.title_lines:
            painter.drawText(QPointF(x, baseline), line)
            baseline += opt.title_leading
        painter.setPen(QColor(theme.DEVIATION_TEXT[kind.value]))
        _font(painter, opt.status_size, bold=True)
        status = self._status()
        if QFontMetricsF(painter.font()).horizontalAdvance(status) > card.rect.right - 3 - x:
            status = GLYPHS[kind]  # a narrow card: the glyph alone, the word in the tooltip
        painter.drawText(QPointF(x, card.rect.bottom - 5.0), status)

    def _paint_counts(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        card = self.card
        counts = card.counts
        assert counts is not None
        painter.setPen(QPen(QColor(theme.CARD_BORDER), 0.8))
        painter.setBrush(QColor(theme.CARD_FILL))
        painter.drawRoundedRect(qrect(card.rect), 4, 4)
        if _lod(option, painter) < TEXT_LOD:
            return
        opt = self._options
        parts = [(DeviationKind.COMPLETED, counts.completed),
                 (DeviationKind.FAILING, counts.failing),
                 (DeviationKind.MISSING, counts.missing)]
        _font(painter, opt.title_size, bold=True)
        metrics = QFontMetricsF(painter.font())
        texts = [(kind, f"{GLYPHS[kind]} {number}", number) for kind, number in parts]
        gap = 7.0
        total = sum(metrics.horizontalAdvance(text) for _, text, _n in texts) + gap * 2
        x = card.rect.center_x - total / 2
        baseline = card.rect.center_y + opt.title_size * 0.36
        for kind, text, number in texts:  # a zero is there but quiet: the eye finds the rest
            painter.setPen(QColor(theme.DEVIATION_TEXT[kind.value] if number else theme.FAINT))
            painter.drawText(QPointF(x, baseline), text)
            x += metrics.horizontalAdvance(text) + gap


class AdHocBadgeItem(QGraphicsItem):
    """The "ad hoc" badge on the top edge of an actual step's card, or on a card too narrow
    for the word a violet corner mark (``AdHocBadge.corner``) with the word in the tooltip."""

    def __init__(self, badge: AdHocBadge, tooltip: str, size: float = 6.5) -> None:
        super().__init__()
        self.badge = badge
        self._size = size
        self.setZValue(Z_BADGE)
        self.setToolTip(tooltip)
        if badge.corner:  # a click on the corner selects the card under it
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def step_index(self) -> int:
        """Return the 0-based index of the improvised step."""
        return self.badge.step_index

    def boundingRect(self) -> QRectF:
        return qrect(self.badge.rect, 1.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.badge.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.badge.corner:
            self._paint_corner(painter, rect)
            painter.restore()
            return
        painter.setPen(QPen(QColor(theme.PAPER), 1.0))
        painter.setBrush(QColor(theme.AD_HOC_BADGE))
        painter.drawRoundedRect(qrect(rect), rect.height / 2, rect.height / 2)
        if _lod(option, painter) >= TEXT_LOD:
            painter.setPen(QColor(theme.PAPER))
            size = self._size
            _font(painter, size, bold=True)
            metrics = QFontMetricsF(painter.font())
            width = metrics.horizontalAdvance(self.badge.text)
            painter.drawText(QPointF(rect.center_x - width / 2, rect.center_y + size * 0.36),
                             self.badge.text)
        painter.restore()

    @staticmethod
    def _paint_corner(painter: QPainter, rect: Rect) -> None:
        """A triangle filling the card's top right corner, inside its rounded edge."""
        corner = QPainterPath()
        corner.moveTo(rect.x, rect.y)
        corner.lineTo(rect.right, rect.y)
        corner.lineTo(rect.right, rect.bottom)
        corner.closeSubpath()
        card = QPainterPath()  # the card's rounded corner (radius 4, as the card is painted)
        card.addRoundedRect(QRectF(rect.right - 3 * rect.width, rect.y, 3 * rect.width,
                                   3 * rect.height), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.AD_HOC_BADGE))
        painter.drawPath(corner.intersected(card))


class PlanRowLayer(QObject):
    """The plan row's items in a map's scene, rebuilt from the document's ``plan_state``."""

    def __init__(self, document: JourneyDocument, scene: QGraphicsScene, measure: TextMeasure,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._scene = scene
        self._measure = measure
        self.row: PlanRow | None = None
        #: Off where the map is for a room (presentation mode): no row is drawn then.
        self.enabled = True
        self.band: PlanBandItem | None = None
        self.cards: list[PlanCardItem] = []
        self.badges: list[AdHocBadgeItem] = []

    @property
    def rect(self) -> Rect | None:
        """Return the row's band (``None`` when no row is shown)."""
        return self.row.rect if self.row is not None else None

    def sync(self, layout: MapLayout) -> None:
        """Show the plan row of the document's open journey over ``layout`` (or none)."""
        self._clear()
        state = getattr(self._document, "plan_state", None)
        if (not self.enabled or state is None or not state.shown or state.plan is None
                or not layout.cards):
            self.row = None
            return
        lang = layout.lang
        if state.comparison is not None:
            row = layout_comparison_row(
                state.comparison, layout, measure=self._measure, heading=self.tr("Plan"),
                ad_hoc_text=deviation_label(DeviationKind.AD_HOC))
        else:
            subtitle = self.tr("%n actual journey(s)", "", len(state.actual_ids))
            row = layout_counts_row(state.plan, state.counts, layout, measure=self._measure,
                                    heading=self.tr("Plan"), subtitle=subtitle)
        self.row = row
        self.band = PlanBandItem(row)
        self._scene.addItem(self.band)
        steps = {step.id: step for step in state.plan.steps}
        for card in row.cards:
            step = steps[card.planned_step]
            item = PlanCardItem(card, self._tooltip(card, step.title,
                                                    _channel_name(step.channel, lang)),
                                row.options)
            self._scene.addItem(item)
            self.cards.append(item)
        for badge in row.badges:
            detail = self.tr(
                "Step %1 realises no planned touchpoint: the customer improvised").replace(
                "%1", str(badge.step_index + 1))
            item = AdHocBadgeItem(badge, f"<b>{_escape(badge.text)}</b><br>{_escape(detail)}",
                                  row.options.badge_size)
            self._scene.addItem(item)
            self.badges.append(item)
        self.set_current(self._document.current_step)

    def set_current(self, index: int) -> None:
        """Outline the planned touchpoint the current step realises."""
        for item in self.cards:
            item.set_current(index in item.card.actual_steps and item.card.counts is None)

    def _tooltip(self, card: PlanCard, title: str, channel: str) -> str:
        head = f"<b>{_escape(title)}</b> ({_escape(channel)})"
        if card.counts is not None:
            counts = card.counts
            return head + "<br>" + self.tr(
                "%1 completed, %2 failed, %3 missed it").replace(
                "%1", str(counts.completed)).replace("%2", str(counts.failing)).replace(
                "%3", str(counts.missing))
        steps = ", ".join(str(index + 1) for index in card.actual_steps)
        kind = card.kind or DeviationKind.COMPLETED
        if kind is DeviationKind.MISSING:
            detail = self.tr("Missing: no step realised this planned touchpoint")
        elif card.linked:
            detail = self.tr("%1: step %2 (linked)").replace(
                "%1", deviation_label(kind).capitalize()).replace("%2", steps)
        else:
            detail = self.tr("%1: step %2 (matched by channel and title)").replace(
                "%1", deviation_label(kind).capitalize()).replace("%2", steps)
        return f"{head}<br>{_escape(detail)}"

    def _clear(self) -> None:
        for item in [*self.cards, *self.badges, *([self.band] if self.band else [])]:
            self._scene.removeItem(item)
        self.cards, self.badges, self.band = [], [], None


def _channel_name(channel_id: str, lang: str) -> str:
    return channel(channel_id).name(lang) if is_channel_id(channel_id) else channel_id


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
