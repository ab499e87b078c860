"""Round 26 (issue-18bu) on short invented minutes: minutes exported as JSON by a system
whose schema referat does not know, read by what the bytes are whatever the file's name;
an item's number right-aligned on the line of its case number, under an unnumbered title;
leader dots from a title to its case number; a closed item's status field before the next
item's number; the udvalg and date only in the page's name."""

from __future__ import annotations

import json

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate11 import Pager
from benchmarks.layouts.generate12 import _width
from tests.test_generic_round25 import CASES, DECISION, TITLES, _items

ITEMS = [("4", TITLES[0], CASES[0], False, ["sagsfremstilling", "beslutning"]),
         ("5", TITLES[1], None, True, []),
         ("6", TITLES[2], CASES[2], False, ["sagsfremstilling", "beslutning"])]


def _export() -> bytes:
    """An open-data export: what it is and the meeting fields, then a list of items, each
    its number, title, case number and closed flag, its sections as heading/text objects
    or, for the decision, a field of its own."""
    items = []
    for number, title, case, closed, _ in ITEMS:
        item = {"Punkt": int(number), "Emne": title, "Sagsnr": case, "Lukket": closed}
        if not closed:
            item["Felter"] = [{"Overskrift": "Sagsfremstilling",
                               "Tekst": ["Forvaltningen har undersøgt sagen.",
                                         "Der er indhentet tilbud fra tre leverandører."]}]
            item["Beslutning"] = " ".join(DECISION)
        items.append(item)
    doc = {"Dokument": "Referat", "Udvalg": "Socialudvalget",
           "Mødetidspunkt": "onsdag den 4. juni 2025 kl. 15.00", "Mødested": "Mødelokale 3",
           "Dagsordenspunkter": items}
    return json.dumps(doc, ensure_ascii=False, indent=4).encode()


@pytest.mark.parametrize("name", ["referat.txt", "referat.json", "referat.html"])
def test_minutes_exported_as_json_of_an_unknown_schema(name: str) -> None:
    """Any JSON that is not the portal's is read as the lines of a text (a short field is a
    labelled field, a true flag its key, a heading/text object a section), and a file
    whose bytes are JSON is read so whatever its suffix, `.txt` too."""
    result = parse_bytes(_export(), name)
    assert result.ok and result.reader == "portal_json"
    assert _items(result) == ITEMS
    m = result.meeting
    assert (m.udvalg, str(m.date), m.place) == ("Socialudvalget", "2025-06-04", "Mødelokale 3")
    assert m.items[2].sections[-1].text == " ".join(DECISION)


def test_a_text_opening_like_json_is_still_text() -> None:
    """A text file that opens with a bracket but is no JSON is read as text."""
    lines = ["[Udkast]", "Referat", "Socialudvalget", "", f"1. {TITLES[0]}", "",
             "Sagsfremstilling", "", "Forvaltningen har undersøgt sagen.", "",
             "Beslutning", "", "Godkendt.", "", f"2. {TITLES[1]}", "", "Beslutning", "",
             "Taget til efterretning.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt")
    assert result.ok and result.reader == "text"
    assert [i.title for i in result.meeting.items] == list(TITLES[:2])


def test_json_without_minutes_is_refused() -> None:
    """JSON holding no items (a settings file, a list of numbers) is no minutes."""
    for data in (b'{"navn": "x", "aktiv": true}', b"[1, 2, 3]",
                 json.dumps({"titel": "Vejledning", "tekst": ["Et afsnit."]}).encode()):
        assert parse_bytes(data, "data.txt").status == "not_minutes"
        assert parse_bytes(data, "data.json").status == "not_minutes"


def _number_right_on_the_case_line() -> bytes:
    """A region's board minutes: each title bold and unnumbered (the first wrapped over two
    lines), below it a small line with the case number (or `Lukket punkt`) at the margin
    and `Punkt N` right-aligned; a protocol addition after the first item's decision."""
    p = Pager()
    p.head("Referat", ["Regionsrådet", "Mødedato: 4. juni 2025", "Mødested: Regionshuset"])
    for k, (number, title, case, closed, _) in enumerate(ITEMS):
        lines = [title[:17], title[18:]] if k == 0 else [title]
        for n, text in enumerate(lines):
            p.room(30 if n == 0 else 15)
            p.put(56, text, 12, 2)
        p.room(14)
        p.put(56, "Lukket punkt" if closed else f"Sagsnr. {case}", 9)
        p.put(490, f"Punkt {number}", 9)
        if closed:
            continue
        for leading, text, font in ((20, "Sagsfremstilling", 2),
                                    (14, "Forvaltningen har belyst sagen.", 1),
                                    (20, "Beslutning", 2), (14, DECISION[0], 1)):
            p.room(leading)
            p.put(56, text, 10, font)
        if k == 0:
            p.room(20)
            p.put(56, "Protokoltilføjelse", 10, 2)
            p.room(14)
            p.put(56, DECISION[1], 10)
    return p.pdf()


