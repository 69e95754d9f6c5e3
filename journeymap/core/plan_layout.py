"""The plan row's geometry: the planned touchpoints as cards above the map of an actual journey.

Each planned touchpoint that happened sits over the column(s) of the actual step(s) that
realised it, so the eye reads down from the plan to what the customer did. A missing touchpoint
is a ghost card where the plan expected it: in a free column between its neighbours (a column
whose step realised nothing planned: the customer improvised there), else side by side in the
space between its neighbours when they fit there at ``MIN_GHOST_WIDTH``, else on a second line
under the first, centred on the boundary where it should have happened (pushed right so that
ghosts never overlap). Missing touchpoints after the last step go into columns beyond it.

For an open planned journey the row instead holds, over each of its steps, how many actual
journeys completed, failed or missed that touchpoint.

Coordinates are the map's (``core.layout``): the row lies above y = 0, so the map itself is
untouched and painted as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from journeymap.core.deviations import Comparison, DeviationKind, TouchpointCounts
from journeymap.core.layout import MapLayout, Rect, TextMeasure, whole_word_lines, wrap_text
from journeymap.core.layout_metrics import BOLD_FACTOR
from journeymap.core.model import Journey

#: A ghost narrower than this goes to the second line rather than being squeezed in.
MIN_GHOST_WIDTH = 64.0


@dataclass(frozen=True, slots=True)
class PlanRowOptions:
    """Sizes of the plan row, in map points."""

    card_height: float = 42.0
    counts_height: float = 20.0
    line_gap: float = 5.0
    padding: float = 5.0
    gap_to_map: float = 6.0
    title_size: float = 7.5
    title_leading: float = 8.8
    title_lines: int = 2
    status_size: float = 6.5
    label_size: float = 8.0
    badge_size: float = 6.5
    badge_height: float = 11.0


@dataclass(frozen=True, slots=True)
class PlanCard:
    """One planned touchpoint in the row.

    Attributes:
        planned_step: the planned step's id; ``title``, ``channel`` are the planned step's.
        kind: its fate in the actual journey (``None`` when the row shows counts).
        actual_steps: the actual steps (0-based) that realised it.
        linked: the designer linked them (else the matcher paired them).
        counts: over the plan's actual journeys (only when the row shows counts).
        line: 0 for the first line, 1 for a ghost on the second.
    """

    planned_step: str
    title: str
    title_lines: tuple[str, ...]
    channel: str
    kind: DeviationKind | None
    rect: Rect
    actual_steps: tuple[int, ...] = ()
    linked: bool = False
    counts: TouchpointCounts | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class AdHocBadge:
    """The mark on the card of an actual step that realises nothing planned.

    A card wide enough for the word carries it as a badge on its top edge (``corner`` false);
    a narrower one (a compact card) gets a small violet triangle in its top right corner
    instead, the word in its tooltip: an ellipsis badge would only hide the card's edge.
    """

    step_index: int
    text: str
    rect: Rect
    corner: bool = False


@dataclass(frozen=True, slots=True)
class PlanRow:
    """The whole row: its band above the map, its label, its cards and the ad hoc badges."""

    rect: Rect
    label_rect: Rect
    heading: str
    label_lines: tuple[str, ...]
    cards: tuple[PlanCard, ...]
    badges: tuple[AdHocBadge, ...]
    options: PlanRowOptions

    @property
    def top(self) -> float:
        """Return the y of the row's top edge (negative: above the map)."""
        return self.rect.y

    def card_of(self, planned_step: str) -> PlanCard:
        """Return the card of the planned step ``planned_step`` (``KeyError`` if none)."""
        for card in self.cards:
            if card.planned_step == planned_step:
                return card
        raise KeyError(planned_step)


def row_options(layout: MapLayout) -> PlanRowOptions:
    """Return the row's sizes for ``layout``: no text smaller than the map's smallest, so the
    row is as legible as the map at the zoom the map is fitted at (``core.map_fit``)."""
    map_opt = layout.options
    floor = min(map_opt.title_size, map_opt.number_size, map_opt.badge_size,
                map_opt.label_size)
    base = PlanRowOptions()
    title = max(base.title_size, floor)
    return replace(base, title_size=title, title_leading=title * 1.17,
                   status_size=max(base.status_size, floor),
                   badge_size=max(base.badge_size, floor))


