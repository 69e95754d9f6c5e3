"""The journey model (SPEC section 2): immutable values that every layer passes around.

A ``Journey`` is a frozen value: edits make a new one (see ``core.edits``), which keeps undo simple
and lets the analysis be a pure function. Validation with places lives in ``core.validation``.
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

    def with_changes(self, **changes: object) -> Journey:
        """Return a copy of this journey with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def channels_used(self) -> tuple[str, ...]:
        """Return the distinct channel ids of the steps, in order of first use."""
        return tuple(dict.fromkeys(step.channel for step in self.steps))
