"""Edit a list of short texts (``info_given``, phases) in one line, separated by ``;``.

The completer completes the word being typed from what earlier steps used, so the same piece of
information is spelled the same way and the analysis can spot it being asked again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ";"


def parse_tags(text: str) -> tuple[str, ...]:
    """Return the distinct, non-empty tags of ``text`` in order (``;`` or ``,`` separate them)."""
    parts = text.replace(",", SEPARATOR).split(SEPARATOR)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


def format_tags(tags: Iterable[str]) -> str:
    """Return ``tags`` as the text the editor shows."""
    return f"{SEPARATOR} ".join(tags)


class _LastTagCompleter(QCompleter):
    """Complete only the tag after the last separator, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.replace(",", SEPARATOR).split(SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        completion = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.replace(",", SEPARATOR).rsplit(SEPARATOR, 1)
        prefix = f"{head[0]}{SEPARATOR} " if len(head) > 1 else ""
        return f"{prefix}{completion}"


class TagEditor(QLineEdit):
    """A line of tags separated by ``;`` with completion of the tag being typed.

    Signals:
        tags_changed(object): the tuple of tags after an edit.
    """

    tags_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: tuple[str, ...] = ()
        self._model = QStringListModel(self)
        completer = _LastTagCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._edited)
        completer.activated.connect(self._edited)  # the text with the completion in it

    @property
    def tags(self) -> tuple[str, ...]:
        """Return the tags shown."""
        return self._tags

    def set_tags(self, tags: Iterable[str]) -> None:
        """Show ``tags`` without emitting ``tags_changed`` (keeps the text while it matches)."""
        tags = tuple(tags)
        self._tags = tags
        if parse_tags(self.text()) != tags:
            self.setText(format_tags(tags))
            if not self.hasFocus():
                self.setCursorPosition(0)

    def set_suggestions(self, suggestions: Iterable[str]) -> None:
        """Offer ``suggestions`` (for example what earlier steps asked) while typing."""
        values = list(dict.fromkeys(suggestions))
        if values != self._model.stringList():
            self._model.setStringList(values)

    def _edited(self, text: str) -> None:
        tags = parse_tags(text)
        if tags != self._tags:
            self._tags = tags
            self.tags_changed.emit(tags)
