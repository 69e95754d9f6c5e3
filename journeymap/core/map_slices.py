"""Cut a laid-out map into page-sized slices that show only the lanes their steps use.

A long map does not shrink to fit the paper: it is cut into slices of whole columns (and, when a
slice's steps use more lanes than a page holds, of whole lanes). Each slice is itself a
``MapLayout`` — the whole map's geometry moved, never re-measured — so every painter draws it
with the ordinary map drawing, and the step numbers, card indexes and markers stay the journey's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from journeymap.core.layout import (
    Arrow,
    CardBox,
    FindingMarker,
    LaneBox,
    MapLayout,
    PhaseBand,
    Rect,
    TextMeasure,
    ellipsize,
)
from journeymap.core.layout_metrics import BOLD_FACTOR

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class MapSlice:
    """The step columns ``first..last-1`` of a map and the lanes shown with them.

    Attributes:
        lanes: indexes into ``MapLayout.lanes`` of the lanes drawn, top to bottom: the lanes the
            slice's own steps use.
        lane_part: ``(n, of)`` when those lanes had to go over several pages.
    """

    first: int
    last: int
    lanes: tuple[int, ...]
    lane_part: tuple[int, int] | None = None


def plan_slices(layout: MapLayout, width: float, height: float) -> tuple[MapSlice, ...]:
    """Cut the map into slices that fit ``width`` x ``height`` without shrinking it.

    Columns are spread evenly over the slices (12 steps on pages of at most 7 give 6 + 6). A
    slice shows the lanes its steps use, in the map's lane order, and splits them over pages
    when they do not fit the height.
    """
    opt = layout.options
    count = len(layout.cards)
    if not count:
        return ()
    per_page = max(1, int((width - opt.label_width) // opt.column_width))
    pages = max(1, -(-count // per_page))
    per_page = -(-count // pages)
    room = height - layout.columns_top
    slices = []
    for page in range(pages):
        first, last = page * per_page, min(count, (page + 1) * per_page)
        used = sorted({layout.lane_index(card.channel) or 0 for card in layout.cards[first:last]})
        groups = _fill(used, [layout.lanes[i].rect.height for i in used], room)
        for part, group in enumerate(groups, start=1):
            slices.append(MapSlice(first, last, tuple(group),
                                   (part, len(groups)) if len(groups) > 1 else None))
    return tuple(slices)


def _fill(items: Sequence[int], heights: Sequence[float], room: float) -> list[list[int]]:
    """Return ``items`` in groups as even as possible, each group's heights within ``room``."""
    fit = max(1, int(room // max(heights))) if heights else 1
    parts = max(1, -(-len(items) // fit))
    size = -(-len(items) // parts)
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def slice_layout(layout: MapLayout, part: MapSlice, measure: TextMeasure) -> MapLayout:
    """Return the map of one slice: its columns moved left, its lanes stacked from the top.

    The arrow from the step before the slice enters from the left edge; the arrow to the step
    after it is left out (the next slice starts with it). Phase bands are cut to the slice and
    their labels shortened again to the part that shows.
    """
    opt = layout.options
    shift = part.first * opt.column_width
    top = layout.columns_top
    columns = part.last - part.first
    right = opt.label_width + columns * opt.column_width
    lanes: list[LaneBox] = []
    moves: dict[str, float] = {}  # channel -> how far its lane moves up
    y = top
    for lane_index in part.lanes:
        lane = layout.lanes[lane_index]
        moves[lane.channel] = lane.rect.y - y
        lanes.append(replace(lane, rect=Rect(0.0, y, right, lane.rect.height),
                             label_rect=Rect(0.0, y, opt.label_width, lane.rect.height)))
        y += lane.rect.height
    cards = tuple(_move_card(card, shift, moves[card.channel])
                  for card in layout.cards[part.first:part.last] if card.channel in moves)
    shown = {card.index for card in cards}
    markers = tuple(_move_marker(marker, shift, moves[layout.cards[marker.step_index].channel])
                    for marker in layout.markers if marker.step_index in shown)
    headers = tuple(replace(h, rect=_move(h.rect, shift, 0.0))
                    for h in layout.headers[part.first:part.last])
    arrows = tuple(arrow for arrow in (
        _move_arrow(arrow, layout, shift, moves, opt.label_width)
        for arrow in layout.arrows if arrow.to_index in shown) if arrow is not None)
    phases = _cut_phases(layout.phases, part, shift, opt.label_width, right, opt.padding,
                         opt.phase_size, measure)
    return replace(layout, width=right, height=y, lanes=tuple(lanes), phases=phases,
                   headers=headers, cards=cards, arrows=arrows, markers=markers,
                   _lane_of={lane.channel: position for position, lane in enumerate(lanes)})


def _move(rect: Rect, dx: float, dy: float) -> Rect:
    return Rect(rect.x - dx, rect.y - dy, rect.width, rect.height)


def _move_card(card: CardBox, dx: float, dy: float) -> CardBox:
    if card.turned:  # the title runs upwards: its start is a y, its baselines are x positions
        title_x, baselines = card.title_x - dy, tuple(b - dx for b in card.title_baselines)
    else:
        title_x, baselines = card.title_x - dx, tuple(b - dy for b in card.title_baselines)
    return replace(card, rect=_move(card.rect, dx, dy), title_x=title_x,
                   title_baselines=baselines,
                   badge_rect=_move(card.badge_rect, dx, dy),
                   outcome_rect=_move(card.outcome_rect, dx, dy) if card.outcome_rect else None,
                   proposal_rect=(_move(card.proposal_rect, dx, dy) if card.proposal_rect
                                  else None),
                   more_rect=_move(card.more_rect, dx, dy) if card.more_rect else None)


def _move_marker(marker: FindingMarker, dx: float, dy: float) -> FindingMarker:
    return replace(marker, rect=_move(marker.rect, dx, dy))


def _move_arrow(arrow: Arrow, layout: MapLayout, dx: float, moves: dict[str, float],
                left: float) -> Arrow | None:
    """Return the arrow moved into the slice, cut at its left edge; ``None`` if it cannot show."""
    start_channel = layout.cards[arrow.from_index].channel
    end_channel = layout.cards[arrow.to_index].channel
    start_y = arrow.points[0][1]
    points: list[Point] = []
    for x, y in arrow.points:
        channel = start_channel if y == start_y else end_channel
        if channel not in moves:
            if x - dx >= left:  # the part that would show lies in a lane on another page
                return None
            continue  # left of the slice: cut away below
        points.append((x - dx, y - moves[channel]))
    cut = _cut_left(points, left)
    return replace(arrow, points=tuple(cut)) if len(cut) >= 2 else None


def _cut_left(points: Sequence[Point], left: float) -> list[Point]:
    """Return an orthogonal polyline without the part left of ``left``."""
    kept: list[Point] = []
    for position, (x, y) in enumerate(points):
        if x >= left:
            if not kept and position:
                px, py = points[position - 1]
                if px < left and py == y and x > left:
                    kept.append((left, y))
            kept.append((x, y))
    return kept


def _cut_phases(phases: Sequence[PhaseBand], part: MapSlice, dx: float, left: float,
                right: float, padding: float, size: float,
                measure: TextMeasure) -> tuple[PhaseBand, ...]:
    """Return the phase bands over the slice's columns, cut to them and labelled again."""
    bands = []
    for band in phases:
        if band.last_index < part.first or band.first_index >= part.last:
            continue
        x0 = max(band.rect.x - dx, left + 1.0)
        x1 = min(band.rect.right - dx, right - 1.0)
        rect = Rect(x0, band.rect.y, max(0.0, x1 - x0), band.rect.height)
        label = ellipsize(band.name, (rect.width - 2 * padding) / BOLD_FACTOR, size, measure)
        bands.append(replace(band, label=label, rect=rect))
    return tuple(bands)
