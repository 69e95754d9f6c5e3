"""The findings panel on the cooking hob sample: the integration breaks on the right steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.core.findings import Category, Severity
from journeymap.persistence import Library
from journeymap.ui.findings_panel import FindingsPanel, WrappingDelegate
from journeymap.ui.main_window import MainWindow

HOB = Path(paths.samples_dir()) / "kookplaat-reparatie.nl.journey.json"


def test_cooking_hob_sample_lists_the_integration_breaks(
        qtbot: QtBot, window: MainWindow, second_library: Library) -> None:
    before = len(second_library.list_summaries())
    window.import_paths([str(HOB)])  # in the library already: opens it
    assert len(second_library.list_summaries()) == before
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


def test_the_panel_follows_the_current_step(qtbot: QtBot, window: MainWindow) -> None:
    window.import_paths([str(HOB)])
    doc, panel = window.document, window.findings_panel
    doc.set_current_step(11)  # step 12: the booking that fails online
    expected = doc.analysis.findings_for_step(11)
    assert len(expected) >= 3
    assert set(panel.marked_findings()) == set(expected)
    shown = panel.tip.toPlainText()
    assert "Step 12, 'Foutmelding na het bevestigen van de afspraak'" in shown
    assert f"{len(expected)} findings" in shown
    for finding in expected:
        assert finding.tip in shown

    # A finding chosen in the list wins while its steps are current ...
    target = next(f for f in panel.findings() if f.step_numbers == (8, 15))
    panel.select_finding(target)
    assert doc.current_step == 7
    assert panel.tip.toPlainText().count("Tip:") == 1
    # ... and is let go, without moving the map, when the user walks to a step it is not about.
    doc.set_current_step(2)
    assert doc.current_step == 2
    assert panel.tree.currentItem() is None
    assert set(panel.marked_findings()) == set(doc.analysis.findings_for_step(2))


def test_open_questions_are_listed_per_step_and_go_away_when_answered(
        qtbot: QtBot, window: MainWindow) -> None:
    window.import_paths([str(HOB)])
    doc, panel = window.document, window.findings_panel
    visit = len(doc.journey.steps) - 1  # the engineer's visit after the phone call
    asked = [(q.step_index, q.field) for q in panel.questions()]
    assert asked == [(q.step_index, q.field) for q in doc.analysis.questions]
    assert (visit, "context_available") in asked
    group = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert group.text(0) == f"Open questions ({len(asked)})"
    row = next(group.child(i) for i in range(group.childCount())
               if group.child(i).data(0, Qt.ItemDataRole.UserRole + 2).field
               == "context_available")
    assert row.text(1) == str(visit + 1)
    with qtbot.waitSignal(doc.steps_highlighted) as highlighted:
        panel.tree.setCurrentItem(row)
    assert highlighted.args == [(visit,)]
    assert doc.current_step == visit
    question = row.data(0, Qt.ItemDataRole.UserRole + 2)
    assert row.text(0) == question.ask
    assert row.text(0).startswith("Did they have at hand what the customer did in step ")
    assert "Still to ask the customer:" in panel.tip.toPlainText()
    assert question.question in panel.tip.toPlainText()
    # The findings list is unchanged by the questions below it.
    assert sorted(panel.findings(), key=doc.analysis.findings.index) == list(
        doc.analysis.findings)

    doc.update_step(visit, context_available=True)
    assert [q for q in doc.analysis.questions if q.step_index == visit] == []
    assert all(q.step_index != visit for q in panel.questions())


def test_the_step_pane_lists_the_step_open_questions(qtbot: QtBot, window: MainWindow) -> None:
    window.import_paths([str(HOB)])
    doc, panel = window.document, window.findings_panel
    visit = len(doc.journey.steps) - 1
    doc.set_current_step(visit)
    shown = panel.tip.toPlainText()
    assert "Still to ask the customer:" in shown
    for question in doc.analysis.questions_for_step(visit):
        assert question.question in shown


def test_finding_titles_wrap_instead_of_being_cut_off(qtbot: QtBot, window: MainWindow) -> None:
    window.import_paths([str(HOB)])
    panel = FindingsPanel(window.document)
    qtbot.addWidget(panel)
    panel.resize(300, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    delegate = tree.itemDelegate()
    assert isinstance(delegate, WrappingDelegate)
    metrics = tree.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)

    def rows() -> list[tuple[str, int, int]]:
        """Each finding or question row: its title, the height it needs wrapped, its height."""
        found = []
        for group in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(group)
            for row in range(parent.childCount()):
                item = parent.child(row)
                width = delegate.text_width(tree.indexFromItem(item, 0))
                needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text(0))
                found.append((item.text(0), needed.height(), tree.visualItemRect(item).height()))
        return found

    narrow = rows()
    assert all(height >= needed for _title, needed, height in narrow), narrow
    assert any(needed > metrics.height() for _title, needed, _height in narrow)  # some wrap
    panel.resize(1200, 700)
    qtbot.waitUntil(lambda: all(height < 2 * metrics.height() for *_rest, height in rows()))
