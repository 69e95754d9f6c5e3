"""Exports from the menu: pick a file, warn about personal data, write on the thread pool.

``ask_save_path`` and ``PrivacyDialog.exec`` are the only modal parts; tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


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

    def __init__(self, hits: list[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Personal data in this journey"))
        intro = QLabel(_tr("This journey seems to contain personal data. Check it before you "
                           "share the export:"))
        intro.setWordWrap(True)
        self.hits = QListWidget()
        for hit in hits:
            place = getattr(hit, "place", "")
            kind = getattr(hit, "kind", "")
            text = getattr(hit, "text", "")
            self.hits.addItem(f"{place} — {kind}: {text}")
        self.hits.setAccessibleName(_tr("Personal data found"))
        self.mask = QCheckBox(_tr("&Mask personal data in the export"))
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


def confirm_privacy(parent: QWidget | None, journey: Journey) -> tuple[bool, bool]:
    """Return (go ahead, mask personal data); asks only when personal data is found."""
    try:
        from journeymap.core.privacy import find_personal_data
    except ImportError:  # privacy detection not installed in this build
        return True, False
    hits = list(find_personal_data(journey))
    if not hits:
        return True, False
    dialog = PrivacyDialog(hits, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.mask.isChecked()


def export_job(kind: str, journey: Journey, lang: str, path: str,
               mask: bool) -> Callable[[], str]:
    """Return a job (run on a pool thread) that writes ``journey`` as ``kind`` to ``path``."""

    def job() -> str:
        from journeymap.core.analysis import analyze

        subject = journey
        if mask:
            from journeymap.core.privacy import redact_journey

            subject = redact_journey(journey)
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
        else:
            analysis = analyze(subject, lang=lang)
            if kind == "pdf":
                from journeymap.formats.pdf import write_pdf

                write_pdf(subject, analysis, path, lang=lang)
            elif kind == "svg":
                from journeymap.formats.atomic import atomic_write_text
                from journeymap.formats.svg_map import map_svg

                atomic_write_text(path, map_svg(subject, analysis, lang))
            elif kind == "png":
                from journeymap.ui.map_paint import render_map_image

                image = render_map_image(subject, analysis, lang, 2.0)
                if not image.save(path, "PNG"):
                    raise OSError(_tr("Could not write %1").replace("%1", path))
            else:
                raise ValueError(kind)
        return path

    return job
