"""``journeymap analyze FILE [--json] [--lang en|nl]``: scores, findings and tips, headless."""

from __future__ import annotations

import argparse
import shutil
import textwrap
from collections.abc import Mapping
from typing import Any

from journeymap.cli import EXIT_OK
from journeymap.cli.common import load_journey_arg, print_json
from journeymap.core.collector import collector_paused
from journeymap.core.findings import Analysis, Break, Finding, Severity
from journeymap.core.model import LANGUAGES, Journey
from journeymap.core.texts import channel_label, format_score, label, rule_name

MAX_WIDTH = 100


def add_parser(subparsers: Any) -> None:
    """Register the ``analyze`` command."""
    parser = subparsers.add_parser(
        "analyze", help="print the integration breaks and improvement tips of a journey",
        description="Analyse a journey: its scores, the integration breaks and other findings, "
        "with a tip for each, and the three improvements with the most effect.",
    )
    parser.add_argument("journey", metavar="FILE",
                        help="a journey file, or the id or title of a journey in the library")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (title, steps, score, findings, questions)")
    parser.add_argument("--suggest", action="store_true",
                        help="analyse as if every annotation proposed from the journey's own "
                        "words were accepted; inferred findings say so and quote the words")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of messages and tips (default: the journey's own)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Analyse the journey and print the report or the JSON object."""
    # The whole command makes millions of small objects and no reference cycles: with the
    # cyclic collector on between the steps (reading, analysing, writing), its passes over
    # everything made so far cost a fifth of the time. ``_run`` has let go of it all before the
    # collector is on again.
    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    journey = load_journey_arg(args.journey)
    from journeymap.session.context import user_context

    context = user_context(args.lang, journey)
    suggested = context.suggest(journey) if args.suggest else None
    analysis = suggested.analysis if suggested is not None else context.analyze(journey)
    if args.json:
        from journeymap.formats.analysis_json import analysis_to_dict, suggested_to_dict

        document = (suggested_to_dict(journey, suggested) if suggested is not None
                    else analysis_to_dict(journey, analysis))
        print_json(document)
    else:
        width = min(MAX_WIDTH, shutil.get_terminal_size((MAX_WIDTH, 24)).columns)
        quotes = ({index: tuple(p.quote for p in because)
                   for index, because in suggested.because.items()} if suggested else {})
        print(render_report(journey, analysis, width=width, inferred=quotes))
    return EXIT_OK


def _number(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "nl" else text


def step_word(count: int) -> str:
    """Return the label key of "step" or "steps" for ``count`` steps."""
    return "report.step_label" if count == 1 else "report.steps_label"


def _steps(finding: Finding | Break, lang: str) -> str:
    numbers = ", ".join(str(n) for n in finding.step_numbers)
    word = label(lang, step_word(len(finding.step_numbers)))
    return f"{word} {numbers}" if numbers else ""


def render_report(journey: Journey, analysis: Analysis, *, width: int = MAX_WIDTH,
                  inferred: Mapping[int, tuple[str, ...]] | None = None) -> str:
    """Return the readable terminal report of ``analysis`` (in ``analysis.lang``).

    ``inferred`` maps the index of each finding inferred from proposals to the quoted words it
    rests on; those findings are marked as not yet confirmed.
    """
    inferred = inferred or {}
    index_of = {id(finding): index for index, finding in enumerate(analysis.findings)}
    lang = analysis.lang
    score = analysis.score
    lines = [journey.title, "=" * min(len(journey.title), width)]
    lines.append(
        f"{label(lang, 'report.steps')}: {len(journey.steps)}   "
        f"{label(lang, 'report.score')}: {label(lang, 'report.total')} {format_score(score.total)}"
        f", {label(lang, 'report.mean')} {_number(score.mean, lang)} "
        f"({label(lang, 'report.plus')} {score.plus}, {label(lang, 'report.minus')} "
        f"{score.minus}, {label(lang, 'report.neutral')} {score.neutral})")
    if score.lowest_step_index is not None:
        lowest = journey.steps[score.lowest_step_index]
        lines.append(f"{label(lang, 'report.lowest')}: {label(lang, 'report.step_label')} "
                     f"{score.lowest_step_index + 1}, '{lowest.title}' "
                     f"({format_score(lowest.score)})")
    lines += ["", f"{label(lang, 'report.findings')} ({len(analysis.findings)})"]
    if not analysis.findings:
        lines.append("  " + label(lang, "report.no_findings"))
    for severity in Severity:
        group = [f for f in analysis.findings if f.severity is severity]
        if not group:
            continue
        lines += ["", f"{label(lang, f'severity.{severity.value}')} ({len(group)})"]
        for finding in group:
            lines.append(f"  * {rule_name(finding.rule, lang)} [{finding.rule}], "
                         f"{_steps(finding, lang)}")
            lines += _wrap(finding.message, width, "    ")
            quotes = inferred.get(index_of[id(finding)])
            if quotes is not None:
                quoted = "; ".join(f"\u201c{quote}\u201d" for quote in dict.fromkeys(quotes))
                lines += _wrap(f"({label(lang, 'report.inferred')}: {quoted})", width, "    ")
            lines += _wrap(f"{label(lang, 'report.tip')}: {finding.tip}", width, "    ")
    lines += _questions(analysis, width)
    if analysis.top:
        lines += ["", label(lang, "report.top")]
        for number, found in enumerate(analysis.top, start=1):
            lines += _wrap(f"{number}. {found.title} ({_steps(found, lang)})", width, "  ")
            lines += _wrap(found.tip, width, "     ")
    if score.by_channel:
        lines += ["", label(lang, "report.by_channel")]
        names = {c: channel_label(c, lang) for c in score.by_channel}
        name_width = max(len(name) for name in names.values())
        for channel_id, group_score in score.by_channel.items():
            lines.append(
                f"  {names[channel_id]:<{name_width}}  {group_score.steps:>5} "
                f"{label(lang, step_word(group_score.steps)):<8} {label(lang, 'report.total')} "
                f"{format_score(group_score.total):>4}  {label(lang, 'report.mean')} "
                f"{_number(group_score.mean, lang):>5}")
    return "\n".join(lines)


def _questions(analysis: Analysis, width: int) -> list[str]:
    """Return the lines of the open questions, grouped per step (none: no lines)."""
    if not analysis.questions:
        return []
    lines = ["", f"{label(analysis.lang, 'report.questions')} ({len(analysis.questions)})"]
    for question in analysis.questions:
        lines += textwrap.wrap(question.question, width=max(width, 40), initial_indent="  ? ",
                               subsequent_indent="    ", break_on_hyphens=False)
    return lines


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(text, width=max(width, 40), initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False) or [indent]
