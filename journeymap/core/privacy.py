"""Personal data guard: find and mask personal data in a journey's texts.

Interview notes hold names, phone numbers, e-mail addresses, addresses, IBANs and citizen service
numbers (BSN). Before an export the app lists what it finds (``find_personal_data``, each hit with
its place and a ``describe`` line) and, on request, masks it in the exported copy
(``redact_journey``); the library keeps the original.

Detection favours precision over recall, so that a warning is worth reading:

- numbers are checked, not guessed: an IBAN must pass the ISO 13616 mod-97 check and have its
  country's length, a BSN the elfproef, a phone number the Dutch numbering plan (ten digits with a
  real area code) or an international ``+CC`` / ``00CC`` form;
- dates (``12-03-2024``), prices (``€ 129,95``) and numbers after an order, type or reference word
  (``bestelnummer 123456782``) are left alone; times, years and short numbers never match;
- a postcode is ``1234 AB`` (capital letters; the letter pairs never issued and unit-like pairs such
  as ``KM``/``MB`` are skipped) with an optional house number, or a street with a number
  (``Kerkstraat 12``, ``12 Baker Street``). A bare postcode is flagged too: with a name or house
  number it points at one household. A postcode right after an upper-case code (``EX 1234 AB``) or
  after a type/model word is read as a model number and not flagged;
- names are found only after a cue ("meneer", "mevrouw", "dhr.", "Mrs", "klant", "naam:",
  "sprak met", "spoke to", "is called", ...), never from capitals alone, and never when the words
  are months, days, channel names or other common words. The plain verb "called" is no cue ("the
  customer called Ziggo"). A name written without a cue is therefore missed: the guard helps, it
  does not promise.

Masks are bracketed labels in the journey's language (``[telefoonnummer]``, ``[phone]``): a reader
of a report still sees what kind of information stood there, and a mask is never detected again, so
redacting twice changes nothing. Every pattern runs in linear time on long notes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from journeymap.core.channels import fold, resolve_channel
from journeymap.core.model import MAX_TITLE_LENGTH, Journey, Step


class PersonalDataKind(StrEnum):
    """What kind of personal data a hit is."""

    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    BSN = "bsn"
    POSTCODE = "postcode"  # a postcode, a postcode with house number, or a street with number
    NAME = "name"


@dataclass(frozen=True, slots=True)
class KindText:
    """How a kind of personal data is named and masked, per language."""

    label_en: str
    label_nl: str
    mask_en: str
    mask_nl: str

    def label(self, lang: str) -> str:
        """Return the name of the kind in ``lang``."""
        return self.label_nl if lang == "nl" else self.label_en

    def mask(self, lang: str) -> str:
        """Return the text that replaces a hit in ``lang``."""
        return self.mask_nl if lang == "nl" else self.mask_en


# ---------------------------------------------------------------------------------------------
# Tables: texts, cue words, patterns. Edit these, not the code below.
# ---------------------------------------------------------------------------------------------

KIND_TEXTS: dict[PersonalDataKind, KindText] = {
    PersonalDataKind.EMAIL: KindText("e-mail address", "e-mailadres", "[e-mail]", "[e-mail]"),
    PersonalDataKind.PHONE: KindText("phone number", "telefoonnummer", "[phone]",
                                     "[telefoonnummer]"),
    PersonalDataKind.IBAN: KindText("IBAN", "IBAN", "[IBAN]", "[IBAN]"),
    PersonalDataKind.BSN: KindText("citizen service number (BSN)", "burgerservicenummer (BSN)",
                                   "[BSN]", "[BSN]"),
    PersonalDataKind.POSTCODE: KindText("postcode or address", "postcode of adres", "[address]",
                                        "[adres]"),
    PersonalDataKind.NAME: KindText("name", "naam", "[name]", "[naam]"),
}

#: How places are named in ``describe``: field -> (English, Dutch).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Title", "Titel"),
    "persona": ("Persona", "Persona"),
    "organisation": ("Organisation", "Organisatie"),
    "goal": ("Goal", "Doel"),
    "description": ("Description", "Beschrijving"),
    "author": ("Author", "Auteur"),
    "phases": ("Phase", "Fase"),
    "step": ("Step", "Stap"),
    "step.title": ("title", "titel"),
    "step.note": ("note", "notitie"),
    "step.info_given": ("information given", "gegeven informatie"),
}

JOURNEY_TEXT_FIELDS: tuple[str, ...] = (
    "title", "persona", "organisation", "goal", "description", "author",
)
STEP_TEXT_FIELDS: tuple[str, ...] = ("title", "note")

#: Name cues in any letter case, followed by a space (``klant Jansen``, ``sprak met Anna``).
NAME_CUES: tuple[str, ...] = (
    "meneer", "mevrouw", "mevr.", "mevr", "mw.", "dhr.", "dhr", "de heer", "juffrouw",
    "klant", "klantnaam", "collega", "medewerker", "medewerkster", "contactpersoon",
    "heet", "genaamd", "sprak met", "gesproken met", "praatte met", "gesprek met",
    "mijn naam is", "naam is", "colleague", "spoke to", "spoke with", "talked to", "talked with",
    "conversation with", "named",
    "is called", "was called", "my name is", "name is",
)
#: Cues that stand before a colon (``Naam: Jan de Vries``).
NAME_LABEL_CUES: tuple[str, ...] = ("naam", "name", "klantnaam", "contactpersoon", "contact")
#: English honorifics: case-sensitive, so ``MS Teams`` is no cue.
NAME_TITLE_CUES: tuple[str, ...] = ("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr")
#: Surname particles (tussenvoegsels), as they may start a surname or stand inside a name.
NAME_PARTICLES_START: tuple[str, ...] = (
    "Van", "Von", "De", "Den", "Der", "Ter", "Ten", "Te", "La", "Le", "Du", "Da", "Di", "Del",
)
NAME_PARTICLES_INNER: tuple[str, ...] = (
    "van", "von", "de", "der", "den", "het", "'t", "ter", "ten", "te", "la", "le", "du", "da",
    "di", "del", "dos", "Van", "De", "Den", "Der", "Ter", "Ten",
)
#: Capitalised words that are never (part of) a person's name after a cue. Channel names are
#: refused as well (through the channel catalogue).
NAME_STOP_WORDS: frozenset[str] = frozenset(fold(word) for word in (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "de", "het", "een", "the", "an", "this", "that", "dit", "dat", "deze", "die", "mijn", "my",
    "hij", "zij", "ze", "he", "she", "they", "we", "wij", "ik", "you", "jij", "u",
    "customer", "service", "services", "support", "klant", "klanten", "klantenservice", "team",
    "helpdesk", "servicedesk", "afdeling", "department", "monteur", "engineer", "manager",
    "medewerker", "agent", "backoffice", "front", "office", "company", "bedrijf", "gemeente",
    "teams", "zoom", "skype", "google", "microsoft", "outlook", "gmail", "linkedin", "youtube",
    "hallo", "hello", "hi", "dag", "sorry", "ok", "oke", "ja", "nee", "yes", "no", "via", "per",
    "niet", "not", "geen", "wel", "ook", "also", "nog", "still", "toen", "then", "daarna", "later",
))

#: Words before a number that make it an order, type or reference number (not personal).
NUMBER_CONTEXT_WORDS: tuple[str, ...] = (
    "order", "ordernummer", "bestelnummer", "bestelling", "type", "typenummer", "model",
    "modelnummer", "serienummer", "serial", "artikel", "artikelnummer", "article", "factuur",
    "factuurnummer", "invoice", "referentie", "referentienummer", "reference", "ref", "kenmerk",
    "dossier", "dossiernummer", "zaak", "zaaknummer", "case", "ticket", "ticketnummer", "pakket",
    "zending", "tracking", "track", "barcode", "product", "productnummer", "onderdeel", "part",
    "sku", "ean", "klantnummer", "contractnummer", "polisnummer", "policy", "account",
    "meldingsnummer", "melding", "storingsnummer", "batch", "versie", "version",
)

#: Dutch street name endings (``Kerkstraat``, ``Dorpsweg``) and English street words.
STREET_SUFFIXES_NL: tuple[str, ...] = (
    "straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad", "steeg",
    "dreef", "park", "markt", "plantsoen", "burgwal", "wal", "boulevard", "allee", "hoven",
)
STREET_WORDS_EN: tuple[str, ...] = (
    "Street", "Road", "Avenue", "Lane", "Crescent", "Terrace", "Boulevard",
)
#: Words that end like a street but are not one (``Onderweg 2 uur``).
STREET_FALSE_FRIENDS: frozenset[str] = frozenset(
    ("onderweg", "omweg", "uitweg", "halverweg", "halfweg", "zijweg", "snelweg", "snelweg",
     "betaalweg", "binnenweg", "buitenweg", "tussenweg", "terugweg", "heenweg", "dwarsweg"))
#: Words after a number that make it an amount, not a house number.
UNIT_WORDS: tuple[str, ...] = (
    "uur", "u", "min", "minuut", "minuten", "sec", "seconden", "dag", "dagen", "week", "weken",
    "maand", "maanden", "jaar", "keer", "x", "km", "m", "meter", "euro", "procent", "stuks",
    "hour", "hours", "minute", "minutes", "day", "days", "weeks", "month", "months", "year",
    "years", "times", "miles", "percent", "pieces",
)
#: Letter pairs after four digits that are not a postcode: never issued (SA, SD, SS) or units.
POSTCODE_NON_LETTERS: frozenset[str] = frozenset((
    "SA", "SD", "SS", "KB", "MB", "GB", "TB", "KG", "KM", "CM", "MM", "MG", "ML", "KW", "HZ",
    "PK", "CC", "HP", "NM",
))

#: IBAN length per country (ISO 13616 registry, the countries a Dutch service meets).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GI": 23, "GL": 18, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26, "UA": 29,
}

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_SP = r"[ \t\u00a0]"

#: Look-alikes blanked out before numbers are searched: dates and amounts of money.
LOOKALIKE_PATTERNS: tuple[str, ...] = (
    r"(?<![\w.\-/])\d{1,2}([\-/.])\d{1,2}\1(?:\d{4}|\d{2})(?!\w|[\-/.]\d)",  # 12-03-2024, 1/3/24
    r"(?<![\w.\-/])\d{4}-\d{1,2}-\d{1,2}(?!\w|[\-/.]\d)",  # 2024-03-12
    r"(?:€|\bEUR\b|\$|£)" + _SP + r"?\d[\d.,]*(?:-)?",  # € 129,95  € 12,-
    r"(?<![\w.,])\d[\d.,]*" + _SP + r"?(?:€|(?i:euro|eur)\b)",  # 129,95 euro
)

_EMAIL = re.compile(r"(?<![\w.+%\-])[\w.+%\-]+@[\w\-]+(?:\.[\w\-]+)+")
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}")
# A run of digit groups with single separators; which part is a phone number is decided in code.
_PHONE_RUN = re.compile(
    r"(?<![\w+@/.,\-#])(?:\+\d+|\(0\d{1,3}\)|\d+)"
    r"(?:(?:[ \-]|" + r" ?\(0\) ?)\d+){0,7}"
)
_BSN = re.compile(
    r"(?<![\w.,/\-])(?:\d{9}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{4}\.\d{2}\.\d{3})"
    r"(?!\w|[.,/\-]\d| \d)"
)
_HOUSE_NUMBER = r"\d{1,5}(?:[a-zA-Z](?!\w))?(?:-\d{1,4})?(?!\w|[.,]\d)"
_POSTCODE = re.compile(
    r"(?<![\w\-])[1-9]\d{3} ?(?P<letters>[A-Z]{2})(?!\w)"
    r"(?:" + _SP + r"+(?P<number>" + _HOUSE_NUMBER + r"))?"
)
_STREET_PARTICLE = r"(?:(?:Van|De|Den|Ter|Ten|Sint|St\.)" + _SP + r"(?:(?:der|den|de|het)" + _SP
_STREET_PARTICLE += r")?)?"
_STREET_NL = re.compile(
    r"(?<![\w\-])" + _STREET_PARTICLE
    + r"(?P<street>[" + _UP + r"](?:[" + _LOW + r"']|-[" + _UP + r"]?)*?(?:"
    + "|".join(STREET_SUFFIXES_NL) + r"))"
    + _SP + r"+(?P<number>" + _HOUSE_NUMBER + r")"
)
_STREET_EN_WORDS = r"(?:[" + _UP + r"][" + _LOW + r"]+" + _SP + r"+){1,2}(?:"
_STREET_EN_WORDS += "|".join(STREET_WORDS_EN) + r")(?!\w)"
_STREET_EN = re.compile(
    r"(?<![\w\-])(?:(?P<number>\d{1,5}[A-Za-z]?)" + _SP + r"+" + _STREET_EN_WORDS
    + r"|" + _STREET_EN_WORDS + _SP + r"+(?P<number2>" + _HOUSE_NUMBER + r"))"
)
_NUMBER_CONTEXT = re.compile(
    r"(?i:\b(?:" + "|".join(NUMBER_CONTEXT_WORDS) + r")"
    r"(?:" + _SP + r"*(?:nr|no|nummer|number|num|id|#))?\.?" + _SP + r"*[:#]?" + _SP + r"*)$"
)
_CODE_BEFORE = re.compile(r"(?<![\w\-])[A-Z0-9]*[A-Z][A-Z0-9]*[ \-]$")
_UNIT_AFTER = re.compile(r"(?i:" + _SP + r"*(?:" + "|".join(UNIT_WORDS) + r"|%|€)(?!\w))")


def _alternatives(words: tuple[str, ...]) -> str:
    """Return a regex alternation of ``words`` (longest first; spaces match any blank run)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", _SP + "+") for word in ordered)


