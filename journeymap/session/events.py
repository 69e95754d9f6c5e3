"""Plain callbacks in place of Qt signals, so the session runs without a QApplication.

``Event`` keeps its callbacks in connection order and calls each on ``emit``. The Qt adapter
(``ui.document``) connects one callback per event that re-emits a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Callback = Callable[..., None]


class Event:
    """Something that happened, with the callbacks to call when it does."""

    __slots__ = ("_callbacks", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> None:
        """Call ``callback`` on every ``emit`` from now on."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callback) -> None:
        """Stop calling ``callback`` (``ValueError`` if it was not connected)."""
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        """Call every callback with ``args``, in the order they were connected."""
        for callback in tuple(self._callbacks):
            callback(*args)

    def __repr__(self) -> str:
        return f"Event({self.name!r}, {len(self._callbacks)} callbacks)"
