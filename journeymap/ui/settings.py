"""UI state only (window geometry, dock layout, last journey, theme) in ``paths.config_dir()``.

Preferences that change behaviour (language, database, norms) live in ``journeymap.preferences``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from journeymap import paths


class UiSettings:
    """Typed accessors over an INI-format ``QSettings`` file in the config folder."""

    def __init__(self) -> None:
        self._settings = QSettings(str(paths.config_dir() / "ui.ini"), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        """Return the saved main window geometry."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Return the saved dock and toolbar layout."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def last_journey_id(self) -> int | None:
        """Return the library id of the journey open when the app was last used."""
        value = self._settings.value("library/last_journey")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_journey_id.setter
    def last_journey_id(self, value: int | None) -> None:
        self._settings.setValue("library/last_journey", "" if value is None else int(value))

    @property
    def theme(self) -> str:
        """Return ``"light"`` or ``"dark"``."""
        value = self._settings.value("view/theme", "light")
        return "dark" if value == "dark" else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("view/theme", value)

    @property
    def last_folder(self) -> str:
        """Return the folder of the last opened or saved file."""
        return str(self._settings.value("files/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._settings.setValue("files/last_folder", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()

