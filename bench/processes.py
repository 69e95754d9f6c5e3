"""Time whole processes: wall time beside the CPU time of the child (``getrusage``), Unix only.

The command-line benchmarks compare ``journeymap ...`` with a bare ``python -c`` doing the lower
bound, each a fresh process, as a user runs them; CPU time is the steadier figure on a shared
machine, wall time what a user waits.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Timing:
    """Median wall and CPU seconds of some runs, and the largest resident memory (MB)."""

    wall: float
    cpu: float
    peak_mb: float

    def ratio(self, bound: Timing) -> tuple[float, float]:
        """Return (wall, CPU) ratios to ``bound``."""
        return self.wall / bound.wall, self.cpu / bound.cpu


def environment(home: Path) -> dict[str, str]:
    """Return the environment for a child: this repository on the path, a private home."""
    env = dict(os.environ)
    env.update(JOURNEYMAP_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""))
    env.pop("JOURNEYMAP_DATABASE_URL", None)
    return env


def run_once(command: Sequence[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``command`` (stdout discarded); return wall s, CPU s and peak RSS MB of the child.

    Raises:
        RuntimeError: the command failed (its stderr is in the message).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    # ru_maxrss of the children is the largest of any child so far (kB on Linux).
    return wall, cpu, after.ru_maxrss / 1024


def measure(commands: dict[str, Sequence[str]], env: dict[str, str], runs: int
            ) -> dict[str, Timing]:
    """Run each command ``runs`` times, alternating, and return the medians by name."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            wall, cpu, _peak = run_once(command, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {name: Timing(statistics.median(walls[name]), statistics.median(cpus[name]), 0.0)
            for name in commands}


def python() -> str:
    """Return this interpreter, to run the children with."""
    return sys.executable


def machine() -> str:
    """Return the machine line every result starts with: CPUs, load, Python."""
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"machine: {os.cpu_count()} cpus, load average {load}, Python "
            f"{platform.python_version()}, {platform.machine()}")


def print_ratio(bound_label: str, product_label: str, bound: Timing, product: Timing,
                target: float) -> None:
    """Print the lower bound and the product beside it, with the ratio and its target."""
    wall, cpu = product.ratio(bound)
    print(f"  {bound_label:<34} {bound.wall:6.2f} s wall {bound.cpu:6.2f} s CPU  (lower bound)")
    print(f"  {product_label:<34} {product.wall:6.2f} s wall {product.cpu:6.2f} s CPU  "
          f"ratio {wall:.2f} wall, {cpu:.2f} CPU (target {target:.0f})")
