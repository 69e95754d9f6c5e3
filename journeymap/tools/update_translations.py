"""Refresh the translation sources and compile them.

Run ``python -m journeymap.tools.update_translations``.

Runs ``pyside6-lupdate`` over the interface code (``journeymap/ui/*.py`` and ``journeymap/app.py``)
into ``resources/translations/journeymap_<lang>.ts`` and ``pyside6-lrelease`` into the ``.qm``
files the app loads. Translate new entries in the ``.ts`` (Qt Linguist or any editor), then run
this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from journeymap import paths

LANGUAGES = ("nl", "en")
#: English is the source language: its file holds only the plural forms of ``%n`` strings.
PLURAL_ONLY = ("en",)
_ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Return the files whose strings are translated."""
    package = _ROOT / "journeymap"
    return sorted((package / "ui").glob("*.py")) + [package / "app.py"]


def main() -> int:
    """Update every ``.ts`` file and compile it to ``.qm``."""
    folder = paths.resources_dir() / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    for lang in LANGUAGES:
        ts = folder / f"journeymap_{lang}.ts"
        options = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *options,
                        *files, "-ts", str(ts)], check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
