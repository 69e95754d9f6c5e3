"""Steps as a table: CSV import and export, one row per step (docs/journey-format.md).

Import is forgiving about what people type in a spreadsheet: English or Dutch column names in any
case, channel names in either language (``telefoon``, ``Mijn omgeving``), scores as ``-2..2`` or
``++ + 0 - --``, yes/no in either language, ``,`` or ``;`` as the delimiter (Dutch Excel writes
``;``) and a decimal comma. It is strict about everything else: every problem is reported with
its CSV row and column, and nothing is imported from a file with a problem.

Export and formulas: a spreadsheet runs a cell that starts with ``= + - @`` (or a tab or carriage
return) as a formula. Text cells (title, phase, info_given, note) that start so get a leading
apostrophe, which spreadsheets show as text; import removes that apostrophe again. The rule is
exact in both directions: export adds one apostrophe when the text, after any apostrophes it
already starts with, begins with one of those characters, and import removes one apostrophe from
exactly such cells, so every text survives the round trip. Number columns (score, wait_minutes,
elapsed_days) are written as plain numbers such as ``-2``: a spreadsheet reads those as numbers,
not formulas, so they are never prefixed.

The file is written as UTF-8 with a byte order mark (so Excel shows accents correctly) and ``,``
as the delimiter. Journey fields other than the steps are not in the table: the title comes from
a keyword argument or the file name, the phases from the phase column in order of first use.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from journeymap.core.channels import fold, resolve_channel
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import Evidence, Initiator, Journey, Outcome, Step, parse_score
from journeymap.core.validation import journey_problems
from journeymap.formats.atomic import atomic_write_text
from journeymap.formats.reading import (
    ReadResult,
    fail,
    problem_order,
    read_decoded,
    source_name,
)

#: The columns, in the order export writes them; also the English header names import accepts.
COLUMNS: tuple[str, ...] = (
    "title", "channel", "score", "phase", "initiator", "outcome", "info_given", "recognized",
    "context_available", "referred_to", "wait_minutes", "elapsed_days", "sensitive", "evidence",
    "note", "id", "planned_step",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("title", "channel", "score")

#: Other English header names accepted on import (matched after folding, see ``_header_key``).
ENGLISH_HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("step", "name", "touchpoint"),
    "channel": ("medium",),
    "score": ("rating", "emotion"),
    "phase": ("stage",),
    "initiator": ("initiated by", "started by"),
    "outcome": ("result",),
    "info_given": ("information given", "info", "information"),
    "recognized": ("recognised",),
    "context_available": ("context",),
    "referred_to": ("referred", "referral", "redirected to"),
    "wait_minutes": ("wait", "waiting time", "wait time", "waiting minutes"),
    "elapsed_days": ("days", "days elapsed", "elapsed"),
    "sensitive": ("sensitive data",),
    "evidence": ("source",),
    "note": ("notes", "comment", "remark"),
    "id": ("step id",),
    "planned_step": ("planned step", "plan step"),
}

#: Dutch header names accepted on import; a file that uses them is read as a Dutch journey.
DUTCH_HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("titel", "stap", "naam", "contactmoment"),
    "channel": ("kanaal",),
    "score": ("waardering", "beoordeling", "cijfer"),
    "phase": ("fase",),
    "initiator": ("initiatiefnemer", "initiatief", "gestart door"),
    "outcome": ("uitkomst", "resultaat"),
    "info_given": ("gegeven informatie", "informatie gegeven", "info gegeven", "informatie"),
    "recognized": ("herkend",),
    "context_available": ("context beschikbaar",),
    "referred_to": ("doorverwezen naar", "verwezen naar", "doorverwijzing"),
    "wait_minutes": ("wachttijd", "wachttijd minuten", "wachtminuten", "wachten"),
    "elapsed_days": ("dagen", "verstreken dagen", "dagen sinds vorige stap"),
    "sensitive": ("gevoelig", "gevoelige gegevens"),
    "evidence": ("bron", "bewijs", "onderbouwing"),
    "note": ("notitie", "opmerking", "toelichting"),
    "id": ("stap id",),
    "planned_step": ("geplande stap",),
}

#: Values accepted for the choice columns, by member; matched after folding.
CHOICES: dict[str, dict[Any, tuple[str, ...]]] = {
    "initiator": {
        Initiator.CUSTOMER: ("customer", "klant", "client", "burger", "user", "gebruiker"),
        Initiator.ORGANISATION: ("organisation", "organization", "organisatie", "company",
                                 "bedrijf", "provider", "aanbieder"),
    },
    "outcome": {
        Outcome.SUCCESS: ("success", "succes", "gelukt", "ok", "done", "klaar"),
        Outcome.FAILED: ("failed", "failure", "fail", "mislukt", "fout"),
        Outcome.ABANDONED: ("abandoned", "gave up", "afgebroken", "opgegeven", "gestopt"),
        Outcome.PENDING: ("pending", "waiting", "wachtend", "in afwachting", "open"),
    },
    "evidence": {
        Evidence.OBSERVED: ("observed", "seen", "geobserveerd", "waargenomen", "gezien"),
        Evidence.REPORTED: ("reported", "told", "gerapporteerd", "verteld", "gemeld"),
        Evidence.ASSUMED: ("assumed", "assumption", "aangenomen", "aanname", "hypothese"),
    },
}

#: Yes/no as people type it, in English and Dutch.
BOOLEANS: dict[str, bool] = {
    **dict.fromkeys(("true", "yes", "y", "ja", "j", "1", "waar", "x"), True),
    **dict.fromkeys(("false", "no", "n", "nee", "0", "onwaar"), False),
}

BOOL_COLUMNS = frozenset({"recognized", "context_available", "sensitive"})
NUMBER_COLUMNS = frozenset({"wait_minutes", "elapsed_days"})
TEXT_COLUMNS = frozenset({"title", "phase", "info_given", "note"})
INFO_SEPARATOR = ";"

_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_WHOLE_NUMBER = re.compile(r"[+-]?\d+")


def _header_key(text: str) -> str:
    """Fold a header for matching: case, accents, ``-``/``_``/brackets and extra spaces ignored."""
    key = fold(text)
    for char in "-_()[]":
        key = key.replace(char, " ")
    return " ".join(key.split())


def _build_header_table() -> tuple[dict[str, str], frozenset[str]]:
    table: dict[str, str] = {}
    for name in COLUMNS:
        table[_header_key(name)] = name
    for aliases in (ENGLISH_HEADERS, DUTCH_HEADERS):
        for name, names in aliases.items():
            for alias in names:
                table.setdefault(_header_key(alias), name)
    dutch = frozenset(_header_key(a) for names in DUTCH_HEADERS.values() for a in names)
    return table, dutch - {_header_key(name) for name in COLUMNS}


_HEADERS, _DUTCH_KEYS = _build_header_table()
_CHOICE_TABLES: dict[str, dict[str, Any]] = {
    column: {fold(text): member for member, texts in members.items() for text in texts}
    for column, members in CHOICES.items()
}


def neutralise_formula(text: str) -> str:
    """Return ``text`` with a leading apostrophe if a spreadsheet would run it as a formula."""
    return "'" + text if _FORMULA_START.match(text) else text


def restore_formula(text: str) -> str:
    """Undo ``neutralise_formula``: remove the apostrophe it added."""
    return text[1:] if text.startswith("'") and _FORMULA_START.match(text[1:]) else text


def detect_delimiter(text: str) -> str:
    """Return ``;`` if the header line has more semicolons than commas (Dutch Excel), else ``,``."""
    first_line = text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def title_from_file_name(path: str | os.PathLike[str]) -> str:
    """Return a title made from a file name: ``hob-repair_2024.csv`` -> ``hob repair 2024``."""
    name = Path(path).name
    if name.lower().endswith(".csv"):
        name = name[: -len(".csv")]
    return " ".join(name.replace("-", " ").replace("_", " ").split())


@dataclass
class _Reading:
    """The state of one import: the header and what was found so far."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    header_names: dict[str, str] = field(default_factory=dict)  # field -> header as written
    row_of_step: list[int] = field(default_factory=list)

    def problem(self, index: int, name: str, message: str) -> None:
        place = f"steps[{index}].{name}"
        if place in self.places:
            return
        self.places.add(place)
        row = self.row_of_step[index]
        column = self.header_names.get(name, name)
        self.problems.append(Problem(place, f"CSV row {row}, column {column}: {message}", index))


