"""The pain-point rule: steps that hurt, named with a tip for what hurt (category ``emotion``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.findings import Severity
from journeymap.core.pain_patterns import match_pain
from journeymap.core.rules.context import Hit, RuleContext
from journeymap.core.texts import format_score


def pain_point(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A step scored ``strong_below`` or lower, or a lower step with a note, is a pain point.

    Medium for a strong minus (``--``), low for a minus (``-``) that the designer explained in a
    note. The step's title and note are matched against the pain patterns
    (``core.pain_patterns``); the first pattern that matches picks the text variant and its
    words are quoted; without a match the general text applies. Concerns the step.
    """
    strong, weak = params["strong_at"], params["weak_at"]
    for index, step in enumerate(ctx.steps):
        if step.score <= strong:
            severity = Severity.MEDIUM
        elif step.score <= weak and step.note and step.note.strip():
            severity = Severity.LOW
        else:
            continue
        match = match_pain((step.title, step.note or ""))
        variant = match.pattern if match else ""
        quote = match.quote if match else ""
        yield Hit((index,), partial(_pain_fields, ctx, index, quote), severity, variant)


def _pain_fields(ctx: RuleContext, index: int, quote: str) -> dict[str, object]:
    """Template fields: the step, its score and the words that tell of the pain."""
    return {**ctx.ref(index), "score": format_score(ctx.steps[index].score), "quote": quote}
