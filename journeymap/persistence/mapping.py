"""Convert between table rows and ``core.model.Journey``: the only module that knows both.

A round trip ``Journey -> rows -> Journey`` gives an equal journey: ``None`` stays ``None``, lists
keep their order, a whole-number wait stays an ``int`` and a fractional one a ``float``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from journeymap.core.model import (
    Evidence,
    Initiator,
    Journey,
    JourneyKind,
    Outcome,
    RejectedProposal,
    Step,
)
from journeymap.persistence.tables import JourneyRow, StepRow


def journey_values(journey: Journey) -> dict[str, object]:
    """Return the journey row's columns for ``journey`` (without id, timestamps and version)."""
    return {
        "title": journey.title,
        "persona": journey.persona,
        "organisation": journey.organisation,
        "goal": journey.goal,
        "description": journey.description,
        "author": journey.author,
        "date": journey.date,
        "language": journey.language,
        "kind": journey.kind.value,
        "plan": journey.plan,
        "tags": dump_list(journey.tags),
        "phases": dump_list(journey.phases),
    }


@dataclass(slots=True)
class StepRecord:
    """The columns of one step row, without its id: far cheaper to build than a ``StepRow``.

    ``Library`` writes these with Core statements; building 200 sqlmodel objects per save took
    most of the time of an edit.
    """

    journey_id: int
    position: int
    key: str
    title: str
    channel: str
    score: int
    phase: str | None
    initiator: str
    outcome: str
    info_given: str
    recognized: bool | None
    context_available: bool | None
    referred_to: str | None
    wait_minutes: float | None
    elapsed_days: float | None
    sensitive: bool | None
    evidence: str | None
    note: str | None
    planned_step: str | None
    rejected_proposals: str

    def values(self) -> dict[str, object]:
        """Return the column values by column name (for an ``insert`` or a comparison)."""
        return dict(zip(STEP_COLUMNS, self.row(), strict=True))

    def row(self) -> tuple[object, ...]:
        """Return the column values in ``STEP_COLUMNS`` order (for a bulk insert)."""
        return (self.journey_id, self.position, self.key, self.title, self.channel, self.score,
                self.phase, self.initiator, self.outcome, self.info_given, self.recognized,
                self.context_available, self.referred_to, self.wait_minutes, self.elapsed_days,
                self.sensitive, self.evidence, self.note, self.planned_step,
                self.rejected_proposals)


#: The step table's columns that ``StepRecord`` fills, in table order (all but ``id``).
STEP_COLUMNS: tuple[str, ...] = tuple(item.name for item in fields(StepRecord))


def step_rows(journey_id: int, steps: Sequence[Step]) -> list[StepRecord]:
    """Return one row's values per step, numbered by position from 0."""
    return [step_record(journey_id, position, step) for position, step in enumerate(steps)]


def step_record(journey_id: int, position: int, step: Step) -> StepRecord:
    """Return the row's values of ``step`` at ``position`` of journey ``journey_id``."""
    return StepRecord(
        journey_id=journey_id,
        position=position,
        key=step.id,
        title=step.title,
        channel=step.channel,
        score=step.score,
        phase=step.phase,
        initiator=str(step.initiator),
        outcome=str(step.outcome),
        info_given=dump_list(step.info_given),
        recognized=step.recognized,
        context_available=step.context_available,
        referred_to=step.referred_to,
        wait_minutes=step.wait_minutes,
        elapsed_days=step.elapsed_days,
        sensitive=step.sensitive,
        evidence=None if step.evidence is None else str(step.evidence),
        note=step.note,
        planned_step=step.planned_step,
        rejected_proposals=_dump_rejections(step.rejected_proposals),
    )


def row_to_journey(row: JourneyRow, steps: Sequence[StepRow]) -> Journey:
    """Return the journey stored in ``row`` and its ``steps`` (in any order; sorted by position)."""
    ordered = sorted(steps, key=lambda step: step.position)
    return values_to_journey(row.model_dump(), [values_to_step(step.model_dump())
                                                for step in ordered])


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` as an aware UTC time (SQLite gives back naive times, stored as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _number(value: float | None) -> float | None:
    """Give back a whole number as ``int``: a journey file says ``8``, not ``8.0``."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def dump_list(items: Sequence[str]) -> str:
    """Return a list of texts as the JSON text a list column holds."""
    if not items:
        return "[]"  # most lists are empty: no encoder for them
    return json.dumps(list(items), ensure_ascii=False)


def load_list(text: str) -> tuple[str, ...]:
    """Return the texts of a list column's JSON text."""
    return () if text == "[]" else tuple(json.loads(text))


_INITIATORS = {member.value: member for member in Initiator}
_OUTCOMES = {member.value: member for member in Outcome}
_EVIDENCE = {member.value: member for member in Evidence}


def values_to_step(values: Mapping[Any, Any]) -> Step:
    """Return the step of a step row's values by column name (``STEP_COLUMNS``).

    One conversion for the bulk reader (Core rows, no ORM object per row) and ``row_to_journey``;
    enum members are looked up in a table.
    """
    evidence = values["evidence"]
    return Step(
        title=values["title"],
        channel=values["channel"],
        score=values["score"],
        phase=values["phase"],
        initiator=_INITIATORS[values["initiator"]],
        outcome=_OUTCOMES[values["outcome"]],
        info_given=load_list(values["info_given"]),
        recognized=values["recognized"],
        context_available=values["context_available"],
        referred_to=values["referred_to"],
        wait_minutes=_number(values["wait_minutes"]),
        elapsed_days=_number(values["elapsed_days"]),
        sensitive=values["sensitive"],
        evidence=None if evidence is None else _EVIDENCE[evidence],
        note=values["note"],
        id=values["key"],
        planned_step=values["planned_step"],
        rejected_proposals=_load_rejections(values["rejected_proposals"]),
    )


def values_to_journey(values: Mapping[Any, Any], steps: Sequence[Step]) -> Journey:
    """Return the journey of a journey row's values by column name, with its ``steps`` in order."""
    return Journey(
        title=values["title"],
        steps=tuple(steps),
        phases=load_list(values["phases"]),
        persona=values["persona"],
        organisation=values["organisation"],
        goal=values["goal"],
        description=values["description"],
        author=values["author"],
        date=values["date"],
        language=values["language"],
        kind=JourneyKind(values["kind"]),
        plan=values["plan"],
        tags=load_list(values["tags"]),
    )


def _dump_rejections(rejections: Sequence[RejectedProposal]) -> str:
    if not rejections:
        return "[]"
    return json.dumps([{"field": item.field, "quote": item.quote} for item in rejections],
                      ensure_ascii=False)


def _load_rejections(text: str) -> tuple[RejectedProposal, ...]:
    if text == "[]":
        return ()
    return tuple(RejectedProposal(item["field"], item["quote"]) for item in json.loads(text))
