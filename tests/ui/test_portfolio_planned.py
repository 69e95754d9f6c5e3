"""The portfolio view counts the listed actual journeys only; it says which plans it left out.

The samples in the library hold one plan, "Cooking hob repair as designed", and the actual
cooking hob journeys lived against it.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from journeymap.core.model import JourneyKind
from journeymap.persistence import Library
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import MainWindow
from journeymap.ui.portfolio_view import PortfolioView

PLAN = "Cooking hob repair as designed"


def _open_view(qtbot: QtBot, window: MainWindow, search: str) -> PortfolioView:
    qtbot.keyClicks(window.library_panel.search, search)
    window.menu_actions["portfolio"].trigger()
    view = window.portfolio_view
    qtbot.waitUntil(lambda: view.portfolio is not None, timeout=20000)
    return view


def _kinds(library: Library, ids: list[int]) -> dict[str, JourneyKind]:
    return {library.get(id_).journey.title: library.get(id_).journey.kind for id_ in ids}


def test_a_listed_plan_is_left_out_and_named(qtbot: QtBot, window: MainWindow,
                                             library: Library) -> None:
    view = _open_view(qtbot, window, "cooking hob repair")
    listed = _kinds(library, window.library_panel.listed_ids())
    assert listed[PLAN] is JourneyKind.PLANNED
    actual = sorted(title for title, kind in listed.items() if kind is JourneyKind.ACTUAL)
    assert len(actual) >= 2
    assert sorted(entry.title for entry in view.portfolio.journeys) == actual
    assert view.portfolio.skipped_planned == 1
    assert "1 planned journey not counted" in view.summary.text()
    # The plan's designed steps are in no transition and no recurring finding.
    titles = [entry.title for entry in view.portfolio.journeys]
    for item in view.portfolio.recurring:
        assert all(titles[index] != PLAN for index in item.journey_indexes)
    recurring = view.recurring.topLevelItem(0)
    assert recurring.text(2).endswith(f"of {len(actual)}")


def test_only_a_plan_listed_gives_an_empty_portfolio_with_the_note(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    view = _open_view(qtbot, window, "repair as designed")
    assert len(window.library_panel.listed_ids()) == 1
    assert view.portfolio.journeys == ()
    assert view.portfolio.only_planned
    assert view.model.rowCount() == 0
    assert view.recurring.topLevelItemCount() == 0
    assert "Every listed journey is planned, so nothing is counted" in view.summary.text()
    out = tmp_path / "plan.pdf"
    view.write_pdf(str(out))
    qtbot.waitUntil(lambda: "Wrote" in view.summary.text(), timeout=20000)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "The one journey given is planned, so nothing was counted" in text


def test_the_note_in_dutch(qtbot: QtBot, window: MainWindow) -> None:
    install_language("nl")
    view = _open_view(qtbot, window, "cooking hob repair")
    assert "1 geplande klantreis niet meegeteld" in view.summary.text()


def test_one_actual_journey_beside_the_plan_is_counted_in_the_singular(
        qtbot: QtBot, window: MainWindow, library: Library) -> None:
    install_language("en")  # as the app does at start: English's plural forms
    view = _open_view(qtbot, window, "as designed")  # the plan and the one lived almost so
    assert len(view.portfolio.journeys) == 1
    steps = view.portfolio.steps
    breaks = sum(entry.breaks for entry in view.portfolio.journeys)
    first_line = view.summary.text().splitlines()[0]
    assert first_line.startswith("1 journey, ")
    assert f"{steps} steps" in first_line
    assert (f"{breaks} integration break" + ("" if breaks == 1 else "s")) in first_line
    window.set_language("nl")
    qtbot.waitUntil(lambda: "geplande klantreis" in view.summary.text())
    assert view.summary.text().splitlines()[0].startswith("1 klantreis, ")
    assert f"{steps} stappen" in view.summary.text()


def test_switching_language_shows_the_findings_in_the_new_language(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _open_view(qtbot, window, "cooking hob repair")
    assert view.portfolio.lang == "en"
    english = view.recurring.topLevelItem(0).text(0)
    window.set_language("nl")
    qtbot.waitUntil(lambda: view.portfolio.lang == "nl", timeout=20000)
    top = view.recurring.topLevelItem(0)
    assert top.text(0) != english  # the finding's name, in Dutch
    assert " van " in top.text(2)
    assert view.recurring.topLevelItem(0).toolTip(0) == view.portfolio.recurring[0].tip
    assert "1 geplande klantreis niet meegeteld" in view.summary.text()
    install_language("en")
