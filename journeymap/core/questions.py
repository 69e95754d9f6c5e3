"""Open questions: where a rule cannot decide because the journey leaves a field out.

A designer who records at interview speed leaves ``context_available``, ``recognized``,
``info_given`` and ``initiator`` open. Rather than stay silent, the analysis asks, per step, the
question whose answer would let a rule decide, so the designer knows what to ask the customer.
Each question is one entry of ``QUESTIONS``; the contract is in ``docs/pain-points.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType

from journeymap.core.channels import SERVED_MODES
from journeymap.core.model import Initiator, Outcome
from journeymap.core.rules.context import RuleContext
from journeymap.core.texts import TEXTS, language, phrase

#: Service modes in which a person serves the customer, who could have had the history at hand.
_SERVED = SERVED_MODES
#: Channels on which a contact is as often the organisation's as the customer's.
_OUTGOING = ("email", "letter", "sms", "messaging", "callback")

#: What a question check yields: the step, and a function returning the question's fields
#: (called when the question is first read: a long journey pays only for the words it shows).
Ask = tuple[int, Callable[[], Mapping[str, object]]]


class OpenQuestion:
    """A question for the designer about one step, in the analysis language. Read-only.

    Attributes:
        step_index: the 0-based position of the step asked about.
        field: the step field whose answer is missing (``context_available`` ...).
        question: the question, naming the step by its number, title and channel.
        ask: the question alone, for a list that shows the step beside it.

    Both texts are written on first read. Two questions are equal when step, field and question
    are.
    """

    __slots__ = ("_ask", "_pending", "_question", "field", "step_index")

    def __init__(self, step_index: int, field: str, question: str, ask: str = "") -> None:
        self.step_index = step_index
        self.field = field
        self._question = question
        self._ask = ask or question
        self._pending: tuple[str, str, Callable[[], Mapping[str, object]]] | None = None

    @classmethod
    def deferred(cls, step_index: int, field: str, lang: str,
                 fields: Callable[[], Mapping[str, object]]) -> OpenQuestion:
        """Return a question whose text is the ``question.<field>`` phrase, filled in on read."""
        question = cls(step_index, field, "")
        question._pending = (lang, f"question.{field}", fields)
        return question

    def _render(self) -> None:
        pending = self._pending
        if pending is not None:
            lang, key, fields = pending
            values = fields()
            phrases = TEXTS[language(lang)].phrases  # (format_map: no keyword copies)
            ask = phrases[key].format_map(values)
            self._ask = ask[:1].upper() + ask[1:]
            self._question = phrases["question.step"].format_map({**values, "ask": ask})
            self._pending = None  # (after both texts are set: another thread may read them)

    @property
    def question(self) -> str:
        """Return the question, naming the step by its number, title and channel."""
        if self._pending is not None:
            self._render()
        return self._question

    @property
    def ask(self) -> str:
        """Return the question alone, first letter capitalised (the step is shown beside it)."""
        if self._pending is not None:
            self._render()
        return self._ask

    @property
    def step_number(self) -> int:
        """Return the 1-based step number, as shown to people."""
        return self.step_index + 1

    def _values(self) -> tuple[int, str, str]:
        return self.step_index, self.field, self.question

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenQuestion):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "OpenQuestion(step_index={!r}, field={!r}, question={!r})".format(*self._values())


@dataclass(frozen=True, slots=True)
class QuestionCheck:
    """One kind of open question: the field it asks about and the function that finds it."""

    field: str
    find: Callable[[_View], Iterator[Ask]]


class _View:
    """The journey as the question checks see it: the rule context, its conversations and its
    hand-offs, each worked out once."""

    __slots__ = ("conversations", "ctx", "hand_offs")

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.conversations = _conversations(ctx)
        self.hand_offs = list(_hand_offs(ctx, self.conversations))


def _conversations(ctx: RuleContext) -> list[range]:
    """Return the runs of consecutive steps on one channel: one conversation each."""
    runs: list[range] = []
    start = 0
    for index in range(1, len(ctx.steps) + 1):
        if index == len(ctx.steps) or ctx.steps[index].channel != ctx.steps[start].channel:
            runs.append(range(start, index))
            start = index
    return runs if ctx.steps else []


def _hand_offs(ctx: RuleContext, conversations: list[range]) -> Iterator[tuple[range, int]]:
    """Yield each conversation a person serves on a new channel, with the step it follows.

    The step followed is the latest on another channel that left something behind: information
    given, or an outcome other than success. A message the organisation sends on a written
    channel (a confirmation, a reminder) serves nobody and is no hand-off.
    """
    served = ctx.channels_where(lambda channel: channel.mode in _SERVED)
    written = ctx.channels_where(lambda channel: channel.written)
    left_something: int | None = None
    for run in conversations:
        first = ctx.steps[run.start]
        one_way = first.initiator is Initiator.ORGANISATION and first.channel in written
        if (run.start and first.channel in served and not one_way
                and left_something is not None):
            yield run, left_something
        for index in run:
            step = ctx.steps[index]
            if step.info_given or step.outcome is not Outcome.SUCCESS:
                left_something = index


def _context_questions(view: _View) -> Iterator[Ask]:
    """Was the customer's history at hand at this hand-off? (``lost-context`` needs it.)

    Asked about the first step of the conversation when none of its steps says.
    """
    ctx = view.ctx
    for run, earlier in view.hand_offs:
        if all(ctx.steps[index].context_available is None for index in run):
            yield run.start, partial(ctx.step_fields, run.start, earlier=earlier)


def _info_questions(view: _View) -> Iterator[Ask]:
    """Did the customer give again what they gave before? (``repeated-information`` needs it.)

    Asked at a hand-off whose conversation records nothing given and no history at hand, naming
    what the customer gave since the hand-off before it (so the list stays short).
    """
    ctx = view.ctx
    hand_offs = {run.start: run for run, _ in view.hand_offs}
    given: dict[str, None] = {}
    for index, step in enumerate(ctx.steps):
        run = hand_offs.get(index)
        if run is not None:
            if given and not any(ctx.steps[i].info_given or ctx.steps[i].context_available
                                 is True for i in run):
                yield index, partial(_items_fields, ctx, index, list(given))
            given = {}
        given.update(dict.fromkeys(step.info_given))


def _items_fields(ctx: RuleContext, index: int, items: list[str]) -> dict[str, object]:
    """Template fields: the step and the items asked about."""
    return {**ctx.ref(index), "items": ctx.join(items)}


def _recognized_questions(view: _View) -> Iterator[Ask]:
    """Did the organisation know who the customer was? (``recognized-without-context`` needs it.)

    Asked about a step without the history at hand on a channel that identifies the customer,
    when no step of its conversation says whether the customer was recognised.
    """
    ctx = view.ctx
    identifying = ctx.channels_where(lambda channel: channel.identifies)
    for run in view.conversations:
        if any(ctx.steps[index].recognized is not None for index in run):
            continue
        for index in run:
            step = ctx.steps[index]
            if index and step.context_available is False and step.channel in identifying:
                yield index, partial(ctx.ref, index)
                break


def _initiator_questions(view: _View) -> Iterator[Ask]:
    """Who started a contact that reads as the customer chasing? (``repeat-contact`` needs it.)

    Asked for a customer step (the default) on a channel the organisation often writes or calls
    on, while a live, written or face-to-face step left the customer waiting.
    """
    ctx = view.ctx
    served = ctx.channels_where(lambda channel: channel.mode in _SERVED)
    open_pending: int | None = None
    for index, step in enumerate(ctx.steps):
        if step.initiator is Initiator.CUSTOMER:
            if step.channel in served and open_pending is not None:
                if step.channel in _OUTGOING:
                    yield index, partial(ctx.step_fields, index, pending=open_pending)
                open_pending = None
        elif step.outcome is Outcome.SUCCESS:
            open_pending = None
        if step.channel in served and step.outcome is Outcome.PENDING:
            open_pending = index


QUESTIONS: tuple[QuestionCheck, ...] = (
    QuestionCheck("context_available", _context_questions),
    QuestionCheck("info_given", _info_questions),
    QuestionCheck("recognized", _recognized_questions),
    QuestionCheck("initiator", _initiator_questions),
)

_ORDER: MappingProxyType[str, int] = MappingProxyType(
    {check.field: position for position, check in enumerate(QUESTIONS)})


def open_questions(ctx: RuleContext) -> tuple[OpenQuestion, ...]:
    """Return the open questions of the journey, in step order then catalogue order."""
    asked: list[OpenQuestion] = []
    view = _View(ctx)
    for check in QUESTIONS:
        for index, fields in check.find(view):
            asked.append(OpenQuestion.deferred(index, check.field, ctx.lang, fields))
    return tuple(sorted(asked, key=_sort_key))


def _sort_key(question: OpenQuestion) -> tuple[int, int]:
    return question.step_index, _ORDER[question.field]


@dataclass(frozen=True, slots=True)
class HandOff:
    """The questions that matter while the designer records the first step of a hand-off.

    A hand-off is where ``open_questions`` asks about the context: the first step of a
    conversation a person serves on a new channel, after a step that left something behind
    (information given, or an outcome other than success). The inspector asks these while the
    step is being recorded, so the answer is in the journey before the interview moves on.

    Attributes:
        step_index: the 0-based position of the step asked about.
        earlier_index: the step it follows, whose work the person may or may not have had.
        question: "Did they have at hand what the customer did in step 1, ...?", in the
            analysis language, first letter capitalised.
        items: what the customer gave since the hand-off before (the ``info_given`` question
            offers these to pick the ones asked again); empty when nothing was given.
    """

    step_index: int
    earlier_index: int
    question: str
    items: tuple[str, ...]

    def asks_items(self, context_available: bool | None) -> bool:
        """Return whether to ask which items were given again (not when the history was at
        hand: then nothing had to be given again)."""
        return bool(self.items) and context_available is not True

    def is_open(self, context_available: bool | None, info_given: tuple[str, ...]) -> bool:
        """Return whether the step still leaves a question of this hand-off unanswered."""
        if context_available is None:
            return True
        return self.asks_items(context_available) and not set(self.items) & set(info_given)


def hand_off_at(ctx: RuleContext, index: int) -> HandOff | None:
    """Return the hand-off whose first step is ``index``, or ``None`` when it starts none."""
    view = _View(ctx)
    earlier = next((before for run, before in view.hand_offs if run.start == index), None)
    if earlier is None:
        return None
    starts = [run.start for run, _ in view.hand_offs if run.start < index]
    since = starts[-1] if starts else 0
    items = dict.fromkeys(item for step in ctx.steps[since:index] for item in step.info_given)
    ask = phrase(ctx.lang, "question.context_available", **ctx.step_fields(index, earlier=earlier))
    return HandOff(index, earlier, ask[:1].upper() + ask[1:], tuple(items))
