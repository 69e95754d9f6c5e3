"""The map layout: lanes, columns, cards, wrapping, arrows, markers and the curve geometry."""

from __future__ import annotations

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.findings import Analysis, Category, Finding, JourneyScore, Severity
from journeymap.core.layout import (
    ELLIPSIS,
    MapOptions,
    approximate_measure,
    layout_curve,
    layout_map,
    marker_polygon,
    wrap_text,
)
from journeymap.core.model import Journey, Outcome, Step
from journeymap.core.scoring import score_journey
from journeymap.formats import read_journey

M = approximate_measure


def make_journey(*specs: tuple[str, int], **fields: object) -> Journey:
    steps = tuple(Step(f"Step {i + 1} on {channel}", channel, score)
                  for i, (channel, score) in enumerate(specs))
    return Journey("Test", steps, **fields)  # type: ignore[arg-type]


def finding(*indexes: int, severity: Severity = Severity.HIGH, rule: str = "lost-context"
            ) -> Finding:
    return Finding(rule, Category.INTEGRATION, severity, indexes, f"message {indexes}", "tip")


def analysis_of(*findings: Finding) -> Analysis:
    return Analysis(findings, JourneyScore(), findings[:3])


def test_lanes_follow_service_mode_then_catalogue_order() -> None:
    journey = make_journey(("face_to_face", 0), ("phone", 0), ("website", 0), ("email", 0),
                           ("portal", 0))
    layout = layout_map(journey, None, measure=M)
    assert [lane.channel for lane in layout.lanes] == [
        "website", "portal", "phone", "email", "face_to_face"]
    assert [lane.mode.value for lane in layout.lanes] == ["self", "self", "live", "written",
                                                          "face_to_face"]


@pytest.mark.parametrize(("lang", "subtitles"), [
    ("en", {"phone": "live service", "email": "written", "letter": "written",
            "face_to_face": "face-to-face"}),
    ("nl", {"phone": "live contact", "email": "schriftelijk", "letter": "schriftelijk",
            "face_to_face": "fysiek contact"}),
])
def test_written_channels_are_not_called_live_service(lang: str,
                                                       subtitles: dict[str, str]) -> None:
    journey = make_journey(("phone", 0), ("email", 0), ("letter", 0), ("face_to_face", 0))
    layout = layout_map(journey, None, measure=M, lang=lang)
    assert {lane.channel: lane.mode_label for lane in layout.lanes} == subtitles


def test_lane_labels_are_in_the_language_asked_for() -> None:
    journey = make_journey(("phone", 0), ("face_to_face", 1))
    assert [lane.label for lane in layout_map(journey, None, measure=M, lang="nl").lanes] == [
        "Telefoon", "Balie / bezoek"]
    assert [lane.label for lane in layout_map(journey, None, measure=M, lang="en").lanes] == [
        "Phone", "Desk / visit"]


def test_each_card_sits_in_its_lane_and_column() -> None:
    journey = make_journey(("website", -2), ("phone", 1), ("website", 2))
    layout = layout_map(journey, None, measure=M)
    for card, step in zip(layout.cards, journey.steps, strict=True):
        lane = layout.lanes[layout.lane_index(step.channel)]  # type: ignore[index]
        assert lane.rect.y <= card.rect.y
        assert card.rect.bottom <= lane.rect.bottom
        assert card.rect.center_x == pytest.approx(layout.column_center_x(card.index))
        assert card.rect.x >= layout.columns_left
        assert card.sign == {-2: "--", 1: "+", 2: "++"}[step.score]
        assert card.badge_rect.x >= card.rect.x
        assert card.badge_rect.bottom <= card.rect.bottom
    assert layout.width == pytest.approx(layout.columns_left + 3 * layout.options.column_width)
    assert layout.height == pytest.approx(layout.lanes[-1].rect.bottom)


def test_title_lines_fit_the_card_and_end_with_an_ellipsis_when_cut() -> None:
    long_title = "Afspraak inplannen in de online serviceassistent " * 4
    journey = Journey("T", (Step(long_title, "website", 0), Step("Kort", "website", 0)))
    layout = layout_map(journey, None, measure=M)
    options = layout.options
    room = options.card_width - 2 * options.padding
    long_card, short_card = layout.cards
    assert len(long_card.title_lines) == options.title_lines
    assert long_card.title_lines[-1].endswith(ELLIPSIS)
    assert all(M(line, options.title_size) <= room for line in long_card.title_lines)
    assert short_card.title_lines == ("Kort",)
    last_baseline = long_card.title_baselines[-1]
    assert last_baseline < long_card.badge_rect.y  # the title never runs into the badge


