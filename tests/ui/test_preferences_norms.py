"""The channels' answer-time norms are edited in Preferences and change the analysis at once."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey, Step
from journeymap.preferences import load_preferences, preferences_path
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import MainWindow
from journeymap.ui.preferences_dialog import PreferencesDialog


def _slow_steps(window: MainWindow) -> list[tuple[int, ...]]:
    return [f.step_indexes for f in window.document.analysis.findings
            if f.rule == "slow-response"]


@pytest.fixture
def waiting_on_the_phone(window: MainWindow) -> MainWindow:
    """Open a journey whose second step waits ten minutes on the phone (norm: 5 minutes)."""
    window.document.new_journey(Journey(title="Calling the helpdesk", steps=(
        Step("Looks up the number", "website", 0),
        Step("Waits on the line", "phone", -1, wait_minutes=10),
    )))
    return window


def _answer_preferences(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, change: object) -> None:
    def exec_(dialog: PreferencesDialog) -> int:
        qtbot.addWidget(dialog)
        change(dialog)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)


def test_a_longer_phone_norm_removes_the_slow_response_and_is_stored(
        qtbot: QtBot, waiting_on_the_phone: MainWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = waiting_on_the_phone
    assert _slow_steps(window) == [(1,)]

    def longer(dialog: PreferencesDialog) -> None:
        box = dialog.norms.spin_boxes["phone"]
        assert box.value() == 5
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, "15")
    _answer_preferences(monkeypatch, qtbot, longer)
    window.menu_actions["preferences"].trigger()

    assert _slow_steps(window) == []
    assert json.loads(preferences_path().read_text("utf-8"))["norm_overrides"] == {"phone": 15.0}
    assert load_preferences().analysis_settings().norm_minutes("phone") == 15

    _answer_preferences(monkeypatch, qtbot, lambda dialog: dialog.reset_norms.click())
    window.menu_actions["preferences"].trigger()

    assert _slow_steps(window) == [(1,)]
    assert load_preferences().norm_overrides == {}


def test_a_shorter_norm_finds_a_slow_response(qtbot: QtBot, waiting_on_the_phone: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = waiting_on_the_phone
    findings_before = len(window.document.analysis.findings)
    _answer_preferences(monkeypatch, qtbot,
                        lambda dialog: dialog.norms.spin_boxes["website"].setValue(0)
                        or dialog.norms.spin_boxes["phone"].setValue(2))
    window.menu_actions["preferences"].trigger()
    slow = [f for f in window.document.analysis.findings if f.rule == "slow-response"]
    assert [f.step_indexes for f in slow] == [(1,)]
    assert len(window.document.analysis.findings) == findings_before
    assert slow[0].severity.name != "LOW"  # ten minutes is five times a two-minute norm
    assert load_preferences().norm_overrides == {"phone": 2.0}


def test_the_norms_table_names_the_channels_in_dutch(qtbot: QtBot, window: MainWindow) -> None:
    install_language("nl")
    dialog = PreferencesDialog("nl", "light", "", window)
    qtbot.addWidget(dialog)
    names = [dialog.norms.item(row, 0).text() for row in range(dialog.norms.rowCount())]
    assert "Telefoon" in names
    assert "Balie / bezoek" in names
    assert dialog.norms.spin_boxes["letter"].value() == 7200


def test_norms_read_as_durations_in_the_interface_language(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    install_language("nl")
    dialog = PreferencesDialog("nl", "light", "", window)
    qtbot.addWidget(dialog)
    boxes = dialog.norms.spin_boxes
    assert boxes["email"].text() == "1 dag"
    assert boxes["letter"].text() == "5 dagen"
    assert boxes["messaging"].text() == "1 uur"
    assert boxes["phone"].text() == "5 minuten"
    assert boxes["website"].text() == "direct"
    install_language("en")  # the open dialog follows the switch
    qtbot.waitUntil(lambda: boxes["email"].text() == "1 day")
    assert boxes["letter"].text() == "5 days"
    assert boxes["phone"].text() == "5 minutes"
    assert boxes["website"].text() == "immediately"


@pytest.mark.parametrize(("lang", "typed", "minutes"), [
    ("en", "2 h", 120.0), ("en", "1.5 days", 2160.0), ("nl", "1 dag", 1440.0),
    ("nl", "1,5 uur", 90.0), ("nl", "20", 20.0),
])
def test_a_norm_is_typed_with_its_unit_and_stored_in_minutes(
        qtbot: QtBot, waiting_on_the_phone: MainWindow, monkeypatch: pytest.MonkeyPatch,
        lang: str, typed: str, minutes: float) -> None:
    install_language(lang)

    def type_norm(dialog: PreferencesDialog) -> None:
        box = dialog.norms.spin_boxes["phone"]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
        box.interpretText()
    _answer_preferences(monkeypatch, qtbot, type_norm)
    waiting_on_the_phone.menu_actions["preferences"].trigger()

    assert load_preferences().norm_overrides == {"phone": minutes}


def test_the_arrows_step_by_the_unit_shown(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PreferencesDialog("en", "light", "", window)
    qtbot.addWidget(dialog)
    email, phone = dialog.norms.spin_boxes["email"], dialog.norms.spin_boxes["phone"]
    email.stepUp()
    assert (email.value(), email.text()) == (2880, "2 days")
    email.stepDown()
    email.stepDown()
    assert (email.value(), email.text()) == (1380, "23 hours")
    phone.stepUp()
    assert (phone.value(), phone.text()) == (6, "6 minutes")
