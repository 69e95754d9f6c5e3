"""The geometry of the overview map: every step of a journey fitted into one box.

The report's first page and the first slide show the whole journey at once, however long: one
lane per channel, one small tile per step (in the score colour, with its number when the number
fits), the hand-offs between lanes, and one numbered marker per break. A break's number is its
place in the list of breaks the reader sees beside the map, and its shape tells its severity
without colour (triangle high, diamond medium, circle low). Card titles are left out: they do not
fit, and the step table and the detailed map carry them.

Picture of one overview::

    |          |  1   2   3   4   5   6  |   <- step numbers (only when tiles are too narrow)
    | Website  |  ▲1                     |   <- a break marker above the step it starts at
    |          | [1]→[2]→[3]             |
    | Phone    |             [4]→[5]     |

Units are points, origin top left, y down, like ``core.layout``; text is fitted with the injected
``measure``, so nothing drawn from it overflows its box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeymap.core import theme
from journeymap.core.channels import ServiceMode, channel, is_channel_id
from journeymap.core.findings import Break, Severity
from journeymap.core.layout import (
    Arrow,
    ColumnHeader,
    Rect,
    TextMeasure,
    bold_width,
    lane_order,
    wrap_text,
)
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.model import Journey

#: Shapes tell severities apart without colour (the same as the map's finding markers).
MARKER_SHAPES: dict[Severity, str] = dict(theme.SEVERITY_SHAPES)


@dataclass(frozen=True, slots=True)
class OverviewOptions:
    """Sizes of the overview, in points (no text under 7 pt)."""

    label_width: float = 84.0
    label_size: float = 7.5
    number_size: float = 7.0
    header_height: float = 12.0
    max_column: float = 40.0
    max_tile_width: float = 26.0
    tile_height: float = 16.0
    min_tile_height: float = 9.0
    max_lane: float = 46.0
    marker_size: float = 13.0
    padding: float = 3.0


@dataclass(frozen=True, slots=True)
class OverviewLane:
    """One channel's lane; ``label_lines`` is its name fitted to ``label_rect`` (maybe empty)."""

    channel: str
    mode: ServiceMode
    label_lines: tuple[str, ...]
    rect: Rect
    label_rect: Rect


@dataclass(frozen=True, slots=True)
class OverviewTile:
    """One step: a tile in its lane and column; ``label`` its number, or ``""`` when too narrow."""

    index: int
    rect: Rect
    channel: str
    score: int
    label: str


@dataclass(frozen=True, slots=True)
class BreakMarker:
    """A break's numbered marker above the tile of the step it starts at.

    Attributes:
        number: the break's number in the report (1 = the first improvement).
        break_index: position of the break in the breaks laid out.
        step_index: the step it sits above (the break's first step).
    """

    number: int
    break_index: int
    step_index: int
    severity: Severity
    shape: str
    rect: Rect

    @property
    def label(self) -> str:
        """Return the number as drawn in the marker."""
        return str(self.number)


@dataclass(frozen=True, slots=True)
class OverviewLayout:
    """The whole overview, ready to paint.

    Attributes:
        headers: step numbers above the columns when the tiles are too narrow to hold them
            (thinned so that they never collide), else empty.
        arrows: step-to-step connections; ``arrow_heads`` says whether columns are wide enough
            to draw their heads.
    """

    width: float
    height: float
    options: OverviewOptions
    lanes: tuple[OverviewLane, ...]
    tiles: tuple[OverviewTile, ...]
    headers: tuple[ColumnHeader, ...]
    arrows: tuple[Arrow, ...]
    markers: tuple[BreakMarker, ...]
    column_width: float
    columns_top: float
    arrow_heads: bool

    def column_centers(self) -> tuple[float, ...]:
        """Return the centre x of every step column (the curve aligns on them)."""
        left = self.options.label_width
        return tuple(left + (i + 0.5) * self.column_width for i in range(len(self.tiles)))


def layout_overview(journey: Journey, breaks: Sequence[Break], width: float, height: float, *,
                    measure: TextMeasure, lang: str = "en",
                    options: OverviewOptions | None = None) -> OverviewLayout:
    """Return the overview of ``journey`` fitted into ``width`` x ``height``.

    Columns share the width (at most ``max_column`` each); lanes share the height (at most
    ``max_lane`` each), so a short journey is not blown up and a long one still fits. Break
    ``i`` of ``breaks`` gets the number ``i + 1``.
    """
    opt = options or OverviewOptions()
    steps = journey.steps
    count = max(1, len(steps))
    column = max(0.5, min(opt.max_column, (width - opt.label_width) / count))
    widest = bold_width(measure, str(count), opt.number_size) + 2
    gap = min(4.0, column * 0.25)
    tile_width = min(opt.max_tile_width, column - gap)
    numbers_inside = tile_width >= widest
    top = 0.0 if numbers_inside else opt.header_height
    channels = lane_order(journey)
    lane_height = min(opt.max_lane, (height - top) / max(1, len(channels)))
    full = lane_height - 2 * opt.padding
    beside_marker = full - opt.marker_size - 1.5  # a marker sits above its tile, not on it
    if breaks and beside_marker >= opt.min_tile_height:
        full = beside_marker
    tile_height = max(min(opt.tile_height, full), 1.0)
    right = opt.label_width + len(steps) * column
    lanes = tuple(_lane(channel_id, position, top, lane_height, right, lang, opt, measure)
                  for position, channel_id in enumerate(channels))
    lane_of = {lane.channel: lane for lane in lanes}
    tiles = []
    for index, step in enumerate(steps):
        lane = lane_of[step.channel].rect
        x = opt.label_width + index * column + (column - tile_width) / 2
        y = lane.bottom - opt.padding - tile_height if tile_height < lane.height else lane.y
        label = str(index + 1) if numbers_inside and tile_height >= opt.min_tile_height else ""
        tiles.append(OverviewTile(index, Rect(x, y, tile_width, tile_height), step.channel,
                                  step.score, label))
    headers = () if numbers_inside else _headers(len(steps), column, opt, measure)
    markers = _markers(breaks, tiles, lanes, lane_of, opt)
    return OverviewLayout(
        width=right if steps else opt.label_width, height=top + len(lanes) * lane_height,
        options=opt, lanes=lanes, tiles=tuple(tiles), headers=headers,
        arrows=_arrows(tiles), markers=markers, column_width=column, columns_top=top,
        arrow_heads=gap >= 6.0)


