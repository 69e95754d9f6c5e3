"""How long from launching the app to its first painted main window, next to a bare PySide6 window?

Each run starts a fresh Python process, as a user's double-click does. The real app runs with the
smoke hook (``journeymap/ui/smoke.py``), which notes when the main window, the library list and
the open journey's map have painted and then quits. The lower bound is a bare ``QMainWindow`` of
the same size, painted in its own process and watched by the same hook. Both processes share a
``time.monotonic()`` clock with this one, so the times run from the moment the process was started.

The wall times suffer from other jobs on a shared machine; the CPU time of each whole process
(start to exit, from ``getrusage``) is printed beside them as the steadier figure. Unix only.

Targets: first painted window within 2x the bare window; the library listed and the
last journey's map drawn within 1 s.

The app paints first and loads afterwards: its first frame is the window's light shell, the
library list and the map come with a later frame (the hook waits for the window's ``ready``), and
the score curve (pyqtgraph) one frame after that; the process exits once the curve is there.
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
WINDOW_TARGET_RATIO = 2.0
MAP_TARGET_S = 1.0
REPO = Path(__file__).resolve().parent.parent
BUNDLED_APP = REPO / "dist" / "journeymap" / "journeymap"  # measured too when it was built

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from journeymap.ui.smoke import install
app = QApplication(sys.argv[:1])
install(app, sys.argv[1])
window = QMainWindow()
window.resize(1440, 900)
window.show()
sys.exit(app.exec())
"""

REAL_APP = """
import sys
from journeymap.ui.smoke import prepare_if_requested
prepare_if_requested()
from journeymap.__main__ import main_gui
sys.exit(main_gui([]))
"""

#: Modules whose cumulative import time is worth knowing when start-up is slow.
HEAVY_MODULES = ("PySide6.QtWidgets", "pyqtgraph", "numpy", "sqlmodel", "sqlalchemy", "alembic",
                 "reportlab", "journeymap.ui.export_dialog", "journeymap.formats.pdf",
                 "journeymap.persistence", "journeymap.persistence.library",
                 "journeymap.ui.document", "journeymap.ui.main_window", "journeymap.ui.map_view",
                 "journeymap.ui.inspector", "journeymap.ui.library_panel",
                 "journeymap.ui.curve_view", "journeymap.app")
#: What start-up imports, in its order: before the first frame, then for the library and the
#: map, then for the curve.
STARTUP_IMPORTS = ("journeymap.app", "journeymap.persistence.library", "journeymap.ui.document",
                   "journeymap.ui.map_view", "journeymap.ui.inspector",
                   "journeymap.ui.library_panel", "journeymap.ui.findings_panel",
                   "journeymap.ui.curve_view")


def _environment(home: Path, report: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", JOURNEYMAP_HOME=str(home), JOURNEYMAP_SMOKE=str(report),
               PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""))
    env.pop("JOURNEYMAP_DATABASE_URL", None)
    env.pop("JOURNEYMAP_SMOKE_CURVE_PNG", None)
    return env


def launch(code: str | Path, home: Path) -> dict[str, float]:
    """Run ``code`` in a new interpreter (or the bundle's executable, given as a path).

    Returns the seconds from launch to each painted milestone, and the process's CPU time.
    """
    report = home / "smoke-report.json"
    report.unlink(missing_ok=True)
    env = _environment(home, report)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    command = [str(code)] if isinstance(code, Path) else [sys.executable, "-c", code, str(report)]
    done = subprocess.run(command, env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=180, check=False)
    ended = time.monotonic()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or not report.is_file():
        raise RuntimeError(f"start-up run failed ({done.returncode}): {done.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    times = {key: data[key] - start for key in ("window_painted", "library_listed", "map_painted")
             if data.get(key) is not None}
    times["process_exit"] = ended - start
    times["cpu"] = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    times["library_rows"] = data["library_rows"]
    times["map_cards"] = data["map_cards"]
    return times


