"""Round 18 (issue-18aw, conventions not yet seen) on short invented minutes: a section's
number under its item in a cell of its own beside the heading ("4.1 | Resumé") is a
numbered heading, not a table's head row; a `<br>` inside a heading breaks its line, not
the heading; sub-items "5.1", "5.2" under item 5 are items; dates with the month
abbreviated ("4. jun. 2025") or as "4/6-25"."""

from __future__ import annotations

import datetime as dt

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from tests.invented import read_invented

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
SECTIONS = (("Resumé", "Sagen handler om en ny institution."),
            ("Sagsfremstilling", "Forvaltningen har belyst sagen og anbefaler en løsning."),
            ("Indstilling", "Forvaltningen indstiller, at sagen godkendes."),
            ("Beslutning", "Godkendt."))


def test_a_section_number_in_a_cell_beside_its_heading_numbers_the_heading() -> None:
    """A Word PDF whose multilevel list numbers each section under its item, the number
    ("4.1") at the margin and the bold heading and its text indented beside it: every
    heading is the item's section, typed, with its text under it (not a table's head
    row over columns of text, nor a label run into the heading)."""
    p = Pager()
    p.head("Referat – Socialudvalget", ["Mødedato: 4. juni 2025 kl. 16.00",
                                        "Mødested: Mødelokale 2"])
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        p.room(20)
        p.put(56, f"{4 + k}. {title}", 12, 2)
        p.room(13)
        p.put(56, f"Sagsnr.: {case}", 9, 1)
        for n, (heading, text) in enumerate(SECTIONS, 1):
            p.room(18)
            p.put(56, f"{4 + k}.{n}", 10, 2)
            p.put(92, heading, 10, 2)
            p.body(text, 92, 440)
    meeting = read_invented(p.pdf(), ".pdf")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections] == [
            ("resume", SECTIONS[0][1]), ("sagsfremstilling", SECTIONS[1][1]),
            ("indstilling", SECTIONS[2][1]), ("beslutning", SECTIONS[3][1])]


def test_a_title_broken_by_br_inside_its_heading_is_one_title() -> None:
    """A CMS page whose editor broke long titles by hand (`<h2>4. First half<br>second
    half</h2>`): each title is the whole heading, no half of it a section of the item."""
    titles = ("Ny daginstitution i Hundige med plads til 120 børn",
              "Trafiksikkerhed ved skolevejene i den nordlige bydel",
              "Tilskud til foreningernes lokaler i 2026 og 2027")
    parts = ["<html><body><h1>Referat – Socialudvalget</h1>",
             "<p>Onsdag den 4. juni 2025 kl. 16.00, Mødelokale 2</p>"]
    for k, (title, case) in enumerate(zip(titles, CASES, strict=True)):
        words = title.split()
        parts += [f"<h2>{4 + k}. {' '.join(words[:4])}<br>{' '.join(words[4:])}</h2>",
                  f"<p>Sagsnr.: {case}</p>",
                  *(f"<h3>{h}</h3><p>{t}</p>" for h, t in SECTIONS)]
    meeting = read_invented("\n".join([*parts, "</body></html>"]), ".html")
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(4 + k), t) for k, t in enumerate(titles)]
    assert all([s.type for s in i.sections] == ["resume", "sagsfremstilling", "indstilling",
                                                "beslutning"] for i in meeting.items)


