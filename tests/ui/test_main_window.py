"""Window-level behaviour: actions, presentation, conflicts, preferences, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey
from journeymap.persistence import Library
from journeymap.preferences import load_preferences
from journeymap.ui import actions as action_table
from journeymap.ui.document import JourneyDocument
from journeymap.ui.main_window import MainWindow
from journeymap.ui.preferences_dialog import PreferencesDialog
from journeymap.ui.presentation import PresentationWindow


def test_every_action_has_text_and_a_slot_and_no_shortcut_clashes(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for spec in action_table.ACTIONS:
        action = window.menu_actions[spec.name]
        assert action.text()
        assert callable(action_table.resolve_slot(window, spec))
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is used by {seen.get(key)} and {spec.name}"
            seen[key] = spec.name
    assert window.menu_actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.menu_actions["presentation"].shortcut() == QKeySequence("F5")


def test_step_actions_follow_the_current_step(window: MainWindow) -> None:
    doc = window.document
    doc.set_current_step(0)
    assert not window.menu_actions["move_left"].isEnabled()
    assert window.menu_actions["move_right"].isEnabled()
    window.menu_actions["next_step"].trigger()
    assert doc.current_step == 1
    assert window.menu_actions["move_left"].isEnabled()
    count = len(doc.journey.steps)
    window.menu_actions["delete_step"].trigger()
    assert len(doc.journey.steps) == count - 1
    assert "Delete step" in window.menu_actions["undo"].text()


def test_presentation_mode_opens_on_f5(qtbot: QtBot, window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationWindow, "showFullScreen", PresentationWindow.show)
    window.map_view.setFocus()
    qtbot.keyClick(window.map_view, Qt.Key.Key_F5)
    presentation = window._presentation
    assert isinstance(presentation, PresentationWindow)
    qtbot.addWidget(presentation)
    assert presentation.isVisible()
    window.close()
    assert not presentation.isVisible()


def test_a_conflict_offers_reload(qtbot: QtBot, window: MainWindow, dialogs: object,
                                  second_library: Library) -> None:
    doc = window.document
    journey_id = doc.journey_id
    theirs = second_library.get(journey_id)
    second_library.save(journey_id, theirs.journey.with_changes(title="Changed by a colleague"),
                        theirs.version)
    dialogs.answers.append("reload")
    window.menu_actions["delete_step"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.questions))
    title, details = dialogs.questions[0]
    assert title == "Changed elsewhere"
    assert "Changed by a colleague" in details
    qtbot.waitUntil(lambda: doc.journey.title == "Changed by a colleague")
    assert not doc.unsaved


def test_preferences_switch_language_and_theme(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.menu_actions["preferences"].trigger()
    assert load_preferences().language == "nl"
    assert window.settings.theme == "dark"
    assert window.menu_actions["dark_theme"].isChecked()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 80
    window.menu_actions["dark_theme"].setChecked(False)
    assert window.settings.theme == "light"


def test_layout_and_last_journey_are_remembered(qtbot: QtBot, window: MainWindow,
                                                document: JourneyDocument) -> None:
    last = document.library.list_summaries()[-1].id
    document.open_journey(last)
    window.findings_dock.hide()
    window.resize(640, 480)
    window.close()
    again = MainWindow(document)
    qtbot.addWidget(again)
    again.open_initial()
    assert document.journey_id == last
    assert again.size().width() == 640
    assert again.findings_dock.isHidden()


def test_the_toolbar_adds_a_step_and_is_labelled_in_dutch(qtbot: QtBot, window: MainWindow,
                                                          document: JourneyDocument) -> None:
    from PySide6.QtWidgets import QToolButton

    toolbar = window.toolbar
    names = [a.objectName() for a in toolbar.actions() if not a.isSeparator()]
    assert names == [n for n in action_table.TOOLBAR if n is not None]
    add = window.menu_actions["add_step"]
    button = toolbar.widgetForAction(add)
    assert isinstance(button, QToolButton)
    count = len(document.journey.steps)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not document.unsaved)
    stored = document.library.get(document.journey_id).journey
    assert len(stored.steps) == count + 1

    window.set_language("nl")
    assert add.iconText() == "Stap toevoegen"
    assert window.menu_actions["presentation"].iconText() == "Presenteren"
    assert toolbar.windowTitle() == "Werkbalk"
    # Icon-only buttons still say what they do, with the shortcut.
    assert window.menu_actions["zoom_fit"].toolTip() == "Kaart aanpassen aan venster (Ctrl+0)"


def test_a_hidden_toolbar_stays_hidden(qtbot: QtBot, window: MainWindow,
                                       document: JourneyDocument) -> None:
    window.toolbar.toggleViewAction().trigger()
    assert window.toolbar.isHidden()
    window.close()
    again = MainWindow(document)
    qtbot.addWidget(again)
    again.open_initial()
    assert again.toolbar.isHidden()


def test_f1_shows_every_shortcut_of_the_menus_and_follows_the_language(
        qtbot: QtBot, window: MainWindow) -> None:
    from journeymap.ui.shortcuts_dialog import ShortcutsDialog, shortcut_text

    window.menu_actions["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Add step after current"] == shortcut_text(window.menu_actions["add_step"])
    assert "Ctrl+Return" in rows["Add step after current"]
    assert rows["Presentation mode"] == "F5"
    assert rows["Leave presentation mode"] == "Esc"
    with_keys = [spec for spec in action_table.ACTIONS
                 if window.menu_actions[spec.name].shortcuts()]
    assert len([keys for keys in rows.values() if keys]) >= len(with_keys)

    window.set_language("nl")
    qtbot.waitUntil(lambda: any(d.isVisible() and d.windowTitle() == "Sneltoetsen"
                                for d in window.findChildren(ShortcutsDialog)))
    dutch = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    assert dict(dutch.rows())["Presentatiemodus verlaten"] == "Esc"


def test_an_empty_journey_says_how_to_add_the_first_step(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.document.new_journey(Journey(title="Nothing yet"))
    hint = window.empty_hint
    assert hint.isVisible()
    shortcut = window.menu_actions["add_step"].shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert shortcut == "Ctrl+Return"
    assert f"Press {shortcut} or click “Add step” in the toolbar" in hint.text()
    pane, box = window.map_view.rect(), hint.geometry()
    assert pane.contains(box)
    assert abs(box.center().x() - pane.center().x()) <= 1
    assert abs(box.center().y() - pane.center().y()) <= 1

    window.menu_actions["add_step"].trigger()
    assert len(window.document.journey.steps) == 1
    assert not hint.isVisible()
    window.document.undo()
    assert hint.isVisible()

    window._language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: "Druk op Ctrl+Return" in hint.text())
    assert "“Stap toevoegen”" in hint.text()
    window.document.open_journey_or_first(None)
    window.document.close_journey()
    assert not hint.isVisible()


def test_a_cards_tooltip_says_what_its_count_of_more_findings_is(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    from journeymap.ui.i18n import install_language

    install_language("en")  # as the app does at start: English's plural forms
    window.document.open_journey(library.find("Getting a broken cooking hob repaired").id)
    window.resize(1280, 720)
    qtbot.wait(10)
    window.map_view.zoom_to_height()
    counted = [card for card in window.map_view.card_items() if card.box.more]
    assert counted  # at 1280x720 the busiest cards fold markers into "+n"
    for card in counted:
        noun = "finding" if card.box.more == 1 else "findings"
        assert f"{card.box.more} more {noun}" in card.toolTip()
    quiet = [card for card in window.map_view.card_items() if not card.box.more]
    assert all("more finding" not in card.toolTip() for card in quiet)
    window.set_language("nl")
    qtbot.wait(10)
    counted = [card for card in window.map_view.card_items() if card.box.more]
    assert counted
    assert all("bevinding" in card.toolTip() for card in counted)
    install_language("en")
