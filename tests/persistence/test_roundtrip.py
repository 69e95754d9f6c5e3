"""A journey stored and read back is the same journey, down to None, int/float and order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.core.channels import channel_ids
from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step
from journeymap.persistence import Library


def test_every_field_survives_a_round_trip(library: Library, journey: Journey) -> None:
    stored = library.add(journey)

    assert library.get(stored.id).journey == journey
    assert stored.journey == journey


def test_unset_fields_stay_unset(library: Library) -> None:
    journey = Journey("Bare", steps=(Step("Only step", "chat", 0),))

    back = library.get(library.add(journey).id).journey

    assert back == journey
    assert (back.persona, back.date, back.phases) == (None, None, ())
    step = back.steps[0]
    assert (step.recognized, step.wait_minutes, step.evidence, step.note) == (None,) * 4
    assert step.info_given == ()


def test_whole_numbers_stay_int_and_fractions_stay_float(
    library: Library, journey: Journey
) -> None:
    back = library.get(library.add(journey).id).journey.steps

    assert back[2].wait_minutes == 8
    assert type(back[2].wait_minutes) is int
    assert back[1].wait_minutes == journey.steps[1].wait_minutes == 2.5
    assert type(back[1].wait_minutes) is float
    assert type(back[3].elapsed_days) is float


def test_an_empty_journey_round_trips(library: Library) -> None:
    journey = Journey("No steps yet", language="nl")

    assert library.get(library.add(journey).id).journey == journey


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path: Path = tmp_path_factory.mktemp("roundtrip") / "lib.sqlite3"
    opened = Library.open(f"sqlite:///{path}", samples=lambda: [])
    yield opened
    opened.close()


# Any text a journey may hold: no lone surrogates, no NUL (validation refuses both).
_letters = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_text = st.text(_letters, min_size=1, max_size=30).filter(str.strip)
_number = st.one_of(
    st.none(), st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
)
_flag = st.one_of(st.none(), st.booleans())


@st.composite
def _journeys(draw: st.DrawFn) -> Journey:
    phases = tuple(draw(st.lists(_text, max_size=4, unique=True)))
    steps = tuple(
        Step(
            title=draw(_text),
            channel=draw(st.sampled_from(channel_ids())),
            score=draw(st.integers(-2, 2)),
            phase=draw(st.one_of(st.none(), st.sampled_from(phases))) if phases else None,
            initiator=draw(st.sampled_from(Initiator)),
            outcome=draw(st.sampled_from(Outcome)),
            info_given=tuple(draw(st.lists(_text, max_size=3))),
            recognized=draw(_flag),
            context_available=draw(_flag),
            referred_to=draw(st.one_of(st.none(), st.sampled_from(channel_ids()))),
            wait_minutes=draw(_number),
            elapsed_days=draw(_number),
            sensitive=draw(_flag),
            evidence=draw(st.one_of(st.none(), st.sampled_from(Evidence))),
            note=draw(st.one_of(st.none(), st.text(_letters, max_size=40))),
        )
        for _ in range(draw(st.integers(0, 6)))
    )
    optional = st.one_of(st.none(), st.text(_letters, max_size=30))
    return Journey(
        title=draw(_text), steps=steps, phases=phases, persona=draw(optional),
        organisation=draw(optional), goal=draw(optional), description=draw(optional),
        author=draw(optional), language=draw(st.sampled_from(("en", "nl"))),
        date=draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey=_journeys())
def test_any_valid_journey_round_trips(shared_library: Library, journey: Journey) -> None:
    back = shared_library.get(shared_library.add(journey).id).journey

    assert back == journey
    for ours, theirs in zip(back.steps, journey.steps, strict=True):
        for name in ("wait_minutes", "elapsed_days"):
            mine, original = getattr(ours, name), getattr(theirs, name)
            assert mine == original
            if isinstance(original, int) or original is None:
                assert type(mine) is type(original)
