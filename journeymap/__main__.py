"""Entry point: ``journeymap`` with a subcommand runs headless; without one it opens the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line, or the desktop app when no subcommand is given."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0].startswith("-") and args[0] not in ("-h", "--help", "--version"):
        return main_gui(args)
    from journeymap.cli import run_cli

    return run_cli(args)


def main_gui(argv: list[str] | None = None) -> int:
    """Open the desktop app (Qt is imported only here)."""
    from journeymap.app import run_app

    return run_app(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
