"""Paint the shared map layout (``core.layout``) with QPainter: the screen and the PNG export.

Each ``paint_*`` function draws one layout element and leaves the painter as it found it (state is
saved and restored), so a QGraphicsItem can call it from its own ``paint()``. Layout units are
points; text is set so that a font of ``size`` points is ``size`` units tall on any device, which is
what ``qt_measure`` measures, so the wrapping of the layout and the glyphs on screen agree.
``detail=False`` skips text (level of detail when zoomed far out).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from journeymap import paths
from journeymap.core import theme
from journeymap.core.findings import Analysis, JourneyScore
from journeymap.core.layout import (
    Arrow,
    CardBox,
    ColumnHeader,
    CurveLayout,
    FindingMarker,
    LaneBox,
    MapLayout,
    MapOptions,
    PhaseBand,
    Rect,
    TextMeasure,
    arrow_head,
    layout_curve,
    layout_map,
    marker_glyph_baseline,
    marker_polygon,
)
from journeymap.core.model import Journey, display_sign

if TYPE_CHECKING:
    from journeymap.session.exports import ExportJob

FONT_FAMILY = "DejaVu Sans"
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_REFERENCE_DPI = 96.0
MARGIN = 12.0  # points of paper around an exported map
MAX_PIXELS = 16_000  # longest side of an exported image


@cache
def register_fonts() -> str:
    """Load the bundled DejaVu Sans into Qt once; return the family name to use."""
    folder = paths.resources_dir() / "fonts"
    for name in _FONT_FILES:
        if (folder / name).is_file():
            QFontDatabase.addApplicationFont(str(folder / name))
    return FONT_FAMILY


@lru_cache(maxsize=64)
def map_font(size: float, *, bold: bool = False, dpi: float = _REFERENCE_DPI) -> QFont:
    """Return DejaVu Sans that is ``size`` layout units tall on a device of ``dpi``.

    Cached: a card paints with several fonts and QFont is a value type, so sharing is safe.
    """
    font = QFont(register_fonts())
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths scale linearly
    return font


def _screen_dpi() -> float:
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if isinstance(app, QGuiApplication) else None
    return float(screen.logicalDotsPerInchY()) if screen is not None else _REFERENCE_DPI


def qt_measure(*, bold: bool = False) -> TextMeasure:
    """Return a ``TextMeasure`` with QFontMetricsF of the bundled font (needs a QGuiApplication)."""
    dpi = _screen_dpi()
    metrics: dict[float, QFontMetricsF] = {}

    def measure(text: str, size: float) -> float:
        found = metrics.get(size)
        if found is None:
            found = metrics[size] = QFontMetricsF(map_font(size, bold=bold, dpi=dpi))
        return found.horizontalAdvance(text)

    return measure


def _device_dpi(painter: QPainter) -> float:
    device = painter.device()
    return float(device.logicalDpiY()) if device is not None else _REFERENCE_DPI


def _set_font(painter: QPainter, size: float, *, bold: bool = False) -> None:
    painter.setFont(map_font(size, bold=bold, dpi=_device_dpi(painter)))


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _pen(colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def _text_centered(painter: QPainter, rect: Rect, text: str, size: float, *,
                   bold: bool = False) -> None:
    """Draw ``text`` centred in ``rect``, with the baseline placed like the other painters do."""
    metrics = QFontMetricsF(painter.font())
    width = metrics.horizontalAdvance(text)
    baseline = rect.center_y + size * 0.36
    painter.drawText(QPointF(rect.center_x - width / 2, baseline), text)


# --------------------------------------------------------------------------- map elements


def paint_lane(painter: QPainter, lane: LaneBox, *, detail: bool = True,
               label: bool = True, options: MapOptions | None = None) -> None:
    """Paint a lane's tinted band and, with ``label``, its label column (channel and mode)."""
    opt = options or MapOptions()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.LANE_TINTS[lane.mode]))
    painter.drawRect(_qrect(lane.rect))
    painter.setPen(_pen(theme.PAPER, 2.0))
    painter.drawLine(QPointF(lane.rect.x, lane.rect.bottom), QPointF(lane.rect.right,
                                                                     lane.rect.bottom))
    if label:
        paint_lane_label(painter, lane, detail=detail, options=opt)
    painter.restore()


