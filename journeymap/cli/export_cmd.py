"""``journeymap export FILE --pdf OUT [--pptx OUT] [--png OUT] ...``: reports and files, headless.

``--plan PLAN`` adds an actual journey's deviations from its plan to the PDF report; a planned
journey with ``--actual FILE...`` gets the plan report as its PDF instead.

The outputs are the export kinds of ``session.exports``, the registry *File → Export* uses too;
every output is analysed with the user's settings (``journeymap settings``). Every output but the
PNGs is written without Qt; the PNG writers start Qt offscreen when there is no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journeymap.cli import EXIT_OK, UsageError
from journeymap.core.model import LANGUAGES, Journey, JourneyKind
from journeymap.session.exports import EXPORT_KINDS, PAPERS


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="write the PDF report, slides, map images and exchange files of a journey",
        description="Write the PDF review report, the slides (PowerPoint, 16:9), the map and "
        "score curve as PNG or SVG, and the journey as CSV, JSON, Mermaid or CJML. Give at "
        "least one output.",
    )
    parser.add_argument("journey", metavar="FILE",
                        help="a journey file, or the id or title of a journey in the library")
    for kind in EXPORT_KINDS.values():
        parser.add_argument(kind.option, dest=_dest(kind.id), metavar="OUT", type=Path,
                            help=f"write {kind.help} to OUT")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the report (default: the journey's own)")
    parser.add_argument("--paper", choices=PAPERS, default="a4",
                        help="paper size of the PDF, landscape (default: a4)")
    parser.add_argument("--plan", metavar="PLAN",
                        help="the planned journey of this actual journey (a file, or the id or "
                        "title of a library journey): the PDF report then shows the deviations "
                        "from it")
    parser.add_argument("--actual", metavar="FILE", nargs="+", default=[],
                        help="actual journeys of this planned journey (files or library "
                        "journeys): the PDF is then the plan report, each planned touchpoint "
                        "with its counts over them")
    parser.add_argument("--redact", action="store_true",
                        help="mask personal data (names, phone numbers, e-mail addresses ...) "
                        "in every output")
    parser.set_defaults(run=run)


def _dest(kind_id: str) -> str:
    return "out_" + kind_id.replace("-", "_")


def run(args: argparse.Namespace) -> int:
    """Load the journey and write every output asked for."""
    wanted = {kind_id: getattr(args, _dest(kind_id)) for kind_id in EXPORT_KINDS
              if getattr(args, _dest(kind_id))}
    if not wanted:
        options = " ".join(kind.option for kind in EXPORT_KINDS.values())
        raise UsageError(f"journeymap export: give at least one output ({options})")
    from journeymap.cli.common import load_journey_arg
    from journeymap.session.context import user_context
    from journeymap.session.exports import export

    journey = load_journey_arg(args.journey)
    plan, actuals = _plan_inputs(args, journey, "pdf" in wanted)
    context = user_context(args.lang, journey)
    for path in export(wanted, journey, context, redact=args.redact, paper=args.paper,
                       plan=plan, actuals=actuals):
        print(f"wrote {path}")
    return EXIT_OK


def _plan_inputs(args: argparse.Namespace, journey: Journey,
                 pdf: bool) -> tuple[Journey | None, list[Journey]]:
    """Return the plan (``--plan``) and the actual journeys (``--actual``), checked.

    Raises:
        UsageError: ``--plan`` or ``--actual`` without ``--pdf``, or both at once.
        InvalidJourneyError: a plan that is not planned, an actual journey that names another
            plan or links a step to a step its plan does not have (the file and place named).
    """
    if not (args.plan or args.actual):
        return None, []
    if not pdf:
        raise UsageError("journeymap export: --plan and --actual are for the PDF report (--pdf)")
    if args.plan and args.actual:
        raise UsageError("journeymap export: give --plan for an actual journey or --actual for "
                         "a planned one, not both")
    from journeymap.cli.common import load_journey_arg
    from journeymap.core.deviations import is_plan_of, link_problems, plan_problems
    from journeymap.core.errors import InvalidJourneyError, Problem

    if args.plan:
        plan = load_journey_arg(args.plan)
        if problems := plan_problems(plan):
            raise InvalidJourneyError(args.plan, problems)
        problems = [Problem("kind", "is 'planned'; --plan is for an actual journey")] if (
            journey.kind is JourneyKind.PLANNED) else []
        if journey.plan is not None and not is_plan_of(plan, journey):
            problems.append(Problem("plan", f"names the plan {journey.plan!r}, not "
                                            f"{plan.title!r} given with --plan"))
        if problems := problems + link_problems(plan, journey):
            raise InvalidJourneyError(args.journey, problems)
        return plan, []
    if problems := plan_problems(journey):
        raise InvalidJourneyError(args.journey, problems)
    actuals = []
    for spec in args.actual:
        actual = load_journey_arg(spec)
        problems = link_problems(journey, actual)
        if actual.plan is not None and not is_plan_of(journey, actual):
            problems.insert(0, Problem("plan", f"names the plan {actual.plan!r}, not "
                                               f"{journey.title!r}"))
        if problems:
            raise InvalidJourneyError(spec, problems)
        actuals.append(actual)
    return None, actuals
