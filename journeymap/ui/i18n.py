"""Interface languages: install Qt's and JourneyMap's translators, and name domain values.

Qt's own strings (standard buttons, dialogs) come from ``qtbase_nl.qm`` shipped with PySide6; the
application's strings from ``resources/translations/journeymap_nl.qm``. Switching language replaces
both translators; Qt then sends every widget a ``LanguageChange`` event and the widgets retranslate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeymap import paths
from journeymap.core.findings import Severity
from journeymap.core.model import Evidence, Initiator, Outcome

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "nl": "Nederlands"}
_installed: list[QTranslator] = []


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
    if lang == "en":
        return True
    found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"journeymap_{lang}", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            found = False
    return found


def current_language() -> str:
    """Return the installed interface language."""
    return "nl" if _installed else "en"


def outcome_label(outcome: Outcome) -> str:
    """Return the translated name of a step outcome."""
    tr = QCoreApplication.translate
    return {
        Outcome.SUCCESS: tr("Labels", "Success"),
        Outcome.FAILED: tr("Labels", "Failed"),
        Outcome.ABANDONED: tr("Labels", "Abandoned"),
        Outcome.PENDING: tr("Labels", "Pending (waiting for the organisation)"),
    }[outcome]


def initiator_label(initiator: Initiator) -> str:
    """Return the translated name of who started a contact."""
    tr = QCoreApplication.translate
    return {
        Initiator.CUSTOMER: tr("Labels", "Customer"),
        Initiator.ORGANISATION: tr("Labels", "Organisation"),
    }[initiator]


def evidence_label(evidence: Evidence | None) -> str:
    """Return the translated name of how the designer knows (``None``: not stated)."""
    tr = QCoreApplication.translate
    return {
        None: tr("Labels", "Not stated"),
        Evidence.OBSERVED: tr("Labels", "Observed"),
        Evidence.REPORTED: tr("Labels", "Reported by the customer"),
        Evidence.ASSUMED: tr("Labels", "Assumed"),
    }[evidence]


def severity_label(severity: Severity) -> str:
    """Return the translated name of a finding severity."""
    tr = QCoreApplication.translate
    return {
        Severity.HIGH: tr("Labels", "High"),
        Severity.MEDIUM: tr("Labels", "Medium"),
        Severity.LOW: tr("Labels", "Low"),
    }[severity]


def tristate_label(value: bool | None) -> str:
    """Return the translated text of a yes/no/unknown field."""
    tr = QCoreApplication.translate
    return {None: tr("Labels", "Unknown"), True: tr("Labels", "Yes"), False: tr("Labels", "No")}[value]
