"""Round 30 (issue-18cc) on short invented minutes: an e-mail saved as text, the minutes a
quoted-printable part beside an attachment; a page whose meeting fields are only in its JSON-LD
Event; a PDF stamped up its margin and watermarked across its pages; a PDF whose
pages draw all their text inside Form XObjects; a PDF that names its kind, udvalg and date
only in its running header; titles wrapped beside a margin column of numbers and case
numbers; head rows whose right cell is `Sagsnr.` over the number; a text of two columns, as
`pdftotext -layout` prints a two-column page; a committee's dated recommendation to the
council, its decision."""

from __future__ import annotations

import base64
import quopri
import textwrap

import pytest
from referat.index.readers import parse_bytes
from referat.index.sections import section_type

from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, PAGE_W, pages_pdf, render_pdf
from tests.pdfs import assemble_pdf

ITEMS = [("3", "Ny legeplads ved skolen", "24-001234"),
         ("4", "Budgetopfølgning for vejområdet", "24-005678"),
         ("5", "Høring om cykelstier", "24-009012")]


def _minutes_text() -> str:
    items = "".join(
        f"Punkt {n}: {title}\nSagsnr.: {case}\n\nSagsfremstilling:\n"
        f"Forvaltningen har belyst sagen om {title.lower()} og gjort rede for økonomien.\n\n"
        "Beslutning:\nGodkendt.\n\n" for n, title, case in ITEMS)
    return ("Referat\n\nUdvalg: Teknikudvalget\nDato: 4. juni 2025\nSted: Mødelokale 3\n\n"
            + items)


def test_an_email_saved_as_text_is_read_as_its_plain_part() -> None:
    """Headers, a multipart body, the minutes quoted-printable (soft breaks, `=C3=B8`), an
    attachment in base64: the reader reads the decoded plain part, not the escapes or the
    mail's own `Date:`."""
    body = quopri.encodestring(_minutes_text().encode()).decode()
    attachment = base64.encodebytes("Navn;Fremmødt\nA;ja\n".encode()).decode()
    mail = ("From: Sekretariatet <post@eksempel.dk>\nSubject: =?utf-8?q?M=C3=B8de?=\n"
            "Date: Fri, 6 Jun 2025 09:00:00 +0200\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="grænse"\n\n'
            "--grænse\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}\n"
            "--grænse\nContent-Type: text/csv; name=liste.csv\n"
            "Content-Disposition: attachment; filename=liste.csv\n"
            f"Content-Transfer-Encoding: base64\n\n{attachment}\n--grænse--\n")
    assert "=C3=B8" in mail
    result = parse_bytes(mail.replace("\n", "\r\n").encode(), "mail.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Mødelokale 3", "2025-06-04")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == ITEMS
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "beslutning"]
               for i in meeting.items)


def test_meeting_fields_only_in_a_pages_json_ld_event() -> None:
    """The visible page names no udvalg, date or place; its JSON-LD Event (in an `@graph`)
    does: the organizer's name, the day of `startDate`, the location's name."""
    data = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, '
            '{"@type": "Event", "name": "Møde i Teknikudvalget", '
            '"startDate": "2025-06-04T17:00:00+02:00", '
            '"location": {"@type": "Place", "name": "Mødelokale 3"}, '
            '"organizer": {"@type": "Organization", "name": "Teknikudvalget"}}]}')
    items = "".join(
        f"<article><h2>{title}</h2><p>Punkt {n}</p><p>Sagsnr. {case}</p>"
        "<h3>Sagsfremstilling</h3><p>Forvaltningen har belyst sagen.</p>"
        "<h3>Beslutning</h3><p>Godkendt.</p></article>" for n, title, case in ITEMS)
    page = (f"<html><head><script type='application/ld+json'>{data}</script></head>"
            f"<body><h1>Referat</h1>{items}</body></html>")
    result = parse_bytes(page.encode(), "event.html", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Mødelokale 3", "2025-06-04")
    assert [(i.number, i.title) for i in meeting.items] == [(n, t) for n, t, _ in ITEMS]


def _pdf_op(text: str, size: float, bold: bool, x: float, y: float) -> bytes:
    return b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
        b"/F2" if bold else b"/F1", size, x, y, text.encode("cp1252"))


