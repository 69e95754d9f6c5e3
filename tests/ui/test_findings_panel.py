"""The findings panel on the cooking hob sample: the integration breaks on the right steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.core.findings import Category, Severity
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow

HOB = Path(paths.samples_dir()) / "kookplaat-reparatie.nl.journey.json"


def test_cooking_hob_sample_lists_the_integration_breaks(
        qtbot: QtBot, window: MainWindow, second_library: Library) -> None:
    before = len(second_library.list_summaries())
    assert window.import_paths([str(HOB)]) == 1
    assert len(second_library.list_summaries()) == before + 1
    doc = window.document
    assert doc.journey.title == "Kapotte kookplaat laten repareren"

    listed = window.findings_panel.findings()
    integration = {(f.rule, f.step_numbers) for f in listed if f.category is Category.INTEGRATION}
    # Step 8 typed model number and fault online; step 15 asks them again on the phone.
    assert ("repeated-information", (8, 15)) in integration
    # Step 12 fails online, the customer goes on in the phone menu (13), which refers back online.
    assert ("failure-switch", (12, 13)) in integration
    assert ("referral-to-failed-channel", (12, 13)) in integration
    # Step 14: the agent recognises the caller but has none of what was typed online.
    assert ("lost-context", (12, 14)) in integration
    assert ("recognized-without-context", (14,)) in integration
    # Grouped by severity: every high finding is listed before every medium and low one.
    ranks = [f.severity.rank for f in listed]
    assert ranks == sorted(ranks)
    high_group = window.findings_panel.tree.topLevelItem(0)
    assert high_group.text(0) == f"High ({sum(f.severity is Severity.HIGH for f in listed)})"


def test_choosing_a_finding_selects_its_steps_and_shows_the_tip(
        qtbot: QtBot, window: MainWindow) -> None:
    window.import_paths([str(HOB)])
    panel = window.findings_panel
    tree = panel.tree
    target = next(f for f in panel.findings()
                  if f.rule == "repeated-information" and f.step_numbers == (8, 15))
    with qtbot.waitSignal(window.document.steps_highlighted) as highlighted:
        panel.select_finding(target)
    assert highlighted.args == [(7, 14)]
    assert window.document.current_step == 7
    assert target.tip in panel.tip.toPlainText()
    assert target.message in panel.tip.toPlainText()
    # From the keyboard: the next finding in the list becomes current and its steps follow.
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    chosen = tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    assert chosen is not None
    assert window.document.current_step == chosen.step_indexes[0]
