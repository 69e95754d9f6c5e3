"""Words of a step's title or note: tokens with their lemma, sentences and comma segments.

Word forms come from simplemma, a dictionary lemmatizer for Dutch and English ("kreeg" ->
"krijgen", "zag" -> "zien", "gave" -> "give"): one catalogue entry then matches every form of
its word. Lemmas are cached per word, so re-reading a journey after an edit costs little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

_WORD = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
#: Sentence ends; a colon or semicolon starts a new sentence too ("Foutmelding: probeer ...").
_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)|\n+|[()\[\]]")
#: Within a sentence, a comma or a dash between spaces separates segments (negation scope).
_SEGMENT_BREAK = re.compile(r",|\s[–—-]\s")

#: Words that negate their segment, per language (contracted English forms are found apart).
NEGATIONS: dict[str, frozenset[str]] = {
    "nl": frozenset({"niet", "geen", "niets", "niks", "nooit", "niemand", "nergens"}),
    "en": frozenset({"not", "no", "none", "nothing", "never", "nobody", "nowhere", "cannot",
                     "neither", "nor", "without"}),
}
_CONTRACTED = ("n't", "n’t")
#: Lemmas of contracted negations whose stem is not a word ("can't" -> "can").
_CONTRACTED_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "be"}


@dataclass(frozen=True, slots=True)
class Token:
    """One word as written, with its lemma and place.

    Attributes:
        text: the word as written.
        lower: the word in lower case.
        lemma: its dictionary form in lower case (the word itself when unknown).
        start: offset of its first character in the text.
        end: offset after its last character.
        segment: the comma segment of its sentence (0, 1, ...).
        negation: whether it negates (``niet``, ``geen``, ``not``, ``didn't`` ...).
    """

    text: str
    lower: str
    lemma: str
    start: int
    end: int
    segment: int
    negation: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a title or note.

    Attributes:
        text: the whole title or note the sentence belongs to.
        start: offset of the sentence in ``text``.
        end: offset after the sentence.
        tokens: its words.
        question: whether it ends in a question mark (questions propose nothing).
    """

    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    question: bool

    def quote(self, first: int = 0, last: int | None = None) -> str:
        """Return the words of segments ``first``..``last`` verbatim (the whole sentence)."""
        tokens = [t for t in self.tokens
                  if t.segment >= first and (last is None or t.segment <= last)]
        if not tokens:
            return ""
        return self.text[tokens[0].start:tokens[-1].end]


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """Return the lemma of ``word`` (lower case) in ``lang``; compounds' parts are joined."""
    lower = word.lower()
    if lower.isdigit():
        return lower
    found = simplemma.lemmatize(lower, lang=lang).lower()
    return found.replace("_", "")


def _token(match: re.Match[str], segment: int, lang: str) -> Token:
    text = match.group(0)
    lower = text.lower()
    negation = lower in NEGATIONS[lang]
    stem = lower
    for ending in _CONTRACTED:
        if lang == "en" and lower.endswith(ending):
            negation = True
            stem = lower[:-len(ending)]
            stem = _CONTRACTED_STEMS.get(stem, stem)
    if lang == "en" and lower == "cannot":
        stem = "can"
    return Token(text, lower, lemma(stem, lang), match.start(), match.end(), segment, negation)


@lru_cache(maxsize=16384)
def sentences(text: str, lang: str) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` with their tokens (``lang``: ``"nl"`` or ``"en"``)."""
    found: list[Sentence] = []
    start = 0
    for end_match in (*_SENTENCE_END.finditer(text), None):
        end = len(text) if end_match is None else end_match.start()
        if end > start:
            piece = text[start:end]
            breaks = [m.start() + start for m in _SEGMENT_BREAK.finditer(piece)]
            tokens: list[Token] = []
            for match in _WORD.finditer(text, start, end):
                segment = sum(1 for b in breaks if b < match.start())
                tokens.append(_token(match, segment, lang))
            if tokens:
                question = end_match is not None and "?" in end_match.group(0)
                found.append(Sentence(text, tokens[0].start, tokens[-1].end, tuple(tokens),
                                      question))
        if end_match is not None:
            start = end_match.end()
    return tuple(found)
