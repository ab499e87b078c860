"""Items in tables and closed items: a table's header row names its columns (which holds the
number, which the title, which a section) and is never content, in HTML and in a PDF whose
records wrap over rows and pages; a closed item keeps its place and its printed status as
title, whatever explains it underneath. Short invented minutes, one principle each."""

from __future__ import annotations

import pytest

from benchmarks.layouts.pdfwriter import _escape, pages_pdf
from tests.invented import read_invented

_ITEMS = [("3", "Godkendelse af dagsorden", "25-101"),
          ("4", "Ny affaldsplan for kommunen", "25-102"),
          ("5", "Grønne områder i byen", None),
          ("6", "Salg af byggegrund ved havnen", "25-104")]


def _types(item) -> list[tuple[str, str]]:
    return [(s.type, s.text.split("\n")[0]) for s in item.sections if s.text.strip()]


@pytest.mark.parametrize("head,number,tag", [("Pkt.", "{n}.", "br"), ("Nr.", "{n}", "p"),
                                             ("Punkt", "§ {n}", "div")])
def test_a_protocol_tables_header_row_names_its_columns_html(head: str, number: str,
                                                             tag: str) -> None:
    """`Pkt. | Sagen | Beslutning`, each cell wrapping over lines: the number column, the
    title as the first line of the next column, the case number under it, the rest of
    that column its section, the last column the decision. The header is no item."""
    def cell(lines: list[str]) -> str:
        if tag == "br":
            return "<br>".join(lines)
        return "".join(f"<{tag}>{x}</{tag}>" for x in lines)

    rows = "".join(
        f"<tr><td>{number.format(n=n)}</td><td>"
        + cell([f"<strong>{title}</strong>", *([f"Sagsnr. {case}"] if case else []),
                f"Sagen om {title.lower()} beskrives her.", "Der er to bilag."])
        + "</td><td>" + cell([f"Godkendt for punkt {n}.", "Fraværende: Jens Lund"])
        + "</td></tr>" for n, title, case in _ITEMS)
    html = ("<html><body><h1>Referat - Byrådet</h1><p>Mødedato: 12. marts 2025</p>"
            f"<table><thead><tr><th>{head}</th><th>Sagen</th><th>Beslutning</th></tr>"
            f"</thead><tbody>{rows}</tbody></table></body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == _ITEMS
    for item, (n, title, _) in zip(meeting.items, _ITEMS, strict=True):
        assert _types(item) == [("sagsfremstilling", f"Sagen om {title.lower()} beskrives her."),
                                ("beslutning", f"Godkendt for punkt {n}.")]


def _pdf_table(pages: list[list[tuple[float, float, str, float, bool]]]) -> bytes:
    """Pages of text placed at (x, y) in a size and weight."""
    return pages_pdf([[b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
        b"/F2" if bold else b"/F1", size, x, y, _escape(text))
        for x, y, text, size, bold in page if text] for page in pages])


