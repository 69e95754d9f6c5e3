"""The portfolio report as PDF (docs/portfolio.md): many journeys on a few pages, no Qt.

A4 landscape: the key figures, the channel-transition matrix as a heat map (count, mean score
change and share that breaks in every cell), the recurring findings with their tips and the
journeys they occur in, the scores per channel and phase, and the journeys with the most breaks.
The fonts and paragraph styles are those of the journey report (``pdf_sections.make_styles``).
"""

from __future__ import annotations

import io
import os
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from journeymap import __version__
from journeymap.core import theme
from journeymap.core.aggregate import GroupStats, Portfolio, RecurringFinding
from journeymap.core.heat import heat_colour, heat_text_colour
from journeymap.core.portfolio_texts import (
    format_number,
    format_share,
    format_signed,
    planned_note,
    portfolio_label,
)
from journeymap.core.texts import channel_label, label, rule_name
from journeymap.formats.atomic import atomic_write_bytes
from journeymap.formats.fonts import BOLD, REGULAR, register_fonts
from journeymap.formats.pdf_sections import Styles, make_styles

MARGIN = 36.0
#: How many recurring findings get a block with their tip, and how many titles each lists.
RECURRING_BLOCKS = 12
TITLES_LISTED = 8
MOST_BREAKS_ROWS = 15


def write_portfolio_pdf(portfolio: Portfolio, path: str | os.PathLike[str]) -> None:
    """Write the portfolio report of ``portfolio`` (in its language) to ``path`` atomically."""
    atomic_write_bytes(path, render_portfolio_pdf(portfolio))


def render_portfolio_pdf(portfolio: Portfolio) -> bytes:
    """Return the portfolio report as PDF bytes, the same bytes for the same portfolio."""
    register_fonts()
    lang = portfolio.lang
    buffer = io.BytesIO()
    title = _title(portfolio)
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 6, title=title, subject=portfolio_label(lang, "recurring"),
        creator=f"JourneyMap {__version__}", producer=f"JourneyMap {__version__}",
        lang=lang, invariant=1, initialFontName=REGULAR)
    styles = make_styles()
    story = _story(portfolio, styles, doc.width)
    footer = _footer(title)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _title(portfolio: Portfolio) -> str:
    count = len(portfolio.journeys)
    if count == 1:
        return portfolio_label(portfolio.lang, "title.one")
    return portfolio_label(portfolio.lang, "title", journeys=count)