def test_a_stamp_up_the_margin_and_a_watermark_are_no_part_of_the_text() -> None:
    """Every page carries a system's stamp turned 90 degrees up the left margin and a
    watermark turned 45 degrees across the text; their letters stand beside and among the
    body's lines but are no line of it: titles, sections and decisions read as printed."""
    lines = [("Referat", 18, True), ("Teknikudvalget", 13, False),
             ("Dato: 4. juni 2025", 10, False), ("Sted: Mødelokale 3", 10, False)]
    for n, title, case in ITEMS:
        lines += [(f"{n}. {title}", 12, True), (f"Sagsnr.: {case}", 9, False),
                  ("Sagsfremstilling:", 10, True)]
        lines += [("Forvaltningen har belyst sagen og gjort rede for økonomien i den.", 10,
                   False)] * 6
        lines += [("Beslutning:", 10, True), ("Godkendt uden bemærkninger.", 10, False)]
    pages: list[list[bytes]] = [[]]
    y = PAGE_H - MARGIN
    for text, size, bold in lines:
        if y < 2 * MARGIN:
            pages.append([])
            y = PAGE_H - MARGIN
        y -= size * 1.45
        pages[-1].append(_pdf_op(text, size, bold, MARGIN, y))
    for number, ops in enumerate(pages, start=1):
        ops.insert(0, b"BT /F1 90 Tf 0.707 0.707 -0.707 0.707 120 200 Tm (KLADDE) Tj ET")
        ops.append(b"BT /F1 7 Tf 0 1 -1 0 34 150 Tm (Udskrevet 05.06.2025 Dok.nr. 4711 Side "
                   b"%d) Tj ET" % number)
    result = parse_bytes(pages_pdf(pages), "stempel.pdf", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", "\n".join(["Forvaltningen har belyst sagen og gjort rede for "
                                       "økonomien i den."] * 6)),
        ("beslutning", "Godkendt uden bemærkninger.")] for i in items)


def _minutes_lines() -> list[tuple[str, float, bool]]:
    lines = [("Referat", 18, True), ("Teknikudvalget", 13, False),
             ("Dato: 4. juni 2025", 10, False), ("Sted: Mødelokale 3", 10, False)]
    for n, title, case in ITEMS:
        lines += [(f"{n}. {title}", 12, True), (f"Sagsnr.: {case}", 9, False),
                  ("Sagsfremstilling:", 10, True),
                  ("Forvaltningen har belyst sagen og gjort rede for økonomien.", 10, False),
                  ("Beslutning:", 10, True), ("Godkendt.", 10, False)]
    return lines


