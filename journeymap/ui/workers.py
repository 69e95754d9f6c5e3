"""Run slow work (PDF, images, file writing) on the thread pool so the window never freezes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Signals of a ``Worker`` (a QRunnable cannot have its own).

    Signals:
        finished(object): the job's result.
        failed(str): the job raised; the message says why.
    """

    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Call ``job`` on a pool thread and report the result through ``signals``."""

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        """Run the job (on a pool thread)."""
        try:
            result = self._job()
        except Exception as error:  # noqa: BLE001 - reported to the user, not swallowed
            log.exception("background job failed")
            self.signals.failed.emit(str(error) or type(error).__name__)
        else:
            self.signals.finished.emit(result)


def run_in_pool(job: Callable[[], Any], on_finished: Callable[[object], None],
                on_failed: Callable[[str], None]) -> Worker:
    """Start ``job`` on the global thread pool; the callbacks run on the GUI thread."""
    worker = Worker(job)
    worker.setAutoDelete(False)  # keep the signals object alive until we drop the worker
    worker.signals.finished.connect(on_finished)
    worker.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(worker)
    return worker