def _minutes(header: list[str]) -> str:
    lines = [*header, ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"Sagsnr.: {case}", ""]
        for heading, text in SECTIONS:
            lines += [heading, text, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("stated", ["Mødedato: 4. jun. 2025, kl. 16.00",
                                    "Mødedato: 4. jun 2025, kl. 16.00",
                                    "Referat af mødet d. 4/6-25 kl. 16.00 på Rådhuset."])
def test_dates_with_an_abbreviated_month_or_as_day_slash_month_dash_year(stated: str) -> None:
    """The meeting's date written with the month abbreviated ("4. jun. 2025") or in the
    Danish short form day/month-year ("4/6-25"): the meeting's date is read."""
    meeting = read_invented(_minutes(["Referat", "Socialudvalget", stated]))
    assert meeting.date == dt.date(2025, 6, 4)
    assert len(meeting.items) == 3


def test_sub_items_numbered_under_an_item_are_items() -> None:
    """Items 4 and 5, then sub-items "5.1" and "5.2" under item 5, each with its case
    number and sections, then item 6: every sub-item is an item of its own between its
    parent and the next item; numbered lines in an item's text with no item's evidence
    under them ("5.3 Orientering om …" in a decision) stay text."""
    numbers = ("4", "5", "5.1", "5.2", "6")
    titles = (*TITLES, "Orientering om vejarbejder", "Budgetopfølgning for 2. kvartal")
    cases = (*CASES, "25-000101", "25-000202")
    lines = ["Referat", "Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00", ""]
    for number, title, case in zip(numbers, titles, cases, strict=True):
        lines += [f"{number} {title}", f"Sagsnr.: {case}", ""]
        for heading, text in SECTIONS:
            lines += [heading, text, ""]
        if number == "5.2":
            lines[-2:-1] = ["Godkendt.",
                            "5.3 Orientering om trafikken blev taget til efterretning."]
    meeting = read_invented("\n".join(lines))
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == list(
        zip(numbers, titles, cases, strict=True))
    assert "5.3 Orientering" in meeting.items[3].sections[-1].text


def test_a_line_opening_with_an_ordinal_is_text_not_a_dated_heading() -> None:
    """A paragraph of a case description that starts with an ordinal ("2. behandling i
    Byrådet den 9. april 2024.", a second reading) names a body and a date as a decision
    history's heading does: it stays the description's text, and no empty decision
    stands before the item's own (the generic reader: Acadre's reader takes these minutes).
    """
    lines = ["Referat", "Byrådet", "Mødedato: 4. juni 2025 kl. 16.00", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.",
                  "2. behandling i Byrådet den 9. april 2024.", "",
                  "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "ordinal.txt", known_layouts=False)
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert item.sections[0].text.endswith("2. behandling i Byrådet den 9. april 2024.")
        assert item.sections[1].text == "Godkendt."


def test_organ_and_lokation_fields_name_the_body_and_the_place() -> None:
    """A page whose fields are labelled "Organ:" (the body, here "Udvalget for Klima og
    Miljø") and "Lokation:": the udvalg and the place are their values."""
    parts = ["<html><body><h1>Referat</h1>", "<p><b>Organ:</b> Udvalget for Klima og Miljø</p>",
             "<p><b>Dato:</b> 04.06.2025</p>", "<p><b>Tidspunkt:</b> 16:00 - 18:00</p>",
             "<p><b>Lokation:</b> Rådhuset, mødelokale 3</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>Punkt {4 + k} - {title}</h2>", f"<p>Sagsnr. {case}</p>",
                  *(f"<h3>{h}</h3><p>{t}</p>" for h, t in SECTIONS)]
    meeting = read_invented("\n".join([*parts, "</body></html>"]), ".html")
    assert (meeting.udvalg, meeting.place) == ("Udvalget for Klima og Miljø",
                                               "Rådhuset, mødelokale 3")
    assert len(meeting.items) == 3


def test_a_padlock_icon_opening_a_title_marks_the_item_closed() -> None:
    """A portal page that marks closed items only by a padlock icon before the title
    (`<h2><img alt="Lukket punkt"> 5. Title</h2>`): the item is read, closed, with its
    own title; the open items around it are read as before."""
    parts = ["<html><body><h1>Referat – Socialudvalget</h1>",
             "<p>Onsdag den 4. juni 2025 kl. 16.00, Mødelokale 2</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        if k == 1:
            parts.append(f"<h2><img src='/ikoner/laas.svg' alt='Lukket punkt'> 5. {title}</h2>")
            continue
        parts += [f"<h2>{4 + k}. {title}</h2>", f"<p>Sagsnr.: {case}</p>",
                  *(f"<h3>{h}</h3><p>{t}</p>" for h, t in SECTIONS)]
    meeting = read_invented("\n".join([*parts, "</body></html>"]), ".html")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        ("4", TITLES[0], False), ("5", TITLES[1], True), ("6", TITLES[2], False)]
