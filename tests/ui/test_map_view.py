"""The interactive map: markers on the right steps, selection, drag to edit, zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from journeymap.core import theme
from journeymap.core.analysis import analyze
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey
from journeymap.persistence import Library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.map_items import CardItem, qrect
from journeymap.ui.map_view import MapView

INTEGRATION_RULES = {"failure-switch", "lost-context", "repeated-information",
                     "referral-to-failed-channel"}
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def open_journey(document: JourneyDocument, library: Library, journey: Journey) -> None:
    document.open_journey(library.add(journey).id)


def sample(sample_paths: list[Path], name: str) -> Journey:
    path = next(p for p in sample_paths if p.name == name)
    return read_journey(path).journey


@pytest.fixture
def view(qtbot: QtBot, document: JourneyDocument, library: Library,
         sample_paths: list[Path]) -> MapView:
    open_journey(document, library, sample(sample_paths, "cooking-hob-repair.en.journey.json"))
    widget = MapView(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_point(view: MapView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def send_mouse(view: MapView, kind: QEvent.Type, scene_point: QPointF,
               buttons: Qt.MouseButton) -> None:
    """Send a mouse event at a scene point (QTest's mouseMove cannot hold a button down)."""
    local = QPointF(view_point(view, scene_point))
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, QPointF(view.viewport().mapToGlobal(local)), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view: MapView, start: QPointF, end: QPointF) -> None:
    send_mouse(view, QEvent.Type.MouseButtonPress, start, LEFT)
    middle = (start + end) / 2
    send_mouse(view, QEvent.Type.MouseMove, middle, LEFT)
    send_mouse(view, QEvent.Type.MouseMove, end, LEFT)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def card_center(view: MapView, index: int) -> QPointF:
    view.ensureVisible(view.card_scene_rect(index), 10, 10)
    return view.card_scene_rect(index).center()


@pytest.mark.parametrize("name", ["cooking-hob-repair.en.journey.json",
                                  "kookplaat-reparatie.nl.journey.json"])
def test_integration_break_markers_sit_on_their_steps(
        qtbot: QtBot, document: JourneyDocument, library: Library, sample_paths: list[Path],
        name: str) -> None:
    journey = sample(sample_paths, name)
    open_journey(document, library, journey)
    view = MapView(document)
    qtbot.addWidget(view)
    expected = [(f.rule, f.step_indexes) for f in analyze(journey).findings
                if f.rule in INTEGRATION_RULES]
    assert {rule for rule, _ in expected} == INTEGRATION_RULES  # the sample shows every one

    shown = []
    findings = document.analysis.findings
    for marker in view.marker_items():
        finding = findings[marker.finding_index]
        if finding.rule in INTEGRATION_RULES:
            shown.append((finding.rule, marker.box.step_indexes))
            card = view.card_scene_rect(max(finding.step_indexes))
            assert card.intersects(marker.sceneBoundingRect()), finding.rule
            assert finding.message in marker.toolTip()
            assert finding.tip.split()[0] in marker.toolTip()
    layout = view.map_layout
    assert layout is not None
    counted = {card.index: card.more for card in layout.cards if card.more}
    missing = [item for item in expected if item not in shown]  # a compact card counts them
    assert all(counted.get(max(indexes), 0) > 0 for _, indexes in missing)
    assert len(shown) + len(missing) == len(expected)


def test_every_step_has_a_card_in_its_channel_lane(view: MapView,
                                                   document: JourneyDocument) -> None:
    layout = view.map_layout
    assert layout is not None
    steps = document.journey.steps
    assert [card.box.title for card in view.card_items()] == [s.title for s in steps]
    assert set(view.lane_channels()) == set(document.journey.channels_used)
    for card, step in zip(view.card_items(), steps, strict=True):
        lane = layout.lanes[layout.lane_index(step.channel)]
        assert qrect(lane.rect).contains(card.sceneBoundingRect().center())


def test_clicking_a_card_makes_it_current(qtbot: QtBot, view: MapView,
                                          document: JourneyDocument) -> None:
    point = view_point(view, card_center(view, 3))
    qtbot.mouseClick(view.viewport(), LEFT, pos=point)
    assert document.current_step == 3
    assert view.card_items()[3].current


