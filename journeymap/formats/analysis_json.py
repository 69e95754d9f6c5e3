"""The analysis as the JSON object of ``journeymap analyze --json`` (docs/journey-format.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journeymap.core.findings import Analysis, Category, Finding, Severity
from journeymap.core.model import Journey
from journeymap.core.proposals import ProposalValue, SuggestedAnalysis


def analysis_to_dict(journey: Journey, analysis: Analysis) -> dict[str, Any]:
    """Return the object of ``analyze --json`` (docs/journey-format.md): title, steps, score,
    findings, top and questions.

    Steps are 1-based. Means are rounded to two decimals; channels keep the order of first use.
    ``questions`` lists the open questions (``docs/pain-points.md``), empty when there are none.
    """
    score = analysis.score
    return {
        "title": journey.title,
        "steps": len(journey.steps),
        "score": {
            "total": score.total,
            "plus": score.plus,
            "minus": score.minus,
            "neutral": score.neutral,
            "mean": round(score.mean, 2),
            "by_channel": {
                channel_id: {"steps": group.steps, "total": group.total,
                             "mean": round(group.mean, 2)}
                for channel_id, group in score.by_channel.items()
            },
        },
        "findings": _findings(analysis.findings),
        "top": [
            {
                "title": found.title,
                "steps": list(found.step_numbers),
                "findings": list(found.finding_indexes),
                "tip": found.tip,
            }
            for found in analysis.top
        ],
        "questions": [
            {"step": question.step_number, "field": question.field,
             "question": question.question}
            for question in analysis.questions
        ],
    }


_CATEGORY = {member: member.value for member in Category}
_SEVERITY = {member: member.value for member in Severity}


def _findings(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Return the findings as JSON objects: rule, category, severity, steps (1-based), texts.

    Written in one loop with each text read once: a long journey has tens of thousands.
    """
    out: list[dict[str, Any]] = []
    append = out.append
    for finding in findings:
        message, tip = finding.texts()
        append({
            "rule": finding.rule,
            "category": _CATEGORY[finding.category],
            "severity": _SEVERITY[finding.severity],
            "steps": [index + 1 for index in finding.step_indexes],
            "message": message,
            "tip": tip,
        })
    return out


def _json_value(value: ProposalValue) -> object:
    return list(value) if isinstance(value, tuple) else value


def suggested_to_dict(journey: Journey, suggested: SuggestedAnalysis) -> dict[str, Any]:
    """Return the object of ``analyze --json --suggest`` (docs/proposals.md).

    The analysis as if every open proposal were accepted; each finding carries ``inferred`` and,
    when inferred, ``because``: the proposals it needs, each with its step (1-based), field,
    value and the verbatim quote.
    """
    document = analysis_to_dict(journey, suggested.analysis)
    position = {step.id: number for number, step in enumerate(journey.steps, start=1)}
    for index, finding in enumerate(document["findings"]):
        finding["inferred"] = suggested.is_inferred(index)
        if finding["inferred"]:
            finding["because"] = [
                {"step": position[p.step_id], "field": p.field, "value": _json_value(p.value),
                 "quote": p.quote}
                for p in suggested.because[index]
            ]
    return document
