"""Every page of every sample's report fits: no text leaves its box, none is under 7 pt, and the
map's slices show only the lanes their steps use, fewer slices on A3 than on A4."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from report_layout import Placed, layout_problems, placed_flowables
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from journeymap import paths
from journeymap.formats import read_journey
from journeymap.formats.pdf_draw import MapFlowable, Painted
from journeymap.session.context import AnalysisContext

SAMPLES = sorted(p.name for p in paths.sample_paths())


def build(name: str, lang: str, paper: str) -> tuple[bytes, list[Placed]]:
    journey = read_journey(paths.samples_dir() / name).journey
    return placed_flowables(journey, AnalysisContext(lang).analyze(journey), paper=paper)


@pytest.mark.parametrize("paper", ["a4", "a3"])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", SAMPLES)
def test_every_page_fits_its_frames(name: str, lang: str, paper: str) -> None:
    pdf, placed = build(name, lang, paper)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert {item.page for item in placed} == set(range(1, pages + 1))
    assert layout_problems(placed) == []


@pytest.mark.parametrize("name", SAMPLES)
def test_map_slices_show_only_their_lanes_and_a3_holds_more_steps(name: str) -> None:
    per_slice = {}
    for paper in ("a4", "a3"):
        _, placed = build(name, "en", paper)
        slices = [item.flowable.layout for item in placed
                  if isinstance(item.flowable, MapFlowable)]
        assert slices
        steps = [card.index for layout in slices for card in layout.cards]
        assert steps == sorted(set(steps)), "every step once, in order"
        for layout in slices:
            assert {lane.channel for lane in layout.lanes} == \
                {card.channel for card in layout.cards}
        per_slice[paper] = len(slices)
    assert per_slice["a3"] <= per_slice["a4"]
    if name == "cooking-hob-repair.en.journey.json":  # 20 steps: 3 slices on A4, 2 on A3
        assert per_slice["a3"] < per_slice["a4"]


def test_the_check_finds_overflowing_and_small_text() -> None:
    wide = Painted(100, 20, lambda pen: pen.text(90, 12, "far too long a line", 8, "#000000"))
    small = Paragraph("tiny", ParagraphStyle("Tiny", fontSize=6, leading=7))
    tall = Painted(100, 400, lambda pen: None)
    problems = layout_problems([Placed(1, wide, 200, 200), Placed(1, small, 200, 200),
                                Placed(2, tall, 200, 300)])
    assert any("leaves its drawing" in p for p in problems)
    assert any("6 pt" in p for p in problems)
    assert any("high in 300.0 pt" in p for p in problems)


def test_on_a3_the_overview_spreads_over_most_of_the_page() -> None:
    from reportlab.lib.pagesizes import A3, landscape

    from journeymap.formats.pdf_draw import OverviewFlowable

    _, placed = build("cooking-hob-repair.en.journey.json", "en", "a3")
    overview = next(item.flowable for item in placed
                    if isinstance(item.flowable, OverviewFlowable))
    assert overview.width >= 0.75 * landscape(A3)[0]