def test_current_step_is_highlighted_and_scrolled_into_view(view: MapView,
                                                             document: JourneyDocument) -> None:
    last = len(document.journey.steps) - 1
    document.set_current_step(last)
    cards = view.card_items()
    assert [card.current for card in cards] == [i == last for i in range(len(cards))]
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.contains(view.card_scene_rect(last))


def test_drag_to_another_column_reorders_steps(view: MapView,
                                               document: JourneyDocument) -> None:
    titles = [s.title for s in document.journey.steps]
    drag(view, card_center(view, 1), card_center(view, 3))
    assert [s.title for s in document.journey.steps] == [
        titles[0], titles[2], titles[3], titles[1], *titles[4:]]
    assert document.current_step == 3
    assert view.card_items()[3].box.title == titles[1]
    document.undo()
    assert [s.title for s in document.journey.steps] == titles


def test_drag_to_another_lane_changes_the_channel(view: MapView,
                                                  document: JourneyDocument) -> None:
    layout = view.map_layout
    assert layout is not None
    assert document.journey.steps[0].channel == "website"
    titles = [s.title for s in document.journey.steps]
    phone = layout.lanes[layout.lane_index("phone")]
    start = card_center(view, 0)
    drag(view, start, QPointF(start.x(), phone.rect.center_y))
    assert document.journey.steps[0].channel == "phone"
    assert [s.title for s in document.journey.steps] == titles
    assert view.card_items()[0].box.channel == "phone"
    document.undo()
    assert document.journey.steps[0].channel == "website"


def test_drag_to_another_column_and_lane_is_one_undo_step(view: MapView,
                                                          document: JourneyDocument) -> None:
    before = document.journey
    layout = view.map_layout
    assert layout is not None
    phone = layout.lanes[layout.lane_index("phone")]
    target = card_center(view, 2)
    drag(view, card_center(view, 0), QPointF(target.x(), phone.rect.center_y))
    assert document.journey.steps[2].title == before.steps[0].title
    assert document.journey.steps[2].channel == "phone"
    document.undo()
    assert document.journey == before


def test_a_short_click_does_not_edit(qtbot: QtBot, view: MapView,
                                     document: JourneyDocument) -> None:
    before = document.journey
    qtbot.mouseClick(view.viewport(), LEFT, pos=view_point(view, card_center(view, 2)))
    assert document.journey is before
    assert len(document.session.history) == 0


def test_clicking_a_marker_selects_the_findings_steps(qtbot: QtBot, view: MapView,
                                                      document: JourneyDocument) -> None:
    marker = next(m for m in view.marker_items()
                  if document.analysis.findings[m.finding_index].rule == "lost-context")
    finding = document.analysis.findings[marker.finding_index]
    view.ensureVisible(marker.sceneBoundingRect())
    with qtbot.waitSignal(view.finding_activated) as signal:
        qtbot.mouseClick(view.viewport(), LEFT,
                         pos=view_point(view, marker.sceneBoundingRect().center()))
    assert signal.args == [marker.finding_index]
    assert document.current_step == finding.step_indexes[0]
    highlighted = [card.index for card in view.card_items() if card.highlighted]
    assert highlighted == list(finding.step_indexes)
    assert marker.highlighted


@pytest.mark.parametrize(("key", "grows"), [(Qt.Key.Key_Equal, True), (Qt.Key.Key_Plus, True),
                                            (Qt.Key.Key_Minus, False)])
def test_zoom_keys_change_the_scale(qtbot: QtBot, view: MapView, key: Qt.Key,
                                    grows: bool) -> None:
    before = column_px(view)
    qtbot.keyClick(view, key, CTRL)
    assert (column_px(view) > before) if grows else (column_px(view) < before)
    assert view.transform().m11() == pytest.approx(view.transform().m22())