@pytest.mark.parametrize(("text", "width", "lines", "expected"), [
    ("one two three", 1000, 3, ("one two three",)),
    ("one two three", 30, 3, ("one", "two", "three")),
    ("one two three four", 30, 2, ("one", "two t" + ELLIPSIS)),
    ("", 100, 3, ()),
])
def test_wrap_text(text: str, width: float, lines: int, expected: tuple[str, ...]) -> None:
    assert wrap_text(text, width, 8.0, M, lines) == expected


def test_a_word_wider_than_the_line_is_broken() -> None:
    lines = wrap_text("Onderdeelnummerverificatieformulier", 60, 8.0, M, 5)
    assert len(lines) > 1
    assert "".join(lines) == "Onderdeelnummerverificatieformulier"
    assert all(M(line, 8.0) <= 60 for line in lines)


def test_every_painter_wraps_with_the_measure_it_is_given() -> None:
    journey = Journey("T", (Step("aaaa bbbb cccc dddd", "website", 0),))
    narrow = layout_map(journey, None, measure=lambda text, size: len(text) * 20.0)
    wide = layout_map(journey, None, measure=lambda text, size: len(text) * 1.0)
    assert len(narrow.cards[0].title_lines) > len(wide.cards[0].title_lines) == 1


def test_arrows_connect_consecutive_steps_and_mark_channel_switches() -> None:
    journey = make_journey(("website", 0), ("website", 0), ("phone", 0))
    layout = layout_map(journey, None, measure=M)
    same, switch = layout.arrows
    assert (same.from_index, same.to_index, same.channel_switch) == (0, 1, False)
    assert (switch.from_index, switch.to_index, switch.channel_switch) == (1, 2, True)
    assert len(same.points) == 2
    assert len(switch.points) == 4  # out, down, in: orthogonal
    first, second, third = layout.cards
    assert same.points[0] == (first.rect.right, first.rect.center_y)
    assert switch.points[-1] == (third.rect.x, third.rect.center_y)
    assert all(x == pytest.approx(switch.points[1][0]) for x, _ in switch.points[1:3])


def test_phase_bands_cover_their_consecutive_steps() -> None:
    steps = tuple(Step(f"s{i}", "website", 0, phase=phase)
                  for i, phase in enumerate(["A", "A", "B", None, "A"]))
    layout = layout_map(Journey("T", steps, phases=("A", "B")), None, measure=M)
    assert [(b.name, b.first_index, b.last_index) for b in layout.phases] == [
        ("A", 0, 1), ("B", 2, 2), ("A", 4, 4)]
    band = layout.phases[0]
    assert band.rect.x >= layout.columns_left
    assert band.rect.bottom <= layout.columns_top


def test_a_journey_without_phases_has_no_phase_row() -> None:
    layout = layout_map(make_journey(("website", 0)), None, measure=M)
    assert layout.phases == ()
    assert layout.columns_top == pytest.approx(layout.options.header_height)


def test_outcome_marks_only_for_steps_that_did_not_succeed() -> None:
    steps = tuple(Step(o.value, "website", 0, outcome=o) for o in Outcome)
    layout = layout_map(Journey("T", steps), None, measure=M)
    marks = {card.outcome: card.outcome_mark for card in layout.cards}
    assert marks[Outcome.SUCCESS] is None
    assert len({marks[Outcome.FAILED], marks[Outcome.ABANDONED], marks[Outcome.PENDING]}) == 3
    for card in layout.cards:
        if card.outcome_rect is not None:
            assert card.outcome_rect.x >= card.badge_rect.right


def test_markers_sit_on_the_last_step_they_concern_inside_the_card() -> None:
    journey = make_journey(("website", -2), ("phone", -1), ("phone", 0))
    found = (finding(0, 1), finding(1, severity=Severity.LOW, rule="slow-response"),
             finding(2, severity=Severity.MEDIUM, rule="emotional-cliff"))
    layout = layout_map(journey, analysis_of(*found), measure=M)
    assert [(m.finding_index, m.step_index) for m in sorted(
        layout.markers, key=lambda m: m.finding_index)] == [(0, 1), (1, 1), (2, 2)]
    for marker in layout.markers:
        card = layout.cards[marker.step_index].rect
        assert card.x <= marker.rect.x
        assert marker.rect.right <= card.right
        assert card.y <= marker.rect.y
        assert marker.rect.bottom <= card.bottom
    on_second = sorted(layout.markers_by_step()[1], key=lambda m: m.rect.x)
    assert on_second[0].rect.right <= on_second[1].rect.x  # side by side, not on top
    assert {m.shape for m in layout.markers} == {"triangle", "circle", "diamond"}


