"""Preferences: interface language, theme, library database; and the adapter to stored prefs."""

from __future__ import annotations

import dataclasses
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
from journeymap.ui.i18n import LANGUAGE_NAMES
from journeymap.ui.settings import UiSettings

log = logging.getLogger(__name__)


def load_prefs() -> Any:
    """Return the stored preferences (``journeymap.preferences``), or ``None`` without them."""
    try:
        from journeymap.preferences import load_preferences
    except ModuleNotFoundError:
        return None
    try:
        return load_preferences()
    except Exception:  # noqa: BLE001 - damaged preferences must not stop the app
        log.exception("could not read the preferences; using the defaults")
        return None


def preferred_language() -> str:
    """Return the interface language from the preferences (English by default)."""
    prefs = load_prefs()
    lang = getattr(prefs, "language", None) or UiSettings().language_fallback
    return lang if lang in LANGUAGES else "en"


def store_prefs(**changes: Any) -> None:
    """Save ``changes`` (such as ``language``) into the stored preferences."""
    UiSettings().language_fallback = changes.get("language", UiSettings().language_fallback)
    try:
        from journeymap.preferences import save_preferences
    except ModuleNotFoundError:
        return
    prefs = load_prefs()
    if prefs is None:
        return
    known = {f.name for f in dataclasses.fields(prefs)}
    save_preferences(dataclasses.replace(prefs, **{k: v for k, v in changes.items()
                                                   if k in known}))


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
