"""Rules about what customers expect of a channel (category ``expectation``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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
        yield Hit((index,), {**ctx.ref(index), "wait": format_duration(wait, ctx.lang),
                             "norm": format_norm(norm, ctx.lang)}, severity)


def no_written_record(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A call (``channels``, the SPEC's phone and video) that no written step follows.

    Only call steps that ended in ``outcomes`` (success or pending: something was agreed) count.
    A written step is one on a channel the catalogue marks ``written`` (e-mail, letter, customer
    portal, messaging, sms), whoever sent it. Consecutive steps on the same call channel are one
    conversation, so they make one finding, which concerns those steps and names the last.
    """
    last_written = -1
    for index, step in enumerate(ctx.steps):
        channel = ctx.channel(step.channel)
        if channel is not None and channel.written:
            last_written = index
    run: list[int] = []
    for index in range(last_written + 1, len(ctx.steps) + 1):
        step = ctx.steps[index] if index < len(ctx.steps) else None
        if run and (step is None or step.channel != ctx.steps[run[-1]].channel
                    or index != run[-1] + 1):
            yield Hit(tuple(run), ctx.ref(run[-1]))
            run = []
        if step is not None and step.channel in params["channels"] \
                and step.outcome.value in params["outcomes"]:
            run.append(index)
