"""Check a PDF report's layout as built, not its pixels: what went into which frame, and whether
every text in it fits its box and is 7 pt or larger.

``placed_flowables`` builds a report and records every flowable a frame accepted, with the
room the frame had for it (reportlab's documented ``Frame.add``). ``layout_problems`` then opens
each one: paragraphs (their broken lines against their width and their font sizes), tables
(every cell against its column), and drawings (every text call replayed through a recording
surface, against the drawing's own box, and a map's card titles against their cards).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from unittest import mock

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Frame, Paragraph, Table
from reportlab.platypus.flowables import Flowable

from journeymap.core.layout import Rect
from journeymap.formats.fonts import BOLD, REGULAR, register_fonts
from journeymap.formats.pdf import render_pdf
from journeymap.formats.pdf_draw import MapFlowable, OverviewFlowable

MIN_SIZE = 7.0
TOLERANCE = 0.5
#: Flowables that carry no text of their own.
SILENT = ("Spacer", "PageBreak", "CondPageBreak", "NextPageTemplate", "ActionFlowable",
          "_FrameBreak", "FrameBreak", "KeepTogether", "Indenter", "_ContainerSpace")


@dataclass(frozen=True)
class Placed:
    """A flowable a frame accepted on ``page``, and the room the frame offered it."""

    page: int
    flowable: Flowable
    width: float
    height: float


def placed_flowables(journey: object, analysis: object, *,
                     paper: str) -> tuple[bytes, list[Placed]]:
    """Build the report of ``journey``; return it and every flowable placed, page by page."""
    placed: list[Placed] = []
    original = Frame.add

    def add(frame: Frame, flowable: Flowable, canv: object, trySplit: int = 0) -> int:  # noqa: N803
        result = original(frame, flowable, canv, trySplit=trySplit)
        if result:
            placed.append(Placed(canv.getPageNumber(), flowable,  # type: ignore[attr-defined]
                                 frame._getAvailableWidth(), frame._aH))
        return result

    with mock.patch.object(Frame, "add", add):
        pdf = render_pdf(journey, analysis, paper=paper)  # type: ignore[arg-type]
    return pdf, placed


class RecordingSurface:
    """A ``core.map_drawing.Surface`` that keeps every text's box and size instead of drawing."""

    def __init__(self) -> None:
        register_fonts()
        self.texts: list[tuple[str, float, Rect]] = []

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        font = BOLD if bold else REGULAR
        width = pdfmetrics.stringWidth(text, font, size)
        left = {"middle": x - width / 2, "end": x - width}.get(anchor, x)
        face = pdfmetrics.getFont(font).face
        ascent, descent = face.ascent / 1000 * size, -face.descent / 1000 * size
        self.texts.append((text, size, Rect(left, y - ascent, width, ascent + descent)))

    def rect(self, *args: object, **kwargs: object) -> None:
        pass

    line = polygon = circle = top_bar = rect

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        pass

    def end_group(self) -> None:
        pass


def layout_problems(placed: Sequence[Placed]) -> list[str]:
    """Return, for every placed flowable, what overflows its box or is set under 7 pt."""
    problems: list[str] = []
    for item in placed:
        where = f"page {item.page}: {type(item.flowable).__name__}"
        problems += [f"{where}: {problem}"
                     for problem in _problems(item.flowable, item.width, item.height)]
    return problems


def _problems(flowable: Flowable, width: float, height: float) -> Iterator[str]:
    used_width, used_height = flowable.wrap(width, height)
    if used_width > width + TOLERANCE:
        yield f"{used_width:.1f} pt wide in {width:.1f} pt"
    if used_height > height + TOLERANCE:
        yield f"{used_height:.1f} pt high in {height:.1f} pt"
    name = type(flowable).__name__
    if isinstance(flowable, Paragraph):
        yield from _paragraph_problems(flowable, width)
    elif isinstance(flowable, Table):
        yield from _table_problems(flowable)
    elif hasattr(flowable, "paint"):
        yield from _painted_problems(flowable, used_width, used_height)
    elif callable(getattr(flowable, "texts", None)):  # paragraphs drawn beside a marker
        for paragraph in flowable.texts():
            yield from _paragraph_problems(paragraph, paragraph.width)
    elif name not in SILENT:
        yield f"a flowable the layout check does not know ({name})"


