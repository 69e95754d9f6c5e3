"""The session: edits applied, analysed, saved at once and undone, all without a QApplication."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Journey, Step
from journeymap.core.settings import AnalysisSettings
from journeymap.persistence import Library, LibraryError, Trouble
from journeymap.session.context import AnalysisContext
from journeymap.session.document import JourneySession
from journeymap.session.recovery import RecoveryJournal


def stored(library: Library, session: JourneySession) -> Journey:
    assert session.journey_id is not None
    return library.get(session.journey_id).journey


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """Collect the SQL statements run on ``engine`` (an executemany counts once)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement.split()[0].upper())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_an_edit_is_saved_at_once_and_undo_and_redo_are_saved_too(
    library: Library, session: JourneySession
) -> None:
    session.change_step("s3", title="Calls the contact centre")
    assert stored(library, session).steps[2].title == "Calls the contact centre"
    assert session.history.undo_label == ("Edit step %1", ("3",))
    session.undo()
    assert stored(library, session).steps[2].title == "Call the desk"
    session.redo()
    assert stored(library, session).steps[2].title == "Calls the contact centre"
    assert not session.unsaved


def test_keystrokes_in_one_field_are_one_undo_step_until_the_field_is_left(
    library: Library, session: JourneySession
) -> None:
    for text in ("B", "Bo", "Boo", "Book"):
        session.change_step("s4", title=text)
        assert stored(library, session).steps[3].title == text  # every keystroke is stored
    session.close_merge()
    session.change_step("s4", title="Book!")
    assert len(session.history) == 2
    session.undo()
    assert session.journey.steps[3].title == "Book"
    session.undo()
    assert session.journey.steps[3].title == "Engineer visit"


def test_steps_are_addressed_by_id_through_moves(session: JourneySession) -> None:
    session.change_step("s1", score=2)
    session.move_step("s1", 3)
    session.change_step("s1", note="moved")
    assert [s.id for s in session.journey.steps] == ["s2", "s3", "s4", "s1"]
    assert session.current_step_id == "s1"
    session.undo()
    session.undo()
    assert [s.id for s in session.journey.steps] == ["s1", "s2", "s3", "s4"]
    assert session.journey.steps[0].note is None
    assert session.journey.steps[0].score == 2


def test_a_drag_to_another_column_and_lane_is_one_edit_one_save_one_analysis(
    library: Library, session: JourneySession
) -> None:
    analyses: list[object] = []
    session.analysis_changed.connect(lambda: analyses.append(session.analysis))
    with statements(library.engine) as seen:
        session.move_step("s4", 1, channel="phone")
    assert len(analyses) == 1
    assert seen.count("UPDATE") >= 2
    assert "SELECT" not in seen
    assert [(s.id, s.channel) for s in stored(library, session).steps] == [
        ("s1", "website"), ("s4", "phone"), ("s2", "website"), ("s3", "phone")]
    assert len(session.history) == 1
    session.undo()
    assert stored(library, session) == session.journey
    assert session.journey.steps[3].channel == "face_to_face"


def test_a_one_field_edit_is_two_statements_in_one_transaction(
    library: Library, session: JourneySession
) -> None:
    summaries: list[object] = []
    session.library_changed.connect(summaries.append)
    with statements(library.engine) as seen:
        session.change_step("s2", note="Error after picking a date")
    # One transaction (SQLite's BEGIN IMMEDIATE, implicit on PostgreSQL): the journey's
    # version and the one step row; nothing is read back.
    assert [statement for statement in seen if statement != "BEGIN"] == ["UPDATE", "UPDATE"]
    (summary,) = summaries
    assert summary is not None
    assert summary.title == "Hob repair"


def test_add_and_remove_steps(library: Library, session: JourneySession) -> None:
    new_id = session.add_step(2, Step("Chat", "chat", -1))
    assert new_id == "s5"
    assert session.current_index == 2
    assert [s.id for s in stored(library, session).steps] == ["s1", "s2", "s5", "s3", "s4"]
    session.remove_step("s5")
    assert session.current_step_id == "s3"
    session.undo()
    assert stored(library, session).steps[2].title == "Chat"


def test_an_invalid_edit_changes_nothing_and_records_nothing(session: JourneySession) -> None:
    before = session.journey
    with pytest.raises(InvalidJourneyError):
        session.change_step("s1", phase="No such phase")
    assert session.journey == before
    assert len(session.history) == 0


def test_undo_of_an_edit_on_another_journey_opens_it_again(session: JourneySession) -> None:
    hob_id = session.journey_id
    session.change_step("s1", title="Searches")
    session.open_journey_or_first(None)
    second = next(s.id for s in session.library.list_summaries() if s.title == "Second")
    session.open_journey(second)
    session.undo()
    assert session.journey_id == hob_id
    assert session.journey.steps[0].title == "Search the part"


