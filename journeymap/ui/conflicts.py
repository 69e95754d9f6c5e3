"""Saving trouble for the window: a save that failed, and a colleague's newer version.

A failed save keeps the edit on screen and in the recovery journal; ``SaveRetrier`` tries again.
A conflict asks the designer: reload their version, or keep mine as a copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from journeymap.core.errors import JourneyError
from journeymap.core.model import MAX_TITLE_LENGTH, Journey

if TYPE_CHECKING:
    from journeymap.session.document import Recovered
    from journeymap.ui.main_window import MainWindow

_JOURNEY_FIELDS = ("persona", "organisation", "goal", "description", "date", "language", "kind",
                   "plan", "tags", "phases")


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyDocument", text)


def describe_differences(mine: Journey, theirs: Journey) -> list[str]:
    """Return one line per difference between my snapshot and theirs, for people."""
    lines: list[str] = []
    if mine.title != theirs.title:
        lines.append(_tr("Title: yours “%1”, saved “%2”").replace("%1", mine.title)
                     .replace("%2", theirs.title))
    if len(mine.steps) != len(theirs.steps):
        lines.append(_tr("Steps: yours %1, saved %2").replace("%1", str(len(mine.steps)))
                     .replace("%2", str(len(theirs.steps))))
    for index, (a, b) in enumerate(zip(mine.steps, theirs.steps, strict=False)):
        if a != b:
            lines.append(_tr("Step %1 differs: yours “%2”, saved “%3”")
                         .replace("%1", str(index + 1)).replace("%2", a.title)
                         .replace("%3", b.title))
    for name in _JOURNEY_FIELDS:
        if getattr(mine, name) != getattr(theirs, name):
            lines.append(_tr("Journey field “%1” differs").replace("%1", name))
    return lines


class ConflictController(QObject):
    """Reports failed saves and resolves conflicts for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False
        document = window.document
        document.save_failed.connect(self._save_failed)
        document.save_conflicted.connect(lambda: QTimer.singleShot(0, self.resolve))

    def retry_save(self) -> None:
        """Try again to save the journey on screen."""
        if self._window.document.retry_save():
            self._window.status.showMessage(self.tr("Saved."), 4000)

    def _save_failed(self, message: str) -> None:
        self._window.status.showMessage(
            self.tr("Not saved: %1. Your edit stays on screen; JourneyMap saves it as soon as "
                    "the library answers again.").replace("%1", message))

    def report_recovery(self, crashed: bool, recovered: list[Recovered]) -> None:
        """Say what start-up found: the last run crashed, and what the journal gave back."""
        window = self._window
        if not recovered:
            if crashed:
                window.status.showMessage(self.tr(
                    "JourneyMap did not close properly last time. Every edit had been saved; "
                    "nothing was lost."), 15000)
            return
        lines = []
        for item in recovered:
            when = item.kept_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = {
                "saved": self.tr("“%1”: your edit of %2 is saved."),
                "copied": self.tr("“%1”: your edit of %2 is saved as a copy, because the journey "
                                  "was changed elsewhere since."),
                "kept": self.tr("“%1”: your edit of %2 could not be saved yet; JourneyMap tries "
                                "again at the next start."),
            }[item.outcome]
            lines.append(text.replace("%1", item.title).replace("%2", when))
        intro = (self.tr("JourneyMap did not close properly last time.") if crashed else
                 self.tr("Edits that had not reached the library last time:"))
        window.show_message("information", self.tr("Recovered edits"),
                            intro + "\n\n" + "\n".join(lines))

    def resolve(self) -> None:
        """Ask whether to reload their version or keep mine as a copy."""
        window = self._window
        document = window.document
        if self._pending or not document.unsaved:
            return
        self._pending = True
        try:
            try:
                differences = describe_differences(document.journey, document.theirs())
            except JourneyError:
                differences = [self.tr("The journey was deleted elsewhere.")]
            choice = window.ask_choice(
                self.tr("Changed elsewhere"),
                self.tr("Someone else saved this journey after you opened it. Your last edit "
                        "is not saved."),
                "\n".join(differences),
                {"reload": self.tr("Reload theirs"), "copy": self.tr("Save mine as a copy")},
            )
            if choice == "reload":
                document.reload()
            elif choice == "copy":
                document.save_as_copy(self.tr("%1 (my copy)").replace(
                    "%1", document.journey.title)[:MAX_TITLE_LENGTH])
        finally:
            self._pending = False
