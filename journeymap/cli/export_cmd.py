"""``journeymap export FILE --pdf OUT [--png OUT] [--svg OUT] ...``: reports and files, headless.

The outputs are the export kinds of ``session.exports``, the registry *File → Export* uses too;
every output is analysed with the user's settings (``journeymap settings``). Every output but the
PNGs is written without Qt; the PNG writers start Qt offscreen when there is no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journeymap.cli import EXIT_OK, UsageError
from journeymap.core.model import LANGUAGES
from journeymap.session.exports import EXPORT_KINDS, PAPERS


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="write the PDF report, map images and exchange files of a journey",
        description="Write the PDF review report, the map and score curve as PNG or SVG, and "
        "the journey as CSV, JSON, Mermaid or CJML. Give at least one output.",
    )
    parser.add_argument("journey", metavar="FILE",
                        help="a journey file, or the id or title of a journey in the library")
    for kind in EXPORT_KINDS.values():
        parser.add_argument(kind.option, dest=_dest(kind.id), metavar="OUT", type=Path,
                            help=f"write {kind.help} to OUT")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the report (default: the journey's own)")
    parser.add_argument("--paper", choices=PAPERS, default="a4",
                        help="paper size of the PDF, landscape (default: a4)")
    parser.add_argument("--redact", action="store_true",
                        help="mask personal data (names, phone numbers, e-mail addresses ...) "
                        "in every output")
    parser.set_defaults(run=run)


def _dest(kind_id: str) -> str:
    return "out_" + kind_id.replace("-", "_")


def run(args: argparse.Namespace) -> int:
    """Load the journey and write every output asked for."""
    wanted = {kind_id: getattr(args, _dest(kind_id)) for kind_id in EXPORT_KINDS
              if getattr(args, _dest(kind_id))}
    if not wanted:
        options = " ".join(kind.option for kind in EXPORT_KINDS.values())
        raise UsageError(f"journeymap export: give at least one output ({options})")
    from journeymap.cli.common import load_journey_arg
    from journeymap.session.context import user_context
    from journeymap.session.exports import export

    journey = load_journey_arg(args.journey)
    context = user_context(args.lang, journey)
    for path in export(wanted, journey, context, redact=args.redact, paper=args.paper):
        print(f"wrote {path}")
    return EXIT_OK
