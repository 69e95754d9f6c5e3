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

from journeymap.cli import EXIT_BAD_INPUT, EXIT_OK
from journeymap.core.errors import InvalidJourneyError

if TYPE_CHECKING:
    from journeymap.core.model import Journey
    from journeymap.persistence import JourneySummary

TITLE_WIDTH = 48


def add_parser(subparsers: Any) -> None:
    """Register the ``import`` and ``list`` commands."""
    importer = subparsers.add_parser(
        "import", help="put journey files into the library",
        description="Put journey files (.journey.json, .json, .csv, .cjml) into the library. "
        "If any file has a problem, nothing is imported.",
    )
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a journey file")
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
        return run_import(args.files)
    return run_list(as_json=args.json)


def run_import(files: Sequence[Path]) -> int:
    """Read every file first; store them all in one transaction only if all are good."""
    journeys = _read_all(files)
    if journeys is None:
        print("journeymap import: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    from journeymap.session.library import open_library

    with open_library() as library:
        stored = library.add_many(journeys)
    for item in stored:
        print(f"Imported {item.id}: {item.journey.title}")
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


def _read_all(files: Sequence[Path]) -> list[Journey] | None:
    """Return the journeys of all ``files``, or ``None`` after reporting every bad one."""
    from journeymap.formats import read_journey

    journeys: list[Journey] = []
    bad = False
    for path in files:
        try:
            result = read_journey(path)
        except InvalidJourneyError as error:
            print(error.report(), file=sys.stderr)
            bad = True
            continue
        except OSError as error:
            print(f"{path}: cannot be read: {error.strerror or error}", file=sys.stderr)
            bad = True
            continue
        for warning in result.warnings:
            print(f"{path}: warning: {warning.describe()}", file=sys.stderr)
        journeys.append(result.journey)
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
