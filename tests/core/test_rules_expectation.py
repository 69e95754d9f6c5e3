"""The expectation, privacy, emotion and outcome rules: slow-response, no-written-record,
sensitive-unidentified, emotional-cliff and unresolved-ending."""

from __future__ import annotations

import pytest
from journey_builder import found, journey, step

from journeymap.core.findings import Category, Severity
from journeymap.core.settings import AnalysisSettings

# --- slow-response ----------------------------------------------------------------------------


@pytest.mark.parametrize(("wait", "severity"), [
    (5, None), (5.5, Severity.LOW), (10, Severity.LOW), (10.5, Severity.MEDIUM),
    (20, Severity.MEDIUM), (20.5, Severity.HIGH), (600, Severity.HIGH),
])
def test_phone_wait_bands_around_the_five_minute_norm(
        wait: float, severity: Severity | None) -> None:
    findings = found(journey(step("phone", wait_minutes=wait)), "slow-response")
    assert [f.severity for f in findings] == ([severity] if severity else [])


@pytest.mark.parametrize(("wait", "severity"), [
    (0, None), (0.5, Severity.LOW), (2, Severity.LOW), (2.5, Severity.MEDIUM),
    (4, Severity.MEDIUM), (4.5, Severity.HIGH),
])
def test_channels_that_answer_immediately_use_a_one_minute_floor(
        wait: float, severity: Severity | None) -> None:
    findings = found(journey(step("website", wait_minutes=wait)), "slow-response")
    assert [f.severity for f in findings] == ([severity] if severity else [])


def test_slow_response_explains_wait_and_norm() -> None:
    subject = journey(step("phone", title="Call", wait_minutes=8))
    (finding,) = found(subject, "slow-response")
    assert finding.category is Category.EXPECTATION
    assert "8 minutes" in finding.message
    assert "within 5 minutes" in finding.message
    (dutch,) = found(subject, "slow-response", lang="nl")
    assert "8 minuten" in dutch.message
    assert "binnen 5 minuten" in dutch.message


def test_email_norm_is_a_day() -> None:
    assert found(journey(step("email", wait_minutes=1440)), "slow-response") == []
    (finding,) = found(journey(step("email", wait_minutes=2880)), "slow-response")
    assert "2 days" in finding.message
    assert "within 1 day" in finding.message


def test_user_norm_overrides_the_catalogue() -> None:
    subject = journey(step("phone", wait_minutes=8))
    assert found(subject, "slow-response",
                 settings=AnalysisSettings(norm_overrides={"phone": 10})) == []
    strict = AnalysisSettings(norm_overrides={"phone": 1})
    assert [f.severity for f in found(subject, "slow-response", settings=strict)] == [
        Severity.HIGH]


def test_no_wait_recorded_no_finding() -> None:
    assert found(journey(step("phone")), "slow-response") == []


# --- no-written-record ------------------------------------------------------------------------


@pytest.mark.parametrize(("channel", "outcome"), [("phone", "success"), ("phone", "pending"),
                                                  ("video", "success")])
def test_call_without_a_written_follow_up(channel: str, outcome: str) -> None:
    (finding,) = found(journey(step(channel, outcome=outcome)), "no-written-record")
    assert finding.step_indexes == (0,)
    assert finding.severity is Severity.LOW


@pytest.mark.parametrize("written", ["email", "letter", "portal", "messaging", "sms"])
def test_a_later_written_step_is_a_record(written: str) -> None:
    subject = journey(step("phone"), step(written, initiator="organisation"))
    assert found(subject, "no-written-record") == []


def test_a_written_step_before_the_call_is_no_record_of_it() -> None:
    subject = journey(step("email"), step("phone"))
    assert found(subject, "no-written-record")[0].step_indexes == (1,)


@pytest.mark.parametrize(("channel", "outcome"), [("phone", "failed"), ("phone", "abandoned"),
                                                  ("chat", "success"), ("face_to_face", "success")])
def test_failed_calls_and_other_channels_need_no_record(channel: str, outcome: str) -> None:
    assert found(journey(step(channel, outcome=outcome)), "no-written-record") == []


def test_one_conversation_is_one_finding() -> None:
    subject = journey(step("phone", title="Greeting"), step("phone", title="Agreement"),
                      step("website"), step("video", title="Video"))
    findings = found(subject, "no-written-record")
    assert [f.step_indexes for f in findings] == [(0, 1), (3,)]
    assert "'Agreement'" in findings[0].message


# --- sensitive-unidentified -------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["chat", "social", "email", "website", "ivr"])
def test_sensitive_data_on_a_channel_without_identification(channel: str) -> None:
    (finding,) = found(journey(step(channel, sensitive=True)), "sensitive-unidentified")
    assert finding.category is Category.PRIVACY
    assert finding.severity is Severity.HIGH


@pytest.mark.parametrize(("channel", "sensitive"), [("phone", True), ("portal", True),
                                                    ("chat", False), ("chat", None)])
def test_identified_channel_or_nothing_sensitive(channel: str, sensitive: bool | None) -> None:
    assert found(journey(step(channel, sensitive=sensitive)), "sensitive-unidentified") == []


# --- emotional-cliff --------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "after", "fires"), [
    (2, -1, True), (2, -2, True), (1, -2, True), (1, -1, False), (2, 0, False), (-2, 2, False),
])
def test_a_drop_of_three_or_more_is_a_cliff(before: int, after: int, fires: bool) -> None:
    subject = journey(step("website", before, title="Pick a date"),
                      step("website", after, title="Error"))
    findings = found(subject, "emotional-cliff")
    assert len(findings) == int(fires)
    if fires:
        assert findings[0].step_indexes == (0, 1)
        assert f"from {before:+d} to {after:+d}" in findings[0].message


# --- unresolved-ending ------------------------------------------------------------------------


@pytest.mark.parametrize(("outcome", "score", "words"), [
    ("pending", 1, "still waiting"), ("failed", 0, "did not get"), ("abandoned", 0, "gave up"),
    ("success", -1, "score of -1"),
])
def test_journey_that_ends_unresolved(outcome: str, score: int, words: str) -> None:
    subject = journey(step("website", 1), step("phone", score, outcome=outcome))
    (finding,) = found(subject, "unresolved-ending")
    assert finding.step_indexes == (1,)
    assert finding.severity is Severity.HIGH
    assert words in finding.message


def test_journey_that_ends_well_after_a_failure() -> None:
    subject = journey(step("website", -2, outcome="failed"), step("phone", 0))
    assert found(subject, "unresolved-ending") == []
    assert found(journey(), "unresolved-ending") == []


def test_a_failed_moment_inside_a_call_does_not_split_it() -> None:
    subject = journey(step("phone"), step("phone", outcome="failed"), step("phone"))
    assert [f.step_indexes for f in found(subject, "no-written-record")] == [(0, 2)]
