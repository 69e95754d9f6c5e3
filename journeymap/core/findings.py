"""What the analysis produces: findings and scores. Plain values, shared by every painter.

``Finding`` and ``CurvePoint`` are named tuples rather than frozen dataclasses: a 100,000-step
journey makes that many of them, and a tuple is about five times cheaper to build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    """How much a finding hurts the customer; ``rank`` orders them (high first)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """Return 0 for high, 1 for medium, 2 for low."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


class Category(StrEnum):
    """The kind of problem a rule finds (SPEC section 4)."""

    INTEGRATION = "integration"
    EFFORT = "effort"
    PRIVACY = "privacy"
    EXPECTATION = "expectation"
    EMOTION = "emotion"
    OUTCOME = "outcome"


class Finding(NamedTuple):
    """One problem the analysis found, explained in the journey's own words.

    Attributes:
        rule: stable rule id, such as ``"lost-context"``.
        category: kind of problem.
        severity: high, medium or low.
        step_indexes: the 0-based positions of the steps concerned (outputs show them 1-based).
        message: what is wrong, naming the steps by their titles.
        tip: a concrete improvement.
    """

    rule: str
    category: Category
    severity: Severity
    step_indexes: tuple[int, ...]
    message: str
    tip: str

    @property
    def step_numbers(self) -> tuple[int, ...]:
        """Return the 1-based step numbers, as shown to people."""
        return tuple(index + 1 for index in self.step_indexes)


@dataclass(frozen=True, slots=True)
class GroupScore:
    """Scores of a group of steps (one channel or one phase)."""

    steps: int
    total: int
    mean: float


class CurvePoint(NamedTuple):
    """One point of the score curve: 1-based step number, its score and the running total."""

    step: int
    score: int
    cumulative: int


@dataclass(frozen=True, slots=True)
class JourneyScore:
    """The score summary of a journey (SPEC section 5 ``score``)."""

    total: int = 0
    plus: int = 0
    minus: int = 0
    neutral: int = 0
    mean: float = 0.0
    lowest_step_index: int | None = None
    by_channel: dict[str, GroupScore] = field(default_factory=dict)
    by_phase: dict[str, GroupScore] = field(default_factory=dict)
    curve: tuple[CurvePoint, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis says about one journey, in one language.

    Attributes:
        findings: every finding, in step order then severity.
        score: the score summary.
        top: up to three findings whose fixes have the most effect, most effective first.
        lang: the language of messages and tips.
    """

    findings: tuple[Finding, ...]
    score: JourneyScore
    top: tuple[Finding, ...]
    lang: str = "en"

    def findings_for_step(self, index: int) -> tuple[Finding, ...]:
        """Return the findings that concern the step at 0-based ``index``."""
        return tuple(f for f in self.findings if index in f.step_indexes)

    def count_by_severity(self) -> dict[Severity, int]:
        """Return how many findings there are of each severity (every severity present)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts
