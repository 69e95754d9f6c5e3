"""The context menu of a step on the map: its channel, score and outcome, plus the window's step
actions (add after, delete, move).

The channel list is the whole catalogue, so a step can move to a channel that has no lane yet —
something a drag onto the lanes on screen cannot do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from journeymap.core.channels import CHANNELS, MODE_ORDER
from journeymap.core.model import MAX_SCORE, MIN_SCORE, Outcome, display_sign, score_sign
from journeymap.ui.i18n import outcome_label

if TYPE_CHECKING:
    from journeymap.ui.document import JourneyDocument

translate = QCoreApplication.translate


def _score_words() -> dict[int, str]:
    return {
        -2: translate("StepMenu", "strong minus"),
        -1: translate("StepMenu", "minus"),
        0: translate("StepMenu", "neutral"),
        1: translate("StepMenu", "plus"),
        2: translate("StepMenu", "strong plus"),
    }


def build_step_menu(document: JourneyDocument, index: int,
                    extra_actions: Sequence[QAction | None] = (),
                    parent: QWidget | None = None) -> QMenu:
    """Return the menu for step ``index`` of ``document``.

    Choosing a channel, score or outcome is one undoable edit through ``document.update_step``.
    ``extra_actions`` are appended after a separator (``None`` adds another separator).
    """
    step = document.journey.steps[index]
    menu = QMenu(parent)
    menu.setObjectName("step_menu")

    def submenu(name: str, title: str) -> tuple[QMenu, QActionGroup]:
        sub = menu.addMenu(title)
        sub.setObjectName(name)
        return sub, QActionGroup(sub)

    def choice(sub: QMenu, group: QActionGroup, text: str, field: str, value: object) -> None:
        action = sub.addAction(text)
        action.setCheckable(True)
        action.setChecked(getattr(step, field) == value)
        action.setData(value)
        action.triggered.connect(lambda _on=False: document.update_step(index, **{field: value}))
        group.addAction(action)

    channels, group = submenu("channel_menu", translate("StepMenu", "&Channel"))
    for position, mode in enumerate(MODE_ORDER):
        if position:
            channels.addSeparator()
        for item in CHANNELS:
            if item.mode == mode:
                choice(channels, group, item.name(document.lang), "channel", item.id)

    scores, group = submenu("score_menu", translate("StepMenu", "&Score"))
    words = _score_words()
    for key, score in enumerate(range(MIN_SCORE, MAX_SCORE + 1), start=1):
        sign = display_sign(score_sign(score))
        choice(scores, group, f"&{key}  {words[score]}\t{sign}", "score", score)

    outcomes, group = submenu("outcome_menu", translate("StepMenu", "&Outcome"))
    for outcome in Outcome:
        choice(outcomes, group, outcome_label(outcome), "outcome", outcome)

    if extra_actions:
        menu.addSeparator()
        for action in extra_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
    return menu