def test_ctrl_0_fits_the_whole_map(qtbot: QtBot, view: MapView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    pixel = 1 / view.zoom  # one screen pixel, in scene units: the view rounds to pixels
    seen = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(
        -pixel, -pixel, pixel, pixel)
    assert seen.contains(view.sceneRect())


def column_px(view: MapView) -> float:
    """Return how wide a step column is on screen (what zooming changes)."""
    layout = view.map_layout
    assert layout is not None
    return layout.options.column_width * view.zoom


def wheel(view: MapView, anchor: QPoint, delta: int) -> None:
    event = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(),
                        QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_zooms_around_the_pointer(view: MapView) -> None:
    anchor_scene = card_center(view, 2)
    anchor = view_point(view, anchor_scene)
    before = column_px(view)
    wheel(view, anchor, 120)
    assert column_px(view) > before
    layout = view.map_layout
    assert layout is not None
    # the same step stays under the pointer (the columns may have been laid out anew)
    assert layout.column_at(view.mapToScene(anchor).x()) == 2


def test_each_wheel_notch_zooms_by_the_same_factor(view: MapView) -> None:
    anchor = view.viewport().rect().center()
    widths = [column_px(view)]
    for _ in range(4):
        wheel(view, anchor, 120)
        widths.append(column_px(view))
    ratios = [after / before for before, after in zip(widths, widths[1:], strict=False)]
    assert ratios == pytest.approx([1.15] * 4, rel=0.01)
    wheel(view, anchor, 60)  # half a notch of a fine wheel or touchpad: half the factor
    assert column_px(view) / widths[-1] == pytest.approx(1.15 ** 0.5, rel=0.01)
    for _ in range(2):
        wheel(view, anchor, -120)
    assert column_px(view) == pytest.approx(widths[-1] * 1.15 ** 0.5 / 1.15 ** 2, rel=0.01)


def test_arrow_keys_walk_the_steps(qtbot: QtBot, view: MapView,
                                   document: JourneyDocument) -> None:
    document.set_current_step(0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.current_step == 2
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert document.current_step == len(document.journey.steps) - 1


def zoom_in_to_full_cards(view: MapView) -> None:
    """Zoom in (Ctrl+=) until the cards show their full face: the map then scrolls sideways."""
    for _ in range(20):
        layout = view.map_layout
        assert layout is not None
        if layout.options.face == "full":
            return
        view.zoom_in()
    raise AssertionError("zooming in never brought the full cards back")


def test_scrolling_reports_the_visible_columns(qtbot: QtBot, view: MapView) -> None:
    zoom_in_to_full_cards(view)
    view.horizontalScrollBar().setValue(0)
    first, last = view.visible_columns()
    assert first < 1 < last
    bar = view.horizontalScrollBar()
    with qtbot.waitSignal(view.visible_columns_changed) as signal:
        bar.setValue(bar.maximum())
    new_first, new_last = signal.args
    assert new_first > first
    # The last step is in view (the plan row may add a missing touchpoint's column after it).
    assert new_last >= len(view.card_items()) + 0.2


def test_wheeling_back_shows_the_map_laid_out_before_and_an_edit_lays_it_out_anew(
        view: MapView, document: JourneyDocument) -> None:
    anchor = view.viewport().rect().center()
    assert view.scale is not None
    assert view.scale.compact
    for _ in range(2):  # wider than the pane, with its scroll bar (a fitted map has none)
        wheel(view, anchor, 120)
    before = view.map_layout
    wheel(view, anchor, 120)
    wider = view.map_layout
    assert wider is not before
    wheel(view, anchor, -120)
    assert view.map_layout is before  # the same layout, not laid out again
    card = view.card_items()[3].box
    assert card == before.cards[3]  # type: ignore[union-attr]
    document.update_step(3, title="Renamed on the way back")
    wheel(view, anchor, 120)
    layout = view.map_layout
    assert layout is not wider
    assert layout is not None
    assert layout.cards[3].title == "Renamed on the way back"
    assert view.card_items()[3].box.title == "Renamed on the way back"


def test_an_edit_updates_the_card_in_place(view: MapView, document: JourneyDocument) -> None:
    cards = list(view.card_items())
    document.update_step(4, score=2, title="Renamed step")
    assert list(view.card_items()) == cards  # the same items, updated
    assert cards[4].box.sign == "++"
    assert cards[4].box.title == "Renamed step"


def test_a_new_channel_gets_a_lane(view: MapView, document: JourneyDocument) -> None:
    assert "letter" not in view.lane_channels()
    document.insert_step(0, Step("A letter arrives", "letter", 1))
    assert "letter" in view.lane_channels()
    assert view.card_items()[0].box.channel == "letter"


def test_smoke_without_a_journey(qtbot: QtBot, document: JourneyDocument) -> None:
    view = MapView(document)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.card_items() == ()
    assert not view.grab().isNull()


def long_journey(steps: int) -> Journey:
    channels = ("website", "phone", "email", "face_to_face")
    return Journey(title="Long journey", steps=tuple(
        Step(f"Contact {n + 1}", channels[n % 7 % 4], n % 5 - 2) for n in range(steps)))


def test_a_long_journey_zoomed_out_is_drawn_as_one_overview(
        qtbot: QtBot, document: JourneyDocument, library: Library) -> None:
    open_journey(document, library, long_journey(400))
    view = MapView(document)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    assert not view.overview
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.overview
    assert not any(card.isVisible() for card in view.card_items())
    # a click still picks the step under the pointer
    target = view.card_scene_rect(300).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=view_point(view, target))
    assert document.current_step == 300
    view.set_zoom(1.0)
    assert not view.overview
    assert all(card.isVisible() for card in view.card_items())


def test_lane_names_stay_in_view_when_scrolled_sideways(view: MapView) -> None:
    zoom_in_to_full_cards(view)
    layout = view.map_layout
    assert layout is not None
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    image = view.viewport().grab().toImage()
    for lane in layout.lanes:
        y = view_point(view, QPointF(0, lane.rect.center_y)).y()
        stripe = image.pixelColor(1, y).name().upper()
        assert stripe == theme.LANE_STRIPES[lane.mode].upper(), lane.channel


def menu_action(menu: QMenu, submenu: str, value: object) -> QAction:
    sub = menu.findChild(QMenu, submenu)
    assert sub is not None, submenu
    return next(a for a in sub.actions() if not a.isSeparator() and a.data() == value)


def context_menu(view: MapView, reason: QContextMenuEvent.Reason,
                 scene_point: QPointF | None = None) -> QMenu | None:
    """Ask for the map's context menu; return the menu it pops up, if any."""
    local = view_point(view, scene_point) if scene_point is not None else QPoint(5, 5)
    event = QContextMenuEvent(reason, local, view.viewport().mapToGlobal(local))
    QApplication.sendEvent(view.viewport(), event)
    shown = [m for m in view.findChildren(QMenu, "step_menu") if m.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def test_right_click_moves_a_step_to_a_channel_without_a_lane(
        view: MapView, document: JourneyDocument, library: Library) -> None:
    assert "letter" not in view.lane_channels()
    menu = context_menu(view, QContextMenuEvent.Reason.Mouse, card_center(view, 2))
    assert menu is not None
    assert document.current_step == 2
    current = menu_action(menu, "channel_menu", document.journey.steps[2].channel)
    assert current.isChecked()
    menu_action(menu, "channel_menu", "letter").trigger()
    assert document.journey.steps[2].channel == "letter"
    assert "letter" in view.lane_channels()
    assert view.card_items()[2].box.channel == "letter"
    assert library.get(document.journey_id).journey.steps[2].channel == "letter"
    document.undo()
    assert "letter" not in view.lane_channels()


def test_the_menu_key_scores_the_current_step(view: MapView, document: JourneyDocument,
                                              library: Library) -> None:
    document.set_current_step(4)
    menu = context_menu(view, QContextMenuEvent.Reason.Keyboard)
    assert menu is not None
    strong_plus = menu_action(menu, "score_menu", 2)
    assert strong_plus.text().startswith("&5")
    strong_plus.trigger()
    menu.close()
    menu = context_menu(view, QContextMenuEvent.Reason.Keyboard)
    assert menu is not None
    menu_action(menu, "outcome_menu", "pending").trigger()
    stored = library.get(document.journey_id).journey.steps[4]
    assert (stored.score, stored.outcome) == (2, "pending")


def test_right_click_on_empty_map_or_in_a_read_only_map_opens_no_menu(
        qtbot: QtBot, view: MapView, document: JourneyDocument) -> None:
    layout = view.map_layout
    assert layout is not None
    menu_lane = layout.lanes[layout.lane_index("ivr")]  # step 1 is on the website
    empty = QPointF(card_center(view, 0).x(), menu_lane.rect.center_y)
    assert not isinstance(view.itemAt(view_point(view, empty)), CardItem)
    assert context_menu(view, QContextMenuEvent.Reason.Mouse, empty) is None
    read_only = MapView(document, editable=False)
    qtbot.addWidget(read_only)
    read_only.resize(1400, 600)
    read_only.show()
    card = card_center(read_only, 0)
    assert context_menu(read_only, QContextMenuEvent.Reason.Mouse, card) is None
