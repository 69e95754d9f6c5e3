"""Presentation mode: the map, the curve and the current step, large, for a beamer (F5; Esc leaves).

Built to be read from the back of a room on a 1280x720 projector: every size follows the window
height, and at 720 px no text the room reads is under 20 px (the journey title is 30 px, the
current step 28 px, findings 22 px, the curve's axes 20 px). The map is zoomed so that its
smallest text is 20 px too: it shows the current step and its neighbours, centred, and follows the
current step; the curve shows the whole journey, so the room keeps the overview while the map
shows the detail. Only the key hints at the bottom, read by the presenter, are smaller. High
contrast: ink on white, a dark title bar, no decoration that carries meaning by colour alone
(scores keep their signs).

Keys: Left/Right walk the steps, Home/End jump; Space and Page Down page through the current
step's findings and, on their last page, go to the next step (Page Up and Backspace go back the
same way), so a presenter's clicker reads every tip; Up/Down scroll the findings a little;
``1``-``5`` score the current step (``1`` is ``--``, ``5`` is ``++``), ``-``/``0``/``+`` too
(press ``-`` or ``+`` twice quickly for ``--`` or ``++``); Ctrl+Z / Ctrl+Shift+Z undo and redo;
Esc or F5 leaves.
"""

from __future__ import annotations

import html
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
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journeymap.core import theme
from journeymap.core.channels import channel
from journeymap.core.findings import Finding
from journeymap.core.layout import MapOptions
from journeymap.core.model import score_sign
from journeymap.ui.curve_view import CurveView, display_sign
from journeymap.ui.i18n import severity_label
from journeymap.ui.map_view import MapView

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

#: Design height: sizes are given for a 720 px high window and scaled with the real height.
DESIGN_HEIGHT = 720.0
TITLE_PX, STEP_PX, FINDING_PX, LABEL_PX, HINT_PX, AXIS_PX = 30, 28, 22, 20, 16, 20
#: The smallest text the room reads, at 720 px: the map is zoomed so its smallest font is this.
READABLE_PX = 20
FADE_PX = 48
CURVE_PX = 200
MAP_MAX_ZOOM = 3.0
_DOUBLE_PRESS = 0.8  # seconds within which "- -" means "--"
_SCORE_KEYS = {Qt.Key.Key_1: -2, Qt.Key.Key_2: -1, Qt.Key.Key_3: 0, Qt.Key.Key_4: 1,
               Qt.Key.Key_5: 2, Qt.Key.Key_0: 0}
#: The map's texts all of one size (10 units, zoomed to 20 px at 720 px), the cards and lanes a
#: little taller to hold it: the smallest text sets the zoom, so no text may lag behind.
PRESENTATION_MAP = MapOptions(card_height=64.0, lane_height=74.0, phase_height=22.0,
                              header_height=17.0, title_size=10.0, title_leading=11.6,
                              label_size=10.0, mode_size=10.0, phase_size=10.0, number_size=10.0,
                              badge_size=10.0, badge_width=24.0, badge_height=14.0)


