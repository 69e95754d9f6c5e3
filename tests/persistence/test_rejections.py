"""A proposal the designer turned down stays turned down: in the library and in the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, Outcome, RejectedProposal, Step
from journeymap.core.proposals import Proposal, open_proposals, reject
from journeymap.formats import read_journey, write_journey
from journeymap.notes.reader import read_journey as read_notes
from journeymap.persistence import Library

NOTE = "Ze moest alles opnieuw vertellen, de medewerker zag niets van de website."


def _journey() -> Journey:
    return Journey(title="Kookplaat", language="nl", steps=(
        Step(title="Online boeken mislukt", channel="website", score=-2, outcome=Outcome.FAILED),
        Step(title="Bellen", channel="phone", score=-1, note=NOTE),
    ))


def suggest(journey: Journey) -> tuple[Proposal, ...]:
    """Return the open proposals the note reader makes for ``journey``."""
    return open_proposals(journey, read_notes(journey).proposals)


def _rejected_journey() -> Journey:
    journey = _journey()
    proposals = suggest(journey)
    assert proposals, "the note should propose something"
    proposal = proposals[0]
    index = next(i for i, step in enumerate(journey.steps) if step.id == proposal.step_id)
    steps = list(journey.steps)
    steps[index] = reject(steps[index], proposal)
    return journey.with_changes(steps=tuple(steps))


def test_a_rejection_survives_the_library(tmp_path: Path) -> None:
    journey = _rejected_journey()
    assert any(step.rejected_proposals for step in journey.steps)
    with Library.open(f"sqlite:///{tmp_path / 'lib.sqlite3'}", samples=lambda: []) as library:
        stored = library.add(journey)
        assert library.get(stored.id).journey == journey
        assert dict(library.iter_journeys([stored.id]))[stored.id] == journey
    remaining = suggest(journey)
    assert len(remaining) == len(suggest(_journey())) - 1  # not proposed again


def test_a_rejection_survives_the_file(tmp_path: Path) -> None:
    journey = _rejected_journey()
    path = tmp_path / "kookplaat.journey.json"
    write_journey(journey, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    rejected = [step["rejected_proposals"] for step in written["steps"]
                if "rejected_proposals" in step]
    assert rejected
    assert set(rejected[0][0]) == {"field", "quote"}
    assert read_journey(path).journey == journey


def test_a_rejection_of_an_unknown_field_is_refused_with_its_place(tmp_path: Path) -> None:
    journey = _journey()
    steps = (journey.steps[0], journey.steps[1].with_changes(
        rejected_proposals=(RejectedProposal("colour", "zag niets"),)))
    path = tmp_path / "bad.journey.json"
    write_journey(journey, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["steps"][1]["rejected_proposals"] = [{"field": "colour", "quote": "zag niets"}]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidJourneyError) as raised:
        read_journey(path)
    report = raised.value.report()
    assert "bad.journey.json" in report
    assert "steps[1].rejected_proposals[0].field" in report
    assert steps[1].rejected_proposals  # the model itself holds any rejection; the file checks
