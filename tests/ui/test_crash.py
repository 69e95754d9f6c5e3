"""Nothing typed is lost when the app is killed: the real app in a subprocess, then SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap import paths
from journeymap.persistence import Library

HELPER = Path(__file__).with_name("typist_app.py")
TITLE = "Calls the contact centre about the hob"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{paths.HOME_ENV: str(home)})
    env.pop(paths.DATABASE_URL_ENV, None)
    return env


def test_a_title_typed_just_before_a_kill_is_there_after_the_restart(tmp_path: Path) -> None:
    env = _environment(tmp_path)
    with subprocess.Popen([sys.executable, str(HELPER), "type", TITLE], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as typing:
        try:
            assert typing.stdout is not None
            line = typing.stdout.readline()
            assert line.strip() == "typed", typing.stderr.read() if typing.stderr else line
        finally:
            typing.send_signal(signal.SIGKILL)  # no chance to save anything after the last key
            typing.wait(30)
    assert typing.returncode == -signal.SIGKILL

    with Library.open(f"sqlite:///{tmp_path / 'data' / 'library.sqlite3'}") as library:
        titles = [step.title for s in library.list_summaries()
                  for step in library.get(s.id).journey.steps]
    assert TITLE in titles

    report = subprocess.run([sys.executable, str(HELPER), "report"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert report.returncode == 0, report.stderr
    shown = json.loads(report.stdout.strip().splitlines()[-1])
    assert TITLE in shown["titles"]
    assert "did not close properly" in shown["status"]
