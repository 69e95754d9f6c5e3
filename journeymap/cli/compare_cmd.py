"""``journeymap compare PLANNED ACTUAL... [--json] [--cjml OUT] [--lang]`` (docs/plans.md).

Compares each actual journey with the planned one: per planned touchpoint completed, failing or
missing, and the steps the customer improvised (ad hoc); with several actual journeys also the
counts per touchpoint. A CJML file may hold the plan and its actual journeys, so it can be the
only argument. A link to a step the plan does not have is bad input (exit 2, file and place
named); an actual journey that names another plan, or a plan not marked planned, is a warning.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journeymap.cli import EXIT_OK, UsageError
from journeymap.core.deviations import (
    Comparison,
    Deviation,
    DeviationKind,
    TouchpointCounts,
    compare,
    is_plan_of,
    link_problems,
    plan_problems,
    touchpoint_counts,
)
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import LANGUAGES, Journey, JourneyKind
from journeymap.core.plan_texts import plan_label
from journeymap.core.texts import channel_label


@dataclass(frozen=True, slots=True)
class _Source:
    """A journey and where it came from: the file (or library title) and its place in it."""

    journey: Journey
    name: str
    prefix: str = ""

    def place(self, place: str) -> str:
        """Return ``place`` as this source names it (CJML calls steps touchpoints)."""
        if Path(self.name).suffix.lower() in (".cjml", ".xml"):
            place = place.replace("steps[", "touchpoints[", 1)
        return self.prefix + place


def add_parser(subparsers: Any) -> None:
    """Register the ``compare`` command."""
    parser = subparsers.add_parser(
        "compare", help="compare actual journeys with the planned one (CJML deviations)",
        description="Compare the journeys customers lived with the service as designed: per "
        "planned touchpoint completed, failing or missing, and the steps customers improvised "
        "(ad hoc); with several actual journeys the counts per touchpoint. Steps linked to a "
        "planned step (planned_step) are trusted; the others are matched by channel and title "
        "similarity, in order. A CJML file holding a plan and its journeys may be given alone.",
    )
    parser.add_argument("planned", metavar="PLANNED",
                        help="the planned journey: a file, or a library journey by id or title")
    parser.add_argument("actual", nargs="*", metavar="ACTUAL", help="actual journeys")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cjml", metavar="OUT",
                        help="also write the plan and its actual journeys to one CJML file")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the report (default: the plan's language)")
    parser.set_defaults(run=run)


def _load(spec: str) -> list[_Source]:
    """Return every journey ``spec`` names (a CJML file may hold several)."""
    path = Path(spec)
    if not path.is_file():
        from journeymap.cli.common import load_journey_arg

        return [_Source(load_journey_arg(spec), spec)]
    from journeymap.formats import read_journeys

    results = read_journeys(path)
    several = len(results) > 1
    sources = []
    for index, result in enumerate(results):
        for warning in result.warnings:
            print(f"{spec}: warning: {warning.describe()}", file=sys.stderr)
        sources.append(_Source(result.journey, spec, f"journeys[{index}]." if several else ""))
    return sources


def _split(sources: list[_Source], rest: list[_Source]) -> tuple[_Source, list[_Source]]:
    """Return the plan (the first planned journey of the PLANNED argument, else its first
    journey) and the actual journeys (the PLANNED argument's others, then the rest)."""
    plan = next((s for s in sources if s.journey.kind is JourneyKind.PLANNED), sources[0])
    return plan, [s for s in sources if s is not plan] + rest


def run(args: argparse.Namespace) -> int:
    """Compare, print the result and write the CJML file if asked."""
    sources = _load(args.planned)
    plan, actuals = _split(sources, [s for spec in args.actual for s in _load(spec)])
    if not actuals:
        raise UsageError("journeymap compare: give the planned journey and at least one actual "
                         "journey (or one CJML file holding both)")
    for problem in plan_problems(plan.journey):
        print(f"{plan.name}: warning: {plan.prefix}{problem.describe()}", file=sys.stderr)
    for source in actuals:
        problems = link_problems(plan.journey, source.journey)
        if problems:
            raise InvalidJourneyError(source.name, [
                Problem(source.place(p.place), p.message, p.step_index) for p in problems])
        if source.journey.plan is not None and not is_plan_of(plan.journey, source.journey):
            print(f"{source.name}: warning: {source.prefix}plan: names the plan "
                  f"{source.journey.plan!r}, not {plan.journey.title!r}; compared anyway",
                  file=sys.stderr)
    comparisons = [compare(plan.journey, source.journey) for source in actuals]
    counts = touchpoint_counts(plan.journey, comparisons)
    if args.cjml:
        _write_cjml(args.cjml, plan.journey, [s.journey for s in actuals])
        print(f"wrote {args.cjml}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        from journeymap.cli.common import print_json

        print_json(comparison_to_dict(plan.journey, comparisons, counts))
    else:
        print(render_comparisons(plan.journey, comparisons, counts,
                                 args.lang or plan.journey.language))
    return EXIT_OK


def _write_cjml(out: str, plan: Journey, actuals: list[Journey]) -> None:
    """Write the plan and its actual journeys, each actual one naming the plan."""
    from journeymap.formats.atomic import atomic_write_text
    from journeymap.formats.cjml import to_cjml_all

    named = [j if is_plan_of(plan, j) else j.with_changes(plan=plan.title) for j in actuals]
    atomic_write_text(out, to_cjml_all([plan, *named]))


def comparison_to_dict(plan: Journey, comparisons: list[Comparison],
                       counts: tuple[TouchpointCounts, ...]) -> dict[str, object]:
    """Return the ``--json`` object: the plan, each journey's deviations, the counts."""
    return {
        "plan": plan.title,
        "journeys": [{
            "title": comparison.actual.title,
            "deviations": [{
                "kind": d.kind.value, "planned_step": d.planned_step,
                "actual_steps": list(d.step_numbers), "channel": d.channel,
                "linked": d.linked,
            } for d in comparison.deviations],
        } for comparison in comparisons],
        "touchpoints": [{
            "planned_step": c.planned_step, "title": c.title, "channel": c.channel,
            "completed": c.completed, "failing": c.failing, "missing": c.missing,
        } for c in counts],
    }


def _deviation_line(comparison: Comparison, deviation: Deviation, lang: str) -> str:
    kind = plan_label(lang, f"kind.{deviation.kind.value}")
    channel = str(channel_label(deviation.channel, lang))
    numbers = ", ".join(str(n) for n in deviation.step_numbers)
    where = plan_label(lang, "step" if len(deviation.step_numbers) == 1 else "steps",
                       numbers=numbers)
    if deviation.planned_step is None:
        title = comparison.actual.steps[deviation.actual_steps[0]].title
        return f"  {kind:<15} {where}: {title} ({channel})"
    planned_index = comparison.plan.step_index(deviation.planned_step)
    planned = f"{planned_index + 1}. {comparison.plan.steps[planned_index].title} ({channel})"
    if deviation.kind is DeviationKind.MISSING:
        return f"  {kind:<15} {planned}"
    linked = f", {plan_label(lang, 'linked')}" if deviation.linked else ""
    return f"  {kind:<15} {planned}: {where}{linked}"


def render_comparisons(plan: Journey, comparisons: list[Comparison],
                       counts: tuple[TouchpointCounts, ...], lang: str) -> str:
    """Return the terminal report: each journey's deviations, then (with several) the counts."""
    steps = len(plan.steps)
    title = (plan_label(lang, "plan.one", title=plan.title) if steps == 1
             else plan_label(lang, "plan", title=plan.title, steps=steps))
    out = [title, "=" * len(title)]
    for comparison in comparisons:
        completed = comparison.count(DeviationKind.COMPLETED)
        out += ["", plan_label(lang, "journey", title=comparison.actual.title,
                               completed=completed, total=steps)]
        out += [_deviation_line(comparison, d, lang) for d in comparison.deviations]
    if len(comparisons) > 1:
        out += ["", plan_label(lang, "counts", journeys=len(comparisons))]
        names = [f"{plan.step_index(c.planned_step) + 1}. {c.title}" for c in counts]
        width = max([len(plan_label(lang, "column.touchpoint")), *map(len, names)])
        columns = [plan_label(lang, f"column.{kind}") for kind in
                   ("completed", "failing", "missing")]
        out.append(f"  {plan_label(lang, 'column.touchpoint'):<{width}}  "
                   + "  ".join(columns))
        for name, count in zip(names, counts, strict=True):
            cells = (count.completed, count.failing, count.missing)
            out.append(f"  {name:<{width}}  " + "  ".join(
                f"{cell:>{len(column)}}" for cell, column in zip(cells, columns, strict=True)))
        ad_hoc = sum(c.count(DeviationKind.AD_HOC) for c in comparisons)
        out += ["", plan_label(lang, "ad_hoc.total", count=ad_hoc)]
    return "\n".join(out)
