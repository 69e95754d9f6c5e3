"""The score summary of a journey."""

from __future__ import annotations

import pytest
from journey_builder import journey, step

from journeymap.core.findings import CurvePoint, GroupScore
from journeymap.core.scoring import score_journey


def test_counts_total_mean_and_lowest_point() -> None:
    subject = journey(step("website", 1), step("website", -2), step("phone", 0),
                      step("phone", 2), step("phone", -2))
    score = score_journey(subject)
    assert (score.total, score.plus, score.minus, score.neutral) == (-1, 2, 2, 1)
    assert score.mean == pytest.approx(-0.2)
    assert score.lowest_step_index == 1  # the first of the two lowest


def test_empty_journey() -> None:
    score = score_journey(journey())
    assert (score.total, score.plus, score.minus, score.neutral, score.mean) == (0, 0, 0, 0, 0.0)
    assert score.lowest_step_index is None
    assert score.by_channel == {}
    assert score.curve == ()


def test_groups_per_channel_and_phase_in_order_of_first_use() -> None:
    subject = journey(step("phone", 1, phase="Contact"), step("website", -1, phase="Orientation"),
                      step("phone", -2, phase="Contact"), step("email", 2),
                      phases=("Orientation", "Contact"))
    score = score_journey(subject)
    assert list(score.by_channel) == ["phone", "website", "email"]
    assert score.by_channel["phone"] == GroupScore(steps=2, total=-1, mean=-0.5)
    assert score.by_phase == {"Contact": GroupScore(2, -1, -0.5),
                              "Orientation": GroupScore(1, -1, -1.0)}


def test_curve_is_one_based_with_running_total() -> None:
    score = score_journey(journey(step(score=2), step(score=-1), step(score=-2)))
    assert score.curve == (CurvePoint(1, 2, 2), CurvePoint(2, -1, 1), CurvePoint(3, -2, -1))
    assert [point.cumulative for point in score.curve] == [2, 1, -1]  # named points
