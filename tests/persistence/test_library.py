"""The library API: one transaction per call, versions that guard against lost updates."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from journeymap import paths
from journeymap.core.errors import InvalidJourneyError, JourneyError, NotFoundError
from journeymap.core.model import Journey, Step
from journeymap.persistence import (
    AmbiguousJourneyError,
    ConflictError,
    Library,
    StoredJourney,
)
from journeymap.persistence import library as library_module
from journeymap.session.library import library_url

Small = Callable[..., Journey]


def _file(library: Library) -> Path:
    return Path(library.location)


def test_added_journeys_are_listed_with_counts_and_net_score(
    library: Library, journey: Journey, make_small: Small
) -> None:
    first = library.add(journey)
    second = library.add(make_small("Empty", steps=0))

    summaries = library.list_summaries()

    assert [(s.id, s.title, s.steps, s.score, s.language, s.version) for s in summaries] == [
        (first.id, journey.title, 4, 0, "nl", 1),
        (second.id, "Empty", 0, 0, "en", 1),
    ]
    assert summaries[0].updated_at == first.updated_at


def test_net_score_adds_up_the_step_scores(library: Library) -> None:
    steps = tuple(Step(f"s{n}", "phone", score) for n, score in enumerate((-2, -1, 2, -2)))

    library.add(Journey("Scores", steps=steps))

    assert library.list_summaries()[0].score == -3


def test_find_by_id_or_by_title_ignoring_case(library: Library, make_small: Small) -> None:
    stored = library.add(make_small("Kapotte Kookplaat"))

    assert library.find(str(stored.id)).id == stored.id
    assert library.find("kapotte kookplaat").id == stored.id
    assert library.find("  KAPOTTE KOOKPLAAT ").journey.title == "Kapotte Kookplaat"


def test_a_number_that_is_no_id_is_a_title(library: Library, make_small: Small) -> None:
    stored = library.add(make_small("2024"))

    assert library.find("2024").id == stored.id


def test_find_names_what_was_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError, match="'Missing journey'"):
        library.find("Missing journey")
    with pytest.raises(NotFoundError, match="id 77"):
        library.get(77)
    with pytest.raises(NotFoundError, match="'99999999999999999999999'"):
        library.find("99999999999999999999999")
    with pytest.raises(NotFoundError):
        library.get(-1)


def test_an_ambiguous_title_lists_the_ids(library: Library, make_small: Small) -> None:
    ids = [library.add(make_small(title)).id for title in ("Twice", "twice")]

    with pytest.raises(AmbiguousJourneyError) as caught:
        library.find("TWICE")

    assert caught.value.ids == tuple(ids)
    assert f"ids {ids[0]}, {ids[1]}" in str(caught.value)


def test_save_replaces_the_journey_and_moves_the_version_on(
    library: Library, journey: Journey, make_small: Small
) -> None:
    stored = library.add(journey)
    edited = journey.with_changes(title="Renamed", steps=journey.steps[:2])

    saved = library.save(stored.id, edited, expected_version=stored.version)

    assert saved.version == stored.version + 1
    assert library.get(stored.id) == saved
    assert saved.journey == edited
    assert saved.created_at == stored.created_at
    assert saved.updated_at >= stored.updated_at


def test_a_stale_save_is_refused_and_changes_nothing(library: Library, make_small: Small) -> None:
    stored = library.add(make_small("Original"))
    newer = library.save(stored.id, make_small("Someone else's edit"), stored.version)

    with pytest.raises(ConflictError) as caught:
        library.save(stored.id, make_small("My stale edit"), stored.version)

    assert caught.value.current_version == newer.version
    assert isinstance(caught.value, JourneyError)
    assert library.get(stored.id) == newer


def test_saving_a_deleted_journey_is_not_found(library: Library, make_small: Small) -> None:
    stored = library.add(make_small())
    library.delete(stored.id)

    with pytest.raises(NotFoundError):
        library.save(stored.id, make_small(), stored.version)


def test_invalid_journeys_are_never_stored(library: Library, make_small: Small) -> None:
    stored = library.add(make_small("Valid"))
    invalid = Journey("Bad", steps=(Step("x", "carrier pigeon", 3),))

    with pytest.raises(InvalidJourneyError, match="carrier pigeon"):
        library.add(invalid)
    with pytest.raises(InvalidJourneyError):
        library.save(stored.id, invalid, stored.version)
    with pytest.raises(InvalidJourneyError):
        library.add_many([make_small("Good"), invalid])

    assert [s.title for s in library.list_summaries()] == ["Valid"]
    assert library.get(stored.id) == stored


def test_a_save_that_fails_halfway_leaves_the_journey_as_it_was(
    library: Library, journey: Journey, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = library.add(journey)
    real_step_rows = library_module.step_rows

    def clashing_rows(journey_id: int, steps: tuple[Step, ...]) -> list[object]:
        rows = real_step_rows(journey_id, steps)
        for row in rows:
            row.key = "s1"  # breaks the unique (journey, step id) key after the update
        return rows

    monkeypatch.setattr(library_module, "step_rows", clashing_rows)
    with pytest.raises(IntegrityError):
        library.save(stored.id, journey.with_changes(title="Half"), stored.version)

    assert library.get(stored.id) == stored


def test_delete_returns_the_journey_and_restore_puts_it_back(
    library: Library, journey: Journey
) -> None:
    stored = library.add(journey)

    deleted = library.delete(stored.id)

    assert deleted == stored
    with pytest.raises(NotFoundError):
        library.get(stored.id)
    restored = library.restore(deleted)
    assert restored.id == stored.id
    assert restored.journey == journey
    assert restored.version > stored.version
    assert restored.created_at == stored.created_at


def test_delete_leaves_no_steps_behind(library: Library, journey: Journey) -> None:
    stored = library.add(journey)

    library.delete(stored.id)

    with closing(sqlite3.connect(_file(library))) as raw:
        assert raw.execute("SELECT count(*) FROM step").fetchone() == (0,)


def test_restore_takes_a_new_id_when_the_old_one_is_taken(
    library: Library, make_small: Small
) -> None:
    keep = library.add(make_small("Keep"))
    gone = library.delete(library.add(make_small("Gone")).id)
    taken = StoredJourney(keep.id, gone.version, gone.journey, gone.created_at, gone.updated_at)

    restored = library.restore(taken)

    assert restored.id != keep.id
    assert library.get(keep.id).journey.title == "Keep"
    assert library.get(restored.id).journey.title == "Gone"


def test_a_stale_copy_cannot_overwrite_a_restored_journey(
    library: Library, make_small: Small
) -> None:
    stored = library.add(make_small())
    library.restore(library.delete(stored.id))

    with pytest.raises(ConflictError):
        library.save(stored.id, make_small("Stale"), stored.version)


def test_the_library_opens_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_small: Small
) -> None:
    target = tmp_path / "team" / "shared.sqlite3"
    monkeypatch.setenv(paths.DATABASE_URL_ENV, f"sqlite:///{target}")

    with Library.open(samples=lambda: [make_small("From env")]) as library:
        assert library.location == str(target.resolve())
        assert [s.title for s in library.list_summaries()] == ["From env"]


def test_the_preferences_choose_the_library_unless_the_environment_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_small: Small
) -> None:
    from journeymap.preferences import Preferences, save_preferences

    chosen, forced = tmp_path / "chosen.sqlite3", tmp_path / "forced.sqlite3"
    save_preferences(Preferences(database_url=f"sqlite:///{chosen}"))

    assert library_url() == f"sqlite:///{chosen}"
    with Library.open(samples=lambda: [make_small()]) as library:  # persistence alone: no prefs
        assert Path(library.location) == paths.default_database_path().resolve()
    monkeypatch.setenv(paths.DATABASE_URL_ENV, f"sqlite:///{forced}")
    assert library_url() == f"sqlite:///{forced}"
    with Library.open(samples=lambda: [make_small()]) as library:
        assert library.location == str(forced.resolve())


def test_the_default_library_lives_in_the_data_folder(make_small: Small) -> None:
    with Library.open(samples=lambda: [make_small()]) as library:
        assert Path(library.location) == paths.default_database_path().resolve()
    assert paths.default_database_path().is_file()


def test_every_connection_is_durable(library: Library) -> None:
    with library.engine.connect() as connection:
        settings = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }

    assert settings == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                        "busy_timeout": 5000}


def test_edits_are_seen_by_another_process_at_once(library: Library, make_small: Small) -> None:
    stored = library.add(make_small("Committed"))

    with closing(sqlite3.connect(_file(library))) as raw:
        assert raw.execute("SELECT title FROM journey WHERE id = ?", (stored.id,)).fetchone() == (
            "Committed",
        )
