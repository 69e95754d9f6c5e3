"""The headless command line: imports no Qt, and each command loads only what it uses.

The commands and their outputs are specified in ``docs/journey-format.md``.

Every subcommand lives in its own module of this package and registers itself in ``COMMANDS``:
a module exposes ``add_parser(subparsers)`` and ``run(args) -> int``. Exit codes: 0 done,
2 bad input or usage (message on stderr naming the file and place), 1 anything else.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from journeymap import __version__
from journeymap.core.errors import JourneyError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "journeymap.cli.analyze_cmd",
    "journeymap.cli.aggregate_cmd",
    "journeymap.cli.compare_cmd",
    "journeymap.cli.export_cmd",
    "journeymap.cli.library_cmds",
    "journeymap.cli.settings_cmd",
)


class UsageError(JourneyError):
    """The command line was used wrongly (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise instead of exiting, so ``run_cli`` owns every exit code."""
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every available subcommand."""
    parser = _Parser(prog="journeymap", description="Map customer journeys and find where "
                     "channels fail to work together. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMANDS:
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    """Parse ``argv``, run the subcommand and return its exit code."""
    try:
        args = build_parser().parse_args(list(argv))
        if args.command is None:
            raise UsageError("journeymap: give a command, or none to open the desktop app")
        return int(args.run(args))
    except (UsageError, JourneyError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT if _is_bad_input(error) else EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"journeymap: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT if isinstance(error, FileNotFoundError | IsADirectoryError) else 1


def _is_bad_input(error: Exception) -> bool:
    from journeymap.core.errors import InvalidJourneyError, NotFoundError

    return isinstance(error, UsageError | InvalidJourneyError | NotFoundError)
