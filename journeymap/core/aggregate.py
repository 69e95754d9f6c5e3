"""Many journeys at once: recurring findings, channel transitions and scores (docs/portfolio.md).

A ``PortfolioBuilder`` takes one journey and its analysis at a time and keeps only counts and
places, so ten thousand journeys aggregate in time and memory linear in their steps. Which
analysis to use (language, the user's norms) is the caller's choice: the builder never analyses.

Definitions (the public contract is ``docs/portfolio.md``):

- a *recurring finding* is a rule and the channel pair of the finding (the channel of the first
  step concerned and of the last one), counted in how many journeys it occurs;
- a *transition* is two consecutive steps of one journey on different channels;
- a transition *breaks* when an integration finding concerns the step it arrives at, together
  with an earlier step (the hand-off failed), or that step alone (its context was lost on
  arrival);
- a journey's *breaks* are its integration findings.

Only actual journeys are counted (``counts_in_portfolio``): a planned journey is the service as
designed, not what a customer lived, so its steps would add designed hand-offs to the breaks
that recur across interviews. A planned journey given to the builder is only counted as skipped
(``Portfolio.skipped_planned``), so every report can say how many were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from journeymap.core.channels import channel_ids
from journeymap.core.findings import Analysis, Category, Finding, Severity
from journeymap.core.model import Journey, JourneyKind
from journeymap.core.rule_catalogue import RULES

#: How many journeys ``Portfolio.most_breaks`` lists by default.
MOST_BREAKS_COUNT = 10
_RULE_ORDER = {rule.id: position for position, rule in enumerate(RULES)}
_CHANNEL_ORDER = {channel_id: position for position, channel_id in enumerate(channel_ids())}

Ref = Hashable
"""What identifies a journey to the caller: a file path, a library id ..."""
Findings = Analysis | Sequence[Finding]


def counts_in_portfolio(journey: Journey) -> bool:
    """Return whether the portfolio counts ``journey``: actual journeys only, never a plan."""
    return journey.kind is not JourneyKind.PLANNED


@dataclass(frozen=True, slots=True)
class JourneyEntry:
    """One journey of the portfolio, as counted.

    Attributes:
        ref: the caller's reference (a path, a library id).
        title: the journey's title.
        steps: its number of steps.
        total: the sum of its scores.
        findings: how many findings its analysis has.
        breaks: how many of them are integration findings.
    """

    ref: Ref
    title: str
    steps: int
    total: int
    findings: int
    breaks: int

    @property
    def mean(self) -> float:
        """Return the mean score of its steps (0.0 for an empty journey)."""
        return self.total / self.steps if self.steps else 0.0


class Occurrence(NamedTuple):
    """Where something happened: a journey (its position in ``Portfolio.journeys``) and steps.

    A named tuple: a portfolio of ten thousand journeys holds a quarter of a million of them.
    """

    journey: int
    steps: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class RecurringFinding:
    """A rule on one channel pair, across journeys.

    Attributes:
        rule / category: the rule and its category.
        from_channel / to_channel: channels of the first and the last step concerned (``None``
            for a finding that concerns no step).
        severity: the highest severity met.
        findings: how many findings in all.
        occurrences: every finding's journey and steps, in the order the journeys came.
        tip: the tip of the first finding met (in the analysis language).
    """

    rule: str
    category: Category
    from_channel: str | None
    to_channel: str | None
    severity: Severity
    findings: int
    occurrences: tuple[Occurrence, ...]
    tip: str

    @property
    def journey_indexes(self) -> tuple[int, ...]:
        """Return the positions of the journeys it occurs in, each once, in order."""
        return tuple(dict.fromkeys(o.journey for o in self.occurrences))

    @property
    def journeys(self) -> int:
        """Return in how many journeys it occurs."""
        return len(self.journey_indexes)

    @property
    def is_break(self) -> bool:
        """Return whether it is an integration finding (a break between channels)."""
        return self.category is Category.INTEGRATION


@dataclass(frozen=True, slots=True)
class Transition:
    """Consecutive steps from one channel to another, across journeys.

    Attributes:
        from_channel / to_channel: the channels, different from each other.
        count: how often it happens.
        delta: the sum of the score changes across it.
        breaks: how many of them break (see the module docstring).
        occurrences: journey and the two step indexes of every one.
    """

    from_channel: str
    to_channel: str
    count: int
    delta: int
    breaks: int
    occurrences: tuple[Occurrence, ...]

    @property
    def mean_delta(self) -> float:
        """Return the mean score change across the transition."""
        return self.delta / self.count if self.count else 0.0

    @property
    def break_share(self) -> float:
        """Return the share (0..1) of these transitions that break."""
        return self.breaks / self.count if self.count else 0.0


@dataclass(frozen=True, slots=True)
class GroupStats:
    """Scores of the steps on one channel (or in one phase) across journeys."""

    steps: int
    total: int
    journeys: int

    @property
    def mean(self) -> float:
        """Return the mean score of these steps."""
        return self.total / self.steps if self.steps else 0.0


@dataclass(frozen=True, slots=True)
class Portfolio:
    """What many journeys say together.

    Attributes:
        journeys: every journey counted, in the order they were added.
        recurring: recurring findings, most journeys first (then most findings, catalogue order).
        transitions: channel transitions, most frequent first.
        by_channel: scores per channel, in catalogue order.
        by_phase: scores per phase name, in order of first appearance.
        lang: the language of the tips.
        skipped_planned: how many planned journeys were given and not counted.
    """

    journeys: tuple[JourneyEntry, ...]
    recurring: tuple[RecurringFinding, ...]
    transitions: tuple[Transition, ...]
    by_channel: dict[str, GroupStats]
    by_phase: dict[str, GroupStats]
    lang: str = "en"
    skipped_planned: int = 0

    @property
    def only_planned(self) -> bool:
        """Return whether every journey given was planned (so nothing was counted)."""
        return not self.journeys and self.skipped_planned > 0

    @property
    def steps(self) -> int:
        """Return the number of steps of all journeys."""
        return sum(entry.steps for entry in self.journeys)

    @property
    def breaks(self) -> tuple[RecurringFinding, ...]:
        """Return the recurring integration findings (the breaks), in ranking order."""
        return tuple(item for item in self.recurring if item.is_break)

    def most_breaks(self, count: int = MOST_BREAKS_COUNT) -> tuple[JourneyEntry, ...]:
        """Return up to ``count`` journeys with breaks, most first (ties: most findings, order)."""
        ranked = sorted((entry for entry in self.journeys if entry.breaks),
                        key=lambda entry: (-entry.breaks, -entry.findings))
        return tuple(ranked[:count])

    def transition(self, from_channel: str, to_channel: str) -> Transition | None:
        """Return the transition between two channels, ``None`` when it never happens."""
        for item in self.transitions:
            if item.from_channel == from_channel and item.to_channel == to_channel:
                return item
        return None

    def matrix_channels(self) -> tuple[str, ...]:
        """Return the channels of the transition matrix: those met in a transition, in catalogue
        order."""
        used = {c for t in self.transitions for c in (t.from_channel, t.to_channel)}
        return tuple(sorted(used, key=_channel_key))


def _channel_key(channel_id: str) -> tuple[int, str]:
    return _CHANNEL_ORDER.get(channel_id, len(_CHANNEL_ORDER)), channel_id


#: An occurrence while counting: (journey position, step indexes). Plain tuples until ``build``,
#: so a builder filled in a worker process pickles cheaply and merges by shifting positions.
_Place = tuple[int, tuple[int, ...]]


@dataclass(slots=True)
class _Recurring:
    category: Category
    severity: Severity
    tip: str
    occurrences: list[_Place] = field(default_factory=list)


@dataclass(slots=True)
class _Transition:
    count: int = 0
    delta: int = 0
    breaks: int = 0
    occurrences: list[_Place] = field(default_factory=list)


@dataclass(slots=True)
class _Group:
    steps: int = 0
    total: int = 0
    journeys: int = 0
    last_journey: int = -1

    def add(self, score: int, journey: int) -> None:
        self.steps += 1
        self.total += score
        if journey != self.last_journey:
            self.last_journey = journey
            self.journeys += 1

    def merge(self, other: _Group, offset: int) -> None:
        """Add the counts of ``other``, whose journeys follow this group's (disjoint ones)."""
        self.steps += other.steps
        self.total += other.total
        self.journeys += other.journeys
        if other.last_journey >= 0:
            self.last_journey = other.last_journey + offset

    def frozen(self) -> GroupStats:
        return GroupStats(self.steps, self.total, self.journeys)


