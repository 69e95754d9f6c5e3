"""Every rule speaks English and Dutch, with the same fields, and every template renders."""

from __future__ import annotations

import pytest
from journey_builder import journey, step

from journeymap.core.analysis import analyze
from journeymap.core.findings import Category, Severity
from journeymap.core.model import Journey
from journeymap.core.rule_catalogue import RULES, Rule
from journeymap.core.texts import (
    TEXTS,
    ChannelName,
    channel_label,
    format_duration,
    format_norm,
    format_score,
    join_channel_names,
    join_list,
    label,
    language,
    parse_duration,
    placeholders,
    rule_name,
)

LANGS = ("en", "nl")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_has_a_name_message_and_tip(rule: Rule, lang: str) -> None:
    texts = rule.texts(lang)
    assert texts.name.strip()
    assert texts.message.strip()
    assert texts.tip.strip()


def test_both_languages_have_the_same_keys() -> None:
    english, dutch = TEXTS["en"], TEXTS["nl"]
    assert set(english.rules) == set(dutch.rules)
    assert set(english.phrases) == set(dutch.phrases)
    assert set(english.labels) == set(dutch.labels)
    assert {key.split("/")[0] for key in english.rules} == {rule.id for rule in RULES}


@pytest.mark.parametrize("key", sorted(TEXTS["en"].rules))
def test_rule_templates_use_the_same_fields_in_both_languages(key: str) -> None:
    english, dutch = TEXTS["en"].rules[key], TEXTS["nl"].rules[key]
    assert placeholders(english.message) == placeholders(dutch.message)
    assert placeholders(english.tip) == placeholders(dutch.tip)
    assert english.message != dutch.message
    assert english.tip != dutch.tip


@pytest.mark.parametrize("key", sorted(TEXTS["en"].phrases))
def test_phrases_use_the_same_fields_in_both_languages(key: str) -> None:
    assert placeholders(TEXTS["en"].phrases[key]) == placeholders(TEXTS["nl"].phrases[key])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", sorted(TEXTS["en"].rules))
def test_every_template_renders_with_its_fields(key: str, lang: str) -> None:
    texts = TEXTS[lang].rules[key]
    fields = {name: ChannelName(f"<{name}>", f"<the {name}>")
              for name in placeholders(texts.message) | placeholders(texts.tip)}
    assert "{" not in texts.message.format(**fields) + texts.tip.format(**fields)


