"""Shared test setup: headless Qt, an isolated JourneyMap home, the ``gui`` marker.

Qt-free fixtures only; Qt tests get their fixtures from pytest-qt (``qtbot``, ``qapp``).
"""

from __future__ import annotations

import os
from pathlib import Path

# Set before anything can import Qt: the suite runs without a display, whoever starts it.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")


def _utf8_locale() -> None:
    """Give Qt the UTF-8 locale it needs on machines whose locale is plain C or POSIX.

    Qt otherwise warns that it switched to C.UTF-8 itself, and the warning fails the first Qt
    test (a bare Docker image or CI runner has exactly that locale).
    """
    effective = next((os.environ[name] for name in ("LC_ALL", "LC_CTYPE", "LANG")
                      if os.environ.get(name)), "")
    if "utf" not in effective.lower().replace("-", ""):
        os.environ["LC_ALL"] = "C.UTF-8"


_utf8_locale()

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from journeymap import paths  # noqa: E402

# Property tests: a busy machine must not fail them (no deadlines, no "too slow" health check);
# CI replays the same examples every run, so a red CI always reproduces. Locally they explore.
settings.register_profile(
    "journeymap", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("journeymap-ci", settings.get_profile("journeymap"), derandomize=True)
settings.load_profile("journeymap-ci" if os.environ.get("CI") else "journeymap")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test away from the user's real library and preferences."""
    home = tmp_path_factory.mktemp("journeymap-home")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    return home


@pytest.fixture
def sample_paths() -> list[Path]:
    """Return every sample journey file."""
    found = paths.sample_paths()
    assert found, "no sample journeys found"
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a QApplication as ``gui`` (run them alone with ``-m gui``)."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
