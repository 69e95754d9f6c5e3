"""What every rule function receives (the journey, language, settings) and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from journeymap.core.channels import CHANNELS, Channel
from journeymap.core.findings import Severity
from journeymap.core.model import Journey, Step
from journeymap.core.settings import AnalysisSettings
from journeymap.core.texts import channel_label, join_list, language, phrase

_BY_ID: dict[str, Channel] = {c.id: c for c in CHANNELS}


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding of a rule before its texts are filled in.

    Attributes:
        steps: the 0-based indexes of the steps concerned, ascending.
        fields: values for the rule's message and tip templates.
        severity: the severity, or ``None`` for the rule's default.
        variant: which variant of the rule's texts to use (``""`` for the main one).
    """

    steps: tuple[int, ...]
    fields: Mapping[str, object] = field(default_factory=dict)
    severity: Severity | None = None
    variant: str = ""


class RuleContext:
    """The journey as the rules see it, with helpers to name steps in the output language."""

    __slots__ = ("_labels", "journey", "lang", "settings", "steps")

    def __init__(self, journey: Journey, lang: str, settings: AnalysisSettings) -> None:
        self.journey = journey
        self.steps: tuple[Step, ...] = journey.steps
        self.lang = language(lang)
        self.settings = settings
        self._labels: dict[str, str] = {}

    @staticmethod
    def channel(channel_id: str) -> Channel | None:
        """Return the catalogue channel ``channel_id``, or ``None`` for an unknown id."""
        return _BY_ID.get(channel_id)

    def channel_name(self, channel_id: str) -> str:
        """Return the channel's name as it reads in a sentence in the output language."""
        name = self._labels.get(channel_id)
        if name is None:
            name = self._labels[channel_id] = channel_label(channel_id, self.lang)
        return name

    def ref(self, index: int, prefix: str = "") -> dict[str, object]:
        """Return the template fields naming step ``index``: ``step``, ``title``, ``channel``."""
        step = self.steps[index]
        return {f"{prefix}step": index + 1, f"{prefix}title": step.title,
                f"{prefix}channel": self.channel_name(step.channel)}

    def phrase(self, key: str, **fields: object) -> str:
        """Return a phrase of the output language with ``fields`` filled in."""
        return phrase(self.lang, key, **fields)

    def join(self, items: Iterable[str]) -> str:
        """Return ``items`` joined as ``a, b and c`` in the output language."""
        return join_list(items, self.lang)


#: A rule: reads the context and the rule's thresholds, yields its hits.
RuleCheck = Callable[[RuleContext, Mapping[str, Any]], Iterable[Hit]]
