"""Status bar: steps, net score, breaks by severity, and whether the edit reached the library."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from journeymap.core.findings import Severity
from journeymap.ui.document import JourneyDocument
from journeymap.ui.findings_panel import severity_colour


class StatusBar(QStatusBar):
    """The window's status bar, kept in step with the document."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.steps_label = QLabel()
        self.score_label = QLabel()
        self.breaks_label = QLabel()
        self.save_label = QLabel()
        self.retry_button = QPushButton()
        self.retry_button.hide()
        self.retry_button.clicked.connect(document.retry_save)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        for widget in (self.steps_label, self.score_label, self.breaks_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.save_label)
        self.addPermanentWidget(self.retry_button)
        self._error = ""
        document.analysis_changed.connect(self.refresh)
        document.saved.connect(self._saved)
        document.save_failed.connect(self._failed)
        document.save_conflicted.connect(lambda: self._failed(self.tr("changed elsewhere")))
        document.journey_opened.connect(lambda _id: self._saved())
        self.retranslate_ui()

    def refresh(self) -> None:
        """Show the counts of the current analysis."""
        analysis = self._doc.analysis
        steps = len(self._doc.journey.steps)
        self.steps_label.setText(self.tr("Steps: %1").replace("%1", str(steps)))
        total = analysis.score.total
        self.score_label.setText(self.tr("Net score %1").replace("%1", f"{total:+d}"))
        counts = analysis.count_by_severity()
        parts = [
            f"<span style='color:{severity_colour(s, self)}'>{counts[s]} {self._severity(s)}</span>"
            for s in sorted(Severity, key=lambda s: s.rank)
        ]
        self.breaks_label.setText(self.tr("Breaks:") + " " + " · ".join(parts))
        self.breaks_label.setAccessibleName(self.tr("Breaks:") + " " + ", ".join(
            f"{counts[s]} {self._severity(s)}" for s in Severity))

    def _severity(self, severity: Severity) -> str:
        return {Severity.HIGH: self.tr("high"), Severity.MEDIUM: self.tr("medium"),
                Severity.LOW: self.tr("low")}[severity]

    def _saved(self) -> None:
        self._error = ""
        self.save_label.setText(self.tr("Saved") if self._doc.is_open else "")
        self.save_label.setToolTip("")
        self.retry_button.hide()

    def _failed(self, message: str) -> None:
        self._error = message
        self.save_label.setText("<b style='color:#c62828'>" + self.tr("Not saved") + "</b>")
        self.save_label.setToolTip(message)
        self.retry_button.show()

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show or hide the progress indication for long work."""
        self.progress.setVisible(busy)
        if message:
            self.showMessage(message, 0 if busy else 5000)
        elif not busy:
            self.clearMessage()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.retry_button.setText(self.tr("Retry save"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.refresh()
        if self._error:
            self._failed(self._error)
        else:
            self._saved()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)
