"""Journey files for the window: open, import, drop and save as.

Opening a file that is already in the library opens that journey (``session.imports``); a file
changed since it was imported asks whether to replace the journey or keep both. Every problem in
a file is shown with its place, and nothing of a bad file is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from journeymap import paths
from journeymap.core.errors import JourneyError
from journeymap.session.exports import EXPORT_KINDS, suggested_name
from journeymap.session.imports import FILE_NAME, ImportOrigins, fingerprint, place_file
from journeymap.ui.export_dialog import ask_open_path, ask_save_path

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow


class FilesController(QObject):
    """Opens and saves journey files for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.origins = ImportOrigins(paths.data_dir() / FILE_NAME)

    def open_file(self) -> None:
        """Ask for a journey file (JSON, CSV or CJML) and open it."""
        window = self._window
        path = ask_open_path(window, self.tr("Open journey file"), window.settings.last_folder,
                             self.tr("Journeys (*.json *.csv *.cjml *.xml);;All files (*)"))
        if path:
            self.open_paths([path])

    def import_csv(self) -> None:
        """Ask for a CSV table of steps and open it."""
        window = self._window
        path = ask_open_path(window, self.tr("Import CSV"), window.settings.last_folder,
                             self.tr("CSV tables (*.csv)"))
        if path:
            self.open_paths([path])

    def open_paths(self, file_paths: list[str]) -> int:
        """Open journey files: the library's journey when there is one, else an import.

        A long journey file is imported in the background (``import_long_file``) and opened
        when it is stored.

        Returns:
            How many files were imported as new journeys at once (long ones not counted).
        """
        from journeymap.formats import read_journey
        from journeymap.session.streamed_import import streams
        from journeymap.ui.long_file_import import import_long_file

        window = self._window
        document = window.document
        imported = 0
        for file_path in file_paths:
            window.settings.last_folder = str(Path(file_path).parent)
            name = Path(file_path).name
            if streams(file_path):
                import_long_file(window, file_path, self.origins)
                continue
            try:
                result = read_journey(file_path)
                digest = fingerprint(file_path)
            except (JourneyError, OSError, UnicodeDecodeError) as error:
                window.show_message("warning", self.tr("Cannot import %1").replace("%1", name),
                                    str(error))
                continue
            library = document.library
            placement = place_file(self.origins, library, file_path, result.journey, digest)
            if placement.action == "changed":
                choice = window.ask_choice(
                    self.tr("Changed since it was imported"),
                    self.tr("“%1” is in the library already, but the file has changed since it "
                            "was imported.").replace("%1", name),
                    "", {"replace": self.tr("Replace the journey in the library"),
                         "keep": self.tr("Keep both")})
                if not choice:
                    continue
                if choice == "replace" and placement.journey_id is not None:
                    document.open_journey(placement.journey_id)
                    document.replace_journey(result.journey, "Import journey")
                    self.origins.remember(library.location, file_path, placement.journey_id,
                                          digest)
                    window.status.showMessage(self.tr("Replaced “%1” with the file.").replace(
                        "%1", result.journey.title), 5000)
                    continue
            elif placement.action == "open" and placement.journey_id is not None:
                document.open_journey(placement.journey_id)
                window.status.showMessage(self.tr("“%1” is in the library already; opened it.")
                                          .replace("%1", result.journey.title), 5000)
                continue
            document.new_journey(result.journey, "Import journey")
            imported += 1
            if document.journey_id is not None:
                self.origins.remember(library.location, file_path, document.journey_id, digest)
            if result.warnings:
                window.status.showMessage(self.tr("Imported with %1 warning(s): %2").replace(
                    "%1", str(len(result.warnings))).replace(
                    "%2", "; ".join(w.describe() for w in result.warnings)), 10000)
            else:
                window.status.showMessage(self.tr("Imported “%1”.").replace(
                    "%1", result.journey.title), 5000)
        return imported

    def save_as(self) -> None:
        """Write the journey to a JSON or CSV file."""
        window = self._window
        kinds = (EXPORT_KINDS["json"], EXPORT_KINDS["csv"])
        path = ask_save_path(window, self.tr("Save journey as"), window.settings.last_folder,
                             suggested_name(window.document.journey, kinds[0]),
                             ";;".join(kind.filter for kind in kinds))
        if path:
            kind = "csv" if path.lower().endswith(".csv") else "json"
            window.exports.start(kind, path, mask=False)
