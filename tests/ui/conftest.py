"""Qt fixtures of the desktop app: a library on a temporary SQLite file, a document, the window.

Modal questions never open a real dialog: ``show_message`` and ``ask_choice`` are replaced by
recorders that answer from a queue, and a test fails on a question nobody expected.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap import paths
from journeymap.formats import read_journey
from journeymap.persistence import Library
from journeymap.session.library import open_library
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import install_language
from journeymap.ui.main_window import MainWindow


def retitled_hob(path: Path, title: str) -> Path:
    """Write the English cooking hob sample to ``path`` under another title (a journey not in
    the library yet) and return ``path``."""
    hob = Path(paths.samples_dir()) / "cooking-hob-repair.en.journey.json"
    document = json.loads(hob.read_text("utf-8"))
    document["title"] = title
    path.write_text(json.dumps(document), "utf-8")
    return path


class Dialogs:
    """Records the messages shown and answers the questions asked."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answers: list[str] = []

    def show_message(self, kind: str, title: str, text: str) -> None:
        self.messages.append((kind, title, text))

    def ask_choice(self, title: str, text: str, details: str, choices: dict[str, str]) -> str:
        self.questions.append((title, details))
        assert self.answers, f"unexpected question: {title}: {text}"
        answer = self.answers.pop(0)
        assert answer in (*choices, "")
        return answer


@pytest.fixture
def library_url(tmp_path: Path) -> str:
    """Return the URL of a fresh SQLite library in the test's folder."""
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """Open a library (seeded with the sample journeys) on a temporary SQLite file."""
    opened = open_library(library_url)
    yield opened
    opened.close()


@pytest.fixture
def second_library(library: Library, library_url: str) -> Iterator[Library]:
    """Open the same database a second time, as another program would."""
    other = open_library(library_url)
    yield other
    other.close()


@pytest.fixture
def document(library: Library) -> JourneyDocument:
    """Return a document on the library, with nothing open."""
    return JourneyDocument(library)


@pytest.fixture
def hob_document(document: JourneyDocument, library: Library) -> JourneyDocument:
    """Return the document with the English cooking hob sample opened."""
    sample = paths.samples_dir() / "cooking-hob-repair.en.journey.json"
    document.open_journey(library.add(read_journey(sample).journey).id)
    return document


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Replace the window's modal questions by a recorder."""
    recorder = Dialogs()
    monkeypatch.setattr(MainWindow, "show_message",
                        lambda _self, *args: recorder.show_message(*args))
    monkeypatch.setattr(MainWindow, "ask_choice",
                        lambda _self, *args: recorder.ask_choice(*args))
    return recorder


@pytest.fixture
def window(qtbot: QtBot, document: JourneyDocument, dialogs: Dialogs) -> Iterator[MainWindow]:
    """Build the main window on the document, open the first journey and show it."""
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.open_initial()
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    yield main
    install_language("en")


#: The offscreen platform plugin cannot do these; Qt says so as a warning on every call.
OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's "does not support" warnings in the UI tests."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))
