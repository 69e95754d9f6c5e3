"""The interface in English and Dutch: switching retranslates the open window and the findings."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from journeymap.core.analysis import analyze
from journeymap.core.model import Journey, Step
from journeymap.persistence import Library
from journeymap.tools import update_translations
from journeymap.ui.i18n import current_language, install_language, outcome_label, translations_dir
from journeymap.ui.main_window import MainWindow
from journeymap.ui.preferences_dialog import preferred_language


def test_every_dutch_translation_is_finished(tmp_path: Path) -> None:
    """Every string of the current code is in the .ts (lupdate finds nothing new) and translated."""
    committed = translations_dir() / "journeymap_nl.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none",
                    *map(str, update_translations.sources()), "-ts", str(fresh)],
                   check=True, capture_output=True)
    root = ET.parse(fresh).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == [], "run python -m journeymap.tools.update_translations and translate"
    empty = [m.findtext("source") for m in root.iter("message")
             if not (m.findtext("translation") or "").strip()
             and not [form for form in m.iter("numerusform") if (form.text or "").strip()]]
    assert empty == [], "these Dutch translations are empty"
    assert (translations_dir() / "journeymap_nl.qm").stat().st_mtime >= (
        committed.stat().st_mtime - 1)


def test_switching_to_dutch_retranslates_the_window(qtbot: QtBot, window: MainWindow,
                                                    second_library: Library) -> None:
    doc = window.document
    hob = next(s.id for s in second_library.list_summaries()
               if s.title == "Getting a broken cooking hob repaired")
    doc.open_journey(hob)
    phone_step = next(i for i, s in enumerate(doc.journey.steps) if s.channel == "phone")
    doc.set_current_step(phone_step)
    assert window.inspector.step_form.channel.text() == "Phone"

    window._language_actions["nl"].trigger()

    assert current_language() == "nl"
    assert window.menu_actions["add_step"].text() == "Stap &toevoegen na huidige"
    assert window.menuBar().actions()[0].text() == "&Bestand"
    qtbot.waitUntil(lambda: window.inspector.tabText(1) == "Reis")
    assert window.library_dock.windowTitle() == "Bibliotheek"
    assert window.inspector.step_form.channel.text() == "Telefoon"
    assert outcome_label(doc.journey.steps[0].outcome) in ("Gelukt", "Mislukt", "Afgebroken",
                                                            "In afwachting (wacht op de "
                                                            "organisatie)")
    dutch = analyze(doc.journey, lang="nl")
    assert doc.analysis.lang == "nl"
    listed = {f.message for f in window.findings_panel.findings()}
    assert listed == {f.message for f in dutch.findings}
    assert window.status.steps_label.text().startswith("Stappen:")
    assert preferred_language() == "nl"

    window._language_actions["en"].trigger()
    assert window.menu_actions["add_step"].text() == "&Add step after current"
    assert window.inspector.step_form.channel.text() == "Phone"


@pytest.mark.usefixtures("qapp")
def test_qt_own_strings_are_dutch_too() -> None:
    from PySide6.QtCore import QCoreApplication

    try:
        assert install_language("nl")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        install_language("en")


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "1 finding"), ("en", 5, "5 findings"),
    ("nl", 1, "1 bevinding"), ("nl", 5, "5 bevindingen"),
])
def test_counts_read_as_plain_language(qapp: object, lang: str, count: int,
                                       expected: str) -> None:
    """No "finding(s)" on a beamer: English plural forms come from journeymap_en.qm."""
    from PySide6.QtCore import QCoreApplication

    try:
        install_language(lang)
        assert QCoreApplication.translate("PresentationWindow", "%n finding(s)", "",
                                          count) == expected
    finally:
        install_language("en")


def test_undo_entries_made_before_a_switch_speak_the_new_language(
        qtbot: QtBot, window: MainWindow) -> None:
    doc = window.document
    doc.new_journey(Journey(title="Calling", steps=(Step("Looks up the number", "website", 0),)))
    doc.insert_step(1, Step("Calls", "phone", 0))
    doc.update_step(1, title="Calls the desk")
    doc.insert_step(2, Step("Waits", "phone", -1))
    doc.undo()
    assert window.menu_actions["undo"].text() == "&Undo Edit step 2"
    assert window.menu_actions["redo"].text() == "&Redo Add step"

    window._language_actions["nl"].trigger()

    assert window.menu_actions["undo"].text() == "&Ongedaan maken Stap 2 bewerken"
    assert window.menu_actions["redo"].text() == "Opnieuw &uitvoeren Stap toevoegen"
    doc.undo()
    assert window.menu_actions["undo"].text() == "&Ongedaan maken Stap toevoegen"
    window._language_actions["en"].trigger()
    assert window.menu_actions["redo"].text() == "&Redo Edit step 2"


QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@pytest.mark.skipif(not (QT_TRANSLATIONS / "qtbase_nl.qm").exists(),
                    reason="this PySide6 ships no Dutch catalogue of Qt's own strings")
def test_qt_s_file_dialog_speaks_dutch(qtbot: QtBot) -> None:
    install_language("nl")
    try:
        dialog = QFileDialog(None, "Exporteren")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Zoeken in:"  # a gap in Qt's own catalogue, filled
        assert labels["fileTypeLabel"] == "Bestanden van &type:"  # the same
        assert labels["fileNameLabel"] == "Bestands&naam:"  # Qt's catalogue
        buttons = {button.text() for button in dialog.findChildren(QPushButton)}
        assert {"&Openen", "Annuleren"} <= buttons
        tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
        assert {"Terug", "Hogere map", "Nieuwe map aanmaken"} <= tips
    finally:
        install_language("en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
