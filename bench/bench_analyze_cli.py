"""How fast is ``journeymap analyze FILE --json`` of a 100,000-step journey, end to end?

Both sides are whole processes, as a user runs them: ``journeymap analyze FILE --json`` (read and
check the file, analyse, print the JSON report) against a bare ``python -c`` that ``json.load``s
the same file. The journey is the "typical" one of ``bench_analysis`` (many contact-centre cases
in a row). Target: within 3x of the bare process.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.bench_analysis import build_journey
from bench.processes import environment, machine, measure, print_ratio, python
from journeymap.formats import write_journey

RUNS = 5
TARGET = 3.0

JSON_LOAD = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as handle:
    json.load(handle)
"""


def main() -> None:
    """Write the journey, time both processes and print the figures."""
    journey = build_journey()
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "long.journey.json"
        write_journey(journey, path)
        megabytes = path.stat().st_size / 1e6
        env = environment(Path(work) / "home")
        times = measure({
            "json.load": [python(), "-c", JSON_LOAD, str(path)],
            "analyze": [python(), "-m", "journeymap", "analyze", str(path), "--json"],
        }, env, RUNS)
    print(machine())
    print(f"{len(journey.steps):,} steps, file {megabytes:.1f} MB; medians of {RUNS} runs, "
          "whole processes")
    print_ratio("python: json.load of the file", "journeymap analyze FILE --json",
                times["json.load"], times["analyze"], TARGET)


if __name__ == "__main__":
    main()
