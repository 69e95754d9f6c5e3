"""Exports from the menu: pick a file, warn about personal data, write on the thread pool.

``ask_save_path`` and ``PrivacyDialog.exec`` are the only modal parts; tests replace them. The
writers (reportlab for the PDF above all) are imported by the export job, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

from journeymap.core.model import Journey

if TYPE_CHECKING:
    from journeymap.core.privacy import PersonalDataHit

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ExportKind:
    """One export format: its id, file suffix and file-dialog filter."""

    id: str
    suffix: str
    filter: str


EXPORT_KINDS: dict[str, ExportKind] = {
    "pdf": ExportKind("pdf", ".pdf", "PDF (*.pdf)"),
    "png": ExportKind("png", ".png", "PNG (*.png)"),
    "svg": ExportKind("svg", ".svg", "SVG (*.svg)"),
    "csv": ExportKind("csv", ".csv", "CSV (*.csv)"),
    "json": ExportKind("json", ".journey.json", "JourneyMap (*.journey.json *.json)"),
    "mermaid": ExportKind("mermaid", ".mmd", "Mermaid (*.mmd *.md)"),
}


def suggested_name(journey: Journey, kind: ExportKind) -> str:
    """Return a file name made from the journey title."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in journey.title).strip()
    return f"{safe or 'journey'}{kind.suffix}"


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


def export_job(kind: str, journey: Journey, lang: str, path: str,
               mask: bool) -> Callable[[], str]:
    """Return a job (run on a pool thread) that writes ``journey`` as ``kind`` to ``path``."""

    def job() -> str:
        write_export(kind, journey, lang, path, mask)
        return path

    return job


def write_export(kind: str, journey: Journey, lang: str, path: str, mask: bool) -> None:
    """Write ``journey`` (masked when ``mask``) as ``kind`` to ``path``; import only that writer."""
    from journeymap.core.analysis import analyze
    from journeymap.core.privacy import redact_journey

    subject = redact_journey(journey, lang) if mask else journey
    if kind == "json":
        from journeymap.formats import write_journey

        write_journey(subject, path)
    elif kind == "csv":
        from journeymap.formats.csv_table import write_csv

        write_csv(subject, path)
    elif kind == "mermaid":
        from journeymap.formats.atomic import atomic_write_text
        from journeymap.formats.mermaid import to_mermaid

        atomic_write_text(path, to_mermaid(subject, lang))
    elif kind == "pdf":
        from journeymap.formats.pdf import write_pdf

        write_pdf(subject, analyze(subject, lang=lang), path, lang=lang)
    elif kind == "svg":
        from journeymap.formats.atomic import atomic_write_text
        from journeymap.formats.svg_map import map_svg

        atomic_write_text(path, map_svg(subject, analyze(subject, lang=lang), lang=lang))
    elif kind == "png":
        from journeymap.ui.map_paint import render_map_image

        image = render_map_image(subject, analyze(subject, lang=lang), lang=lang, scale=2.0)
        if not image.save(path, "PNG"):
            message = translate("ExportDialog", "Could not write %1")
            raise OSError(message.replace("%1", path))
    else:
        raise ValueError(kind)
