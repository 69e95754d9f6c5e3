"""The catalogue of pain patterns: what hurt the customer in a step, recognised in its own words.

Each pattern lists phrases in Dutch and English. A phrase is words separated by spaces; a word
ending in ``*`` matches every word that starts with it (``verplicht*``: verplicht, verplichte),
any other word matches only itself. Matching ignores case and accents. A pattern with several
groups needs a phrase of every group (an error *and* a referral). Patterns are tried in order and
the first that matches names the pain point; the contract is in ``docs/pain-points.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from journeymap.core.channels import fold

#: Words of one phrase, each an exact word or a prefix ending in ``*``.
Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PainPattern:
    """One kind of pain, with the phrases (in both languages) that tell of it.

    Attributes:
        id: stable id; the texts of the pattern are ``pain-point/<id>``.
        groups: every group must match one of its phrases; phrases as written (see module doc).
    """

    id: str
    groups: tuple[tuple[str, ...], ...]

    def compiled(self) -> tuple[tuple[Phrase, ...], ...]:
        """Return the groups as folded word tuples."""
        return tuple(tuple(tuple(_PHRASE_WORD.findall(fold(phrase))) for phrase in group)
                     for group in self.groups)


_ERROR = ("error*", "foutmelding*", "foutpagina*", "een fout op", "went wrong", "ging mis",
          "something wrong", "er is iets misgegaan")
_ELSEWHERE = ("call*", "phone*", "contact us", "contact centre", "contact center", "try again",
              "try later", "bel", "bellen", "neem contact", "contactcenter", "probeer het later",
              "probeer het opnieuw", "to email", "to e mail", "te mailen", "naar de chat",
              "the chat", "naar de website", "the website", "link to", "link naar", "says to",
              "points to", "verwijst", "verwees")

PAIN_PATTERNS: tuple[PainPattern, ...] = (
    PainPattern("forced-account", ((
        "create an account", "make an account", "account first", "without an account",
        "an account before", "sign up", "signing up", "register first", "log in first",
        "account aanmaken", "account aan te maken", "eerst een account", "zonder account",
        "geen account", "profiel aanmaken", "eerst registreren", "eerst inloggen",
        "verplicht* account", "verplicht* inloggen", "moet inloggen", "must log in",
    ),)),
    PainPattern("story-too-long", ((
        "characters", "character limit", "text field", "text box", "no room", "too little room",
        "not enough room", "too short", "tekens", "tekstveld", "invulveld", "geen ruimte",
        "te weinig ruimte", "te kort", "niet kwijt", "geen plek voor",
    ),)),
    PainPattern("error-sends-elsewhere", (_ERROR, _ELSEWHERE)),
    PainPattern("sent-elsewhere", ((
        "says to", "said to", "points to", "pointed to", "suggests the", "sent me to",
        "sends me to", "referred", "refers", "has to phone", "has to call", "verwees",
        "verwijst", "doorverwezen", "stuurt me naar", "stuurde me naar", "moet nu bellen",
        "noemt alleen", "kan niet online",
    ),)),
    PainPattern("technical-error", (_ERROR + (
        "hangs", "hanging", "froze", "freezes", "frozen", "crash*", "stuck", "does not load",
        "doesn't load", "not loading", "timed out", "time out", "stopped working",
        "no longer responds", "blijft hangen", "site hangt", "pagina hangt", "app hangt",
        "loopt vast", "vastgelopen", "vastloopt",
        "laadt niet", "reageert niet meer", "werkt niet", "doet het niet", "storing op de site",
    ),)),
    PainPattern("surprising-cost", ((
        "price", "prices", "cost", "costs", "fee", "fees", "charge*", "expensive", "rate",
        "tariff", "prijs", "prijzen", "kosten", "tarief", "starttarief",
        "voorrijkosten", "duur", "dure", "betalen", "toeslag",
    ),)),
    PainPattern("long-wait-for-appointment", ((
        "weeks", "not until", "earliest", "first available", "first slot", "next month",
        "pas over", "pas na", "weken", "eerste plek", "eerst mogelijke", "volgende maand",
    ),)),
    PainPattern("on-hold", ((
        "on hold", "queue", "busy", "lines busy", "waiting music", "in de wacht", "wachtrij",
        "bezet", "drukker dan normaal", "lang wachten", "wachttijd",
    ),)),
    PainPattern("promise-not-kept", ((
        "never called", "nobody called", "no one called", "did not call", "didn't call",
        "never came", "no reply", "no answer", "heard nothing", "niemand belde",
        "niemand terugbelde", "niet teruggebeld", "niet gekomen", "niets gehoord",
        "geen antwoord", "geen reactie", "u hoort ervan", "geen termijn",
    ),)),
    PainPattern("unexplained-recognition", ((
        "recognis*", "recogniz*", "knew my", "knows my", "sees my address", "saw my address",
        "herken*", "ziet het adres", "ziet zijn adres", "ziet mijn adres", "wist mijn",
    ),)),
    PainPattern("told-again", ((
        "again", "third time", "start over", "from zero", "from scratch", "repeat*", "opnieuw",
        "nog eens", "nogmaals", "derde keer", "bij nul", "herhal*",
    ),)),
    PainPattern("no-explanation", ((
        "no explanation", "without explanation", "no reason", "unclear why", "does not say why",
        "doesn't say why", "cannot explain", "can't explain", "zonder uitleg", "geen uitleg",
        "staat niet waarom", "staat er niet", "onduidelijk waarom", "niet uitleggen",
        "niet uit te leggen",
    ),)),
)

_WORD = re.compile(r"\w+")
_PHRASE_WORD = re.compile(r"\w+\*?")


class _Entry(NamedTuple):
    """One phrase of the catalogue, indexed by its first word."""

    pattern: int  # position of the pattern in ``PAIN_PATTERNS``
    group: int  # position of the group in the pattern
    rest: Phrase  # the words after the first


#: Prefix words (``verplicht*``) are looked up by their first letters, this many.
_STEM = 3


def _index() -> tuple[dict[str, list[_Entry]], dict[str, list[tuple[str, list[_Entry]]]]]:
    """Return the phrases by exact first word, and by the first letters of a first-word prefix.

    Both are dictionaries, so a word costs two look-ups however long the catalogue grows.
    """
    exact: dict[str, list[_Entry]] = {}
    prefixes: dict[str, list[_Entry]] = {}
    for position, pattern in enumerate(PAIN_PATTERNS):
        for group_position, group in enumerate(pattern.compiled()):
            for words in group:
                first, *rest = words
                table, key = (prefixes, first[:-1]) if first.endswith("*") else (exact, first)
                table.setdefault(key, []).append(_Entry(position, group_position, tuple(rest)))
    stems: dict[str, list[tuple[str, list[_Entry]]]] = {}
    for prefix, entries in prefixes.items():
        if len(prefix) < _STEM:
            raise ValueError(f"pain pattern prefix {prefix!r}* is shorter than {_STEM} letters")
        stems.setdefault(prefix[:_STEM], []).append((prefix, entries))
    return exact, stems


_EXACT, _STEMS = _index()

#: The first letters of every prefix word, to test a text's words against in one go.
_STEM_KEYS = frozenset(_STEMS)


@dataclass(frozen=True, slots=True)
class PainMatch:
    """The pattern a step's words match, and those words as the step has them."""

    pattern: str
    quote: str


