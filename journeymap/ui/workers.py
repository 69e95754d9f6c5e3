"""Run slow work (PDF, images, file writing) on the thread pool so the window never freezes.

The runnable belongs to the pool (auto-delete) and its signals object to a QObject parent on the
GUI thread, so neither can be deleted by Python while the pool thread is still returning from
``run`` (which crashed when the last Python reference went away inside the result slot).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """What a background job reports (a QRunnable cannot have signals of its own).

    Signals:
        finished(object): the job's result.
        failed(str): the job raised; the message says why.
    """

    finished = Signal(object)
    failed = Signal(str)


class ProgressRelay(QObject):
    """Carries a job's progress from the pool thread to the GUI thread (a queued signal).

    Signals:
        moved(int, int): how much is done, of how much.
    """

    moved = Signal(int, int)


class Worker(QRunnable):
    """Call ``job`` on a pool thread and report the result through ``signals``."""

    def __init__(self, job: Callable[[], Any], signals: WorkerSignals) -> None:
        super().__init__()
        self._job = job
        self._signals = signals

    def run(self) -> None:
        """Run the job (on a pool thread)."""
        try:
            result = self._job()
        except Exception as error:  # noqa: BLE001 - reported to the user, not swallowed
            log.exception("background job failed")
            self._signals.failed.emit(str(error) or type(error).__name__)
        else:
            self._signals.finished.emit(result)


def run_in_pool(job: Callable[[], Any], on_finished: Callable[[object], None],
                on_failed: Callable[[str], None], parent: QObject) -> WorkerSignals:
    """Start ``job`` on the global thread pool; the callbacks run on the GUI thread.

    The returned signals object is a child of ``parent`` and deletes itself after reporting.
    """
    signals = WorkerSignals(parent)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    signals.finished.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(Worker(job, signals))
    return signals
