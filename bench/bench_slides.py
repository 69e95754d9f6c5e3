"""How fast is the slides export (``export --pptx``), next to the PDF report and a bare deck?

The bare deck is what the deck costs without painting its maps: the same slides with the same
texts and the export's own two PNGs, made once beforehand, saved by python-pptx; so nearly all
of the export's time is laying out, painting and encoding the overview and the curve. The PDF
report of the same journey (``render_pdf``, its sibling export, which also lays out and draws the
overview) is the yardstick. Three sizes: the cooking hob sample (20 steps) and the sample
repeated to 1,000 and 10,000 steps (a long journey is still one picture, so what grows is the
painting of its tiles and markers). Target: under 1 s up to 1,000 steps, under 10 s at 10,000,
and no slower than the PDF report.
"""

from __future__ import annotations

import io
import os
import platform
import sys
import time

from pptx import Presentation
from pptx.util import Pt

from bench.bench_pdf import Timing, append_results, median_seconds
from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.findings import Analysis
from journeymap.core.model import Journey
from journeymap.formats import read_journey
from journeymap.formats.pdf import render_pdf
from journeymap.formats.pptx_slides import slides_bytes
from journeymap.formats.slide_pictures import curve_picture, overview_picture

SIZES = (20, 1_000, 10_000)
TARGET_SECONDS = 1.0
TARGET_LONG_SECONDS = 10.0
PDF_UP_TO = 1_000  # the PDF of 10,000 steps takes minutes; it is measured up to this size


def hob_journey(steps: int) -> Journey:
    """Return the cooking hob repair sample repeated until it has ``steps`` steps."""
    journey = read_journey(paths.samples_dir() / "cooking-hob-repair.en.journey.json").journey
    repeated = (journey.steps * (steps // len(journey.steps) + 1))[:steps]
    return journey.with_changes(steps=repeated)


def bare_deck(journey: Journey, analysis: Analysis, pictures: tuple[bytes, bytes]) -> bytes:
    """Return a python-pptx deck with the slides' texts and the two pictures ready-made."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(960), Pt(540)
    texts = [journey.title, *(f"{b.title}\n{b.tip}" for b in analysis.top), "curve"]
    for position, text in enumerate(texts):
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = text
        if position in (0, len(texts) - 1):
            png = pictures[0 if position == 0 else 1]
            slide.shapes.add_picture(io.BytesIO(png), Pt(36), Pt(160), Pt(888), Pt(340))
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def measure(steps: int) -> tuple[int, Timing, Timing | None, Timing]:
    """Return (steps, export time, PDF report time or None, bare deck time)."""
    journey = hob_journey(steps)
    analysis = analyze(journey, lang="en")
    runs = 3 if steps > 1_000 else 5
    export = median_seconds(lambda: slides_bytes(journey, analysis), runs)
    pdf = (median_seconds(lambda: render_pdf(journey, analysis), runs)
           if steps <= PDF_UP_TO else None)
    pictures = (overview_picture(journey, analysis, "en", 888, 340).png,
                curve_picture(analysis, 888, 340).png)
    bare = median_seconds(lambda: bare_deck(journey, analysis, pictures), runs)
    return steps, export, pdf, bare


def main() -> None:
    """Run the benchmark, print the results and append them to ``bench/RESULTS.md``."""
    rows = [measure(steps) for steps in SIZES]
    load = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(
        os, "getloadavg") else ""
    lines = ["", f"## Slides export ({time.strftime('%Y-%m-%d')})", "",
             f"`python -m bench slides` on {platform.machine()}{load}, Python "
             f"{platform.python_version()}, median of 5 runs (3 for 10,000 steps). Bare deck: "
             "python-pptx with the same slides and texts and the two pictures made beforehand "
             f"(what is left is painting them). Target: under {TARGET_SECONDS:g} s up to 1,000 "
             f"steps, under {TARGET_LONG_SECONDS:g} s at 10,000, no slower than the PDF report. "
             "Times: CPU (wall).", "",
             "| steps | slides export | PDF report | bare deck | verdict |",
             "|---|---|---|---|---|"]
    for steps, export, pdf, bare in rows:
        limit = TARGET_SECONDS if steps <= 1_000 else TARGET_LONG_SECONDS
        ok = export.cpu < limit and (pdf is None or export.cpu <= pdf.cpu)
        lines.append(f"| {steps:,} | {export} | {pdf or '—'} | {bare} | "
                     f"{'met' if ok else 'MISSED'} |")
    append_results("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
    sys.exit(0)
