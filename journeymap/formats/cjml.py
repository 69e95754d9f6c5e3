"""CJML export and import: the Customer Journey Modelling Language of SINTEF (Halvorsrud et al.).

CJML describes a journey as touchpoints between actors (the end user and service providers), each
on a channel, and separates the planned journey from the actual one. An actual journey is written
as an ``actualJourney`` with one ``actualCommunicationPoint`` per step (a planned one as a
``plannedJourney`` of ``plannedCommunicationPoint`` elements), using the element names of the
CJML 2.0 data format::

    <CJML version="2.0" xmlns:jm="urn:journeymap:cjml:1">
      <actualJourney jm:title="..." jm:language="nl">
        <journeyID>...</journeyID>
        <jm:phases><jm:phase>...</jm:phase></jm:phases>
        <actors>
          <endUser actorID="customer"><actorName>...</actorName></endUser>
          <serviceProvider actorID="organisation"><companyName>...</companyName></serviceProvider>
        </actors>
        <touchpoints>
          <actualCommunicationPoint jm:score="-2" jm:outcome="failed" jm:phase="...">
            <touchpointID>s1</touchpointID>
            <initiator><refersTo actorIDref="customer"/><initiatorLabel>step title</initiatorLabel>
            </initiator>
            <receiver><refersTo actorIDref="organisation"/></receiver>
            <channel><channelName>website</channelName></channel>
          </actualCommunicationPoint>
        ...

What CJML has no element for (score, outcome, phase, language, the plan and the planned step a
touchpoint realises, tags) goes in attributes of the
``urn:journeymap:cjml:1`` namespace, which other CJML tools ignore. A round trip keeps the title,
language, kind, plan, tags, phases, persona and organisation (as actor names), and per step the
title, channel, initiator, outcome, phase, score, id and planned step (texts with surrounding
spaces trimmed). Import also reads files from other CJML tools: a touchpoint without a JourneyMap
score gets 0 (neutral), and one warning says so.

One document may hold several journeys: a planned journey and the actual ones lived against it
(``to_cjml_all``, ``loads_cjml_all``), each with its own ``journeyID`` and each actual one naming
its plan by title (``jm:plan``) and journey id (``jm:planRef``).

Safety: the XML parser of Python's standard library does not fetch external entities, and input
with a ``<!DOCTYPE`` or ``<!ENTITY`` declaration is refused outright, so entity expansion bombs
("billion laughs") never reach the parser.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from journeymap.core.channels import resolve_channel
from journeymap.core.errors import InvalidJourneyError, Problem
from journeymap.core.model import LANGUAGES, Initiator, Journey, JourneyKind, Outcome, Step
from journeymap.core.validation import STEP_ID_PATTERN, journey_problems
from journeymap.formats.reading import (
    ReadResult,
    fail,
    problem_order,
    read_text,
    source_name,
)

JM_NAMESPACE = "urn:journeymap:cjml:1"
CJML_VERSION = "2.0"
CUSTOMER_ID = "customer"
ORGANISATION_ID = "organisation"
_FORBIDDEN = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _jm(name: str) -> str:
    return f"{{{JM_NAMESPACE}}}{name}"


def xml_safe(text: str) -> str:
    """Return ``text`` with characters XML 1.0 cannot hold (most control characters) replaced."""
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_safe(text)
    return element


def _actor_ids(step: Step) -> tuple[str, str]:
    if step.initiator == Initiator.ORGANISATION:
        return ORGANISATION_ID, CUSTOMER_ID
    return CUSTOMER_ID, ORGANISATION_ID


#: CJML's element names for a journey and its touchpoints, by kind.
JOURNEY_ELEMENT = {JourneyKind.ACTUAL: "actualJourney", JourneyKind.PLANNED: "plannedJourney"}
POINT_ELEMENT = {JourneyKind.ACTUAL: "actualCommunicationPoint",
                 JourneyKind.PLANNED: "plannedCommunicationPoint"}
_KIND_OF_ELEMENT = {element: kind for kind, element in JOURNEY_ELEMENT.items()}


def to_cjml(journey: Journey) -> str:
    """Return ``journey`` as a CJML 2.0 document (UTF-8 XML text).

    An actual journey is an ``actualJourney`` of ``actualCommunicationPoint`` elements, a planned
    one a ``plannedJourney`` of ``plannedCommunicationPoint`` elements. Each touchpoint's
    ``touchpointID`` is the step's id.
    """
    return to_cjml_all([journey])


def to_cjml_all(journeys: Sequence[Journey]) -> str:
    """Return ``journeys`` as one CJML 2.0 document: planned journeys and their actual ones.

    Journey ids are ``PJ1``, ``PJ2`` ... for planned and ``AJ1``, ``AJ2`` ... for actual journeys,
    in the order given. An actual journey whose plan is among them names it twice: by title
    (``jm:plan``) and by journey id (``jm:planRef``), so a reader can tell two plans of one
    title apart.
    """
    ET.register_namespace("jm", JM_NAMESPACE)
    root = ET.Element("CJML", {"version": CJML_VERSION})
    ids = _journey_ids(journeys)
    plans = [(journey, ids[index]) for index, journey in enumerate(journeys)
             if journey.kind is JourneyKind.PLANNED]
    for index, journey in enumerate(journeys):
        plan_ref = next((journey_id for plan, journey_id in plans
                         if journey.kind is JourneyKind.ACTUAL and journey.plan is not None
                         and journey.plan.strip().casefold() == plan.title.strip().casefold()),
                        None)
        _journey_element(root, journey, ids[index], plan_ref)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _journey_ids(journeys: Sequence[Journey]) -> list[str]:
    counters = {JourneyKind.PLANNED: 0, JourneyKind.ACTUAL: 0}
    ids: list[str] = []
    for journey in journeys:
        counters[journey.kind] += 1
        prefix = "PJ" if journey.kind is JourneyKind.PLANNED else "AJ"
        ids.append(f"{prefix}{counters[journey.kind]}")
    return ids


def _journey_element(root: ET.Element, journey: Journey, journey_id: str,
                     plan_ref: str | None) -> None:
    journey_attributes = {_jm("title"): journey.title, _jm("language"): journey.language}
    if journey.plan is not None:
        journey_attributes[_jm("plan")] = journey.plan
    if plan_ref is not None:
        journey_attributes[_jm("planRef")] = plan_ref
    if journey.tags:
        journey_attributes[_jm("tags")] = "; ".join(journey.tags)
    actual = _sub(root, JOURNEY_ELEMENT[journey.kind], **journey_attributes)
    _sub(actual, "journeyID", journey_id)
    if journey.phases:
        phases = _sub(actual, _jm("phases"))
        for phase in journey.phases:
            _sub(phases, _jm("phase"), phase)
    actors = _sub(actual, "actors")
    end_user = _sub(actors, "endUser", actorID=CUSTOMER_ID)
    if journey.persona is not None:
        _sub(end_user, "actorName", journey.persona)
    provider = _sub(actors, "serviceProvider", actorID=ORGANISATION_ID)
    if journey.organisation is not None:
        _sub(provider, "companyName", journey.organisation)
    touchpoints = _sub(actual, "touchpoints")
    for step in journey.steps:
        attributes = {_jm("score"): str(step.score), _jm("outcome"): step.outcome.value}
        if step.phase is not None:
            attributes[_jm("phase")] = step.phase
        if step.planned_step is not None:
            attributes[_jm("plannedStep")] = step.planned_step
        point = _sub(touchpoints, POINT_ELEMENT[journey.kind], **attributes)
        _sub(point, "touchpointID", step.id)
        sender, receiver = _actor_ids(step)
        initiator = _sub(point, "initiator")
        _sub(initiator, "refersTo", actorIDref=sender)
        _sub(initiator, "initiatorLabel", step.title)
        _sub(_sub(point, "receiver"), "refersTo", actorIDref=receiver)
        _sub(_sub(point, "channel"), "channelName", step.channel)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    """Return the first child whose local name is ``name`` (any namespace)."""
    return next((child for child in element if _local(child.tag) == name), None)


def _children(element: ET.Element | None) -> list[ET.Element]:
    """Return the children of ``element`` (none for ``None``; never tests an element's truth)."""
    return [] if element is None else list(element)


def _text(element: ET.Element | None, *path: str) -> str | None:
    for name in path:
        if element is None:
            return None
        element = _child(element, name)
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


class _Reader:
    """Turns a parsed CJML tree into a journey, collecting problems and warnings."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        #: The titles of the document's planned journeys by journey id, for ``jm:planRef``.
        self.plan_titles: dict[str, str] = {}

    def journey(self, journey: ET.Element, fallback_title: str) -> Journey:
        kinds = self._actor_kinds(journey)
        points = _child(journey, "touchpoints")
        steps = _unique_ids(tuple(
            self._step(point, index, kinds) for index, point in
            enumerate(point for point in _children(points)
                      if _local(point.tag).endswith(("CommunicationPoint", "Action")))))
        title = (journey.get(_jm("title")) or _text(journey, "journeyName")
                 or _text(journey, "journeyID") or fallback_title)
        language = journey.get(_jm("language"), "en")
        if language not in LANGUAGES:
            self.problems.append(Problem("language", f"must be 'en' or 'nl', not {language!r}"))
        phases_element = _child(journey, "phases")
        phases = tuple(p.text or "" for p in _children(phases_element) if _local(p.tag) == "phase")
        if any(_jm("score") not in point.attrib for point in _children(points)):
            self.warnings.append(Problem(
                "touchpoints", "some touchpoints carry no JourneyMap score; they were set to 0"))
        tags = tuple(tag.strip() for tag in journey.get(_jm("tags"), "").split(";")
                     if tag.strip())
        return Journey(
            title=title, steps=steps, phases=phases, language=language,
            persona=_text(journey, "actors", "endUser", "actorName"),
            organisation=_text(journey, "actors", "serviceProvider", "companyName"),
            kind=_KIND_OF_ELEMENT[_local(journey.tag)],
            plan=(journey.get(_jm("plan"))
                  or self.plan_titles.get(journey.get(_jm("planRef"), ""))),
            tags=tuple(dict.fromkeys(tags)),
        )

    def _actor_kinds(self, journey: ET.Element) -> dict[str, Initiator]:
        kinds: dict[str, Initiator] = {}
        actors = _child(journey, "actors")
        for actor in _children(actors):
            actor_id = actor.get("actorID")
            if actor_id is not None:
                is_user = _local(actor.tag) == "endUser"
                kinds[actor_id] = Initiator.CUSTOMER if is_user else Initiator.ORGANISATION
        return kinds

    def _step(self, point: ET.Element, index: int, kinds: dict[str, Initiator]) -> Step:
        at = f"touchpoints[{index}]"
        title = (_text(point, "initiator", "initiatorLabel") or _text(point, "receiver",
                 "receiverLabel") or _text(point, "touchpointID") or "")
        channel_name = _text(point, "channel", "channelName") or ""
        channel = resolve_channel(channel_name)
        if channel is None:
            self.problems.append(Problem(f"{at}.channel", f"unknown channel {channel_name!r}",
                                         index))
        initiator_element = _child(point, "initiator")
        sender = _child(initiator_element, "refersTo") if initiator_element is not None else None
        initiator = kinds.get(sender.get("actorIDref", "") if sender is not None else "",
                              Initiator.CUSTOMER)
        score_text = point.get(_jm("score"), "0")
        try:
            score = int(score_text)
        except ValueError:
            self.problems.append(Problem(f"{at}.score", f"must be a whole number from -2 to 2, "
                                                        f"not {score_text!r}", index))
            score = 0
        outcome_text = point.get(_jm("outcome"), Outcome.SUCCESS.value)
        try:
            outcome = Outcome(outcome_text)
        except ValueError:
            allowed = ", ".join(member.value for member in Outcome)
            self.problems.append(Problem(f"{at}.outcome",
                                         f"must be one of {allowed}, not {outcome_text!r}", index))
            outcome = Outcome.SUCCESS
        point_id = _text(point, "touchpointID") or ""
        # Another tool's touchpoint ids may not be JourneyMap step ids: those steps get new ones.
        step_id = point_id if STEP_ID_PATTERN.fullmatch(point_id) else ""
        return Step(title=title, channel=channel or "", score=score, phase=point.get(_jm("phase")),
                    initiator=initiator, outcome=outcome, id=step_id,
                    planned_step=point.get(_jm("plannedStep")))


def _unique_ids(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """Return ``steps`` with a repeated touchpoint id cleared, so that step gets a new id."""
    seen: set[str] = set()
    unique: list[Step] = []
    for step in steps:
        if step.id in seen:
            step = step.with_changes(id="")
        seen.add(step.id)
        unique.append(step)
    return tuple(unique)


def _journey_elements(root: ET.Element, source: str) -> list[ET.Element]:
    if _local(root.tag) != "CJML":
        raise fail(source, f"is not CJML: the root element is <{_local(root.tag)}>, not <CJML>")
    elements = [child for child in root if _local(child.tag) in _KIND_OF_ELEMENT]
    if not elements:
        raise fail(source, "holds no <actualJourney> or <plannedJourney>")
    return elements


def _parse(text: str, source: str) -> ET.Element:
    if _FORBIDDEN.search(text):
        raise fail(source, "contains a <!DOCTYPE> or <!ENTITY> declaration; "
                           "JourneyMap refuses those for safety")
    try:
        return ET.fromstring(text)
    except ET.ParseError as error:
        line, column = error.position
        raise InvalidJourneyError(source, [Problem(
            f"line {line}, column {column + 1}", f"is not well-formed XML: {error}")]) from None


def _read_element(element: ET.Element, source: str, fallback_title: str,
                  plan_titles: dict[str, str],
                  prefix: str = "") -> tuple[ReadResult, list[Problem]]:
    """Return one journey element's journey and its problems (places prefixed by ``prefix``)."""
    reader = _Reader(source)
    reader.plan_titles = plan_titles
    journey = reader.journey(element, fallback_title)
    places = {problem.place for problem in reader.problems}
    for problem in journey_problems(journey):
        place = problem.place.replace("steps[", "touchpoints[", 1)
        if place not in places:
            reader.problems.append(Problem(place, problem.message, problem.step_index))
    problems = [Problem(prefix + p.place, p.message, p.step_index)
                for p in sorted(reader.problems, key=problem_order)]
    warnings = tuple(Problem(prefix + w.place, w.message, w.step_index) for w in reader.warnings)
    return ReadResult(journey, warnings), problems


def loads_cjml_all(text: str, source: str,
                   fallback_title: str = "CJML journey") -> tuple[ReadResult, ...]:
    """Return every journey in the CJML ``text``, in document order, each with its warnings.

    In a document of several journeys, places are prefixed by the journey's position
    (``journeys[1].touchpoints[2].channel``). An actual journey that names its plan only by
    ``jm:planRef`` gets that planned journey's title as its plan.

    Raises:
        InvalidJourneyError: the text is not safe, well-formed CJML, or a journey breaks a rule
            (every problem of every journey is named; nothing is returned then).
    """
    elements = _journey_elements(_parse(text, source), source)
    plan_titles: dict[str, str] = {}
    for element in elements:
        journey_id = _text(element, "journeyID")
        if _KIND_OF_ELEMENT[_local(element.tag)] is JourneyKind.PLANNED and journey_id:
            plan_titles.setdefault(journey_id, element.get(_jm("title")) or
                                   _text(element, "journeyName") or journey_id)
    results: list[ReadResult] = []
    problems: list[Problem] = []
    several = len(elements) > 1
    for index, element in enumerate(elements):
        prefix = f"journeys[{index}]." if several else ""
        result, found = _read_element(element, source, fallback_title, plan_titles, prefix)
        results.append(result)
        problems += found
    if problems:
        raise InvalidJourneyError(source, problems)
    return tuple(results)


def loads_cjml(text: str, source: str, fallback_title: str = "CJML journey") -> ReadResult:
    """Return the first journey in the CJML ``text``; ``source`` names it in errors.

    A document of several journeys (see ``loads_cjml_all``) gives its first, with a warning
    that says how many more it holds.

    Raises:
        InvalidJourneyError: the text is not safe, well-formed CJML, or the journey breaks a rule.
    """
    elements = _journey_elements(_parse(text, source), source)
    plan_titles = {_text(e, "journeyID") or "": e.get(_jm("title")) or "" for e in elements
                   if _KIND_OF_ELEMENT[_local(e.tag)] is JourneyKind.PLANNED}
    result, problems = _read_element(elements[0], source, fallback_title, plan_titles)
    if problems:
        raise InvalidJourneyError(source, problems)
    if len(elements) > 1:
        more = Problem("", f"holds {len(elements)} journeys; only the first was read "
                           "(journeymap import reads them all)")
        result = ReadResult(result.journey, (*result.warnings, more))
    return result


def read_cjml(path: str | os.PathLike[str]) -> ReadResult:
    """Return the (first) journey in the CJML file at ``path`` (``.cjml`` or ``.xml``).

    Raises:
        InvalidJourneyError: naming the file and every problem; nothing is returned then.
    """
    return loads_cjml(read_text(path), source_name(path), _fallback_title(path))


def read_cjml_all(path: str | os.PathLike[str]) -> tuple[ReadResult, ...]:
    """Return every journey in the CJML file at ``path`` (see ``loads_cjml_all``).

    Raises:
        InvalidJourneyError: naming the file and every problem; nothing is returned then.
    """
    return loads_cjml_all(read_text(path), source_name(path), _fallback_title(path))


def _fallback_title(path: str | os.PathLike[str]) -> str:
    return Path(path).stem.replace("-", " ").replace("_", " ").strip() or "CJML journey"
