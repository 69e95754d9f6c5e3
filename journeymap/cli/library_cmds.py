"""``journeymap import FILE...`` and ``journeymap list``: the library from the command line.

Both import the database and file readers only when they run, so other commands stay quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeymap.cli import EXIT_BAD_INPUT, EXIT_OK, UsageError
from journeymap.core.errors import InvalidJourneyError

if TYPE_CHECKING:
    from journeymap.core.model import Journey
    from journeymap.persistence import JourneySummary

TITLE_WIDTH = 48


def add_parser(subparsers: Any) -> None:
    """Register the ``import`` and ``list`` commands."""
    importer = subparsers.add_parser(
        "import", help="put journey files (or a contact-history export) into the library",
        description="Put journey files (.journey.json, .json, .csv, .cjml) into the library. "
        "With --events, a CSV file with one row per contact becomes one actual journey per "
        "customer or case (see docs/portfolio.md). Files may be UTF-8, UTF-16 or Windows-1252. "
        "If any file has a problem, nothing is imported.",
    )
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a journey file")
    importer.add_argument("--events", action="store_true",
                          help="the files are contact-history exports: one row per contact")
    importer.add_argument("--columns", metavar="FIELD=HEADER,...",
                          help="with --events: which column holds which field, for example "
                          "key=Klantnummer,time=Datum,channel=Kanaal (fields: key, time, channel, "
                          "outcome, wait, score, title, note, initiator)")
    importer.add_argument("--lang", choices=("en", "nl"),
                          help="with --events: language of the journeys (default: that of the "
                          "header)")
    importer.set_defaults(run=run, library_command="import")
    lister = subparsers.add_parser(
        "list", help="show the journeys in the library",
        description="Show the journeys in the library: id, title, steps, net score, language "
        "and when each was last changed.",
    )
    lister.add_argument("--json", action="store_true", help="print a JSON list for scripts")
    lister.set_defaults(run=run, library_command="list")


def run(args: argparse.Namespace) -> int:
    """Run ``import`` or ``list``."""
    if args.library_command == "import":
        if args.events:
            return run_import_events(args.files, columns=args.columns, lang=args.lang)
        if args.columns:
            raise UsageError("journeymap import: --columns needs --events")
        return run_import(args.files)
    return run_list(as_json=args.json)


def run_import(files: Sequence[Path], *, stream: bool = True) -> int:
    """Read every file first; store them all in one transaction only if all are good.

    Long journey files (``STREAM_AT``) are not read first but streamed into that transaction
    in batches, with progress on stderr; a problem in one of them stores nothing either.
    """
    from journeymap.session.streamed_import import NotStreamable, import_streamed, streams

    long_files = [path for path in files if stream and streams(path)]
    read = _read_all([path for path in files if path not in long_files])
    if read is None:
        print("journeymap import: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    from journeymap.session.library import open_library

    lines: list[str] = []
    try:
        with open_library() as library, library.bulk_writer() as writer:
            for journey, encoding in read:
                lines.append(f"Imported {writer.add(journey)}: {journey.title}"
                             f"{_read_as(encoding)}")
            for path in long_files:
                done = import_streamed(writer, path, progress=_Progress(path))
                for warning in done.warnings:
                    print(f"{path}: warning: {warning.describe()}", file=sys.stderr)
                lines.append(f"Imported {done.journey_id}: {done.title} ({done.steps:,} steps)")
    except NotStreamable:
        return run_import(files, stream=False)  # not UTF-8: every file read whole
    except OSError as error:
        print(f"{error.filename}: cannot be read: {error.strerror or error}", file=sys.stderr)
        print("journeymap import: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    except InvalidJourneyError as error:
        print(error.report(), file=sys.stderr)
        print("journeymap import: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in lines:
        print(line)
    return EXIT_OK


class _Progress:
    """Prints how far a streamed import is on stderr: in place on a terminal, else every 10%
    (and at the end, with every step stored)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tty = sys.stderr.isatty()
        self._shown = -1
        self._steps = -1

    def __call__(self, steps: int, read: int, size: int) -> None:
        percent = min(100, read * 100 // size) if size else 100
        if not self._tty and percent // 10 == self._shown // 10 and (
                percent < 100 or steps == self._steps):
            return
        self._shown, self._steps = percent, steps
        end = "\r" if self._tty and percent < 100 else "\n"
        print(f"{self._path}: {percent}% read, {steps:,} steps stored", end=end,
              file=sys.stderr, flush=True)


