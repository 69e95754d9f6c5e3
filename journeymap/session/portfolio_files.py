"""Journey files counted in parts, by worker processes: ``journeymap aggregate FILE|DIR ...``.

Reading, checking and analysing one journey file is pure Python and independent of every other
file, so the files are split into runs (chunks) in their order; each run is read and counted into
a ``PortfolioBuilder`` of its own, in a worker process or in this one, and the parts are merged
in the order of the runs. The result is the portfolio of counting every file in one process, in
the same order (the warnings and errors too), whatever ran where.

This process takes part: it counts runs from the end of the list, each one the pool has not
started yet (also while a fork server starts), so with ``jobs`` processes in all only
``jobs - 1`` workers are started.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from journeymap.core.aggregate import Portfolio, PortfolioBuilder
from journeymap.core.collector import collector_paused
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.session.context import AnalysisContext
from journeymap.session.portfolio import FileReport, read_files

#: Fewer files than this are counted in this process alone: starting workers would cost more
#: than it saves.
PARALLEL_FROM = 200
#: Runs per process: small enough to share the work out evenly, large enough that sending each
#: run's counts back costs little.
RUNS_PER_JOB = 8
#: The smallest run of files.
MIN_RUN = 25


@dataclass(slots=True)
class _Part:
    """What one run of files gave: its counts, and the warnings and errors of its files."""

    builder: PortfolioBuilder
    warnings: list[tuple[Path, Problem]] = field(default_factory=list)
    errors: list[InvalidJourneyError] = field(default_factory=list)


def default_jobs() -> int:
    """Return how many processes count files by default: one per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def count_files(files: Sequence[Path], context: AnalysisContext, *, tag: str | None = None,
                jobs: int | None = None) -> tuple[Portfolio, FileReport]:
    """Return the portfolio of the journey ``files`` (those with ``tag``, if given) and what
    reading them met, counting in up to ``jobs`` processes (default: ``default_jobs()``).

    The portfolio is that of ``build_portfolio`` over ``read_files`` in the order of ``files``.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    runs = _runs(files, jobs)
    if jobs == 1 or len(files) < PARALLEL_FROM or len(runs) < 2:
        parts = [_count_run(list(files), context, tag)]
    else:
        parts = _count_parallel(runs, context, tag, jobs)
    builder = PortfolioBuilder(context.lang)
    report = FileReport()
    for part in parts:
        builder.merge(part.builder)
        report.warnings.extend(part.warnings)
        report.errors.extend(part.errors)
    return builder.build(), report


def _runs(files: Sequence[Path], jobs: int) -> list[list[Path]]:
    size = max(MIN_RUN, -(-len(files) // (jobs * RUNS_PER_JOB)))
    return [list(files[start:start + size]) for start in range(0, len(files), size)]


def _count_run(files: list[Path], context: AnalysisContext, tag: str | None) -> _Part:
    """Read and count ``files`` (a worker's task; also run in this process)."""
    report = FileReport()
    part = _Part(PortfolioBuilder(context.lang), report.warnings, report.errors)
    # As in build_portfolio: millions of small objects and no cycles, so the collector only
    # costs time here.
    with collector_paused():
        for ref, journey in read_files(files, report):
            if tag is None or tag in journey.tags:
                part.builder.add_analysed(ref, journey, context.findings)
    return part


def _count_parallel(runs: list[list[Path]], context: AnalysisContext, tag: str | None,
                    jobs: int) -> list[_Part]:
    """Return the part of every run, counted by ``jobs - 1`` workers and this process."""
    parts: list[_Part | None] = [None] * len(runs)
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=_start_method()) as pool:
            futures: list[Future[_Part]] = [pool.submit(_count_run, run, context, tag)
                                            for run in runs]
            # The pool takes runs from the front; this process takes them from the back, each
            # one the pool has not started (a cancelled future), until the two meet.
            for index in range(len(runs) - 1, -1, -1):
                if not futures[index].cancel():
                    break
                parts[index] = _count_run(runs[index], context, tag)
            for index, future in enumerate(futures):
                if parts[index] is None:
                    parts[index] = future.result()
    except (BrokenProcessPool, OSError, NotImplementedError):
        pass  # no worker processes here (a sandbox without semaphores, ...): count in this one
    return [part if part is not None else _count_run(run, context, tag)
            for part, run in zip(parts, runs, strict=True)]


def _start_method() -> multiprocessing.context.BaseContext:
    """Return how workers start: ``fork`` for a process with one thread, else a fork server.

    Forking is the cheapest start (the counting code is loaded already), and a forked worker's
    CPU time counts as this process's children's, but forking a process that holds other
    threads (the app, a test run with Qt) is unsafe; then the fork server, which loads the
    counting code once, or the platform's own way.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _single_threaded():
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context()


def _single_threaded() -> bool:
    """Return whether this process runs one thread (Linux tells; elsewhere assume not)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False
