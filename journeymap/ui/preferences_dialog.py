"""Preferences: interface language, theme, library database, the channels' answer-time norms;
and the adapter to the stored preferences.

The norms are the answer times customers expect per channel (user-editable; docs/journey-format.md).
The dialog shows every channel with its norm as people say it ("5 minutes", "1 day"), the
catalogue's default unless overridden; only the values that differ from the default are kept as
overrides (in minutes).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.channels import CHANNELS
from journeymap.core.model import LANGUAGES
from journeymap.core.texts import phrase
from journeymap.preferences import load_preferences, save_preferences
from journeymap.ui.fields import DurationBox
from journeymap.ui.i18n import LANGUAGE_NAMES, current_language

log = logging.getLogger(__name__)


def preferred_language() -> str:
    """Return the interface language from the preferences (English by default)."""
    return load_preferences().language


def store_prefs(**changes: Any) -> bool:
    """Save ``changes`` (such as ``language``) into the preferences; return whether it worked."""
    try:
        save_preferences(load_preferences().with_changes(**changes))
    except OSError:
        log.exception("could not save the preferences")
        return False
    return True


# The largest norm the table accepts: 30 days, in minutes.
MAX_NORM_MINUTES = 30 * 24 * 60.0


class NormTable(QTableWidget):
    """Every channel with the answer time customers expect on it (editable durations)."""

    def __init__(self, overrides: Mapping[str, float], parent: QWidget | None = None) -> None:
        super().__init__(len(CHANNELS), 2, parent)
        self.spin_boxes: dict[str, DurationBox] = {}
        for row, channel in enumerate(CHANNELS):
            name = QTableWidgetItem()
            self.setItem(row, 0, name)
            minutes = DurationBox(MAX_NORM_MINUTES)
            minutes.setValue(float(overrides.get(channel.id, channel.norm_minutes)))
            self.setCellWidget(row, 1, minutes)
            self.spin_boxes[channel.id] = minutes
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate_ui()

    def overrides(self) -> dict[str, float]:
        """Return the norms that differ from the channel catalogue (channel id -> minutes)."""
        return {channel.id: self.spin_boxes[channel.id].value() for channel in CHANNELS
                if abs(self.spin_boxes[channel.id].value() - channel.norm_minutes) > 1e-9}

    def reset(self) -> None:
        """Put every channel's default norm back."""
        for channel in CHANNELS:
            self.spin_boxes[channel.id].setValue(float(channel.norm_minutes))

    def retranslate_ui(self) -> None:
        """Name the channels and columns in the interface language."""
        lang = current_language()
        self.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Expected answer time")])
        for row, channel in enumerate(CHANNELS):
            name = channel.name(lang)
            item = self.item(row, 0)
            item.setText(name)
            box = self.spin_boxes[channel.id]
            box.setSpecialValueText(phrase(lang, "norm.immediately"))  # 0 minutes; redraws
            box.setAccessibleName(self.tr("Expected answer time on %1").replace("%1", name))
            box.setToolTip(self.tr("Type minutes, or a number with a unit: 15, 2 h, 1 day"))


class PreferencesDialog(QDialog):
    """Choose the interface language, the theme, the library database address and the norms."""

    def __init__(self, language: str, theme: str, database_url: str,
                 parent: QWidget | None = None, *,
                 norm_overrides: Mapping[str, float] | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.theme = QComboBox()
        self.theme.addItem("", "light")
        self.theme.addItem("", "dark")
        self.theme.setCurrentIndex(1 if theme == "dark" else 0)
        self.database_url = QLineEdit(database_url)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.language, self.theme, self.database_url),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.norms = NormTable(norm_overrides or {})
        self.norms.setMinimumHeight(260)
        self.reset_norms = QPushButton()
        self.reset_norms.clicked.connect(self.norms.reset)
        self.norms_note = QLabel()
        self.norms_note.setWordWrap(True)
        self.norms_box = QGroupBox()
        norms_layout = QVBoxLayout(self.norms_box)
        norms_layout.addWidget(self.norms_note)
        norms_layout.addWidget(self.norms)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_norms)
        norms_layout.addLayout(reset_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.norms_box, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        self.retranslate_ui()

    def chosen_language(self) -> str:
        """Return the language code chosen."""
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        """Return ``"light"`` or ``"dark"``."""
        return str(self.theme.currentData())

    def chosen_norm_overrides(self) -> dict[str, float]:
        """Return the channel norms that differ from the defaults (channel id -> minutes)."""
        return self.norms.overrides()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Preferences"))
        for label, text in zip(self._labels, (self.tr("&Language"), self.tr("&Theme"),
                                              self.tr("Library &database")), strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.theme.setItemText(0, self.tr("Light"))
        self.theme.setItemText(1, self.tr("Dark"))
        self.database_url.setPlaceholderText(self.tr("Empty: the library file on this computer"))
        self.note.setText(self.tr("A new database address is used the next time JourneyMap "
                                  "starts. A PostgreSQL address lets a team share one library."))
        self.norms_box.setTitle(self.tr("Answer times customers expect"))
        self.norms_note.setText(self.tr("A step that waits longer than its channel's norm is "
                                        "reported as a slow response."))
        self.reset_norms.setText(self.tr("&Reset to defaults"))
        self.norms.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
