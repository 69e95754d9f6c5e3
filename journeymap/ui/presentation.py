"""Presentation mode: the whole journey, the current step and its tips, large, for a beamer
(F5; Esc leaves).

Built to be read from the back of a room on a 1280x720 projector: every size follows the window
height, and at 720 px no text the room reads is under 20 px (the current step's title is 28 px;
the journey's title, the findings, the map and the curve's axes are 20 px). The title bar names
the journey and the current step; the map runs across the whole window and shows every step
(``core.focus_map``): the current step and its neighbours as cards, the others as their number
and score chip, so the room keeps the journey in sight while the cards give the detail; under it
the curve and the current step's findings and tips. Only the key hints at the bottom, read by
the presenter, are smaller. High contrast: ink on white, a dark title bar, no decoration that
carries meaning by colour alone (scores keep their signs).

Keys: Left/Right walk the steps, Home/End jump; Space and Page Down page through the current
step's findings and, on their last page, go to the next step (Page Up and Backspace go back the
same way), so a presenter's clicker reads every tip; Up/Down scroll the findings a little;
``1``-``5`` score the current step (``1`` is ``--``, ``5`` is ``++``), ``-``/``0``/``+`` too
(press ``-`` or ``+`` twice quickly for ``--`` or ``++``); Ctrl+Z / Ctrl+Shift+Z undo and redo;
Esc or F5 leaves.
"""

from __future__ import annotations

import html
import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journeymap.core import theme
from journeymap.core.channels import channel
from journeymap.core.findings import Analysis, Finding
from journeymap.core.focus_map import layout_focus_map
from journeymap.core.layout import MapLayout, MapOptions
from journeymap.core.model import Journey, score_sign
from journeymap.ui import map_paint
from journeymap.ui.curve_view import CurveView, display_sign
from journeymap.ui.i18n import severity_label
from journeymap.ui.map_view import MapView, cached_measure

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

#: Design height: sizes are given for a 720 px high window and scaled with the real height.
DESIGN_HEIGHT = 720.0
TITLE_PX, STEP_PX, FINDING_PX, LABEL_PX, HINT_PX, AXIS_PX = 20, 28, 20, 20, 16, 20
#: The smallest text the room reads, at 720 px: the map is zoomed so its smallest font is this.
READABLE_PX = 20
FADE_PX = 48
CURVE_PX = 200
_DOUBLE_PRESS = 0.8  # seconds within which "- -" means "--"
_SCORE_KEYS = {Qt.Key.Key_1: -2, Qt.Key.Key_2: -1, Qt.Key.Key_3: 0, Qt.Key.Key_4: 1,
               Qt.Key.Key_5: 2, Qt.Key.Key_0: 0}
#: The map's texts all of one size (10 units, zoomed to 20 px at 720 px), the cards and lanes
#: just tall enough for two title lines and the chip: the smallest text sets the zoom, so no
#: text may lag behind.
PRESENTATION_MAP = MapOptions(card_height=46.0, lane_height=48.0, phase_height=15.0,
                              header_height=14.0, padding=3.0, title_size=10.0,
                              title_leading=11.6, title_lines=2, label_size=10.0, mode_size=10.0,
                              phase_size=10.0, number_size=10.0, badge_size=10.0,
                              badge_width=17.5, badge_height=13.0, marker_size=13.0,
                              more_size=10.0, proposal_size=10.0)
#: Paper around the presentation map, in map points.
MAP_MARGIN = 2.0


def smallest_map_font(options: MapOptions) -> float:
    """Return the smallest font size of the map's texts (in layout units, 1 px at zoom 1)."""
    return min(options.title_size, options.label_size, options.mode_size, options.phase_size,
               options.number_size, options.badge_size, options.more_size,
               options.proposal_size)
_SEVERITY_GLYPH = {"high": "▲", "medium": "◆", "low": "●"}


