"""Findings and tips: the analysis grouped by severity; choosing one selects its steps.

The panel follows the current step too: the findings that concern it are marked in the list, and
while no finding of it is chosen, the pane below shows that step's findings with their tips.
Below the findings, the open questions (what the designer should still ask the customer) are
listed per step; choosing one selects its step. Rows wrap instead of ending in "…": the panel
is narrow beside the map, and a finding's or question's title must be readable whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.core.findings import Finding, Severity
from journeymap.core.proposals import Proposal
from journeymap.core.questions import OpenQuestion
from journeymap.core.texts import rule_name
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import severity_label

SEVERITY_COLOURS = {Severity.HIGH: "#c62828", Severity.MEDIUM: "#b86e00", Severity.LOW: "#5f6b7a"}
#: The same on a dark palette, light enough to read.
SEVERITY_COLOURS_DARK = {Severity.HIGH: "#ff7b72", Severity.MEDIUM: "#f0a93b",
                         Severity.LOW: "#a8b3c2"}
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
_QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2
#: A suggested finding: ``(finding, proposals it rests on)``.
_SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3


def severity_colour(severity: Severity, widget: QWidget) -> str:
    """Return the colour of ``severity`` that reads on ``widget``'s background."""
    dark = widget.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return (SEVERITY_COLOURS_DARK if dark else SEVERITY_COLOURS)[severity]


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for the first column's text wrapped at the column's width (Qt measures one line).
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """Return the width the text of ``index`` (first column) has in its row."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        tree = self._tree
        indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        return max(20, tree.columnWidth(0) - indent - margin)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Return the size of the row with its text wrapped (first column only)."""
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        width = self.text_width(index)
        needed = view_option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft), view_option.text)
        one_line = view_option.fontMetrics.height()
        return QSize(min(hint.width(), width), hint.height() + max(0, needed.height() - one_line))


