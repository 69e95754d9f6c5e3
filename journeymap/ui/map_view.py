"""The interactive journey map: the shared layout as graphics items, zoom, pan, drag to edit.

The view never computes geometry: ``core.layout.layout_map`` does, and each box becomes one item
(``ui.map_items``) painted by ``ui.map_paint``, so the screen matches the PNG and PDF. A rebuild
after an edit reuses the items and repaints only the boxes that changed. Lane labels stay pinned
to the left edge while the map scrolls sideways, so a lane stays named at step 150.

Mouse: click a card to make it current, drag it sideways to reorder or up/down to another lane to
change its channel (both one undoable edit); click a finding marker to select its steps; drag empty
space to pan; the wheel zooms around the pointer (Shift+wheel scrolls sideways); right-click a
card (or press the menu key) for its channel, score and outcome (``ui.step_menu``).
Keys: Ctrl+= / Ctrl+- zoom, Ctrl+0 fits the map, Left/Right/Home/End walk the steps.

Zoom in the main window is semantic (``core.map_fit``): what zooms is the width of a step column
on screen; narrow columns get the compact card face at a legible text size instead of shrinking
the full cards' text to a few pixels. A journey opens, and Ctrl+0 fits it, into the pane in both
directions. A view given its own ``options`` (presentation mode) zooms uniformly as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from journeymap.core import theme
from journeymap.core.findings import Analysis
from journeymap.core.layout import (
    LaneBox,
    MapLayout,
    MapOptions,
    TextMeasure,
    ellipsize,
    layout_map,
    wrap_text,
)
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.map_fit import MapScale, Pane, fit_column_px, scale_for, scene_margin
from journeymap.core.model import Journey
from journeymap.ui import map_paint
from journeymap.ui.map_items import (
    TEXT_LOD,
    Z_CARD,
    Z_DRAG,
    ArrowItem,
    CardItem,
    HeaderItem,
    LaneItem,
    LayoutItem,
    MarkerItem,
    OverviewItem,
    PhaseItem,
    qrect,
)
from journeymap.ui.plan_row import PlanRowLayer

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

MIN_ZOOM, MAX_ZOOM = 0.01, 8.0
#: The zoom a journey opens at, at most: map text of 8 pt reads as about 13 px.
OPEN_ZOOM = 1.6
#: Zoom factor per wheel notch (120 units of angleDelta); a touchpad's small deltas add up to it.
WHEEL_NOTCH_FACTOR = 1.15
#: Zoom factor of Ctrl+= and Ctrl+-.
KEY_ZOOM_FACTOR = 1.25
_MARGIN = 12.0
_MEASURE_CACHE_LIMIT = 50_000
#: Layouts a view keeps of its journey and analysis, one per set of sizes (column width): a
#: wheel zooming in and back out passes the same widths again.
LAYOUT_CACHE = 8
#: Below this many pixels per column the map is painted as one batched overview item.
OVERVIEW_COLUMN_PX = 16.0
#: Narrowest width of the pinned lane labels relative to the map's own label column (it grows
#: to fit the longest word of a channel name, so no name breaks inside a word).
PINNED_LABEL_RATIO = 0.5

_Item = TypeVar("_Item", bound=LayoutItem)
#: Lays a view's map out instead of ``layout_map``: ``(journey, analysis, lang, proposals)``.
LayoutBuilder = Callable[[Journey, Analysis | None, str, dict[int, int]], MapLayout]


def cached_measure(measure: TextMeasure) -> TextMeasure:
    """Return ``measure`` remembering its answers: rebuilds re-wrap the same titles."""
    cache: dict[tuple[str, float], float] = {}

    def cached(text: str, size: float) -> float:
        key = (text, size)
        width = cache.get(key)
        if width is None:
            if len(cache) > _MEASURE_CACHE_LIMIT:
                cache.clear()
            width = cache[key] = measure(text, size)
        return width

    return cached


def pinned_lanes(layout: MapLayout, measure: TextMeasure) -> tuple[LaneBox, ...]:
    """Return the lanes' labels narrowed for the pinned column: channel names only.

    The full label column (name and service mode) takes a third of a laptop's map when zoomed
    in; pinned, a name is all the eye needs to keep its place.
    """
    opt = layout.options
    room = 3 * opt.padding + 3  # the stripe and the padding around the name
    widest_word = max((measure(word, opt.label_size) * BOLD_FACTOR
                       for lane in layout.lanes for word in lane.label.split()), default=0.0)
    width = min(opt.label_width, max(opt.label_width * PINNED_LABEL_RATIO, widest_word + room + 1))
    text_width = (width - room) / BOLD_FACTOR
    return tuple(
        replace(lane, label_lines=wrap_text(lane.label, text_width, opt.label_size, measure, 2),
                mode_label="", label_rect=replace(lane.label_rect, width=width))
        for lane in layout.lanes)


class MapView(QGraphicsView):
    """The journey map of a ``JourneyDocument``.

    Signals:
        finding_activated(int): a finding marker was clicked (index in ``analysis.findings``).
        visible_columns_changed(float, float): the fractional step numbers (1-based; step ``n``'s
            column centre is ``n``) at the viewport's left and right edges, after a scroll,
            zoom, resize or rebuild. The score curve follows it.
        zoom_changed(float): the scale changed (1.0: one screen pixel per layout point).
    """

    finding_activated = Signal(int)
    visible_columns_changed = Signal(float, float)
    zoom_changed = Signal(float)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None, *,
                 editable: bool = True, options: MapOptions | None = None,
                 plan_row: bool = True, builder: LayoutBuilder | None = None,
                 margin: float = _MARGIN) -> None:
        super().__init__(parent)
        self._document = document
        self._detached = False
        self._editable = editable
        #: The largest zoom at which a journey opens (fitted to the view's height).
        self.fit_zoom_limit = OPEN_ZOOM
        #: Centre the current step (presentation) instead of only scrolling it into view.
        self.center_current = False
        self._options = options
        self._builder = builder
        self._margin = margin
        #: The zoom a fixed view keeps when it fits itself (``None``: fit the height).
        self.fixed_zoom: float | None = None
        #: The main window's map adapts its sizes to the pane (``core.map_fit``); a view given
        #: its own options keeps them and zooms uniformly.
        self.adaptive = options is None and builder is None
        self._scale: MapScale | None = None
        self._measure = cached_measure(map_paint.qt_measure())
        self._layout: MapLayout | None = None
        self._built: tuple[Journey, Analysis | None, str] | None = None
        self._layouts: dict[tuple[MapOptions | None, tuple[tuple[int, int], ...]], MapLayout] = {}
        self._layouts_of: tuple[Journey, Analysis | None, str] | None = None
        self._columns_seen: list[float] = []  # the column widths of the layouts kept
        self._lanes: list[LaneItem] = []
        self._phases: list[PhaseItem] = []
        self._headers: list[HeaderItem] = []
        self._arrows: list[ArrowItem] = []
        self._cards: list[CardItem] = []
        self._markers: list[MarkerItem] = []
        self._current = -1
        self._highlighted: frozenset[int] = frozenset()
        self._highlighted_finding = -1
        self._auto_zoom = True
        self._opened_id: object = object()
        self._press: tuple[CardItem, QPointF, QPoint] | None = None
        self._dragging = False
        self._swallow_release = False
        self._pan_start: QPoint | None = None
        self._drop: tuple[int, str] | None = None
        self._columns: tuple[float, float] | None = None
        self._pinned_lanes: tuple[LaneBox, ...] = ()
        #: The window's step actions shown under a card's own menu (``None``: a separator).
        self.context_actions: Sequence[QAction | None] = ()

        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(scene)
        self._overview = OverviewItem()
        self._overview.setVisible(False)
        scene.addItem(self._overview)
        # The plan row above the map (``ui.plan_row``): an actual journey's plan, or a plan's
        # counts over its actual journeys.
        self.plan_row = PlanRowLayer(document, scene, self._measure, self)
        self.plan_row.enabled = plan_row
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setBackgroundBrush(QColor(theme.PAPER))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map"))
        self.horizontalScrollBar().valueChanged.connect(self._emit_columns)
        self.horizontalScrollBar().rangeChanged.connect(self._emit_columns)

        document.journey_changed.connect(self._on_journey_changed)
        document.analysis_changed.connect(self.rebuild)
        document.current_step_changed.connect(self._on_current_changed)
        highlighted = getattr(document, "steps_highlighted", None)
        if highlighted is not None:
            highlighted.connect(self._on_steps_highlighted)
        plan_changed = getattr(document, "plan_changed", None)
        if plan_changed is not None:
            plan_changed.connect(self._on_plan_changed)
        self.rebuild()
        self._on_current_changed(document.current_step)

    # -- public API ----------------------------------------------------------------------------

    @property
    def map_layout(self) -> MapLayout | None:
        """Return the layout on screen (``None`` before the first build)."""
        return self._layout

    @property
    def zoom(self) -> float:
        """Return the scale: screen pixels per layout point."""
        return float(self.transform().m11())

    def card_items(self) -> Sequence[CardItem]:
        """Return the card items in step order."""
        return tuple(self._cards)

    def marker_items(self) -> Sequence[MarkerItem]:
        """Return the finding marker items."""
        return tuple(self._markers)

    def lane_channels(self) -> tuple[str, ...]:
        """Return the channel ids of the lanes, top to bottom."""
        return tuple(item.box.channel for item in self._lanes)

    def detach(self) -> None:
        """Stop following the document (a closed view must not keep rebuilding)."""
        if self._detached:
            return  # disconnecting twice would warn
        self._detached = True
        document = self._document
        pairs = [(document.journey_changed, self._on_journey_changed),
                 (document.analysis_changed, self.rebuild),
                 (document.current_step_changed, self._on_current_changed)]
        highlighted = getattr(document, "steps_highlighted", None)
        if highlighted is not None:
            pairs.append((highlighted, self._on_steps_highlighted))
        plan_changed = getattr(document, "plan_changed", None)
        if plan_changed is not None:
            pairs.append((plan_changed, self._on_plan_changed))
        for signal, slot in pairs:
            signal.disconnect(slot)

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Scale the map to ``zoom`` keeping the scene point under ``anchor`` (default: centre)."""
        zoom = max(self._min_zoom(), min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) < 1e-9:
            return
        point = anchor if anchor is not None else self.viewport().rect().center()
        scene_point = self.mapToScene(point)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if self._scale is not None and self._layout is not None:  # the same sizes, scaled
            self._scale = replace(self._scale, zoom=zoom,
                                  column_px=self._layout.options.column_width * zoom)
        moved = self.mapFromScene(scene_point) - point
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._after_zoom()

    def zoom_in(self) -> None:
        """Zoom in one step (Ctrl+=)."""
        self._auto_zoom = False
        self.zoom_by(KEY_ZOOM_FACTOR)

    def zoom_out(self) -> None:
        """Zoom out one step (Ctrl+-)."""
        self._auto_zoom = False
        self.zoom_by(1 / KEY_ZOOM_FACTOR)

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Make the step columns ``factor`` times as wide on screen, keeping ``anchor`` in place.

        An adaptive view lays the map out again for the new width (full or compact cards);
        otherwise the whole map scales.
        """
        layout = self._layout
        if not self.adaptive or layout is None or not layout.cards:
            self.set_zoom(self.zoom * factor, anchor)
            return
        column_px = layout.options.column_width * self.zoom * factor
        smallest = 0.9 * self._fit_column_px(legible=False)
        column_px = max(min(column_px, MAX_ZOOM * MapOptions().column_width),
                        min(smallest, layout.options.column_width * self.zoom))
        # a notch back lands on the width before it but for the last bits of the float
        column_px = next((seen for seen in self._columns_seen
                          if abs(seen - column_px) <= 1e-9 * seen), column_px)
        self._set_scale(self._scale_at(column_px), anchor)

    @property
    def scale(self) -> MapScale | None:
        """Return the sizes and zoom of an adaptive view (``None`` for a fixed one)."""
        return self._scale if self.adaptive else None

    def zoom_to_fit(self) -> None:
        """Show the whole map (Ctrl+0): an adaptive view fills the pane both ways."""
        self._auto_zoom = False
        if self.adaptive and self._layout is not None and self._layout.cards:
            self._fit(legible=False)
            self.centerOn(self.sceneRect().center())
            self._emit_columns()
            return
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        # Two pixels to spare: centring rounds to whole pixels, which must not cut off an edge.
        zoom = min((view.width() - 2) / rect.width(), (view.height() - 2) / rect.height())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self._after_zoom()

    def zoom_to_height(self) -> None:
        """Show the journey as it opens: an adaptive view fits it into the pane both ways with
        legible text (a long journey scrolls); a fixed view fits the map's height (at most
        ``fit_zoom_limit``)."""
        if self._layout is None or self._layout.height <= 0:
            return
        if self.adaptive and self._layout.cards:
            self._fit(legible=True)
            self._show_current()
            return
        view = self.viewport().rect()
        zoom = self.fixed_zoom or min(self.fit_zoom_limit,
                                      (view.height() - 4) / self.sceneRect().height())
        self.setTransform(QTransform.fromScale(max(zoom, 0.2), max(zoom, 0.2)))
        self._after_zoom()
        self._show_current()

    def visible_columns(self) -> tuple[float, float]:
        """Return the fractional step numbers at the viewport's left and right edges."""
        left = self.mapToScene(QPoint(0, 0)).x()
        right = self.mapToScene(QPoint(self.viewport().width(), 0)).x()
        if self._layout is not None and self._layout.column_edges:
            return (self._layout.column_number(left), self._layout.column_number(right))
        if self._layout is not None:
            start, width = self._layout.columns_left, self._layout.options.column_width
        else:
            opt = self._options or MapOptions()
            start, width = opt.label_width, opt.column_width
        return ((left - start) / width + 0.5, (right - start) / width + 0.5)

    def pinned_label_width(self) -> float:
        """Return the width (scene units) of the lane labels pinned at the viewport's left edge
        while the map is scrolled sideways (0 when the map's own label column shows)."""
        if not self._pinned_lanes or self.mapToScene(QPoint(0, 0)).x() <= 0.5:
            return 0.0
        return self._pinned_lanes[0].label_rect.width

    def card_scene_rect(self, index: int) -> QRectF:
        """Return the scene rectangle of step ``index``'s card."""
        return qrect(self._cards[index].box.rect)

    def rebuild(self, *, force: bool = False) -> None:
        """Bring the scene up to date with the document (only changed items repaint).

        Called on ``analysis_changed`` (once per edit). Nothing happens when the journey,
        analysis and language are the ones on screen, unless ``force``.
        """
        journey, analysis = self._document.journey, self._document.analysis
        lang = str(getattr(self._document, "lang", journey.language))
        built = self._built
        if (not force and built is not None and built[0] is journey and built[1] is analysis
                and built[2] == lang):
            return
        self._built = (journey, analysis, lang)
        if force:
            self._layouts.clear()
        opened = getattr(self._document, "journey_id", None)
        if opened != self._opened_id:
            self._opened_id = opened
            self._auto_zoom = True
        if self.adaptive and journey.steps:
            if self._auto_zoom or self._scale is None:
                self._build(self._scale_at(self._fit_column_px(legible=True)).options)
                self.zoom_to_height()
            else:
                self._set_scale(self._scale_at(self._scale.column_px), rebuild=True)
        else:
            self._build(self._options)
            if self._auto_zoom:
                self.zoom_to_height()
        self.viewport().update()
        self._emit_columns()

    def _build(self, options: MapOptions | None) -> None:
        """Lay the map out with ``options`` and bring the items up to date with it."""
        journey, analysis = self._document.journey, self._document.analysis
        lang = str(getattr(self._document, "lang", journey.language))
        if self._builder is not None:  # its layout follows more than the journey: never kept
            layout = self._builder(journey, analysis, lang, self._proposal_counts(journey))
        else:
            layout = self._layout_for(journey, analysis, lang, options)
        self._layout = layout
        self._pinned_lanes = pinned_lanes(layout, self._measure)
        # Moving thousands of items one by one updates Qt's BSP index item by item; without an
        # index while they move, it is built once, at the next paint (half the time).
        scene = self.scene()
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._sync(self._lanes, layout.lanes, lambda box, pos: LaneItem(box, layout), layout)
        self._sync(self._phases, layout.phases,
                   lambda box, pos: PhaseItem(box, layout, pos), layout)
        self._sync(self._headers, layout.headers, lambda box, pos: HeaderItem(box, layout), layout)
        self._sync(self._arrows, layout.arrows, lambda box, pos: ArrowItem(box, layout), layout)
        self._sync(self._cards, layout.cards, lambda box, pos: CardItem(box, layout), layout)
        self._mark_proposals(journey)
        tip = self.tr("Tip:")
        findings = analysis.findings if analysis is not None else ()
        self._sync(self._markers, layout.markers,
                   lambda box, pos: MarkerItem(box, layout), layout)
        self._overview.set_layout(layout)
        for item in self._markers:
            index = item.finding_index
            item.set_finding(findings[index] if index < len(findings) else None, tip)
        self.plan_row.sync(layout)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._set_scene_rect(layout)
        self._current = -2  # force the marks to be re-applied
        self._apply_marks(self._document.current_step)

    def _layout_for(self, journey: Journey, analysis: Analysis | None, lang: str,
                    options: MapOptions | None) -> MapLayout:
        """Return the map laid out with ``options``, from the layouts kept when it was laid out
        so before for the same journey, analysis, language and open proposals."""
        held = self._layouts_of
        if held is None or held[0] is not journey or held[1] is not analysis or held[2] != lang:
            self._layouts.clear()
            self._layouts_of = (journey, analysis, lang)
        proposals = self._proposal_counts(journey)
        key = (options, tuple(sorted(proposals.items())))
        layout = self._layouts.pop(key, None)
        if layout is None:
            layout = layout_map(journey, analysis, measure=self._measure, lang=lang,
                                options=options, proposals=proposals)
            while len(self._layouts) >= LAYOUT_CACHE:
                del self._layouts[next(iter(self._layouts))]  # the one used longest ago
        self._layouts[key] = layout
        return layout

    # -- semantic zoom (adaptive views) --------------------------------------------------------

    def _pane(self) -> Pane:
        view = self.viewport().rect()
        row, layout = self.plan_row.rect, self._layout
        extra = 0.0
        if row is not None and layout is not None and layout.options.column_width > 0:
            beyond = row.right - layout.width  # missing touchpoints after the last step
            extra = max(0.0, beyond / layout.options.column_width)
        # the scroll bars come and go with the fit: count on the room without them, less the
        # horizontal bar's when the map is wider than the pane (a long journey scrolls)
        room = self.maximumViewportSize()
        width, height = room.width(), room.height()
        if self.sceneRect().width() * self.zoom > width + 1:
            height -= self.horizontalScrollBar().sizeHint().height()
        del view
        return Pane(width, height, above=-row.y if row is not None else 0.0,
                    margin=_MARGIN, extra_columns=extra)

    def _lang(self) -> str:
        return str(getattr(self._document, "lang", self._document.journey.language))

    def _scale_at(self, column_px: float, *, fit_height: bool = False) -> MapScale:
        return scale_for(self._document.journey, column_px, self._pane(), lang=self._lang(),
                         measure=self._measure, fit_height=fit_height)

    def _fit_column_px(self, *, legible: bool) -> float:
        return fit_column_px(self._document.journey, self._pane(), lang=self._lang(),
                             measure=self._measure, max_zoom=self.fit_zoom_limit,
                             legible=legible)

    def _fit(self, *, legible: bool) -> None:
        """Fit the journey into the pane; twice when the plan row's height changed with it."""
        for _ in range(2):
            above = self._pane().above
            column_px = self._fit_column_px(legible=legible)
            self._set_scale(self._scale_at(column_px, fit_height=not legible))
            if self._pane().above == above:
                break

    def _set_scale(self, scale: MapScale, anchor: QPoint | None = None, *,
                   rebuild: bool = False) -> None:
        """Show the map with ``scale``'s sizes and zoom, the scene point under ``anchor``
        (default: the viewport's centre) staying there, by its place among the columns."""
        before = self._layout
        point = anchor if anchor is not None else self.viewport().rect().center()
        scene_point = self.mapToScene(point)
        rect = self.sceneRect()
        column = fraction = None
        if before is not None and before.options.column_width > 0 and rect.height() > 0:
            column = (scene_point.x() - before.columns_left) / before.options.column_width
            fraction = (scene_point.y() - rect.top()) / rect.height()
        self._scale = scale
        self._columns_seen = [scale.column_px, *(c for c in self._columns_seen
                                                 if c != scale.column_px)][:LAYOUT_CACHE]
        if rebuild or before is None or scale.options != before.options:
            self._build(scale.options)
        self.setTransform(QTransform.fromScale(scale.zoom, scale.zoom))
        layout = self._layout
        if layout is not None and column is not None and fraction is not None:
            rect = self.sceneRect()
            target = QPointF(layout.columns_left + column * layout.options.column_width,
                             rect.top() + fraction * rect.height())
            moved = self.mapFromScene(target) - point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._after_zoom()

    def _set_scene_rect(self, layout: MapLayout) -> None:
        """Hold the map and, above it, the plan row (when there is one)."""
        top, right = 0.0, layout.width
        row = self.plan_row.rect
        if row is not None:
            top, right = row.y, max(right, row.right)
        margin = scene_margin(layout.options, self._margin)
        self.scene().setSceneRect(QRectF(-margin, top - margin, right + 2 * margin,
                                         layout.height - top + 2 * margin))

    def _on_plan_changed(self) -> None:
        """Redraw the plan row: the plan, the comparison or the counts changed."""
        if self._layout is None or self._built is None or (
                self._built[0] is not self._document.journey):
            return  # the journey changed too: the rebuild after its analysis draws the row
        had_row = self.plan_row.rect
        self.plan_row.sync(self._layout)
        self._set_scene_rect(self._layout)
        if had_row != self.plan_row.rect:
            if self._auto_zoom:
                self.zoom_to_height()
            self._show_current()  # the row grew the scene upward: bring it into sight
        self.viewport().update()
    def _proposal_counts(self, journey: Journey) -> dict[int, int]:
        """Return the open proposals per step index (none for a document without them); the
        layout gives their badges a place of their own among the card's marks."""
        proposals = getattr(self._document, "proposals", None)
        counts = Counter(p.step_id for p in proposals()) if proposals is not None else Counter()
        return {index: counts[step.id] for index, step in enumerate(journey.steps)
                if counts.get(step.id)}

    def _mark_proposals(self, journey: Journey) -> None:
        """Give the cards of steps with open proposals, and those whose markers did not all
        fit (their ``+n``, which changes with the zoom), their tooltip line."""
        counts = self._proposal_counts(journey)
        for card in self._cards:
            count = counts.get(card.index, 0)
            card.set_proposals(count, self.tr("%n proposal(s) from the note: see the inspector",
                                              "", count) if count else "")
            more = card.box.more
            card.set_more_label(self.tr("%n more finding(s) without a marker: the findings "
                                        "panel lists them", "", more) if more else "")

    # -- building -------------------------------------------------------------------------------

    def _sync(self, items: list[_Item], boxes: Sequence[Any],
              make: Callable[[Any, int], _Item], layout: MapLayout) -> None:
        """Give each item its new box; add items for new boxes, drop items for vanished ones.

        Items stay top-level (no grouping parent): Qt's BSP index only culls top-level items,
        and a parent would make every frame visit all of its children.
        """
        scene = self.scene()
        detailed = not self._overview.isVisible()
        for position, box in enumerate(boxes):
            if position < len(items):
                items[position].set_box(box, layout)
            else:
                item = make(box, position)
                if not detailed and not isinstance(item, LaneItem | PhaseItem):
                    item.setVisible(False)
                scene.addItem(item)
                items.append(item)
        for item in items[len(boxes):]:
            scene.removeItem(item)
        del items[len(boxes):]

    # -- current step and highlights ------------------------------------------------------------

    def _on_journey_changed(self) -> None:
        # The document announces every new snapshot with analysis_changed right after this
        # signal: the one rebuild happens there, with the journey and its analysis together.
        self._highlighted = frozenset()
        self._highlighted_finding = -1

    def _on_current_changed(self, index: int) -> None:
        self._apply_marks(index)
        self.plan_row.set_current(index)
        if not self._dragging:
            self._show_current()

    def _on_steps_highlighted(self, indexes: object) -> None:
        self._highlighted = frozenset(indexes) if isinstance(indexes, tuple | list) else frozenset()
        self._apply_marks(self._document.current_step, force=True)

    def _apply_marks(self, index: int, *, force: bool = False) -> None:
        previous = self._current
        self._current = index
        if force or previous == -2:
            targets: Sequence[int] = range(len(self._cards))
        else:
            targets = [i for i in (previous, index) if 0 <= i < len(self._cards)]
        for i in targets:
            self._cards[i].set_marks(current=i == index, highlighted=i in self._highlighted)
            if i < len(self._headers):
                self._headers[i].set_current(i == index)
        for marker in self._markers:
            wanted = marker.finding_index == self._highlighted_finding
            if marker.highlighted != wanted:
                marker.highlighted = wanted
                marker.update()

    def _show_current(self) -> None:
        index = self._document.current_step
        if 0 <= index < len(self._cards):
            if self.center_current:
                self.centerOn(self.card_scene_rect(index).center())
                return
            # keep a column of context on either side, clear of the pinned lane labels
            opt = self._layout.options if self._layout else MapOptions()
            pinned = self._pinned_lanes[0].label_rect.width if self._pinned_lanes else 0.0
            margin = min(int((opt.column_width + pinned) * self.zoom),
                         self.viewport().width() // 3)
            target = self.card_scene_rect(index)
            row = self.plan_row.rect
            if row is not None and (target.bottom() - row.y) * self.zoom <= (
                    self.viewport().height() - 40):
                target.setTop(row.y)  # the planned touchpoint over the step stays in sight too
            self.ensureVisible(target, max(margin, 20), 20)

    # -- zoom and scrolling ---------------------------------------------------------------------

    def _min_zoom(self) -> float:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return MIN_ZOOM
        fit = min(view.width() / rect.width(), view.height() / rect.height())
        return max(MIN_ZOOM, min(0.5, fit * 0.9))

    @property
    def overview(self) -> bool:
        """Return whether the map is zoomed out so far that it is drawn as an overview."""
        return self._overview.isVisible()

    def _update_overview(self) -> None:
        """Swap the item layers for the batched overview when columns get a few pixels wide."""
        opt = self._layout.options if self._layout else MapOptions()
        wanted = self.zoom * opt.column_width < OVERVIEW_COLUMN_PX
        if wanted != self._overview.isVisible():
            self._overview.setVisible(wanted)
            for group in (self._headers, self._arrows, self._cards, self._markers):
                for item in group:
                    item.setVisible(not wanted)

    def _after_zoom(self) -> None:
        self._update_overview()
        self.zoom_changed.emit(self.zoom)
        self.viewport().update()
        self._emit_columns()

    def _emit_columns(self, *_: object) -> None:
        columns = self.visible_columns()
        if columns != self._columns:
            self._columns = columns
            self.visible_columns_changed.emit(*columns)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:  # the pinned lane labels move with the viewport, not with the scene
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_zoom:
            self.zoom_to_height()
        self._emit_columns()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or (delta.y() == 0
                                                                     and delta.x() != 0):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (delta.y() or delta.x()))
            event.accept()
            return
        if delta.y():
            self._auto_zoom = False
            self.zoom_by(WHEEL_NOTCH_FACTOR ** (delta.y() / 120), event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        count = len(self._cards)
        current = self._document.current_step
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                control and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
                control and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)):
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.zoom_to_fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and count and not control:
            step = -1 if key == Qt.Key.Key_Left else 1
            self._document.set_current_step(max(0, min(count - 1, current + step)))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            self._document.set_current_step(0 if key == Qt.Key.Key_Home else count - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- mouse: select, activate findings, drag cards -------------------------------------------

    def _item_at(self, point: QPoint) -> QGraphicsItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem | MarkerItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            item = self._item_at(point)
            if isinstance(item, MarkerItem):
                self._swallow_release = True
                self.activate_finding(item.finding_index)
                event.accept()
                return
            self._pan_start = point  # a press that does not move picks a step in the overview
            if isinstance(item, CardItem):
                self._press = (item, self.mapToScene(point), point)
                self._dragging = False
                self._document.set_current_step(item.index)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        item, scene_start, start = self._press
        point = event.position().toPoint()
        if not self._editable:
            return
        if not self._dragging:
            if (point - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            item.setZValue(Z_DRAG)
            item.setOpacity(0.85)
        offset = self.mapToScene(point) - scene_start
        item.setPos(offset)
        self._drop = self._drop_target(item, offset)
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._swallow_release:  # the press activated a marker
            self._swallow_release = False
            event.accept()
            return
        if self._press is None:
            super().mouseReleaseEvent(event)
            event.accept()  # a pan or a click on empty space ends here
            start, self._pan_start = self._pan_start, None
            point = event.position().toPoint()
            if (self.overview and self._layout is not None and start is not None
                    and (point - start).manhattanLength() < QApplication.startDragDistance()):
                column = self._layout.column_at(self.mapToScene(point).x())
                if column is not None:
                    self._document.set_current_step(column)
            return
        item, _scene_start, _start = self._press
        drop = self._drop if self._dragging else None
        self._press, self._dragging, self._drop = None, False, None
        item.setPos(0, 0)
        item.setZValue(Z_CARD)
        item.setOpacity(1.0)
        self.viewport().update()
        event.accept()
        if drop is not None:
            self._apply_drop(item.index, *drop)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Offer the step's channel, score and outcome, and the window's step actions."""
        if not self._editable:
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self._document.current_step
            if not 0 <= index < len(self._cards):
                return
            position = self.mapFromScene(self._cards[index].sceneBoundingRect().center())
        else:
            item = self._item_at(event.pos())
            if not isinstance(item, CardItem):
                return
            index, position = item.index, event.pos()
        from journeymap.ui.step_menu import build_step_menu

        self._document.set_current_step(index)
        menu = build_step_menu(self._document, index, self.context_actions, self)
        menu.aboutToHide.connect(menu.deleteLater)  # after its action has run
        menu.popup(self.viewport().mapToGlobal(position))
        event.accept()

    def activate_finding(self, finding_index: int) -> None:
        """Select the steps of finding ``finding_index`` and emit ``finding_activated``."""
        findings = self._document.analysis.findings
        if not 0 <= finding_index < len(findings):
            return
        steps = tuple(findings[finding_index].step_indexes)
        highlight = getattr(self._document, "highlight_steps", None)
        if highlight is not None:
            highlight(steps)  # emits steps_highlighted, which marks the cards
        else:
            self._on_steps_highlighted(steps)
            if steps:
                self._document.set_current_step(steps[0])
        self._highlighted_finding = finding_index
        self._apply_marks(self._document.current_step, force=True)
        self.finding_activated.emit(finding_index)

    def _drop_target(self, item: CardItem, offset: QPointF) -> tuple[int, str] | None:
        """Return (column, channel) where a card dragged by ``offset`` would land."""
        layout = self._layout
        if layout is None:
            return None
        box = item.box
        x = box.rect.center_x + offset.x()
        y = box.rect.center_y + offset.y()
        column = layout.column_at(x)
        if column is None:
            column = 0 if x < layout.columns_left else len(layout.cards) - 1
        lane = layout.lane_at(y)
        channel = lane.channel if lane is not None else box.channel
        if column == box.index and channel == box.channel:
            return None
        return column, channel

    def _apply_drop(self, index: int, column: int, channel: str) -> None:
        """Move the step and/or change its channel: one edit, one save, one analysis."""
        document = self._document
        changes = {} if channel == document.journey.steps[index].channel else {"channel": channel}
        document.move_step(index, column, **changes)

    # -- painting over the scene ----------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        layout = self._layout
        if layout is None:
            return
        if self._drop is not None:
            self._paint_drop(painter, layout, *self._drop)
        left = self.mapToScene(QPoint(0, 0)).x()
        if left > 0.5 and self._pinned_lanes:
            self._paint_pinned_labels(painter, layout, left)
        if not layout.cards:
            painter.save()
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(self.sceneRect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No steps yet"))
            painter.restore()

    def _paint_pinned_labels(self, painter: QPainter, layout: MapLayout, left: float) -> None:
        """Keep the lanes named while the map scrolls sideways: a narrow column at the left."""
        width = self._pinned_lanes[0].label_rect.width
        painter.save()
        painter.translate(left, 0)
        painter.fillRect(QRectF(0, -_MARGIN, width, layout.columns_top + _MARGIN),
                         QColor(theme.PAPER))
        detail = self.zoom >= TEXT_LOD
        for lane in self._pinned_lanes:
            map_paint.paint_lane_label(painter, lane, detail=detail, options=layout.options)
        painter.setPen(QPen(QColor(theme.CARD_BORDER), 0))
        painter.drawLine(QPointF(width, layout.columns_top), QPointF(width, layout.height))
        painter.restore()
        self._paint_pinned_phase(painter, layout, left + width, detail)

    def _paint_pinned_phase(self, painter: QPainter, layout: MapLayout, edge: float,
                            detail: bool) -> None:
        """Name the phase that runs under the pinned labels again, right of them."""
        opt = layout.options
        for position, band in enumerate(layout.phases):
            if band.rect.x < edge and band.rect.right - edge > 40:  # room for a word or two
                width = band.rect.right - edge
                label = ellipsize(band.name, (width - 2 * opt.padding) / BOLD_FACTOR,
                                  opt.phase_size, self._measure)
                visible = replace(band, label=label,
                                  rect=replace(band.rect, x=edge, width=width))
                map_paint.paint_phase_band(painter, visible, position=position, detail=detail,
                                           options=opt)
                return

    def _paint_drop(self, painter: QPainter, layout: MapLayout, column: int,
                    channel: str) -> None:
        lane_index = layout.lane_index(channel)
        if lane_index is None:
            return
        lane = layout.lanes[lane_index].rect
        opt = layout.options
        x = layout.columns_left + column * opt.column_width
        painter.save()
        painter.setPen(QPen(QColor(theme.ACCENT), 2.0, Qt.PenStyle.DashLine))
        fill = QColor(theme.ACCENT)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(x + 2, lane.y + 2, opt.column_width - 4, lane.height - 4),
                                5, 5)
        painter.restore()
