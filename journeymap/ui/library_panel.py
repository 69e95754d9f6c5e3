"""The journey library: search by title, open, new, duplicate, rename (F2), delete with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.ui.document import JourneyDocument

if TYPE_CHECKING:
    from journeymap.persistence.library import JourneySummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryPanel(QWidget):
    """A filtered list of the library's journeys; choosing one opens it.

    Signals:
        new_requested(): the user asked for a new journey.
        duplicate_requested(int): the user asked for a copy of a journey.
        delete_requested(int): the user asked to delete a journey.
    """

    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._refreshing = False
        self._listed: list[tuple[int, str, int, int]] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(TITLE_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        for name, slot in (("new", self.new_requested.emit), ("duplicate", self._duplicate),
                           ("rename", self.rename_current), ("delete", self._delete)):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self._open_first_match)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.model.itemChanged.connect(self._item_renamed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete)
        document.library_changed.connect(self._library_changed)
        document.journey_opened.connect(lambda _id: self._select_open())
        document.journey_opened.connect(lambda _id: self._select_open())
        self.retranslate_ui()
        self.refresh()

    def selected_id(self) -> int | None:
        """Return the id of the journey chosen in the list."""
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def titles(self) -> list[str]:
        """Return the titles listed (after the search filter), top to bottom."""
        return [self.proxy.index(r, 0).data(TITLE_ROLE) for r in range(self.proxy.rowCount())]

    def refresh(self) -> None:
        """Reload the summaries from the library."""
        summaries = self._doc.library.list_summaries()
        listed = [(x.id, x.title, x.steps, x.score) for x in summaries]
        if listed == self._listed and self.model.rowCount() == len(listed):
            self._select_open()
            return  # nothing a person can see changed: keep the rows (and any editor) as they are
        self._listed = listed
        self._refreshing = True
        try:
            self.model.clear()
            for summary in summaries:
                item = QStandardItem()
                self._fill(item, summary)
                item.setEditable(True)
                self.model.appendRow(item)
        finally:
            self._refreshing = False
        self._select_open()

    def _library_changed(self, summary: JourneySummary | None) -> None:
        if summary is None:
            self.refresh()
        else:
            self.update_summary(summary)

    def update_summary(self, summary: JourneySummary) -> None:
        """Show ``summary`` in its row, without asking the library (a saved edit)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item is not None and item.data(ID_ROLE) == summary.id:
                self._refreshing = True
                try:
                    self._fill(item, summary)
                finally:
                    self._refreshing = False
                shown = (summary.id, summary.title, summary.steps, summary.score)
                self._listed = [shown if entry[0] == summary.id else entry
                                for entry in self._listed]
                return
        self.refresh()

    def _fill(self, item: QStandardItem, summary: JourneySummary) -> None:
        item.setText(summary.title)
        item.setData(summary.id, ID_ROLE)
        item.setData(summary.title, TITLE_ROLE)
        counts = self.tr("%1 steps, net score %2").replace(
            "%1", str(summary.steps)).replace("%2", f"{summary.score:+d}")
        item.setToolTip(f"{summary.title}\n{counts}")

    def _select_open(self) -> None:
        open_id = self._doc.journey_id
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == open_id:
                if self.list.currentIndex() != index:
                    self._refreshing = True
                    self.list.setCurrentIndex(index)
                    self._refreshing = False
                return

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
        if self.proxy.rowCount():
            self.list.setFocus()
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self._open(int(self.proxy.index(0, 0).data(ID_ROLE)))

    def _item_renamed(self, item: QStandardItem) -> None:
        if self._refreshing:
            return
        title = item.text().strip()
        journey_id = int(item.data(ID_ROLE))
        # Defer: the rename reloads this model, which must not happen inside its own signal.
        if title and title != item.data(TITLE_ROLE):
            QTimer.singleShot(0, lambda: self._doc.rename_journey(journey_id, title))
        else:
            QTimer.singleShot(0, self.refresh)

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

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search journeys"))
        self.search.setAccessibleName(self.tr("Search journeys by title"))
        self.list.setAccessibleName(self.tr("Journeys"))
        texts = {"new": (self.tr("New"), self.tr("New journey")),
                 "duplicate": (self.tr("Duplicate"), self.tr("Duplicate the chosen journey")),
                 "rename": (self.tr("Rename"), self.tr("Rename the chosen journey (F2)")),
                 "delete": (self.tr("Delete"), self.tr("Delete the chosen journey (undo brings "
                                                       "it back)"))}
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        if not self._refreshing:
            self._listed = []  # the tooltips are in the old language
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