def _journey_with_every_rule() -> Journey:
    return journey(
        step("website", 2, title="Pick a date", info_given=["type number"]),
        step("website", -2, title="Error page", outcome="failed", referred_to="website"),
        step("chat", -1, title="Chat", sensitive=True, info_given=["type number"]),
        step("ivr", -2, title="Queue", referred_to="website", wait_minutes=9),
        step("phone", 0, title="Call", recognized=True, context_available=False,
             outcome="pending"),
        step("phone", -1, title="Call again"),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_journey_can_trigger_every_rule_in_both_languages(lang: str) -> None:
    subject = _journey_with_every_rule()
    analysis = analyze(subject, lang=lang)
    assert {f.rule for f in analysis.findings} == {rule.id for rule in RULES}
    for finding in analysis.findings:
        assert "{" not in finding.message
        assert "{" not in finding.tip
        assert finding.message.strip()
        assert finding.tip.strip()
    english = analyze(subject, lang="en").findings
    assert [(f.rule, f.step_indexes) for f in analysis.findings] == [
        (f.rule, f.step_indexes) for f in english]


@pytest.mark.parametrize("lang", LANGS)
def test_every_severity_and_category_has_a_label(lang: str) -> None:
    for severity in Severity:
        assert label(lang, f"severity.{severity.value}")
    for category in Category:
        assert label(lang, f"category.{category.value}")


def test_unknown_language_falls_back_to_english() -> None:
    assert language("de") == "en"
    assert language(None) == "en"
    assert language("nl") == "nl"
    assert rule_name("lost-context", "fr") == rule_name("lost-context", "en")


@pytest.mark.parametrize(("items", "lang", "expected"), [
    ([], "en", ""), (["a"], "en", "a"), (["a", "b"], "en", "a and b"),
    (["a", "b", "c"], "nl", "a, b en c"),
])
def test_join_list(items: list[str], lang: str, expected: str) -> None:
    assert join_list(items, lang) == expected


@pytest.mark.parametrize(("minutes", "lang", "expected"), [
    (1, "en", "1 minute"), (8, "en", "8 minutes"), (2.5, "nl", "2,5 minuten"),
    (90, "en", "1.5 hours"), (60, "nl", "1 uur"), (1440, "en", "1 day"), (7200, "nl", "5 dagen"),
])
def test_format_duration(minutes: float, lang: str, expected: str) -> None:
    assert format_duration(minutes, lang) == expected


@pytest.mark.parametrize(("minutes", "lang", "expected"), [
    (100, "en", "100 minutes"), (100, "nl", "100 minuten"), (90, "nl", "1,5 uur"),
    (120, "en", "2 hours"), (1440, "nl", "1 dag"), (4320, "nl", "3 dagen"),
    (2160, "en", "1.5 days"), (1500, "en", "25 hours"), (0, "nl", "0 minuten"),
])
def test_format_duration_exact_keeps_the_value(minutes: float, lang: str, expected: str) -> None:
    assert format_duration(minutes, lang, exact=True) == expected
    assert parse_duration(expected) == minutes


@pytest.mark.parametrize(("text", "minutes"), [
    ("15", 15.0), ("25 min", 25.0), ("2 h", 120.0), ("2h", 120.0), ("1,5 uur", 90.0),
    ("1 Day", 1440.0), ("3 dagen", 4320.0), ("1 minuut", 1.0), (" 12.5 minutes ", 12.5),
    (".5 u", 30.0),
])
def test_parse_duration(text: str, minutes: float) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "abc", "-3", "1e3", "2 weeks", "5 min extra", "1,,5"])
def test_parse_duration_refuses_what_is_no_duration(text: str) -> None:
    assert parse_duration(text) is None


def test_format_norm_and_score() -> None:
    assert format_norm(0, "en") == "immediately"
    assert format_norm(0, "nl") == "direct"
    assert format_norm(5, "nl") == "binnen 5 minuten"
    assert [format_score(s) for s in (-2, 0, 1)] == ["-2", "0", "+1"]


@pytest.mark.parametrize(("channel_id", "lang", "bare", "in_sentence"), [
    ("phone", "en", "phone", "the phone"), ("phone", "nl", "telefoon", "de telefoon"),
    ("ivr", "nl", "keuzemenu", "het keuzemenu"), ("sms", "en", "SMS", "SMS"),
    ("messaging", "nl", "WhatsApp / messaging", "WhatsApp of messaging"),
    ("portal", "nl", "Mijn omgeving", "Mijn omgeving"), ("martian", "en", "martian", "martian"),
])
def test_channel_names_read_well_in_parentheses_and_inside_a_sentence(
        channel_id: str, lang: str, bare: str, in_sentence: str) -> None:
    name = channel_label(channel_id, lang)
    assert name == bare
    assert f"({name}) via {name.np}" == f"({bare}) via {in_sentence}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_channel_has_its_own_phrase_for_a_sentence(lang: str) -> None:
    from journeymap.core.channels import CHANNELS

    phrases = [item.phrase(lang) for item in CHANNELS]
    assert all(phrases)
    assert len(set(phrases)) == len(phrases)
    assert all((item.phrase_nl if lang == "nl" else item.phrase_en) for item in CHANNELS)


def test_joined_channels_join_their_phrases_too() -> None:
    names = [channel_label("website", "nl"), channel_label("ivr", "nl")]
    joined = join_channel_names(names, "nl")
    assert (joined, joined.np) == ("website en keuzemenu", "de website en het keuzemenu")
