"""How long does the library panel take per frame, listing and searching 10,000 journeys?

A SQLite library of 10,000 generated journeys (about 150,000 steps, three tags) is shown in the
real ``LibraryPanel`` (its lazy ``JourneyListModel``: titles and tags first, step counts per
block of rows as the view fetches them). Each measured action ends when the list has painted
and the events are processed: one frame as a user sees it. Measured: the panel built and first
painted, typing a search one key at a time (each key filters all 10,000 titles), clearing it,
choosing a tag, scrolling to the end in pages, and a reload after an import. The lower bound is
a plain ``QListView`` over a ``QStringListModel`` of the same titles, filtered by a
``QSortFilterProxyModel`` with the same keys typed. Target: no frame over 100 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView, QWidget  # noqa: E402

from bench.processes import machine  # noqa: E402
from journeymap.tools.synthetic import synthetic_journeys  # noqa: E402

JOURNEYS = 10_000
TARGET_MS = 100.0
SEARCH = "customer 123"  # typed key by key: every prefix filters the whole list
RUNS = 3


class PaintSpy(QObject):
    """Counts paint events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def frame(app: QApplication, spy: PaintSpy, action: Callable[[], object]) -> float:
    """Run ``action`` and process events until the list painted again; return milliseconds.

    The list is asked to repaint after the action, as the window does after a key (the search
    field repaints anyway): an action that changes no row must still end in a frame.
    """
    before = spy.paints
    start = time.perf_counter()
    action()
    spy.widget.update()
    deadline = start + 10
    while spy.paints == before and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def type_keys(app: QApplication, spy: PaintSpy, set_text: Callable[[str], object],
              text: str) -> list[float]:
    """Type ``text`` one character at a time; return the frame of each key."""
    return [frame(app, spy, lambda n=n: set_text(text[:n])) for n in range(1, len(text) + 1)]


def panel_frames(app: QApplication, library: Any) -> dict[str, list[float]]:
    """Measure the real panel; return the frame times of each action."""
    from journeymap.ui.document import JourneyDocument
    from journeymap.ui.library_panel import LibraryPanel
    from journeymap.ui.memory import freeze_startup_objects

    document = JourneyDocument(library, lang="en")
    times: dict[str, list[float]] = {}
    holder: list[LibraryPanel] = []

    def build() -> None:
        panel = LibraryPanel(document)
        panel.resize(320, 800)
        panel.show()
        holder.append(panel)

    start = time.perf_counter()
    build()
    panel = holder[0]
    spy = PaintSpy(panel.list.viewport())
    while spy.paints == 0:
        app.processEvents()
    app.processEvents()
    times["panel built and painted"] = [(time.perf_counter() - start) * 1000]
    freeze_startup_objects()  # as the app does once start-up is over
    times["search, per key"] = type_keys(app, spy, panel.search.setText, SEARCH)
    times["search cleared"] = [frame(app, spy, panel.search.clear)]
    times["tag chosen"] = [frame(app, spy, lambda: panel.tag_filter.setCurrentIndex(1))]
    times["all tags again"] = [frame(app, spy, lambda: panel.tag_filter.setCurrentIndex(0))]
    bar = panel.list.verticalScrollBar()
    pages = []
    for _ in range(60):  # page down through the list: every page may fetch the next block
        pages.append(frame(app, spy, lambda: bar.setValue(bar.value() + bar.pageStep())))
    times["scrolling, per page"] = pages
    times["to the end"] = [frame(app, spy, lambda: bar.setValue(bar.maximum()))]
    times["reload, nothing changed"] = [frame(app, spy, panel.refresh)]
    reloads = []
    for journey in synthetic_journeys(3, seed=99):
        library.add(journey)  # in the app the import runs off the interface thread
        reloads.append(frame(app, spy, panel.refresh))
    times["reload after an import"] = reloads
    panel.close()
    return times


def plain_frames(app: QApplication, titles: list[str]) -> dict[str, list[float]]:
    """Measure the lower bound: a plain list view, model and filter proxy."""
    view = QListView()
    view.setUniformItemSizes(True)
    source = QStringListModel(titles)
    proxy = QSortFilterProxyModel()
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSourceModel(source)
    view.setModel(proxy)
    view.resize(320, 800)
    view.show()
    spy = PaintSpy(view.viewport())
    while spy.paints == 0:
        app.processEvents()
    times = {"search, per key": type_keys(app, spy, proxy.setFilterFixedString, SEARCH)}
    times["search cleared"] = [frame(app, spy, lambda: proxy.setFilterFixedString(""))]
    view.close()
    return times


def main() -> None:
    """Build the library, measure both lists and print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    old_home = os.environ.get("JOURNEYMAP_HOME")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JOURNEYMAP_HOME"] = folder
        from journeymap.session.library import open_library

        library = open_library(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        library.add_bulk(synthetic_journeys(JOURNEYS))
        titles = [entry.title for entry in library.list_entries()]
        runs = [panel_frames(app, library) for _ in range(RUNS)]
        plain = [plain_frames(app, titles) for _ in range(RUNS)]
        library.close()
    if old_home is None:
        os.environ.pop("JOURNEYMAP_HOME", None)
    else:
        os.environ["JOURNEYMAP_HOME"] = old_home
    print(machine())
    print(f"{len(titles):,} journeys in the library; offscreen, list 320x800; {RUNS} runs; "
          "milliseconds per frame (median of the runs' medians, and the largest frame of all)")
    worst = 0.0
    for name in runs[0]:
        medians = [statistics.median(run[name]) for run in runs]
        largest = max(max(run[name]) for run in runs)
        worst = max(worst, largest) if name != "panel built and painted" else worst
        bound = ""
        if name in plain[0]:
            bound_median = statistics.median(statistics.median(run[name]) for run in plain)
            bound_max = max(max(run[name]) for run in plain)
            bound = f"   plain QListView + proxy: {bound_median:6.1f} (max {bound_max:6.1f})"
        print(f"  {name:<26} {statistics.median(medians):7.1f} (max {largest:7.1f}){bound}")
    verdict = "met" if worst <= TARGET_MS else "missed"
    print(f"  largest frame after start-up: {worst:.1f} ms (target {TARGET_MS:.0f} ms: {verdict})")


if __name__ == "__main__":
    main()