def _lane(channel_id: str, position: int, top: float, height: float, right: float, lang: str,
          opt: OverviewOptions, measure: TextMeasure) -> OverviewLane:
    known = is_channel_id(channel_id)
    name = channel(channel_id).name(lang) if known else channel_id
    mode = channel(channel_id).mode if known else ServiceMode.LIVE
    y = top + position * height
    text_width = (opt.label_width - 12) / BOLD_FACTOR  # bold, right of the 3 pt stripe
    leading = opt.label_size * 1.2
    lines_fit = int((height - 2) // leading)
    lines = wrap_text(name, text_width, opt.label_size, measure, min(2, lines_fit))
    return OverviewLane(channel_id, mode, lines, Rect(0.0, y, right, height),
                        Rect(0.0, y, opt.label_width, height))


def _headers(count: int, column: float, opt: OverviewOptions,
             measure: TextMeasure) -> tuple[ColumnHeader, ...]:
    """Return thinned step numbers: 1 and every n-th, n from 1, 2, 5, 10, 20, 25, 50 ..."""
    room = measure(str(count), opt.number_size) + 6
    every = next(n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9)
                 if n * column >= room)
    shown = [i for i in range(count) if i == 0 or (i + 1) % every == 0]
    if len(shown) > 1 and shown[1] * column < room:  # "1" would touch the first multiple
        shown.pop(0)
    return tuple(ColumnHeader(i, str(i + 1),
                              Rect(opt.label_width + (i + 0.5) * column - room / 2, 0.0, room,
                                   opt.header_height)) for i in shown)


def _arrows(tiles: Sequence[OverviewTile]) -> tuple[Arrow, ...]:
    arrows = []
    for before, after in zip(tiles, tiles[1:], strict=False):
        start = (before.rect.right, before.rect.center_y)
        end = (after.rect.x, after.rect.center_y)
        switch = before.channel != after.channel
        if abs(start[1] - end[1]) < 0.5:
            points: tuple[tuple[float, float], ...] = (start, end)
        else:
            middle = (start[0] + end[0]) / 2
            points = (start, (middle, start[1]), (middle, end[1]), end)
        arrows.append(Arrow(before.index, after.index, points, switch))
    return tuple(arrows)


def _markers(breaks: Sequence[Break], tiles: Sequence[OverviewTile],
             lanes: Sequence[OverviewLane], lane_of: dict[str, OverviewLane],
             opt: OverviewOptions) -> tuple[BreakMarker, ...]:
    """Place one marker per break above its first step, side by side where they would touch."""
    size = opt.marker_size
    wanted: dict[str, list[tuple[float, int, int]]] = {}  # lane -> (centre x, break, step)
    for position, found in enumerate(breaks):
        valid = [i for i in found.step_indexes if 0 <= i < len(tiles)]
        if valid:
            tile = tiles[valid[0]]
            wanted.setdefault(tile.channel, []).append((tile.rect.center_x, position, valid[0]))
    markers = []
    for lane in lanes:
        items = sorted(wanted.get(lane.channel, []))
        lefts = _spread([centre - size / 2 for centre, _, _ in items], size + 1.0,
                        opt.label_width + 1.0, lane.rect.right - size - 1.0)
        for left, (_, position, step_index) in zip(lefts, items, strict=True):
            box = tiles[step_index].rect
            y = max(lane.rect.y + 1.0, box.y - size - 1.5)
            found = breaks[position]
            markers.append(BreakMarker(position + 1, position, step_index, found.severity,
                                       MARKER_SHAPES[found.severity], Rect(left, y, size, size)))
    return tuple(sorted(markers, key=lambda m: m.number))


def _spread(lefts: Sequence[float], pitch: float, low: float, high: float) -> list[float]:
    """Return ``lefts`` moved apart to at least ``pitch`` and into ``low..high`` where possible.

    A forward pass pushes right, a backward pass pulls back inside ``high``; when there are more
    markers than room the pitch shrinks so they overlap evenly rather than leave the lane.
    """
    if not lefts:
        return []
    high = max(low, high)
    if len(lefts) > 1 and (len(lefts) - 1) * pitch > high - low:
        pitch = (high - low) / (len(lefts) - 1)
    placed: list[float] = []
    for left in lefts:
        placed.append(max(left, low, placed[-1] + pitch) if placed else max(left, low))
    for position in range(len(placed) - 1, -1, -1):
        limit = high if position == len(placed) - 1 else placed[position + 1] - pitch
        placed[position] = max(low, min(placed[position], limit))
    return placed
