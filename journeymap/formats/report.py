"""What the review report says, independent of how it is drawn: labels, figures, rows.

Qt-free and reportlab-free, so the PDF (and any later report format) and the tests share one
source. Headings and labels exist in English and Dutch; analysis texts (severity names, rule names,
messages and tips) come from ``core.texts`` and the analysis itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journeymap.core import texts
from journeymap.core.channels import channel as catalogue_channel
from journeymap.core.channels import is_channel_id
from journeymap.core.findings import Analysis, Break, Finding, GroupScore, Severity
from journeymap.core.model import LANGUAGES, Journey, Outcome, display_sign, score_sign

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "eyebrow": "Customer journey review",
        "persona": "Persona",
        "organisation": "Organisation",
        "goal": "Goal",
        "date": "Date",
        "author": "Author",
        "description": "About this journey",
        "figures.steps": "Steps",
        "figures.net": "Net score",
        "figures.plus": "Plus steps",
        "figures.minus": "Minus steps",
        "figures.findings": "Findings",
        "figures.breaks": "Breaks",
        "overview": "The journey at a glance",
        "overview.caption": "One tile per step in its channel, coloured by its score; a "
                            "numbered marker starts each break.",
        "legend.breaks": "Breaks",
        "breaks": "Breaks and pain points",
        "breaks.intro": "Each break once, with the findings it groups; the first three are the "
                        "top improvements above.",
        "breaks.findings": "What the analysis found",
        "kind.break": "Break",
        "kind.pain-point": "Pain point",
        "kind.finding": "Finding",
        "scores": "Scores per channel and phase",
        "chart.figures": "{mean} · {steps} steps",
        "chart.figures.one": "{mean} · 1 step",
        "slide.overview": "The journey at a glance",
        "slide.curve": "How the customer felt, step by step",
        "curve": "Score per step",
        "curve.caption": "Each dot is one step, from -- (strong minus) to ++ (strong plus).",
        "top": "Top three improvements",
        "top.intro": "Fixing these helps the customer most, in this order.",
        "findings.none": "No integration breaks or other findings.",
        "tip": "Tip",
        "step": "Step",
        "steps": "Steps",
        "steps.more": "and {more} more",
        "and": "and",
        "map": "Journey map",
        "map.part": "steps {first}–{last} of {count}",
        "map.lanes": "channels, part {part} of {parts}",
        "map.empty": "This journey has no steps yet.",
        "legend.score": "Score",
        "legend.outcome": "Outcome",
        "legend.switch": "channel switch",
        "legend.findings": "Findings",
        "table.steps": "Steps",
        "table.number": "#",
        "table.phase": "Phase",
        "table.channel": "Channel",
        "table.title": "Step",
        "table.score": "Score",
        "table.outcome": "Outcome",
        "table.note": "Note",
        "table.total": "Total",
        "table.mean": "Mean",
        "by_channel": "Score per channel",
        "by_phase": "Score per phase",
        "no_phase": "(no phase)",
        "outcome.success": "success",
        "outcome.failed": "failed",
        "outcome.abandoned": "abandoned",
        "outcome.pending": "pending",
        "page": "Page {number} of {total}",
        "subject": "Customer journey review: map, score curve, integration breaks and tips",
        "redacted": "Personal data in this report is masked.",
        "generated": "Made with JourneyMap",
    },
    "nl": {
        "eyebrow": "Review van de klantreis",
        "persona": "Persona",
        "organisation": "Organisatie",
        "goal": "Doel",
        "date": "Datum",
        "author": "Auteur",
        "description": "Over deze klantreis",
        "figures.steps": "Stappen",
        "figures.net": "Nettoscore",
        "figures.plus": "Plusstappen",
        "figures.minus": "Minstappen",
        "figures.findings": "Bevindingen",
        "figures.breaks": "Breuken",
        "overview": "De klantreis in één oogopslag",
        "overview.caption": "Eén tegel per stap in zijn kanaal, gekleurd naar de score; een "
                            "genummerde markering begint elke breuk.",
        "legend.breaks": "Breuken",
        "breaks": "Breuken en pijnpunten",
        "breaks.intro": "Elke breuk één keer, met de bevindingen die erbij horen; de eerste drie "
                        "zijn de belangrijkste verbeteringen hierboven.",
        "breaks.findings": "Wat de analyse vond",
        "kind.break": "Breuk",
        "kind.pain-point": "Pijnpunt",
        "kind.finding": "Bevinding",
        "scores": "Scores per kanaal en fase",
        "chart.figures": "{mean} · {steps} stappen",
        "chart.figures.one": "{mean} · 1 stap",
        "slide.overview": "De klantreis in één oogopslag",
        "slide.curve": "Hoe de klant zich voelde, stap voor stap",
        "curve": "Score per stap",
        "curve.caption": "Elke stip is een stap, van -- (dikke min) tot ++ (dikke plus).",
        "top": "De drie belangrijkste verbeteringen",
        "top.intro": "Deze verbeteringen helpen de klant het meest, in deze volgorde.",
        "findings.none": "Geen integratiebreuken of andere bevindingen.",
        "tip": "Tip",
        "step": "Stap",
        "steps": "Stappen",
        "steps.more": "en nog {more}",
        "and": "en",
        "map": "Klantreiskaart",
        "map.part": "stappen {first}–{last} van {count}",
        "map.lanes": "kanalen, deel {part} van {parts}",
        "map.empty": "Deze klantreis heeft nog geen stappen.",
        "legend.score": "Score",
        "legend.outcome": "Uitkomst",
        "legend.switch": "kanaalwissel",
        "legend.findings": "Bevindingen",
        "table.steps": "Stappen",
        "table.number": "#",
        "table.phase": "Fase",
        "table.channel": "Kanaal",
        "table.title": "Stap",
        "table.score": "Score",
        "table.outcome": "Uitkomst",
        "table.note": "Notitie",
        "table.total": "Totaal",
        "table.mean": "Gemiddeld",
        "by_channel": "Score per kanaal",
        "by_phase": "Score per fase",
        "no_phase": "(geen fase)",
        "outcome.success": "geslaagd",
        "outcome.failed": "mislukt",
        "outcome.abandoned": "afgebroken",
        "outcome.pending": "wacht op organisatie",
        "page": "Pagina {number} van {total}",
        "subject": "Review van de klantreis: kaart, scoreverloop, integratiebreuken en tips",
        "redacted": "Persoonsgegevens in dit rapport zijn afgeschermd.",
        "generated": "Gemaakt met JourneyMap",
    },
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}


def report_language(journey: Journey, lang: str | None) -> str:
    """Return the report's language: ``lang`` if given and known, else the journey's own."""
    if lang in LANGUAGES:
        return str(lang)
    return journey.language if journey.language in LANGUAGES else "en"


def label(lang: str, key: str, **fields: object) -> str:
    """Return the report label ``key`` in ``lang`` (English when missing), fields filled in."""
    table = LABELS.get(lang, LABELS["en"])
    text = table.get(key, LABELS["en"][key])
    return text.format(**fields) if fields else text


def severity_label(severity: Severity, lang: str) -> str:
    """Return the name of a severity (``High`` / ``Hoog``)."""
    return texts.label(lang, f"severity.{severity.value}")


def category_label(finding: Finding, lang: str) -> str:
    """Return the name of a finding's category."""
    return texts.label(lang, f"category.{finding.category.value}")


