"""Property tests: whatever a file holds, a reader returns a valid journey or InvalidJourneyError.

Never another exception, never a half-read journey. Generated valid journeys also survive the
JSON round trip exactly and the CSV round trip in everything CSV carries.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.core.channels import CHANNELS, channel_ids
from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step
from journeymap.core.validation import journey_problems
from journeymap.formats import ReadResult, read_journey
from journeymap.formats.cjml import loads_cjml, to_cjml
from journeymap.formats.csv_table import COLUMNS, DUTCH_HEADERS, dumps_csv, loads_csv
from journeymap.formats.json_file import STEP_FIELDS, dumps_journey, loads_journey, to_document

# Example counts keep the file well under 30 s while running a few thousand inputs in total.
FAST = settings(max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])
MANY = settings(FAST, max_examples=1000)
FEW = settings(FAST, max_examples=100)

# --- strategies -------------------------------------------------------------------------------

# Any character a UTF-8 file can hold, except NUL, which no library database can store.
_LETTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_NO_BREAKS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
_PRINTABLE = st.characters(categories=("L", "N", "P", "S")) | st.just(" ")


def texts(max_size: int = 30, *, strip_stable: bool = False,
          printable: bool = False) -> st.SearchStrategy[str]:
    """Non-blank texts; ``strip_stable`` ones have no surrounding white space (CSV trims it),
    ``printable`` ones no control or unassigned characters either (XML keeps them as they are).
    """
    if strip_stable or printable:
        alphabet = _PRINTABLE if printable else _NO_BREAKS
        return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)
    return st.text(_LETTERS, min_size=1, max_size=max_size).filter(str.strip)


_NUMBERS = st.none() | st.integers(0, 10**9) | st.floats(0, 1e9, allow_nan=False,
                                                         allow_infinity=False).map(abs)
_BOOLS = st.none() | st.booleans()


@st.composite
def journeys(draw: st.DrawFn, *, for_csv: bool = False, printable: bool = False) -> Journey:
    """Return a valid journey; ``for_csv`` ones hold only what CSV carries, as CSV writes it;
    ``printable`` ones use only texts that XML keeps exactly.
    """
    text = texts(strip_stable=for_csv, printable=printable)
    optional_text = st.none() | text
    pool = draw(st.lists(text, max_size=4, unique=True))
    info = text.filter(lambda item: ";" not in item) if for_csv else text
    steps = draw(st.lists(st.builds(
        Step,
        title=text, channel=st.sampled_from(channel_ids()), score=st.integers(-2, 2),
        phase=st.none() | st.sampled_from(pool) if pool else st.none(),
        initiator=st.sampled_from(Initiator), outcome=st.sampled_from(Outcome),
        info_given=st.lists(info, max_size=3).map(tuple), recognized=_BOOLS,
        context_available=_BOOLS, referred_to=st.none() | st.sampled_from(channel_ids()),
        wait_minutes=_NUMBERS, elapsed_days=_NUMBERS, sensitive=_BOOLS,
        evidence=st.none() | st.sampled_from(Evidence), note=optional_text,
    ), max_size=4))
    language = draw(st.sampled_from(("en", "nl")))
    if for_csv:
        phases = tuple(dict.fromkeys(s.phase for s in steps if s.phase is not None))
        return Journey(draw(texts()), steps=tuple(steps), phases=phases, language=language)
    return Journey(
        draw(text), steps=tuple(steps), phases=tuple(pool), language=language,
        persona=draw(optional_text), organisation=draw(optional_text), goal=draw(optional_text),
        description=draw(optional_text), author=draw(optional_text),
        date=draw(st.none() | st.dates()),
    )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.just("\ud800"),  # a lone surrogate: JSON can escape it, UTF-8 cannot hold it
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)


#: Valid documents to break; fixed, so drawing an example costs little.
BASE_DOCUMENTS = (
    to_document(Journey(
        "Alle velden", persona="p", organisation="o", goal="g", description="d", author="a",
        date=dt.date(2026, 1, 31), language="nl", phases=("Een", "Twee"),
        steps=(
            Step("Zoeken", "website", -2, phase="Een", outcome=Outcome.FAILED,
                 info_given=("adres",), referred_to="phone", note="n"),
            Step("Bellen", "phone", 1, phase="Twee", initiator=Initiator.ORGANISATION,
                 recognized=True, context_available=False, wait_minutes=7.5, elapsed_days=2,
                 sensitive=True, evidence=Evidence.OBSERVED),
        ),
    )),
    to_document(Journey("Kort", steps=(Step("Bellen", "phone", 1),))),
    to_document(Journey("Leeg")),
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Return a valid journey document with a few fields broken, removed or added."""
    document = copy.deepcopy(draw(st.sampled_from(BASE_DOCUMENTS)))
    keys = st.sampled_from((*STEP_FIELDS, "format", "title", "phases", "steps", "date",
                            "language", "persona")) | st.text(max_size=6)
    for _ in range(draw(st.integers(1, 4))):
        steps = document.get("steps")
        targets: list[Any] = [document, *[step for step in (steps or []) if isinstance(step, dict)]
                              ] if isinstance(steps, list) else [document]
        target = draw(st.sampled_from(targets))
        key = draw(keys)
        action = draw(st.sampled_from(("set", "set", "delete", "huge", "step", "nest")))
        if action == "delete":
            target.pop(key, None)
        elif action == "huge":
            target[key] = "é" * draw(st.integers(150, 20_000))
        elif action == "step" and isinstance(document.get("steps"), list):
            document["steps"].insert(draw(st.integers(0, len(document["steps"]))),
                                     draw(JSON_VALUES))
        elif action == "nest":
            nested: list[Any] = []
            for _ in range(draw(st.integers(1, 400))):  # json.dumps itself recurses
                nested = [nested]
            target[key] = nested
        else:
            target[key] = draw(JSON_VALUES)
    return document