class FailingAdd:
    """A library whose writes of whole journeys fail, as a dropped server would."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def __getattr__(self, name: str) -> object:
        return getattr(self._library, name)

    def add(self, journey: Journey) -> object:
        raise LibraryError("db.example.org", Trouble.UNREACHABLE, "connection refused")

    def delete(self, journey_id: int) -> object:
        raise LibraryError("db.example.org", Trouble.UNREACHABLE, "connection refused")


def test_a_failed_database_call_leaves_the_history_as_it_was(library: Library) -> None:
    session = JourneySession(FailingAdd(library))  # type: ignore[arg-type]
    session.open_journey_or_first(None)
    session.change_step("s1", score=0)
    for action in (lambda: session.new_journey(Journey("New")),
                   lambda: session.duplicate_journey(session.journey_id or 0, "Copy"),
                   lambda: session.delete_journey(session.journey_id or 0)):
        with pytest.raises(LibraryError):
            action()
        assert len(session.history) == 1
        assert session.history.undo_label == ("Edit step %1", ("1",))
    assert len(library.list_summaries()) == 2


def test_new_duplicate_and_delete_journeys_undo(library: Library, session: JourneySession) -> None:
    session.new_journey(Journey("Fresh"))
    assert session.journey.title == "Fresh"
    assert len(library.list_summaries()) == 3
    session.undo()
    assert len(library.list_summaries()) == 2
    assert session.journey.title == "Hob repair"
    hob_id = session.journey_id
    assert hob_id is not None
    session.delete_journey(hob_id)
    assert "Hob repair" not in [s.title for s in library.list_summaries()]
    session.undo()
    assert session.journey.title == "Hob repair"
    session.change_step("s1", score=-1)  # still saves under the restored id
    assert stored(library, session).steps[0].score == -1


class FlakySave:
    """A library whose saves fail while ``down`` is true."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self.down = False

    def __getattr__(self, name: str) -> object:
        return getattr(self._library, name)

    def save(self, *args: object, **kwargs: object) -> object:
        if self.down:
            raise LibraryError("db.example.org", Trouble.UNREACHABLE, "connection refused")
        return self._library.save(*args, **kwargs)  # type: ignore[arg-type]


def test_a_failed_save_keeps_the_edit_in_the_journal_until_a_save_works(
    library: Library, journal: RecoveryJournal
) -> None:
    flaky = FlakySave(library)
    session = JourneySession(flaky, journal=journal)  # type: ignore[arg-type]
    session.open_journey_or_first(None)
    failures: list[str] = []
    session.save_failed.connect(failures.append)
    flaky.down = True
    session.change_step("s1", title="Looks for the part")
    assert session.unsaved
    assert failures
    (pending,) = journal.pending()
    assert pending.journey.steps[0].title == "Looks for the part"
    flaky.down = False
    assert session.retry_save()
    assert journal.pending() == []
    assert library.get(pending.journey_id).journey.steps[0].title == "Looks for the part"


def test_what_a_crashed_session_left_in_the_journal_is_recovered(
    library: Library, journal: RecoveryJournal
) -> None:
    flaky = FlakySave(library)
    crashed = JourneySession(flaky, journal=journal)  # type: ignore[arg-type]
    assert journal.start() is False
    crashed.open_journey_or_first(None)
    flaky.down = True
    crashed.change_step("s2", note="typed while the server was away")
    # ... the app is killed here: no stop(), the journal and the marker stay.
    journal_again = RecoveryJournal(journal.folder, library.location)
    assert journal_again.start() is True
    session = JourneySession(library, journal=journal_again)
    (recovered,) = session.recover(lambda title: f"{title} (recovered)")
    assert (recovered.title, recovered.outcome) == ("Hob repair", "saved")
    assert library.get(crashed.journey_id or 0).journey.steps[1].note == (
        "typed while the server was away")
    assert journal_again.pending() == []


def test_a_recovered_edit_on_a_journey_changed_since_becomes_a_copy(
    library: Library, journal: RecoveryJournal
) -> None:
    hob_id = library.list_summaries()[0].id
    stored_now = library.get(hob_id)
    journal.keep(hob_id, stored_now.version, stored_now.journey.with_changes(goal="mine"))
    library.save(hob_id, stored_now.journey.with_changes(goal="theirs"), stored_now.version)
    session = JourneySession(library, journal=journal)
    (recovered,) = session.recover(lambda title: f"{title} (recovered)")
    assert recovered.outcome == "copied"
    goals = {s.title: library.get(s.id).journey.goal for s in library.list_summaries()}
    assert goals["Hob repair"] == "theirs"
    assert goals["Hob repair (recovered)"] == "mine"


def test_the_context_reanalyses_and_is_what_exports_use(session: JourneySession) -> None:
    session.change_step("s3", wait_minutes=12)
    assert any(f.rule == "slow-response" for f in session.analysis.findings)
    session.set_context(AnalysisContext("nl", AnalysisSettings(norm_overrides={"phone": 30})))
    assert not any(f.rule == "slow-response" for f in session.analysis.findings)
    assert session.analysis.lang == "nl"
