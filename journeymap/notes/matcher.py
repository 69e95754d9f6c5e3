"""Find a catalogue's words in sentences: slots, cues, negation, channels, items and durations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from journeymap.notes.catalogue import CHANNEL_SLOT, Catalogue, Cue
from journeymap.notes.text import Sentence, Token, lemma

#: One alternative of a slot: its words, each ``("lemma", word)``, ``("suffix", end)`` or
#: ``("channel", "")``.
Word = tuple[str, str]
Alternative = tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """A compiled slot: its alternatives and, for channel slots, the channel each one names.

    The alternatives are indexed by their first word, so a token is compared only with the
    alternatives that can start there (a slot has dozens; a journey's notes, thousands of
    tokens): the reader runs on every keystroke in the app.
    """

    alternatives: tuple[Alternative, ...]
    channels: tuple[str, ...] = ()  # parallel to alternatives, for ``@channel`` slots
    _by_first: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _suffixed: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[int]] = {}
        suffixed: list[int] = []
        for number, alternative in enumerate(self.alternatives):
            kind, text = alternative[0]
            if kind == "suffix":
                suffixed.append(number)
            else:
                by_first.setdefault(text, []).append(number)
        object.__setattr__(self, "_by_first", {k: tuple(v) for k, v in by_first.items()})
        object.__setattr__(self, "_suffixed", tuple(suffixed))

    def _candidates(self, token: Token) -> list[int]:
        """Return the alternatives whose first word may match ``token``, in catalogue order."""
        found = [*self._by_first.get(token.lemma, ()), *self._suffixed]
        if token.lower != token.lemma:
            found += self._by_first.get(token.lower, ())
        return sorted(set(found)) if len(found) > 1 else found

    def matches(self, tokens: tuple[Token, ...], at: int) -> tuple[int, int] | None:
        """Return ``(alternative, length)`` of the longest alternative starting at ``at``."""
        best: tuple[int, int] | None = None
        for number in self._candidates(tokens[at]):
            alternative = self.alternatives[number]
            length = len(alternative)
            if at + length > len(tokens) or (best is not None and length <= best[1]):
                continue
            if all(_word_matches(word, tokens[at + k]) for k, word in enumerate(alternative)):
                best = (number, length)
        return best

    def find(self, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, int]]:
        """Yield ``(start, length, alternative)`` of every match, left to right."""
        by_first, suffixed = self._by_first, self._suffixed
        for at, token in enumerate(tokens):
            if not suffixed and token.lemma not in by_first and token.lower not in by_first:
                continue
            found = self.matches(tokens, at)
            if found is not None:
                yield at, found[1], found[0]


def _word_matches(word: Word, token: Token) -> bool:
    kind, text = word
    if kind == "suffix":
        return token.lemma.endswith(text) or token.lower.endswith(text)
    return token.lemma == text or token.lower == text


@lru_cache(maxsize=4096)
def compile_slot(spec: str, lang: str) -> Slot:
    """Return the slot written ``spec`` (see ``catalogue``), its words lemmatized in ``lang``."""
    alternatives: list[Alternative] = []
    for alternative in spec.split("|"):
        words: list[Word] = []
        for word in alternative.split():
            if word.startswith("~"):
                words.append(("suffix", word[1:].lower()))
            else:
                words.append(("lemma", lemma(word, lang)))
        if words:
            alternatives.append(tuple(words))
    return Slot(tuple(alternatives))


def channel_slot(catalogue: Catalogue) -> Slot:
    """Return one slot of every channel word of ``catalogue``, knowing each one's channel."""
    return _channel_slot(tuple(catalogue.channels.items()), catalogue.lang)


@lru_cache(maxsize=8)
def _channel_slot(channel_words: tuple[tuple[str, str], ...], lang: str) -> Slot:
    alternatives: list[Alternative] = []
    channels: list[str] = []
    for channel_id, spec in channel_words:
        slot = compile_slot(spec, lang)
        alternatives += slot.alternatives
        channels += [channel_id] * len(slot.alternatives)
    return Slot(tuple(alternatives), tuple(channels))


@dataclass(frozen=True, slots=True)
class CueMatch:
    """Where a cue matched: its sentence, the words it rests on and the value it gives."""

    cue: Cue
    sentence: Sentence
    first: int  # index of the first matched token
    last: int  # index of the last matched token
    value: object

    @property
    def quote(self) -> str:
        """Return the comma segments of the sentence that hold the matched words, verbatim."""
        tokens = self.sentence.tokens
        segments = [tokens[self.first].segment, tokens[self.last].segment]
        return self.sentence.quote(min(segments), max(segments))


