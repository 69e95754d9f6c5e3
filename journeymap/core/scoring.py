"""Score summary of a journey: totals, counts, lowest point, per channel and phase, the curve."""

from __future__ import annotations

from journeymap.core.findings import CurvePoint, GroupScore, JourneyScore
from journeymap.core.model import Journey


def _groups(totals: dict[str, list[int]]) -> dict[str, GroupScore]:
    return {key: GroupScore(steps=count, total=total, mean=total / count)
            for key, (count, total) in totals.items()}


def score_journey(journey: Journey) -> JourneyScore:
    """Return the score summary of ``journey`` in one pass over its steps.

    The lowest point is the first step with the lowest score (``None`` for an empty journey);
    the mean of an empty journey is 0.0. Groups keep the order in which channels and phases first
    appear; steps without a phase are left out of ``by_phase``.
    """
    total = plus = minus = neutral = 0
    lowest_index: int | None = None
    lowest_score = 0
    by_channel: dict[str, list[int]] = {}
    by_phase: dict[str, list[int]] = {}
    curve: list[CurvePoint] = []
    for index, step in enumerate(journey.steps):
        score = step.score
        total += score
        if score > 0:
            plus += 1
        elif score < 0:
            minus += 1
        else:
            neutral += 1
        if lowest_index is None or score < lowest_score:
            lowest_index, lowest_score = index, score
        group = by_channel.setdefault(step.channel, [0, 0])
        group[0] += 1
        group[1] += score
        if step.phase is not None:
            group = by_phase.setdefault(step.phase, [0, 0])
            group[0] += 1
            group[1] += score
        curve.append(CurvePoint(step=index + 1, score=score, cumulative=total))
    count = len(journey.steps)
    return JourneyScore(
        total=total,
        plus=plus,
        minus=minus,
        neutral=neutral,
        mean=total / count if count else 0.0,
        lowest_step_index=lowest_index,
        by_channel=_groups(by_channel),
        by_phase=_groups(by_phase),
        curve=tuple(curve),
    )
