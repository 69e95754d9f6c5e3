"""The presentation map: every step across the screen, the current one and its neighbours as
cards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.focus_map import (
    FocusSizes,
    column_widths,
    focus_window,
    label_width,
    layout_focus_map,
)
from journeymap.core.layout import ELLIPSIS, MapLayout, MapOptions, approximate_measure, bold_width
from journeymap.core.model import Journey, display_sign
from journeymap.formats import read_journey

M = approximate_measure
#: The presentation's text sizes: every text 10 points (20 px at the beamer's zoom of 2).
BEAMER = MapOptions(card_height=46.0, lane_height=48.0, phase_height=15.0, header_height=14.0,
                    padding=3.0, title_size=10.0, title_leading=11.6, title_lines=2,
                    label_size=10.0, phase_size=10.0, number_size=10.0, badge_size=10.0,
                    badge_width=17.5, badge_height=13.0, marker_size=13.0)
WIDTH_1280 = 634.0  # map points across a 1280 px window at zoom 2


@pytest.fixture(params=["cooking-hob-repair.en.journey.json",
                        "kookplaat-reparatie.nl.journey.json"])
def hob(request: pytest.FixtureRequest, sample_paths: list[Path]) -> Journey:
    path = next(p for p in sample_paths if p.name == request.param)
    return read_journey(path).journey


def layout(journey: Journey, current: int, width: float = WIDTH_1280) -> MapLayout:
    return layout_focus_map(journey, analyze(journey), current, width=width, measure=M,
                            lang=journey.language, options=BEAMER)


def test_the_window_keeps_its_width_at_the_ends() -> None:
    assert focus_window(20, 0, 1) == range(0, 3)
    assert focus_window(20, 11, 1) == range(10, 13)
    assert focus_window(20, 19, 1) == range(17, 20)
    assert focus_window(2, 1, 1) == range(0, 2)
    assert focus_window(20, -1, 1) == range(0)


def test_columns_share_the_room() -> None:
    sizes = FocusSizes()
    widths = column_widths(20, range(10, 13), 560.0, sizes)
    assert sum(widths) == pytest.approx(560.0)
    assert all(widths[i] >= sizes.focus_min for i in range(10, 13))
    assert all(sizes.context_min <= w < sizes.focus_min for i, w in enumerate(widths)
               if i not in range(10, 13))
    # a short journey: every step a card, none wider than the widest card
    assert column_widths(5, range(1, 4), 560.0, sizes) == (112.0,) * 5
    assert column_widths(3, range(0, 3), 560.0, sizes) == (sizes.focus_max,) * 3
    # a long one: chips at their narrowest, the map wider than the room
    long = column_widths(60, range(30, 33), 560.0, sizes)
    assert min(long) == sizes.context_min
    assert sum(long) > 560.0


@pytest.mark.parametrize("current", [0, 8, 11, 12, 19])
def test_every_step_fits_its_column_and_lane(hob: Journey, current: int) -> None:
    result = layout(hob, current)
    edges = result.column_edges
    assert len(edges) == len(hob.steps) + 1
    assert result.width == pytest.approx(edges[-1])
    assert result.width <= WIDTH_1280 + 0.01  # the whole journey fits a 1280 px beamer
    lanes = {lane.channel: lane.rect for lane in result.lanes}
    for card in result.cards:
        assert edges[card.index] <= card.rect.x
        assert card.rect.right <= edges[card.index + 1]
        lane = lanes[card.channel]
        assert lane.y <= card.rect.y
        assert card.rect.bottom <= lane.bottom
        badge = card.badge_rect
        assert card.rect.x <= badge.x
        assert badge.right <= card.rect.right
        # the sign fits its chip (at the weight drawn), also on the narrowest chips
        assert M(display_sign(card.sign), BEAMER.badge_size) <= badge.width
        assert result.column_at(card.rect.center_x) == card.index
        assert result.column_number(result.column_center_x(card.index)) == pytest.approx(
            card.index + 1)
    for marker in result.markers:
        card = result.cards[marker.step_index].rect
        assert card.x <= marker.rect.x
        assert marker.rect.right <= card.right + 0.01
    for header in result.headers:  # every step number fits its column
        assert bold_width(M, header.label, BEAMER.number_size) <= header.rect.width
    assert len(result.arrows) == len(hob.steps) - 1


@pytest.mark.parametrize("current", [0, 11, 19])
def test_the_current_step_and_its_neighbours_are_cards_in_whole_words(hob: Journey,
                                                                      current: int) -> None:
    result = layout(hob, current)
    window = focus_window(len(hob.steps), current, 1)
    assert current in window
    assert len(window) == 3
    for card in result.cards:
        if card.index in window:
            assert card.title_lines
            assert not card.compact
            words = set(card.title.replace(":", " ").replace(",", " ").split())
            for line in card.title_lines:
                for word in line.removesuffix(ELLIPSIS).split():
                    assert word.strip(":,") in words or word in card.title, (word, card.title)
        else:  # a chip: no title, no markers of its own
            assert card.title_lines == ()
            assert card.compact
    assert {m.step_index for m in result.markers} <= set(window)


def test_only_the_lanes_of_the_cards_are_full_height(hob: Journey) -> None:
    result = layout(hob, 11)
    with_cards = {hob.steps[i].channel for i in focus_window(len(hob.steps), 11, 1)}
    for lane in result.lanes:
        expected = BEAMER.lane_height if lane.channel in with_cards else FocusSizes().chip_lane
        assert lane.rect.height == expected
        assert lane.folded == (lane.channel not in with_cards)
        assert lane.label_lines
        assert lane.mode_label == ""
        for line in lane.label_lines:  # names wrap at words, never cut
            assert ELLIPSIS not in line
            assert bold_width(M, line, BEAMER.label_size) <= label_width(
                hob, hob.language, BEAMER, M)


def test_a_short_journey_gets_cards_everywhere(hob: Journey) -> None:
    short = replace(hob, steps=hob.steps[:5])
    result = layout(short, 2)
    assert all(card.title_lines for card in result.cards)
    assert all(not lane.folded for lane in result.lanes)


def test_a_long_journey_keeps_legible_chips_and_grows_wider(hob: Journey) -> None:
    steps = tuple(replace(step, id=f"s{i}") for i, step in enumerate(hob.steps * 3))
    long = replace(hob, steps=steps)
    result = layout(long, 30)
    assert result.width > WIDTH_1280
    widths = [b - a for a, b in zip(result.column_edges, result.column_edges[1:], strict=False)]
    assert min(widths) == pytest.approx(FocusSizes().context_min)
    assert all(result.cards[i].title_lines for i in (29, 30, 31))


def test_nothing_current_shows_chips_only(hob: Journey) -> None:
    result = layout(hob, -1)
    assert all(card.title_lines == () for card in result.cards)


def test_an_empty_journey_has_no_columns() -> None:
    empty = Journey(title="Empty", steps=())
    result = layout_focus_map(empty, None, -1, width=WIDTH_1280, measure=M, options=BEAMER)
    assert result.cards == ()
    assert result.lanes == ()


def test_phases_span_their_columns(hob: Journey) -> None:
    result = layout(hob, 11)
    edges = result.column_edges
    for band in result.phases:
        assert band.rect.x == pytest.approx(edges[band.first_index] + 1)
        assert band.rect.right == pytest.approx(edges[band.last_index + 1] - 1)
        assert band.label != ELLIPSIS  # a band too narrow for a letter stays unlabelled


def test_a_short_journey_too_tall_for_cards_everywhere_gets_them_in_the_window(
        hob: Journey) -> None:
    short = replace(hob, steps=hob.steps[10:16])  # six steps over three or four lanes
    everywhere = layout_focus_map(short, analyze(short), 2, width=WIDTH_1280, measure=M,
                                  options=BEAMER)
    assert all(card.title_lines for card in everywhere.cards)
    low = everywhere.height - 1
    result = layout_focus_map(short, analyze(short), 2, width=WIDTH_1280, measure=M,
                              options=BEAMER, height=low)
    window = focus_window(len(short.steps), 2, 1)
    assert [bool(card.title_lines) for card in result.cards] == [
        i in window for i in range(len(short.steps))]
    assert result.height <= everywhere.height