def _footer(title: str) -> Any:
    def draw(canv: Canvas, doc: Any) -> None:
        width, _ = doc.pagesize
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColorRGB(*theme.rgb(theme.MUTED))
        canv.drawString(MARGIN, MARGIN - 14, title)
        canv.drawRightString(width - MARGIN, MARGIN - 14, str(canv.getPageNumber()))
        canv.restoreState()

    return draw


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Return a table style in DejaVu (a table's default Helvetica would not be embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                       ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *commands])


def _channel(channel_id: str | None, lang: str) -> str:
    if channel_id is None:
        return portfolio_label(lang, "no_channel")
    return str(channel_label(channel_id, lang))


def _story(portfolio: Portfolio, styles: Styles, width: float) -> list[Flowable]:
    lang = portfolio.lang
    findings = sum(entry.findings for entry in portfolio.journeys)
    breaks = sum(entry.breaks for entry in portfolio.journeys)
    story: list[Flowable] = [
        _p(_title(portfolio), styles.title),
        _p(portfolio_label(lang, "summary", journeys=len(portfolio.journeys),
                           steps=portfolio.steps, findings=findings, breaks=breaks), styles.body),
    ]
    note = planned_note(portfolio)
    if note:
        story.append(_p(note, styles.body))
    story.append(Spacer(1, 10))
    story += _matrix(portfolio, styles, width)
    story += _recurring(portfolio, styles, width)
    story += _scores(portfolio, styles, width)
    story += _most_breaks(portfolio, styles, width)
    return story


def _matrix(portfolio: Portfolio, styles: Styles, width: float) -> list[Flowable]:
    lang = portfolio.lang
    story: list[Flowable] = [_p(portfolio_label(lang, "transitions"), styles.h1)]
    channels = portfolio.matrix_channels()
    if not channels:
        return [*story, _p(portfolio_label(lang, "transitions.none"), styles.body)]
    story.append(_p(portfolio_label(lang, "transitions.intro"), styles.muted))
    story.append(Spacer(1, 6))
    cell_style = ParagraphStyle("MatrixCell", parent=styles.cell, alignment=1, fontSize=7,
                                leading=8.6)
    head_style = ParagraphStyle("MatrixHead", parent=styles.cell_head, alignment=1, fontSize=7,
                                leading=8.6)
    corner = f"{portfolio_label(lang, 'transitions.from')} \u2193 / " \
             f"{portfolio_label(lang, 'transitions.to')} \u2192"
    first = 84.0
    column = min(60.0, (width - first) / len(channels))
    data: list[list[object]] = [[_p(corner, styles.cell_head),
                                 *(_p(_channel(c, lang), head_style) for c in channels)]]
    commands: list[tuple[object, ...]] = [
        ("GRID", (1, 1), (-1, -1), 0.4, HexColor(theme.GRID)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(theme.INK)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row, source in enumerate(channels, start=1):
        cells: list[object] = [_p(_channel(source, lang), styles.cell_bold)]
        for col, target in enumerate(channels, start=1):
            cell = portfolio.transition(source, target)
            if cell is None:
                cells.append("")
                if source == target:
                    commands.append(("BACKGROUND", (col, row), (col, row), HexColor(theme.RULE)))
                continue
            text_colour = heat_text_colour(cell.mean_delta)
            style = ParagraphStyle(f"Heat{row}.{col}", parent=cell_style,
                                   textColor=HexColor(text_colour))
            cells.append(Paragraph(
                f"<b>{cell.count}</b><br/>{escape(format_signed(cell.mean_delta, lang))} "
                f"({format_share(cell.break_share)})", style))
            commands.append(("BACKGROUND", (col, row), (col, row),
                             HexColor(heat_colour(cell.mean_delta))))
        data.append(cells)
    table = Table(data, colWidths=[first, *[column] * len(channels)], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(_table_style(commands))
    story.append(table)
    return story


def _recurring(portfolio: Portfolio, styles: Styles, width: float) -> list[Flowable]:
    lang = portfolio.lang
    story: list[Flowable] = [Spacer(1, 14), CondPageBreak(120),
                             _p(portfolio_label(lang, "recurring"), styles.h1)]
    if not portfolio.recurring:
        return [*story, _p(portfolio_label(lang, "recurring.none"), styles.body)]
    story.append(_p(portfolio_label(lang, "recurring.intro"), styles.muted))
    titles = [entry.title for entry in portfolio.journeys]
    for item in portfolio.recurring[:RECURRING_BLOCKS]:
        story.append(KeepTogether(_recurring_block(item, titles, lang, styles, width)))
    return story


def _recurring_block(item: RecurringFinding, titles: list[str], lang: str, styles: Styles,
                     width: float) -> list[Flowable]:
    total = len(titles)
    key = "recurring.where.once" if item.findings == 1 else "recurring.where"
    where = portfolio_label(lang, key, journeys=item.journeys, total=total,
                            findings=item.findings)
    pair = f"{_channel(item.from_channel, lang)} \u2192 {_channel(item.to_channel, lang)}"
    heading = (f"{escape(rule_name(item.rule, lang))} <font color='{theme.MUTED}'>"
               f"({escape(pair)})</font>")
    named = [titles[index] for index in item.journey_indexes[:TITLES_LISTED]]
    tip_title = titles[item.occurrences[0].journey]
    more = item.journeys - len(named)
    listed = "; ".join(named) + (f"; +{more}" if more > 0 else "")
    severity = label(lang, f"severity.{item.severity.value}")
    badge = Table([[severity]], colWidths=[52])
    badge.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(theme.SEVERITY_COLOURS[item.severity])),
        ("TEXTCOLOR", (0, 0), (-1, -1), HexColor(theme.SEVERITY_TEXT[item.severity])),
        ("FONTNAME", (0, 0), (-1, -1), BOLD), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    body = [Paragraph(heading, styles.h2), _p(where, styles.small),
            Paragraph(f"<b>{escape(portfolio_label(lang, 'tip.from', title=tip_title))}:</b> "
                      f"{escape(item.tip)}",
                      styles.tip),
            _p(f"{portfolio_label(lang, 'recurring.journeys')}: {listed}", styles.muted)]
    table = Table([[badge, body]], colWidths=[60, width - 60])
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (0, 0), 10),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(theme.GRID))]))
    return [table]