def test_a_page_drawn_only_from_form_xobjects() -> None:
    """An imposition tool's PDF: the page's content is only `q /Pg Do Q`, every line of text
    inside that Form XObject; it has a text layer, read as a page's own."""
    ops, y = [], PAGE_H - MARGIN
    for text, size, bold in _minutes_lines():
        y -= size * 1.45
        ops.append(_pdf_op(text, size, bold, MARGIN, y))
    form = b"\n".join(ops)
    fonts = b"/Font << /F1 3 0 R /F2 4 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               b"/Encoding /WinAnsiEncoding >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << %s "
               b"/XObject << /Pg 7 0 R >> >> /Contents 6 0 R >>" % (PAGE_W, PAGE_H, fonts),
               b"<< /Length 12 >>\nstream\nq /Pg Do Q\nendstream",
               b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << %s >> "
               b"/Length %d >>\nstream\n%s\nendstream" % (PAGE_W, PAGE_H, fonts, len(form),
                                                           form)]
    result = parse_bytes(assemble_pdf(objects), "imposed.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert (result.meeting.udvalg, result.meeting.place) == ("Teknikudvalget", "Mødelokale 3")
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS


def test_the_kind_of_document_named_only_in_the_running_header() -> None:
    """No title block: `Teknikudvalget · Referat · 4. juni 2025` heads every page, the place
    only in the footer, one item closed (no case number, no sections, so the items alone do
    not show minutes): the header names the kind, and the fields come from those lines."""
    lines = []
    for n, title, case in ITEMS:
        lines += [(f"{n}. {title}", 12, True)]
        if n == "4":  # a closed item: its title and status only
            lines += [("Lukket punkt", 10, False)]
            continue
        lines += [(f"Sagsnr.: {case}", 9, False), ("Sagsfremstilling", 10, True)]
        lines += [("Forvaltningen har belyst sagen og gjort rede for økonomien.", 10, False)] * 30
        lines += [("Beslutning", 10, True), ("Godkendt.", 10, False)]
    data = render_pdf(lines, header="Teknikudvalget · Referat · 4. juni 2025",
                      footer="Mødested: Mødelokale 3 · Side {n}")
    result = parse_bytes(data, "hoved.pdf", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.kind, meeting.udvalg, meeting.place, str(meeting.date)) == (
        "referat", "Teknikudvalget", "Mødelokale 3", "2025-06-04")
    assert [(i.number, i.title) for i in meeting.items] == [(n, t) for n, t, _ in ITEMS]
    assert [i.closed for i in meeting.items] == [False, True, False]


def _head_ops() -> tuple[list[bytes], float]:
    """A referat's title block, drawn from the top of a page, and where it ends."""
    ops, y = [], PAGE_H - MARGIN
    for text, size, bold in [("Referat", 18, True), ("Teknikudvalget", 13, False),
                             ("Dato: 4. juni 2025", 10, False)]:
        y -= size * 1.45
        ops.append(_pdf_op(text, size, bold, MARGIN, y))
    return ops, y


def test_a_title_wrapped_beside_the_margin_column_of_its_case_number() -> None:
    """The margin column holds `Pkt. N` over the bare case number (or `Lukket`); a long title
    beside it wraps, so its second line shares the case number's baseline: the title is read
    whole and the case number (the status) is the item's."""
    titles = {"3": ("Ny legeplads ved skolen på den gamle boldbane", "i Nordbyen"),
              "4": ("Budgetopfølgning for vejområdet og", "vintertjenesten"),
              "5": ("Høring om cykelstier langs", "landevejen")}
    ops, y = _head_ops()
    for n, _, case in ITEMS:
        first, second = titles[n]
        y -= 30
        ops += [_pdf_op(f"Pkt. {n}", 9, False, MARGIN, y), _pdf_op(first, 13, True, 120, y)]
        y -= 17
        ops += [_pdf_op("Lukket" if n == "4" else case, 7.5, False, MARGIN, y),
                _pdf_op(second, 13, True, 120, y)]
        if n == "4":
            continue
        for text, bold in [("Sagsfremstilling", True), ("Forvaltningen har belyst sagen.", False),
                           ("Beslutning", True), ("Godkendt.", False)]:
            y -= 15
            ops.append(_pdf_op(text, 10, bold, 120, y))
    result = parse_bytes(pages_pdf([ops]), "margin.pdf", known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number, i.closed) for i in items] == [
        (n, " ".join(titles[n]), None if n == "4" else case, n == "4") for n, _, case in ITEMS]


