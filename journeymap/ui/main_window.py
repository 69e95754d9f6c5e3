"""The main window: library, map and curve, inspector, findings, status bar and menus.

It composes the views around one ``JourneyDocument`` and turns menu actions into document edits;
it holds no business rules. Modal questions go through ``show_message``/``ask_choice`` so tests
can answer them without a modal loop.

Start-up paints first and loads afterwards: ``MainWindow()`` without a document is a light shell
(its size, a "Opening the library…" note and a busy status bar) that paints before the heavy
parts are even imported; ``build(document)`` then adds the map, curve (pyqtgraph), docks and menus.
That is why the views are imported inside ``build`` and not at the top of this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from journeymap import __version__
from journeymap.core.errors import JourneyError
from journeymap.core.model import LANGUAGES, Journey, JourneyKind, Step
from journeymap.core.window_fit import ScreenRect, WindowPlacement, place_window, screen_key
from journeymap.formats import READ_SUFFIXES
from journeymap.preferences import load_preferences
from journeymap.session.exports import EXPORT_KINDS
from journeymap.ui import actions as action_table
from journeymap.ui.i18n import LANGUAGE_NAMES, current_language, install_language
from journeymap.ui.preferences_dialog import PreferencesDialog, store_prefs
from journeymap.ui.resources import app_icon
from journeymap.ui.settings import UiSettings
from journeymap.ui.theme import apply_theme

if TYPE_CHECKING:
    from journeymap.ui.conflicts import ConflictController
    from journeymap.ui.curve_view import CurveView
    from journeymap.ui.document import JourneyDocument
    from journeymap.ui.empty_hint import EmptyMapHint
    from journeymap.ui.exports_controller import ExportController
    from journeymap.ui.files_controller import FilesController
    from journeymap.ui.findings_panel import FindingsPanel
    from journeymap.ui.inspector import Inspector
    from journeymap.ui.library_panel import LibraryPanel
    from journeymap.ui.map_view import MapView
    from journeymap.ui.status import StatusBar

log = logging.getLogger(__name__)
# Room beside the inspector's fields: its vertical scroll bar, tab frame and dock margins.
INSPECTOR_MARGIN = 44
#: The window frame's extra width and height (title bar) before the window manager has said.
FRAME_ESTIMATE = (2, 32)


class MainWindow(QMainWindow):
    """The JourneyMap window around one document and its library.

    Attributes:
        document: the open journey (``JourneyDocument``).
        menu_actions: the actions of ``ui.actions.ACTIONS`` by name (``"add_step"``, ...).
        map_view / curve_view / inspector / library_panel / findings_panel / status: the parts.
        empty_hint: the hint over the map while the open journey has no steps.
        files / exports / conflicts: the controllers of journey files, exports and saving
            trouble (``files_controller``, ``exports_controller``, ``conflicts``).
    """

    document: JourneyDocument
    map_view: MapView
    empty_hint: EmptyMapHint
    curve_view: CurveView
    library_panel: LibraryPanel
    inspector: Inspector
    findings_panel: FindingsPanel
    status: StatusBar
    files: FilesController
    exports: ExportController
    conflicts: ConflictController

    def __init__(self, document: JourneyDocument | None = None,
                 settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or UiSettings()
        self.ready = False
        self.loading = True
        self._fitted_docks: tuple[int, int] | None = None  # None: the user's own widths
        self._after_paint: list[Callable[[], None]] = []
        self._presentation: QWidget | None = None
        self._shortcuts: QWidget | None = None
        self._menus: dict[str, QMenu] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle("JourneyMap")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.place_on_screen()
        if document is None:
            self._show_starting()
        else:
            self.build(document)

    def _screen_key(self) -> str:
        screen = self.screen()
        size = screen.size()
        return screen_key(screen.name(), size.width(), size.height())

    def _frame_extra(self) -> tuple[int, int]:
        """Return how much wider and taller the window's frame is than its contents."""
        if self.isVisible():
            frame, inner = self.frameGeometry(), self.geometry()
            return frame.width() - inner.width(), frame.height() - inner.height()
        return self.settings.frame_extra or FRAME_ESTIMATE

    def place_on_screen(self, area: QRect | None = None) -> None:
        """Open within the screen's free ``area`` at the geometry remembered for this screen.

        The window is maximised where its size does not fit and moved back where it would lie
        (partly) off the screen (``core.window_fit``). ``area`` defaults to the screen's
        available geometry (the desktop without panels and docks).
        """
        area = area if area is not None else self.screen().availableGeometry()
        available = ScreenRect(area.x(), area.y(), area.width(), area.height())
        placement = place_window(available, self.settings.placement(self._screen_key()))
        extra_width, extra_height = self._frame_extra()
        rect = placement.rect
        self.move(rect.x, rect.y)
        self.resize(max(1, rect.width - extra_width), max(1, rect.height - extra_height))
        if placement.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_placement(self) -> None:
        """Remember the window's normal geometry and whether it is maximised, for this screen."""
        normal = self.normalGeometry() if self.isMaximized() else self.geometry()
        extra_width, extra_height = self._frame_extra()
        self.settings.frame_extra = (extra_width, extra_height)
        top_left = self.pos() if not self.isMaximized() else normal.topLeft()
        self.settings.set_placement(self._screen_key(), WindowPlacement(
            ScreenRect(top_left.x(), top_left.y(), normal.width() + extra_width,
                       normal.height() + extra_height), self.isMaximized()))

    def _show_starting(self) -> None:
        """Show the light shell: a note in the middle and a busy status bar."""
        note = QLabel(self.tr("Opening the library…"))
        note.setObjectName("starting_note")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(note)
        bar = QStatusBar()
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(140)
        busy.setAccessibleName(self.tr("Working"))
        bar.addPermanentWidget(busy)
        bar.showMessage(self.tr("Opening the library…"))
        self.setStatusBar(bar)

    def _fit_dock_widths(self) -> None:
        """Give the side docks widths that leave the map as much of a small window as they can.

        300 px library and 380 px inspector from 1650 px up; narrower windows get narrower docks,
        but never narrower than their fields need (the inspector's form does not scroll sideways).
        """
        width = self.width()
        fields = max((area.widget().minimumSizeHint().width()
                      for area in self.inspector.findChildren(QScrollArea) if area.widget()),
                     default=0)
        library = max(self.library_dock.minimumSizeHint().width(), min(300, int(width * 0.19)))
        inspector = max(fields + INSPECTOR_MARGIN, min(380, int(width * 0.23)))
        self.resizeDocks([self.library_dock, self.inspector_dock], [library, inspector],
                         Qt.Orientation.Horizontal)
        self._fitted_docks = (library, inspector)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the docks fitted to the window's width until the user sets their own widths."""
        super().resizeEvent(event)
        if (not self.ready or self._fitted_docks is None
                or event.oldSize().width() == event.size().width()):
            return
        if self.isVisible():
            now = (self.library_dock.width(), self.inspector_dock.width())
            if any(abs(a - b) > 12 for a, b in zip(now, self._fitted_docks, strict=True)):
                self._fitted_docks = None  # a dock was dragged or floated: leave it alone
                return
        self._fit_dock_widths()

    def call_after_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window's next frame has been painted (start-up's steps)."""
        self._after_paint.append(callback)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, then let the callbacks waiting for this frame run in the next event loop turn."""
        super().paintEvent(event)
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def build(self, document: JourneyDocument, *, with_curve: bool = True) -> None:
        """Add the map, docks, status bar and menus around ``document`` (once).

        The score curve (pyqtgraph, the slowest import) comes with them, or later from
        ``add_curve_view`` when ``with_curve`` is false: start-up shows the library and the map
        first. ``ready`` is true from here on; ``loading`` until the curve is there.
        """
        from journeymap.ui.conflicts import ConflictController
        from journeymap.ui.connection import SaveRetrier
        from journeymap.ui.empty_hint import EmptyMapHint
        from journeymap.ui.exports_controller import ExportController
        from journeymap.ui.files_controller import FilesController
        from journeymap.ui.findings_panel import FindingsPanel
        from journeymap.ui.inspector import Inspector
        from journeymap.ui.library_panel import LibraryPanel
        from journeymap.ui.map_view import MapView
        from journeymap.ui.status import StatusBar

        assert not self.ready, "the window is built once"
        self.document = document
        self.map_view = MapView(document)
        self.map_view.finding_activated.connect(self._map_finding_activated)
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.setObjectName("centre")
        self.centre.addWidget(self.map_view)
        self._curve_slot = QWidget()  # holds the curve's place until it is built
        self.centre.addWidget(self._curve_slot)
        self.centre.setStretchFactor(0, 4)
        self.centre.setStretchFactor(1, 1)
        self.centre.setSizes([700, 200])
        self.centre.setChildrenCollapsible(False)
        self.setCentralWidget(self.centre)

        self.library_panel = LibraryPanel(document)
        self.inspector = Inspector(document)
        self.findings_panel = FindingsPanel(document)
        self.library_dock = self._dock("library", self.library_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.findings_dock = self._dock("findings", self.findings_panel,
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock("inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self._fit_dock_widths()
        self.resizeDocks([self.library_dock, self.findings_dock], [260, 440],
                         Qt.Orientation.Vertical)
        self.status = StatusBar(document)
        self.setStatusBar(self.status)

        self.files = FilesController(self)
        self.exports = ExportController(self)
        self.conflicts = ConflictController(self)
        self.menu_actions = action_table.build_actions(self)
        self._language_group = QActionGroup(self)
        self._language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self._language_group.addAction(action)
            self._language_actions[code] = action
        self._build_toolbar()
        self._build_menus()
        acts = self.menu_actions
        self.map_view.context_actions = [acts["add_step"], acts["delete_step"], None,
                                         acts["move_left"], acts["move_right"], None,
                                         acts["link_planned_step"]]
        self.empty_hint = EmptyMapHint(self.map_view, document, acts["add_step"])

        self.library_panel.new_requested.connect(self.new_journey)
        self.library_panel.duplicate_requested.connect(self.duplicate_journey)
        self.library_panel.delete_requested.connect(self.delete_journey)
        document.history_changed.connect(self._update_actions)
        self.inspector.step_form.proposals.changed.connect(self._update_actions)
        self.inspector.step_form.hand_off.changed.connect(self._update_actions)
        self.library_panel.portfolio_requested.connect(lambda _ids: self.show_portfolio())
        document.journey_changed.connect(self._update_actions)
        document.current_step_changed.connect(lambda _i: self._update_actions())
        document.journey_opened.connect(self._journey_opened)
        document.save_failed.connect(self._update_actions)
        document.plan_changed.connect(self._update_actions)
        document.saved.connect(self._update_actions)
        self.save_retrier = SaveRetrier(document, parent=self)

        self.ready = True
        self.retranslate_ui()
        self._restore_layout()
        self._update_actions()
        if with_curve:
            self.add_curve_view()

    def add_curve_view(self) -> None:
        """Put the score curve under the map, in the place kept for it (once)."""
        if not self.ready or not self.loading:
            return
        from journeymap.ui.curve_view import CurveView

        curve = CurveView(self.document)
        curve.follow_map(self.map_view)
        curve.setAccessibleName(self.tr("Score curve"))
        self.centre.replaceWidget(1, curve)
        self._curve_slot.deleteLater()
        self.curve_view = curve
        self.loading = False

    # -- construction ---------------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")  # saveState keeps whether it is shown
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setMovable(False)
        for name in action_table.TOOLBAR:
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.menu_actions[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key in action_table.MENUS:
            self._menus[key] = bar.addMenu("")
        self._menus["export"] = QMenu(self)
        self._menus["language"] = QMenu(self)
        for spec in action_table.ACTIONS:
            menu = self._menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            if spec.name == "preferences":
                self._menus["file"].addMenu(self._menus["export"])
                self._menus["file"].addSeparator()
            menu.addAction(self.menu_actions[spec.name])
            if spec.name == "zoom_fit":
                self._menus["view"].addSeparator()
                self._menus["view"].addMenu(self._menus["language"])
        for action in self._language_actions.values():
            self._menus["language"].addAction(action)
        view = self._menus["view"]
        view.addSeparator()
        view.addAction(self.toolbar.toggleViewAction())
        for dock in (self.library_dock, self.inspector_dock, self.findings_dock):
            view.addAction(dock.toggleViewAction())

    def _restore_layout(self) -> None:
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
            self._fitted_docks = None  # the layout the user left
        self.menu_actions["dark_theme"].blockSignals(True)
        self.menu_actions["dark_theme"].setChecked(self.settings.theme == "dark")
        self.menu_actions["dark_theme"].blockSignals(False)

    def open_initial(self, journey_id: int | None = None) -> None:
        """Open ``journey_id``, else the journey open last time, else the first one."""
        wanted = journey_id if journey_id is not None else self.settings.last_journey_id
        self.document.open_journey_or_first(wanted)

    # -- language -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface, the channel names and the findings to ``lang`` and remember it."""
        self.document.set_language(lang)  # first: the views retranslate with the new language
        install_language(lang)
        store_prefs(language=lang)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language."""
        action_table.retranslate_actions(self.menu_actions)
        tr = action_table.translate
        if self._shortcuts is not None:  # rebuilt in the new language
            was_open = self._shortcuts.isVisible()
            self._shortcuts.close()
            self._shortcuts.deleteLater()
            self._shortcuts = None
            if was_open:
                self.show_shortcuts()
        for key, text in action_table.MENUS.items():
            self._menus[key].setTitle(tr(text))
        self._menus["export"].setTitle(tr(action_table.EXPORT_MENU))
        self._menus["language"].setTitle(tr(action_table.LANGUAGE_MENU))
        self._language_actions[current_language()].setChecked(True)
        self.toolbar.setWindowTitle(tr(action_table.TOOLBAR_TITLE))
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.findings_dock.setWindowTitle(self.tr("Findings and tips"))
        if not self.loading:
            self.curve_view.setAccessibleName(self.tr("Score curve"))
        self._update_title()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange and self._menus:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------------------

    def before_action(self) -> None:
        """Commit what is typed in a field before an action moves on (every menu action)."""
        if self.ready:
            self.document.commit_fields()

    def _update_title(self) -> None:
        title = self.document.journey.title if self.document.is_open else ""
        self.setWindowTitle(f"{title} — JourneyMap" if title else "JourneyMap")

    def _update_actions(self, *_args: object) -> None:
        doc = self.document
        if not isValid(self) or not isValid(doc):  # signals may still come during shutdown
            return
        is_open = doc.is_open
        has_step = is_open and doc.current_step >= 0
        count = len(doc.journey.steps)
        enabled = {
            "undo": doc.can_undo, "redo": doc.can_redo, "add_step": is_open,
            "delete_step": has_step, "move_left": has_step and doc.current_step > 0,
            "move_right": has_step and doc.current_step < count - 1,
            "previous_step": has_step and doc.current_step > 0,
            "next_step": has_step and doc.current_step < count - 1,
            "save_as": is_open, "edit_journey": is_open, "retry_save": doc.unsaved,
            "presentation": is_open,
            "planned_journey": is_open,
            "link_planned_step": has_step and doc.plan_state.comparison is not None,
            "accept_proposal": has_step and bool(self.inspector.step_form.proposals.proposals()),
            "reject_proposal": has_step and bool(self.inspector.step_form.proposals.proposals()),
            "answer_yes": has_step and self.inspector.step_form.hand_off.asking,
            "answer_no": has_step and self.inspector.step_form.hand_off.asking,
            "skip_question": has_step and self.inspector.step_form.hand_off.asking,
        }
        for name, on in enabled.items():
            self.menu_actions[name].setEnabled(on)
        planned = self.menu_actions["planned_journey"]
        planned.blockSignals(True)  # showing the kind is no edit
        planned.setChecked(is_open and doc.journey.kind is JourneyKind.PLANNED)
        planned.blockSignals(False)
        for kind in EXPORT_KINDS.values():
            if kind.in_menu:
                self.menu_actions[f"export_{kind.id}"].setEnabled(is_open)
        tr = action_table.translate
        undo_text, redo_text = doc.undo_text(), doc.redo_text()
        self.menu_actions["undo"].setText(f"{tr('&Undo')} {undo_text}".strip())
        self.menu_actions["redo"].setText(f"{tr('&Redo')} {redo_text}".strip())
        self._update_title()

    def _journey_opened(self, journey_id: int) -> None:
        self.settings.last_journey_id = journey_id if journey_id >= 0 else None
        self._update_actions()

    # -- journeys -------------------------------------------------------------------------------

    def new_journey(self) -> None:
        """Add an untitled journey to the library, open it and put the cursor in its title."""
        lang = current_language()
        self.document.new_journey(Journey(title=self.tr("Untitled journey"), language=lang))
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_journey_title()

    def duplicate_journey(self, journey_id: int | None = None) -> None:
        """Add a copy of a journey (default: the open one) and open it."""
        journey_id = journey_id if journey_id is not None else self.document.journey_id
        if journey_id is None:
            return
        title = self.document.library.get(journey_id).journey.title
        self.document.duplicate_journey(
            journey_id, self.tr("%1 (copy)").replace("%1", title)[:200])

    def delete_journey(self, journey_id: int | None = None) -> None:
        """Delete a journey (default: the open one); Undo brings it back."""
        journey_id = journey_id if journey_id is not None else self.document.journey_id
        if journey_id is None:
            return
        title = self.document.library.get(journey_id).journey.title
        self.document.delete_journey(journey_id)
        self.status.showMessage(self.tr("Deleted “%1”. Undo brings it back.").replace(
            "%1", title), 8000)

    # -- steps ------------------------------------------------------------------------------------

    def add_step(self) -> None:
        """Insert a step after the current one and put the cursor in its title."""
        doc = self.document
        if not doc.is_open:
            return
        current = doc.current_step
        previous = doc.journey.steps[current] if current >= 0 else None
        step = Step(title=self.tr("New step"),
                    channel=previous.channel if previous else "website", score=0,
                    phase=previous.phase if previous else None)
        doc.insert_step(current + 1, step)
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_step_title()

    def delete_step(self) -> None:
        """Delete the current step."""
        if self.document.current_step >= 0:
            self.document.remove_step(self.document.current_step)

    def move_step_left(self) -> None:
        """Move the current step one place earlier."""
        index = self.document.current_step
        if index > 0:
            self.document.move_step(index, index - 1)

    def move_step_right(self) -> None:
        """Move the current step one place later."""
        index = self.document.current_step
        if 0 <= index < len(self.document.journey.steps) - 1:
            self.document.move_step(index, index + 1)

    def previous_step(self) -> None:
        """Make the previous step current."""
        self.document.set_current_step(max(0, self.document.current_step - 1))

    def next_step(self) -> None:
        """Make the next step current."""
        self.document.set_current_step(self.document.current_step + 1)

    def edit_journey(self) -> None:
        """Show the journey fields with the cursor in the title."""
        self.inspector_dock.show()
        self.inspector.focus_journey_title()

    def set_journey_planned(self, planned: bool) -> None:
        """Mark the open journey as planned (the service as designed) or actual (one edit)."""
        doc = self.document
        kind = JourneyKind.PLANNED if planned else JourneyKind.ACTUAL
        if doc.is_open and doc.journey.kind is not kind:
            self._guarded(lambda: doc.set_journey_kind(kind))

    def link_planned_step(self) -> None:
        """Link the current step to a step of the journey's plan, chosen by typing."""
        from journeymap.ui.planned_step_picker import open_picker

        self.planned_step_picker = open_picker(self)

    def undo(self) -> None:
        """Undo the last edit."""
        self._guarded(self.document.undo)

    def redo(self) -> None:
        """Redo the last undone edit."""
        self._guarded(self.document.redo)

    def _guarded(self, action: Callable[[], object]) -> None:
        """Run ``action``; a refusal (a journey deleted elsewhere, a library away) is shown."""
        try:
            action()
        except JourneyError as error:
            self.show_message("warning", self.tr("Not possible"), str(error))

    def import_paths(self, file_paths: list[str]) -> int:
        """Open journey files (see ``FilesController.open_paths``)."""
        return self.files.open_paths(file_paths)

    def import_events(self) -> None:
        """Import a contact-history CSV as one journey per customer (in the background)."""
        from journeymap.ui.event_import import import_events

        import_events(self)

    def show_portfolio(self) -> None:
        """Open the listed journeys together: heat map of transitions, recurring breaks."""
        from journeymap.ui.portfolio_view import open_portfolio

        self.portfolio_view = open_portfolio(self, self.document, self.library_panel.listed_ids())

    def busy(self) -> bool:
        """Return whether an export is still running."""
        return self.exports.busy

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept journey files dragged onto the window."""
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(READ_SUFFIXES) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the journey files dropped onto the window."""
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        event.acceptProposedAction()
        self.files.open_paths([p for p in paths if p.lower().endswith(READ_SUFFIXES)])

    # -- view -----------------------------------------------------------------------------------

    def show_presentation(self) -> None:
        """Show the map and curve full screen for projecting (Esc leaves)."""
        from journeymap.ui.presentation import PresentationWindow

        if self._presentation is not None:
            self._presentation.close()
        presentation = PresentationWindow(self.document)
        self._presentation = presentation
        presentation.closed.connect(self.focus_map)
        presentation.present()

    def zoom_in(self) -> None:
        """Zoom the map in."""
        self.map_view.zoom_in()

    def zoom_out(self) -> None:
        """Zoom the map out."""
        self.map_view.zoom_out()

    def zoom_fit(self) -> None:
        """Fit the whole map in the view."""
        self.map_view.zoom_to_fit()

    def focus_library(self) -> None:
        """Put the keyboard focus in the library search field."""
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def focus_findings(self) -> None:
        """Put the keyboard focus in the findings list."""
        self.findings_dock.show()
        self.findings_dock.raise_()
        self.findings_panel.tree.setFocus()

    def focus_inspector(self) -> None:
        """Put the keyboard focus in the current step's title."""
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.focus_step_title()

    def focus_map(self) -> None:
        """Put the keyboard focus on the map."""
        self.map_view.setFocus()

    def _map_finding_activated(self, finding_index: int) -> None:
        findings = self.document.analysis.findings
        if 0 <= finding_index < len(findings):
            self.findings_dock.show()
            self.findings_panel.select_finding(findings[finding_index])

    def toggle_dark_theme(self, dark: bool) -> None:
        """Switch between the light and the dark palette."""
        self.settings.theme = "dark" if dark else "light"
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme)

    def show_preferences(self) -> None:
        """Show the preferences and apply what changed."""
        prefs = load_preferences()
        dialog = PreferencesDialog(current_language(), self.settings.theme,
                                   prefs.database_url or "", self,
                                   norm_overrides=prefs.norm_overrides)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        norms = dialog.chosen_norm_overrides()
        if norms != dict(prefs.norm_overrides):
            store_prefs(norm_overrides=norms)
            self.document.set_analysis_settings(
                prefs.with_changes(norm_overrides=norms).analysis_settings())
        if dialog.chosen_theme() != self.settings.theme:
            self.menu_actions["dark_theme"].setChecked(dialog.chosen_theme() == "dark")
        url = dialog.database_url.text().strip() or None
        if url != prefs.database_url:
            store_prefs(database_url=url)
        if dialog.chosen_language() != current_language():
            self.set_language(dialog.chosen_language())

    def show_shortcuts(self) -> None:
        """Show the card of keyboard shortcuts beside the window (not modal)."""
        from journeymap.ui.shortcuts_dialog import ShortcutsDialog

        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self.menu_actions, self)
        self._shortcuts.show()
        self._shortcuts.raise_()

    def show_about(self) -> None:
        """Show what JourneyMap is and its version."""
        self.show_message("about", self.tr("About JourneyMap"), self.tr(
            "<b>JourneyMap %1</b><p>Record a customer journey step by step, map it across "
            "channels, find the integration breaks and turn them into improvement tips.</p>"
            "<p>Free software under the GNU GPL, version 3 or later.</p>").replace(
            "%1", __version__))

    # -- questions (tests replace these) --------------------------------------------------------

    def show_message(self, kind: str, title: str, text: str) -> None:
        """Show a message box (``kind``: information, warning, about)."""
        if kind == "about":
            QMessageBox.about(self, title, text)
            return
        icon = QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.exec()

    def ask_choice(self, title: str, text: str, details: str, choices: dict[str, str]) -> str:
        """Ask the user to pick one of ``choices`` (key -> button text); ``""`` for cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        if details:
            box.setDetailedText(details)
            box.setInformativeText(details)
        buttons: dict[Any, str] = {}
        for key, label in choices.items():
            buttons[box.addButton(label, QMessageBox.ButtonRole.AcceptRole)] = key
        box.exec()
        return buttons.get(box.clickedButton(), "")

    # -- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout; make sure the last edit reached the library."""
        if not self.ready:  # closed while starting: nothing to save, no layout to remember
            super().closeEvent(event)
            return
        self.document.commit_fields()  # a phase or channel typed and not yet left
        if self.document.unsaved and not self.document.retry_save():
            choice = self.ask_choice(
                self.tr("Not saved"),
                self.tr("Your last edit could not be saved to the library. Quit anyway?"),
                "", {"quit": self.tr("Quit without saving")})
            if choice != "quit":
                event.ignore()
                return
        self.remember_placement()
        self.settings.window_state = self.saveState()
        self.settings.last_journey_id = self.document.journey_id
        self.settings.sync()
        if self._presentation is not None:
            self._presentation.close()
        super().closeEvent(event)