@pytest.mark.parametrize("number_head", ["Pkt.", ""])
def test_a_protocol_table_in_a_pdf_by_its_header_rows_columns(number_head: str) -> None:
    """The same table drawn in a PDF: every piece of text belongs to the column whose header
    starts left of it (a column of numbers left of a header that does not name it is the
    number column), a record runs from one number to the next, and a table that runs to a
    page's foot goes on at the top of the next page without its header repeated."""
    x_nr, x_sag, x_bes = 56, 92, 352
    pages: list[list[tuple[float, float, str, float, bool]]] = [[
        (56, 790, "Referat - Byrådet", 16, True), (56, 770, "Mødedato: 12. marts 2025", 10, False),
        (x_nr, 740, number_head, 10, True), (x_sag, 740, "Sagen", 10, True),
        (x_bes, 740, "Beslutning", 10, True)]]
    y = 720.0
    for k, (n, title, case) in enumerate(_ITEMS):
        if k == 2:  # the rest of the table on the next page, no header row there
            pages[-1].append((300, 40, "Side 1", 8, False))
            pages.append([(56, 800, "Referat - Byrådet", 8, False)])
            y = 770.0
        sag = [(title, 10, True), *([(f"Sagsnr. {case}", 8.5, False)] if case else []),
               *[(f"Sagen om {title.lower()} beskrives her, linje {j}.", 9, False)
                 for j in range(1, 6)]]
        bes = [(f"Godkendt for punkt {n}.", 9, False), ("Fraværende: Jens Lund", 9, False)]
        pages[-1].append((x_nr, y, f"{n}.", 10, True))
        for column, x in ((sag, x_sag), (bes, x_bes)):
            for j, (text, size, bold) in enumerate(column):
                pages[-1].append((x, y - 13 * j, text, size, bold))
        y -= 13 * len(sag) + 12
    pages[-1].append((300, 40, "Side 2", 8, False))
    meeting = read_invented(_pdf_table(pages), ".pdf")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == _ITEMS
    for item, (n, title, _) in zip(meeting.items, _ITEMS, strict=True):
        assert _types(item) == [
            ("sagsfremstilling", f"Sagen om {title.lower()} beskrives her, linje 1."),
            ("beslutning", f"Godkendt for punkt {n}.")]
        assert "Side" not in item.sections[-1].text


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize("status", ["Lukket punkt", "Lukket sag"])
def test_a_closed_item_keeps_its_status_as_title_over_a_closed_note(suffix: str,
                                                                     status: str) -> None:
    """`Pkt. 2.  Lukket punkt` with only "Behandlet for lukkede døre." under it, or nothing:
    the closed item in its place, its printed status its title (the note is no title)."""
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", ""]
    for n, (_, title, _) in enumerate(_ITEMS[:4], start=1):
        if n == 2:
            lines += [f"Pkt. {n}.     {status}", "", "Behandlet for lukkede døre.", ""]
        elif n == 3:
            lines += [f"Punkt {n} - {status}", ""]
        else:
            lines += [f"Pkt. {n}.     {title}", "Sagsnr. 25-20{n}", "", "Sagsfremstilling",
                      "Sagen beskrives.", "", "Beslutning", "Godkendt.", ""]
    data = "\n".join(lines)
    if suffix == ".html":
        data = "<html><body>" + "".join(
            f"<h2>{x}</h2>" if x.startswith("P") else f"<p>{x}</p>"
            for x in lines if x) + "</body></html>"
    meeting = read_invented(data.encode(), suffix)
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        ("1", _ITEMS[0][1], False), ("2", status, True), ("3", status, True),
        ("4", _ITEMS[3][1], False)]


