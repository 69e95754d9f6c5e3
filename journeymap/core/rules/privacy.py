"""Rules about personal data (category ``privacy``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from journeymap.core.rules.context import Hit, RuleContext


def sensitive_unidentified(ctx: RuleContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A ``sensitive`` step on a channel that does not identify the customer. Concerns the step."""
    unidentified = ctx.channels_where(lambda channel: not channel.identifies)
    for index, step in enumerate(ctx.steps):
        if step.sensitive is True and step.channel in unidentified:
            yield Hit((index,), partial(ctx.ref, index))
