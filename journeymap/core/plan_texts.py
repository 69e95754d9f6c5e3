"""Labels of the planned-and-actual parts of the reports, per language, and their sentences.

Data and a few sentence builders only, like ``portfolio_texts``; templates use ``str.format``
fields. The one-line summary of an actual journey against its plan is built here so that the
report and any other reader say it the same way (Dutch needs the singular verb for "1 van de 4").
"""

from __future__ import annotations

from collections.abc import Mapping

from journeymap.core.deviations import Comparison, DeviationKind
from journeymap.core.texts import fill_label

PLAN_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "section": "Planned and actual",
        "section.intro": "Compared with the plan “{plan}”: each planned touchpoint in order with "
                         "what became of it in this journey, and the steps the customer "
                         "improvised.",
        "kind.completed": "completed",
        "kind.failing": "failing",
        "kind.missing": "missing",
        "kind.ad_hoc": "ad hoc",
        "column.fate": "Fate",
        "column.touchpoint": "Planned touchpoint",
        "column.channel": "Channel",
        "column.steps": "Steps here",
        "column.actual": "What the customer did",
        "linked": "linked",
        "none": "—",
        "more.steps": "and {more} more steps",
        "more.fates": "and {more} more",
        "summary.happened": "{happened} of {planned} planned touchpoints happened",
        "summary.happened.one": "1 of {planned} planned touchpoints happened",
        "summary.failed": "{failing} failed",
        "summary.ad_hoc": "{count} improvised steps",
        "summary.ad_hoc.one": "1 improvised step",
        "summary.no_plan_steps": "the plan has no touchpoints",
        # The plan report
        "plan.eyebrow": "Plan and practice",
        "plan.subject": "A planned journey against the journeys customers lived",
        "plan.intro": "The service as designed, against the {count} actual journeys given.",
        "plan.intro.one": "The service as designed, against the 1 actual journey given.",
        "plan.figures.touchpoints": "Planned touchpoints",
        "plan.figures.journeys": "Actual journeys",
        "plan.figures.completed": "Completed everywhere",
        "plan.figures.improvised": "Improvised steps",
        "plan.touchpoints": "Planned touchpoints over the actual journeys",
        "plan.touchpoints.intro": "Per planned touchpoint how many of the actual journeys "
                                  "completed it, failed at it or missed it.",
        "plan.touchpoints.none": "The plan has no touchpoints yet.",
        "plan.column.number": "#",
        "plan.column.touchpoint": "Touchpoint",
        "plan.column.channel": "Channel",
        "plan.column.bar": "Over the journeys",
        "plan.column.counts": "Completed · failing · missing",
        "plan.journeys": "The actual journeys",
        "plan.journeys.intro": "Each actual journey in one line: how much of the plan it "
                               "realised and what the customer improvised.",
        "plan.journeys.none": "No actual journey was given; give them to compare with the plan.",
        "plan.column.journey": "Journey",
        "plan.column.summary": "Against the plan",
        "plan": "Plan: {title} ({steps} touchpoints)",
        "plan.one": "Plan: {title} (1 touchpoint)",
        "journey": "{title}: {completed} of {total} touchpoints as planned",
        "step": "step {numbers}",
        "steps": "steps {numbers}",
        "counts": "Per touchpoint, over {journeys} journeys",
        "column.completed": "Completed",
        "column.failing": "Failing",
        "column.missing": "Missing",
        "ad_hoc.total": "Ad hoc steps over all journeys: {count}",
    },
    "nl": {
        "section": "Gepland en werkelijk",
        "section.intro": "Vergeleken met het plan ‘{plan}’: elk gepland contactmoment op "
                         "volgorde, met wat er in deze klantreis van terechtkwam, en de stappen "
                         "die de klant improviseerde.",
        "kind.completed": "voltooid",
        "kind.failing": "mislukt",
        "kind.missing": "ontbreekt",
        "kind.ad_hoc": "geïmproviseerd",
        "column.fate": "Afloop",
        "column.touchpoint": "Gepland contactmoment",
        "column.channel": "Kanaal",
        "column.steps": "Stappen hier",
        "column.actual": "Wat de klant deed",
        "linked": "gekoppeld",
        "none": "—",
        "more.steps": "en nog {more} stappen",
        "more.fates": "en nog {more}",
        "summary.happened": "{happened} van de {planned} geplande contactmomenten vonden plaats",
        "summary.happened.one": "1 van de {planned} geplande contactmomenten vond plaats",
        "summary.failed": "{failing} mislukt",
        "summary.ad_hoc": "{count} geïmproviseerde stappen",
        "summary.ad_hoc.one": "1 geïmproviseerde stap",
        "summary.no_plan_steps": "het plan heeft geen contactmomenten",
        "plan.eyebrow": "Plan en praktijk",
        "plan.subject": "Een geplande klantreis naast de klantreizen die klanten beleefden",
        "plan.intro": "De dienst zoals ontworpen, naast de {count} gegeven werkelijke "
                      "klantreizen.",
        "plan.intro.one": "De dienst zoals ontworpen, naast de ene gegeven werkelijke klantreis.",
        "plan.figures.touchpoints": "Geplande contactmomenten",
        "plan.figures.journeys": "Werkelijke klantreizen",
        "plan.figures.completed": "Overal voltooid",
        "plan.figures.improvised": "Geïmproviseerde stappen",
        "plan.touchpoints": "Geplande contactmomenten over de werkelijke klantreizen",
        "plan.touchpoints.intro": "Per gepland contactmoment in hoeveel van de werkelijke "
                                  "klantreizen het voltooid werd, mislukte of ontbrak.",
        "plan.touchpoints.none": "Het plan heeft nog geen contactmomenten.",
        "plan.column.number": "#",
        "plan.column.touchpoint": "Contactmoment",
        "plan.column.channel": "Kanaal",
        "plan.column.bar": "Over de klantreizen",
        "plan.column.counts": "Voltooid · mislukt · ontbreekt",
        "plan.journeys": "De werkelijke klantreizen",
        "plan.journeys.intro": "Elke werkelijke klantreis in één regel: hoeveel van het plan "
                               "ervan terechtkwam en wat de klant improviseerde.",
        "plan.journeys.none": "Er is geen werkelijke klantreis gegeven; geef ze mee om met het "
                              "plan te vergelijken.",
        "plan.column.journey": "Klantreis",
        "plan.column.summary": "Naast het plan",
        "plan": "Plan: {title} ({steps} contactmomenten)",
        "plan.one": "Plan: {title} (1 contactmoment)",
        "journey": "{title}: {completed} van {total} contactmomenten volgens plan",
        "step": "stap {numbers}",
        "steps": "stappen {numbers}",
        "counts": "Per contactmoment, over {journeys} klantreizen",
        "column.completed": "Volgens plan",
        "column.failing": "Mislukt",
        "column.missing": "Ontbreekt",
        "ad_hoc.total": "Geïmproviseerde stappen in alle klantreizen: {count}",
    },
}


