"""The analysis: scores, findings, breaks and the top improvements of a journey, in one language.

``analyze`` is a pure function of the journey and the settings and runs in linear time (plus
sorting the findings), so the app can re-run it after every edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter

from journeymap.core.breaks import build_breaks, effect_of, top_breaks
from journeymap.core.collector import collector_paused
from journeymap.core.findings import Analysis, Finding, Severity
from journeymap.core.model import Journey
from journeymap.core.questions import open_questions
from journeymap.core.rule_catalogue import RULES
from journeymap.core.rules.context import Fields, RuleContext
from journeymap.core.scoring import score_journey
from journeymap.core.settings import AnalysisSettings
from journeymap.core.texts import RuleText, language, placeholders, rule_text

_RULE_ORDER = {rule.id: position for position, rule in enumerate(RULES)}
_FIX = {rule.id: rule.fix for rule in RULES}
_SEVERITY_RANK = {severity: severity.rank for severity in Severity}


def analyze(journey: Journey, *, lang: str = "en",
            settings: AnalysisSettings | None = None) -> Analysis:
    """Return the scores, findings, top improvements and open questions of ``journey``.

    Args:
        journey: the journey to analyse.
        lang: language of messages and tips (``"en"`` or ``"nl"``; anything else gives English).
        settings: the user's channel norms and thresholds; ``None`` for the defaults.
    """
    lang = language(lang)
    settings = settings or AnalysisSettings()
    with collector_paused():
        context = RuleContext(journey, lang, settings)
        findings = _findings(context)
        breaks = build_breaks(findings, journey, lang, _RULE_ORDER)
        return Analysis(findings=tuple(findings), score=score_journey(journey),
                        top=top_breaks(breaks, _FIX), lang=lang, breaks=breaks,
                        questions=open_questions(context))


def find(journey: Journey, *, lang: str = "en",
         settings: AnalysisSettings | None = None) -> tuple[Finding, ...]:
    """Return the findings of ``journey`` alone, as ``analyze`` finds them (in the same order).

    For counting many journeys (``journeymap aggregate``): the breaks, the top improvements,
    the scores and the open questions of each journey are not needed there and took half of
    the time of its analysis.
    """
    with collector_paused():
        return tuple(_findings(RuleContext(journey, language(lang),
                                           settings or AnalysisSettings())))


def _findings(context: RuleContext) -> list[Finding]:
    """Return the findings of every rule, in step order then severity then catalogue order."""
    findings: list[Finding] = []
    keys: list[tuple[int, int, int]] = []  # the sort key of each finding
    end = len(context.steps)
    lang = context.lang
    deferred = Finding.deferred
    for order, rule in enumerate(RULES):
        params = context.settings.params_for(rule.id, rule.params)
        renderers: dict[str, Callable[[Fields], tuple[str, str]]] = {}  # per text variant
        rule_id, category = rule.id, rule.category
        for hit in rule.check(context, params):
            render = renderers.get(hit.variant)
            if render is None:
                render = renderers[hit.variant] = _templates(rule_id, lang, hit.variant).render
            severity = hit.severity or rule.severity
            steps = hit.steps
            findings.append(deferred(rule_id, category, severity, steps, render, hit.fields))
            keys.append((steps[0] if steps else end, _SEVERITY_RANK[severity], order))
    return [findings[i] for i in sorted(range(len(findings)), key=keys.__getitem__)]


#: The templates of each rule text (rule id, language, variant), made once per process: ten
#: thousand journeys analysed one after another use the same few dozen.
_TEMPLATES: dict[tuple[str, str, str], _Templates] = {}
#: How many distinct tips one template keeps before it starts again (tips name channels, and a
#: few a title: the number stays small, but the app runs for days).
_MAX_TIPS = 4096


def _templates(rule_id: str, lang: str, variant: str) -> _Templates:
    key = (rule_id, lang, variant)
    templates = _TEMPLATES.get(key)
    if templates is None:
        templates = _TEMPLATES[key] = _Templates(rule_text(rule_id, lang, variant))
    return templates


class _Templates:
    """The message and tip templates of one rule (variant), rendering each distinct tip once.

    Findings call ``render`` when their message or tip is first read. Tips name few fields (a
    channel or two), so many findings share one tip text; sharing it saves time and memory on
    long journeys.
    """

    __slots__ = ("_tip", "_tip_key", "_tips", "message")

    def __init__(self, text: RuleText) -> None:
        self.message = text.message
        self._tip = text.tip
        names = sorted(placeholders(text.tip))
        # The key of a tip: the values of the fields it names, picked out in C.
        self._tip_key: Callable[[Mapping[str, object]], object] = (
            itemgetter(*names) if names else _no_fields)
        self._tips: dict[object, str] = {}

    def render(self, fields: Fields) -> tuple[str, str]:
        """Return the message and the tip filled in with ``fields`` (built first if a function)."""
        values = fields() if callable(fields) else fields
        return self.message.format_map(values), self.tip(values)

    def tip(self, fields: Mapping[str, object]) -> str:
        """Return the tip filled in with ``fields``."""
        key = self._tip_key(fields)
        tips = self._tips
        tip = tips.get(key)
        if tip is None:
            if len(tips) >= _MAX_TIPS:
                tips.clear()
            tip = tips[key] = self._tip.format_map(fields)
        return tip


def _no_fields(_fields: Mapping[str, object]) -> object:
    return ()


def effect(finding: Finding, journey: Journey) -> float:
    """Return how much fixing ``finding`` would help the customer; higher is more.

    See ``core.breaks.effect_of``: severity always ranks first; among equals, findings that
    touch the most painful steps come first.
    """
    return effect_of(finding.severity, [journey.steps[i].score for i in finding.step_indexes])
