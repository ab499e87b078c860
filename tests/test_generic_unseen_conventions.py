"""Conventions of layouts the reader had not seen, read by principles: box-drawing
characters as rules, a word ending in "punkt" before the number as an item marker, a
number through the year ("12/2025"), a dagsorden in one HTML `<pre>`, sections as ARIA
tabs, the item number as the first of a line of fields under a title, the page's
`<title>` as its name, a line of separated meeting fields, a title's last line in its own
paragraph, and a title wrapped beside a sidebar of fields. Short invented minutes."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, pages_pdf
from tests.invented import read_invented

PROSE = "Forvaltningen har lavet en plan for de kommende år."
TITLES = ("Godkendelse af dagsorden", "Ny plan for cykelstier i den østlige bydel",
          "Vejbelysning på Strandvejen")
CASES = ("25-001122", "25-003344", "25-005566")


def _box(lines: list[str]) -> list[str]:
    width = max(len(x) for x in lines) + 2
    return ["┌" + "─" * width + "┐", *(f"│ {x.ljust(width - 2)} │" for x in lines),
            "└" + "─" * width + "┘"]


def test_box_drawing_characters_are_rules_round_an_items_head() -> None:
    rows = ["REFERAT", "Teknik- og Miljøudvalget", "Dato: 3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += _box([f"Punkt {n}", title, f"Sagsnr. {case}"])
        rows += ["", "Sagsfremstilling", "─" * 16, "Forvaltningen har lavet en plan.", "",
                 "Beslutning", "─" * 10, f"Godkendt. Punkt {n}-{n + 1} behandles samlet.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert "─" not in item.sections[0].text and "-" not in item.sections[0].text


def test_a_word_ending_in_punkt_is_an_item_marker() -> None:
    """"Beslutningspunkt 1:", "Orienteringspunkt 3:", "Lukket punkt 4:": one numbering,
    whatever kind of item the word names; "Tidspunkt" is no marker."""
    rows = ["Referat", "", "Mødeforum: Kultur- og Fritidsudvalget", "Mødedato: 3. april 2025",
            "Tidspunkt 16.00", ""]
    words = ("Beslutningspunkt", "Beslutningspunkt", "Orienteringspunkt")
    for n, (word, title) in enumerate(zip(words, TITLES, strict=True), start=1):
        rows += [f"{word} {n}: {title}", "", "Kort fortalt", "Der er en sag.", "",
                 "Sagsredegørelse", "Sagen er beskrevet her.", "", "Beslutning",
                 "Taget til efterretning.", ""]
    rows += ["Lukket punkt 4: Personalesag"]
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [i.title for i in meeting.items] == [*TITLES, "Personalesag"]
    for item in meeting.items[:3]:
        assert [s.type for s in item.sections] == ["resume", "sagsfremstilling", "beslutning"]
    assert meeting.items[3].sections == []


def test_a_number_through_the_year_is_the_items_number() -> None:
    """"12/2025    Title": item 12; the case number is the one labelled under it, and a
    range in a decision ("Punkt 14-15 godkendt.") opens no item."""
    rows = ["Byrådet - Beslutningsprotokol", "", "Mødedato: 3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=12):
        rows += [f"{n}/2025    {title}", f"           Sagsnr. {case}", "",
                 "Resumé: Forvaltningen har lavet en plan.", "",
                 f"Byrådets beslutning: Punkt {n}-{n + 1} godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.number for i in meeting.items] == ["12", "13", "14"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert all([s.type for s in i.sections] == ["resume", "beslutning"] for i in meeting.items)


def test_a_dagsorden_in_one_pre_block_is_read_as_text() -> None:
    body = ["DAGSORDEN", "Kultur- og Fritidsudvalget", "Mødedato:  3. april 2025", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        body += [f"{n}.   {title}", f"     Sagsnr.: {case}", "", "     Sagsfremstilling:",
                 "     Forvaltningen har lavet en plan for", "     de kommende år.", ""]
    page = ("<html><body><h1>Dagsordener</h1><pre>\n" + "\n".join(body)
            + "\n</pre></body></html>")
    meeting = read_invented(page, ".html")
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    for item in meeting.items:
        assert [(s.type, " ".join(s.text.split())) for s in item.sections] == [
            ("sagsfremstilling", "Forvaltningen har lavet en plan for de kommende år.")]


def test_sections_as_tabs_are_read_in_the_order_of_their_panels() -> None:
    items = []
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        heads = ("Resumé", "Sagsfremstilling", "Beslutning")
        tabs = "".join(f"<button role='tab' id='t{n}{k}' aria-controls='p{n}{k}'>{h}</button>"
                       for k, h in enumerate(heads))
        panels = "".join(f"<div role='tabpanel' id='p{n}{k}' aria-labelledby='t{n}{k}'"
                         f"{' hidden' if k else ''}><p>Tekst {k} om sagen.</p></div>"
                         for k in range(len(heads)))
        items.append(f"<section><h2>{n}. {title}</h2><p>Sagsnr. {case}</p>"
                     f"<div role='tablist'>{tabs}</div>{panels}</section>")
    page = ("<html><body><h1>Miljøudvalget</h1><p>Referat · 3. april 2025</p>"
            + "".join(items) + "</body></html>")
    meeting = read_invented(page, ".html")
    assert [i.title for i in meeting.items] == list(TITLES)
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections] == [
            ("resume", "Tekst 0 om sagen."), ("sagsfremstilling", "Tekst 1 om sagen."),
            ("beslutning", "Tekst 2 om sagen.")]


def test_the_number_as_the_first_of_a_line_of_fields_under_a_title() -> None:
    """`<h1>Title</h1><p>Punkt nr.: 2 | Sagsnr.: …</p>`, the kind of document named only
    in the page's `<title>`; a closed item prints its status in the field line."""
    items = "".join(f"<h1>{title}</h1><p>Punkt nr.: {n} | Sagsnr.: {case}</p>"
                    f"<h2>Indstilling</h2><p>At sagen godkendes.</p>"
                    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True),
                                                      start=1))
    page = ("<html><head><title>Dagsorden: Miljøudvalget</title></head><body>"
            "<table><tr><td>Mødedato</td><td>3. april 2025</td></tr></table>" + items
            + "<h1>Personalesag</h1><p>Punkt nr.: 4 | Lukket punkt</p></body></html>")
    meeting = read_invented(page, ".html")
    assert meeting.kind == "dagsorden"
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [i.title for i in meeting.items] == [*TITLES, "Personalesag"]
    assert [i.case_number for i in meeting.items] == [*CASES, None]
    assert meeting.items[3].sections == []


