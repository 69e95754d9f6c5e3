"""The frozen one-folder bundle (``dist/journeymap/``) runs without the project's Python.

Built by ``python packaging/build.py``. These tests run when ``JOURNEYMAP_TEST_BUNDLE=1`` (CI
builds the bundle first; then a missing bundle is a failure) or when a bundle already exists;
otherwise they are skipped. Every run uses a stripped environment: no virtualenv, no
``PYTHONPATH``, only ``/usr/bin:/bin`` on ``PATH``.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "journeymap"
EXECUTABLE = BUNDLE / ("journeymap.exe" if sys.platform == "win32" else "journeymap")
REQUIRED = os.environ.get("JOURNEYMAP_TEST_BUNDLE") == "1"
SAMPLE = ROOT / "sample_journeys" / "cooking-hob-repair.en.journey.json"
INTERNAL = BUNDLE / "_internal"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not REQUIRED and not EXECUTABLE.exists(),
                       reason="no bundle: run packaging/build.py or set JOURNEYMAP_TEST_BUNDLE=1"),
]


@pytest.fixture(scope="module", autouse=True)
def _bundle_exists() -> None:
    assert EXECUTABLE.is_file(), f"{EXECUTABLE} missing: build it with packaging/build.py"


def bare_environment(home: Path) -> dict[str, str]:
    """Return an environment with no trace of the development Python."""
    env = {"PATH": os.pathsep.join(("/usr/bin", "/bin")), "HOME": str(home), "LANG": "C.UTF-8",
           "JOURNEYMAP_HOME": str(home / "journeymap"), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows needs these to start at all
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run_bundle(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable, from a folder outside the checkout."""
    return subprocess.run([str(EXECUTABLE), *args], env=env, cwd=env["HOME"], capture_output=True,
                          text=True, timeout=180, check=False)


def sample_document() -> dict[str, object]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    """Return (width, height) from a PNG file's header."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_version_answers_without_python(tmp_path: Path) -> None:
    from journeymap import __version__

    done = run_bundle(["--version"], bare_environment(tmp_path))

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"journeymap {__version__}"


def test_analyze_reads_a_sample_headless(tmp_path: Path) -> None:
    env = bare_environment(tmp_path)
    del env["QT_QPA_PLATFORM"]  # a headless command needs no display plugin at all

    done = run_bundle(["analyze", str(SAMPLE), "--json"], env)

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    document = sample_document()
    assert result["title"] == document["title"]
    assert result["steps"] == len(document["steps"])  # type: ignore[arg-type]


def test_slides_are_written_headless(tmp_path: Path) -> None:
    env = bare_environment(tmp_path)
    del env["QT_QPA_PLATFORM"]  # the slides are painted without Qt
    target = tmp_path / "deck.pptx"

    done = run_bundle(["export", str(SAMPLE), "--pptx", str(target)], env)

    assert done.returncode == 0, done.stderr  # python-pptx's template and the fonts are bundled
    assert target.read_bytes()[:2] == b"PK"


def test_app_opens_a_sample_and_draws_map_and_curve(tmp_path: Path) -> None:
    env = bare_environment(tmp_path)
    report = tmp_path / "smoke.json"
    curve = tmp_path / "curve.png"
    env.update(JOURNEYMAP_SMOKE=str(report), JOURNEYMAP_SMOKE_CURVE_PNG=str(curve),
               JOURNEYMAP_SMOKE_TIMEOUT="120")

    # ``--`` ends the options: the file after it is imported into the library and opened.
    done = run_bundle(["--", str(SAMPLE)], env)

    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    steps = len(sample_document()["steps"])  # type: ignore[arg-type]
    assert result["ok"], result
    assert result["journey_title"] == sample_document()["title"]
    assert result["map_cards"] == steps
    assert result["curve_points"] == steps
    assert result["library_rows"] > 1  # the seeded samples and the imported one
    width, height = png_size(curve)
    assert width > 100
    assert height > 50
    assert result["versions"]["frozen"] == "True"


def test_bundle_ships_the_tested_pyside6_and_pyqtgraph(tmp_path: Path) -> None:
    env = bare_environment(tmp_path)
    report = tmp_path / "smoke.json"
    env.update(JOURNEYMAP_SMOKE=str(report))

    done = run_bundle([], env)

    assert done.returncode == 0, done.stderr[-3000:]
    versions = json.loads(report.read_text(encoding="utf-8"))["versions"]
    assert versions["pyside6"] == metadata.version("PySide6-Essentials")
    assert versions["pyqtgraph"] == metadata.version("pyqtgraph")


def test_dutch_translations_survive_bundling(tmp_path: Path) -> None:
    env = bare_environment(tmp_path)
    report = tmp_path / "smoke.json"
    env.update(JOURNEYMAP_SMOKE=str(report))

    done = run_bundle([], env)

    assert done.returncode == 0, done.stderr[-3000:]
    translations = json.loads(report.read_text(encoding="utf-8"))["translations"]
    assert translations["qtbase_nl"], "Qt's own Dutch strings (qtbase_nl.qm) were dropped"
    if (ROOT / "resources" / "translations" / "journeymap_nl.qm").is_file():
        assert translations["journeymap_nl"], "the app's journeymap_nl.qm was not bundled"


def test_bundle_keeps_resources_and_samples_and_leaves_out_unused_parts() -> None:
    assert (INTERNAL / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    shipped = sorted(path.name for path in (INTERNAL / "sample_journeys").glob("*.journey.json"))
    assert shipped == sorted(path.name for path in SAMPLE.parent.glob("*.journey.json"))
    qt_translations = {path.name for path in INTERNAL.rglob("PySide6/Qt/translations/*.qm")}
    assert "qtbase_nl.qm" in qt_translations
    assert "qtbase_de.qm" not in qt_translations
    leftovers = [name for name in ("tkinter", "_pytest", "PySide6/QtQml.abi3.so",
                                   "PySide6/QtNetwork.abi3.so") if (INTERNAL / name).exists()]
    assert leftovers == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop files")
def test_linux_bundle_carries_desktop_entry_and_icon() -> None:
    share = BUNDLE / "share"
    assert (share / "applications" / "journeymap.desktop").is_file()
    assert (share / "metainfo" / "io.github.journeymap.JourneyMap.metainfo.xml").is_file()
    assert png_size(share / "icons" / "hicolor" / "256x256" / "apps" / "journeymap.png") == (256,
                                                                                           256)
