"""Opening the library pays only for what it needs: no SQLAlchemy for its errors, no alembic
for a library that is already up to date, and the head revision constant matches the scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from journeymap.persistence.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    alembic_config,
    head_revision,
)


def _loaded_after(code: str, *modules: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return which of ``modules`` it loaded."""
    probe = f"{code}\nimport sys\nprint(','.join(m for m in {modules!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return [name for name in done.stdout.strip().split(",") if name]


def test_head_revision_constant_is_the_newest_migration_script() -> None:
    assert head_revision(alembic_config(MIGRATIONS_DIR)) == HEAD_REVISION


def test_library_errors_import_without_sqlalchemy() -> None:
    code = ("from journeymap.persistence import ConflictError, LibraryError, Trouble\n"
            "import journeymap.persistence.errors")
    assert _loaded_after(code, "sqlalchemy", "sqlmodel", "alembic") == []


def test_an_up_to_date_library_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'library.sqlite3'}"
    create = f"from journeymap.persistence import Library\nLibrary.open({url!r}).close()"
    assert _loaded_after(create, "alembic") == ["alembic"]  # a new library is created by alembic
    reopen = (f"from journeymap.persistence import Library\nlibrary = Library.open({url!r})\n"
              "assert library.list_summaries() == []\nlibrary.close()")
    assert _loaded_after(reopen, "alembic", "sqlalchemy") == ["sqlalchemy"]