def match_cue(cue: Cue, sentence: Sentence, catalogue: Catalogue) -> CueMatch | None:
    """Return the first match of ``cue`` in ``sentence``, or ``None``."""
    if sentence.question:
        return None
    tokens = sentence.tokens
    slots = [channel_slot(catalogue) if spec == CHANNEL_SLOT else compile_slot(spec, catalogue.lang)
             for spec in cue.slots]
    found = [list(slot.find(tokens)) for slot in slots]
    if not all(found):
        return None
    if cue.unless and any(True for _ in compile_slot(cue.unless, catalogue.lang).find(tokens)):
        return None
    for anchor in found[0]:
        if cue.at_start and anchor[0] > 1:
            break
        chosen = [anchor]
        for others in found[1:]:
            if cue.ordered:
                after = [m for m in others if m[0] > chosen[-1][0]]
                if not after:
                    break
                others = after
            start = anchor[0]
            nearest = min(others, key=lambda match: abs(match[0] - start))
            chosen.append(nearest)
        if len(chosen) < len(found):
            continue
        first = min(m[0] for m in chosen)
        last = max(m[0] + m[1] - 1 for m in chosen)
        if last - first + 1 > cue.window:
            continue
        if not _negation_fits(cue, tokens, chosen):
            continue
        value: object = cue.value
        for spec, match, slot in zip(cue.slots, chosen, slots, strict=True):
            if spec == CHANNEL_SLOT:
                value = slot.channels[match[2]]
        return CueMatch(cue, sentence, first, last, value)
    return None


def _negation_fits(cue: Cue, tokens: tuple[Token, ...],
                   chosen: list[tuple[int, int, int]]) -> bool:
    """Return whether the negation around the matched words is as the cue wants it."""
    if cue.negated is None:
        return True
    matched = {at + k for at, length, _ in chosen for k in range(length)}
    segments = {tokens[i].segment for i in matched}
    negated = any(t.negation and i not in matched
                  for i, t in enumerate(tokens) if t.segment in segments)
    return negated if cue.negated else not negated


@dataclass(frozen=True, slots=True)
class ItemMention:
    """A piece of information named in a sentence: its canonical name and where."""

    name: str
    sentence: Sentence
    start: int
    end: int  # token index after the last word


def find_items(sentence: Sentence, catalogue: Catalogue) -> list[ItemMention]:
    """Return the information items named in ``sentence``, longest names first, no overlaps."""
    mentions: list[ItemMention] = []
    taken: set[int] = set()
    candidates: list[tuple[int, int, str]] = []
    for name, spec in catalogue.items.items():
        for start, length, _ in compile_slot(spec, catalogue.lang).find(sentence.tokens):
            candidates.append((start, length, name))
    for start, length, name in sorted(candidates, key=lambda c: (-c[1], c[0])):
        span = set(range(start, start + length))
        if span & taken:
            continue
        negated = any(t.negation for t in sentence.tokens[max(0, start - 2):start])
        if negated:
            continue  # "no account number needed" names nothing given
        taken |= span
        token = sentence.tokens[start]
        canonical = name if not name.startswith("~") else token.lemma
        mentions.append(ItemMention(canonical, sentence, start, start + length))
    return sorted(mentions, key=lambda m: m.start)


@dataclass(frozen=True, slots=True)
class Duration:
    """A stretch of time named in a sentence, in minutes, and the tokens naming it."""

    minutes: float
    sentence: Sentence
    start: int
    end: int  # token index after the unit


def _number(token: Token, numbers: Mapping[str, float]) -> float | None:
    text = token.lower.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return numbers.get(token.lower, numbers.get(token.lemma))


def find_durations(sentence: Sentence, catalogue: Catalogue) -> list[Duration]:
    """Return the durations in ``sentence``: a number (word or digits) and a time unit.

    "25 minuten", "an hour" (the article counts as one), "half an hour", "anderhalf uur",
    "een kwartier". A unit without a number names no duration.
    """
    tokens = sentence.tokens
    found: list[Duration] = []
    for index, token in enumerate(tokens):
        unit = catalogue.units.get(token.lemma, catalogue.units.get(token.lower))
        if unit is None or index == 0:
            continue
        start = index - 1
        amount = _number(tokens[start], catalogue.numbers)
        if amount is None:
            continue
        # "half an hour", "een half uur": the half takes the article with it.
        if start >= 1 and tokens[start - 1].lower in ("half",) and amount == 1:
            amount, start = 0.5, start - 1
        elif start >= 1 and tokens[start].lower == "half" and \
                _number(tokens[start - 1], catalogue.numbers) == 1:
            start -= 1
        found.append(Duration(amount * unit, sentence, start, index + 1))
    return found


def slot_at(spec: str, catalogue: Catalogue, tokens: tuple[Token, ...],
            start: int, end: int) -> bool:
    """Return whether a word of slot ``spec`` lies within tokens ``start``..``end`` (exclusive)."""
    slot = compile_slot(spec, catalogue.lang)
    return any(start <= at and at + length <= end for at, length, _ in slot.find(tokens))
