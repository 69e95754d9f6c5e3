"""The catalogue of analysis rules (docs/journey-format.md): one entry per rule, thresholds as data.

Adding a rule is adding one function in ``core.rules`` and one ``Rule`` entry here, plus its
texts in ``texts_en`` and ``texts_nl`` (a test checks that none is missing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from journeymap.core.findings import Category, Severity
from journeymap.core.rules.context import RuleCheck
from journeymap.core.rules.effort import channel_hopping, repeat_contact
from journeymap.core.rules.expectation import no_written_record, slow_response
from journeymap.core.rules.integration import (
    failure_switch,
    lost_context,
    recognized_without_context,
    referral_to_failed_channel,
    repeated_information,
)
from journeymap.core.rules.outcome import emotional_cliff, unresolved_ending
from journeymap.core.rules.pain import pain_point
from journeymap.core.rules.privacy import sensitive_unidentified
from journeymap.core.texts import RuleText, rule_text


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the analysis.

    Attributes:
        id: stable id, used in files, the command line and tests.
        category: the kind of problem it finds.
        severity: the default severity; a rule may rate a finding higher or lower (see its doc).
        check: the function that finds it (see ``core.rules``).
        params: named thresholds, which ``AnalysisSettings.rule_params`` may override.
        fix: rules with the same ``fix`` are solved by one improvement (the top improvements
            show only one of them); defaults to the rule id.
        reads: the step fields a finding of this rule rests on; an inferred finding names the
            proposals of these fields as its reasons (docs/proposals.md).
    """

    id: str
    category: Category
    severity: Severity
    check: RuleCheck
    params: Mapping[str, Any] = field(default_factory=dict)
    fix: str = ""
    reads: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        if not self.fix:
            object.__setattr__(self, "fix", self.id)

    @property
    def description(self) -> str:
        """Return when the rule fires: the first paragraph of its function's docstring."""
        return (self.check.__doc__ or "").split("\n\n", 1)[0].strip()

    def texts(self, lang: str) -> RuleText:
        """Return the rule's name, message and tip templates in ``lang``."""
        return rule_text(self.id, lang)


_I, _E, _P = Category.INTEGRATION, Category.EFFORT, Category.PRIVACY
_X, _M, _O = Category.EXPECTATION, Category.EMOTION, Category.OUTCOME
_HIGH, _MEDIUM, _LOW = Severity.HIGH, Severity.MEDIUM, Severity.LOW
_SHARE_CONTEXT = "share-context"

RULES: tuple[Rule, ...] = (
    Rule("failure-switch", _I, _MEDIUM, failure_switch, {"high_below": 0}, reads=("outcome",)),
    # One fix for these three: show what the customer did before to whoever serves them next.
    Rule("lost-context", _I, _HIGH, lost_context, fix=_SHARE_CONTEXT,
         reads=("context_available",)),
    Rule("repeated-information", _I, _HIGH, repeated_information, fix=_SHARE_CONTEXT,
         reads=("info_given",)),
    Rule("recognized-without-context", _I, _MEDIUM, recognized_without_context,
         fix=_SHARE_CONTEXT, reads=("recognized", "context_available")),
    Rule("referral-to-failed-channel", _I, _HIGH, referral_to_failed_channel,
         reads=("referred_to", "outcome")),
    Rule("repeat-contact", _E, _MEDIUM, repeat_contact,
         {"chasing_modes": ("live", "written", "face_to_face")}, reads=("outcome", "initiator")),
    Rule("channel-hopping", _E, _MEDIUM, channel_hopping, {"min_channels": 4, "min_switches": 3}),
    Rule("sensitive-unidentified", _P, _HIGH, sensitive_unidentified, reads=("sensitive",)),
    Rule("slow-response", _X, _LOW, slow_response,
         {"medium_factor": 2, "high_factor": 4, "floor_minutes": 1}, reads=("wait_minutes",)),
    Rule("emotional-cliff", _M, _MEDIUM, emotional_cliff, {"min_drop": 3}),
    Rule("unresolved-ending", _O, _HIGH, unresolved_ending, {"score_below": 0},
         reads=("outcome",)),
    Rule("no-written-record", _X, _LOW, no_written_record,
         {"channels": ("phone", "video"), "outcomes": ("success", "pending")},
         reads=("outcome",)),
    # Last, so the existing rules keep their places in every tie-break.
    Rule("pain-point", _M, _MEDIUM, pain_point, {"strong_at": -2, "weak_at": -1}),
)

RULES_BY_ID: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in RULES})


def rule(rule_id: str) -> Rule:
    """Return the rule ``rule_id``; raise ``KeyError`` for an unknown id."""
    return RULES_BY_ID[rule_id]
