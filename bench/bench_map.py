"""How fast is the map with 1,000 steps: building it, and a frame of zoom and pan?

A frame is the viewport rendered into an image (``viewport().grab()``: the real paint path with
Qt's BSP index and the map's level of detail) after a transform change. Compared with a plain
``QGraphicsScene`` of 1,000 rectangles in the same view. Target: frames under 16.7 ms (60 fps).
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QRectF, Signal  # noqa: E402
from PySide6.QtGui import QColor, QTransform  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

from journeymap.core.analysis import analyze  # noqa: E402
from journeymap.core.findings import Analysis  # noqa: E402
from journeymap.core.layout import layout_map  # noqa: E402
from journeymap.core.model import Journey, Outcome, Step  # noqa: E402
from journeymap.ui import map_items, map_paint, map_view  # noqa: E402
from journeymap.ui.map_view import MapView, cached_measure  # noqa: E402

STEPS = 1_000
VIEW = (1280, 720)
FRAMES = 15
CHANNELS = ("website", "app", "portal", "chatbot", "email", "phone", "chat", "letter",
            "face_to_face")
TITLES = ("Look up the opening hours on the website", "Call the service desk about the order",
          "Fill in the contact form with the type number", "Wait for the engineer",
          "Receive a confirmation letter", "Chat with an agent who cannot see the history")


def build_journey(steps: int = STEPS, seed: int = 7) -> Journey:
    """Return a journey of ``steps`` steps over nine channels, in phases of 25 steps."""
    rng = random.Random(seed)
    phases = tuple(f"Phase {n + 1}" for n in range((steps + 24) // 25))
    made = []
    current = "website"
    for index in range(steps):
        if rng.random() < 0.35:
            current = rng.choice(CHANNELS)
        made.append(Step(
            title=f"{rng.choice(TITLES)} ({index + 1})", channel=current,
            score=rng.randint(-2, 2), phase=phases[index // 25],
            outcome=rng.choice((*[Outcome.SUCCESS] * 8, Outcome.FAILED, Outcome.PENDING)),
            context_available=rng.choice((None, True, False)),
            info_given=("type number",) if rng.random() < 0.1 else ()))
    return Journey(title="Map benchmark", steps=tuple(made), phases=phases)


class StaticDocument(QObject):
    """The document interface the map reads, over a fixed journey (no library, no undo)."""

    journey_changed = Signal()
    analysis_changed = Signal()
    current_step_changed = Signal(int)

    def __init__(self, journey: Journey, analysis: Analysis) -> None:
        super().__init__()
        self.journey = journey
        self.analysis = analysis
        self.current_step = -1
        self.lang = "en"

    def set_current_step(self, index: int) -> None:
        """Make ``index`` current."""
        self.current_step = index
        self.current_step_changed.emit(index)


def median_ms(action: Callable[[], object], runs: int = FRAMES) -> float:
    """Return the median wall-clock milliseconds of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def frame(view: QGraphicsView) -> None:
    """Render the viewport as the screen would after a change."""
    view.viewport().grab()


def pan_frames(view: QGraphicsView) -> float:
    """Return the median frame time while panning sideways by 300 px a frame."""
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum())

    def step() -> None:
        bar.setValue(bar.value() + 300 if bar.value() < bar.maximum() else bar.minimum())
        frame(view)

    return median_ms(step, runs=40)


def plain_view(count: int) -> QGraphicsView:
    """Return a view of a plain scene with ``count`` rectangles laid out like the cards."""
    view = QGraphicsView()
    scene = QGraphicsScene(view)  # owned by the view, so it lives as long as the view
    rng = random.Random(1)
    for index in range(count):
        rect = scene.addRect(QRectF(104 + index * 112 + 7, 35 + rng.randrange(9) * 70 + 6, 98, 58))
        rect.setBrush(QColor("#74C7A5"))
    view.setScene(scene)
    view.resize(*VIEW)
    view.show()
    return view


def fit(view: QGraphicsView) -> None:
    """Fit the whole scene into the view."""
    view.fitInView(view.scene().sceneRect())


