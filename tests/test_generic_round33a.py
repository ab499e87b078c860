"""Round 33a (issue-18cl) on short invented minutes: a sheet's title column known by its
header (`Titel`) where another column holds longer texts; a heading turned down the edge of
the text it heads, or standing at its right edge; a body's term of office in its name."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from tests.test_generic_round32 import assert_boxed_decisions_read, boxed_decisions

ITEMS = [("7", "Ny belysning", "24-003311"),
         ("8", "Tilskud", "24-004422"),
         ("9", "Vintertjeneste", "24-005533")]
UNIT = "Center for Teknik og Miljø, Vej- og Parkafdelingen"
TEXT = "Forvaltningen har belyst sagen og gjort rede for dens økonomi og tidsplan."
DECISION = "Godkendt som indstillet, idet udvalget ønsker en status efter et år."


def test_a_sheets_title_column_known_by_its_header() -> None:
    """`Punkt;Titel;Sagsnr.;Ansvarlig;Afsnit;Tekst`, a row per section: the unit in charge
    is longer than the short titles, but the column headed `Titel` holds them."""
    rows = ["Punkt;Titel;Sagsnr.;Ansvarlig;Afsnit;Tekst"]
    for number, title, case in ITEMS:
        rows += [f"{number};{title};{case};{UNIT};Sagsfremstilling;{TEXT}",
                 f"{number};{title};{case};{UNIT};Beslutning;{DECISION}"]
    result = parse_bytes("\n".join(rows).encode(), "eksport.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", TEXT), ("beslutning", DECISION)]
        for i in result.meeting.items)


# (the label's text matrix, its x) for each way it is turned and side it stands on
TURNED = {"down-left": (b"0 -1 1 0", 64), "up-right": (b"0 1 -1 0", 172),
          "down-right": (b"0 -1 1 0", 164)}


@pytest.mark.parametrize("lines", [1, 4])
@pytest.mark.parametrize("turned", sorted(TURNED))
def test_a_heading_turned_down_or_right_of_the_text_it_heads(turned: str, lines: int) -> None:
    """Each decision in a box whose only heading, `Beslutning` bold 8, is turned 90 degrees
    down its left edge (reading downward from the box's top), or up or down its right
    edge: the box's text is the item's decision under its heading."""
    matrix, x = TURNED[turned]
    assert_boxed_decisions_read(
        parse_bytes(boxed_decisions(lines, matrix, x), "boks.pdf", known_layouts=False), lines)


@pytest.mark.parametrize("doctitle", ["Referat Byråd 2022-2025", "Byråd 2022-2025 – referat",
                                      "Referat af mødet i Byråd 2022-2025"])
def test_a_bodys_term_of_office_is_part_of_its_name(doctitle: str) -> None:
    """`Byråd 2022-2025`: the years of the council's term are its name's, not a date."""
    lines = [doctitle, "", "Mødedato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset", ""]
    for number, title, case in ITEMS:
        lines += [f"{number}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling", TEXT, "",
                  "Beslutning", DECISION, ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert (result.meeting.udvalg, str(result.meeting.date)) == ("Byråd 2022-2025", "2025-06-04")
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS


@pytest.mark.parametrize("case", ["Sagsnr.: {}", "{}"])
def test_labelled_rows_after_a_closed_item_and_a_bare_case_number(case: str) -> None:
    """Items as labelled rows (`Punkt: 7`, `Titel: …`), the case number labelled or bare on
    the row under the title; a closed item has no rows but its title (`Lukket punkt`): the
    next item's rows, or a bare case number, are no wrapped part of the title above."""
    lines = ["Referat", "Teknikudvalget", "Mødedato: 4. juni 2025", "Sted: Rådhuset", ""]
    items = [(str(k), title, number_case)
             for k, (_, title, number_case) in zip((7, 9, 10), ITEMS, strict=True)]
    for number, title, number_case in items:
        lines += [f"Punkt: {number}", f"Titel: {title}", case.format(number_case), "",
                  "Sagsfremstilling", TEXT, "", "Beslutning", DECISION, ""]
        if number == "7":
            lines += ["Punkt: 8", "Titel: Lukket punkt", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        items[0], ("8", "Lukket punkt", None), *items[1:]]


def test_an_items_rows_led_in_bold_on_a_page_of_run_in_headings() -> None:
    """A page that runs its headings in (`<strong>Sagsfremstilling:</strong> text`) and gives
    each item as rows led in bold (`<b>Punkt:</b> 8`, `<b>Titel:</b> …`): those leads are
    the item's number and title, no headings."""
    body = ["<h1>Referat Teknikudvalget</h1>", "<p><strong>Mødedato:</strong> 4. juni 2025</p>",
            "<p><strong>Sted:</strong> Rådhuset</p>"]
    for number, title, case in ITEMS:
        body += [f"<p><b>Punkt:</b> {number}</p>", f"<p><b>Titel:</b> {title}</p>",
                 f"<p>Sagsnr.: {case}</p>", f"<p><strong>Sagsfremstilling:</strong> {TEXT}</p>",
                 f"<p><strong>Beslutning:</strong> {DECISION}</p>"]
    page = f"<html><body>{''.join(body)}</body></html>"
    result = parse_bytes(page.encode(), "referat.html", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", TEXT), ("beslutning", DECISION)] for i in result.meeting.items)


def test_a_heading_run_in_under_an_items_title_row() -> None:
    """A dagsorden's title rows in label and value columns (`Titel           TITLE`, in
    capitals) followed at once by known headings run in (`Sagsfremstilling: text`), the
    next item's rows right under them: those lines are no wrapped part of the title."""
    lines = ["Dagsorden", "Teknikudvalget", "Mødedato: 4. juni 2025", "Sted: Rådhuset"]
    for number, title, _ in ITEMS:
        lines += [f"{'Punkt':<16}{number}", f"{'Titel':<16}{title.upper()}",
                  "Sagsfremstillingen: Kalenderen er vedlagt.",
                  "Forslag til beslutning: Forvaltningen indstiller, at orienteringen tages",
                  "til efterretning."]
    result = parse_bytes("\n".join(lines).encode(), "dagsorden.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title) for i in result.meeting.items] == [
        (n, t.upper()) for n, t, _ in ITEMS]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "indstilling"]
               for i in result.meeting.items)


def test_a_closed_items_status_row_in_label_columns() -> None:
    """Items in label and value columns parted by a rule; a closed item's rows are its
    title and `Status    Lukket punkt`: the status row is no wrapped part of the title,
    though the next item's number row follows close under it (the closed item's status
    itself is not asserted: see Left)."""
    lines = ["Referat", "Teknikudvalget", "Mødedato: 4. juni 2025", "Sted: Rådhuset", ""]
    rule = "=" * 60
    for number, (_, title, case) in zip(("7", "9", "10"), ITEMS, strict=True):
        lines += [rule, f"{'Punkt':<20}{number}", f"{'Titel':<20}{title}",
                  f"{'Sagsnr.':<20}{case}", "", f"{'Sagsfremstilling':<20}{TEXT}", "",
                  f"{'Beslutning':<20}{DECISION}"]
        if number == "7":
            lines += [rule, f"{'Punkt':<20}8", f"{'Titel':<20}Salg af grund",
                      f"{'Status':<20}Lukket punkt"]
    result = parse_bytes("\n".join(lines).encode(), "protokol.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == [
        ITEMS[0][1], "Salg af grund", *(t for _, t, _ in ITEMS[1:])]
