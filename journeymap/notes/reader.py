"""The note reader: proposed annotations and pain patterns from step titles and notes.

Every proposal rests on words of the step's own title or note, quoted verbatim. The reader
proposes little rather than much (a wrong proposal costs the designer's trust): a field whose
words disagree ("herkende me", "herkende me niet") gets no proposal, questions propose nothing,
and a negation in the same comma segment cancels a cue that wants none. The contract is
docs/proposals.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from journeymap.core.channels import fold
from journeymap.core.model import Journey, Step
from journeymap.core.proposals import PROPOSABLE_FIELDS, Proposal, ProposalValue, Reading
from journeymap.notes import phrases_en, phrases_nl
from journeymap.notes.catalogue import Catalogue
from journeymap.notes.matcher import (
    CueMatch,
    Duration,
    ItemMention,
    find_durations,
    find_items,
    match_cue,
    slot_at,
)
from journeymap.notes.text import Sentence, sentences

CATALOGUES: dict[str, Catalogue] = {"nl": phrases_nl.CATALOGUE, "en": phrases_en.CATALOGUE}
#: Fields that say something about the steps before (nothing to say on the first step).
_NEED_EARLIER = frozenset({"context_available", "elapsed_days"})
_FIELD_ORDER = {name: position for position, name in enumerate(PROPOSABLE_FIELDS)}
_DAY = 1440.0


def catalogue_for(lang: str) -> Catalogue:
    """Return the phrase catalogue of ``lang`` (English for any other language)."""
    return CATALOGUES.get(lang, CATALOGUES["en"])


def step_sentences(step: Step, lang: str) -> tuple[Sentence, ...]:
    """Return the sentences of the step's title, then of its note."""
    found = sentences(step.title, lang)
    if step.note:
        found += sentences(step.note, lang)
    return found


@dataclass(frozen=True, slots=True)
class _Found:
    field: str
    value: ProposalValue
    quote: str


def read_journey(journey: Journey, lang: str | None = None) -> Reading:
    """Return every proposal and pain pattern the words of ``journey`` name.

    ``lang`` is the language of the journey's texts (default: the journey's own).
    """
    catalogue = catalogue_for(lang or journey.language)
    words = [_read_step(step.title, step.note, step.channel, index == 0, catalogue.lang)
             for index, step in enumerate(journey.steps)]
    proposals: list[tuple[int, Proposal]] = []
    pains: dict[str, tuple[str, ...]] = {}
    for index, step in enumerate(journey.steps):
        for found in words[index].fields:
            proposals.append((index, Proposal(step.id, found.field, found.value, found.quote)))
        if words[index].pains:
            pains[step.id] = words[index].pains
    proposals += _given_again(journey, words)
    proposals.sort(key=lambda pair: (pair[0], _FIELD_ORDER[pair[1].field]))
    return Reading(tuple(proposal for _, proposal in _merged(proposals)), pains)


@dataclass(frozen=True, slots=True)
class _StepWords:
    """What one step's own words say, whatever the steps around it say.

    Read once per text and channel (``_read_step`` keeps them): the app reads the whole journey
    again on every keystroke, and only the step being typed in has new words.

    Attributes:
        fields: one finding per field the words decide.
        pains: the pain patterns the words name.
        named: item name -> its first mention in the words.
        retold: the sentences that say something was given again, with the items each names
            (in order, repeats kept).
    """

    fields: tuple[_Found, ...]
    pains: tuple[str, ...]
    named: Mapping[str, ItemMention]
    retold: tuple[tuple[Sentence, tuple[str, ...]], ...]


