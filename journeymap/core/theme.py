"""Every colour of the map, the curve and the report, as ``#rrggbb`` strings.

One place, used by the Qt painters, reportlab and the SVG writer alike, so the map looks the same
everywhere. The score scale is a diverging red - grey - green whose ends differ in lightness as well
as hue (so it survives deuteranopia and greyscale printing); every score is also drawn with its sign
``-- - 0 + ++``, so colour is never the only carrier of meaning.
"""

from __future__ import annotations

from journeymap.core.channels import ServiceMode, channel
from journeymap.core.findings import Severity

# Neutrals
INK = "#1F2933"  # body text, outlines that must read
PAPER = "#FFFFFF"
MUTED = "#5F6B78"  # secondary text (labels, axis ticks); 5.6:1 on white
FAINT = "#8A96A3"  # decorative text only (never the only carrier of meaning)
GRID = "#D5DBE1"  # hairlines, zero line, table rules
RULE = "#E6EAEE"  # very light separators, table stripes
ACCENT = "#1F6FEB"  # selection, focus, the current step
ACCENT_SOFT = "#DCE9FD"

# Cards and arrows
CARD_FILL = "#FFFFFF"
CARD_BORDER = "#AEB8C2"
ARROW = "#7D8A96"
SWITCH_ARROW = "#C2410C"  # a channel switch: a darker orange, drawn thicker and dashed

# Phase bands alternate between two tints so neighbouring phases stay apart.
PHASE_FILLS: tuple[str, str] = ("#E3E8EE", "#D3DBE4")
PHASE_TEXT = INK

#: Score -2..2: background of the badge / dot and the text colour that reads on it.
SCORE_COLOURS: dict[int, str] = {
    -2: "#B42318",  # dark red
    -1: "#F08C78",  # light coral
    0: "#B5BDC6",  # grey
    1: "#74C7A5",  # light teal-green
    2: "#137A55",  # dark teal-green
}
SCORE_TEXT: dict[int, str] = {-2: PAPER, -1: INK, 0: INK, 1: INK, 2: PAPER}

#: Severity of a finding: marker fill, the text on it, and the marker shape.
SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.HIGH: "#B42318",
    Severity.MEDIUM: "#D97706",
    Severity.LOW: "#4B6B8A",
}
SEVERITY_TEXT: dict[Severity, str] = {
    Severity.HIGH: PAPER,
    Severity.MEDIUM: INK,
    Severity.LOW: PAPER,
}
#: Shapes make severities tell apart without colour: triangle > diamond > circle.
SEVERITY_SHAPES: dict[Severity, str] = {
    Severity.HIGH: "triangle",
    Severity.MEDIUM: "diamond",
    Severity.LOW: "circle",
}

#: Lane background tint and the stronger stripe colour per service mode.
LANE_TINTS: dict[ServiceMode, str] = {
    ServiceMode.SELF: "#EEF3F8",
    ServiceMode.LIVE: "#F3EFF8",
    ServiceMode.WRITTEN: "#EDF5F1",
    ServiceMode.FACE_TO_FACE: "#F7F2E8",
}
LANE_STRIPES: dict[ServiceMode, str] = {
    ServiceMode.SELF: "#4A78A8",
    ServiceMode.LIVE: "#7455A3",
    ServiceMode.WRITTEN: "#3E8066",
    ServiceMode.FACE_TO_FACE: "#9A6F2E",
}

#: Outcome marks (drawn as a glyph that DejaVu Sans has) and their colour.
OUTCOME_COLOURS: dict[str, str] = {
    "failed": "#B42318",
    "abandoned": "#B42318",
    "pending": "#B26B00",
}


def score_colour(score: int) -> str:
    """Return the fill colour for ``score`` (-2..2)."""
    return SCORE_COLOURS[max(-2, min(2, score))]


def score_text_colour(score: int) -> str:
    """Return the text colour that reads on ``score_colour(score)``."""
    return SCORE_TEXT[max(-2, min(2, score))]


def lane_tint(channel_id: str) -> str:
    """Return the lane background for a channel, by its service mode."""
    return LANE_TINTS[channel(channel_id).mode]


def lane_stripe(channel_id: str) -> str:
    """Return the lane's stripe colour for a channel, by its service mode."""
    return LANE_STRIPES[channel(channel_id).mode]


def rgb(colour: str) -> tuple[float, float, float]:
    """Return ``#rrggbb`` as three floats 0..1 (for reportlab)."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)

#: The plan row above an actual journey's map: a planned touchpoint's border, fill and status
#: text by its fate (``core.deviations.DeviationKind`` values); the ad hoc badge on a card.
PLAN_ROW_FILL = "#F1F4F7"
DEVIATION_BORDERS: dict[str, str] = {
    "completed": "#137A55", "failing": "#B42318", "missing": "#8A96A3", "ad_hoc": "#6D28D9"}
DEVIATION_FILLS: dict[str, str] = {
    "completed": "#FFFFFF", "failing": "#FDECEA", "missing": "#F7F8FA", "ad_hoc": "#EDE9FE"}
DEVIATION_TEXT: dict[str, str] = {
    "completed": "#0F5C40", "failing": "#B42318", "missing": "#5F6B78", "ad_hoc": "#5B21B6"}
AD_HOC_BADGE = "#6D28D9"  # violet: neither good nor bad, something the plan did not foresee
