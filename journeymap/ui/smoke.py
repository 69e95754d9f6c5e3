"""Smoke-test hook: run the desktop app until its first painted frame, report, and quit.

Used by the start-up benchmark (``bench/bench_startup.py``) and by the bundle test
(``tests/packaging/test_bundle.py``), so both see the real app start exactly as a user does.
Nothing happens unless the environment asks for it:

``JOURNEYMAP_SMOKE=<report.json>``
    Watch the first main window. When it has painted, the library list has rows and the map has
    painted the open journey's cards (or there is no journey to draw), write a JSON report to the
    given path (``-`` for standard output) and quit with exit code 0.
``JOURNEYMAP_SMOKE_CURVE_PNG=<file.png>``
    Before quitting, save the score curve as PNG (checks that the PySide6 + pyqtgraph pair draws).
``JOURNEYMAP_SMOKE_TIMEOUT=<seconds>``
    Give up after this long (default 60). On a timeout or an error the report says
    ``"ok": false`` with an ``"error"``, and the exit code is 3.

The report's times are ``time.monotonic()`` readings, a clock shared by all processes of the
machine, so a parent process can subtract the moment it started the app.

Wiring: the composition root calls :func:`install_if_requested` right after it has a
``QApplication``; the frozen bundle's launcher calls :func:`prepare_if_requested` before the app
starts, so it works whether or not the composition root is wired.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

REPORT_ENV = "JOURNEYMAP_SMOKE"
CURVE_PNG_ENV = "JOURNEYMAP_SMOKE_CURVE_PNG"
TIMEOUT_ENV = "JOURNEYMAP_SMOKE_TIMEOUT"
EXIT_FAILED = 3
_PROPERTY = "journeymap_smoke_installed"


def requested() -> bool:
    """Return whether the environment asks for a smoke run."""
    return bool(os.environ.get(REPORT_ENV))


class FirstPaintWatcher(QObject):
    """Application-wide event filter that notes the first painted frames, then quits.

    Only ``Paint`` events are inspected; the filter removes itself once the report is written.
    """

    def __init__(self, app: QCoreApplication, report_path: str, curve_png: str | None,
                 timeout_s: float) -> None:
        super().__init__(app)
        self._app = app
        self._report_path = report_path
        self._curve_png = curve_png
        self._window: QMainWindow | None = None
        self._done = False
        self._check_pending = False
        self.report: dict[str, Any] = {
            "ok": False, "installed": time.monotonic(), "window_painted": None,
            "library_listed": None, "map_painted": None, "library_rows": 0, "map_cards": 0,
            "curve_points": None, "curve_png_bytes": None, "window_size": None,
            "journey_title": None, "journey_steps": 0,
        }
        QTimer.singleShot(int(timeout_s * 1000), self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note paints; the painted frame is complete once the event loop is idle again."""
        if event.type() == QEvent.Type.Paint and not self._done:
            if self._window is None and isinstance(watched, QMainWindow):
                self._window = watched
            if self._window is not None and not self._check_pending:
                self._check_pending = True  # one check per frame, however many widgets paint
                QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        self._check_pending = False
        if self._done or self._window is None:
            return
        try:
            self._note_progress(self._window)
        except Exception as error:  # noqa: BLE001 - a smoke run reports, it must not hang
            self.report["error"] = f"{type(error).__name__}: {error}"
            self._finish(ok=False)

    def _note_progress(self, window: QMainWindow) -> None:
        now = time.monotonic()
        report = self.report
        if report["window_painted"] is None:
            report["window_painted"] = now
            report["window_size"] = [window.width(), window.height()]
        if not getattr(window, "ready", True):
            return  # the window's first frame is a shell; its library and map load next
        rows = _library_rows(window)
        report["library_rows"] = rows
        if report["library_listed"] is None and rows != 0:
            report["library_listed"] = now
        cards, steps = _map_state(window)
        report["map_cards"] = cards
        report["journey_steps"] = steps
        report["journey_title"] = getattr(getattr(getattr(window, "document", None), "journey",
                                                  None), "title", None)
        if report["map_painted"] is None and (cards > 0 or steps == 0):
            report["map_painted"] = now
        if (report["library_listed"] is not None and report["map_painted"] is not None
                and not getattr(window, "loading", False)):  # the curve may come a frame later
            self._finish(ok=True)

    def _give_up(self) -> None:
        if not self._done:
            self.report["error"] = "timeout before the main window, library and map were painted"
            self._finish(ok=False)

    def _finish(self, *, ok: bool) -> None:
        self._done = True
        self._app.removeEventFilter(self)
        self.report["ok"] = ok
        self.report["versions"] = _versions()
        self.report["translations"] = _translations()
        if ok and self._window is not None:
            self._export_curve(self._window)
        text = json.dumps(self.report, indent=2)
        if self._report_path == "-":
            print(text, flush=True)
        else:
            Path(self._report_path).write_text(text + "\n", encoding="utf-8")
        code = 0 if self.report["ok"] else EXIT_FAILED
        QTimer.singleShot(0, lambda: self._app.exit(code))

    def _export_curve(self, window: QMainWindow) -> None:
        curve = getattr(window, "curve_view", None)
        if curve is None:
            return
        self.report["curve_points"] = _count(getattr(curve, "points", None))
        if self._curve_png:
            try:
                curve.save_png(self._curve_png)
            except Exception as error:  # noqa: BLE001 - the report says what broke
                self.report["ok"] = False
                self.report["error"] = f"curve PNG export failed: {error}"
                return
            self.report["curve_png_bytes"] = Path(self._curve_png).stat().st_size


