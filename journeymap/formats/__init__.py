"""Reading and writing journeys in files (Qt-free; imports the core only).

``read_journey`` and ``write_journey`` pick the format by the file's suffix. The format modules are
imported when they are needed, so importing this package stays cheap.
"""

from __future__ import annotations

import os
from pathlib import Path

from journeymap.core.model import Journey
from journeymap.formats.reading import MAX_FILE_BYTES, ReadResult, fail, source_name

__all__ = [
    "MAX_FILE_BYTES",
    "READ_SUFFIXES",
    "WRITE_SUFFIXES",
    "ReadResult",
    "read_journey",
    "read_journeys",
    "write_journey",
]

READ_SUFFIXES: tuple[str, ...] = (".journey.json", ".json", ".csv", ".cjml", ".xml")
WRITE_SUFFIXES: tuple[str, ...] = (".journey.json", ".json", ".csv", ".cjml", ".xml", ".mmd")


def _suffix(path: str | os.PathLike[str]) -> str:
    return Path(path).suffix.lower()


def read_journey(path: str | os.PathLike[str]) -> ReadResult:
    """Return the journey in the file at ``path``, chosen by suffix (JSON, CSV or CJML).

    Raises:
        InvalidJourneyError: naming the file and every problem in it (or the unsupported suffix);
            nothing is returned from a file with an error.
    """
    suffix = _suffix(path)
    if suffix == ".json":
        from journeymap.formats.json_file import read_json

        return read_json(path)
    if suffix == ".csv":
        from journeymap.formats.csv_table import read_csv

        return read_csv(path)
    if suffix in (".cjml", ".xml"):
        from journeymap.formats.cjml import read_cjml

        return read_cjml(path)
    raise fail(source_name(path), f"has an unsupported type {suffix or '(no suffix)'!r}; "
                                  f"JourneyMap reads {', '.join(READ_SUFFIXES)}")


def read_journeys(path: str | os.PathLike[str]) -> tuple[ReadResult, ...]:
    """Return every journey in the file at ``path``: a CJML file may hold several (a plan and
    its actual journeys), every other file holds one.

    Raises:
        InvalidJourneyError: as ``read_journey``.
    """
    if _suffix(path) in (".cjml", ".xml"):
        from journeymap.formats.cjml import read_cjml_all

        return read_cjml_all(path)
    return (read_journey(path),)


def write_journey(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write ``journey`` to ``path`` atomically in the format its suffix names.

    ``.json`` writes ``journeymap/1``, ``.csv`` the step table, ``.cjml``/``.xml`` CJML and
    ``.mmd`` a Mermaid journey diagram (in the journey's language).

    Raises:
        ValueError: the suffix is not one JourneyMap writes.
        OSError: the file cannot be written (the old file, if any, is left untouched).
    """
    suffix = _suffix(path)
    if suffix == ".json":
        from journeymap.formats.json_file import write_json

        write_json(journey, path)
    elif suffix == ".csv":
        from journeymap.formats.csv_table import write_csv

        write_csv(journey, path)
    elif suffix in (".cjml", ".xml", ".mmd"):
        from journeymap.formats.atomic import atomic_write_text

        if suffix == ".mmd":
            from journeymap.formats.mermaid import to_mermaid

            atomic_write_text(path, to_mermaid(journey, journey.language))
        else:
            from journeymap.formats.cjml import to_cjml

            atomic_write_text(path, to_cjml(journey))
    else:
        raise ValueError(f"{source_name(path)}: cannot write {suffix or '(no suffix)'!r} files; "
                         f"JourneyMap writes {', '.join(WRITE_SUFFIXES)}")
