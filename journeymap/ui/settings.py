"""UI state only (window geometry per screen, dock layout, last journey, theme) in the config
folder (``paths.config_dir()``).

Preferences that change behaviour (language, database, norms) live in ``journeymap.preferences``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from journeymap import paths
from journeymap.core.window_fit import WindowPlacement, decode_placement, encode_placement


class UiSettings:
    """Typed accessors over an INI-format ``QSettings`` file in the config folder."""

    def __init__(self) -> None:
        self._settings = QSettings(str(paths.config_dir() / "ui.ini"), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def placement(self, screen: str) -> WindowPlacement | None:
        """Return the main window's geometry remembered for ``screen`` (see ``screen_key``)."""
        value = self._settings.value(f"placement/{screen}")
        return decode_placement(value) if isinstance(value, str) else None

    def set_placement(self, screen: str, placement: WindowPlacement) -> None:
        """Remember the main window's geometry on ``screen``."""
        self._settings.setValue(f"placement/{screen}", encode_placement(placement))

    @property
    def frame_extra(self) -> tuple[int, int] | None:
        """Return how much the window frame added to the window's width and height last time."""
        value = self._settings.value("window/frame_extra")
        parts = str(value or "").split("x")
        if len(parts) == 2 and all(part.isdigit() for part in parts):
            return int(parts[0]), int(parts[1])
        return None

    @frame_extra.setter
    def frame_extra(self, value: tuple[int, int]) -> None:
        self._settings.setValue("window/frame_extra", f"{max(0, value[0])}x{max(0, value[1])}")

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

