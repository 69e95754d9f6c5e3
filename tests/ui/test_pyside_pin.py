"""The PySide6 pin: 6.12.0 crashes on Python 3.11 (none_dealloc after a few thousand calls).

Its bindings drop references to None/True/False, which only Python 3.12+ makes immortal, so
pyproject.toml keeps PySide6 below 6.12 on Python < 3.12. These tests keep the repro alive.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

import pytest

REPRO = (
    "from PySide6.QtWidgets import QApplication, QSlider\n"
    "app = QApplication([])\n"
    "slider = QSlider()\n"
    "for _ in range(20000):\n"
    "    slider.setValue(1)\n"
    "    app.processEvents()\n"
    "print('survived')\n"
)


def _qt_version() -> tuple[int, ...]:
    return tuple(int(part) for part in version("PySide6-Essentials").split(".")[:2])


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the crash needs Python < 3.12")
def test_installed_pyside6_is_below_the_crashing_release() -> None:
    assert _qt_version() < (6, 12), "PySide6 6.12 crashes on Python 3.11; see pyproject.toml"


def test_many_binding_calls_do_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", REPRO], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
