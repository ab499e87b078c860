"""Round 19 (issue-18ax, test21's misses) on short invented minutes: a word processor's
line numbers in the margin are page furniture, not the start of every line."""

from __future__ import annotations

import datetime as dt

from benchmarks.layouts.generate11 import Pager
from tests.invented import read_invented, wrap

TITLES = ("Ny daginstitution i Hundige", "Trafiksikkerhed ved skolevejene",
          "Tilskud til foreningernes lokaler", "Renovering af svømmehallen")
CASES = ("25-004411", "25-007812", "24-019930", "25-001203")
SECTIONS = (("Sagsfremstilling", "Forvaltningen har belyst sagen og anbefaler en løsning, "
             "som er beskrevet i bilaget, og som har været drøftet med brugerne af stedet "
             "og med de berørte naboer i løbet af foråret. "),
            ("Indstilling", "Forvaltningen indstiller, at sagen godkendes."),
            ("Beslutning", "Godkendt."))


def _numbered_pdf(step: int) -> bytes:
    """Minutes with Word's line numbering on: every line (or every `step`th) numbered in
    the margin, 7 pt, from 1 on each page; the first line set large, its number close."""
    p = Pager()
    counts: dict[int, int] = {}

    def line(text: str, size: float, font: int, leading: float) -> None:
        p.room(leading)
        n = counts[len(p.pages)] = counts.get(len(p.pages), 0) + 1
        if n % step == 0:
            p.put(40 if text == "Referat" else 30, str(n), 7, 1)
        p.put(56, text, size, font)

    line("Referat", 18, 2, 24)
    line("Socialudvalget", 13, 2, 18)
    line("Dato: 4. juni 2025 kl. 16.00", 10, 1, 14)
    line("Sted: Mødelokale 2", 10, 1, 14)
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True)):
        line(f"{4 + k}. {title}", 12, 2, 20)
        line(f"Sagsnr.: {case}", 10, 1, 14)
        for heading, text in SECTIONS:
            line(heading, 10, 2, 18)
            for row in wrap(text * (3 if heading == "Sagsfremstilling" else 1), 80):
                line(row, 10, 1, 14)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def test_line_numbers_in_the_margin_are_not_read() -> None:
    """Every line numbered in the margin (or every fifth line): the numbers count the
    page's lines, so they are dropped and the items, titles and sections read as without
    them."""
    for step in (1, 5):
        meeting = read_invented(_numbered_pdf(step), ".pdf")
        assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
            (str(4 + k), t, c) for k, (t, c) in enumerate(zip(TITLES, CASES, strict=True))]
        for item in meeting.items:
            assert [s.type for s in item.sections] == [
                "sagsfremstilling", "indstilling", "beslutning"]
            assert item.sections[-1].text == "Godkendt."
        assert meeting.udvalg == "Socialudvalget"


def test_a_marker_alone_in_the_first_cell_is_no_title_beside_fields() -> None:
    """A PDF printing each item's letter in a cell of its own beside its title, both larger
    than the text, the case number under them in small type, then the headings in the
    title's type: the title is the cell beside the letter, and the first heading under the
    case number stays a heading (not a title's wrapped line joined past its fields)."""
    p = Pager()
    p.head("Referat – Økonomiudvalget", ["Mødedato: 4. juni 2025 kl. 16.00",
                                         "Mødested: Mødelokale 2"])
    for letter, title, case in zip("ABCD", TITLES, CASES, strict=True):
        p.room(22)
        p.put(56, letter, 12, 1)
        p.put(110, title, 12, 1)
        p.room(13)
        p.put(110, f"Sagsnr.: {case}", 9, 1)
        for heading, text in (("Sagens baggrund", SECTIONS[0][1]), *SECTIONS[1:]):
            p.room(18)
            p.put(110, heading, 12, 1)
            p.body(text, 110, 420)
    meeting = read_invented(p.pdf(), ".pdf")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (letter, t, c) for letter, t, c in zip("ABCD", TITLES, CASES, strict=True)]
    for item in meeting.items:
        assert [s.type for s in item.sections] == [
            "sagsfremstilling", "indstilling", "beslutning"]


