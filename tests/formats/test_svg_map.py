"""The map and curve as hand-written SVG: valid XML, titles as text, same layout as the others."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.layout import approximate_measure, layout_map
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import read_journey
from journeymap.formats.svg_map import curve_svg, map_svg

NS = {"svg": "http://www.w3.org/2000/svg"}


@pytest.fixture
def journey() -> Journey:
    return Journey("Tom & Jerry <test>", (
        Step("Zoeken naar \"reparatie\" & <prijs>", "website", 1),
        Step("Afspraak mislukt", "website", -2, outcome=Outcome.FAILED, referred_to="phone"),
        Step("Bellen: 'bĳ de balie' kost € 10", "phone", -1, context_available=False),
    ), language="nl")


def cards(root: ET.Element) -> list[ET.Element]:
    return root.findall(".//svg:g[@class='step']", NS)


def test_map_svg_parses_and_keeps_every_step_title_as_text(journey: Journey) -> None:
    analysis = analyze(journey, lang="nl")
    root = ET.fromstring(map_svg(journey, analysis, lang="nl"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    layout = layout_map(journey, analysis, measure=approximate_measure, lang="nl")
    found = cards(root)
    assert len(found) == len(journey.steps)
    for number, (group, card) in enumerate(zip(found, layout.cards, strict=True), start=1):
        step = journey.steps[card.index]
        title = group.find("svg:title", NS)
        assert title is not None
        assert title.text == f"{number}. {step.title}"
        lines = tuple(t.text for t in group.findall("svg:text", NS))[:len(card.title_lines)]
        assert lines == card.title_lines
        assert " ".join(lines) == step.title  # short titles are kept whole, as text


def test_lane_labels_markers_and_fonts(journey: Journey) -> None:
    analysis = analyze(journey, lang="nl")
    root = ET.fromstring(map_svg(journey, analysis, lang="nl"))
    assert root.get("font-family", "").startswith("'DejaVu Sans'")
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Website", "Telefoon"} <= texts
    markers = root.findall(".//svg:g[@class='finding']", NS)
    assert len(markers) == len(analysis.findings) > 0
    tooltips = {m.find("svg:title", NS).text for m in markers}  # type: ignore[union-attr]
    for finding in analysis.findings:
        assert f"{finding.message}\n{finding.tip}" in tooltips


def test_svg_size_follows_the_shared_layout(journey: Journey) -> None:
    layout = layout_map(journey, None, measure=approximate_measure, lang="en")
    root = ET.fromstring(map_svg(journey, None, lang="en"))
    view = [float(v) for v in root.get("viewBox", "").split()]
    assert view[2] == pytest.approx(layout.width + 24, abs=0.01)
    assert view[3] == pytest.approx(layout.height + 24, abs=0.01)


def test_curve_svg_has_a_dot_per_step_and_signed_ticks(journey: Journey) -> None:
    root = ET.fromstring(curve_svg(journey, analyze(journey), lang="en"))
    assert len(root.findall(".//svg:circle", NS)) == len(journey.steps)
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"--", "-", "0", "+", "++", "1", "2", "3"} <= texts


def test_sample_maps_are_valid_svg(sample_paths) -> None:
    for path in sample_paths:
        journey = read_journey(path).journey
        text = map_svg(journey, analyze(journey, lang=journey.language), lang=journey.language)
        assert len(cards(ET.fromstring(text))) == len(journey.steps)
