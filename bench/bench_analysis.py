"""How fast is the analysis of a 100,000-step journey, next to ``json.load`` of its file?

Target: well under a second, and within three times ``json.load`` of the same journey file.

Two journeys are measured. "typical" looks like many real cases in a row: scores drift rather
than jump, and waits, recognition and missing context are recorded on some steps only; it gives
about as many findings per step as the sample journeys. "dense" draws every field at random and
gives nearly one finding per step, the worst case for the time spent writing messages.

Runs of ``json.load`` and ``analyze`` alternate and are timed in CPU time of this process, so a
busy machine (other processes) disturbs the ratio as little as possible; wall time is shown too.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journeymap.core.analysis import analyze
from journeymap.core.channels import channel_ids
from journeymap.core.model import Initiator, Journey, Outcome, Step
from journeymap.formats import write_journey

STEPS = 100_000
RUNS = 5
ITEMS = ("type number", "address", "complaint", "name", "date of birth", "order number",
         "Adrés", "Typenummer", "iban", "phone number")
BLOCK = 25  # steps per customer case: information repeats within a case, not across cases


def build_journey(steps: int = STEPS, *, dense: bool = False, seed: int = 2026) -> Journey:
    """Return a journey of ``steps`` mixed steps, like many cases of a contact centre in a row.

    A third of the steps change channel, one in eight fails, is abandoned or stays pending, and a
    quarter ask for information (repeating within a case of ``BLOCK`` steps). ``dense`` draws
    scores, waits, recognition and context at random on every step.
    """
    rng = random.Random(seed)
    channels = channel_ids()
    outcomes = (*[Outcome.SUCCESS] * 21, Outcome.FAILED, Outcome.ABANDONED, Outcome.PENDING)
    rare = 1.0 if dense else 0.15
    made = []
    current, score = "website", 0
    for index in range(steps):
        if rng.random() < 0.33:
            current = rng.choice(channels)
        score = (rng.randint(-2, 2) if dense
                 else max(-2, min(2, score + rng.choice((-2, -1, -1, 0, 0, 1, 1, 2)))))
        case = index // BLOCK
        info = (tuple(f"{item} {case}" for item in rng.sample(ITEMS, rng.randint(1, 3)))
                if rng.random() < 0.25 else ())
        noted = rng.random() < rare
        made.append(Step(
            title=f"Step {index + 1}: contact about case {case}",
            channel=current,
            score=score,
            initiator=Initiator.ORGANISATION if rng.random() < 0.1 else Initiator.CUSTOMER,
            outcome=rng.choice(outcomes),
            info_given=info,
            recognized=rng.choice((None, True, False)) if noted else None,
            context_available=rng.choice((None, True, False)) if noted else None,
            referred_to=rng.choice(channels) if rng.random() < 0.05 else None,
            wait_minutes=rng.choice((None, 1, 3, 8, 30)) if noted else None,
            sensitive=True if rng.random() < 0.02 else None,
        ))
    return Journey(title="Benchmark journey", steps=tuple(made))


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Return the CPU and wall seconds of one call of ``action``."""
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    return time.process_time() - cpu, time.perf_counter() - wall


def measure(journey: Journey, runs: int = RUNS) -> dict[str, float]:
    """Return median CPU and wall seconds of ``json.load`` and ``analyze`` over ``runs`` rounds."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey.json"
        write_journey(journey, path)

        def load() -> object:
            with path.open(encoding="utf-8") as handle:
                return json.load(handle)

        times: dict[str, list[float]] = {"load_cpu": [], "load_wall": [], "analyze_cpu": [],
                                         "analyze_wall": []}
        for _ in range(runs):
            for name, action in (("load", load), ("analyze", lambda: analyze(journey))):
                cpu, wall = _timed(action)
                times[f"{name}_cpu"].append(cpu)
                times[f"{name}_wall"].append(wall)
        result = {name: statistics.median(values) for name, values in times.items()}
        result["megabytes"] = path.stat().st_size / 1e6
    result["findings"] = len(analyze(journey).findings)
    return result


def main() -> None:
    """Measure both journeys and print the figures."""
    print(f"machine: {os.cpu_count()} cpus, load average {os.getloadavg()[0]:.1f}, "
          f"Python {platform.python_version()}, {platform.machine()}")
    for name, dense in (("typical", False), ("dense", True)):
        journey = build_journey(dense=dense)
        figures = measure(journey)
        ratio = figures["analyze_cpu"] / figures["load_cpu"]
        print(f"{name}: {len(journey.steps):,} steps, file {figures['megabytes']:.1f} MB, "
              f"{figures['findings']:,.0f} findings")
        print(f"  json.load  median {figures['load_cpu'] * 1000:5.0f} ms CPU "
              f"({figures['load_wall'] * 1000:.0f} ms wall) of {RUNS} runs")
        print(f"  analyze()  median {figures['analyze_cpu'] * 1000:5.0f} ms CPU "
              f"({figures['analyze_wall'] * 1000:.0f} ms wall) of {RUNS} runs")
        print(f"  ratio analyze / json.load (CPU): {ratio:.2f}  (target: below 3)")


if __name__ == "__main__":
    main()