_NAME_WORD = rf"[{_UP}](?:[{_LOW}]+|'[{_UP}][{_LOW}]+)(?:[\-'][{_UP}]?[{_LOW}]+)*"
_NAME_INITIALS = rf"(?:[{_UP}]\.{_SP}?){{1,4}}"
_NAME_INNER = rf"(?:(?:{_alternatives(NAME_PARTICLES_INNER)}){_SP})"
_NAME = (
    rf"(?:{_NAME_INITIALS}{_NAME_INNER}{{0,3}}"
    rf"|(?:{_alternatives(NAME_PARTICLES_START)}){_SP}{_NAME_INNER}{{0,2}})?{_NAME_WORD}"
    rf"(?:{_SP}{_NAME_INNER}{{0,3}}{_NAME_WORD}){{0,3}}"
)
_NAME_AFTER_CUE = re.compile(
    r"(?<!\w)(?:"
    rf"(?i:{_alternatives(NAME_CUES)})(?:{_SP}*:)?{_SP}+"
    rf"|(?i:{_alternatives(NAME_LABEL_CUES)}){_SP}*:{_SP}*"
    rf"|(?:{_alternatives(NAME_TITLE_CUES)}){_SP}+"
    rf")(?P<name>{_NAME})"
)
_NAME_TOKEN = re.compile(r"\S+")
_NAME_PARTICLE_SET = frozenset(NAME_PARTICLES_START + NAME_PARTICLES_INNER)
_LOOKALIKES = tuple(re.compile(pattern) for pattern in LOOKALIKE_PATTERNS)
_BLANK = "#"

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------

