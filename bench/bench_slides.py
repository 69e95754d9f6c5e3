"""How fast is the slides export (``export --pptx``), next to a bare python-pptx deck?

The bare deck is what the deck costs without painting its maps: the same slides with the same
texts and the export's own two PNGs, made once beforehand, saved by python-pptx. The export adds
laying out, painting and encoding the overview and the curve. Three sizes:
the cooking hob sample (20 steps) and the sample repeated to 1,000 and 10,000 steps (a long
journey is still one picture, so its cost is the painting of its tiles and markers).
Target: within 3x the bare deck, and a 10,000-step journey under 10 s.
"""

from __future__ import annotations

import io
import os
import platform
import sys
import time

from pptx import Presentation
from pptx.util import Pt

from bench.bench_pdf import RESULTS, Timing, hob_journey, median_seconds
from journeymap.core.analysis import analyze
from journeymap.core.findings import Analysis
from journeymap.core.model import Journey
from journeymap.formats.pptx_slides import slides_bytes
from journeymap.formats.slide_pictures import curve_picture, overview_picture

SIZES = (20, 1_000, 10_000)
TARGET_RATIO = 3.0
TARGET_LONG_SECONDS = 10.0


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


def measure(steps: int) -> tuple[int, Timing, Timing, float]:
    """Return (steps, export time, bare deck time, CPU ratio)."""
    journey = hob_journey(steps)
    analysis = analyze(journey, lang="en")
    runs = 3 if steps > 1_000 else 7
    export = median_seconds(lambda: slides_bytes(journey, analysis), runs)
    pictures = (overview_picture(journey, analysis, "en", 888, 340).png,
                curve_picture(analysis, 888, 340).png)
    bare = median_seconds(lambda: bare_deck(journey, analysis, pictures), runs)
    return steps, export, bare, export.cpu / bare.cpu


def main() -> None:
    """Run the benchmark, print the results and append them to ``bench/RESULTS.md``."""
    rows = [measure(steps) for steps in SIZES]
    load = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(
        os, "getloadavg") else ""
    lines = ["", f"## Slides export ({time.strftime('%Y-%m-%d')})", "",
             f"`python -m bench slides` on {platform.machine()}{load}, Python "
             f"{platform.python_version()}, median of 7 runs (3 for 10,000 steps). Lower bound: "
             "a bare python-pptx deck with the same slides and texts and the two pictures made "
             f"beforehand. Target: within {TARGET_RATIO:g}x, 10,000 steps under "
             f"{TARGET_LONG_SECONDS:g} s. Times: CPU (wall).", "",
             "| steps | slides export | bare deck | ratio | verdict |", "|---|---|---|---|---|"]
    for steps, export, bare, ratio in rows:
        ok = ratio <= TARGET_RATIO and (steps < 10_000 or export.cpu < TARGET_LONG_SECONDS)
        lines.append(f"| {steps:,} | {export} | {bare} | {ratio:.1f}x | "
                     f"{'met' if ok else 'MISSED'} |")
    text = "\n".join(lines) + "\n"
    print(text)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
    sys.exit(0)
