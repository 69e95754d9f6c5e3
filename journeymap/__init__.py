"""JourneyMap: map customer journeys, find integration breaks, suggest improvements.

Importing this package must stay cheap and must not import Qt.
"""

__version__ = "0.1.0"
