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
    parent: dict[int, int] = {}  # union-find over the hand-off findings; a root is its group's
    # smallest index (a union keeps the smaller root), so groups come out in order of first index

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}  # hand-off step -> a finding anchored on it
    handoff: dict[int, bool] = {}  # step index -> is_handoff_step, each step asked once
    for index, finding in enumerate(findings):
        indexes = finding.step_indexes
        if not indexes or finding.rule not in HANDOFF_RULES:
            continue
        parent[index] = index
        anchors = []
        for i in indexes:
            known = handoff.get(i)
            if known is None:
                known = handoff[i] = is_handoff_step(steps[i])
            if known:
                anchors.append(i)
        for anchor in anchors or [indexes[-1]]:
            other = owner.setdefault(anchor, index)
            if other != index:
                a, b = root(other), root(index)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: list[list[int]] = []
    joined: dict[int, list[int]] = {}  # root -> its group
    for index in range(len(findings)):
        if index in parent:
            top = root(index)
            if top != index:
                joined[top].append(index)
                continue
            joined[index] = group = [index]
            groups.append(group)
        else:
            groups.append([index])
    return groups


def build_breaks(findings: Sequence[Finding], journey: Journey, lang: str,
                 rule_order: dict[str, int]) -> tuple[Break, ...]:
    """Return every break of ``findings``, in the order of their first finding.

    Each finding's effect and rank are worked out once; a break of one finding (most of them on
    a long journey) takes that finding as it is.
    """
    scores = [step.score for step in journey.steps]
    end = len(scores)
    unranked = len(rule_order)
    effects = [effect_of(f.severity, [scores[i] for i in f.step_indexes]) for f in findings]
    titles = _Titles(journey, lang)
    breaks = []
    for members in group_findings(findings, journey):
        if len(members) == 1:
            first = members[0]
            lead = findings[first]
            steps = tuple(sorted(set(lead.step_indexes)))
            severity = lead.severity
            kind = (KIND_PAIN_POINT if lead.rule == PAIN_POINT_RULE
                    else KIND_BREAK if lead.rule in HANDOFF_RULES else KIND_FINDING)
        else:
            def rank(i: int) -> tuple[float, int, int]:
                # Most effect first, then the earlier step, then catalogue order.
                indexes = findings[i].step_indexes
                return (-effects[i], indexes[0] if indexes else end,
                        rule_order.get(findings[i].rule, unranked))

            first = min(members, key=rank)  # the first of equals, as a stable sort gives
            lead = findings[first]
            steps = tuple(sorted({s for i in members for s in findings[i].step_indexes}))
            severity = min((findings[i].severity for i in members), key=lambda s: s.rank)
            kind = _kind(lead, findings, members)
        breaks.append(Break(
            title=titles.title(lead, len(members), kind),
            step_indexes=steps,
            finding_indexes=tuple(members),
            lead=lead,
            severity=severity,
            kind=kind,
            effect=effects[first],
        ))
    return tuple(breaks)


def _kind(lead: Finding, findings: Sequence[Finding], members: Sequence[int]) -> str:
    """Return ``pain-point``, ``break`` (a hand-off) or ``finding`` (any other finding)."""
    if lead.rule == PAIN_POINT_RULE:
        return KIND_PAIN_POINT
    if any(findings[i].rule in HANDOFF_RULES for i in members):
        return KIND_BREAK
    return KIND_FINDING


class _Titles:
    """The headlines of the breaks of one journey: the lead finding's rule name (and, for a pain
    point, its step), each rule's name and each phrase looked up once."""

    __slots__ = ("_journey", "_lang", "_names", "_pain")

    def __init__(self, journey: Journey, lang: str) -> None:
        self._journey = journey
        self._lang = language(lang)
        self._names: dict[str, str] = {}
        self._pain = TEXTS[self._lang].phrases["break.pain_point"]

    def title(self, lead: Finding, count: int, kind: str) -> str:
        """Return the headline of a break of ``count`` findings led by ``lead``."""
        name = self._names.get(lead.rule)
        if name is None:
            rules = TEXTS[self._lang].rules
            name = self._names[lead.rule] = (rules[lead.rule].name if lead.rule in rules
                                             else lead.rule)
        if kind == KIND_PAIN_POINT and lead.step_indexes:
            return self._pain.format(name=name,
                                     title=self._journey.steps[lead.step_indexes[0]].title)
        if count > 1:
            key = "break.group.one" if count == 2 else "break.group.many"
            return phrase(self._lang, key, name=name, count=count - 1)
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