def plan_label(lang: str, key: str, **fields: object) -> str:
    """Return the label ``key`` in ``lang`` (English for an unknown language), filled in."""
    return fill_label(PLAN_LABELS, lang, key, **fields)


def kind_label(kind: DeviationKind, lang: str) -> str:
    """Return the name of a deviation kind (``completed``, ``voltooid`` ...)."""
    return plan_label(lang, f"kind.{kind.value}")


def comparison_summary(comparison: Comparison, lang: str) -> str:
    """Return one line: ``3 of 4 planned touchpoints happened; 1 failed; 2 improvised steps``.

    "Happened" counts completed and failing touchpoints; the failed part is left out when
    none failed, the improvised part when the customer improvised nothing.
    """
    planned = len(comparison.plan.steps)
    failing = comparison.count(DeviationKind.FAILING)
    happened = comparison.count(DeviationKind.COMPLETED) + failing
    ad_hoc = comparison.count(DeviationKind.AD_HOC)
    if not planned:
        parts = [plan_label(lang, "summary.no_plan_steps")]
    elif happened == 1:
        parts = [plan_label(lang, "summary.happened.one", planned=planned)]
    else:
        parts = [plan_label(lang, "summary.happened", happened=happened, planned=planned)]
    if failing:
        parts.append(plan_label(lang, "summary.failed", failing=failing))
    if ad_hoc == 1:
        parts.append(plan_label(lang, "summary.ad_hoc.one"))
    elif ad_hoc:
        parts.append(plan_label(lang, "summary.ad_hoc", count=ad_hoc))
    return "; ".join(parts)
