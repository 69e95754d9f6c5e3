"""The integration rules: failure-switch, lost-context, repeated-information,
recognized-without-context and referral-to-failed-channel."""

from __future__ import annotations

import pytest
from journey_builder import found, journey, step

from journeymap.core.findings import Category, Severity

# --- failure-switch -------------------------------------------------------------------------


@pytest.mark.parametrize("outcome", ["failed", "abandoned"])
def test_failure_followed_by_another_channel_is_a_switch(outcome: str) -> None:
    subject = journey(step("website", -2, title="Book online", outcome=outcome),
                      step("phone", 0, title="Call the contact centre"))
    (finding,) = found(subject, "failure-switch")
    assert finding.step_indexes == (0, 1)
    assert finding.category is Category.INTEGRATION
    assert finding.severity is Severity.MEDIUM
    assert "'Book online'" in finding.message
    assert "'Call the contact centre'" in finding.message


@pytest.mark.parametrize(("next_score", "severity"),
                         [(-1, Severity.HIGH), (-2, Severity.HIGH), (0, Severity.MEDIUM),
                          (2, Severity.MEDIUM)])
def test_failure_switch_is_high_when_the_next_step_scores_below_zero(
        next_score: int, severity: Severity) -> None:
    subject = journey(step("website", -2, outcome="failed"), step("phone", next_score))
    assert [f.severity for f in found(subject, "failure-switch")] == [severity]


def test_retry_on_the_same_channel_is_no_switch() -> None:
    subject = journey(step("website", -2, outcome="failed"), step("website", 1))
    assert found(subject, "failure-switch") == []


def test_success_followed_by_another_channel_is_no_failure_switch() -> None:
    subject = journey(step("website", 1), step("phone", 1))
    assert found(subject, "failure-switch") == []


def test_failing_last_step_has_no_switch() -> None:
    assert found(journey(step("phone", 1), step("website", -2, outcome="failed")),
                 "failure-switch") == []


def test_organisation_steps_in_between_are_skipped() -> None:
    subject = journey(step("website", -2, outcome="failed"),
                      step("email", 0, initiator="organisation"),
                      step("phone", -1))
    (finding,) = found(subject, "failure-switch")
    assert finding.step_indexes == (0, 2)
    assert finding.severity is Severity.HIGH
    retry = journey(step("website", -2, outcome="failed"),
                    step("email", 0, initiator="organisation"), step("website", 1))
    assert found(retry, "failure-switch") == []


# --- lost-context -----------------------------------------------------------------------------


def test_missing_context_after_another_channel_is_lost_context() -> None:
    subject = journey(step("website", -1, title="Fill in the form", info_given=["address"]),
                      step("phone", 0, title="Call", context_available=False))
    (finding,) = found(subject, "lost-context")
    assert finding.step_indexes == (0, 1)
    assert finding.severity is Severity.HIGH
    assert "'Fill in the form'" in finding.message
    assert "'Call'" in finding.message


@pytest.mark.parametrize("available", [True, None])
def test_context_at_hand_or_unknown_is_fine(available: bool | None) -> None:
    subject = journey(step("website"), step("phone", context_available=available))
    assert found(subject, "lost-context") == []


def test_missing_context_on_the_same_channel_only_is_not_lost_between_channels() -> None:
    subject = journey(step("phone"), step("phone", context_available=False))
    assert found(subject, "lost-context") == []
    assert found(journey(step("phone", context_available=False)), "lost-context") == []


def test_lost_context_names_the_step_where_the_customer_left_something() -> None:
    subject = journey(step("website", -2, outcome="failed"),
                      step("ivr", -1),
                      step("phone", 0, context_available=False))
    (finding,) = found(subject, "lost-context")
    assert finding.step_indexes == (0, 2)
    plain = journey(step("website"), step("ivr"), step("phone", context_available=False))
    assert found(plain, "lost-context")[0].step_indexes == (1, 2)


def test_lost_context_names_the_latest_step_elsewhere_even_on_a_channel_used_before() -> None:
    back_on_the_phone = journey(step("phone"), step("website"), step("phone"),
                                step("email", context_available=False))
    assert found(back_on_the_phone, "lost-context")[0].step_indexes == (2, 3)
    same_channel_last = journey(step("phone"), step("website"), step("email"),
                                step("website", context_available=False))
    assert found(same_channel_last, "lost-context")[0].step_indexes == (2, 3)


# --- repeated-information ---------------------------------------------------------------------


