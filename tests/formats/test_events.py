"""Contact-history exports: one journey per key, in time order, bad rows named, all or nothing."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from journeymap.cli import run_cli
from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Outcome
from journeymap.formats.events import loads_events, parse_columns, read_events
from journeymap.session.library import open_library
from journeymap.tools.synthetic import contact_export

DUTCH = """Klantnummer;Datum/tijd;Kanaal;Resultaat;Wachttijd;Notitie
K2;03-10-2026 09:00;Telefoon;afgehandeld;3,5;Belt over de levering
K1;01-10-2026 08:00:00;Website;mislukt;;Foutmelding bij betalen
K1;02-10-2026 20:00;telefoon;in behandeling;12;Medewerker ziet de bestelling niet
K1;01-10-2026 08:30;Mijn omgeving;;;
K2;01-10-2026 10:00;E-mail;;;
"""


def test_one_journey_per_key_in_time_order_with_elapsed_days() -> None:
    result = loads_events(DUTCH, "contacten.csv")
    first, second = result.journeys
    assert (first.title, second.title) == ("Klantnummer K2", "Klantnummer K1")
    assert [s.channel for s in second.steps] == ["website", "portal", "phone"]
    assert [s.elapsed_days for s in second.steps] == [
        None, pytest.approx(0.5 / 24, abs=1e-4), pytest.approx(35.5 / 24, abs=1e-4)]
    assert second.steps[0].outcome is Outcome.FAILED
    assert second.steps[2].outcome is Outcome.PENDING
    assert second.steps[2].wait_minutes == 12
    assert second.steps[2].note == "Medewerker ziet de bestelling niet"
    assert [s.channel for s in first.steps] == ["email", "phone"]
    assert first.steps[1].wait_minutes == 3.5
    assert first.steps[1].elapsed_days == pytest.approx(2 - 1 / 24, abs=1e-4)
    assert second.language == "nl"
    assert [s.id for s in second.steps] == ["s1", "s2", "s3"]
    assert result.contacts == 5


def test_english_headers_iso_times_and_scores() -> None:
    text = ("case id,timestamp,channel,outcome,score,subject\n"
            "C-7,2026-10-01T08:00:00,phone menu,failed,--,Menu loop\n"
            "C-7,2026-10-01T08:05:00Z,call,success,+,Agent solves it\n")
    (journey,) = loads_events(text, "cases.csv").journeys
    assert [s.channel for s in journey.steps] == ["ivr", "phone"]
    assert [s.score for s in journey.steps] == [-2, 1]
    assert journey.steps[0].title == "Menu loop"
    assert journey.language == "en"


def test_columns_named_on_the_command_line() -> None:
    text = "Wie;Wanneer;Waar\nA;2026-10-01 08:00;brief\nA;2026-10-04 08:00;balie\n"
    columns = parse_columns("key=Wie,time=Wanneer,channel=Waar")
    (journey,) = loads_events(text, "x.csv", columns=columns).journeys
    assert [s.channel for s in journey.steps] == ["letter", "face_to_face"]
    assert journey.steps[1].elapsed_days == 3
    with pytest.raises(ValueError, match="unknown field 'who'"):
        parse_columns("who=Wie")


def test_every_bad_row_is_named_by_line_and_column() -> None:
    text = ("Klantnummer;Datum;Kanaal;Wachttijd\n"
            "K1;01-10-2026 08:00;fax;\n"
            "K1;gisteren;telefoon;\n"
            ";01-10-2026 09:00;telefoon;lang\n")
    with pytest.raises(InvalidJourneyError) as caught:
        loads_events(text, "contacten.csv")
    report = caught.value.report()
    assert "contacten.csv: line 2, column Kanaal: unknown channel 'fax'" in report
    assert "line 3, column Datum: 'gisteren' is not a date and time" in report
    assert "line 4, column Klantnummer: is empty" in report
    assert "line 4, column Wachttijd: must be a number of minutes" in report


def test_a_missing_column_is_named() -> None:
    with pytest.raises(InvalidJourneyError, match="has no channel column"):
        loads_events("Klantnummer;Datum\nK1;01-10-2026\n", "x.csv")


def test_windows_1252_file_is_read_and_tagged_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "contacten-oktober.csv"
    path.write_bytes("Klant;Datum;Kanaal;Notitie\nK1;01-10-2026;telefoon;Één vraag – €5\n"
                     .encode("cp1252"))
    result = read_events(path)
    assert result.encoding == "Windows-1252"
    assert result.journeys[0].steps[0].note == "Één vraag – €5"
    assert result.journeys[0].tags == ("contacten-oktober",)


def test_an_export_of_100000_contacts(tmp_path: Path) -> None:
    text = contact_export(100_000)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    per_key = Counter(row[0] for row in rows)
    seen: list[tuple[int, int]] = []
    result = loads_events(text, "contacts.csv", progress=lambda done, total: seen.append(
        (done, total)))
    assert result.contacts == 100_000
    assert len(result.journeys) == len(per_key)
    by_title = {j.title: j for j in result.journeys}
    for key, count in list(per_key.items())[:200]:
        journey = by_title[f"Klantnummer {key}"]
        assert len(journey.steps) == count
        assert all(s.elapsed_days is not None and s.elapsed_days >= 0 for s in journey.steps[1:])
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) > 5


def test_cli_imports_all_or_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "goed.csv"
    good.write_text(DUTCH, encoding="utf-8")
    bad = tmp_path / "fout.csv"
    bad.write_text(DUTCH + "K3;nooit;Telefoon;;;\n", encoding="utf-8")
    assert run_cli(["import", "--events", str(good), str(bad)]) == 2
    assert "fout.csv: line 7, column Datum/tijd" in capsys.readouterr().err
    with open_library() as library:
        before = len(library.list_summaries())
    assert run_cli(["import", "--events", str(good)]) == 0
    assert "5 contacts as 2 journeys" in capsys.readouterr().out
    with open_library() as library:
        summaries = library.list_summaries()
        assert len(summaries) == before + 2
        assert {s.title for s in summaries[-2:]} == {"Klantnummer K1", "Klantnummer K2"}
        assert library.ids_tagged("goed") == [s.id for s in summaries[-2:]]


def test_cli_names_the_encoding_of_an_imported_journey(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reis.csv"
    path.write_bytes("titel;kanaal;score\nOriëntatie;telefoon;+\n".encode("cp1252"))
    assert run_cli(["import", str(path)]) == 0
    assert "(read as Windows-1252)" in capsys.readouterr().out
