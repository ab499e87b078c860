"""Round 16 (issue-18ao, combo's unseen combinations, PDF and text) on short invented
minutes: a case line between a plain line and a title set apart is not the plain line's;
a case line right above a title set apart backs it; the last title of a list of titles is
the list's, whatever follows it; a closed status under a title is that title's."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
HEAD = ["Dagsorden", "Socialudvalget", "Mødedato: 4. juni 2025 kl. 16.00",
        "Mødested: Rådhuset", ""]
PDF_HEAD = [("Dagsorden", 16, True), ("Socialudvalget", 10, False),
            ("Mødedato: 4. juni 2025 kl. 16.00", 10, False), ("", 10, False)]


def test_a_case_line_above_each_larger_title_is_the_title_below_it() -> None:
    """Unnumbered titles in a larger regular type over headings in the body's type, the
    case number printed above each title: the titles are the items, each with the case
    number above it, and the body's last line above a case line is no title."""
    lines = list(PDF_HEAD)
    for title, case in zip(TITLES, CASES, strict=True):
        lines += [(f"Sagsnr.: {case}", 9, False), (title, 14, False),
                  ("Sagsfremstilling", 10, False),
                  ("Forvaltningen har belyst sagen og anbefaler en løsning.", 10, False),
                  ("Indstilling", 10, False),
                  ("Forvaltningen indstiller, at sagen godkendes.", 10, False)]
    result = parse_bytes(render_pdf(lines), "above.pdf")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == list(
        zip(TITLES, CASES, strict=True))


def test_a_case_number_at_each_items_foot_is_no_title_evidence() -> None:
    """Titles in capitals in plain text, the case number at the foot of each item (the
    last item's closing the document): the line above each case line is the item's text."""
    lines = list(HEAD)
    for title, case in zip(TITLES, CASES, strict=True):
        lines += [title.upper(), "", "Sagsfremstilling", "Forvaltningen har belyst sagen.",
                  "", "Indstilling", "Forvaltningen indstiller,",
                  "at tilbuddet udvides fra næste år", f"Sagsnr. {case}", ""]
    result = parse_bytes("\n".join(lines).encode(), "foot.txt")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == [
        (title.upper(), case) for title, case in zip(TITLES, CASES, strict=True)]


def test_the_last_title_of_a_listing_is_the_listings() -> None:
    """An agenda listed in capitals above the items, the first item's case number printed
    above its title, so right under the list's last line: that line is the list's, and
    each case number is the title's below it."""
    lines = [*HEAD, "Dagsorden", *(t.upper() for t in TITLES)]
    for title, case in zip(TITLES, CASES, strict=True):
        lines += [f"Sagsnr.: {case}", title.upper(), "Sagsfremstilling:",
                  "Forvaltningen har belyst sagen.", "Indstilling:",
                  "Forvaltningen indstiller, at sagen godkendes."]
    result = parse_bytes("\n".join(lines).encode(), "listing.txt")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == [
        (title.upper(), case) for title, case in zip(TITLES, CASES, strict=True)]


def test_a_closed_status_under_a_title_is_that_titles() -> None:
    """Titles in capitals, a closed item printing `Lukket punkt` under its title and no
    text, the next title right under the status: the closed item is the title above it."""
    lines = list(HEAD)
    for title in TITLES:
        lines += [title.upper()]
        if title == TITLES[1]:
            lines += ["Lukket punkt"]
            continue
        lines += ["Sagsfremstilling:", "Forvaltningen har belyst sagen.", "Indstilling:",
                  "Forvaltningen indstiller, at sagen godkendes."]
    result = parse_bytes("\n".join(lines).encode(), "closed.txt")
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0].upper(), False), (TITLES[1].upper(), True), (TITLES[2].upper(), False)]


def test_a_closed_items_status_over_the_next_roman_marker_is_its_title() -> None:
    """Roman numerals alone on their lines over titles in capitals; a closed item prints
    `LUKKET PUNKT` under its numeral and no text: the status is its title, and the next
    numeral under it is the next item's marker, not that title."""
    lines = list(HEAD)
    for n, title in zip(("I.", "II.", "III."), TITLES, strict=True):
        lines += [n, "", "LUKKET PUNKT" if n == "II." else title.upper(), ""]
        if n != "II.":
            lines += ["SAGSFREMSTILLING", "Forvaltningen har belyst sagen.", ""]
    result = parse_bytes("\n".join(lines).encode(), "roman.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        ("I", TITLES[0].upper(), False), ("II", "LUKKET PUNKT", True),
        ("III", TITLES[2].upper(), False)]


