"""Planned and actual in the PDF: the deviation section of a journey's report and the plan report.

The journeys are built here: a plan of four touchpoints (find the part, book online, get a
confirmation, the engineer comes) and actual journeys that complete, fail, miss and improvise.
The reports are read back as the user reads them: the text per line (pdftotext -layout), the
outline and the page sizes.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.core.model import Journey, JourneyKind, Outcome, Step
from journeymap.formats.pdf_plan_report import write_plan_report
from journeymap.session.context import AnalysisContext
from journeymap.session.exports import export

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

PLAN_TITLE = "Hob repair as designed"
LONG_TITLE = ("The engineer comes on the booked day, brings the ordered part, repairs the hob "
              "and explains what went wrong so the customer knows what to watch for next time")


def make_plan(lang: str = "en") -> Journey:
    return Journey(title=PLAN_TITLE, kind=JourneyKind.PLANNED, language=lang, steps=(
        Step("Find the spare part on the brand's website", "website", 1, id="find"),
        Step("Book the repair online", "website", 1, id="book"),
        Step("Get a confirmation by e-mail", "email", 1, id="confirm"),
        Step(LONG_TITLE, "face_to_face", 2, id="visit"),
    ))


def failed_booking(lang: str = "en") -> Journey:
    """Books in vain, calls twice (improvised), gets no confirmation; the visit is linked."""
    return Journey(title="Broken cooking hob", plan=PLAN_TITLE, language=lang, steps=(
        Step("Searched the spare part on the website", "website", 0),
        Step("Booking in the online service assistant", "website", -2, outcome=Outcome.FAILED),
        Step("Called the contact centre", "phone", -1),
        Step("Called again to hear the date", "phone", -1),
        Step("Engineer visit", "face_to_face", 2, planned_step="visit"),
    ))


def as_designed(lang: str = "en") -> Journey:
    return Journey(title="Booked online, all went well", plan=PLAN_TITLE, language=lang, steps=(
        Step("Found the part on the website", "website", 1),
        Step("Booked the repair online", "website", 1),
        Step("Confirmation by e-mail", "email", 1),
        Step("The engineer repaired the hob", "face_to_face", 2),
    ))


def went_to_the_shop(lang: str = "en") -> Journey:
    return Journey(title="Went to the shop instead", plan=PLAN_TITLE, language=lang, steps=(
        Step("Asked in the shop", "store", 0),
        Step("The engineer came without the part", "face_to_face", -1,
             outcome=Outcome.FAILED),
    ))


def layout_text(path: Path, first: int | None = None, last: int | None = None) -> list[str]:
    """Return the lines of the PDF as laid out (pages ``first``..``last``, 1-based)."""
    command = ["pdftotext", "-layout"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, text=True,
                            check=True)
    return result.stdout.splitlines()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def line_with(lines: list[str], text: str) -> str:
    found = [line for line in lines if text in line]
    assert found, f"no line with {text!r}"
    return found[0]


def outline(path: Path) -> dict[str, int]:
    """Return every bookmark (nested ones too) with the 1-based page it points at."""
    reader = PdfReader(path)
    entries: dict[str, int] = {}

    def visit(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                visit(item)
            else:
                entries[item.title] = reader.get_destination_page_number(item) + 1

    visit(reader.outline)
    return entries


def section_page(path: Path, heading: str) -> int:
    """Return the page the bookmark ``heading`` points at, after checking it is there."""
    page = outline(path)[heading]
    assert heading in flat(PdfReader(path).pages[page - 1].extract_text())
    return page


def text_pieces(path: Path) -> list[tuple[float, float, float, float, float]]:
    """Return (size, x, y, page width, page height) of every piece of text."""
    pieces = []
    for page in PdfReader(path).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  width: float = width, height: float = height) -> None:
            if text.strip():
                scale = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append((size * scale, x, y, width, height))

        page.extract_text(visitor_text=visit)
    return pieces


def report_with_plan(tmp_path: Path, lang: str = "en", paper: str = "a4",
                     actual: Journey | None = None, *, redact: bool = False) -> Path:
    path = tmp_path / f"report-{lang}-{paper}.pdf"
    journey = actual or failed_booking(lang)
    export({"pdf": path}, journey, AnalysisContext(lang=lang), plan=make_plan(lang),
           paper=paper, redact=redact)
    return path


# --------------------------------------------------------------------------- deviation section


def test_deviation_section_lists_each_touchpoints_fate_and_the_improvised_steps(tmp_path):
    path = report_with_plan(tmp_path)
    page = section_page(path, "Planned and actual")
    lines = layout_text(path, page)
    text = flat(" ".join(lines))
    assert "3 of 4 planned touchpoints happened; 1 failed; 2 improvised steps" in text
    assert f"“{PLAN_TITLE}”" in text
    find = line_with(lines, "1. Find the spare part on the brand's website")
    assert "completed" in find
    assert re.search(r"Website\s+1\s", find)
    book = line_with(lines, "2. Book the repair online")
    assert "failing" in book
    assert "Booking in the online service assistant" in book
    confirm = line_with(lines, "3. Get a confirmation by e-mail")
    assert "missing" in confirm
    assert "—" in confirm
    for number, title in ((3, "Called the contact centre"), (4, "Called again to hear the date")):
        row = line_with(lines, title)
        assert "ad hoc" in row
        assert re.search(rf"\s{number}\s", row)
    visit = line_with(lines, "4. The engineer comes")
    assert "completed" in visit
    assert "5 · linked" in visit
    # The long planned title wraps in its cell instead of being cut off.
    words = flat(PdfReader(path).pages[page - 1].extract_text())
    assert flat(LONG_TITLE) in words


def test_the_section_is_bookmarked_between_the_breaks_and_the_map(tmp_path):
    path = report_with_plan(tmp_path)
    entries = outline(path)
    assert entries["Breaks and pain points"] < entries["Planned and actual"]
    map_pages = [page for title, page in entries.items() if title.startswith("Journey map")]
    assert map_pages
    assert entries["Planned and actual"] < min(map_pages)


def test_a_report_without_a_plan_has_no_such_section(tmp_path):
    path = tmp_path / "plain.pdf"
    export({"pdf": path}, failed_booking(), AnalysisContext(lang="en"))
    assert "Planned and actual" not in outline(path)
    assert "planned touchpoints" not in flat(" ".join(layout_text(path)))


def test_deviation_section_in_dutch(tmp_path):
    path = report_with_plan(tmp_path, "nl")
    page = section_page(path, "Gepland en werkelijk")
    lines = layout_text(path, page)
    text = flat(" ".join(lines))
    assert ("3 van de 4 geplande contactmomenten vonden plaats; 1 mislukt; "
            "2 geïmproviseerde stappen") in text
    assert "voltooid" in line_with(lines, "1. Find the spare part")
    assert "mislukt" in line_with(lines, "2. Book the repair online")
    assert "ontbreekt" in line_with(lines, "3. Get a confirmation")
    assert "geïmproviseerd" in line_with(lines, "Called the contact centre")
    assert "5 · gekoppeld" in line_with(lines, "4. The engineer comes")
    assert "Gepland contactmoment" in text
    assert "Wat de klant deed" in text


def test_one_touchpoint_and_one_improvised_step_read_in_the_singular(tmp_path):
    for lang, expected in (("en", "1 of 4 planned touchpoints happened; 1 failed; "
                                  "1 improvised step"),
                           ("nl", "1 van de 4 geplande contactmomenten vond plaats; 1 mislukt; "
                                  "1 geïmproviseerde stap")):
        path = report_with_plan(tmp_path, lang, actual=went_to_the_shop(lang))
        assert expected in flat(" ".join(layout_text(path)))


def test_redacted_report_masks_the_plan_and_the_steps_but_keeps_the_fates(tmp_path):
    actual = failed_booking()
    steps = list(actual.steps)
    steps[2] = Step("Called the contact centre, mailed jan.jansen@example.org", "phone", -1)
    path = report_with_plan(tmp_path, actual=Journey(
        title=actual.title, plan=actual.plan, steps=tuple(steps)), redact=True)
    text = flat(" ".join(layout_text(path)))
    assert "jan.jansen@example.org" not in text
    assert "3 of 4 planned touchpoints happened; 1 failed; 2 improvised steps" in text


# --------------------------------------------------------------------------- the plan report


def plan_report(tmp_path: Path, lang: str = "en", paper: str = "a4") -> Path:
    path = tmp_path / f"plan-{lang}-{paper}.pdf"
    write_plan_report(path, make_plan(lang),
                      [failed_booking(lang), as_designed(lang), went_to_the_shop(lang)],
                      lang=lang, paper=paper)
    return path


def counts_of(lines: list[str], title: str) -> tuple[int, int, int]:
    """Return the completed, failing and missing counts that end a touchpoint's row."""
    match = re.search(r"(\d+)\s+(\d+)\s+(\d+)\s*$", line_with(lines, title))
    assert match, title
    return int(match[1]), int(match[2]), int(match[3])


