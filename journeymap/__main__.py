"""Entry point: ``journeymap`` with a subcommand runs headless; without one it opens the app.

``journeymap FILE`` (an existing journey file: ``.json``, ``.csv``, ``.cjml``, ``.xml``) opens the
app with that file imported, which is what a file manager runs for "Open with JourneyMap".
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Journey files the desktop app opens from the command line (the app's ``IMPORTABLE``).
JOURNEY_SUFFIXES = (".json", ".csv", ".cjml", ".xml")


def main(argv: list[str] | None = None) -> int:
    """Run the command line, or the desktop app when no subcommand is given."""
    args = sys.argv[1:] if argv is None else argv
    if (not args or args[0].startswith("-") and args[0] not in ("-h", "--help", "--version")
            or is_journey_file(args[0])):
        return main_gui(args)
    from journeymap.cli import run_cli

    return run_cli(args)


def is_journey_file(arg: str) -> bool:
    """Return whether ``arg`` names an existing journey file (not a subcommand)."""
    return arg.lower().endswith(JOURNEY_SUFFIXES) and Path(arg).is_file()


def main_gui(argv: list[str] | None = None) -> int:
    """Open the desktop app (Qt is imported only here)."""
    from journeymap.app import run_app

    return run_app(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
