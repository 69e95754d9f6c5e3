"""Imports that run on the thread pool while the status bar shows how far they are.

One shape for every long import (a contact history, a long journey file): the status bar says
what is being imported and fills its progress bar from the job's reports; a failure is shown
with the file's name and the problem; the window stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from journeymap.ui.workers import ProgressRelay, run_in_pool

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

#: ``report(done, total)``: called by the job, from the pool thread, as it gets on.
Report = Callable[[int, int], None]


def run_import(window: MainWindow, busy: str, failed_title: str,
               job: Callable[[Report], Any], finished: Callable[[Any], str]) -> None:
    """Run ``job`` in the background with progress in ``window``'s status bar.

    Args:
        busy: the status text while it runs ("Importing big.json…").
        failed_title: the title of the message that shows the error if the job raises.
        job: the work; gets a ``report`` function for its progress.
        finished: called on the GUI thread with the job's result; returns the status text.
    """
    status = window.status
    bar = status.progress
    relay = ProgressRelay(window)

    def moved(done: int, total: int) -> None:
        bar.setRange(0, max(1, total))
        bar.setValue(done)

    relay.moved.connect(moved)

    def done(result: object) -> None:
        bar.setRange(0, 0)
        status.set_busy(False)
        status.showMessage(finished(result), 10000)
        relay.deleteLater()

    def failed(message: str) -> None:
        bar.setRange(0, 0)
        status.set_busy(False)
        relay.deleteLater()
        window.show_message("warning", failed_title, message)

    status.set_busy(True, busy)
    run_in_pool(lambda: job(relay.moved.emit), done, failed, window)
