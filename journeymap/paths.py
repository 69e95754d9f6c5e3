"""Where JourneyMap keeps and finds its files. Qt-free; one place for every path.

``JOURNEYMAP_HOME`` moves data and configuration into one folder (tests and portable installs use
it); otherwise the platform's user directories are used (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "JourneyMap"
DATABASE_URL_ENV = "JOURNEYMAP_DATABASE_URL"
HOME_ENV = "JOURNEYMAP_HOME"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Return the folder for the library database and backups, created if missing."""
    return _user_dir("data", "user_data_dir")


def config_dir() -> Path:
    """Return the folder for preferences, created if missing."""
    return _user_dir("config", "user_config_dir")


def _user_dir(home_subfolder: str, platformdirs_function: str) -> Path:
    """Return ``$JOURNEYMAP_HOME/<home_subfolder>``, else the platform's folder; create it."""
    home = os.environ.get(HOME_ENV)
    if home:
        path = Path(home) / home_subfolder
    else:
        import platformdirs  # only when no JOURNEYMAP_HOME: it is not needed otherwise

        path = Path(getattr(platformdirs, platformdirs_function)(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """Return the SQLite library file used when no database URL is configured."""
    return data_dir() / "library.sqlite3"


def _bundled(name: str) -> Path:
    """Find a top-level folder in a frozen bundle, an installed wheel or a source checkout."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / f"_{name}", _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    """Return the ``resources/`` folder (fonts, icons, translations, styles)."""
    return _bundled("resources")


def samples_dir() -> Path:
    """Return the ``sample_journeys/`` folder."""
    return _bundled("sample_journeys")


def sample_paths() -> list[Path]:
    """Return the sample journey files in a stable order."""
    return sorted(samples_dir().glob("*.journey.json"))