def test_a_closed_items_status_over_its_marker_is_its_title() -> None:
    """`Punkt N` under each title; a closed item prints `Lukket punkt` over its marker and
    no text: the status is its title, not the next item's title under its marker."""
    titles = [*TITLES, "Budgetopfølgning for første kvartal", "Valg af næstformand"]
    lines = list(HEAD)
    for n, title in enumerate(titles, start=1):
        lines += ["Lukket punkt" if n == 2 else title, f"Punkt {n}"]
        if n != 2:
            lines += ["Sagsfremstilling", "Forvaltningen har belyst sagen.", ""]
    result = parse_bytes("\n".join(lines).encode(), "below.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        (str(n), "Lukket punkt" if n == 2 else title, n == 2)
        for n, title in enumerate(titles, start=1)]


def test_a_closed_title_wraps_over_the_next_items_case_line_above() -> None:
    """Bold capital titles without numbers, the case number printed above each; a closed
    item `Lukket punkt: …` with no body wraps onto a second line right above the next
    item's case line: that case line is the next title's, so the wrap is the closed
    title's and no title of its own."""
    lines = list(PDF_HEAD)
    for title, case in zip(TITLES, CASES, strict=True):
        if title == TITLES[1]:
            lines += [("Lukket punkt: TRAFIKSIKKERHED VED SKOLEVEJENE OG", 12, True),
                      ("STIERNE", 12, True)]
            continue
        lines += [(f"Sags-id: {case}", 9, False), (title.upper(), 12, True),
                  ("Sagsfremstilling:", 10, False),
                  ("Forvaltningen har belyst sagen og anbefaler en løsning.", 10, False)]
    result = parse_bytes(render_pdf(lines), "closedwrap.pdf")
    assert result.ok, result.reason
    assert [(i.title, i.closed, i.case_number) for i in result.meeting.items] == [
        (TITLES[0].upper(), False, CASES[0]),
        ("TRAFIKSIKKERHED VED SKOLEVEJENE OG STIERNE", True, None),
        (TITLES[2].upper(), False, CASES[2])]


def test_a_closed_status_over_a_title_with_sections_is_an_item_of_its_own() -> None:
    """Titles in capitals in plain text; a closed item prints only `LUKKET PUNKT`, right
    above the next title, which has sections of its own, and no other title has a status
    over it: the status is the closed item, the title under it an open item."""
    lines = list(HEAD)
    for title, case in zip(TITLES, CASES, strict=True):
        if title == TITLES[2]:
            lines += ["LUKKET PUNKT"]
        lines += [title.upper(), f"Sagsnr.: {case}", "Indstilling:",
                  "Forvaltningen indstiller, at sagen godkendes.", "Bilag",
                  "1. Oversigtskort.pdf"]
    result = parse_bytes("\n".join(lines).encode(), "status.txt")
    assert result.ok, result.reason
    assert [(i.title, i.closed) for i in result.meeting.items] == [
        (TITLES[0].upper(), False), (TITLES[1].upper(), False), ("LUKKET PUNKT", True),
        (TITLES[2].upper(), False)]


def test_an_agenda_of_titles_keeps_the_case_line_closing_the_document() -> None:
    """The guard to the foot: an agenda of plain titles, each with its case number under
    it, the last closing the document: every title is an item, the last one too (no label
    in the document stands over a title set apart)."""
    lines = [*HEAD[:4], ""]
    for title, case in zip(TITLES, CASES, strict=True):
        lines += [title, f"J.nr.: {case}", ""]
    result = parse_bytes("\n".join(lines).encode(), "agenda.txt")
    assert result.ok, result.reason
    assert [(i.title, i.case_number) for i in result.meeting.items] == list(
        zip(TITLES, CASES, strict=True))


def _numbered_with_cases(first_case: bool, foot: bool) -> bytes:
    """`N.` openings in capitals, each case line above its opening (or at each item's
    foot); the first item with or without a case number."""
    lines = list(HEAD)
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        has = first_case or n > 1
        if has and not foot:
            lines += [f"Journalnr.: {case}"]
        lines += [f"{n}. {title.upper()}", "SAGSFREMSTILLING", "Forvaltningen har belyst sagen.",
                  "BESLUTNING", "Godkendt."]
        if has and foot:
            lines += [f"Journalnr.: {case}"]
    return "\n".join(lines).encode()


def test_case_lines_above_the_openings_when_the_first_item_has_none() -> None:
    """The case line over each opening but the first (an item without a case number), the
    last item's text ending in none: each case line is the opening's below it."""
    result = parse_bytes(_numbered_with_cases(first_case=False, foot=False), "over.txt")
    assert result.ok, result.reason
    assert [i.case_number for i in result.meeting.items] == [None, *CASES[1:]]


