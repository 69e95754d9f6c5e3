"""The colour of a mean score change on the transition heat map (screen and PDF alike).

The scale is the score scale of ``core.theme`` (red - grey - green), interpolated: a mean change
of -2 or less is the dark red of a ``--`` step, +2 or more the dark green of a ``++`` step.
Every cell also carries its number, so colour is never the only carrier of meaning.
"""

from __future__ import annotations

from journeymap.core import theme

#: The mean change at which the scale reaches its darkest colour.
SCALE_END = 2.0


def _mix(low: str, high: str, share: float) -> str:
    a, b = theme.rgb(low), theme.rgb(high)
    parts = (round((x + (y - x) * share) * 255) for x, y in zip(a, b, strict=True))
    return "#" + "".join(f"{part:02X}" for part in parts)


def heat_colour(mean_delta: float) -> str:
    """Return the ``#rrggbb`` fill for a cell whose steps change score by ``mean_delta``."""
    value = max(-SCALE_END, min(SCALE_END, mean_delta))
    low = int(value // 1) if value < SCALE_END else int(SCALE_END) - 1
    return _mix(theme.score_colour(low), theme.score_colour(low + 1), value - low)


def heat_text_colour(mean_delta: float) -> str:
    """Return the text colour that reads on ``heat_colour(mean_delta)``."""
    red, green, blue = theme.rgb(heat_colour(mean_delta))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return theme.PAPER if luminance < 0.42 else theme.INK
