"""Rules about how the journey feels and ends (categories ``emotion`` and ``outcome``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.model import Outcome
from journeymap.core.rules.context import Hit, RuleContext
from journeymap.core.texts import format_score


def emotional_cliff(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The score drops by ``min_drop`` or more from one step to the next.

    Concerns both steps.
    """
    steps = ctx.steps
    for index in range(1, len(steps)):
        if steps[index - 1].score - steps[index].score >= params["min_drop"]:
            yield Hit((index - 1, index), partial(_cliff_fields, ctx, index))


def _cliff_fields(ctx: RuleContext, index: int) -> dict[str, object]:
    """Template fields: both steps of the cliff and their scores."""
    before, after = ctx.steps[index - 1].score, ctx.steps[index].score
    return {**ctx.step_fields(index, prev=index - 1), "drop": before - after,
            "prev_score": format_score(before), "score": format_score(after)}


def unresolved_ending(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The last step failed, was abandoned or is pending, or it scores below ``score_below``.

    When both hold, the outcome is named. Concerns the last step.
    """
    if not ctx.steps:
        return
    index = len(ctx.steps) - 1
    last = ctx.steps[index]
    if last.outcome is not Outcome.SUCCESS:
        reason = ctx.phrase(f"ending.{last.outcome.value}")
    elif last.score < params["score_below"]:
        reason = ctx.phrase("ending.negative", score=format_score(last.score))
    else:
        return
    yield Hit((index,), {**ctx.ref(index), "reason": reason})
