"""What every rule function receives (the journey, language, settings) and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from journeymap.core.channels import CHANNELS, Channel
from journeymap.core.findings import Severity
from journeymap.core.model import Journey, Outcome, Step
from journeymap.core.settings import AnalysisSettings
from journeymap.core.texts import (
    ChannelName,
    channel_label,
    join_channel_names,
    join_list,
    language,
    phrase,
)

_BY_ID: dict[str, Channel] = {c.id: c for c in CHANNELS}
_REF_KEYS: dict[str, tuple[str, str, str]] = {}
_WHERE: dict[tuple[object, ...], frozenset[str]] = {}
#: Outcomes in which the customer failed or gave up (``Outcome.is_failure``, as a set).
FAILURES: frozenset[Outcome] = frozenset(o for o in Outcome if o.is_failure)


#: Values for a rule's message and tip templates, or a function without arguments that returns
#: them. Rules that find a lot pass a function (``functools.partial``): it runs only when the
#: finding's message or tip is first read, so a long journey pays for the words it shows.
Fields = Mapping[str, object] | Callable[[], Mapping[str, object]]


class Hit(NamedTuple):
    """One finding of a rule before its texts are filled in (a tuple: rules make many).

    Attributes:
        steps: the 0-based indexes of the steps concerned, ascending.
        fields: values for the rule's message and tip templates (see ``Fields``).
        severity: the severity, or ``None`` for the rule's default.
        variant: which variant of the rule's texts to use (``""`` for the main one).
    """

    steps: tuple[int, ...]
    fields: Fields = MappingProxyType({})
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
        self._labels: dict[str, ChannelName] = {}

    @staticmethod
    def channel(channel_id: str) -> Channel | None:
        """Return the catalogue channel ``channel_id``, or ``None`` for an unknown id."""
        return _BY_ID.get(channel_id)

    @staticmethod
    def channels_where(predicate: Callable[[Channel], bool]) -> frozenset[str]:
        """Return the ids of the catalogue channels for which ``predicate`` holds.

        Rules test ``step.channel in ids`` in their loops: a set look-up per step. The answer is
        kept per predicate (its code and the values it closes over, such as a rule's threshold),
        since the catalogue does not change: ten thousand journeys analysed in a row asked the
        same few questions of every channel again for each journey.
        """
        key = _predicate_key(predicate)
        ids = _WHERE.get(key) if key is not None else None
        if ids is None:
            ids = frozenset(c.id for c in CHANNELS if predicate(c))
            if key is not None:
                _WHERE[key] = ids
        return ids

    def channel_name(self, channel_id: str) -> ChannelName:
        """Return the channel's name in the output language (``.np``: as it reads in a sentence)."""
        name = self._labels.get(channel_id)
        if name is None:
            name = self._labels[channel_id] = channel_label(channel_id, self.lang)
        return name

    def ref(self, index: int, prefix: str = "") -> dict[str, object]:
        """Return the template fields naming step ``index``: ``step``, ``title``, ``channel``."""
        step = self.steps[index]
        keys = _REF_KEYS.get(prefix)
        if keys is None:
            keys = _REF_KEYS[prefix] = (f"{prefix}step", f"{prefix}title", f"{prefix}channel")
        name = self._labels.get(step.channel)
        if name is None:
            name = self.channel_name(step.channel)
        return {keys[0]: index + 1, keys[1]: step.title, keys[2]: name}

    def step_fields(self, index: int, /, **others: int) -> dict[str, object]:
        """Return the template fields naming step ``index`` and, per keyword, another step.

        ``step_fields(7, earlier=3)`` gives ``step``, ``title`` and ``channel`` of step 7 and
        ``earlier_step``, ``earlier_title`` and ``earlier_channel`` of step 3.
        """
        fields = self.ref(index)
        for prefix, other in others.items():
            fields.update(self.ref(other, f"{prefix}_"))
        return fields

    def phrase(self, key: str, **fields: object) -> str:
        """Return a phrase of the output language with ``fields`` filled in."""
        return phrase(self.lang, key, **fields)

    def join(self, items: Iterable[str]) -> str:
        """Return ``items`` joined as ``a, b and c`` in the output language."""
        values = items if isinstance(items, list) else list(items)
        if len(values) == 1:  # the common case, kept cheap: rules join for every finding
            return values[0]
        return join_list(values, self.lang)

    def join_channels(self, channel_ids: Iterable[str]) -> ChannelName:
        """Return the names of ``channel_ids`` joined as ``a, b and c`` (phrases too)."""
        names = [self.channel_name(c) for c in channel_ids]
        return names[0] if len(names) == 1 else join_channel_names(names, self.lang)


def _predicate_key(predicate: Callable[[Channel], bool]) -> tuple[object, ...] | None:
    """Return what makes ``predicate`` answer as it does (its code, defaults and closed-over
    values, lists as tuples), or ``None`` when that cannot be a key (not a plain function, a
    value that is no key)."""
    code = getattr(predicate, "__code__", None)
    if code is None:
        return None
    try:
        values = tuple(_hashable(cell.cell_contents) for cell in predicate.__closure__ or ())
        key = (code, getattr(predicate, "__defaults__", None), values)
        hash(key)
    except (TypeError, ValueError):  # a value that is no key, an empty cell
        return None
    return key


def _hashable(value: object) -> object:
    if isinstance(value, list | set):
        return (type(value).__name__, *(sorted(value, key=repr) if isinstance(value, set)
                                        else value))
    return value


#: A rule: reads the context and the rule's thresholds, yields its hits.
RuleCheck = Callable[[RuleContext, Mapping[str, Any]], Iterable[Hit]]
