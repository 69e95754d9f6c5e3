"""The key words of a title: what a compact card on the map shows."""

from __future__ import annotations

import pytest

from journeymap.core.keywords import key_words


@pytest.mark.parametrize(("title", "lang", "expected"), [
    ("Error message after confirming the booking", "en",
     ("Error", "message", "confirming", "booking")),
    ("Pick a date: a slot as early as tomorrow", "en", ("Pick", "date", "slot", "early",
                                                        "tomorrow")),
    ("Enter the type number and fault in a 100-character field", "en",
     ("Enter", "type", "number", "fault", "100-character", "field")),
    ("Foutmelding na het bevestigen van de afspraak", "nl",
     ("Foutmelding", "bevestigen", "afspraak")),
    ("Een nieuwe kookplaat overwegen", "nl", ("Nieuwe", "kookplaat", "overwegen")),
])
def test_stop_words_go_and_the_meaning_stays_in_order(title: str, lang: str,
                                                      expected: tuple[str, ...]) -> None:
    assert key_words(title, lang) == expected


def test_the_language_decides_what_a_stop_word_is() -> None:
    assert key_words("Die van de bank", "nl") == ("Bank",)
    assert "die" not in [word.lower() for word in key_words("Die van de bank", "nl")]
    assert key_words("Die in the water", "en") == ("Die", "water")


def test_a_title_of_only_stop_words_keeps_its_words() -> None:
    assert key_words("Of the", "en") == ("Of", "the")
    assert key_words("", "en") == ()


def test_an_unknown_language_uses_the_english_list() -> None:
    assert key_words("Call the bank", "de") == ("Call", "bank")
