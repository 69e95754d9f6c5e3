"""Helper process for test_kill: forks children that save edits until they are killed.

Usage: ``python kill_saver.py DATABASE_URL JOURNEY_ID``. Each ``go`` line on stdin forks a child
(printed as ``child PID``) that saves edits to the journey and prints ``saved N`` after each
commit, plus ``added N`` after adding a journey. When the child dies the parent prints
``reaped PID STATUS``. Forking after the imports keeps each round fast.
"""

from __future__ import annotations

import os
import sys
import traceback

from journeymap.core.model import Journey, Step
from journeymap.persistence import Library


def edit(number: int, prefix: str = "edit") -> Journey:
    """Return edit ``number``: its step count is written in its description as a marker."""
    count = number % 9 + 1
    steps = tuple(
        Step(f"Step {index} of edit {number}", "phone", (number + index) % 5 - 2, note="n" * 300)
        for index in range(count)
    )
    return Journey(f"{prefix} {number}", steps=steps, description=f"steps={count}")


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one unbuffered write per line


def _save_forever(url: str, journey_id: int) -> None:
    library = Library.open(url, samples=lambda: [])
    stored = library.get(journey_id)
    number = int(stored.journey.title.split()[1])
    while True:
        number += 1
        stored = library.save(journey_id, edit(number), stored.version)
        _say(f"saved {number}")
        if number % 7 == 0:
            library.add(edit(number, prefix="added"))
            _say(f"added {number}")


def main(url: str, journey_id: int) -> None:
    """Fork one saving child per ``go`` line; report each child's death."""
    for command in sys.stdin:
        if command.strip() != "go":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                _save_forever(url, journey_id)
            except BaseException:
                _say(traceback.format_exc().replace("\n", " | "))
            finally:
                os._exit(1)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