def test_plan_report_counts_each_touchpoint_over_the_actual_journeys(tmp_path):
    path = plan_report(tmp_path)
    lines = layout_text(path)
    assert counts_of(lines, "Find the spare part") == (2, 0, 1)
    assert counts_of(lines, "Book the repair online") == (1, 1, 1)
    assert counts_of(lines, "Get a confirmation by e-mail") == (1, 0, 2)
    text = flat(" ".join(lines))
    assert "The service as designed, against the 3 actual journeys given." in text
    for title, summary in (
            ("Broken cooking hob",
             "3 of 4 planned touchpoints happened; 1 failed; 2 improvised steps"),
            ("Booked online, all went well", "4 of 4 planned touchpoints happened"),
            ("Went to the shop instead",
             "1 of 4 planned touchpoints happened; 1 failed; 1 improvised step")):
        assert summary in line_with(lines, title)


def test_plan_report_is_bookmarked_and_in_dutch(tmp_path):
    path = plan_report(tmp_path, "nl")
    entries = outline(path)
    assert entries[PLAN_TITLE] == 1
    section_page(path, "Geplande contactmomenten over de werkelijke klantreizen")
    section_page(path, "De werkelijke klantreizen")
    lines = layout_text(path)
    text = flat(" ".join(lines))
    assert "Plan en praktijk" in text
    assert "Voltooid" in text
    assert "Ontbreekt" in text
    assert counts_of(lines, "Book the repair online") == (1, 1, 1)
    assert ("3 van de 4 geplande contactmomenten vonden plaats; 1 mislukt; "
            "2 geïmproviseerde stappen") in text  # the summary may wrap in its column
    assert PdfReader(path).metadata.title == PLAN_TITLE


