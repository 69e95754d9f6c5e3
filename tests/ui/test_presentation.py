"""Presentation mode: walk and score the steps from the keyboard, large enough for a beamer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from journeymap.persistence import Library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.presentation import PresentationWindow


@pytest.fixture
def window(qtbot: QtBot, hob_document: JourneyDocument) -> PresentationWindow:
    widget = PresentationWindow(hob_document)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_right_and_left_walk_the_steps(qtbot: QtBot, window: PresentationWindow,
                                       hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(0)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert hob_document.current_step == 2
    assert window.map_view.card_items()[2].current
    assert hob_document.journey.steps[2].title in window.step_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert hob_document.current_step == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # stays on the last step
    assert hob_document.current_step == len(hob_document.journey.steps) - 1


@pytest.mark.parametrize(("key", "score"), [(Qt.Key.Key_5, 2), (Qt.Key.Key_4, 1),
                                            (Qt.Key.Key_3, 0), (Qt.Key.Key_2, -1),
                                            (Qt.Key.Key_1, -2), (Qt.Key.Key_0, 0)])
def test_number_keys_score_the_current_step(qtbot: QtBot, window: PresentationWindow,
                                            hob_document: JourneyDocument, key: Qt.Key,
                                            score: int) -> None:
    hob_document.set_current_step(4)
    hob_document.update_step(4, score=-1 if score != -1 else 1)
    qtbot.keyClick(window, key)
    assert hob_document.journey.steps[4].score == score
    assert window.map_view.card_items()[4].box.score == score


def test_scoring_is_undoable(qtbot: QtBot, window: PresentationWindow,
                             hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(0)
    before = hob_document.journey.steps[0].score
    qtbot.keyClick(window, Qt.Key.Key_5)
    assert hob_document.journey.steps[0].score == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert hob_document.journey.steps[0].score == before


def test_minus_twice_is_a_strong_minus(qtbot: QtBot, window: PresentationWindow,
                                       hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(1)
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert hob_document.journey.steps[1].score == -1
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert hob_document.journey.steps[1].score == -2
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert hob_document.journey.steps[1].score == 1


def test_the_current_steps_findings_are_shown_large(window: PresentationWindow,
                                                    hob_document: JourneyDocument) -> None:
    index = max(range(len(hob_document.journey.steps)),
                key=lambda i: len(hob_document.analysis.findings_for_step(i)))
    hob_document.set_current_step(index)
    text = window.findings_label.text()
    findings = hob_document.analysis.findings_for_step(index)
    assert len(findings) >= 2
    for finding in findings:
        assert finding.message in text
        assert finding.tip in text
    sizes = [int(px) for px in re.findall(r"font-size:(\d+)px", text)]
    assert min(sizes) >= 20


def busiest_step(document: JourneyDocument) -> int:
    return max(range(len(document.journey.steps)),
               key=lambda i: len(document.analysis.findings_for_step(i)))


def map_text_sizes(window: PresentationWindow) -> dict[str, float]:
    """Return the on-screen pixel size of each kind of map text: font size times zoom."""
    layout = window.map_view.map_layout
    assert layout is not None
    opt, zoom = layout.options, window.map_view.zoom
    sizes = {"card title": opt.title_size, "lane label": opt.label_size,
             "service mode": opt.mode_size, "phase": opt.phase_size,
             "step number": opt.number_size, "score badge": opt.badge_size}
    sizes.update({f"card {card.index + 1}": card.box.title_size
                  for card in window.map_view.card_items()})
    return {name: size * zoom for name, size in sizes.items()}


def test_every_text_the_room_reads_is_20_px_at_1280x720(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    assert (window.width(), window.height()) == (1280, 720)
    busiest = busiest_step(hob_document)
    for index in (0, busiest, busiest + 1, len(hob_document.journey.steps) - 1):
        hob_document.set_current_step(index)
        qtbot.wait(10)
        labels = {"title": window.title_label, "position": window.position_label,
                  "step": window.step_label, "badge": window.badge_label,
                  "channel and phase": window.detail_label, "more": window.more_label}
        small = {name: label.font().pixelSize() for name, label in labels.items()
                 if label.font().pixelSize() < 20}
        assert not small
        findings = [int(px) for px in re.findall(r"font-size:(\d+)px",
                                                 window.findings_label.text())]
        assert findings
        assert min(findings) >= 20
        plot = window.curve_view.getPlotItem()
        for name in ("left", "right", "bottom"):
            axis = plot.getAxis(name)
            assert axis.style["tickFont"].pixelSize() >= 20, name
            if axis.label.isVisible():
                assert axis.labelStyle["font-size"] == "20px", name
        assert {name: px for name, px in map_text_sizes(window).items() if px < 19.99} == {}
        assert_whole_journey_in_view(window, index)


def assert_whole_journey_in_view(window: PresentationWindow, index: int) -> None:
    """Every step's card and number is on screen, nothing cut off; the current step and its
    neighbours are full cards with their titles, the others score chips."""
    view = window.map_view
    layout = view.map_layout
    assert layout is not None
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for card in view.card_items():
        assert shown.contains(view.card_scene_rect(card.index)), card.index
    for header in layout.headers:
        assert shown.contains(QRectF(header.rect.x, header.rect.y, header.rect.width,
                                     header.rect.height)), header.index
    for lane in layout.lanes:
        assert shown.contains(QRectF(0, lane.rect.y, 1, lane.rect.height)), lane.channel
    # the curve and the findings start under the map, not over it
    assert window.curve_view.mapTo(window, window.curve_view.rect().topLeft()).y() >= (
        view.mapTo(window, view.rect().bottomLeft()).y())
    count = len(layout.cards)
    for neighbour in range(max(0, index - 1), min(count, index + 2)):
        assert layout.cards[neighbour].title_lines, neighbour
    assert view.visible_columns()[0] <= 1
    assert view.visible_columns()[1] >= count


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_whole_journey_shows_on_other_screens(qtbot: QtBot, window: PresentationWindow,
                                                  hob_document: JourneyDocument,
                                                  size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    for index in (0, busiest_step(hob_document), len(hob_document.journey.steps) - 1):
        hob_document.set_current_step(index)
        qtbot.wait(10)
        assert min(map_text_sizes(window).values()) >= window.px(20) - 0.01 >= 20
        assert_whole_journey_in_view(window, index)


def test_space_pages_through_a_long_tip_then_walks_on(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    index = busiest_step(hob_document)
    hob_document.set_current_step(index)
    qtbot.wait(10)
    bar = window.findings_area.verticalScrollBar()
    assert bar.maximum() > 0  # the findings are longer than the panel
    assert window.more_label.text()
    last_tip = hob_document.analysis.findings_for_step(index)[-1].tip
    assert last_tip in window.findings_label.text()
    values = [bar.value()]
    while bar.value() < bar.maximum():
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert hob_document.current_step == index  # paging, not walking on
        assert bar.value() > values[-1]
        values.append(bar.value())
        assert len(values) < 20
    # every page moved less than a screenful: no line was skipped
    assert all(b - a < bar.pageStep() for a, b in zip(values, values[1:], strict=False))
    assert window.more_label.text() == ""  # the end of the last tip is on screen
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    assert hob_document.current_step == index
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert hob_document.current_step == index + 1
    assert bar.value() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # at the top of a step: back to the one before
    assert hob_document.current_step == index


def test_the_key_hints_name_the_paging_key(window: PresentationWindow) -> None:
    assert "Space" in window.hint_label.text()


def test_escape_closes(qtbot: QtBot, window: PresentationWindow) -> None:
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_smoke_without_a_journey(qtbot: QtBot, document: JourneyDocument) -> None:
    widget = PresentationWindow(document)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_5)
    assert "no steps" in widget.step_label.text().lower()


def test_the_screenshot_tool_renders_every_view(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from journeymap.ui.screenshots import render

    written = render(tmp_path)
    names = sorted(path.name for path in written)
    assert names == sorted(f"{view}-{lang}-{size}.png" for view in ("main", "presentation")
                           for lang in ("en", "nl") for size in ("1920x1080", "1280x720"))
    for path in written:
        width, height = (int(n) for n in path.stem.rsplit("-", 1)[1].split("x"))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (width, height)


def test_the_screenshot_tool_renders_the_sizes_asked_for(qapp: object, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    import os

    from journeymap.ui.screenshots import main

    home = os.environ.get("JOURNEYMAP_HOME")
    assert main(["--size", "1280x720", str(tmp_path)]) == 0
    assert os.environ.get("JOURNEYMAP_HOME") == home  # the tests' own library again
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{view}-{lang}-1280x720.png" for view in ("main", "presentation") for lang in ("en", "nl"))
    assert "offscreen" in capsys.readouterr().out
    assert main(["--size", "1280 by 720", str(tmp_path / "none")]) == 2
    assert "not a size like 1280x720" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_long_texts_wrap_instead_of_widening_the_window(
        qtbot: QtBot, document: JourneyDocument, library: Library) -> None:
    from journeymap.core.model import Journey, Step

    long_title = " ".join(["Ordering a replacement part through every channel there is"] * 3)
    journey = Journey(title=long_title[:200], steps=(Step(long_title[:200], "website", -2),))
    document.open_journey(library.add(journey).id)
    widget = PresentationWindow(document)
    qtbot.addWidget(widget)
    assert widget.minimumSizeHint().width() <= 1280


def test_a_closed_presentation_stops_following_the_document(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    hob_document.set_current_step(0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()  # closing twice is harmless
    shown = window.map_view.card_items()[0].box.score
    hob_document.update_step(0, score=2 if shown != 2 else -2)
    assert window.map_view.card_items()[0].box.score == shown
    assert window.curve_view.points()[0][1] == shown


def test_a_long_step_title_shows_whole_in_the_title_bar(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    long_title = "Wait in a queue that says the online booking will be made in a few minutes"
    hob_document.update_step(1, title=long_title)
    hob_document.set_current_step(0)  # a short title first: the bar is one line high
    qtbot.wait(10)
    for walk in (lambda: qtbot.keyClick(window, Qt.Key.Key_Right),  # onto the long title
                 lambda: hob_document.update_step(1, title=long_title + " again")):  # an edit
        walk()
        qtbot.wait(10)
        label = window.step_label
        assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5  # wraps
        assert label.height() >= label.heightForWidth(label.width())
        bottom = label.mapTo(window, label.rect().bottomLeft()).y()
        assert bottom <= window.map_view.mapTo(window, window.map_view.rect().topLeft()).y()


def test_the_count_of_markers_without_room_is_20_px_at_1280x720(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    """The ``+n`` of a card with more findings than its marker row holds is read by the room
    as much as the markers themselves."""
    hob_document.set_current_step(busiest_step(hob_document))
    qtbot.wait(10)
    counted = [card for card in window.map_view.card_items() if card.box.more]
    assert counted  # the busiest step's card folds its findings into "+n"
    layout = window.map_view.map_layout
    assert layout is not None
    assert layout.options.more_size * window.map_view.zoom >= 19.99
    for card in counted:  # the count fits in its place on the card
        assert card.box.more_rect is not None
        assert card.box.more_rect.right <= card.box.rect.right


def test_a_journey_without_steps_shows_no_map_until_it_has_one(
        qtbot: QtBot, document: JourneyDocument, library: Library) -> None:
    from journeymap.core.model import Journey, Step

    document.open_journey(library.add(Journey(title="Nothing recorded yet")).id)
    widget = PresentationWindow(document)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    assert "no steps" in widget.step_label.text().lower()
    assert not widget.map_view.isVisible()  # the title bar says it; no cut "No steps yet"
    assert widget.curve_view.mapTo(widget, widget.curve_view.rect().topLeft()).y() <= (
        widget.step_label.mapTo(widget, widget.step_label.rect().bottomLeft()).y() + 20)
    document.insert_step(0, Step("Search the website", "website", 0))
    qtbot.wait(10)
    assert widget.map_view.isVisible()
    assert len(widget.map_view.card_items()) == 1
    assert_whole_journey_in_view(widget, 0)


def test_the_badge_of_waiting_proposals_is_20_px_at_1280x720(
        qtbot: QtBot, window: PresentationWindow, hob_document: JourneyDocument) -> None:
    waiting = [card.box.index for card in window.map_view.card_items() if card.proposals]
    assert waiting  # the sample's notes propose annotations
    hob_document.set_current_step(waiting[0])
    qtbot.wait(10)
    card = window.map_view.card_items()[waiting[0]]
    assert card.box.proposal_rect is not None  # shown on the full card
    layout = window.map_view.map_layout
    assert layout is not None
    assert layout.options.proposal_size * window.map_view.zoom >= 19.99
    assert card.box.proposal_rect.right <= card.box.rect.right