@lru_cache(maxsize=4096)
def _read_step(title: str, note: str | None, channel: str, first: bool, lang: str) -> _StepWords:
    """Return what a step's title and note say (``first``: it is the journey's first step)."""
    catalogue = catalogue_for(lang)
    found_in = sentences(title, catalogue.lang)
    if note:
        found_in += sentences(note, catalogue.lang)
    named: dict[str, ItemMention] = {}
    retold: list[tuple[Sentence, tuple[str, ...]]] = []
    retell = [cue for cue in catalogue.cues if cue.field == "retell"]
    for sentence in found_in:
        mentions = find_items(sentence, catalogue)
        for mention in mentions:
            named.setdefault(mention.name, mention)
        if any(match_cue(cue, sentence, catalogue) for cue in retell):
            retold.append((sentence, tuple(m.name for m in mentions)))
    return _StepWords(tuple(_step_fields(channel, first, found_in, catalogue)),
                      _pains(found_in, catalogue), MappingProxyType(named), tuple(retold))


def _step_fields(channel: str, first: bool, found_in: tuple[Sentence, ...],
                 catalogue: Catalogue) -> list[_Found]:
    """Return one finding per field the step's words decide (fields in disagreement dropped)."""
    by_field: dict[str, list[CueMatch]] = {}
    for cue in catalogue.cues:
        if cue.field == "retell" or cue.field.startswith("pain:"):
            continue
        if cue.channels and channel not in cue.channels:
            continue
        if first and cue.field in _NEED_EARLIER:
            continue
        for sentence in found_in:
            match = match_cue(cue, sentence, catalogue)
            if match is None:
                continue
            if cue.field == "referred_to" and match.value == channel:
                continue  # a referral names another channel
            by_field.setdefault(cue.field, []).append(match)
            break
    result: list[_Found] = []
    for name, matches in by_field.items():
        values = {repr(m.value) for m in matches}
        if len(values) > 1 and name != "referred_to":
            continue  # the words disagree: say nothing
        earliest = min(matches, key=lambda m: (found_in.index(m.sentence), m.first))
        result.append(_Found(name, earliest.value, earliest.quote))  # type: ignore[arg-type]
    result += _durations(not first, found_in, catalogue)
    return result


def _durations(later: bool, found_in: tuple[Sentence, ...],
               catalogue: Catalogue) -> list[_Found]:
    """Return a proposed wait and time since the previous step (``later``: there is one)."""
    wait: _Found | None = None
    elapsed: _Found | None = None
    for sentence in found_in:
        if sentence.question:
            continue
        tokens = sentence.tokens
        if later and elapsed is None and slot_at(catalogue.next_day, catalogue, tokens, 0, 4):
            elapsed = _Found("elapsed_days", 1, sentence.quote())
        for duration in find_durations(sentence, catalogue):
            if duration.start and slot_at(catalogue.clock, catalogue, tokens,
                                          duration.start - 1, duration.start):
                continue  # "om acht uur" is a time of day
            kind = _duration_kind(duration, catalogue)
            quote = _duration_quote(duration)
            if kind == "elapsed" and elapsed is None and later:
                elapsed = _Found("elapsed_days", _days(duration.minutes), quote)
            elif kind == "wait" and wait is None:
                wait = _Found("wait_minutes", _whole(duration.minutes), quote)
    return [found for found in (wait, elapsed) if found is not None]


def _duration_kind(duration: Duration, catalogue: Catalogue) -> str:
    """Return ``"elapsed"``, ``"wait"`` or ``""`` for a duration, by the words around it."""
    tokens = duration.sentence.tokens
    segment = tokens[duration.start].segment
    same = [i for i, t in enumerate(tokens) if t.segment == segment]
    seg_start, seg_end = same[0], same[-1] + 1
    days = duration.minutes >= _DAY
    if days and slot_at(catalogue.later, catalogue, tokens, duration.end, duration.end + 2):
        return "elapsed"
    if days and duration.start and slot_at(catalogue.after, catalogue, tokens,
                                           duration.start - 1, duration.start):
        if not slot_at(catalogue.not_elapsed, catalogue, tokens, seg_start, duration.start - 1):
            return "elapsed"
        return ""
    if slot_at(catalogue.waiting, catalogue, tokens, max(seg_start, duration.start - 6),
               min(seg_end, duration.end + 6)):
        return "" if days else "wait"
    if days and slot_at(catalogue.answer, catalogue, tokens, seg_start, seg_end):
        return "wait"
    return ""