class _Fade(QWidget):
    """A white gradient over the bottom of the findings, so a cut line reads as "continues"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        gradient = QLinearGradient(0, 0, 0, self.height())
        clear = QColor(theme.PAPER)
        clear.setAlpha(0)
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(0.85, QColor(theme.PAPER))
        painter = QPainter(self)
        painter.fillRect(self.rect(), gradient)
        painter.end()


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class PresentationWindow(QWidget):
    """Full-screen view of a journey for projecting and scoring it live with a group.

    Signals:
        closed(): the window was closed (Esc, F5 or the window manager).
    """

    closed = Signal()

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self._detached = False
        self._last_sign: tuple[int, float] | None = None  # (sign, time) of the last -/+ press
        self.setObjectName("PresentationWindow")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#PresentationWindow {{ background: {theme.PAPER}; }}"
            f"#PresentationHeader {{ background: {theme.INK}; }}"
            f"#PresentationHeader QLabel {{ color: {theme.PAPER}; }}"
            f"#StepPanel {{ background: {theme.PAPER}; border-left: 3px solid {theme.GRID}; }}"
            f"QLabel {{ color: {theme.INK}; }}"
            f"#Hint {{ color: {theme.MUTED}; }}")

        # Long texts wrap rather than widen the window beyond a 1280 px beamer.
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.position_label = QLabel()
        header = QFrame()
        header.setObjectName("PresentationHeader")
        # the journey, then the current step under it: the panel below keeps its height for
        # the findings and tips
        header_layout = QGridLayout(header)
        header_layout.addWidget(self.title_label, 0, 0, 1, 2)
        header_layout.addWidget(self.position_label, 0, 2,
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header_layout.setColumnStretch(1, 1)

        # the map's room in map points, set with the window's size (``_update_map``)
        self._map_width, self._map_height = 600.0, 300.0
        self._measure = cached_measure(map_paint.qt_measure())
        self.map_view = MapView(document, editable=False, options=PRESENTATION_MAP,
                                plan_row=False,  # the room reads the journey, not its plan
                                builder=self._layout_map, margin=MAP_MARGIN)
        # Under the map's numbered columns the curve's step numbers need no "Step" title: the
        # room gets the height for 20 px ticks.
        self.curve_view = CurveView(document, step_title=False)
        for view in (self.map_view, self.curve_view):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setFrameShape(QFrame.Shape.NoFrame)
        self.map_view.center_current = True

        self.badge_label = QLabel()
        self.badge_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setObjectName("Hint")
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings_area = QScrollArea()
        self.findings_area.setWidget(self.findings_label)
        self.findings_area.setWidgetResizable(True)
        self.findings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.findings_area.setStyleSheet(f"background: {theme.PAPER};")
        for policy in (self.map_view.setVerticalScrollBarPolicy,
                       self.map_view.setHorizontalScrollBarPolicy,
                       self.findings_area.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        header_layout.addWidget(self.badge_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        header_layout.addWidget(self.step_label, 1, 1, 1, 2)
        panel = QFrame()
        panel.setObjectName("StepPanel")
        panel_layout = QVBoxLayout(panel)
        # channel, phase and the count of findings on one line, "more" at its right: the
        # height goes to the tips
        self.more_label = QLabel()
        self.more_label.setObjectName("Hint")
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail_label, 1)
        detail_row.addWidget(self.more_label, 0, Qt.AlignmentFlag.AlignBottom)
        panel_layout.addLayout(detail_row)
        panel_layout.addWidget(self.findings_area, 1)
        self._fade = _Fade(self.findings_area)
        bar = self.findings_area.verticalScrollBar()
        bar.rangeChanged.connect(self._update_more)
        bar.valueChanged.connect(self._update_more)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._panel = panel

        # The map across the whole width (every step in sight), under it the curve beside the
        # current step's findings.
        self.map_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._body = QWidget()
        body = QHBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.curve_view, 34)
        body.addWidget(panel, 66)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("Hint")
        self.hint_label.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addWidget(self.map_view)  # as tall as it needs (``_update_map``), the rest below
        outer.addWidget(self._body, 1)
        # The map's height follows the window's: its sizes must not hold a window that moves
        # to a smaller screen at the size it had.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self.hint_label)
        self._header = header

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        document.journey_changed.connect(self.refresh)
        document.analysis_changed.connect(self.refresh)
        document.current_step_changed.connect(self.refresh)
        self._apply_sizes()
        self.retranslate_ui()

    # -- public API ----------------------------------------------------------------------------

    def present(self) -> None:
        """Show full screen with the first step current when none is."""
        if self._document.current_step < 0 and self._document.journey.steps:
            self._document.set_current_step(0)
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def scale(self) -> float:
        """Return the size factor: the window height relative to a 720 px beamer."""
        return max(0.6, self.height() / DESIGN_HEIGHT)

    def px(self, size: int) -> int:
        """Return a design size (at 720 px height) for the current window height."""
        return round(size * self.scale())

    def readable_map_zoom(self) -> float:
        """Return the zoom at which the map's smallest text is ``READABLE_PX`` (scaled) high."""
        options = self.map_view.map_layout.options if self.map_view.map_layout else (
            PRESENTATION_MAP)
        return self.px(READABLE_PX) / smallest_map_font(options)

    def page_findings(self, forward: bool) -> bool:
        """Show the next (or previous) page of the findings; return False when at the end.

        A page keeps the fade's height of overlap, so the line under the fade is read next.
        """
        bar = self.findings_area.verticalScrollBar()
        if bar.value() >= bar.maximum() if forward else bar.value() <= bar.minimum():
            return False
        page = max(1, bar.pageStep() - self.px(FADE_PX))
        bar.setValue(bar.value() + (page if forward else -page))
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the interface language."""
        self.setWindowTitle(self.tr("JourneyMap presentation"))
        self.hint_label.setText(self.tr(
            "← → step   ·   Space next page, then next step   ·   1–5 score (1 = −−, 5 = ++)"
            "   ·   Ctrl+Z undo   ·   Esc leave"))
        self.curve_view.set_font_px(self.px(AXIS_PX))
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Show the current journey and step; then the map, in the height the title bar (as
        high as its texts wrap) leaves."""
        self._show_texts()
        self._update_map()

    # -- internals -----------------------------------------------------------------------------

    def _show_texts(self) -> None:
        """Set the title bar's and the panel's texts for the current step."""
        journey = self._document.journey
        self.title_label.setText(journey.title)
        index = self._document.current_step
        count = len(journey.steps)
        if not 0 <= index < count:
            self.position_label.setText(self.tr("%n step(s)", "", count))
            self.badge_label.setText("")
            self.badge_label.setStyleSheet("")
            self.step_label.setText(self.tr("No step chosen") if count else
                                    self.tr("This journey has no steps yet"))
            self.detail_label.setText("")
            self.findings_label.setText("")
            return
        step = journey.steps[index]
        self.position_label.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1))
                                    .replace("%2", str(count)))
        self.badge_label.setText(display_sign(score_sign(step.score)))
        self.badge_label.setStyleSheet(
            f"background: {theme.score_colour(step.score)}; "
            f"color: {theme.score_text_colour(step.score)}; border-radius: {self.px(8)}px;")
        self.step_label.setText(f"{index + 1}. {step.title}")
        lang = str(getattr(self._document, "lang", "en"))
        details = [channel(step.channel).name(lang)]
        if step.phase:
            details.append(step.phase)
        findings = self._document.analysis.findings_for_step(index)
        if findings:
            # a count and its word stay on one line ("6 findings", never "6 / findings")
            details.append(self.tr("%n finding(s)", "", len(findings)).replace(" ", "\u00a0"))
        self.detail_label.setText("  ·  ".join(details))
        self.findings_label.setText(self._findings_html(findings))
        self.findings_area.verticalScrollBar().setValue(0)

    def _update_more(self, *_: object) -> None:
        """Say when findings continue below the panel (Down shows them), and fade the cut."""
        bar = self.findings_area.verticalScrollBar()
        more = bar.value() < bar.maximum()
        self.more_label.setText(self.tr("more ↓ (Space)") if more else "")
        area = self.findings_area.rect()
        height = self.px(FADE_PX)
        self._fade.setGeometry(0, area.height() - height, area.width(), height)
        self._fade.setVisible(more)
        self._fade.raise_()

    def _findings_html(self, findings: tuple[Finding, ...]) -> str:
        if not findings:
            none = _escape(self.tr("No findings for this step."))
            return f"<p style='font-size:{self.px(FINDING_PX)}px; color:{theme.MUTED}'>{none}</p>"
        tip = _escape(self.tr("Tip:"))
        parts: list[str] = []
        for finding in sorted(findings, key=lambda f: f.severity.rank):
            colour = theme.SEVERITY_COLOURS[finding.severity]
            glyph = _SEVERITY_GLYPH.get(finding.severity.value, "●")
            parts.append(
                f"<p style='font-size:{self.px(FINDING_PX)}px; "
                f"margin-top:{self.px(10) if parts else 0}px'>"
                f"<b style='color:{colour}'>{glyph} "
                f"{_escape(severity_label(finding.severity))}</b><br>"
                f"{_escape(finding.message)}</p>"
                f"<p style='font-size:{self.px(FINDING_PX)}px'>"
                f"<i>{tip}</i> {_escape(finding.tip)}</p>")
        return "".join(parts)

    def _apply_sizes(self) -> None:
        def font(px: int, *, bold: bool = False) -> QFont:
            value = QFont(self.font())
            value.setPixelSize(self.px(px))
            value.setBold(bold)
            return value

        self.title_label.setFont(font(TITLE_PX))
        self.position_label.setFont(font(LABEL_PX, bold=True))
        self.step_label.setFont(font(STEP_PX, bold=True))
        self.detail_label.setFont(font(LABEL_PX))
        self.badge_label.setFont(font(STEP_PX, bold=True))
        self.badge_label.setFixedSize(self.px(56), self.px(38))
        self.hint_label.setFont(font(HINT_PX))
        self.more_label.setFont(font(LABEL_PX, bold=True))
        margin = self.px(14)
        self._header.layout().setContentsMargins(margin * 2, margin // 2, margin * 2, margin // 2)
        self._header.layout().setHorizontalSpacing(margin)
        self._header.layout().setVerticalSpacing(margin // 3)
        self._panel.layout().setContentsMargins(margin * 2, margin, margin * 2, margin // 2)
        self._panel.layout().setSpacing(margin)
        self.hint_label.setContentsMargins(margin * 2, margin // 4, margin * 2, margin // 4)
        self.curve_view.set_font_px(self.px(AXIS_PX))
        # tall enough for the running total's axis title, upright at 20 px
        self.curve_view.setMinimumHeight(self.px(CURVE_PX))

    def _layout_map(self, journey: Journey, analysis: Analysis | None, lang: str,
                    proposals: dict[int, int]) -> MapLayout:
        """Lay the map out across the screen with the current step and its neighbours in focus."""
        return layout_focus_map(journey, analysis, self._document.current_step,
                                width=self._map_width, measure=self._measure, lang=lang,
                                options=PRESENTATION_MAP, proposals=proposals,
                                height=self._map_height)

    def _update_map(self) -> None:
        """Show the whole journey across the window at the readable zoom, as tall as it needs.

        The curve under it keeps its height (``CURVE_PX``); a map taller than the rest (many
        channels) is zoomed out until it fits; one wider than the window (a long journey) keeps
        the current step in the middle. A journey without steps has no map: the title bar
        says so, and the map's own "no steps" would be cut in a map of no lanes.
        """
        view = self.map_view
        view.setVisible(bool(self._document.journey.steps))
        width = max(1, self.width())
        # the bars as high as their wrapped text at this width (their minimum sizes would
        # count the title wrapped word by word)
        header = self._header.heightForWidth(width)  # -1 when nothing in it wraps
        self._header.setFixedHeight(header if header >= 0 else self._header.sizeHint().height())
        hint = self.hint_label.heightForWidth(width)
        body = self.height() - self._header.height() - max(hint, 0)
        allowed = max(1.0, body - self.px(CURVE_PX))
        zoom = self.readable_map_zoom()
        for _ in range(2):  # a second pass when the map had to shrink to fit the height
            self._map_width = max(1.0, (self.width() - 2) / zoom - 2 * MAP_MARGIN)
            self._map_height = max(1.0, (allowed - 2) / zoom - 2 * MAP_MARGIN)
            view.fixed_zoom = zoom
            view.rebuild(force=True)
            layout = view.map_layout
            if layout is None or view.isHidden():
                self._body.setFixedHeight(max(0, body))
                return
            needed = (layout.height + 2 * MAP_MARGIN) * zoom + 2
            if needed <= allowed + 0.5:
                break
            zoom *= allowed / needed
        height = math.ceil(min(needed, allowed))
        view.setFixedHeight(height)
        self._body.setFixedHeight(max(0, body - height))  # every height fixed: no layout guess
        view.set_zoom(zoom)
        index = self._document.current_step
        if view.sceneRect().width() * zoom > view.viewport().width() and (
                0 <= index < len(view.card_items())):
            view.centerOn(view.card_scene_rect(index).center())
        else:
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()
        self.refresh()
        self._update_more()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detach()
        self.closed.emit()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop following the document: a closed presentation costs the editor nothing."""
        if self._detached:
            return  # disconnecting twice would warn
        self._detached = True
        document = self._document
        for signal in (document.journey_changed, document.analysis_changed,
                       document.current_step_changed):
            signal.disconnect(self.refresh)
        self.map_view.detach()
        self.curve_view.detach()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        document = self._document
        count = len(document.journey.steps)
        index = document.current_step
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif event.matches(QKeySequence.StandardKey.Undo):
            document.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            document.redo()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown) and count:
            if not self.page_findings(forward=True):
                document.set_current_step(min(count - 1, index + 1))
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_PageUp) and count:
            if not self.page_findings(forward=False):
                document.set_current_step(max(0, index - 1))
        elif key == Qt.Key.Key_Right and count:
            document.set_current_step(min(count - 1, index + 1))
        elif key == Qt.Key.Key_Left and count:
            document.set_current_step(max(0, index - 1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            document.set_current_step(0 if key == Qt.Key.Key_Home else count - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.findings_area.verticalScrollBar()
            page = max(1, bar.pageStep() * 3 // 4)
            bar.setValue(bar.value() + (page if key == Qt.Key.Key_Down else -page))
        elif key in _SCORE_KEYS:
            self._score(_SCORE_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._score_sign(-1 if key == Qt.Key.Key_Minus else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _score_sign(self, sign: int) -> None:
        """Score -1 for ``-``, -2 for a quick second ``-`` (the shorthand ``--``); ``+`` alike."""
        now = time.monotonic()
        repeated = self._last_sign is not None and self._last_sign[0] == sign and (
            now - self._last_sign[1] < _DOUBLE_PRESS)
        self._last_sign = None if repeated else (sign, now)
        self._score(2 * sign if repeated else sign, keep_sign=True)

    def _score(self, score: int, *, keep_sign: bool = False) -> None:
        if not keep_sign:
            self._last_sign = None
        index = self._document.current_step
        if 0 <= index < len(self._document.journey.steps):
            self._document.update_step(index, score=score)