def _library_rows(window: QMainWindow) -> int:
    """Return the rows of the library list; -1 for a window without one (a bare window)."""
    panel = getattr(window, "library_panel", None)
    model = getattr(panel, "model", None)
    return -1 if model is None else int(model.rowCount())


def _map_state(window: QMainWindow) -> tuple[int, int]:
    """Return (cards on the map, steps in the open journey); (0, 0) without a map."""
    map_view = getattr(window, "map_view", None)
    if map_view is None:
        return 0, 0
    journey = getattr(getattr(window, "document", None), "journey", None)
    steps = len(journey.steps) if journey is not None else 0
    return _count(map_view.card_items) or 0, steps


def _count(items: Any) -> int | None:
    """Return the length of a sequence or of what a method returns (``None`` for nothing)."""
    if items is None:
        return None
    return len(items() if callable(items) else items)


def _versions() -> dict[str, str]:
    import PySide6

    versions = {"python": sys.version.split()[0], "pyside6": PySide6.__version__,
                "qt": PySide6.QtCore.qVersion(), "frozen": str(bool(getattr(sys, "frozen", False)))}
    pyqtgraph = sys.modules.get("pyqtgraph")
    if pyqtgraph is not None:
        versions["pyqtgraph"] = pyqtgraph.__version__
    return versions


def _translations() -> dict[str, bool]:
    """Return whether Qt's and the app's Dutch translations can be loaded (bundles drop them)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from journeymap import paths

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_dir = str(paths.resources_dir() / "translations")
    return {"qtbase_nl": QTranslator().load("qtbase_nl", qt_dir),
            "journeymap_nl": QTranslator().load("journeymap_nl", app_dir)}


def install(app: QCoreApplication, report_path: str, *, curve_png: str | None = None,
            timeout_s: float = 60.0) -> FirstPaintWatcher:
    """Watch ``app`` for the first painted main window; see the module docstring."""
    watcher = FirstPaintWatcher(app, report_path, curve_png, timeout_s)
    app.installEventFilter(watcher)
    app.setProperty(_PROPERTY, True)
    return watcher


def install_if_requested(app: QCoreApplication) -> FirstPaintWatcher | None:
    """Install the watcher when ``JOURNEYMAP_SMOKE`` is set (once per application)."""
    if not requested() or app.property(_PROPERTY):
        return None
    timeout = float(os.environ.get(TIMEOUT_ENV) or 60)
    return install(app, os.environ[REPORT_ENV], curve_png=os.environ.get(CURVE_PNG_ENV) or None,
                   timeout_s=timeout)


def prepare_if_requested(argv: list[str] | None = None) -> None:
    """Create the ``QApplication`` early and install the watcher, when a smoke run is requested.

    The composition root reuses an existing ``QApplication``, so this works without its wiring.
    """
    if not requested():
        return
    app = QApplication.instance() or QApplication(argv or sys.argv[:1] or ["journeymap"])
    install_if_requested(app)
