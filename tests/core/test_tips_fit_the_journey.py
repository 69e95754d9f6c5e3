"""Tips name the journey they are in: no sentence of one journey's tips turns up in another's."""

from __future__ import annotations

import random
import re
from itertools import combinations

import pytest
from journey_builder import journey, step

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.channels import channel_ids
from journeymap.core.model import Journey, Step
from journeymap.formats import read_journey

LANGS = ("en", "nl")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z'])")
_NOTES = ("An error page said to call us.", "Foutmelding: probeer het later of bel ons.",
          "Only 100 characters for the whole story.", "Eerst een account aanmaken.",
          "Twenty minutes on hold.", "De monteur kan pas over drie weken.", "Nobody called back.",
          "Had to tell it all again.", "The fee was a surprise.", "Zonder uitleg afgewezen.",
          "It went fine.", "")
_ITEMS = ("licence plate", "kenteken", "address", "policy number", "burgerservicenummer",
          "meter reading", "order number", "geboortedatum")
_SUBJECTS = ("parking permit", "energy contract", "rental deposit", "passport renewal",
             "broken washing machine", "insurance claim", "school enrolment", "tax refund",
             "gym membership", "internet outage")


def _generated(seed: int) -> Journey:
    """Return a random journey about one subject, every field drawn by chance."""
    rng = random.Random(seed)
    subject = _SUBJECTS[seed % len(_SUBJECTS)]
    channels = channel_ids()
    steps: list[Step] = []
    for number in range(rng.randint(4, 14)):
        steps.append(step(
            rng.choice(channels), rng.randint(-2, 2),
            title=f"{subject.capitalize()}, {rng.choice(('ask', 'try', 'wait', 'check'))} "
                  f"({seed}.{number})",
            outcome=rng.choice(("success", "success", "failed", "abandoned", "pending")),
            initiator=rng.choice(("customer", "customer", "organisation")),
            info_given=rng.sample(_ITEMS, rng.randint(0, 2)),
            recognized=rng.choice((None, True, False)),
            context_available=rng.choice((None, True, False)),
            referred_to=rng.choice((None, None, rng.choice(channels))),
            wait_minutes=rng.choice((None, 3, 30, 400, 9000)),
            sensitive=rng.choice((None, None, True)),
            note=rng.choice(_NOTES) or None,
        ))
    return journey(*steps, title=f"{subject.capitalize()} ({seed})")


def _journeys() -> dict[str, Journey]:
    found = {path.name: read_journey(path).journey
             for path in sorted(paths.samples_dir().glob("*.journey.json"))}
    found.update({f"generated-{seed}": _generated(seed) for seed in range(20)})
    return found


JOURNEYS = _journeys()


def _tip_sentences(subject: Journey, lang: str) -> set[str]:
    return {sentence for finding in analyze(subject, lang=lang).findings
            for sentence in _SENTENCE_END.split(finding.tip)}


@pytest.mark.parametrize("lang", LANGS)
def test_no_tip_sentence_of_one_journey_appears_in_another(lang: str) -> None:
    sentences = {name: _tip_sentences(subject, lang) for name, subject in JOURNEYS.items()}
    assert sum(len(found) for found in sentences.values()) > 500  # the test has tips to compare
    for (name, ours), (other, theirs) in combinations(sentences.items(), 2):
        shared = ours & theirs
        assert not shared, f"{name} and {other} share {sorted(shared)[:3]}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [n for n in JOURNEYS if not n.startswith("kookplaat")
                                  and not n.startswith("cooking")])
def test_the_cooking_hob_does_not_leak_into_other_journeys(name: str, lang: str) -> None:
    tips = " ".join(f.tip for f in analyze(JOURNEYS[name], lang=lang).findings).casefold()
    for hob_words in ("typenummer", "type number", "book online", "online regelt",
                      "een paar minuten", "kookplaat", "cooking hob"):
        assert hob_words not in tips


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(JOURNEYS))
def test_an_error_message_is_only_mentioned_where_the_journey_has_one(name: str,
                                                                      lang: str) -> None:
    subject = JOURNEYS[name]
    error_words = {"en": ("error message", "error page"), "nl": ("foutmelding", "foutpagina")}
    for finding in analyze(subject, lang=lang).findings:
        if not any(word in finding.tip.casefold() for word in error_words[lang]):
            continue
        steps = [subject.steps[i] for i in finding.step_indexes]
        told = " ".join(f"{s.title} {s.note or ''}" for s in steps).casefold()
        failed_online = any(s.outcome.value == "failed" and s.channel in
                            ("website", "app", "portal", "chatbot", "ivr") for s in steps)
        assert failed_online or "error" in told or "fout" in told, (finding.rule, finding.tip)


@pytest.mark.parametrize("name", list(JOURNEYS))
def test_dutch_spells_mijn_omgeving_one_way_without_an_article(name: str) -> None:
    for finding in analyze(JOURNEYS[name], lang="nl").findings:
        text = f"{finding.message} {finding.tip}"
        assert "de mijn omgeving" not in text.casefold()
        assert "mijn omgeving" not in text  # always the proper name, "Mijn omgeving"


def test_a_failure_on_a_live_channel_gets_no_error_message_tip() -> None:
    subject = journey(step("phone", -1, title="All lines busy", outcome="failed"),
                      step("callback", 0, title="Leave a call-back request"))
    (finding,) = [f for f in analyze(subject).findings if f.rule == "failure-switch"]
    assert "error" not in finding.tip
    online = journey(step("website", -1, title="Pay the fee", outcome="failed"),
                     step("phone", 0, title="Call the desk"))
    (finding,) = [f for f in analyze(online).findings if f.rule == "failure-switch"]
    assert "Write the error message of 'Pay the fee'" in finding.tip


def test_repeated_information_names_the_items_asked_again() -> None:
    subject = journey(step("website", 0, title="Apply for a parking permit",
                           info_given=["licence plate"]),
                      step("phone", 0, title="Call the parking desk", info_given=["licence plate"]))
    (finding,) = [f for f in analyze(subject).findings if f.rule == "repeated-information"]
    assert "Let the customer give licence plate once, not again in 'Call the parking desk'." in (
        finding.tip)
    assert "'Call the parking desk'" in finding.tip
