"""The real desktop app in a subprocess, for the crash tests (``test_crash.py``).

``python typist_app.py type TEXT``: start the app, put the cursor in the current step's title,
type TEXT key by key, print ``typed`` and wait to be killed.
``python typist_app.py report``: start the app, print the open journey's step titles and the
status bar's message as JSON, and quit.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.app import run_app
from journeymap.ui.main_window import MainWindow


def _window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.ready and not widget.loading:
            return widget
    return None


def _when_ready(action: object) -> None:
    def poll() -> None:
        window = _window()
        if window is None or window.document.journey_id is None:
            QTimer.singleShot(20, poll)
        else:
            action(window)  # type: ignore[operator]

    QTimer.singleShot(20, poll)


def _type(text: str) -> None:
    def act(window: MainWindow) -> None:
        window.inspector.focus_step_title()
        QTest.keyClicks(window.inspector.step_form.title, text)
        os.write(1, b"typed\n")  # no buffering: the parent kills us as soon as it reads this

    _when_ready(act)


def _report() -> None:
    def act(window: MainWindow) -> None:
        QTimer.singleShot(200, lambda: finish(window))

    def finish(window: MainWindow) -> None:
        print(json.dumps({"titles": [s.title for s in window.document.journey.steps],
                          "status": window.status.currentMessage()}), flush=True)
        window.close()

    _when_ready(act)


def main() -> int:
    app = QApplication([sys.argv[0]])
    if sys.argv[1] == "type":
        _type(sys.argv[2])
    else:
        _report()
    return run_app([]) if app else 1


if __name__ == "__main__":
    sys.exit(main())
