"""Fixtures for the format tests: journeys that use every field."""

from __future__ import annotations

import datetime as dt

import pytest

from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step


def make_full_journey() -> Journey:
    """Return a Dutch journey in which every journey and step field is set somewhere."""
    return Journey(
        title="Kapotte kookplaat laten repareren",
        persona="Huiseigenaar, digitaal vaardig",
        organisation="Serviceorganisatie van het merk",
        goal="Een kookzone laten repareren",
        description="Vrije tekst met een ë, een — en een emoji 🍳",
        author="Team Service",
        date=dt.date(2026, 11, 20),
        language="nl",
        plan="Reparatie zoals het merk die ontwierp",
        tags=("interview", "kookplaat"),
        phases=("Oriëntatie", "Afspraak maken", "Contact", "Wachten"),
        steps=(
            Step("Zoeken op de site van het merk", "website", 0, phase="Oriëntatie",
                 evidence=Evidence.REPORTED, id="zoeken", planned_step="p1"),
            Step("Afspraak inplannen in de online serviceassistent", "website", -2,
                 phase="Afspraak maken", outcome=Outcome.FAILED,
                 info_given=("typenummer", "klachtomschrijving", "adres"), referred_to="phone",
                 note="=HYPERLINK(\"https://example.org\")"),
            Step("Bellen met het contactcenter", "phone", 1, phase="Contact", wait_minutes=8,
                 recognized=True, context_available=False,
                 info_given=("typenummer", "klachtomschrijving"), sensitive=False,
                 evidence=Evidence.OBSERVED),
            Step("Bevestiging per e-mail", "email", -1, phase="Wachten",
                 initiator=Initiator.ORGANISATION, outcome=Outcome.PENDING, wait_minutes=7.5,
                 elapsed_days=0.5, note="-- geen datum genoemd"),
            Step("Monteur komt langs", "face_to_face", 2, phase="Wachten", elapsed_days=14,
                 outcome=Outcome.SUCCESS, evidence=Evidence.ASSUMED, sensitive=True,
                 note="@monteur: +1 voor uitleg"),
        ),
    )


@pytest.fixture
def full_journey() -> Journey:
    """Return a journey that uses every field (see ``make_full_journey``)."""
    return make_full_journey()
