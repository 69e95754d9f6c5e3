"""A contact-history export (one row per contact) as actual journeys, one per customer or case.

The columns are named with ``--columns`` or recognised by their Dutch or English names
(docs/portfolio.md lists them): a key (customer or case number), a timestamp and a channel are
required; outcome, wait, score, title, note and initiator are optional. Channels and outcomes
are matched by the catalogue's aliases in both languages. Each journey's steps are in time order
and carry ``elapsed_days`` from the timestamps.

The whole file is checked before anything is returned: every bad row is reported with its line
and column, and a file with a problem gives no journeys at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeymap.core.channels import fold, resolve_channel
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import MAX_TITLE_LENGTH, Initiator, Journey, Outcome, Step, parse_score
from journeymap.core.texts import channel_label
from journeymap.formats.csv_table import CHOICES, detect_delimiter, restore_formula
from journeymap.formats.reading import read_decoded, source_name

#: The fields of a contact, with the header names recognised for each (after folding).
EVENT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "key": ("key", "customer", "customer id", "customer number", "case", "case id",
            "case number", "client", "client id", "klant", "klantnummer", "klant id",
            "klantid", "relatienummer", "zaak", "zaaknummer", "dossier", "dossiernummer"),
    "time": ("time", "timestamp", "date", "datetime", "date time", "moment", "started",
             "start", "tijd", "tijdstip", "datum", "datum tijd", "datumtijd", "starttijd"),
    "channel": ("channel", "medium", "kanaal", "contactkanaal"),
    "outcome": ("outcome", "result", "status", "uitkomst", "resultaat", "afhandeling"),
    "wait": ("wait", "wait minutes", "waiting time", "wait time", "wachttijd",
             "wachttijd minuten", "wachtminuten"),
    "score": ("score", "rating", "satisfaction", "waardering", "tevredenheid", "cijfer"),
    "title": ("title", "subject", "topic", "reason", "titel", "onderwerp", "reden"),
    "note": ("note", "notes", "comment", "remark", "notitie", "opmerking", "toelichting"),
    "initiator": ("initiator", "direction", "initiated by", "initiatief", "richting"),
}
REQUIRED: tuple[str, ...] = ("key", "time", "channel")
_DUTCH = frozenset({"klant", "klantnummer", "klant id", "klantid", "relatienummer", "zaak",
                    "zaaknummer", "dossier", "dossiernummer", "tijd", "tijdstip", "datum",
                    "datum tijd", "datumtijd", "starttijd", "kanaal", "contactkanaal", "uitkomst",
                    "resultaat", "afhandeling", "wachttijd", "wachttijd minuten", "wachtminuten",
                    "waardering", "tevredenheid", "cijfer", "titel", "onderwerp", "reden",
                    "notitie", "opmerking", "toelichting", "initiatief", "richting"})

#: Outcomes as contact-centre systems write them, besides those of the step table.
EXTRA_OUTCOMES: Mapping[Outcome, tuple[str, ...]] = {
    Outcome.SUCCESS: ("afgehandeld", "opgelost", "resolved", "closed", "gesloten", "handled"),
    Outcome.FAILED: ("not resolved", "niet opgelost", "error", "storing"),
    Outcome.ABANDONED: ("dropped", "opgehangen", "hung up", "verbroken", "no answer"),
    Outcome.PENDING: ("in behandeling", "in progress", "doorgezet", "forwarded", "escalated",
                      "geescaleerd", "terugbelafspraak"),
}
EXTRA_INITIATORS: Mapping[Initiator, tuple[str, ...]] = {
    Initiator.CUSTOMER: ("inbound", "inkomend", "in"),
    Initiator.ORGANISATION: ("outbound", "uitgaand", "uit", "out"),
}
#: Timestamp layouts tried after ISO 8601, day first as Dutch and European systems write them.
TIME_FORMATS: tuple[str, ...] = (
    "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M",
    "%d/%m/%Y", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
)
MAX_PROBLEMS = 50


def _key(text: str) -> str:
    value = fold(text)
    for char in "-_()[]/.":
        value = value.replace(char, " ")
    return " ".join(value.split())


_HEADERS = {_key(alias): name for name, aliases in EVENT_COLUMNS.items() for alias in aliases}


def _table(*tables: Mapping[Any, tuple[str, ...]]) -> dict[str, object]:
    return {fold(text): member for table in tables for member, texts in table.items()
            for text in texts}


_OUTCOMES = _table(CHOICES["outcome"], EXTRA_OUTCOMES)
_INITIATORS = _table(CHOICES["initiator"], EXTRA_INITIATORS)


def parse_columns(spec: str) -> dict[str, str]:
    """Return ``field -> header`` from ``--columns key=Klantnummer,time=Datum,channel=Kanaal``.

    Raises:
        ValueError: an item is not ``field=header`` or names an unknown field.
    """
    chosen: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, sep, header = item.partition("=")
        name = name.strip()
        if not sep or not header.strip():
            raise ValueError(f"--columns: {item!r} is not FIELD=HEADER")
        if name not in EVENT_COLUMNS:
            raise ValueError(f"--columns: unknown field {name!r}; the fields are "
                             f"{', '.join(EVENT_COLUMNS)}")
        chosen[name] = header.strip()
    return chosen


@dataclass(slots=True)
class _Contact:
    line: int
    key: str
    moment: dt.datetime
    step: Step


@dataclass(slots=True)
class _Reading:
    source: str
    problems: list[Problem] = field(default_factory=list)
    more: int = 0

    def add(self, line: int, column: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(f"line {line}, column {column}", message))
        else:
            self.more += 1

    def fail(self) -> InvalidJourneyError:
        problems = list(self.problems)
        if self.more:
            problems.append(Problem("", f"and {self.more} more problems"))
        return InvalidJourneyError(self.source, problems)


class _Times:
    """Parse timestamps, trying first the layout that read the previous one."""

    def __init__(self) -> None:
        self._last: str | None = None

    def parse(self, text: str) -> dt.datetime | None:
        if self._last is not None:
            try:
                return dt.datetime.strptime(text, self._last)
            except ValueError:
                pass
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return moment.replace(tzinfo=None) if moment.tzinfo is None else moment
        for layout in TIME_FORMATS:
            try:
                moment = dt.datetime.strptime(text, layout)
            except ValueError:
                continue
            self._last = layout
            return moment
        return None


def _number(text: str) -> float | None:
    value = text.replace(",", ".") if "," in text and "." not in text else text
    try:
        number = float(value)
    except ValueError:
        return None
    if number != number or number < 0 or number in (float("inf"),):
        return None
    return int(number) if number.is_integer() else number


@dataclass(frozen=True, slots=True)
class EventsResult:
    """The journeys of a contact-history export, and how the file was read."""

    journeys: tuple[Journey, ...]
    contacts: int
    encoding: str
    warnings: tuple[Problem, ...] = ()


Progress = Callable[[int, int], None]


def _header(cells: list[str], columns: Mapping[str, str] | None,
            reading: _Reading) -> tuple[dict[str, int], dict[str, str], bool]:
    """Return field -> column index, field -> header as written, and whether it is Dutch."""
    found: dict[str, int] = {}
    names: dict[str, str] = {}
    dutch = False
    folded = [_key(restore_formula(cell)) for cell in cells]
    if columns:
        for name, header in columns.items():
            if _key(header) in folded:
                found[name] = folded.index(_key(header))
                names[name] = cells[found[name]].strip()
            else:
                reading.add(1, header, f"--columns names {header!r} for {name}, but the header "
                                       "has no such column")
    for position, key in enumerate(folded):
        known = _HEADERS.get(key)
        if known is not None and known not in found and position not in found.values():
            found[known] = position
            names[known] = cells[position].strip()
            dutch = dutch or key in _DUTCH
    for name in REQUIRED:
        if name not in found:
            reading.add(1, name, f"the header has no {name} column (accepted: "
                                 f"{', '.join(EVENT_COLUMNS[name][:6])}, ...; or name it "
                                 f"with --columns {name}=HEADER)")
    return found, names, dutch


def loads_events(text: str, source: str, *, columns: Mapping[str, str] | None = None,
                 language: str | None = None, tags: tuple[str, ...] = (),
                 encoding: str = "UTF-8", progress: Progress | None = None) -> EventsResult:
    """Return one actual journey per key of the contact-history CSV ``text``.

    Raises:
        InvalidJourneyError: naming the line and column of every bad row (the first fifty);
            nothing is returned from a file with a problem.
    """
    reading = _Reading(source)
    handle = io.StringIO(text, newline="")
    rows = csv.reader(handle, delimiter=detect_delimiter(text))
    try:
        header = next(rows, None)
    except csv.Error as error:
        raise InvalidJourneyError(source, [Problem("line 1", f"is not CSV: {error}")]) from None
    if header is None or not any(cell.strip() for cell in header):
        raise InvalidJourneyError(source, [Problem("line 1", "is empty; expected a header with "
                                                   "the column names (key, time, channel, ...)")])
    found, names, dutch = _header(header, columns, reading)
    if reading.problems:
        raise reading.fail()
    lang = language or ("nl" if dutch else "en")
    contacts: list[_Contact] = []
    times = _Times()
    index = dict(found)
    total = max(1, text.count("\n"))
    try:
        for cells in rows:
            line = rows.line_num
            if not any(cell.strip() for cell in cells):
                continue
            contact = _contact(cells, line, index, names, times, lang, reading)
            if contact is not None:
                contacts.append(contact)
            if progress is not None and line % 10_000 == 0:
                progress(line, total)
    except csv.Error as error:
        reading.add(rows.line_num, "-", f"is not readable CSV: {error}")
    if reading.problems:
        raise reading.fail()
    journeys = _journeys(contacts, names.get("key", "key"), lang, tags)
    if progress is not None:
        progress(total, total)
    return EventsResult(journeys, len(contacts), encoding)


def _cell(cells: list[str], index: Mapping[str, int], name: str) -> str:
    position = index.get(name)
    if position is None or position >= len(cells):
        return ""
    return restore_formula(cells[position]).strip()


def _contact(cells: list[str], line: int, index: Mapping[str, int], names: Mapping[str, str],
             times: _Times, lang: str, reading: _Reading) -> _Contact | None:
    """Return the contact of one row, or ``None`` after noting its problems."""
    before = len(reading.problems) + reading.more
    key = _cell(cells, index, "key")
    if not key:
        reading.add(line, names["key"], "is empty; every contact needs a customer or case key")
    stamp = _cell(cells, index, "time")
    moment = times.parse(stamp) if stamp else None
    if moment is None:
        reading.add(line, names["time"], f"{stamp!r} is not a date and time (write "
                                         "2026-10-01 08:30 or 01-10-2026 08:30)"
                    if stamp else "is empty; every contact needs a date and time")
    channel_text = _cell(cells, index, "channel")
    channel = resolve_channel(channel_text) if channel_text else None
    if channel is None:
        reading.add(line, names["channel"], f"unknown channel {channel_text!r}"
                    if channel_text else "is empty; every contact needs a channel")
    fields: dict[str, object] = {}
    for name, table in (("outcome", _OUTCOMES), ("initiator", _INITIATORS)):
        text = _cell(cells, index, name)
        if text:
            member = table.get(fold(text))
            if member is None:
                reading.add(line, names[name], f"{text!r} is not an {name} JourneyMap knows")
            else:
                fields[name] = member
    wait = _cell(cells, index, "wait")
    if wait:
        minutes = _number(wait)
        if minutes is None:
            reading.add(line, names["wait"], f"must be a number of minutes >= 0, not {wait!r}")
        else:
            fields["wait_minutes"] = minutes
    score_text = _cell(cells, index, "score")
    score = parse_score(score_text) if score_text else 0
    if score is None:
        reading.add(line, names["score"], f"must be -2..2 or ++ + 0 - --, not {score_text!r}")
    note = _cell(cells, index, "note")
    if note:
        fields["note"] = note
    if len(reading.problems) + reading.more > before:
        return None
    assert moment is not None
    assert channel is not None
    assert score is not None
    title = _cell(cells, index, "title") or (
        f"{channel_label(channel, lang).capitalize()}, {moment:%Y-%m-%d %H:%M}")
    step = Step(title=title[:MAX_TITLE_LENGTH], channel=channel, score=score,
                **fields)  # type: ignore[arg-type]
    return _Contact(line, key, moment, step)


def _journeys(contacts: list[_Contact], key_name: str, lang: str,
              tags: tuple[str, ...]) -> tuple[Journey, ...]:
    """Group the contacts by key (keys in order of first contact), each in time order."""
    by_key: dict[str, list[_Contact]] = {}
    for contact in contacts:
        by_key.setdefault(contact.key, []).append(contact)
    journeys: list[Journey] = []
    for key, group in by_key.items():
        group.sort(key=lambda c: (_naive(c.moment), c.line))
        steps: list[Step] = []
        previous: dt.datetime | None = None
        for number, contact in enumerate(group, start=1):
            step = contact.step
            changes: dict[str, object] = {"id": f"s{number}"}
            if previous is not None:
                days = (_naive(contact.moment) - _naive(previous)).total_seconds() / 86400
                changes["elapsed_days"] = round(days, 4)
            steps.append(step.with_changes(**changes))
            previous = contact.moment
        title = f"{key_name} {key}"[:MAX_TITLE_LENGTH]
        journeys.append(Journey(title=title, steps=tuple(steps), language=lang, tags=tags))
    return tuple(journeys)


def _naive(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` in UTC without zone (a file may mix zoned and plain timestamps)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def read_events(path: str | os.PathLike[str], *, columns: Mapping[str, str] | None = None,
                language: str | None = None, tags: tuple[str, ...] | None = None,
                progress: Progress | None = None) -> EventsResult:
    """Return the journeys of the contact-history CSV at ``path`` (see ``loads_events``).

    ``tags`` default to the file's name without suffix, so the imported journeys can be
    aggregated together (``journeymap aggregate --tag NAME``).
    """
    text, encoding = read_decoded(path)
    chosen = tags if tags is not None else (Path(path).stem,)
    return loads_events(text, source_name(path), columns=columns, language=language,
                        tags=chosen, encoding=encoding, progress=progress)
