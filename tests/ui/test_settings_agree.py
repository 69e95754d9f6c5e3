"""A norm set with ``journeymap settings`` changes the screen, ``analyze`` and the exports alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from journeymap.cli import run_cli
from journeymap.persistence import Library
from journeymap.session.context import user_context
from journeymap.ui.document import JourneyDocument
from journeymap.ui.main_window import MainWindow

HOB_TITLE = "Kapotte kookplaat laten repareren"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def slow_in_cli(capsys: pytest.CaptureFixture[str], path: Path) -> list[list[int]]:
    capsys.readouterr()
    assert run_cli(["analyze", str(path), "--json"]) == 0
    return [f["steps"] for f in json.loads(capsys.readouterr().out)["findings"]
            if f["rule"] == "slow-response"]


@pytest.mark.parametrize("norm", [None, "600"])
def test_screen_analyze_and_exports_agree_on_the_norm(
        qtbot: QtBot, library: Library, dialogs: object, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], norm: str | None) -> None:
    if norm is not None:
        assert run_cli(["settings", "set", "norm.ivr", norm]) == 0
    document = JourneyDocument(library, context=user_context("nl"))
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.open_initial(next(s.id for s in library.list_summaries() if s.title == HOB_TITLE))
    expected = [] if norm else [[13]]

    on_screen = [list(f.step_numbers) for f in window.findings_panel.findings()
                 if f.rule == "slow-response"]
    assert on_screen == expected
    report, copy = tmp_path / "report.pdf", tmp_path / "hob.journey.json"
    window.exports.start("pdf", str(report), mask=False)
    window.exports.start("json", str(copy), mask=False)
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30000)
    assert ("Traag antwoord" in pdf_text(report)) is bool(expected)
    assert slow_in_cli(capsys, copy) == expected
