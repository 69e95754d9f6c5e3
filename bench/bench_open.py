"""How long from opening a 1,000-step journey in the library to the painted map?

The product: the main window, already up with another journey, opens the big one
(``JourneyDocument.open_journey``: database read, analysis, then map, curve and panels) until the
map has painted it. The same is timed for a lone ``MapView``, to tell the map's share from the
rest of the window's. The lower bound: read the same step rows with ``sqlite3`` and paint as
many plain rectangles in a ``QGraphicsView`` of the same size.

Target: none fixed by the issue; the ratio shows what opening costs beyond reading and painting.
"""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from journeymap.core.analysis import analyze  # noqa: E402
from journeymap.core.channels import channel_ids  # noqa: E402
from journeymap.core.model import Journey, Outcome, Step  # noqa: E402

STEPS = 1000
RUNS = 7
VIEW_SIZE = (1440, 560)


def build_journey(steps: int = STEPS, seed: int = 11) -> Journey:
    """Return a journey of ``steps`` steps hopping between channels, with failures and waits."""
    rng = random.Random(seed)
    channels = channel_ids()
    current = channels[0]
    made = []
    for index in range(steps):
        if rng.random() < 0.3:
            current = rng.choice(channels)
        made.append(Step(title=f"Step {index + 1}: asks about the repair", channel=current,
                         score=rng.randint(-2, 2),
                         outcome=Outcome.FAILED if rng.random() < 0.1 else Outcome.SUCCESS,
                         info_given=("order number",) if rng.random() < 0.3 else (),
                         wait_minutes=rng.choice((None, 5, 60))))
    return Journey(title="Benchmark journey (1,000 steps)", steps=tuple(made))


class PaintSpy(QObject):
    """Counts paint events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def until_painted(app: QApplication, spy: PaintSpy, action: Callable[[], object]) -> Timing:
    """Run ``action`` and process events until ``spy``'s widget painted; return the time taken.

    CPU time is returned beside wall time: it is the steadier figure on a shared machine.
    """
    before = spy.paints
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    while spy.paints == before:
        app.processEvents()
    app.processEvents()  # the paint that was seen has finished and been flushed
    return time.perf_counter() - wall, time.process_time() - cpu


def bare_open(app: QApplication, database: Path, journey_id: int) -> Timing:
    """Read the rows with sqlite3 and paint as many plain rectangles; return the seconds."""
    view = QGraphicsView()
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    spy = PaintSpy(view.viewport())
    scene = QGraphicsScene()
    colour = QColor("#dbe7f3")

    def load_and_draw() -> None:
        with sqlite3.connect(database) as connection:
            rows = connection.execute("SELECT * FROM step WHERE journey_id = ? ORDER BY position",
                                      (journey_id,)).fetchall()
        lanes = {name: index for index, name in enumerate(channel_ids())}
        channel_column = 4  # position of "channel" in the step table
        for index, row in enumerate(rows):
            item = QGraphicsRectItem(index * 180.0, lanes.get(row[channel_column], 0) * 110.0,
                                     160.0, 90.0)
            item.setBrush(colour)
            scene.addItem(item)
        view.setScene(scene)

    seconds = until_painted(app, spy, load_and_draw)
    view.close()
    view.deleteLater()
    return seconds


def main() -> None:
    """Measure and print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    old_home = os.environ.get("JOURNEYMAP_HOME")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JOURNEYMAP_HOME"] = folder  # the library seeds and logs here, not at home
        from journeymap.session.library import open_library
        from journeymap.ui.document import JourneyDocument
        from journeymap.ui.main_window import MainWindow
        from journeymap.ui.map_view import MapView

        database = Path(folder) / "bench.sqlite3"
        library = open_library(f"sqlite:///{database}")  # with the samples
        journey = build_journey()
        big = library.add(journey).id
        small = library.list_summaries()[0].id
        if small == big:
            small = library.list_summaries()[1].id
        assert _column(database, 4) == "channel", "the step table changed; fix bare_open()"

        window = MainWindow(JourneyDocument(library, lang="en"))
        window.resize(1440, 900)
        window.show()
        window_spy = PaintSpy(window.map_view.viewport())
        lone_document = JourneyDocument(library, lang="en")
        lone_map = MapView(lone_document)
        lone_map.resize(*VIEW_SIZE)
        lone_map.show()
        map_spy = PaintSpy(lone_map.viewport())

        def reopen(document: JourneyDocument, spy: PaintSpy) -> Timing:
            until_painted(app, spy, lambda: document.open_journey(small))
            return until_painted(app, spy, lambda: document.open_journey(big))

        reopen(window.document, window_spy)  # warm-up
        bare_open(app, database, big)
        window_times, map_times, bare_times, get_times, analysis_times = [], [], [], [], []
        for _ in range(RUNS):
            bare_times.append(bare_open(app, database, big))
            window_times.append(reopen(window.document, window_spy))
            map_times.append(reopen(lone_document, map_spy))
            start = time.perf_counter()
            library.get(big)
            get_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            analyze(journey)
            analysis_times.append(time.perf_counter() - start)
        cards = len(window.map_view.card_items())
        window.close()
        library.close()
    _restore_home(old_home)
    bare, whole, lone = _medians(bare_times), _medians(window_times), _medians(map_times)
    print(f"machine: {os.cpu_count()} cpus, Python {platform.python_version()}, "
          f"{platform.machine()}; offscreen; {RUNS} runs, medians")
    print(f"journey: {STEPS:,} steps, {cards:,} cards on the map; view {VIEW_SIZE[0]}x"
          f"{VIEW_SIZE[1]}")
    print("                                              wall      CPU   ratio (wall, CPU)")
    print(f"bare: sqlite3 rows + {STEPS:,} plain rectangles:  {_row(bare, bare)}  (lower bound)")
    print(f"main window opens it, map painted:         {_row(whole, bare)}")
    print(f"lone MapView opens it, map painted:        {_row(lone, bare)}")
    print(f"  of which Library.get (database -> Journey): "
          f"{statistics.median(get_times) * 1000:7.0f} ms")
    print(f"  of which analyze():                         "
          f"{statistics.median(analysis_times) * 1000:7.0f} ms")


def _medians(timings: list[Timing]) -> Timing:
    return (statistics.median(wall for wall, _ in timings),
            statistics.median(cpu for _, cpu in timings))


def _row(timing: Timing, bound: Timing) -> str:
    return (f"{timing[0] * 1000:6.0f} ms {timing[1] * 1000:6.0f} ms  "
            f"{timing[0] / bound[0]:5.1f} {timing[1] / bound[1]:5.1f}")


def _column(database: Path, index: int) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("PRAGMA table_info(step)").fetchall()[index][1])



def _restore_home(old_home: str | None) -> None:
    """Put ``JOURNEYMAP_HOME`` back: ``python -m bench`` runs every benchmark in one process."""
    if old_home is None:
        os.environ.pop("JOURNEYMAP_HOME", None)
    else:
        os.environ["JOURNEYMAP_HOME"] = old_home


if __name__ == "__main__":
    main()
