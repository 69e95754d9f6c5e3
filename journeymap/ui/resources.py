"""One door to ``resources/``: icons and the application icon, from a checkout or a bundle."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

from journeymap import paths


@cache
def _register() -> None:
    QDir.addSearchPath("icons", str(paths.resources_dir() / "icons"))


def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` (an empty icon when it is missing)."""
    _register()
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    """Return the application icon: ``resources/app/icon.svg``, the one the packages use too."""
    path = paths.resources_dir() / "app" / "icon.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
