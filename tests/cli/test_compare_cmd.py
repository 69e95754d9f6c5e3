"""``journeymap compare``: deviations per journey, counts per touchpoint, bad input, CJML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap import paths
from journeymap.cli import run_cli
from journeymap.core.model import Journey, JourneyKind, Step
from journeymap.formats import read_journey, write_journey
from journeymap.session.library import open_library

SAMPLES = paths.samples_dir()
PLAN_FILE = SAMPLES / "cooking-hob-plan.en.journey.json"
ACTUAL_FILES = [SAMPLES / name for name in (
    "cooking-hob-repair.en.journey.json", "cooking-hob-almost-as-planned.en.journey.json",
    "cooking-hob-without-confirmation.en.journey.json")]

PLAN = Journey("Permit as designed", kind=JourneyKind.PLANNED, steps=(
    Step("Apply for the permit online", "website", 1, id="apply"),
    Step("Receive the permit by e-mail", "email", 1, id="permit")))
ACTUAL = Journey("Permit as lived", plan="Permit as designed", steps=(
    Step("Applied for the permit online", "website", 1),
    Step("Called to ask where the permit is", "phone", -1)))


def _json(capsys: pytest.CaptureFixture[str], *argv: object) -> dict[str, object]:
    assert run_cli(["compare", *map(str, argv), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _kinds(journey: dict[str, object]) -> list[tuple[str, str | None, list[int]]]:
    return [(d["kind"], d["planned_step"], d["actual_steps"])
            for d in journey["deviations"]]  # type: ignore[attr-defined,index]


def test_the_samples_give_the_deviations_a_designer_names(
        capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, PLAN_FILE, *ACTUAL_FILES)
    assert result["plan"] == "Cooking hob repair as designed"
    stuck, almost, unconfirmed = result["journeys"]  # type: ignore[misc]
    # The original story: research hurt, the online booking failed, no confirmation, the
    # whole phone call improvised, the visit only scheduled.
    assert _kinds(stuck)[:3] == [("failing", "find", [1, 2, 3, 4, 5]),
                                 ("failing", "book", list(range(6, 13))),
                                 ("missing", "confirm", [])]
    assert [d["channel"] for d in stuck["deviations"][3:10]] == ["ivr"] + ["phone"] * 6
    assert {d["kind"] for d in stuck["deviations"][3:10]} == {"ad_hoc"}
    # Almost as planned: everything but the invoice, which came as a letter; a reminder text.
    assert _kinds(almost) == [
        ("completed", "find", [1]), ("completed", "book", [2]), ("completed", "confirm", [3]),
        ("ad_hoc", None, [4]), ("completed", "visit", [5]), ("missing", "invoice", []),
        ("ad_hoc", None, [6])]
    # No confirmation: the chat and the desk visit are improvised; the desk visit is not the
    # engineer's visit although both are face to face.
    assert _kinds(unconfirmed) == [
        ("completed", "find", [1]), ("failing", "book", [2]), ("missing", "confirm", []),
        ("ad_hoc", None, [3]), ("ad_hoc", None, [4]), ("failing", "visit", [5]),
        ("missing", "invoice", [])]
    assert result["touchpoints"] == [
        {"planned_step": "find", "title": "Find the hob model and the spare part on the website",
         "channel": "website", "completed": 2, "failing": 1, "missing": 0},
        {"planned_step": "book", "title": "Book the engineer online", "channel": "website",
         "completed": 1, "failing": 2, "missing": 0},
        {"planned_step": "confirm", "title": "Receive the booking confirmation by e-mail",
         "channel": "email", "completed": 1, "failing": 0, "missing": 2},
        {"planned_step": "visit", "title": "Engineer repairs the hob at home",
         "channel": "face_to_face", "completed": 2, "failing": 1, "missing": 0},
        {"planned_step": "invoice", "title": "Receive the invoice by e-mail and pay online",
         "channel": "email", "completed": 0, "failing": 0, "missing": 3}]


def test_readable_report_in_english_and_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["compare", str(PLAN_FILE), *map(str, ACTUAL_FILES[1:])]) == 0
    english = capsys.readouterr().out
    assert "Cooking hob repair without a confirmation: 1 of 5 touchpoints as planned" in english
    assert "missing         3. Receive the booking confirmation by e-mail (e-mail)" in english
    assert "ad hoc          step 3: Ask in the website chat whether the booking exists" in english
    assert "Per touchpoint, over 2 journeys" in english
    assert run_cli(["compare", str(PLAN_FILE), *map(str, ACTUAL_FILES[1:]), "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert "1 van 5 contactmomenten volgens plan" in dutch
    assert "ontbreekt       3. Receive the booking confirmation by e-mail" in dutch
    assert "geïmproviseerd  stap 3:" in dutch
    assert "Per contactmoment, over 2 klantreizen" in dutch


def test_one_actual_journey_has_no_counts_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["compare", str(PLAN_FILE), str(ACTUAL_FILES[1])]) == 0
    out = capsys.readouterr().out
    assert "Per touchpoint" not in out
    assert "completed       2. Book the engineer online (website): step 2" in out


def test_a_link_to_an_unknown_planned_step_is_bad_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_journey(PLAN, tmp_path / "plan.journey.json")
    broken = ACTUAL.with_changes(steps=(ACTUAL.steps[0].with_changes(planned_step="pay"),
                                        ACTUAL.steps[1]))
    write_journey(broken, tmp_path / "actual.journey.json")
    code = run_cli(["compare", str(tmp_path / "plan.journey.json"),
                    str(tmp_path / "actual.journey.json")])
    err = capsys.readouterr()
    assert code == 2
    assert "actual.journey.json: steps[0].planned_step (step 1): names 'pay'" in err.err
    assert err.out == ""


def test_a_bad_link_in_a_cjml_bundle_names_the_journey_and_touchpoint(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from journeymap.formats.cjml import to_cjml_all

    broken = ACTUAL.with_changes(steps=(ACTUAL.steps[0], ACTUAL.steps[1].with_changes(
        planned_step="pay")))
    (tmp_path / "bundle.cjml").write_text(to_cjml_all([PLAN, ACTUAL, broken]), encoding="utf-8")
    assert run_cli(["compare", str(tmp_path / "bundle.cjml")]) == 2
    assert ("bundle.cjml: journeys[2].touchpoints[1].planned_step (step 2): names 'pay'"
            in capsys.readouterr().err)


def test_an_unreadable_file_is_bad_input(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    write_journey(PLAN, tmp_path / "plan.journey.json")
    (tmp_path / "actual.json").write_text("{not json", encoding="utf-8")
    assert run_cli(["compare", str(tmp_path / "plan.journey.json"),
                    str(tmp_path / "actual.json")]) == 2
    assert "actual.json" in capsys.readouterr().err
    assert run_cli(["compare", str(tmp_path / "plan.journey.json"),
                    str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_another_plan_and_an_unplanned_plan_are_warnings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_journey(PLAN.with_changes(kind=JourneyKind.ACTUAL), tmp_path / "plan.journey.json")
    write_journey(ACTUAL.with_changes(plan="Parking as designed"), tmp_path / "a.journey.json")
    assert run_cli(["compare", str(tmp_path / "plan.journey.json"),
                    str(tmp_path / "a.journey.json"), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert "plan.journey.json: warning: kind: must be 'planned'" in err
    assert "a.journey.json: warning: plan: names the plan 'Parking as designed'" in err
    assert _kinds(result["journeys"][0]) == [  # type: ignore[index]
        ("completed", "apply", [1]), ("missing", "permit", []), ("ad_hoc", None, [2])]


def test_only_a_plan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["compare", str(PLAN_FILE)]) == 2
    assert "at least one actual journey" in capsys.readouterr().err


def test_a_plan_and_its_journeys_go_to_one_cjml_file_and_come_back_linked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "hob.cjml"
    assert run_cli(["compare", str(PLAN_FILE), *map(str, ACTUAL_FILES), "--json",
                    "--cjml", str(bundle)]) == 0
    out, err = capsys.readouterr()
    before = json.loads(out)
    assert f"wrote {bundle}" in err
    # The one CJML file holds the plan and its journeys: compare gives the same result.
    assert _json(capsys, bundle) == before
    # Importing it stores every journey, kinds, plans and links kept (what CJML carries).
    assert run_cli(["import", str(bundle)]) == 0
    ids = [int(line.split()[1].rstrip(":")) for line in capsys.readouterr().out.splitlines()
           if line.startswith("Imported ")]
    with open_library() as library:
        stored = [library.get(journey_id).journey for journey_id in ids]
    originals = [read_journey(path).journey for path in (PLAN_FILE, *ACTUAL_FILES)]
    assert [j.title for j in stored] == [j.title for j in originals]
    assert [j.kind for j in stored] == [JourneyKind.PLANNED] + [JourneyKind.ACTUAL] * 3
    assert stored[0].plan is None
    assert {j.plan for j in stored[1:]} == {"Cooking hob repair as designed"}
    for back, original in zip(stored, originals, strict=True):
        assert [(s.id, s.planned_step, s.channel, s.title, s.score) for s in back.steps] == [
            (s.id, s.planned_step, s.channel, s.title, s.score) for s in original.steps]
    assert stored[1].steps[0].planned_step == "find"


def test_export_cjml_of_one_journey_stays_one_journey(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_journey(read_journey(ACTUAL_FILES[0]).journey, tmp_path / "one.cjml")
    text = (tmp_path / "one.cjml").read_text(encoding="utf-8")
    assert text.count("<actualJourney") == 1
    assert 'jm:plan="Cooking hob repair as designed"' in text
