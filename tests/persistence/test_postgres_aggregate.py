"""``journeymap aggregate --all`` and ``--tag`` on a PostgreSQL team library.

The journeys are read from the database in batches (a fixed number of queries, not one per
journey), and every count equals what ``analyze`` finds journey by journey in the actual
journeys; the planned ones among them (every tenth) are counted as skipped only.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import Engine, event

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.analysis import analyze
from journeymap.core.model import JourneyKind
from journeymap.persistence import Library
from journeymap.tools.synthetic import synthetic_journeys

pytestmark = pytest.mark.postgres

JOURNEYS = 120


@pytest.fixture
def team_library(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Return the test database as the library every command opens, with generated journeys."""
    monkeypatch.setenv(paths.DATABASE_URL_ENV, pg_url)
    journeys = [journey.with_changes(kind=JourneyKind.PLANNED) if number % 10 == 3 else journey
                for number, journey in enumerate(synthetic_journeys(JOURNEYS, seed=21))]
    with Library.open(pg_url, samples=lambda: []) as library:
        library.add_bulk(journeys)
        yield library


def _aggregate(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert run_cli(["aggregate", *args, "--json", "--lang", "en"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def _expected(library: Library, tag: str | None) -> dict[str, Any]:
    """Return the counts of analysing each stored journey on its own."""
    findings: Counter[tuple[str, str | None, str | None]] = Counter()
    journeys: dict[tuple[str, str | None, str | None], set[int]] = {}
    transitions: Counter[tuple[str, str]] = Counter()
    count = steps = planned = 0
    for summary in library.list_summaries():
        journey = library.get(summary.id).journey
        if tag is not None and tag not in journey.tags:
            continue
        if journey.kind is JourneyKind.PLANNED:
            planned += 1
            continue
        count += 1
        steps += len(journey.steps)
        for finding in analyze(journey).findings:
            indexes = finding.step_indexes
            key = (finding.rule, journey.steps[indexes[0]].channel if indexes else None,
                   journey.steps[indexes[-1]].channel if indexes else None)
            findings[key] += 1
            journeys.setdefault(key, set()).add(summary.id)
        for before, after in zip(journey.steps, journey.steps[1:], strict=False):
            if before.channel != after.channel:
                transitions[(before.channel, after.channel)] += 1
    return {"journeys": count, "steps": steps, "planned": planned, "findings": findings,
            "with": {key: len(ids) for key, ids in journeys.items()}, "transitions": transitions}


@pytest.mark.parametrize("tag", [None, "pilot"])
def test_aggregate_on_postgres_equals_analyze_journey_by_journey(
        team_library: Library, tag: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    # Every engine the command opens reports its statements here.
    event.listen(Engine, "before_cursor_execute", count)
    try:
        data = _aggregate(capsys, *(["--tag", tag] if tag else ["--all"]))
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    expected = _expected(team_library, tag)
    assert data["journeys"] == expected["journeys"] > 0
    assert data["steps"] == expected["steps"]
    assert data["skipped_planned"] == expected["planned"] > 0
    got = {(r["rule"], r["from"], r["to"]): r for r in data["recurring"]}
    assert {key: r["findings"] for key, r in got.items()} == dict(expected["findings"])
    assert {key: r["journeys"] for key, r in got.items()} == expected["with"]
    assert {(t["from"], t["to"]): t["count"] for t in data["transitions"]} == dict(
        expected["transitions"])
    # The journeys are read in batches: the ids, then journeys and steps per batch of 500.
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")
             and ("FROM journey" in s or "FROM step" in s)]
    assert len(reads) <= 4, reads