def _read_header(cells: list[str], reading: _Reading) -> tuple[list[str | None], bool]:
    """Return the field of each column (``None`` for an unknown one) and whether it is Dutch."""
    fields: list[str | None] = []
    dutch = False
    first_column: dict[str, int] = {}
    for number, cell in enumerate(cells, start=1):
        text = restore_formula(cell).strip()
        key = _header_key(text)
        name = _HEADERS.get(key)
        if name is None:
            if text:
                reading.warnings.append(Problem(
                    "header", f"column {number} {text!r} is not a step field; it was ignored"))
            fields.append(None)
            continue
        if name in first_column:
            reading.problems.append(Problem(
                "header", f"columns {first_column[name]} and {number} are both {name!r}"))
            fields.append(None)
            continue
        first_column[name] = number
        reading.header_names[name] = text
        dutch = dutch or key in _DUTCH_KEYS
        fields.append(name)
    for name in REQUIRED_COLUMNS:
        if name not in first_column:
            also = ", ".join((*ENGLISH_HEADERS[name], *DUTCH_HEADERS[name]))
            reading.problems.append(Problem(
                "header", f"has no column {name!r} (also accepted: {also})"))
    return fields, dutch


def _parse_number(text: str) -> int | float | None:
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # decimal comma, as Dutch spreadsheets write it
    if _WHOLE_NUMBER.fullmatch(text) and len(text) < 20:  # longer ones: a float, or too big
        return int(text)
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _convert_cell(name: str, text: str, index: int, reading: _Reading) -> object:
    """Return the step value for ``text`` in column ``name`` (``None`` when empty or wrong)."""
    if name in ("title", "phase", "note", "id", "planned_step"):
        return text or None
    if not text:
        return None
    if name == "channel" or name == "referred_to":
        channel = resolve_channel(text)
        if channel is None:
            reading.problem(index, name, f"unknown channel {text!r}")
        return channel
    if name == "score":
        score = parse_score(text)
        if score is None:
            reading.problem(index, name, f"must be -2, -1, 0, 1, 2 or ++ + 0 - --, not {text!r}")
        return score
    if name == "info_given":
        return tuple(item.strip() for item in text.split(INFO_SEPARATOR) if item.strip())
    if name in BOOL_COLUMNS:
        value = BOOLEANS.get(fold(text))
        if value is None:
            reading.problem(index, name, f"must be yes or no (also ja/nee, true/false, 1/0), "
                                         f"not {text!r}")
        return value
    if name in NUMBER_COLUMNS:
        number = _parse_number(text)
        if number is None:
            reading.problem(index, name, f"must be a number >= 0, not {text!r}")
        return number
    choice = _CHOICE_TABLES[name].get(fold(text))
    if choice is None:
        allowed = ", ".join(member.value for member in CHOICES[name])
        reading.problem(index, name, f"must be one of {allowed}, not {text!r}")
    return choice


