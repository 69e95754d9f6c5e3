"""Pick a channel by typing its name in English or Dutch (or an alias), with completion."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from journeymap.core.channels import CHANNELS, channel, resolve_channel


def _completion_names() -> list[str]:
    names: dict[str, None] = {}
    for item in CHANNELS:
        names[item.name_en] = None
        names[item.name_nl] = None
    for item in CHANNELS:
        for alias in item.aliases:
            names[alias] = None
    return list(names)


class ChannelPicker(QLineEdit):
    """A line edit that resolves what is typed to a channel id when editing finishes.

    Signals:
        channel_chosen(str): the channel id typed or picked ("" for none, when allowed).
    """

    channel_chosen = Signal(str)

    def __init__(self, *, allow_none: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self._channel_id = ""
        self._lang = "en"
        completer = QCompleter(QStringListModel(_completion_names(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._commit)
        self.editingFinished.connect(lambda: self._commit(self.text()))
        self.setClearButtonEnabled(allow_none)
        self.installEventFilter(self)  # after the completer's filter, so it runs first

    @property
    def channel_id(self) -> str:
        """Return the id shown ("" for none)."""
        return self._channel_id

    def set_channel(self, channel_id: str | None, lang: str) -> None:
        """Show ``channel_id`` by its name in ``lang`` without emitting ``channel_chosen``."""
        self._channel_id = channel_id or ""
        self._lang = lang
        text = channel(channel_id).name(lang) if channel_id else ""
        if self.text() != text:
            self.setText(text)
        self._set_invalid(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Commit what was typed when the focus moves on.

        An event filter, because the completer's own filter swallows the focus-out after its
        popup was shown, and then neither ``focusOutEvent`` nor ``editingFinished`` comes.
        """
        if (watched is self and event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and event.reason() != Qt.FocusReason.PopupFocusReason):
            self._commit(self.text())
        return False

    def commit(self) -> None:
        """Resolve what is typed now and emit ``channel_chosen`` when it names another channel."""
        self._commit(self.text())

    def _commit(self, text: str) -> None:
        text = text.strip()
        if not text:
            if self._allow_none:
                self._set_invalid(False)
                if self._channel_id:
                    self._channel_id = ""
                    self.channel_chosen.emit("")
            else:
                self.set_channel(self._channel_id, self._lang)
            return
        channel_id = resolve_channel(text)
        if channel_id is None:
            self._set_invalid(True)
            return
        self._set_invalid(False)
        shown = channel(channel_id).name(self._lang)
        if self.text() != shown:
            self.setText(shown)
        if channel_id != self._channel_id:
            self._channel_id = channel_id
            self.channel_chosen.emit(channel_id)

    def _set_invalid(self, invalid: bool) -> None:
        if bool(self.property("invalid")) == invalid:
            return
        self.setProperty("invalid", invalid)
        self.setToolTip(self.tr("Unknown channel: type a name such as phone, telefoon or e-mail")
                        if invalid else "")
        self.style().unpolish(self)
        self.style().polish(self)
