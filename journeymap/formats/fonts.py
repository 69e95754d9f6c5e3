"""Register the bundled DejaVu Sans with reportlab, and measure text set in it.

Helvetica and reportlab's own Vera lack characters such as ``ĳ``, ``→``, ``⚠`` and ``€``; DejaVu
Sans has them and its licence lets us ship it (``resources/fonts/LICENSE-DejaVu.txt``). TrueType
fonts registered this way are embedded (as subsets) in every PDF that uses them.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeymap import paths
from journeymap.core.layout import TextMeasure

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once; return the regular font's name.

    Raises:
        FileNotFoundError: the font files are missing from ``resources/fonts``.
    """
    folder = paths.resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: the bundled font is missing; reinstall JourneyMap")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def pdf_measure(*, bold: bool = False) -> TextMeasure:
    """Return a ``TextMeasure`` with the exact widths reportlab uses for DejaVu Sans."""
    register_fonts()
    name = BOLD if bold else REGULAR

    def measure(text: str, size: float) -> float:
        return float(pdfmetrics.stringWidth(text, name, size))

    return measure
