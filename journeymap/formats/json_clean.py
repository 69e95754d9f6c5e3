"""Read a clean step of a journey file in one pass: convert and check each field at once.

Almost every step of a real journey file is clean: the right type in every field, a known
channel, a phase of the journey, no unknown field. For those, converting field by field with a
problem collector and then running ``core.validation.step_problems`` on the result did the same
checks twice and cost most of the time of reading a long journey. ``clean_step`` does the checks
of both passes in one and gives up (``None``) at the first thing it does not accept; the caller
then reads the whole file the careful way, which names every problem with its place. So the rules
here may be stricter than the careful reader's, never looser (a test holds the two together).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container
from typing import Any

from journeymap.core.channels import channel_ids
from journeymap.core.model import (
    MAX_SCORE,
    MAX_TITLE_LENGTH,
    MIN_SCORE,
    Evidence,
    Initiator,
    Outcome,
    Step,
)
from journeymap.core.validation import STEP_ID_PATTERN

_CHANNELS = frozenset(channel_ids())
_INITIATORS = {member.value: member for member in Initiator}
_OUTCOMES = {member.value: member for member in Outcome}
_EVIDENCE = {member.value: member for member in Evidence}
_NUL = "\x00"
#: The fields of a step in a journey file, in the order the writer writes them.
STEP_FIELDS = (
    "id", "title", "channel", "score", "phase", "initiator", "outcome", "info_given",
    "recognized", "context_available", "referred_to", "wait_minutes", "elapsed_days",
    "sensitive", "evidence", "note", "planned_step", "rejected_proposals",
)
_KNOWN = frozenset(STEP_FIELDS)


def _slot_setter(name: str) -> Callable[[Step, Any], None]:
    """Return the setter of the slot ``name`` of ``Step`` (its member descriptor's)."""
    setter: Callable[[Step, Any], None] = vars(Step)[name].__set__
    return setter


# Every field of ``Step`` is set by ``clean_step`` below (a test holds them together).
_new = object.__new__
_set_title = _slot_setter("title")
_set_channel = _slot_setter("channel")
_set_score = _slot_setter("score")
_set_phase = _slot_setter("phase")
_set_initiator = _slot_setter("initiator")
_set_outcome = _slot_setter("outcome")
_set_info_given = _slot_setter("info_given")
_set_recognized = _slot_setter("recognized")
_set_context_available = _slot_setter("context_available")
_set_referred_to = _slot_setter("referred_to")
_set_wait_minutes = _slot_setter("wait_minutes")
_set_elapsed_days = _slot_setter("elapsed_days")
_set_sensitive = _slot_setter("sensitive")
_set_evidence = _slot_setter("evidence")
_set_note = _slot_setter("note")
_set_id = _slot_setter("id")
_set_planned_step = _slot_setter("planned_step")
_set_rejected_proposals = _slot_setter("rejected_proposals")
_id_match = STEP_ID_PATTERN.fullmatch


def _clean_text(value: object) -> bool:
    return type(value) is str and _NUL not in value


def _clean_number(value: object) -> bool:
    kind = type(value)
    if kind is int:
        return value >= 0  # type: ignore[operator]
    return kind is float and math.isfinite(value) and value >= 0  # type: ignore[arg-type,operator]


def _clean_info(value: object) -> bool:
    if type(value) is not list:
        return False
    return all(type(item) is str and item.strip() and _NUL not in item for item in value)


def clean_step(raw: object, phases: Container[str]) -> Step | None:
    """Return the step in the JSON object ``raw`` when every field is right, else ``None``.

    ``phases`` are the journey's phases. "Right" means the careful reader would accept the step
    without a warning and ``step_problems`` would find nothing in it. Each field is fetched
    once and the step built positionally: this runs for every step of every file read.
    """
    if type(raw) is not dict or not raw.keys() <= _KNOWN:
        return None  # not an object, or an unknown field (the careful reader warns)
    get = raw.get
    title = get("title")
    channel = get("channel")
    score = get("score")
    if (type(title) is not str or not title.strip() or len(title) > MAX_TITLE_LENGTH
            or _NUL in title or type(channel) is not str or channel not in _CHANNELS
            or type(score) is not int or not MIN_SCORE <= score <= MAX_SCORE):
        return None
    phase = get("phase")
    if phase is not None and (type(phase) is not str or phase not in phases or _NUL in phase):
        return None
    initiator = get("initiator")
    if initiator is None:
        initiator = Initiator.CUSTOMER
    elif type(initiator) is not str or (initiator := _INITIATORS.get(initiator)) is None:
        return None
    outcome = get("outcome")
    if outcome is None:
        outcome = Outcome.SUCCESS
    elif type(outcome) is not str or (outcome := _OUTCOMES.get(outcome)) is None:
        return None
    info = get("info_given")
    if info is None:
        info = ()
    elif _clean_info(info):
        info = tuple(info)
    else:
        return None
    recognized = get("recognized")
    context = get("context_available")
    sensitive = get("sensitive")
    if ((recognized is not None and type(recognized) is not bool)
            or (context is not None and type(context) is not bool)
            or (sensitive is not None and type(sensitive) is not bool)):
        return None
    referred = get("referred_to")
    if referred is not None and (type(referred) is not str or referred not in _CHANNELS):
        return None
    wait = get("wait_minutes")
    elapsed = get("elapsed_days")
    if ((wait is not None and not _clean_number(wait))
            or (elapsed is not None and not _clean_number(elapsed))):
        return None
    evidence = get("evidence")
    if evidence is not None and (type(evidence) is not str
                                 or (evidence := _EVIDENCE.get(evidence)) is None):
        return None
    note = get("note")
    if note is not None and not _clean_text(note):
        return None
    step_id = get("id")
    if step_id is None:
        step_id = ""
    elif type(step_id) is not str or not _id_match(step_id):
        return None
    planned = get("planned_step")
    if planned is not None and (type(planned) is not str or not _id_match(planned)):
        return None
    rejected = get("rejected_proposals")
    if rejected is not None and rejected != []:
        return None  # rare: the careful reader checks them
    # Built slot by slot: the frozen dataclass's __init__ (object.__setattr__ per field) took
    # twice as long, and this runs for every step of every file.
    step = _new(Step)
    _set_title(step, title)
    _set_channel(step, channel)
    _set_score(step, score)
    _set_phase(step, phase)
    _set_initiator(step, initiator)
    _set_outcome(step, outcome)
    _set_info_given(step, info)
    _set_recognized(step, recognized)
    _set_context_available(step, context)
    _set_referred_to(step, referred)
    _set_wait_minutes(step, wait)
    _set_elapsed_days(step, elapsed)
    _set_sensitive(step, sensitive)
    _set_evidence(step, evidence)
    _set_note(step, note)
    _set_id(step, step_id)
    _set_planned_step(step, planned)
    _set_rejected_proposals(step, ())
    return step
