"""Labels of the planned-against-actual comparison (``journeymap compare``), per language.

Data only, like ``portfolio_texts``; templates use ``str.format`` fields. The deviation names
follow CJML's categories (docs/plans.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from journeymap.core.texts import language

PLAN_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "plan": "Plan: {title} ({steps} touchpoints)",
        "plan.one": "Plan: {title} (1 touchpoint)",
        "journey": "{title}: {completed} of {total} touchpoints as planned",
        "kind.completed": "completed",
        "kind.failing": "failing",
        "kind.missing": "missing",
        "kind.ad_hoc": "ad hoc",
        "step": "step {numbers}",
        "steps": "steps {numbers}",
        "linked": "linked",
        "none": "(no steps)",
        "counts": "Per touchpoint, over {journeys} journeys",
        "column.touchpoint": "Touchpoint",
        "column.completed": "Completed",
        "column.failing": "Failing",
        "column.missing": "Missing",
        "ad_hoc.total": "Ad hoc steps over all journeys: {count}",
    },
    "nl": {
        "plan": "Plan: {title} ({steps} contactmomenten)",
        "plan.one": "Plan: {title} (1 contactmoment)",
        "journey": "{title}: {completed} van {total} contactmomenten volgens plan",
        "kind.completed": "volgens plan",
        "kind.failing": "mislukt",
        "kind.missing": "ontbreekt",
        "kind.ad_hoc": "geïmproviseerd",
        "step": "stap {numbers}",
        "steps": "stappen {numbers}",
        "linked": "gekoppeld",
        "none": "(geen stappen)",
        "counts": "Per contactmoment, over {journeys} klantreizen",
        "column.touchpoint": "Contactmoment",
        "column.completed": "Volgens plan",
        "column.failing": "Mislukt",
        "column.missing": "Ontbreekt",
        "ad_hoc.total": "Geïmproviseerde stappen in alle klantreizen: {count}",
    },
}


def plan_label(lang: str, key: str, **fields: object) -> str:
    """Return the comparison label ``key`` in ``lang`` with ``fields`` filled in."""
    text = PLAN_LABELS[language(lang)][key]
    return text.format(**fields) if fields else text
