"""Opening a journey file that is already in the library opens that journey instead of a copy.

``ImportOrigins`` remembers, per library and per file, which journey a file was imported as and
the file's fingerprint then (its SHA-256). ``place_file`` then says what opening a file means:

- ``open``: the same file, unchanged since it was imported, or a file whose journey equals one in
  the library — open that journey;
- ``changed``: the same file, changed since — ask whether to replace the journey or keep both;
- ``new``: import it.

The origins are kept per machine, in the data folder, because file paths mean nothing on a
colleague's computer that shares the team library.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from journeymap.core.errors import NotFoundError
from journeymap.core.model import Journey
from journeymap.formats.atomic import atomic_write_text
from journeymap.session.document import JourneyStore

log = logging.getLogger(__name__)

FILE_NAME = "imported-files.json"


def fingerprint(path: str | os.PathLike[str]) -> str:
    """Return the SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Placement:
    """What opening a file means: ``open``, ``changed`` or ``new``, and the journey concerned."""

    action: str
    journey_id: int | None = None


class ImportOrigins:
    """The files imported into each library on this machine, in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, dict[str, dict[str, object]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("ignoring the list of imported files %s: %s", self.path, error)
            return {}
        return data if isinstance(data, dict) else {}

    def remember(self, library: str, file: str | os.PathLike[str], journey_id: int,
                 digest: str) -> None:
        """Note that ``file`` (with fingerprint ``digest``) is journey ``journey_id`` now."""
        data = self._load()
        data.setdefault(library, {})[str(Path(file).resolve())] = {
            "journey_id": journey_id, "sha256": digest}
        try:
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as error:  # only a convenience: the import itself has worked
            log.warning("cannot remember the imported file %s: %s", file, error)

    def origin(self, library: str, file: str | os.PathLike[str]) -> tuple[int, str] | None:
        """Return (journey id, fingerprint) of ``file``'s last import into ``library``."""
        entry = self._load().get(library, {}).get(str(Path(file).resolve()))
        if not isinstance(entry, dict):
            return None
        journey_id, digest = entry.get("journey_id"), entry.get("sha256")
        if isinstance(journey_id, int) and isinstance(digest, str):
            return journey_id, digest
        return None


def place_file(origins: ImportOrigins, library: JourneyStore, file: str | os.PathLike[str],
               journey: Journey, digest: str) -> Placement:
    """Return what opening ``file`` (read as ``journey``, fingerprint ``digest``) should do."""
    origin = origins.origin(library.location, file)
    if origin is not None:
        journey_id, known = origin
        try:
            library.get(journey_id)
        except NotFoundError:
            pass  # deleted since: look further
        else:
            return Placement("open" if known == digest else "changed", journey_id)
    for summary in library.list_summaries():
        if (summary.title == journey.title and len(journey.steps) == summary.steps
                and library.get(summary.id).journey == journey):
            return Placement("open", summary.id)
    return Placement("new")
