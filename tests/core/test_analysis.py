"""The analysis as a whole: order of findings, the top three, languages, settings, samples."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from journey_builder import journey, step

from journeymap import paths
from journeymap.core.analysis import analyze, effect
from journeymap.core.breaks import build_breaks, top_breaks
from journeymap.core.findings import Category, Finding, Severity
from journeymap.core.model import Journey, Step
from journeymap.core.rule_catalogue import RULES, RULES_BY_ID
from journeymap.core.settings import AnalysisSettings
from journeymap.formats import read_journey


def _sample(name: str) -> Journey:
    return read_journey(paths.samples_dir() / name).journey


def test_findings_are_sorted_by_first_step_then_severity() -> None:
    subject = journey(step("website", 2), step("website", -2, outcome="failed"),
                      step("phone", 0, wait_minutes=30, context_available=False))
    findings = analyze(subject).findings
    keys = [(f.step_indexes[0], f.severity.rank) for f in findings]
    assert keys == sorted(keys)
    # step 1 starts the cliff (medium); step 2 starts lost-context (high), then failure-switch
    assert [f.rule for f in findings][:3] == ["emotional-cliff", "lost-context", "failure-switch"]


def test_empty_journey_has_no_findings() -> None:
    analysis = analyze(journey())
    assert analysis.findings == ()
    assert analysis.top == ()
    assert analysis.score.mean == 0.0


def test_unknown_language_falls_back_to_english() -> None:
    subject = journey(step("phone", -1, outcome="pending"))
    analysis = analyze(subject, lang="de")
    assert analysis.lang == "en"
    assert analysis.findings == analyze(subject, lang="en").findings
    assert analyze(subject, lang="nl").findings != analysis.findings


def test_analysis_is_pure() -> None:
    subject = _sample("kookplaat-reparatie.nl.journey.json")
    assert analyze(subject, lang="nl") == analyze(subject, lang="nl")


def _finding(rule: str, severity: Severity, steps: tuple[int, ...],
             category: Category = Category.INTEGRATION) -> Finding:
    return Finding(rule, category, severity, steps, "message", "tip")


def test_effect_ranks_severity_first_then_pain() -> None:
    subject = journey(step(score=2), step(score=-2), step(score=-1))
    high_calm = _finding("lost-context", Severity.HIGH, (0,))
    medium_painful = _finding("emotional-cliff", Severity.MEDIUM, (1, 2))
    high_painful = _finding("failure-switch", Severity.HIGH, (1,))
    assert effect(high_painful, subject) > effect(high_calm, subject) > effect(medium_painful,
                                                                              subject)


def _top(findings: list[Finding], subject: Journey) -> list[str]:
    """Return the lead rules of the top breaks of ``findings``."""
    order = {rule.id: i for i, rule in enumerate(RULES)}
    breaks = build_breaks(findings, subject, "en", order)
    return [found.lead.rule for found in top_breaks(breaks, {r.id: r.fix for r in RULES})]


def test_top_is_three_at_most_and_skips_breaks_with_the_same_fix() -> None:
    subject = journey(step(score=-2), step(score=-2), step(score=-2), step(score=-2))
    findings = [
        _finding("lost-context", Severity.HIGH, (0, 1)),
        _finding("slow-response", Severity.HIGH, (2,), Category.EXPECTATION),
        _finding("slow-response", Severity.HIGH, (3,), Category.EXPECTATION),  # same rule
        _finding("repeated-information", Severity.HIGH, (2, 3)),  # same fix: share context
        _finding("channel-hopping", Severity.MEDIUM, (1, 2), Category.EFFORT),
        _finding("no-written-record", Severity.LOW, (3,), Category.EXPECTATION),
    ]
    assert _top(findings, subject) == ["lost-context", "slow-response", "channel-hopping"]


def test_top_prefers_the_finding_on_the_most_painful_steps() -> None:
    subject = journey(step("phone", 0, outcome="pending"), step("phone", 1),
                      step("website", -2, sensitive=True))
    top = analyze(subject).top
    assert top[0].lead.rule == "sensitive-unidentified"  # high, on a -2 step
    assert len({found.lead.rule for found in top}) == len(top)


def test_top_breaks_a_tie_on_the_earlier_step_whatever_the_order_given() -> None:
    subject = journey(step(score=0), step(score=-2), step(score=-2), step(score=-2))
    later = _finding("slow-response", Severity.HIGH, (3,), Category.EXPECTATION)
    earlier = _finding("slow-response", Severity.HIGH, (2,), Category.EXPECTATION)
    calm = _finding("slow-response", Severity.HIGH, (0,), Category.EXPECTATION)
    order = {rule.id: i for i, rule in enumerate(RULES)}
    fixes = {r.id: r.fix for r in RULES}
    for given in ([later, calm, earlier], [calm, earlier, later]):
        (first,) = top_breaks(build_breaks(given, subject, "en", order), fixes)
        assert first.lead is earlier


# --- the cooking hob of the sample journeys ------------------------------------------------

HOB_SAMPLES = ["kookplaat-reparatie.nl.journey.json", "cooking-hob-repair.en.journey.json"]


@pytest.fixture(params=HOB_SAMPLES)
def hob(request: pytest.FixtureRequest) -> Journey:
    return _sample(request.param)


def _index(subject: Journey, predicate: Callable[[Step], object]) -> int:
    return next(i for i, s in enumerate(subject.steps) if predicate(s))


def test_hob_failed_booking_then_the_call_is_a_failure_switch(hob: Journey) -> None:
    booking = max(i for i, s in enumerate(hob.steps)
                  if s.channel == "website" and s.outcome.is_failure)
    findings = [f for f in analyze(hob).findings if f.rule == "failure-switch"]
    assert any(f.step_indexes[0] == booking and hob.steps[f.step_indexes[1]].channel != "website"
               for f in findings)


def test_hob_agent_recognises_the_caller_without_the_online_data(hob: Journey) -> None:
    call = _index(hob, lambda s: s.channel == "phone" and s.recognized)
    findings = analyze(hob).findings
    assert any(f.rule == "recognized-without-context" and f.step_indexes == (call,)
               for f in findings)
    lost = [f for f in findings if f.rule == "lost-context" and f.step_indexes[-1] == call]
    assert lost
    assert hob.steps[lost[0].step_indexes[0]].channel == "website"


def test_hob_type_number_given_again_on_the_phone(hob: Journey) -> None:
    repeated = [f for f in analyze(hob, lang=hob.language).findings
                if f.rule == "repeated-information" and f.severity is Severity.HIGH]
    assert repeated
    (finding,) = repeated
    assert hob.steps[finding.step_indexes[-1]].channel == "phone"
    assert hob.steps[finding.step_indexes[0]].channel == "website"
    assert hob.steps[finding.step_indexes[0]].info_given[0] in finding.message


def test_hob_queue_message_points_back_to_the_failed_website(hob: Journey) -> None:
    queue = _index(hob, lambda s: s.referred_to == "website")
    (finding,) = [f for f in analyze(hob).findings if f.rule == "referral-to-failed-channel"]
    assert finding.step_indexes[-1] == queue
    assert hob.steps[finding.step_indexes[0]].outcome.is_failure
    assert finding.severity is Severity.HIGH


def test_hob_top_three_are_three_different_breaks(hob: Journey) -> None:
    analysis = analyze(hob)
    top = analysis.top
    assert len(top) == 3
    booking = max(i for i, s in enumerate(hob.steps)
                  if s.channel == "website" and s.outcome.is_failure)
    # the failed booking and the call after it are one break, ranked first ...
    first = top[0]
    assert booking in first.step_indexes
    assert booking + 1 in first.step_indexes
    assert {analysis.findings[i].rule for i in first.finding_indexes} >= {
        "failure-switch", "lost-context", "referral-to-failed-channel"}
    # ... and the other two are breaks elsewhere, sharing no finding with it
    grouped = [set(found.finding_indexes) for found in top]
    assert all(not (a & b) for i, a in enumerate(grouped) for b in grouped[i + 1:])
    assert all(booking not in found.step_indexes for found in top[1:])


def test_both_hob_samples_give_the_same_findings() -> None:
    dutch, english = (analyze(_sample(name)) for name in HOB_SAMPLES)
    assert [(f.rule, f.severity, f.step_indexes) for f in dutch.findings] == [
        (f.rule, f.severity, f.step_indexes) for f in english.findings]


def test_dutch_hob_messages_use_dutch_channel_names() -> None:
    subject = _sample("kookplaat-reparatie.nl.journey.json")
    analysis = analyze(subject, lang="nl")
    switch = next(f for f in analysis.findings if f.rule == "failure-switch")
    assert switch.message.startswith("Stap ")
    assert "keuzemenu" in switch.message
    assert subject.steps[switch.step_indexes[0]].title in switch.message


# --- the catalogue and the settings -----------------------------------------------------------

DOCUMENTED_RULES = {
    "failure-switch": "integration", "lost-context": "integration",
    "repeated-information": "integration", "recognized-without-context": "integration",
    "referral-to-failed-channel": "integration", "repeat-contact": "effort",
    "channel-hopping": "effort", "sensitive-unidentified": "privacy",
    "slow-response": "expectation", "emotional-cliff": "emotion", "unresolved-ending": "outcome",
    "no-written-record": "expectation", "pain-point": "emotion",
}


def test_catalogue_holds_exactly_the_spec_rules() -> None:
    assert {rule.id: rule.category.value for rule in RULES} == DOCUMENTED_RULES
    assert all(rule.description for rule in RULES)
    assert RULES_BY_ID["emotional-cliff"].params["min_drop"] == 3


def test_settings_override_norms_but_ignore_unknown_channels_and_bad_values() -> None:
    settings = AnalysisSettings(norm_overrides={"phone": 1, "martian": 3, "chat": -5})
    assert settings.norm_minutes("phone") == 1
    assert settings.norm_minutes("chat") == 2  # the catalogue norm
    assert dict(settings.norm_overrides) == {"phone": 1.0}
    with pytest.raises(KeyError):
        settings.norm_minutes("martian")


def test_settings_only_override_known_thresholds() -> None:
    settings = AnalysisSettings(rule_params={"emotional-cliff": {"min_drop": 2, "typo": 9}})
    params = settings.params_for("emotional-cliff", RULES_BY_ID["emotional-cliff"].params)
    assert dict(params) == {"min_drop": 2}
    subject = journey(step(score=1), step(score=-1))
    assert [f.rule for f in analyze(subject, settings=settings).findings] == [
        "emotional-cliff", "unresolved-ending"]
