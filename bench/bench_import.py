"""How long and how much memory does ``journeymap import`` of a 1,000,000-step journey take?

The file is written step by step (no model of it is held): a million contacts of many cases in
a row, about 150 MB. Two whole processes import it into a fresh SQLite library each:

- streamed (what ``journeymap import FILE`` does with a file over 8 MB): the steps parsed,
  checked and inserted 5,000 at a time;
- whole (how it was done before, and still is for small files): the file read, parsed and turned
  into one ``Journey``, then stored; the 50 MB size limit of a read is lifted for it.

Each process reports its own peak resident memory (``getrusage``). The lower bound of the time
is ``json.load`` of the same file in a bare process.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from bench.processes import environment, machine, python, run_once
from journeymap.core.channels import channel_ids

STEPS = 1_000_000

_IMPORT = """
import os, resource, sys
from pathlib import Path
library = Path(sys.argv[2])
for suffix in ("", "-wal", "-shm"):
    Path(str(library) + suffix).unlink(missing_ok=True)
os.environ["JOURNEYMAP_DATABASE_URL"] = f"sqlite:///{library}"
from journeymap.cli import library_cmds
from journeymap.formats import reading
if sys.argv[3] == "whole":
    for function in (reading.read_decoded, reading.read_bytes):  # defaults bound at definition
        function.__kwdefaults__["limit"] = 1 << 40
code = library_cmds.run_import([Path(sys.argv[1])], stream=sys.argv[3] == "streamed")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=open(sys.argv[4], "w"))
sys.exit(code)
"""

_LOAD = """
import json, resource, sys
with open(sys.argv[1], encoding="utf-8") as handle:
    json.load(handle)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=open(sys.argv[2], "w"))
"""


def write_file(path: Path, steps: int = STEPS, seed: int = 4) -> None:
    """Write a journey file of ``steps`` steps without holding them."""
    rng = random.Random(seed)
    channels = channel_ids()
    outcomes = ("success",) * 9 + ("failed",)
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n  "format": "journeymap/1",\n  "title": "A million contacts",\n'
                  '  "language": "en",\n  "phases": ["Intake", "Handling"],\n  "steps": [\n')
        for index in range(steps):
            step: dict[str, object] = {
                "id": f"s{index + 1}", "title": f"Contact {index + 1} about case {index // 25}",
                "channel": rng.choice(channels), "score": rng.randint(-2, 2),
                "phase": "Intake" if index % 25 < 5 else "Handling",
                "outcome": rng.choice(outcomes)}
            if rng.random() < 0.2:
                step["wait_minutes"] = rng.choice((1, 5, 30))
            if rng.random() < 0.2:
                step["info_given"] = ["order number"]
            out.write(("    " if index == 0 else ",\n    ") + json.dumps(step))
        out.write("\n  ]\n}\n")


def _peak(path: Path) -> float:
    return int(path.read_text().strip()) / 1024  # kB on Linux


def main() -> None:
    """Write the file, import it both ways and print time and memory."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        path = folder / "million.journey.json"
        write_file(path)
        megabytes = path.stat().st_size / 1e6
        env = environment(folder / "home")
        peak = folder / "peak.txt"
        results = {}
        load_wall, load_cpu, _ = run_once([python(), "-c", _LOAD, str(path), str(peak)], env)
        results["json.load (lower bound)"] = (load_wall, load_cpu, _peak(peak))
        for way in ("streamed", "whole"):
            wall, cpu, _ = run_once([python(), "-c", _IMPORT, str(path),
                                     str(folder / "library.sqlite3"), way, str(peak)], env)
            results[f"journeymap import, {way}"] = (wall, cpu, _peak(peak))
    print(machine())
    print(f"{STEPS:,} steps, file {megabytes:.0f} MB; one run each, whole processes")
    for name, (wall, cpu, rss) in results.items():
        print(f"  {name:<32} {wall:7.1f} s wall {cpu:7.1f} s CPU  peak RSS {rss:7.0f} MB "
              f"(ratio to json.load {wall / load_wall:.1f} wall)")


if __name__ == "__main__":
    main()
