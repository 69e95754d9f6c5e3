"""The journey-level fields: title, persona, organisation, goal, date, language, phases, tags,
whether it is planned or actual and, for an actual journey, the planned journey it follows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import LANGUAGES, JourneyKind
from journeymap.ui.document import JourneyDocument
from journeymap.ui.fields import ChoiceCombo, FocusWatcher, NoteEdit, set_invalid, set_line_text
from journeymap.ui.i18n import LANGUAGE_NAMES, kind_label
from journeymap.ui.tag_editor import TagEditor

_TEXT_FIELDS = ("title", "persona", "organisation", "goal", "author")


class JourneyForm(QWidget):
    """Edit the open journey's own fields; every change is undoable."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._updating = False
        self.title = QLineEdit()
        self.persona = QLineEdit()
        self.organisation = QLineEdit()
        self.goal = QLineEdit()
        self.author = QLineEdit()
        self.date = QLineEdit()
        self.date.setInputMask("")
        self.language = ChoiceCombo(list(LANGUAGES), lambda code: LANGUAGE_NAMES[code])
        self.phases = TagEditor()
        self.tags = TagEditor()
        self.description = NoteEdit()
        self.description.setMaximumHeight(200)
        self.kind = ChoiceCombo(list(JourneyKind)[::-1], kind_label)
        self.plan = QComboBox()  # the planned journeys of the library, by title
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(8)
        self._library_plans: list[str] = []  # titles of the library's planned journeys
        self._plan_titles: list[str | None] = [None]  # the combo's items
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._rows: list[tuple[QWidget, QLabel]] = []
        for widget in self._fields():
            label = QLabel()
            label.setBuddy(widget)
            self._form.addRow(label, widget)
            self._rows.append((widget, label))
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        watcher = FocusWatcher(document.begin_typing, self)
        for widget in self._fields():
            widget.installEventFilter(watcher)
        for name in _TEXT_FIELDS:
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda text, e=edit, n=name: self._edit(
                e, **{n: text if n == "title" else (text.strip() or None)}))
        self.date.textEdited.connect(self._date_edited)
        self.language.value_chosen.connect(lambda code: self._edit(self.language, language=code))
        self.phases.tags_changed.connect(self._phases_edited)
        self.tags.tags_changed.connect(self._tags_edited)
        self.description.text_edited.connect(
            lambda text: self._edit(self.description, description=text or None))
        self.kind.value_chosen.connect(self._kind_chosen)
        self.plan.activated.connect(self._plan_chosen)
        self.retranslate_ui()
        document.journey_changed.connect(self.refresh)
        document.journey_opened.connect(lambda _id: self._suggest_tags())
        document.journey_opened.connect(lambda _id: self._load_plans())
        document.library_changed.connect(self._library_changed)
        self.refresh()
        self._suggest_tags()
        self._load_plans()

    def _fields(self) -> list[QWidget]:
        return [self.title, self.kind, self.plan, self.persona, self.organisation, self.goal,
                self.author, self.date, self.language, self.phases, self.tags, self.description]

    def _edit(self, widget: QWidget, **changes: Any) -> None:
        if self._updating or not self._doc.is_open:
            return
        try:
            self._doc.update_journey(**changes)
        except InvalidJourneyError as error:
            set_invalid(widget, True, "\n".join(p.message for p in error.problems))
        else:
            set_invalid(widget, False)

    def _date_edited(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._edit(self.date, date=None)
            return
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            set_invalid(self.date, True, self.tr("Write the date as YYYY-MM-DD"))
            return
        self._edit(self.date, date=date)

    def _phases_edited(self, phases: tuple[str, ...]) -> None:
        if self._updating or not self._doc.is_open:
            return
        try:
            self._doc.set_phases(phases)  # a step keeps its phase only while that phase exists
        except InvalidJourneyError as error:
            set_invalid(self.phases, True, "\n".join(p.message for p in error.problems))
        else:
            set_invalid(self.phases, False)

    def _tags_edited(self, tags: tuple[str, ...]) -> None:
        if self._updating or not self._doc.is_open:
            return
        try:  # typing a tag merges into one undoable edit, like typing a title
            self._doc.update_journey(tags=tags)
        except InvalidJourneyError as error:
            set_invalid(self.tags, True, "\n".join(p.message for p in error.problems))
        else:
            set_invalid(self.tags, False)

    def _kind_chosen(self, kind: JourneyKind) -> None:
        if self._updating or not self._doc.is_open or kind is self._doc.journey.kind:
            return
        self._doc.set_journey_kind(kind)

    def _plan_chosen(self, index: int) -> None:
        if self._updating or not self._doc.is_open or not 0 <= index < len(self._plan_titles):
            return
        title = self._plan_titles[index]
        if title != self._doc.journey.plan:
            self._doc.set_plan(title)

    def _library_changed(self, summary: object) -> None:
        if getattr(summary, "id", None) != self._doc.journey_id:  # not just our own save
            self._load_plans()

    def _load_plans(self) -> None:
        """List the library's planned journeys (not the open one) for the plan combo."""
        self._library_plans = self._doc.plans.planned_titles()
        self._show_plan()

    def _show_plan(self) -> None:
        """Show the journey's plan in the combo (a plan the library lacks is listed too)."""
        journey = self._doc.journey
        titles: list[str | None] = [None, *self._library_plans]
        named = journey.plan
        folded = [t.strip().casefold() if t else None for t in titles]
        if named is not None and named.strip().casefold() not in folded:
            titles.append(named)
            folded.append(named.strip().casefold())
        self._plan_titles = titles
        self.plan.blockSignals(True)
        self.plan.clear()
        for title in titles:
            if title is None:
                self.plan.addItem(self.tr("No plan"))
            elif title in self._library_plans:
                self.plan.addItem(title)
            else:
                self.plan.addItem(self.tr("%1 (not a planned journey of the library)")
                                  .replace("%1", title))
        wanted = named.strip().casefold() if named is not None else None
        self.plan.setCurrentIndex(folded.index(wanted) if wanted in folded else 0)
        self.plan.blockSignals(False)
        self.plan.setEnabled(self._doc.is_open and journey.kind is JourneyKind.ACTUAL)

    def _suggest_tags(self) -> None:
        """Offer the tags other journeys of the library carry, so that one tag is spelled alike."""
        tag_counts = getattr(self._doc.library, "tag_counts", None)
        if tag_counts is not None:
            self.tags.set_suggestions(tag_counts())

    def refresh(self) -> None:
        """Show the open journey's fields."""
        journey = self._doc.journey
        enabled = self._doc.is_open
        for widget in self._fields():
            widget.setEnabled(enabled)
        self._updating = True
        try:
            for name in _TEXT_FIELDS:
                edit: QLineEdit = getattr(self, name)
                if not (edit.hasFocus() and name == "title" and not edit.text().strip()):
                    set_line_text(edit, getattr(journey, name) or "")
                set_invalid(edit, False)
            if not self.date.hasFocus() or journey.date is not None:
                set_line_text(self.date, journey.date.isoformat() if journey.date else "")
            self.language.set_value(journey.language)
            self.phases.set_tags(journey.phases)
            self.tags.set_tags(journey.tags)
            self.description.set_text(journey.description or "")
            self.kind.set_value(journey.kind)
            self._show_plan()
        finally:
            self._updating = False

    def focus_title(self) -> None:
        """Put the cursor in the journey title with its text selected."""
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title.selectAll()

    def retranslate_ui(self) -> None:
        """Set every label in the current language."""
        labels = {
            self.title: self.tr("&Title"),
            self.persona: self.tr("&Persona"),
            self.organisation: self.tr("&Organisation"),
            self.goal: self.tr("&Goal"),
            self.author: self.tr("&Author"),
            self.date: self.tr("&Date"),
            self.language: self.tr("&Language of the texts"),
            self.phases: self.tr("P&hases"),
            self.tags: self.tr("Tag&s"),
            self.description: self.tr("D&escription"),
            self.kind: self.tr("&Kind"),
            self.plan: self.tr("Pla&n"),
        }
        for widget, label in self._rows:
            label.setText(labels[widget])
            widget.setAccessibleName(labels[widget].replace("&", ""))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.phases.setPlaceholderText(self.tr("Orientation; Booking; Contact; Waiting"))
        self.tags.setPlaceholderText(self.tr("interview; pilot"))
        self.tags.setToolTip(self.tr("Tags select journeys together: in the library's filter "
                                     "and to analyse them together"))
        self.kind.retranslate()
        self.plan.setToolTip(self.tr("The planned journey this journey is compared with: its "
                                     "touchpoints are shown as a row above the map"))
        if self._rows:
            self._show_plan()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
