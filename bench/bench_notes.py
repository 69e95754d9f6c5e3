"""How well does the note reader propose annotations? Precision and recall on a held-out set.

``bench/data/notes_heldout.json`` holds note sentences written for this measure and never used to
tune the phrase catalogues: 60 per language, half of them with nothing to propose. Each sentence
is the note of the second step of a two-step journey (a request made online, then a contact on
the given channel), and names the annotations a designer would accept for that step. A proposal
counts as right when its field and value are expected; ``info_given`` is left out (it needs items
named in earlier steps, which the cooking-hob tests cover).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from journeymap.core.model import Journey, Step
from journeymap.notes import read_journey

DATA = Path(__file__).resolve().parent / "data" / "notes_heldout.json"
FIRST_STEP = {"nl": "Aanvraag online gedaan", "en": "Request made online"}
SECOND_STEP = {"nl": "Contact", "en": "Contact"}


def proposed(lang: str, channel: str, note: str) -> set[tuple[str, object]]:
    """Return the (field, value) pairs the reader proposes for the note's step."""
    journey = Journey(title="Held-out", language=lang, steps=(
        Step(title=FIRST_STEP[lang], channel="website", score=0),
        Step(title=SECOND_STEP[lang], channel=channel, score=0, note=note or None),
    ))
    return {(p.field, p.value) for p in read_journey(journey).proposals
            if p.step_id == journey.steps[1].id and p.field != "info_given"}


def main() -> None:
    """Measure and print precision and recall per language and field."""
    items = json.loads(DATA.read_text(encoding="utf-8"))
    for lang in ("nl", "en"):
        right, wrong, missed = Counter[str](), Counter[str](), Counter[str]()
        mistakes: list[str] = []
        for item in (i for i in items if i["lang"] == lang):
            expected = {(name, value) for name, value in item["expect"].items()}
            found = proposed(lang, item["channel"], item["note"])
            for name, _value in found & expected:
                right[name] += 1
            for name, value in found - expected:
                wrong[name] += 1
                mistakes.append(f"  extra   {name}={value!r}: {item['note']!r}")
            for name, value in expected - found:
                missed[name] += 1
                mistakes.append(f"  missed  {name}={value!r}: {item['note']!r}")
        tp, fp, fn = sum(right.values()), sum(wrong.values()), sum(missed.values())
        sentences = sum(1 for i in items if i["lang"] == lang)
        print(f"{lang}: {sentences} sentences; precision {tp / max(tp + fp, 1):.2f} "
              f"({tp} right, {fp} wrong), recall {tp / max(tp + fn, 1):.2f} ({fn} missed)")
        for name in sorted(set(right) | set(wrong) | set(missed)):
            t, f, m = right[name], wrong[name], missed[name]
            print(f"  {name:18s} precision {t / max(t + f, 1):.2f}  recall {t / max(t + m, 1):.2f}"
                  f"  ({t} right, {f} wrong, {m} missed)")
        print("\n".join(mistakes))


if __name__ == "__main__":
    main()
