"""Rules about the effort a journey costs the customer (category ``effort``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.model import Initiator, Outcome
from journeymap.core.rules.context import Hit, RuleContext


def repeat_contact(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The customer chases the organisation after a step served by a person left them waiting.

    A live, written or face-to-face step (modes in ``chasing_modes``) with outcome ``pending``
    stays open until the organisation takes a step that succeeds (an update, a visit), or until
    the customer chases it. An organisation step that fails or is abandoned (a promised call-back
    that never comes) does not end the wait. A customer-initiated step on one of those channels
    while one is open is a finding; it concerns the pending step and the chasing step. A chasing
    step that is pending again opens a new wait, so each further chase is a finding of its own.
    """
    modes = params["chasing_modes"]
    chasing = ctx.channels_where(lambda channel: channel.mode.value in modes)
    open_pending: int | None = None
    for index, step in enumerate(ctx.steps):
        live = step.channel in chasing
        if step.initiator is Initiator.CUSTOMER:
            if live and open_pending is not None:
                yield Hit((open_pending, index),
                          partial(ctx.step_fields, index, pending=open_pending))
                open_pending = None
        elif step.outcome is Outcome.SUCCESS:
            open_pending = None
        if live and step.outcome is Outcome.PENDING:
            open_pending = index


def channel_hopping(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The journey uses ``min_channels`` distinct channels or switches ``min_switches`` times.

    A switch is a step on another channel than the step before it, whoever started it. One finding
    for the whole journey; it concerns the steps where a switch lands.
    """
    steps = ctx.steps
    switches = [index for index in range(1, len(steps))
                if steps[index].channel != steps[index - 1].channel]
    used = dict.fromkeys(step.channel for step in steps)
    if len(used) < params["min_channels"] and len(switches) < params["min_switches"]:
        return
    yield Hit(tuple(switches), {
        "journey": ctx.journey.title,
        "channel_count": len(used),
        "channels": ctx.join_channels(used),
        "switch_count": len(switches),
    })
