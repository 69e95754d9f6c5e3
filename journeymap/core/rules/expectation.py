"""Rules about what customers expect of a channel (category ``expectation``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.findings import Severity
from journeymap.core.rules.context import Hit, RuleContext
from journeymap.core.texts import format_duration, format_norm


def slow_response(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """``wait_minutes`` exceeds the answer time customers expect on the step's channel.

    The norm comes from the settings (user override, else the channel catalogue). Bands, as
    multiples of the norm: low when the wait exceeds the norm, medium above ``medium_factor`` x,
    high above ``high_factor`` x. Channels expected to answer immediately (norm 0) measure the
    bands against ``floor_minutes`` instead, so half a minute on a website is low and five
    minutes is high. Concerns the step.
    """
    norms: dict[str, float | None] = {}
    waits: dict[float, str] = {}  # durations in words, each worded once
    norm_words: dict[float, str] = {}
    for index, step in enumerate(ctx.steps):
        wait = step.wait_minutes
        if wait is None:
            continue
        if step.channel not in norms:
            known = ctx.channel(step.channel) is not None
            norms[step.channel] = ctx.settings.norm_minutes(step.channel) if known else None
        norm = norms[step.channel]
        if norm is None or wait <= norm:
            continue
        base = max(norm, params["floor_minutes"])
        if wait > params["high_factor"] * base:
            severity = Severity.HIGH
        elif wait > params["medium_factor"] * base:
            severity = Severity.MEDIUM
        else:
            severity = Severity.LOW
        if wait not in waits:
            waits[wait] = format_duration(wait, ctx.lang)
        if norm not in norm_words:
            norm_words[norm] = format_norm(norm, ctx.lang)
        yield Hit((index,), partial(_wait_fields, ctx, index, waits[wait], norm_words[norm]),
                  severity)


def _wait_fields(ctx: RuleContext, index: int, wait: str, norm: str) -> dict[str, object]:
    """Template fields: the step, its wait and the norm, both in words."""
    return {**ctx.ref(index), "wait": wait, "norm": norm}


def no_written_record(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A call (``channels``, phone and video by default) that no written step follows.

    Only call steps that ended in ``outcomes`` (success or pending: something was agreed) count.
    A written step is one on a channel the catalogue marks ``written`` (e-mail, letter, customer
    portal, messaging, sms), whoever sent it. Consecutive steps on the same call channel are one
    conversation, so they make one finding, which concerns its steps that count and names the
    last of them.
    """
    written = ctx.channels_where(lambda channel: channel.written)
    last_written = -1
    for index, step in enumerate(ctx.steps):
        if step.channel in written:
            last_written = index
    steps, calls, outcomes = ctx.steps, params["channels"], params["outcomes"]
    start = last_written + 1
    while start < len(steps):
        channel_id = steps[start].channel
        end = start + 1
        while end < len(steps) and steps[end].channel == channel_id:
            end += 1
        if channel_id in calls:
            agreed = tuple(i for i in range(start, end) if steps[i].outcome.value in outcomes)
            if agreed:
                yield Hit(agreed, partial(ctx.ref, agreed[-1]))
        start = end
