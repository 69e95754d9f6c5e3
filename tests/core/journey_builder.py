"""Build small journeys in tests: ``journey(step("phone", -1, outcome="failed"), ...)``."""

from __future__ import annotations

from journeymap.core.analysis import analyze
from journeymap.core.findings import Finding
from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step
from journeymap.core.settings import AnalysisSettings


def step(channel: str = "website", score: int = 0, *, title: str = "", **fields: object) -> Step:
    """Return a step; enum fields may be given as their string values, lists as lists."""
    if "outcome" in fields:
        fields["outcome"] = Outcome(fields["outcome"])
    if "initiator" in fields:
        fields["initiator"] = Initiator(fields["initiator"])
    if "evidence" in fields:
        fields["evidence"] = Evidence(fields["evidence"])
    if "info_given" in fields:
        fields["info_given"] = tuple(fields["info_given"])  # type: ignore[arg-type]
    return Step(title=title, channel=channel, score=score, **fields)  # type: ignore[arg-type]


def journey(*steps: Step, title: str = "Test journey", **fields: object) -> Journey:
    """Return a journey of ``steps``; untitled steps are called ``Step 1``, ``Step 2`` ..."""
    named = tuple(s if s.title else s.with_changes(title=f"Step {i + 1}")
                  for i, s in enumerate(steps))
    return Journey(title=title, steps=named, **fields)  # type: ignore[arg-type]


def found(subject: Journey, rule: str, *, lang: str = "en",
          settings: AnalysisSettings | None = None) -> list[Finding]:
    """Return the findings of ``rule`` for ``subject``."""
    return [f for f in analyze(subject, lang=lang, settings=settings).findings if f.rule == rule]
