"""The user's preferences: language, library database and channel norms. Qt-free.

Stored as JSON in ``paths.config_dir() / "preferences.json"``. A missing file means the defaults;
a damaged file or a wrong value is logged as a warning and replaced by its default, never a crash.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from journeymap import paths
from journeymap.core.channels import is_channel_id
from journeymap.core.model import LANGUAGES
from journeymap.core.settings import AnalysisSettings

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the user chose.

    Attributes:
        language: language of the app and of analysis texts (``"en"`` or ``"nl"``).
        database_url: SQLAlchemy URL of a shared library, or ``None`` for the local SQLite file.
        norm_overrides: channel id -> expected answer time in minutes, replacing the catalogue.
    """

    language: str = "en"
    database_url: str | None = None
    norm_overrides: Mapping[str, float] = field(default_factory=dict)

    def analysis_settings(self) -> AnalysisSettings:
        """Return the analysis settings these preferences ask for."""
        return AnalysisSettings(norm_overrides=dict(self.norm_overrides))

    def with_changes(self, **changes: Any) -> Preferences:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object stored on disk."""
        return {"language": self.language, "database_url": self.database_url,
                "norm_overrides": dict(self.norm_overrides)}


#: The keys ``journeymap settings`` knows, besides ``norm.<channel id>``.
PLAIN_KEYS: tuple[str, ...] = ("language", "database_url")
NORM_PREFIX = "norm."


class SettingError(ValueError):
    """A setting key or value that the preferences do not accept (the message says why)."""


def setting_keys() -> tuple[str, ...]:
    """Return every settings key: ``language``, ``database_url`` and one norm per channel."""
    from journeymap.core.channels import channel_ids

    return (*PLAIN_KEYS, *(f"{NORM_PREFIX}{channel_id}" for channel_id in channel_ids()))


def _norm_channel(key: str) -> str | None:
    if key.startswith(NORM_PREFIX) and is_channel_id(key[len(NORM_PREFIX):]):
        return key[len(NORM_PREFIX):]
    return None


def _check_key(key: str) -> None:
    if key in PLAIN_KEYS or _norm_channel(key) is not None:
        return
    if key.startswith(NORM_PREFIX):
        from journeymap.core.channels import channel_ids, resolve_channel

        name = key[len(NORM_PREFIX):]
        meant = resolve_channel(name)
        hint = (f"did you mean {NORM_PREFIX}{meant}?" if meant else
                f"channels: {', '.join(channel_ids())}")
        raise SettingError(f"unknown channel {name!r} in {key!r}; {hint}")
    raise SettingError(f"unknown setting {key!r}; the settings are language, database_url "
                       f"and {NORM_PREFIX}CHANNEL")


def _check_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except ArgumentError:
        raise SettingError(f"database_url {url!r} is not a database address; give one such as "
                           "postgresql+psycopg://user@host/journeys or sqlite:///path") from None


def get_setting(prefs: Preferences, key: str) -> str | float | None:
    """Return the value of ``key`` in ``prefs``: a norm falls back to the channel catalogue.

    Raises:
        SettingError: an unknown key.
    """
    _check_key(key)
    if key == "language":
        return prefs.language
    if key == "database_url":
        return prefs.database_url
    channel_id = _norm_channel(key)
    assert channel_id is not None
    return prefs.analysis_settings().norm_minutes(channel_id)


def is_set(prefs: Preferences, key: str) -> bool:
    """Return whether ``key`` differs from its default because the user set it."""
    _check_key(key)
    if key == "language":
        return prefs.language != Preferences().language
    if key == "database_url":
        return prefs.database_url is not None
    return _norm_channel(key) in prefs.norm_overrides


def with_setting(prefs: Preferences, key: str, text: str) -> Preferences:
    """Return ``prefs`` with ``key`` set to the value typed as ``text``.

    Raises:
        SettingError: an unknown key or a value it does not take.
    """
    _check_key(key)
    value = text.strip()
    if key == "language":
        if value not in LANGUAGES:
            raise SettingError(f"language must be one of {', '.join(LANGUAGES)}, not {text!r}")
        return prefs.with_changes(language=value)
    if key == "database_url":
        if not value:
            raise SettingError("database_url must be a database address such as "
                               "postgresql+psycopg://user@host/journeys or sqlite:///path")
        _check_url(value)
        return prefs.with_changes(database_url=value)
    channel_id = _norm_channel(key)
    assert channel_id is not None
    try:
        minutes = float(value.replace(",", "."))
    except ValueError:
        minutes = math.nan
    if not math.isfinite(minutes) or minutes < 0:
        raise SettingError(f"{key} must be a number of minutes >= 0, not {text!r}")
    return prefs.with_changes(norm_overrides={**prefs.norm_overrides, channel_id: minutes})


def without_setting(prefs: Preferences, key: str) -> Preferences:
    """Return ``prefs`` with ``key`` back at its default.

    Raises:
        SettingError: an unknown key.
    """
    _check_key(key)
    if key == "language":
        return prefs.with_changes(language=Preferences().language)
    if key == "database_url":
        return prefs.with_changes(database_url=None)
    channel_id = _norm_channel(key)
    return prefs.with_changes(norm_overrides={
        other: minutes for other, minutes in prefs.norm_overrides.items() if other != channel_id})


def preferences_path() -> Path:
    """Return the preferences file."""
    return paths.config_dir() / FILE_NAME


def load_preferences() -> Preferences:
    """Return the saved preferences; the defaults when there are none or they cannot be read."""
    path = preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except (OSError, UnicodeDecodeError) as error:
        log.warning("Cannot read the preferences in %s (%s); using the defaults.", path, error)
        return Preferences()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        log.warning("The preferences in %s are damaged (%s); using the defaults.", path, error)
        return Preferences()
    if not isinstance(data, dict):
        log.warning("The preferences in %s are not a JSON object; using the defaults.", path)
        return Preferences()
    return _from_dict(data, path)


def _from_dict(data: dict[str, Any], path: Path) -> Preferences:
    defaults = Preferences()
    language = data.get("language", defaults.language)
    if language not in LANGUAGES:
        log.warning("Ignoring language %r in %s; using %r.", language, path, defaults.language)
        language = defaults.language
    url = data.get("database_url")
    if url is not None and (not isinstance(url, str) or not url.strip()):
        log.warning("Ignoring database_url %r in %s.", url, path)
        url = None
    norms: dict[str, float] = {}
    raw_norms = data.get("norm_overrides", {})
    if not isinstance(raw_norms, dict):
        log.warning("Ignoring norm_overrides in %s: not an object.", path)
        raw_norms = {}
    for channel_id, minutes in raw_norms.items():
        if (is_channel_id(channel_id) and isinstance(minutes, int | float)
                and not isinstance(minutes, bool) and math.isfinite(minutes) and minutes >= 0):
            norms[channel_id] = float(minutes)
        else:
            log.warning("Ignoring norm %r for channel %r in %s.", minutes, channel_id, path)
    return Preferences(language=language, database_url=url, norm_overrides=norms)


def save_preferences(prefs: Preferences) -> None:
    """Write ``prefs`` atomically, so a crash leaves either the old or the new file.

    Raises:
        OSError: the configuration folder is not writable.
    """
    from journeymap.formats.atomic import atomic_write_text

    text = json.dumps(prefs.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_text(preferences_path(), text)
