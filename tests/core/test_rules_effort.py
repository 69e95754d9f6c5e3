"""The effort rules: repeat-contact and channel-hopping."""

from __future__ import annotations

import pytest
from journey_builder import found, journey, step

from journeymap.core.findings import Category, Severity
from journeymap.core.settings import AnalysisSettings

# --- repeat-contact ---------------------------------------------------------------------------


@pytest.mark.parametrize("chase_channel", ["phone", "chat", "face_to_face", "email"])
def test_customer_chasing_a_pending_contact(chase_channel: str) -> None:
    subject = journey(step("phone", 0, title="Request a basket", outcome="pending"),
                      step(chase_channel, -1, title="Ask about the status"))
    (finding,) = found(subject, "repeat-contact")
    assert finding.step_indexes == (0, 1)
    assert finding.category is Category.EFFORT
    assert finding.severity is Severity.MEDIUM
    assert "'Request a basket'" in finding.message


def test_chasing_through_self_service_is_no_repeat_contact() -> None:
    subject = journey(step("phone", outcome="pending"), step("portal"), step("website"))
    assert found(subject, "repeat-contact") == []


def test_pending_self_service_step_is_not_chased() -> None:
    subject = journey(step("website", outcome="pending"), step("phone"))
    assert found(subject, "repeat-contact") == []


def test_organisation_follow_up_closes_the_wait() -> None:
    subject = journey(step("phone", outcome="pending"),
                      step("letter", initiator="organisation"),
                      step("phone"))
    assert found(subject, "repeat-contact") == []


@pytest.mark.parametrize("outcome", ["failed", "abandoned"])
def test_a_call_back_that_never_comes_does_not_end_the_wait(outcome: str) -> None:
    subject = journey(step("phone", 0, title="Ask for a call back", outcome="pending"),
                      step("callback", -2, title="Promised call back", initiator="organisation",
                           outcome=outcome),
                      step("chat", -1, title="Ask in the chat where things stand"))
    (finding,) = found(subject, "repeat-contact")
    assert finding.step_indexes == (0, 2)
    assert "'Ask for a call back'" in finding.message


def test_organisation_contact_that_is_pending_again_keeps_the_customer_waiting() -> None:
    subject = journey(step("phone", outcome="pending"),
                      step("email", initiator="organisation", outcome="pending"),
                      step("phone"))
    (finding,) = found(subject, "repeat-contact")
    assert finding.step_indexes == (1, 2)


def test_organisation_initiated_call_is_not_the_customer_chasing() -> None:
    subject = journey(step("phone", outcome="pending"),
                      step("phone", initiator="organisation", outcome="pending"))
    assert found(subject, "repeat-contact") == []


def test_each_further_chase_is_its_own_finding() -> None:
    subject = journey(step("phone", outcome="pending"), step("phone", outcome="pending"),
                      step("chat"), step("chat"))
    assert [f.step_indexes for f in found(subject, "repeat-contact")] == [(0, 1), (1, 2)]


# --- channel-hopping --------------------------------------------------------------------------


def test_three_switches_between_two_channels_is_hopping() -> None:
    subject = journey(step("website"), step("phone"), step("website"), step("phone"))
    (finding,) = found(subject, "channel-hopping")
    assert finding.step_indexes == (1, 2, 3)
    assert finding.severity is Severity.MEDIUM
    assert "2 channels (website and phone)" in finding.message
    assert "3 times" in finding.message


def test_two_switches_and_three_channels_is_below_both_thresholds() -> None:
    subject = journey(step("website"), step("website"), step("phone"), step("email"))
    assert found(subject, "channel-hopping") == []


def test_four_channels_is_hopping() -> None:
    subject = journey(step("website"), step("phone"), step("email"), step("letter"))
    (finding,) = found(subject, "channel-hopping", lang="nl")
    assert "4 kanalen (website, telefoon, e-mail en brief)" in finding.message


def test_thresholds_come_from_the_settings() -> None:
    subject = journey(step("website"), step("phone"), step("website"))
    assert found(subject, "channel-hopping") == []
    settings = AnalysisSettings(rule_params={"channel-hopping": {"min_switches": 2}})
    assert len(found(subject, "channel-hopping", settings=settings)) == 1
