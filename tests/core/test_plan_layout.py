"""The plan row: planned touchpoints over the actual steps that realised them, ghosts, badges."""

from __future__ import annotations

from dataclasses import replace

from journeymap.core.deviations import DeviationKind, compare, touchpoint_counts
from journeymap.core.layout import MapLayout, approximate_measure, layout_map
from journeymap.core.map_fit import COMPACT
from journeymap.core.model import Journey, JourneyKind, Outcome, Step
from journeymap.core.plan_layout import (
    MIN_GHOST_WIDTH,
    PlanRow,
    layout_comparison_row,
    layout_counts_row,
)

M = approximate_measure


def plan() -> Journey:
    return Journey("Repair as designed", kind=JourneyKind.PLANNED, steps=(
        Step("Find the part online", "website", 1, id="p1"),
        Step("Book online", "website", 1, id="p2"),
        Step("Confirmation by e-mail", "email", 1, id="p3"),
        Step("Engineer visit", "face_to_face", 1, id="p4"),
    ))


def row_of(actual: Journey) -> tuple[PlanRow, MapLayout]:
    layout = layout_map(actual, None, measure=M)
    row = layout_comparison_row(compare(plan(), actual), layout, measure=M, heading="Plan",
                                ad_hoc_text="ad hoc")
    return row, layout


def test_each_touchpoint_sits_over_the_step_that_realised_it() -> None:
    actual = Journey("Lived", plan="Repair as designed", steps=plan().steps)
    row, layout = row_of(actual.with_changes(steps=tuple(
        s.with_changes(id="") for s in plan().steps)))
    assert [card.kind for card in row.cards] == [DeviationKind.COMPLETED] * 4
    for card, box in zip(row.cards, layout.cards, strict=True):
        assert card.rect.center_x == box.rect.center_x
        assert card.rect.bottom < 0 <= box.rect.y  # the row lies above the map
    assert row.badges == ()


def test_a_retry_widens_the_card_and_a_call_gets_the_ghost_and_an_ad_hoc_badge() -> None:
    row, layout = row_of(Journey("Lived", steps=(
        Step("Found the part online", "website", 1),
        Step("Book online", "website", -2, outcome=Outcome.FAILED),
        Step("Book online again", "website", -1),
        Step("Called the desk", "phone", 0),
        Step("Engineer visit", "face_to_face", 1),
    )))
    booking = row.card_of("p2")
    assert booking.kind is DeviationKind.FAILING
    assert booking.actual_steps == (1, 2)
    assert booking.rect.x < layout.cards[1].rect.center_x
    assert booking.rect.right > layout.cards[2].rect.center_x  # over both tries
    ghost = row.card_of("p3")
    assert ghost.kind is DeviationKind.MISSING
    assert ghost.line == 0
    assert ghost.rect.center_x == layout.cards[3].rect.center_x  # over the improvised call
    assert [badge.step_index for badge in row.badges] == [3]
    badge = row.badges[0].rect
    card = layout.cards[3].rect
    assert card.x < badge.x
    assert badge.right < card.right
    assert badge.y < card.y < badge.bottom  # on the card's top edge


def test_a_touchpoint_missing_between_neighbouring_steps_goes_to_the_second_line() -> None:
    row, layout = row_of(Journey("Lived", steps=(
        Step("Find the part online", "website", 1),
        Step("Book online", "website", 1),
        Step("Engineer visit", "face_to_face", 1),
    )))
    ghost = row.card_of("p3")
    assert ghost.line == 1
    first_line = [card for card in row.cards if card.line == 0]
    assert all(ghost.rect.y >= card.rect.bottom for card in first_line)
    boundary = layout.columns_left + 2 * layout.options.column_width
    assert ghost.rect.x < boundary < ghost.rect.right  # where it should have happened
    assert row.rect.bottom < 0
    assert row.rect.y <= ghost.rect.y


def test_ghosts_never_overlap_and_missing_ones_at_the_end_get_columns_of_their_own() -> None:
    row, layout = row_of(Journey("Lived", steps=(Step("Find the part online", "website", 1),)))
    ghosts = [card for card in row.cards if card.kind is DeviationKind.MISSING]
    assert [card.planned_step for card in ghosts] == ["p2", "p3", "p4"]
    assert all(card.rect.width >= MIN_GHOST_WIDTH for card in ghosts)
    rects = sorted((card.rect for card in row.cards), key=lambda r: (r.y, r.x))
    for before, after in zip(rects, rects[1:], strict=False):
        assert before.y != after.y or before.right <= after.x
    assert row.rect.right >= max(r.right for r in rects)  # the scene grows to hold them
    assert layout.width < row.rect.right


def test_an_open_plan_shows_its_counts_over_each_of_its_steps() -> None:
    lived = Journey("Lived", steps=(Step("Find the part online", "website", 1),))
    counts = touchpoint_counts(plan(), [compare(plan(), lived), compare(plan(), plan())])
    layout = layout_map(plan(), None, measure=M)
    row = layout_counts_row(plan(), counts, layout, measure=M, heading="Plan",
                            subtitle="2 actual journeys")
    assert [(c.counts.completed, c.counts.missing) for c in row.cards  # type: ignore[union-attr]
            ] == [(2, 0), (1, 1), (1, 1), (1, 1)]
    for card, box in zip(row.cards, layout.cards, strict=True):
        assert card.rect.center_x == box.rect.center_x


def test_a_compact_card_gets_the_ad_hoc_corner_mark_inside_it_and_a_full_card_the_word() -> None:
    actual = Journey("Lived", steps=(
        Step("Found the part online", "website", 1),
        Step("Called the desk about the booking", "phone", 0),
        Step("Engineer visit", "face_to_face", 1),
    ))
    full = layout_map(actual, None, measure=M)
    narrow = layout_map(actual, None, measure=M,
                        options=replace(COMPACT, column_width=25.0, card_width=22.0))
    for layout, corner in ((full, False), (narrow, True)):
        row = layout_comparison_row(compare(plan(), actual), layout, measure=M,
                                    heading="Plan", ad_hoc_text="ad hoc")
        assert [badge.step_index for badge in row.badges] == [1]
        badge = row.badges[0]
        assert badge.corner is corner
        assert badge.text == "ad hoc"  # whole: drawn on the full card, the tooltip's word
        card = layout.cards[1].rect
        if corner:  # inside the card, clear of the title that starts under the score bar
            assert card.x <= badge.rect.x < badge.rect.right <= card.right
            assert card.y <= badge.rect.y < badge.rect.bottom <= card.bottom
            assert badge.rect.width <= card.width / 3
        else:
            assert M("ad hoc", row.options.badge_size) < badge.rect.width < card.width
