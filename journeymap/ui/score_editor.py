"""Set a score from the keyboard: ``1``-``5`` (1 is ``--``, 5 is ``++``) or ``-- - 0 + ++``."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QWidget

from journeymap.core.model import MAX_SCORE, MIN_SCORE, SCORE_SIGNS

#: Score colours from strong minus to strong plus (readable with the sign on top).
SCORE_COLOURS = {-2: "#c62828", -1: "#ef8a62", 0: "#bdbdbd", 1: "#67a9cf", 2: "#1b7837"}
_DOUBLE_KEY_SECONDS = 0.8


class ScoreEditor(QFrame):
    """Five segments ``-- - 0 + ++``; one focus stop, driven by keys or clicks.

    Signals:
        score_chosen(int): the score the user set (-2..2).
    """

    score_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScoreEditor")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(30)
        self._score = 0
        self._last_key = ""
        self._last_time = 0.0
        self.setAccessibleDescription(SCORE_SIGNS[0])

    @property
    def score(self) -> int:
        """Return the score shown."""
        return self._score

    def set_score(self, score: int) -> None:
        """Show ``score`` without emitting ``score_chosen``."""
        if score != self._score:
            self._score = score
            self.update()
            self.setAccessibleDescription(SCORE_SIGNS[score])

    def sizeHint(self) -> QSize:
        """Return room for five segments."""
        return QSize(5 * 40, 30)

    def _choose(self, score: int) -> None:
        score = max(MIN_SCORE, min(MAX_SCORE, score))
        self.set_score(score)
        self.score_chosen.emit(score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Map ``1``-``5``, ``+``, ``-``, ``0`` and the arrow keys to scores."""
        text = event.text()
        now = time.monotonic()
        doubled = text == self._last_key and now - self._last_time < _DOUBLE_KEY_SECONDS
        if text in "12345" and text:
            self._choose(int(text) - 3)
        elif text == "0":
            self._choose(0)
        elif text in ("-", "+"):
            sign = 1 if text == "+" else -1
            self._choose(2 * sign if doubled and self._score == sign else sign)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._choose(self._score - 1)
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._choose(self._score + 1)
        else:
            super().keyPressEvent(event)
            return
        self._last_key, self._last_time = text, now
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Pick the segment under the mouse."""
        segment = int(event.position().x() * 5 // max(1, self.width()))
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(max(0, min(4, segment)) - 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the five segments, the chosen one filled with its colour."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.contentsRect().adjusted(3, 3, -3, -3)
        width = rect.width() / 5
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for position, score in enumerate(range(MIN_SCORE, MAX_SCORE + 1)):
            box = QRectF(rect.x() + position * width + 1, rect.y(), width - 2, rect.height())
            chosen = score == self._score
            if chosen:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(SCORE_COLOURS[score]))
                painter.drawRoundedRect(box, 3, 3)
                painter.setPen(QColor("#ffffff" if score != 0 else "#1b1d22"))
            else:
                painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, SCORE_SIGNS[score])
        painter.end()