def test_an_agenda_listed_before_items_whose_lines_carry_their_case_numbers() -> None:
    """A text export listing the titles in capitals under "Dagsorden" (a closed item by
    its status), then each item's title with its case number beside it on its line: the
    listing is the agenda, not items (its titles are the items' own, the case number
    aside), so every item is read once."""
    titles = ["NY DAGINSTITUTION I HUNDIGE", "TRAFIKSIKKERHED VED SKOLEVEJENE",
              "BUDGETOPFØLGNING PR. 31. MARTS", "RENOVERING AF SVØMMEHALLEN"]
    parts = ["Referat for Økonomiudvalget", "Mødedato: 04.06.2025", "Mødested: Mødelokale 2",
             "Dagsorden", *titles[:3], "LUKKET PUNKT", titles[3], ""]
    for title, case in zip(titles[:3], CASES, strict=False):
        parts += [f"{title}   Sagsnr. {case}", *(x for s in SECTIONS for x in s), ""]
    parts += ["LUKKET PUNKT", "", f"{titles[3]}   Sagsnr. {CASES[3]}",
              *(x for s in SECTIONS for x in s), ""]
    meeting = read_invented("\n".join(parts))
    assert [(i.title.upper(), i.case_number) for i in meeting.items] == [
        *zip(titles[:3], CASES, strict=False), ("LUKKET PUNKT", None), (titles[3], CASES[3])]


def test_a_numbered_point_in_a_decision_does_not_continue_lettered_items() -> None:
    """Items lettered "A." on a line of their own, the title under it, the case number at
    the item's end; a decision in numbered points ("1. Taget til efterretning", "2. …"):
    the point "2." is no item B, whose letter and title stay the item."""
    parts = ["Referat for Socialudvalget", "Dato: 04.06.2025", "Sted: Mødelokale 2", ""]
    for letter, title, case in zip("ABCD", TITLES, CASES, strict=True):
        parts += [f"{letter}.", title, *(x for s in SECTIONS[:2] for x in s), "Beslutning",
                  "1. Taget til efterretning", "2. Udvalget ønsker en ny sag i efteråret",
                  f"Journalnr.: {case}", ""]
    meeting = read_invented("\n".join(parts))
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (letter, t, c) for letter, t, c in zip("ABCD", TITLES, CASES, strict=True)]


def _markdown_minutes(front: list[str]) -> str:
    """Markdown minutes whose decisions stand in a blockquote ("> **Beslutning**")."""
    parts = [*front, "# Referat", ""]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True), 1):
        parts += [f"## {k}. {title}", "", f"**Sagsnr.:** {case}", ""]
        for heading, text in SECTIONS[:2]:
            parts += [f"### {heading}", "", text, ""]
        parts += ["> **Beslutning**", ">", f"> Godkendt, dog ikke punkt {k}.", ""]
    return "\n".join(parts)


def test_a_decision_in_a_markdown_blockquote_is_the_items_decision() -> None:
    """A static site's Markdown sets each decision off in a blockquote: its marks are
    typography, so "Beslutning" is the item's heading and the quoted text its decision."""
    meeting = read_invented(_markdown_minutes(["Socialudvalget, 4. juni 2025", ""]))
    for k, item in enumerate(meeting.items, 1):
        assert [(s.type, s.text) for s in item.sections][-1] == (
            "beslutning", f"Godkendt, dog ikke punkt {k}.")


def test_quoted_values_in_front_matter_are_the_fields() -> None:
    """YAML front matter opening a Markdown file quotes its values: the quotes are YAML's,
    not the place's or the committee's."""
    front = ["---", 'title: "Referat"', 'udvalg: "Socialudvalget"', "dato: 2025-06-04",
             "sted: 'Mødelokale 2'", "---", ""]
    meeting = read_invented(_markdown_minutes(front))
    assert (meeting.udvalg, meeting.place) == ("Socialudvalget", "Mødelokale 2")


