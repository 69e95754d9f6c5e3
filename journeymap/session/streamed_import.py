"""Import long journey files in batches: steps streamed from the file into the library.

A journey file above ``STREAM_AT`` bytes is not read whole: ``formats.json_stream`` gives its
steps one at a time, checked, and ``BulkWriter.add_stream`` inserts them in batches, so memory
stays that of one batch however long the file (docs/command-line.md). The caller's transaction holds
everything: a problem anywhere in the file stores nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.formats.json_stream import JourneyStream, NotStreamable
from journeymap.persistence.library import STEP_BATCH, BulkWriter, DuplicateStepIdError

__all__ = ["STREAM_AT", "NotStreamable", "StreamedImport", "import_streamed", "streams"]

#: Journey files larger than this are imported step by step.
STREAM_AT = 8 * 1024 * 1024

Progress = Callable[[int, int, int], None]
"""Called with (steps stored, bytes read, bytes in the file) after every batch."""


@dataclass(frozen=True, slots=True)
class StreamedImport:
    """A journey file imported step by step: its id, title, steps and the warnings met."""

    journey_id: int
    title: str
    steps: int
    warnings: tuple[Problem, ...]


def streams(path: str | os.PathLike[str], *, at: int | None = None) -> bool:
    """Return whether ``path`` is a journey file longer than ``at`` (default ``STREAM_AT``)
    bytes, to import step by step."""
    file = Path(path)
    limit = STREAM_AT if at is None else at
    return file.suffix.lower() == ".json" and file.is_file() and file.stat().st_size > limit


def import_streamed(writer: BulkWriter, path: str | os.PathLike[str], *,
                    progress: Progress | None = None,
                    batch: int = STEP_BATCH) -> StreamedImport:
    """Import the journey file at ``path`` through ``writer``, step by step.

    Raises:
        InvalidJourneyError: the file has problems (every one named with its place, up to fifty).
        NotStreamable: the file is not UTF-8 text of a JSON object; read it whole instead (the
            caller's transaction must be given up: steps may have been written).
    """
    stream = JourneyStream(path)
    stored = [0]

    def report(done: int) -> None:
        stored[0] = done
        if progress is not None:
            progress(done, stream.position, stream.size)

    try:
        journey_id = writer.add_stream(stream.steps(), stream.journey, progress=report,
                                       batch=batch)
    except DuplicateStepIdError:
        raise _repeated_ids(path) from None
    title = stream.journey().title
    return StreamedImport(journey_id, title, stored[0], tuple(stream.warnings))


def _repeated_ids(path: str | os.PathLike[str]) -> InvalidJourneyError:
    """Name the steps whose id an earlier step has (a second pass, on this error only)."""
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    stream = JourneyStream(path)
    for index, step in enumerate(stream.steps()):
        if not step.id:
            continue
        earlier = seen.setdefault(step.id, index)
        if earlier != index and len(problems) < 50:
            problems.append(Problem(f"steps[{index}].id",
                                    f"{step.id!r} is the id of steps[{earlier}] already", index))
    return InvalidJourneyError(stream.source, problems or [
        Problem("steps", "two steps have the same id")])
