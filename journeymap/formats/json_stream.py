"""Read a long ``journeymap/1`` file step by step, in memory that does not grow with the file.

``read_json`` holds the whole text, the parsed JSON and the model at once: a 1,000,000-step file
took 2 GB. ``JourneyStream`` reads the file in blocks, parses one step object at a time
(``json``'s own decoder on the block) and checks each step as it comes, the clean ones in one
pass (``json_clean``), the others the careful way, which names every problem with its place.
The journey's own fields may come before or after its steps; ``journey()`` returns them once the
steps are through. Only UTF-8 files (with or without byte-order mark) are streamed: a file in
another encoding is read whole (``read_json``).
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any

from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import Journey, Step
from journeymap.core.validation import journey_problems, step_problems
from journeymap.formats.json_clean import clean_step
from journeymap.formats.json_file import _Collector, _convert_journey, _convert_step, _object
from journeymap.formats.reading import problem_order, source_name

#: Bytes read per block.
BLOCK = 1 << 20
#: At most this many problems (and warnings) are kept; the rest are counted.
MAX_PROBLEMS = 50
_SPACE = re.compile(r"[ \t\n\r]*")


class _AnyPhase:
    """Stands in for the phases while the file has not given them yet (they may follow)."""

    def __contains__(self, _item: object) -> bool:
        return True


class NotStreamable(Exception):  # noqa: N818 - a signal to read the file whole, not an error
    """The file is not UTF-8 (or not a JSON object): read it whole, the careful way."""


class _Text:
    """The file's text, decoded block by block; ``pos`` is the place in the current block."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.pos = 0
        self.eof = False
        self.lines = 0  # newlines before the current block
        self.bytes_read = 0

    def more(self) -> bool:
        """Read the next block after what is left of this one; return whether any came."""
        if self.eof:
            return False
        data = self._handle.read(BLOCK)
        self.bytes_read += len(data)
        self.eof = not data
        try:
            fresh = self._decoder.decode(data, final=self.eof)
        except UnicodeDecodeError as error:
            raise NotStreamable from error
        self.lines += self.text.count("\n", 0, self.pos)
        self.text = self.text[self.pos:] + fresh
        self.pos = 0
        return True

    def peek(self) -> str:
        """Return the next character after white space ('' at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos:self.pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.syntax(f"expected {char!r}", self.pos)
        self.pos += 1

    def value(self, decoder: json.JSONDecoder) -> Any:
        """Return the next JSON value, reading on until it is complete."""
        self.peek()
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                if self.more():
                    continue
                raise self.syntax(error.msg, error.pos) from None
            if end == len(self.text) and self.more():
                continue  # a number at the end of the block may go on in the next one
            self.pos = end
            return value

    def syntax(self, message: str, pos: int) -> InvalidJourneyError:
        line = self.lines + self.text.count("\n", 0, pos) + 1
        column = pos - self.text.rfind("\n", 0, pos)
        return InvalidJourneyError("", [Problem(f"line {line}, column {column}",
                                                f"is not valid JSON: {message}")])


class JourneyStream:
    """One journey file, read step by step: iterate ``steps()``, then call ``journey()``.

    Attributes:
        size: the file's size in bytes; ``position`` is how far it has been read.
        warnings: what was met on the way (unknown fields, keys given twice), at most
            ``MAX_PROBLEMS``.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.source = source_name(path)
        self.size = self.path.stat().st_size
        self.warnings: list[Problem] = []
        self._problems: list[Problem] = []
        self._more = 0
        self._header: dict[str, Any] = {}
        self._phases_used: dict[str, int] = {}  # phase -> first step, checked at the end
        self._steps_seen = False
        self._text: _Text | None = None
        self._repeated: list[tuple[dict[str, Any], list[str]]] = []
        self._decoder = json.JSONDecoder(object_pairs_hook=partial(_object, self._repeated))

    @property
    def position(self) -> int:
        """Return about how many bytes of the file have been parsed (exact at the end)."""
        text = self._text
        if text is None:
            return 0
        return max(0, text.bytes_read - (len(text.text) - text.pos))

    @property
    def ok(self) -> bool:
        """Return whether no problem has been found so far."""
        return not self._problems

    def _problem(self, problem: Problem) -> None:
        if len(self._problems) < MAX_PROBLEMS:
            self._problems.append(problem)
        else:
            self._more += 1

    def _warn(self, problem: Problem) -> None:
        if len(self.warnings) < MAX_PROBLEMS:
            self.warnings.append(problem)

    def steps(self) -> Iterator[Step]:
        """Yield the steps in order, each checked; after the first problem none is yielded
        (the rest are still checked, so that ``journey()`` can name every problem).

        Raises:
            NotStreamable: the file is not UTF-8 text or holds no JSON object.
            InvalidJourneyError: the file is not valid JSON (with line and column).
        """
        with self.path.open("rb") as handle:
            text = self._text = _Text(handle)
            try:
                if text.peek() != "{":
                    raise NotStreamable
                text.pos += 1
                first = True
                while text.peek() != "}":
                    if not first:
                        text.expect(",")
                    first = False
                    key = text.value(self._decoder)
                    if not isinstance(key, str):
                        raise text.syntax("expected a key in double quotes", text.pos)
                    text.expect(":")
                    if key in self._header or (key == "steps" and self._steps_seen):
                        self._warn(Problem(key, "is given more than once; the last value was "
                                                "used"))
                    if key == "steps" and text.peek() == "[":
                        self._steps_seen = True
                        yield from self._step_list(text)
                    else:
                        self._header[key] = text.value(self._decoder)
                        for _owner, keys in self._repeated:
                            for repeated in keys:
                                self._warn(Problem(f"{key} (an object inside it) {repeated}",
                                                   "is given more than once; the last value "
                                                   "was used"))
                        self._repeated.clear()
                text.pos += 1
                if text.peek() != "":
                    raise text.syntax("extra data after the journey", text.pos)
            except InvalidJourneyError as error:
                raise InvalidJourneyError(self.source, error.problems) from None

    def _step_list(self, text: _Text) -> Iterator[Step]:
        text.pos += 1  # the "["
        index = 0
        header_phases = self._header.get("phases")
        phases: Any = (frozenset(p for p in header_phases if isinstance(p, str))
                       if isinstance(header_phases, list) else _AnyPhase())
        deferred = isinstance(phases, _AnyPhase)
        while text.peek() != "]":
            if index:
                text.expect(",")
            start = text.pos
            raw = text.value(self._decoder)
            escaped = text.text.find("\\u", start, text.pos) >= 0  # maybe a lone surrogate
            step = None if escaped or self._repeated else clean_step(raw, phases)
            if step is None:
                step = self._careful_step(raw, index, phases)
            elif deferred and step.phase is not None:
                self._phases_used.setdefault(step.phase, index)
            if step is not None and not self._problems:
                yield step
            index += 1
        text.pos += 1
        self._header["steps"] = []  # its place is known; the steps have gone by

    def _careful_step(self, raw: object, index: int, phases: Any) -> Step | None:
        """Convert and check one step the careful way; note its problems and warnings."""
        out = _Collector()
        warnings: list[Problem] = []
        for owner, keys in self._repeated:
            prefix = f"steps[{index}]." if owner is raw else f"steps[{index}] (an object inside) "
            warnings += [Problem(f"{prefix}{key}", "is given more than once; the last value was "
                                 "used", index) for key in keys]
        self._repeated.clear()
        step = _convert_step(raw, index, out, warnings)
        if not out.problems:
            checked = phases if not isinstance(phases, _AnyPhase) else ()
            for problem in step_problems(step, index, tuple(checked)):
                if isinstance(phases, _AnyPhase) and problem.place.endswith(".phase"):
                    self._phases_used.setdefault(step.phase or "", index)
                    continue
                out.add(problem.place, problem.message, problem.step_index)
        for warning in warnings:
            self._warn(warning)
        for problem in out.problems:
            self._problem(problem)
        return None if out.problems else step

    def journey(self) -> Journey:
        """Return the journey's own fields (no steps) once ``steps()`` is through.

        Raises:
            InvalidJourneyError: listing every problem found in the file.
        """
        out = _Collector()
        warnings: list[Problem] = []
        header = dict(self._header)
        journey = _convert_journey(header, out, warnings)
        for warning in warnings:
            self._warn(warning)
        for problem in out.problems:
            self._problem(problem)
        phases = set(journey.phases)
        for phase, index in self._phases_used.items():
            if phase not in phases:
                self._problem(Problem(f"steps[{index}].phase",
                                      f"{phase!r} is not one of the journey's phases", index))
        for problem in journey_problems(journey, steps_checked=True):
            self._problem(problem)
        if self._problems:
            problems = sorted(self._problems, key=problem_order)
            if self._more:
                problems.append(Problem("", f"and {self._more} more problems"))
            raise InvalidJourneyError(self.source, problems)
        return journey
