"""The report model: labels in both languages, figures, groups and rows the PDF shows."""

from __future__ import annotations

import datetime as dt

import pytest

from journeymap.core.analysis import analyze
from journeymap.core.findings import Severity
from journeymap.core.model import Journey, Outcome, Step
from journeymap.formats import report


def sample() -> Journey:
    return Journey("Reis", (
        Step("Online boeken", "website", -2, phase="Boeken", outcome=Outcome.FAILED,
             info_given=("adres",)),
        Step("Bellen", "phone", 1, phase="Contact", context_available=False,
             info_given=("adres",), note="Wachtte € 5"),
        Step("Bevestiging", "email", 2, phase="Contact"),
    ), phases=("Boeken", "Contact"), language="nl")


def test_both_languages_have_every_label() -> None:
    assert set(report.LABELS["en"]) == set(report.LABELS["nl"])
    assert all(text.strip() for table in report.LABELS.values() for text in table.values())


@pytest.mark.parametrize(("asked", "own", "expected"), [
    ("en", "nl", "en"), (None, "nl", "nl"), ("fr", "nl", "nl"), (None, "xx", "en")])
def test_report_language(asked: str | None, own: str, expected: str) -> None:
    assert report.report_language(Journey("T", language=own), asked) == expected


def test_step_numbers_read_naturally() -> None:
    assert report.format_steps((4,), "en") == "Step 4"
    assert report.format_steps((2, 4, 7), "en") == "Steps 2, 4 and 7"
    assert report.format_steps((8, 15), "nl") == "Stappen 8 en 15"
    many = tuple(range(1, 101))
    listed = ", ".join(str(n) for n in range(1, report.STEPS_LISTED + 1))
    assert report.format_steps(many, "en") == (
        f"Steps {listed} and {100 - report.STEPS_LISTED} more")
    assert report.format_steps(many, "nl") == (
        f"Stappen {listed} en nog {100 - report.STEPS_LISTED}")
    twelve = tuple(range(1, report.STEPS_LISTED + 1))
    assert report.format_steps(twelve, "en").endswith(f"and {report.STEPS_LISTED}")


def test_numbers_and_dates_follow_the_language() -> None:
    assert report.format_number(-0.25, "nl") == "−0,25"
    assert report.format_number(1.5, "en") == "1.5"
    assert report.format_total(-3) == "−3"
    assert report.format_total(3) == "+3"
    assert report.format_date(dt.date(2026, 11, 20), "nl") == "20 november 2026"
    assert report.format_date(dt.date(2026, 3, 1), "en") == "1 March 2026"


def test_key_figures_count_the_journey() -> None:
    journey = sample()
    figures = report.key_figures(journey, analyze(journey, lang="nl"), "nl")
    assert [(f.label, f.value) for f in figures] == [
        ("Stappen", "3"), ("Nettoscore", "+1"), ("Plusstappen", "2"), ("Minstappen", "1")]


def test_findings_are_grouped_high_to_low() -> None:
    journey = sample()
    analysis = analyze(journey, lang="en")
    groups = report.findings_by_severity(analysis)
    ranks = [severity.rank for severity, _ in groups]
    assert ranks == sorted(ranks)
    assert sum(len(found) for _, found in groups) == len(analysis.findings)
    assert all(f.severity is severity for severity, found in groups for f in found)
    assert groups[0][0] is Severity.HIGH


def test_step_rows_carry_what_the_table_shows() -> None:
    rows = report.step_rows(sample(), "nl")
    assert [(r.number, r.channel, r.sign, r.outcome) for r in rows] == [
        (1, "Website", "\u2212\u2212", "mislukt"), (2, "Telefoon", "+", "geslaagd"),
        (3, "E-mail", "++", "geslaagd")]
    assert rows[1].note == "Wachtte € 5"
    assert rows[0].failed
    assert not rows[1].failed


def test_group_rows_per_channel_and_phase() -> None:
    journey = sample()
    analysis = analyze(journey, lang="en")
    channels = report.channel_rows(analysis, "en")
    assert [r.name for r in channels] == ["Website", "Phone", "E-mail"]  # worst mean first
    phases = report.phase_rows(journey, analysis, "en")
    assert [(r.name, r.steps, r.total) for r in phases] == [("Boeken", 1, -2), ("Contact", 2, 3)]
