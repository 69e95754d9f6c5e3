"""Journey files counted by worker processes: the portfolio and the report of counting serially."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.cli import run_cli
from journeymap.core.model import JourneyKind
from journeymap.formats import write_journey
from journeymap.formats.portfolio_json import portfolio_to_dict
from journeymap.session.context import AnalysisContext
from journeymap.session.portfolio import FileReport, build_portfolio, expand_paths, read_files
from journeymap.session.portfolio_files import PARALLEL_FROM, count_files
from journeymap.tools.synthetic import synthetic_journeys

COUNT = PARALLEL_FROM + 60
BAD = (3, COUNT - 2)  # a broken file near each end: one for the pool, one for this process
ODD = 140  # a file with an unknown field: read, with a warning
PLANNED_EVERY = 25  # every 25th journey is a plan: skipped, in every run alike


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("portfolio")
    for number, journey in enumerate(synthetic_journeys(COUNT, seed=9)):
        path = root / f"j{number:04d}.journey.json"
        if number % PLANNED_EVERY == 7:
            journey = journey.with_changes(kind=JourneyKind.PLANNED)
        write_journey(journey, path)
        if number in BAD or number == ODD:
            data = json.loads(path.read_text(encoding="utf-8"))
            if number == ODD:
                data["steps"][0]["mood"] = "fine"
            else:
                data["steps"][1]["score"] = "high"
            path.write_text(json.dumps(data), encoding="utf-8")
    return root


def _serial(files: list[Path], context: AnalysisContext, tag: str | None
            ) -> tuple[dict[str, object], FileReport]:
    report = FileReport()
    journeys = ((ref, j) for ref, j in read_files(files, report) if tag is None or tag in j.tags)
    return portfolio_to_dict(build_portfolio(journeys, context)), report


@pytest.mark.parametrize(("jobs", "tag", "lang"), [(2, None, "en"), (3, "pilot", "nl"),
                                                   (1, None, "nl")])
def test_parallel_counts_equal_serial_counts(folder: Path, jobs: int, tag: str | None,
                                             lang: str) -> None:
    files = expand_paths([folder])
    context = AnalysisContext(lang)
    portfolio, report = count_files(files, context, tag=tag, jobs=jobs)
    expected, expected_report = _serial(files, context, tag)
    assert portfolio_to_dict(portfolio) == expected
    assert portfolio.skipped_planned == expected["skipped_planned"] > 0
    assert [e.report() for e in report.errors] == [e.report() for e in expected_report.errors]
    assert report.warnings == expected_report.warnings


def test_errors_name_their_files_in_order(folder: Path) -> None:
    files = expand_paths([folder])
    _portfolio, report = count_files(files, AnalysisContext(), jobs=2)
    assert [Path(e.source).name for e in report.errors] == [f"j{n:04d}.journey.json" for n in BAD]
    assert all("steps[1].score" in e.report() for e in report.errors)
    assert [(path.name, w.place) for path, w in report.warnings] == [
        (f"j{ODD:04d}.journey.json", "steps[0].mood")]


def test_cli_with_jobs_names_bad_files_and_prints_nothing(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["aggregate", str(folder), "--json", "--jobs", "2"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for number in BAD:
        assert f"j{number:04d}.journey.json: steps[1].score" in captured.err
    assert f"2 of {COUNT} files have errors" in captured.err
