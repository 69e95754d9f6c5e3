"""Messages, tips and phrases of the analysis per language, and the helpers that fill them in.

The texts are data (``texts_en``, ``texts_nl``), not Qt translations, so the command line, the PDF
and the app say the same thing. Unknown languages fall back to English.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Mapping

from journeymap.core.channels import channel as catalogue_channel
from journeymap.core.channels import is_channel_id
from journeymap.core.texts_en import TEXTS as _EN
from journeymap.core.texts_model import LanguageTexts, RuleText
from journeymap.core.texts_nl import TEXTS as _NL

__all__ = ["TEXTS", "ChannelName", "LanguageTexts", "RuleText", "channel_label", "format_duration",
           "format_norm", "format_score", "join_channel_names", "join_list", "label", "language",
           "parse_duration", "phrase", "placeholders", "rule_name", "rule_text"]

DEFAULT_LANGUAGE = "en"
TEXTS: Mapping[str, LanguageTexts] = {"en": _EN, "nl": _NL}


def language(lang: str | None) -> str:
    """Return ``lang`` if there are texts for it, else the default language (English)."""
    return lang if lang is not None and lang in TEXTS else DEFAULT_LANGUAGE


def rule_text(rule_id: str, lang: str, variant: str = "") -> RuleText:
    """Return the texts of ``rule_id`` (of its ``variant`` when one exists) in ``lang``."""
    rules = TEXTS[language(lang)].rules
    if variant and f"{rule_id}/{variant}" in rules:
        return rules[f"{rule_id}/{variant}"]
    return rules[rule_id]


def rule_name(rule_id: str, lang: str) -> str:
    """Return the short name of a rule, for headings and legends."""
    return rule_text(rule_id, lang).name


def phrase(lang: str, key: str, **fields: object) -> str:
    """Return the phrase ``key`` in ``lang`` with ``fields`` filled in."""
    return TEXTS[language(lang)].phrases[key].format(**fields)


def label(lang: str, key: str) -> str:
    """Return a label (``severity.high``, ``category.effort``, ``report.findings`` ...)."""
    return TEXTS[language(lang)].labels[key]


def fill_label(tables: Mapping[str, Mapping[str, str]], lang: str, key: str,
               **fields: object) -> str:
    """Return label ``key`` of the per-language ``tables`` in ``lang``, ``fields`` filled in.

    Labels without fields are returned as written, so a label may hold literal braces.
    """
    text = tables[language(lang)][key]
    return text.format(**fields) if fields else text


def placeholders(template: str) -> frozenset[str]:
    """Return the names of the ``str.format`` fields in ``template`` (``{channel.np}``: channel)."""
    return _placeholders(template)


@functools.lru_cache(maxsize=4096)
def _placeholders(template: str) -> frozenset[str]:
    # Cached: every analysis renders with the same few hundred templates, and parsing them
    # again for each of ten thousand journeys took a tenth of the time of aggregating them.
    return frozenset(name.split(".", 1)[0].split("[", 1)[0]
                     for _, name, _, _ in string.Formatter().parse(template) if name)


def join_list(items: Iterable[str], lang: str) -> str:
    """Return ``a, b and c`` (``a, b en c``) for ``items``."""
    values = list(items)
    if len(values) < 2:
        return "".join(values)
    return phrase(lang, "list.and", first=", ".join(values[:-1]), last=values[-1])


class ChannelName(str):
    """A channel's name for a template: ``{channel}`` gives the bare name, as in "(phone menu)";
    ``{channel.np}`` the phrase that reads inside a sentence, as in "via the phone menu"."""

    np: str

    def __new__(cls, name: str, np: str | None = None) -> ChannelName:
        self = super().__new__(cls, name)
        self.np = name if np is None else np
        return self


@functools.lru_cache(maxsize=1024)
def channel_label(channel_id: str, lang: str) -> ChannelName:
    """Return the channel's name as it reads in parentheses (``phone``, ``SMS``, ``WhatsApp``),
    with its in-sentence phrase (``the phone``) as ``.np``.

    The first letter is lowered unless the first word is an acronym or a brand with inner
    capitals, or the name is a proper name that reads capitalised inside a sentence too (its
    phrase starts with it: "Mijn omgeving"), so one finding never spells it two ways. Unknown
    ids are returned unchanged. Cached: the catalogue does not change while the program runs.
    """
    if not is_channel_id(channel_id):
        return ChannelName(channel_id)
    item = catalogue_channel(channel_id)
    lang = language(lang)
    name = item.name(lang)
    in_sentence = item.phrase(lang)
    first_word = name.split(" ", 1)[0]
    if not any(ch.isupper() for ch in first_word[1:]) and not in_sentence.startswith(name):
        name = name[:1].lower() + name[1:]
    return ChannelName(name, in_sentence)


def join_channel_names(names: Iterable[ChannelName], lang: str) -> ChannelName:
    """Return ``names`` joined as ``a, b and c``, their phrases joined the same way."""
    values = list(names)
    return ChannelName(join_list(values, lang), join_list((n.np for n in values), lang))


def _number(value: float, lang: str) -> str:
    rounded = round(value, 1)
    text = str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
    return text.replace(".", ",") if language(lang) == "nl" else text


#: Minutes per unit, largest first.
_UNITS: tuple[tuple[str, float], ...] = (("days", 1440.0), ("hours", 60.0), ("minutes", 1.0))
#: Abbreviations accepted when a duration is typed, besides the unit words of every language.
_ABBREVIATIONS: Mapping[str, float] = {"m": 1.0, "min": 1.0, "mins": 1.0, "h": 60.0, "hr": 60.0,
                                       "u": 60.0, "d": 1440.0}


_DURATION = re.compile(r"(\d+(?:[.,]\d*)?|[.,]\d+)\s*([^\d\s.,]*)")


def format_duration(minutes: float, lang: str, *, exact: bool = False) -> str:
    """Return ``minutes`` in words: minutes below an hour, hours below a day, else days.

    The amount is rounded to one decimal ("1.7 hours" for 100 minutes). With ``exact`` the
    largest unit is taken whose one-decimal amount is still exactly ``minutes`` ("100 minutes"),
    for a field that shows what will be stored.
    """
    unit, amount = "minutes", minutes
    for name, size in _UNITS:
        if minutes >= size and (not exact or abs(round(minutes / size, 1) * size - minutes) < 1e-6):
            unit, amount = name, minutes / size
            break
    number = _number(amount, lang)
    return phrase(lang, f"{unit}.one" if number == "1" else f"{unit}.many", n=number)


def _unit_words() -> dict[str, float]:
    """Return every word a unit is written with, in any language, with its size in minutes."""
    words = dict(_ABBREVIATIONS)
    for texts in TEXTS.values():
        for name, size in _UNITS:
            for count in ("one", "many"):
                word = texts.phrases[f"{name}.{count}"].replace("{n}", "").strip()
                words[word.casefold()] = size
    return words


def parse_duration(text: str) -> float | None:
    """Return the minutes a typed duration means, ``None`` when it is not one.

    Accepts a number (minutes) or a number and a unit in English or Dutch, with a decimal point
    or comma: ``15``, ``25 min``, ``1,5 uur``, ``2 h``, ``1 day``, ``3 dagen``.
    """
    match = _DURATION.fullmatch(text.strip().casefold())
    if match is None:
        return None
    number, unit = match.groups()
    size = _unit_words().get(unit) if unit else 1.0
    if size is None:
        return None
    amount = float(number.replace(",", "."))
    return amount * size


def format_norm(minutes: float, lang: str) -> str:
    """Return the expected answer time as a phrase: ``immediately`` or ``within 5 minutes``."""
    if minutes <= 0:
        return phrase(lang, "norm.immediately")
    return phrase(lang, "norm.within", duration=format_duration(minutes, lang))


def format_score(score: int) -> str:
    """Return a score with its sign, as designers write it: ``+2``, ``0``, ``-1``."""
    return f"{score:+d}" if score else "0"