def layout_comparison_row(comparison: Comparison, layout: MapLayout, *, measure: TextMeasure,
                          heading: str, ad_hoc_text: str,
                          options: PlanRowOptions | None = None) -> PlanRow:
    """Return the plan row of an actual journey compared with its plan, over ``layout``."""
    opt = options or row_options(layout)
    plan = comparison.plan
    placed: list[tuple[str, DeviationKind, tuple[int, ...], bool, Rect, int]] = []
    pending: list[tuple[str, DeviationKind, bool]] = []
    last_end = -1
    columns = len(layout.cards)
    for deviation in comparison.deviations:
        if deviation.planned_step is None:
            continue
        if not deviation.actual_steps:
            pending.append((deviation.planned_step, deviation.kind, deviation.linked))
            continue
        first = last = deviation.actual_steps[0]
        while last + 1 in deviation.actual_steps:
            last += 1
        placed.extend(_place_missing(pending, last_end, first, layout, opt))
        pending = []
        placed.append((deviation.planned_step, deviation.kind, deviation.actual_steps,
                       deviation.linked, _span_rect(layout, first, last, opt), 0))
        last_end = max(last_end, last)
    placed.extend(_place_missing(pending, last_end, max(columns, last_end + 1 + len(pending)),
                                 layout, opt))
    placed = _spread_second_line(placed, layout)
    lines = 2 if any(line for *_, line in placed) else 1
    row = _row_rect(layout, opt, lines, [rect for *_, rect, _line in placed])
    steps = {step.id: step for step in plan.steps}
    cards = []
    for planned_id, kind, actual, linked, rect, line in placed:
        step = steps[planned_id]
        moved = Rect(rect.x, row.y + opt.padding + line * (opt.card_height + opt.line_gap),
                     rect.width, rect.height)
        cards.append(PlanCard(
            planned_id, step.title,
            whole_word_lines(step.title, layout.lang, rect.width - 2 * opt.padding,
                             opt.title_size, measure, opt.title_lines),
            step.channel, kind, moved, actual, linked, line=line))
    badges = tuple(_badge(layout, d.actual_steps[0], ad_hoc_text, measure, opt)
                   for d in comparison.deviations
                   if d.kind is DeviationKind.AD_HOC and d.actual_steps
                   and d.actual_steps[0] < columns)
    label_rect = Rect(0.0, row.y, layout.options.label_width, row.height)
    return PlanRow(row, label_rect, heading, _label_lines(plan.title, layout, measure, opt),
                   tuple(cards), badges, opt)


def layout_counts_row(plan: Journey, counts: Sequence[TouchpointCounts], layout: MapLayout, *,
                      measure: TextMeasure, heading: str, subtitle: str,
                      options: PlanRowOptions | None = None) -> PlanRow:
    """Return the row of an open planned journey: per step, its counts over the actual ones."""
    opt = options or row_options(layout)
    by_id = {item.planned_step: item for item in counts}
    height = opt.counts_height
    row = _row_rect(layout, opt, 1, [], line_height=height)
    cards = []
    for index, step in enumerate(plan.steps):
        if index >= len(layout.cards) or step.id not in by_id:
            continue
        span = _span_rect(layout, index, index, opt)
        cards.append(PlanCard(step.id, step.title, (), step.channel, None,
                              Rect(span.x, row.y + opt.padding, span.width, height),
                              (index,), counts=by_id[step.id]))
    label_rect = Rect(0.0, row.y, layout.options.label_width, row.height)
    return PlanRow(row, label_rect, heading, _label_lines(subtitle, layout, measure, opt, 1),
                   tuple(cards), (), opt)


def _span_rect(layout: MapLayout, first: int, last: int, opt: PlanRowOptions) -> Rect:
    """Return a card over the columns ``first`` .. ``last`` (y is set by the row)."""
    map_opt = layout.options
    margin = (map_opt.column_width - map_opt.card_width) / 2
    x = layout.columns_left + first * map_opt.column_width + margin
    width = (last - first) * map_opt.column_width + map_opt.card_width
    return Rect(x, 0.0, width, opt.card_height)


