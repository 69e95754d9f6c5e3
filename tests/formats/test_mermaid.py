"""Mermaid journey export: sections per phase, scores 1..5, texts safe for Mermaid."""

from __future__ import annotations

import pytest

from journeymap.core.model import Journey, Step
from journeymap.formats.mermaid import mermaid_score, mermaid_text, to_mermaid


def test_small_journey_in_english() -> None:
    journey = Journey("Hob repair", phases=("Booking", "Contact"), steps=(
        Step("Book online", "website", -2, phase="Booking"),
        Step("Call", "phone", 1, phase="Contact"),
        Step("Letter arrives", "letter", 0, phase="Contact"),
    ))
    assert to_mermaid(journey, "en") == (
        "journey\n"
        "    title Hob repair\n"
        "    section Booking\n"
        "      Book online: 1: Website\n"
        "    section Contact\n"
        "      Call: 4: Phone\n"
        "      Letter arrives: 3: Letter\n"
    )


def test_channel_names_and_unphased_section_follow_the_language() -> None:
    journey = Journey("Kookplaat", steps=(Step("Bellen", "phone", 2),
                                          Step("Balie", "face_to_face", -1)))
    lines = to_mermaid(journey, "nl").splitlines()
    assert lines[2:] == ["    section Stappen", "      Bellen: 5: Telefoon",
                         "      Balie: 2: Balie / bezoek"]
    assert "    section Steps" in to_mermaid(journey, "en").splitlines()


@pytest.mark.parametrize(("score", "expected"), [(-2, 1), (-1, 2), (0, 3), (1, 4), (2, 5)])
def test_scores_map_onto_one_to_five(score: int, expected: int) -> None:
    assert mermaid_score(score) == expected


def test_a_new_section_starts_when_the_phase_changes() -> None:
    journey = Journey("Heen en weer", phases=("A", "B"), steps=(
        Step("1", "phone", 0, phase="A"), Step("2", "phone", 0, phase="B"),
        Step("3", "phone", 0, phase="A"), Step("4", "phone", 0),
    ))
    sections = [line.strip() for line in to_mermaid(journey).splitlines() if "section" in line]
    assert sections == ["section A", "section B", "section A", "section Steps"]


def test_texts_cannot_break_the_diagram() -> None:
    journey = Journey("Titel: met\nregels", phases=("Fase: 1; 2",), steps=(
        Step("Bellen: 10:00; lang\r\nwachten #1 100%", "phone", -1, phase="Fase: 1; 2"),
        Step(":;", "email", 0),
    ))
    lines = to_mermaid(journey).splitlines()
    assert len(lines) == 6  # journey, title, 2 sections, 2 tasks: no text made a new line
    task_lines = [line for line in lines if line.startswith("      ")]
    assert all(line.count(":") == 2 for line in task_lines)
    assert not any(char in line for line in lines for char in ";#%")
    assert task_lines[0].strip() == "Bellen - 10.00, lang wachten no.1 100 percent: 2: Phone"
    assert task_lines[1].strip() == "-,: 3: E-mail"
    assert lines[1] == "    title Titel - met regels"


def test_mermaid_text_keeps_plain_words() -> None:
    assert mermaid_text("  Afspraak   maken ") == "Afspraak maken"


def test_empty_title_after_cleaning_gets_a_name() -> None:
    journey = Journey("x", steps=(Step("\n", "phone", 0),))
    assert "      Step 1: 3: Phone" in to_mermaid(journey).splitlines()
