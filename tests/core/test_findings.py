"""Findings as values: texts written on first read, equality, copies; the analysis and the GC."""

from __future__ import annotations

import copy
import gc
import pickle
from collections.abc import Iterator

import pytest
from journey_builder import journey, step

from journeymap.core.analysis import analyze
from journeymap.core.findings import Category, Finding, Severity


def _deferred(calls: list[str]) -> Finding:
    def render(fields: dict[str, str]) -> tuple[str, str]:
        calls.append(fields["title"])
        return f"Step '{fields['title']}' failed.", "Fix it."

    return Finding.deferred("failure-switch", Category.INTEGRATION, Severity.HIGH, (0, 2), render,
                            {"title": "Book online"})


def test_texts_are_written_on_first_read_and_only_once() -> None:
    calls: list[str] = []
    finding = _deferred(calls)
    assert finding.step_numbers == (1, 3)
    assert calls == []
    assert finding.tip == "Fix it."
    assert finding.message == "Step 'Book online' failed."
    assert calls == ["Book online"]


def test_a_deferred_finding_equals_one_built_with_its_texts() -> None:
    eager = Finding("failure-switch", Category.INTEGRATION, Severity.HIGH, (0, 2),
                    "Step 'Book online' failed.", "Fix it.")
    finding = _deferred([])
    assert finding == eager
    assert hash(finding) == hash(eager)
    assert finding != Finding("failure-switch", Category.INTEGRATION, Severity.HIGH, (0, 2),
                              "Step 'Book online' failed.", "Another tip.")
    assert "Book online" in repr(finding)


def test_findings_are_read_only() -> None:
    finding = _deferred([])
    with pytest.raises(AttributeError):
        finding.message = "changed"  # type: ignore[misc]


def test_copies_and_pickles_keep_the_texts() -> None:
    finding = _deferred([])
    for twin in (copy.copy(finding), pickle.loads(pickle.dumps(finding))):
        assert twin == finding
        assert twin.tip == "Fix it."


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _messages() -> list[str]:
    subject = journey(step("website", 2), step("website", -2, outcome="failed"),
                      step("phone", -1, context_available=False))
    return [f.message for f in analyze(subject).findings]


def test_analysis_leaves_the_garbage_collector_running() -> None:
    assert _messages()
    assert gc.isenabled()


def test_analysis_leaves_a_paused_garbage_collector_paused(collector_off: None) -> None:
    assert _messages()
    assert not gc.isenabled()
