"""The ``journeymap/1`` JSON file: read with every problem named, write losslessly.

The format is specified in ``docs/journey-format.md``.

Reading happens in two passes. The first converts the raw JSON value field by field and reports
wrong types (a text where a number belongs, ``true`` where a score belongs, ...). The second runs
``core.validation.journey_problems`` on the resulting model for the rules of the model itself
(ranges, known channels, phases). A place reported by the first pass is not reported again.

Writing omits fields that are ``None`` or at their default, so ``read(write(j)) == j``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from functools import partial
from typing import Any

import orjson

from journeymap.core.collector import collector_paused
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import (
    FORMAT_ID,
    LANGUAGES,
    Evidence,
    Initiator,
    Journey,
    JourneyKind,
    Outcome,
    RejectedProposal,
    Step,
)
from journeymap.core.validation import journey_problems
from journeymap.formats.atomic import atomic_write_text
from journeymap.formats.json_clean import STEP_FIELDS, clean_step
from journeymap.formats.reading import (
    ReadResult,
    decode_text,
    problem_order,
    read_bytes,
    source_name,
)

JOURNEY_TEXT_FIELDS = ("persona", "organisation", "goal", "description", "author")
JOURNEY_FIELDS = frozenset(
    {"format", "title", *JOURNEY_TEXT_FIELDS, "date", "language", "kind", "plan", "tags",
     "phases", "steps"}
)
_STEP_FIELD_SET = frozenset(STEP_FIELDS)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def describe_type(value: object) -> str:
    """Return how a JSON author would name the type of ``value`` (``a text``, ``true``, ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value!r}" if _short(value) else "a number"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) <= 40 else "a long text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _short(value: int | float) -> bool:
    return isinstance(value, float) or abs(value) < 10**15


