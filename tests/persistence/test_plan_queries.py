"""The library's plan queries: the planned journeys, and the actual journeys naming one."""

from __future__ import annotations

from pathlib import Path

from journeymap.core.model import Journey, JourneyKind, Step
from journeymap.persistence import Library


def test_planned_journeys_and_the_actual_ones_that_name_them(tmp_path: Path) -> None:
    with Library.open(f"sqlite:///{tmp_path / 'plans.sqlite3'}", samples=list) as library:
        step = (Step("Book", "website", 0),)
        planned = library.add(Journey("Überweisung as designed", step, kind=JourneyKind.PLANNED))
        library.add(Journey("Not a plan", step))
        by_title = library.add(Journey("One", step, plan="  ÜBERWEISUNG AS DESIGNED "))
        by_id = library.add(Journey("Two", step, plan=str(planned.id)))
        library.add(Journey("Other", step, plan="Something else"))
        library.add(Journey("A plan naming it", step, kind=JourneyKind.PLANNED,
                            plan="Überweisung as designed"))
        assert [(e.id, e.title) for e in library.planned_entries()][0] == (
            planned.id, "Überweisung as designed")
        assert len(library.planned_entries()) == 2
        assert library.ids_naming_plan("Überweisung as designed", planned.id) == [
            by_title.id, by_id.id]
        assert library.ids_naming_plan("Überweisung as designed") == [by_title.id]