class FindingsTree(QTreeWidget):
    """The findings tree: rows wrap their text and grow when the panel gets narrower."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Measure the rows again: their wrapped height depends on the width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class FindingsPanel(QWidget):
    """A tree of severity groups with one row per finding, and the chosen finding's tip below."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown: tuple[object, ...] = ()
        self._marked: list[QTreeWidgetItem] = []
        self.tree = FindingsTree()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(
            1, self.tree.header().ResizeMode.ResizeToContents)
        self.tip = QTextBrowser()
        self.tip.setObjectName("FindingTip")
        self.tip.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tip)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(lambda item, _col: self._chosen(item, None))
        document.analysis_changed.connect(self.refresh)
        document.current_step_changed.connect(self._follow_step)
        self.retranslate_ui()

    def findings(self) -> list[Finding]:
        """Return the findings listed, top to bottom."""
        return [item.data(0, _FINDING_ROLE) for item in self._finding_items()]

    def questions(self) -> list[OpenQuestion]:
        """Return the open questions listed, top to bottom."""
        return [item.data(0, _QUESTION_ROLE) for item in self._question_items()]

    def suggested_findings(self) -> list[Finding]:
        """Return the suggested findings listed (those only open proposals give), top to
        bottom."""
        return [item.data(0, _SUGGESTED_ROLE)[0] for item in self._rows(_SUGGESTED_ROLE)]

    def _suggested(self) -> list[tuple[Finding, tuple[Proposal, ...]]]:
        """Return the findings the open proposals would add, with the proposals each needs."""
        if not self._doc.proposals():
            return []
        suggested = self._doc.suggested
        return [(finding, suggested.because[index])
                for index, finding in enumerate(suggested.analysis.findings)
                if suggested.is_inferred(index)]

    def _rows(self, role: int) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            for row in range(parent.childCount()):
                item = parent.child(row)
                if item.data(0, role) is not None:
                    rows.append(item)
        return rows

    def _finding_items(self) -> list[QTreeWidgetItem]:
        return self._rows(_FINDING_ROLE)

    def _question_items(self) -> list[QTreeWidgetItem]:
        return self._rows(_QUESTION_ROLE)

    def refresh(self) -> None:
        """List the current analysis, keeping the chosen finding when it still exists."""
        analysis = self._doc.analysis
        suggested = self._suggested()
        shown = (analysis.findings, analysis.questions, analysis.lang, self.tr("Finding"),
                 self.palette().color(QPalette.ColorRole.Base).name(),
                 tuple((f.rule, f.step_indexes, because) for f, because in suggested))
        if shown == self._shown:
            return  # most keystrokes change no finding: keep the list (and its scroll position)
        self._shown = shown
        chosen = self._chosen_finding()
        self.tree.blockSignals(True)
        self.tree.clear()
        reselect: QTreeWidgetItem | None = None
        for severity in sorted(Severity, key=lambda s: s.rank):
            group_findings = [f for f in analysis.findings if f.severity == severity]
            group_suggested = [pair for pair in suggested if pair[0].severity == severity]
            count = str(len(group_findings))
            if group_suggested:
                count = self.tr("%1 + %2 suggested").replace("%1", count).replace(
                    "%2", str(len(group_suggested)))
            group = QTreeWidgetItem(self.tree, [f"{severity_label(severity)} ({count})"])
            group.setForeground(0, QBrush(QColor(severity_colour(severity, self.tree))))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in group_findings:
                steps = step_ranges(finding.step_numbers)
                item = QTreeWidgetItem(group, [rule_name(finding.rule, analysis.lang), steps])
                item.setData(0, _FINDING_ROLE, finding)
                item.setToolTip(0, f"{finding.message}\n\n{finding.tip}")
                if chosen is not None and (finding.rule, finding.step_indexes) == chosen:
                    reselect = item
            for finding, because in group_suggested:
                item = self._suggested_item(group, finding, because, analysis.lang)
                if chosen is not None and (finding.rule, finding.step_indexes) == chosen:
                    reselect = item
            group.setExpanded(True)
        self._list_questions(analysis.questions)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self.tree.blockSignals(False)
        self._marked = []
        self._mark_step(self._doc.current_step)
        self._show_tip(reselect)
        count = str(len(analysis.findings))
        self.setAccessibleDescription(self.tr("Findings: %1").replace("%1", count))

    def _suggested_item(self, group: QTreeWidgetItem, finding: Finding,
                        because: tuple[Proposal, ...], lang: str) -> QTreeWidgetItem:
        """Add a suggested finding: italic, muted and tagged, its quotes in the tooltip."""
        name = self.tr("%1 (suggested)").replace("%1", rule_name(finding.rule, lang))
        item = QTreeWidgetItem(group, [name, step_ranges(finding.step_numbers)])
        item.setData(0, _SUGGESTED_ROLE, (finding, because))
        quotes = "\n".join(f"“{p.quote}”" for p in because)
        item.setToolTip(0, f"{self.tr('Suggested from your words:')}\n{quotes}\n\n"
                           f"{finding.message}")
        muted = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for column in (0, 1):
            font = item.font(column)
            font.setItalic(True)
            item.setFont(column, font)
            item.setForeground(column, QBrush(muted))
        return item

    def _list_questions(self, questions: tuple[OpenQuestion, ...]) -> None:
        """Add the group of open questions, one row per question in step order (none: no group)."""
        if not questions:
            return
        group = QTreeWidgetItem(self.tree, [self.tr("Open questions (%1)").replace(
            "%1", str(len(questions)))])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for question in questions:
            item = QTreeWidgetItem(group, [question.ask, str(question.step_number)])
            item.setData(0, _QUESTION_ROLE, question)
            item.setToolTip(0, question.question)
        group.setExpanded(True)

    def select_finding(self, finding: Finding) -> None:
        """Choose ``finding`` in the list (as when the user clicks its marker on the map)."""
        for item in self._finding_items():
            if item.data(0, _FINDING_ROLE) == finding:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _chosen_finding(self) -> tuple[str, tuple[int, ...]] | None:
        item = self.tree.currentItem()
        finding = _finding_of(item)
        return (finding.rule, finding.step_indexes) if finding is not None else None

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self._show_tip(item)
        finding = _finding_of(item)
        if finding is not None:
            self._doc.highlight_steps(finding.step_indexes)
        question = item.data(0, _QUESTION_ROLE) if item is not None else None
        if question is not None:
            self._doc.highlight_steps((question.step_index,))

    def _follow_step(self, index: int) -> None:
        """Mark the step's findings; let go of a chosen finding that is about other steps."""
        self._mark_step(index)
        item = self.tree.currentItem()
        finding = _finding_of(item)
        if finding is not None and index in finding.step_indexes:
            return  # the finding chosen is about this step: keep showing it
        question = item.data(0, _QUESTION_ROLE) if item is not None else None
        if question is not None and question.step_index == index:
            return
        if item is not None:
            self.tree.blockSignals(True)  # not a choice of the user: no highlight, no jump
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.blockSignals(False)
        self._show_tip(None)

    def _mark_step(self, index: int) -> None:
        """Give the findings of step ``index`` a tinted background (only the rows that change)."""
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(45)
        wanted = [item for item in self._finding_items()
                  if index in item.data(0, _FINDING_ROLE).step_indexes]
        keep = {id(item) for item in wanted}
        for item in self._marked:
            if id(item) not in keep:
                for column in (0, 1):
                    item.setData(column, Qt.ItemDataRole.BackgroundRole, None)
        for item in wanted:
            for column in (0, 1):
                item.setBackground(column, QBrush(tint))
        self._marked = wanted

    def marked_findings(self) -> list[Finding]:
        """Return the findings marked as concerning the current step, top to bottom."""
        return [item.data(0, _FINDING_ROLE) for item in self._marked]

    def _show_tip(self, item: QTreeWidgetItem | None) -> None:
        question = item.data(0, _QUESTION_ROLE) if item is not None else None
        if question is not None:
            self.tip.setHtml(self._questions_html((question,)))
            return
        suggested = item.data(0, _SUGGESTED_ROLE) if item is not None else None
        if suggested is not None:
            self.tip.setHtml(self._suggested_html(*suggested))
            return
        finding = item.data(0, _FINDING_ROLE) if item is not None else None
        if finding is None:
            self._show_step_findings()
            return
        self.tip.setHtml(self._finding_html(finding, heading=True))

    def _questions_html(self, questions: tuple[OpenQuestion, ...]) -> str:
        heading = self.tr("Still to ask the customer:")
        rows = "".join(f"<li>{_escape(q.question)}</li>" for q in questions)
        return f"<p><b>{_escape(heading)}</b></p><ul>{rows}</ul>"

    def _suggested_html(self, finding: Finding, because: tuple[Proposal, ...]) -> str:
        """The tip of a suggested finding: what it is, the words it rests on, how to confirm."""
        quotes = "".join(f"<li><i>“{_escape(p.quote)}”</i></li>" for p in because)
        note = self.tr("Suggested: accept its proposals in the inspector to confirm it.")
        words = self.tr("Suggested from your words:")
        return (f"<p><i>{_escape(note)}</i></p>" + self._finding_html(finding, heading=True)
                + f"<p><b>{_escape(words)}</b></p><ul>{quotes}</ul>")

    def _finding_html(self, finding: Finding, *, heading: bool) -> str:
        steps = step_ranges(finding.step_numbers)
        name = rule_name(finding.rule, self._doc.analysis.lang)
        where = self.tr("steps %1").replace("%1", steps)
        tip = self.tr("Tip:")
        title = f"<b>{_escape(name)}</b> — {_escape(where)}"
        return (f"<p>{title}</p><p>{_escape(finding.message)}</p>" if heading
                else f"<p>{title}<br>{_escape(finding.message)}</p>") + (
            f"<p><b>{_escape(tip)}</b> {_escape(finding.tip)}</p>")

    def _show_step_findings(self) -> None:
        """Show the findings of the current step with their tips, or say how to see a tip."""
        analysis = self._doc.analysis
        index = self._doc.current_step
        if not analysis.findings and not analysis.questions:
            self.tip.setPlainText(self.tr("No findings: no integration breaks found."))
            return
        choose = self.tr("Choose a finding to see its improvement tip.")
        steps = self._doc.journey.steps
        findings = self.marked_findings()
        questions = analysis.questions_for_step(index) if 0 <= index < len(steps) else ()
        if not 0 <= index < len(steps) or not (findings or questions):
            self.tip.setPlainText(choose)
            return
        title = self.tr("Step %1, '%2'").replace("%1", str(index + 1)).replace(
            "%2", steps[index].title)
        count = self.tr("%n finding(s)", "", len(findings))
        body = "<hr>".join(self._finding_html(f, heading=False) for f in findings)
        if questions:
            body += ("<hr>" if body else "") + self._questions_html(questions)
        self.tip.setHtml(f"<p><b>{_escape(title)}</b> · {_escape(count)}</p><hr>{body}")

    def retranslate_ui(self) -> None:
        """Set the column titles in the current language and relist."""
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Steps")])
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tip.setAccessibleName(self.tr("Improvement tip"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)


def step_ranges(numbers: tuple[int, ...]) -> str:
    """Return step numbers compactly: ``(3, 4, 5, 9)`` reads ``3–5, 9``."""
    parts: list[str] = []
    run: list[int] = []
    for number in (*numbers, None):
        if run and (number is None or number != run[-1] + 1):
            parts.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else
                         ", ".join(str(n) for n in run))
            run = []
        if number is not None:
            run.append(number)
    return ", ".join(parts)


def _finding_of(item: QTreeWidgetItem | None) -> Finding | None:
    """Return the finding of a row, confirmed or suggested (``None``: another row)."""
    if item is None:
        return None
    finding: Finding | None = item.data(0, _FINDING_ROLE)
    suggested = item.data(0, _SUGGESTED_ROLE)
    return suggested[0] if finding is None and suggested is not None else finding


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