def _items_text() -> list[str]:
    parts = []
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True), 1):
        parts += [f"{k}. {title}", f"Sagsnr. {case}", *(x for s in SECTIONS for x in s), ""]
    return parts


def test_the_meeting_stated_in_a_closing_sentence() -> None:
    """Minutes that state the meeting only after the items, in the sentence closing them:
    its date, body and place are the meeting's (the closing time is not the place)."""
    meeting = read_invented("\n".join([
        "REFERAT", "", *_items_text(),
        "Mødet i Socialudvalget blev holdt onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 2 "
        "og hævet kl. 17.45.", "", "Anne Holm", "formand"]))
    assert (meeting.date, meeting.udvalg, meeting.place) == (
        dt.date(2025, 6, 4), "Socialudvalget", "Mødelokale 2")


def test_the_meeting_in_a_box_of_fields_after_the_items() -> None:
    """A page that gives the meeting in a box after the items ("Om mødet", labelled
    fields in the portal's own words): its fields are the meeting's; a date in an item's
    text is not the meeting's."""
    parts = ["<html><body><h1>Referat</h1>"]
    for k, (title, case) in enumerate(zip(TITLES, CASES, strict=True), 1):
        parts += [f"<h2>{k}. {title}</h2>", f"<p>Sagsnr. {case}</p>"]
        for heading, text in SECTIONS:
            parts += [f"<h3>{heading}</h3>", f"<p>{text} Behandlet den 3. marts 2025.</p>"]
    parts += ["<aside><h2>Om mødet</h2><p>Forum: Socialudvalget</p>",
              "<p>Afholdt: onsdag den 4. juni 2025, kl. 16.00-17.30</p>",
              "<p>Lokation: Mødelokale 2</p></aside></body></html>"]
    meeting = read_invented("\n".join(parts), ".html")
    assert (meeting.date, meeting.udvalg, meeting.place) == (
        dt.date(2025, 6, 4), "Socialudvalget", "Mødelokale 2")


def test_a_contents_tables_numbers_one_to_a_row_are_not_line_numbers() -> None:
    """A table of contents numbering its entries in a column, one entry to a row (its
    numbers count its rows as line numbers would), the items on the pages after it: the
    numbers are the entries', not line numbers, and the items read as numbered."""
    long = ("Trafiksikkerhed ved skolevejene i den nordlige bydel, opfølgning på "
            "trafikanalysen -", "Forslag")
    titles = (TITLES[0], " ".join(long), *TITLES[2:], "Budgetopfølgning pr. 31. marts",
              "Orientering fra formanden")
    wrapped = ("Trafiksikkerhed ved skolevejene i den nordlige bydel, opfølgning på",
               "trafikanalysen - Forslag")  # the title wrapped in its own width
    p = Pager()
    p.head("Dagsorden – Socialudvalget", ["Mødedato: 4. juni 2025 kl. 16.00",
                                          "Mødested: Mødelokale 2"])
    p.room(30)
    p.put(56, "Indholdsfortegnelse", 13, 2)
    p.room(16)
    for x, head in ((56, "Punkt"), (90, "Titel"), (500, "Side")):
        p.put(x, head, 9.5, 2)
    for k, title in enumerate(titles, 1):
        p.room(14)
        p.put(56, str(k), 10, 1)
        p.put(90, long[0] if k == 2 else title, 10, 1)
        p.put(500, str(k + 1), 10, 1)
        if k == 2:  # an entry wrapped in its cell
            p.room(14)
            p.put(90, long[1], 10, 1)
    for k, title in enumerate(titles, 1):
        p.new_page()
        p.room(14)
        p.put(56, f"Punkt {k}", 10, 1)
        for part in wrapped if k == 2 else (title,):
            p.room(20)
            p.put(56, part, 14, 2)
        for heading, text in SECTIONS:
            p.room(18)
            p.put(56, heading, 11, 2)
            p.body(text, 56, 480)
    meeting = read_invented(p.pdf(), ".pdf")
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(k), t) for k, t in enumerate(titles, 1)]
