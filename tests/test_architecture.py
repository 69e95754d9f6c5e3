"""The layering holds at run time: headless parts of JourneyMap never load Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY_GUI = ("PySide6", "shiboken6", "pyqtgraph")


@pytest.mark.parametrize(
    "module",
    [
        "journeymap",
        "journeymap.core.model",
        "journeymap.core.analysis",
        "journeymap.core.layout",
        "journeymap.formats",
        "journeymap.formats.pdf",
        "journeymap.persistence",
        "journeymap.cli",
        "journeymap.session.document",
        "journeymap.session.exports",
    ],
)
def test_headless_modules_import_no_qt(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        f"loaded = [m for m in {HEAVY_GUI!r} if m in sys.modules]; "
        "print(','.join(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} loads {result.stdout.strip()}"


def test_importing_the_package_is_cheap() -> None:
    code = "import sys, journeymap; print(len([m for m in sys.modules if m.startswith('sql')]))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "0"