def smallest_map_font(options: MapOptions) -> float:
    """Return the smallest font size of the map's texts (in layout units, 1 px at zoom 1)."""
    return min(options.title_size, options.label_size, options.mode_size, options.phase_size,
               options.number_size, options.badge_size)
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
        header_layout = QHBoxLayout(header)
        header_layout.addWidget(self.title_label, 1)
        header_layout.addWidget(self.position_label)

        self.map_view = MapView(document, editable=False, options=PRESENTATION_MAP,
                                plan_row=False)  # the room reads the journey, not its plan
        # Under the map's numbered columns the curve's step numbers need no "Step" title: the
        # room gets the height for 20 px ticks.
        self.curve_view = CurveView(document, step_title=False)
        for view in (self.map_view, self.curve_view):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setFrameShape(QFrame.Shape.NoFrame)
        self.map_view.center_current = True
        # The map opens fitted to its height; here it must stay readable instead.
        self.map_view.zoom_changed.connect(self._keep_map_readable)

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

        step_head = QHBoxLayout()
        step_head.addWidget(self.badge_label, 0, Qt.AlignmentFlag.AlignTop)
        step_head.addWidget(self.step_label, 1)
        panel = QFrame()
        panel.setObjectName("StepPanel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.addLayout(step_head)
        panel_layout.addWidget(self.detail_label)
        panel_layout.addWidget(self.findings_area, 1)
        self.more_label = QLabel()
        self.more_label.setObjectName("Hint")
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        panel_layout.addWidget(self.more_label)
        self._fade = _Fade(self.findings_area)
        bar = self.findings_area.verticalScrollBar()
        bar.rangeChanged.connect(self._update_more)
        bar.valueChanged.connect(self._update_more)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._panel = panel

        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.map_view, 5)
        left.addWidget(self.curve_view, 2)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addLayout(left, 64)
        body.addWidget(panel, 36)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("Hint")
        self.hint_label.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(body, 1)
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
        """Show the current journey and step."""
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
        self._frame_current()
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
        self.detail_label.setText("  ·  ".join(details))
        findings = self._document.analysis.findings_for_step(index)
        self.findings_label.setText(self._findings_html(findings))
        self.findings_area.verticalScrollBar().setValue(0)

    # -- internals -----------------------------------------------------------------------------

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
        count = _escape(self.tr("%n finding(s)", "", len(findings)))
        parts = [f"<p style='font-size:{self.px(LABEL_PX)}px; color:{theme.MUTED}'>{count}</p>"]
        for finding in sorted(findings, key=lambda f: f.severity.rank):
            colour = theme.SEVERITY_COLOURS[finding.severity]
            glyph = _SEVERITY_GLYPH.get(finding.severity.value, "●")
            parts.append(
                f"<p style='font-size:{self.px(FINDING_PX)}px; margin-top:{self.px(10)}px'>"
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

        self.title_label.setFont(font(TITLE_PX, bold=True))
        self.position_label.setFont(font(LABEL_PX, bold=True))
        self.step_label.setFont(font(STEP_PX, bold=True))
        self.detail_label.setFont(font(LABEL_PX))
        self.badge_label.setFont(font(STEP_PX, bold=True))
        self.badge_label.setFixedSize(self.px(64), self.px(44))
        self.hint_label.setFont(font(HINT_PX))
        self.more_label.setFont(font(LABEL_PX, bold=True))
        margin = self.px(14)
        self._header.layout().setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._panel.layout().setContentsMargins(margin * 2, margin * 2, margin * 2, margin)
        self._panel.layout().setSpacing(margin)
        self.hint_label.setContentsMargins(margin * 2, margin // 2, margin * 2, margin // 2)
        self.curve_view.set_font_px(self.px(AXIS_PX))
        # tall enough for the running total's axis title, upright at 20 px
        self.curve_view.setMinimumHeight(self.px(CURVE_PX))
        self.map_view.fit_zoom_limit = MAP_MAX_ZOOM * self.scale()
        self._keep_map_readable()

    def _keep_map_readable(self, *_: object) -> None:
        """Zoom the map in to the readable zoom when it fitted itself smaller (height fit)."""
        readable = self.readable_map_zoom()
        if self.map_view.zoom < readable - 1e-6:
            self.map_view.set_zoom(readable)  # emits zoom_changed again, then at the target
            index = self._document.current_step
            if 0 <= index < len(self.map_view.card_items()):
                self.map_view.centerOn(self.map_view.card_scene_rect(index).center())
        self._frame_current()

    def _frame_current(self) -> None:
        """Keep the phases and step numbers in sight above the current step when both fit.

        The map centres the current step; in a top lane that would scroll the headers away
        for nothing, so the map then shows its top instead.
        """
        index = self._document.current_step
        view = self.map_view
        if not 0 <= index < len(view.card_items()) or view.zoom <= 0:
            return
        card = view.card_scene_rect(index)
        height = view.viewport().height() / view.zoom
        if card.bottom() + 8 - view.sceneRect().top() <= height:
            bar = view.verticalScrollBar()
            bar.setValue(bar.minimum())

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
