"""Render the sample journeys' PDF reports and slides in English and Dutch, and their pages as PNG.

``python -m journeymap.tools.report_samples OUTDIR`` (or ``make report-samples``) writes
``OUTDIR/<sample>.<lang>.pdf`` and ``OUTDIR/<sample>.<lang>.pptx`` and, when ``pdftoppm``
(poppler-utils) is installed, ``OUTDIR/<sample>.<lang>-<page>.png`` at 80 dpi, so anyone can look
at every page; with LibreOffice (``soffice``) too, the slides become
``OUTDIR/<sample>.<lang>.slides-<n>.png`` as LibreOffice draws them.
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
from journeymap.formats.pptx_slides import write_slides

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
            analysis = analyze(journey, lang=lang)
            write_pdf(journey, analysis, target)
            slides = out_dir / f"{stem}.{lang}.pptx"
            write_slides(journey, analysis, slides, lang=lang)
            written += [target, slides]
            if pdftoppm:
                _pages(pdftoppm, target, out_dir / f"{stem}.{lang}")
                if office := shutil.which("soffice") or shutil.which("libreoffice"):
                    _slide_pages(office, pdftoppm, slides, out_dir / f"{stem}.{lang}.slides")
    return written


def _pages(pdftoppm: str, pdf: Path, prefix: Path) -> None:
    """Write the pages of ``pdf`` as ``<prefix>-<n>.png`` (old pages removed first)."""
    for old in prefix.parent.glob(f"{prefix.name}-*.png"):
        old.unlink()
    subprocess.run([pdftoppm, "-r", str(DPI), "-png", str(pdf), str(prefix)], check=True)


def _slide_pages(office: str, pdftoppm: str, slides: Path, prefix: Path) -> None:
    """Convert ``slides`` to PDF with LibreOffice (in a folder of its own) and write its pages."""
    folder = prefix.parent / "libreoffice"
    folder.mkdir(exist_ok=True)
    subprocess.run([office, f"-env:UserInstallation={(folder / 'profile').resolve().as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(slides)],
                   check=True, capture_output=True, timeout=300)
    _pages(pdftoppm, folder / f"{slides.stem}.pdf", prefix)


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
