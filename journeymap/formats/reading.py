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
    encoding: str = "UTF-8"


def source_name(path: str | os.PathLike[str]) -> str:
    """Return the name errors use for ``path``: the path as the caller gave it."""
    return os.fspath(path)


def fail(source: str, message: str, place: str = "") -> InvalidJourneyError:
    """Return an ``InvalidJourneyError`` with a single problem (for the caller to raise)."""
    return InvalidJourneyError(source, [Problem(place, message)])


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of ``path``, refusing a file larger than ``limit``.

    Raises:
        InvalidJourneyError: the file cannot be read or is too large.
    """
    source = source_name(path)
    try:
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise fail(source, _too_big(size, limit))
            # Read one byte past the size: a file that grows (or a device) is read on to one
            # byte past the limit, so it is caught too. Asking for the limit at once would
            # allocate a buffer of that size for every small file.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(limit + 1 - len(data))
    except OSError as error:
        raise fail(source, f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise fail(source, _too_big(len(data), limit))
    return data


def read_text(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> str:
    """Return the text of ``path`` in whichever encoding it has (see ``decode_text``).

    Raises:
        InvalidJourneyError: the file cannot be read, is larger than ``limit`` bytes, or is not
            text in an encoding JourneyMap reads.
    """
    return read_decoded(path, limit=limit)[0]


def read_decoded(path: str | os.PathLike[str], *,
                 limit: int = MAX_FILE_BYTES) -> tuple[str, str]:
    """Return the text of ``path`` and the name of its encoding, for people (``"UTF-8"``)."""
    return decode_text(read_bytes(path, limit=limit), source_name(path))


#: Encodings other tools write that are tried when a file is not UTF-8, and their names for
#: people. Windows-1252 is what Excel writes on a Dutch or English Windows.
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
ENCODING_NAMES: dict[str, str] = {
    "utf_8": "UTF-8", "utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM",
    "utf-16-le": "UTF-16", "utf-16-be": "UTF-16 (big-endian)", "utf_16": "UTF-16",
    "cp1252": "Windows-1252", "iso8859_15": "ISO-8859-15", "latin_1": "ISO-8859-1",
}
#: What charset-normalizer may choose from: the encodings people's tools write for Dutch and
#: English text. Leaving out the rest keeps it from reading Windows-1252 as, say, Cyrillic.
DETECTABLE = ("cp1252", "iso8859_15")


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Return ``data`` decoded and the name of the encoding it was in.

    UTF-8 (with or without byte order mark) is read as it is; UTF-16 by its byte order mark or
    its zero bytes; anything else is given to charset-normalizer to choose among the encodings
    of ``DETECTABLE``.

    Raises:
        InvalidJourneyError: the bytes are no text in any of those encodings.
    """
    if data.startswith(_UTF8_BOM):
        return _decode(data[len(_UTF8_BOM):], "utf-8", source), ENCODING_NAMES["utf-8-sig"]
    for bom, codec in _UTF16_BOMS.items():
        if data.startswith(bom):
            return _decode(data[2:], codec, source), ENCODING_NAMES[codec]
    head = data[:4096]
    if len(head) >= 2 and b"\x00" in head:
        zeros_odd = head[1::2].count(0)
        zeros_even = head[0::2].count(0)
        if max(zeros_odd, zeros_even) > len(head) // 4:  # UTF-16 without a byte order mark
            codec = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
            return _decode(data, codec, source), ENCODING_NAMES[codec]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _detected(data, source, error)
    if "\x00" in text:
        raise fail(source, "is not a text file (it contains NUL bytes)")
    return text, ENCODING_NAMES["utf-8"]


def _decode(data: bytes, codec: str, source: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise fail(source, f"is not {ENCODING_NAMES.get(codec, codec)} text (byte "
                           f"0x{data[error.start]:02x} at position {error.start})") from None
    if "\x00" in text:
        raise fail(source, "is not a text file (it contains NUL characters)")
    return text


def _detected(data: bytes, source: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """Return the text of non-UTF-8 ``data`` in the encoding charset-normalizer finds."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTABLE)).best()
    if best is None or b"\x00" in data:
        raise fail(source, f"is not text in an encoding JourneyMap reads (UTF-8, UTF-16 or "
                           f"Windows-1252): byte 0x{data[error.start]:02x} at position "
                           f"{error.start}")
    codec = best.encoding
    return _decode(data, codec, source), ENCODING_NAMES.get(codec, codec)


def decode_utf8(data: bytes, source: str) -> str:
    """Return ``data`` decoded (UTF-8, UTF-16 or a detected encoding; see ``decode_text``)."""
    return decode_text(data, source)[0]


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
