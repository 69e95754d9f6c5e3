"""``journeymap export FILE --pdf OUT [--png OUT] [--svg OUT] ...``: reports and files, headless.

Every output but the PNGs is written without Qt. The PNGs need QPainter: Qt is imported inside
``_write_pngs`` only, on the offscreen platform when there is no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journeymap.cli import EXIT_OK, UsageError
from journeymap.core.model import LANGUAGES, Journey

#: (option, what it writes), in the order outputs are written and listed in ``--help``.
OUTPUTS: tuple[tuple[str, str], ...] = (
    ("pdf", "the PDF review report"),
    ("png", "the map as a PNG image (2 pixels per point, for slides)"),
    ("svg", "the map as SVG (step titles kept as text)"),
    ("curve_png", "the score curve as a PNG image"),
    ("curve_svg", "the score curve as SVG"),
    ("csv", "the steps as CSV (one row per step)"),
    ("json", "the journey file (journeymap/1 JSON)"),
    ("mermaid", "a Mermaid 'journey' diagram (for Markdown and wikis)"),
    ("cjml", "the touchpoints as CJML (Customer Journey Modeling Language) XML"),
)


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="write the PDF report, map images and exchange files of a journey",
        description="Write the PDF review report, the map and score curve as PNG or SVG, and "
        "the journey as CSV, JSON, Mermaid or CJML. Give at least one output.",
    )
    parser.add_argument("journey", metavar="FILE",
                        help="a journey file, or the id or title of a journey in the library")
    for name, text in OUTPUTS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="OUT", type=Path,
                            help=f"write {text} to OUT")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the report (default: the journey's own)")
    parser.add_argument("--paper", choices=("a4", "a3"), default="a4",
                        help="paper size of the PDF, landscape (default: a4)")
    parser.add_argument("--redact", action="store_true",
                        help="mask personal data (names, phone numbers, e-mail addresses ...) "
                        "in every output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the journey and write every output asked for."""
    wanted = {name: getattr(args, name) for name, _ in OUTPUTS if getattr(args, name)}
    if not wanted:
        options = " ".join(f"--{name.replace('_', '-')}" for name, _ in OUTPUTS)
        raise UsageError(f"journeymap export: give at least one output ({options})")
    from journeymap.cli.common import load_journey_arg
    from journeymap.formats.report import report_language

    original = load_journey_arg(args.journey)
    lang = report_language(original, args.lang)
    journey = original
    if args.redact:
        from journeymap.core.privacy import redact_journey

        journey = redact_journey(original)
    written = []
    if "pdf" in wanted:
        from journeymap.formats.pdf import write_pdf

        write_pdf(original, None, wanted["pdf"], lang=lang, paper=args.paper,
                  redact=args.redact)
        written.append(wanted["pdf"])
    written += _write_files(journey, lang, wanted)
    if "png" in wanted or "curve_png" in wanted:
        written += _write_pngs(journey, lang, wanted)
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _write_files(journey: Journey, lang: str, wanted: dict[str, Path]) -> list[Path]:
    """Write the Qt-free outputs other than the PDF."""
    from journeymap.formats.atomic import atomic_write_text

    written = []
    if "svg" in wanted or "curve_svg" in wanted:
        from journeymap.core.analysis import analyze
        from journeymap.formats.svg_map import curve_svg, map_svg

        analysis = analyze(journey, lang=lang)
        if "svg" in wanted:
            atomic_write_text(wanted["svg"], map_svg(journey, analysis, lang=lang))
            written.append(wanted["svg"])
        if "curve_svg" in wanted:
            atomic_write_text(wanted["curve_svg"], curve_svg(journey, analysis, lang=lang))
            written.append(wanted["curve_svg"])
    if "csv" in wanted:
        from journeymap.formats.csv_table import write_csv

        write_csv(journey, wanted["csv"])
        written.append(wanted["csv"])
    if "json" in wanted:
        from journeymap.formats.json_file import write_json

        write_json(journey, wanted["json"])
        written.append(wanted["json"])
    if "mermaid" in wanted:
        from journeymap.formats.mermaid import to_mermaid

        atomic_write_text(wanted["mermaid"], to_mermaid(journey, lang))
        written.append(wanted["mermaid"])
    if "cjml" in wanted:
        from journeymap.formats.cjml import to_cjml

        atomic_write_text(wanted["cjml"], to_cjml(journey))
        written.append(wanted["cjml"])
    return written


def _write_pngs(journey: Journey, lang: str, wanted: dict[str, Path]) -> list[Path]:
    """Write the map and curve PNGs: the only place the command line imports Qt."""
    from journeymap.core.analysis import analyze
    from journeymap.ui.map_paint import save_curve_png, save_map_png

    analysis = analyze(journey, lang=lang)
    written = []
    if "png" in wanted:
        save_map_png(journey, analysis, wanted["png"], lang=lang)
        written.append(wanted["png"])
    if "curve_png" in wanted:
        save_curve_png(analysis.score, wanted["curve_png"])
        written.append(wanted["curve_png"])
    return written
