"""A long journey file imported step by step gives the library what reading it whole gives.

The streamed path is taken here with a tiny batch and a tiny ``STREAM_AT``, on small files: the
samples, a journey whose fields follow its steps, steps without ids, and files with problems.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeymap.cli import run_cli
from journeymap.core.errors import InvalidJourneyError
from journeymap.formats import read_journey
from journeymap.formats.json_file import to_document
from journeymap.session import streamed_import
from journeymap.session.library import open_library
from journeymap.session.streamed_import import import_streamed
from journeymap.tools.synthetic import synthetic_journeys


def _stored(journey_id: int) -> Any:
    with open_library() as library:
        return library.get(journey_id).journey


def _import_both_ways(path: Path) -> tuple[Any, Any, list[tuple[int, int, int]]]:
    """Return the journey stored read whole, streamed, and the progress reported."""
    whole = read_journey(path).journey
    with open_library() as library:
        whole_id = library.add(whole).id
    moves: list[tuple[int, int, int]] = []
    with open_library() as library, library.bulk_writer() as writer:
        done = import_streamed(writer, path, batch=3,
                               progress=lambda *args: moves.append(args))
    return _stored(whole_id), _stored(done.journey_id), moves


def test_the_samples_stream_into_the_same_library_content(sample_paths: list[Path]) -> None:
    for path in (p for p in sample_paths if p.suffix == ".json"):
        whole, streamed, moves = _import_both_ways(path)
        assert streamed == whole
        steps = len(whole.steps)
        assert [done for done, _, _ in moves] == [*range(3, steps + 1, 3), steps]
        assert moves[-1][1] == moves[-1][2] == path.stat().st_size


def test_fields_after_the_steps_and_steps_without_ids(tmp_path: Path) -> None:
    journey = next(synthetic_journeys(1, steps=(12, 12)))
    document = to_document(journey)
    steps = document.pop("steps")
    for index in (0, 4, 5, 11):
        del steps[index]["id"]
    steps[7]["id"] = "s40"
    path = tmp_path / "late.journey.json"
    path.write_text(json.dumps({"steps": steps, **document}), encoding="utf-8")
    whole, streamed, _ = _import_both_ways(path)
    assert streamed == whole
    assert [step.id for step in streamed.steps][:6] == ["s41", "s2", "s3", "s4", "s42", "s43"]


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d["steps"][3].update(channel="pigeon"), "steps[3].channel"),
    (lambda d: d["steps"][5].update(phase="Nowhere"), "steps[5].phase"),
    (lambda d: d["steps"][6].update(id=d["steps"][2]["id"]), "steps[6].id"),
    (lambda d: d.update(title=""), "title"),
])
def test_a_problem_anywhere_stores_nothing_and_is_named(
        tmp_path: Path, change: Any, place: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamed_import, "STREAM_AT", 10)
    document = to_document(next(synthetic_journeys(1, steps=(10, 10))))
    change(document)
    path = tmp_path / "bad.journey.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with open_library() as library:
        before = library.ids()
    assert run_cli(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert place in err
    assert "nothing was imported" in err
    with open_library() as library:
        assert library.ids() == before
    with pytest.raises(InvalidJourneyError) as caught:
        read_journey(path)
    assert place in caught.value.report()  # the same place as reading it whole


def test_the_command_line_streams_a_long_file_with_progress(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamed_import, "STREAM_AT", 10)
    journey = next(synthetic_journeys(1, steps=(30, 30)))
    path = tmp_path / "long.journey.json"
    path.write_text(json.dumps(to_document(journey), indent=2), encoding="utf-8")
    assert run_cli(["import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "100% read, 30 steps stored" in err
    journey_id = int(out.split()[1].rstrip(":"))
    assert _stored(journey_id) == read_journey(path).journey
