"""Render the desktop app to PNGs so anyone can see its current look.

Usage: ``python -m journeymap.ui.screenshots [--size WxH] OUTDIR``. ``make screenshots`` writes
them into ``docs/images``, where the README shows them: under Xvfb when ``xvfb-run`` is
installed, one virtual screen of each size (``-screen 0 1920x1080x24``, then 1280x720), else
offscreen (``QT_QPA_PLATFORM=offscreen``, the default when the variable is not set).

Writes, for English and Dutch at 1920x1080 and 1280x720: the main window with the cooking hob
sample open (``main-<lang>-<w>x<h>.png``) and presentation mode on the step with the most findings
(``presentation-<lang>-<w>x<h>.png``). On a real screen (Xvfb) the main window places itself on
the screen's available area as it does for a user, maximised, and presentation mode fills the
screen, so the pictures show the geometry the app really gets; only the screen's own size can be
rendered there. Offscreen, the windows are given each size. Runs in a temporary JourneyMap home,
so the real library and preferences are never touched.
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


def _size(text: str) -> tuple[int, int]:
    """Return ``WxH`` as (width, height); ``ValueError`` names what is wrong."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 1 or int(height) < 1:
        raise ValueError(f"not a size like 1280x720: {text!r}")
    return int(width), int(height)


def on_a_screen() -> bool:
    """Return whether the app runs on a real (or virtual X) screen rather than offscreen."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def screen_size() -> tuple[int, int]:
    """Return the primary screen's size in pixels."""
    from PySide6.QtGui import QGuiApplication

    size = QGuiApplication.primaryScreen().size()
    return size.width(), size.height()


def _fill_screen(widget: object, *, available: bool) -> None:
    """Give ``widget`` the screen's (available) geometry: what a window manager does for a
    maximised or full-screen window (Xvfb runs none, so a window keeps its own size there)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    screen = widget.screen()
    widget.setGeometry(screen.availableGeometry() if available else screen.geometry())


def render(outdir: Path, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    """Write every screenshot of ``sizes`` into ``outdir``; return the files written.

    On a real screen each size must be the screen's own (``ValueError`` otherwise).
    """
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
    real = on_a_screen()
    if real:
        wrong = [f"{w}x{h}" for w, h in sizes if (w, h) != screen_size()]
        if wrong:
            width, height = screen_size()
            raise ValueError(f"the screen is {width}x{height}; {', '.join(wrong)} needs a screen "
                             f"of that size (xvfb-run -a -s \"-screen 0 {wrong[0]}x24\")")
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    library = open_library()
    try:
        for lang, sample in SAMPLES.items():
            install_language(lang)
            title = read_journey(paths.samples_dir() / sample).journey.title
            journey_id = library.find(title).id
            document = JourneyDocument(library, lang=lang)
            window = MainWindow(document)  # placed on the screen's available area
            if not real:  # offscreen, a screenshot has the size asked for
                window.setWindowState(Qt.WindowState.WindowNoState)
            window.open_initial(journey_id)
            document.set_current_step(_busiest_step(document))
            presentation = PresentationWindow(document)
            for width, height in sizes:
                for name, widget in (("main", window), ("presentation", presentation)):
                    if real:  # maximised (the main window) or full screen (presenting)
                        widget.setWindowState(Qt.WindowState.WindowMaximized if name == "main"
                                              else Qt.WindowState.WindowFullScreen)
                        widget.show()
                        _fill_screen(widget, available=name == "main")
                    else:
                        widget.resize(width, height)
                        widget.show()
                    for _ in range(3):  # layouts settle over a few event loop turns
                        app.processEvents()
                    if name == "main":
                        window.map_view.zoom_to_height()
                        app.processEvents()
                    target = outdir / f"{name}-{lang}-{width}x{height}.png"
                    if (widget.width(), widget.height()) != (width, height):
                        raise RuntimeError(f"the {name} window is {widget.width()}x"
                                           f"{widget.height()}, not {width}x{height}")
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
    args = list(sys.argv[1:] if argv is None else argv)
    usage = "usage: python -m journeymap.ui.screenshots [--size WxH] OUTDIR"
    sizes: list[tuple[int, int]] = []
    try:
        while args and args[0] == "--size":
            sizes.append(_size(args[1] if len(args) > 1 else ""))
            del args[:2]
    except ValueError as error:
        print(f"{usage}\n{error}", file=sys.stderr)
        return 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved = {name: os.environ.get(name) for name in ("JOURNEYMAP_HOME", "JOURNEYMAP_DATABASE_URL")}
    try:
        with tempfile.TemporaryDirectory(prefix="journeymap-screenshots-") as home:
            os.environ["JOURNEYMAP_HOME"] = home
            os.environ.pop("JOURNEYMAP_DATABASE_URL", None)
            return _render_into(Path(args[0]), sizes)
    finally:  # the real home again (a caller in the same process keeps its library)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _render_into(outdir: Path, sizes: list[tuple[int, int]]) -> int:
    """Render ``sizes`` (default: what the platform can show) into ``outdir``; exit code."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["journeymap-screenshots"])
    if not sizes:  # a real screen shows its own size; offscreen renders every size
        sizes = [screen_size()] if on_a_screen() else list(SIZES)
    print(f"screenshots on the {app.platformName()} platform, "
          f"screen {'x'.join(map(str, screen_size()))}")
    try:
        written = render(outdir, tuple(sizes))
    except ValueError as error:
        print(f"journeymap.ui.screenshots: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
