"""The key words of a step title, for the map's compact cards (docs/map.md).

A compact card has room for a dozen characters a line: "Error message after confirming the
booking" reads better as "Error message confirming booking" than cut after two words. The words
that carry little meaning on their own (articles, prepositions, pronouns, auxiliaries,
conjunctions) are dropped; nouns, verbs, numbers and adjectives stay, in their order. There is no
part-of-speech tagging: a short stop list per language is predictable and needs no data.
"""

from __future__ import annotations

import functools

_EN_TEXT = """
a an the this that these those its it his her their our your my me him them us we you they he
she i of in on at to for from by with without into onto over under about after before during
than then as and or but nor so if when while whether because again only just also too very is
are was were be been being am do does did has have had can could will would shall should may
might must there here which who whom whose what where how not no all any some each every
"""
_EN = frozenset(_EN_TEXT.split())

_NL_TEXT = """
de het een dit dat deze die zijn haar hun ons onze jouw jullie je u uw mijn me mij hem ze zij
wij we ik hij men van in op aan te ten ter voor naar door met zonder bij uit over onder om tot
na tijdens dan als en of maar dus want omdat wanneer terwijl nog weer al ook pas er hier daar
wie wat waar hoe welk welke is zijn was waren ben bent wordt worden werd werden heeft hebben had
hadden kan kunnen kon konden zal zullen zou zouden moet moeten mag mogen wil willen niet geen
alle elk elke ieder iedere enkele sommige eens toch voordat nadat zodat
"""
_NL = frozenset(_NL_TEXT.split())

STOP_WORDS: dict[str, frozenset[str]] = {"en": _EN, "nl": _NL}
_PUNCTUATION = ".,:;!?()[]{}\"'“”‘’«»…"


@functools.lru_cache(maxsize=16384)  # the compact map asks again for every column width
def key_words(title: str, lang: str = "en") -> tuple[str, ...]:
    """Return the words of ``title`` that carry its meaning, in order, punctuation stripped.

    Stop words of ``lang`` (English for an unknown language) are dropped; the first word kept
    is capitalised like the title. When a title has nothing but stop words, all its words are
    kept so a card is never blank.
    """
    stop = STOP_WORDS.get(lang, _EN)
    words = [word.strip(_PUNCTUATION) for word in title.split()]
    words = [word for word in words if word]
    kept = [word for word in words if word.lower() not in stop]
    if not kept:
        return tuple(words)
    if kept[0] != words[0] and words[0][:1].isupper():  # "Een nieuwe kookplaat" -> "Nieuwe"
        kept[0] = kept[0][:1].upper() + kept[0][1:]
    return tuple(kept)
