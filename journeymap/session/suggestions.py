"""What the app proposes while a designer records: the note reader's proposals and the
hand-off questions, for the session's snapshot, and the edits that answer them.

Worked out when first asked for and kept until the snapshot or the analysis context changes, so
the inspector, the map and the findings panel share one reading per keystroke. Accepting a
proposal sets its field; rejecting it remembers the proposal with the step (field and quote), so
the same words do not propose it again; answering a hand-off question sets
``context_available`` or ``info_given``. Each is one undoable edit (docs/proposals.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journeymap.core import edits
from journeymap.core.model import Journey
from journeymap.core.proposals import (
    Proposal,
    Reading,
    SuggestedAnalysis,
    accepted_value,
    is_open,
    open_proposals,
    reject,
)
from journeymap.core.questions import HandOff, hand_off_at
from journeymap.core.rules.context import RuleContext

if TYPE_CHECKING:
    from journeymap.session.document import JourneySession

# Labels of the history (message ids; the interface translates them when it shows them).
ACCEPT_PROPOSAL = "Accept proposal on step %1"
REJECT_PROPOSAL = "Reject proposal on step %1"
ANSWER_QUESTION = "Answer question on step %1"


class Suggestions:
    """The proposals and hand-off questions of one session's snapshot."""

    def __init__(self, session: JourneySession) -> None:
        self._session = session
        self._key: tuple[Journey, object] | None = None
        self._reading: Reading | None = None
        self._open: tuple[Proposal, ...] | None = None
        self._suggested: SuggestedAnalysis | None = None
        self._rule_context: RuleContext | None = None

    def _fresh(self) -> None:
        """Forget what was worked out for an older snapshot or context."""
        key = (self._session.journey, self._session.context)
        if self._key is None or self._key[0] is not key[0] or self._key[1] != key[1]:
            self._key = key
            self._reading = self._open = self._suggested = self._rule_context = None

    # -- reading --------------------------------------------------------------------------------

    @property
    def reading(self) -> Reading:
        """Return what the note reader finds in the snapshot's titles and notes."""
        self._fresh()
        if self._reading is None:
            from journeymap.notes import read_journey

            self._reading = read_journey(self._session.journey)
        return self._reading

    def open_proposals(self, step_id: str | None = None) -> tuple[Proposal, ...]:
        """Return the open proposals of the snapshot (of step ``step_id`` only, when given)."""
        self._fresh()
        if self._open is None:
            self._open = open_proposals(self._session.journey, self.reading.proposals)
        if step_id is None:
            return self._open
        return tuple(p for p in self._open if p.step_id == step_id)

    @property
    def suggested(self) -> SuggestedAnalysis:
        """Return the analysis as if every open proposal were accepted (the findings only they
        give are the suggested ones)."""
        self._fresh()
        if self._suggested is None:
            session = self._session
            self._suggested = session.context.suggest(
                session.journey, reading=self.reading, recorded=session.analysis)
        return self._suggested

    def hand_off(self, index: int) -> HandOff | None:
        """Return the hand-off the step at ``index`` starts (its questions), or ``None``."""
        self._fresh()
        journey = self._session.journey
        if not 0 <= index < len(journey.steps):
            return None
        if self._rule_context is None:
            context = self._session.context
            self._rule_context = RuleContext(journey, context.lang, context.settings)
        return hand_off_at(self._rule_context, index)

    # -- answering ------------------------------------------------------------------------------

    def accept(self, proposal: Proposal) -> None:
        """Give the proposal's step the proposed value (one undoable edit; closed: nothing)."""
        journey = self._session.journey
        index = journey.step_index(proposal.step_id)
        step = journey.steps[index]
        if not is_open(step, proposal):
            return
        self._one_edit(proposal.step_id, ACCEPT_PROPOSAL, index,
                       {proposal.field: accepted_value(step, proposal)})

    def reject(self, proposal: Proposal) -> None:
        """Remember that the designer turned ``proposal`` down (one undoable edit)."""
        journey = self._session.journey
        index = journey.step_index(proposal.step_id)
        step = journey.steps[index]
        rejected = reject(step, proposal).rejected_proposals
        if rejected != step.rejected_proposals:
            self._one_edit(proposal.step_id, REJECT_PROPOSAL, index,
                           {"rejected_proposals": rejected})

    def answer(self, step_id: str, **changes: Any) -> None:
        """Set the fields a hand-off question asks about (one undoable edit)."""
        index = self._session.journey.step_index(step_id)
        self._one_edit(step_id, ANSWER_QUESTION, index, changes)

    def _one_edit(self, step_id: str, label: str, index: int, changes: dict[str, Any]) -> None:
        session = self._session
        session.close_merge()  # never merged into the field typed in just before
        session.apply(edits.ChangeStep(step_id, changes), (label, (str(index + 1),)))
