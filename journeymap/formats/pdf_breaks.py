"""The detail of the review report: every break once, its tip once, its findings beneath it.

A break's heading is bookmarked and is the target of its marker on the overview (page 1). Its
tip is printed once, under the heading; a finding beneath it shows its rule, severity, steps and
message, and its own tip only when that says something the break's tip does not. A break of one
finding shows the message alone: the heading already names the rule.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from journeymap.core import theme
from journeymap.core.findings import Analysis, Break, Finding, Severity
from journeymap.core.layout import FindingMarker, Rect
from journeymap.core.map_drawing import draw_marker
from journeymap.formats import report
from journeymap.formats.fonts import BOLD, REGULAR
from journeymap.formats.pdf_map import Pen
from journeymap.formats.pdf_sections import Styles


def break_key(number: int) -> str:
    """Return the PDF destination name of the break numbered ``number`` (1-based)."""
    return f"break-{number}"


class BreakHeading(Paragraph):
    """A break's heading: bookmarked (outline level 1) and the target of its overview marker."""

    def __init__(self, title: str, details: str, styles: Styles, *, key: str) -> None:
        text = (f"<a name='{key}'/>{escape(title)}"
                f"<font name='{REGULAR}' size='8' color='{theme.MUTED}'>  ·  "
                f"{escape(details)}</font>")
        super().__init__(text, styles.h2)
        self.outline_title = title
        self.outline_key = key


class NoteBlock(Flowable):
    """Paragraphs beside a severity marker, with a hairline under them; never split."""

    GUTTER = 18.0
    BOTTOM = 7.0

    def __init__(self, severity: Severity, parts: list[tuple[Paragraph, float]], *,
                 marker: bool = True, rule: bool = True) -> None:
        super().__init__()
        self.severity, self.parts, self.marker, self.rule = severity, parts, marker, rule
        self.heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Wrap the paragraphs to the width right of the marker."""
        self.heights = [paragraph.wrap(available_width - self.GUTTER, 10**6)[1] + gap
                        for paragraph, gap in self.parts]
        self.width = available_width
        self.height = sum(self.heights) + (self.BOTTOM if self.rule else 2.0)
        return self.width, self.height

    def draw(self) -> None:
        """Draw the marker, the paragraphs top to bottom and the hairline."""
        canv, top = self.canv, self.height
        if self.marker:
            marker = FindingMarker(-1, "", self.severity, Rect(0, 1, 11, 11), -1, (),
                                   theme.SEVERITY_SHAPES[self.severity])
            draw_marker(Pen(canv, top), marker, size=7.0)
        y = top
        for (paragraph, gap), height in zip(self.parts, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canv, self.GUTTER, y + gap)
        if self.rule:
            canv.setStrokeColor(HexColor(theme.RULE))
            canv.setLineWidth(0.5)
            canv.line(self.GUTTER, 0.5, self.width, 0.5)

    def texts(self) -> list[Paragraph]:
        """Return the block's paragraphs (for the layout check)."""
        return [paragraph for paragraph, _ in self.parts]


def breaks_section(analysis: Analysis, lang: str, styles: Styles) -> list[Flowable]:
    """Return every break once, numbered as on page 1, with its findings beneath it."""
    story: list[Flowable] = [Paragraph(escape(report.label(lang, "breaks")), styles.h1)]
    if not analysis.findings:
        return [*story, Paragraph(escape(report.label(lang, "findings.none")), styles.body)]
    story += [Paragraph(escape(report.label(lang, "breaks.intro")), styles.muted),
              Spacer(1, 4)]
    for number, found in enumerate(report.report_breaks(analysis), start=1):
        story += break_story(number, found, analysis, lang, styles)
    return story


def break_story(number: int, found: Break, analysis: Analysis, lang: str,
                styles: Styles) -> list[Flowable]:
    """Return one break: heading, its tip once, then its findings (heading kept with the first)."""
    heading = BreakHeading(f"{number}. {found.title}", report.break_details(found, lang), styles,
                           key=break_key(number))
    findings = [analysis.findings[i] for i in found.finding_indexes]
    tip = _tip(found.tip, lang, styles)
    if len(findings) == 1:
        single = NoteBlock(found.severity, [(_message(findings[0], styles), 3.0), (tip, 0.0)])
        return [KeepTogether([heading, single])]
    first = NoteBlock(found.severity, [(tip, 0.0)], marker=False, rule=False)
    blocks = [_finding_block(finding, found, lang, styles) for finding in findings]
    return [KeepTogether([heading, first, blocks[0]]), *blocks[1:], Spacer(1, 4)]


def _finding_block(finding: Finding, found: Break, lang: str, styles: Styles) -> NoteBlock:
    name = report.rule_label(finding, lang)
    details = report.finding_details(finding, lang)
    heading = Paragraph(f"<font name='{BOLD}'>{escape(name)}</font>"
                        f"<font color='{theme.MUTED}'>  ·  {escape(details)}</font>",
                        styles.small)
    parts = [(heading, 1.5), (_message(finding, styles), 2.0)]
    if finding.tip and finding.tip != found.tip:
        parts.append((_tip(finding.tip, lang, styles), 0.0))
    return NoteBlock(finding.severity, parts)


def _message(finding: Finding, styles: Styles) -> Paragraph:
    return Paragraph(escape(finding.message), styles.small)


def _tip(text: str, lang: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<font name='{BOLD}'>{escape(report.label(lang, 'tip'))}:</font> "
                     f"{escape(text)}", styles.tip)