def paint_lane_label(painter: QPainter, lane: LaneBox, *, detail: bool = True,
                     options: MapOptions | None = None) -> None:
    """Paint only the label column of a lane (a fixed overlay on screen may call this alone)."""
    opt = options or MapOptions()
    box = lane.label_rect
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.LANE_TINTS[lane.mode]))
    painter.drawRect(_qrect(box))
    painter.setBrush(QColor(theme.LANE_STRIPES[lane.mode]))
    painter.drawRect(QRectF(box.x, box.y + 1, 3.0, box.height - 2))
    if detail:
        x = box.x + 3 + 2 * opt.padding
        lines = lane.label_lines
        block = len(lines) * opt.label_size * 1.2 + (opt.mode_size * 1.3 if lane.mode_label
                                                      else -opt.label_size * 0.2)
        y = box.center_y - block / 2 + opt.label_size
        painter.setPen(QColor(theme.INK))
        _set_font(painter, opt.label_size, bold=True)
        for line in lines:
            painter.drawText(QPointF(x, y), line)
            y += opt.label_size * 1.2
        painter.setPen(QColor(theme.MUTED))
        _set_font(painter, opt.mode_size)
        painter.drawText(QPointF(x, y + opt.mode_size * 0.15), lane.mode_label)
    painter.restore()


def paint_phase_band(painter: QPainter, band: PhaseBand, *, position: int = 0,
                     detail: bool = True, options: MapOptions | None = None) -> None:
    """Paint a phase band; ``position`` (its order) alternates the tint."""
    opt = options or MapOptions()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.PHASE_FILLS[position % 2]))
    painter.drawRoundedRect(_qrect(band.rect), 3, 3)
    if detail:
        painter.setPen(QColor(theme.PHASE_TEXT))
        _set_font(painter, opt.phase_size, bold=True)
        painter.drawText(QPointF(band.rect.x + opt.padding,
                                 band.rect.center_y + opt.phase_size * 0.36), band.label)
    painter.restore()


def paint_column_header(painter: QPainter, header: ColumnHeader, *, selected: bool = False,
                        options: MapOptions | None = None) -> None:
    """Paint a step number above its column (highlighted when the step is selected)."""
    opt = options or MapOptions()
    painter.save()
    if selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.ACCENT))
        painter.drawRoundedRect(QRectF(header.rect.center_x - 11, header.rect.y + 1.5, 22,
                                       header.rect.height - 3), 5, 5)
    painter.setPen(QColor(theme.PAPER if selected else theme.MUTED))
    _set_font(painter, opt.number_size, bold=selected)
    _text_centered(painter, header.rect, header.label, opt.number_size)
    painter.restore()


def paint_card(painter: QPainter, card: CardBox, *, selected: bool = False,
               detail: bool = True, options: MapOptions | None = None) -> None:
    """Paint a step card: title, score badge with its sign, outcome mark; ``selected`` outlines it.

    Without ``detail`` the card is filled with its score colour, so a zoomed-out map still shows
    where the journey hurts.
    """
    opt = options or MapOptions()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    rect = _qrect(card.rect)
    if not detail:
        painter.setPen(_pen(theme.ACCENT, 3.0) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.score_colour(card.score)))
        painter.drawRoundedRect(rect, 4, 4)
        painter.restore()
        return
    painter.setPen(_pen(theme.ACCENT, 2.0) if selected else _pen(theme.CARD_BORDER, 0.8))
    painter.setBrush(QColor(theme.ACCENT_SOFT if selected else theme.CARD_FILL))
    painter.drawRoundedRect(rect, 4, 4)
    # a thin bar in the score colour along the top edge: the map reads by colour at a glance
    bar = QPainterPath()
    bar.addRoundedRect(QRectF(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, 6), 3.5, 3.5)
    clip = QPainterPath()
    clip.addRect(QRectF(rect.x(), rect.y(), rect.width(), 2.6))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.score_colour(card.score)))
    painter.drawPath(bar.intersected(clip))

    painter.setPen(QColor(theme.INK))
    _set_font(painter, card.title_size)
    for line, baseline in zip(card.title_lines, card.title_baselines, strict=True):
        if card.turned:  # compact and narrow: the words run downwards from ``title_x``
            painter.save()
            painter.translate(baseline, card.title_x)
            painter.rotate(90.0)
            painter.drawText(QPointF(0.0, 0.0), line)
            painter.restore()
        else:
            painter.drawText(QPointF(card.title_x, baseline), line)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.score_colour(card.score)))
    painter.drawRoundedRect(_qrect(card.badge_rect), 3, 3)
    painter.setPen(QColor(theme.score_text_colour(card.score)))
    _set_font(painter, opt.badge_size, bold=True)
    _text_centered(painter, card.badge_rect, display_sign(card.sign), opt.badge_size)

    if card.outcome_mark and card.outcome_rect:
        painter.setPen(QColor(theme.OUTCOME_COLOURS.get(card.outcome.value, theme.INK)))
        _set_font(painter, opt.badge_size + 1.5, bold=True)
        _text_centered(painter, card.outcome_rect, card.outcome_mark, opt.badge_size + 1.5)
    if card.more and card.more_rect:  # markers without room: their number
        painter.setPen(QColor(theme.MUTED))
        _set_font(painter, opt.more_size, bold=True)
        _text_centered(painter, card.more_rect, f"+{card.more}", opt.more_size)
    painter.restore()


