"""The personal data guard: what it finds, what it leaves alone, and how it masks."""

from __future__ import annotations

import dataclasses

import pytest

from journeymap.core.model import MAX_TITLE_LENGTH, Journey, Step
from journeymap.core.privacy import (
    PersonalDataKind,
    bsn_is_valid,
    find_in_text,
    find_personal_data,
    iban_is_valid,
    redact_journey,
    redact_text,
)

K = PersonalDataKind

#: (text, kind, the exact text that must be found)
FOUND: list[tuple[str, PersonalDataKind, str]] = [
    # e-mail
    ("Mail naar jan.jansen@example.nl.", K.EMAIL, "jan.jansen@example.nl"),
    ("Reply sent to a.b+service@mail.co.uk today", K.EMAIL, "a.b+service@mail.co.uk"),
    # phone: Dutch mobile and landline in the usual ways of writing them
    ("Bel mij op 06-12345678 terug", K.PHONE, "06-12345678"),
    ("Nummer 06 1234 5678 genoteerd", K.PHONE, "06 1234 5678"),
    ("tel. 0612345678", K.PHONE, "0612345678"),
    ("mobiel 06 12 34 56 78", K.PHONE, "06 12 34 56 78"),
    ("Call +31 6 12345678 after five", K.PHONE, "+31 6 12345678"),
    ("Call +31612345678", K.PHONE, "+31612345678"),
    ("Bereikbaar via 0031 6 12345678", K.PHONE, "0031 6 12345678"),
    ("Kantoor: 020-1234567", K.PHONE, "020-1234567"),
    ("Rotterdam 010 123 4567", K.PHONE, "010 123 4567"),
    ("Zie (020) 123 4567", K.PHONE, "(020) 123 4567"),
    ("Internationaal +31 (0)20 123 4567", K.PHONE, "+31 (0)20 123 4567"),
    ("Regio 0455-123456", K.PHONE, "0455-123456"),
    ("London office +44 20 7946 0958", K.PHONE, "+44 20 7946 0958"),
    ("Brussel 0032 2 123 45 67", K.PHONE, "0032 2 123 45 67"),
    ("tel:0612345678", K.PHONE, "0612345678"),
    ("Na de afspraak op 06-12-2024 06 12345678 gebeld", K.PHONE, "06 12345678"),
    # IBAN, with and without spaces, any case
    ("Terugbetaling op NL91ABNA0417164300", K.IBAN, "NL91ABNA0417164300"),
    ("IBAN: NL91 ABNA 0417 1643 00 graag", K.IBAN, "NL91 ABNA 0417 1643 00"),
    ("account nl91abna0417164300", K.IBAN, "nl91abna0417164300"),
    ("Refund to GB82 WEST 1234 5698 7654 32 please", K.IBAN, "GB82 WEST 1234 5698 7654 32"),
    ("Belgisch BE68 5390 0754 7034 ook", K.IBAN, "BE68 5390 0754 7034"),
    ("XY12 NL91 ABNA 0417 1643 00", K.IBAN, "NL91 ABNA 0417 1643 00"),
    # BSN: nine digits that pass the elfproef
    ("BSN 111222333 gevraagd", K.BSN, "111222333"),
    ("Her citizen service number is 123456782.", K.BSN, "123456782"),
    ("bsn 123.456.782 doorgegeven", K.BSN, "123.456.782"),
    ("burgerservicenummer 123 456 782", K.BSN, "123 456 782"),
    # postcodes and addresses
    ("Woont op 1234 AB 12", K.POSTCODE, "1234 AB 12"),
    ("Adres 1234AB 12a", K.POSTCODE, "1234AB 12a"),
    ("Kerkstraat 12, 1234 AB Utrecht", K.POSTCODE, "Kerkstraat 12, 1234 AB"),
    ("Monteur kwam naar de Dorpsweg 7", K.POSTCODE, "Dorpsweg 7"),
    ("Van der Helststraat 23-2 bezocht", K.POSTCODE, "Van der Helststraat 23-2"),
    ("Afgeleverd op Stationsplein 1b", K.POSTCODE, "Stationsplein 1b"),
    ("Jan-Pieterszoon-Coenstraat 4", K.POSTCODE, "Jan-Pieterszoon-Coenstraat 4"),
    ("Delivered to 221B Baker Street yesterday", K.POSTCODE, "221B Baker Street"),
    ("She lives at Abbey Road 3", K.POSTCODE, "Abbey Road 3"),
    ("Klant woont in 3511 AB", K.POSTCODE, "3511 AB"),
    # names after cues, with tussenvoegsels and initials
    ("Gesprek met meneer Jansen over de kookplaat", K.NAME, "Jansen"),
    ("Mevrouw De Vries belde terug", K.NAME, "De Vries"),
    ("Afspraak met dhr. J. de Jong bevestigd", K.NAME, "J. de Jong"),
    ("Naam: Jan-Willem van den Berg", K.NAME, "Jan-Willem van den Berg"),
    ("Ik sprak met Fatima El Amrani", K.NAME, "Fatima El Amrani"),
    ("De medewerker heet Sanne.", K.NAME, "Sanne"),
    ("Klant Özdemir kreeg geen bevestiging", K.NAME, "Özdemir"),
    ("collega Pieter ter Horst nam over", K.NAME, "Pieter ter Horst"),
    ("Spoke to Sarah in March", K.NAME, "Sarah"),
    ("Een gesprek met Erwin Leferink volgde", K.NAME, "Erwin Leferink"),
    ("Mrs Smith was not recognised", K.NAME, "Smith"),
    ("Mr. O'Brien asked again", K.NAME, "O'Brien"),
    ("The engineer was called Tom Baker", K.NAME, "Tom Baker"),
    ("Name: Emma Johnson", K.NAME, "Emma Johnson"),
    ("spoke to Anna Klantenservice", K.NAME, "Anna"),
]

