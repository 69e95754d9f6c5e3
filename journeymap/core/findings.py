"""What the analysis produces: findings and scores. Plain values, shared by every painter.

A 100,000-step journey makes that many curve points and tens of thousands of findings, so both
are cheap to build: ``CurvePoint`` is a named tuple, and a ``Finding`` fills in its message and
tip only when one of them is first read (most callers count findings or show a few).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:
    from journeymap.core.questions import OpenQuestion

_T = TypeVar("_T")


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
    """The kind of problem a rule finds (docs/journey-format.md)."""

    INTEGRATION = "integration"
    EFFORT = "effort"
    PRIVACY = "privacy"
    EXPECTATION = "expectation"
    EMOTION = "emotion"
    OUTCOME = "outcome"


class Finding:
    """One problem the analysis found, explained in the journey's own words. Read-only.

    Attributes:
        rule: stable rule id, such as ``"lost-context"``.
        category: kind of problem.
        severity: high, medium or low.
        step_indexes: the 0-based positions of the steps concerned (outputs show them 1-based).
        message: what is wrong, naming the steps by their titles.
        tip: a concrete improvement.

    Two findings are equal when all six attributes are. The analysis builds findings with
    ``Finding.deferred``, whose message and tip are written on first use and then kept.
    """

    __slots__ = ("_category", "_message", "_pending", "_rule", "_severity", "_step_indexes",
                 "_tip")

    def __init__(self, rule: str, category: Category, severity: Severity,
                 step_indexes: tuple[int, ...], message: str, tip: str) -> None:
        self._rule = rule
        self._category = category
        self._severity = severity
        self._step_indexes = step_indexes
        self._message = message
        self._tip = tip
        self._pending: tuple[Callable[[Any], tuple[str, str]], Any] | None = None

    @classmethod
    def deferred(cls, rule: str, category: Category, severity: Severity,
                 step_indexes: tuple[int, ...], render: Callable[[_T], tuple[str, str]],
                 fields: _T) -> Finding:
        """Return a finding whose message and tip are ``render(fields)``, called on first read.

        ``render`` must be a pure function of values that do not change: it may be called from
        any thread, and more than once if two threads race. (A pair, not a ``partial``: one
        object less per finding, which counts at a hundred thousand findings.)
        """
        finding = cls.__new__(cls)
        finding._rule = rule
        finding._category = category
        finding._severity = severity
        finding._step_indexes = step_indexes
        finding._pending = (render, fields)
        return finding

    def _render(self) -> None:
        pending = self._pending
        if pending is not None:
            render, fields = pending
            self._message, self._tip = render(fields)
            self._pending = None  # (after both texts are set: another thread may read them)

    @property
    def rule(self) -> str:
        """Return the rule id."""
        return self._rule

    @property
    def category(self) -> Category:
        """Return the kind of problem."""
        return self._category

    @property
    def severity(self) -> Severity:
        """Return how much the problem hurts."""
        return self._severity

    @property
    def step_indexes(self) -> tuple[int, ...]:
        """Return the 0-based positions of the steps concerned."""
        return self._step_indexes

    @property
    def message(self) -> str:
        """Return what is wrong, naming the steps by their titles."""
        if self._pending is not None:
            self._render()
        return self._message

    @property
    def tip(self) -> str:
        """Return a concrete improvement."""
        if self._pending is not None:
            self._render()
        return self._tip

    @property
    def step_numbers(self) -> tuple[int, ...]:
        """Return the 1-based step numbers, as shown to people."""
        return tuple(index + 1 for index in self._step_indexes)

    def texts(self) -> tuple[str, str]:
        """Return the message and the tip at once (for writing every finding out)."""
        if self._pending is not None:
            self._render()
        return self._message, self._tip

    def _values(self) -> tuple[str, Category, Severity, tuple[int, ...], str, str]:
        return (self._rule, self._category, self._severity, self._step_indexes, self.message,
                self.tip)

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Finding):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return ("Finding(rule={!r}, category={!r}, severity={!r}, step_indexes={!r}, "
                "message={!r}, tip={!r})".format(*self._values()))

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        return (Finding, self._values())


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
    """The score summary of a journey (``score`` of docs/journey-format.md)."""

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
class Break:
    """Findings that one improvement solves together: one hand-off, one pain point or one finding.

    Attributes:
        title: short headline in the analysis language.
        step_indexes: the 0-based steps concerned by any of its findings, ascending.
        finding_indexes: positions of its findings in ``Analysis.findings``, ascending.
        lead: the finding with the most effect; its tip is the break's tip.
        severity: the worst severity among its findings.
        kind: ``"break"`` (a hand-off), ``"pain-point"`` or ``"finding"`` (any other finding).
        effect: how much fixing it helps the customer (see ``core.breaks.effect_of``).
    """

    title: str
    step_indexes: tuple[int, ...]
    finding_indexes: tuple[int, ...]
    lead: Finding
    severity: Severity
    kind: str
    effect: float = 0.0

    @property
    def tip(self) -> str:
        """Return the improvement: the lead finding's tip."""
        return self.lead.tip

    @property
    def step_numbers(self) -> tuple[int, ...]:
        """Return the 1-based step numbers, as shown to people."""
        return tuple(index + 1 for index in self.step_indexes)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis says about one journey, in one language.

    Attributes:
        findings: every finding, in step order then severity.
        score: the score summary.
        top: up to three different breaks whose fixes have the most effect, most effective first.
        lang: the language of messages and tips.
        breaks: every break, in the order of their first finding; each finding is in one.
        questions: what the designer should still ask, per step, where a rule could not decide
            because a field is missing (step order).
    """

    findings: tuple[Finding, ...]
    score: JourneyScore
    top: tuple[Break, ...]
    lang: str = "en"
    breaks: tuple[Break, ...] = ()
    questions: tuple[OpenQuestion, ...] = ()

    def findings_for_step(self, index: int) -> tuple[Finding, ...]:
        """Return the findings that concern the step at 0-based ``index``."""
        return tuple(f for f in self.findings if index in f.step_indexes)

    def questions_for_step(self, index: int) -> tuple[OpenQuestion, ...]:
        """Return the open questions about the step at 0-based ``index``."""
        return tuple(q for q in self.questions if q.step_index == index)

    def count_by_severity(self) -> dict[Severity, int]:
        """Return how many findings there are of each severity (every severity present)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts
