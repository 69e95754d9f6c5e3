"""The journey model (docs/journey-format.md): immutable values that every layer passes around.

A ``Journey`` is a frozen value: edits make a new one (see ``core.edits``), which keeps undo simple
and lets the analysis be a pure function. Validation with places lives in ``core.validation``.

Every step has a stable ``id``, unique in its journey: undo, drags and links to a planned step
address steps by id, never by position. A step built without one gets the next free ``s<n>``
when it becomes part of a journey, so a file without ids reads as ``s1`` .. ``sN``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

FORMAT_ID = "journeymap/1"
LANGUAGES: tuple[str, ...] = ("en", "nl")
MIN_SCORE, MAX_SCORE = -2, 2
MAX_TITLE_LENGTH = 200


class Outcome(StrEnum):
    """Did the step reach what the customer wanted from it."""

    SUCCESS = "success"
    FAILED = "failed"
    ABANDONED = "abandoned"
    PENDING = "pending"  # the customer is left waiting for the organisation

    @property
    def is_failure(self) -> bool:
        """Return whether the customer failed or gave up in this step."""
        return self in (Outcome.FAILED, Outcome.ABANDONED)


class Initiator(StrEnum):
    """Who started a contact."""

    CUSTOMER = "customer"
    ORGANISATION = "organisation"


class JourneyKind(StrEnum):
    """The service as the organisation designed it, or as one customer lived it."""

    PLANNED = "planned"
    ACTUAL = "actual"


class Evidence(StrEnum):
    """How the designer knows what happened in a step."""

    OBSERVED = "observed"
    REPORTED = "reported"
    ASSUMED = "assumed"


#: Score shorthand a person may type, and the sign shown for each score.
SCORE_SIGNS: dict[int, str] = {-2: "--", -1: "-", 0: "0", 1: "+", 2: "++"}
_SHORTHAND: dict[str, int] = {sign: score for score, sign in SCORE_SIGNS.items()}
_SHORTHAND.update({"−−": -2, "−": -1, "+2": 2, "+1": 1})


def parse_score(text: str) -> int | None:
    """Return the score typed as ``++ + 0 - --`` or ``-2..2``; ``None`` if it is neither."""
    value = text.strip()
    if value in _SHORTHAND:
        return _SHORTHAND[value]
    try:
        number = int(value)
    except ValueError:
        return None
    return number if MIN_SCORE <= number <= MAX_SCORE else None


def score_sign(score: int) -> str:
    """Return the shorthand sign of ``score`` (``--`` .. ``++``)."""
    return SCORE_SIGNS[score]


def display_sign(sign: str) -> str:
    """Return ``sign`` for print and screen: a true minus (U+2212), as wide as the plus.

    An ASCII hyphen next to a ``+`` reads as a stub on a beamer; people still type ``-``.
    """
    return sign.replace("-", "\u2212")


@dataclass(frozen=True, slots=True)
class RejectedProposal:
    """A proposed annotation the designer turned down: the field and the words it rested on.

    The note reader does not propose that field again from those words (docs/proposals.md).
    """

    field: str
    quote: str


@dataclass(frozen=True, slots=True)
class Step:
    """One touchpoint: what happened, on which channel, and how it felt.

    Optional fields keep ``None`` when the journey file leaves them out, so a file written back is
    the file that was read.
    """

    title: str
    channel: str
    score: int
    phase: str | None = None
    initiator: Initiator = Initiator.CUSTOMER
    outcome: Outcome = Outcome.SUCCESS
    info_given: tuple[str, ...] = ()
    recognized: bool | None = None
    context_available: bool | None = None
    referred_to: str | None = None
    wait_minutes: float | None = None
    elapsed_days: float | None = None
    sensitive: bool | None = None
    evidence: Evidence | None = None
    note: str | None = None
    id: str = ""
    planned_step: str | None = None
    rejected_proposals: tuple[RejectedProposal, ...] = ()

    def with_changes(self, **changes: object) -> Step:
        """Return a copy of this step with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Journey:
    """A customer journey: context, the ordered phases and the ordered steps."""

    title: str
    steps: tuple[Step, ...] = ()
    phases: tuple[str, ...] = ()
    persona: str | None = None
    organisation: str | None = None
    goal: str | None = None
    description: str | None = None
    author: str | None = None
    date: dt.date | None = None
    language: str = "en"
    kind: JourneyKind = JourneyKind.ACTUAL
    plan: str | None = None
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        steps = self.steps
        for step in steps:
            if not step.id:
                object.__setattr__(self, "steps", with_step_ids(steps))
                return

    def with_changes(self, **changes: object) -> Journey:
        """Return a copy of this journey with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def step_index(self, step_id: str) -> int:
        """Return the 0-based position of the step with ``step_id``.

        Raises:
            KeyError: no step of this journey has that id.
        """
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def step_by_id(self, step_id: str) -> Step:
        """Return the step with ``step_id`` (``KeyError`` when there is none)."""
        return self.steps[self.step_index(step_id)]

    @property
    def channels_used(self) -> tuple[str, ...]:
        """Return the distinct channel ids of the steps, in order of first use."""
        return tuple(dict.fromkeys(step.channel for step in self.steps))


STEP_ID_PREFIX = "s"


def step_id_number(step_id: str) -> int:
    """Return ``n`` of a step id ``s<n>``, else 0 (new ids continue above the highest)."""
    return _id_number(step_id)


def _id_number(step_id: str) -> int:
    """Return ``n`` of an id ``s<n>``, else 0."""
    digits = step_id[len(STEP_ID_PREFIX):]
    if step_id.startswith(STEP_ID_PREFIX) and digits.isascii() and digits.isdigit():
        return int(digits)
    return 0


def next_step_id(steps: tuple[Step, ...] | list[Step]) -> str:
    """Return an id that no step of ``steps`` has: ``s<n>`` above the highest ``s<n>`` in use."""
    highest = max((_id_number(step.id) for step in steps), default=0)
    return f"{STEP_ID_PREFIX}{highest + 1}"


def with_step_ids(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """Return ``steps`` with an id given to every step that has none (kept ids stay as they are).

    New ids continue above the highest ``s<n>`` in use and never repeat one, so a journey
    without ids gets ``s1`` .. ``sN`` in step order.
    """
    highest = max((_id_number(step.id) for step in steps), default=0)
    given: list[Step] = []
    for step in steps:
        if not step.id:
            highest += 1
            step = replace(step, id=f"{STEP_ID_PREFIX}{highest}")
        given.append(step)
    return tuple(given)