def _shifted(places: list[_Place], offset: int) -> list[_Place]:
    return [(journey + offset, steps) for journey, steps in places] if offset else places


def _occurrences(places: list[_Place]) -> tuple[Occurrence, ...]:
    return tuple(map(Occurrence._make, places))


def broken_arrivals(findings: Iterable[Finding]) -> set[int]:
    """Return the step indexes that an integration finding says were reached through a break.

    Those are every step of a multi-step integration finding but its first, and the step of a
    one-step integration finding.
    """
    arrivals: set[int] = set()
    for finding in findings:
        if finding.category is Category.INTEGRATION:
            steps = finding.step_indexes
            arrivals.update(steps[1:] if len(steps) > 1 else steps)
    return arrivals


class PortfolioBuilder:
    """Collect journeys and their analyses one at a time; ``build`` returns the portfolio.

    Planned journeys are not counted, only tallied (see the module docstring).
    """

    def __init__(self, lang: str = "en") -> None:
        self._lang = lang
        self._skipped_planned = 0
        self._journeys: list[JourneyEntry] = []
        self._recurring: dict[tuple[str, str | None, str | None], _Recurring] = {}
        self._transitions: dict[tuple[str, str], _Transition] = {}
        self._channels: dict[str, _Group] = {}
        self._phases: dict[str, _Group] = {}

    def add_analysed(self, ref: Ref, journey: Journey,
                     analyse: Callable[[Journey], Findings]) -> None:
        """Count ``journey`` with what ``analyse`` finds in it; a planned journey is only
        tallied as skipped, and not analysed."""
        if counts_in_portfolio(journey):
            self.add(ref, journey, analyse(journey))
        else:
            self._skipped_planned += 1

    def add(self, ref: Ref, journey: Journey, findings: Findings) -> None:
        """Count ``journey`` with its findings or whole analysis (in this builder's language);
        a planned journey is only tallied as skipped."""
        if not counts_in_portfolio(journey):
            self._skipped_planned += 1
            return
        if isinstance(findings, Analysis):
            findings = findings.findings
        position = len(self._journeys)
        steps = journey.steps
        breaks = 0
        for finding in findings:
            indexes = finding.step_indexes
            if finding.category is Category.INTEGRATION:
                breaks += 1
            key = (finding.rule,
                   steps[indexes[0]].channel if indexes else None,
                   steps[indexes[-1]].channel if indexes else None)
            item = self._recurring.get(key)
            if item is None:
                item = self._recurring[key] = _Recurring(finding.category, finding.severity,
                                                         finding.tip)
            elif finding.severity.rank < item.severity.rank:
                item.severity = finding.severity
            item.occurrences.append((position, indexes))
        arrivals = broken_arrivals(findings) if breaks else set()
        channels, phases = self._channels, self._phases
        previous = None
        total = 0
        for index, step in enumerate(steps):
            score = step.score
            total += score
            group = channels.get(step.channel)
            if group is None:
                group = channels[step.channel] = _Group()
            group.add(score, position)
            if step.phase is not None:
                group = phases.get(step.phase)
                if group is None:
                    group = phases[step.phase] = _Group()
                group.add(score, position)
            if previous is not None and previous.channel != step.channel:
                pair = (previous.channel, step.channel)
                cell = self._transitions.get(pair)
                if cell is None:
                    cell = self._transitions[pair] = _Transition()
                cell.count += 1
                cell.delta += score - previous.score
                if index in arrivals:
                    cell.breaks += 1
                cell.occurrences.append((position, (index - 1, index)))
            previous = step
        self._journeys.append(JourneyEntry(ref, journey.title, len(steps), total,
                                           len(findings), breaks))

    def merge(self, other: PortfolioBuilder) -> None:
        """Count every journey of ``other`` after those of this builder, as if added here.

        For journeys counted in parts (worker processes, each a run of files): merging the parts
        in order gives the portfolio of adding every journey to one builder, the tip of each
        recurring finding included (its first occurrence's).
        """
        offset = len(self._journeys)
        self._skipped_planned += other._skipped_planned
        self._journeys.extend(other._journeys)
        for key, theirs in other._recurring.items():
            item = self._recurring.get(key)
            if item is None:
                self._recurring[key] = _Recurring(theirs.category, theirs.severity, theirs.tip,
                                                  _shifted(theirs.occurrences, offset))
                continue
            if theirs.severity.rank < item.severity.rank:
                item.severity = theirs.severity
            item.occurrences.extend(_shifted(theirs.occurrences, offset))
        for pair, cell in other._transitions.items():
            mine = self._transitions.get(pair)
            if mine is None:
                mine = self._transitions[pair] = _Transition()
            mine.count += cell.count
            mine.delta += cell.delta
            mine.breaks += cell.breaks
            mine.occurrences.extend(_shifted(cell.occurrences, offset))
        for groups, their_groups in ((self._channels, other._channels),
                                     (self._phases, other._phases)):
            for name, theirs_group in their_groups.items():
                group = groups.get(name)
                if group is None:
                    group = groups[name] = _Group()
                group.merge(theirs_group, offset)

    def build(self) -> Portfolio:
        """Return the portfolio of every journey added so far."""
        recurring = [
            RecurringFinding(rule, item.category, first, last, item.severity,
                             len(item.occurrences), _occurrences(item.occurrences), item.tip)
            for (rule, first, last), item in self._recurring.items()
        ]
        recurring.sort(key=lambda r: (-r.journeys, -r.findings, _RULE_ORDER.get(r.rule, 99),
                                      _channel_key(r.from_channel or ""),
                                      _channel_key(r.to_channel or "")))
        transitions = [
            Transition(first, last, cell.count, cell.delta, cell.breaks,
                       _occurrences(cell.occurrences))
            for (first, last), cell in self._transitions.items()
        ]
        transitions.sort(key=lambda t: (-t.count, _channel_key(t.from_channel),
                                        _channel_key(t.to_channel)))
        by_channel = {channel_id: self._channels[channel_id].frozen()
                      for channel_id in sorted(self._channels, key=_channel_key)}
        by_phase = {phase: group.frozen() for phase, group in self._phases.items()}
        return Portfolio(tuple(self._journeys), tuple(recurring), tuple(transitions),
                         by_channel, by_phase, self._lang, self._skipped_planned)


def aggregate(journeys: Iterable[tuple[Ref, Journey]], analyze: Callable[[Journey], Analysis],
              *, lang: str = "en") -> Portfolio:
    """Return the portfolio of ``journeys`` (reference and journey), each analysed by ``analyze``.

    ``analyze`` is the caller's analysis in its context (``AnalysisContext.analyze``), so the
    user's norms and language apply; ``lang`` names that language. Planned journeys are skipped
    (and not analysed).
    """
    builder = PortfolioBuilder(lang)
    for ref, journey in journeys:
        builder.add_analysed(ref, journey, analyze)
    return builder.build()