def check_clean(read: Callable[[], ReadResult]) -> ReadResult | None:
    """Run ``read``; it must return a valid journey or raise a well-formed InvalidJourneyError."""
    failure: InvalidJourneyError | None = None
    try:
        result = read()
    except InvalidJourneyError as error:
        failure = error
    if failure is not None:
        assert failure.problems
        assert all(isinstance(p.place, str) and p.message for p in failure.problems)
        assert str(failure).startswith(failure.source)
        return None
    assert isinstance(result, ReadResult)
    assert journey_problems(result.journey) == []
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


# --- JSON ---------------------------------------------------------------------------------------


@settings(FAST, max_examples=700)
@given(mutated_documents())
def test_mutated_documents_end_cleanly(document: dict[str, Any]) -> None:
    result = check_clean(lambda: loads_journey(json.dumps(document), "reis.json"))
    if result is not None:  # what was accepted can be written and reads back the same
        written = dumps_journey(result.journey).encode("utf-8")
        assert loads_journey(written.decode("utf-8"), "x").journey == result.journey


@MANY
@given(st.text(alphabet='{}[]":,0123456789.-+eE truefalsnNIiy\\/\n', max_size=120))
def test_json_like_text_ends_cleanly(text: str) -> None:
    check_clean(lambda: loads_journey(text, "reis.json"))


@settings(FAST, max_examples=200)
@given(JSON_VALUES)
def test_any_json_value_ends_cleanly(value: object) -> None:
    check_clean(lambda: loads_journey(json.dumps(value), "reis.json"))


@FAST
@given(data=st.binary(max_size=400), suffix=st.sampled_from((".json", ".csv", ".cjml")))
def test_random_bytes_in_a_file_end_cleanly(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    check_clean(lambda: read_journey(path))


@FEW
@given(journeys())
def test_valid_journeys_survive_the_json_round_trip(journey: Journey) -> None:
    assert loads_journey(dumps_journey(journey), "reis.json") == ReadResult(journey)


# --- CSV ----------------------------------------------------------------------------------------

_CELLS = st.sampled_from(
    ("", "++", "--", "-", "+", "0", "3", "ja", "nee", "x", "telefoon", "E-mail", "fax",
     "failed", "klant", "7,5", "-1", "1e999", "nan", "'=1", "=SUM(A1)", ";", '"', "a;b",
     "9" * 5000)
) | st.text(max_size=12)
_HEADERS = st.sampled_from(
    (*COLUMNS, *(name for names in DUTCH_HEADERS.values() for name in names), "TITLE", "Kleur")
) | st.text(max_size=8)


@settings(FAST, max_examples=500)
@given(header=st.lists(_HEADERS, max_size=8), rows=st.lists(st.lists(_CELLS, max_size=9),
                                                            max_size=6),
       delimiter=st.sampled_from((",", ";")), quoted=st.booleans())
def test_random_tables_end_cleanly(header: list[str], rows: list[list[str]], delimiter: str,
                                   quoted: bool) -> None:
    if quoted:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
        text = buffer.getvalue()
    else:
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
    check_clean(lambda: loads_csv(text, "tabel.csv", title="Tabel"))


@settings(FAST, max_examples=500)
@given(st.text(max_size=200))
def test_random_text_as_csv_ends_cleanly(text: str) -> None:
    check_clean(lambda: loads_csv(text, "tabel.csv", title="Tabel"))


@FEW
@given(journeys(for_csv=True))
def test_valid_journeys_survive_the_csv_round_trip(journey: Journey) -> None:
    result = loads_csv(dumps_csv(journey), "reis.csv", title=journey.title,
                       language=journey.language)
    assert result.journey == journey


# --- CJML ---------------------------------------------------------------------------------------


@FEW
@given(journey=journeys(), cut=st.integers(0, 10_000), length=st.integers(0, 40),
       insert=st.text(alphabet='<>/="\' &;!-abCJML', max_size=12))
def test_damaged_cjml_ends_cleanly(journey: Journey, cut: int, length: int, insert: str) -> None:
    text = to_cjml(journey)
    cut %= len(text)
    damaged = text[:cut] + insert + text[cut + length:]
    check_clean(lambda: loads_cjml(damaged, "reis.cjml"))


@FEW
@given(journeys(printable=True))
def test_valid_journeys_survive_the_cjml_round_trip(journey: Journey) -> None:
    result = loads_cjml(to_cjml(journey), "reis.cjml")
    assert result.journey == Journey(
        title=journey.title, language=journey.language, phases=journey.phases,
        persona=journey.persona, organisation=journey.organisation,
        steps=tuple(Step(s.title, s.channel, s.score, phase=s.phase, initiator=s.initiator,
                         outcome=s.outcome) for s in journey.steps),
    )


def test_every_channel_id_reads_back_from_csv() -> None:
    journey = Journey("Alle kanalen", steps=tuple(Step(c.name_nl, c.id, 0) for c in CHANNELS))
    assert loads_csv(dumps_csv(journey), "x.csv", title="Alle kanalen").journey == journey
