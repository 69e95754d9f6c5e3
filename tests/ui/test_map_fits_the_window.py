"""A whole journey fits the main window's map pane legibly, on a laptop and on a big screen.

Measured from geometry, not pixels: every card's scene rectangle lies inside what the viewport
shows, and the map's text (titles, step numbers, chips) is at least the legibility floor in
screen pixels (its size in map points times the zoom).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.core.map_fit import TEXT_FLOOR_PX
from journeymap.formats import read_journey
from journeymap.persistence import Library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import MainWindow
from journeymap.ui.map_view import MapView

CTRL = Qt.KeyboardModifier.ControlModifier
SAMPLES = {"en": ("cooking-hob-plan.en.journey.json", "cooking-hob-repair.en.journey.json"),
           "nl": (None, "kookplaat-reparatie.nl.journey.json")}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def open_window(qtbot: QtBot, library: Library, lang: str, width: int,
                height: int) -> MainWindow:
    """Open the language's sample (with its plan, when it has one) in a window of that size."""
    plan, actual = SAMPLES[lang]
    if plan is not None:
        library.add(read_journey(paths.samples_dir() / plan).journey)
    document = JourneyDocument(library, lang=lang)
    document.open_journey(library.add(read_journey(paths.samples_dir() / actual).journey).id)
    document.set_current_step(11)
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == width)
    # no zoom call: the map fits itself as the window takes its size
    for _ in range(3):  # the scroll bars the fit made needless go away
        QApplication.processEvents()
    return window


def seen(view: MapView) -> QRectF:
    """Return the scene rectangle the viewport shows."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def assert_whole_and_legible(view: MapView) -> None:
    layout = view.map_layout
    assert layout is not None
    assert layout.cards
    shown = seen(view)
    outside = [card.index + 1 for card in layout.cards
               if not shown.contains(view.card_scene_rect(card.index))]
    assert not outside, f"steps {outside} are outside the map pane {shown}"
    opt = layout.options
    for name in ("title_size", "number_size", "badge_size", "label_size"):
        assert getattr(opt, name) * view.zoom >= TEXT_FLOOR_PX - 0.01, name
    assert all(card.title_size * view.zoom >= TEXT_FLOOR_PX - 0.01 for card in layout.cards)
    assert all(card.title_lines for card in layout.cards)  # every card names its step


def zoom_in_to_full_cards(qtbot: QtBot, view: MapView) -> None:
    """Press Ctrl+= until the cards show their full face."""
    for _ in range(20):
        layout = view.map_layout
        assert layout is not None
        if layout.options.face == "full":
            return
        qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    raise AssertionError("zooming in never brought the full cards back")


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_the_whole_journey_opens_in_the_map_pane_legibly(
        qtbot: QtBot, library: Library, dialogs: object, lang: str, width: int,
        height: int) -> None:
    window = open_window(qtbot, library, lang, width, height)
    view = window.map_view
    assert (view.plan_row.rect is not None) == (lang == "en")  # the English sample has a plan
    assert_whole_and_legible(view)
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    layout = view.map_layout
    assert layout is not None
    assert layout.options.face == "compact"  # 20 full cards do not fit legibly


def test_ctrl_0_fits_again_after_zooming_and_zooming_in_brings_the_full_cards_back(
        qtbot: QtBot, library: Library, dialogs: object) -> None:
    window = open_window(qtbot, library, "en", 1280, 720)
    view = window.map_view
    zoom_in_to_full_cards(qtbot, view)
    layout = view.map_layout
    assert layout is not None
    assert layout.options.face == "full"
    assert layout.cards[11].title_lines[0].startswith("Error message")  # the title, not key words
    assert layout.options.title_size * view.zoom >= TEXT_FLOOR_PX
    assert view.horizontalScrollBar().maximum() > 0  # full cards scroll sideways
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    assert_whole_and_legible(view)


def test_a_lane_of_one_step_is_folded_on_the_screen(
        qtbot: QtBot, library: Library, dialogs: object) -> None:
    window = open_window(qtbot, library, "en", 1280, 720)
    layout = window.map_view.map_layout
    assert layout is not None
    heights = {lane.channel: lane.rect.height for lane in layout.lanes}
    folded = {lane.channel for lane in layout.lanes if lane.folded}
    assert folded == {"ivr", "face_to_face"}  # one step each; website and phone have many
    assert heights["ivr"] < heights["website"]
    for card in layout.cards:
        lane = layout.lanes[layout.lane_index(card.channel) or 0]
        assert lane.rect.y <= card.rect.y
        assert card.rect.bottom <= lane.rect.bottom


def test_a_wide_plan_card_shows_its_title_on_the_part_in_sight(
        qtbot: QtBot, library: Library, dialogs: object) -> None:
    window = open_window(qtbot, library, "en", 1280, 720)
    view = window.map_view
    zoom_in_to_full_cards(qtbot, view)
    view.centerOn(view.card_scene_rect(11).center())  # the view sits at step 12
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())  # the plan row shows
    item = next(card for card in view.plan_row.cards
                if card.card.title == "Book the engineer online")
    assert item.card.actual_steps[0] == 5
    assert 11 in item.card.actual_steps
    shown = seen(view)
    left = shown.left() + view.pinned_label_width()
    assert item.card.rect.x < left < item.card.rect.right  # its start is out of sight
    x = item.title_x(view)
    assert left <= x
    assert x + 40 <= min(item.card.rect.right, shown.right())  # room for the words after it
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())  # scrolled back
    assert item.title_x(view) == pytest.approx(item.card.rect.x + 5.0)


def test_the_plan_row_is_as_legible_as_the_map_and_breaks_no_word(
        qtbot: QtBot, library: Library, dialogs: object) -> None:
    window = open_window(qtbot, library, "en", 1280, 720)
    view = window.map_view
    row = view.plan_row.row
    assert row is not None
    opt = row.options
    for name in ("title_size", "status_size", "badge_size"):
        assert getattr(opt, name) * view.zoom >= TEXT_FLOOR_PX - 0.01, name
    for item in view.plan_row.cards:
        words = set(item.card.title.split()) | {w + "…" for w in item.card.title.split()}
        for line in item.card.title_lines:  # whole words of the title, or none at all
            assert set(line.split()) <= words, line
