"""``journeymap settings list|get|set|unset``: the preferences the app's Preferences dialog edits.

The keys are ``language``, ``database_url`` and ``norm.CHANNEL`` (the answer time customers
expect on a channel, in minutes). Every command that analyses uses the norms set here.
"""

from __future__ import annotations

import argparse
from typing import Any

from journeymap.cli import EXIT_OK, UsageError
from journeymap.preferences import (
    SettingError,
    get_setting,
    is_set,
    load_preferences,
    preferences_path,
    save_preferences,
    setting_keys,
    with_setting,
    without_setting,
)


def add_parser(subparsers: Any) -> None:
    """Register the ``settings`` command."""
    parser = subparsers.add_parser(
        "settings", help="show or change the preferences (language, library, channel norms)",
        description="Show or change the preferences the app and every command use: language, "
        "database_url and norm.CHANNEL (the answer time customers expect on a channel, in "
        "minutes, for example norm.phone 5).",
    )
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    lister = actions.add_parser("list", help="every setting with its value")
    lister.set_defaults(run=run)
    getter = actions.add_parser("get", help="the value of one setting")
    getter.add_argument("key", metavar="KEY")
    getter.set_defaults(run=run)
    setter = actions.add_parser("set", help="change one setting")
    setter.add_argument("key", metavar="KEY")
    setter.add_argument("value", metavar="VALUE")
    setter.set_defaults(run=run)
    unsetter = actions.add_parser("unset", help="put one setting back to its default")
    unsetter.add_argument("key", metavar="KEY")
    unsetter.set_defaults(run=run)


def _shown(value: str | float | None) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return value


def run(args: argparse.Namespace) -> int:
    """Run one settings action."""
    prefs = load_preferences()
    action = args.settings_action
    try:
        if action == "list":
            for key in setting_keys():
                marker = "" if is_set(prefs, key) else "   (default)"
                print(f"{key} = {_shown(get_setting(prefs, key))}{marker}")
        elif action == "get":
            print(_shown(get_setting(prefs, args.key)))
        elif action == "set":
            save_preferences(with_setting(prefs, args.key, args.value))
            print(f"{args.key} = {_shown(get_setting(load_preferences(), args.key))}"
                  f"   (in {preferences_path()})")
        else:
            save_preferences(without_setting(prefs, args.key))
            print(f"{args.key} = {_shown(get_setting(load_preferences(), args.key))}   (default)")
    except SettingError as error:
        raise UsageError(f"journeymap settings {action}: {error}") from None
    return EXIT_OK