def _group_table(title: str, first: str, groups: dict[str, GroupStats], lang: str,
                 styles: Styles, width: float, names: dict[str, str]) -> list[Flowable]:
    right = ParagraphStyle("PortfolioRight", parent=styles.cell_head, alignment=TA_RIGHT)
    right_cell = ParagraphStyle("PortfolioRightCell", parent=styles.cell, alignment=TA_RIGHT)
    head: list[object] = [_p(first, styles.cell_head),
            *(_p(portfolio_label(lang, f"column.{key}"), right)
              for key in ("steps", "journeys", "mean"))]
    data: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [("LINEBELOW", (0, 0), (-1, 0), 0.8,
                                           HexColor(theme.INK)),
                                          ("LINEBELOW", (0, 1), (-1, -1), 0.4,
                                           HexColor(theme.GRID))]
    for row, (key, stats) in enumerate(groups.items(), start=1):
        data.append([_p(names.get(key, key), styles.cell), _p(str(stats.steps), right_cell),
                     _p(str(stats.journeys), right_cell),
                     _p(format_number(stats.mean, lang), right_cell)])
        commands.append(("LINEBEFORE", (0, row), (0, row), 3,
                         HexColor(theme.score_colour(round(stats.mean)))))
    table = Table(data, colWidths=[width - 186, 58, 68, 60], repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(commands))
    return [_p(title, styles.h2), table]


def _scores(portfolio: Portfolio, styles: Styles, width: float) -> list[Flowable]:
    lang = portfolio.lang
    half = (width - 24) / 2
    names = {c: _channel(c, lang) for c in portfolio.by_channel}
    left = _group_table(portfolio_label(lang, "by_channel"), portfolio_label(lang,
                        "column.channel"), portfolio.by_channel, lang, styles, half, names)
    right = (_group_table(portfolio_label(lang, "by_phase"), portfolio_label(lang,
                          "column.phase"), portfolio.by_phase, lang, styles, half, {})
             if portfolio.by_phase else [])
    table = Table([[left, right]], colWidths=[half + 24, half])
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 14), CondPageBreak(160), table]


def _most_breaks(portfolio: Portfolio, styles: Styles, width: float) -> list[Flowable]:
    lang = portfolio.lang
    story: list[Flowable] = [Spacer(1, 14), CondPageBreak(120),
                             _p(portfolio_label(lang, "most_breaks"), styles.h1)]
    ranked = portfolio.most_breaks(MOST_BREAKS_ROWS)
    if not ranked:
        return [*story, _p(portfolio_label(lang, "most_breaks.none"), styles.body)]
    right = ParagraphStyle("BreaksRight", parent=styles.cell_head, alignment=TA_RIGHT)
    right_cell = ParagraphStyle("BreaksRightCell", parent=styles.cell, alignment=TA_RIGHT)
    data: list[list[object]] = [[
        _p(portfolio_label(lang, "column.title"), styles.cell_head),
        *(_p(portfolio_label(lang, f"column.{key}"), right)
          for key in ("breaks", "findings", "steps", "mean"))]]
    for entry in ranked:
        data.append([_p(entry.title, styles.cell_bold), _p(str(entry.breaks), right_cell),
                     _p(str(entry.findings), right_cell), _p(str(entry.steps), right_cell),
                     _p(format_number(entry.mean, lang), right_cell)])
    table = Table(data, colWidths=[width - 300, 75, 75, 75, 75], repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(theme.INK)),
                                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor(theme.GRID))]))
    story.append(table)
    return story
