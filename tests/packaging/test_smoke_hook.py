"""The smoke hook (``journeymap/ui/smoke.py``) used by the bundle test and the start-up bench.

Each test starts the real app from this virtualenv in a subprocess, as the bundle's launcher does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_journeys" / "bladkorf.nl.journey.json"

LAUNCH_APP = """
import sys
from journeymap.ui.smoke import prepare_if_requested
prepare_if_requested()
from journeymap.__main__ import main_gui
sys.exit(main_gui(sys.argv[1:]))
"""

NO_MAIN_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from journeymap.ui.smoke import prepare_if_requested
prepare_if_requested()
label = QLabel("not a main window")
label.show()
sys.exit(QApplication.instance().exec())
"""

pytestmark = pytest.mark.slow


def run(code: str, args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with the test's environment plus ``env``."""
    return subprocess.run([sys.executable, "-c", code, *args], env={**os.environ, **env},
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_app_quits_after_its_first_frame_with_a_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    curve = tmp_path / "curve.png"

    done = run(LAUNCH_APP, ["--", str(SAMPLE)], JOURNEYMAP_SMOKE=str(report),
               JOURNEYMAP_SMOKE_CURVE_PNG=str(curve))

    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    steps = len(json.loads(SAMPLE.read_text(encoding="utf-8"))["steps"])
    assert result["ok"]
    assert result["journey_title"] == json.loads(SAMPLE.read_text(encoding="utf-8"))["title"]
    assert result["map_cards"] == steps
    assert result["curve_points"] == steps
    assert result["installed"] <= result["window_painted"] <= result["map_painted"]
    assert curve.read_bytes()[:4] == b"\x89PNG"
    assert result["versions"]["frozen"] == "False"


def test_without_a_main_window_it_gives_up_with_exit_code_3(tmp_path: Path) -> None:
    report = tmp_path / "report.json"

    done = run(NO_MAIN_WINDOW, [], JOURNEYMAP_SMOKE=str(report), JOURNEYMAP_SMOKE_TIMEOUT="1")

    assert done.returncode == 3, done.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert not result["ok"]
    assert result["window_painted"] is None
    assert "timeout" in result["error"]


def test_nothing_happens_without_the_variable() -> None:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("JOURNEYMAP_SMOKE")}
    code = ("from PySide6.QtWidgets import QApplication\n"
            "from journeymap.ui.smoke import prepare_if_requested\n"
            "prepare_if_requested()\n"
            "print(QApplication.instance() is None)")

    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)

    assert done.stdout.strip() == "True"
