"""What every reader shares: the result type and a careful way to get a file's text.

A reader never lets a low-level error (``UnicodeDecodeError``, ``OSError``, a huge file) escape:
each becomes an ``InvalidJourneyError`` that names the file and says what is wrong.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import Journey, Step

#: Files larger than this are refused before they are read. A journey of a thousand steps with
#: long notes is well under 1 MB; 50 MB leaves room for anything a person could have typed.
MAX_FILE_BYTES = 50 * 1024 * 1024

_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A journey read from a file, with the warnings met on the way (unknown fields, ...)."""

    journey: Journey
    warnings: tuple[Problem, ...] = ()


def source_name(path: str | os.PathLike[str]) -> str:
    """Return the name errors use for ``path``: the path as the caller gave it."""
    return os.fspath(path)


def fail(source: str, message: str, place: str = "") -> InvalidJourneyError:
    """Return an ``InvalidJourneyError`` with a single problem (for the caller to raise)."""
    return InvalidJourneyError(source, [Problem(place, message)])


def read_text(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> str:
    """Return the UTF-8 text of ``path`` (a leading byte order mark removed).

    Raises:
        InvalidJourneyError: the file cannot be read, is larger than ``limit`` bytes, or is not
            UTF-8 text.
    """
    source = source_name(path)
    try:
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise fail(source, _too_big(size, limit))
            # Read one byte past the limit: a file that grows (or a device) is caught too.
            data = handle.read(limit + 1)
    except OSError as error:
        raise fail(source, f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise fail(source, _too_big(len(data), limit))
    return decode_utf8(data, source)


def decode_utf8(data: bytes, source: str) -> str:
    """Return ``data`` decoded as UTF-8 (optional BOM), or raise a clean ``InvalidJourneyError``."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    if b"\x00" in data:
        # Valid UTF-8, but no text file a person writes holds NUL bytes: UTF-16 text does.
        raise fail(source, "is not UTF-8 text (it contains NUL bytes; it looks like UTF-16); "
                           "save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        hint = "save it as UTF-8"
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            hint = "it looks like UTF-16; save it as UTF-8"
        raise fail(
            source,
            f"is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start}); {hint}",
        ) from None


def _too_big(size: int, limit: int) -> str:
    return (f"is too large ({size / 1_048_576:.1f} MB); "
            f"JourneyMap reads journey files up to {limit // 1_048_576} MB")


_JOURNEY_ORDER = ("", "format", "header", "title", "persona", "organisation", "goal",
                  "description", "author", "date", "language", "phases", "steps")
_STEP_ORDER = tuple(field.name for field in fields(Step))


def problem_order(problem: Problem) -> tuple[int, int]:
    """Sort key for problems: journey fields first, then step by step, each in field order."""
    if problem.step_index is None:
        name = problem.place.split("[", 1)[0].split(".", 1)[0]
        return -1, _JOURNEY_ORDER.index(name) if name in _JOURNEY_ORDER else len(_JOURNEY_ORDER)
    name = problem.place.partition(".")[2].split("[", 1)[0]
    return problem.step_index, _STEP_ORDER.index(name) if name in _STEP_ORDER else -1