def test_a_head_row_whose_right_cell_is_the_case_label_over_its_number() -> None:
    """Each item's head row: the number, the title in bold and, at the right, `Sagsnr.` in
    small regular type over the bare number; an item without a case number prints no label
    and the closed one `Lukket`. The label is the item's metadata, not the row's type, so
    every head row is read as an item's."""
    items = [("1", "Ny legeplads ved skolen", "24-001234"),
             ("2", "Status for byggeriet ved havnen", None),
             ("3", "Høring om cykelstier", "24-009012"), ("4", "Salg af grund", "closed"),
             ("5", "Budgetopfølgning for vejområdet", "24-005678")]
    ops, y = _head_ops()
    for n, title, case in items:
        y -= 30
        ops += [_pdf_op(n, 12, True, 64, y), _pdf_op(title, 11, True, 90, y)]
        if case == "closed":
            ops.append(_pdf_op("Lukket", 8, False, 436, y))
            continue
        if case:
            ops += [_pdf_op("Sagsnr.", 7, False, 436, y), _pdf_op(case, 8, False, 436, y - 9)]
        for text, bold in [("Sagsfremstilling", True), ("Forvaltningen har belyst sagen.", False),
                           ("Beslutning", True), ("Godkendt.", False)]:
            y -= 16
            ops.append(_pdf_op(text, 10, bold, MARGIN, y))
    result = parse_bytes(pages_pdf([ops]), "hoved.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        (n, t, None if c in (None, "closed") else c, c == "closed") for n, t, c in items]


def _two_columns(lines: list[str], rows: int) -> str:
    """pdftotext -layout's print of two-column pages: the text down the left column, then
    the right, each line the left's padded to 38 characters, four spaces, the right's."""
    pages = []
    for start in range(0, len(lines), 2 * rows):
        left, right = lines[start:start + rows], lines[start + rows:start + 2 * rows]
        right += [""] * (len(left) - len(right))
        page = [f"{a:<38}    {b}".rstrip() for a, b in zip(left, right, strict=True)]
        pages.append("\n".join([*page, "", f"{'':>37}Side {len(pages) + 1}"]))
    return "\f".join(pages)


_SENTENCES = ["Forvaltningen har belyst sagen og gjort rede for økonomien.",
              "Tidsplanen er lagt, så arbejdet kan gå i gang til foråret.",
              "Der har været holdt møde med de berørte parter, som har bakket op.",
              "Udgiften afholdes inden for den afsatte ramme på området."]


@pytest.mark.parametrize("rows", [22, 26])
def test_a_text_of_two_columns_is_read_column_after_column(rows: int) -> None:
    """Every line holds a line of each column; a title that runs from the left column's foot
    to the right's top, sections beside other items' titles, are read whole, in order."""
    text = ["Referat", "Teknikudvalget", "Dato: 4. juni 2025", "Sted: Mødelokale 3", ""]
    sections = []
    for k, (n, title, case) in enumerate(ITEMS):
        sections.append(textwrap.wrap(" ".join(_SENTENCES[:k + 2] * 2), 36))
        text += [*textwrap.wrap(f"{n}. {title} og de nærmere vilkår for arbejdet", 36),
                 f"Sagsnr. {case}", "", "Sagsfremstilling", *sections[-1], "", "Beslutning",
                 "Godkendt.", ""]
    result = parse_bytes(_two_columns(text, rows).encode(), "spalter.txt",
                         known_layouts=False)
    assert result.ok, result.reason
    items = result.meeting.items
    assert [(i.number, i.title, i.case_number) for i in items] == [
        (n, f"{title} og de nærmere vilkår for arbejdet", case) for n, title, case in ITEMS]
    assert [[(s.type, s.text) for s in i.sections] for i in items] == [
        [("sagsfremstilling", "\n".join(lines)), ("beslutning", "Godkendt.")]
        for lines in sections]


@pytest.mark.parametrize(("heading", "kind"), [
    ("Teknikudvalgets anbefaling 3. juni 2025", "beslutning"),
    ("Byrådet anbefaler 03.06.2025", "beslutning"),
    ("Teknikudvalgets anbefaling", "indstilling"),  # undated: as before
    ("Forvaltningens anbefaling 3. juni 2025", "indstilling"),  # the administration's
    ("Anbefaling", "indstilling"),
])
def test_a_committees_dated_recommendation_is_its_decision(heading: str, kind: str) -> None:
    """What a political body recommends to the council on a given day is the decision it
    took then (the council's own follows); the administration's recommendation is none."""
    assert section_type(heading) == kind
