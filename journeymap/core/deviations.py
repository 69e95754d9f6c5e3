"""Planned against actual: which planned touchpoints a customer's journey realised (docs/plans.md).

An actual step realises a planned touchpoint when the designer linked it (``planned_step``), or
else when the matcher pairs them: same channel, in order, the most similar titles. The pairing
is an order-keeping alignment (a longest-common-subsequence table over the unlinked steps) whose
weight prefers similar titles, so two planned steps on one channel go to the actual steps that
read like them. An unlinked actual step right after a matched one, on its channel, after a failure
or reading like it (a second try at the same booking), joins that touchpoint instead of being
ad hoc.

Each planned touchpoint is then ``completed``, ``failing`` (one of its steps failed, was
abandoned or scored below zero) or ``missing``; each actual step that realises none is
``ad_hoc``. Titles are compared with rapidfuzz's token-set ratio on case-folded text, which
ignores word order and extra words ("Onderdeel online zoeken" / "Zocht het onderdeel online").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, utils

from journeymap.core.errors import Problem
from journeymap.core.model import Journey, JourneyKind, Step


class DeviationKind(StrEnum):
    """CJML's deviation categories, as the JSON of ``journeymap compare`` names them."""

    COMPLETED = "completed"
    FAILING = "failing"
    MISSING = "missing"
    AD_HOC = "ad_hoc"


#: The three outcomes a planned touchpoint can have in one actual journey.
TOUCHPOINT_KINDS: tuple[DeviationKind, ...] = (
    DeviationKind.COMPLETED, DeviationKind.FAILING, DeviationKind.MISSING)

#: Title similarity (0-100) below which a further try on the same channel is not the same
#: touchpoint but something the customer improvised.
RETRY_SIMILARITY = 60.0
#: Weight of a pair in the alignment: a match counts, a similar title counts more, so one
#: well-matched pair beats two pairs of unrelated titles on the same channel.
_MATCH_WEIGHT = 0.6
_SAME_INITIATOR_BONUS = 0.2


