"""Where the main window opens: inside the screen's available area, never off screen.

Pure geometry on plain integer rectangles (screen pixels, origin top left), so the rules can be
tested without a display. The UI passes the available geometry of the window's screen and the
geometry remembered for that screen (if any) and applies the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The size a window opens at on a screen with room for it and no remembered geometry.
DEFAULT_SIZE = (1440, 900)
#: A remembered window keeps at least this much of itself on the screen, else it is re-centred.
MIN_VISIBLE = 120


@dataclass(frozen=True, slots=True)
class ScreenRect:
    """A rectangle in screen pixels: top-left corner, width and height."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """Return the x just right of the rectangle."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """Return the y just below the rectangle."""
        return self.y + self.height

    def contains(self, other: ScreenRect) -> bool:
        """Return whether ``other`` lies wholly inside this rectangle."""
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)

    def overlap(self, other: ScreenRect) -> tuple[int, int]:
        """Return the width and height of the part ``other`` shares with this rectangle."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, width), max(0, height)


@dataclass(frozen=True, slots=True)
class WindowPlacement:
    """Where to put the window: its normal geometry, and whether to show it maximised."""

    rect: ScreenRect
    maximized: bool


def place_window(available: ScreenRect, remembered: WindowPlacement | None = None,
                 default_size: tuple[int, int] = DEFAULT_SIZE) -> WindowPlacement:
    """Return the window's geometry on a screen whose free area is ``available``.

    A remembered geometry is used when it fits the area; one partly off the area is moved back
    onto it, one larger than the area is maximised, one almost wholly off it (a screen that was
    rearranged) is centred. Without one, the window opens centred at ``default_size``, or
    maximised when that size would not fit.
    """
    if remembered is not None:
        return _restore(available, remembered)
    width, height = default_size
    if width > available.width or height > available.height:
        return WindowPlacement(available, maximized=True)
    return WindowPlacement(_centred(available, width, height), maximized=False)


def _restore(available: ScreenRect, remembered: WindowPlacement) -> WindowPlacement:
    rect = remembered.rect
    if rect.width > available.width or rect.height > available.height:
        return WindowPlacement(available, maximized=True)
    if available.contains(rect):
        return remembered
    seen_width, seen_height = available.overlap(rect)
    if seen_width < MIN_VISIBLE or seen_height < MIN_VISIBLE:
        return WindowPlacement(_centred(available, rect.width, rect.height),
                               remembered.maximized)
    x = min(max(rect.x, available.x), available.right - rect.width)
    y = min(max(rect.y, available.y), available.bottom - rect.height)
    return WindowPlacement(ScreenRect(x, y, rect.width, rect.height), remembered.maximized)


def _centred(available: ScreenRect, width: int, height: int) -> ScreenRect:
    return ScreenRect(available.x + (available.width - width) // 2,
                      available.y + (available.height - height) // 2, width, height)


def screen_key(name: str, width: int, height: int) -> str:
    """Return the key a geometry is remembered under: the screen's name and size."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "screen"
    return f"{cleaned}-{width}x{height}"


def encode_placement(placement: WindowPlacement) -> str:
    """Return a placement as ``"x,y,width,height,maximized"`` for the settings file."""
    r = placement.rect
    return f"{r.x},{r.y},{r.width},{r.height},{int(placement.maximized)}"


def decode_placement(text: str) -> WindowPlacement | None:
    """Return the placement written by ``encode_placement``; ``None`` for anything else."""
    parts = text.split(",")
    if len(parts) != 5:
        return None
    try:
        x, y, width, height, maximized = (int(part) for part in parts)
    except ValueError:
        return None
    if width <= 0 or height <= 0:
        return None
    return WindowPlacement(ScreenRect(x, y, width, height), bool(maximized))
