"""The QPainter map painter: images of the right size, with the map on them, state left intact."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap.core import theme
from journeymap.core.analysis import analyze
from journeymap.core.layout import approximate_measure, layout_map
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import read_journey
from journeymap.ui import map_paint


@pytest.fixture
def journey() -> Journey:
    return Journey("Kookplaat", (
        Step("Afspraak inplannen in de online serviceassistent", "website", -2,
             outcome=Outcome.FAILED, info_given=("typenummer",)),
        Step("Bellen met het contactcenter", "phone", 1, context_available=False,
             info_given=("typenummer",)),
        Step("Monteur komt langs", "face_to_face", 2),
    ), language="nl")


def colours_in(image: QImage, step: int = 3) -> set[str]:
    found = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            found.add(QColor(image.pixel(x, y)).name().upper())
    return found


def test_map_image_has_the_layout_size_and_shows_the_scores(qapp, journey) -> None:
    analysis = analyze(journey, lang="nl")
    image = map_paint.render_map_image(journey, analysis, lang="nl", scale=2.0)
    layout = layout_map(journey, analysis, measure=map_paint.qt_measure(), lang="nl")
    assert image.width() == math.ceil((layout.width + 2 * map_paint.MARGIN) * 2)
    assert image.height() == math.ceil((layout.height + 2 * map_paint.MARGIN) * 2)
    colours = colours_in(image)
    for score in (-2, 1, 2):  # the score badges
        assert theme.score_colour(score).upper() in colours
    assert theme.LANE_TINTS[layout.lanes[0].mode].upper() in colours
    assert theme.SEVERITY_COLOURS[analysis.findings[0].severity].upper() in colours


def test_png_is_written_and_reads_back(qapp, journey, tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    map_paint.save_map_png(journey, analyze(journey), target, lang="en", scale=1.5)
    image = QImage(str(target))
    assert not image.isNull()
    assert len(colours_in(image, step=5)) > 10  # not blank
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_curve_png_is_not_blank(qapp, journey, tmp_path: Path) -> None:
    target = tmp_path / "curve.png"
    map_paint.save_curve_png(analyze(journey).score, target, width=300, height=120, scale=2)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (600, 240)
    assert theme.score_colour(-2).upper() in colours_in(image, step=1)


def test_qt_measure_uses_the_bundled_dejavu_font(qapp) -> None:
    measure = map_paint.qt_measure()
    for text in ("Afspraak inplannen", "Bĳ de balie: € 12,50 → ok"):
        assert measure(text, 8.0) == pytest.approx(approximate_measure(text, 8.0), rel=0.03)


def test_paint_functions_leave_the_painter_as_they_found_it(qapp, journey) -> None:
    analysis = analyze(journey)
    layout = layout_map(journey, analysis, measure=map_paint.qt_measure())
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = (painter.pen().color().name(), painter.brush().style(), painter.font().family(),
                  painter.transform())
        map_paint.paint_lane(painter, layout.lanes[0])
        map_paint.paint_card(painter, layout.cards[0], selected=True)
        map_paint.paint_card(painter, layout.cards[1], detail=False)
        map_paint.paint_arrow(painter, layout.arrows[0])
        map_paint.paint_marker(painter, layout.markers[0])
        after = (painter.pen().color().name(), painter.brush().style(), painter.font().family(),
                 painter.transform())
    finally:
        painter.end()
    assert after == before


def test_zoomed_out_cards_are_filled_with_their_score_colour(qapp, journey) -> None:
    layout = layout_map(journey, None, measure=map_paint.qt_measure())
    card = layout.cards[0]
    image = QImage(int(card.rect.right) + 10, int(card.rect.bottom) + 10,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    map_paint.paint_card(painter, card, detail=False)
    painter.end()
    centre = QColor(image.pixel(int(card.rect.center_x), int(card.rect.center_y)))
    assert centre.name().upper() == theme.score_colour(card.score).upper()


def test_sample_map_renders_at_slide_resolution(qapp, sample_paths) -> None:
    path = next(p for p in sample_paths if p.name.startswith("kookplaat"))
    journey = read_journey(path).journey
    image = map_paint.render_map_image(journey, analyze(journey, lang="nl"), lang="nl")
    assert image.width() >= 1920  # sharp enough to crop for a slide


def test_a_very_long_map_is_scaled_down_to_a_usable_image(qapp) -> None:
    steps = tuple(Step(f"Step {i}", ("website", "phone")[i % 2], 0) for i in range(400))
    image = map_paint.render_map_image(Journey("Long", steps), None, scale=2.0)
    assert not image.isNull()
    assert image.width() <= map_paint.MAX_PIXELS
    assert image.height() > 50
