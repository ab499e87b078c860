"""Section types and decisions read from principles on short invented minutes: a page's
reading order in any number of text columns, a table whose column heads name sections,
letter-spaced headings, text a style sheet prints, and headings as kommuner word them."""

from __future__ import annotations

import pytest
from referat.index.readers.letterspacing import close_letterspacing
from referat.index.readers.pdf import extract_pages

from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, pages_pdf
from tests.invented import read_invented, wrap

TITLES = ("Godkendelse af dagsorden", "Ny affaldsplan for kommunen", "Grønne områder i byen",
          "Busbetjening af Strandvejen", "Renovering af rådhusets tag", "Skolernes budget")
PROSE = ("Forvaltningen har udarbejdet et forslag til en plan for de kommende år, som "
         "udvalget skal tage stilling til efter en høring af borgere og foreninger.")


class _Page:
    def __init__(self) -> None:
        self.ops: list[bytes] = []

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float = 9.0) -> None:
        self.ops.append(b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))


# --- any number of text columns ----------------------------------------------------------

def _columns_pdf(columns: int) -> bytes:
    """A header across the page, then items flowing down `columns` columns."""
    page = _Page()
    y = PAGE_H - MARGIN
    for text, bold in (("Referat - Miljøudvalget", True), ("Mødedato: 1. april 2025", False)):
        y -= 16
        page.put(MARGIN, y, text, bold, 12)
    top = y - 12
    step = (595 - 2 * MARGIN + 14) / columns
    chars = int((step - 14) / 4.3)
    rows: list[tuple[str, bool]] = []
    for n, title in enumerate(TITLES, start=1):
        rows += [(f"{n}. {title}", True)] if len(title) + 3 <= chars else [
            (f"{n}. {title.rsplit(' ', 1)[0]}", True), (title.rsplit(" ", 1)[1], True)]
        rows += [(f"Sagsnr.: 25/44{n}", False), ("Sagsfremstilling", True)]
        rows += [(x, False) for x in wrap(PROSE, chars)]
        rows += [("Beslutning", True), (f"Godkendt som punkt {n}.", False)]
    per_column = -(-len(rows) // columns)
    for k, (text, bold) in enumerate(rows):
        column, row = divmod(k, per_column)
        page.put(MARGIN + column * step, top - 12 * (row + 1), text, bold)
    return pages_pdf([page.ops])


@pytest.mark.parametrize("columns", [2, 3, 4])
def test_columns_of_text_are_read_down_each_column(columns: int) -> None:
    meeting = read_invented(_columns_pdf(columns), ".pdf")
    assert [i.number for i in meeting.items] == [str(n) for n in range(1, len(TITLES) + 1)]
    assert [i.title for i in meeting.items] == list(TITLES)
    for n, item in enumerate(meeting.items, start=1):
        assert item.case_number == f"25/44{n}"
        text = {s.type: s.text for s in item.sections}
        assert " ".join(text["sagsfremstilling"].split()) == PROSE
        assert text["beslutning"] == f"Godkendt som punkt {n}."


_FOLLOW_UP = ("Planen for punkt {n} følges op af forvaltningen hvert år, og udvalget får en "
              "status på sit første møde efter sommerferien.")


def _flowing_pdf(columns: int, sidebar: bool) -> bytes:
    """Fourteen items flowing down `columns` columns of 55 lines, page after page; with a
    sidebar of members' names at the margin of the first page, the columns beside it."""
    pages: list[list[bytes]] = []
    page = _Page()
    top = PAGE_H - MARGIN
    page.put(MARGIN, top - 16, "Referat - Miljøudvalget", True, 12)
    page.put(MARGIN, top - 32, "Mødedato: 1. april 2025", False, 10)
    left = MARGIN + (110 if sidebar else 0)
    for k in range(12 if sidebar else 0):
        page.put(MARGIN, top - 60 - 12 * k, f"Medlem {k + 1}", False, 8)
    step = (595 - MARGIN - left + 14) / columns
    chars = int((step - 14) / 5.2)
    rows: list[tuple[str, bool]] = []
    for n in range(1, 15):
        rows += [(x, True) for x in wrap(f"{n}. Sag om emne nummer {n}", chars)]
        rows += [(f"Sagsnr.: 25/44{n}", False), ("Sagsfremstilling", True)]
        rows += [(x, False) for x in wrap(f"{PROSE} {_FOLLOW_UP.format(n=n)}", chars)]
        rows += [("Beslutning", True), (f"Godkendt som punkt {n}.", False)]
    y, column, row = top - 50, 0, 0
    for text, bold in rows:
        if row == 55:
            row, column = 0, column + 1
            if column == columns:
                pages.append(page.ops)
                page, column, y = _Page(), 0, top
        page.put(left + column * step, y - 12 * (row + 1), text, bold)
        row += 1
    return pages_pdf([*pages, page.ops])


@pytest.mark.parametrize(("columns", "sidebar"), [(3, True), (2, True), (4, False)])
def test_columns_beside_a_sidebar_and_a_last_column_of_a_few_lines(columns: int,
                                                                   sidebar: bool) -> None:
    """A sidebar is read before the columns beside it; a page's last column holding only a
    few lines starts where the column width puts it."""
    meeting = read_invented(_flowing_pdf(columns, sidebar), ".pdf")
    assert [i.title for i in meeting.items] == [f"Sag om emne nummer {n}" for n in range(1, 15)]
    for n, item in enumerate(meeting.items, start=1):
        assert item.case_number == f"25/44{n}"
        text = {s.type: " ".join(s.text.split()) for s in item.sections}
        assert text["sagsfremstilling"] == f"{PROSE} {_FOLLOW_UP.format(n=n)}"
        assert text["beslutning"] == f"Godkendt som punkt {n}."


def test_a_title_wrapped_beside_a_sidebar_label_continues_the_title() -> None:
    """`Punkt 3` in a sidebar beside the bold title, the title's second line beside the
    sidebar's case number in small type: the title runs on, the case number is a label."""
    page = _Page()
    y = PAGE_H - MARGIN - 16
    page.put(MARGIN, y, "Referat - Miljøudvalget", True, 14)
    page.put(MARGIN, y - 16, "Mødedato: 1. april 2025", False, 10)
    y -= 30
    for n, title in enumerate(TITLES[:3], start=1):
        y -= 20
        page.put(MARGIN, y, f"Punkt {n}", True, 12)
        page.put(200, y, f"{title} og en lang tilføjelse om emnet der", True, 12)
        page.put(MARGIN, y - 15, f"Sagsnr. 25/44{n}", False, 8.5)
        page.put(200, y - 15, "fylder to linjer", True, 12)
        page.put(200, y - 35, "Beslutning", True, 10.5)
        page.put(200, y - 50, f"Godkendt som punkt {n}.", False, 10)
        y -= 60
    meeting = read_invented(pages_pdf([page.ops]), ".pdf")
    assert [i.title for i in meeting.items] == [
        f"{t} og en lang tilføjelse om emnet der fylder to linjer" for t in TITLES[:3]]
    assert [i.case_number for i in meeting.items] == ["25/441", "25/442", "25/443"]
    assert [i.sections[-1].text for i in meeting.items] == [
        f"Godkendt som punkt {n}." for n in (1, 2, 3)]


def test_three_columns_of_a_table_are_no_columns_of_text() -> None:
    """A table of short cells at three x's (number, name, amount): rows stay rows."""
    page = _Page()
    for k in range(14):
        y = PAGE_H - MARGIN - 14 * (k + 1)
        page.put(MARGIN, y, f"{k + 1}.")
        page.put(200, y, f"Konto {k} drift")
        page.put(400, y, f"{k * 1000} kr.")
    rows = [row["text"] for row in extract_pages(pages_pdf([page.ops]))[0]]
    assert rows[:2] == ["1.\tKonto 0 drift\t0 kr.", "2.\tKonto 1 drift\t1000 kr."]


# --- a table whose column heads name sections -------------------------------------------

def _protocol_pdf(heads: tuple[str, str, str]) -> bytes:
    """`Pkt. | Sagen | Beslutning`: the number, the title in bold with its case number and
    the description under it, the decision beside them."""
    page = _Page()
    y = PAGE_H - MARGIN - 16
    page.put(MARGIN, y, "Referat - Miljøudvalget", True, 14)
    page.put(MARGIN, y - 14, "Mødedato: 1. april 2025", False, 10)
    y -= 40
    for x, head in zip((MARGIN, 92, 352), heads, strict=True):
        page.put(x, y, head, True, 10)
    for n, title in enumerate(TITLES[:4], start=1):
        y -= 24
        page.put(MARGIN, y, f"{n}.", True, 10)
        middle = [(title, True, 10.0), (f"Sagsnr. 25/44{n}", False, 8.5)]
        middle += [(x, False, 9.0) for x in wrap(PROSE, 52)]
        right = [(x, False, 9.0) for x in wrap(f"Godkendt som punkt {n}, med den "
                                                 "bemærkning at planen følges op.", 38)]
        for k, (text, bold, size) in enumerate(middle):
            page.put(92, y - 13 * k, text, bold, size)
        for k, (text, bold, size) in enumerate(right):
            page.put(352, y - 13 * k, text, bold, size)
        y -= 13 * max(len(middle), len(right))
    return pages_pdf([page.ops])


@pytest.mark.parametrize("heads", [("Pkt.", "Sagen", "Beslutning"),
                                   ("Nr.", "Sagsfremstilling", "Udvalgets beslutning")])
def test_a_column_head_names_the_section_of_every_cell_under_it(heads) -> None:
    meeting = read_invented(_protocol_pdf(heads), ".pdf")
    assert [i.title for i in meeting.items] == list(TITLES[:4])
    for n, item in enumerate(meeting.items, start=1):
        assert item.case_number == f"25/44{n}"
        text = {s.type: " ".join(s.text.split()) for s in item.sections}
        assert text["sagsfremstilling"] == PROSE
        assert text["beslutning"] == (f"Godkendt som punkt {n}, med den bemærkning at "
                                      "planen følges op.")


def test_a_two_column_protocol_is_read_by_its_rows_not_as_columns_of_text() -> None:
    """`Sag | Beslutning`: the number and title, the case number and text in the first
    column, the decision beside them; rows apart by more than a cell's lines. The page is
    no pair of text columns: each item's decision is its own."""
    page = _Page()
    y = PAGE_H - MARGIN - 16
    page.put(MARGIN, y, "Referat - Miljøudvalget", True, 14)
    page.put(MARGIN, y - 14, "Mødedato: 1. april 2025", False, 10)
    y -= 40
    page.put(MARGIN, y, "Sag", True, 10)
    page.put(330, y, "Beslutning", True, 10)
    for n, title in enumerate(TITLES[:4], start=1):
        y -= 24
        left = [(f"{n}. {title}", True, 10.0), (f"Sagsnr. 25/44{n}", False, 8.5)]
        left += [(x, False, 9.0) for x in wrap(PROSE, 52)]
        right = wrap(f"Godkendt som punkt {n}, med den bemærkning at planen følges op.", 38)
        for k, (text, bold, size) in enumerate(left):
            page.put(MARGIN, y - 13 * k, text, bold, size)
        for k, text in enumerate(right):
            page.put(330, y - 13 * k, text, False, 9.0)
        y -= 13 * max(len(left), len(right))
    meeting = read_invented(pages_pdf([page.ops]), ".pdf")
    assert [i.title for i in meeting.items] == list(TITLES[:4])
    for n, item in enumerate(meeting.items, start=1):
        assert item.case_number == f"25/44{n}"
        assert [" ".join(s.text.split()) for s in item.sections if s.type == "beslutning"] == [
            f"Godkendt som punkt {n}, med den bemærkning at planen følges op."]
        assert any(" ".join(s.text.split()) == PROSE for s in item.sections)


def test_a_column_head_in_html_names_the_section_under_the_cells_title() -> None:
    rows = "".join(
        f"<tr><td>{n}.</td><td><strong>{t}</strong><br><small>Sagsnr. 25/44{n}</small><br>"
        f"{PROSE}</td><td>Godkendt som punkt {n}.</td></tr>"
        for n, t in enumerate(TITLES[:3], start=1))
    page = ("<html><body><h1>Referat - Miljøudvalget</h1><p>Mødedato: 1. april 2025</p>"
            "<table><thead><tr><th>Pkt.</th><th>Sagen</th><th>Beslutning</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></body></html>")
    meeting = read_invented(page, ".html")
    assert [i.title for i in meeting.items] == list(TITLES[:3])
    assert [i.case_number for i in meeting.items] == ["25/441", "25/442", "25/443"]
    for n, item in enumerate(meeting.items, start=1):
        assert [(s.type, s.text) for s in item.sections] == [
            ("sagsfremstilling", PROSE), ("beslutning", f"Godkendt som punkt {n}.")]


@pytest.mark.parametrize("drawn", [True, False])
def test_a_text_tables_column_head_names_the_section_of_its_cells(drawn: bool) -> None:
    """The same protocol as a text export: cells between pipes, or columns of spaces."""
    lines = ["Referat - Miljøudvalget", "Mødedato: 1. april 2025", ""]
    cells = [("Pkt.", "Sagen", "Beslutning")]
    for n, title in enumerate(TITLES[:3], start=1):
        cells.append((f"{n}.", title, f"Godkendt som punkt {n}."))
        cells.append(("", f"Sagsnr. 25/44{n}", "Fraværende: Jens Hansen (A)"))
        cells += [("", x, "") for x in wrap(PROSE, 50)]
    for a, b, c in cells:
        lines.append(f"| {a:<4} | {b:<50} | {c:<28} |" if drawn else f"{a:<6}{b:<52}{c}".rstrip())
    meeting = read_invented("\n".join(lines))
    assert [i.title for i in meeting.items] == list(TITLES[:3])
    assert [i.case_number for i in meeting.items] == ["25/441", "25/442", "25/443"]
    for n, item in enumerate(meeting.items, start=1):
        assert [(s.type, " ".join(s.text.split())) for s in item.sections] == [
            ("sagsfremstilling", PROSE),
            ("beslutning", f"Godkendt som punkt {n}. Fraværende: Jens Hansen (A)")]


# --- letter-spaced lines ---------------------------------------------------------------

@pytest.mark.parametrize(("spaced", "closed"), [
    ("S A G S F R E M S T I L L I N G:", "SAGSFREMSTILLING:"),
    ("B e s l u t n i n g", "Beslutning"),
    ("S A G E N S   I N D H O L D", "SAGENS INDHOLD"),
    ("Ø K O N O M I  :", "ØKONOMI:"),
    ("A B C", None),  # three letters: initials, not a spaced word
    ("Godkendt af udvalget", None),
])
def test_letterspacing_closed_words_apart_at_wider_gaps(spaced: str, closed) -> None:
    assert close_letterspacing(spaced) == closed


def test_letterspaced_headings_of_a_typewritten_protocol() -> None:
    parts = ["REFERAT - MILJØUDVALGET", "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(TITLES[:3], start=1):
        parts += [f"Pkt. {n}.    {title}", f"            J.nr. 25/44{n}", "",
                  "            S A G E N S   I N D H O L D:", f"            {PROSE}", "",
                  "            I N D S T I L L I N G :",
                  "            Forvaltningen indstiller, at planen godkendes.", "",
                  "            B e s l u t n i n g", f"            Godkendt som punkt {n}.", ""]
    meeting = read_invented("\n".join(parts))
    assert [[s.type for s in i.sections] for i in meeting.items] == [
        ["sagsfremstilling", "indstilling", "beslutning"]] * 3
    assert [i.sections[-1].text for i in meeting.items] == [
        f"Godkendt som punkt {n}." for n in (1, 2, 3)]


# --- text a style sheet prints ----------------------------------------------------------

def test_a_decision_labelled_only_by_css_generated_content() -> None:
    style = (".afg::before{content:\"Beslutning\";display:block;font-weight:bold}"
             "p.note::before{content:'\\2022'}")
    items = "".join(
        f"<h2>{n}. {t}</h2><p>Sagsnr. 25/44{n}</p><h3>Sagsfremstilling</h3><p>{PROSE}</p>"
        f"<h3>Indstilling</h3><p>Forvaltningen indstiller, at planen godkendes.</p>"
        f"<div class='afg'><p>Udvalget besluttede at sende sagen videre til punkt {n}.</p></div>"
        for n, t in enumerate(TITLES[:3], start=1))
    page = (f"<html><head><style>{style}</style></head><body><h1>Referat - Miljøudvalget</h1>"
            f"<p>Mødedato: 1. april 2025</p>{items}</body></html>")
    meeting = read_invented(page, ".html")
    for n, item in enumerate(meeting.items, start=1):
        assert [(s.heading, s.type) for s in item.sections][-1] == ("Beslutning", "beslutning")
        assert item.sections[-1].text == f"Udvalget besluttede at sende sagen videre til punkt {n}."


# --- a heading's colon apart, a dated clause -------------------------------------------

def test_a_headings_colon_in_a_span_of_its_own() -> None:
    items = "".join(
        f"<p><b>{n}. {t}</b></p><p><b><u><span>Sagens indhold</span></u></b><b><span>:"
        f"</span></b></p><p>{PROSE}</p><p><b><u><span>Direktionens indstilling</span></u></b>"
        f"<b><span>:</span></b></p><p>Administrationen indstiller</p><p>1. at planen "
        f"godkendes</p><p><b><u><span>Udvalgets beslutning</span></u></b><b><span>:</span>"
        f"</b></p><p>Godkendt.</p>" for n, t in enumerate(TITLES[:3], start=1))
    page = ("<html><body><h1>Referat - Miljøudvalget</h1><p>Mødedato: 1. april 2025</p>"
            f"{items}</body></html>")
    meeting = read_invented(page, ".html")
    for item in meeting.items:
        assert [(s.type, s.text.splitlines()[0]) for s in item.sections] == [
            ("sagsfremstilling", PROSE), ("indstilling", "Administrationen indstiller"),
            ("beslutning", "Godkendt.")]


def test_a_sentence_naming_a_dated_decision_is_no_heading() -> None:
    parts = ["Referat", "Miljøudvalget", "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(TITLES[:3], start=1):
        parts += [f"{n}. {title}", f"Sagsnr.: 25/44{n}", "", "Sagsfremstilling",
                  "Sagen er en opfølgning fra Byrådets beslutning den 20. juni 2022",
                  "(punkt 16), hvor planen blev vedtaget.", "", "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(parts))
    assert [[s.type for s in i.sections] for i in meeting.items] == [
        ["sagsfremstilling", "beslutning"]] * 3


# --- headings as other kommuner word them; what a protocol adds to a decision -----------

@pytest.mark.parametrize(("heading", "kind"), [
    ("Sagens beskrivelse", "sagsfremstilling"), ("Sagens baggrund og indhold", "sagsfremstilling"),
    ("Forslag til afgørelse", "indstilling"), ("Anbefalingerne", "indstilling"),
    ("Anlægsbevilling", "okonomi"), ("Hjemmelsgrundlag", "lovgrundlag"),
    ("Kompetenceforhold", "lovgrundlag"), ("Vedhæftede bilag", "bilag"),
    ("Sagens gang", "sagsforloeb"), ("Proces", "sagsforloeb"),
    ("Personalemæssige konsekvenser", "other"),
    ("Risikovurdering", "other"), ("Borgerinddragelse", "other"),
    ("Protokolbemærkning", "beslutning"), ("Tilføjelse til protokollen", "beslutning"),
    ("Mindretalsudtalelse", "beslutning"), ("Særudtalelse", "beslutning"),
    ("Afstemning", "beslutning"), ("Beslutningstekst", "beslutning"),
])
def test_heading_wordings_of_other_kommuner(heading: str, kind: str) -> None:
    from referat.index.sections import section_type

    assert section_type(heading) == kind


@pytest.mark.parametrize("remark", ["Protokoltilførsel", "Mindretalsudtalelse",
                                    "Tilføjelse til protokollen"])
def test_a_remark_the_protocol_adds_stays_in_the_decision(remark: str) -> None:
    """Votes, absentees and a remark under its own label after the decision: one decision."""
    items = "".join(
        f"<h2>{n}. {t}</h2><p>Sagsnr.: 25/44{n}</p><p><b>Sagsfremstilling</b></p><p>{PROSE}</p>"
        f"<p><b>Beslutning</b></p><p>Godkendt.</p><p>For stemte: A, V og C</p>"
        f"<p><b>Fraværende:</b></p><p>Jens Hansen (A)</p><p><b>{remark}:</b> Ø ønskede sagen "
        f"udsat.</p>" for n, t in enumerate(TITLES[:3], start=1))
    page = ("<html><body><h1>Referat - Miljøudvalget</h1><p>Mødedato: 1. april 2025</p>"
            f"{items}</body></html>")
    meeting = read_invented(page, ".html")
    for item in meeting.items:
        assert [s.type for s in item.sections] == ["sagsfremstilling", "beslutning"]
        assert item.sections[1].text.split("\n") == [
            "Godkendt.", "For stemte: A, V og C", "Fraværende:", "Jens Hansen (A)",
            f"{remark}: Ø ønskede sagen udsat."]


@pytest.mark.parametrize("sep", [" · ", " • ", " | ", " - "])
def test_the_body_named_in_a_line_of_fields_ends_at_the_separator(sep: str) -> None:
    parts = [sep.join(["Miljøudvalget", "Referat", "01.04.2025"]), "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(TITLES[:3], start=1):
        parts += [f"Punkt {n}     {title}", f"Sagsnr. 25/44{n}", "", "Sagsfremstilling", PROSE,
                  "", "Beslutning", "Godkendt.", ""]
    assert read_invented("\n".join(parts)).udvalg == "Miljøudvalget"
