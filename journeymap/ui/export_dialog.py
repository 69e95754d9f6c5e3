"""Exports from the menu: pick a file, warn about personal data, write on the thread pool.

The kinds and their writers are those of ``session.exports``, the registry the command line uses.

``ask_save_path`` and ``PrivacyDialog.exec`` are the only modal parts; tests replace them. The
writers (reportlab for the PDF above all) are imported by the export job, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.model import Journey, JourneyKind
from journeymap.session.context import AnalysisContext
from journeymap.session.exports import export
from journeymap.session.plans import PlanState

if TYPE_CHECKING:
    from journeymap.core.privacy import PersonalDataHit

translate = QCoreApplication.translate


def ask_save_path(parent: QWidget | None, caption: str, folder: str, name: str,
                  file_filter: str) -> str:
    """Ask where to write a file; return ``""`` when the user cancels."""
    path, _selected = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / name),
                                                  file_filter)
    return path


def ask_open_path(parent: QWidget | None, caption: str, folder: str, file_filter: str) -> str:
    """Ask for a file to read; return ``""`` when the user cancels."""
    path, _selected = QFileDialog.getOpenFileName(parent, caption, folder, file_filter)
    return path


class PrivacyDialog(QDialog):
    """Lists the personal data found in a journey and offers to mask it in the export."""

    def __init__(self, hits: list[PersonalDataHit], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Personal data in this journey"))
        intro = QLabel(translate("ExportDialog", "This journey seems to contain personal data. "
                                 "Check it before you share the export:"))
        intro.setWordWrap(True)
        self.hits = QListWidget()
        for hit in hits:
            self.hits.addItem(hit.describe(lang))
        self.hits.setAccessibleName(translate("ExportDialog", "Personal data found"))
        self.mask = QCheckBox(translate("ExportDialog", "&Mask personal data in the export"))
        self.mask.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hits)
        layout.addWidget(self.mask)
        layout.addWidget(buttons)
        self.resize(560, 320)


def confirm_privacy(parent: QWidget | None, journey: Journey,
                    lang: str) -> tuple[bool, bool]:
    """Return (go ahead, mask personal data); asks only when personal data is found."""
    from journeymap.core.privacy import find_personal_data

    hits = find_personal_data(journey)
    if not hits:
        return True, False
    dialog = PrivacyDialog(hits, lang, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.mask.isChecked()


def export_job(kind: str, journey: Journey, context: AnalysisContext, path: str,
               mask: bool, plan_state: PlanState | None = None) -> Callable[[], str]:
    """Return a job (run on a pool thread) that writes ``journey`` as ``kind`` to ``path``.

    With the plan row's ``plan_state`` the PDF shows what the screen shows: an actual journey's
    deviations from its plan, or a plan with its actual journeys.
    """
    plan, actuals = None, ()
    if plan_state is not None and plan_state.comparison is not None:
        plan = plan_state.plan
    elif plan_state is not None and journey.kind is JourneyKind.PLANNED:
        actuals = plan_state.actuals

    def job() -> str:
        export({kind: path}, journey, context, redact=mask, plan=plan, actuals=actuals)
        return path

    return job