def match_pain(texts: tuple[str, ...]) -> PainMatch | None:
    """Return the pattern that ``texts`` (a step's title, then its note) tell of, or ``None``.

    Of the patterns that match, the first whose words are found in the first text (the title,
    the designer's own summary) wins; failing that, the first that matches at all. The quote is
    the words of the pattern's first group, verbatim from the text they were found first in.
    Every text is read once: each word looks up the phrases that start with it.
    """
    found: dict[tuple[int, int], tuple[int, str]] = {}  # (pattern, group) -> (text, quote)
    for text_index, text in enumerate(texts):
        if text:
            _scan(text_index, text, found)
    if not found:
        return None
    fallback: PainMatch | None = None
    for position, pattern in enumerate(PAIN_PATTERNS):
        places = [found.get((position, group)) for group in range(len(pattern.groups))]
        first = places[0]
        if first is None or None in places:
            continue
        text_index, quote = first
        if text_index == 0:
            return PainMatch(pattern.id, quote)
        fallback = fallback or PainMatch(pattern.id, quote)
    return fallback


def _scan(text_index: int, text: str, found: dict[tuple[int, int], tuple[int, str]]) -> None:
    """Record in ``found`` every (pattern, group) with a phrase in ``text``, first place kept."""
    ascii_only = text.isascii()  # the common case: folding keeps every position
    folded = text.lower() if ascii_only else text
    if ascii_only:
        words = _WORD.findall(folded)
        # Most texts tell of no pain: let them pass before any word is looked at one by one.
        if _EXACT.keys().isdisjoint(words) and _STEM_KEYS.isdisjoint(w[:_STEM] for w in words):
            return
    spans: list[tuple[int, int]] | None = None  # each word's place, for quoting
    if not ascii_only:
        spans = [m.span() for m in _WORD.finditer(folded)]
        words = [fold(text[start:end]) for start, end in spans]
    for position, word in enumerate(words):
        entries = _EXACT.get(word)
        stemmed = _STEMS.get(word[:_STEM])
        if stemmed is not None:
            entries = [*(entries or ()), *(entry for prefix, more in stemmed
                                           if word.startswith(prefix) for entry in more)]
        if not entries:  # most words start no phrase
            continue
        for entry in entries:
            key = (entry.pattern, entry.group)
            if key in found:
                continue
            rest = entry.rest
            end = position + len(rest)
            if end < len(words) and all(_word_matches(wanted, words[position + 1 + i])
                                        for i, wanted in enumerate(rest)):
                if spans is None:  # found only now: most texts quote nothing
                    spans = [m.span() for m in _WORD.finditer(folded)]
                found[key] = (text_index, text[spans[position][0]:spans[end][1]])


def _word_matches(wanted: str, word: str) -> bool:
    """Return whether ``word`` is ``wanted``, or starts with it when ``wanted`` ends in ``*``."""
    if wanted.endswith("*"):
        return word.startswith(wanted[:-1])
    return word == wanted