def _read_as(encoding: str) -> str:
    """Name the encoding a file was read in, unless it was plain UTF-8."""
    return "" if encoding == "UTF-8" else f" (read as {encoding})"


def run_import_events(files: Sequence[Path], *, columns: str | None = None,
                      lang: str | None = None) -> int:
    """Read every contact-history file first; store all their journeys in one transaction."""
    from journeymap.formats.events import parse_columns, read_events

    try:
        chosen = parse_columns(columns) if columns else None
    except ValueError as error:
        raise UsageError(f"journeymap import: {error}") from None
    results = []
    bad = False
    for path in files:
        try:
            results.append((path, read_events(path, columns=chosen, language=lang)))
        except InvalidJourneyError as error:
            print(error.report(), file=sys.stderr)
            bad = True
    if bad:
        print("journeymap import: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    from journeymap.session.library import open_library

    with open_library() as library:
        ids = library.add_bulk(j for _, result in results for j in result.journeys)
    for path, result in results:
        print(f"{path}: {result.contacts} contacts as {len(result.journeys)} journeys"
              f"{_read_as(result.encoding)}")
    if ids:
        print(f"Imported {len(ids)} journeys (ids {ids[0]}..{ids[-1]})")
    return EXIT_OK


def run_list(*, as_json: bool) -> int:
    """Print the library's journeys as a table, or as JSON."""
    from journeymap.session.library import open_library

    with open_library() as library:
        summaries = library.list_summaries()
    if as_json:
        print(json.dumps([_summary_dict(s) for s in summaries], ensure_ascii=False, indent=2))
    elif summaries:
        print(format_table(summaries))
    else:
        print("The library is empty. Add a journey with: journeymap import FILE")
    return EXIT_OK


def format_table(summaries: Sequence[JourneySummary]) -> str:
    """Return a plain-text table of ``summaries`` with aligned columns."""
    rows = [
        (str(s.id), _shorten(s.title), str(s.steps), f"{s.score:+d}" if s.score else "0",
         s.language, s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        for s in summaries
    ]
    header = ("ID", "Title", "Steps", "Score", "Lang", "Updated")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    right = {0, 2, 3}  # numbers align on the right

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w)
                 for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(parts).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)])


def _read_all(files: Sequence[Path]) -> list[tuple[Journey, str]] | None:
    """Return the journeys of all ``files`` with the encoding each was read in, or ``None``
    after reporting every bad one."""
    from journeymap.formats import read_journeys

    journeys: list[tuple[Journey, str]] = []
    bad = False
    for path in files:
        try:
            results = read_journeys(path)  # a CJML file may hold a plan and its journeys
        except InvalidJourneyError as error:
            print(error.report(), file=sys.stderr)
            bad = True
            continue
        except OSError as error:
            print(f"{path}: cannot be read: {error.strerror or error}", file=sys.stderr)
            bad = True
            continue
        for result in results:
            for warning in result.warnings:
                print(f"{path}: warning: {warning.describe()}", file=sys.stderr)
            journeys.append((result.journey, result.encoding))
    return None if bad else journeys


def _shorten(title: str) -> str:
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"


def _summary_dict(summary: JourneySummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "title": summary.title,
        "steps": summary.steps,
        "score": summary.score,
        "language": summary.language,
        "updated_at": summary.updated_at.isoformat(),
        "version": summary.version,
    }
