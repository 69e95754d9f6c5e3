"""The note reader: annotations proposed from a journey's own words (docs/proposals.md).

Qt-free; it needs simplemma for word forms, which is why it lives outside the pure ``core``.
"""

from journeymap.notes.reader import read_journey

__all__ = ["read_journey"]