def main() -> None:
    """Measure and print the figures."""
    app = QApplication.instance() or QApplication(["bench"])
    journey = build_journey()
    analysis = analyze(journey)
    measure = map_paint.qt_measure()
    cold = median_ms(lambda: layout_map(journey, analysis, measure=cached_measure(measure)),
                     runs=5)
    warm_measure = cached_measure(measure)
    layout_map(journey, analysis, measure=warm_measure)
    warm = median_ms(lambda: layout_map(journey, analysis, measure=warm_measure), runs=5)

    document = StaticDocument(journey, analysis)
    start = time.perf_counter()
    view = MapView(document)
    build = (time.perf_counter() - start) * 1000
    view.resize(*VIEW)
    view.show()
    app.processEvents()
    items = len(view.scene().items())

    def fresh_rebuild() -> None:
        document.analysis = analyze(journey)  # a new analysis object: the view rebuilds
        view.rebuild()

    rebuild = median_ms(fresh_rebuild, runs=5)

    results: list[tuple[str, float]] = []
    view.zoom_to_fit()
    results.append(("zoom to fit (whole map)", median_ms(lambda: frame(view))))
    # What the levels of detail save: items painted one by one, then with text at every zoom.
    overview, lod = map_view.OVERVIEW_COLUMN_PX, map_items.TEXT_LOD
    map_view.OVERVIEW_COLUMN_PX = 0.0
    view.set_zoom(view.zoom * 1.01)  # re-evaluates the overview switch
    results.append(("zoom to fit, no overview (item by item)", median_ms(lambda: frame(view),
                                                                        runs=5)))
    map_items.TEXT_LOD = 0.0
    results.append(("zoom to fit, no overview, text everywhere", median_ms(lambda: frame(view),
                                                                          runs=3)))
    map_view.OVERVIEW_COLUMN_PX, map_items.TEXT_LOD = overview, lod
    view.zoom_to_fit()
    zooms = [view.zoom * 1.25 ** n for n in range(22)]  # from the whole map to about 1.2
    position = iter(range(10**6))

    def zoom_frame() -> None:
        z = zooms[next(position) % len(zooms)]
        view.setTransform(QTransform.fromScale(z, z))
        frame(view)

    results.append(("zoom steps from fit to 1.2x", median_ms(zoom_frame, runs=44)))
    switch_zooms = iter([0.2, 0.1] * 5)  # across the overview threshold and back
    switch = median_ms(lambda: view.set_zoom(next(switch_zooms)), runs=10)
    view.set_zoom(1.0)
    results.append(("zoom 1.0, pan 300 px a frame", pan_frames(view)))
    view.set_zoom(1.6)
    results.append(("zoom 1.6 (opening zoom), pan", pan_frames(view)))
    document.set_current_step(500)
    results.append(("zoom 1.6, one frame at step 500", median_ms(lambda: frame(view))))
    # Compact cards: a notch to a width not laid out before lays the whole map out; in and back
    # out, the view keeps the layouts of its last widths.
    notches = iter([1.15, 1 / 1.15] * 10)

    def notch() -> None:
        view.zoom_by(next(notches))
        frame(view)

    results.append(("a wheel notch in and back out, compact", median_ms(notch, runs=20)))
    onward = iter(([1.149] * 6 + [1 / 1.137] * 6) * 3)  # widths never met before

    def onward_notch() -> None:
        view.zoom_by(next(onward))
        frame(view)

    results.append(("a wheel notch to a new width, compact", median_ms(onward_notch, runs=36)))

    plain = plain_view(STEPS)
    app.processEvents()
    fit(plain)
    results.append(("plain scene, 1,000 rectangles, fit", median_ms(lambda: frame(plain))))
    plain.setTransform(QTransform.fromScale(1.0, 1.0))
    results.append(("plain scene, 1,000 rectangles, 1.0, pan", pan_frames(plain)))

    print(f"journey: {STEPS:,} steps, {len(view.lane_channels())} lanes, "
          f"{len(analysis.findings):,} findings; view {VIEW[0]}x{VIEW[1]}; {items:,} items")
    print(f"layout_map: {cold:.0f} ms with a cold text-width cache, {warm:.0f} ms warm")
    print(f"MapView built (layout + items): {build:.0f} ms; full rebuild with new analysis: "
          f"{rebuild:.0f} ms")
    print(f"switching between overview and items (once per crossing): {switch:.1f} ms")
    for name, ms in results:
        print(f"frame, {name:<40} median {ms:6.1f} ms  ({1000 / ms:5.0f} fps)")


if __name__ == "__main__":
    main()
