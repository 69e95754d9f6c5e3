"""The planned-and-actual labels exist in both languages with the same fields."""

from __future__ import annotations

from journeymap.core.plan_texts import PLAN_LABELS
from journeymap.core.texts import placeholders


def test_both_languages_have_every_label_with_the_same_fields() -> None:
    english, dutch = PLAN_LABELS["en"], PLAN_LABELS["nl"]
    assert set(english) == set(dutch)
    for key, text in english.items():
        assert placeholders(text) == placeholders(dutch[key]), key
        assert dutch[key].strip(), key
