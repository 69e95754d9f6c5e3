"""The portfolio view on the samples: heat map, recurring findings, click through to a journey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.core.heat import heat_colour
from journeymap.core.model import JourneyKind
from journeymap.formats import read_journey
from journeymap.persistence import Library
from journeymap.ui.main_window import MainWindow
from journeymap.ui.portfolio_view import PortfolioView


def _actual_samples() -> int:
    """Return how many samples are actual journeys (the portfolio counts no plan)."""
    return sum(read_journey(p).journey.kind is JourneyKind.ACTUAL for p in paths.sample_paths())


def _open_view(qtbot: QtBot, window: MainWindow) -> PortfolioView:
    window.menu_actions["portfolio"].trigger()
    view = window.portfolio_view
    qtbot.waitUntil(lambda: view.portfolio is not None, timeout=20000)
    return view


def test_matrix_cell_clicks_through_to_the_journey_and_its_steps(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _open_view(qtbot, window)
    assert len(view.portfolio.journeys) == _actual_samples()
    model = view.model
    assert "website" in model.channels
    assert "phone" in model.channels
    cell = model.index_of("website", "ivr")
    assert model.data(cell).startswith("3\n")  # three times, in two journeys
    colour = model.data(cell, Qt.ItemDataRole.BackgroundRole).color()
    transition = model.transition_at(cell)
    assert colour == QColor(heat_colour(transition.mean_delta))
    rect = view.matrix.visualRect(cell)
    qtbot.mouseClick(view.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.places.count() == 3
    first = view.places.item(0)
    journey_id, steps = first.data(Qt.ItemDataRole.UserRole + 1)
    highlighted: list[tuple[int, ...]] = []
    window.document.steps_highlighted.connect(highlighted.append)
    view.places.setFocus()
    view.places.setCurrentRow(0)
    qtbot.keyClick(view.places, Qt.Key.Key_Return)
    assert window.document.journey_id == journey_id
    assert highlighted[-1] == steps
    assert window.document.current_step == steps[0]
    journey = window.document.journey
    assert (journey.steps[steps[0]].channel, journey.steps[steps[1]].channel) == ("website",
                                                                                 "ivr")


def test_recurring_findings_are_ranked_and_list_their_journeys(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _open_view(qtbot, window)
    tree = view.recurring
    assert tree.topLevelItemCount() == len(view.portfolio.recurring)
    journeys = [item.journeys for item in view.portfolio.recurring]
    assert journeys == sorted(journeys, reverse=True)  # the most widespread first
    row = next(index for index, item in enumerate(view.portfolio.recurring)
               if item.rule == "recognized-without-context")
    recognised = tree.topLevelItem(row)
    assert recognised.text(2) == f"4 of {_actual_samples()}"
    tree.setCurrentItem(recognised)
    assert view.places.count() == 4
    assert "Recognised without history" in view.places_caption.text()


def test_the_view_follows_the_library_filter(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library_panel.search, "kookplaat")
    view = _open_view(qtbot, window)
    assert [entry.title for entry in view.portfolio.journeys] == [
        "Kapotte kookplaat laten repareren"]


def test_portfolio_pdf_from_the_view(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    view = _open_view(qtbot, window)
    out = tmp_path / "portfolio.pdf"
    view.write_pdf(str(out))
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: "Wrote" in view.summary.text(), timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")


def test_tags_edited_on_the_form_filter_the_library(qtbot: QtBot, window: MainWindow,
                                                     second_library: Library) -> None:
    journey_form = window.inspector.journey_form
    journey_id = window.document.journey_id
    journey_form.tags.setFocus()
    qtbot.keyClicks(journey_form.tags, "interview; pilot")
    assert second_library.get(journey_id).journey.tags == ("interview", "pilot")
    window.menu_actions["undo"].trigger()  # the typed tags are one edit
    assert second_library.get(journey_id).journey.tags == ()
    window.menu_actions["redo"].trigger()
    panel = window.library_panel
    panel.refresh()
    assert panel.tag_filter.isVisible()
    panel.select_tag("pilot")
    assert panel.titles() == [window.document.journey.title]
    assert panel.listed_ids() == [journey_id]
    panel.select_tag(None)
    assert len(panel.titles()) == len(paths.sample_paths())


def test_every_channel_name_above_the_matrix_shows_whole(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    from journeymap.ui.i18n import install_language

    for lang in ("en", "nl"):
        window.set_language(lang)
        view = _open_view(qtbot, window)
        header = view.matrix.horizontalHeader()
        metrics = header.fontMetrics()
        names = [view.model.headerData(column, Qt.Orientation.Horizontal)
                 for column in range(view.model.columnCount())]
        assert "balie / bezoek" in names or "desk / visit" in names
        cut = [name for column, name in enumerate(names)
               if header.sectionSize(column) < metrics.horizontalAdvance(name) + 4]
        assert cut == [], lang
        view.close()
    install_language("en")
