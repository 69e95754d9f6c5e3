"""Preferences: interface language, theme, library database; and the adapter to stored prefs."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.model import LANGUAGES
from journeymap.preferences import load_preferences, save_preferences
from journeymap.ui.i18n import LANGUAGE_NAMES

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


class PreferencesDialog(QDialog):
    """Choose the interface language, the theme, and the library database address."""

    def __init__(self, language: str, theme: str, database_url: str,
                 parent: QWidget | None = None) -> None:
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def chosen_language(self) -> str:
        """Return the language code chosen."""
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        """Return ``"light"`` or ``"dark"``."""
        return str(self.theme.currentData())

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

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