def paint_arrow(painter: QPainter, arrow: Arrow, *, highlighted: bool = False) -> None:
    """Paint the arrow between two steps; a channel switch is orange, thicker and dashed."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = theme.ACCENT if highlighted else (
        theme.SWITCH_ARROW if arrow.channel_switch else theme.ARROW)
    width = 1.6 if arrow.channel_switch else 1.0
    head = arrow_head(arrow.points, 5.0)
    points = list(arrow.points)
    # stop the line where the head begins, so the dash pattern does not poke through its tip
    points[-1] = ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2)
    pen = _pen(colour, width, Qt.PenStyle.DashLine if arrow.channel_switch else
               Qt.PenStyle.SolidLine)
    if arrow.channel_switch:
        pen.setDashPattern([3.0, 1.6])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in head]))
    painter.restore()


def paint_marker(painter: QPainter, marker: FindingMarker, *, detail: bool = True,
                 highlighted: bool = False) -> None:
    """Paint a finding marker: a severity-coloured triangle, diamond or circle with ``!``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_pen(theme.ACCENT if highlighted else theme.PAPER, 1.6 if highlighted else 0.8))
    painter.setBrush(QColor(theme.SEVERITY_COLOURS[marker.severity]))
    polygon = marker_polygon(marker.rect, marker.shape)
    if polygon:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
    else:
        painter.drawEllipse(_qrect(marker.rect))
    if detail:
        size = 7.0
        painter.setPen(QColor(theme.SEVERITY_TEXT[marker.severity]))
        _set_font(painter, size, bold=True)
        metrics = QFontMetricsF(painter.font())
        baseline = marker_glyph_baseline(marker.rect, marker.shape, size)
        painter.drawText(QPointF(marker.rect.center_x - metrics.horizontalAdvance("!") / 2,
                                 baseline), "!")
    painter.restore()


def paint_layout(painter: QPainter, layout: MapLayout, *, selected: int | None = None,
                 detail: bool = True, highlighted: Iterable[int] = ()) -> None:
    """Paint the whole map; ``selected`` is a step index, ``highlighted`` finding indexes."""
    opt = layout.options
    marked = set(highlighted)
    painter.save()
    for lane in layout.lanes:
        paint_lane(painter, lane, detail=detail, options=opt)
    for position, band in enumerate(layout.phases):
        paint_phase_band(painter, band, position=position, detail=detail, options=opt)
    if detail:
        for header in layout.headers:
            paint_column_header(painter, header, selected=header.index == selected, options=opt)
    for arrow in layout.arrows:
        paint_arrow(painter, arrow)
    for card in layout.cards:
        paint_card(painter, card, selected=card.index == selected, detail=detail, options=opt)
    for marker in layout.markers:
        paint_marker(painter, marker, detail=detail, highlighted=marker.finding_index in marked)
    painter.restore()


# --------------------------------------------------------------------------- the score curve


