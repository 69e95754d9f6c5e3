"""Presentation mode: walk and score the steps from the keyboard, large enough for a beamer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
    assert max(sizes) >= 22


def test_type_is_large_enough_for_a_beamer(window: PresentationWindow) -> None:
    assert window.title_label.font().pixelSize() >= 28
    assert window.step_label.font().pixelSize() >= 24
    assert window.curve_view.getPlotItem().getAxis("left").style["tickFont"].pixelSize() >= 14
    # The map is zoomed so that card titles are at least 12 px high.
    layout = window.map_view.map_layout
    assert layout is not None
    assert layout.options.title_size * window.map_view.zoom >= 12


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