@pytest.mark.parametrize(("paper", "size"), [("a4", (842, 595)), ("a3", (1191, 842))])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_reports_use_no_text_under_seven_points_and_keep_it_on_the_page(tmp_path, paper, size,
                                                                        lang):
    for path in (plan_report(tmp_path, lang, paper), report_with_plan(tmp_path, lang, paper)):
        box = PdfReader(path).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
        pieces = text_pieces(path)
        assert pieces
        for text_size, x, y, width, height in pieces:
            assert text_size >= 7.0 - 1e-6
            assert 0 <= x < width
            assert 0 <= y < height


def test_a_plan_report_without_actual_journeys_says_so(tmp_path):
    path = tmp_path / "alone.pdf"
    write_plan_report(path, make_plan(), [], lang="en")
    text = flat(" ".join(layout_text(path)))
    assert "No actual journey was given" in text


def test_export_of_a_planned_journey_with_its_actuals_is_the_plan_report(tmp_path):
    path = tmp_path / "via-export.pdf"
    export({"pdf": path}, make_plan(), AnalysisContext(lang="en"),
           actuals=[failed_booking(), as_designed()])
    lines = layout_text(path)
    assert counts_of(lines, "Get a confirmation by e-mail") == (1, 0, 1)
    assert "Planned touchpoints over the actual journeys" in outline(path)


def test_plan_report_is_the_same_bytes_every_run(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    assert plan_report(first).read_bytes() == plan_report(second).read_bytes()


def test_the_session_writes_the_plan_report_masked_in_its_context(tmp_path):
    from journeymap.session.exports import write_plan_report as session_plan_report

    shop = went_to_the_shop()
    steps = (Step("Asked in the shop, called 06 12345678", "store", 0), *shop.steps[1:])
    path = session_plan_report(tmp_path / "s.pdf", make_plan(), [
        Journey(title=shop.title, plan=PLAN_TITLE, steps=steps)], AnalysisContext(lang="nl"),
        paper="a3", redact=True)
    lines = layout_text(path)
    assert "06 12345678" not in " ".join(lines)
    assert counts_of(lines, "Book the repair online") == (0, 0, 1)
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 1191