#: Look-alikes: nothing in these texts may be flagged.
NOT_FOUND: list[str] = [
    "Afspraak op 12-03-2024 om 14:30",
    "Datum 2024-03-12, tijd 09.45 uur",
    "Op 12/3/24 besteld",
    "Kosten € 129,95 voor de reparatie",
    "Costs were €1.234,50 or 129,95 euro",
    "Typenummer WT-12345 doorgegeven",
    "Order number 0612345678 was wrong",
    "bestelnummer 123456782",
    "Type EX 1234 AB kookplaat",
    "Model HX3 2345 CD",
    "In 2024 en 2025 steeg het aantal klachten met 12 procent",
    "Gemeente bereikbaar via 14 020",
    "Maximaal 100 tekens in het formulier",
    "Service number 0800-1234",
    "Nummer 123456789 faalt de elfproef",
    "Nummer 000000000",
    "Rekening NL92ABNA0417164300 heeft een foute controle",
    "Rekening NL91ABNA0417164301 ook",
    "Score +2 na het gesprek, 3 van de 5 sterren",
    "Onderweg 2 uur gewacht op de monteur",
    "Snelweg 12 km file",
    "Bestand van 2048 MB en 1500 KM gereden",
    "Daarna belde Piet opnieuw.",
    "Yesterday Anna chatted with the bot.",
    "The customer called Ziggo about the outage.",
    "sprak met de Klantenservice via WhatsApp",
    "Gesprek met meneer op Maandag",
    "Spoke to Customer Service in March",
    "Een gesprek met de Klantenservice op Vrijdag",
    "Via MS Teams gesproken",
    "Ik ben klant Website sinds januari",
    "Tracking 3SABC1234567 en versie 2.3.4",
    "Formulier op www.example.nl/contact ingevuld",
    "Wachttijd 06:30 minuten, 10:15 begonnen",
]


@pytest.mark.parametrize(("text", "kind", "expected"), FOUND)
def test_finds_personal_data(text: str, kind: PersonalDataKind, expected: str) -> None:
    hits = find_in_text(text)
    assert [(hit.kind, hit.text) for hit in hits] == [(kind, expected)]
    assert text[hits[0].start:hits[0].end] == expected


@pytest.mark.parametrize(("text", "kind", "expected"), FOUND)
def test_redacts_what_it_finds(text: str, kind: PersonalDataKind, expected: str) -> None:
    redacted = redact_text(text, "en")
    assert expected not in redacted
    assert redacted == text.replace(expected, f"[{_MASKS_EN[kind]}]", 1)


_MASKS_EN = {K.EMAIL: "e-mail", K.PHONE: "phone", K.IBAN: "IBAN", K.BSN: "BSN",
             K.POSTCODE: "address", K.NAME: "name"}


@pytest.mark.parametrize("text", NOT_FOUND)
def test_leaves_look_alikes_alone(text: str) -> None:
    assert find_in_text(text) == []
    assert redact_text(text) == text


