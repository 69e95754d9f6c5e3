"""Many journeys together: the channel-transition heat map and the recurring findings, ranked.

Rows of the heat map are the channels the customer leaves, columns the channels they move to;
a cell's colour is the mean score change across the transition (red worse, green better) and its
label the count and that change, so colour never carries the meaning alone. Planned journeys
among those chosen are not counted; the summary says how many were left out. Choosing a cell or a
recurring finding lists the journeys and steps where it happens; activating one opens that
journey in the main window with those steps highlighted.

The portfolio is built on the thread pool (``session.portfolio.library_portfolio``) in the
document's analysis context, with progress in the window; the PDF is written there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.aggregate import Occurrence, Portfolio, RecurringFinding, Transition
from journeymap.core.heat import heat_colour, heat_text_colour
from journeymap.core.portfolio_texts import format_share, format_signed
from journeymap.core.texts import channel_label, rule_name
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import severity_label
from journeymap.ui.workers import ProgressRelay, run_in_pool

_Index = QModelIndex | QPersistentModelIndex
#: How many places the list under the heat map shows for one cell or finding.
PLACES_LISTED = 500
_PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
_RECURRING_ROLE = Qt.ItemDataRole.UserRole + 2


class TransitionModel(QAbstractTableModel):
    """The transition matrix: channel rows and columns, a transition (or nothing) per cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._portfolio: Portfolio | None = None
        self._channels: tuple[str, ...] = ()
        self._cells: dict[tuple[str, str], Transition] = {}

    def set_portfolio(self, portfolio: Portfolio) -> None:
        """Show the matrix of ``portfolio``."""
        self.beginResetModel()
        self._portfolio = portfolio
        self._channels = portfolio.matrix_channels()
        self._cells = {(t.from_channel, t.to_channel): t for t in portfolio.transitions}
        self.endResetModel()

    @property
    def channels(self) -> tuple[str, ...]:
        """Return the channels of the rows (and columns), in catalogue order."""
        return self._channels

    def transition_at(self, index: _Index) -> Transition | None:
        """Return the transition of a cell, ``None`` for an empty one."""
        if not index.isValid():
            return None
        return self._cells.get((self._channels[index.row()], self._channels[index.column()]))

    def index_of(self, from_channel: str, to_channel: str) -> QModelIndex:
        """Return the cell of a transition (invalid when a channel is not in the matrix)."""
        if from_channel not in self._channels or to_channel not in self._channels:
            return QModelIndex()
        return self.index(self._channels.index(from_channel), self._channels.index(to_channel))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return one row per channel."""
        return 0 if parent.isValid() else len(self._channels)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return one column per channel."""
        return 0 if parent.isValid() else len(self._channels)

    def _lang(self) -> str:
        return self._portfolio.lang if self._portfolio is not None else "en"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the channel names of rows and columns."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and \
                0 <= section < len(self._channels):
            return str(channel_label(self._channels[section], self._lang()))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's label, colours and explanation."""
        cell = self.transition_at(index)
        if cell is None:
            return None
        lang = self._lang()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.count}\n{format_signed(cell.mean_delta, lang)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(heat_colour(cell.mean_delta)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(heat_text_colour(cell.mean_delta)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("%1 → %2: %3 times, mean score change %4, %5 break").replace(
                "%1", str(channel_label(cell.from_channel, lang))).replace(
                "%2", str(channel_label(cell.to_channel, lang))).replace(
                "%3", str(cell.count)).replace(
                "%4", format_signed(cell.mean_delta, lang, 2)).replace(
                "%5", format_share(cell.break_share))
        return None


class PortfolioView(QWidget):
    """A window with the heat map, the recurring findings and the places they occur.

    Signals:
        built(): a portfolio is shown.
        opened(int): a journey was opened from the view (its library id).
    """

    built = Signal()
    opened = Signal(int)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PortfolioView")
        self._doc = document
        self.portfolio: Portfolio | None = None
        self._ids: list[int] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.model = TransitionModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        # columns as wide as the channel named above them ("balie / bezoek"), at least a cell's
        self.matrix.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.horizontalHeader().setMinimumSectionSize(74)
        self.matrix.verticalHeader().setDefaultSectionSize(40)
        font = QFont(self.matrix.font())
        font.setBold(True)
        self.matrix.setFont(font)
        self.matrix_caption = QLabel()
        self.matrix_caption.setWordWrap(True)
        self.recurring = QTreeWidget()
        self.recurring.setColumnCount(4)
        self.recurring.setRootIsDecorated(False)
        self.recurring.setUniformRowHeights(True)
        self.recurring.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.recurring.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.places_caption = QLabel()
        self.places_caption.setWordWrap(True)
        self.places = QListWidget()
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.export_pdf)
        self.pdf_button.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matrix_caption)
        left_layout.addWidget(self.matrix, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.recurring)
        places = QWidget()
        places_layout = QVBoxLayout(places)
        places_layout.setContentsMargins(0, 0, 0, 0)
        places_layout.addWidget(self.places_caption)
        places_layout.addWidget(self.places, 1)
        right.addWidget(places)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.matrix.clicked.connect(self._cell_chosen)
        self.matrix.activated.connect(self._cell_chosen)
        self.matrix.selectionModel().currentChanged.connect(
            lambda current, _previous: self._cell_chosen(current))
        self.recurring.currentItemChanged.connect(lambda item, _previous: self._finding_chosen(
            item))
        self.places.itemActivated.connect(self._place_activated)
        self.resize(1180, 720)
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------------

    def build(self, ids: Sequence[int]) -> None:
        """Analyse the library journeys ``ids`` together on the thread pool, then show them."""
        from journeymap.session.portfolio import library_portfolio

        self._ids = list(ids)
        context = self._doc.context
        library = self._doc.library
        self.progress.setRange(0, max(1, len(self._ids)))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Analysing %1 journeys…").replace("%1", str(len(ids))))
        reporter = ProgressRelay(self)
        reporter.moved.connect(lambda done, _total: self.progress.setValue(done))

        def job() -> Portfolio:
            return library_portfolio(library, context, ids=self._ids,
                                     progress=reporter.moved.emit)

        run_in_pool(job, self._finished, self._failed, self)

    def _finished(self, portfolio: object) -> None:
        assert isinstance(portfolio, Portfolio)
        self.progress.hide()
        self.show_portfolio(portfolio)
        self._follow_language()

    def _follow_language(self) -> None:
        """Analyse the journeys again when the interface language changed since: the findings'
        names and tips are texts of the analysis, written in its language."""
        if self.portfolio is not None and self.portfolio.lang != self._doc.lang:
            self.build(self._ids)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(self.tr("The journeys could not be analysed: %1").replace(
            "%1", message))

    def show_portfolio(self, portfolio: Portfolio) -> None:
        """Show ``portfolio`` (journey refs are library ids)."""
        self.portfolio = portfolio
        self.model.set_portfolio(portfolio)
        self.recurring.clear()
        count = len(portfolio.journeys)
        for item in portfolio.recurring:
            row = QTreeWidgetItem([
                rule_name(item.rule, portfolio.lang),
                self._pair(item.from_channel, item.to_channel),
                self.tr("%1 of %2").replace("%1", str(item.journeys)).replace("%2", str(count)),
                severity_label(item.severity)])
            row.setData(0, _RECURRING_ROLE, item)
            row.setToolTip(0, item.tip)
            self.recurring.addTopLevelItem(row)
        self.places.clear()
        self.places_caption.clear()  # it named places of the portfolio before
        self._update_summary()
        self.pdf_button.setEnabled(True)
        self.built.emit()

    def _update_summary(self) -> None:
        portfolio = self.portfolio
        if portfolio is None:
            return
        breaks = sum(entry.breaks for entry in portfolio.journeys)
        # each count with its own plural ("1 journey", "1 klantreis")
        text = ", ".join((self.tr("%n journey(s)", "", len(portfolio.journeys)),
                          self.tr("%n step(s)", "", portfolio.steps),
                          self.tr("%n integration break(s)", "", breaks)))
        self.summary.setText(f"{text}\n{self._planned_note(portfolio)}"
                             if portfolio.skipped_planned else text)

    def _planned_note(self, portfolio: Portfolio) -> str:
        """Return what the view says of the planned journeys it left out (the core decides
        which: ``counts_in_portfolio``)."""
        skipped = portfolio.skipped_planned
        if portfolio.only_planned:
            return self.tr("Every listed journey is planned, so nothing is counted: the "
                           "portfolio counts actual journeys only, what customers lived.")
        if skipped == 1:
            return self.tr("1 planned journey not counted: the portfolio counts actual "
                           "journeys only.")
        return self.tr("%1 planned journeys not counted: the portfolio counts actual journeys "
                       "only.").replace("%1", str(skipped))

    def _pair(self, first: str | None, last: str | None) -> str:
        lang = self.portfolio.lang if self.portfolio is not None else "en"
        names = [str(channel_label(c, lang)) if c else "–" for c in (first, last)]
        return f"{names[0]} → {names[1]}"

    # -- choosing and opening -------------------------------------------------------------------

    def select_cell(self, from_channel: str, to_channel: str) -> bool:
        """Choose the cell of a transition (as a click would); return whether it exists."""
        index = self.model.index_of(from_channel, to_channel)
        if not index.isValid() or self.model.transition_at(index) is None:
            return False
        self.matrix.setCurrentIndex(index)
        self._cell_chosen(index)
        return True

    def _cell_chosen(self, index: _Index) -> None:
        cell = self.model.transition_at(index)
        if cell is None:
            return
        caption = self.tr("%1: %2 times, %3 break. Open a journey at these steps:").replace(
            "%1", self._pair(cell.from_channel, cell.to_channel)).replace(
            "%2", str(cell.count)).replace("%3", format_share(cell.break_share))
        self._list_places(caption, cell.occurrences)

    def _finding_chosen(self, row: QTreeWidgetItem | None) -> None:
        if row is None:
            return
        item: RecurringFinding = row.data(0, _RECURRING_ROLE)
        caption = f"{rule_name(item.rule, self._lang())}: {item.tip}"
        self._list_places(caption, item.occurrences)

    def _lang(self) -> str:
        return self.portfolio.lang if self.portfolio is not None else "en"

    def _list_places(self, caption: str, occurrences: Sequence[Occurrence]) -> None:
        assert self.portfolio is not None
        self.places_caption.setText(caption)
        self.places.clear()
        journeys = self.portfolio.journeys
        for place in occurrences[:PLACES_LISTED]:
            entry = journeys[place.journey]
            numbers = ", ".join(str(step + 1) for step in place.steps)
            item = QListWidgetItem(self.tr("%1 — steps %2").replace("%1", entry.title).replace(
                "%2", numbers))
            item.setData(_PLACE_ROLE, (entry.ref, place.steps))
            self.places.addItem(item)
        if len(occurrences) > PLACES_LISTED:
            more = QListWidgetItem(self.tr("… and %1 more").replace(
                "%1", str(len(occurrences) - PLACES_LISTED)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.places.addItem(more)
        if self.places.count():
            self.places.setCurrentRow(0)

    def open_place(self, row: int) -> None:
        """Open the journey of the listed place ``row`` at its steps."""
        item = self.places.item(row)
        if item is not None:
            self._place_activated(item)

    def _place_activated(self, item: QListWidgetItem) -> None:
        place = item.data(_PLACE_ROLE)
        if place is None:
            return
        journey_id, steps = place
        self._doc.open_journey(int(journey_id))
        self._doc.highlight_steps(tuple(steps))
        self.opened.emit(int(journey_id))
        window = self.parentWidget()
        if window is not None:
            window.activateWindow()

    # -- the PDF --------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Ask where to write the portfolio PDF and write it on the thread pool."""
        from journeymap.ui.export_dialog import ask_save_path

        if self.portfolio is None:
            return
        path = ask_save_path(self, self.tr("Portfolio report"), str(Path.home()),
                             self.tr("portfolio.pdf"), "PDF (*.pdf)")
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        """Write the portfolio PDF to ``path`` on the thread pool."""
        portfolio = self.portfolio
        if portfolio is None:
            return

        def job() -> str:
            from journeymap.formats.pdf_portfolio import write_portfolio_pdf

            write_portfolio_pdf(portfolio, path)
            return path

        self.progress.setRange(0, 0)
        self.progress.show()
        run_in_pool(job, self._pdf_written, self._failed, self)

    def _pdf_written(self, path: object) -> None:
        self.progress.hide()
        self.summary.setText(self.tr("Wrote %1").replace("%1", str(path)))

    # -- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Journeys together — JourneyMap"))
        self.pdf_button.setText(self.tr("Portfolio PDF…"))
        self.matrix_caption.setText(self.tr(
            "Channel transitions. Rows: the channel the customer leaves; columns: where they go "
            "next. Colour: the mean score change (red worse, green better); the number: how "
            "often."))
        self.matrix.setAccessibleName(self.tr("Channel transition heat map"))
        self.recurring.setHeaderLabels([self.tr("Recurring finding"), self.tr("Channels"),
                                        self.tr("Journeys"), self.tr("Severity")])
        self.recurring.setAccessibleName(self.tr("Recurring findings, most journeys first"))
        self.places.setAccessibleName(self.tr("Where it happens"))
        self.progress.setAccessibleName(self.tr("Working"))
        self._update_summary()
        if self.progress.isHidden():  # a build under way follows when it is done
            self._follow_language()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)



def open_portfolio(parent: QWidget, document: JourneyDocument,
                   ids: Sequence[int]) -> PortfolioView:
    """Open a portfolio window over ``parent`` for the library journeys ``ids``."""
    view = PortfolioView(document, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.build(ids)
    view.show()
    return view