@pytest.mark.parametrize("selector", [".beslutning::before", "div.beslutning:before"])
def test_a_section_labelled_only_by_the_pages_style_sheet(selector: str) -> None:
    """A decision whose label "Beslutning" is CSS `::before` content only: the page's own
    style sheet prints it, so it is the section's heading; an icon or quotation mark
    (content without letters) labels nothing."""
    style = (f"<style>/* labels */ {selector}{{content:'Beslutning';display:block;"
             "font-weight:700}} .citat::before{content:'\\201C'}</style>")
    items = "".join(
        f"<section><h2>{n}. {title}</h2><p>Sagsnr. {case or '25-9'}</p><h3>Sagsfremstilling</h3>"
        f"<p class='citat'>Sagen om {title.lower()}.</p>"
        f"<div class='beslutning'><p>Godkendt for punkt {n}.</p></div></section>"
        for n, title, case in _ITEMS)
    html = (f"<html><head>{style}</head><body><h1>Referat - Byrådet</h1>"
            f"<p>Mødedato: 12. marts 2025</p>{items}</body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [i.title for i in meeting.items] == [t for _, t, _ in _ITEMS]
    for item, (n, title, _) in zip(meeting.items, _ITEMS, strict=True):
        assert _types(item) == [("sagsfremstilling", f"Sagen om {title.lower()}."),
                                ("beslutning", f"Godkendt for punkt {n}.")]


@pytest.mark.parametrize("marker", ["§ {n}", "§{n}", "Sag {n}/25", "Sag {n}/2025 –"])
def test_a_paragraph_sign_or_a_number_through_the_year_numbers_items(marker: str) -> None:
    """`§ 12 Title` (a sign that only numbers, so one space after it is enough) and `Sag
    12/24 Title` (the item's number through the year, as `Punkt 45/2025`)."""
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", ""]
    for n, title, case in _ITEMS:
        lines += [f"{marker.format(n=n)} {title}", f"Sagsnr. {case}" if case else "", "",
                  "Sagsfremstilling", "Sagen beskrives.", "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(lines).encode(), ".txt")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == _ITEMS


def test_a_table_of_one_row_per_item_by_its_header_row() -> None:
    """`Nr. | Sag | Sagsnr. | Beslutning`, one line per row: the number, the title, the case
    number under its column's label and the decision; the header row is no item."""
    rows = "".join(f"<tr><td>{n}</td><td>{title}</td><td>{case or ''}</td>"
                   f"<td>Godkendt for punkt {n}.</td></tr>" for n, title, case in _ITEMS)
    html = ("<html><body><h1>Referat - Byrådet</h1><p>Mødedato: 12. marts 2025</p><table>"
            "<tr><th>Nr.</th><th>Sag</th><th>Sagsnr.</th><th>Beslutning</th></tr>"
            f"{rows}</table></body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == _ITEMS
    assert [_types(i) for i in meeting.items] == [[("beslutning", f"Godkendt for punkt {n}.")]
                                                  for n, _, _ in _ITEMS]


@pytest.mark.parametrize("under", ["<p><em>Lukket punkt</em></p>", "<p>Lukket punkt</p>"])
def test_a_status_right_under_a_title_is_that_items(under: str) -> None:
    """"2. Title" / "Lukket punkt" / "3. Title": where no status stands above the first
    title, a status right under a title is that item's, not the next one's."""
    body = "".join(
        f"<h2>{n}. {title}</h2>" + (under if n == "4" else
                                    f"<p>Sagsnr. {case}</p><h3>Beslutning</h3><p>Godkendt.</p>")
        for n, title, case in _ITEMS)
    html = (f"<html><body><h1>Referat - Byrådet</h1><p>Mødedato: 12. marts 2025</p>{body}"
            "</body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [(i.number, i.closed) for i in meeting.items] == [
        ("3", False), ("4", True), ("5", False), ("6", False)]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_agenda_of_numbered_lines_numbers_the_headings_below(suffix: str) -> None:
    """A numbered agenda, then each item under its title in capitals without a number (the
    agenda's wording a little different: "m.v." more): the agenda is no item, it numbers
    the items that repeat its lines."""
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", "", "Dagsorden"]
    lines += [f"{n}. {title}{' m.v.' if n == '5' else ''}" for n, title, _ in _ITEMS]
    for n, title, case in _ITEMS:
        lines += ["", title.upper(), f"Sagsnr. {case or '25-9'}", "", "Sagsfremstilling",
                  f"Sagen om punkt {n}.", "", "Beslutning", "Godkendt.", ""]
    data = "\n".join(lines)
    if suffix == ".html":
        data = "<html><body>" + "".join(
            f"<h2>{x}</h2>" if x.isupper() else f"<p>{x}</p>" for x in lines if x) \
            + "</body></html>"
    meeting = read_invented(data.encode(), suffix)
    assert [(i.number, i.title) for i in meeting.items] == [(n, t.upper())
                                                            for n, t, _ in _ITEMS]
    assert [i.sections[0].text for i in meeting.items] == [f"Sagen om punkt {n}."
                                                           for n, _, _ in _ITEMS]


def test_a_text_exports_table_of_one_row_per_item() -> None:
    """A text export of `Nr. | Sag | Sagsnr. | Beslutning`: the columns apart by runs of
    spaces, the header row naming them as a tab would."""
    lines = ["Referat", "Plan- og Miljøudvalget", "Mødedato: 6. april 2025", "",
             f"{'Nr.':<6}{'Sag':<36}{'Sagsnr.':<12}Beslutning"]
    cases = {"3": "25-012101", "4": "25-012102", "5": "25-012103", "6": "25-012104"}
    lines += [f"{n:<6}{title:<36}{cases[n]:<12}Godkendt for punkt {n}."
              for n, title, _ in _ITEMS]
    meeting = read_invented("\n".join(lines).encode(), ".txt")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (n, title, cases[n]) for n, title, _ in _ITEMS]
    assert [_types(i) for i in meeting.items] == [[("beslutning", f"Godkendt for punkt {n}.")]
                                                  for n, _, _ in _ITEMS]


def test_a_word_table_whose_first_row_of_bold_cells_is_its_header() -> None:
    """No `<th>` and no `<thead>`: a first row of short labels (`<td><b>Punkt</b></td>`) is
    the header; a closed row keeps its place, its status as title."""
    rows = "".join(
        f"<tr><td><p>{n}</p></td><td><p><b>{'Lukket punkt' if n == '5' else title}</b></p>"
        + ("" if n == "5" else f"<p>Sagsnr. {case or '25-012109'}</p><p>Sagen beskrives.</p>")
        + f"</td><td><p>{'Behandlet for lukkede døre.' if n == '5' else 'Godkendt.'}</p></td>"
        "</tr>" for n, title, case in _ITEMS)
    html = ("<html><body><h1>Referat - Byrådet</h1><p>Mødedato: 12. marts 2025</p><table>"
            "<tr><td><b>Punkt</b></td><td><b>Sag</b></td><td><b>Beslutning</b></td></tr>"
            f"{rows}</table></body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (n, "Lukket punkt" if n == "5" else title, n == "5") for n, title, _ in _ITEMS]
    assert [i.sections[-1].type for i in meeting.items] == ["beslutning"] * 4


def test_an_items_number_named_only_in_its_aria_label() -> None:
    """`<section aria-label="Punkt 3">` over a heading without a number: the page's own
    numbering, said aloud rather than shown, numbers the item."""
    body = "".join(
        f"<section aria-label='Punkt {n}'><h3>{title}</h3><p>Sagsnr. {case or '25-012109'}</p>"
        "<p><b>Beslutning</b></p><p>Godkendt.</p></section>" for n, title, case in _ITEMS)
    html = (f"<html><body><h1>Referat - Byrådet</h1><p>Mødedato: 12. marts 2025</p>{body}"
            "</body></html>")
    meeting = read_invented(html.encode(), ".html")
    assert [(i.number, i.title) for i in meeting.items] == [(n, t) for n, t, _ in _ITEMS]



def test_a_tables_header_row_is_its_own_not_an_earlier_tables() -> None:
    """A headed table (`Nr. | Sag | Beslutning`) and then tables without a header, walked
    cell by cell as the HTML reader walks them: only the headed table's last column is
    a decision (its heading a line over the cell's text). A table is known by itself, not
    by an id that a later table takes once the earlier one's element is freed (which made
    one page read three ways)."""
    from referat.index.readers.markup import html_lines, parse_html

    page = ("<div><table><tr><th>Nr.</th><th>Sag</th><th>Beslutning</th></tr>"
            "<tr><td>1</td><td>Tilskud</td><td>Godkendt.</td></tr></table>"
            + "<table><tr><td>2</td><td>Halleje</td><td>Noter</td></tr></table>" * 20
            + "</div>")
    lines = html_lines(parse_html(page.encode()))
    assert [(line.text, line.bold) for line in lines] == [
        ("1\tTilskud", False), ("Beslutning", True), ("Godkendt.", False),
        *[("2\tHalleje\tNoter", False)] * 20]
