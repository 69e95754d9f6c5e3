"""The open journey against its plan: the comparison the map's plan row shows (docs/plans.md).

An actual journey that names a planned journey of the library is compared with it after every
change (``core.deviations.compare``, pure and quick); a planned journey is compared with every
actual journey of the library that names it, to count per touchpoint how many completed, failed
or missed it. The other journeys are read from the library only when needed: the plan is cached
by its name, the actual journeys by the plan, until another journey is opened or the library
changes beneath the session, so typing in a step costs no query.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.core import edits
from journeymap.core.deviations import Comparison, TouchpointCounts, compare, touchpoint_counts
from journeymap.core.model import Journey, JourneyKind
from journeymap.persistence.library import JourneySummary
from journeymap.session.document import JourneySession
from journeymap.session.events import Event
from journeymap.session.library import PlanLookup, actuals_of, find_plan


@dataclass(frozen=True, slots=True)
class PlanState:
    """What the plan row shows for the open journey.

    Attributes:
        plan: the planned journey compared with (for a planned journey: the journey itself).
        plan_id: its library id.
        comparison: the open actual journey against its plan (``None`` otherwise).
        counts: for an open planned journey, per touchpoint how many of its actual journeys
            completed, failed or missed it (empty when no actual journey names it).
        actual_ids: the library ids of those actual journeys.
        actuals: those actual journeys (what an export of the plan reports on).
    """

    plan: Journey | None = None
    plan_id: int | None = None
    comparison: Comparison | None = None
    counts: tuple[TouchpointCounts, ...] = ()
    actual_ids: tuple[int, ...] = ()
    actuals: tuple[Journey, ...] = ()

    @property
    def shown(self) -> bool:
        """Return whether there is a plan row to show."""
        return self.comparison is not None or bool(self.counts)


NO_PLAN = PlanState()

# Labels of the history (message ids; the interface translates them when it shows them).
LINK_STEP = "Link step %1 to the plan"
UNLINK_STEP = "Unlink step %1 from the plan"
MARK_PLANNED = "Mark journey as planned"
MARK_ACTUAL = "Mark journey as actual"
SET_PLAN = "Choose the plan"


class PlanCompanion:
    """Keeps the ``PlanState`` of a session's open journey up to date.

    Events:
        changed(): ``state`` is new (another plan, another comparison or other counts).
    """

    def __init__(self, session: JourneySession) -> None:
        self.session = session
        self.changed = Event("plan_changed")
        self._state = NO_PLAN
        self._for_id: int | None = None
        self._plans: dict[str, tuple[int, Journey] | None] = {}
        self._actuals: dict[tuple[int, str], tuple[tuple[int, Journey], ...]] = {}
        session.journey_changed.connect(self.refresh)
        session.library_changed.connect(self._library_changed)

    @property
    def state(self) -> PlanState:
        """Return what the plan row shows now."""
        return self._state

    @property
    def library(self) -> PlanLookup | None:
        """Return the session's library when it can look plans up (a test store may not)."""
        store = self.session.library
        return store if hasattr(store, "planned_entries") else None  # type: ignore[return-value]

    def planned_titles(self) -> list[str]:
        """Return the titles of the library's planned journeys, other than the open one."""
        library = self.library
        if library is None:
            return []
        own = self.session.journey_id
        return [entry.title for entry in library.planned_entries() if entry.id != own]

    # -- edits (each one undoable step) -------------------------------------------------------

    def link_step(self, step_id: str, planned_step: str | None) -> None:
        """Say that the step ``step_id`` realises the planned step ``planned_step`` (``None``:
        no planned step; the matcher pairs it again)."""
        session = self.session
        index = session.journey.step_index(step_id)
        label = LINK_STEP if planned_step is not None else UNLINK_STEP
        session.history.close_merge()
        session.apply(edits.ChangeStep(step_id, {"planned_step": planned_step}),
                      (label, (str(index + 1),)))

    def set_kind(self, kind: JourneyKind) -> None:
        """Mark the open journey as planned or actual."""
        label = MARK_PLANNED if kind is JourneyKind.PLANNED else MARK_ACTUAL
        self.session.history.close_merge()
        self.session.apply(edits.ChangeJourney({"kind": kind}), (label, ()))

    def set_plan(self, title: str | None) -> None:
        """Name the planned journey ``title`` as the open journey's plan (``None``: none)."""
        self.session.history.close_merge()
        self.session.apply(edits.ChangeJourney({"plan": title}), (SET_PLAN, ()))

    # -- reading the library ----------------------------------------------------------------

    def forget(self) -> None:
        """Drop what was read from the library (it may have changed) and compare again."""
        self._plans.clear()
        self._actuals.clear()
        self.refresh()

    def refresh(self) -> None:
        """Compare the open journey again (after every change of it)."""
        if self.session.journey_id != self._for_id:
            self._for_id = self.session.journey_id
            self._plans.clear()
            self._actuals.clear()
        state = self._compute()
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _library_changed(self, summary: JourneySummary | None) -> None:
        if summary is None or summary.id != self.session.journey_id:
            self.forget()  # journeys were added, deleted or recovered: the plans may differ

    def _compute(self) -> PlanState:
        session, library = self.session, self.library
        journey = session.journey
        if library is None or session.journey_id is None:
            return NO_PLAN
        if journey.kind is JourneyKind.PLANNED:
            actuals = self._actuals_of(library, session.journey_id, journey)
            if not actuals:
                return PlanState(journey, session.journey_id)
            comparisons = [compare(journey, actual) for _, actual in actuals]
            return PlanState(journey, session.journey_id,
                             counts=touchpoint_counts(journey, comparisons),
                             actual_ids=tuple(id_ for id_, _ in actuals),
                             actuals=tuple(actual for _, actual in actuals))
        found = self._plan_of(library, journey)
        if found is None:
            return NO_PLAN
        plan_id, plan = found
        return PlanState(plan, plan_id, comparison=compare(plan, journey))

    def _plan_of(self, library: PlanLookup, journey: Journey) -> tuple[int, Journey] | None:
        if journey.plan is None:
            return None
        key = journey.plan.strip().casefold()
        if key not in self._plans:
            stored = find_plan(library, journey)
            self._plans[key] = None if stored is None else (stored.id, stored.journey)
        return self._plans[key]

    def _actuals_of(self, library: PlanLookup, plan_id: int,
                    plan: Journey) -> tuple[tuple[int, Journey], ...]:
        key = (plan_id, plan.title.strip().casefold())
        if key not in self._actuals:
            self._actuals[key] = tuple(actuals_of(library, plan_id, plan))
        return self._actuals[key]
