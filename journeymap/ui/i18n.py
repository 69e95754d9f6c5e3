"""Interface languages: install Qt's and JourneyMap's translators, and name domain values.

Qt's own strings (standard buttons, dialogs) come from ``qtbase_nl.qm`` shipped with PySide6; the
application's strings from ``resources/translations/journeymap_nl.qm``. Switching language replaces
both translators; Qt then sends every widget a ``LanguageChange`` event and the widgets retranslate.

Qt's Dutch catalogue has gaps: its file dialog's "Look in" and "Files of type" labels (with their
mnemonics) are untranslated. ``QT_GAPS`` names them so they land in our own catalogue, which is
installed after Qt's and is therefore asked first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeymap import paths
from journeymap.core.deviations import DeviationKind
from journeymap.core.findings import Severity
from journeymap.core.model import Evidence, Initiator, JourneyKind, Outcome

translate = QCoreApplication.translate

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "nl": "Nederlands"}
# Strings of Qt's own widgets that Qt's catalogues leave untranslated: (context, source).
QT_GAPS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
_installed: list[QTranslator] = []
_current: list[str] = ["en"]  # the language install_language last switched to


def translations_dir() -> Path:
    """Return the folder with the application's ``.ts`` and ``.qm`` files."""
    return paths.resources_dir() / "translations"


def install_language(lang: str) -> bool:
    """Switch the interface to ``lang`` (``"en"`` or ``"nl"``); return whether it was found."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if lang == "nl"
                               else QLocale.Country.UnitedKingdom))
    _current[0] = "nl" if lang == "nl" else "en"
    found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own_dir = str(translations_dir())
    # English is Qt's and our source language; journeymap_en.qm holds only plural forms.
    catalogues = [(f"journeymap_{lang}", own_dir)]
    if lang != "en":
        catalogues.insert(0, (f"qtbase_{lang}", qt_dir))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            found = False
    return found


def current_language() -> str:
    """Return the installed interface language."""
    return _current[0]


def outcome_label(outcome: Outcome) -> str:
    """Return the translated name of a step outcome."""
    return {
        Outcome.SUCCESS: translate("Labels", "Success"),
        Outcome.FAILED: translate("Labels", "Failed"),
        Outcome.ABANDONED: translate("Labels", "Abandoned"),
        Outcome.PENDING: translate("Labels", "Pending (waiting for the organisation)"),
    }[outcome]


def initiator_label(initiator: Initiator) -> str:
    """Return the translated name of who started a contact."""
    return {
        Initiator.CUSTOMER: translate("Labels", "Customer"),
        Initiator.ORGANISATION: translate("Labels", "Organisation"),
    }[initiator]


def evidence_label(evidence: Evidence | None) -> str:
    """Return the translated name of how the designer knows (``None``: not stated)."""
    return {
        None: translate("Labels", "Not stated"),
        Evidence.OBSERVED: translate("Labels", "Observed"),
        Evidence.REPORTED: translate("Labels", "Reported by the customer"),
        Evidence.ASSUMED: translate("Labels", "Assumed"),
    }[evidence]


def severity_label(severity: Severity) -> str:
    """Return the translated name of a finding severity."""
    return {
        Severity.HIGH: translate("Labels", "High"),
        Severity.MEDIUM: translate("Labels", "Medium"),
        Severity.LOW: translate("Labels", "Low"),
    }[severity]


def tristate_label(value: bool | None) -> str:
    """Return the translated text of a yes/no/unknown field."""
    return {
        None: translate("Labels", "Unknown"),
        True: translate("Labels", "Yes"),
        False: translate("Labels", "No"),
    }[value]


def kind_label(kind: JourneyKind) -> str:
    """Return the translated name of a journey's kind (planned or actual)."""
    return {
        JourneyKind.ACTUAL: translate("Labels", "Actual (as lived)"),
        JourneyKind.PLANNED: translate("Labels", "Planned (as designed)"),
    }[kind]


def deviation_label(kind: DeviationKind) -> str:
    """Return the translated name of a planned touchpoint's fate in an actual journey."""
    return {
        DeviationKind.COMPLETED: translate("Labels", "completed"),
        DeviationKind.FAILING: translate("Labels", "failing"),
        DeviationKind.MISSING: translate("Labels", "missing"),
        DeviationKind.AD_HOC: translate("Labels", "ad hoc"),
    }[kind]