def test_many_markers_on_one_card_stay_inside_it() -> None:
    journey = make_journey(("website", -2))
    layout = layout_map(journey, analysis_of(*(finding(0) for _ in range(9))), measure=M)
    card = layout.cards[0]
    assert len(layout.markers) + card.more == 9
    assert card.more > 0
    assert card.more_rect is not None
    rects = sorted([m.rect for m in layout.markers] + [card.more_rect], key=lambda r: r.x)
    assert all(a.right <= b.x for a, b in zip(rects, rects[1:], strict=False))  # side by side
    assert all(r.x > card.badge_rect.right and r.right <= card.rect.right for r in rects)


def test_hit_tests_find_cards_markers_and_lanes() -> None:
    journey = make_journey(("website", -2), ("phone", 1))
    layout = layout_map(journey, analysis_of(finding(0, 1)), measure=M)
    second = layout.cards[1]
    assert layout.card_at(second.rect.center_x, second.rect.center_y) is second
    assert layout.card_at(second.rect.center_x, layout.cards[0].rect.center_y) is None
    marker = layout.markers[0]
    assert layout.marker_at(marker.rect.center_x, marker.rect.center_y) is marker
    assert layout.lane_at(second.rect.center_y).channel == "phone"  # type: ignore[union-attr]
    assert layout.column_at(0.0) is None


def test_real_analysis_of_the_cooking_hob_puts_a_marker_per_finding(sample_paths) -> None:
    path = next(p for p in sample_paths if p.name.startswith("cooking-hob"))
    journey = read_journey(path).journey
    analysis = analyze(journey, lang="en")
    layout = layout_map(journey, analysis, measure=M)
    assert len(layout.markers) == len(analysis.findings) > 0
    for marker in layout.markers:
        assert marker.step_index == max(analysis.findings[marker.finding_index].step_indexes)


def test_layout_of_a_thousand_steps_has_every_card() -> None:
    channels = ["website", "phone", "email", "face_to_face"]
    steps = tuple(Step(f"Step {i} with a few words to wrap", channels[i % 4], i % 5 - 2)
                  for i in range(1000))
    layout = layout_map(Journey("Long", steps), None, measure=M)
    assert len(layout.cards) == 1000
    assert len(layout.arrows) == 999
    assert layout.column_at(layout.column_center_x(999)) == 999


def test_bigger_options_scale_the_map() -> None:
    journey = make_journey(("website", 0), ("phone", 0))
    small = layout_map(journey, None, measure=M)
    big = layout_map(journey, None, measure=M, options=MapOptions(column_width=200,
                                                                  card_width=180))
    assert big.width > small.width
    assert big.cards[1].rect.width == 180


def test_marker_polygons_lie_in_their_rect() -> None:
    journey = make_journey(("website", 0))
    rect = layout_map(journey, analysis_of(finding(0)), measure=M).markers[0].rect
    for shape in ("triangle", "diamond"):
        points = marker_polygon(rect, shape)
        assert all(rect.contains(x, y) for x, y in points)
    assert marker_polygon(rect, "circle") == ()


def test_curve_aligns_with_the_map_columns_and_places_scores() -> None:
    journey = make_journey(("website", -2), ("phone", 0), ("email", 2))
    layout = layout_map(journey, None, measure=M)
    curve = layout_curve(score_journey(journey), layout.width, 120,
                         column_centers=layout.column_centers(), plot_left=layout.columns_left)
    assert [dot.x for dot in curve.dots] == pytest.approx(list(layout.column_centers()))
    low, zero, high = curve.dots
    assert low.y > zero.y > high.y  # y grows downwards
    assert zero.y == pytest.approx(curve.zero_y)
    assert [t.label for t in curve.y_ticks] == ["--", "-", "0", "+", "++"]
    assert curve.plot.y <= high.y
    assert low.y <= curve.plot.bottom


def test_curve_step_numbers_never_crowd() -> None:
    steps = tuple(Step(f"s{i}", "website", i % 5 - 2) for i in range(1000))
    curve = layout_curve(score_journey(Journey("T", steps)), 700, 150)
    positions = [t.position for t in curve.x_ticks]
    assert len(curve.dots) == 1000
    assert all(b - a >= 18 for a, b in zip(positions[1:], positions[2:], strict=False))


def test_cumulative_curve_ticks_cover_the_values() -> None:
    steps = tuple(Step(f"s{i}", "website", -2) for i in range(12))
    curve = layout_curve(score_journey(Journey("T", steps)), 400, 150, value="cumulative")
    values = [t.value for t in curve.y_ticks]
    assert min(values) <= -24
    assert max(values) >= 0
    assert all(curve.plot.y - 0.01 <= dot.y <= curve.plot.bottom + 0.01 for dot in curve.dots)


def test_empty_journey_lays_out_to_an_empty_map() -> None:
    layout = layout_map(Journey("Empty"), None, measure=M)
    assert (layout.cards, layout.lanes, layout.arrows, layout.markers) == ((), (), (), ())
    assert layout_curve(JourneyScore(), 300, 100).dots == ()
