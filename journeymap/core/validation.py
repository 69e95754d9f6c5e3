"""Check a journey against the rules of the journey format and name the place of every problem.

The rules are those of ``docs/journey-format.md``.
"""

from __future__ import annotations

import re

from journeymap.core.channels import channel_ids, is_channel_id, resolve_channel
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import LANGUAGES, MAX_SCORE, MAX_TITLE_LENGTH, MIN_SCORE, Journey, Step
from journeymap.core.proposals import PROPOSABLE_FIELDS


def _title_problem(place: str, title: object, index: int | None = None) -> Problem | None:
    if not isinstance(title, str) or not title.strip():
        return Problem(place, "must be a text of 1 to 200 characters, not empty", index)
    if len(title) > MAX_TITLE_LENGTH:
        return Problem(place, f"is {len(title)} characters long; at most {MAX_TITLE_LENGTH}", index)
    return None


_NUL = "\x00"
MAX_STEP_ID_LENGTH = 40
#: A step id: 1 to 40 letters, digits and ``- _ . :``, starting with a letter or digit.
STEP_ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.:-]{0,39}")
_STEP_ID_RULE = ("must be 1 to 40 letters, digits, '-', '_', '.' or ':', "
                 "starting with a letter or digit")
_NON_EMPTY_TEXT = "must be a non-empty text without NUL characters"
_JOURNEY_TEXTS = ("title", "persona", "organisation", "goal", "description", "author")
_STEP_TEXTS = ("title", "phase", "note")


def _nul_problems(owner: object, names: tuple[str, ...], at: str,
                  index: int | None = None) -> list[Problem]:
    """Return a problem per text field holding a NUL character, which databases cannot store."""
    return [
        Problem(f"{at}{name}", "contains a NUL character (\\u0000), which cannot be stored", index)
        for name in names
        if isinstance(value := getattr(owner, name), str) and _NUL in value
    ]


def _unknown_channel(value: object) -> str:
    """Explain an unknown channel id: the id a person probably meant, else the valid ids."""
    suggestion = resolve_channel(value) if isinstance(value, str) else None
    if suggestion is not None:
        return f"unknown channel {value!r}; did you mean {suggestion!r}?"
    return f"unknown channel {value!r}; use one of {', '.join(channel_ids())}"


def step_problems(step: Step, index: int, phases: tuple[str, ...]) -> list[Problem]:
    """Return the problems of one step; ``index`` is its 0-based position."""
    at = f"steps[{index}]"
    problems: list[Problem] = []
    if (problem := _title_problem(f"{at}.title", step.title, index)) is not None:
        problems.append(problem)
    if not is_channel_id(step.channel):
        problems.append(Problem(f"{at}.channel", _unknown_channel(step.channel), index))
    if isinstance(step.score, bool) or not isinstance(step.score, int) or not (
        MIN_SCORE <= step.score <= MAX_SCORE
    ):
        problems.append(
            Problem(f"{at}.score", f"must be a whole number from -2 to 2, not {step.score!r}",
                    index)
        )
    if step.phase is not None and step.phase not in phases:
        problems.append(
            Problem(f"{at}.phase", f"{step.phase!r} is not one of the journey's phases", index)
        )
    if step.referred_to is not None and not is_channel_id(step.referred_to):
        problems.append(
            Problem(f"{at}.referred_to", _unknown_channel(step.referred_to), index)
        )
    for name in ("wait_minutes", "elapsed_days"):
        value = getattr(step, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or value < 0 or value != value):
            problems.append(Problem(f"{at}.{name}", f"must be a number >= 0, not {value!r}", index))
    problems.extend(_nul_problems(step, _STEP_TEXTS, f"{at}.", index))
    for position, item in enumerate(step.info_given):
        if not isinstance(item, str) or not item.strip() or _NUL in item:
            problems.append(
                Problem(f"{at}.info_given[{position}]", _NON_EMPTY_TEXT, index)
            )
    for name in ("id", "planned_step"):
        value = getattr(step, name)
        if value is not None and not (isinstance(value, str) and STEP_ID_PATTERN.fullmatch(value)):
            problems.append(Problem(f"{at}.{name}", f"{_STEP_ID_RULE}, not {value!r}", index))
    problems.extend(_rejection_problems(step, at, index))
    return problems


def _rejection_problems(step: Step, at: str, index: int) -> list[Problem]:
    """Return a problem per rejected proposal that names no proposable field or no words."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for position, rejection in enumerate(step.rejected_proposals):
        place = f"{at}.rejected_proposals[{position}]"
        if rejection.field not in PROPOSABLE_FIELDS:
            problems.append(Problem(f"{place}.field", f"{rejection.field!r} is not a field the "
                                    f"note reader proposes; use one of "
                                    f"{', '.join(PROPOSABLE_FIELDS)}", index))
        if not isinstance(rejection.quote, str) or not rejection.quote.strip() or (
                _NUL in rejection.quote):
            problems.append(Problem(f"{place}.quote", _NON_EMPTY_TEXT, index))
        elif (rejection.field, rejection.quote) in seen:
            problems.append(Problem(place, "is the same rejection as an earlier one", index))
        seen.add((rejection.field, rejection.quote))
    return problems


def journey_problems(journey: Journey, *, steps_checked: bool = False) -> list[Problem]:
    """Return every problem of ``journey`` (empty when it is valid).

    ``steps_checked`` says that a reader has already checked each step on its own (as
    ``step_problems`` would); only the journey's fields and the uniqueness of the step ids are
    checked then.
    """
    problems: list[Problem] = []
    if (problem := _title_problem("title", journey.title)) is not None:
        problems.append(problem)
    if journey.language not in LANGUAGES:
        problems.append(Problem("language", f"must be 'en' or 'nl', not {journey.language!r}"))
    problems.extend(_nul_problems(journey, _JOURNEY_TEXTS, ""))
    problems.extend(_unique_texts(journey.phases, "phases"))
    if journey.plan is not None and (not journey.plan.strip() or _NUL in journey.plan):
        problems.append(Problem("plan", _NON_EMPTY_TEXT))
    problems.extend(_unique_texts(journey.tags, "tags"))
    first_with_id: dict[str, int] = {}
    for index, step in enumerate(journey.steps):
        if not steps_checked:
            problems.extend(step_problems(step, index, journey.phases))
        earlier = first_with_id.setdefault(step.id, index)
        if earlier != index:
            problems.append(Problem(f"steps[{index}].id",
                                    f"{step.id!r} is the id of steps[{earlier}] already", index))
    return problems


def _unique_texts(items: tuple[str, ...], place: str) -> list[Problem]:
    """Return a problem per empty, NUL-holding or repeated text of ``items``."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for position, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or _NUL in item:
            problems.append(Problem(f"{place}[{position}]", _NON_EMPTY_TEXT))
        elif item in seen:
            problems.append(Problem(f"{place}[{position}]", f"{item!r} appears twice"))
        else:
            seen.add(item)
    return problems


def check_journey(journey: Journey, source: str = "journey") -> Journey:
    """Return ``journey`` unchanged, or raise ``InvalidJourneyError`` listing every problem."""
    problems = journey_problems(journey)
    if problems:
        raise InvalidJourneyError(source, problems)
    return journey