def paint_curve(painter: QPainter, curve: CurveLayout, *, selected: int | None = None,
                detail: bool = True) -> None:
    """Paint a score curve laid out by ``core.layout.layout_curve``."""
    plot = curve.plot
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_pen(theme.RULE, 0.6))
    for tick in curve.y_ticks:
        painter.drawLine(QPointF(plot.x, tick.position), QPointF(plot.right, tick.position))
    painter.setPen(_pen(theme.FAINT, 0.9))
    painter.drawLine(QPointF(plot.x, curve.zero_y), QPointF(plot.right, curve.zero_y))
    if detail:
        painter.setPen(QColor(theme.MUTED))
        _set_font(painter, 7.0)
        metrics = QFontMetricsF(painter.font())
        for tick in curve.y_ticks:
            painter.drawText(QPointF(plot.x - 5 - metrics.horizontalAdvance(tick.label),
                                     tick.position + 2.5), tick.label)
        for tick in curve.x_ticks:
            painter.drawText(QPointF(tick.position - metrics.horizontalAdvance(tick.label) / 2,
                                     plot.bottom + 11), tick.label)
    if curve.dots:
        painter.setPen(_pen(theme.INK, 1.4))
        painter.drawPolyline(QPolygonF([QPointF(d.x, d.y) for d in curve.dots]))
        radius = 3.2 if len(curve.dots) <= 120 else 1.8
        for dot in curve.dots:
            chosen = dot.index == selected
            painter.setPen(_pen(theme.ACCENT if chosen else theme.PAPER, 1.6 if chosen else 0.8))
            painter.setBrush(QBrush(QColor(theme.score_colour(dot.score))))
            r = radius + (1.5 if chosen else 0.0)
            painter.drawEllipse(QPointF(dot.x, dot.y), r, r)
    painter.restore()


# --------------------------------------------------------------------------- images


_APPS: list[QGuiApplication] = []  # keeps a QGuiApplication made here alive for the process


def _ensure_gui() -> None:
    """Create a QGuiApplication when none exists (headless export); offscreen without a display."""
    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPS.append(QGuiApplication([]))


def _blank_image(width: float, height: float, scale: float) -> QImage:
    image = QImage(max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    # 96 dpi whatever the scale: text is set in layout units and scaled with the painter
    image.setDotsPerMeterX(round(_REFERENCE_DPI / 0.0254))
    image.setDotsPerMeterY(round(_REFERENCE_DPI / 0.0254))
    image.fill(QColor(theme.PAPER))
    return image


def render_layout_image(layout: MapLayout, *, scale: float = 2.0,
                        selected: int | None = None) -> QImage:
    """Return ``layout`` painted on white with a margin, ``scale`` pixels per point.

    The scale shrinks when the image would exceed ``MAX_PIXELS`` on a side (a map of hundreds
    of steps), because Qt and image viewers refuse larger images.
    """
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    scale = min(scale, MAX_PIXELS / max(width, height))
    image = _blank_image(width, height, scale)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        paint_layout(painter, layout, selected=selected)
    finally:
        painter.end()
    return image


def render_map_image(journey: Journey, analysis: Analysis | None, *, lang: str = "en",
                     scale: float = 2.0, options: MapOptions | None = None) -> QImage:
    """Lay out and paint the map of ``journey`` into a QImage (``scale`` pixels per point)."""
    _ensure_gui()
    layout = layout_map(journey, analysis, measure=qt_measure(), lang=lang, options=options)
    return render_layout_image(layout, scale=scale)


def save_map_png(journey: Journey, analysis: Analysis | None, path: str | os.PathLike[str], *,
                 lang: str = "en", scale: float = 2.0) -> None:
    """Write the map of ``journey`` as a PNG (2 pixels per point by default: slide-ready)."""
    image = render_map_image(journey, analysis, lang=lang, scale=scale)
    _save_png(image, Path(path))


def render_curve_image(score: JourneyScore, *, width: float = 720.0, height: float = 200.0,
                       scale: float = 2.0) -> QImage:
    """Paint the score curve into a QImage of ``width`` x ``height`` points at ``scale``."""
    _ensure_gui()
    curve = layout_curve(score, width, height)
    image = _blank_image(width, height, scale)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        paint_curve(painter, curve)
    finally:
        painter.end()
    return image


def save_curve_png(score: JourneyScore, path: str | os.PathLike[str], *, width: float = 720.0,
                   height: float = 200.0, scale: float = 2.0) -> None:
    """Write the score curve as a PNG."""
    _save_png(render_curve_image(score, width=width, height=height, scale=scale), Path(path))


def _save_png(image: QImage, path: Path) -> None:
    """Save atomically: a temporary file in the same folder, then rename over ``path``."""
    temporary = path.with_name(f".{path.name}.tmp")
    if not image.save(str(temporary), "PNG"):
        temporary.unlink(missing_ok=True)
        raise OSError(f"could not write {path}")
    os.replace(temporary, path)


def export_map_png(job: ExportJob) -> None:
    """Write the map of an export job as a PNG (the export registry's ``png`` writer)."""
    save_map_png(job.journey, job.analysis, job.path, lang=job.context.lang)


def export_curve_png(job: ExportJob) -> None:
    """Write the score curve of an export job as a PNG (the registry's ``curve-png`` writer)."""
    save_curve_png(job.analysis.score, job.path)
