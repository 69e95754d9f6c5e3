"""The one registry of export kinds, used by ``journeymap export`` and *File → Export* alike.

Each kind names its file suffix, its file-dialog filter, its command-line option and its writer.
``export`` masks personal data when asked, analyses the (masked) journey once in the given
context and hands both to the writer, so every output of one export agrees with the screen.

Writers are imported when they run: reportlab for the PDF, Qt for the PNGs. The PNG writers paint
with the screen's QPainter code; they are named by module path so that this package imports no
Qt (the command line then starts Qt offscreen for them alone).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from journeymap.core.deviations import Comparison, compare
from journeymap.core.findings import Analysis
from journeymap.core.model import Journey, JourneyKind
from journeymap.session.context import AnalysisContext

PAPERS: tuple[str, ...] = ("a4", "a3")


@dataclass(frozen=True, slots=True)
class ExportJob:
    """One output to write: the journey (already masked when asked), its analysis, where to.

    Attributes:
        journey: the journey to write.
        analysis: its analysis in ``context``.
        context: the language and settings of the analysis.
        path: the file to write (atomically).
        paper: ``"a4"`` or ``"a3"``, for the kinds that print.
        redacted: personal data was masked (reports say so).
        comparison: an actual journey against its plan (the PDF then shows its deviations).
        comparisons: a planned journey's actual journeys against it (the PDF is then the plan
            report: the touchpoints' counts over them).
    """

    journey: Journey
    analysis: Analysis
    context: AnalysisContext
    path: Path
    paper: str = "a4"
    redacted: bool = False
    comparison: Comparison | None = None
    comparisons: tuple[Comparison, ...] = ()


Writer = Callable[[ExportJob], None]


@dataclass(frozen=True, slots=True)
class ExportKind:
    """One kind of export.

    Attributes:
        id: stable id (``pdf``, ``curve-png`` ...), also the command-line option ``--<id>``.
        suffix: the file suffix a new file gets.
        filter: the file-dialog filter (``PDF (*.pdf)``).
        help: what it writes, for ``--help`` and the menu's status tip.
        writer: the function that writes it, or ``"module:function"`` to import when it runs.
        in_menu: offered in the app's *File → Export* menu.
    """

    id: str
    suffix: str
    filter: str
    help: str
    writer: Writer | str
    in_menu: bool = True

    @property
    def option(self) -> str:
        """Return the command-line option, such as ``--curve-png``."""
        return f"--{self.id}"

    @property
    def needs_qt(self) -> bool:
        """Return whether the writer paints with Qt (then it needs a QGuiApplication)."""
        return isinstance(self.writer, str) and self.writer.startswith("journeymap.ui.")

    def write(self, job: ExportJob) -> None:
        """Write ``job`` with this kind's writer."""
        writer = self.writer
        if isinstance(writer, str):
            module, _, name = writer.partition(":")
            writer = getattr(importlib.import_module(module), name)
        assert callable(writer)
        writer(job)


# -- the writers -------------------------------------------------------------------------------


def _write_pdf(job: ExportJob) -> None:
    if job.comparisons:
        from journeymap.formats.pdf_plan_report import write_compared_plan_report

        write_compared_plan_report(job.path, job.journey, job.comparisons, lang=job.context.lang,
                                   paper=job.paper, redacted=job.redacted)
        return
    from journeymap.formats.pdf import write_pdf

    write_pdf(job.journey, job.analysis, job.path, paper=job.paper, redacted=job.redacted,
              comparison=job.comparison)


def _write_svg(job: ExportJob) -> None:
    from journeymap.formats.atomic import atomic_write_text
    from journeymap.formats.svg_map import map_svg

    atomic_write_text(job.path, map_svg(job.journey, job.analysis, lang=job.context.lang))


def _write_curve_svg(job: ExportJob) -> None:
    from journeymap.formats.atomic import atomic_write_text
    from journeymap.formats.svg_map import curve_svg

    atomic_write_text(job.path, curve_svg(job.journey, job.analysis, lang=job.context.lang))


def _write_pptx(job: ExportJob) -> None:
    from journeymap.formats.pptx_slides import write_slides

    write_slides(job.journey, job.analysis, job.path, lang=job.context.lang,
                 redacted=job.redacted)


def _write_csv(job: ExportJob) -> None:
    from journeymap.formats.csv_table import write_csv

    write_csv(job.journey, job.path)


def _write_json(job: ExportJob) -> None:
    from journeymap.formats.json_file import write_json

    write_json(job.journey, job.path)


def _write_mermaid(job: ExportJob) -> None:
    from journeymap.formats.atomic import atomic_write_text
    from journeymap.formats.mermaid import to_mermaid

    atomic_write_text(job.path, to_mermaid(job.journey, job.context.lang))


def _write_cjml(job: ExportJob) -> None:
    from journeymap.formats.atomic import atomic_write_text
    from journeymap.formats.cjml import to_cjml

    atomic_write_text(job.path, to_cjml(job.journey))


