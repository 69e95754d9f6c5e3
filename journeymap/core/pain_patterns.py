"""The catalogue of pain patterns: what hurt the customer in a step, recognised in its own words.

Each pattern lists phrases in Dutch and English. A phrase is words separated by spaces; a word
ending in ``*`` matches every word that starts with it (``verplicht*``: verplicht, verplichte),
any other word matches only itself. Matching ignores case and accents. A pattern with several
groups needs a phrase of every group (an error *and* a referral). Patterns are tried in order and
the first that matches names the pain point; the contract is in ``docs/pain-points.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
        "price", "prices", "cost", "costs", "fee", "fees", "charge*", "expensive", "call out",
        "callout", "rate", "tariff", "prijs", "prijzen", "kosten", "tarief", "starttarief",
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
_COMPILED: tuple[tuple[str, tuple[tuple[Phrase, ...], ...]], ...] = tuple(
    (pattern.id, pattern.compiled()) for pattern in PAIN_PATTERNS)


@dataclass(frozen=True, slots=True)
class PainMatch:
    """The pattern a step's words match, and those words as the step has them."""

    pattern: str
    quote: str


def match_pain(texts: Sequence[str]) -> PainMatch | None:
    """Return the pattern that ``texts`` (a step's title, then its note) tell of, or ``None``.

    Of the patterns that match, the first whose words are found in the first text (the title,
    the designer's own summary) wins; failing that, the first that matches at all. The quote is
    the words of the pattern's first group, verbatim from the text they were found in.
    """
    tokenised = [_tokens(text) for text in texts if text]
    fallback: PainMatch | None = None
    for pattern_id, groups in _COMPILED:
        found = [_find(group, tokenised) for group in groups]
        first = found[0]
        if first is None or None in found:
            continue
        quote, text_index = first
        if text_index == 0:
            return PainMatch(pattern_id, quote)
        fallback = fallback or PainMatch(pattern_id, quote)
    return fallback


def _tokens(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Return ``text`` and its words, folded, with their spans."""
    return text, [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def _find(group: tuple[Phrase, ...],
          tokenised: list[tuple[str, list[tuple[str, int, int]]]]) -> tuple[str, int] | None:
    """Return the verbatim words of the first phrase of ``group`` found, and in which text."""
    for text_index, (text, words) in enumerate(tokenised):
        for phrase in group:
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if all(_word_matches(phrase[i], words[start + i][0]) for i in range(size)):
                    return text[words[start][1]:words[start + size - 1][2]], text_index
    return None


def _word_matches(wanted: str, word: str) -> bool:
    """Return whether ``word`` is ``wanted``, or starts with it when ``wanted`` ends in ``*``."""
    if wanted.endswith("*"):
        return word.startswith(wanted[:-1])
    return word == wanted