def test_information_given_again_on_another_channel_is_high() -> None:
    subject = journey(
        step("website", -1, title="Book online", info_given=["Typenummer", "adres"]),
        step("phone", 0, title="Bellen met het contactcenter",
             info_given=["typenummer", "klachtomschrijving"]),
    )
    (finding,) = found(subject, "repeated-information")
    assert finding.step_indexes == (0, 1)
    assert finding.severity is Severity.HIGH
    assert "typenummer" in finding.message
    assert "'Book online'" in finding.message
    assert "klachtomschrijving" not in finding.message


def test_information_given_again_on_the_same_channel_is_medium() -> None:
    subject = journey(step("website", info_given=["type number"]),
                      step("website", info_given=["type number"]))
    (finding,) = found(subject, "repeated-information")
    assert finding.severity is Severity.MEDIUM
    assert "saving the form" in finding.tip  # the same-channel tip, not the hand-over tip


def test_items_compare_case_and_accent_insensitively() -> None:
    subject = journey(step("website", info_given=["Adrés "]), step("phone", info_given=["adres"]))
    assert len(found(subject, "repeated-information")) == 1


def test_no_repetition_no_finding() -> None:
    subject = journey(step("website", info_given=["name", "name"]),
                      step("phone", info_given=["address"]))
    assert found(subject, "repeated-information") == []


def test_one_finding_per_later_step_naming_where_each_item_was_first_given() -> None:
    subject = journey(step("website", title="Account", info_given=["address"]),
                      step("website", title="Form", info_given=["type number"]),
                      step("chat", title="Chat", info_given=["address", "type number"]),
                      step("phone", title="Call", info_given=["type number"]))
    findings = found(subject, "repeated-information")
    assert [f.step_indexes for f in findings] == [(0, 1, 2), (1, 3)]
    message = findings[0].message
    assert "address in step 1, 'Account'" in message
    assert "type number in step 2, 'Form'" in message
    assert "step 2, 'Form'" in findings[1].message  # the first time, not the chat


def test_repeated_information_in_dutch() -> None:
    subject = journey(step("website", title="Online", info_given=["typenummer"]),
                      step("phone", title="Bellen", info_given=["typenummer"]))
    (finding,) = found(subject, "repeated-information", lang="nl")
    assert finding.message == (
        "In stap 2, 'Bellen' (telefoon), werd de klant opnieuw gevraagd naar typenummer, terwijl "
        "de klant dat al had doorgegeven in stap 1, 'Online', via de website.")


# --- recognized-without-context ---------------------------------------------------------------


def test_recognised_without_context_after_earlier_steps() -> None:
    subject = journey(step("website"), step("phone", recognized=True, context_available=False))
    (finding,) = found(subject, "recognized-without-context")
    assert finding.step_indexes == (1,)
    assert finding.severity is Severity.MEDIUM


@pytest.mark.parametrize(("recognized", "context"),
                         [(True, True), (True, None), (False, False), (None, False)])
def test_recognition_with_context_or_without_recognition_is_fine(
        recognized: bool | None, context: bool | None) -> None:
    subject = journey(step("website"), step("phone", recognized=recognized,
                                            context_available=context))
    assert found(subject, "recognized-without-context") == []


def test_recognition_in_the_first_step_has_nothing_to_miss() -> None:
    subject = journey(step("phone", recognized=True, context_available=False))
    assert found(subject, "recognized-without-context") == []


# --- referral-to-failed-channel ---------------------------------------------------------------


def test_referral_to_a_channel_that_failed_before() -> None:
    subject = journey(step("website", -2, title="Book online", outcome="failed"),
                      step("ivr", -2, title="Queue", referred_to="website"))
    (finding,) = found(subject, "referral-to-failed-channel")
    assert finding.step_indexes == (0, 1)
    assert finding.severity is Severity.HIGH
    assert "'Queue'" in finding.message
    assert "'Book online'" in finding.message


def test_a_failed_step_pointing_back_to_itself() -> None:
    subject = journey(step("website", -2, title="Error page", outcome="failed",
                           referred_to="website"))
    (finding,) = found(subject, "referral-to-failed-channel")
    assert finding.step_indexes == (0,)
    assert "just failed them" in finding.message


def test_referral_to_a_channel_that_worked_or_fails_only_later() -> None:
    worked = journey(step("website", 1), step("phone", referred_to="website"))
    later = journey(step("website", referred_to="phone"), step("phone", -1, outcome="failed"))
    other = journey(step("website", -2, outcome="abandoned"), step("chat", referred_to="phone"))
    for subject in (worked, later, other):
        assert found(subject, "referral-to-failed-channel") == []
