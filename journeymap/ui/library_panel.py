"""The journey library: search by title, filter by tag, open, new, duplicate, rename (F2), delete.

A library may hold ten thousand journeys, so the list is an item model that the view fills
lazily: titles and tags come from one cheap query (the journey table alone), the filter runs
on plain Python lists, and the step counts and scores of the tooltips are read for the rows the
view fetches, a block at a time (``JourneyListModel``). ``update_summary`` changes one row in
place after a save, without reloading the list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.channels import fold
from journeymap.core.errors import NotFoundError
from journeymap.ui.document import JourneyDocument

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3
#: Rows the view gets per ``fetchMore`` (and summaries read per query).
FETCH_BLOCK = 200

_Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class _Row:
    id: int
    title: str
    tags: tuple[str, ...]
    key: str  # the title folded, for the search
    steps: int | None = None  # None: not read yet
    score: int = 0


class JourneyListModel(QAbstractListModel):
    """The library's journeys, filtered by a search text and a tag, fetched by the view lazily.

    Signals:
        rename_requested(int, str): the user typed a new title for a journey in the list.
    """

    rename_requested = Signal(int, str)

    def __init__(self, library: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[_Row] = []
        self._by_id: dict[int, _Row] = {}
        self._visible: list[_Row] = []  # rows that pass the filter
        self._fetched = 0
        self._text = ""
        self._tag: str | None = None
        self.counts_text = "%1 steps, net score %2"

    # -- loading and filtering ----------------------------------------------------------------

    def load(self) -> bool:
        """Read the titles and tags again; return whether anything a person sees changed."""
        entries = self._library.list_entries()
        rows = self._rows
        if len(rows) == len(entries) and all(
                r.id == e.id and r.title == e.title and r.tags == e.tags
                for r, e in zip(rows, entries, strict=True)):
            return False
        known = self._by_id
        rows = []
        for entry in entries:
            old = known.get(entry.id)
            if old is not None and old.title == entry.title:  # its folded title and counts stay
                row = old
                if old.tags != entry.tags:
                    old.tags = tuple(entry.tags)
            else:
                row = _Row(entry.id, entry.title, tuple(entry.tags), fold(entry.title))
            rows.append(row)
        self._rows = rows
        self._by_id = {row.id: row for row in rows}
        self._apply()
        return True

    def set_filter(self, text: str, tag: str | None) -> None:
        """Show only the journeys whose title holds ``text`` and that carry ``tag``."""
        text = fold(text)
        if (text, tag) != (self._text, self._tag):
            self._text, self._tag = text, tag
            self._apply()

    def _apply(self) -> None:
        text, tag = self._text, self._tag
        self.beginResetModel()
        self._visible = [row for row in self._rows
                         if text in row.key and (tag is None or tag in row.tags)]
        self._fetched = 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):  # the first block at once (the view asks too)
            self.fetchMore(QModelIndex())

    def tags(self) -> dict[str, int]:
        """Return every tag and how many journeys carry it, sorted case-insensitively."""
        counts: dict[str, int] = {}
        for row in self._rows:
            for tag in row.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (item[0].casefold(), item[0])))

    def update_summary(self, summary: Any) -> bool:
        """Show ``summary`` (a ``JourneySummary``) in its row; return whether the row is listed.

        The row stays where it is even when its new title no longer matches the search: rows
        that jump away while one edits them are hard to follow. A new id is added at the end.
        """
        row = self._by_id.get(summary.id)
        if row is None:
            row = _Row(summary.id, summary.title, tuple(summary.tags), fold(summary.title),
                       summary.steps, summary.score)
            self._rows.append(row)
            self._by_id[row.id] = row
            if self._text in row.key and (self._tag is None or self._tag in row.tags):
                self.beginInsertRows(QModelIndex(), len(self._visible), len(self._visible))
                self._visible.append(row)
                self._fetched += 1
                self.endInsertRows()
            return True
        row.title, row.tags, row.key = summary.title, tuple(summary.tags), fold(summary.title)
        row.steps, row.score = summary.steps, summary.score
        position = self.position_of(row.id)
        if position is None:
            return False
        index = self.index(position, 0)
        self.dataChanged.emit(index, index)
        return True

    # -- the item model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the rows fetched so far (none below the root)."""
        return 0 if parent.isValid() else self._fetched

    def canFetchMore(self, parent: _Index) -> bool:
        """Return whether filtered rows wait to be fetched."""
        return not parent.isValid() and self._fetched < len(self._visible)

    def fetchMore(self, parent: _Index) -> None:
        """Add the next block of rows, with their step counts and scores (one query)."""
        if parent.isValid():
            return
        start = self._fetched
        end = min(len(self._visible), start + FETCH_BLOCK)
        if end <= start:
            return
        self._read_counts(self._visible[start:end])
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._fetched = end
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every filtered row (for callers that walk the whole list)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def _read_counts(self, rows: Sequence[_Row]) -> None:
        missing = [row.id for row in rows if row.steps is None]
        if not missing:
            return
        for summary in self._library.summaries_of(missing):
            row = self._by_id.get(summary.id)
            if row is not None:
                row.steps, row.score = summary.steps, summary.score

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the title, id, tags or tooltip of a row."""
        if not index.isValid() or index.row() >= self._fetched:
            return None
        row = self._visible[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, TITLE_ROLE):
            return row.title
        if role == ID_ROLE:
            return row.id
        if role == TAGS_ROLE:
            return row.tags
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = self.counts_text.replace("%1", str(row.steps or 0)).replace(
                "%2", f"{row.score:+d}")
            tags = f"\n{', '.join(row.tags)}" if row.tags else ""
            return f"{row.title}\n{counts}{tags}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows are chosen and renamed in place."""
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for a rename when the user typed a new title."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._visible[index.row()]
        title = str(value).strip()
        if title and title != row.title:
            self.rename_requested.emit(row.id, title)
        return False  # the row shows the new title once the library has it

    # -- questions ------------------------------------------------------------------------------

    def position_of(self, journey_id: int | None) -> int | None:
        """Return the row of ``journey_id`` among the filtered ones (fetching up to it)."""
        for position, row in enumerate(self._visible):
            if row.id == journey_id:
                while position >= self._fetched:
                    self.fetchMore(QModelIndex())
                return position
        return None

    def visible_ids(self) -> list[int]:
        """Return the ids of every journey that passes the filter (fetched or not)."""
        return [row.id for row in self._visible]

    def visible_titles(self) -> list[str]:
        """Return the titles of every journey that passes the filter."""
        return [row.title for row in self._visible]