@dataclass(frozen=True, slots=True)
class Deviation:
    """One planned touchpoint's fate in an actual journey, or one improvised actual step.

    ``actual_steps`` are 0-based indexes into the actual journey's steps (empty when missing);
    ``planned_step`` is the planned step's id (``None`` when ad hoc); ``linked`` says whether
    the designer linked the steps or the matcher paired them.
    """

    kind: DeviationKind
    planned_step: str | None
    actual_steps: tuple[int, ...]
    channel: str
    linked: bool = False

    @property
    def step_numbers(self) -> tuple[int, ...]:
        """Return the actual steps as 1-based step numbers."""
        return tuple(index + 1 for index in self.actual_steps)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One actual journey compared with its plan: the deviations in the order they happened."""

    plan: Journey
    actual: Journey
    deviations: tuple[Deviation, ...]

    def of_planned(self, planned_id: str) -> Deviation:
        """Return the deviation of the planned step ``planned_id`` (``KeyError`` if none)."""
        for deviation in self.deviations:
            if deviation.planned_step == planned_id:
                return deviation
        raise KeyError(planned_id)

    def of_actual(self, index: int) -> Deviation | None:
        """Return the deviation that the actual step at ``index`` (0-based) belongs to."""
        return next((d for d in self.deviations if index in d.actual_steps), None)

    def count(self, kind: DeviationKind) -> int:
        """Return how many deviations are of ``kind``."""
        return sum(1 for deviation in self.deviations if deviation.kind is kind)


@dataclass(frozen=True, slots=True)
class TouchpointCounts:
    """How many of the compared journeys completed, failed or missed one planned touchpoint."""

    planned_step: str
    title: str
    channel: str
    completed: int = 0
    failing: int = 0
    missing: int = 0

    @property
    def journeys(self) -> int:
        """Return how many journeys were counted."""
        return self.completed + self.failing + self.missing


def title_similarity(first: str, second: str) -> float:
    """Return how alike two step titles read, 0 (nothing shared) to 100 (the same words)."""
    return float(fuzz.token_set_ratio(first, second, processor=utils.default_process))


def is_plan_of(plan: Journey, actual: Journey, plan_id: str | None = None) -> bool:
    """Return whether ``actual`` names ``plan`` as its plan, by title (case-insensitive) or id."""
    if actual.plan is None:
        return False
    named = actual.plan.strip().casefold()
    return named == plan.title.strip().casefold() or (plan_id is not None and named == plan_id)


def link_problems(plan: Journey, actual: Journey) -> list[Problem]:
    """Return a problem for each actual step linked to a step its plan does not have.

    Places are the actual journey's (``steps[3].planned_step``), so a message names the file
    and the place like every other input error.
    """
    planned_ids = {step.id for step in plan.steps}
    return [
        Problem(f"steps[{index}].planned_step",
                f"names {step.planned_step!r}, but the plan {plan.title!r} has no step with "
                "that id", index)
        for index, step in enumerate(actual.steps)
        if step.planned_step is not None and step.planned_step not in planned_ids
    ]


def compare(plan: Journey, actual: Journey) -> Comparison:
    """Return the deviations of ``actual`` from ``plan`` (links to unknown steps are ignored;
    ``link_problems`` reports them)."""
    planned_ids = {step.id: index for index, step in enumerate(plan.steps)}
    owner: dict[int, int] = {}  # actual index -> planned index
    linked: set[int] = set()
    for index, step in enumerate(actual.steps):
        if step.planned_step is not None and step.planned_step in planned_ids:
            owner[index] = planned_ids[step.planned_step]
            linked.add(planned_ids[step.planned_step])
    free_planned = [i for i in range(len(plan.steps)) if i not in linked]
    free_actual = [i for i in range(len(actual.steps)) if i not in owner]
    for planned_index, actual_index in _align(plan.steps, actual.steps, free_planned, free_actual):
        owner[actual_index] = planned_index
    _attach_retries(plan.steps, actual.steps, owner)
    return Comparison(plan, actual, _deviations(plan, actual, owner, linked))


def _weight(planned: Step, actual: Step) -> float:
    if planned.channel != actual.channel:
        return 0.0
    bonus = _SAME_INITIATOR_BONUS if planned.initiator == actual.initiator else 0.0
    return _MATCH_WEIGHT + bonus + title_similarity(planned.title, actual.title) / 100


def _align(planned: Sequence[Step], actual: Sequence[Step], planned_indexes: list[int],
           actual_indexes: list[int]) -> list[tuple[int, int]]:
    """Return the order-keeping pairs (planned, actual) of the highest total weight."""
    rows, columns = len(planned_indexes), len(actual_indexes)
    weights = [[_weight(planned[p], actual[a]) for a in actual_indexes] for p in planned_indexes]
    best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for row in range(rows - 1, -1, -1):
        for column in range(columns - 1, -1, -1):
            options = [best[row + 1][column], best[row][column + 1]]
            if weights[row][column] > 0:
                options.append(weights[row][column] + best[row + 1][column + 1])
            best[row][column] = max(options)
    pairs: list[tuple[int, int]] = []
    row = column = 0
    while row < rows and column < columns:
        weight = weights[row][column]
        if weight > 0 and best[row][column] == weight + best[row + 1][column + 1]:
            pairs.append((planned_indexes[row], actual_indexes[column]))
            row, column = row + 1, column + 1
        elif best[row][column] == best[row + 1][column]:
            row += 1
        else:
            column += 1
    return pairs


def _attach_retries(planned: Sequence[Step], actual: Sequence[Step],
                    owner: dict[int, int]) -> None:
    """Let an unmatched step right after a matched one join it when it is another try at it:
    on the same channel, after a failed try or with a title like the planned one."""
    for index in range(1, len(actual)):
        previous = owner.get(index - 1)
        if index in owner or previous is None:
            continue
        target, step, before = planned[previous], actual[index], actual[index - 1]
        if step.channel == target.channel and (
                before.outcome.is_failure
                or title_similarity(target.title, step.title) >= RETRY_SIMILARITY):
            owner[index] = previous


def _is_failing(steps: Iterable[Step]) -> bool:
    return any(step.outcome.is_failure or step.score < 0 for step in steps)


def _deviations(plan: Journey, actual: Journey, owner: dict[int, int],
                linked: set[int]) -> tuple[Deviation, ...]:
    """Return the deviations ordered by where they happened; a missing touchpoint sits where
    the plan expected it (after the touchpoint before it)."""
    realised: dict[int, list[int]] = {}
    for actual_index, planned_index in sorted(owner.items()):
        realised.setdefault(planned_index, []).append(actual_index)
    placed: list[tuple[float, int, Deviation]] = []
    position = -1.0
    for planned_index, planned in enumerate(plan.steps):
        steps = realised.get(planned_index, [])
        if steps:
            kind = (DeviationKind.FAILING if _is_failing(actual.steps[i] for i in steps)
                    else DeviationKind.COMPLETED)
            where, position = float(steps[0]), float(steps[-1])
        else:
            kind = DeviationKind.MISSING
            position += 0.001
            where = position
        deviation = Deviation(kind, planned.id, tuple(steps), planned.channel,
                              linked=planned_index in linked)
        placed.append((where, 0, deviation))
    for index, step in enumerate(actual.steps):
        if index not in owner:
            placed.append((float(index), 1, Deviation(DeviationKind.AD_HOC, None, (index,),
                                                      step.channel)))
    placed.sort(key=lambda item: (item[0], item[1]))
    return tuple(deviation for _, _, deviation in placed)


def touchpoint_counts(plan: Journey, comparisons: Iterable[Comparison]
                      ) -> tuple[TouchpointCounts, ...]:
    """Return, per planned touchpoint in plan order, how many journeys completed, failed or
    missed it."""
    counts = {step.id: dict.fromkeys(TOUCHPOINT_KINDS, 0) for step in plan.steps}
    for comparison in comparisons:
        for deviation in comparison.deviations:
            if deviation.planned_step is not None:
                counts[deviation.planned_step][deviation.kind] += 1
    return tuple(
        TouchpointCounts(step.id, step.title, step.channel,
                         completed=counts[step.id][DeviationKind.COMPLETED],
                         failing=counts[step.id][DeviationKind.FAILING],
                         missing=counts[step.id][DeviationKind.MISSING])
        for step in plan.steps)


def plan_problems(plan: Journey) -> list[Problem]:
    """Return a problem when ``plan`` is not marked as a planned journey."""
    if plan.kind is JourneyKind.PLANNED:
        return []
    return [Problem("kind", "must be 'planned' for the journey compared against "
                            f"(this one is {plan.kind.value!r})")]
