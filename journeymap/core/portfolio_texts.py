"""Labels of the portfolio reports (``aggregate`` on the terminal and in the PDF), per language.

Data only, like ``texts_en``/``texts_nl``; templates use ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from journeymap.core.aggregate import Portfolio
from journeymap.core.texts import fill_label, language

PORTFOLIO_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Portfolio of {journeys} journeys",
        "title.one": "Portfolio of 1 journey",
        "summary": "{journeys} journeys, {steps} steps, {findings} findings of which {breaks} "
                   "integration breaks",
        "planned.skipped": "{count} planned journeys not counted: the portfolio counts actual "
                           "journeys only, not the service as designed.",
        "planned.skipped.one": "1 planned journey not counted: the portfolio counts actual "
                               "journeys only, not the service as designed.",
        "planned.only": "Every journey given is planned ({count} in all), so nothing was "
                        "counted: the portfolio counts actual journeys only, what customers "
                        "lived. Compare a plan with its actual journeys with "
                        "journeymap compare.",
        "planned.only.one": "The one journey given is planned, so nothing was counted: the "
                            "portfolio counts actual journeys only, what customers lived. "
                            "Compare a plan with its actual journeys with journeymap compare.",
        "recurring": "Recurring findings",
        "recurring.intro": "Each line is one rule on one hand-off between channels, counted in "
                           "the journeys where it occurs.",
        "recurring.none": "No finding occurs in these journeys.",
        "recurring.where": "in {journeys} of {total} journeys, {findings} times",
        "recurring.where.once": "in 1 of {total} journeys, once",
        "recurring.journeys": "Journeys",
        "transitions": "Channel transitions",
        "transitions.intro": "Rows: the channel the customer leaves; columns: the channel they "
                             "move to. Each cell shows how often, the mean score change and, "
                             "in brackets, the share that breaks.",
        "transitions.none": "No step in these journeys moves to another channel.",
        "transitions.from": "from",
        "transitions.to": "to",
        "transitions.count": "count",
        "transitions.delta": "mean change",
        "transitions.breaks": "breaks",
        "by_channel": "Scores per channel",
        "by_phase": "Scores per phase",
        "column.channel": "Channel",
        "column.phase": "Phase",
        "column.steps": "Steps",
        "column.journeys": "Journeys",
        "column.mean": "Mean",
        "column.total": "Total",
        "column.title": "Journey",
        "column.breaks": "Breaks",
        "column.findings": "Findings",
        "most_breaks": "Journeys with the most breaks",
        "most_breaks.none": "No journey has an integration break.",
        "tip": "Tip",
        # The tip names one journey's steps: say which journey it was written for.
        "tip.from": "Tip, as given for “{title}”",
        "no_channel": "no step",
    },
    "nl": {
        "title": "Portfolio van {journeys} klantreizen",
        "title.one": "Portfolio van 1 klantreis",
        "summary": "{journeys} klantreizen, {steps} stappen, {findings} bevindingen, waarvan "
                   "{breaks} integratiebreuken",
        "planned.skipped": "{count} geplande klantreizen niet meegeteld: het portfolio telt "
                           "alleen werkelijke klantreizen, niet de dienst zoals ontworpen.",
        "planned.skipped.one": "1 geplande klantreis niet meegeteld: het portfolio telt alleen "
                               "werkelijke klantreizen, niet de dienst zoals ontworpen.",
        "planned.only": "Alle opgegeven klantreizen zijn gepland ({count} in totaal), dus er "
                        "is niets geteld: het portfolio telt alleen werkelijke klantreizen, "
                        "wat klanten beleefden. Vergelijk een plan met zijn werkelijke "
                        "klantreizen met journeymap compare.",
        "planned.only.one": "De enige opgegeven klantreis is gepland, dus er is niets geteld: "
                            "het portfolio telt alleen werkelijke klantreizen, wat klanten "
                            "beleefden. Vergelijk een plan met zijn werkelijke klantreizen met "
                            "journeymap compare.",
        "recurring": "Terugkerende bevindingen",
        "recurring.intro": "Elke regel is één regel van de analyse bij één overdracht tussen "
                           "kanalen, geteld in de klantreizen waarin hij voorkomt.",
        "recurring.none": "Geen bevinding komt voor in deze klantreizen.",
        "recurring.where": "in {journeys} van {total} klantreizen, {findings} keer",
        "recurring.where.once": "in 1 van {total} klantreizen, één keer",
        "recurring.journeys": "Klantreizen",
        "transitions": "Kanaalovergangen",
        "transitions.intro": "Rijen: het kanaal dat de klant verlaat; kolommen: het kanaal "
                             "waar de klant heen gaat. Elke cel toont hoe vaak, de gemiddelde "
                             "verandering van de score en, tussen haakjes, het deel dat breekt.",
        "transitions.none": "Geen stap in deze klantreizen gaat naar een ander kanaal.",
        "transitions.from": "van",
        "transitions.to": "naar",
        "transitions.count": "aantal",
        "transitions.delta": "gem. verandering",
        "transitions.breaks": "breuken",
        "by_channel": "Scores per kanaal",
        "by_phase": "Scores per fase",
        "column.channel": "Kanaal",
        "column.phase": "Fase",
        "column.steps": "Stappen",
        "column.journeys": "Klantreizen",
        "column.mean": "Gemiddeld",
        "column.total": "Totaal",
        "column.title": "Klantreis",
        "column.breaks": "Breuken",
        "column.findings": "Bevindingen",
        "most_breaks": "Klantreizen met de meeste breuken",
        "most_breaks.none": "Geen klantreis heeft een integratiebreuk.",
        "tip": "Tip",
        "tip.from": "Tip, zoals gegeven bij “{title}”",
        "no_channel": "geen stap",
    },
}


def portfolio_label(lang: str, key: str, **fields: object) -> str:
    """Return the portfolio label ``key`` in ``lang`` with ``fields`` filled in."""
    return fill_label(PORTFOLIO_LABELS, lang, key, **fields)


def planned_note(portfolio: Portfolio) -> str:
    """Return the note on the planned journeys ``portfolio`` left out ("" when there were none).

    When nothing but planned journeys was given, the note says so: an empty portfolio is then
    no mistake of the user's, only nothing to count.
    """
    lang, skipped = portfolio.lang, portfolio.skipped_planned
    if skipped <= 0:
        return ""
    if portfolio.only_planned:
        return (portfolio_label(lang, "planned.only.one") if skipped == 1
                else portfolio_label(lang, "planned.only", count=skipped))
    if skipped == 1:
        return portfolio_label(lang, "planned.skipped.one")
    return portfolio_label(lang, "planned.skipped", count=skipped)


def format_number(value: float, lang: str, places: int = 2) -> str:
    """Return ``value`` with ``places`` decimals, a decimal comma in Dutch."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if language(lang) == "nl" else text


def format_signed(value: float, lang: str, places: int = 1) -> str:
    """Return ``value`` with its sign (``+0.5``, ``-1.2``, ``0.0``), a decimal comma in Dutch."""
    text = f"{value:+.{places}f}" if round(value, places) else f"{0:.{places}f}"
    return text.replace(".", ",") if language(lang) == "nl" else text


def format_share(share: float) -> str:
    """Return a share of 0..1 as a whole percentage."""
    return f"{round(share * 100)}%"
