"""Settings of the analysis that a user may change: channel answer-time norms and rule thresholds.

The defaults live in the channel catalogue (norms) and the rule catalogue (thresholds); these
settings only hold what a user overrides, so a changed default reaches everyone who kept it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from journeymap.core.channels import channel, is_channel_id


def _frozen(mapping: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType({str(key): float(value) for key, value in mapping.items()})


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """What the user changed about the analysis.

    Attributes:
        norm_overrides: channel id -> expected answer time in minutes, replacing the catalogue norm.
            Unknown channel ids and negative values are ignored.
        rule_params: rule id -> {threshold name -> value}, replacing the catalogue's thresholds
            (see ``core.rule_catalogue``), for instance ``{"emotional-cliff": {"min_drop": 2}}``.
    """

    norm_overrides: Mapping[str, float] = field(default_factory=dict)
    rule_params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        norms = {key: value for key, value in self.norm_overrides.items()
                 if is_channel_id(key) and isinstance(value, int | float) and value >= 0}
        object.__setattr__(self, "norm_overrides", _frozen(norms))
        params = {rule: MappingProxyType(dict(values)) for rule, values in self.rule_params.items()}
        object.__setattr__(self, "rule_params", MappingProxyType(params))

    def __reduce__(self) -> tuple[type[AnalysisSettings], tuple[dict[str, float],
                                                                 dict[str, dict[str, Any]]]]:
        # Pickled as plain dictionaries (a read-only mapping proxy does not pickle), so worker
        # processes analyse with the user's settings.
        return (type(self), (dict(self.norm_overrides),
                             {rule: dict(values) for rule, values in self.rule_params.items()}))

    def norm_minutes(self, channel_id: str) -> float:
        """Return the answer time customers expect on ``channel_id``, in minutes.

        Raises:
            KeyError: for an unknown channel id.
        """
        if channel_id in self.norm_overrides:
            return self.norm_overrides[channel_id]
        return float(channel(channel_id).norm_minutes)

    def params_for(self, rule_id: str, defaults: Mapping[str, Any]) -> Mapping[str, Any]:
        """Return the thresholds of ``rule_id``: ``defaults`` with the user's overrides applied."""
        overrides = self.rule_params.get(rule_id)
        if not overrides:
            return defaults
        return MappingProxyType({**defaults, **{k: v for k, v in overrides.items()
                                                if k in defaults}})
