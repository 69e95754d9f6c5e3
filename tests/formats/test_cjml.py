"""CJML export and import: round trip of what CJML carries, foreign CJML files, unsafe XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymap.core.errors import InvalidJourneyError
from journeymap.core.model import Initiator, Journey, JourneyKind, Outcome, Step
from journeymap.formats import read_journey, write_journey
from journeymap.formats.cjml import JM_NAMESPACE, loads_cjml, read_cjml, to_cjml

#: A file as another CJML tool writes it (the shape of the CJML 2.0 data format example).
FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<CJML version="2.0">
  <actualJourney>
    <journeyID>AJ7</journeyID>
    <actors>
      <endUser actorID="Carl"><actorName>Carl</actorName></endUser>
      <serviceProvider actorID="Bookis"><companyName>Bookis</companyName></serviceProvider>
    </actors>
    <touchpoints>
      <actualCommunicationPoint>
        <touchpointID>TP1</touchpointID>
        <initiator><refersTo actorIDref="Carl"/><initiatorLabel>Customer creates account
        </initiatorLabel></initiator>
        <receiver><refersTo actorIDref="Bookis"/><receiverLabel>Account registered
        </receiverLabel></receiver>
        <channel><channelName>Web</channelName></channel>
      </actualCommunicationPoint>
      <actualCommunicationPoint>
        <touchpointID>TP2</touchpointID>
        <initiator><refersTo actorIDref="Bookis"/><initiatorLabel>Welcome mail</initiatorLabel>
        </initiator>
        <receiver><refersTo actorIDref="Carl"/></receiver>
        <channel><channelName>E-mail</channelName></channel>
      </actualCommunicationPoint>
    </touchpoints>
  </actualJourney>
</CJML>
"""


def carried(journey: Journey) -> Journey:
    """Return ``journey`` reduced to the fields CJML carries."""
    return Journey(
        title=journey.title, language=journey.language, phases=journey.phases,
        persona=journey.persona, organisation=journey.organisation, kind=journey.kind,
        plan=journey.plan, tags=journey.tags,
        steps=tuple(Step(step.title, step.channel, step.score, phase=step.phase,
                         initiator=step.initiator, outcome=step.outcome, id=step.id,
                         planned_step=step.planned_step)
                    for step in journey.steps),
    )


def error_of(text: str) -> InvalidJourneyError:
    with pytest.raises(InvalidJourneyError) as caught:
        loads_cjml(text, "reis.cjml")
    return caught.value


def test_round_trip_keeps_what_cjml_carries(tmp_path: Path, full_journey: Journey) -> None:
    path = tmp_path / "kookplaat.cjml"
    write_journey(full_journey, path)
    result = read_journey(path)
    assert result.journey == carried(full_journey)
    assert result.warnings == ()


def test_xml_suffix_reads_and_writes_cjml(tmp_path: Path, full_journey: Journey) -> None:
    path = tmp_path / "kookplaat.xml"
    write_journey(full_journey, path)
    assert read_journey(path).journey == carried(full_journey)


def test_a_planned_journey_round_trips_as_a_planned_journey(
    tmp_path: Path, full_journey: Journey
) -> None:
    planned = full_journey.with_changes(kind=JourneyKind.PLANNED, plan=None)
    root = ET.fromstring(to_cjml(planned))
    assert [p.findtext("touchpointID") for p in
            root.findall("./plannedJourney/touchpoints/plannedCommunicationPoint")] == [
        step.id for step in planned.steps]
    path = tmp_path / "ontwerp.cjml"
    write_journey(planned, path)
    assert read_journey(path).journey == carried(planned)


def test_repeated_foreign_touchpoint_ids_get_fresh_step_ids() -> None:
    text = FOREIGN.replace("<touchpointID>TP2</touchpointID>", "<touchpointID>TP1</touchpointID>")
    steps = loads_cjml(text, "account.cjml").journey.steps
    assert [step.id for step in steps] == ["TP1", "s1"]


