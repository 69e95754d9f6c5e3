"""How fast is the PDF review report of a 200-step journey, next to a bare reportlab table?

Target: under 2 s, and within three times a bare reportlab document holding only the same step
table (Paragraph cells in DejaVu Sans, A4 landscape), which is the least any PDF export of the
steps costs. Two journeys: the analysis benchmark's random 200 steps over all 15 channels (a
stress case: many lanes, many findings) and the cooking hob sample repeated to 200 steps.
"""

from __future__ import annotations

import io
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bench.bench_analysis import build_journey
from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.model import Journey
from journeymap.formats import read_journey
from journeymap.formats.fonts import register_fonts
from journeymap.formats.pdf import render_pdf
from journeymap.formats.report import step_rows

STEPS = 200
RUNS = 7
TARGET_SECONDS = 2.0
TARGET_RATIO = 3.0
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def hob_journey(steps: int = STEPS) -> Journey:
    """Return the cooking hob sample repeated until it has ``steps`` steps."""
    sample = next(p for p in paths.sample_paths() if p.name == "cooking-hob-repair.en.journey.json")
    journey = read_journey(sample).journey
    repeated = (journey.steps * (steps // len(journey.steps) + 1))[:steps]
    return journey.with_changes(steps=repeated)


def bare_table_pdf(journey: Journey) -> bytes:
    """Return a bare reportlab document with only the step table."""
    font = register_fonts()
    style = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.4)
    rows = [[Paragraph(escape(text), style) for text in (
        str(r.number), r.phase, r.channel, r.title, r.sign, r.outcome, r.note)]
        for r in step_rows(journey, "en")]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), invariant=1)
    doc.build([Table(rows, colWidths=[22, 92, 78, 190, 34, 72, 282], repeatRows=0)])
    return buffer.getvalue()


@dataclass(frozen=True)
class Timing:
    """Median CPU time of this process and median wall time, in seconds."""

    cpu: float
    wall: float

    def __str__(self) -> str:
        return f"{self.cpu:.2f} s ({self.wall:.2f} s)"


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> Timing:
    """Return the median times of ``runs`` calls (after one warm-up call).

    CPU time is what the export costs; wall time also counts whatever else the machine runs.
    """
    action()
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        action()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return Timing(statistics.median(cpu), statistics.median(wall))


def measure(name: str, journey: Journey) -> tuple[str, Timing, Timing, float]:
    """Return (name, report time, bare table time, CPU ratio) for ``journey``."""
    analysis = analyze(journey, lang="en")
    report = median_seconds(lambda: render_pdf(journey, analysis))
    bare = median_seconds(lambda: bare_table_pdf(journey))
    return name, report, bare, report.cpu / bare.cpu


def main() -> None:
    """Run the benchmark, print the results and append them to ``bench/RESULTS.md``."""
    rows = [measure("random, 15 channels", build_journey(STEPS)),
            measure("cooking hob x10", hob_journey(STEPS))]
    load = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(
        os, "getloadavg") else ""
    lines = ["", f"## PDF export ({time.strftime('%Y-%m-%d')})", "",
             f"`python -m bench pdf` on {platform.machine()}{load}, Python "
             f"{platform.python_version()}, median of {RUNS} runs, {STEPS} steps. "
             f"Target: under {TARGET_SECONDS:g} s and within {TARGET_RATIO:g}x a bare reportlab "
             "document holding only the same step table. Times: CPU time of the benchmark "
             "process (wall time in brackets; the machine is shared, so wall time varies).", "",
             "| journey | full report | bare step table | ratio | verdict |",
             "|---|---|---|---|---|"]
    for name, report, bare, ratio in rows:
        ok = report.cpu < TARGET_SECONDS and ratio <= TARGET_RATIO
        lines.append(f"| {name} | {report} | {bare} | {ratio:.1f}x | "
                     f"{'met' if ok else 'MISSED'} |")
    append_results("\n".join(lines) + "\n")


def append_results(text: str) -> None:
    """Print a benchmark's results and append them to ``bench/RESULTS.md``."""
    print(text)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
    sys.exit(0)
