"""Round 31 (issue-18cf) on short invented minutes: a spreadsheet's export of a row per
item with its sections as columns; a protocol table whose caption names the meeting;
decisions gathered after the items under `Ad pkt. N`; numbers and case numbers only in a
tab turned up the margin."""

from __future__ import annotations

import pytest
from referat.index.model import Item
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import pages_pdf
from tests.test_generic_round30 import _head_ops, _pdf_op

ITEMS = [("3", "Ny legeplads ved skolen", "24-001234"),
         ("4", "Budgetopfølgning for vejområdet", "24-005678"),
         ("5", "Høring om cykelstier", "24-009012")]


def _row(*cells: str) -> str:
    return ";".join(f'"{c}"' if "\n" in c or ";" in c else c for c in cells)


def test_an_export_of_a_row_per_item_reads_its_section_columns() -> None:
    """`Punkt;Titel;Sagsnr.;Status;Resumé;Sagsfremstilling;Beslutning` with the udvalg and
    date repeated on every row and texts over several lines in quoted cells: each row an
    item, each section column a section, the repeated cells the meeting's fields, the status
    column no section."""
    head = _row("Udvalg", "Mødedato", "Mødested", "Punkt", "Titel", "Sagsnr.", "Status",
                "Resumé", "Sagsfremstilling", "Beslutning")
    rows = [_row("Teknikudvalget", "04-06-2025", "Mødelokale 3", n, title, case, "Åben",
                 f"Sagen handler om {title.lower()}.",
                 "Forvaltningen har belyst sagen.\nØkonomien er afklaret i budgettet.",
                 "Godkendt.") for n, title, case in ITEMS]
    rows.append(_row("Teknikudvalget", "04-06-2025", "Mødelokale 3", "6", "Salg af grund", "",
                     "Lukket", "", "", ""))
    data = ("\ufeff" + "\r\n".join([head, *rows]) + "\r\n").encode()
    result = parse_bytes(data, "eksport.csv.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Mødelokale 3", "2025-06-04")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        *ITEMS, ("6", "Salg af grund", None)]
    assert all([s.type for s in i.sections] == ["resume", "sagsfremstilling", "beslutning"]
               for i in meeting.items[:3])
    assert meeting.items[3].closed and not meeting.items[3].sections


def _protocol_page(title: str, head: str, rows: str, caption: str = "") -> bytes:
    """A decision protocol kept as one table (`Pkt.` | `Sag` | `Beslutning`)."""
    return (f"<html><head><title>{title}</title></head><body>{head}<table>{caption}"
            "<tr><th>Pkt.</th><th>Sag</th><th>Beslutning</th></tr>"
            f"{rows}</table></body></html>").encode()


# items 3 and 5 approved, item 4 closed without a section
FOURTH_CLOSED = [("3", False, [("beslutning", "Godkendt.")]), ("4", True, []),
                 ("5", False, [("beslutning", "Godkendt.")])]


def _closed_and_decided(items: list[Item]) -> list[tuple[str, bool, list[tuple[str, str]]]]:
    return [(i.number, i.closed, [(s.type, s.text) for s in i.sections]) for i in items]


