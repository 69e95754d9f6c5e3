"""The shape of a phrase catalogue: cues, item words, channel words, numbers and time units.

One catalogue per language (``phrases_nl``, ``phrases_en``) fills these in; ``matcher`` compiles
them once. A cue lists *slots*: every slot must be found in one sentence, within ``window``
words. A slot is written ``"zien|weten|in de wacht|~gesprek"``: alternatives separated by ``|``,
each one word or several consecutive words, lemmatized like the text (so ``"kreeg"`` in a
catalogue means every form of *krijgen*); ``~gesprek`` matches any word ending in *gesprek*
(Dutch compounds such as *telefoongesprek*); ``@channel`` matches a channel word and gives the
value of a referral.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from journeymap.core.proposals import ProposalValue

CHANNEL_SLOT = "@channel"


@dataclass(frozen=True, slots=True)
class Cue:
    """Words that propose one value for one field.

    Attributes:
        field: the step field proposed (``context_available``, ``outcome`` ...), or ``retell``
            for words that say the customer gave something again (see ``reader``), or
            ``pain:<id>`` for a pain pattern.
        value: the value proposed (ignored for ``@channel`` cues, whose channel is the value).
        slots: the words that must all be found (see the module doc).
        negated: ``True``: a negation must stand in the same comma segment as a slot ("kon het
            niet zien"); ``False``: such a negation cancels the cue ("kon het wél zien" and "zag
            het niet" differ); ``None``: the words carry their own negation ("wist van niets").
        unless: a slot whose words anywhere in the sentence cancel the cue (a promise to call
            back is not a call back).
        window: the most words the matched slots may span.
        channels: the cue counts only on steps on these channels (empty: on every channel).
        at_start: the first slot must be among the first two words of the sentence.
        ordered: the slots must appear in their order ("told me to e-mail", not "everything
            entered online has to be told again").
    """

    field: str
    value: ProposalValue
    slots: tuple[str, ...]
    negated: bool | None = False
    unless: str = ""
    window: int = 8
    channels: tuple[str, ...] = ()
    at_start: bool = False
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every phrase the note reader knows in one language.

    Attributes:
        lang: ``"nl"`` or ``"en"``.
        cues: the cues, in order of preference (the first match of a field wins).
        items: canonical name -> slot of the words naming that piece of information.
        channels: channel id -> slot of the words naming it.
        numbers: number words -> value (``"twee"``: 2, ``"half"``: 0.5).
        units: time-unit words -> minutes (``"kwartier"``: 15).
        waiting: slot of the words that make a duration a wait ("in de wacht", "on hold").
        answer: slot of the words that make a duration in days a wait for an answer.
        later: slot of the words after a duration that make it time since the previous step.
        after: slot of the words before a duration that make it time since the previous step.
        not_elapsed: slot of words that make a duration an appointment ahead, not time passed.
        next_day: slot of the words that open a sentence one day after the previous step.
        clock: slot of the words before a number that make it a time of day ("om acht uur").
    """

    lang: str
    cues: tuple[Cue, ...]
    items: Mapping[str, str]
    channels: Mapping[str, str]
    numbers: Mapping[str, float]
    units: Mapping[str, float]
    waiting: str
    answer: str
    later: str
    after: str
    not_elapsed: str
    next_day: str
    clock: str