def rule_label(finding: Finding, lang: str) -> str:
    """Return the short name of the rule behind a finding (its id when the catalogue lacks it)."""
    try:
        return texts.rule_name(finding.rule, lang)
    except KeyError:
        return finding.rule


def outcome_label(outcome: Outcome, lang: str) -> str:
    """Return the name of a step outcome."""
    return label(lang, f"outcome.{outcome.value}")


def channel_name(channel_id: str, lang: str) -> str:
    """Return a channel's display name (the id itself when unknown)."""
    return catalogue_channel(channel_id).name(lang) if is_channel_id(channel_id) else channel_id


def format_date(date: dt.date, lang: str) -> str:
    """Return ``26 November 2026`` / ``26 november 2026``."""
    return f"{date.day} {_MONTHS.get(lang, _MONTHS['en'])[date.month - 1]} {date.year}"


def format_number(value: float, lang: str, digits: int = 2) -> str:
    """Return a number with a decimal comma in Dutch and a real minus sign."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    text = text.replace("-", "−")
    return text.replace(".", ",") if lang == "nl" else text


def format_total(total: int) -> str:
    """Return a net score with its sign: ``+3``, ``0``, ``−3``."""
    return f"+{total}" if total > 0 else ("0" if total == 0 else f"−{-total}")


#: The most step numbers a heading lists; the rest are counted ("and 154 more"). A finding over
#: a long journey (too many channels in 1,000 steps) concerns hundreds of steps; listed in full,
#: they made a heading or a top improvement taller than a page, and a list that long says
#: nothing a reader can use.
STEPS_LISTED = 12


def format_steps(numbers: tuple[int, ...], lang: str, *, most: int = STEPS_LISTED) -> str:
    """Return ``Step 4``, ``Steps 2, 4 and 7``, or for more than ``most`` numbers the first
    ``most`` of them and how many more (``Steps 3, 4, ... 16 and 154 more``)."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"{label(lang, 'step')} {numbers[0]}"
    items = [str(n) for n in numbers]
    if len(items) > most:
        more = label(lang, "steps.more", more=len(items) - most)
        return f"{label(lang, 'steps')} {', '.join(items[:most])} {more}"
    return f"{label(lang, 'steps')} {', '.join(items[:-1])} {label(lang, 'and')} {items[-1]}"


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One number on the cover, with what it counts."""

    label: str
    value: str
    score: int | None = None  # colours the value like a score (-2..2) when set


def key_figures(journey: Journey, analysis: Analysis, lang: str) -> tuple[KeyFigure, ...]:
    """Return the cover's key figures: steps, net score, plus and minus steps."""
    score = analysis.score
    net = max(-2, min(2, score.total))
    return (
        KeyFigure(label(lang, "figures.steps"), str(len(journey.steps))),
        KeyFigure(label(lang, "figures.net"), format_total(score.total), net),
        KeyFigure(label(lang, "figures.plus"), str(score.plus), 1),
        KeyFigure(label(lang, "figures.minus"), str(score.minus), -1),
    )


