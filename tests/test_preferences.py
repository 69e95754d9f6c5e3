"""Preferences: defaults, round trip, damaged files and the analysis settings they give."""

from __future__ import annotations

import json
import logging

import pytest

from journeymap.preferences import (
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)


def test_defaults_without_a_file() -> None:
    assert load_preferences() == Preferences()
    assert Preferences().language == "en"


def test_save_and_load_round_trip() -> None:
    prefs = Preferences(language="nl", database_url="postgresql+psycopg://team/journeys",
                        norm_overrides={"phone": 3.0, "email": 720.0})
    save_preferences(prefs)
    loaded = load_preferences()
    assert loaded.language == "nl"
    assert loaded.database_url == prefs.database_url
    assert dict(loaded.norm_overrides) == {"phone": 3.0, "email": 720.0}
    assert [p.name for p in preferences_path().parent.iterdir()] == ["preferences.json"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\udcff"])
def test_damaged_file_gives_defaults_with_a_warning(
        content: str, caplog: pytest.LogCaptureFixture) -> None:
    preferences_path().write_bytes(content.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.WARNING, logger="journeymap.preferences"):
        assert load_preferences() == Preferences()
    assert "preferences" in caplog.text


def test_bad_values_are_replaced_one_by_one(caplog: pytest.LogCaptureFixture) -> None:
    preferences_path().write_text(json.dumps({
        "language": "de", "database_url": 42,
        "norm_overrides": {"phone": 2, "martian": 5, "chat": -1, "email": "soon", "sms": True},
    }), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="journeymap.preferences"):
        loaded = load_preferences()
    assert loaded == Preferences(norm_overrides={"phone": 2.0})
    assert "martian" in caplog.text


def test_analysis_settings_use_the_norms() -> None:
    settings = Preferences(norm_overrides={"phone": 12}).analysis_settings()
    assert settings.norm_minutes("phone") == 12
    assert settings.norm_minutes("chat") == 2
