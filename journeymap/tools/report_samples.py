"""Render the sample journeys' PDF reports in English and Dutch, and their pages as PNG.

``python -m journeymap.tools.report_samples OUTDIR`` (or ``make report-samples``) writes
``OUTDIR/<sample>.<lang>.pdf`` and, when ``pdftoppm`` (poppler-utils) is installed,
``OUTDIR/<sample>.<lang>-<page>.png`` at 80 dpi, so anyone can look at every page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.formats import read_journey
from journeymap.formats.pdf import write_pdf

LANGUAGES = ("en", "nl")
DPI = 80


def render_samples(out_dir: Path, samples: Sequence[Path] | None = None) -> list[Path]:
    """Write the PDF of every sample in both languages (and PNG pages); return the PDFs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    written = []
    for sample in samples or paths.sample_paths():
        journey = read_journey(sample).journey
        stem = sample.name.removesuffix(".journey.json")
        for lang in LANGUAGES:
            target = out_dir / f"{stem}.{lang}.pdf"
            write_pdf(journey, analyze(journey, lang=lang), target)
            written.append(target)
            if pdftoppm:
                for old in out_dir.glob(f"{stem}.{lang}-*.png"):
                    old.unlink()
                subprocess.run([pdftoppm, "-r", str(DPI), "-png", str(target),
                                str(out_dir / f"{stem}.{lang}")], check=True)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Run from the command line: ``report_samples OUTDIR``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m journeymap.tools.report_samples OUTDIR", file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    for pdf in render_samples(out_dir):
        print(f"wrote {pdf}")
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (install poppler-utils) - PDFs only, no PNG pages",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
