"""Edit operations on a journey: pure values that apply to a journey and know their inverse.

Every change a user makes (type in a field, add, delete or drag a step, rename a phase) is one
``Edit``. ``apply`` returns a new journey and never changes the old one; ``inverse`` returns the
edit that puts the journey back, computed from the journey the edit was applied to. Steps are
addressed by their stable id, so an edit still means the same step after others moved it.

Edits only check what they need to apply (the step exists); whether the result is a valid journey
is for ``core.validation`` to say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Protocol

from journeymap.core.model import Journey, Step, next_step_id

#: Step fields an edit may change (not ``id``: a step keeps its identity).
STEP_FIELDS: frozenset[str] = frozenset(f.name for f in fields(Step)) - {"id"}
#: Journey fields an edit may change (steps change through the step edits).
JOURNEY_FIELDS: frozenset[str] = frozenset(f.name for f in fields(Journey)) - {"steps"}


class EditError(ValueError):
    """An edit that does not fit the journey (an unknown step id, an unknown field)."""


class Edit(Protocol):
    """One change to a journey."""

    def apply(self, journey: Journey) -> Journey:
        """Return ``journey`` with this change made.

        Raises:
            EditError: the edit does not fit ``journey``.
        """

    def inverse(self, before: Journey) -> Edit:
        """Return the edit that turns ``apply(before)`` back into ``before``."""


def _frozen(changes: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(changes))


def _index(journey: Journey, step_id: str) -> int:
    try:
        return journey.step_index(step_id)
    except KeyError:
        raise EditError(f"the journey has no step with id {step_id!r}") from None


@dataclass(frozen=True, slots=True)
class AddStep:
    """Insert ``step`` (which carries its id) at ``index`` (clamped to the journey)."""

    step: Step
    index: int

    def apply(self, journey: Journey) -> Journey:
        if not self.step.id:
            raise EditError("a step to add needs its id (see add_step)")
        if any(step.id == self.step.id for step in journey.steps):
            raise EditError(f"the journey has a step with id {self.step.id!r} already")
        steps = list(journey.steps)
        steps.insert(max(0, min(self.index, len(steps))), self.step)
        return journey.with_changes(steps=tuple(steps))

    def inverse(self, before: Journey) -> Edit:
        return RemoveStep(self.step.id)


@dataclass(frozen=True, slots=True)
class RemoveStep:
    """Delete the step ``step_id``."""

    step_id: str

    def apply(self, journey: Journey) -> Journey:
        index = _index(journey, self.step_id)
        return journey.with_changes(steps=journey.steps[:index] + journey.steps[index + 1:])

    def inverse(self, before: Journey) -> Edit:
        index = _index(before, self.step_id)
        return AddStep(before.steps[index], index)


@dataclass(frozen=True, slots=True)
class MoveStep:
    """Move the step ``step_id`` to position ``index`` (clamped to the journey)."""

    step_id: str
    index: int

    def apply(self, journey: Journey) -> Journey:
        old = _index(journey, self.step_id)
        steps = list(journey.steps)
        step = steps.pop(old)
        steps.insert(max(0, min(self.index, len(steps))), step)
        return journey.with_changes(steps=tuple(steps))

    def inverse(self, before: Journey) -> Edit:
        return MoveStep(self.step_id, _index(before, self.step_id))


@dataclass(frozen=True, slots=True)
class ChangeStep:
    """Set fields of the step ``step_id`` (``{"title": "Calls the desk"}``)."""

    step_id: str
    changes: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - STEP_FIELDS
        if unknown:
            raise EditError(f"steps have no field {', '.join(sorted(unknown))}")
        object.__setattr__(self, "changes", _frozen(self.changes))

    def apply(self, journey: Journey) -> Journey:
        index = _index(journey, self.step_id)
        steps = list(journey.steps)
        steps[index] = steps[index].with_changes(**self.changes)
        return journey.with_changes(steps=tuple(steps))

    def inverse(self, before: Journey) -> Edit:
        step = before.steps[_index(before, self.step_id)]
        return ChangeStep(self.step_id, {name: getattr(step, name) for name in self.changes})


@dataclass(frozen=True, slots=True)
class ChangeJourney:
    """Set journey fields (``{"title": ...}``, ``{"phases": (...)}``, ``{"tags": (...)}``)."""

    changes: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - JOURNEY_FIELDS
        if unknown:
            raise EditError(f"journeys have no field {', '.join(sorted(unknown))}")
        object.__setattr__(self, "changes", _frozen(self.changes))

    def apply(self, journey: Journey) -> Journey:
        return journey.with_changes(**self.changes)

    def inverse(self, before: Journey) -> Edit:
        return ChangeJourney({name: getattr(before, name) for name in self.changes})


@dataclass(frozen=True, slots=True)
class Compound:
    """Several edits made as one (a drag that moves a step to another lane and column)."""

    edits: tuple[Edit, ...]

    def apply(self, journey: Journey) -> Journey:
        for edit in self.edits:
            journey = edit.apply(journey)
        return journey

    def inverse(self, before: Journey) -> Edit:
        inverses: list[Edit] = []
        journey = before
        for edit in self.edits:
            inverses.append(edit.inverse(journey))
            journey = edit.apply(journey)
        return Compound(tuple(reversed(inverses)))


@dataclass(frozen=True, slots=True)
class ReplaceJourney:
    """Replace the whole journey (a reload, an import over an open journey)."""

    journey: Journey

    def apply(self, journey: Journey) -> Journey:
        return self.journey

    def inverse(self, before: Journey) -> Edit:
        return ReplaceJourney(before)


def add_step(journey: Journey, step: Step, index: int) -> AddStep:
    """Return the edit that inserts ``step`` at ``index``, giving it a new id if it has none."""
    if not step.id or any(other.id == step.id for other in journey.steps):
        step = step.with_changes(id=next_step_id(journey.steps))
    return AddStep(step, index)


def add_phase_to_step(journey: Journey, step_id: str, phase: str) -> Edit:
    """Return the edit that puts step ``step_id`` in ``phase``, adding the phase when it is new."""
    change = ChangeStep(step_id, {"phase": phase})
    if phase in journey.phases:
        return change
    return Compound((ChangeJourney({"phases": (*journey.phases, phase)}), change))


def set_phases(journey: Journey, phases: tuple[str, ...]) -> Edit:
    """Return the edit that gives the journey ``phases``; a step whose phase is gone loses it."""
    orphans = tuple(ChangeStep(step.id, {"phase": None}) for step in journey.steps
                    if step.phase is not None and step.phase not in phases)
    change = ChangeJourney({"phases": phases})
    return Compound((*orphans, change)) if orphans else change


def merged(first: Edit, second: Edit) -> Edit:
    """Return one edit with the effect of ``first`` then ``second`` (typing into one field).

    Two changes of the same step (or of the journey's fields) become one change in which the
    later values win; anything else becomes a ``Compound``.
    """
    if (isinstance(first, ChangeStep) and isinstance(second, ChangeStep)
            and first.step_id == second.step_id):
        return ChangeStep(first.step_id, {**first.changes, **second.changes})
    if isinstance(first, ChangeJourney) and isinstance(second, ChangeJourney):
        return ChangeJourney({**first.changes, **second.changes})
    return Compound((first, second))
