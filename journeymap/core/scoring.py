"""Score summary of a journey: totals, counts, lowest point, per channel and phase, the curve."""

from __future__ import annotations

from itertools import accumulate, repeat

from journeymap.core.findings import CurvePoint, GroupScore, JourneyScore
from journeymap.core.model import Journey


def _group(keys: list[str | None], scores: list[int]) -> dict[str, GroupScore]:
    """Return step count, total and mean per key (``None`` keys left out), in first-use order."""
    counts: dict[str, int] = {}
    totals: dict[str, int] = {}
    for key, score in zip(keys, scores, strict=True):
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
            totals[key] = totals.get(key, 0) + score
    return {key: GroupScore(steps=count, total=totals[key], mean=totals[key] / count)
            for key, count in counts.items()}


def score_journey(journey: Journey) -> JourneyScore:
    """Return the score summary of ``journey`` in linear time.

    The lowest point is the first step with the lowest score (``None`` for an empty journey);
    the mean of an empty journey is 0.0. Groups keep the order in which channels and phases first
    appear; steps without a phase are left out of ``by_phase``.
    """
    steps = journey.steps
    scores = [step.score for step in steps]
    count = len(scores)
    total = sum(scores)
    plus = len([s for s in scores if s > 0])
    minus = len([s for s in scores if s < 0])
    return JourneyScore(
        total=total,
        plus=plus,
        minus=minus,
        neutral=count - plus - minus,
        mean=total / count if count else 0.0,
        lowest_step_index=scores.index(min(scores)) if count else None,
        by_channel=_group([step.channel for step in steps], scores),
        by_phase=_group([step.phase for step in steps], scores),
        curve=_curve(scores),
    )


def _curve(scores: list[int]) -> tuple[CurvePoint, ...]:
    """Return the score curve: step number, score and running total per step."""
    # ``tuple.__new__`` builds each point in C, two times faster than ``CurvePoint(...)``, which
    # matters at 100,000 steps; the points are the same named tuples.
    rows = zip(range(1, len(scores) + 1), scores, accumulate(scores), strict=True)
    return tuple(map(tuple.__new__, repeat(CurvePoint), rows))
