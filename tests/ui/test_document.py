"""The document: every edit undoable and saved at once; conflicts and lost saves are reported."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from journeymap.core.errors import InvalidJourneyError, NotFoundError
from journeymap.core.model import Journey, Outcome, Step
from journeymap.persistence import Library
from journeymap.ui.conflicts import describe_differences
from journeymap.ui.document import JourneyDocument
from journeymap.ui.i18n import install_language

STEPS = (
    Step("Book online", "website", -2, outcome=Outcome.FAILED),
    Step("Call", "phone", 1, context_available=False, info_given=("address",)),
)


@pytest.fixture
def opened(document: JourneyDocument, library: Library) -> JourneyDocument:
    stored = library.add(Journey(title="Test journey", steps=STEPS))
    document.open_journey(stored.id)
    return document


def titles(library: Library, journey_id: int) -> list[str]:
    return [s.title for s in library.get(journey_id).journey.steps]


def test_opening_shows_the_journey_and_its_analysis(opened: JourneyDocument) -> None:
    assert opened.journey.title == "Test journey"
    assert opened.current_step == 0
    assert {f.rule for f in opened.analysis.findings} >= {"failure-switch", "lost-context"}
    assert not opened.can_undo


def test_typing_a_field_merges_into_one_undo_step(qtbot: QtBot, opened: JourneyDocument,
                                                  second_library: Library) -> None:
    opened.begin_typing()
    for text in ("C", "Ca", "Cal", "Call the desk"):
        opened.update_step(1, title=text)
        # Every keystroke is in the library at once: a crash loses nothing typed.
        assert titles(second_library, opened.journey_id)[1] == text
    assert len(opened.session.history) == 1
    opened.begin_typing()  # leaving the field and coming back starts a new edit
    opened.update_step(1, title="Call the desk again")
    assert len(opened.session.history) == 2
    opened.undo()
    opened.undo()
    assert titles(second_library, opened.journey_id)[1] == "Call"


def test_an_invalid_edit_is_refused_and_nothing_is_pushed(opened: JourneyDocument) -> None:
    with pytest.raises(InvalidJourneyError, match="title"):
        opened.update_step(0, title="  ")
    with pytest.raises(InvalidJourneyError, match="phase"):
        opened.update_step(0, phase="Nowhere")
    assert len(opened.session.history) == 0
    assert opened.journey.steps[0].title == "Book online"


def test_insert_remove_move_are_undoable_and_saved(opened: JourneyDocument,
                                                   second_library: Library) -> None:
    journey_id = opened.journey_id
    opened.insert_step(1, Step("Chat", "chat", 0))
    assert opened.current_step == 1
    assert titles(second_library, journey_id) == ["Book online", "Chat", "Call"]
    opened.move_step(0, 2)
    assert titles(second_library, journey_id) == ["Chat", "Call", "Book online"]
    opened.remove_step(1)
    assert titles(second_library, journey_id) == ["Chat", "Book online"]
    for _ in range(3):
        opened.undo()
    assert titles(second_library, journey_id) == ["Book online", "Call"]
    for _ in range(3):
        opened.redo()
    assert titles(second_library, journey_id) == ["Chat", "Book online"]


def test_undo_goes_back_to_the_journey_it_changed(opened: JourneyDocument,
                                                  library: Library) -> None:
    first = opened.journey_id
    opened.update_step(0, score=1)
    other = library.add(Journey(title="Other"))
    opened.open_journey(other.id)
    opened.undo()
    assert opened.journey_id == first
    assert opened.journey.steps[0].score == -2


def test_delete_rename_duplicate_are_undoable(opened: JourneyDocument,
                                              second_library: Library) -> None:
    journey_id = opened.journey_id

    def listed() -> list[str]:
        return sorted(s.title for s in second_library.list_summaries())

    before = listed()
    opened.rename_journey(journey_id, "Renamed")
    assert "Renamed" in listed()
    opened.duplicate_journey(journey_id, "Renamed (copy)")
    assert opened.journey.title == "Renamed (copy)"
    assert listed().count("Renamed (copy)") == 1
    opened.delete_journey(opened.journey_id)
    assert "Renamed (copy)" not in listed()
    for _ in range(3):
        opened.undo()
    assert listed() == before
    for _ in range(3):
        opened.redo()
    assert "Renamed (copy)" not in listed()
    assert "Renamed" in listed()


def test_a_conflicting_save_is_not_overwritten(qtbot: QtBot, opened: JourneyDocument,
                                               second_library: Library) -> None:
    journey_id = opened.journey_id
    theirs = second_library.get(journey_id)
    second_library.save(journey_id, theirs.journey.with_changes(title="Theirs"), theirs.version)
    with qtbot.waitSignal(opened.save_conflicted):
        opened.update_journey(title="Mine")
    assert opened.unsaved
    assert opened.journey.title == "Mine"  # kept on screen
    assert second_library.get(journey_id).journey.title == "Theirs"
    assert any("Theirs" in line
               for line in describe_differences(opened.journey, opened.theirs()))
    opened.save_as_copy("Mine (copy)")
    assert second_library.get(opened.journey_id).journey.title == "Mine (copy)"
    assert second_library.get(journey_id).journey.title == "Theirs"
    assert not opened.unsaved


def test_reload_after_a_conflict_shows_their_version(qtbot: QtBot, opened: JourneyDocument,
                                                     second_library: Library) -> None:
    journey_id = opened.journey_id
    theirs = second_library.get(journey_id)
    second_library.save(journey_id, theirs.journey.with_changes(title="Theirs"), theirs.version)
    opened.update_journey(title="Mine")
    assert opened.unsaved
    opened.reload()
    assert opened.journey.title == "Theirs"
    assert not opened.unsaved
    opened.update_journey(title="Mine after all")
    assert second_library.get(journey_id).journey.title == "Mine after all"


class FlakyLibrary:
    """A library whose saves fail while ``down`` is set, like a lost database connection."""

    def __init__(self, real: Library) -> None:
        self.real = real
        self.down = False

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def save(self, *args: object, **kwargs: object) -> object:
        if self.down:
            raise ConnectionError("server closed the connection")
        return self.real.save(*args, **kwargs)  # type: ignore[arg-type]


def test_a_lost_connection_keeps_the_edit_and_retries(qtbot: QtBot, library: Library,
                                                      second_library: Library) -> None:
    flaky = FlakyLibrary(library)
    doc = JourneyDocument(flaky)
    journey_id = library.add(Journey(title="Flaky", steps=STEPS)).id
    doc.open_journey(journey_id)
    flaky.down = True
    with qtbot.waitSignal(doc.save_failed) as failed:
        doc.update_step(0, score=2)
    assert "connection" in failed.args[0]
    assert doc.unsaved
    assert doc.journey.steps[0].score == 2
    assert second_library.get(journey_id).journey.steps[0].score == -2
    assert not doc.retry_save()
    flaky.down = False
    assert doc.retry_save()
    assert second_library.get(journey_id).journey.steps[0].score == 2


def test_language_changes_the_analysis_texts(opened: JourneyDocument) -> None:
    english = {f.message for f in opened.analysis.findings}
    opened.set_language("nl")
    assert opened.analysis.lang == "nl"
    assert english.isdisjoint(f.message for f in opened.analysis.findings)


def test_undo_for_a_journey_deleted_elsewhere_reports_instead_of_crashing(
        qtbot: QtBot, opened: JourneyDocument, library: Library,
        second_library: Library) -> None:
    gone = opened.journey_id
    opened.update_step(0, score=1)
    opened.open_journey(library.add(Journey(title="Other")).id)
    second_library.delete(gone)
    with pytest.raises(NotFoundError):
        opened.undo()
    assert opened.journey.title == "Other"
    assert opened.can_undo  # the refused undo stays in the history


def test_undo_entries_speak_the_language_of_the_moment(opened: JourneyDocument) -> None:
    opened.update_step(1, title="Call the desk")
    assert opened.undo_text() == "Edit step 2"
    changed: list[bool] = []
    opened.history_changed.connect(lambda: changed.append(True))
    install_language("nl")
    try:
        opened.set_language("nl")
        assert changed
        assert opened.undo_text() == "Stap 2 bewerken"
    finally:
        install_language("en")
