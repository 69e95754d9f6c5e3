"""Many journeys analysed together, for ``journeymap aggregate`` and the app's portfolio view.

The journeys come from files (and folders of them) or from the library (all, by tag, or chosen
ids); each is analysed in the caller's ``AnalysisContext`` (the user's norms and language) and
counted at once, so only the counts are held, never every journey (docs/portfolio.md). Planned
journeys among them are skipped by the builder (``core.aggregate.counts_in_portfolio``), whichever
way they came, and the portfolio says how many.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.core.aggregate import Portfolio, PortfolioBuilder, Ref
from journeymap.core.collector import collector_paused
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import Journey
from journeymap.session.context import AnalysisContext

if TYPE_CHECKING:
    from journeymap.persistence import Library

#: The files a folder contributes: journey files JourneyMap reads (not every ``.xml``).
FOLDER_SUFFIXES: tuple[str, ...] = (".json", ".csv", ".cjml")

Progress = Callable[[int, int], None]
"""Called with (journeys done, journeys in all) as the work goes on."""


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Return the files named: a file as it is, a folder as its journey files (recursively, by
    name).

    Raises:
        FileNotFoundError: a path does not exist.
    """
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(2, "No such file or folder", os.fspath(path))
    return files


@dataclass(slots=True)
class FileReport:
    """What reading the files met: warnings per file, and the files that could not be used."""

    warnings: list[tuple[Path, Problem]] = field(default_factory=list)
    errors: list[InvalidJourneyError] = field(default_factory=list)


def read_files(files: Sequence[Path], report: FileReport) -> Iterator[tuple[Ref, Journey]]:
    """Yield ``(path, journey)`` for each readable file; note the others in ``report``."""
    from journeymap.formats import read_journey

    for path in files:
        try:
            result = read_journey(path)
        except InvalidJourneyError as error:
            report.errors.append(error)
            continue
        report.warnings.extend((path, warning) for warning in result.warnings)
        yield path, result.journey


def library_ids(library: Library, *, tag: str | None = None,
                ids: Sequence[int] | None = None) -> list[int]:
    """Return the ids to aggregate: ``ids`` if given, else those with ``tag``, else all."""
    if ids is not None:
        return list(ids)
    if tag is not None:
        return library.ids_tagged(tag)
    return library.ids()


def build_portfolio(journeys: Iterable[tuple[Ref, Journey]], context: AnalysisContext, *,
                    total: int = 0, progress: Progress | None = None,
                    every: int = 100) -> Portfolio:
    """Return the portfolio of ``journeys``, each analysed in ``context``.

    ``progress`` is called every ``every`` journeys and at the end with (done, ``total``).
    """
    builder = PortfolioBuilder(context.lang)
    done = 0
    # Reading and analysing make millions of small objects, none in a cycle; with the cyclic
    # collector running, its passes over the growing counts took a fifth of the time.
    with collector_paused():
        for ref, journey in journeys:
            builder.add_analysed(ref, journey, context.findings)
            done += 1
            if progress is not None and done % every == 0:
                progress(done, total)
        if progress is not None:
            progress(done, total)
        return builder.build()


def library_portfolio(library: Library, context: AnalysisContext, *, tag: str | None = None,
                      ids: Sequence[int] | None = None,
                      progress: Progress | None = None) -> Portfolio:
    """Return the portfolio of library journeys (all, those with ``tag``, or ``ids``).

    Journeys are read in batches (two queries per batch), so memory stays that of one batch.
    """
    chosen = library_ids(library, tag=tag, ids=ids)
    return build_portfolio(library.iter_journeys(chosen), context, total=len(chosen),
                           progress=progress)
