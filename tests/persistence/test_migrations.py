"""Migrations keep every journey: from the first revision to head, with a backup beforehand."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from journeymap.core.model import Journey, JourneyKind
from journeymap.persistence import Library, LibraryError, Trouble
from journeymap.persistence.database import make_engine
from journeymap.persistence.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    alembic_config,
    upgrade_to_head,
)

FIRST_REVISION = "0001"
TEST_REVISION = "t999"
Small = Callable[..., Journey]


def _create_at_first_revision(engine: Engine, journeys: list[Journey]) -> None:
    """Make the schema of the first revision and store ``journeys`` with its columns only."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, FIRST_REVISION)
        for number, journey in enumerate(journeys, start=1):
            connection.execute(
                text("INSERT INTO journey (id, title, persona, organisation, goal, description,"
                     " author, date, language, phases, created_at, updated_at, version) VALUES"
                     " (:id, :title, :persona, :organisation, :goal, :description, :author,"
                     " :date, :language, :phases, :now, :now, 1)"),
                {"id": number, "title": journey.title, "persona": journey.persona,
                 "organisation": journey.organisation, "goal": journey.goal,
                 "description": journey.description, "author": journey.author,
                 "date": journey.date, "language": journey.language,
                 "phases": json.dumps(list(journey.phases)), "now": "2024-01-02 03:04:05"},
            )
            for position, step in enumerate(journey.steps):
                connection.execute(
                    text("INSERT INTO step (journey_id, position, title, channel, score, phase,"
                         " initiator, outcome, info_given, recognized, context_available,"
                         " referred_to, wait_minutes, elapsed_days, sensitive, evidence, note)"
                         " VALUES (:journey_id, :position, :title, :channel, :score, :phase,"
                         " :initiator, :outcome, :info_given, :recognized, :context_available,"
                         " :referred_to, :wait_minutes, :elapsed_days, :sensitive, :evidence,"
                         " :note)"),
                    {"journey_id": number, "position": position, "title": step.title,
                     "channel": step.channel, "score": step.score, "phase": step.phase,
                     "initiator": str(step.initiator), "outcome": str(step.outcome),
                     "info_given": json.dumps(list(step.info_given)),
                     "recognized": step.recognized, "context_available": step.context_available,
                     "referred_to": step.referred_to, "wait_minutes": step.wait_minutes,
                     "elapsed_days": step.elapsed_days, "sensitive": step.sensitive,
                     "evidence": None if step.evidence is None else str(step.evidence),
                     "note": step.note},
                )
        connection.execute(text("INSERT INTO library_meta (key, value) VALUES ('seeded', 'true')"))


def _scripts_with(tmp_path: Path, upgrade_body: str) -> Path:
    """Return a copy of the app's migrations plus a revision on top running ``upgrade_body``."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{TEST_REVISION}_test.py").write_text(
        '"""Test revision."""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "{TEST_REVISION}"\ndown_revision = "{HEAD_REVISION}"\n'
        'branch_labels = None\ndepends_on = None\n\n\n'
        f"def upgrade() -> None:\n{upgrade_body}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return scripts


def _first_revision_content(journey: Journey) -> Journey:
    """Return ``journey`` as the first revision could store it: no kind, plan, tags or step ids.

    Its steps get the ids ``s1`` .. ``sN`` again, which is what the migration gives them.
    """
    return journey.with_changes(
        kind=JourneyKind.ACTUAL, plan=None, tags=(),
        steps=tuple(step.with_changes(id="", planned_step=None) for step in journey.steps))


@pytest.fixture
def journeys(journey: Journey, make_small: Small) -> list[Journey]:
    return [_first_revision_content(journey), make_small("Second", steps=5),
            make_small("Empty", steps=0)]


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_every_journey_survives_the_upgrade_from_the_first_revision(
    tmp_path: Path, journeys: list[Journey]
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    _create_at_first_revision(engine, journeys)
    engine.dispose()

    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        stored = [library.get(summary.id).journey for summary in library.list_summaries()]

    assert stored == journeys


def test_a_table_rebuild_keeps_the_steps_and_a_backup_is_made(
    tmp_path: Path, journeys: list[Journey]
) -> None:
    path = tmp_path / "lib.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    _create_at_first_revision(engine, journeys)
    # Rebuilding the parent table drops it: with foreign keys on, its steps would cascade away.
    scripts = _scripts_with(tmp_path, '    with op.batch_alter_table("journey", '
                            'recreate="always") as batch:\n'
                            '        batch.add_column(sa.Column("colour", sa.Text()))')

    backup = upgrade_to_head(engine, script_location=scripts)

    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM step").scalar() == sum(
            len(j.steps) for j in journeys
        )
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    assert _revision(path) == TEST_REVISION
    assert backup is not None
    assert backup.parent == path.parent
    assert _revision(backup) == FIRST_REVISION
    with closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("SELECT count(*) FROM journey").fetchone() == (len(journeys),)


def test_a_failing_migration_changes_nothing(tmp_path: Path, journeys: list[Journey]) -> None:
    path = tmp_path / "lib.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    _create_at_first_revision(engine, journeys)
    scripts = _scripts_with(tmp_path, '    op.drop_column("journey", "persona")\n'
                            '    raise RuntimeError("migration bug")')

    with pytest.raises(RuntimeError, match="migration bug"):
        upgrade_to_head(engine, script_location=scripts)
    engine.dispose()

    assert _revision(path) == FIRST_REVISION
    with Library.open(f"sqlite:///{path}", samples=lambda: []) as library:
        assert [library.get(s.id).journey for s in library.list_summaries()] == journeys


def test_a_new_library_needs_no_backup(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")

    assert upgrade_to_head(engine) is None
    engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_a_library_from_a_newer_app_is_refused(tmp_path: Path, make_small: Small) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(f"sqlite:///{path}", samples=lambda: [make_small()]):
        pass
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
        raw.commit()

    with pytest.raises(LibraryError, match="newer version of JourneyMap") as caught:
        Library.open(f"sqlite:///{path}")

    assert caught.value.trouble is Trouble.NEWER
    assert str(path) in str(caught.value)
    assert _revision(path) == "f00d_from_the_future"
