"""The geometry of a map legend: symbols with their words, flowed into lines that fit a width.

A legend that does not fit one line (a narrow column, longer Dutch words) wraps between entries
instead of running off the page. Each entry is a symbol (a score badge, an outcome mark, a
marker shape, the channel-switch arrow) followed by a word; a group starts with a bold heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journeymap.core.layout import Rect, TextMeasure
from journeymap.core.layout_metrics import BOLD_FACTOR

#: Symbol kinds and their widths in points (``glyph`` is measured: it is a character).
SYMBOL_WIDTHS: dict[str, float] = {"": 0.0, "badge": 18.0, "marker": 12.0, "switch": 24.0}


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One entry: a ``symbol`` kind with its ``value`` and the ``text`` after it.

    ``symbol`` is ``""`` (a bold heading), ``badge`` (value: a score -2..2), ``glyph`` (value:
    the character; ``colour`` its colour), ``marker`` (value: a shape; ``colour`` its fill) or
    ``switch``; ``mark`` is the character inside a marker (``!`` for a finding).
    """

    symbol: str
    value: str = ""
    text: str = ""
    colour: str = ""
    mark: str = ""


@dataclass(frozen=True, slots=True)
class PlacedEntry:
    """An entry placed: its symbol box and where its text starts (``baseline`` of the line)."""

    entry: LegendEntry
    symbol: Rect
    text_x: float
    baseline: float
    text_width: float


@dataclass(frozen=True, slots=True)
class LegendLayout:
    """A legend: its entries placed in lines; ``size`` is the font size of every word."""

    width: float
    height: float
    size: float
    entries: tuple[PlacedEntry, ...]


def layout_legend(entries: Sequence[LegendEntry], width: float, measure: TextMeasure, *,
                  size: float = 7.5, line_height: float = 15.0,
                  group_gap: float = 12.0) -> LegendLayout:
    """Return the entries flowed left to right, a new line whenever the next would not fit.

    A heading stays on the line of the entry after it.
    """
    placed: list[PlacedEntry] = []
    x, line = 0.0, 0
    widths = [_entry_width(entry, size, measure) for entry in entries]
    for position, entry in enumerate(entries):
        need = widths[position]
        if not entry.symbol and position + 1 < len(entries):  # keep a heading with its next
            need += widths[position + 1] + 6
        if x > 0 and x + need > width:
            x, line = 0.0, line + 1
        elif not entry.symbol and x > 0:
            x += group_gap
            if x + need > width:
                x, line = 0.0, line + 1
        baseline = line * line_height + line_height / 2 + size * 0.36
        symbol_width = _symbol_width(entry, size, measure)
        symbol = Rect(x, line * line_height + (line_height - 12) / 2, symbol_width, 12.0)
        gap = 3.0 if symbol_width else 0.0
        text_width = _text_width(entry, size, measure)
        placed.append(PlacedEntry(entry, symbol, x + symbol_width + gap, baseline, text_width))
        x += widths[position] + (6.0 if not entry.symbol else 9.0 if entry.text else 3.0)
    return LegendLayout(width, (line + 1) * line_height if entries else 0.0, size,
                        tuple(placed))


def _symbol_width(entry: LegendEntry, size: float, measure: TextMeasure) -> float:
    if entry.symbol == "glyph":
        return measure(entry.value, size + 1) * BOLD_FACTOR
    return SYMBOL_WIDTHS[entry.symbol]


def _text_width(entry: LegendEntry, size: float, measure: TextMeasure) -> float:
    if not entry.text:
        return 0.0
    return measure(entry.text, size) * (1.0 if entry.symbol else BOLD_FACTOR)


def _entry_width(entry: LegendEntry, size: float, measure: TextMeasure) -> float:
    symbol = _symbol_width(entry, size, measure)
    text = _text_width(entry, size, measure)
    return symbol + (3.0 if symbol and text else 0.0) + text