def _read_step(cells: list[str], fields: list[str | None], index: int,
               reading: _Reading) -> Step:
    values: dict[str, object] = {}
    for name, cell in zip(fields, cells, strict=False):
        if name is not None:
            value = _convert_cell(name, restore_formula(cell).strip(), index, reading)
            if value is not None:
                values[name] = value
    for name in REQUIRED_COLUMNS:
        if name not in values:
            reading.problem(index, name, "is empty; every step needs one")
            values[name] = "" if name == "title" else None
    return Step(**values)  # type: ignore[arg-type]


def loads_csv(text: str, source: str, *, title: str, language: str | None = None) -> ReadResult:
    """Return the journey in the CSV ``text``; ``source`` names it in errors.

    Raises:
        InvalidJourneyError: listing every problem, each with its CSV row and column.
    """
    reading = _Reading()
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text)))
    except csv.Error as error:
        raise fail(source, f"is not a readable CSV table: {error}") from None
    numbered = [(number, row) for number, row in enumerate(rows, start=1)
                if any(cell.strip() for cell in row)]
    if not numbered:
        raise fail(source, "is empty; expected a header row with the column names "
                           "(title, channel, score, ...)")
    (_, header), body = numbered[0], numbered[1:]
    fields, dutch = _read_header(header, reading)
    if reading.problems:
        raise InvalidJourneyError(source, reading.problems)
    steps: list[Step] = []
    for index, (number, cells) in enumerate(body):
        reading.row_of_step.append(number)
        if any(cell.strip() for cell in cells[len(fields):]):
            reading.warnings.append(Problem(
                f"steps[{index}]", f"CSV row {number} has more cells than the header has "
                                   "columns; the extra cells were ignored", index))
        steps.append(_read_step(cells, fields, index, reading))
    phases = tuple(dict.fromkeys(step.phase for step in steps if step.phase is not None))
    journey = Journey(title=title, steps=tuple(steps), phases=phases,
                      language=language or ("nl" if dutch else "en"))
    for problem in journey_problems(journey):
        if problem.step_index is None:
            if problem.place not in reading.places:
                reading.places.add(problem.place)
                reading.problems.append(Problem(problem.place, problem.message))
        else:
            name = problem.place.split(".", 1)[1].split("[", 1)[0]
            reading.problem(problem.step_index, name, problem.message)
    if reading.problems:
        raise InvalidJourneyError(source, sorted(reading.problems, key=problem_order))
    return ReadResult(journey, tuple(reading.warnings))


def read_csv(path: str | os.PathLike[str], *, title: str | None = None,
             language: str | None = None) -> ReadResult:
    """Return the journey in the CSV file at ``path``.

    Args:
        path: the file.
        title: the journey's title; by default made from the file name.
        language: ``"en"`` or ``"nl"``; by default ``"nl"`` when the header uses Dutch names.

    Raises:
        InvalidJourneyError: naming the file and every problem; nothing is returned then.
    """
    source = source_name(path)
    text, encoding = read_decoded(path)
    result = loads_csv(text, source,
                       title=title if title is not None else title_from_file_name(path),
                       language=language)
    return replace(result, encoding=encoding)


def _cell(step: Step, name: str) -> str:
    value = getattr(step, name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if name == "info_given":
        return neutralise_formula(INFO_SEPARATOR.join(value))
    if name in TEXT_COLUMNS:
        return neutralise_formula(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def dumps_csv(journey: Journey) -> str:
    """Return the steps of ``journey`` as CSV text (English header, channel ids, ``,``)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for step in journey.steps:
        writer.writerow([_cell(step, name) for name in COLUMNS])
    return buffer.getvalue()


def write_csv(journey: Journey, path: str | os.PathLike[str]) -> None:
    """Write the steps of ``journey`` to ``path`` atomically, as UTF-8 with a byte order mark."""
    atomic_write_text(path, "\ufeff" + dumps_csv(journey))