_KINDS: tuple[ExportKind, ...] = (
    ExportKind("pdf", ".pdf", "PDF (*.pdf)", "the PDF review report", _write_pdf),
    ExportKind("png", ".png", "PNG (*.png)",
               "the map as a PNG image (2 pixels per point, for slides)",
               "journeymap.ui.map_paint:export_map_png"),
    ExportKind("svg", ".svg", "SVG (*.svg)", "the map as SVG (step titles kept as text)",
               _write_svg),
    ExportKind("curve-png", ".png", "PNG (*.png)", "the score curve as a PNG image",
               "journeymap.ui.map_paint:export_curve_png", in_menu=False),
    ExportKind("curve-svg", ".svg", "SVG (*.svg)", "the score curve as SVG", _write_curve_svg,
               in_menu=False),
    ExportKind("pptx", ".pptx", "PowerPoint (*.pptx)",
               "slides (16:9): the overview map, one slide per top improvement, the score curve",
               _write_pptx),
    ExportKind("csv", ".csv", "CSV (*.csv)", "the steps as CSV (one row per step)", _write_csv),
    ExportKind("json", ".journey.json", "JourneyMap (*.journey.json *.json)",
               "the journey file (journeymap/1 JSON)", _write_json),
    ExportKind("mermaid", ".mmd", "Mermaid (*.mmd *.md)",
               "a Mermaid 'journey' diagram (for Markdown and wikis)", _write_mermaid),
    ExportKind("cjml", ".cjml", "CJML (*.cjml *.xml)",
               "the touchpoints as CJML (Customer Journey Modeling Language) XML", _write_cjml),
)

#: Every export kind by id, in the order the command line writes and lists them.
EXPORT_KINDS: Mapping[str, ExportKind] = MappingProxyType({kind.id: kind for kind in _KINDS})


def export_kind(kind_id: str) -> ExportKind:
    """Return the export kind ``kind_id`` (``KeyError`` for an unknown one)."""
    return EXPORT_KINDS[kind_id]


def prepare(journey: Journey, context: AnalysisContext, *, redact: bool = False
            ) -> tuple[Journey, Analysis]:
    """Return the journey to export (masked when ``redact``) and its analysis in ``context``."""
    if redact:
        from journeymap.core.privacy import redact_journey

        journey = redact_journey(journey, context.lang)
    return journey, context.analyze(journey)


def export(outputs: Mapping[str, str | os.PathLike[str]], journey: Journey,
           context: AnalysisContext, *, redact: bool = False, paper: str = "a4",
           plan: Journey | None = None, actuals: Sequence[Journey] = ()) -> list[Path]:
    """Write ``journey`` once per ``outputs`` (kind id -> path); return the paths written.

    The journey is masked (when ``redact``) and analysed once for all outputs. With ``plan``
    (an actual journey's planned journey) the PDF report has a section on its deviations; for a
    planned journey with ``actuals`` the PDF is the plan report (``write_plan_report``). The
    journeys are compared before they are masked, so masking changes no match.

    Raises:
        KeyError: an unknown kind id.
        ValueError: an unknown paper size.
        OSError: a file cannot be written (files written before it stay written).
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    kinds = [export_kind(kind_id) for kind_id in outputs]
    comparison = None
    if plan is not None and journey.kind is not JourneyKind.PLANNED:
        comparison = compare(plan, journey)
    comparisons = (tuple(compare(journey, actual) for actual in actuals)
                   if journey.kind is JourneyKind.PLANNED else ())
    subject, analysis = prepare(journey, context, redact=redact)
    if redact:
        comparison = None if comparison is None else _masked(comparison, context)
        comparisons = tuple(_masked(item, context) for item in comparisons)
    written: list[Path] = []
    for kind in kinds:
        path = Path(outputs[kind.id])
        kind.write(ExportJob(subject, analysis, context, path, paper=paper, redacted=redact,
                             comparison=comparison, comparisons=comparisons))
        written.append(path)
    return written


def write_plan_report(path: str | os.PathLike[str], plan: Journey, actuals: Sequence[Journey],
                      context: AnalysisContext, *, paper: str = "a4",
                      redact: bool = False) -> Path:
    """Write the plan report of ``plan`` over ``actuals`` (a PDF, in ``context``'s language).

    The report shows each planned touchpoint's counts over the actual journeys and a line per
    actual journey; see ``formats.pdf_plan_report``.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    comparisons = tuple(compare(plan, actual) for actual in actuals)
    if redact:
        comparisons = tuple(_masked(item, context) for item in comparisons)
    from journeymap.core.privacy import redact_journey
    from journeymap.formats.pdf_plan_report import write_compared_plan_report

    shown = redact_journey(plan, context.lang) if redact else plan
    write_compared_plan_report(path, shown, comparisons, lang=context.lang, paper=paper,
                               redacted=redact)
    return Path(path)


def _masked(comparison: Comparison, context: AnalysisContext) -> Comparison:
    """Return ``comparison`` with both journeys masked; masking keeps every step, so the
    deviations (step indexes and ids) still hold."""
    from journeymap.core.privacy import redact_journey

    return Comparison(redact_journey(comparison.plan, context.lang),
                      redact_journey(comparison.actual, context.lang), comparison.deviations)


def suggested_name(journey: Journey, kind: ExportKind) -> str:
    """Return a file name made from the journey title, with the kind's suffix."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in journey.title).strip()
    return f"{safe or 'journey'}{kind.suffix}"
