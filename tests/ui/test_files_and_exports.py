"""Open, import, save and export from the menu; exports run in the background."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.core.model import Journey, Step
from journeymap.persistence import Library
from journeymap.session.exports import EXPORT_KINDS
from journeymap.ui import exports_controller, files_controller
from journeymap.ui.export_dialog import PrivacyDialog
from journeymap.ui.main_window import MainWindow
from tests.ui.conftest import retitled_hob

HOB = Path(paths.samples_dir()) / "cooking-hob-repair.en.journey.json"


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Answer the save dialog with files in the test folder; record what was asked."""
    asked: list[str] = []

    def answer(_parent: object, _caption: str, _folder: str, name: str, _filter: str) -> str:
        asked.append(name)
        return str(tmp_path / name)

    monkeypatch.setattr(exports_controller, "ask_save_path", answer)
    return asked


def wait_written(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy(), timeout=20000)


@pytest.mark.parametrize("kind", ["json", "csv", "mermaid", "svg", "png", "pdf", "pptx"])
def test_every_export_writes_its_file(qtbot: QtBot, window: MainWindow, save_to: list[str],
                                      tmp_path: Path, kind: str) -> None:
    window.import_paths([str(HOB)])
    window.menu_actions[f"export_{kind}"].trigger()
    wait_written(qtbot, window)
    written = tmp_path / save_to[0]
    assert written.stat().st_size > 0
    assert "Wrote" in window.status.currentMessage()
    if kind == "json":
        assert json.loads(written.read_text("utf-8"))["title"] == window.document.journey.title
    elif kind == "csv":
        assert len(written.read_text("utf-8-sig").strip().splitlines()) == 21
    elif kind == "pdf":
        assert len(PdfReader(written).pages) >= 1
    elif kind == "png":
        assert not QImage(str(written)).isNull()
    elif kind == "svg":
        assert written.read_text("utf-8").lstrip().startswith(("<svg", "<?xml"))
    elif kind == "pptx":
        slides = list(Presentation(str(written)).slides)
        assert len(slides) == 1 + len(window.document.analysis.top) + 1
        assert slides[0].shapes.title.text == window.document.journey.title