def findings_by_severity(analysis: Analysis) -> tuple[tuple[Severity, tuple[Finding, ...]], ...]:
    """Return the findings grouped high, medium, low (empty groups left out), in step order."""
    groups = []
    for severity in sorted(Severity, key=lambda s: s.rank):
        found = tuple(f for f in analysis.findings if f.severity is severity)
        if found:
            groups.append((severity, found))
    return tuple(groups)


@dataclass(frozen=True, slots=True)
class StepRow:
    """One row of the step table."""

    number: int
    phase: str
    channel: str
    title: str
    score: int
    sign: str
    outcome: str
    note: str
    failed: bool = False  # failed, abandoned or left pending: worth a second look


def step_rows(journey: Journey, lang: str) -> tuple[StepRow, ...]:
    """Return one row per step for the step table."""
    return tuple(
        StepRow(number=index + 1, phase=step.phase or "", channel=channel_name(step.channel, lang),
                title=step.title, score=step.score, sign=display_sign(score_sign(step.score)),
                outcome=outcome_label(step.outcome, lang), note=step.note or "",
                failed=step.outcome is not Outcome.SUCCESS)
        for index, step in enumerate(journey.steps))


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One row of a score-per-channel or score-per-phase table."""

    name: str
    steps: int
    total: int
    mean: float


def channel_rows(analysis: Analysis, lang: str) -> tuple[GroupRow, ...]:
    """Return the score per channel, worst mean first."""
    return _group_rows({channel_name(k, lang): v for k, v in analysis.score.by_channel.items()})


def phase_rows(journey: Journey, analysis: Analysis, lang: str) -> tuple[GroupRow, ...]:
    """Return the score per phase in the journey's phase order (steps without one last)."""
    order = {name: position for position, name in enumerate(journey.phases)}
    groups = analysis.score.by_phase
    rows = [GroupRow(name or label(lang, "no_phase"), g.steps, g.total, g.mean)
            for name, g in groups.items()]
    return tuple(sorted(rows, key=lambda r: order.get(r.name, len(order))))


def _group_rows(groups: dict[str, GroupScore]) -> tuple[GroupRow, ...]:
    rows = [GroupRow(name, g.steps, g.total, g.mean) for name, g in groups.items()]
    return tuple(sorted(rows, key=lambda r: (r.mean, r.name)))


# --------------------------------------------------------------------------- breaks

def report_breaks(analysis: Analysis) -> tuple[Break, ...]:
    """Return every break in the order the report shows them: the top first, then by step."""
    ranked = analysis.top
    rest = sorted((b for b in analysis.breaks if b not in ranked),
                  key=lambda b: (b.step_indexes, b.severity.rank))
    return (*ranked, *rest)


def break_details(found: Break, lang: str) -> str:
    """Return ``Break · High · Steps 12, 13 and 15`` for a break's heading."""
    numbers = tuple(i + 1 for i in found.step_indexes)
    parts = [label(lang, f"kind.{found.kind}"), severity_label(found.severity, lang)]
    if numbers:
        parts.append(format_steps(numbers, lang))
    return "  ·  ".join(parts)


def chart_figures(row: GroupRow, lang: str) -> str:
    """Return the figures beside a bar: ``−0.42 · 12 steps``."""
    mean = format_number(row.mean, lang)
    if row.steps == 1:
        return label(lang, "chart.figures.one", mean=mean)
    return label(lang, "chart.figures", mean=mean, steps=row.steps)


def break_counts(analysis: Analysis) -> dict[Severity, int]:
    """Return how many breaks there are of each severity (every severity present)."""
    counts = dict.fromkeys(Severity, 0)
    for found in analysis.breaks:
        counts[found.severity] += 1
    return counts


def context_line(journey: Journey, lang: str) -> str:
    """Return the journey's context in one line: ``Persona: … · Goal: … · Date: …``."""
    items = (("persona", journey.persona), ("organisation", journey.organisation),
             ("goal", journey.goal),
             ("date", format_date(journey.date, lang) if journey.date else None),
             ("author", journey.author))
    return "  ·  ".join(f"{label(lang, key)}: {value}" for key, value in items if value)


def finding_details(finding: Finding, lang: str) -> str:
    """Return ``High · Steps 12 and 13`` for a finding under its break (the kind is the break's)."""
    parts = [severity_label(finding.severity, lang)]
    if finding.step_numbers:
        parts.append(format_steps(finding.step_numbers, lang))
    return "  ·  ".join(parts)