class _Collector:
    """Collects the problems of the first pass, at most one per place."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places: set[str] = set()

    def add(self, place: str, message: str, step_index: int | None = None) -> None:
        if place not in self.places:
            self.places.add(place)
            self.problems.append(Problem(place, message, step_index))


_Convert = Callable[[object, str, _Collector, "int | None"], Any]
_MISSING = object()


def _encodable(text: str) -> bool:
    """Return whether ``text`` can be written as UTF-8 (JSON escapes allow lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_BAD_CHARACTER = "contains an escaped character that is not valid Unicode (a lone surrogate)"


def _text(value: object, place: str, out: _Collector, index: int | None) -> str | None:
    if isinstance(value, str):
        if _encodable(value):
            return value
        out.add(place, _BAD_CHARACTER, index)
        return None
    out.add(place, f"must be a text, not {describe_type(value)}", index)
    return None


def _boolean(value: object, place: str, out: _Collector, index: int | None) -> bool | None:
    if isinstance(value, bool):
        return value
    out.add(place, f"must be true or false, not {describe_type(value)}", index)
    return None


def _number(value: object, place: str, out: _Collector, index: int | None) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        out.add(place, f"must be a number >= 0, not {describe_type(value)}", index)
        return None
    if isinstance(value, float) and not math.isfinite(value):
        out.add(place, f"must be a finite number >= 0, not {value!r}", index)
        return None
    if value < 0:
        out.add(place, f"must be a number >= 0, not {value!r}", index)
        return None
    return value


def _score(value: object, place: str, out: _Collector, index: int | None) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        out.add(place, f"must be a whole number from -2 to 2, not {describe_type(value)}", index)
        return None
    if isinstance(value, float):
        if not value.is_integer():
            out.add(place, f"must be a whole number from -2 to 2, not {value!r}", index)
            return None
        value = int(value)
    if not -2 <= value <= 2:
        out.add(place, f"must be a whole number from -2 to 2, not {value}", index)
        return None
    return value


def _channel(value: object, place: str, out: _Collector, index: int | None) -> str | None:
    """Keep a text for the model; ``core.validation`` judges whether it names a channel."""
    if not isinstance(value, str):
        out.add(place, f"must be a channel id, not {describe_type(value)}", index)
        return None
    return value


def _choice(kind: type[StrEnum]) -> _Convert:
    allowed = ", ".join(member.value for member in kind)

    def convert(value: object, place: str, out: _Collector, index: int | None) -> StrEnum | None:
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        out.add(place, f"must be one of {allowed}, not {describe_type(value)}", index)
        return None

    return convert


def _text_list(value: object, place: str, out: _Collector, index: int | None) -> tuple[str, ...]:
    if not isinstance(value, list):
        out.add(place, f"must be a list of texts, not {describe_type(value)}", index)
        return ()
    items: list[str] = []
    for position, item in enumerate(value):
        if isinstance(item, str) and _encodable(item):
            items.append(item)
        else:
            message = (_BAD_CHARACTER if isinstance(item, str)
                       else f"must be a text, not {describe_type(item)}")
            out.add(f"{place}[{position}]", message, index)
            # An empty stand-in keeps the positions the model check reports right; its own
            # complaint about it lands on the place already reported and is dropped.
            items.append("")
    return tuple(items)


def _required_text(raw: dict[str, Any], key: str, place: str, out: _Collector,
                   index: int | None) -> str | None:
    value = _required(raw, key, place, out, index)
    return None if value is _MISSING else _text(value, place, out, index)


def _rejections(value: object, place: str, out: _Collector,
                index: int | None) -> tuple[RejectedProposal, ...]:
    """Return the rejected proposals in ``value``: a list of ``{"field": ..., "quote": ...}``."""
    if not isinstance(value, list):
        out.add(place, f"must be a list of objects with field and quote, not "
                       f"{describe_type(value)}", index)
        return ()
    found: list[RejectedProposal] = []
    for position, item in enumerate(value):
        at = f"{place}[{position}]"
        if not isinstance(item, dict):
            out.add(at, f"must be an object with field and quote, not {describe_type(item)}",
                    index)
            continue
        unknown = sorted(set(item) - {"field", "quote"})
        if unknown:
            out.add(f"{at}.{unknown[0]}", "unknown field; a rejection holds field and quote",
                    index)
            continue
        name, quote = (_required_text(item, key, f"{at}.{key}", out, index)
                       for key in ("field", "quote"))
        if name is not None and quote is not None:
            found.append(RejectedProposal(name, quote))
    return tuple(found)


#: How each optional step field is converted; title, channel and score are handled apart.
_STEP_CONVERTERS: dict[str, _Convert] = {
    "id": _text,
    "phase": _text,
    "initiator": _choice(Initiator),
    "outcome": _choice(Outcome),
    "info_given": _text_list,
    "recognized": _boolean,
    "context_available": _boolean,
    "referred_to": _channel,
    "wait_minutes": _number,
    "elapsed_days": _number,
    "sensitive": _boolean,
    "evidence": _choice(Evidence),
    "note": _text,
    "planned_step": _text,
    "rejected_proposals": _rejections,
}


def _required(raw: dict[str, Any], key: str, place: str, out: _Collector,
              index: int | None) -> object:
    value = raw.get(key, _MISSING)
    if value is _MISSING or value is None:
        out.add(place, "is required", index)
        return _MISSING
    return value


#: Stands in for a step that is not an object, so later steps keep their index.
_PLACEHOLDER_STEP = Step("placeholder", "website", 0)


def _convert_step(raw: object, index: int, out: _Collector, warnings: list[Problem]) -> Step:
    """Return the step in ``raw``; fields with a problem are ``None`` (reported in ``out``)."""
    at = f"steps[{index}]"
    if not isinstance(raw, dict):
        out.add(at, f"must be an object, not {describe_type(raw)}", index)
        return _PLACEHOLDER_STEP
    for key in raw:
        if key not in _STEP_FIELD_SET:
            warnings.append(Problem(f"{at}.{key}", "unknown field; it was ignored", index))
    fields: dict[str, Any] = {}
    title = _required(raw, "title", f"{at}.title", out, index)
    fields["title"] = _text(title, f"{at}.title", out, index) if title is not _MISSING else ""
    channel = _required(raw, "channel", f"{at}.channel", out, index)
    fields["channel"] = (_channel(channel, f"{at}.channel", out, index)
                         if channel is not _MISSING else None)
    score = _required(raw, "score", f"{at}.score", out, index)
    fields["score"] = _score(score, f"{at}.score", out, index) if score is not _MISSING else None
    for name, convert in _STEP_CONVERTERS.items():
        value = raw.get(name)
        if value is not None:
            converted = convert(value, f"{at}.{name}", out, index)
            if converted is not None:
                fields[name] = converted
    if fields.get("id") == "":
        out.add(f"{at}.id", "must not be empty; leave it out to have one generated", index)
    return Step(**fields)


def _convert_date(value: object, out: _Collector) -> dt.date | None:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            out.add("date", f"{value!r} is not a date of the calendar")
            return None
    out.add("date", f"must be a date written YYYY-MM-DD, not {describe_type(value)}")
    return None


def _check_format(data: dict[str, Any], out: _Collector) -> None:
    value = data.get("format", _MISSING)
    if value is _MISSING:
        out.add("format", f'is missing; a journey file starts with "format": "{FORMAT_ID}"')
    elif value != FORMAT_ID:
        out.add("format", f"is {describe_type(value)}; this version of JourneyMap reads "
                          f"{FORMAT_ID!r} (a newer JourneyMap may read this file)")


def _convert_journey(data: dict[str, Any], out: _Collector, warnings: list[Problem]) -> Journey:
    """Return the journey in ``data``; fields with a problem are ``None`` (reported in ``out``)."""
    _check_format(data, out)
    for key in data:
        if key not in JOURNEY_FIELDS:
            warnings.append(Problem(key, "unknown field; it was ignored"))
    fields: dict[str, Any] = {}
    title = _required(data, "title", "title", out, None)
    fields["title"] = _text(title, "title", out, None) if title is not _MISSING else ""
    for name in JOURNEY_TEXT_FIELDS:
        if data.get(name) is not None:
            fields[name] = _text(data[name], name, out, None)
    if data.get("date") is not None:
        fields["date"] = _convert_date(data["date"], out)
    if data.get("language") is not None:
        language = data["language"]
        if language in LANGUAGES:
            fields["language"] = language
        else:
            out.add("language", f"must be 'en' or 'nl', not {describe_type(language)}")
    if data.get("kind") is not None:
        fields["kind"] = _choice(JourneyKind)(data["kind"], "kind", out, None)
    if data.get("plan") is not None:
        fields["plan"] = _text(data["plan"], "plan", out, None)
    for name in ("phases", "tags"):
        if data.get(name) is not None:
            fields[name] = _text_list(data[name], name, out, None)
    steps_value = _required(data, "steps", "steps", out, None)
    steps: list[Step] = []
    if isinstance(steps_value, list):
        steps = [_convert_step(raw, i, out, warnings) for i, raw in enumerate(steps_value)]
    elif steps_value is not _MISSING:
        out.add("steps", f"must be a list of steps, not {describe_type(steps_value)}")
    fields = {key: value for key, value in fields.items() if value is not None or key == "title"}
    return Journey(steps=tuple(steps), **fields)


def parse_document(data: object, source: str, *, clean: bool = True) -> ReadResult:
    """Return the journey in the parsed JSON value ``data``, or raise listing every problem.

    A clean journey (every field right, nothing unknown) is read in one pass
    (``_clean_journey``); anything else the careful way, which names each problem. ``clean=False``
    always reads the careful way (for texts that may hold characters UTF-8 cannot write).

    Raises:
        InvalidJourneyError: with ``source`` and one problem per wrong place.
    """
    if not isinstance(data, dict):
        raise InvalidJourneyError(source, [Problem(
            "", f"must hold a JSON object with the journey, not {describe_type(data)}")])
    if clean:
        journey = _clean_journey(data)
        if journey is not None:
            return ReadResult(journey)
    out = _Collector()
    warnings: list[Problem] = []
    journey = _convert_journey(data, out, warnings)
    phases_broken = any(place.startswith("phases") for place in out.places)
    for problem in journey_problems(journey):
        if phases_broken and problem.place.endswith(".phase"):
            continue  # the phases themselves are wrong; don't blame every step for it
        out.add(problem.place, problem.message, problem.step_index)
    if out.problems:
        raise InvalidJourneyError(source, sorted(out.problems, key=problem_order))
    return ReadResult(journey, tuple(warnings))


def _clean_journey(data: dict[str, Any]) -> Journey | None:
    """Return the journey of ``data`` if it is clean throughout, else ``None``.

    The journey's own fields go through the careful converter (one object, cheap); each step
    through ``clean_step``, which converts and checks it in one pass. Any problem or warning
    anywhere gives ``None``: the caller then reads the whole document the careful way.
    """
    steps_value = data.get("steps")
    if type(steps_value) is not list:
        return None
    out = _Collector()
    warnings: list[Problem] = []
    journey = _convert_journey({**data, "steps": []}, out, warnings)
    if out.problems or warnings:
        return None
    phases = frozenset(journey.phases)
    steps: list[Step] = []
    for raw in steps_value:
        step = clean_step(raw, phases)
        if step is None:
            return None
        steps.append(step)
    journey = replace(journey, steps=tuple(steps))
    if journey_problems(journey, steps_checked=True):
        return None
    return journey


def loads_journey(text: str, source: str = "journey") -> ReadResult:
    """Return the journey in the JSON ``text``; ``source`` names it in errors."""
    # Only a \u escape can put a lone surrogate (no UTF-8 text) into the parsed strings; the
    # clean reader does not look for them, so such a file is read the careful way.
    escapes = "\\ud" in text or "\\uD" in text
    repeated: list[tuple[dict[str, Any], list[str]]] = []
    try:
        # Python also accepts NaN and Infinity, which are not JSON: the field checks refuse them.
        data = json.loads(text, object_pairs_hook=partial(_object, repeated))
    except json.JSONDecodeError as error:
        raise InvalidJourneyError(source, [Problem(
            f"line {error.lineno}, column {error.colno}", f"is not valid JSON: {error.msg}")]
        ) from None
    except RecursionError:
        raise InvalidJourneyError(source, [Problem(
            "", "is nested too deeply to be a journey file")]) from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise InvalidJourneyError(source, [Problem("", f"is not valid JSON: {error}")]) from None
    result = parse_document(data, source, clean=not escapes)
    if repeated:
        warnings = sorted(_repeated_keys(data, repeated), key=problem_order)
        result = replace(result, warnings=(*warnings, *result.warnings))
    return result


def _object(repeated: list[tuple[dict[str, Any], list[str]]],
            pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build one JSON object, noting the keys it gives more than once (the last value wins)."""
    value = dict(pairs)
    if len(value) != len(pairs):
        counts = Counter(key for key, _ in pairs)
        repeated.append((value, [key for key, count in counts.items() if count > 1]))
    return value


def _repeated_keys(data: object, repeated: list[tuple[dict[str, Any], list[str]]]
                   ) -> list[Problem]:
    """Return a warning per key given twice, at its place (the journey or a step)."""
    places: dict[int, tuple[str, int | None]] = {}
    if isinstance(data, dict):
        places[id(data)] = ("", None)
        steps = data.get("steps")
        if isinstance(steps, list):
            for index, step in enumerate(steps):
                if isinstance(step, dict):
                    places[id(step)] = (f"steps[{index}].", index)
    warnings: list[Problem] = []
    for owner, keys in repeated:
        prefix, place = places.get(id(owner), ("(an object inside the file) ", None))
        for key in keys:
            warnings.append(Problem(f"{prefix}{key}", "is given more than once; the last "
                                    "value was used", place))
    return warnings


def read_json(path: str | os.PathLike[str]) -> ReadResult:
    """Return the journey in the ``journeymap/1`` file at ``path``.

    Raises:
        InvalidJourneyError: naming the file and listing every problem; nothing is returned then.
    """
    data = read_bytes(path)
    # A parsed file is a tree of dicts, lists and strings, and a journey of frozen values: no
    # cycles. With the collector running, its passes over the growing tree took as long as the
    # parsing itself on a 100,000-step file.
    with collector_paused():
        result = read_clean_bytes(data)
        if result is not None:
            return result
        source = source_name(path)
        text, encoding = decode_text(data, source)
        return replace(loads_journey(text, source), encoding=encoding)


#: The end of a key written with space before its colon (``"title" :``); the writer never does.
_SPACED_KEY_END = re.compile(rb'"\s+:')


def read_clean_bytes(data: bytes) -> ReadResult | None:
    """Return the journey in the bytes of a clean UTF-8 journey file, else ``None``.

    Clean: valid JSON in UTF-8 without a byte order mark, no NUL, no ``\\u`` escape of a
    surrogate, no key given twice, and a clean journey (``_clean_journey``). orjson parses such
    a file in C, straight from the bytes, three times faster than the standard parser with the
    hook that notes repeated keys. Anything else (``None``) goes the careful way, as before:
    the standard parser, whose messages name the line and column, and the careful reader.

    orjson keeps the last value of a repeated key without a word, so repeated keys are ruled
    out by counting: every key ends in a quote and a colon (``":``, or with white space
    between), so the number of those in the bytes is at least the number of keys written, and
    equals the keys parsed only when none was given twice. (A string value holding ``\\":``
    counts too; such a file is only read the careful way.) A clean journey has objects only at
    the top and as steps, so the keys parsed are those of the journey and of its steps.
    """
    if (data.startswith(b"\xef\xbb\xbf") or b"\x00" in data or b"\\ud" in data
            or b"\\uD" in data):
        return None
    try:
        parsed = orjson.loads(data)
    except ValueError:  # orjson.JSONDecodeError: not JSON, not UTF-8, nested too deeply ...
        return None
    if type(parsed) is not dict:
        return None
    journey = _clean_journey(parsed)
    if journey is None:
        return None
    keys = len(parsed) + sum(map(len, parsed["steps"]))
    if data.count(b'":') + len(_SPACED_KEY_END.findall(data)) != keys:
        return None
    return ReadResult(journey)


def _number_out(value: float) -> float | int:
    """Write whole floats as integers (8.0 -> 8) so files stay tidy; 7.5 stays 7.5."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _step_document(step: Step) -> dict[str, Any]:
    document: dict[str, Any] = {"id": step.id, "title": step.title, "channel": step.channel,
                                "score": step.score}
    if step.phase is not None:
        document["phase"] = step.phase
    if step.initiator != Initiator.CUSTOMER:
        document["initiator"] = step.initiator.value
    if step.outcome != Outcome.SUCCESS:
        document["outcome"] = step.outcome.value
    if step.info_given:
        document["info_given"] = list(step.info_given)
    for name in ("recognized", "context_available", "referred_to"):
        if (value := getattr(step, name)) is not None:
            document[name] = value
    for name in ("wait_minutes", "elapsed_days"):
        if (value := getattr(step, name)) is not None:
            document[name] = _number_out(value)
    if step.sensitive is not None:
        document["sensitive"] = step.sensitive
    if step.evidence is not None:
        document["evidence"] = step.evidence.value
    if step.note is not None:
        document["note"] = step.note
    if step.planned_step is not None:
        document["planned_step"] = step.planned_step
    if step.rejected_proposals:
        document["rejected_proposals"] = [
            {"field": rejection.field, "quote": rejection.quote}
            for rejection in step.rejected_proposals]
    return document


def to_document(journey: Journey) -> dict[str, Any]:
    """Return the ``journeymap/1`` document of ``journey`` (a dict ready for ``json.dumps``).

    ``language`` is always written, so a reader of the file sees which language its texts are in;
    other fields are left out when they are ``None`` or at their default.
    """
    document: dict[str, Any] = {"format": FORMAT_ID, "title": journey.title}
    for name in JOURNEY_TEXT_FIELDS:
        if (value := getattr(journey, name)) is not None:
            document[name] = value
    if journey.date is not None:
        document["date"] = journey.date.isoformat()
    document["language"] = journey.language
    if journey.kind is not JourneyKind.ACTUAL:
        document["kind"] = journey.kind.value
    if journey.plan is not None:
        document["plan"] = journey.plan
    if journey.tags:
        document["tags"] = list(journey.tags)
    if journey.phases:
        document["phases"] = list(journey.phases)
    document["steps"] = [_step_document(step) for step in journey.steps]
    return document


def dumps_journey(journey: Journey) -> str:
    """Return the text of the journey file: indented UTF-8 JSON ending in a newline."""
    return json.dumps(to_document(journey), ensure_ascii=False, indent=2) + "\n"


def write_json(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write ``journey`` to ``path`` atomically (the old file stays whole if writing fails)."""
    atomic_write_text(path, dumps_journey(journey))
