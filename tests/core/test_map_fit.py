"""Compact and folded lanes, the compact card face, and how the map fits a pane of the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.keywords import key_words
from journeymap.core.layout import (
    ELLIPSIS,
    MapLayout,
    MapOptions,
    approximate_measure,
    folded_channels,
    layout_map,
)
from journeymap.core.map_fit import (
    MIN_COMPACT_COLUMN,
    TEXT_FLOOR_PX,
    Pane,
    fit_column_px,
    full_column_px,
    scale_for,
    scene_margin,
)
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey

M = approximate_measure
LAPTOP = Pane(687, 433, above=58.0)  # the main window's map pane at 1280x720


@pytest.fixture
def hob(sample_paths: list[Path]) -> Journey:
    path = next(p for p in sample_paths if p.name == "cooking-hob-repair.en.journey.json")
    return read_journey(path).journey


def journey_of(*channels: str) -> Journey:
    return Journey("T", tuple(Step(f"Step {n + 1}", c, 0) for n, c in enumerate(channels)))


def test_lanes_are_a_little_taller_than_their_cards() -> None:
    layout = layout_map(journey_of("website", "phone", "website", "phone"), None, measure=M)
    opt = layout.options
    assert 0 < opt.lane_height - opt.card_height <= 8
    for card in layout.cards:
        lane = layout.lanes[layout.lane_index(card.channel) or 0]
        assert lane.rect.y < card.rect.y
        assert card.rect.bottom < lane.rect.bottom


def test_a_channel_of_one_step_gets_a_folded_lane(hob: Journey) -> None:
    assert folded_channels(hob) == {"ivr", "face_to_face"}
    layout = layout_map(hob, analyze(hob), measure=M)
    heights = {lane.channel: lane.rect.height for lane in layout.lanes}
    assert heights["ivr"] == heights["face_to_face"] < heights["website"] == heights["phone"]
    assert [lane.folded for lane in layout.lanes] == [False, True, False, True]
    # the lanes stack without gaps, and the map is as high as they are
    for above, below in zip(layout.lanes, layout.lanes[1:], strict=False):
        assert below.rect.y == pytest.approx(above.rect.bottom)
    assert layout.height == pytest.approx(layout.lanes[-1].rect.bottom)
    for card in layout.cards:  # a folded card still names its step and sits in its lane
        lane = layout.lanes[layout.lane_index(card.channel) or 0]
        assert lane.rect.y <= card.rect.y
        assert card.rect.bottom <= lane.rect.bottom
        assert card.title_lines
        assert card.title_baselines[-1] < card.badge_rect.y


def test_folding_never_folds_every_lane_and_can_be_switched_off() -> None:
    assert folded_channels(journey_of("website", "phone", "email")) == frozenset()
    assert folded_channels(journey_of("website", "website", "phone"), 0) == frozenset()
    # every channel used at most twice: folding them all would fold nothing, so none folds
    assert folded_channels(journey_of("website", "website", "phone", "phone", "email"),
                           2) == frozenset()
    assert folded_channels(journey_of("website", "website", "website", "phone"), 2) == {"phone"}


def test_lane_at_finds_lanes_of_different_heights(hob: Journey) -> None:
    layout = layout_map(hob, None, measure=M)
    for lane in layout.lanes:
        for y in (lane.rect.y + 0.5, lane.rect.center_y, lane.rect.bottom - 0.5):
            found = layout.lane_at(y)
            assert found is not None
            assert found.channel == lane.channel
    assert layout.lane_at(layout.columns_top - 1) is None
    assert layout.lane_at(layout.height + 1) is None


def compact(journey: Journey, column_px: float, pane: Pane = LAPTOP) -> MapLayout:
    scale = scale_for(journey, column_px, pane, lang="en", measure=M)
    assert scale.compact
    return layout_map(journey, analyze(journey), measure=M, options=scale.options)


def test_compact_cards_show_the_key_words_inside_the_card(hob: Journey) -> None:
    for column_px in (26.0, 54.0, 100.0):  # turned in narrow cards, level in wider ones
        layout = compact(hob, column_px)
        for card in layout.cards:
            title = hob.steps[card.index].title
            words = " ".join(key_words(title, "en"))
            shown = " ".join(card.title_lines)
            assert shown.rstrip(ELLIPSIS)
            assert shown == title or words.startswith(shown.rstrip(ELLIPSIS))
            rect = card.rect
            for line, baseline in zip(card.title_lines, card.title_baselines, strict=True):
                length = M(line, card.title_size)
                if card.turned:  # running down from title_x, glyphs right of the baseline
                    assert rect.x <= baseline - 0.3 * card.title_size
                    assert baseline + 0.8 * card.title_size <= rect.right
                    assert card.title_x + length <= card.badge_rect.y
                else:
                    assert card.title_x + length <= rect.right
                    assert baseline < card.badge_rect.y
            assert rect.x <= card.badge_rect.x
            assert card.badge_rect.right <= rect.right
            mark = card.outcome_rect
            if mark is not None:  # the outcome mark is in the card, clear of the chip
                assert rect.x <= mark.x
                assert mark.right <= rect.right + 0.01
                chip = card.badge_rect
                assert mark.x >= chip.right or mark.bottom <= chip.y
        for marker in layout.markers:
            card = layout.cards[marker.step_index].rect
            assert card.x - 0.01 <= marker.rect.x
            assert marker.rect.right <= card.right + 0.01
        assert len({card.turned for card in layout.cards}) == 1  # every card reads alike
    assert compact(hob, 26.0).cards[0].turned
    assert not compact(hob, 100.0).cards[0].turned


def test_a_key_word_too_long_for_the_card_ends_in_an_ellipsis_not_in_two() -> None:
    journey = Journey("T", (Step("Telefoonmenukeuzes doorlopen", "ivr", 0),
                            Step("Bellen", "phone", 0), Step("Bellen", "phone", 0)))
    layout = compact(journey, 25.0, Pane(687, 180))
    lines = layout.cards[0].title_lines
    assert lines[0].endswith(ELLIPSIS)
    assert "Telefoonmenukeuzes".startswith(lines[0].rstrip(ELLIPSIS))
    assert len(lines) == 1


def test_wide_columns_get_full_cards_narrow_ones_the_compact_face(hob: Journey) -> None:
    wide = scale_for(hob, full_column_px() + 1, LAPTOP, lang="en", measure=M)
    assert not wide.compact
    assert wide.options.title_size * wide.zoom >= TEXT_FLOOR_PX
    narrow = scale_for(hob, 40.0, LAPTOP, lang="en", measure=M)
    assert narrow.compact
    assert narrow.options.column_width * narrow.zoom == pytest.approx(40.0)
    for size in (narrow.options.title_size, narrow.options.number_size,
                 narrow.options.badge_size, narrow.options.label_size):
        assert size * narrow.zoom >= TEXT_FLOOR_PX - 1e-9
    tiny = scale_for(hob, 5.0, LAPTOP, lang="en", measure=M)  # an overview: text gives way
    assert tiny.options.column_width == MIN_COMPACT_COLUMN
    assert tiny.zoom * tiny.options.title_size < TEXT_FLOOR_PX


def test_compact_lanes_grow_into_a_tall_pane(hob: Journey) -> None:
    low = compact(hob, 40.0, Pane(687, 433, above=58.0))
    tall = compact(hob, 40.0, Pane(687, 800, above=58.0))
    assert tall.lanes[0].rect.height > low.lanes[0].rect.height
    assert tall.cards[0].rect.height > low.cards[0].rect.height


@pytest.mark.parametrize("pane", [LAPTOP, Pane(1226, 793, above=58.0), Pane(586, 433),
                                  Pane(687, 433, above=58.0, extra_columns=1.2)])
def test_the_sample_fits_the_pane_both_ways_at_a_legible_size(hob: Journey,
                                                              pane: Pane) -> None:
    column_px = fit_column_px(hob, pane, lang="en", measure=M, legible=True)
    scale = scale_for(hob, column_px, pane, lang="en", measure=M)
    layout = layout_map(hob, None, measure=M, options=scale.options)
    margin = scene_margin(scale.options, pane.margin)
    width = (layout.width + pane.extra_columns * scale.options.column_width + 2 * margin)
    height = layout.height + pane.above + 2 * margin
    assert width * scale.zoom <= pane.width
    assert height * scale.zoom <= pane.height
    assert scale.options.title_size * scale.zoom >= TEXT_FLOOR_PX - 1e-9


def test_a_long_journey_opens_legible_and_fits_only_when_asked(hob: Journey) -> None:
    long = Journey("Long", hob.steps * 10)
    legible = fit_column_px(long, LAPTOP, lang="en", measure=M, legible=True)
    assert scale_for(long, legible, LAPTOP, lang="en", measure=M).zoom == pytest.approx(
        TEXT_FLOOR_PX / 8.0)
    whole = fit_column_px(long, LAPTOP, lang="en", measure=M)
    scale = scale_for(long, whole, LAPTOP, lang="en", measure=M, fit_height=True)
    layout = layout_map(long, None, measure=M, options=scale.options)
    assert (layout.width + 2 * scene_margin(scale.options)) * scale.zoom <= LAPTOP.width


def test_the_full_face_is_unchanged_for_print() -> None:
    layout = layout_map(journey_of("website", "phone"), None, measure=M,
                        options=MapOptions(card_height=64.0, lane_height=76.0, title_lines=4))
    assert not any(card.compact or card.turned for card in layout.cards)
    assert all(lane.mode_label for lane in layout.lanes)


def test_a_compact_card_wide_enough_shows_the_whole_title(hob: Journey) -> None:
    layout = compact(hob, 130.0, Pane(687, 300))
    whole = [card for card in layout.cards if " ".join(card.title_lines) == card.title]
    assert whole  # short titles fit whole ...
    assert len(whole) < len(layout.cards)  # ... long ones give way to their key words
    card = layout.cards[11]  # "Error message after confirming the booking"
    assert " ".join(card.title_lines) in (card.title, "Error message confirming booking")
