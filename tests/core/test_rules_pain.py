"""The pain-point rule: painful steps named with the pattern their own words tell of."""

from __future__ import annotations

import pytest
from journey_builder import found, journey, step

from journeymap.core.findings import Category, Severity
from journeymap.core.pain_patterns import PAIN_PATTERNS, match_pain
from journeymap.core.texts import TEXTS
from journeymap.formats import read_journey
from journeymap.paths import samples_dir


def test_strong_minus_is_a_medium_pain_point() -> None:
    subject = journey(step("website", 1), step("website", -2, title="Pay for the permit"))
    (finding,) = found(subject, "pain-point")
    assert finding.step_indexes == (1,)
    assert finding.category is Category.EMOTION
    assert finding.severity is Severity.MEDIUM
    assert "'Pay for the permit'" in finding.message
    assert "-2" in finding.message


def test_minus_with_a_note_is_a_low_pain_point() -> None:
    subject = journey(step("phone", -1, title="Call the desk", note="Nobody could help."))
    (finding,) = found(subject, "pain-point")
    assert finding.severity is Severity.LOW


@pytest.mark.parametrize("note", [None, "", "   "])
def test_minus_without_a_note_is_no_pain_point(note: str | None) -> None:
    assert found(journey(step("phone", -1, title="Call the desk", note=note)), "pain-point") == []


@pytest.mark.parametrize("score", [0, 1, 2])
def test_neutral_and_good_steps_are_no_pain_points(score: int) -> None:
    subject = journey(step("website", score, title="Error page", note="An error again."))
    assert found(subject, "pain-point") == []


@pytest.mark.parametrize(("title", "note", "pattern", "quote"), [
    ("Account aanmaken voordat een afspraak kan", None, "forced-account", "Account aanmaken"),
    ("Sign up before you may book", None, "forced-account", "Sign up"),
    ("Omschrijving invullen", "Maar 100 tekens beschikbaar.", "story-too-long", "tekens"),
    ("Describe the fault", "Only 100 characters allowed.", "story-too-long", "characters"),
    ("Foutmelding na bevestigen", "Probeer het later of bel ons.", "error-sends-elsewhere",
     "Foutmelding"),
    ("Error after confirming", "It says to call the contact centre.", "error-sends-elsewhere",
     "Error"),
    ("De site blijft hangen", None, "technical-error", "blijft hangen"),
    ("The page crashed", None, "technical-error", "crashed"),
    ("Starttarief van de monteur", None, "surprising-cost", "Starttarief"),
    ("See the call-out charge", None, "surprising-cost", "charge"),
    ("Monteur kan pas over twee weken", None, "long-wait-for-appointment", "pas over"),
    ("The first available slot", "Three weeks away.", "long-wait-for-appointment",
     "first available"),
    ("Alle lijnen bezet", None, "on-hold", "bezet"),
    ("Twenty minutes on hold", None, "on-hold", "on hold"),
    ("Zelf bellen omdat niemand terugbelde", None, "promise-not-kept", "niemand terugbelde"),
    ("Nobody called back", None, "promise-not-kept", "Nobody called"),
    ("Medewerker herkent me aan mijn nummer", "Hij zegt niet hoe.", "unexplained-recognition",
     "herkent"),
    ("Explain it for the third time", None, "told-again", "third time"),
    ("Straat niet in de planning, zonder uitleg", None, "no-explanation", "zonder uitleg"),
    ("The chat agent says to phone", None, "sent-elsewhere", "says to"),
])
def test_the_step_words_pick_the_pattern_and_are_quoted(title: str, note: str | None,
                                                         pattern: str, quote: str) -> None:
    (finding,) = found(journey(step("website", -2, title=title, note=note)), "pain-point")
    match = match_pain((title, note or ""))
    assert match is not None
    assert (match.pattern, match.quote) == (pattern, quote)
    assert f"('{quote}')" in finding.message


def test_the_title_wins_over_an_earlier_pattern_in_the_note() -> None:
    match = match_pain(("Street not in the plan, without explanation",
                        "The page says to call the general number."))
    assert match is not None
    assert match.pattern == "no-explanation"


def test_words_must_match_whole_unless_a_prefix() -> None:
    assert match_pain(("Het duurt lang", "")) is None  # "duur" (costly) is not "duurt" (takes)
    assert match_pain(("Bank account number asked", "")) is None  # no account was forced


def test_no_pattern_gives_the_general_tip_naming_the_step() -> None:
    (finding,) = found(journey(step("app", -2, title="Grey screen of sadness")), "pain-point")
    assert match_pain(("Grey screen of sadness", "")) is None
    assert finding.message.endswith("here the journey hurts the customer.")
    assert "'Grey screen of sadness'" in finding.tip
    assert "via the app" in finding.tip


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_pattern_has_its_texts(lang: str) -> None:
    for pattern in PAIN_PATTERNS:
        assert f"pain-point/{pattern.id}" in TEXTS[lang].rules


def test_the_hob_pain_points_follow_the_article() -> None:
    subject = read_journey(samples_dir() / "kookplaat-reparatie.nl.journey.json").journey
    findings = found(subject, "pain-point", lang="nl")
    by_step = {f.step_numbers[0]: f for f in findings}
    assert {7, 8, 9, 12, 17} <= set(by_step)
    assert "account" in by_step[7].tip  # nudge instead of forcing the account
    assert "hele verhaal" in by_step[8].tip  # room for the whole story
    assert "foutpagina" in by_step[12].tip  # an error page that knows what was tried
    assert by_step[9].severity is Severity.MEDIUM
    assert by_step[17].severity is Severity.LOW