def test_a_protocol_tables_caption_names_the_meeting() -> None:
    """A decision protocol kept as one table (`Pkt.` | `Sag` | `Beslutning`), the page named
    only by its `<title>` and the meeting only in the table's `<caption>`: udvalg, date and
    place from the caption."""
    rows = "".join(
        f"<tr><td>{n}</td><td><strong>{title}</strong><p>Sagsnr. {case}</p>"
        f"<p><strong>Sagsfremstilling</strong></p><p>Forvaltningen har belyst sagen om "
        f"{title.lower()}.</p></td><td><p>Godkendt.</p></td></tr>" for n, title, case in ITEMS)
    page = _protocol_page("Beslutningsprotokol", "", rows, "<caption>Teknikudvalget · onsdag "
                          "4. juni 2025 kl. 17.00 · Mødelokale 3</caption>")
    result = parse_bytes(page, "protokol.html", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == ITEMS
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Mødelokale 3", "2025-06-04")


def _appended_decisions(repeat_titles: bool) -> str:
    items = "".join(f"{n}. {title}\nSagsnr.: {case}\n\nSagsfremstilling\nForvaltningen har "
                    f"belyst sagen om {title.lower()}.\n\nIndstilling\nForvaltningen indstiller, "
                    "at sagen godkendes.\n\n" for n, title, case in ITEMS)
    entries = "".join(f"Ad pkt. {n}\n" + (f"{title}\n" if repeat_titles else "")
                      + f"Udvalget godkendte indstillingen om {title.lower()}.\n\n"
                      for n, title, _ in ITEMS)
    return ("Referat\n\nTeknikudvalget\nDato: 4. juni 2025\nSted: Mødelokale 3\n\n" + items
            + "Beslutninger\n\n" + entries)


@pytest.mark.parametrize("repeat_titles", [False, True])
def test_decisions_appended_under_ad_pkt_are_the_items(repeat_titles: bool) -> None:
    """After the last item, `Beslutninger` and an entry per item headed `Ad pkt. 4` (its
    title repeated below, or not): each entry the decision of the item it names, without
    the repeated title; the last item keeps no decision of the whole block."""
    data = _appended_decisions(repeat_titles).encode()
    result = parse_bytes(data, "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == ITEMS
    assert [[s.text for s in i.sections if s.type == "beslutning"] for i in meeting.items] == [
        [f"Udvalget godkendte indstillingen om {title.lower()}."] for _, title, _ in ITEMS]


def test_numbers_and_case_numbers_only_in_a_tab_turned_up_the_margin() -> None:
    """Unnumbered titles (one wrapped over two lines), each item's `Punkt N · Sagsnr. …` (or
    `· Lukket punkt`) set turned 90 degrees up the left margin beside the text under its
    title: each title's number and case number (status) are the tab's."""
    titles = {"3": ["Ny legeplads ved skolen på den gamle boldbane", "i Nordbyen"],
              "4": ["Budgetopfølgning for vejområdet"], "5": ["Høring om cykelstier"]}
    ops, y = _head_ops()
    for n, _, case in ITEMS:
        y -= 30
        for line in titles[n]:
            ops.append(_pdf_op(line, 13, True, 120, y))
            y -= 17
        tab = f"Punkt {n} · {'Lukket punkt' if n == '4' else f'Sagsnr. {case}'}"
        floor = y + 11 - _width(tab, 8, True)  # its top 6 pt under the title's baseline
        ops.append(b"BT /F2 8 Tf 0 1 -1 0 108 %.1f Tm (%s) Tj ET" % (floor, tab.encode("cp1252")))
        y -= 6
        if n != "4":
            for text, bold in [("Sagsfremstilling", True), ("Forvaltningen har belyst sagen og "
                               "gjort rede for økonomien.", False), ("Beslutning", True),
                               ("Godkendt.", False)] * 2:
                ops.append(_pdf_op(text, 10, bold, 120, y))
                y -= 15
        y = min(y, floor)
    result = parse_bytes(pages_pdf([ops]), "fane.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        (n, " ".join(titles[n]), None if n == "4" else case, n == "4") for n, _, case in ITEMS]


def _head_column_pdf(titles: dict[str, list[str]], closed: str | None = None) -> bytes:
    """Item heads in a left column (`Punkt N`, the title wrapped in the column, `Sagsnr. …`
    or `Lukket punkt`) beside the sections at x 200, the first heading on the marker's line."""
    ops, y = _head_ops()
    for n, _, case in ITEMS:
        y -= 24
        top = y
        head = [(f"Punkt {n}", 10, True), *((line, 10, True) for line in titles[n]),
                ("Lukket punkt" if n == closed else f"Sagsnr. {case}", 8, False)]
        for text, size, bold in head:
            ops.append(_pdf_op(text, size, bold, 56, y))
            y -= 13
        if n == closed:
            continue
        body = [("Sagsfremstilling", True), ("Forvaltningen har belyst sagen og gjort rede "
                "for økonomien i den.", False), ("Sagen er behandlet efter lov nr.", False),
                ("35.", False), ("Beslutning", True), ("Godkendt.", False)]
        for text, bold in body:
            ops.append(_pdf_op(text, 10, bold, 200, top))
            top -= 14
        y = min(y, top)
    return pages_pdf([ops])


def test_a_column_of_item_heads_beside_the_sections_is_read_item_by_item() -> None:
    """Each item's marker, title (wrapped over lines in its narrow column) and case number
    in a left column beside its sections, the first heading on the marker's line: each item
    whole, its title, case number and sections; `35.` alone in the text is no marker."""
    titles = {"3": ["Ny legeplads ved", "skolen"], "4": ["Budgetopfølgning", "for vejområdet"],
              "5": ["Høring om cykelstier"]}
    result = parse_bytes(_head_column_pdf(titles), "kolonne.pdf", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        (n, " ".join(titles[n]), case) for n, _, case in ITEMS]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "beslutning"]
               for i in items)


def test_a_closed_items_status_under_a_title_wrapped_over_four_lines_is_its_own() -> None:
    """A closed item's title wrapped over four lines in its column, `Lukket punkt` under it
    and the next item's marker right after: the status is the closed item's, not the next's."""
    titles = {"3": ["Ny legeplads ved", "skolen"],
              "4": ["Budgetopfølgning", "for vejområdet og", "vintertjenesten i", "Nordbyen"],
              "5": ["Høring om cykelstier"]}
    result = parse_bytes(_head_column_pdf(titles, closed="4"), "lukket.pdf",
                         known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed) for i in result.meeting.items] == [
        (n, " ".join(titles[n]), n == "4") for n, _, _ in ITEMS]


