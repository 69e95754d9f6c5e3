"""``journeymap aggregate [FILES|DIR|--all|--tag TAG] [--json] [--pdf OUT] [--lang] [--jobs N]``.

Analyses many journeys together (docs/portfolio.md): recurring findings by rule and channel pair,
the channel-transition matrix, scores per channel and phase, the journeys with the most breaks.
Every journey is analysed with the user's settings; planned journeys are not counted, and the
report says how many were left out (all planned is an empty portfolio with that note, not an
error). A file with an error is named with its problems and nothing is printed or written (exit
code 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from journeymap.cli import EXIT_BAD_INPUT, EXIT_OK, UsageError
from journeymap.core.aggregate import Portfolio
from journeymap.core.collector import collector_paused
from journeymap.core.model import LANGUAGES
from journeymap.core.portfolio_texts import (
    format_number,
    format_share,
    format_signed,
    planned_note,
    portfolio_label,
)
from journeymap.core.texts import channel_label, rule_name

#: How many recurring findings and transitions the terminal report lists.
REPORT_LINES = 15


def add_parser(subparsers: Any) -> None:
    """Register the ``aggregate`` command."""
    parser = subparsers.add_parser(
        "aggregate", help="analyse many journeys together: recurring breaks, channel transitions",
        description="Analyse many journeys together: the findings that recur (rule and channel "
        "pair, in how many journeys), the channel-transition matrix (how often, mean score "
        "change, share that breaks), scores per channel and phase, and the journeys with the "
        "most breaks. Give journey files or folders, or --all / --tag for the library.",
    )
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR",
                        help="journey files, or folders of them (read recursively)")
    parser.add_argument("--all", action="store_true", help="every journey in the library")
    parser.add_argument("--tag", help="only journeys with this tag (from the library, or of the "
                        "files given)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--pdf", metavar="OUT", help="write the portfolio report as PDF to OUT")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the report and tips (default: the preferred one)")
    parser.add_argument("--jobs", type=_jobs, metavar="N",
                        help="processes that read and analyse journey files (default: one per "
                        "CPU; 1 for this process alone; the library is read in one)")
    parser.set_defaults(run=run)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {value!r}")
    return jobs


def run(args: argparse.Namespace) -> int:
    """Aggregate the journeys asked for and print (and write) the result."""
    # The whole command makes millions of small objects and no reference cycles: with the
    # cyclic collector on between the steps (reading, analysing, writing), its passes over
    # everything made so far cost a fifth of the time. ``_run`` has let go of it all before the
    # collector is on again.
    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.paths and args.all:
        raise UsageError("journeymap aggregate: give files or folders, or --all, not both")
    if not (args.paths or args.all or args.tag):
        raise UsageError("journeymap aggregate: give journey files or folders, --all or --tag TAG")
    from journeymap.session.context import user_context

    context = user_context(args.lang)
    if args.paths:
        from journeymap.session.portfolio import expand_paths
        from journeymap.session.portfolio_files import count_files

        files = expand_paths(args.paths)
        portfolio, report = count_files(files, context, tag=args.tag, jobs=args.jobs)
        for path, warning in report.warnings:
            print(f"{path}: warning: {warning.describe()}", file=sys.stderr)
        if report.errors:
            for error in report.errors:
                print(error.report(), file=sys.stderr)
            print(f"journeymap aggregate: {len(report.errors)} of {len(files)} files have "
                  "errors; nothing was aggregated", file=sys.stderr)
            return EXIT_BAD_INPUT
    else:
        from journeymap.session.library import open_library
        from journeymap.session.portfolio import library_portfolio

        with open_library() as library:
            portfolio = library_portfolio(library, context, tag=args.tag)
    if args.pdf:
        from journeymap.formats.pdf_portfolio import write_portfolio_pdf

        write_portfolio_pdf(portfolio, args.pdf)
        print(f"wrote {args.pdf}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        from journeymap.cli.common import print_json
        from journeymap.formats.portfolio_json import portfolio_to_dict

        print_json(portfolio_to_dict(portfolio))
    elif not args.pdf:
        print(render_portfolio(portfolio))
    return EXIT_OK


def _channel(channel_id: str | None, lang: str) -> str:
    if channel_id is None:
        return portfolio_label(lang, "no_channel")
    return str(channel_label(channel_id, lang))


def render_portfolio(portfolio: Portfolio, *, lines: int = REPORT_LINES) -> str:
    """Return the terminal report of ``portfolio`` in its language."""
    lang = portfolio.lang
    count = len(portfolio.journeys)
    findings = sum(entry.findings for entry in portfolio.journeys)
    breaks = sum(entry.breaks for entry in portfolio.journeys)
    title = (portfolio_label(lang, "title.one") if count == 1
             else portfolio_label(lang, "title", journeys=count))
    out = [title, "=" * len(title),
           portfolio_label(lang, "summary", journeys=count, steps=portfolio.steps,
                           findings=findings, breaks=breaks)]
    note = planned_note(portfolio)
    if note:
        out.append(note)
    out.append("")
    out.append(portfolio_label(lang, "recurring"))
    if not portfolio.recurring:
        out.append("  " + portfolio_label(lang, "recurring.none"))
    for item in portfolio.recurring[:lines]:
        pair = f"{_channel(item.from_channel, lang)} -> {_channel(item.to_channel, lang)}"
        key = "recurring.where.once" if item.findings == 1 else "recurring.where"
        where = portfolio_label(lang, key, journeys=item.journeys, total=count,
                                findings=item.findings)
        out.append(f"  {rule_name(item.rule, lang)} [{item.rule}], {pair}: {where}")
    out += ["", portfolio_label(lang, "transitions")]
    if not portfolio.transitions:
        out.append("  " + portfolio_label(lang, "transitions.none"))
    for cell in portfolio.transitions[:lines]:
        out.append(
            f"  {_channel(cell.from_channel, lang)} -> {_channel(cell.to_channel, lang)}: "
            f"{cell.count}x, {portfolio_label(lang, 'transitions.delta')} "
            f"{format_signed(cell.mean_delta, lang, 2)}, "
            f"{portfolio_label(lang, 'transitions.breaks')} {format_share(cell.break_share)}")
    out += ["", portfolio_label(lang, "by_channel")]
    names = {c: _channel(c, lang) for c in portfolio.by_channel}
    width = max((len(name) for name in names.values()), default=0)
    for channel_id, stats in portfolio.by_channel.items():
        out.append(f"  {names[channel_id]:<{width}}  {stats.steps:>7} "
                   f"{portfolio_label(lang, 'column.steps').lower()}  "
                   f"{portfolio_label(lang, 'column.mean').lower()} "
                   f"{format_number(stats.mean, lang):>5}")
    if portfolio.by_phase:
        out += ["", portfolio_label(lang, "by_phase")]
        width = max(len(phase) for phase in portfolio.by_phase)
        for phase, stats in list(portfolio.by_phase.items())[:lines]:
            out.append(f"  {phase:<{width}}  {stats.steps:>7} "
                       f"{portfolio_label(lang, 'column.steps').lower()}  "
                       f"{portfolio_label(lang, 'column.mean').lower()} "
                       f"{format_number(stats.mean, lang):>5}")
    out += ["", portfolio_label(lang, "most_breaks")]
    ranked = portfolio.most_breaks()
    if not ranked:
        out.append("  " + portfolio_label(lang, "most_breaks.none"))
    for entry in ranked:
        out.append(f"  {entry.breaks:>4}  {entry.title}")
    return "\n".join(out)