def _paragraph_problems(paragraph: Paragraph, width: float) -> Iterator[str]:
    text = paragraph.getPlainText()[:40]
    sizes = [paragraph.style.fontSize, *(getattr(f, "fontSize", MIN_SIZE)
                                         for f in paragraph.frags)]
    if min(sizes) < MIN_SIZE:
        yield f"{text!r} is set in {min(sizes)} pt"
    lines = paragraph.blPara.lines
    spare = [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]
    if spare and min(spare) < -TOLERANCE:
        yield f"{text!r} runs {-min(spare):.1f} pt past its {width:.1f} pt"


def _table_problems(table: Table) -> Iterator[str]:
    widths = table._colWidths
    for row, (cells, styles) in enumerate(zip(table._cellvalues, table._cellStyles,
                                              strict=True)):
        for column, (cell, style) in enumerate(zip(cells, styles, strict=True)):
            room = widths[column] - style.leftPadding - style.rightPadding
            contents = cell if isinstance(cell, list | tuple) else [cell]
            for content in contents:
                if isinstance(content, str):
                    if content and style.fontsize < MIN_SIZE:
                        yield f"cell {row},{column} is set in {style.fontsize} pt"
                    for line in content.split("\n"):
                        used = pdfmetrics.stringWidth(line, style.fontname, style.fontsize)
                        if used > room + TOLERANCE:
                            yield f"cell {row},{column} {line[:30]!r}: {used:.1f} in {room:.1f}"
                elif isinstance(content, Flowable):
                    yield from (f"cell {row},{column}: {problem}"
                                for problem in _problems(content, room, 10**6))


def _painted_problems(flowable: Flowable, width: float, height: float) -> Iterator[str]:
    surface = RecordingSurface()
    flowable.paint(surface)
    box = Rect(0.0, 0.0, width, height)
    for text, size, rect in surface.texts:
        if size < MIN_SIZE:
            yield f"{text!r} is drawn in {size} pt"
        if not _inside(rect, box):
            yield f"{text!r} at {_show(rect)} leaves its drawing ({width:.1f} x {height:.1f})"
    if isinstance(flowable, MapFlowable):
        yield from _map_problems(flowable)
    if isinstance(flowable, OverviewFlowable):
        for lane in flowable.overview.lanes:
            for line in lane.label_lines:
                used = pdfmetrics.stringWidth(line, BOLD, flowable.overview.options.label_size)
                if lane.label_rect.x + 8 + used > lane.label_rect.right + TOLERANCE:
                    yield f"lane label {line!r} leaves its label column"


def _map_problems(flowable: MapFlowable) -> Iterator[str]:
    """Card titles stay inside their card, lane names inside their label column."""
    layout = flowable.layout
    opt = layout.options
    for card in layout.cards:
        for line, baseline in zip(card.title_lines, card.title_baselines, strict=True):
            used = pdfmetrics.stringWidth(line, REGULAR, card.title_size)
            if card.title_x + used > card.rect.right - opt.padding + TOLERANCE:
                yield f"step {card.index + 1}: title line {line!r} leaves its card"
            if baseline > card.badge_rect.y + TOLERANCE:
                yield f"step {card.index + 1}: title line {line!r} runs into the badge"
    for lane in layout.lanes:
        for line in lane.label_lines:
            used = pdfmetrics.stringWidth(line, BOLD, opt.label_size)
            if 3 + 2 * opt.padding + used > lane.label_rect.right + TOLERANCE:
                yield f"lane label {line!r} leaves its label column"


def _inside(rect: Rect, box: Rect) -> bool:
    return (rect.x >= box.x - TOLERANCE and rect.right <= box.right + TOLERANCE
            and rect.y >= box.y - TOLERANCE and rect.bottom <= box.bottom + TOLERANCE)


def _show(rect: Rect) -> str:
    return f"({rect.x:.1f}, {rect.y:.1f}, {rect.right:.1f}, {rect.bottom:.1f})"
