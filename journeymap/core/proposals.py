"""Annotations proposed from a journey's own words, and what the analysis does with them.

The note reader (``journeymap.notes``) reads step titles and notes and returns a ``Reading``:
proposals (a field, a value and the verbatim words they rest on) and the pain patterns each step
names. Nothing here reads text; this module only decides which proposals are still open and
applies them, so the analysis can run "as if every open proposal were accepted"
(docs/proposals.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from journeymap.core.channels import fold
from journeymap.core.findings import Analysis
from journeymap.core.model import Initiator, Journey, Outcome, RejectedProposal, Step
from journeymap.core.rule_catalogue import RULES_BY_ID

#: The step fields the reader may propose, in the order the inspector shows them.
PROPOSABLE_FIELDS: tuple[str, ...] = (
    "outcome", "initiator", "info_given", "recognized", "context_available", "sensitive",
    "referred_to", "wait_minutes", "elapsed_days",
)

ProposalValue = bool | float | int | str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed annotation of one step.

    Attributes:
        step_id: the step's stable id.
        field: the step field (one of ``PROPOSABLE_FIELDS``).
        value: the value proposed; for ``info_given`` the items to add, for enums their value.
        quote: the words of the step's title or note it rests on, verbatim.
    """

    step_id: str
    field: str
    value: ProposalValue
    quote: str

    @property
    def rejection(self) -> RejectedProposal:
        """Return what the step remembers when the designer rejects this proposal."""
        return RejectedProposal(self.field, self.quote)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the note reader found in a journey.

    Attributes:
        proposals: every proposal, in step order (open or not: see ``open_proposals``).
        pains: step id -> the pain patterns its own words name, best match first.
    """

    proposals: tuple[Proposal, ...] = ()
    pains: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pains", MappingProxyType(dict(self.pains)))


NO_READING = Reading()


def _missing_items(step: Step, items: Iterable[str]) -> tuple[str, ...]:
    have = {fold(item) for item in step.info_given}
    missing: list[str] = []
    for item in items:
        key = fold(item)
        if key not in have:
            have.add(key)
            missing.append(item)
    return tuple(missing)


def is_open(step: Step, proposal: Proposal) -> bool:
    """Return whether ``proposal`` still says something new about ``step``.

    A proposal is closed when the designer rejected it (same field, same words) or already
    filled the field: a value the designer set always wins over a value read from the text.
    ``outcome`` and ``initiator`` count as filled once they differ from their defaults.
    """
    if proposal.rejection in step.rejected_proposals:
        return False
    name = proposal.field
    if name == "info_given":
        return isinstance(proposal.value, tuple) and bool(_missing_items(step, proposal.value))
    if name == "outcome":
        return step.outcome is Outcome.SUCCESS and proposal.value != Outcome.SUCCESS.value
    if name == "initiator":
        return step.initiator is Initiator.CUSTOMER and proposal.value != step.initiator.value
    return getattr(step, name) is None


def open_proposals(journey: Journey, proposals: Iterable[Proposal]) -> tuple[Proposal, ...]:
    """Return the proposals that are open for ``journey``, one per step and field (the first)."""
    by_id = {step.id: step for step in journey.steps}
    taken: set[tuple[str, str]] = set()
    found: list[Proposal] = []
    for proposal in proposals:
        step = by_id.get(proposal.step_id)
        key = (proposal.step_id, proposal.field)
        if step is None or key in taken or not is_open(step, proposal):
            continue
        taken.add(key)
        found.append(proposal)
    return tuple(found)


def accepted_value(step: Step, proposal: Proposal) -> object:
    """Return the value ``step`` gets when ``proposal`` is accepted (model types, not JSON)."""
    value = proposal.value
    if proposal.field == "info_given" and isinstance(value, tuple):
        return (*step.info_given, *_missing_items(step, value))
    if proposal.field == "outcome":
        return Outcome(str(value))
    if proposal.field == "initiator":
        return Initiator(str(value))
    return value


def accept(step: Step, proposal: Proposal) -> Step:
    """Return ``step`` with ``proposal`` accepted: the field takes the proposed value."""
    return step.with_changes(**{proposal.field: accepted_value(step, proposal)})


def reject(step: Step, proposal: Proposal) -> Step:
    """Return ``step`` remembering that ``proposal`` was turned down."""
    if proposal.rejection in step.rejected_proposals:
        return step
    return step.with_changes(rejected_proposals=(*step.rejected_proposals, proposal.rejection))


def apply_proposals(journey: Journey, proposals: Iterable[Proposal]) -> Journey:
    """Return ``journey`` with every open proposal in ``proposals`` accepted."""
    chosen = open_proposals(journey, proposals)
    if not chosen:
        return journey
    steps = list(journey.steps)
    index_of = {step.id: index for index, step in enumerate(steps)}
    for proposal in chosen:
        index = index_of[proposal.step_id]
        steps[index] = accept(steps[index], proposal)
    return journey.with_changes(steps=tuple(steps))


@dataclass(frozen=True, slots=True)
class SuggestedAnalysis:
    """The analysis as if every open proposal were accepted, and what each finding rests on.

    Attributes:
        analysis: the analysis of the journey with the open proposals accepted.
        proposals: the open proposals that were accepted for it, in step order.
        because: finding index -> the proposals an inferred finding needs; a finding the
            journey's own fields already give has no entry.
    """

    analysis: Analysis
    proposals: tuple[Proposal, ...]
    because: Mapping[int, tuple[Proposal, ...]]

    def is_inferred(self, index: int) -> bool:
        """Return whether finding ``index`` needs at least one proposal."""
        return index in self.because


def suggest(journey: Journey, reading: Reading,
            analyze: Callable[[Journey], Analysis]) -> SuggestedAnalysis:
    """Analyse ``journey`` as if every open proposal of ``reading`` were accepted.

    A finding is inferred when the journey as recorded does not give it (the same rule on the
    same steps); it rests on the open proposals of the fields its rule reads on its own steps,
    or, where none of its steps has one (a rule that looks back), on those of the steps before
    its last.
    """
    chosen = open_proposals(journey, reading.proposals)
    if not chosen:
        return SuggestedAnalysis(analyze(journey), (), MappingProxyType({}))
    recorded = {(finding.rule, finding.step_indexes) for finding in analyze(journey).findings}
    suggested = analyze(apply_proposals(journey, chosen))
    position = {step.id: index for index, step in enumerate(journey.steps)}
    because: dict[int, tuple[Proposal, ...]] = {}
    for index, finding in enumerate(suggested.findings):
        if (finding.rule, finding.step_indexes) in recorded:
            continue
        reads = set(RULES_BY_ID[finding.rule].reads) if finding.rule in RULES_BY_ID else set()
        relevant = tuple(p for p in chosen if not reads or p.field in reads)
        steps = set(finding.step_indexes)
        own = tuple(p for p in relevant if position[p.step_id] in steps)
        last = max(steps, default=-1)
        because[index] = own or tuple(p for p in relevant if position[p.step_id] <= last) or tuple(
            p for p in chosen if position[p.step_id] <= last)
    return SuggestedAnalysis(suggested, chosen, MappingProxyType(because))
