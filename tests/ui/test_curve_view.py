"""The score curve: one point per step, follows edits, the current step and the map's columns."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

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


def test_the_x_range_follows_the_maps_columns(qtbot: QtBot, hob_document: JourneyDocument) -> None:
    map_view = MapView(hob_document)
    curve = CurveView(hob_document)
    for widget in (map_view, curve):
        qtbot.addWidget(widget)
        widget.resize(900, 300)
        widget.show()
    curve.follow_map(map_view)
    bar = map_view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first, last = map_view.visible_columns()
    low, high = curve.getPlotItem().vb.viewRange()[0]
    assert first <= low < high <= last
    assert high - low == pytest.approx((last - first) * curve.plot_width_ratio(), rel=0.05)


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
