"""One table of the window's actions: menu, text, shortcuts, icon and the window slot they call.

Menus and the toolbar are built from this table, so texts, shortcuts and slots live in one place.
Texts are marked with ``QT_TRANSLATE_NOOP`` and translated when the menus are (re)labelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from journeymap.ui.resources import icon

_CONTEXT = "Actions"
Key = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: its name, menu, text, shortcuts, icon and slot on the main window.

    ``slot`` names a method of the window or of one of its controllers (``"files.open_file"``),
    called with ``args``. ``label`` is the short text shown beside the icon on the toolbar;
    toolbar actions without one show only their icon (their tooltip names them).
    """

    name: str
    menu: str
    text: str
    slot: str
    shortcuts: tuple[Key, ...] = ()
    icon: str = ""
    checkable: bool = False
    separator_before: bool = False
    label: str = ""
    args: tuple[str, ...] = ()


MENUS: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
EXPORT_MENU = QT_TRANSLATE_NOOP("Actions", "E&xport")
LANGUAGE_MENU = QT_TRANSLATE_NOOP("Actions", "&Language")

_SK = QKeySequence.StandardKey
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_journey", "file", QT_TRANSLATE_NOOP("Actions", "&New journey"),
               "new_journey", (_SK.New,), "new"),
    ActionSpec("open_file", "file", QT_TRANSLATE_NOOP("Actions", "&Open journey file…"),
               "files.open_file", (_SK.Open,), "open"),
    ActionSpec("import_csv", "file", QT_TRANSLATE_NOOP("Actions", "&Import CSV…"),
               "files.import_csv"),
    ActionSpec("import_events", "file",
               QT_TRANSLATE_NOOP("Actions", "Import contact &history…"), "import_events"),
    ActionSpec("save_as", "file", QT_TRANSLATE_NOOP("Actions", "&Save journey as…"),
               "files.save_as", (_SK.SaveAs,), "save", separator_before=True),
    # One action per export kind of the menu (session.exports); a test keeps the two in step.
    ActionSpec("export_pdf", "export", QT_TRANSLATE_NOOP("Actions", "PDF report…"),
               "exports.export", ("Ctrl+E",), "export",
               label=QT_TRANSLATE_NOOP("Actions", "PDF report"), args=("pdf",)),
    ActionSpec("export_png", "export", QT_TRANSLATE_NOOP("Actions", "Map as PNG image…"),
               "exports.export", args=("png",)),
    ActionSpec("export_svg", "export", QT_TRANSLATE_NOOP("Actions", "Map as SVG drawing…"),
               "exports.export", args=("svg",)),
    ActionSpec("export_pptx", "export", QT_TRANSLATE_NOOP("Actions", "Slides (PowerPoint)…"),
               "exports.export", args=("pptx",)),
    ActionSpec("export_csv", "export", QT_TRANSLATE_NOOP("Actions", "Steps as CSV table…"),
               "exports.export", args=("csv",)),
    ActionSpec("export_json", "export", QT_TRANSLATE_NOOP("Actions", "Journey as JSON file…"),
               "exports.export", args=("json",)),
    ActionSpec("export_mermaid", "export",
               QT_TRANSLATE_NOOP("Actions", "Journey as Mermaid diagram…"), "exports.export",
               args=("mermaid",)),
    ActionSpec("export_cjml", "export",
               QT_TRANSLATE_NOOP("Actions", "Journey as CJML file…"), "exports.export",
               args=("cjml",)),
    ActionSpec("preferences", "file", QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
               "show_preferences", (_SK.Preferences, "Ctrl+,"), separator_before=True),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), "close",
               (_SK.Quit, "Ctrl+Q"), separator_before=True),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), "undo", (_SK.Undo,),
               "undo"),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), "redo", (_SK.Redo,),
               "redo"),
    ActionSpec("add_step", "edit", QT_TRANSLATE_NOOP("Actions", "&Add step after current"),
               "add_step", ("Ctrl+Return", "Ins"), "add", separator_before=True,
               label=QT_TRANSLATE_NOOP("Actions", "Add step")),
    ActionSpec("delete_step", "edit", QT_TRANSLATE_NOOP("Actions", "&Delete step"),
               "delete_step", ("Ctrl+Del",), "remove"),
    ActionSpec("move_left", "edit", QT_TRANSLATE_NOOP("Actions", "Move step &left"),
               "move_step_left", ("Ctrl+Shift+Left",)),
    ActionSpec("move_right", "edit", QT_TRANSLATE_NOOP("Actions", "Move step &right"),
               "move_step_right", ("Ctrl+Shift+Right",)),
    ActionSpec("previous_step", "edit", QT_TRANSLATE_NOOP("Actions", "&Previous step"),
               "previous_step", ("Alt+Left",), separator_before=True),
    ActionSpec("next_step", "edit", QT_TRANSLATE_NOOP("Actions", "Ne&xt step"),
               "next_step", ("Alt+Right",)),
    # While recording (the inspector's proposals and hand-off questions): keys that never
    # type in a field, and Alt+Shift because Alt+N and Alt+S are the Note and Score fields'.
    ActionSpec("accept_proposal", "edit", QT_TRANSLATE_NOOP("Actions", "Accept &proposal"),
               "inspector.step_form.proposals.accept_current", ("Alt+Return",),
               separator_before=True),
    ActionSpec("reject_proposal", "edit", QT_TRANSLATE_NOOP("Actions", "Re&ject proposal"),
               "inspector.step_form.proposals.reject_current", ("Alt+Del",)),
    ActionSpec("answer_yes", "edit",
               QT_TRANSLATE_NOOP("Actions", "Hand-off: context was at hand"),
               "inspector.step_form.hand_off.answer_yes", ("Alt+Shift+Y",)),
    ActionSpec("answer_no", "edit",
               QT_TRANSLATE_NOOP("Actions", "Hand-off: context was not at hand"),
               "inspector.step_form.hand_off.answer_no", ("Alt+Shift+N",)),
    ActionSpec("skip_question", "edit", QT_TRANSLATE_NOOP("Actions", "Hand-off: skip question"),
               "inspector.step_form.hand_off.skip_question", ("Alt+Shift+S",)),
    ActionSpec("edit_journey", "edit", QT_TRANSLATE_NOOP("Actions", "Edit &journey details"),
               "edit_journey", ("Ctrl+J",)),
    ActionSpec("planned_journey", "edit",
               QT_TRANSLATE_NOOP("Actions", "Journey is &planned (the service as designed)"),
               "set_journey_planned", (), checkable=True),
    ActionSpec("link_planned_step", "edit",
               QT_TRANSLATE_NOOP("Actions", "Lin&k to planned step…"), "link_planned_step",
               ("Ctrl+K",)),
    ActionSpec("retry_save", "edit", QT_TRANSLATE_NOOP("Actions", "Retry sa&ve"),
               "conflicts.retry_save", (), separator_before=True),
    ActionSpec("presentation", "view", QT_TRANSLATE_NOOP("Actions", "&Presentation mode"),
               "show_presentation", ("F5",), "present",
               label=QT_TRANSLATE_NOOP("Actions", "Present")),
    ActionSpec("portfolio", "view",
               QT_TRANSLATE_NOOP("Actions", "Analyse listed journeys &together…"),
               "show_portfolio", ("Ctrl+Shift+T",)),
    ActionSpec("zoom_in", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "zoom_in",
               (_SK.ZoomIn,), "zoom_in", separator_before=True),
    ActionSpec("zoom_out", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "zoom_out",
               (_SK.ZoomOut,), "zoom_out"),
    ActionSpec("zoom_fit", "view", QT_TRANSLATE_NOOP("Actions", "&Fit map to window"),
               "zoom_fit", ("Ctrl+0",), "zoom_fit"),
    ActionSpec("focus_library", "view", QT_TRANSLATE_NOOP("Actions", "Go to &library"),
               "focus_library", ("Ctrl+L",), separator_before=True),
    ActionSpec("focus_findings", "view", QT_TRANSLATE_NOOP("Actions", "Go to f&indings"),
               "focus_findings", ("Ctrl+Shift+F",)),
    ActionSpec("focus_inspector", "view", QT_TRANSLATE_NOOP("Actions", "Go to &step inspector"),
               "focus_inspector", ("Ctrl+I",)),
    ActionSpec("focus_map", "view", QT_TRANSLATE_NOOP("Actions", "Go to &map"),
               "focus_map", ("Ctrl+M",)),
    ActionSpec("dark_theme", "view", QT_TRANSLATE_NOOP("Actions", "&Dark theme"),
               "toggle_dark_theme", (), checkable=True, separator_before=True),
    ActionSpec("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               "show_shortcuts", (_SK.HelpContents,)),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About JourneyMap"),
               "show_about", separator_before=True),
)

