"""Rules about channels that fail to work together (category ``integration``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.channels import ServiceMode, fold
from journeymap.core.findings import Severity
from journeymap.core.model import Initiator, Outcome
from journeymap.core.rules.context import FAILURES, Hit, RuleContext


def failure_switch(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A failed or abandoned step, and the customer's next step is on another channel.

    The customer's next step is the next one the customer initiated: a letter or call from the
    organisation in between is not the customer switching. Severity is high when that next step
    scores below ``high_below``, else medium. A step that failed on a self-service channel showed
    the customer an error, and its tip says how to write it (variant ``error``). Concerns the
    failed step and the next step.
    """
    steps = ctx.steps
    self_service = ctx.channels_where(lambda channel: channel.mode is ServiceMode.SELF)
    next_by_customer: int | None = None
    hits: list[Hit] = []
    for index in range(len(steps) - 1, -1, -1):  # backwards, to know each step's successor
        step = steps[index]
        if step.outcome in FAILURES and next_by_customer is not None:
            following = steps[next_by_customer]
            if following.channel != step.channel:
                high = following.score < params["high_below"]
                error = step.outcome is Outcome.FAILED and step.channel in self_service
                hits.append(Hit((index, next_by_customer),
                                partial(_failure_fields, ctx, index, next_by_customer),
                                Severity.HIGH if high else Severity.MEDIUM,
                                "error" if error else ""))
        if step.initiator is Initiator.CUSTOMER:
            next_by_customer = index
    return reversed(hits)


def _failure_fields(ctx: RuleContext, failed: int, following: int) -> dict[str, object]:
    """Template fields: the failed step, the customer's next step and how the first ended."""
    outcome = ctx.phrase(f"outcome.{ctx.steps[failed].outcome.value}")
    return {**ctx.step_fields(failed, next=following), "outcome": outcome}


def lost_context(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A step has ``context_available: false`` after an earlier step on another channel.

    Concerns that earlier step and the step itself. The earlier step named is the latest one on
    another channel in which the customer left something behind (information given, or an
    outcome other than success: a failure or a pending request); failing that, the latest step on
    another channel. Both are found in one or two look-ups (see ``_latest_elsewhere``).
    """
    latest: dict[str, int] = {}  # channel -> its latest step
    latest_with_context: dict[str, int] = {}  # channel -> its latest step that left something
    for index, step in enumerate(ctx.steps):
        if step.context_available is False:
            earlier = _latest_elsewhere(latest_with_context, step.channel)
            if earlier is None:
                earlier = _latest_elsewhere(latest, step.channel)
            if earlier is not None:
                yield Hit((earlier, index), partial(ctx.step_fields, index, earlier=earlier))
        # (re-inserted, so that both dictionaries keep their channels oldest first)
        latest.pop(step.channel, None)
        latest[step.channel] = index
        if step.info_given or step.outcome is not Outcome.SUCCESS:
            latest_with_context.pop(step.channel, None)
            latest_with_context[step.channel] = index


def _latest_elsewhere(latest: dict[str, int], channel_id: str) -> int | None:
    """Return the latest index in ``latest`` (oldest first) of a channel other than ``channel_id``.

    It is the last entry, or the one before when the last is ``channel_id`` itself.
    """
    for other, index in reversed(latest.items()):
        if other != channel_id:
            return index
    return None


def repeated_information(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A step asks for ``info_given`` that the customer already gave in an earlier step.

    Items are compared case- and accent-insensitively. One finding per later step, naming every
    repeated item and the step where it was first given; it concerns those earlier steps and the
    step itself. High when any of those earlier steps was on another channel (the channels do not
    share what they know), medium when all were on the same channel (variant ``same-channel``).
    """
    first_given: dict[str, int] = {}
    folded: dict[str, str] = {}  # the same wording comes back often: fold it once
    for index, step in enumerate(ctx.steps):
        if not step.info_given:
            continue
        repeated: dict[int, list[str]] = {}  # earlier step -> items, in the order given now
        for item in step.info_given:
            key = folded.get(item)
            if key is None:  # plain ASCII needs no accent folding, and it is the common case
                key = folded[item] = item.strip().casefold() if item.isascii() else fold(item)
            earlier = first_given.setdefault(key, index)
            if earlier != index:  # (an item named twice in one step is not repeated)
                items_there = repeated.get(earlier)
                if items_there is None:
                    repeated[earlier] = [item]
                elif item not in items_there:
                    items_there.append(item)
        if not repeated:
            continue
        sources = sorted(repeated)
        across = any(ctx.steps[e].channel != step.channel for e in sources)
        yield Hit((*sources, index), partial(_repeated_fields, ctx, index, repeated),
                  Severity.HIGH if across else Severity.MEDIUM, "" if across else "same-channel")


def _repeated_fields(ctx: RuleContext, index: int,
                     repeated: dict[int, list[str]]) -> dict[str, object]:
    """Template fields: the step asking again, the items repeated, where and on which channels."""
    sources = sorted(repeated)
    items = [item for e in sources for item in repeated[e]]
    channels = dict.fromkeys(ctx.steps[e].channel for e in sources)
    return {**ctx.ref(index), "items": ctx.join(list(dict.fromkeys(items))),
            "sources": _sources(ctx, repeated),
            "earlier_channels": ctx.join_channels(channels)}


def _sources(ctx: RuleContext, repeated: dict[int, list[str]]) -> str:
    """Name where repeated items were first given: one step, or each item with its step."""
    if len(repeated) == 1:
        (earlier,) = repeated
        return ctx.phrase("source.single", **ctx.ref(earlier))
    items = (ctx.phrase("source.item", items=ctx.join(repeated[e]), **ctx.ref(e))
             for e in sorted(repeated))
    return ctx.phrase("source.many", list="; ".join(items))


def recognized_without_context(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """``recognized: true`` and ``context_available: false`` in a step that has earlier steps.

    The organisation knows who the customer is but not what they just did. Concerns the step;
    the tip names the latest earlier step on another channel (else the step before).
    """
    for index, step in enumerate(ctx.steps):
        if index and step.recognized is True and step.context_available is False:
            yield Hit((index,), partial(_recognized_fields, ctx, index))


def _recognized_fields(ctx: RuleContext, index: int) -> dict[str, object]:
    """Template fields: the step, and the latest earlier step on another channel (``earlier``)."""
    channel_id = ctx.steps[index].channel
    earlier = next((i for i in range(index - 1, -1, -1) if ctx.steps[i].channel != channel_id),
                   index - 1)
    return ctx.step_fields(index, earlier=earlier)


def referral_to_failed_channel(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A step refers the customer to a channel on which they already failed or abandoned.

    A failed step that refers back to its own channel ("try again later") counts too
    (variant ``same-step``). Concerns the latest failure on that channel and the referring step.
    """
    last_failure: dict[str, int] = {}
    for index, step in enumerate(ctx.steps):
        if step.outcome in FAILURES:
            last_failure[step.channel] = index
        target = step.referred_to
        if target is None or target not in last_failure:
            continue
        failed = last_failure[target]
        fields = partial(_referral_fields, ctx, index, failed, target)
        if failed == index:
            yield Hit((index,), fields, variant="same-step")
        else:
            yield Hit((failed, index), fields)


def _referral_fields(ctx: RuleContext, index: int, failed: int, target: str) -> dict[str, object]:
    """Template fields: the referring step, the failed step and the channel referred to."""
    return {**ctx.step_fields(index, failed=failed), "target": ctx.channel_name(target)}