def test_a_line_of_separated_fields_gives_each_field() -> None:
    rows = ["Miljøudvalget", "Referat fra mødet 3. april 2025",
            "Tid: 16.00 - 18.00 · Sted: Mødelokale 2", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", f"Sagsnr. {case}", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(rows).encode(), "invented.txt", known_layouts=False)
    assert result.ok, result.reason
    assert result.meeting.place == "Mødelokale 2"


def test_a_title_wrapped_in_its_own_paragraph_keeps_its_last_line() -> None:
    """A text export: "Beslutningspunkt 2: … på Strandvejen" / "Nord og Syd" / "" /
    "Kort fortalt": the line that ends the title's paragraph before the first heading is
    the title's, capitalised or not."""
    titles = (("Udbud af vintertjeneste på Strandvejen", "Nord og Syd"),
              ("Tilskud til renovering af Gammel Havn", "Kulturhus"))
    rows = ["Referat", "", "Mødedato: 3. april 2025", ""]
    for n, (head, tail) in enumerate(titles, start=1):
        rows += [f"Beslutningspunkt {n}: {head}", tail, "", "Kort fortalt", "Der er en sag.",
                 "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == [f"{h} {t}" for h, t in titles]
    assert all([s.type for s in i.sections] == ["resume", "beslutning"] for i in meeting.items)


def _sidebar_pdf() -> bytes:
    """Titles bold 12 pt wrapped at 300 pt; beside them at x = 420 the fields in 8.5 pt,
    one row per 13 pt, so the title's second line comes after the sidebar's first rows."""
    ops: list[bytes] = []

    def put(x: float, y: float, text: str, bold: bool = False, size: float = 10) -> None:
        ops.append(b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))

    y = PAGE_H - MARGIN
    put(MARGIN, y, "Referat", True, 16)
    for text in ("Miljøudvalget", "Dato: 3. april 2025"):
        y -= 14
        put(MARGIN, y, text)
    titles = (("Ny plan for cykelstier i den østlige", "bydel"),
              ("Vejbelysning på Strandvejen og på", "Havnevej"))
    for n, (head, tail) in enumerate(titles, start=1):
        y -= 30
        put(MARGIN, y, f"{n}. {head}", True, 12)
        put(MARGIN + 18, y - 17, tail, True, 12)
        for k, (text, bold) in enumerate((("Sagsnr.", True), (f"25-00{n}122", False),
                                          ("Status", True), ("Åbent punkt", False))):
            put(420, y - 9 * k, text, bold, 8.5)
        y -= 50
        for text, bold in (("Sagsfremstilling", True), (PROSE, False), ("Beslutning", True),
                           ("Godkendt.", False)):
            put(MARGIN, y, text, bold)
            y -= 14
    return pages_pdf([ops])


def test_a_title_wrapped_beside_a_sidebar_of_fields_is_whole() -> None:
    meeting = read_invented(_sidebar_pdf(), ".pdf")
    assert [i.title for i in meeting.items] == [
        "Ny plan for cykelstier i den østlige bydel", "Vejbelysning på Strandvejen og på Havnevej"]
    assert [i.case_number for i in meeting.items] == ["25-001122", "25-002122"]
    for item in meeting.items:
        assert [(s.type, s.text) for s in item.sections if s.heading] == [
            ("sagsfremstilling", PROSE), ("beslutning", "Godkendt.")]


def test_an_unlabelled_place_is_the_field_after_the_time() -> None:
    rows = ["Miljøudvalget", "Referat · 3. april 2025 · kl. 16.00 · Mødelokale 2", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=1):
        rows += [f"{n}. {title}", f"Sagsnr. {case}", "", "Beslutning", "Godkendt.", ""]
    result = parse_bytes("\n".join(rows).encode(), "invented.txt", known_layouts=False)
    assert result.ok, result.reason
    assert result.meeting.place == "Mødelokale 2"


def test_a_note_under_a_short_title_is_not_its_last_line() -> None:
    """A title that ended with room to spare on its line did not wrap: the line under it,
    in a paragraph of its own before the first heading, is a note ("Genoptaget fra mødet
    den …"), not the title's last line, when the document's lines run wider."""
    rows = ["Referat", "", "Mødedato: 3. april 2025", ""]
    for n, title in enumerate(TITLES, start=1):
        rows += [f"{n}. {title}", "Genoptaget fra mødet den 6. marts 2025", "",
                 "Sagsfremstilling", f"{PROSE} Planen omfatter alle veje og stier i bydelen.",
                 "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(rows))
    assert [i.title for i in meeting.items] == list(TITLES)
