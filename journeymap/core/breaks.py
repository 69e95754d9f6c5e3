"""Group findings into breaks and pick the top improvements (docs/report.md, "Breaks and top").

A *break* is what one improvement solves: the findings of one hand-off (the failed, pending or
context-less step and the contacts that follow it) together (kind ``break``), every pain point
on its own (``pain-point``), and every other finding on its own (``finding``). Each finding
belongs to exactly one break. The top improvements
are up to three different breaks, so a single failed booking can never fill all three places.

Grouping is linear in the number of findings (a union-find over the hand-off steps), so the
analysis of a long journey stays fast; texts are read from the lead finding only when asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from journeymap.core.findings import Break, Finding, Severity
from journeymap.core.model import Journey, Outcome, Step
from journeymap.core.texts import TEXTS, language, phrase

#: Rules whose findings concern a hand-off between two contacts; they group into one break
#: when they share a hand-off step.
HANDOFF_RULES: frozenset[str] = frozenset({
    "failure-switch",
    "lost-context",
    "repeated-information",
    "recognized-without-context",
    "referral-to-failed-channel",
    "repeat-contact",
})
#: The rule of a step that hurt on its own; each such finding is a break of its own kind.
PAIN_POINT_RULE = "pain-point"
KIND_BREAK = "break"
KIND_PAIN_POINT = "pain-point"
KIND_FINDING = "finding"
TOP_COUNT = 3
#: Weight of each severity in the effect of a finding (see ``effect``).
SEVERITY_WEIGHT: dict[Severity, int] = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}


def effect_of(severity: Severity, scores: Sequence[int]) -> float:
    """Return how much fixing a finding of ``severity`` on steps with ``scores`` helps.

    ``4 x severity weight (high 3, medium 2, low 1) + worst + share``, where ``worst`` is how far
    the lowest score lies below zero (0 to 2) and ``share`` is the fraction of the steps that
    score below zero (0 to 1). Severity therefore always ranks first.
    """
    lowest = min(scores, default=0)
    if lowest >= 0:
        return float(4 * SEVERITY_WEIGHT[severity])
    share = sum(1 for s in scores if s < 0) / len(scores)
    return 4 * SEVERITY_WEIGHT[severity] - lowest + share


def is_handoff_step(step: Step) -> bool:
    """Return whether a hand-off starts or lands here (failed, abandoned, pending, no context)."""
    return step.outcome is not Outcome.SUCCESS or step.context_available is False


def group_findings(findings: Sequence[Finding], journey: Journey) -> list[list[int]]:
    """Return the indexes of ``findings`` grouped by break, each group ascending, by first index.

    Hand-off findings join when they share a hand-off step (``is_handoff_step``); a hand-off
    finding that touches none is anchored on its last step, where the customer arrives. Every
    other finding (pain points included) is a group of its own.
    """
    steps = journey.steps
    parent: dict[int, int] = {}  # union-find over finding indexes

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}  # hand-off step -> a finding anchored on it
    for index, finding in enumerate(findings):
        parent[index] = index
        if finding.rule not in HANDOFF_RULES or not finding.step_indexes:
            continue
        anchors = [i for i in finding.step_indexes if is_handoff_step(steps[i])]
        for anchor in anchors or [finding.step_indexes[-1]]:
            other = owner.setdefault(anchor, index)
            if other != index:
                a, b = root(other), root(index)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for index in range(len(findings)):
        groups.setdefault(root(index), []).append(index)
    return sorted(groups.values(), key=lambda members: members[0])


def build_breaks(findings: Sequence[Finding], journey: Journey, lang: str,
                 rule_order: dict[str, int]) -> tuple[Break, ...]:
    """Return every break of ``findings``, in the order of their first finding."""
    scores = [step.score for step in journey.steps]
    breaks = []
    for members in group_findings(findings, journey):
        ranked = sorted(members, key=lambda i: _rank_key(findings[i], scores, rule_order))
        lead = findings[ranked[0]]
        steps = sorted({s for i in members for s in findings[i].step_indexes})
        kind = _kind(lead, findings, members)
        breaks.append(Break(
            title=_title(lead, len(members), kind, journey, lang),
            step_indexes=tuple(steps),
            finding_indexes=tuple(members),
            lead=lead,
            severity=min((findings[i].severity for i in members), key=lambda s: s.rank),
            kind=kind,
            effect=effect_of(lead.severity, [scores[s] for s in lead.step_indexes]),
        ))
    return tuple(breaks)


def _kind(lead: Finding, findings: Sequence[Finding], members: Sequence[int]) -> str:
    """Return ``pain-point``, ``break`` (a hand-off) or ``finding`` (any other finding)."""
    if lead.rule == PAIN_POINT_RULE:
        return KIND_PAIN_POINT
    if any(findings[i].rule in HANDOFF_RULES for i in members):
        return KIND_BREAK
    return KIND_FINDING


def _rank_key(finding: Finding, scores: Sequence[int],
              rule_order: dict[str, int]) -> tuple[float, int, int]:
    """Most effect first, then the earlier step, then catalogue order."""
    steps = finding.step_indexes
    return (-effect_of(finding.severity, [scores[i] for i in steps]),
            steps[0] if steps else len(scores), rule_order.get(finding.rule, len(rule_order)))


def _title(lead: Finding, count: int, kind: str, journey: Journey, lang: str) -> str:
    """Return the break's headline: the lead finding's rule name (and, for a pain point, step)."""
    lang = language(lang)
    rules = TEXTS[lang].rules
    name = rules[lead.rule].name if lead.rule in rules else lead.rule
    if kind == KIND_PAIN_POINT and lead.step_indexes:
        return phrase(lang, "break.pain_point", name=name,
                      title=journey.steps[lead.step_indexes[0]].title)
    if count > 1:
        key = "break.group.one" if count == 2 else "break.group.many"
        return phrase(lang, key, name=name, count=count - 1)
    return name


def top_breaks(breaks: Sequence[Break], fixes: dict[str, str],
               count: int = TOP_COUNT) -> tuple[Break, ...]:
    """Return up to ``count`` breaks with the most effect, most effective first.

    Breaks whose lead findings one improvement solves together (the same ``Rule.fix``) count
    once. Ties go to the earlier step, then to the order of the breaks.
    """
    order = sorted(range(len(breaks)), key=lambda i: (
        -breaks[i].effect, breaks[i].step_indexes[0] if breaks[i].step_indexes else 0, i))
    chosen: list[Break] = []
    used: set[str] = set()
    for index in order:
        found = breaks[index]
        fix = fixes.get(found.lead.rule, found.lead.rule)
        if fix in used:
            continue
        chosen.append(found)
        used.add(fix)
        if len(chosen) == count:
            break
    return tuple(chosen)
