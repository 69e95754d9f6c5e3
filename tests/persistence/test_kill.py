"""Killing the app at any moment loses no saved edit and leaves no half-written journey."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from journeymap.core.model import Journey, Step
from journeymap.persistence import Library

ROUNDS = 20
SAVER = Path(__file__).with_name("kill_saver.py")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


class Saver:
    """The helper process, one line at a time."""

    def __init__(self, url: str, journey_id: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SAVER), url, str(journey_id)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        self.saved: list[int] = []
        self.added: list[int] = []
        self.child: int | None = None

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline().strip()
        assert text, "the helper process stopped"
        kind, _, rest = text.partition(" ")
        if kind == "saved":
            self.saved.append(int(rest))
        elif kind == "added":
            self.added.append(int(rest))
        elif kind not in ("child", "reaped"):
            raise AssertionError(f"helper failed: {text}")
        return text

    def start_child(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        while not (text := self.line()).startswith("child "):
            pass
        self.child = int(text.split()[1])
        return self.child

    def wait_for_a_save(self) -> None:
        count = len(self.saved)
        while len(self.saved) == count:
            self.line()

    def reap(self, pid: int) -> int:
        while not (text := self.line()).startswith(f"reaped {pid} "):
            pass
        self.child = None
        return int(text.split()[2])

    def stop(self) -> None:
        """End the helper, and a child still saving if a check failed midway."""
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        if self.child is not None:
            os.kill(self.child, signal.SIGKILL)
        self.process.stdin.close()
        try:
            self.process.wait(10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.process.stdout.close()


def _check_library(path: Path, journey_id: int, saver: Saver, seed: int,
                   found_before: int) -> int:
    """Check the library after a kill; return the edit number it holds now.

    ``found_before`` is the number found after the previous kill: a child killed between a
    commit and its report leaves an edit nobody reported, and the next child goes on from it.
    """
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
    last_reported = max(saver.saved[-1] if saver.saved else 0, found_before)
    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        summaries = library.list_summaries()
        stored = library.get(journey_id)
        journeys = [library.get(summary.id).journey for summary in summaries]
    number = int(stored.journey.title.split()[1])
    # Committed edits may not have been reported yet; reported ones must all be there.
    assert last_reported <= number <= last_reported + 1, f"seed {seed}"
    assert stored.version == number + 1, f"seed {seed}"
    for journey in journeys:  # never half a journey: the step count matches its own marker
        assert journey.description == f"steps={len(journey.steps)}", f"seed {seed}"
    titles = {journey.title for journey in journeys}
    assert {f"added {n}" for n in saver.added} <= titles, f"seed {seed}"
    return number


def test_sigkill_at_random_moments_loses_no_saved_edit(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    path = tmp_path / "library.sqlite3"
    first = Journey("edit 0", steps=(Step("Start", "phone", 0),), description="steps=1")
    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        journey_id = library.add(first).id
    saver = Saver(f"sqlite:///{path}", journey_id)
    found = 0
    try:
        for round_number in range(ROUNDS):
            pid = saver.start_child()
            if round_number % 4 == 3:  # now and then, kill it while it starts up
                time.sleep(rng.uniform(0, 0.05))
            else:
                saver.wait_for_a_save()
                time.sleep(rng.uniform(0, 0.12))
            os.kill(pid, signal.SIGKILL)
            status = saver.reap(pid)
            assert os.WIFSIGNALED(status), f"the saving child ended by itself (seed {seed})"
            found = _check_library(path, journey_id, saver, seed, found)
    finally:
        saver.stop()
    assert len(saver.saved) > ROUNDS  # it did save between the kills
