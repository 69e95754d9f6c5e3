"""The analysis: scores, findings and the top improvements of a journey, in one language.

``analyze`` is a pure function of the journey and the settings and runs in linear time (plus
sorting the findings), so the app can re-run it after every edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from journeymap.core.findings import Analysis, Finding, Severity
from journeymap.core.model import Journey
from journeymap.core.rule_catalogue import RULES
from journeymap.core.rules.context import RuleContext
from journeymap.core.scoring import score_journey
from journeymap.core.settings import AnalysisSettings
from journeymap.core.texts import RuleText, language, placeholders, rule_text

TOP_COUNT = 3
#: Weight of each severity in the effect of a finding (see ``effect``).
SEVERITY_WEIGHT: dict[Severity, int] = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}
_RULE_ORDER = {rule.id: position for position, rule in enumerate(RULES)}
_FIX = {rule.id: rule.fix for rule in RULES}


def analyze(journey: Journey, *, lang: str = "en",
            settings: AnalysisSettings | None = None) -> Analysis:
    """Return the scores, findings and top improvements of ``journey``.

    Args:
        journey: the journey to analyse.
        lang: language of messages and tips (``"en"`` or ``"nl"``; anything else gives English).
        settings: the user's channel norms and thresholds; ``None`` for the defaults.
    """
    lang = language(lang)
    settings = settings or AnalysisSettings()
    context = RuleContext(journey, lang, settings)
    findings: list[Finding] = []
    for rule in RULES:
        params = settings.params_for(rule.id, rule.params)
        texts: dict[str, _Templates] = {}
        for hit in rule.check(context, params):
            templates = texts.get(hit.variant)
            if templates is None:
                templates = texts[hit.variant] = _Templates(rule_text(rule.id, lang, hit.variant))
            findings.append(Finding(rule.id, rule.category, hit.severity or rule.severity,
                                    hit.steps, templates.message.format_map(hit.fields),
                                    templates.tip(hit.fields)))
    end = len(journey.steps)
    findings.sort(key=lambda f: (f.step_indexes[0] if f.step_indexes else end,
                                 f.severity.rank, _RULE_ORDER[f.rule]))
    return Analysis(findings=tuple(findings), score=score_journey(journey),
                    top=top_findings(findings, journey), lang=lang)


class _Templates:
    """The message and tip templates of one rule (variant), rendering each distinct tip once.

    Tips name few fields (a channel or two), so many findings share one tip text; sharing it
    saves time and memory on long journeys.
    """

    __slots__ = ("_tip", "_tip_fields", "_tips", "message")

    def __init__(self, text: RuleText) -> None:
        self.message = text.message
        self._tip = text.tip
        self._tip_fields = tuple(sorted(placeholders(text.tip)))
        self._tips: dict[tuple[object, ...], str] = {}

    def tip(self, fields: Mapping[str, object]) -> str:
        """Return the tip filled in with ``fields``."""
        key = tuple(fields[name] for name in self._tip_fields)
        tip = self._tips.get(key)
        if tip is None:
            tip = self._tips[key] = self._tip.format_map(fields)
        return tip


def effect(finding: Finding, journey: Journey) -> float:
    """Return how much fixing ``finding`` would help the customer; higher is more.

    ``4 x severity weight (high 3, medium 2, low 1) + worst + share``, where ``worst`` is how far
    the lowest score among the steps concerned lies below zero (0 to 2) and ``share`` is the
    fraction of those steps that score below zero (0 to 1). Severity therefore always ranks
    first; among equals, findings that touch the most painful steps come first.
    """
    scores = [journey.steps[i].score for i in finding.step_indexes]
    worst = max(0, -min(scores)) if scores else 0
    share = sum(1 for s in scores if s < 0) / len(scores) if scores else 0.0
    return 4 * SEVERITY_WEIGHT[finding.severity] + worst + share


def top_findings(findings: Sequence[Finding], journey: Journey,
                 count: int = TOP_COUNT) -> tuple[Finding, ...]:
    """Return up to ``count`` findings with the most effect, most effective first.

    Findings that one improvement solves together count once: a finding is left out when one
    with the same ``Rule.fix`` was chosen (a second slow answer; ``lost-context`` and
    ``repeated-information`` on the same call). Ties go to the earlier step, then to catalogue
    order.
    """
    chosen: list[Finding] = []
    fixes: set[str] = set()
    # Severity outweighs everything else in ``effect``, so rank one severity at a time and stop
    # as soon as enough fixes are found: lower severities then need no effect computed at all.
    for severity in sorted(Severity, key=lambda s: s.rank):
        best: dict[str, tuple[tuple[float, int, int], Finding]] = {}
        for finding in findings:
            if finding.severity is not severity:
                continue
            fix = _FIX.get(finding.rule, finding.rule)
            if fix in fixes:
                continue
            key = (-effect(finding, journey),
                   finding.step_indexes[0] if finding.step_indexes else 0,
                   _RULE_ORDER.get(finding.rule, 0))
            if fix not in best or key < best[fix][0]:
                best[fix] = (key, finding)
        for _, finding in sorted(best.values(), key=lambda pair: pair[0]):
            chosen.append(finding)
            fixes.add(_FIX.get(finding.rule, finding.rule))
            if len(chosen) == count:
                return tuple(chosen)
    return tuple(chosen)
