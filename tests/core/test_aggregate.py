"""Many journeys together: every count equals what the journeys and their own analyses say."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from journey_builder import journey, step

from journeymap.core.aggregate import Portfolio, PortfolioBuilder, aggregate, broken_arrivals
from journeymap.core.analysis import analyze
from journeymap.core.findings import Analysis, Category
from journeymap.core.model import Journey, JourneyKind
from journeymap.core.settings import AnalysisSettings
from journeymap.tools.synthetic import synthetic_journeys

Pairs = list[tuple[Journey, Analysis]]


@pytest.fixture(scope="module")
def generated() -> Pairs:
    return [(j, analyze(j)) for j in synthetic_journeys(300, seed=11)]


@pytest.fixture(scope="module")
def built(generated: Pairs) -> Portfolio:
    builder = PortfolioBuilder()
    for number, (j, analysis) in enumerate(generated):
        builder.add(number, j, analysis)
    return builder.build()


def test_recurring_counts_equal_the_per_journey_analyses(
        generated: Pairs, built: Portfolio) -> None:
    journeys_with: dict[tuple[str, str | None, str | None], set[int]] = defaultdict(set)
    findings_of: Counter[tuple[str, str | None, str | None]] = Counter()
    for number, (j, analysis) in enumerate(generated):
        for finding in analysis.findings:
            first, last = finding.step_indexes[0], finding.step_indexes[-1]
            key = (finding.rule, j.steps[first].channel, j.steps[last].channel)
            journeys_with[key].add(number)
            findings_of[key] += 1
    got = {(r.rule, r.from_channel, r.to_channel): r for r in built.recurring}
    assert set(got) == set(journeys_with)
    for key, item in got.items():
        assert item.journeys == len(journeys_with[key]), key
        assert item.findings == findings_of[key], key
        assert set(item.journey_indexes) == journeys_with[key]
    assert sum(r.findings for r in built.recurring) == sum(len(a.findings) for _, a in generated)
    # every rule of the catalogue fires somewhere in 300 generated journeys: the test is not empty
    assert len({r.rule for r in built.recurring}) >= 10


def test_recurring_are_ranked_by_journeys_then_findings(built: Portfolio) -> None:
    keys = [(-r.journeys, -r.findings) for r in built.recurring]
    assert keys == sorted(keys)


def test_transitions_equal_the_consecutive_channel_changes(
        generated: Pairs, built: Portfolio) -> None:
    count: Counter[tuple[str, str]] = Counter()
    delta: Counter[tuple[str, str]] = Counter()
    breaks: Counter[tuple[str, str]] = Counter()
    for j, analysis in generated:
        integration = [f for f in analysis.findings if f.category is Category.INTEGRATION]
        for i in range(len(j.steps) - 1):
            a, b = j.steps[i], j.steps[i + 1]
            if a.channel == b.channel:
                continue
            pair = (a.channel, b.channel)
            count[pair] += 1
            delta[pair] += b.score - a.score
            if any(i + 1 in f.step_indexes and (len(f.step_indexes) == 1 or f.step_indexes[0] <= i)
                   for f in integration):
                breaks[pair] += 1
    got = {(t.from_channel, t.to_channel): t for t in built.transitions}
    assert set(got) == set(count)
    for pair, cell in got.items():
        assert (cell.count, cell.delta, cell.breaks) == (count[pair], delta[pair], breaks[pair])
        assert cell.mean_delta == pytest.approx(delta[pair] / count[pair])
        assert len(cell.occurrences) == cell.count
    assert 0 < sum(breaks.values()) < sum(count.values())


def test_scores_per_channel_and_phase_add_up_the_journeys(
        generated: Pairs, built: Portfolio) -> None:
    steps: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    journeys: Counter[str] = Counter()
    for _, analysis in generated:
        for channel_id, group in analysis.score.by_channel.items():
            steps[channel_id] += group.steps
            totals[channel_id] += group.total
            journeys[channel_id] += 1
    assert {c: (s.steps, s.total, s.journeys) for c, s in built.by_channel.items()} == {
        c: (steps[c], totals[c], journeys[c]) for c in steps}
    phase_steps: Counter[str] = Counter()
    for _, analysis in generated:
        for phase, group in analysis.score.by_phase.items():
            phase_steps[phase] += group.steps
    assert {p: s.steps for p, s in built.by_phase.items()} == dict(phase_steps)


def test_most_breaks_are_the_journeys_with_most_integration_findings(
        generated: Pairs, built: Portfolio) -> None:
    breaks = [sum(f.category is Category.INTEGRATION for f in a.findings) for _, a in generated]
    ranked = built.most_breaks(5)
    assert [entry.breaks for entry in ranked] == sorted(breaks, reverse=True)[:5]
    for entry in ranked:
        assert breaks[entry.ref] == entry.breaks  # ref: the number given to ``add``


def test_a_handoff_that_loses_the_context_breaks_the_transition() -> None:
    hob = journey(
        step("website", 1, title="Books online", outcome="failed", info_given=["type number"]),
        step("phone", -1, title="Calls", context_available=False, info_given=["type number"]),
        step("phone", 0, title="Waits"),
        step("email", 1, title="Gets a confirmation"),
    )
    portfolio = aggregate([("hob", hob)], analyze)
    assert portfolio.transition("website", "phone").break_share == 1.0
    assert portfolio.transition("phone", "email").break_share == 0.0
    assert portfolio.transition("phone", "website") is None
    assert portfolio.matrix_channels() == ("website", "email", "phone")
    assert broken_arrivals(analyze(hob).findings) == {1}


def test_the_callers_settings_decide_what_is_found() -> None:
    slow = journey(step("phone", 0, wait_minutes=20), step("email", 0))
    default = aggregate([(1, slow)], analyze)
    patient = AnalysisSettings(norm_overrides={"phone": 60})
    relaxed = aggregate([(1, slow)], lambda j: analyze(j, settings=patient))
    assert "slow-response" in {r.rule for r in default.recurring}
    assert "slow-response" not in {r.rule for r in relaxed.recurring}


def test_tips_are_in_the_language_of_the_analysis() -> None:
    hob = journey(step("website", 0, outcome="failed"), step("phone", -1))
    dutch = aggregate([(1, hob)], lambda j: analyze(j, lang="nl"), lang="nl")
    (item,) = [r for r in dutch.recurring if r.rule == "failure-switch"]
    assert dutch.lang == "nl"
    assert item.tip == analyze(hob, lang="nl").findings[0].tip


def test_an_empty_portfolio_has_nothing_to_say() -> None:
    empty = aggregate([], analyze)
    assert (empty.journeys, empty.recurring, empty.transitions) == ((), (), ())
    assert empty.most_breaks() == ()
    assert empty.steps == 0


def test_planned_journeys_are_skipped_and_tallied(generated: Pairs, built: Portfolio) -> None:
    # The same journeys with plans among them: the plans are not analysed, not counted, only
    # tallied; the actual journeys count as they did alone, in parts or in one builder.
    analysed: list[Journey] = []

    def analyse(j: Journey) -> Analysis:
        analysed.append(j)
        return dict(generated_ids)[id(j)]

    generated_ids = [(id(j), analysis) for j, analysis in generated]
    plans = [j.with_changes(kind=JourneyKind.PLANNED) for j, _ in generated[:3]]
    one, first, second = PortfolioBuilder(), PortfolioBuilder(), PortfolioBuilder()
    for number, (j, _analysis) in enumerate(generated):
        for builder in (one, first if number < 150 else second):
            builder.add_analysed(number, j, analyse)
        if number in (0, 149, 299):
            plan = plans[(0, 149, 299).index(number)]
            one.add_analysed(f"plan{number}", plan, analyse)
            (first if number < 150 else second).add(f"plan{number}", plan, generated[0][1])
    assert not any(j.kind is JourneyKind.PLANNED for j in analysed)
    first.merge(second)
    for portfolio in (one.build(), first.build()):
        assert portfolio.skipped_planned == 3
        assert portfolio.journeys == built.journeys
        assert portfolio.recurring == built.recurring
        assert portfolio.transitions == built.transitions
        assert not portfolio.only_planned
    only = PortfolioBuilder()
    only.add_analysed("plan", plans[0], analyse)
    assert only.build().only_planned
    assert built.skipped_planned == 0


def test_builders_merged_in_order_equal_one_builder(generated: Pairs, built: Portfolio) -> None:
    # Counting in parts (worker processes) and merging the parts in order gives the same
    # portfolio as one builder: counts, places, tips of the first occurrence, phase order.
    merged = PortfolioBuilder()
    for start in (0, 7, 120, 121, 260):
        stop = {0: 7, 7: 120, 120: 121, 121: 260, 260: len(generated)}[start]
        part = PortfolioBuilder()
        for number, (j, analysis) in enumerate(generated[start:stop], start=start):
            part.add(number, j, analysis)
        merged.merge(part)
    assert merged.build() == built
    assert merged.build().recurring[0].occurrences == built.recurring[0].occurrences
