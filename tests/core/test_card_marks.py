"""A card's marks (outcome, open proposals, findings, the ``+n`` count) never overlap.

Geometry only: every mark of a card lies inside the card, no two of its marks intersect, and
every finding on the card is either a marker or counted in its ``+n`` chip.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.findings import Analysis, Category, Finding, JourneyScore, Severity
from journeymap.core.layout import (
    CardBox,
    MapLayout,
    Rect,
    approximate_measure,
    compact_marks,
    layout_map,
)
from journeymap.core.map_fit import Pane, scale_for
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import read_journey

M = approximate_measure
LAPTOP = Pane(687, 433, above=58.0)  # the main window's map pane at 1280x720


@pytest.fixture
def hob(sample_paths: list[Path]) -> Journey:
    path = next(p for p in sample_paths if p.name == "cooking-hob-repair.en.journey.json")
    return read_journey(path).journey


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x - 1e-6 <= inner.x and inner.right <= outer.right + 1e-6
            and outer.y - 1e-6 <= inner.y and inner.bottom <= outer.bottom + 1e-6)


def marks(layout: MapLayout, card: CardBox) -> list[Rect]:
    rects = [card.badge_rect, *(r for r in (card.outcome_rect, card.proposal_rect,
                                            card.more_rect) if r is not None)]
    return rects + [m.rect for m in layout.markers if m.step_index == card.index]


def assert_marks_apart(layout: MapLayout, analysis: Analysis, *, counted: bool = True) -> None:
    for card in layout.cards:
        rects = marks(layout, card)
        assert all(inside(rect, card.rect) for rect in rects), card.index + 1
        crossing = [(a, b) for a, b in combinations(rects, 2) if overlap(a, b)]
        assert not crossing, f"step {card.index + 1}: {crossing}"
        on_card = sum(1 for f in analysis.findings if max(f.step_indexes) == card.index)
        shown = sum(1 for m in layout.markers if m.step_index == card.index)
        assert shown + card.more == on_card
        if card.more_rect is not None:
            assert card.more > 0
        in_row = card.outcome_rect is not None and card.outcome_rect.y < card.badge_rect.y
        if counted and not in_row:  # the narrowest cards may have no room left for the count
            assert (card.more_rect is not None) == (card.more > 0), card.index + 1


def compact(journey: Journey, analysis: Analysis, column_px: float,
            proposals: dict[int, int]) -> MapLayout:
    scale = scale_for(journey, column_px, LAPTOP, lang="en", measure=M)
    assert scale.compact
    return layout_map(journey, analysis, measure=M, options=scale.options,
                      proposals=proposals)


@pytest.mark.parametrize("column_px", [22.5, 28.5, 40.0, 80.0])
def test_the_marks_of_the_sample_with_proposals_do_not_overlap(hob: Journey,
                                                               column_px: float) -> None:
    analysis = analyze(hob)
    proposals = {7: 1, 11: 2, 12: 1, 14: 1, 16: 1}  # the busiest cards, the failed one
    layout = compact(hob, analysis, column_px, proposals)
    assert_marks_apart(layout, analysis, counted=column_px >= 28.5)
    if column_px >= 80.0:  # narrower cards may give the badge's room to the findings' count
        assert all(layout.cards[i].proposal_rect is not None for i in proposals)
    assert layout == compact(hob, analysis, column_px, proposals)  # the same every time


def test_a_narrow_card_with_many_findings_counts_the_rest() -> None:
    steps = (Step("Book the visit online", "website", -2, outcome=Outcome.FAILED),
             Step("Call the desk", "phone", 0))
    journey = Journey("Many", steps)
    findings = tuple(Finding(f"rule-{n}", Category.EMOTION, severity, (0,), "m", "t")
                     for n, severity in enumerate([Severity.LOW, Severity.HIGH, Severity.MEDIUM,
                                                   Severity.HIGH, Severity.LOW, Severity.LOW,
                                                   Severity.MEDIUM]))
    analysis = Analysis(findings, JourneyScore(), findings[:3])
    layout = compact(journey, analysis, 28.5, {0: 3})
    assert_marks_apart(layout, analysis)
    card = layout.cards[0]
    assert card.more > 0  # seven findings do not fit a card of 22 points
    shown = [m for m in layout.markers if m.step_index == 0]
    assert shown[0].severity is Severity.HIGH  # the most severe keep their markers
    assert {m.severity for m in shown} <= {Severity.HIGH, Severity.MEDIUM}
    title_bottom = max(m.rect.y for m in shown)  # the marks sit under the title's run
    assert card.title_x < min(r.y for r in marks(layout, card)[1:]) <= title_bottom


def test_full_cards_keep_the_proposal_badge_clear_of_the_chip_and_markers(hob: Journey) -> None:
    analysis = analyze(hob)
    layout = layout_map(hob, analysis, measure=M, proposals={7: 1, 11: 1, 19: 1})
    for index in (7, 11, 19):
        card = layout.cards[index]
        assert card.proposal_rect is not None
        for other in marks(layout, card)[:2]:
            if other is not card.proposal_rect:
                assert not overlap(card.proposal_rect, other)
        for marker in (m for m in layout.markers if m.step_index == index):
            assert not overlap(card.proposal_rect, marker.rect)


def test_compact_marks_flow_into_rows_and_make_room_for_the_count() -> None:
    strip = Rect(0.0, 50.0, 20.0, 9.0)
    items = [("outcome", 9.0), ("proposal", 12.0)] + [("marker", 9.0)] * 5
    placed, left_out = compact_marks(strip, items, 2, 1.5, lambda n: 9.0)
    kinds = [kind for kind, _ in placed]
    assert kinds[0] == "outcome"
    assert kinds[-1] == "more"
    assert left_out == 5 - kinds.count("marker")
    assert not any(overlap(a, b) for (_, a), (_, b) in combinations(placed, 2))
    one_row, hidden = compact_marks(strip, [("marker", 9.0)] * 2, 1, 1.5, lambda n: 9.0)
    assert hidden == 0
    assert [kind for kind, _ in one_row] == ["marker", "marker"]


def crowded_hob(hob: Journey) -> tuple[Journey, Analysis]:
    """The cooking hob sample with nine more findings on step 13 (it has four of its own)."""
    analysis = analyze(hob)
    extra = tuple(Finding(f"extra-{n}", Category.EMOTION, severity, (11, 12),
                          f"Extra finding {n}", f"Tip {n}")
                  for n, severity in enumerate([Severity.LOW, Severity.HIGH, Severity.MEDIUM] * 3))
    return hob, replace(analysis, findings=analysis.findings + extra)


@pytest.mark.parametrize("proposals", [{}, {12: 2}])
def test_full_cards_fold_the_markers_without_room_into_a_count(hob: Journey,
                                                               proposals: dict[int, int]) -> None:
    journey, analysis = crowded_hob(hob)
    layout = layout_map(journey, analysis, measure=M, proposals=proposals)
    assert not layout.cards[12].compact
    assert_marks_apart(layout, analysis)
    card = layout.cards[12]
    on_card = sum(1 for f in analysis.findings if max(f.step_indexes) == 12)
    shown = sorted((m for m in layout.markers if m.step_index == 12), key=lambda m: m.rect.x)
    assert on_card >= 8
    assert card.more > 0
    assert len(shown) + card.more == on_card
    assert card.more_rect is not None
    assert card.more_rect.x >= shown[-1].rect.right
    assert shown[0].severity is Severity.HIGH  # the most severe keep their markers
    row = [card.badge_rect, *(r for r in (card.outcome_rect, card.proposal_rect) if r)]
    assert all(m.rect.x >= max(r.right for r in row) for m in shown)  # beside the chip
    if not proposals:  # the sample's own findings fit without a count
        uncrowded = layout_map(hob, analyze(hob), measure=M)
        assert all(c.more == 0 for c in uncrowded.cards)


def test_the_svg_draws_the_full_cards_count_and_names_its_findings(hob: Journey) -> None:
    from xml.etree import ElementTree as ET

    from journeymap.formats.svg_map import map_svg

    journey, analysis = crowded_hob(hob)
    root = ET.fromstring(map_svg(journey, analysis, lang="en"))
    ns = {"svg": "http://www.w3.org/2000/svg"}
    counts = root.findall(".//svg:g[@class='more-findings']", ns)
    markers = root.findall(".//svg:g[@class='finding']", ns)
    assert len(counts) == 1
    assert [t.text for t in counts[0].findall("svg:text", ns)] == [
        f"+{counts[0].get('data-count')}"]
    assert len(markers) + int(counts[0].get("data-count", "0")) == len(analysis.findings)
    tips = "\n".join(g.findtext("svg:title", "", ns) for g in markers + counts)
    assert all(f"{f.message}\n{f.tip}" in tips for f in analysis.findings)
