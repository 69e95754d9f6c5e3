"""The geometry of the journey map and the score curve, computed once for every painter.

The screen (QPainter), the PDF (reportlab), the PNG and the SVG all paint the same ``MapLayout``, so
the map looks the same everywhere. Units are abstract points (1/72 inch), origin at the top left,
y growing downwards. Text is wrapped here with an injected ``measure(text, size) -> width`` so every
painter breaks lines at the same words; ``approximate_measure`` (DejaVu Sans widths) serves tests
and the SVG writer.

Picture of one map::

    |            | phase band A        | phase band B |
    |            |   1    |   2   |  3 |   4   |  5  |   <- step numbers (column header)
    | Website    | [card] ->             [card]       |   <- one lane per channel used
    | Phone      |          [card] ->[card]      [..] |
    | Letter     |                   [c]              |   <- folded: a channel of one step

Lanes are a little taller than their cards. A lane whose channel only one step uses is
*folded*: lower, with a lower card (``fold_lane``), as long as another lane is not folded.
``MapOptions.face`` chooses the card face: ``full`` (the title in up to three lines) or
``compact`` (score chip and the title's key words, turned to run downwards when a card is
narrower than the journey's longest key word), which the screen uses to fit a whole journey into the
window (``core.map_fit``; docs/map.md).

Everything is linear in the number of steps and findings.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from journeymap.core.channels import CHANNELS, MODE_LABELS, MODE_ORDER, ServiceMode, channel
from journeymap.core.findings import Analysis, Finding, JourneyScore, Severity
from journeymap.core.keywords import key_words
from journeymap.core.layout_metrics import BOLD_FACTOR, DEFAULT_WIDTH, WIDTHS
from journeymap.core.model import Journey, Outcome, Step, score_sign

#: ``measure(text, font_size) -> width`` in the same units as the layout (points).
TextMeasure = Callable[[str, float], float]

ELLIPSIS = "…"
#: Glyphs for the outcome marks (all present in DejaVu Sans).
OUTCOME_MARKS: dict[Outcome, str] = {
    Outcome.FAILED: "✗",
    Outcome.ABANDONED: "⊘",
    Outcome.PENDING: "◷",
}
_CATALOGUE_ORDER = {c.id: position for position, c in enumerate(CHANNELS)}


def approximate_measure(text: str, size: float) -> float:
    """Return the width of ``text`` set in DejaVu Sans at ``size`` points (exact for Latin text)."""
    return sum(WIDTHS.get(ch, DEFAULT_WIDTH) for ch in text) * size / 1000.0


def bold_width(measure: TextMeasure, text: str, size: float) -> float:
    """Return a safe width estimate for bold text, measured with a regular-weight ``measure``."""
    return measure(text, size) * BOLD_FACTOR


# --------------------------------------------------------------------------- geometry values


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """Return the x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """Return the y of the bottom edge."""
        return self.y + self.height

    @property
    def center_x(self) -> float:
        """Return the x of the centre."""
        return self.x + self.width / 2

    @property
    def center_y(self) -> float:
        """Return the y of the centre."""
        return self.y + self.height / 2

    def contains(self, x: float, y: float) -> bool:
        """Return whether the point lies inside (edges included)."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True, slots=True)
class MapOptions:
    """Sizes of the map, in points. The defaults print legibly on A4 (no text under 7 pt).

    ``folded_lane_height`` / ``folded_card_height`` size the lane of a channel used by at most
    ``fold_steps`` steps (0: never fold). ``face`` is ``full`` or ``compact``; compact cards
    too narrow for the journey's longest key word (or for ``turn_below`` points, whichever is
    less) turn their key words to run down the card. ``show_mode`` names each
    lane's service mode under the channel. ``more_size`` is the text of the ``+n`` count of
    markers without room on a card, ``proposal_size`` that of the ``n?`` badge of proposals.
    """

    label_width: float = 104.0
    column_width: float = 112.0
    card_width: float = 98.0
    card_height: float = 58.0
    lane_height: float = 64.0
    folded_card_height: float = 43.0
    folded_lane_height: float = 49.0
    fold_steps: int = 1
    face: str = "full"
    turn_below: float = 90.0
    show_mode: bool = True
    phase_height: float = 20.0
    header_height: float = 15.0
    padding: float = 5.0
    title_size: float = 8.0
    title_leading: float = 9.4
    title_lines: int = 3
    label_size: float = 8.5
    mode_size: float = 7.0
    phase_size: float = 7.5
    number_size: float = 7.0
    badge_size: float = 7.5
    badge_width: float = 20.0
    badge_height: float = 12.0
    marker_size: float = 12.0
    marker_gap: float = 2.0
    more_size: float = 7.0
    proposal_size: float = 6.5


@dataclass(frozen=True, slots=True)
class LaneBox:
    """One channel's lane across the whole map.

    Attributes:
        channel: channel id.
        label: the channel's display name; ``label_lines`` is it wrapped for the label column.
        mode: service mode (chooses the tint); ``mode_label`` names it in the map's language.
        rect: the whole lane, label column included; ``label_rect`` the label column part.
        folded: the channel is barely used: a lower lane with lower cards.
    """

    channel: str
    label: str
    label_lines: tuple[str, ...]
    mode: ServiceMode
    mode_label: str
    rect: Rect
    label_rect: Rect
    folded: bool = False


@dataclass(frozen=True, slots=True)
class PhaseBand:
    """A phase drawn as a band over the columns of its consecutive steps."""

    name: str
    label: str  # the name, shortened with an ellipsis to fit the band
    rect: Rect
    first_index: int
    last_index: int


@dataclass(frozen=True, slots=True)
class ColumnHeader:
    """The step number above a column."""

    index: int
    label: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class CardBox:
    """One step's card in its channel's lane and its column.

    Attributes:
        index: 0-based step index.
        title: the full title (for tooltips); ``title_lines`` as wrapped for the card.
        title_x / title_baselines: where each title line starts (baseline, like every painter's
            text call); ``title_size`` its font size. A ``turned`` title (compact face, narrow
            card) runs downwards, turned a quarter clockwise: ``title_x`` is then the y where
            every line starts and the baselines are x positions, right to left.
        sign: ``-- - 0 + ++``, drawn in ``badge_rect`` over the score colour.
        outcome_mark: glyph for failed/abandoned/pending (``None`` for success), drawn in
            ``outcome_rect``.
        proposals / proposal_rect: the step's open proposals, a dashed ``n?`` badge (screen).
        more / more_rect: findings whose markers found no room on the card (either face),
            counted in a ``+n`` chip (their findings are in the tooltip and the findings panel).
    """

    index: int
    rect: Rect
    channel: str
    title: str
    title_lines: tuple[str, ...]
    title_x: float
    title_baselines: tuple[float, ...]
    title_size: float
    score: int
    sign: str
    badge_rect: Rect
    outcome: Outcome
    outcome_mark: str | None
    outcome_rect: Rect | None
    turned: bool = False
    compact: bool = False
    proposals: int = 0
    proposal_rect: Rect | None = None
    more: int = 0
    more_rect: Rect | None = None


@dataclass(frozen=True, slots=True)
class Arrow:
    """The connection from one step to the next, as polyline points (orthogonal when switching)."""

    from_index: int
    to_index: int
    points: tuple[tuple[float, float], ...]
    channel_switch: bool


@dataclass(frozen=True, slots=True)
class FindingMarker:
    """A finding drawn as a small severity badge on the card of the step where it hurts.

    Attributes:
        finding_index: position of the finding in ``analysis.findings``.
        step_index: the card the marker sits on (the last step the finding concerns).
        step_indexes: every step the finding concerns.
        shape: ``triangle`` (high), ``diamond`` (medium) or ``circle`` (low); see
            ``marker_polygon``.
    """

    finding_index: int
    rule: str
    severity: Severity
    rect: Rect
    step_index: int
    step_indexes: tuple[int, ...]
    shape: str


_SHAPES = {Severity.HIGH: "triangle", Severity.MEDIUM: "diamond", Severity.LOW: "circle"}


@dataclass(frozen=True, slots=True)
class MapLayout:
    """The whole map: every element with its rectangle, ready to paint."""

    width: float
    height: float
    options: MapOptions
    lang: str
    lanes: tuple[LaneBox, ...]
    phases: tuple[PhaseBand, ...]
    headers: tuple[ColumnHeader, ...]
    cards: tuple[CardBox, ...]
    arrows: tuple[Arrow, ...]
    markers: tuple[FindingMarker, ...]
    columns_top: float  # y where the lanes start (below phase bands and step numbers)
    #: The x of every column's left edge and the last one's right edge, when the columns differ
    #: in width (the presentation map); empty when all are ``options.column_width`` wide.
    column_edges: tuple[float, ...] = ()
    _lane_of: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def columns_left(self) -> float:
        """Return the x where the first step column starts (right of the lane labels)."""
        return self.column_edges[0] if self.column_edges else self.options.label_width

    def column_center_x(self, index: int) -> float:
        """Return the x of the centre of step ``index``'s column (the curve aligns on it)."""
        if self.column_edges:
            return (self.column_edges[index] + self.column_edges[index + 1]) / 2
        return self.options.label_width + (index + 0.5) * self.options.column_width

    def column_number(self, x: float) -> float:
        """Return the fractional step number at ``x``: step ``n``'s column centre is ``n``."""
        edges = self.column_edges
        if not edges:
            return (x - self.options.label_width) / self.options.column_width + 0.5
        index = min(max(bisect.bisect_right(edges, x) - 1, 0), len(edges) - 2)
        if index < 0:
            return 0.5
        start, end = edges[index], edges[index + 1]
        return index + 0.5 + (x - start) / max(end - start, 1e-9)

    def column_centers(self) -> tuple[float, ...]:
        """Return the centre x of every step column, in order."""
        return tuple(self.column_center_x(i) for i in range(len(self.cards)))

    def column_at(self, x: float) -> int | None:
        """Return the step column under ``x``, or ``None`` outside the columns."""
        if x < self.columns_left:
            return None
        if self.column_edges:
            index = bisect.bisect_right(self.column_edges, x) - 1
        else:
            index = int((x - self.options.label_width) // self.options.column_width)
        return index if 0 <= index < len(self.cards) else None

    def lane_index(self, channel_id: str) -> int | None:
        """Return the position of a channel's lane, or ``None`` when it has none."""
        return self._lane_of.get(channel_id)

    def lane_at(self, y: float) -> LaneBox | None:
        """Return the lane under ``y`` (for dropping a card onto another channel).

        Lanes differ in height (folded lanes are lower), so this looks at each lane's rect.
        """
        for lane in self.lanes:
            if lane.rect.y <= y < lane.rect.bottom:
                return lane
        return None

    def card_at(self, x: float, y: float) -> CardBox | None:
        """Return the card under the point, or ``None``."""
        index = self.column_at(x)
        if index is None:
            return None
        card = self.cards[index]
        return card if card.rect.contains(x, y) else None

    def marker_at(self, x: float, y: float) -> FindingMarker | None:
        """Return the finding marker under the point, or ``None``."""
        index = self.column_at(x)
        if index is None:
            return None
        for marker in self.markers_by_step().get(index, ()):
            if marker.rect.contains(x, y):
                return marker
        return None

    def markers_by_step(self) -> dict[int, tuple[FindingMarker, ...]]:
        """Return the markers grouped by the card they sit on."""
        grouped: dict[int, list[FindingMarker]] = {}
        for marker in self.markers:
            grouped.setdefault(marker.step_index, []).append(marker)
        return {index: tuple(items) for index, items in grouped.items()}


# --------------------------------------------------------------------------- text fitting


def wrap_text(text: str, width: float, size: float, measure: TextMeasure,
              max_lines: int) -> tuple[str, ...]:
    """Wrap ``text`` into at most ``max_lines`` lines no wider than ``width``.

    Breaks at spaces; a word wider than a line is broken between characters. When the text needs
    more lines, the last line ends with an ellipsis.
    """
    words = text.split()
    if not words or max_lines < 1:
        return ()
    lines: list[str] = []
    current = ""
    position = 0
    while position < len(words):
        word = words[position]
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            current = candidate
            position += 1
            continue
        if current:  # the line is full: start a new one with this word
            lines.append(current)
            current = ""
        else:  # one word wider than the line: cut it
            cut = _fit_prefix(word, width, size, measure)
            lines.append(word[:cut])
            words[position] = word[cut:]
        if len(lines) == max_lines:
            break
    else:
        lines.append(current)
        return tuple(lines)
    # The lines are full and words are left (``current`` is empty here): end with an ellipsis.
    lines[-1] = ellipsize(f"{lines[-1]} {' '.join(words[position:])}", width, size, measure)
    return tuple(lines)


def ellipsize(text: str, width: float, size: float, measure: TextMeasure) -> str:
    """Return ``text`` if it fits ``width``, else its longest prefix that fits followed by ``…``."""
    if measure(text, size) <= width:
        return text
    room = width - measure(ELLIPSIS, size)
    cut = _fit_prefix(text, room, size, measure) if room > 0 else 0
    return text[:cut].rstrip(" ,.;:-") + ELLIPSIS


def _fit_prefix(text: str, width: float, size: float, measure: TextMeasure) -> int:
    """Return the length of the longest prefix of ``text`` that fits (at least 1 if ``text``)."""
    low, high = 1, len(text)
    while low < high:  # binary search: the widths of prefixes only grow
        middle = (low + high + 1) // 2
        if measure(text[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low if text else 0


# --------------------------------------------------------------------------- the map


def lane_order(journey: Journey) -> tuple[str, ...]:
    """Return the channels used, ordered by service mode then catalogue order."""
    def key(channel_id: str) -> tuple[int, int]:
        mode = channel(channel_id).mode if channel_id in _CATALOGUE_ORDER else ServiceMode.LIVE
        return MODE_ORDER.index(mode), _CATALOGUE_ORDER.get(channel_id, len(_CATALOGUE_ORDER))

    return tuple(sorted(journey.channels_used, key=key))


def channel_label(channel_id: str, lang: str) -> tuple[str, ServiceMode]:
    """Return a lane's label and service mode (a channel not in the catalogue is live)."""
    if channel_id in _CATALOGUE_ORDER:
        found = channel(channel_id)
        return found.name(lang), found.mode
    return channel_id, ServiceMode.LIVE


def layout_map(journey: Journey, analysis: Analysis | None, *, measure: TextMeasure,
               lang: str = "en", options: MapOptions | None = None,
               proposals: Mapping[int, int] | None = None) -> MapLayout:
    """Return the map's geometry for ``journey`` with the findings of ``analysis`` as markers.

    Args:
        journey: the journey to draw.
        analysis: its analysis (``None`` draws no markers).
        measure: text width function of the painter's font (see ``TextMeasure``).
        lang: language of lane labels.
        options: sizes; the defaults suit A4 print and the screen at 100 %.
        proposals: open proposals per step index (the screen's ``n?`` badges), if any.
    """
    opt = options or MapOptions()
    lang = lang if lang in MODE_LABELS else "en"
    steps = journey.steps
    has_phases = any(step.phase for step in steps)
    phase_height = opt.phase_height if has_phases else 0.0
    top = phase_height + opt.header_height
    lanes = _layout_lanes(journey, lang, opt, top, measure)
    lane_of = {lane.channel: position for position, lane in enumerate(lanes)}
    width = opt.label_width + len(steps) * opt.column_width
    height = lanes[-1].rect.bottom if lanes else top

    found = findings_per_card(analysis, len(steps))
    waiting = {i: n for i, n in (proposals or {}).items() if n > 0 and 0 <= i < len(steps)}
    turn_at = 0.0
    if opt.face == "compact":  # one decision for the whole map: every card reads alike
        turn_at = min(opt.turn_below, max((measure(word, opt.title_size) for step in steps
                                           for word in key_words(step.title, lang)),
                                          default=0.0))
    placed = [layout_card(index, step, lanes[lane_of[step.channel]], opt, measure, lang,
                          found.get(index, []), waiting.get(index, 0), turn_at)
              for index, step in enumerate(steps)]
    cards = tuple(card for card, _ in placed)
    markers = tuple(marker for _, on_card in placed for marker in on_card)
    headers = tuple(
        ColumnHeader(i, str(i + 1), Rect(opt.label_width + i * opt.column_width, phase_height,
                                         opt.column_width, opt.header_height))
        for i in range(len(steps)))
    return MapLayout(
        width=width, height=height, options=opt, lang=lang, lanes=lanes,
        phases=(layout_phases(steps, lambda i: opt.label_width + i * opt.column_width, opt,
                              measure, phase_height) if has_phases else ()),
        headers=headers, cards=cards, arrows=layout_arrows(cards, opt),
        markers=markers, columns_top=top, _lane_of=lane_of)


def folded_channels(journey: Journey, fold_steps: int = 1) -> frozenset[str]:
    """Return the channels whose lanes are folded: used by at most ``fold_steps`` steps.

    Folding needs a lane that stays open (a journey of one step per channel folds nothing),
    so the map keeps its proportions; it depends on the journey alone, not on the screen.
    """
    counts: dict[str, int] = {}
    for step in journey.steps:
        counts[step.channel] = counts.get(step.channel, 0) + 1
    folded = frozenset(c for c, n in counts.items() if n <= fold_steps)
    return folded if len(folded) < len(counts) else frozenset()


def _layout_lanes(journey: Journey, lang: str, opt: MapOptions, top: float,
                  measure: TextMeasure) -> tuple[LaneBox, ...]:
    lanes = []
    text_width = opt.label_width - 3 * opt.padding - 3  # stripe of 3 pt at the left
    folded = folded_channels(journey, opt.fold_steps)
    y = top
    for channel_id in lane_order(journey):
        label, mode = channel_label(channel_id, lang)
        fold = channel_id in folded
        height = opt.folded_lane_height if fold else opt.lane_height
        room = height - 2 * opt.padding - (opt.mode_size * 1.3 if opt.show_mode else 0.0)
        count = max(1, min(2, int(room // (opt.label_size * 1.2))))
        lines = wrap_text(label, text_width / BOLD_FACTOR, opt.label_size, measure, count)
        mode_label = (ellipsize(MODE_LABELS[lang][mode], text_width, opt.mode_size, measure)
                      if opt.show_mode else "")
        lanes.append(LaneBox(
            channel=channel_id, label=label, label_lines=lines, mode=mode,
            mode_label=mode_label,
            rect=Rect(0.0, y, opt.label_width + len(journey.steps) * opt.column_width, height),
            label_rect=Rect(0.0, y, opt.label_width, height), folded=fold))
        y += height
    return tuple(lanes)


def layout_phases(steps: Sequence[Step], column_left: Callable[[int], float], opt: MapOptions,
                  measure: TextMeasure, height: float) -> tuple[PhaseBand, ...]:
    """Return the phase bands over the columns of their consecutive steps; ``column_left(i)``
    is the x where column ``i`` starts (``column_left(len(steps))`` the last one's end)."""
    bands: list[PhaseBand] = []
    start = 0
    for index in range(1, len(steps) + 1):
        if index < len(steps) and steps[index].phase == steps[start].phase:
            continue
        name = steps[start].phase
        if name:
            x = column_left(start) + 1
            band_width = column_left(index) - column_left(start) - 2
            label = ellipsize(name, (band_width - 2 * opt.padding) / BOLD_FACTOR,
                              opt.phase_size, measure)
            if label == ELLIPSIS:
                label = ""  # too narrow for a letter: the band's tint shows where it runs
            bands.append(PhaseBand(name, label, Rect(x, 0.0, band_width, height - 2),
                                   start, index - 1))
        start = index
    return tuple(bands)


_Found = list[tuple[int, Finding]]


def findings_per_card(analysis: Analysis | None, count: int) -> dict[int, _Found]:
    """Return the findings on each card (the last step they concern), most severe first."""
    per_card: dict[int, _Found] = {}
    for finding_index, finding in enumerate(analysis.findings if analysis else ()):
        valid = [i for i in finding.step_indexes if 0 <= i < count]
        if valid:
            per_card.setdefault(max(valid), []).append((finding_index, finding))
    return {index: sorted(items, key=lambda item: item[1].severity.rank)
            for index, items in per_card.items()}


def _marker(card_index: int, finding_index: int, finding: Finding, rect: Rect) -> FindingMarker:
    return FindingMarker(finding_index=finding_index, rule=finding.rule,
                         severity=finding.severity, rect=rect, step_index=card_index,
                         step_indexes=tuple(finding.step_indexes),
                         shape=_SHAPES[finding.severity])


def proposal_width(count: int, measure: TextMeasure, size: float) -> float:
    """Return the width of the ``n?`` badge of ``count`` open proposals, its text ``size``
    points."""
    return measure(f"{count}?", size) + 4.0


def more_width(count: int, measure: TextMeasure, size: float) -> float:
    """Return the width of the ``+n`` chip counting ``count`` markers without room, its text
    ``size`` points."""
    return bold_width(measure, f"+{count}", size) + 2.0


def layout_card(index: int, step: Step, lane: LaneBox, opt: MapOptions,
                measure: TextMeasure, lang: str, found: _Found, proposals: int,
                turn_at: float, column_left: float | None = None,
                ) -> tuple[CardBox, tuple[FindingMarker, ...]]:
    """Lay out one step's card and its markers in its lane, in the column starting at
    ``column_left`` (by default the ``index``-th of ``opt.column_width``)."""
    if column_left is None:
        column_left = opt.label_width + index * opt.column_width
    x = column_left + (opt.column_width - opt.card_width) / 2
    if lane.folded:
        card_height = min(opt.folded_card_height, lane.rect.height)
    else:
        card_height = min(opt.card_height, lane.rect.height)
    y = lane.rect.y + (lane.rect.height - card_height) / 2
    rect = Rect(x, y, opt.card_width, card_height)
    if opt.face == "compact":
        return _compact_card(index, step, rect, opt, measure, lang, found, proposals, turn_at)
    text_x = x + opt.padding
    room = card_height - 2 * opt.padding - opt.badge_height - 2.0  # the title above the badge
    count = max(1, min(opt.title_lines, int(room // opt.title_leading) or 1))
    lines = wrap_text(step.title, opt.card_width - 2 * opt.padding, opt.title_size, measure,
                      count)
    first = y + opt.padding + opt.title_size * 0.95  # baseline of the first line
    baselines = tuple(first + n * opt.title_leading for n in range(len(lines)))
    badge = Rect(text_x, rect.bottom - opt.padding - opt.badge_height, opt.badge_width,
                 opt.badge_height)
    mark = OUTCOME_MARKS.get(step.outcome)
    mark_rect = (Rect(badge.right + 3, badge.y, opt.badge_height, opt.badge_height)
                 if mark else None)
    left = (mark_rect or badge).right + 3
    proposal_rect = None
    if proposals:
        width = proposal_width(proposals, measure, opt.proposal_size)
        proposal_rect = Rect(left, badge.y, width, opt.badge_height)
        left = proposal_rect.right + 3
    strip = Rect(left, badge.center_y - opt.marker_size / 2,
                 max(0.0, rect.right - opt.padding - left), opt.marker_size)
    placed, more, more_rect = _full_markers(strip, len(found), opt, measure)
    card = CardBox(index=index, rect=rect, channel=step.channel, title=step.title,
                   title_lines=lines, title_x=text_x, title_baselines=baselines,
                   title_size=opt.title_size, score=step.score, sign=score_sign(step.score),
                   badge_rect=badge, outcome=step.outcome, outcome_mark=mark,
                   outcome_rect=mark_rect, proposals=proposals, proposal_rect=proposal_rect,
                   more=more, more_rect=more_rect)
    return card, tuple(_marker(index, finding_index, finding, marker_rect)
                       for (finding_index, finding), marker_rect
                       in zip(found, placed, strict=False))


def _full_markers(strip: Rect, count: int, opt: MapOptions,
                  measure: TextMeasure) -> tuple[list[Rect], int, Rect | None]:
    """Place the full face's ``count`` markers in one row of ``strip`` (right of the chip, the
    outcome mark and the proposal badge), right-aligned, never overlapping: the markers that
    do not fit give way to a ``+n`` count by the compact face's rule (``compact_marks``), so a
    card of eight findings reads as its worst three and ``+5``, not as a smudge.

    Returns the markers' rects (most severe first, left to right), how many findings are
    left out, and the count's rect (``None`` when none are, or there is no room for it).
    """
    size, step = opt.marker_size, opt.marker_size + opt.marker_gap
    if count * step - opt.marker_gap <= strip.width + 1e-9:  # all fit: the rule's easy case
        return [Rect(strip.right - (count - position) * step + opt.marker_gap, strip.y, size,
                     size) for position in range(count)], 0, None
    rows = 1 if strip.width >= opt.marker_size else 0
    placed, more = compact_marks(strip, [("marker", opt.marker_size)] * count, rows,
                                 opt.marker_gap, lambda n: more_width(n, measure, opt.more_size))
    shift = strip.right - max((r.right for _, r in placed), default=strip.right)
    moved = [(kind, replace(r, x=r.x + shift)) for kind, r in placed]
    more_rect = next((r for kind, r in moved if kind == "more"), None)
    return [r for kind, r in moved if kind == "marker"], more, more_rect


#: Room of a compact card's edges, and between its title, marker row and score chip.
COMPACT_PADDING = 3.0
#: A turned card's room at its left and right edges (two lines of 8 pt in 20 pt).
TURNED_SIDE = 1.25


def compact_marker_row(card: Rect, opt: MapOptions, turned: bool) -> Rect:
    """Return the strip of a compact card where its finding markers sit (above the chip)."""
    pad = COMPACT_PADDING
    side = TURNED_SIDE if turned else pad
    bottom = card.bottom - pad - opt.badge_height - 2.0
    return Rect(card.x + side, bottom - opt.marker_size, card.width - 2 * side, opt.marker_size)


def _compact_lines(text: str, width: float, size: float, measure: TextMeasure,
                   count: int) -> tuple[str, ...]:
    """Wrap key words into ``count`` lines; a word never breaks across lines: the text ends in
    an ellipsis where a word does not fit (a key word cut in two reads as two wrong words)."""
    if width <= 0 or count < 1:
        return ()
    lines: list[str] = []
    current = ""
    words = text.split()
    position = 0
    while position < len(words):
        word = words[position]
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            current = candidate
            position += 1
            continue
        if current and len(lines) + 1 < count:  # the word starts the next line
            lines.append(current)
            current = ""
            continue
        rest = " ".join(words[position:])
        current = ellipsize(f"{current} {rest}" if current else rest, width, size, measure)
        break
    if current:
        lines.append(current)
    return tuple(lines)


def key_word_title(title: str, lang: str, width: float, size: float, measure: TextMeasure,
                   count: int) -> tuple[str, ...]:
    """Return a compact card's title in whole words (``whole_word_lines``); only a card too
    narrow for even one whole key word shows the first ones cut with an ellipsis."""
    return (whole_word_lines(title, lang, width, size, measure, count)
            or _compact_lines(" ".join(key_words(title, lang)), width, size, measure, count))


def whole_word_lines(title: str, lang: str, width: float, size: float, measure: TextMeasure,
                     count: int) -> tuple[str, ...]:
    """Return ``title`` in ``count`` lines of whole words: the whole title when it fits, else
    its key words, ending in an ellipsis after the last whole word that fits; nothing when not
    even the first word fits. A word cut in two reads as two wrong words on a projector."""
    lines = _whole_words(title.split(), width, size, measure, count)
    if lines is not None:
        return lines
    words = key_words(title, lang)
    states, failed = _word_states(words, width, size, measure, count)
    if failed is None:
        done, current = states[-1]
        return (*done, current)
    # Fewer words and an ellipsis after the last: the words before it are placed as in the
    # run above (greedy), so each shorter try only places its last word from that run's state;
    # a try that still holds the word the run failed at fails at it again.
    for kept in range(min(len(words) - 1, failed + 1), 0, -1):
        done, current = states[kept - 1]
        word = words[kept - 1] + ELLIPSIS
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            return (*done, candidate)
        if current and measure(word, size) <= width and len(done) + 1 < count:
            return (*done, current, word)
    return ()


def _word_states(words: Sequence[str], width: float, size: float, measure: TextMeasure,
                 count: int) -> tuple[list[tuple[tuple[str, ...], str]], int | None]:
    """Place ``words`` greedily like ``_whole_words``; return the state (lines done, line
    being filled) before each word and after the last, and the word that failed (``None``)."""
    states: list[tuple[tuple[str, ...], str]] = []
    lines: tuple[str, ...] = ()
    current = ""
    for position, word in enumerate(words):
        states.append((lines, current))
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            current = candidate
            continue
        if not current or measure(word, size) > width or len(lines) + 1 >= count:
            return states, position
        lines, current = (*lines, current), word
    states.append((lines, current))
    return states, None if words else 0


def _whole_words(words: Sequence[str], width: float, size: float, measure: TextMeasure,
                 count: int, end: str = "") -> tuple[str, ...] | None:
    """Return ``words`` (``end`` after the last) in at most ``count`` lines, or ``None``."""
    if not words:
        return None
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        word = word + end if position == len(words) - 1 else word
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size) <= width:
            current = candidate
            continue
        if not current or measure(word, size) > width or len(lines) + 1 >= count:
            return None
        lines.append(current)
        current = word
    lines.append(current)
    return tuple(lines)


def compact_marks(strip: Rect, items: Sequence[tuple[str, float]], rows: int, gap: float,
                  more: Callable[[int], float]) -> tuple[list[tuple[str, Rect]], int]:
    """Place a card's marks without overlap: left to right in rows of ``strip``'s width, the
    first row ``strip`` and each further one above it, at most ``rows`` rows. The one rule for
    both faces: the compact face's marks in up to two rows, the full face's markers in one.

    ``items`` are ``(kind, width)`` in order of importance: the outcome mark, the markers
    (most severe first) and the proposal badge among them. When the markers do not all
    fit, the last placed ones (and if need be the proposal badge) give way to a ``more``
    chip (``more(n)``: its width counting ``n`` markers), so the audience sees how many
    findings the card has. Returns the placed ``(kind, rect)`` pairs (the chip as
    ``more``) and how many markers were left out.
    """
    height = strip.height
    placed: list[tuple[str, Rect]] = []
    row, x = 0, strip.x
    left_out = 0
    for position, (kind, width) in enumerate(items):
        width = min(width, strip.width)
        if x > strip.x and x + width > strip.right + 1e-9:
            row, x = row + 1, strip.x
        if row >= rows:
            left_out = sum(1 for k, _ in items[position:] if k == "marker")
            break
        placed.append((kind, Rect(x, strip.y - row * (height + gap), width, height)))
        x += width + gap
    if left_out:
        kept, kept_out = list(placed), left_out
        while True:
            last_row = placed[-1][1].y if placed else strip.y
            end = max((r.right + gap for _, r in placed if r.y == last_row), default=strip.x)
            width = more(left_out)
            if end + width <= strip.right + 1e-9:
                placed.append(("more", Rect(end, last_row, width, height)))
                break
            above = last_row - height - gap  # or a row of its own, if one is left
            if placed and width <= strip.width and strip.y - above < rows * (height + gap):
                placed.append(("more", Rect(strip.x, above, width, height)))
                break
            if not placed or placed[-1][0] == "outcome":  # no room for the count: the
                return kept, kept_out  # markers that fit (the findings panel lists all)
            kind, _ = placed.pop()  # a marker, or the proposal badge (its card's tooltip
            left_out += kind == "marker"  # and the inspector still name the proposals)
    return placed, left_out


def _compact_card(index: int, step: Step, rect: Rect, opt: MapOptions, measure: TextMeasure,
                  lang: str, found: _Found, proposals: int,
                  turn_at: float) -> tuple[CardBox, tuple[FindingMarker, ...]]:
    """Lay out the compact face: the title (its key words when it does not fit), the marks
    (outcome, proposals, findings) in up to two rows above the score chip, the chip.

    Narrow cards turn the words to run downwards like a book's spine, so a word of ten
    letters fits a card of three; the words start at the top of every card alike.
    """
    pad = COMPACT_PADDING
    turned = rect.width - 2 * pad < turn_at
    side = TURNED_SIDE if turned else pad
    inner = rect.width - 2 * side
    badge = Rect(rect.x + side, rect.bottom - pad - opt.badge_height,
                 min(opt.badge_width, inner), opt.badge_height)
    mark = OUTCOME_MARKS.get(step.outcome)
    mark_rect = None
    items: list[tuple[str, float]] = []
    if mark:
        if badge.right + 2 + opt.badge_height <= rect.right - side:
            mark_rect = Rect(badge.right + 2, badge.y, opt.badge_height, opt.badge_height)
        else:  # no room beside the chip: first in the marks' row above it
            items.append(("outcome", opt.marker_size))
    markers_in = [("marker", opt.marker_size)] * len(found)
    # the most severe finding first, then the proposals, then the other findings
    items += markers_in[:1] + ([("proposal", proposal_width(proposals, measure, opt.proposal_size))]
                               if proposals else []) + markers_in[1:]
    strip = compact_marker_row(rect, opt, turned)
    top = rect.y + 3.0 + pad  # under the score bar
    # a second row only where one does not hold them and the title keeps two words' room
    rows = 2 if strip.y - strip.height - opt.marker_gap - top >= 3.5 * opt.title_size else 1
    placed, more = compact_marks(strip, items, rows, opt.marker_gap,
                                 lambda n: more_width(n, measure, opt.more_size))
    rects = {kind: r for kind, r in placed if kind != "marker"}
    mark_rect = rects.get("outcome", mark_rect)
    markers = tuple(_marker(index, finding_index, finding, r) for (finding_index, finding), r
                    in zip(found, [r for kind, r in placed if kind == "marker"], strict=False))
    bottom = (min(r.y for _, r in placed) if placed else badge.y) - 1.0
    length = max(0.0, bottom - top)
    if turned:  # lines run downwards from ``top``, the first at the card's right edge
        count = max(1, int((inner - opt.title_size + 0.01) // opt.title_leading) + 1)
        lines = key_word_title(step.title, lang, length, opt.title_size, measure, count)
        block = opt.title_size + (len(lines) - 1) * opt.title_leading
        # turned clockwise, glyphs rise to the right of their baseline: centre the block
        first = rect.center_x + block / 2 - opt.title_size * 0.76
        baselines = tuple(first - n * opt.title_leading for n in range(len(lines)))
        start = top
    else:
        count = max(1, int((length - opt.title_size) // opt.title_leading) + 1)
        lines = key_word_title(step.title, lang, inner, opt.title_size, measure, count)
        first = top + opt.title_size * 0.85
        baselines = tuple(first + n * opt.title_leading for n in range(len(lines)))
        start = rect.x + side
    card = CardBox(index=index, rect=rect, channel=step.channel, title=step.title,
                   title_lines=lines, title_x=start, title_baselines=baselines,
                   title_size=opt.title_size, score=step.score, sign=score_sign(step.score),
                   badge_rect=badge, outcome=step.outcome, outcome_mark=mark,
                   outcome_rect=mark_rect, turned=turned, compact=True, proposals=proposals,
                   proposal_rect=rects.get("proposal"), more=more, more_rect=rects.get("more"))
    return card, markers


def layout_arrows(cards: Sequence[CardBox], opt: MapOptions) -> tuple[Arrow, ...]:
    """Return the arrows from each card to the next, orthogonal where the lane changes."""
    arrows = []
    for before, after in zip(cards, cards[1:], strict=False):
        start = (before.rect.right, before.rect.center_y)
        end = (after.rect.x, after.rect.center_y)
        switch = before.channel != after.channel
        if abs(start[1] - end[1]) < 0.5:
            points: tuple[tuple[float, float], ...] = (start, end)
        else:  # orthogonal: out, up or down in the gap between the columns, in
            middle = (start[0] + end[0]) / 2
            points = (start, (middle, start[1]), (middle, end[1]), end)
        arrows.append(Arrow(before.index, after.index, points, switch))
    return tuple(arrows)


def marker_polygon(rect: Rect, shape: str) -> tuple[tuple[float, float], ...]:
    """Return the outline of a marker shape in ``rect`` (empty for ``circle``: draw an ellipse)."""
    if shape == "triangle":
        return ((rect.center_x, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom))
    if shape == "diamond":
        return ((rect.center_x, rect.y), (rect.right, rect.center_y),
                (rect.center_x, rect.bottom), (rect.x, rect.center_y))
    return ()


def marker_glyph_baseline(rect: Rect, shape: str, size: float) -> float:
    """Return the baseline for the ``!`` in a marker (lower in a triangle, whose top is narrow)."""
    centre = rect.center_y + (rect.height * 0.12 if shape == "triangle" else 0.0)
    return centre + size * 0.36


def arrow_head(points: Sequence[tuple[float, float]],
               size: float = 5.0) -> tuple[tuple[float, float], ...]:
    """Return the triangle of an arrow head at the end of a polyline."""
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    bx, by = x1 - ux * size, y1 - uy * size
    half = size * 0.55
    return ((x1, y1), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))


# --------------------------------------------------------------------------- the score curve


@dataclass(frozen=True, slots=True)
class CurveDot:
    """One step on the curve."""

    index: int
    x: float
    y: float
    score: int
    value: float


@dataclass(frozen=True, slots=True)
class AxisTick:
    """A labelled position on an axis."""

    value: float
    position: float
    label: str


@dataclass(frozen=True, slots=True)
class CurveLayout:
    """The score curve: plot area, dots, zero line and ticks.

    ``x_ticks`` are thinned so step numbers never collide; ``y_ticks`` carry the score signs.
    """

    width: float
    height: float
    plot: Rect
    dots: tuple[CurveDot, ...]
    zero_y: float
    x_ticks: tuple[AxisTick, ...]
    y_ticks: tuple[AxisTick, ...]
    value: str

    @property
    def points(self) -> tuple[tuple[float, float], ...]:
        """Return the polyline through the dots."""
        return tuple((dot.x, dot.y) for dot in self.dots)


def layout_curve(score: JourneyScore, width: float, height: float, *,
                 column_centers: Sequence[float] | None = None, plot_left: float = 28.0,
                 plot_right: float | None = None, top: float = 8.0, bottom: float = 16.0,
                 value: str = "score", min_tick_spacing: float = 18.0) -> CurveLayout:
    """Return the curve of the step scores (``value="score"``) or the running total.

    Args:
        score: the journey's score summary (its ``curve`` gives one point per step; pass a
            summary with a slice of the curve to draw part of a journey).
        width, height: size of the whole drawing.
        column_centers: x of each step (to align the curve with the map's columns); by default
            the steps are spread evenly over the plot area.
        plot_left / plot_right: horizontal extent of the plot area (the y labels sit left of it).
        top, bottom: room above the plot and below it (for step numbers).
        value: ``"score"`` (-2..2, ticks with signs) or ``"cumulative"``.
        min_tick_spacing: the closest two step-number labels may come.
    """
    right = width - 8.0 if plot_right is None else plot_right
    plot = Rect(plot_left, top, max(1.0, right - plot_left), max(1.0, height - top - bottom))
    points = score.curve
    values = [float(p.score if value == "score" else p.cumulative) for p in points]
    if value == "score":
        low, high = -2.0, 2.0
        tick_values = [-2, -1, 0, 1, 2]
        tick_labels = [score_sign(v) for v in tick_values]
    else:
        low, high = min([0.0, *values]), max([0.0, *values])
        if high - low < 4:
            high = low + 4
        tick_values = _nice_ticks(low, high)
        low, high = min(low, tick_values[0]), max(high, tick_values[-1])
        tick_labels = [f"{v:+d}" if v else "0" for v in tick_values]

    def y_of(v: float) -> float:
        return plot.bottom - (v - low) / (high - low) * plot.height

    count = len(points)
    if column_centers is not None:
        xs = list(column_centers[:count])
    else:
        spacing = plot.width / max(count, 1)
        xs = [plot.x + (i + 0.5) * spacing for i in range(count)]
    dots = tuple(CurveDot(points[i].step - 1, xs[i], y_of(values[i]), points[i].score, values[i])
                 for i in range(min(count, len(xs))))
    every = 1
    if len(dots) > 1:
        gap = abs(xs[1] - xs[0]) or 1.0
        every = max(1, math.ceil(min_tick_spacing / gap))
        every = next(n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, every)
                     if n >= every)
    x_ticks = tuple(AxisTick(dot.index + 1, dot.x, str(dot.index + 1)) for dot in dots
                    if dot is dots[0] or (dot.index + 1) % every == 0)
    y_ticks = tuple(AxisTick(v, y_of(v), label) for v, label in zip(tick_values, tick_labels,
                                                                     strict=True))
    return CurveLayout(width=width, height=height, plot=plot, dots=dots, zero_y=y_of(0.0),
                       x_ticks=x_ticks, y_ticks=y_ticks, value=value)


def _nice_ticks(low: float, high: float) -> list[int]:
    span = high - low
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9) if span / s <= 6)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    return list(range(int(first), int(last) + 1, step))
