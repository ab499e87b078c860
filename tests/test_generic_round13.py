"""Conventions read by principle (round 13, found by conventions combined at random), each
on short invented minutes: a case line that every item prints above its opening; a case
number in brackets after a title under any label the case-number labels know; an election
to parliament named in a kommune's agenda is no parliament's record."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf
from tests.invented import read_invented

TITLES = ("Ny skolestruktur i bydel Nord", "Tilskud til foreningernes lokaler",
          "Vinterberedskab på de kommunale veje")
CASES = ("25-004411", "25-007812", "24-019930")


def test_a_case_line_above_every_opening_is_its_items() -> None:
    """`J.nr.: …` on the line right above each numbered title (the first item's too, after
    the fields): each case number is the item's below it, not the one before's."""
    lines = ["Referat for Børneudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=3):
        lines += ["", f"J.nr.: {case}", f"{n}. {title}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
    meeting = read_invented("\n".join(lines) + "\n")
    assert [i.number for i in meeting.items] == ["3", "4", "5"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert [s.text for s in meeting.items[0].sections] == ["Forvaltningen har belyst sagen.",
                                                           "Godkendt."]


def test_a_case_line_under_the_text_stays_its_items() -> None:
    """The same line after each item's decision (none above the first title): each case
    number is the item's above it."""
    lines = ["Referat for Børneudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=3):
        lines += ["", f"{n}. {title}", "", "Sagsfremstilling", "Forvaltningen har belyst sagen.",
                  "", "Beslutning", "Godkendt.", f"J.nr.: {case}"]
    meeting = read_invented("\n".join(lines) + "\n")
    assert [i.case_number for i in meeting.items] == list(CASES)


def test_a_bracketed_case_number_after_a_title_under_any_label() -> None:
    """`Title (Sags-id: …)`, `(Journalnr. …)`, `(Sag nr.: …)`: the label words the
    case-number labels know; the title is read without them."""
    labels = ("Sags-id:", "Journalnr.", "Sag nr.:")
    lines = ["Dagsorden for Teknisk Udvalg", "Dato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset"]
    for n, (title, case, label) in enumerate(zip(TITLES, CASES, labels, strict=True), start=1):
        lines += ["", f"{n}. {title} ({label} {case})", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen."]
    meeting = read_invented("\n".join(lines) + "\n")
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)


def test_an_election_to_parliament_is_a_kommunes_item() -> None:
    """A kommune's agenda lists `Folketingsvalg 2026 – valgstyrer` in its contents: the
    parliament named in a compound is the kommune's business; a record that names the
    parliament itself (`Folketinget`) is still no kommune's minutes (the generic reader)."""
    titles = ("Folketingsvalg 2026 – valgstyrer og tilforordnede", *TITLES[1:])
    lines = ["Referat for Økonomiudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset",
             "", "Indhold", *(f"{n}. {t}" for n, t in enumerate(titles, start=1))]
    for n, (title, case) in enumerate(zip(titles, CASES, strict=True), start=1):
        lines += ["", f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
    result = parse_bytes(("\n".join(lines) + "\n").encode(), "invented.txt",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == list(titles)
    record = "\n".join(["Referat fra Folketinget", *lines[1:]]) + "\n"
    assert not parse_bytes(record.encode(), "invented.txt", known_layouts=False).ok


def test_a_place_in_a_sentence_may_name_building_and_room() -> None:
    """`Mødet blev holdt … kl. 16.00 i Rådhuset, mødelokale 1.`: the place is all of it up to
    the sentence's full stop, the building and the room after its comma."""
    lines = ["Referat for Børneudvalget",
             "Mødet blev holdt 4. juni 2025 kl. 16.00 i Rådhuset, mødelokale 1."]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        lines += ["", f"{n}. {title}", f"Sagsnr.: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
    meeting = read_invented("\n".join(lines) + "\n")
    assert meeting.place == "Rådhuset, mødelokale 1"


def _unnumbered(title: str, case: str) -> list[tuple[str, float, bool]]:
    return [("", 10, False), (f"{title} (Sagsnr. {case})", 12, True), ("", 10, False),
            ("Indstilling", 10, False),
            ("Forvaltningen indstiller, at sagen godkendes.", 10, False),
            ("Økonomi", 10, False), ("Sagen har ingen økonomiske konsekvenser.", 10, False)]


def test_unnumbered_titles_in_capitals_with_their_case_number_after_an_agenda() -> None:
    """Plain text: unnumbered titles in capitals with `(Journalnr. …)` after them, listed
    first one under the other, then each over its sections: the capitals are the titles'
    (the bracketed case number aside) and the list is the agenda, not items."""
    titles = [t.upper() for t in TITLES]
    heads = [f"{t} (Journalnr. {c})" for t, c in zip(titles, CASES, strict=True)]
    lines = ["Referat Børneudvalget", "Mødedato: 4. juni 2025", "Mødested: Rådhuset",
             "Dagsorden", *heads]
    for head in heads:
        lines += [head, "Sagsfremstilling", "Forvaltningen har belyst sagen.", "Beslutning",
                  "Godkendt."]
    result = parse_bytes(("\n".join(lines) + "\n").encode(), "invented.txt",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == titles
    assert [i.case_number for i in result.meeting.items] == list(CASES)
    assert [s.type for s in result.meeting.items[0].sections] == ["sagsfremstilling",
                                                                  "beslutning"]


def test_a_case_number_in_an_unnumbered_bold_title_is_evidence() -> None:
    """PDF: unnumbered bold titles `Title (Sagsnr. …)`, headings in the body's type: the
    case number in the title shows the line is an item's opening, as a case line would."""
    lines = [("Dagsorden for Børneudvalget", 16, True), ("Mødedato: 4. juni 2025", 10, False),
             ("Mødested: Rådhuset", 10, False)]
    for title, case in zip(TITLES, CASES, strict=True):
        lines += _unnumbered(title, case)
    result = parse_bytes(render_pdf(lines), "invented.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert [i.case_number for i in result.meeting.items] == list(CASES)


def test_a_labelled_case_number_run_on_after_a_title() -> None:
    """HTML: `<p>3. Title <span>Journalnr.: …</span></p>`, the case number a cell beside
    the title in the same paragraph, read as one line with it: the case number, and the
    title without it."""
    body = ["<h1>Referat for Børneudvalget</h1>", "<p>Dato: 4. juni 2025 kl. 16.00</p>",
            "<p>Sted: Rådhuset</p>"]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=3):
        body += [f"<p>{n}. {title} <span>Journalnr.: {case}</span></p>",
                 "<p><strong>Sagsfremstilling</strong></p><p>Forvaltningen har belyst sagen.</p>",
                 "<p><strong>Beslutning</strong></p><p>Godkendt.</p>"]
    page = f"<html><body>{''.join(body)}</body></html>"
    result = parse_bytes(page.encode(), "invented.html", known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == list(TITLES)
    assert [i.case_number for i in result.meeting.items] == list(CASES)


def test_a_title_in_capitals_wraps_beside_its_case_cell_not_into_a_heading() -> None:
    """PDF: a bold title in capitals wrapped over two lines, a case number in a cell beside
    its first line, the decision first under a heading in smaller bold capitals: the
    title's second line is the title's (the cell beside the first says nothing of the
    wrap), the heading is the decision's."""
    long = ("OMBYGNING AF SVØMMEHALLENS", "OMKLÆDNINGSRUM OG NYE HANDICAPTOILETTER")
    lines = [("Referat for Idrætsudvalget", 16, True), ("Dato: 4. juni 2025", 10, False),
             ("Sted: Rådhuset", 10, False)]
    for n, case in enumerate(CASES, start=1):
        lines += [("", 10, False), (f"{n}. {long[0]}\tSagsnr.: {case}", 12, True),
                  (long[1], 12, True), ("", 10, False), ("BESLUTNING", 10, True),
                  ("Godkendt.", 10, False), ("SAGSFREMSTILLING", 10, True),
                  ("Forvaltningen har belyst sagen.", 10, False)]
    result = parse_bytes(render_pdf(lines), "invented.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == [" ".join(long)] * 3
    assert [i.case_number for i in result.meeting.items] == list(CASES)
    assert [s.type for s in result.meeting.items[0].sections] == ["beslutning",
                                                                  "sagsfremstilling"]


def test_a_letter_or_roman_numeral_alone_on_its_line_numbers_the_title_below() -> None:
    """`B.` or `II.` on a line of its own over the title, as a digit's `2.` is read: the
    item's number, the title below it."""
    for marks in (("A.", "B.", "C."), ("I.", "II.", "III.")):
        lines = ["Referat for Børneudvalget", "Dato: 4. juni 2025 kl. 16.00", "Sted: Rådhuset"]
        for mark, title, case in zip(marks, TITLES, CASES, strict=True):
            lines += ["", mark, "", title, f"Sagsnr.: {case}", "", "Sagsfremstilling",
                      "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt."]
        result = parse_bytes(("\n".join(lines) + "\n").encode(), "invented.txt",
                             known_layouts=False)
        assert result.ok, result.reason
        assert [i.number for i in result.meeting.items] == [m.rstrip(".") for m in marks]
        assert [i.title for i in result.meeting.items] == list(TITLES)


def test_an_unnumbered_title_wrapped_beside_its_case_cell() -> None:
    """PDF: unnumbered titles in larger type wrapped over two lines (the column ends where a
    case-number cell stands beside the first), headings in the body's type: the cell shows
    the line opens an item, as a case line under it would, and the title is both lines."""
    heads = [("Ny skolestruktur i bydel Nord med", "sammenlægning af to skoler"),
             ("Tilskud til foreningernes lokaler og", "haller i 2026"),
             ("Vinterberedskab på de kommunale veje", "og stier")]
    lines = [("Referat for Børneudvalget", 16, True), ("Dato: 4. juni 2025", 10, False),
             ("Sted: Rådhuset", 10, False)]
    for (first, second), case in zip(heads, CASES, strict=True):
        lines += [("", 10, False), (f"{first}\tJournalnr.: {case}", 14, False),
                  (second, 14, False), ("Sagsfremstilling", 10, False),
                  ("Forvaltningen har belyst sagen.", 10, False), ("Beslutning", 10, False),
                  ("Godkendt.", 10, False)]
    result = parse_bytes(render_pdf(lines), "invented.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [i.title for i in result.meeting.items] == [" ".join(h) for h in heads]
    assert [i.case_number for i in result.meeting.items] == list(CASES)
