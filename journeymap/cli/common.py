"""Helpers shared by the subcommands: finding the journey a command line names, printing JSON."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journeymap.core.errors import NotFoundError
from journeymap.core.model import Journey

#: Suffixes that mark an argument as a file name, never a library title.
FILE_SUFFIXES: tuple[str, ...] = (".json", ".csv", ".cjml", ".xml")


def load_journey_arg(spec: str) -> Journey:
    """Return the journey ``spec`` names: a journey file, else a library journey by id or title.

    Warnings about the file (unknown keys ...) are printed on stderr. An argument that looks like
    a file name (it has a journey file suffix or a folder in it) is never looked up in the library.

    Raises:
        InvalidJourneyError: the file has errors (each with its place).
        NotFoundError: there is no such file and no such journey in the library.
        LibraryError: the library cannot be opened.
    """
    path = Path(spec)
    if path.is_file():
        from journeymap.formats import read_journey

        result = read_journey(path)
        for warning in result.warnings:
            print(f"{path.name}: warning: {warning.describe()}", file=sys.stderr)
        return result.journey
    if path.suffix.lower() in FILE_SUFFIXES or len(path.parts) > 1 or not spec.strip():
        raise NotFoundError(f"no file or library journey named {spec!r}")
    from journeymap.session.library import open_library

    with open_library() as library:
        try:
            return library.find(spec).journey
        except NotFoundError as error:
            if type(error) is not NotFoundError:  # e.g. several journeys share the title
                raise
            raise NotFoundError(f"no file or library journey named {spec!r}") from error


def print_json(document: object) -> None:
    """Print ``document`` as indented JSON (``dumps_pretty``) on standard output.

    Where standard output takes UTF-8 bytes without translating line ends, the encoded JSON
    goes there as it is: a 30 MB report was decoded to text only to be encoded again.
    """
    from journeymap.formats.fast_json import dumps_pretty_bytes

    data = dumps_pretty_bytes(document)
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if buffer is None or encoding != "utf8" or os.linesep != "\n":
        stream.write(data.decode("utf-8"))
        return
    stream.flush()
    buffer.write(data)
    buffer.flush()
