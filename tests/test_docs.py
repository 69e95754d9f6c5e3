"""The public contract in docs/ agrees with the catalogues and commands in the code."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from journeymap.cli import build_parser
from journeymap.core.channels import CHANNELS
from journeymap.core.rule_catalogue import RULES

DOCS = Path(__file__).resolve().parents[1] / "docs"


def table_rows(text: str, first_header: str) -> list[list[str]]:
    """Return the cells of the Markdown table whose first header cell is ``first_header``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if line.startswith("|") and line.strip("| ").split(" |")[0] == first_header)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


def test_the_channel_table_is_the_catalogue() -> None:
    rows = table_rows((DOCS / "journey-format.md").read_text(encoding="utf-8"), "id")

    documented = [(row[0].strip("`"), row[1], row[2], row[3], row[4] == "yes", float(row[5]),
                   row[6] == "yes", tuple(alias.strip() for alias in row[7].split(",")))
                  for row in rows]
    assert documented == [(c.id, c.name_en, c.name_nl, c.mode.value, c.identifies,
                           c.norm_minutes, c.written, c.aliases) for c in CHANNELS]


def test_the_rule_table_is_the_catalogue() -> None:
    rows = table_rows((DOCS / "journey-format.md").read_text(encoding="utf-8"), "rule id")

    assert [(row[0].strip("`"), row[1]) for row in rows] == [
        (rule.id, rule.category.value) for rule in RULES]


def test_every_command_is_documented() -> None:
    text = (DOCS / "command-line.md").read_text(encoding="utf-8")

    documented = set(re.findall(r"^\| `journeymap (\w+)", text, flags=re.MULTILINE))
    subparsers = next(action for action in build_parser()._actions
                      if isinstance(action, argparse._SubParsersAction))
    assert documented == set(subparsers.choices)