def test_case_lines_at_the_items_feet_stay_the_items_above() -> None:
    """The guard: the case line at each item's foot (the first item's too), the last one
    closing the document: each is the item's above it."""
    result = parse_bytes(_numbered_with_cases(first_case=True, foot=True), "feet.txt")
    assert result.ok, result.reason
    assert [i.case_number for i in result.meeting.items] == list(CASES)


@pytest.mark.parametrize("closed", ["LUKKET PUNKT", "LUKKET PUNKT: VALG AF NÆSTFORMAND"])
def test_a_case_line_over_a_closed_status_is_the_foot_of_the_item_before(closed: str) -> None:
    """Case lines at each item's foot, the last item without one; a closed item prints its
    status (alone or before its title) under its number: it prints no case number, so the
    line over it is the foot of the item before, and so are the others."""
    lines = list(HEAD)
    for n, (title, case) in enumerate(zip([*TITLES[:2], closed, "EVENTUELT"],
                                          [*CASES[:2], None, None], strict=True), start=1):
        lines += [f"{n}. {title.upper()}"]
        if case:
            lines += ["SAGSFREMSTILLING", "Forvaltningen har belyst sagen.", f"Sagsnr.: {case}"]
        elif n == 4:
            lines += ["SAGSFREMSTILLING", "Intet at bemærke."]
    result = parse_bytes("\n".join(lines).encode(), "closedfoot.txt")
    assert result.ok, result.reason
    assert [i.case_number for i in result.meeting.items] == [*CASES[:2], None, None]


def test_a_numeral_column_under_a_closed_items_fields_is_the_next_items() -> None:
    """Roman numerals in a column before titles in a larger type, a case line in a small
    type above each; a closed item `III<TAB>Lukket punkt` has the next item's case line
    under it: the `IV<TAB>Title` line after it is the next item, not a wrap of the closed
    item's title."""
    lines = list(PDF_HEAD)
    for n, title, case in (("I", TITLES[0], CASES[0]), ("II", TITLES[1], CASES[1]),
                           ("III", "Lukket punkt", None), ("IV", TITLES[2], CASES[2])):
        if case:
            lines += [(f"Sagsnummer: {case}", 8, False)]
        lines += [(f"{n}\t{title}", 12, False)]
        if case:
            lines += [("Sagsfremstilling", 10, False),
                      ("Forvaltningen har belyst sagen og anbefaler en løsning.", 10, False)]
    result = parse_bytes(render_pdf(lines, right_cell=90), "column.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        ("I", TITLES[0], CASES[0]), ("II", TITLES[1], CASES[1]), ("III", "Lukket punkt", None),
        ("IV", TITLES[2], CASES[2])]


def test_the_number_after_a_title_wrapped_beside_a_case_cell() -> None:
    """`Title (punkt N)` wrapped over two lines, a case-number cell beside the first:
    the title is both lines' words, the cell its case number."""
    lines = list(PDF_HEAD)
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        head, _, tail = title.rpartition(" ")
        lines += [(f"{head}\tJournalnr.: {case}", 12, False), (f"{tail} (punkt {n})", 12, False),
                  ("Sagsfremstilling", 10, True), ("Forvaltningen har belyst sagen.", 10, False)]
    result = parse_bytes(render_pdf(lines, right_cell=380), "aftercell.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(n), title, case) for n, (title, case)
        in enumerate(zip(TITLES, CASES, strict=True), start=1)]


def test_a_closed_title_takes_no_next_title_with_its_case_in_brackets() -> None:
    """Unnumbered titles in a larger type, each case number in brackets after its title; a
    closed item `Lukket punkt: …` with no body right above the next title: a closed item
    prints no case number, so that title is one of its own."""
    lines = list(PDF_HEAD)
    for title, case in zip(TITLES, CASES, strict=True):
        if title == TITLES[1]:
            lines += [(f"Lukket punkt: {title} og stierne langs Hundige Strandvej", 14, False)]
            continue
        lines += [(f"{title} (Journalnr. {case})", 14, False), ("Resume:", 10, False),
                  ("Forvaltningen har belyst sagen og anbefaler en løsning.", 10, False)]
    result = parse_bytes(render_pdf(lines), "closedbracket.pdf")
    assert result.ok, result.reason
    assert [(i.closed, i.case_number) for i in result.meeting.items] == [
        (False, CASES[0]), (True, None), (False, CASES[2])]
