"""The shape of the analysis texts of one language (filled in ``texts_en`` and ``texts_nl``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleText:
    """The texts of one rule (or one variant of it) in one language.

    Attributes:
        name: short name of the rule, for headings and legends.
        message: template explaining the finding with the journey's own step titles.
        tip: template of a concrete improvement.
    """

    name: str
    message: str
    tip: str


@dataclass(frozen=True, slots=True)
class LanguageTexts:
    """Every text of the analysis in one language.

    Attributes:
        rules: rule id (or ``rule-id/variant``) -> its texts.
        phrases: pieces that rules build messages from (durations, reasons, list joints).
        labels: names of severities and categories and the headings of reports.
    """

    rules: Mapping[str, RuleText]
    phrases: Mapping[str, str]
    labels: Mapping[str, str]