class LibraryPanel(QWidget):
    """A filtered list of the library's journeys; choosing one opens it.

    Signals:
        new_requested(): the user asked for a new journey.
        duplicate_requested(int): the user asked for a copy of a journey.
        delete_requested(int): the user asked to delete a journey.
        portfolio_requested(object): the user asked to analyse the listed journeys together
            (a list of ids).
    """

    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    portfolio_requested = Signal(object)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._refreshing = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.tag_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter.setMinimumContentsLength(8)
        self.model = JourneyListModel(document.library, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setUniformItemSizes(True)  # no row is measured before it is shown
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.buttons: dict[str, QToolButton] = {}
        # The list-wide action sits with the filter it follows, the per-journey ones below the
        # list: one row of five would make the panel too wide for a 1280 px screen.
        filter_row, row = QHBoxLayout(), QHBoxLayout()
        filter_row.addWidget(self.tag_filter, 1)
        for target, name, slot in ((row, "new", self.new_requested.emit),
                                   (row, "duplicate", self._duplicate),
                                   (row, "rename", self.rename_current),
                                   (row, "delete", self._delete),
                                   (filter_row, "portfolio", self._portfolio)):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(slot)
            # Left: alone (no tags to filter by yet) it would float in the middle.
            target.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons[name] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filter_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.tag_filter.currentIndexChanged.connect(lambda _index: self._filter())
        self.search.returnPressed.connect(self._open_first_match)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rename_requested.connect(self._renamed)
        self.model.modelReset.connect(self._select_open)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete)
        document.library_changed.connect(self._library_changed)
        document.journey_opened.connect(lambda _id: self._select_open())
        self.retranslate_ui()
        self.refresh()

    # -- public ---------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        """Return the id of the journey chosen in the list."""
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def titles(self) -> list[str]:
        """Return the titles listed (after the search and tag filter), top to bottom."""
        return self.model.visible_titles()

    def listed_ids(self) -> list[int]:
        """Return the ids of the journeys listed (after the search and tag filter)."""
        return self.model.visible_ids()

    def refresh(self) -> None:
        """Reload the titles and tags from the library (the list stays if nothing changed).

        The open journey's counts are read again: a save changes them without changing the
        list.
        """
        self._refreshing = True
        try:
            changed = self.model.load()
            if changed:
                self._fill_tags()
            elif self._doc.journey_id is not None:
                # (deleted meanwhile: the next load drops it)
                with contextlib.suppress(NotFoundError):
                    self.model.update_summary(self._doc.library.summary(self._doc.journey_id))
        finally:
            self._refreshing = False
        self._select_open()

    def _library_changed(self, summary: Any) -> None:
        """Reload after journeys were added or deleted (``None``); else update the one row."""
        if summary is None:
            self.refresh()
        else:
            self.update_summary(summary)

    def update_summary(self, summary: Any) -> None:
        """Show one journey's new summary (after a save) in its row, without a reload."""
        self.model.update_summary(summary)
        if set(summary.tags) - set(self._tag_items()):
            self._fill_tags()

    def select_tag(self, tag: str | None) -> None:
        """Show only the journeys with ``tag`` (``None``: every journey)."""
        position = self.tag_filter.findData(tag) if tag is not None else 0
        self.tag_filter.setCurrentIndex(max(0, position))

    # -- filtering ------------------------------------------------------------------------------

    def _tag_items(self) -> list[str]:
        return [self.tag_filter.itemData(i) for i in range(1, self.tag_filter.count())]

    def _fill_tags(self) -> None:
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag, count in self.model.tags().items():
            self.tag_filter.addItem(f"{tag} ({count})", tag)
        position = self.tag_filter.findData(chosen) if chosen is not None else 0
        self.tag_filter.setCurrentIndex(max(0, position))
        self.tag_filter.blockSignals(False)
        self.tag_filter.setVisible(self.tag_filter.count() > 1)
        self._filter()

    def _filter(self) -> None:
        self._refreshing = True
        try:
            self.model.set_filter(self.search.text(), self.tag_filter.currentData())
        finally:
            self._refreshing = False
        self._select_open()

    def _select_open(self) -> None:
        position = self.model.position_of(self._doc.journey_id)
        if position is None:
            return
        index = self.model.index(position, 0)
        if self.list.currentIndex() != index:
            was = self._refreshing
            self._refreshing = True
            self.list.setCurrentIndex(index)
            self._refreshing = was

    # -- user actions ---------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Only the user's choice opens a journey, not the filter moving the current row; and
        # not from inside the model's signal, since opening reloads this very model.
        if self._refreshing or not current.isValid() or not self.list.hasFocus():
            return
        journey_id = int(current.data(ID_ROLE))
        QTimer.singleShot(0, lambda: self._open(journey_id))

    def _open(self, journey_id: int) -> None:
        if journey_id != self._doc.journey_id:
            self._doc.open_journey(journey_id)

    def _open_first_match(self) -> None:
        if self.model.rowCount():
            first = self.model.index(0, 0)
            self.list.setFocus()
            self.list.setCurrentIndex(first)
            self._open(int(first.data(ID_ROLE)))

    def _renamed(self, journey_id: int, title: str) -> None:
        # Defer: the rename reloads this model, which must not happen inside its own signal.
        QTimer.singleShot(0, lambda: self._doc.rename_journey(journey_id, title))

    def rename_current(self) -> None:
        """Start editing the chosen journey's title in the list."""
        index = self.list.currentIndex()
        if index.isValid():
            self.list.setFocus()
            self.list.edit(index)

    def _duplicate(self) -> None:
        journey_id = self.selected_id()
        if journey_id is not None:
            self.duplicate_requested.emit(journey_id)

    def _delete(self) -> None:
        journey_id = self.selected_id()
        if journey_id is not None:
            self.delete_requested.emit(journey_id)

    def _portfolio(self) -> None:
        ids = self.listed_ids()
        if ids:
            self.portfolio_requested.emit(ids)

    # -- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search journeys"))
        self.search.setAccessibleName(self.tr("Search journeys by title"))
        self.tag_filter.setAccessibleName(self.tr("Show journeys with this tag"))
        self.tag_filter.setToolTip(self.tr("Show journeys with this tag"))
        self.list.setAccessibleName(self.tr("Journeys"))
        self.model.counts_text = self.tr("%1 steps, net score %2")
        texts = {"new": (self.tr("New"), self.tr("New journey")),
                 "duplicate": (self.tr("Duplicate"), self.tr("Duplicate the chosen journey")),
                 "rename": (self.tr("Rename"), self.tr("Rename the chosen journey (F2)")),
                 "delete": (self.tr("Delete"), self.tr("Delete the chosen journey (undo brings "
                                                       "it back)")),
                 "portfolio": (self.tr("Together"), self.tr("Analyse the listed journeys "
                                                            "together: recurring breaks and "
                                                            "channel transitions"))}
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        if self.tag_filter.count():
            self.tag_filter.setItemText(0, self.tr("All tags"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

