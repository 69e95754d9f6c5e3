"""CSV import and export: Dutch and English spreadsheets in, every problem with row and column."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step
from journeymap.formats import read_journey, write_journey
from journeymap.formats.csv_table import (
    COLUMNS,
    detect_delimiter,
    dumps_csv,
    loads_csv,
    neutralise_formula,
    read_csv,
    restore_formula,
    title_from_file_name,
)

DUTCH_EXCEL = (
    "Titel;Kanaal;Score;Fase;Initiatiefnemer;Uitkomst;Gegeven informatie;Herkend;"
    "Context beschikbaar;Doorverwezen naar;Wachttijd (minuten);Dagen;Gevoelig;Bron;Notitie\n"
    "Zoeken op de site;Website;+;Oriëntatie;;;;;;;;;;verteld;\n"
    'Afspraak online;Mijn omgeving;--;Afspraak;klant;mislukt;"typenummer; adres";;;Telefoon;;;;;'
    '"Foutmelding, na datum"\n'
    "Bellen;telefoon;1;Contact;;gelukt;typenummer;ja;nee;;7,5;0;nee;gezien;\n"
    "Bevestiging;e-mail;-;Afspraak;organisatie;in afwachting;;;;;;2;;aanname;\n"
)


def write(folder: Path, text: str, name: str = "kapotte-kookplaat_2026.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path, **options: str) -> InvalidJourneyError:
    with pytest.raises(InvalidJourneyError) as caught:
        read_csv(path, **options)
    return caught.value


def test_dutch_excel_file_reads_into_the_expected_journey(tmp_path: Path) -> None:
    result = read_csv(write(tmp_path, DUTCH_EXCEL))
    assert result.warnings == ()
    assert result.journey == Journey(
        title="kapotte kookplaat 2026",
        language="nl",
        phases=("Oriëntatie", "Afspraak", "Contact"),
        steps=(
            Step("Zoeken op de site", "website", 1, phase="Oriëntatie",
                 evidence=Evidence.REPORTED),
            Step("Afspraak online", "portal", -2, phase="Afspraak", outcome=Outcome.FAILED,
                 info_given=("typenummer", "adres"), referred_to="phone",
                 note="Foutmelding, na datum"),
            Step("Bellen", "phone", 1, phase="Contact", info_given=("typenummer",),
                 recognized=True, context_available=False, wait_minutes=7.5, elapsed_days=0,
                 sensitive=False, evidence=Evidence.OBSERVED),
            Step("Bevestiging", "email", -1, phase="Afspraak", initiator=Initiator.ORGANISATION,
                 outcome=Outcome.PENDING, elapsed_days=2, evidence=Evidence.ASSUMED),
        ),
    )


def test_read_journey_dispatches_csv(tmp_path: Path) -> None:
    assert read_journey(write(tmp_path, DUTCH_EXCEL, "reis.CSV")).journey.title == "reis"


def test_title_and_language_can_be_given(tmp_path: Path) -> None:
    journey = read_csv(write(tmp_path, DUTCH_EXCEL), title="Kookplaat", language="en").journey
    assert (journey.title, journey.language) == ("Kookplaat", "en")


def test_english_header_means_english_journey(tmp_path: Path) -> None:
    path = write(tmp_path, "TITLE,Channel,score\nCall,phone,++\n", "call.csv")
    journey = read_csv(path).journey
    assert journey.language == "en"
    assert journey.steps == (Step("Call", "phone", 2, id="s1"),)


@pytest.mark.parametrize(("name", "channel_id"), [
    ("telefoon", "phone"), ("E-mail", "email"), ("mijn omgeving", "portal"),
    ("Balie", "face_to_face"), ("brief", "letter"), ("videobellen", "video"),
    ("WhatsApp", "messaging"), ("keuzemenu", "ivr"), ("Terugbelverzoek", "callback"),
    ("phone", "phone"), ("Live chat", "chat"),
])
def test_channel_names_in_dutch_english_and_aliases(
    tmp_path: Path, name: str, channel_id: str
) -> None:
    path = write(tmp_path, f"title,channel,score,referred_to\nStap,{name},0,{name}\n")
    step = read_csv(path).journey.steps[0]
    assert (step.channel, step.referred_to) == (channel_id, channel_id)


@pytest.mark.parametrize(("text", "score"), [
    ("--", -2), ("-", -1), ("0", 0), ("+", 1), ("++", 2), ("-2", -2), ("2", 2), ("'-1", -1),
    (" + ", 1),
])
def test_scores_as_numbers_or_shorthand(tmp_path: Path, text: str, score: int) -> None:
    path = write(tmp_path, f"title,channel,score\nStap,phone,{text}\n")
    assert read_csv(path).journey.steps[0].score == score


@pytest.mark.parametrize(("text", "value"), [
    ("true", True), ("Yes", True), ("ja", True), ("1", True), ("WAAR", True),
    ("false", False), ("no", False), ("Nee", False), ("0", False), ("", None),
])
def test_yes_and_no_in_both_languages(tmp_path: Path, text: str, value: bool | None) -> None:
    path = write(tmp_path, f"title,channel,score,recognized\nStap,phone,0,{text}\n")
    assert read_csv(path).journey.steps[0].recognized is value


def test_phases_in_order_of_first_appearance(tmp_path: Path) -> None:
    path = write(tmp_path, "title,channel,score,phase\na,phone,0,B\nb,phone,0,\nc,phone,0,A\n"
                           "d,phone,0,B\n")
    assert read_csv(path).journey.phases == ("B", "A")


def test_empty_rows_are_skipped_but_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "title;channel;score\n;;\na;phone;0\n\nb;fax;0\n")
    error = error_of(path)
    assert [p.place for p in error.problems] == ["steps[1].channel"]
    assert error.problems[0].message.startswith("CSV row 5, column channel:")


def test_problems_name_row_column_and_step(tmp_path: Path) -> None:
    text = DUTCH_EXCEL + "Fout;duif;3;;iemand;;;misschien;;;lang;-1;;;\n"
    error = error_of(write(tmp_path, text))
    assert [problem.place for problem in error.problems] == [
        "steps[4].channel", "steps[4].score", "steps[4].initiator", "steps[4].recognized",
        "steps[4].wait_minutes", "steps[4].elapsed_days",
    ]
    assert all(p.step_index == 4 for p in error.problems)
    report = str(error)
    assert "steps[4].channel (step 5): CSV row 6, column Kanaal: unknown channel 'duif'" in report
    assert "CSV row 6, column Score: must be -2, -1, 0, 1, 2 or ++ + 0 - --, not '3'" in report
    assert "CSV row 6, column Wachttijd (minuten): must be a number >= 0, not 'lang'" in report
    assert "column Dagen: must be a number >= 0, not -1" in report
    assert report.startswith(str(tmp_path / "kapotte-kookplaat_2026.csv"))


@pytest.mark.parametrize("text", ["9" * 5000, "1e999", "nan", "inf", "7.5.1", "1_0x"])
def test_numbers_that_are_not_usable_are_reported(tmp_path: Path, text: str) -> None:
    error = error_of(write(tmp_path, f"title,channel,score,wait_minutes\nx,phone,1,{text}\n"))
    assert [p.place for p in error.problems] == ["steps[0].wait_minutes"]


def test_empty_required_cells_are_reported(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "title,channel,score,note\n,,,notitie\nx,phone,,\n"))
    assert [p.place for p in error.problems] == ["steps[0].title", "steps[0].channel",
                                                "steps[0].score", "steps[1].score"]


def test_missing_and_duplicate_columns(tmp_path: Path) -> None:
    error = error_of(write(tmp_path, "titel,kanaal,title,note\nx,phone,y,z\n"))
    messages = [p.message for p in error.problems]
    assert {p.place for p in error.problems} == {"header"}
    assert "columns 1 and 3 are both 'title'" in messages
    assert any(m.startswith("has no column 'score'") and "waardering" in m for m in messages)


def test_unknown_columns_and_extra_cells_warn(tmp_path: Path) -> None:
    path = write(tmp_path, "title,channel,score,kleur\nx,phone,1,rood,extra\n")
    result = read_csv(path)
    assert [(w.place, w.step_index) for w in result.warnings] == [("header", None),
                                                                  ("steps[0]", 0)]
    assert "'kleur'" in result.warnings[0].message
    assert result.journey.steps == (Step("x", "phone", 1, id="s1"),)


def test_title_from_the_file_name_is_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "title,channel,score\n", "x" * 201 + ".csv")
    assert [p.place for p in error_of(path).problems] == ["title"]


@pytest.mark.parametrize("text", ["", "\n\n", ";;;\n"])
def test_empty_file_is_refused(tmp_path: Path, text: str) -> None:
    assert "is empty" in str(error_of(write(tmp_path, text)))


def test_header_only_gives_a_journey_without_steps(tmp_path: Path) -> None:
    assert read_csv(write(tmp_path, "title,channel,score\n")).journey.steps == ()


@pytest.mark.parametrize(("codec", "name"), [("cp1252", "Windows-1252"), ("utf-16", "UTF-16"),
                                             ("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8")])
def test_dutch_excel_and_utf16_files_are_read(tmp_path: Path, codec: str, name: str) -> None:
    path = tmp_path / "reis.csv"
    path.write_bytes("titel;kanaal;score\nOriëntatie – één;telefoon;+\n".encode(codec))
    result = read_csv(path)
    assert result.journey.steps[0].title == "Oriëntatie – één"
    assert result.encoding == name


@pytest.mark.parametrize(("header", "delimiter"), [
    ("title,channel,score", ","), ("title;channel;score", ";"),
    ("titel;kanaal;score;notitie, kort", ";"), ("a", ","),
])
def test_delimiter_detection(header: str, delimiter: str) -> None:
    assert detect_delimiter(header + "\nx,y;z\n") == delimiter


def test_title_from_file_name() -> None:
    assert title_from_file_name("/tmp/hob-repair_2024.CSV") == "hob repair 2024"


# --- export -----------------------------------------------------------------------------------


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_export_has_english_header_ids_and_integer_scores(full_journey: Journey) -> None:
    rows = rows_of(dumps_csv(full_journey))
    assert rows[0] == list(COLUMNS)
    assert [row[1] for row in rows[1:]] == ["website", "website", "phone", "email",
                                            "face_to_face"]
    assert [row[2] for row in rows[1:]] == ["0", "-2", "1", "-1", "2"]
    assert rows[3][COLUMNS.index("wait_minutes")] == "8"
    assert rows[4][COLUMNS.index("wait_minutes")] == "7.5"
    assert rows[2][COLUMNS.index("info_given")] == "typenummer;klachtomschrijving;adres"


def test_export_neutralises_formulas_in_text_cells(full_journey: Journey) -> None:
    rows = rows_of(dumps_csv(full_journey))
    notes = [row[COLUMNS.index("note")] for row in rows[1:]]
    assert notes[1] == "'=HYPERLINK(\"https://example.org\")"
    assert notes[3] == "'-- geen datum genoemd"
    assert notes[4] == "'@monteur: +1 voor uitleg"
    assert not any(cell[:1] in ("=", "+", "@", "\t", "\r") for row in rows for cell in row)


@pytest.mark.parametrize("text", [
    "=1+1", "+31 6 1234", "-minus", "@SUM(A1)", "\tTab", "\rCR", "'=al escaped", "''+twice",
    "'gewoon", "gewoon", "", "a=b",
])
def test_neutralising_and_restoring_are_exact_inverses(text: str) -> None:
    assert restore_formula(neutralise_formula(text)) == text


def test_round_trip_through_a_file(tmp_path: Path, full_journey: Journey) -> None:
    path = tmp_path / "kookplaat.csv"
    write_journey(full_journey, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so Excel sees UTF-8
    result = read_csv(path, title=full_journey.title, language="nl")
    # CSV carries the steps and the phases they use; the other journey fields stay behind.
    assert result.journey == Journey(full_journey.title, steps=full_journey.steps,
                                     phases=full_journey.phases, language="nl")
    assert result.warnings == ()


def test_round_trip_keeps_negative_scores_and_formula_like_notes() -> None:
    journey = Journey("Formules", steps=(
        Step("=cmd|' /C calc'!A0", "phone", -2, note="=HYPERLINK(\"http://x\",\"klik\")"),
        Step("-1", "email", -1, info_given=("=A1", "+B2"), note="@me"),
        Step("+", "letter", 2, note="'=al escaped"),
    ))
    text = dumps_csv(journey)
    assert loads_csv(text, "formules.csv", title="Formules", language="en").journey == journey


def test_semicolon_file_written_by_dutch_excel_round_trips(full_journey: Journey) -> None:
    rows = rows_of(dumps_csv(full_journey))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows(rows)
    journey = loads_csv(buffer.getvalue(), "x.csv", title=full_journey.title).journey
    assert journey.steps == full_journey.steps