# The toolbar, left to right; ``None`` is a separator. Every name is an action of ``ACTIONS``.
TOOLBAR: tuple[str | None, ...] = (
    "new_journey", None, "undo", "redo", None, "add_step", "delete_step", None,
    "zoom_out", "zoom_in", "zoom_fit", None, "presentation", "export_pdf",
)
TOOLBAR_TITLE = QT_TRANSLATE_NOOP("Actions", "Toolbar")


def translate(text: str) -> str:
    """Return an action or menu text in the interface language."""
    return QCoreApplication.translate(_CONTEXT, text)


def plain(text: str) -> str:
    """Return an action or menu text translated, without its ``&`` mnemonic and trailing ``…``."""
    return translate(text).replace("&", "").rstrip("…")


def _sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence(key))
        else:
            sequences.extend(QKeySequence.keyBindings(key))
    return [s for s in dict.fromkeys(sequences) if not s.isEmpty()]


def resolve_slot(owner: object, spec: ActionSpec) -> Callable[..., object]:
    """Return the method ``spec.slot`` names on ``owner`` (``"files.open_file"``: of a part)."""
    target: object = owner
    for name in spec.slot.split("."):
        target = getattr(target, name)
    assert callable(target), spec.slot
    return target


def _run(owner: QObject, slot: Callable[..., object], args: tuple[str, ...]) -> None:
    """Run an action's slot after the owner's ``before_action`` (which commits typed fields)."""
    before = getattr(owner, "before_action", None)
    if before is not None:
        before()
    slot(*args)


def build_actions(owner: QObject) -> dict[str, QAction]:
    """Create every action of the table, connected to the slot of ``owner`` it names."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(owner)
        action.setObjectName(spec.name)
        action.setShortcuts(_sequences(spec.shortcuts))
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if not spec.label:  # a text-beside-icon toolbar shows only the icon of these
            action.setPriority(QAction.Priority.LowPriority)
        slot = resolve_slot(owner, spec)
        if spec.checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(
                lambda _checked=False, s=slot, a=spec.args: _run(owner, s, a))
        actions[spec.name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Relabel every action in the interface language (shortcuts shown in the tooltips)."""
    for spec in ACTIONS:
        action = actions[spec.name]
        action.setText(translate(spec.text))
        if spec.label:
            action.setIconText(translate(spec.label))
        name = plain(spec.text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({shortcut})" if shortcut else name)
