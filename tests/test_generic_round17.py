"""Round 17 (issue-18ar, test20's misses) on short invented minutes: a table's head row of
field labels over a row of values gives the item's number and case number, never its
title, above or below the title; a status title over closed fields is the closed item's;
wiki markup's headings, panel titles and tables are the line model's; a newsletter's
"Nyt fra X" names the body, and a place follows the meeting's date with no time."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import render_pdf

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler")
CASES = ("25-004411", "25-007812", "24-019930")
BODY = ["<p><strong>Sagsfremstilling</strong></p><p>Forvaltningen har belyst sagen.</p>",
        "<p><strong>Indstilling</strong></p><p>Forvaltningen indstiller, at sagen godkendes.</p>",
        "<p><strong>Beslutning</strong></p><p>Godkendt.</p>"]


def _meta_row(number: int, case: str, status: str) -> str:
    return ("<table><tr><th>Punkt</th><th>Sagsnr.</th><th>Status</th><th>Ansvarlig</th></tr>"
            f"<tr><td>{number}</td><td>{case}</td><td>{status}</td><td>Plan og Byg</td></tr>"
            "</table>")


def test_a_head_row_of_labels_over_values_under_each_title_gives_its_fields() -> None:
    """Unnumbered `<h2>` titles, each with a table under it whose head row names the
    fields (Punkt, Sagsnr., Status, Ansvarlig) and whose value row gives them; a closed
    item titled "Lukket sag", its case cell a dash: each value row gives its item's
    number and case number, never its title, and the closed item is titled and closed."""
    parts = ["<html><body><h1>Referat</h1><p>Socialudvalget</p>",
             "<p>Onsdag den 4. juni 2025 kl. 16.00, Mødelokale 2</p>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        parts += [f"<h2>{title}</h2>", _meta_row(4 + k + (k == 2), case, "Til beslutning"),
                  *BODY]
        if k == 1:
            parts += ["<h2>Lukket sag</h2>", _meta_row(6, "–", "Lukket")]
    html = "\n".join([*parts, "</body></html>"])
    result = parse_bytes(html.encode(), "rows.html")
    assert result.ok, result.reason
    got = [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items]
    assert got == [("4", TITLES[0], CASES[0], False), ("5", TITLES[1], CASES[1], False),
                   ("6", "Lukket sag", None, True), ("7", TITLES[2], CASES[2], False)]


def test_a_head_row_over_each_title_and_a_number_row_without_case_open_the_title_below() -> None:
    """A PDF whose items open with a small head row (Punkt, Sagsnr.) over a bold value
    row, the larger bold title under it; one item's case cell a dash: every title is the
    one under its fields, with the number and case number from them."""
    lines = [("Referat", 16, True), ("Socialudvalget", 12, True),
             ("Mødedato: 4. juni 2025 kl. 16.00", 10, False), ("", 10, False)]
    cases = (CASES[0], "–", CASES[2])
    for k, (title, case) in enumerate(zip(TITLES, cases, strict=True)):
        lines += [("Punkt\tSagsnr.", 7, False), (f"{4 + k}\t{case}", 10, True),
                  (title, 13, True), ("Sagsfremstilling", 10, True),
                  ("Forvaltningen har belyst sagen og anbefaler en løsning.", 10, False),
                  ("Beslutning", 10, True), ("Godkendt.", 10, False)]
    result = parse_bytes(render_pdf(lines), "box.pdf")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        ("4", TITLES[0], CASES[0]), ("5", TITLES[1], None), ("6", TITLES[2], CASES[2])]


def test_wiki_markup_headings_panels_and_tables() -> None:
    """Confluence wiki markup: `h2. 4. Title` items, `h3.` headings, the decision in a
    `{panel:title=Beslutning}` macro, the meeting's fields in a `||Dato||Sted||` table:
    the items, their sections and the decision are read, the macros print nothing."""
    lines = ["h1. Referat – Socialudvalget", "", "||Dato||Sted||",
             "|4. juni 2025|Mødelokale 2|", "", "{toc:maxLevel=2}", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"h2. {4 + k}. {title}", f"_Sagsnr.: {case}_", "", "h3. Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "h3. Indstilling",
                  "* Forvaltningen indstiller, at sagen godkendes.", "",
                  "{panel:title=Beslutning}", "Udvalget godkendte indstillingen.", "{panel}", ""]
    result = parse_bytes("\n".join(lines).encode(), "wiki.txt")
    assert result.ok, result.reason
    meeting = result.meeting
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections][-1] == (
            "beslutning", "Udvalget godkendte indstillingen.")
        assert not any("{" in s.text or "panel" in s.text for s in item.sections)
    assert str(meeting.date) == "2025-06-04"


def test_a_newsletters_body_and_the_place_after_the_date() -> None:
    """An e-mailed summary headed "Nyt fra Socialudvalget", the meeting stated in one
    sentence with its date and place but no time: the udvalg is the body, the place the
    room after the date."""
    lines = ["Nyt fra Socialudvalget", "",
             "Referat fra mødet onsdag den 4. juni 2025 i Byrådssalen", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}. {title}", f"Sag: {case}", "", "Sagsfremstilling",
                  "Forvaltningen har belyst sagen.", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "mail.txt")
    assert result.ok, result.reason
    meeting = result.meeting
    assert [i.title for i in meeting.items] == list(TITLES)
    assert (meeting.udvalg, meeting.place) == ("Socialudvalget", "Byrådssalen")


def test_a_listings_head_row_over_numbers_and_titles_is_no_row_of_fields() -> None:
    """A guard: a tab-separated paste whose head row labels the number, the title and the
    status ("Nr. | Punkt | Status") over each item's row: the titles stay the items'."""
    lines = ["Referat\tSocialudvalget", "Dato\t4. juni 2025", "", "Nr.\tPunkt\tStatus", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        lines += [f"{4 + k}\t{title}\tÅben", f"Sagsnummer\t{case}",
                  "Sagsfremstilling\tForvaltningen har belyst sagen.",
                  "Beslutning\tGodkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "paste.txt")
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
