"""The recovery journal: what the screen showed but the library did not get, kept on disk.

Every edit is saved at once, so the journal is written only when a save fails (the team server
is down, the file is locked): the journey as it is on screen then goes to one JSON file per
library and journey, atomically, and the file is removed as soon as a save succeeds. A marker
file says the app is running; when the app starts and finds it, the last run ended in a crash or
a kill, and ``RecoveryJournal.after_crash`` says so. What the journal holds is offered back then
(``JourneySession.recover``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey
from journeymap.formats.atomic import atomic_write_text
from journeymap.formats.json_file import parse_document, to_document

log = logging.getLogger(__name__)

RUNNING_MARKER = "running"


@dataclass(frozen=True, slots=True)
class Unsaved:
    """One journey the library did not get.

    Attributes:
        journey_id: its library id.
        version: the library version the edit was made on.
        journey: the journey as the screen showed it.
        kept_at: when it was written to the journal (UTC).
        path: the journal file.
    """

    journey_id: int
    version: int
    journey: Journey
    kept_at: dt.datetime
    path: Path


class RecoveryJournal:
    """The journal of one library, in ``folder``."""

    def __init__(self, folder: Path, library_location: str) -> None:
        self.folder = folder
        digest = hashlib.sha256(library_location.encode("utf-8")).hexdigest()[:16]
        self._prefix = f"library-{digest}-journey-"
        self._marker = folder / f"{self._prefix[:-len('journey-')]}{RUNNING_MARKER}"
        self._crashed = False

    def start(self) -> bool:
        """Note that the app runs; return whether the previous run did not end cleanly."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._crashed = self._marker.exists()
        self._marker.write_text(f"{os.getpid()}\n", encoding="utf-8")
        return self._crashed

    @property
    def after_crash(self) -> bool:
        """Return whether ``start`` found that the previous run ended in a crash."""
        return self._crashed

    def stop(self) -> None:
        """Note that the app ended cleanly."""
        self._marker.unlink(missing_ok=True)

    def _path(self, journey_id: int) -> Path:
        return self.folder / f"{self._prefix}{journey_id}.json"

    def keep(self, journey_id: int, version: int, journey: Journey) -> None:
        """Write the unsaved ``journey`` (edited on ``version``) to the journal.

        Raises:
            OSError: the journal folder is not writable.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {"journey_id": journey_id, "version": version,
                  "kept_at": dt.datetime.now(dt.UTC).isoformat(),
                  "journey": to_document(journey)}
        atomic_write_text(self._path(journey_id), json.dumps(record, ensure_ascii=False))

    def drop(self, journey_id: int) -> None:
        """Forget the unsaved edit of ``journey_id`` (it reached the library, or was dropped)."""
        self._path(journey_id).unlink(missing_ok=True)

    def pending(self) -> list[Unsaved]:
        """Return what the journal holds for this library, oldest first.

        A journal file that cannot be read is logged and left where it is.
        """
        found: list[Unsaved] = []
        for path in sorted(self.folder.glob(f"{self._prefix}*.json")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                journey = parse_document(record["journey"], path.name).journey
                found.append(Unsaved(int(record["journey_id"]), int(record["version"]), journey,
                                     dt.datetime.fromisoformat(record["kept_at"]), path))
            except (OSError, ValueError, KeyError, TypeError, InvalidJourneyError) as error:
                log.error("cannot read the recovery journal %s: %s", path, error)
        return sorted(found, key=lambda unsaved: unsaved.kept_at)