_STEP_PLACE = re.compile(r"steps\[(\d+)\]\.(\w+)")
_PHASE_PLACE = re.compile(r"phases\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class PersonalDataHit:
    """One piece of personal data in a journey text.

    Attributes:
        place: the field, as in error messages: ``description``, ``phases[1]``,
            ``steps[3].note``, ``steps[0].info_given[2]``.
        step_index: 0-based index of the step, ``None`` for journey fields and phases.
        kind: what was found.
        text: the text found.
        start, end: offsets of ``text`` in that field.
    """

    place: str
    step_index: int | None
    kind: PersonalDataKind
    text: str
    start: int
    end: int

    def where(self, lang: str = "en") -> str:
        """Return the place for people: ``Step 4, note`` or ``Stap 4, notitie``."""
        nl = lang == "nl"
        step = _STEP_PLACE.match(self.place)
        if step:
            field = FIELD_LABELS.get(f"step.{step.group(2)}", (step.group(2), step.group(2)))
            return f"{FIELD_LABELS['step'][nl]} {int(step.group(1)) + 1}, {field[nl]}"
        phase = _PHASE_PLACE.match(self.place)
        if phase:
            return f"{FIELD_LABELS['phases'][nl]} {int(phase.group(1)) + 1}"
        return FIELD_LABELS.get(self.place, (self.place, self.place))[nl]

    def describe(self, lang: str = "en") -> str:
        """Return a short line for people: ``Step 4, note: phone number '06-12345678'``."""
        return f"{self.where(lang)}: {KIND_TEXTS[self.kind].label(lang)} '{self.text}'"


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: PersonalDataKind


# ---------------------------------------------------------------------------------------------
# Detectors: each yields (start, end) of its kind. ``plain`` is the text, ``blank`` the same text
# with dates and amounts blanked out (same length, so offsets agree).
# ---------------------------------------------------------------------------------------------

def _find_emails(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for match in _EMAIL.finditer(plain):
        local, _, domain = match.group().partition("@")
        top = domain.rsplit(".", 1)[-1]
        if local.strip(".") == local and top.isalpha() and len(top) >= 2:
            yield match.span()


def iban_is_valid(text: str) -> bool:
    """Return whether ``text`` (spaces allowed) is an IBAN: known country, length and mod-97."""
    compact = text.replace(" ", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not (
            compact.isascii() and compact.isalnum()):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _find_ibans(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    pos = 0
    while match := _IBAN.search(blank, pos):
        candidate = match.group()
        length = IBAN_LENGTHS.get(candidate[:2].upper())
        end = _nth_alnum_end(candidate, length) if length else None
        if end is not None and (end == len(candidate) or candidate[end] == " ") \
                and iban_is_valid(candidate[:end]):
            yield match.start(), match.start() + end
            pos = match.start() + end
        else:
            pos = match.start() + 1


def _nth_alnum_end(text: str, count: int) -> int | None:
    """Return the offset just after the ``count``-th letter or digit of ``text``."""
    seen = 0
    for index, char in enumerate(text):
        if char.isalnum():
            seen += 1
            if seen == count:
                return index + 1
    return None


def bsn_is_valid(digits: str) -> bool:
    """Return whether nine ``digits`` pass the elfproef (and are not all zeros)."""
    if len(digits) != 9 or not (digits.isascii() and digits.isdigit()) or not digits.strip("0"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _number_context(text: str, start: int) -> bool:
    """Return whether the number at ``start`` follows an order/type/reference word."""
    return bool(_NUMBER_CONTEXT.search(text[max(0, start - 40):start]))


def _find_bsns(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for match in _BSN.finditer(blank):
        digits = re.sub(r"\D", "", match.group())
        if bsn_is_valid(digits) and not _number_context(plain, match.start()):
            yield match.span()


def _dutch_phone_ok(national: str, groups: list[str]) -> bool:
    """Check a Dutch number: ten digits, an area code (06, 0xx, 0xxx), no subscriber zero."""
    if len(national) != 10 or national[0] != "0" or national[1] == "0":
        return False
    if national[1] == "6" and national[2] == "0":
        return False
    if len(groups) > 1 and not 2 <= len(groups[0]) <= 4:
        return False
    return all(len(group) >= 2 for group in groups[1:])


def _phone_ok(text: str) -> bool:
    """Return whether ``text`` (a run of digit groups) is one phone number."""
    body = text.replace("(0)", " ")
    groups = re.findall(r"\d+", body)
    digits = "".join(groups)
    if body.startswith("+"):
        prefix = ""
    elif digits.startswith("00"):
        if not (digits.startswith("0031") or (len(groups) > 1 and 3 <= len(groups[0]) <= 5)):
            return False
        prefix = "00"
    else:
        return _dutch_phone_ok(digits, groups)
    international = digits[len(prefix):]
    if not international.startswith("31"):
        return (8 if not prefix else 10) <= len(international) <= 15
    # A Dutch number written internationally: +31 6 12345678, 0031 20 1234567, +31 (0)20 ...
    rest = groups[0][len(prefix) + 2:]
    national_groups = ([rest] if rest else []) + groups[1:]
    if not national_groups:
        return False
    national_groups[0] = "0" + national_groups[0]
    return _dutch_phone_ok("".join(national_groups), national_groups)


# Bounds on the characters of the digit groups of a phone number (a "+" or "(0)" included).
_PHONE_MIN_CHARS, _PHONE_MAX_CHARS = 8, 20


def _find_phones(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for run in _PHONE_RUN.finditer(blank):
        base = run.start()
        parts = [m.span() for m in re.finditer(r"\+?\(?\d+\)?", run.group())]
        digits = [0]
        for part_start, part_end in parts:
            digits.append(digits[-1] + part_end - part_start)
        # A number may start at the run's start or after a space; try the longest ending first.
        starts = [i for i, (s, _) in enumerate(parts) if i == 0 or run.group()[s - 1] == " "]
        first = 0
        for i in starts:
            if i < first:
                continue
            for j in range(len(parts), i, -1):
                if not _PHONE_MIN_CHARS <= digits[j] - digits[i] <= _PHONE_MAX_CHARS:
                    continue
                start, end = base + parts[i][0], base + parts[j - 1][1]
                if _phone_ok(blank[start:end]) and _ends_cleanly(blank, end) \
                        and not _number_context(plain, start):
                    yield start, end
                    first = j
                    break


def _ends_cleanly(text: str, end: int) -> bool:
    """Return whether a number ending at ``end`` is not glued to more letters or digits."""
    after = text[end:end + 2]
    if not after:
        return True
    if after[0].isalnum() or after[0] == "_":
        return False
    return not (after[0] in "-.,/" and after[1:2].isdigit())


def _followed_by_unit(text: str, end: int) -> bool:
    return bool(_UNIT_AFTER.match(text, end))


def _find_postcodes(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for match in _POSTCODE.finditer(blank):
        if match.group("letters") in POSTCODE_NON_LETTERS:
            continue
        before = plain[max(0, match.start() - 12):match.start()]
        if _CODE_BEFORE.search(before) or _number_context(plain, match.start()):
            continue  # a model or type number such as "EX 1234 AB"
        end = match.end()
        if match.group("number") and _followed_by_unit(plain, end):
            end = match.start("number")
            end = len(plain[:end].rstrip())
        yield match.start(), end


def _find_streets(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for match in _STREET_NL.finditer(blank):
        if fold(match.group("street")) in STREET_FALSE_FRIENDS:
            continue
        if not _followed_by_unit(plain, match.end()):
            yield match.span()
    for match in _STREET_EN.finditer(blank):
        if not _followed_by_unit(plain, match.end()):
            yield match.span()


def _is_stop_word(word: str) -> bool:
    return fold(word) in NAME_STOP_WORDS or resolve_channel(word) is not None


def _find_names(plain: str, blank: str) -> Iterator[tuple[int, int]]:
    for match in _NAME_AFTER_CUE.finditer(plain):
        base = match.start("name")
        end = None
        has_word = False
        for token in _NAME_TOKEN.finditer(match.group("name")):
            word = token.group()
            if word in _NAME_PARTICLE_SET or word.endswith("."):
                continue
            if _is_stop_word(word):
                break
            has_word = True
            end = base + token.end()
        if has_word and end is not None:
            yield base, end


#: Detectors in priority order: where two overlap, the earlier one wins.
_DETECTORS: tuple[tuple[PersonalDataKind, Callable[[str, str], Iterator[tuple[int, int]]]], ...] = (
    (PersonalDataKind.EMAIL, _find_emails),
    (PersonalDataKind.IBAN, _find_ibans),
    (PersonalDataKind.PHONE, _find_phones),
    (PersonalDataKind.BSN, _find_bsns),
    (PersonalDataKind.POSTCODE, _find_streets),
    (PersonalDataKind.POSTCODE, _find_postcodes),
    (PersonalDataKind.NAME, _find_names),
)
_ADDRESS_GLUE = re.compile(r"[ ,\t\u00a0]*")


def _blank_lookalikes(text: str) -> str:
    """Return ``text`` with dates and amounts replaced by ``#`` (same length)."""
    for pattern in _LOOKALIKES:
        text = pattern.sub(lambda match: _BLANK * len(match.group()), text)
    return text


def _scan(text: str) -> list[_Span]:
    """Return the personal data in ``text`` as sorted, non-overlapping spans."""
    if not text:
        return []
    blank = _blank_lookalikes(text)
    starts: list[int] = []
    spans: list[_Span] = []
    for kind, detect in _DETECTORS:
        for start, end in detect(text, blank):
            at = bisect.bisect_left(starts, start)
            if (at > 0 and spans[at - 1].end > start) or (at < len(spans)
                                                          and spans[at].start < end):
                continue
            starts.insert(at, start)
            spans.insert(at, _Span(start, end, kind))
    return _join_addresses(text, spans)


def _join_addresses(text: str, spans: list[_Span]) -> list[_Span]:
    """Join a street and its postcode (``Kerkstraat 12, 1234 AB``) into one address."""
    joined: list[_Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (last and last.kind == span.kind == PersonalDataKind.POSTCODE
                and _ADDRESS_GLUE.fullmatch(text, last.end, span.start)):
            joined[-1] = _Span(last.start, span.end, span.kind)
        else:
            joined.append(span)
    return joined


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

def find_in_text(text: str, place: str = "", step_index: int | None = None,
                 ) -> list[PersonalDataHit]:
    """Return the personal data in one ``text``, in reading order (for an editor to highlight)."""
    return [PersonalDataHit(place, step_index, span.kind, text[span.start:span.end], span.start,
                            span.end) for span in _scan(text)]


def _journey_texts(journey: Journey) -> Iterator[tuple[str, int | None, str]]:
    """Yield ``(place, step_index, text)`` for every text a person typed in ``journey``."""
    for field in JOURNEY_TEXT_FIELDS:
        value = getattr(journey, field)
        if value:
            yield field, None, value
    for index, phase in enumerate(journey.phases):
        yield f"phases[{index}]", None, phase
    for index, step in enumerate(journey.steps):
        for field in STEP_TEXT_FIELDS:
            value = getattr(step, field)
            if value:
                yield f"steps[{index}].{field}", index, value
        for item_index, item in enumerate(step.info_given):
            yield f"steps[{index}].info_given[{item_index}]", index, item


def find_personal_data(journey: Journey) -> list[PersonalDataHit]:
    """Return every piece of personal data in the texts of ``journey``.

    Journey fields come first, then the phases, then the steps in order. The step's ``phase``
    field is not scanned on its own: it repeats one of ``phases``.
    """
    return [hit for place, step_index, text in _journey_texts(journey)
            for hit in find_in_text(text, place, step_index)]


def redact_text(text: str, lang: str = "en") -> str:
    """Return ``text`` with every piece of personal data replaced by its mask in ``lang``."""
    spans = _scan(text)
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces += [text[position:span.start], KIND_TEXTS[span.kind].mask(lang)]
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def _fit_title(text: str) -> str:
    """Keep a redacted title within the format's length (a mask may be longer than the data)."""
    return text if len(text) <= MAX_TITLE_LENGTH else text[:MAX_TITLE_LENGTH - 1] + "…"


def _unique(names: list[str]) -> tuple[str, ...]:
    """Number repeated phase names (two phases may redact to the same text)."""
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        candidate, count = name, 1
        while candidate in seen:
            count += 1
            candidate = f"{name} ({count})"
        seen.add(candidate)
        result.append(candidate)
    return tuple(result)


def redact_journey(journey: Journey, lang: str | None = None) -> Journey:
    """Return a copy of ``journey`` with all personal data masked; the rest stays the same.

    Masks are written in ``lang`` (default: the journey's language). Phase names are redacted
    together with the steps' ``phase`` so they keep matching; redacting twice changes nothing.
    """
    language = lang or journey.language

    def redact(value: str) -> str:
        return redact_text(value, language)

    fields = {field: redact(value) for field in JOURNEY_TEXT_FIELDS
              if (value := getattr(journey, field))}
    if "title" in fields:
        fields["title"] = _fit_title(fields["title"])
    phases = _unique([redact(phase) for phase in journey.phases])
    renamed = dict(zip(journey.phases, phases, strict=True))

    def redact_step(step: Step) -> Step:
        return replace(
            step,
            title=_fit_title(redact(step.title)),
            note=redact(step.note) if step.note else step.note,
            info_given=tuple(redact(item) for item in step.info_given),
            phase=renamed.get(step.phase, redact(step.phase)) if step.phase else step.phase,
        )

    return journey.with_changes(**fields, phases=phases,
                                steps=tuple(redact_step(step) for step in journey.steps))