def test_a_page_number_between_a_closed_items_title_and_its_status() -> None:
    """A page's number kept in the text (`Side 1 af 2`, as a page converted to HTML keeps it)
    where the page broke between a closed item's title and `Lukket punkt`: the status is the
    closed item's, not the next item's."""
    blocks = []
    for n, title, case in ITEMS:
        if n == "4":
            blocks.append(f"{n}. {title}\nSide 1 af 2\nLukket punkt\n")
            continue
        blocks.append(f"{n}. {title}\nSagsnr.: {case}\nSagsfremstilling\nForvaltningen har "
                      "belyst sagen.\nBeslutning\nGodkendt.\n")
    data = ("Referat\nTeknikudvalget\nDato: 4. juni 2025\n\n" + "\n".join(blocks)).encode()
    result = parse_bytes(data, "sider.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.closed) for i in result.meeting.items] == [
        ("3", False), ("4", True), ("5", False)]


def test_a_dinkus_between_items_is_no_text() -> None:
    """Items parted by a centred `*   *   *`: no decision ends in the asterisks, and a
    closed item (`Lukket punkt` under its title) has no section."""
    blocks = [f"{n}. {title}\n" + ("Lukket punkt\n" if n == "4" else
                                    f"Sagsnr.: {case}\nBeslutning\nGodkendt.\n")
              for n, title, case in ITEMS]
    text = "Referat\nTeknikudvalget\nDato: 4. juni 2025\n\n" + "\n*   *   *\n\n".join(blocks)
    result = parse_bytes(text.encode(), "stjerner.txt", known_layouts=False)
    assert result.ok, result.reason
    assert _closed_and_decided(result.meeting.items) == FOURTH_CLOSED


@pytest.mark.parametrize("closed_case", [False, True])
def test_a_protocols_decision_cell_holding_only_the_closed_status(closed_case: bool) -> None:
    """A decision protocol's row for a closed item (its case number printed, or not): its
    decision cell holds only `Lukket punkt`; the item is closed and has no decision, and the
    next item is not closed."""
    rows = "".join(
        f"<tr><td>{n}</td><td><strong>{title}</strong>"
        + (f"<p>Sagsnr. {case}</p>" if n != "4" or closed_case else "") + "</td><td>"
        + ("<em>Lukket punkt</em>" if n == "4" else "<p>Godkendt.</p>") + "</td></tr>"
        for n, title, case in ITEMS)
    page = _protocol_page("Referat", "<h1>Referat</h1><p>Teknikudvalget, 4. juni 2025</p>",
                          rows)
    result = parse_bytes(page, "protokol.html", known_layouts=False)
    assert result.ok, result.reason
    assert _closed_and_decided(result.meeting.items) == FOURTH_CLOSED