def test_item_number_right_aligned_on_the_line_of_its_case_number() -> None:
    """An item's number as the last cell of the line of fields under its title (`Sagsnr.
    …<tab>Punkt 4`, `Lukket punkt<tab>Punkt 5`) numbers that title, a title wrapped over
    two lines of its type whole; a protocol addition (`Protokoltilføjelse`) is a part of
    the decision."""
    result = parse_bytes(_number_right_on_the_case_line(), "region.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        item[:4] for item in ITEMS]
    assert [s.type for s in result.meeting.items[0].sections] == [
        "sagsfremstilling", "beslutning", "beslutning"]


def _dot_leader_to_the_case_number() -> bytes:
    """A Word PDF: each `N. Title` bold 12, the last line of a wrapped title too, ending in
    regular leader dots to the case number (or `Lukket punkt`) right-aligned at the
    margin; headings bold."""
    p = Pager()
    p.head("Referat", ["Byrådet", "Mødedato: 4. juni 2025", "Mødested: Byrådssalen"])
    for k, (number, title, case, closed, _) in enumerate(ITEMS):
        text = f"{number}. {title}"
        lines = [text[:20], text[21:]] if k == 0 else [text]
        for n, line in enumerate(lines):
            p.room(30 if n == 0 else 15)
            p.put(56, line, 12, 2)
        mark = "Lukket punkt" if closed else case
        end = 56 + _width(lines[-1], 12, "Helvetica-Bold") + 4
        start = 539 - _width(mark, 10)
        p.put(end, "." * int((start - 4 - end) / _width(".", 10)), 10)
        p.put(start, mark, 10)
        if not closed:
            for leading, text, font in ((20, "Sagsfremstilling", 2),
                                        (14, "Forvaltningen har belyst sagen.", 1),
                                        (20, "Beslutning", 2), (14, DECISION[0], 1)):
                p.room(leading)
                p.put(56, text, 10, font)
    return p.pdf()


def test_dot_leader_to_the_case_number_is_no_part_of_the_title() -> None:
    """Regular leader dots after a bold title, on to its case number, neither set the
    title's type (a piece's type is its letters') nor stay in the title; the wrapped
    title is whole."""
    result = parse_bytes(_dot_leader_to_the_case_number(), "leader.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == ITEMS


def test_a_status_field_ending_in_punkt_is_no_wrapped_marker() -> None:
    """A page whose items are a table's row groups, the number in a cell spanning the
    group, the title beside it, then rows of fields and sections: a closed item's field
    `Status | Lukket punkt` right before the next item's number is its status, not a title
    whose marker (`… punkt` / `5`) wrapped onto the next line."""
    groups = []
    for number, title, case, closed, _ in ITEMS:
        rows = ([("Status", "Lukket punkt")] if closed else
                [("Sagsnr.", case), ("Sagsfremstilling", "Forvaltningen har belyst sagen."),
                 ("Beslutning", DECISION[0])])
        groups.append(f"<tbody><tr><th rowspan='{len(rows) + 1}'>{number}</th>"
                      f"<th colspan='2'>{title}</th></tr>"
                      + "".join(f"<tr><th scope='row'>{label}</th><td>{value}</td></tr>"
                                for label, value in rows) + "</tbody>")
    page = ("<html><body><h1>Referat</h1><p>Socialudvalget</p><p>4. juni 2025 kl. 15.00, "
            f"Mødelokale 3</p><table>{''.join(groups)}</table></body></html>")
    result = parse_bytes(page.encode(), "groups.html", known_layouts=False)
    assert result.ok, result.reason
    assert _items(result) == ITEMS


def test_udvalg_and_date_only_in_the_page_name() -> None:
    """A CMS page whose body prints neither the udvalg nor the date: both from the page's
    own name (`<title>Referat – udvalg – date</title>`)."""
    body = "".join(f"<h2>Punkt {number}: {title}</h2><h3>Beslutning</h3><p>{DECISION[0]}</p>"
                   for number, title, *_ in ITEMS)
    page = ("<html><head><title>Referat – Socialudvalget – 4. juni 2025</title></head>"
            f"<body><h1>Referat</h1>{body}</body></html>")
    result = parse_bytes(page.encode(), "cms.html", known_layouts=False)
    assert result.ok, result.reason
    assert (result.meeting.udvalg, str(result.meeting.date)) == ("Socialudvalget", "2025-06-04")
    assert [i.title for i in result.meeting.items] == list(TITLES)
