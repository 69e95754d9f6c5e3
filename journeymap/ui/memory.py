"""Keep the garbage collector's full passes short once the app has started.

Python's cyclic collector runs a full pass over every tracked object now and then; with a big
library listed (10,000 rows), pyqtgraph and the ORM loaded, such a pass takes 50-150 ms, a frame
one sees stutter. The objects that exist when start-up is over (modules, widgets, the list's
rows) live as long as the app, so they are moved out of the collector's sight once
(``gc.freeze``); later passes only look at objects made after that. They are still freed by
reference counting; only garbage cycles among them would stay, and start-up leaves none worth
collecting.
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Collect once, then exclude everything alive now from later full passes."""
    gc.collect()
    gc.freeze()
