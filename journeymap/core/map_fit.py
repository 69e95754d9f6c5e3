"""How big the map is drawn in a pane of the screen: its sizes and its zoom (docs/map.md).

Zooming the whole map uniformly shrinks its text with it: 20 steps of 112 pt in a pane of 700
pixels put the titles at 3 pixels. Instead the screen zooms *semantically*: the one number the
user changes is the width of a step column on screen (``column_px``). Wide columns get the full
cards, zoomed; narrower than the full cards can be read at ``floor`` pixels, the map switches to
the compact face (score chip and the title's key words) whose columns narrow in map points while
the zoom, and so the text, stays at the floor; only below ``MIN_COMPACT_COLUMN`` points does the
zoom drop further (an overview of hundreds of steps). The compact lanes share the pane's height
(between ``MIN_LANE_SCALE`` and ``MAX_LANE_SCALE`` times their own height), so a short journey
fills the pane instead of floating at its top.

Everything here is a pure function of the journey, the pane and the text measure, so the view
and its tests agree on what fits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from journeymap.core.channels import channel, is_channel_id
from journeymap.core.layout import MapOptions, TextMeasure, folded_channels, lane_order
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.model import Journey

#: The smallest map text on screen, in pixels: titles, step numbers, chips and lane names.
TEXT_FLOOR_PX = 9.0
#: Narrowest compact column in points: two turned lines of key words and a chip.
MIN_COMPACT_COLUMN = 20.0
MIN_LANE_SCALE, MAX_LANE_SCALE = 0.85, 2.4
#: Paper around a compact map, in points (the full map keeps the pane's own margin).
COMPACT_MARGIN = 4.0

#: The compact face's sizes before they are fitted to a pane (text of 8 pt: 9 px at 1.125).
COMPACT = MapOptions(
    face="compact", show_mode=False, padding=4.0, title_size=8.0, title_leading=8.6,
    number_size=8.0, phase_size=8.0, badge_size=8.0, badge_width=20.0, badge_height=12.0,
    marker_size=9.0, marker_gap=1.5, lane_height=58.0, card_height=54.0, folded_lane_height=50.0,
    folded_card_height=46.0, header_height=15.0, phase_height=18.0)


@dataclass(frozen=True, slots=True)
class Pane:
    """The part of the screen the map is shown in.

    Attributes:
        width, height: the viewport in pixels.
        above: map points drawn above the map's top (the plan row and its gap).
        margin: map points of paper around the whole scene, on every side.
        extra_columns: columns drawn right of the last step (the plan row's missing
            touchpoints after it).
    """

    width: float
    height: float
    above: float = 0.0
    margin: float = 12.0
    extra_columns: float = 0.0


@dataclass(frozen=True, slots=True)
class MapScale:
    """Sizes to lay the map out with and the zoom (pixels per point) to show it at."""

    options: MapOptions
    zoom: float
    column_px: float

    @property
    def compact(self) -> bool:
        """Return whether the cards show the compact face."""
        return self.options.face == "compact"


def scene_margin(opt: MapOptions, margin: float = 12.0) -> float:
    """Return the paper around a map laid out with ``opt`` (``margin`` for full cards)."""
    return COMPACT_MARGIN if opt.face == "compact" else margin


def _smallest_text(opt: MapOptions) -> float:
    return min(opt.title_size, opt.number_size, opt.badge_size, opt.label_size)


def legible_zoom(opt: MapOptions, floor: float = TEXT_FLOOR_PX) -> float:
    """Return the zoom at which the smallest map text of ``opt`` is ``floor`` pixels."""
    return floor / _smallest_text(opt)


def compact_options(journey: Journey, lang: str, measure: TextMeasure,
                    base: MapOptions = COMPACT) -> MapOptions:
    """Return the compact sizes with a label column just wide enough for the longest word.

    The compact lanes name their channel only (no service mode), so the label column narrows
    from 104 pt to the widest word of a channel name: "Telefoonmenu" stays whole.
    """
    room = 3 * base.padding + 3 + 1  # the stripe, the padding and a point of air
    words = [word for channel_id in lane_order(journey)
             for word in _name(channel_id, lang).split()]
    widest = max((measure(word, base.label_size) * BOLD_FACTOR for word in words), default=0.0)
    return replace(base, label_width=min(MapOptions().label_width, max(48.0, widest + room)))


def _name(channel_id: str, lang: str) -> str:
    return channel(channel_id).name(lang) if is_channel_id(channel_id) else channel_id


def _top(journey: Journey, opt: MapOptions) -> float:
    """Return the height of the phase bands and step numbers (as ``layout_map`` stacks it)."""
    has_phases = any(step.phase for step in journey.steps)
    return (opt.phase_height if has_phases else 0.0) + opt.header_height


def _lanes_height(journey: Journey, opt: MapOptions) -> float:
    folded = folded_channels(journey, opt.fold_steps)
    return sum(opt.folded_lane_height if c in folded else opt.lane_height
               for c in lane_order(journey))


def _map_height(journey: Journey, opt: MapOptions) -> float:
    """Return the map's height in points with the sizes ``opt``."""
    return _top(journey, opt) + _lanes_height(journey, opt)


