"""The portfolio as the JSON object of ``journeymap aggregate --json`` (docs/portfolio.md)."""

from __future__ import annotations

import os
from typing import Any

from journeymap.core.aggregate import GroupStats, Portfolio


def _group(stats: GroupStats) -> dict[str, Any]:
    return {"steps": stats.steps, "total": stats.total, "mean": round(stats.mean, 2),
            "journeys": stats.journeys}


def _ref(ref: object) -> object:
    """Return a journey's reference as JSON: a library id stays a number, a path becomes text."""
    if isinstance(ref, int):
        return ref
    if isinstance(ref, os.PathLike):
        return os.fspath(ref)
    return str(ref)


def portfolio_to_dict(portfolio: Portfolio) -> dict[str, Any]:
    """Return the object of ``aggregate --json``; steps are 1-based, means rounded to 2 places.

    ``skipped_planned`` is always there (0 when no planned journey was given), so a reader of
    the object need not guess whether plans were left out.
    """
    titles = [entry.title for entry in portfolio.journeys]
    return {
        "journeys": len(portfolio.journeys),
        "steps": portfolio.steps,
        "skipped_planned": portfolio.skipped_planned,
        "recurring": [
            {
                "rule": item.rule,
                "category": item.category.value,
                "severity": item.severity.value,
                "from": item.from_channel,
                "to": item.to_channel,
                "journeys": item.journeys,
                "findings": item.findings,
                "titles": [titles[index] for index in item.journey_indexes],
                "tip": item.tip,
                "tip_journey": titles[item.occurrences[0].journey],
            }
            for item in portfolio.recurring
        ],
        "transitions": [
            {
                "from": item.from_channel,
                "to": item.to_channel,
                "count": item.count,
                "mean_delta": round(item.mean_delta, 2),
                "break_share": round(item.break_share, 2),
            }
            for item in portfolio.transitions
        ],
        "by_channel": {channel: _group(stats) for channel, stats in portfolio.by_channel.items()},
        "by_phase": {phase: _group(stats) for phase, stats in portfolio.by_phase.items()},
        "most_breaks": [
            {"title": entry.title, "source": _ref(entry.ref), "breaks": entry.breaks,
             "findings": entry.findings, "steps": entry.steps, "mean": round(entry.mean, 2)}
            for entry in portfolio.most_breaks()
        ],
    }
