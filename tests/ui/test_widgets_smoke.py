"""Every widget of the app builds, shows, and retranslates to Dutch and back without warnings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journeymap.core.model import Journey
from journeymap.core.privacy import find_personal_data
from journeymap.persistence import Library
from journeymap.ui.crash_dialog import CrashDialog
from journeymap.ui.document import JourneyDocument
from journeymap.ui.export_dialog import PrivacyDialog
from journeymap.ui.findings_panel import FindingsPanel, step_ranges
from journeymap.ui.i18n import install_language
from journeymap.ui.inspector import Inspector
from journeymap.ui.library_panel import LibraryPanel
from journeymap.ui.preferences_dialog import PreferencesDialog
from journeymap.ui.status import StatusBar
from journeymap.ui.theme import palette

FACTORIES: dict[str, Callable[[JourneyDocument], QWidget]] = {
    "inspector": Inspector,
    "library": LibraryPanel,
    "findings": FindingsPanel,
    "status": StatusBar,
    "preferences": lambda _doc: PreferencesDialog("en", "light", ""),
    "crash": lambda _doc: CrashDialog("Traceback ...", "/tmp/crash.log"),
    "privacy": lambda doc: PrivacyDialog(find_personal_data(Journey(
        title="Call Jan de Vries on 06-12345678")), "en"),
}


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_widget_builds_and_retranslates(qtbot: QtBot, document: JourneyDocument,
                                        library: Library, name: str) -> None:
    document.open_journey(library.list_summaries()[0].id)
    widget = FACTORIES[name](document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    try:
        install_language("nl")
        qtbot.wait(1)
    finally:
        install_language("en")
    assert widget.isVisible()


def test_status_bar_shows_a_failed_save_with_a_retry_button(qtbot: QtBot,
                                                            document: JourneyDocument,
                                                            library: Library) -> None:
    document.open_journey(library.list_summaries()[0].id)
    bar = StatusBar(document)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.retry_button.isHidden()
    document.save_failed.emit("server closed the connection")
    assert not bar.retry_button.isHidden()
    assert "Not saved" in bar.save_label.text()
    assert bar.save_label.toolTip() == "server closed the connection"
    document.saved.emit()
    assert bar.retry_button.isHidden()


@pytest.mark.parametrize(("numbers", "text"), [
    ((), ""), ((4,), "4"), ((1, 2), "1, 2"), ((14, 15, 16, 17), "14–17"), ((1, 3, 4, 5, 9),
                                                                         "1, 3–5, 9"),
])
def test_step_ranges(numbers: tuple[int, ...], text: str) -> None:
    assert step_ranges(numbers) == text


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palettes_have_readable_contrast(theme: str) -> None:
    pal = palette(theme)
    text = pal.color(pal.ColorRole.Text).lightnessF()
    base = pal.color(pal.ColorRole.Base).lightnessF()
    assert abs(text - base) > 0.6


def test_a_narrow_choice_shows_its_label_elided_with_the_whole_label_as_tooltip(
        qtbot: QtBot) -> None:
    from journeymap.core.model import Evidence
    from journeymap.ui.fields import ChoiceCombo
    from journeymap.ui.i18n import evidence_label

    combo = ChoiceCombo([None, *Evidence], evidence_label)
    qtbot.addWidget(combo)
    combo.set_value(Evidence.REPORTED)
    combo.resize(110, combo.sizeHint().height())
    combo.grab()  # paints
    assert combo.toolTip() == "Reported by the customer"
    combo.resize(400, combo.sizeHint().height())
    combo.grab()
    assert combo.toolTip() == ""
