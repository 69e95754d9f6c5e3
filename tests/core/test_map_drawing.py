"""The shared drawing of map elements, seen through a surface that records every call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from journeymap.core import theme
from journeymap.core.analysis import analyze
from journeymap.core.findings import Severity
from journeymap.core.layout import (
    FindingMarker,
    MapLayout,
    Rect,
    approximate_measure,
    layout_curve,
    layout_map,
)
from journeymap.core.map_drawing import (
    draw_arrow,
    draw_card,
    draw_curve,
    draw_lane,
    draw_map,
    draw_marker,
)
from journeymap.core.model import Journey, Outcome, Step

MINUS = "\u2212"


@dataclass
class Call:
    """One primitive drawn: its name, positional and keyword arguments."""

    name: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)


class RecordingSurface:
    """A ``Surface`` that remembers what was drawn, in order."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

    def _record(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.calls.append(Call(name, args, kwargs))

    def rect(self, rect: Rect, fill: str, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0) -> None:
        self._record("rect", rect, fill, stroke=stroke, width=width, radius=radius)

    def line(self, points: Sequence[tuple[float, float]], colour: str, width: float,
             dash: Sequence[float] | None = None) -> None:
        self._record("line", tuple(points), colour, width=width, dash=dash)

    def polygon(self, points: Sequence[tuple[float, float]], fill: str,
                stroke: str | None = None, width: float = 0.8) -> None:
        self._record("polygon", tuple(points), fill, stroke=stroke, width=width)

    def circle(self, cx: float, cy: float, radius: float, fill: str,
               stroke: str | None = None, width: float = 0.8) -> None:
        self._record("circle", cx, cy, radius, fill, stroke=stroke, width=width)

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        self._record("text", x, y, text, size, colour, bold=bold, anchor=anchor)

    def top_bar(self, rect: Rect, colour: str) -> None:
        self._record("top_bar", rect, colour)

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        self._record("begin_group", kind, dict(attributes), tooltip)

    def end_group(self) -> None:
        self._record("end_group")

    def named(self, name: str) -> list[Call]:
        return [call for call in self.calls if call.name == name]

    def texts(self) -> list[str]:
        return [call.args[2] for call in self.named("text")]


@pytest.fixture
def journey() -> Journey:
    return Journey("Hob repair", (
        Step("Look up the price of the spare part on the website", "website", 1),
        Step("Booking hangs in the browser", "website", -2, outcome=Outcome.FAILED),
        Step("Call the helpdesk and explain it all again", "phone", -1,
             context_available=False),
    ))


@pytest.fixture
def layout(journey: Journey) -> MapLayout:
    return layout_map(journey, analyze(journey), measure=approximate_measure)


def test_card_draws_its_title_lines_and_the_sign_of_its_score(layout: MapLayout) -> None:
    surface = RecordingSurface()
    card = layout.cards[1]
    draw_card(surface, card, layout.options)
    texts = surface.texts()
    assert " ".join(texts[:len(card.title_lines)]) == "Booking hangs in the browser"
    assert MINUS * 2 in texts  # -2 printed with true minus signs
    assert "✗" in texts  # the failed outcome
    assert surface.named("top_bar")[0].args[1] == theme.score_colour(-2)


def test_card_is_one_group_named_by_step_number_with_its_full_title(layout: MapLayout) -> None:
    surface = RecordingSurface()
    draw_card(surface, layout.cards[0], layout.options)
    assert surface.calls[0].args == (
        "step", {"data-step": "1"}, "1. Look up the price of the spare part on the website")
    assert surface.calls[-1].name == "end_group"


def test_positive_card_shows_a_plus_and_no_outcome_mark(layout: MapLayout) -> None:
    surface = RecordingSurface()
    draw_card(surface, layout.cards[0], layout.options)
    texts = surface.texts()
    assert "+" in texts
    assert not {"✗", "⊘", "◷"} & set(texts)


def test_channel_switch_arrow_is_dashed_and_orange_other_arrows_solid(layout: MapLayout) -> None:
    same, switch = layout.arrows
    assert not same.channel_switch
    assert switch.channel_switch
    solid, dashed = RecordingSurface(), RecordingSurface()
    draw_arrow(solid, same)
    draw_arrow(dashed, switch)
    assert solid.named("line")[0].kwargs["dash"] is None
    line = dashed.named("line")[0]
    assert line.kwargs["dash"]
    assert line.args[1] == theme.SWITCH_ARROW
    assert line.kwargs["width"] > solid.named("line")[0].kwargs["width"]
    assert dashed.named("polygon")[0].args[1] == theme.SWITCH_ARROW  # the head


def test_arrow_line_stops_where_its_head_begins(layout: MapLayout) -> None:
    surface = RecordingSurface()
    arrow = layout.arrows[0]
    draw_arrow(surface, arrow)
    line_end = surface.named("line")[0].args[0][-1]
    tip = surface.named("polygon")[0].args[0][0]
    assert tip == arrow.points[-1]
    assert line_end[0] < tip[0]


@pytest.mark.parametrize(("severity", "shape", "primitive"), [
    (Severity.HIGH, "triangle", "polygon"),
    (Severity.MEDIUM, "diamond", "polygon"),
    (Severity.LOW, "circle", "circle"),
])
def test_marker_uses_its_severity_colour_and_shape(severity: Severity, shape: str,
                                                    primitive: str) -> None:
    surface = RecordingSurface()
    marker = FindingMarker(0, "lost-context", severity, Rect(10, 10, 12, 12), 0, (0,), shape)
    draw_marker(surface, marker, tooltip="Context lost\nPass the case on")
    drawn = surface.named(primitive)
    assert len(drawn) == 1
    fill = drawn[0].args[1] if primitive == "polygon" else drawn[0].args[3]
    assert fill == theme.SEVERITY_COLOURS[severity]
    glyph = surface.named("text")[0]
    assert glyph.args[2] == "!"
    assert glyph.args[4] == theme.SEVERITY_TEXT[severity]
    assert surface.calls[0].args == ("finding", {"data-rule": "lost-context",
                                                 "data-severity": severity.value},
                                     "Context lost\nPass the case on")


def test_high_marker_is_drawn_in_the_high_colour_not_the_low_one() -> None:
    surface = RecordingSurface()
    draw_marker(surface, FindingMarker(0, "r", Severity.HIGH, Rect(0, 0, 12, 12), 0, (0,),
                                       "triangle"))
    fill = surface.named("polygon")[0].args[1]
    assert fill == theme.SEVERITY_COLOURS[Severity.HIGH] != theme.SEVERITY_COLOURS[Severity.LOW]


def test_lane_shows_channel_name_and_service_mode(layout: MapLayout) -> None:
    surface = RecordingSurface()
    draw_lane(surface, layout.lanes[1], layout.options)
    assert surface.texts() == ["Phone", "live service"]
    band = surface.named("rect")[0].args[0]
    assert band == layout.lanes[1].rect  # the band covers the label column too


def test_lane_span_draws_only_those_columns_and_still_tints_the_label(layout: MapLayout) -> None:
    surface = RecordingSurface()
    lane = layout.lanes[0]
    draw_lane(surface, lane, layout.options, span=(200.0, 300.0))
    rects = [call.args[0] for call in surface.named("rect")]
    assert lane.label_rect in rects
    assert Rect(200.0, lane.rect.y, 100.0, lane.rect.height) in rects
    separator = surface.named("line")[0].args[0]
    assert separator == ((200.0, lane.rect.bottom), (300.0, lane.rect.bottom))


def test_draw_map_draws_every_step_and_every_finding_with_its_tip(journey: Journey,
                                                                  layout: MapLayout) -> None:
    found = analyze(journey).findings
    surface = RecordingSurface()
    draw_map(surface, layout, found)
    groups = surface.named("begin_group")
    steps = [call for call in groups if call.args[0] == "step"]
    findings = [call for call in groups if call.args[0] == "finding"]
    assert [call.args[1]["data-step"] for call in steps] == ["1", "2", "3"]
    assert len(findings) == len(layout.markers) > 0
    tooltips = {call.args[2] for call in findings}
    assert all(f"{f.message}\n{f.tip}" in tooltips for f in found)
    assert len(surface.named("begin_group")) == len(surface.named("end_group"))
    assert {"1", "2", "3"} <= set(surface.texts())  # step numbers


def test_curve_draws_a_dot_per_step_in_its_score_colour() -> None:
    journey = Journey("Curve", (Step("A", "website", 2), Step("B", "phone", -2)))
    curve = layout_curve(analyze(journey).score, 300, 120)
    surface = RecordingSurface()
    draw_curve(surface, curve, caption="Score per step")
    dots = surface.named("circle")
    assert [call.args[3] for call in dots] == [theme.score_colour(2), theme.score_colour(-2)]
    texts = surface.texts()
    assert "Score per step" in texts
    assert {"++", "--", "1", "2"} <= set(texts)