def test_personal_data_is_listed_and_masked_before_export(
        qtbot: QtBot, window: MainWindow, save_to: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []

    def accept(dialog: PrivacyDialog) -> int:
        shown.append([dialog.hits.item(i).text() for i in range(dialog.hits.count())])
        assert dialog.mask.isChecked()
        return PrivacyDialog.DialogCode.Accepted

    monkeypatch.setattr(PrivacyDialog, "exec", accept)
    window.document.new_journey(Journey(title="Private", steps=(
        Step("Mail to jan.jansen@example.nl", "email", 0, note="Call back on 06-12345678"),)))
    window.menu_actions["export_json"].trigger()
    wait_written(qtbot, window)
    assert len(shown) == 1
    assert any("jan.jansen@example.nl" in line for line in shown[0])
    text = (tmp_path / save_to[0]).read_text("utf-8")
    assert "jan.jansen@example.nl" not in text
    assert "06-12345678" not in text


def test_cancelling_the_personal_data_warning_exports_nothing(
        qtbot: QtBot, window: MainWindow, save_to: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PrivacyDialog, "exec", lambda _self: PrivacyDialog.DialogCode.Rejected)
    window.document.new_journey(Journey(title="Private", steps=(
        Step("Mail to jan.jansen@example.nl", "email", 0),)))
    window.menu_actions["export_pdf"].trigger()
    assert save_to == []
    assert not window.busy()


def hob_copy(folder: Path, title: str = "Hob repair, second interview") -> Path:
    """Write the English hob sample under another title (a journey not in the library yet)."""
    return retitled_hob(folder / "second-interview.journey.json", title)


def test_open_file_imports_into_the_library(window: MainWindow, second_library: Library,
                                            monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    path = hob_copy(tmp_path)
    monkeypatch.setattr(files_controller, "ask_open_path", lambda *_args: str(path))
    before = len(second_library.list_summaries())
    window.menu_actions["open_file"].trigger()
    assert len(second_library.list_summaries()) == before + 1
    assert window.document.journey.title == "Hob repair, second interview"
    window.menu_actions["undo"].trigger()  # an import is undoable too
    assert len(second_library.list_summaries()) == before


def test_opening_the_same_file_twice_leaves_one_journey(window: MainWindow,
                                                         second_library: Library,
                                                         tmp_path: Path) -> None:
    path = hob_copy(tmp_path)
    before = len(second_library.list_summaries())
    assert window.import_paths([str(path)]) == 1
    first = window.document.journey_id
    window.document.update_step(0, score=2)  # edited in the app since: still that journey
    window.document.open_journey_or_first(None)
    assert window.import_paths([str(path)]) == 0
    assert window.document.journey_id == first
    assert len(second_library.list_summaries()) == before + 1
    assert "already" in window.status.currentMessage()


def test_a_file_whose_journey_is_in_the_library_opens_that_journey(
        window: MainWindow, second_library: Library) -> None:
    before = len(second_library.list_summaries())
    assert window.import_paths([str(HOB)]) == 0  # the sample the library started with
    assert window.document.journey.title == "Getting a broken cooking hob repaired"
    assert len(second_library.list_summaries()) == before


@pytest.mark.parametrize(("choice", "journeys_added"), [("replace", 1), ("keep", 2)])
def test_a_changed_file_asks_to_replace_or_keep_both(
        window: MainWindow, second_library: Library, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, choice: str, journeys_added: int) -> None:
    path = hob_copy(tmp_path)
    before = len(second_library.list_summaries())
    window.import_paths([str(path)])
    first = window.document.journey_id
    document = json.loads(path.read_text("utf-8"))
    document["steps"][0]["title"] = "Finds the brand's site at once"
    path.write_text(json.dumps(document), "utf-8")
    asked: list[str] = []

    def answer(title: str, *_args: object) -> str:
        asked.append(title)
        return choice

    monkeypatch.setattr(window, "ask_choice", answer)
    window.import_paths([str(path)])
    assert asked == ["Changed since it was imported"]
    assert len(second_library.list_summaries()) == before + journeys_added
    assert window.document.journey.steps[0].title == "Finds the brand's site at once"
    if choice == "replace":
        assert window.document.journey_id == first
        window.document.undo()  # replacing is an edit like any other
        assert second_library.get(first).journey.steps[0].title != (
            "Finds the brand's site at once")


def test_a_bad_file_is_reported_with_its_problems(window: MainWindow, dialogs: object,
                                                  tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"format": "journeymap/1", "title": "Bad", "steps": '
                   '[{"title": "x", "channel": "pigeon", "score": 7}]}', "utf-8")
    assert window.import_paths([str(bad)]) == 0
    kind, title, text = dialogs.messages[-1]
    assert kind == "warning"
    assert "bad.journey.json" in title
    assert "steps[0].channel" in text
    assert "steps[0].score" in text


def test_dropping_csv_and_json_files_imports_them(qtbot: QtBot, window: MainWindow,
                                                  second_library: Library,
                                                  tmp_path: Path) -> None:
    csv = tmp_path / "Repair by phone.csv"
    csv.write_text("title,channel,score\nCall,telefoon,--\nVisit,balie,++\n", "utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(csv)), QUrl.fromLocalFile(str(hob_copy(tmp_path)))])
    before = len(second_library.list_summaries())
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert len(second_library.list_summaries()) == before + 2
    titles = [s.title for s in second_library.list_summaries()]
    assert "Repair by phone" in titles


def test_save_as_writes_json_or_csv(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copy.csv"
    monkeypatch.setattr(files_controller, "ask_save_path", lambda *_args: str(target))
    window.menu_actions["save_as"].trigger()
    wait_written(qtbot, window)
    lines = target.read_text("utf-8-sig").strip().splitlines()
    assert len(lines) == len(window.document.journey.steps) + 1


def test_every_export_kind_of_the_menu_has_its_action(window: MainWindow) -> None:
    in_menu = {kind.id for kind in EXPORT_KINDS.values() if kind.in_menu}
    assert in_menu == {"pdf", "pptx", "png", "svg", "csv", "json", "mermaid", "cjml"}
    exports = {name.removeprefix("export_") for name in window.menu_actions
               if name.startswith("export_")}
    assert exports == in_menu
