"""How fast is ``journeymap aggregate`` of 10,000 journeys, next to ``json.load`` of their files?

The journeys are generated (``journeymap.tools.synthetic``: 5 to 25 steps each, about 150,000
steps in all) and written as journey files into one folder. Both sides are whole processes, as a
user runs them: ``journeymap aggregate FOLDER --json`` (read, check, analyse and count every
journey, print the JSON report) against a bare ``python -c`` that ``json.load``s every file of
the folder. Target: within 3x of the bare process.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.processes import environment, machine, measure, print_ratio, python
from journeymap.formats import write_journey
from journeymap.tools.synthetic import synthetic_journeys

JOURNEYS = 10_000
RUNS = 3
TARGET = 3.0

JSON_LOAD = """
import json, sys
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.json")):
    with path.open(encoding="utf-8") as handle:
        json.load(handle)
"""


def write_journeys(folder: Path, count: int = JOURNEYS) -> int:
    """Write ``count`` generated journeys into ``folder``; return their number of steps."""
    steps = 0
    for number, journey in enumerate(synthetic_journeys(count), start=1):
        steps += len(journey.steps)
        write_journey(journey, folder / f"customer-{number:05d}.journey.json")
    return steps


def main() -> None:
    """Write the journeys, time both processes and print the figures."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "journeys"
        folder.mkdir()
        steps = write_journeys(folder)
        megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        env = environment(Path(work) / "home")
        times = measure({
            "json.load": [python(), "-c", JSON_LOAD, str(folder)],
            "aggregate": [python(), "-m", "journeymap", "aggregate", str(folder), "--json"],
        }, env, RUNS)
    print(machine())
    print(f"{JOURNEYS:,} journeys, {steps:,} steps, {megabytes:.0f} MB of files; "
          f"medians of {RUNS} runs, whole processes")
    print_ratio("python: json.load of every file", "journeymap aggregate DIR --json",
                times["json.load"], times["aggregate"], TARGET)


if __name__ == "__main__":
    main()
