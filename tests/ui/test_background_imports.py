"""Imports that run in the background: a long journey file and a contact history, with progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.persistence import Library
from journeymap.session import streamed_import
from journeymap.ui import long_file_import
from journeymap.ui.event_import import import_events
from journeymap.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs, retitled_hob

HOB = Path(paths.samples_dir()) / "cooking-hob-repair.en.journey.json"

CONTACTS = """Klantnummer;Datum/tijd;Kanaal;Resultaat;Notitie
K1;01-10-2026 08:00;Website;mislukt;Foutmelding bij betalen
K1;01-10-2026 08:30;Telefoon;in behandeling;Medewerker ziet de bestelling niet
K2;03-10-2026 09:00;E-mail;;
"""


@pytest.fixture
def long_at_one_kilobyte(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every journey file over 1 KB as long (the real threshold is 8 MB)."""
    monkeypatch.setattr(streamed_import, "STREAM_AT", 1024)


def long_hob(folder: Path, title: str = "Hob repair, a long file") -> Path:
    return retitled_hob(folder / "long.journey.json", title)


def titles(library: Library) -> list[str]:
    return [summary.title for summary in library.list_summaries()]


@pytest.mark.usefixtures("long_at_one_kilobyte")
def test_a_long_file_is_streamed_into_the_library_then_opened(
        qtbot: QtBot, window: MainWindow, second_library: Library, tmp_path: Path) -> None:
    path = long_hob(tmp_path)
    seen: list[tuple[int, int]] = []
    window.status.progress.valueChanged.connect(
        lambda value: seen.append((value, window.status.progress.maximum())))
    assert window.import_paths([str(path)]) == 0  # not at once: in the background
    qtbot.waitUntil(lambda: window.document.journey.title == "Hob repair, a long file",
                    timeout=20000)
    assert titles(second_library).count("Hob repair, a long file") == 1
    stored = second_library.get(window.document.journey_id).journey
    assert len(stored.steps) == 20
    assert stored.steps[11].title == "Error message after confirming the booking"
    assert (1000, 1000) in seen  # the whole file read, in thousandths
    assert "Imported “Hob repair, a long file” (20 steps)" in window.status.currentMessage()
    assert window.library_panel.titles().count("Hob repair, a long file") == 1

    window.document.open_journey_or_first(None)
    window.import_paths([str(path)])  # the same file again: that journey, no copy
    qtbot.waitUntil(lambda: "already" in window.status.currentMessage(), timeout=20000)
    assert window.document.journey.title == "Hob repair, a long file"
    assert titles(second_library).count("Hob repair, a long file") == 1


@pytest.mark.usefixtures("long_at_one_kilobyte")
def test_a_long_file_with_a_bad_step_names_it_and_stores_nothing(
        qtbot: QtBot, window: MainWindow, dialogs: Dialogs, second_library: Library,
        tmp_path: Path) -> None:
    document = json.loads(HOB.read_text("utf-8"))
    document["title"] = "Hob repair, broken"
    document["steps"][14]["channel"] = "carrier pigeon"
    path = tmp_path / "broken.journey.json"
    path.write_text(json.dumps(document), "utf-8")
    before = titles(second_library)
    window.import_paths([str(path)])
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    kind, title, text = dialogs.messages[0]
    assert (kind, title) == ("warning", "Cannot import broken.journey.json")
    assert "broken.journey.json" in text
    assert "steps[14].channel" in text
    assert titles(second_library) == before
    assert not window.status.progress.isVisible()


def test_a_journey_too_long_to_draw_is_listed_not_opened(
        qtbot: QtBot, window: MainWindow, second_library: Library, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, long_at_one_kilobyte: None) -> None:
    monkeypatch.setattr(long_file_import, "OPEN_AT_MOST", 10)
    opened = window.document.journey.title
    window.import_paths([str(long_hob(tmp_path, "Hob repair, too long"))])
    qtbot.waitUntil(lambda: "too long to draw" in window.status.currentMessage(),
                    timeout=20000)
    assert window.document.journey.title == opened
    assert "Hob repair, too long" in titles(second_library)


def test_a_contact_history_becomes_one_journey_per_customer(
        qtbot: QtBot, window: MainWindow, second_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "contacten.csv"
    path.write_bytes(CONTACTS.encode("cp1252"))
    before = len(titles(second_library))
    import_events(window, str(path))
    qtbot.waitUntil(lambda: "Imported 3 contacts as 2 journeys" in
                    window.status.currentMessage(), timeout=20000)
    assert len(titles(second_library)) == before + 2
    assert "Klantnummer K1" in window.library_panel.titles()
    journey = next(second_library.get(s.id).journey for s in second_library.list_summaries()
                   if s.title == "Klantnummer K1")
    assert [step.channel for step in journey.steps] == ["website", "phone"]


def test_a_bad_contact_row_names_its_line_and_imports_nothing(
        qtbot: QtBot, window: MainWindow, dialogs: Dialogs, second_library: Library,
        tmp_path: Path) -> None:
    path = tmp_path / "contacten.csv"
    path.write_text(CONTACTS + "K3;gisteren;Telefoon;;\n", "utf-8")
    before = titles(second_library)
    import_events(window, str(path))
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    _kind, title, text = dialogs.messages[0]
    assert title == "Cannot import contacten.csv"
    assert "contacten.csv" in text
    assert "line 5" in text
    assert titles(second_library) == before
