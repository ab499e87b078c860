"""Conventions of exports and forwards, read by principles: headings asked as questions,
a dagsorden quoted by a mail client, AsciiDoc-like heading marks as levels, a status code
after each title that a legend defines, and a delimited spreadsheet export with a header
row. Short invented minutes; what is not minutes stays rejected."""

from __future__ import annotations

from referat.index.model import Meeting
from referat.index.readers import parse_bytes

from tests.invented import read_invented

TITLES = ("Godkendelse af dagsorden", "Ny plan for cykelstier i den østlige bydel",
          "Vejbelysning på Strandvejen")
CASES = ("25-001122", "25-003344", "25-005566")


def _rows() -> list[str]:
    """A short referat in plain text: three items with a resumé, a background and a
    decision each."""
    rows = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025",
            "Mødested: Byrådssalen", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", f"Sagsnr.: {case}", "", "Resumé", "Der er en sag.", "",
                 "Sagsfremstilling", "Forvaltningen har lavet en plan for de kommende år.", "",
                 "Beslutning", "Godkendt.", ""]
    return rows


def _read_with_closed_fourth(rows: list[str]) -> Meeting:
    """The invented document read: the three items, then the closed item 4."""
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [i.title for i in meeting.items] == [*TITLES, "Personalesag"]
    assert [i.case_number for i in meeting.items] == [*CASES, None]
    assert str(meeting.date) == "2025-04-03"
    return meeting


def test_headings_asked_as_questions_are_typed_by_what_they_ask() -> None:
    rows = ["Referat", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", f"Sagsnr.: {case}", "", "**Hvorfor er sagen rejst?**",
                 "Der er en sag.", "", "**Hvad er baggrunden?**", "Planen er gammel.", "",
                 "**Hvad koster det?**", "Det koster 2 mio. kr.", "",
                 "**Hvad indstiller administrationen?**", "At planen godkendes.", "",
                 "**Hvad blev besluttet?**", "1.-2. Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == list(TITLES)
    for item in meeting.items:
        assert [s.type for s in item.sections] == [
            "other", "sagsfremstilling", "okonomi", "indstilling", "beslutning"]


def test_a_dagsorden_quoted_by_a_mail_client_is_read_through_its_marks() -> None:
    """Every line quoted "> " under the forwarding mail's header, whose own date is not
    the meeting's."""
    head = ["Fra: Sekretariatet", "Sendt: 28. marts 2025 10:15", "Til: Udvalgets medlemmer",
            "Emne: VS: Referat", "", "Til orientering.", "", "-----Oprindelig meddelelse-----"]
    meeting = read_invented("\n".join(head + [f"> {r}".rstrip() for r in _rows()]))
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert str(meeting.date) == "2025-04-03"
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["resume", "sagsfremstilling", "beslutning"]
        assert not any(">" in s.text for s in item.sections)


def test_a_quoted_mail_that_is_no_minutes_is_still_rejected() -> None:
    body = ["Hej Jens", "", "Tak for dit spørgsmål om vejbelysningen på Strandvejen.",
            "Vi har bestilt nye lamper, og de bliver sat op i maj.", "",
            "1. Lamperne er LED.", "2. Masterne males grønne.", "", "Venlig hilsen",
            "Vejafdelingen"]
    data = "\n".join(["Fra: Jens", "Sendt: 2. april 2025", "Emne: SV: Lamper", "",
                      "Tak, det lyder godt.", ""] + [f"> {r}".rstrip() for r in body])
    assert not parse_bytes(data.encode(), "mail.txt").ok


def test_asciidoc_heading_marks_are_levels() -> None:
    """"= Referat", "== 1. Title", "=== Resumé": the run of marks is the level; a
    document's attributes and a block's role print nothing; "Sagsnr:: …" is a field."""
    rows = ["= Referat", ":udvalg: Teknik- og Miljøudvalget", ":dato: 3. april 2025", "",
            "Udvalg:: Teknik- og Miljøudvalget", "Dato:: 3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"== {n}. {title}", "", f"Sagsnr:: {case}", "", "=== Resumé", "",
                 "Der er en sag.", "", "=== Sagsfremstilling", "",
                 "Forvaltningen har lavet en plan.", "", "Den gælder i fire år.", "",
                 "=== Beslutning", "", "Godkendt.", ""]
    rows += ["== 4. Personalesag", "", "[.lukket]", "Lukket punkt.", ""]
    meeting = _read_with_closed_fourth(rows)
    for item in meeting.items[:3]:
        assert [s.type for s in item.sections] == ["resume", "sagsfremstilling", "beslutning"]
        assert "Den gælder i fire år." in item.sections[1].text
    assert meeting.items[3].sections == []


def test_a_code_a_legend_explains_is_no_part_of_the_title() -> None:
    """"Title (A)" under a legend "Tegn: (A) = Afgørelse, (I) = Information, (F) =
    Fortroligt": the code is metadata, and the code the legend calls closed closes."""
    rows = ["DAGSORDEN", "Teknik- og Miljøudvalget", "Mødedato: 3. april 2025",
            "Tegn: (A) = Afgørelse, (I) = Information, (F) = Fortroligt", ""]
    for n, (title, case, code) in enumerate(zip(TITLES, CASES, "AIA", strict=True), start=1):
        rows += [f"{n}. {title} ({code})", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                 "Forvaltningen har lavet en plan.", ""]
    rows += ["4. Personalesag (F)", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == [*TITLES, "Personalesag"]
    assert [i.closed for i in meeting.items] == [False, False, False, True]


def test_a_spreadsheet_export_with_a_header_row_is_read_as_a_table() -> None:
    """One row per section, cells apart by ";" and a quoted text over two lines; rows
    without a number are the meeting's fields; the title repeated on an item's rows is
    one item."""
    rows = ["Nr;Emne;Journalnr.;Afsnit;Indhold", ";Udvalg;;;Teknik- og Miljøudvalget",
            ";Mødedato;;;3. april 2025"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f'{n};{title};{case};Sagsfremstilling;"Forvaltningen har lavet en plan.',
                 'Den gælder i ""fire"" år."', f"{n};{title};{case};Beslutning;Godkendt."]
    rows += ["4;Personalesag;;Lukket;"]
    meeting = _read_with_closed_fourth(rows)
    for item in meeting.items[:3]:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert 'Den gælder i "fire" år.' in item.sections[0].text
    assert meeting.items[3].closed


def test_a_spreadsheet_that_is_no_minutes_is_still_rejected() -> None:
    rows = ["Nr;Vej;Beløb;Konto;Bemærkning", "1;Strandvejen;120000;Drift;Nye lamper",
            "2;Byvej;80000;Anlæg;Ny belægning", "3;Skolevej;45000;Drift;Kantsten",
            "4;Parkvej;30000;Drift;Vejbump"]
    assert not parse_bytes("\n".join(rows).encode(), "budget.txt").ok


def test_an_unlabelled_place_is_the_last_field_after_the_date() -> None:
    rows = ["<html><body><p><b>Referat</b></p>",
            "<p>Teknik- og Miljøudvalget, 3. april 2025, Byrådssalen</p>"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"<h2>{n}. {title}</h2><p>Sagsnr.: {case}</p>",
                 "<p><b>Beslutning</b></p><p>Godkendt.</p>"]
    meeting = read_invented("\n".join([*rows, "</body></html>"]), ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert meeting.place == "Byrådssalen"