def test_export_uses_cjml_elements(full_journey: Journey) -> None:
    root = ET.fromstring(to_cjml(full_journey))
    assert (root.tag, root.get("version")) == ("CJML", "2.0")
    points = root.findall("./actualJourney/touchpoints/actualCommunicationPoint")
    assert len(points) == len(full_journey.steps)
    assert [p.findtext("channel/channelName") for p in points] == [
        step.channel for step in full_journey.steps]
    assert [p.findtext("initiator/initiatorLabel") for p in points] == [
        step.title for step in full_journey.steps]
    organisation_first = points[3]  # the confirmation e-mail, sent by the organisation
    assert organisation_first.find("initiator/refersTo").get("actorIDref") == "organisation"
    assert organisation_first.find("receiver/refersTo").get("actorIDref") == "customer"
    assert points[1].get(f"{{{JM_NAMESPACE}}}score") == "-2"
    assert points[1].get(f"{{{JM_NAMESPACE}}}outcome") == "failed"
    assert root.findtext("./actualJourney/actors/endUser/actorName") == full_journey.persona


def test_foreign_cjml_reads_with_neutral_scores_and_a_warning() -> None:
    result = loads_cjml(FOREIGN, "account.cjml")
    assert result.journey == Journey(
        title="AJ7", persona="Carl", organisation="Bookis",
        steps=(Step("Customer creates account", "website", 0, id="TP1"),
               Step("Welcome mail", "email", 0, initiator=Initiator.ORGANISATION, id="TP2")),
    )
    assert [warning.place for warning in result.warnings] == ["touchpoints"]


def test_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "nieuwe-klant.cjml"
    path.write_text(FOREIGN.replace("<journeyID>AJ7</journeyID>", ""), encoding="utf-8")
    assert read_cjml(path).journey.title == "nieuwe klant"


def test_failed_and_abandoned_outcomes_survive() -> None:
    journey = Journey("Uitkomsten", steps=(
        Step("Mislukt", "website", -2, outcome=Outcome.FAILED),
        Step("Opgegeven", "chat", -1, outcome=Outcome.ABANDONED),
    ))
    assert loads_cjml(to_cjml(journey), "x").journey == journey


@pytest.mark.parametrize("declaration", [
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
    '<!DOCTYPE CJML SYSTEM "file:///etc/passwd">',
    "<!doctype CJML>",
    '<! ENTITY x "y">',
])
def test_doctype_and_entities_are_refused(declaration: str) -> None:
    text = FOREIGN.replace("<CJML", declaration + "\n<CJML", 1)
    assert "<!DOCTYPE> or <!ENTITY>" in str(error_of(text))


def test_malformed_xml_names_line_and_column() -> None:
    error = error_of(FOREIGN.replace("</journeyID>", "</journeyid>"))
    assert error.problems[0].place.startswith("line 4, column ")
    assert "not well-formed XML" in error.problems[0].message


def test_other_xml_is_not_cjml() -> None:
    assert "not <CJML>" in str(error_of("<journey><title>x</title></journey>"))


def test_cjml_without_a_journey_is_refused() -> None:
    assert "no <actualJourney>" in str(error_of('<CJML version="2.0"/>'))


def test_unknown_channel_and_bad_score_name_the_touchpoint() -> None:
    text = to_cjml(Journey("x", steps=(Step("a", "phone", 1), Step("b", "phone", 1))))
    text = text.replace("<channelName>phone</channelName>", "<channelName>duif</channelName>", 1)
    text = text.replace('jm:score="1"', 'jm:score="veel"', 2)
    error = error_of(text)
    assert [(p.place, p.step_index) for p in error.problems] == [
        ("touchpoints[0].channel", 0), ("touchpoints[0].score", 0), ("touchpoints[1].score", 1)]


def test_score_out_of_range_is_refused() -> None:
    text = to_cjml(Journey("x", steps=(Step("a", "phone", 1),))).replace('jm:score="1"',
                                                                         'jm:score="9"')
    assert [p.place for p in error_of(text).problems] == ["touchpoints[0].score"]


def test_control_characters_are_replaced_so_the_xml_stays_valid() -> None:
    journey = Journey("Bel\x01len", steps=(Step("Stap\x0b", "phone", 0),))
    result = loads_cjml(to_cjml(journey), "x")
    assert result.journey.title == "Bel\ufffdlen"
