"""The sample journeys go into a new library once in its life, even with two starts at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from journeymap import paths
from journeymap.core.model import Journey
from journeymap.persistence import Library
from journeymap.session.library import open_library

Small = Callable[..., Journey]


def test_a_new_library_gets_the_shipped_samples(db_url: str) -> None:
    with open_library(db_url) as library:
        titles = [s.title for s in library.list_summaries()]

    assert len(titles) == len(paths.sample_paths()) > 0
    assert "Kapotte kookplaat laten repareren" in titles


def test_deleted_samples_do_not_come_back(db_url: str, make_small: Small) -> None:
    samples = [make_small("Sample one"), make_small("Sample two")]
    with Library.open(db_url, samples=lambda: samples) as library:
        for summary in library.list_summaries():
            library.delete(summary.id)

    with Library.open(db_url, samples=lambda: samples) as library:
        assert library.list_summaries() == []


def test_samples_are_stored_as_given(db_url: str, journey: Journey) -> None:
    with Library.open(db_url, samples=lambda: [journey]) as library:
        assert library.find(journey.title).journey == journey


def test_two_starts_at_once_seed_only_once(db_url: str, make_small: Small) -> None:
    both_read = threading.Barrier(2, timeout=10)

    def samples() -> list[Journey]:
        both_read.wait()  # both starts have seen an unseeded library before either seeds
        return [make_small("Sample")]

    opened: list[Library] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            opened.append(Library.open(db_url, samples=samples))
        except BaseException as error:  # report it in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert errors == []
    assert [s.title for s in opened[0].list_summaries()] == ["Sample"]
    for library in opened:
        library.close()


def test_a_library_is_created_in_a_new_folder(tmp_path: Path, make_small: Small) -> None:
    target = tmp_path / "a" / "b" / "lib.sqlite3"

    with Library.open(f"sqlite:///{target}", samples=lambda: []) as library:
        library.add(make_small())

    assert target.is_file()


def _start_at_once(db_url: str, make_small: Small, starts: int = 4) -> list[BaseException]:
    """Open a library from ``starts`` threads at the same moment; return what they raised."""
    start_together = threading.Barrier(starts, timeout=10)
    errors: list[BaseException] = []

    def start() -> None:
        start_together.wait()
        try:
            Library.open(db_url, samples=lambda: [make_small("Only once")]).close()
        except BaseException as error:  # report it in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(starts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    return errors


def test_many_first_starts_at_once_create_one_library(db_url: str, make_small: Small) -> None:
    assert _start_at_once(db_url, make_small) == []
    with Library.open(db_url) as library:  # no samples given: nothing more is loaded
        assert [s.title for s in library.list_summaries()] == ["Only once"]


def test_first_starts_racing_to_switch_a_new_file_to_wal_all_succeed(
    tmp_path: Path, make_small: Small
) -> None:
    """SQLite refuses a concurrent WAL switch at once ("locked") instead of waiting: starts failed
    that way now and then before ``database._switch_to_wal`` waited it out."""
    for round_number in range(15):
        url = f"sqlite:///{tmp_path / f'round{round_number}' / 'journeys.sqlite3'}"
        assert _start_at_once(url, make_small) == [], f"round {round_number}"


def test_opening_without_samples_leaves_the_seeding_for_later(db_url: str, make_small: Small
                                                              ) -> None:
    with Library.open(db_url) as library:
        assert library.list_summaries() == []
    with Library.open(db_url, samples=lambda: [make_small("Later")]) as library:
        assert [s.title for s in library.list_summaries()] == ["Later"]
