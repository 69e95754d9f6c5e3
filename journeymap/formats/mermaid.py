"""Export a journey as a Mermaid ``journey`` diagram (text a wiki or Markdown viewer can draw).

Mermaid scores a task from 1 to 5; JourneyMap's -2..2 maps onto it as ``score + 3``. A task line is
``Title: score: Channel``; Mermaid splits on ``:`` and treats ``;`` and ``#`` specially, so those
are replaced in texts, and line breaks become spaces. Steps follow in journey order; a new
section starts whenever the phase changes, and steps without a phase go in a section named
"Steps" ("Stappen" in Dutch).
"""

from __future__ import annotations

import re

from journeymap.core.channels import channel
from journeymap.core.model import Journey

#: Characters Mermaid reads as syntax inside a task or section, and what they become.
_REPLACEMENTS = {":": " -", ";": ",", "#": "no.", "%": " percent", "\r": " ", "\n": " "}
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")  # 10:30 reads better as 10.30 than 10 -30
_UNPHASED = {"en": "Steps", "nl": "Stappen"}


def mermaid_text(text: str) -> str:
    """Return ``text`` safe for one Mermaid line: no ``:``, ``;``, ``#``, ``%`` or line breaks."""
    text = _CLOCK_COLON.sub(".", text)
    for char, replacement in _REPLACEMENTS.items():
        text = text.replace(char, replacement)
    return " ".join(text.split())


def mermaid_score(score: int) -> int:
    """Return the Mermaid score (1..5) of a JourneyMap score (-2..2)."""
    return score + 3


def to_mermaid(journey: Journey, lang: str = "en") -> str:
    """Return the Mermaid ``journey`` diagram of ``journey``, channel names in ``lang``."""
    lines = ["journey", f"    title {mermaid_text(journey.title) or '-'}"]
    current: object = object()
    for number, step in enumerate(journey.steps, start=1):
        if step.phase != current:
            current = step.phase
            name = step.phase if step.phase is not None else _UNPHASED.get(lang, "Steps")
            lines.append(f"    section {mermaid_text(name) or '-'}")
        title = mermaid_text(step.title) or f"Step {number}"
        lines.append(f"      {title}: {mermaid_score(step.score)}: "
                     f"{mermaid_text(channel(step.channel).name(lang))}")
    return "\n".join(lines) + "\n"
