"""``journeymap export``: outputs written, exit codes, redaction, no Qt unless a PNG is asked."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey, write_journey

HOB_EN = "cooking-hob-repair.en.journey.json"


@pytest.fixture
def hob() -> Path:
    return paths.samples_dir() / HOB_EN


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_no_output_is_a_usage_error(hob: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["export", str(hob)]) == 2
    assert "at least one output" in capsys.readouterr().err


def test_missing_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(["export", str(tmp_path / "nope.journey.json"), "--pdf",
                    str(tmp_path / "r.pdf")])
    assert code == 2
    assert "nope.journey.json" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_invalid_journey_is_bad_input_naming_the_place(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.journey.json"
    bad.write_text(json.dumps({"format": "journeymap/1", "title": "X", "steps": [
        {"title": "a", "channel": "website", "score": 7}]}), encoding="utf-8")
    assert run_cli(["export", str(bad), "--pdf", str(tmp_path / "r.pdf")]) == 2
    assert "steps[0].score" in capsys.readouterr().err


def test_bad_option_values_are_usage_errors(hob: Path, tmp_path: Path) -> None:
    assert run_cli(["export", str(hob), "--pdf", str(tmp_path / "r.pdf"), "--lang", "fr"]) == 2
    assert run_cli(["export", str(hob), "--pdf", str(tmp_path / "r.pdf"), "--paper", "a5"]) == 2


def test_every_qt_free_output_is_written(hob: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = {name: tmp_path / f"out.{suffix}" for name, suffix in (
        ("pdf", "pdf"), ("svg", "svg"), ("curve-svg", "curve.svg"), ("csv", "csv"),
        ("json", "journey.json"), ("mermaid", "mmd"), ("cjml", "cjml"))}
    argv = ["export", str(hob), "--lang", "nl", "--paper", "a3"]
    for name, path in out.items():
        argv += [f"--{name}", str(path)]
    assert run_cli(argv) == 0
    printed = capsys.readouterr().out
    for path in out.values():
        assert path.stat().st_size > 0
        assert str(path) in printed
    journey = read_journey(hob).journey
    assert read_journey(out["json"]).journey == journey
    assert len(read_journey(out["csv"]).journey.steps) == len(journey.steps)
    ET.fromstring(out["svg"].read_text(encoding="utf-8"))
    ET.fromstring(out["curve-svg"].read_text(encoding="utf-8"))
    assert out["mermaid"].read_text(encoding="utf-8").startswith("journey")
    reader = PdfReader(out["pdf"])
    assert round(float(reader.pages[0].mediabox.width)) == 1191  # A3 landscape
    assert "Breuken en pijnpunten" in pdf_text(out["pdf"])  # --lang nl


def test_a_library_journey_can_be_exported(tmp_path: Path) -> None:
    source = tmp_path / "mine.journey.json"
    write_journey(Journey("Mijn reis", (Step("Bellen", "phone", 1),), language="nl"), source)
    assert run_cli(["import", str(source)]) == 0
    target = tmp_path / "mine.pdf"
    assert run_cli(["export", "Mijn reis", "--pdf", str(target)]) == 0
    assert "Mijn reis" in pdf_text(target)


def test_redact_masks_personal_data_in_every_output(tmp_path: Path) -> None:
    source = tmp_path / "private.journey.json"
    write_journey(Journey("Terugbellen", (
        Step("Bellen", "phone", -1, note="Bel mij op 06-12345678 of mail jan@example.nl"),
    ), language="nl"), source)
    pdf, csv, svg = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.svg"
    assert run_cli(["export", str(source), "--redact", "--pdf", str(pdf), "--csv", str(csv),
                    "--svg", str(svg)]) == 0
    for text in (pdf_text(pdf), csv.read_text(encoding="utf-8"),
                 svg.read_text(encoding="utf-8")):
        assert "06-12345678" not in text
        assert "jan@example.nl" not in text
    assert "06-12345678" in source.read_text(encoding="utf-8")  # the source is untouched


def _run_isolated(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"JOURNEYMAP_HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_pdf_svg_and_files_import_no_qt(hob: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from journeymap.cli import run_cli\n"
        f"rc = run_cli(['export', {str(hob)!r}, '--pdf', {str(tmp_path / 'r.pdf')!r},"
        f" '--svg', {str(tmp_path / 'r.svg')!r}, '--csv', {str(tmp_path / 'r.csv')!r},"
        f" '--pptx', {str(tmp_path / 'r.pptx')!r}])\n"
        "assert rc == 0, rc\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "assert not qt, qt\n"
    )
    result = _run_isolated(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 0
    assert (tmp_path / "r.pptx").stat().st_size > 0


def test_png_works_headless_without_a_display(hob: Path, tmp_path: Path) -> None:
    map_png, curve_png = tmp_path / "map.png", tmp_path / "curve.png"
    code = (
        "import sys\n"
        "from journeymap.cli import run_cli\n"
        f"sys.exit(run_cli(['export', {str(hob)!r}, '--png', {str(map_png)!r},"
        f" '--curve-png', {str(curve_png)!r}]))\n"
    )
    result = _run_isolated(code, tmp_path / "home")  # no DISPLAY, no QT_QPA_PLATFORM
    assert result.returncode == 0, result.stderr
    for path in (map_png, curve_png):
        assert path.read_bytes().startswith(b"\x89PNG")
    width = int.from_bytes(map_png.read_bytes()[16:20], "big")
    assert width > 2000  # 2 pixels per point: a 20-step map for a slide


@pytest.mark.parametrize(("sample", "lang"), [(HOB_EN, "en"),
                                              ("kookplaat-reparatie.nl.journey.json", "nl")])
def test_pptx_slides_have_the_top_improvements_of_analyze(
        sample: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = paths.samples_dir() / sample
    assert run_cli(["analyze", str(source), "--json", "--lang", lang]) == 0
    top = json.loads(capsys.readouterr().out)["top"]
    out = tmp_path / "deck.pptx"
    assert run_cli(["export", str(source), "--pptx", str(out), "--lang", lang]) == 0
    assert str(out) in capsys.readouterr().out
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == 1 + len(top) + 1
    for slide, entry in zip(slides[1:-1], top, strict=True):
        assert slide.shapes.title.text == entry["title"]
        tip = next(shape for shape in slide.shapes if shape.name == "Tip")
        assert tip.text_frame.text == f"Tip: {entry['tip']}"


def test_pptx_in_the_other_language(hob: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    assert run_cli(["export", str(hob), "--pptx", str(out), "--lang", "nl"]) == 0
    slides = list(Presentation(str(out)).slides)
    assert slides[-1].shapes.title.text == "Hoe de klant zich voelde, stap voor stap"


@pytest.mark.parametrize("where", ["missing/deck.pptx", "folder"])
def test_pptx_to_a_bad_path_is_bad_input(hob: Path, tmp_path: Path, where: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    assert run_cli(["export", str(hob), "--pptx", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target if where == "folder" else target.parent) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]  # nothing half-written
    assert not list((tmp_path / "folder").iterdir())
