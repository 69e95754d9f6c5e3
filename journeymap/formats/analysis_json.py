"""The analysis as the JSON object of ``journeymap analyze --json`` (docs/journey-format.md)."""

from __future__ import annotations

from typing import Any

from journeymap.core.findings import Analysis
from journeymap.core.model import Journey


def analysis_to_dict(journey: Journey, analysis: Analysis) -> dict[str, Any]:
    """Return exactly the documented object: title, steps, score, findings and top (steps 1-based).

    Means are rounded to two decimals; channels keep the order of first use.
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
        "findings": [
            {
                "rule": finding.rule,
                "category": finding.category.value,
                "severity": finding.severity.value,
                "steps": list(finding.step_numbers),
                "message": finding.message,
                "tip": finding.tip,
            }
            for finding in analysis.findings
        ],
        "top": [
            {
                "title": found.title,
                "steps": list(found.step_numbers),
                "findings": list(found.finding_indexes),
                "tip": found.tip,
            }
            for found in analysis.top
        ],
    }
