"""Paint the shared drawing code (``core.map_drawing``) into a PNG, without Qt.

The slides need pictures, and a format below ``ui`` may not use Qt's painter (the map PNG of
*File → Export* is Qt's). This ``Surface`` paints the same primitives the SVG and PDF writers
paint, with Pillow (already installed for reportlab), in the bundled DejaVu Sans. Pillow draws
without anti-aliasing, so the picture is painted at ``supersample`` times its size and scaled
down once by averaging: edges and text come out smooth.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from journeymap import paths
from journeymap.core import theme
from journeymap.core.layout import Rect

Point = tuple[float, float]
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


@cache
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = paths.resources_dir() / "fonts" / name
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the bundled font is missing; reinstall JourneyMap")
    return ImageFont.truetype(str(path), pixels)


class RasterSurface:
    """A ``core.map_drawing.Surface`` on a white picture of ``width`` x ``height`` points.

    ``scale`` is the PNG's pixels per point (3 ≈ 216 dpi: sharp on a projector and when a slide
    is printed). ``dx``/``dy`` shift the drawing (layout coordinates minus the offset).
    """

    def __init__(self, width: float, height: float, *, scale: float = 3.0,
                 supersample: int = 2) -> None:
        self.width, self.height = width, height
        self.size = (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))
        self.supersample = supersample
        self.k = scale * supersample
        self.dx = self.dy = 0.0
        big = (self.size[0] * supersample, self.size[1] * supersample)
        self.image = Image.new("RGB", big, theme.PAPER)
        self.draw = ImageDraw.Draw(self.image)

    def _p(self, x: float, y: float) -> Point:
        return ((x - self.dx) * self.k, (y - self.dy) * self.k)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.k))

    def _box(self, rect: Rect) -> tuple[Point, Point]:
        x0, y0 = self._p(rect.x, rect.y)
        x1, y1 = self._p(rect.right, rect.bottom)
        return (x0, y0), (max(x0, x1 - 1), max(y0, y1 - 1))

    def rect(self, rect: Rect, fill: str, stroke: str | None = None, width: float = 0.8,
             radius: float = 0.0) -> None:
        """Fill (and outline) a rectangle, its corners rounded by ``radius`` points."""
        box = self._box(rect)
        outline = {"outline": stroke, "width": self._w(width)} if stroke else {}
        if radius > 0:
            limit = min(rect.width, rect.height) / 2
            self.draw.rounded_rectangle(box, radius=min(radius, limit) * self.k, fill=fill,
                                        **outline)  # type: ignore[arg-type]
        else:
            self.draw.rectangle(box, fill=fill, **outline)  # type: ignore[arg-type]

    def line(self, points: Sequence[Point], colour: str, width: float,
             dash: Sequence[float] | None = None) -> None:
        """Stroke a polyline; dashes are cut out of it here (Pillow draws no dashes)."""
        pixels = [self._p(x, y) for x, y in points]
        if not dash:
            self.draw.line(pixels, fill=colour, width=self._w(width), joint="curve")
            return
        for segment in _dashes(pixels, [d * self.k for d in dash]):
            self.draw.line(segment, fill=colour, width=self._w(width))

    def polygon(self, points: Sequence[Point], fill: str, stroke: str | None = None,
                width: float = 0.8) -> None:
        """Fill (and outline) a closed polygon."""
        pixels = [self._p(x, y) for x, y in points]
        self.draw.polygon(pixels, fill=fill)
        if stroke:
            # Pillow outlines a wide polygon through a mask the size of the whole picture, which
            # made a thousand break markers take seconds; a closed line costs what it covers.
            self.draw.line([*pixels, pixels[0], pixels[1]], fill=stroke, width=self._w(width),
                           joint="curve")

    def circle(self, cx: float, cy: float, radius: float, fill: str, stroke: str | None = None,
               width: float = 0.8) -> None:
        """Fill (and outline) a circle."""
        x, y = self._p(cx, cy)
        r = radius * self.k
        outline = {"outline": stroke, "width": self._w(width)} if stroke else {}
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill,
                          **outline)  # type: ignore[arg-type]

    def text(self, x: float, y: float, text: str, size: float, colour: str, *,
             bold: bool = False, anchor: str = "start") -> None:
        """Draw one line of text with its baseline at ``y``."""
        font = _font(bold, max(1, round(size * self.k)))
        self.draw.text(self._p(x, y), text, fill=colour, font=font,
                       anchor=_ANCHORS.get(anchor, "ls"))

    def top_bar(self, rect: Rect, colour: str) -> None:
        """Draw a card's score bar along its rounded top edge."""
        r, inset = 2.6, 0.35
        box = self._box(Rect(rect.x + inset, rect.y + inset, rect.width - 2 * inset, r))
        self.draw.rounded_rectangle(box, radius=r * self.k, fill=colour,
                                    corners=(True, True, False, False))

    def begin_group(self, kind: str, attributes: Mapping[str, str], tooltip: str) -> None:
        """A picture has no groups; nothing to do."""

    def end_group(self) -> None:
        """A picture has no groups; nothing to do."""

    def png(self) -> bytes:
        """Return the picture as PNG bytes, scaled down to its final size."""
        # The picture is exactly ``supersample`` times the final size: averaging each block of
        # pixels (a box filter) smooths as well as Lanczos here and is some ten times faster.
        image = self.image.reduce(self.supersample)
        out = io.BytesIO()
        image.save(out, format="PNG", compress_level=6)  # optimize=True: +5 % smaller, 3x slower
        return out.getvalue()


def _dashes(points: Sequence[Point], pattern: Sequence[float]) -> list[list[Point]]:
    """Return the "on" pieces of a polyline dashed with ``pattern`` (on, off, ... lengths)."""
    pieces: list[list[Point]] = []
    position, on, left = 0, True, pattern[0]
    current: list[Point] = [points[0]] if points else []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            point = (x0 + (x1 - x0) * done / length, y0 + (y1 - y0) * done / length)
            if on:
                current.append(point)
                pieces.append(current)
            current = [point]
            on = not on
            position = (position + 1) % len(pattern)
            left = pattern[position]
        left -= length - done
        if on:
            current.append((x1, y1))
        else:
            current = [(x1, y1)]
    if on and len(current) > 1:
        pieces.append(current)
    return pieces
