"""Findings grouped into breaks: one hand-off is one break, a pain point is one of its own."""

from __future__ import annotations

from journey_builder import journey, step

from journeymap import paths
from journeymap.core.analysis import analyze
from journeymap.core.breaks import build_breaks, group_findings
from journeymap.core.findings import Category, Finding, Severity
from journeymap.core.rule_catalogue import RULES
from journeymap.formats import read_journey

_ORDER = {rule.id: i for i, rule in enumerate(RULES)}


def _finding(rule: str, steps: tuple[int, ...], severity: Severity = Severity.HIGH,
             category: Category = Category.INTEGRATION) -> Finding:
    return Finding(rule, category, severity, steps, f"{rule} message", f"{rule} tip")


def test_findings_of_one_failed_step_and_the_call_after_it_are_one_break() -> None:
    subject = journey(step("website", -2, outcome="failed"), step("ivr", -2, referred_to="website"),
                      step("phone", -1, context_available=False))
    analysis = analyze(subject)
    rules = {f.rule for f in analysis.findings}
    assert {"failure-switch", "lost-context", "referral-to-failed-channel"} <= rules
    handoff = [b for b in analysis.breaks if 0 in b.step_indexes and len(b.finding_indexes) > 1]
    assert len(handoff) == 1
    (found,) = handoff
    grouped = {analysis.findings[i].rule for i in found.finding_indexes}
    assert {"failure-switch", "lost-context", "referral-to-failed-channel"} <= grouped
    assert found.kind == "break"
    assert found.severity is Severity.HIGH
    assert "more findings at the same hand-off" in found.title


def test_every_finding_is_in_exactly_one_break() -> None:
    for sample in sorted(paths.samples_dir().glob("*.journey.json")):
        subject = read_journey(sample).journey
        analysis = analyze(subject, lang=subject.language)
        members = sorted(i for b in analysis.breaks for i in b.finding_indexes)
        assert members == list(range(len(analysis.findings))), sample.name
        for found in analysis.breaks:
            steps = {s for i in found.finding_indexes for s in analysis.findings[i].step_indexes}
            assert found.step_indexes == tuple(sorted(steps))
        assert all(found in analysis.breaks for found in analysis.top)


def test_two_separate_hand_offs_are_two_breaks() -> None:
    subject = journey(step(), step(), step(), step(), step())
    findings = [_finding("failure-switch", (0, 1)), _finding("lost-context", (3, 4))]
    assert group_findings(findings, subject) == [[0], [1]]


def test_findings_sharing_a_context_less_step_join_even_from_different_origins() -> None:
    subject = journey(step("website", outcome="failed"), step("email"),
                      step("phone", context_available=False))
    findings = [_finding("failure-switch", (0, 1)),
                _finding("repeated-information", (1, 2)),  # lands on the context-less call
                _finding("lost-context", (0, 2))]           # joins both
    assert group_findings(findings, subject) == [[0, 1, 2]]


def test_findings_of_other_rules_stay_on_their_own_even_on_the_same_steps() -> None:
    subject = journey(step("website", -2, outcome="failed"), step("phone", -2))
    findings = [_finding("failure-switch", (0, 1)),
                _finding("emotional-cliff", (0, 1), Severity.MEDIUM, Category.EMOTION),
                _finding("pain-point", (0,), Severity.MEDIUM, Category.EMOTION),
                _finding("pain-point", (1,), Severity.MEDIUM, Category.EMOTION)]
    breaks = build_breaks(findings, subject, "en", _ORDER)
    assert [b.finding_indexes for b in breaks] == [(0,), (1,), (2,), (3,)]
    assert [b.kind for b in breaks] == ["break", "finding", "pain-point", "pain-point"]
    assert subject.steps[1].title in breaks[3].title


def test_the_lead_finding_gives_the_tip_and_the_group_title_counts_the_others() -> None:
    subject = journey(step("website", -2, outcome="failed"), step("phone", -2),
                      step("phone", 0, context_available=False))
    findings = [_finding("lost-context", (0, 2)), _finding("failure-switch", (0, 1))]
    (found,) = build_breaks(findings, subject, "en", _ORDER)
    assert found.lead is findings[1]  # the same severity on more painful steps
    assert found.tip == "failure-switch tip"
    assert "one more finding" in found.title
    (dutch,) = build_breaks(findings, subject, "nl", _ORDER)
    assert "nog één bevinding" in dutch.title


def test_a_hundred_hand_offs_group_in_one_pass() -> None:
    steps = []
    for _ in range(100):
        steps += [step("website", -2, outcome="failed"), step("phone", -1,
                                                               context_available=False)]
    analysis = analyze(journey(*steps))
    handoffs = [b for b in analysis.breaks
                if {analysis.findings[i].rule for i in b.finding_indexes} & {"failure-switch"}]
    assert len(handoffs) == 100
