"""The presentation map: the whole journey across a beamer, the current step and its neighbours
as full cards, every other step as its number and score chip (docs/map.md).

A room reads a map at 20 pixels or more, and at that size a 1280 pixel wide screen holds about
six full cards. Shrinking the text to fit twenty steps loses the room; scrolling loses the
journey. So the map is a fisheye: a window of ``2 * neighbours + 1`` steps around the current
one gets full cards (the title in whole words, the marks), the other columns narrow to a score
chip under their step number, and only the lanes the window's cards sit in are full height.
Walking the steps moves the window; every step, its channel and its score stay on screen.

Picture of one map (step 5 current)::

    |          | 1 | 2 | 3 | 4    | 5     | 6    | 7 | 8 |
    | Website  |[+]|[-]|   | [card]| [CARD]|      |   |   |   <- a lane of the window: full height
    | Phone    |   |   |[-]|       |       | [card]|[0]|   |
    | Letter   |   |   |   |       |       |      |   |[-]|   <- a lane of chips only: low

A short journey whose columns all fit at full width gets full cards everywhere. A journey too
long even for chips of ``context_min`` points is wider than the pane; the view keeps the
window in sight. The result is an ordinary ``MapLayout`` (its ``column_edges`` set), painted by
the map's own drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from journeymap.core.findings import Analysis
from journeymap.core.layout import (
    CardBox,
    ColumnHeader,
    FindingMarker,
    LaneBox,
    MapLayout,
    MapOptions,
    Rect,
    TextMeasure,
    bold_width,
    channel_label,
    findings_per_card,
    key_word_title,
    lane_order,
    layout_arrows,
    layout_card,
    layout_phases,
    wrap_text,
)
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.model import Journey, Step, score_sign


@dataclass(frozen=True, slots=True)
class FocusSizes:
    """Column and lane sizes of the presentation map, in points.

    Attributes:
        neighbours: steps on either side of the current one that get full cards.
        focus_min / focus_max: the width of a full card's column, at least and at most.
        context_min: the narrowest chip column (a two-digit number and a ``--`` chip).
        chip_lane: the height of a lane that holds chips only.
        gap: room between neighbouring cards.
    """

    neighbours: int = 1
    focus_min: float = 72.0
    focus_max: float = 150.0
    context_min: float = 19.5
    chip_lane: float = 26.0
    gap: float = 4.0


def focus_window(count: int, current: int, neighbours: int) -> range:
    """Return the steps that get full cards: the current one and its neighbours, moved inward
    at the ends of the journey so the window keeps its width (none when nothing is current)."""
    size = min(count, 2 * neighbours + 1)
    if not 0 <= current < count:
        return range(0)
    first = max(0, min(current - neighbours, count - size))
    return range(first, first + size)


def column_widths(count: int, window: range, room: float, sizes: FocusSizes, *,
                  all_cards: bool = True) -> tuple[float, ...]:
    """Return every column's width for ``room`` points of columns.

    Every column full when all fit at ``focus_min`` (and ``all_cards``); else the window's
    columns share what the chips (at ``context_min`` each) leave, between ``focus_min`` and
    ``focus_max`` (the titles get the room first), and the chips share the rest. Wider than
    ``room`` only when not even that fits.
    """
    if count == 0:
        return ()
    if all_cards and count * sizes.focus_min <= room:
        return (min(sizes.focus_max, room / count),) * count
    chips = count - len(window)
    focus = (room - chips * sizes.context_min) / max(1, len(window))
    focus = min(sizes.focus_max, max(sizes.focus_min, focus))
    chip = max(sizes.context_min, (room - focus * len(window)) / chips) if chips else 0.0
    if chips and chip > focus:  # never a chip column wider than a card's
        chip = focus
    return tuple(focus if index in window else chip for index in range(count))


def label_width(journey: Journey, lang: str, opt: MapOptions, measure: TextMeasure) -> float:
    """Return a label column just wide enough for the longest word of a channel name (names
    wrap into two lines: the width goes to the steps)."""
    room = 3 * opt.padding + 3 + 1  # the stripe, the padding and a point of air
    words = max((bold_width(measure, word, opt.label_size) for channel_id in lane_order(journey)
                 for word in channel_label(channel_id, lang)[0].split()), default=0.0)
    return words + room


def layout_focus_map(journey: Journey, analysis: Analysis | None, current: int, *,
                     width: float, measure: TextMeasure, lang: str = "en",
                     options: MapOptions | None = None, sizes: FocusSizes | None = None,
                     proposals: Mapping[int, int] | None = None,
                     height: float | None = None) -> MapLayout:
    """Return the presentation map of ``journey`` for ``width`` points, ``current`` in focus.

    ``options`` give the full cards' text sizes and the height of a lane of full cards (its
    ``column_width`` is replaced by the fisheye's); ``show_mode`` is ignored: a room reads the
    channel, not its service mode. A short journey gets cards in every column unless its lanes,
    all full height, would be taller than ``height``: then only the window's are cards.
    """
    sizes = sizes or FocusSizes()
    base = replace(options or MapOptions(), show_mode=False, fold_steps=0)
    steps = journey.steps
    left = label_width(journey, lang, base, measure)
    window = focus_window(len(steps), current, sizes.neighbours)
    has_phases = any(step.phase for step in steps)
    phase_height = base.phase_height if has_phases else 0.0
    top = phase_height + base.header_height
    room = max(0.0, width - left)
    all_lanes = top + len(lane_order(journey)) * base.lane_height
    everywhere = (len(steps) * sizes.focus_min <= room
                  and (height is None or all_lanes <= height))
    widths = column_widths(len(steps), window, room, sizes, all_cards=everywhere)
    full = frozenset(range(len(steps)) if everywhere else window)
    edges = [left]
    for column in widths:
        edges.append(edges[-1] + column)
    right = edges[-1]
    lanes = _lanes(journey, full, base, sizes, lang, measure, top, left, right)
    lane_of = {lane.channel: position for position, lane in enumerate(lanes)}

    found = findings_per_card(analysis, len(steps))
    waiting = proposals or {}
    cards: list[CardBox] = []
    markers: list[FindingMarker] = []
    for index, step in enumerate(steps):
        lane = lanes[lane_of[step.channel]]
        if index in full:
            opt = replace(base, column_width=widths[index],
                          card_width=widths[index] - sizes.gap)
            card, on_card = layout_card(index, step, lane, opt, measure, lang,
                                        found.get(index, []), waiting.get(index, 0), 0.0,
                                        column_left=edges[index])
            cards.append(_whole_word_title(card, lang, opt, measure))
            markers.extend(on_card)
        else:
            cards.append(_chip_card(index, step, lane, edges[index], widths[index], base))
    headers = tuple(ColumnHeader(i, str(i + 1), Rect(edges[i], phase_height, widths[i],
                                                     base.header_height))
                    for i in range(len(steps)))
    phases = (layout_phases(steps, edges.__getitem__, base, measure, phase_height)
              if has_phases else ())
    focus_width = max(widths, default=base.column_width)
    return MapLayout(
        width=right, height=lanes[-1].rect.bottom if lanes else top,
        options=replace(base, label_width=left, column_width=focus_width,
                        card_width=focus_width - sizes.gap),
        lang=lang, lanes=lanes, phases=phases, headers=headers, cards=tuple(cards),
        arrows=layout_arrows(cards, base), markers=tuple(markers), columns_top=top,
        column_edges=tuple(edges), _lane_of=lane_of)


def _lanes(journey: Journey, full: frozenset[int], opt: MapOptions, sizes: FocusSizes,
           lang: str, measure: TextMeasure, top: float, left: float,
           right: float) -> tuple[LaneBox, ...]:
    """Return the lanes: full height where a full card sits, chip height elsewhere."""
    with_cards = {journey.steps[i].channel for i in full}
    text_width = (left - 3 * opt.padding - 3) / BOLD_FACTOR
    lanes = []
    y = top
    for channel_id in lane_order(journey):
        label, mode = channel_label(channel_id, lang)
        height = opt.lane_height if channel_id in with_cards else sizes.chip_lane
        lines = max(1, min(2, int((height - 2) // (opt.label_size * 1.2))))
        lanes.append(LaneBox(
            channel=channel_id, label=label,
            label_lines=wrap_text(label, text_width, opt.label_size, measure, lines),
            mode=mode, mode_label="", rect=Rect(0.0, y, right, height),
            label_rect=Rect(0.0, y, left, height), folded=channel_id not in with_cards))
        y += height
    return tuple(lanes)


def _whole_word_title(card: CardBox, lang: str, opt: MapOptions,
                      measure: TextMeasure) -> CardBox:
    """Return the card with its title in whole words: the title, else its key words (cut only
    when not even one fits)."""
    count = len(card.title_baselines)
    lines = key_word_title(card.title, lang, opt.card_width - 2 * opt.padding, opt.title_size,
                           measure, count)
    return replace(card, title_lines=lines, title_baselines=card.title_baselines[:len(lines)])


def _chip_card(index: int, step: Step, lane: LaneBox, column_left: float, width: float,
               opt: MapOptions) -> CardBox:
    """Return a step outside the window: its score chip alone, centred in its column."""
    chip_width = max(1.0, min(opt.badge_width, width - 2.5))
    height = min(opt.badge_height + 6.0, lane.rect.height - 2.0)
    rect = Rect(column_left + (width - chip_width - 2.0) / 2, lane.rect.center_y - height / 2,
                chip_width + 2.0, height)
    badge = Rect(rect.x + 1.0, rect.bottom - 1.5 - opt.badge_height, chip_width,
                 opt.badge_height)
    return CardBox(index=index, rect=rect, channel=step.channel, title=step.title,
                   title_lines=(), title_x=rect.x, title_baselines=(),
                   title_size=opt.title_size, score=step.score, sign=score_sign(step.score),
                   badge_rect=badge, outcome=step.outcome, outcome_mark=None,
                   outcome_rect=None, compact=True)

