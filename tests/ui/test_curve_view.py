"""The score curve: one point per step, follows edits, the current step and the map's columns."""

from __future__ import annotations

import random
from itertools import accumulate
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from journeymap.persistence import Library
from journeymap.tools.synthetic import synthetic_journey
from journeymap.ui.curve_view import CurveView
from journeymap.ui.document import JourneyDocument
from journeymap.ui.map_view import MapView


@pytest.fixture
def curve(qtbot: QtBot, hob_document: JourneyDocument) -> CurveView:
    widget = CurveView(hob_document)
    qtbot.addWidget(widget)
    widget.resize(1000, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def expected_points(document: JourneyDocument) -> list[tuple[int, int, int]]:
    scores = [s.score for s in document.journey.steps]
    return list(zip(range(1, len(scores) + 1), scores, accumulate(scores), strict=True))


def test_one_point_per_step_with_the_running_total(curve: CurveView,
                                                   hob_document: JourneyDocument) -> None:
    assert curve.points() == expected_points(hob_document)
    cumulative = [p.cumulative for p in hob_document.analysis.score.curve]
    assert cumulative == [t for *_, t in curve.points()]


def test_the_curve_follows_an_edit(curve: CurveView, hob_document: JourneyDocument) -> None:
    old = hob_document.journey.steps[3].score
    new = 2 if old != 2 else -2
    hob_document.update_step(3, score=new)
    assert curve.points()[3][1] == new
    assert curve.points() == expected_points(hob_document)
    hob_document.undo()
    assert curve.points()[3][1] == old


def test_the_current_step_is_marked(curve: CurveView, hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(6)
    assert curve.current_step_marker() == (7, hob_document.journey.steps[6].score)


def test_clicking_a_dot_makes_its_step_current(qtbot: QtBot, curve: CurveView,
                                               hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(0)
    step = hob_document.journey.steps[4]
    scene = curve.getPlotItem().vb.mapViewToScene(QPointF(5, step.score))
    with qtbot.waitSignal(curve.step_clicked) as signal:
        qtbot.mouseClick(curve.viewport(), Qt.MouseButton.LeftButton,
                         pos=curve.mapFromScene(scene))
    assert signal.args == [4]
    assert hob_document.current_step == 4


def drawn_step_labels(curve: CurveView) -> list[int]:
    """Return the step numbers the bottom axis draws (pyqtgraph drops labels that do not fit)."""
    axis = curve.getPlotItem().getAxis("bottom")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted(int(text) for _rect, _flags, text in texts)


def map_and_curve(qtbot: QtBot, document: JourneyDocument) -> tuple[MapView, CurveView]:
    """Return a map and the curve following it, one above the other, as in the main window."""
    map_view = MapView(document)
    curve = CurveView(document)
    for widget in (map_view, curve):
        qtbot.addWidget(widget)
        widget.resize(1000, 300)
        widget.show()
        qtbot.waitExposed(widget)
    curve.follow_map(map_view)
    return map_view, curve


def assert_the_axis_is_on_the_steps(curve: CurveView, count: int) -> None:
    labels = drawn_step_labels(curve)
    assert labels[0] == 1  # the first step is numbered, no step 0
    assert labels[-1] == count  # and the last one is not clipped
    assert all(1 <= n <= count for n in labels)
    assert len(labels) >= 4


@pytest.mark.parametrize("steps", [0, 300])
def test_at_fit_the_axis_reads_every_step_the_map_shows(
        qtbot: QtBot, hob_document: JourneyDocument, library: Library, steps: int) -> None:
    if steps:  # a generated journey (0: the cooking hob sample)
        journey = synthetic_journey(random.Random(300), 1, steps=steps)
        hob_document.open_journey(library.add(journey).id)
    count = len(hob_document.journey.steps)
    map_view, curve = map_and_curve(qtbot, hob_document)
    map_view.zoom_to_fit()
    # the scroll bars of the view before the fit go away with the next layout pass
    qtbot.waitUntil(lambda: not map_view.horizontalScrollBar().isVisible(), timeout=5000)
    first, last = map_view.visible_columns()
    assert first < 1
    assert last > count
    low, high = curve.x_range()
    assert low < 1
    assert high > count
    assert low > -0.05 * count
    assert high < count * 1.05 + 1
    assert_the_axis_is_on_the_steps(curve, count)


def test_scrolled_the_axis_reads_the_maps_columns(
        qtbot: QtBot, hob_document: JourneyDocument, library: Library) -> None:
    hob_document.open_journey(library.add(synthetic_journey(random.Random(3), 1,
                                                            steps=300)).id)
    map_view, curve = map_and_curve(qtbot, hob_document)
    map_view.set_zoom(0.5)
    bar = map_view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first, last = map_view.visible_columns()
    assert 1 < first < last < 300
    assert curve.x_range() == pytest.approx((first, last), abs=1e-6)
    labels = drawn_step_labels(curve)
    assert labels
    assert all(first <= n <= last for n in labels)
    bar.setValue(bar.maximum())  # at the end the last step is numbered, whole
    assert curve.x_range()[1] > 300
    assert drawn_step_labels(curve)[-1] == 300


def test_the_axis_of_a_curve_on_its_own_is_on_the_steps(curve: CurveView,
                                                        hob_document: JourneyDocument) -> None:
    assert_the_axis_is_on_the_steps(curve, len(hob_document.journey.steps))


def test_save_png_grabs_the_widget(curve: CurveView, tmp_path: Path) -> None:
    target = tmp_path / "curve.png"
    curve.save_png(target)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (curve.width() * curve.devicePixelRatio(),
                                               curve.height() * curve.devicePixelRatio())


def test_smoke_without_a_journey(qtbot: QtBot, document: JourneyDocument) -> None:
    widget = CurveView(document)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.points() == []
    assert widget.current_step_marker() is None
    assert not widget.grab().isNull()
