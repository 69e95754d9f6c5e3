"""How long from one edit of a 200-step journey to an updated map, curve and findings?

Measured from ``document.update_step`` to the moment the event loop is idle again (analysis done,
the map's scene updated, the curve redrawn, the findings panel refilled, everything repainted,
the edit saved). Twice: the map and curve alone on a library held in memory, and the whole main
window on a real SQLite library, as a designer types. Target: under 50 ms (no visible pause).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QSplitter  # noqa: E402

from bench.bench_map import build_journey  # noqa: E402
from journeymap.core.analysis import analyze  # noqa: E402
from journeymap.core.model import Journey  # noqa: E402

STEPS = 200
RUNS = 21
EDITED = 100


@dataclass
class _Stored:
    id: int
    version: int
    journey: Journey
    updated_at: dt.datetime = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class MemoryLibrary:
    """The part of the library the document uses, in memory (isolates the screen's share)."""

    def __init__(self) -> None:
        self._rows: dict[int, _Stored] = {}

    def add(self, journey: Journey) -> _Stored:
        """Store ``journey`` under a new id."""
        stored = _Stored(len(self._rows) + 1, 1, journey)
        self._rows[stored.id] = stored
        return stored

    def get(self, journey_id: int) -> _Stored:
        """Return the stored journey."""
        return self._rows[journey_id]

    def save(self, journey_id: int, journey: Journey, expected_version: int, *,
             previous: Journey | None = None) -> _Stored:
        """Replace the stored journey."""
        stored = _Stored(journey_id, expected_version + 1, journey)
        self._rows[journey_id] = stored
        return stored

    def list_summaries(self) -> list[_Stored]:
        """Return every stored journey."""
        return list(self._rows.values())


def settle(app: QApplication) -> None:
    """Run the event loop until nothing is pending (repaints included)."""
    for _ in range(3):
        app.processEvents()


def median_ms(action: Callable[[int], object], runs: int = RUNS) -> tuple[float, float]:
    """Return the median wall-clock and the median CPU milliseconds of ``runs`` calls.

    CPU time (this process only) shows the cost without the noise of other busy processes.
    """
    wall, cpu = [], []
    for run in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action(run)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def edits(document: object, app: QApplication, check: Callable[[int], bool]) -> dict[str, str]:
    """Measure a score edit and a typed title character; return printable results."""
    scores = (-2, 2, -1, 1, 0)
    results: dict[str, str] = {}

    def score_edit(run: int) -> None:
        document.update_step(EDITED, score=scores[run % 5])  # type: ignore[attr-defined]
        settle(app)
        assert check(scores[run % 5])

    base = document.journey.steps[EDITED].title  # type: ignore[attr-defined]

    def title_edit(run: int) -> None:
        document.update_step(EDITED, title=f"{base} {'x' * (run + 1)}")  # type: ignore[attr-defined]
        settle(app)

    for name, action in (("score edit (1-5 key)", score_edit),
                         ("typing one character of a title", title_edit)):
        wall, cpu = median_ms(action)
        results[name] = f"median {wall:5.1f} ms wall, {cpu:5.1f} ms CPU ({RUNS} runs)"
    return results


def main() -> None:
    """Measure and print the figures."""
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    journey = build_journey(STEPS)
    analysis_ms, _ = median_ms(lambda _run: analyze(journey))

    from journeymap.ui.curve_view import CurveView
    from journeymap.ui.document import JourneyDocument
    from journeymap.ui.map_view import MapView

    memory = MemoryLibrary()
    document = JourneyDocument(memory)
    document.open_journey(memory.add(journey).id)
    splitter = QSplitter()
    map_view = MapView(document)
    curve = CurveView(document)
    curve.follow_map(map_view)
    splitter.addWidget(map_view)
    splitter.addWidget(curve)
    splitter.resize(1280, 800)
    splitter.show()
    document.set_current_step(EDITED)
    settle(app)

    def rebuild(_run: int) -> None:
        map_view.rebuild(force=True)

    rebuild_ms, _ = median_ms(rebuild)
    alone = edits(document, app, lambda s: map_view.card_items()[EDITED].box.score == s)
    splitter.close()

    with tempfile.TemporaryDirectory() as home:
        os.environ["JOURNEYMAP_HOME"] = home
        from journeymap.persistence import Library
        from journeymap.ui.main_window import MainWindow

        library = Library.open(f"sqlite:///{Path(home) / 'bench.sqlite3'}")
        try:
            document = JourneyDocument(library)
            window = MainWindow(document)
            window.open_initial(library.add(journey).id)
            window.resize(1280, 800)
            window.show()
            document.set_current_step(EDITED)
            settle(app)
            full = edits(document, app,
                         lambda s: window.map_view.card_items()[EDITED].box.score == s)
            window.close()
        finally:
            library.close()

    print(f"journey: {STEPS} steps; analyze(): median {analysis_ms:.1f} ms; "
          f"map rebuild (layout + item updates): median {rebuild_ms:.1f} ms")
    for label, results in (("map + curve, library in memory", alone),
                           ("main window, SQLite library", full)):
        for name, text in results.items():
            print(f"{label:<32} {name:<32} {text}")


if __name__ == "__main__":
    main()