def _place_missing(pending: list[tuple[str, DeviationKind, bool]], before: int, after: int,
                   layout: MapLayout, opt: PlanRowOptions
                   ) -> list[tuple[str, DeviationKind, tuple[int, ...], bool, Rect, int]]:
    """Place the ghosts of the touchpoints missing between columns ``before`` and ``after``."""
    if not pending:
        return []
    free = list(range(before + 1, after))
    if len(pending) <= len(free):
        return [(planned, kind, (), linked, _span_rect(layout, column, column, opt), 0)
                for (planned, kind, linked), column in zip(pending, free, strict=False)]
    map_opt = layout.options
    margin = (map_opt.column_width - map_opt.card_width) / 2
    left = layout.columns_left + (before + 1) * map_opt.column_width - margin
    right = layout.columns_left + after * map_opt.column_width + margin
    gap = 2 * margin
    count = len(pending)
    width = min(map_opt.card_width, (right - left - (count + 1) * gap) / count)
    if width >= MIN_GHOST_WIDTH:
        return [(planned, kind, (), linked,
                 Rect(left + gap + position * (width + gap), 0.0, width, opt.card_height), 0)
                for position, (planned, kind, linked) in enumerate(pending)]
    width = map_opt.card_width
    total = count * width + (count - 1) * gap
    start = max(layout.columns_left + margin, (left + right) / 2 - total / 2)
    return [(planned, kind, (), linked,
             Rect(start + position * (width + gap), 0.0, width, opt.card_height), 1)
            for position, (planned, kind, linked) in enumerate(pending)]


def _spread_second_line(
        placed: list[tuple[str, DeviationKind, tuple[int, ...], bool, Rect, int]],
        layout: MapLayout) -> list[tuple[str, DeviationKind, tuple[int, ...], bool, Rect, int]]:
    """Push the second line's ghosts right so that no two overlap (ghosts of nearby gaps)."""
    gap = layout.options.column_width - layout.options.card_width
    edge = float("-inf")
    spread = []
    for planned, kind, actual, linked, rect, line in placed:
        if line:
            x = max(rect.x, edge + gap)
            rect = Rect(x, rect.y, rect.width, rect.height)
            edge = rect.right
        spread.append((planned, kind, actual, linked, rect, line))
    return spread


def _row_rect(layout: MapLayout, opt: PlanRowOptions, lines: int, rects: Sequence[Rect], *,
              line_height: float | None = None) -> Rect:
    height = (line_height or opt.card_height) * lines + opt.line_gap * (lines - 1)
    height += 2 * opt.padding
    right = max([layout.width, *(rect.right + 6.0 for rect in rects)])
    return Rect(0.0, -opt.gap_to_map - height, right, height)


def _label_lines(text: str, layout: MapLayout, measure: TextMeasure, opt: PlanRowOptions,
                 lines: int = 2) -> tuple[str, ...]:
    width = layout.options.label_width - 2 * layout.options.padding - 3
    return wrap_text(text, width / BOLD_FACTOR, opt.title_size, measure, lines)


#: The side of the ad hoc corner mark of a card too narrow for the word (points).
CORNER_MARK = 7.0


def _badge(layout: MapLayout, index: int, text: str, measure: TextMeasure,
           opt: PlanRowOptions) -> AdHocBadge:
    """Return the ad hoc badge on the top edge of step ``index``'s card, at its right, or its
    corner mark when the whole word does not fit the card (never a cut word)."""
    card = layout.cards[index].rect
    room = card.width - 8.0
    width = measure(text, opt.badge_size) * BOLD_FACTOR + 8.0
    if width <= room:
        return AdHocBadge(index, text, Rect(card.right - width - 4.0,
                                            card.y - opt.badge_height / 2, width,
                                            opt.badge_height))
    side = min(CORNER_MARK, card.width / 3, card.height / 3)
    return AdHocBadge(index, text, Rect(card.right - side, card.y, side, side), corner=True)