def test_several_kinds_in_one_note_are_found_in_reading_order() -> None:
    note = ("Meneer Jansen (06-12345678, jansen@example.nl) woont op Kerkstraat 12, 1234 AB. "
            "BSN 111222333, IBAN NL91ABNA0417164300.")
    assert [hit.kind for hit in find_in_text(note)] == [
        K.NAME, K.PHONE, K.EMAIL, K.POSTCODE, K.BSN, K.IBAN]


def test_phone_number_is_not_taken_for_a_bsn() -> None:
    # "612345678" passes no elfproef here, but "+31 612345678" must be one phone number either way.
    hits = find_in_text("Bel +31 612345678 of 0612345678")
    assert [(hit.kind, hit.text) for hit in hits] == [
        (K.PHONE, "+31 612345678"), (K.PHONE, "0612345678")]


@pytest.mark.parametrize(("digits", "valid"), [
    ("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False),
    ("12345678", False), ("12345678a", False),
])
def test_elfproef(digits: str, valid: bool) -> None:
    assert bsn_is_valid(digits) is valid


@pytest.mark.parametrize(("iban", "valid"), [
    ("NL91ABNA0417164300", True), ("NL91 ABNA 0417 1643 00", True), ("nl91abna0417164300", True),
    ("NL92ABNA0417164300", False), ("NL91ABNA041716430", False), ("XX91ABNA0417164300", False),
    ("GB82WEST12345698765432", True),
])
def test_iban_check(iban: str, valid: bool) -> None:
    assert iban_is_valid(iban) is valid


def _journey() -> Journey:
    return Journey(
        title="Kookplaat van mevrouw De Vries",
        language="nl",
        persona="Huiseigenaar",
        organisation="Serviceorganisatie",
        goal="Een kookzone laten repareren",
        description="Interview op 12-03-2024; bereikbaar via 06-12345678.",
        author="Naam: Eva Bakker",
        phases=("Oriëntatie", "Contact met meneer Jansen", "Wachten"),
        steps=(
            Step(title="Typenummer opzoeken", channel="website", score=1, phase="Oriëntatie",
                 note="Typenummer EX 1234 AB, prijs € 129,95"),
            Step(title="Bellen met het contactcenter", channel="phone", score=-1,
                 phase="Contact met meneer Jansen",
                 info_given=("typenummer", "adres: Kerkstraat 12, 1234 AB", "jan@example.nl"),
                 note="Sprak met Sanne; BSN 111222333 gevraagd"),
            Step(title="Wachten op de monteur", channel="letter", score=0, phase="Wachten",
                 note="Terugbetaling op NL91 ABNA 0417 1643 00"),
        ),
    )


def test_every_text_of_a_journey_is_scanned_with_its_place() -> None:
    found = [(hit.place, hit.step_index, hit.kind, hit.text)
             for hit in find_personal_data(_journey())]
    assert found == [
        ("title", None, K.NAME, "De Vries"),
        ("description", None, K.PHONE, "06-12345678"),
        ("author", None, K.NAME, "Eva Bakker"),
        ("phases[1]", None, K.NAME, "Jansen"),
        ("steps[1].note", 1, K.NAME, "Sanne"),
        ("steps[1].note", 1, K.BSN, "111222333"),
        ("steps[1].info_given[1]", 1, K.POSTCODE, "Kerkstraat 12, 1234 AB"),
        ("steps[1].info_given[2]", 1, K.EMAIL, "jan@example.nl"),
        ("steps[2].note", 2, K.IBAN, "NL91 ABNA 0417 1643 00"),
    ]


def test_offsets_point_into_the_field() -> None:
    journey = _journey()
    for hit in find_personal_data(journey):
        if hit.place == "steps[1].note":
            assert journey.steps[1].note is not None
            assert journey.steps[1].note[hit.start:hit.end] == hit.text


@pytest.mark.parametrize(("place", "lang", "line"), [
    ("steps[3].note", "en", "Step 4, note: phone number '06-12345678'"),
    ("steps[3].note", "nl", "Stap 4, notitie: telefoonnummer '06-12345678'"),
    ("steps[0].info_given[1]", "en", "Step 1, information given: phone number '06-12345678'"),
    ("steps[0].title", "nl", "Stap 1, titel: telefoonnummer '06-12345678'"),
    ("description", "en", "Description: phone number '06-12345678'"),
    ("phases[1]", "nl", "Fase 2: telefoonnummer '06-12345678'"),
])
def test_describe_names_the_place_for_people(place: str, lang: str, line: str) -> None:
    step_index = int(place[6]) if place.startswith("steps") else None
    hit = find_in_text("06-12345678", place, step_index)[0]
    assert hit.describe(lang) == line


def test_redact_journey_masks_every_hit_and_keeps_the_rest() -> None:
    original = _journey()
    redacted = redact_journey(original)
    assert find_personal_data(redacted) == []
    assert redacted.title == "Kookplaat van mevrouw [naam]"
    assert redacted.description == "Interview op 12-03-2024; bereikbaar via [telefoonnummer]."
    assert redacted.steps[1].info_given == ("typenummer", "adres: [adres]", "[e-mail]")
    assert redacted.steps[1].note == "Sprak met [naam]; BSN [BSN] gevraagd"
    assert redacted.steps[0] == original.steps[0]  # nothing personal in it
    # Phase names and the steps that refer to them change together.
    assert redacted.phases[1] == "Contact met meneer [naam]"
    assert redacted.steps[1].phase == redacted.phases[1]
    # Everything that is not personal data is untouched.
    for field in ("persona", "organisation", "goal", "language", "date"):
        assert getattr(redacted, field) == getattr(original, field)
    for before, after in zip(original.steps, redacted.steps, strict=True):
        assert dataclasses.replace(after, title=before.title, note=before.note,
                                   info_given=before.info_given, phase=before.phase) == before


def test_redact_journey_leaves_the_original_alone_and_is_idempotent() -> None:
    original = _journey()
    snapshot = dataclasses.replace(original)
    once = redact_journey(original)
    assert original == snapshot
    assert original.steps[1].note == "Sprak met Sanne; BSN 111222333 gevraagd"
    assert redact_journey(once) == once


def test_redact_journey_uses_the_requested_language() -> None:
    redacted = redact_journey(_journey(), lang="en")
    assert redacted.description == "Interview op 12-03-2024; bereikbaar via [phone]."


def test_redacted_phase_names_stay_unique() -> None:
    phases = ("Call with Mrs Smith", "Call with Mrs Jones")
    step = Step(title="Call back", channel="phone", score=0, phase="Call with Mrs Jones")
    journey = Journey(title="Two calls", phases=phases, steps=(step,))
    redacted = redact_journey(journey)
    assert redacted.phases == ("Call with Mrs [name]", "Call with Mrs [name] (2)")
    assert redacted.steps[0].phase == "Call with Mrs [name] (2)"
    assert redact_journey(redacted) == redacted


def test_redacted_title_keeps_within_the_format_length() -> None:
    title = "x" * (MAX_TITLE_LENGTH - 11) + " 0612345678"
    redacted = redact_journey(Journey(title=title, language="nl"))
    assert len(redacted.title) <= MAX_TITLE_LENGTH
    assert "0612345678" not in redacted.title


def test_journey_without_personal_data_comes_back_equal() -> None:
    journey = Journey(title="Online bestellen", steps=(
        Step(title="Bestelling op 12-03-2024", channel="website", score=2, note="€ 49,95"),))
    assert find_personal_data(journey) == []
    assert redact_journey(journey) == journey


@pytest.mark.parametrize("text", [
    "Bel 06-12345678 of mail jan@example.nl; meneer Jansen, Kerkstraat 12, 1234 AB",
    "Naam: Jan de Vries, Mrs Smith, IBAN NL91 ABNA 0417 1643 00, BSN 123.456.782",
])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_redacting_twice_changes_nothing(text: str, lang: str) -> None:
    once = redact_text(text, lang)
    assert find_in_text(once) == []
    assert redact_text(once, lang) == once


@pytest.mark.parametrize("chunk", [
    "1", "1 ", "0612345678 ", "a", "A", "Aa ", "a.", "a@", "AB12 ", "1-", "meneer ", "meneer A",
    "Kerk", "NL91 1234 AB 06 12 ", "+1", "(0)", "12-03-", "€ 1,", "J. ", "A-", "Aa van de ",
])
def test_long_repetitive_notes_finish(chunk: str) -> None:
    # No timing assertion: the suite's timeout catches a pattern that backtracks without end.
    note = chunk * (100_000 // len(chunk))
    hits = find_in_text(note)
    assert all(note[hit.start:hit.end] == hit.text for hit in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:], strict=False))  # no overlaps
    assert len(redact_text(note)) > 0