def _duration_quote(duration: Duration) -> str:
    """Return the segment that names the duration, verbatim."""
    segment = duration.sentence.tokens[duration.start].segment
    return duration.sentence.quote(segment, segment)


def _days(minutes: float) -> float | int:
    return _whole(minutes / _DAY)


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)


def _pains(found_in: tuple[Sentence, ...], catalogue: Catalogue) -> tuple[str, ...]:
    """Return the pain patterns the step's words name, in catalogue order."""
    names: list[str] = []
    for cue in catalogue.cues:
        if not cue.field.startswith("pain:"):
            continue
        name = cue.field.removeprefix("pain:")
        if name in names:
            continue
        if any(match_cue(cue, sentence, catalogue) is not None for sentence in found_in):
            names.append(name)
    return tuple(names)


def _given_again(journey: Journey, words: list[_StepWords]) -> list[tuple[int, Proposal]]:
    """Return ``info_given`` proposals: items a step gives again, and where they were given.

    A step gives items again when its words say so ("opnieuw doorgeven", "type it again") and
    name items that an earlier step names too (in its words or its ``info_given``). The step
    gets those items; the earlier step that first named an item gets it as well, when it does
    not list it yet, so the analysis sees the same item given twice.
    """
    named = [read.named for read in words]
    given = [{fold(item) for item in step.info_given} for step in journey.steps]
    proposals: list[tuple[int, Proposal]] = []
    for index, read in enumerate(words):
        for sentence, again in read.retold:
            sources: dict[int, list[str]] = {}
            kept: list[str] = []
            for name in dict.fromkeys(again):
                earlier = _first_naming(name, index, named, given, list(again))
                if earlier is None:
                    continue
                kept.append(name)
                if fold(name) not in given[earlier]:
                    sources.setdefault(earlier, []).append(name)
            if not kept:
                continue
            step = journey.steps[index]
            proposals.append((index, Proposal(step.id, "info_given", tuple(kept),
                                              sentence.quote())))
            for earlier, names in sources.items():
                mention = named[earlier][names[0]]
                proposals.append((earlier, Proposal(journey.steps[earlier].id, "info_given",
                                                    tuple(names), mention.sentence.quote())))
            break
    return proposals


def _first_naming(name: str, index: int, named: list[Mapping[str, ItemMention]],
                  given: list[set[str]], together: list[str]) -> int | None:
    """Return the step before ``index`` where the item ``name`` was given.

    Of the earlier steps that name or list it, the one naming most of the items given again
    ``together`` wins (the form where they were all typed, not a passing mention), then the
    first.
    """
    key = fold(name)
    best: tuple[int, int] | None = None
    for earlier in range(index):
        if name in named[earlier] or key in given[earlier]:
            count = sum(1 for item in together
                        if item in named[earlier] or fold(item) in given[earlier])
            if best is None or count > best[0]:
                best = (count, earlier)
    return None if best is None else best[1]


def _merged(proposals: Iterable[tuple[int, Proposal]]) -> list[tuple[int, Proposal]]:
    """Return the proposals with one ``info_given`` proposal per step (items joined)."""
    result: list[tuple[int, Proposal]] = []
    items_at: dict[str, int] = {}
    for index, proposal in proposals:
        if proposal.field != "info_given":
            result.append((index, proposal))
            continue
        position = items_at.get(proposal.step_id)
        if position is None:
            items_at[proposal.step_id] = len(result)
            result.append((index, proposal))
            continue
        kept = result[position][1]
        assert isinstance(kept.value, tuple)
        assert isinstance(proposal.value, tuple)
        items = tuple(dict.fromkeys((*kept.value, *proposal.value)))
        result[position] = (index, Proposal(kept.step_id, kept.field, items, kept.quote))
    return result