def interpreter_start() -> float:
    """Return the seconds to start and stop a bare Python interpreter (the floor of the floor)."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.monotonic() - start


def import_breakdown() -> dict[str, float]:
    """Return the cumulative import seconds of the heavy modules start-up imports, in its order."""
    code = "; ".join(f"import {name}" for name in STARTUP_IMPORTS)
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code],
                          env=_environment(Path(tempfile.gettempdir()), Path(os.devnull)),
                          cwd=REPO, capture_output=True, text=True, check=True)
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and match.group(3) in HEAVY_MODULES and match.group(3) not in found:
            found[match.group(3)] = int(match.group(1)) / 1e6
    return found


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    """Measure and print the figures."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        first = launch(REAL_APP, home)  # creates and seeds the library: a first start, not timed
        launch(BARE_WINDOW, home)
        bare_runs: list[dict[str, float]] = []
        app_runs: list[dict[str, float]] = []
        bundle_runs: list[dict[str, float]] = []
        for _ in range(RUNS):  # interleaved, so a noisy neighbour hits both alike
            bare_runs.append(launch(BARE_WINDOW, home))
            app_runs.append(launch(REAL_APP, home))
            if BUNDLED_APP.is_file():
                bundle_runs.append(launch(BUNDLED_APP, home))
    python_start = statistics.median(interpreter_start() for _ in range(RUNS))
    bare = _median(bare_runs, "window_painted")
    window = _median(app_runs, "window_painted")
    listed = _median(app_runs, "library_listed")
    map_drawn = _median(app_runs, "map_painted")
    print(f"machine: {os.cpu_count()} cpus, Python {platform.python_version()}, "
          f"{platform.machine()}, {platform.system()} {platform.release()}")
    print(f"runs: {RUNS} of each, interleaved; medians; offscreen; window 1440x900")
    print(f"bare Python interpreter start+exit:     {python_start * 1000:6.0f} ms")
    print(f"bare PySide6 window first painted:      {bare * 1000:6.0f} ms  (lower bound)")
    print(f"JourneyMap main window first painted:   {window * 1000:6.0f} ms  "
          f"ratio {window / bare:.2f} (target <= {WINDOW_TARGET_RATIO:.0f}): "
          f"{'met' if window / bare <= WINDOW_TARGET_RATIO else 'NOT met'}")
    print(f"  library listed ({app_runs[-1]['library_rows']:.0f} journeys):       "
          f"{listed * 1000:6.0f} ms")
    print(f"  last journey's map painted ({app_runs[-1]['map_cards']:.0f} cards): "
          f"{map_drawn * 1000:6.0f} ms  (target <= {MAP_TARGET_S * 1000:.0f} ms): "
          f"{'met' if map_drawn <= MAP_TARGET_S else 'NOT met'}")
    print(f"  score curve drawn, app quit (process exit): "
          f"{_median(app_runs, 'process_exit') * 1000:6.0f} ms")
    bare_cpu, app_cpu = _median(bare_runs, "cpu"), _median(app_runs, "cpu")
    print(f"CPU time of the whole process (start to exit, steadier): bare {bare_cpu * 1000:.0f} "
          f"ms, JourneyMap {app_cpu * 1000:.0f} ms, ratio {app_cpu / bare_cpu:.2f}")
    if bundle_runs:
        frozen = _median(bundle_runs, "window_painted")
        print(f"frozen bundle (dist/journeymap), window painted: {frozen * 1000:.0f} ms, ratio "
              f"{frozen / bare:.2f}; map {_median(bundle_runs, 'map_painted') * 1000:.0f} ms; "
              f"CPU {_median(bundle_runs, 'cpu') * 1000:.0f} ms")
    print(f"first start ever (creates + seeds the library): "
          f"{first['window_painted'] * 1000:.0f} ms to the painted window")
    print("cumulative import time of what start-up imports, in its order (one run; "
          "journeymap.app is all that comes before the first frame):")
    for name, seconds in sorted(import_breakdown().items(), key=lambda item: -item[1]):
        print(f"  {name:32s} {seconds * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