def _scaled_lanes(opt: MapOptions, scale: float) -> MapOptions:
    gap = opt.lane_height - opt.card_height
    folded_gap = opt.folded_lane_height - opt.folded_card_height
    return replace(opt, lane_height=opt.lane_height * scale,
                   card_height=opt.lane_height * scale - gap,
                   folded_lane_height=opt.folded_lane_height * scale,
                   folded_card_height=opt.folded_lane_height * scale - folded_gap)


def _with_columns(opt: MapOptions, column: float) -> MapOptions:
    gap = min(14.0, max(2.5, column * 0.12))
    return replace(opt, column_width=column, card_width=column - gap)


def full_column_px(full: MapOptions | None = None, floor: float = TEXT_FLOOR_PX) -> float:
    """Return the narrowest screen column (pixels) at which full cards are still legible."""
    full = full or MapOptions()
    return full.column_width * legible_zoom(full, floor)


def scale_for(journey: Journey, column_px: float, pane: Pane, *, lang: str,
              measure: TextMeasure, full: MapOptions | None = None,
              floor: float = TEXT_FLOOR_PX, fit_height: bool = False) -> MapScale:
    """Return the sizes and zoom that draw a step column ``column_px`` pixels wide.

    Full cards from ``full_column_px`` up; below it the compact face at the legible zoom,
    lanes sharing the pane's height; below ``MIN_COMPACT_COLUMN`` the compact map zooms out.
    With ``fit_height`` (a fit, not a zoom by hand) a compact map too tall for the pane even
    with its lowest lanes zooms out until it fits, its columns widening in points.
    """
    full = full or MapOptions()
    column_px = max(column_px, 0.5)
    if column_px >= full_column_px(full, floor):
        return MapScale(full, column_px / full.column_width, column_px)
    compact = compact_options(journey, lang, measure)
    zoom = legible_zoom(compact, floor)
    column = column_px / zoom
    if column < MIN_COMPACT_COLUMN:
        column = MIN_COMPACT_COLUMN
        zoom = column_px / column
    lanes = _lanes_height(journey, compact)
    fixed = _top(journey, compact) + pane.above + 2 * COMPACT_MARGIN + 1.0
    if fit_height and lanes > 0:
        tall = (fixed + lanes * MIN_LANE_SCALE) * zoom
        if tall > pane.height - 2:
            zoom *= (pane.height - 2) / tall
            column = max(column, column_px / zoom)
    compact = _with_columns(compact, column)
    # the lanes share the height the pane has left at this zoom
    scale = (pane.height / zoom - fixed) / lanes if lanes > 0 else 1.0
    scale = min(MAX_LANE_SCALE, max(MIN_LANE_SCALE, scale))
    return MapScale(_scaled_lanes(compact, scale), zoom, column_px)


def fit_column_px(journey: Journey, pane: Pane, *, lang: str, measure: TextMeasure,
                  full: MapOptions | None = None, floor: float = TEXT_FLOOR_PX,
                  max_zoom: float = 1.6, legible: bool = False) -> float:
    """Return the column width (pixels) that shows the whole journey in ``pane``.

    Full cards when they fit both ways at a legible zoom (never above ``max_zoom``), else the
    compact face across the pane's width. With ``legible`` the columns never get narrower than
    the compact face at the floor (a long journey then scrolls): how a journey opens.
    """
    full = full or MapOptions()
    count = max(1, len(journey.steps) + pane.extra_columns)
    width_pt = full.label_width + count * full.column_width + 2 * pane.margin
    height_pt = _map_height(journey, full) + pane.above + 2 * pane.margin
    zoom = min(max_zoom, (pane.width - 2) / width_pt, (pane.height - 2) / height_pt)
    if zoom * full.column_width >= full_column_px(full, floor):
        return zoom * full.column_width
    compact = compact_options(journey, lang, measure)
    zoom = legible_zoom(compact, floor)
    room_pt = (pane.width - 2) / zoom - compact.label_width - 2 * COMPACT_MARGIN
    column_px = room_pt / count * zoom
    if column_px < MIN_COMPACT_COLUMN * zoom:
        if legible:
            return MIN_COMPACT_COLUMN * zoom
        # zoomed out below the floor: the label column shrinks in pixels with the rest
        column_pt = MIN_COMPACT_COLUMN
        total_pt = compact.label_width + count * column_pt + 2 * COMPACT_MARGIN
        column_px = (pane.width - 2) / total_pt * column_pt
    return min(column_px, full_column_px(full, floor) - 0.01)
