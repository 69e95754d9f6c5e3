"""``journeymap import`` and ``journeymap list`` as a person and a script use them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.formats import read_journey
from journeymap.session.library import open_library


def _write(path: Path, document: dict[str, object]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _good(path: Path, title: str = "Renewing a parking permit") -> Path:
    return _write(path, {
        "format": "journeymap/1", "title": title, "language": "en",
        "steps": [{"title": "Fills in the form", "channel": "website", "score": 2},
                  {"title": "Calls about the letter", "channel": "phone", "score": -1}],
    })


def _titles() -> list[str]:
    with open_library() as library:
        return [summary.title for summary in library.list_summaries()]


def test_import_stores_the_journey_and_prints_its_id(
    sample_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sample = sample_paths[0]
    before = _titles()
    capsys.readouterr()

    assert run_cli(["import", str(sample)]) == 0

    expected = read_journey(sample).journey
    out = capsys.readouterr().out
    with open_library() as library:
        new_id = len(before) + 1
        assert out.strip() == f"Imported {new_id}: {expected.title}"
        assert library.get(new_id).journey == expected


def test_import_prints_warnings_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _good(tmp_path / "permit.journey.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    _write(path, {**document, "mood": "sunny"})

    assert run_cli(["import", str(path)]) == 0

    captured = capsys.readouterr()
    assert "Renewing a parking permit" in captured.out
    assert f"{path}: warning: mood" in captured.err


def test_one_bad_file_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _good(tmp_path / "good.journey.json")
    bad = _write(tmp_path / "bad.journey.json", {
        "format": "journeymap/1", "title": "Bad",
        "steps": [{"title": "Ok", "channel": "phone", "score": 1},
                  {"title": "Broken", "channel": "phone", "score": 7}],
    })
    before = _titles()
    capsys.readouterr()

    assert run_cli(["import", str(good), str(bad), str(tmp_path / "missing.json")]) == 2

    err = capsys.readouterr().err
    assert f"{bad}: steps[1].score (step 2)" in err
    assert "missing.json" in err
    assert "nothing was imported" in err
    assert "Traceback" not in err
    assert _titles() == before


def test_import_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["import"]) == 2
    assert "FILE" in capsys.readouterr().err


def test_list_shows_a_readable_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(["import", str(_good(tmp_path / "permit.journey.json"))])
    capsys.readouterr()

    assert run_cli(["list"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "Title", "Steps", "Score", "Lang", "Updated"]
    permit = next(line for line in lines if "Renewing a parking permit" in line)
    assert permit.split()[-5:-2] == ["2", "+1", "en"]
    assert len(lines) == len(_titles()) + 1


def test_list_json_is_for_scripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(["import", str(_good(tmp_path / "permit.journey.json", title="Permit"))])
    capsys.readouterr()

    assert run_cli(["list", "--json"]) == 0

    items = json.loads(capsys.readouterr().out)
    permit = next(item for item in items if item["title"] == "Permit")
    assert permit["steps"] == 2
    assert permit["score"] == 1
    assert permit["language"] == "en"
    assert permit["version"] == 1
    assert permit["updated_at"].endswith("+00:00")
    assert [item["title"] for item in items] == _titles()


def test_an_empty_library_says_how_to_fill_it(capsys: pytest.CaptureFixture[str]) -> None:
    with open_library() as library:
        for summary in library.list_summaries():
            library.delete(summary.id)

    assert run_cli(["list"]) == 0
    assert "journeymap import FILE" in capsys.readouterr().out


def test_list_loads_no_qt_and_no_pdf_library() -> None:
    code = (
        "import sys\n"
        "from journeymap.__main__ import main\n"
        "code = main(['list'])\n"
        "heavy = [m for m in ('PySide6', 'shiboken6', 'pyqtgraph', 'reportlab') "
        "if m in sys.modules]\n"
        "print('loaded:', ','.join(heavy), 'exit:', code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "loaded:  exit: 0"


def test_a_damaged_library_is_explained_without_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths.default_database_path().write_bytes(b"this is not a database" * 50)

    assert run_cli(["list"]) == 1

    err = capsys.readouterr().err
    assert str(paths.default_database_path()) in err
    assert "start a fresh one" in err
    assert "Traceback" not in err
