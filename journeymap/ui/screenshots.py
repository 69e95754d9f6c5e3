"""Render the desktop app offscreen to PNGs so anyone can see its current look.

Usage: ``python -m journeymap.ui.screenshots OUTDIR`` (``make screenshots`` writes them into
``docs/images``, where the README shows them)

Writes, for English and Dutch at 1920x1080 and 1280x720: the main window with the cooking hob
sample open (``main-<lang>-<w>x<h>.png``) and presentation mode on the step with the most findings
(``presentation-<lang>-<w>x<h>.png``). Runs in a temporary JourneyMap home, so the real library
and preferences are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES: tuple[tuple[int, int], ...] = ((1920, 1080), (1280, 720))
SAMPLES: dict[str, str] = {"en": "cooking-hob-repair.en.journey.json",
                           "nl": "kookplaat-reparatie.nl.journey.json"}


def _busiest_step(document: object) -> int:
    """Return the step with the most findings (the most telling one to show)."""
    analysis = document.analysis  # type: ignore[attr-defined]
    count = len(document.journey.steps)  # type: ignore[attr-defined]
    return max(range(count), key=lambda i: (len(analysis.findings_for_step(i)), -i), default=-1)


def render(outdir: Path) -> list[Path]:
    """Write every screenshot into ``outdir``; return the files written."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from journeymap import paths
    from journeymap.formats import read_journey
    from journeymap.session.library import open_library
    from journeymap.ui.document import JourneyDocument
    from journeymap.ui.i18n import install_language
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.presentation import PresentationWindow
    from journeymap.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(["journeymap-screenshots"])
    assert isinstance(app, QApplication)
    app.setApplicationName("JourneyMap")
    apply_theme(app, "light")
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    library = open_library()
    try:
        for lang, sample in SAMPLES.items():
            install_language(lang)
            title = read_journey(paths.samples_dir() / sample).journey.title
            journey_id = library.find(title).id
            document = JourneyDocument(library, lang=lang)
            window = MainWindow(document)
            # A screenshot has the size asked for, not the size that fits this display.
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.open_initial(journey_id)
            document.set_current_step(_busiest_step(document))
            presentation = PresentationWindow(document)
            for width, height in SIZES:
                for name, widget in (("main", window), ("presentation", presentation)):
                    widget.resize(width, height)
                    widget.show()
                    for _ in range(3):  # layouts settle over a few event loop turns
                        app.processEvents()
                    if name == "main":
                        window.map_view.zoom_to_height()
                        app.processEvents()
                    target = outdir / f"{name}-{lang}-{width}x{height}.png"
                    if not widget.grab().save(str(target), "PNG"):
                        raise OSError(f"could not write {target}")
                    written.append(target)
                    widget.hide()
            presentation.close()
            presentation.deleteLater()
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        library.close()
        install_language("en")
    return written


def main(argv: list[str] | None = None) -> int:
    """Render the screenshots into the folder named on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m journeymap.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="journeymap-screenshots-") as home:
        os.environ["JOURNEYMAP_HOME"] = home
        os.environ.pop("JOURNEYMAP_DATABASE_URL", None)
        for path in render(Path(args[0])):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
