"""Conventions read from general principles, not from a rule per layout: a page's reading
order from its geometry (two columns), sub-items numbered by a letter under their parent,
a closed item that prints only its status, a metadata line of separated fields, and
run-in headings closed by a full stop, a dash or a change of weight. Short invented
minutes in text, HTML and PDF."""

from __future__ import annotations

import pytest
from referat.index.layout import drop_running_lines
from referat.index.readers.pdf import extract_pages

from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, _escape, pages_pdf
from tests.invented import read_invented, wrap

TITLES = ("Godkendelse af dagsorden", "Ny affaldsplan for kommunen", "Grønne områder i byen",
          "Busbetjening af Strandvejen", "Renovering af rådhusets tag", "Skolernes budget")
PROSE = ("Forvaltningen har udarbejdet et forslag til en plan for de kommende år, som "
         "udvalget skal tage stilling til på mødet i dag efter en grundig høring af borgere "
         "og foreninger i hele kommunen.")


# --- two columns: reading order from the page's geometry ---------------------------------

def _two_column_pdf() -> bytes:
    """A header across the page, then items in two columns of 230 pt (20 lines each)."""
    ops: list[bytes] = []

    def put(x: float, y: float, text: str, bold: bool = False, size: float = 9.5) -> None:
        ops.append(b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))

    y = PAGE_H - MARGIN
    for text, bold in (("Referat - Miljøudvalget", True), ("Mødedato: 1. april 2025", False)):
        y -= 16
        put(MARGIN, y, text, bold, 12)
    top = y - 12
    rows: list[tuple[str, bool]] = []
    for n, title in enumerate(TITLES, start=1):
        rows += [(f"{n}. {title}", True), (f"Sagsnr.: 25/44{n}", False), ("Sagsfremstilling", True)]
        rows += [(x, False) for x in wrap(PROSE, 44)]
        rows += [("Beslutning", True), (f"Godkendt som punkt {n}.", False)]
    per_column = (len(rows) + 1) // 2
    for k, (text, bold) in enumerate(rows):
        column, row = divmod(k, per_column)
        put(MARGIN + column * 253, top - 13 * (row + 1), text, bold)
    return pages_pdf([ops])


def test_two_columns_are_read_down_each_column() -> None:
    meeting = read_invented(_two_column_pdf(), ".pdf")
    assert [i.number for i in meeting.items] == [str(n) for n in range(1, len(TITLES) + 1)]
    assert [i.title for i in meeting.items] == list(TITLES)
    for n, item in enumerate(meeting.items, start=1):
        assert item.case_number == f"25/44{n}"
        text = {s.type: s.text for s in item.sections}
        assert " ".join(text["sagsfremstilling"].split()) == PROSE
        assert text["beslutning"] == f"Godkendt som punkt {n}."


def test_a_table_of_labels_and_values_is_no_pair_of_columns() -> None:
    """Short label cells beside values that start at one x mid-page: rows stay rows."""
    ops = []
    for k in range(12):
        y = PAGE_H - MARGIN - 14 * (k + 1)
        ops.append(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (MARGIN, y, _escape(f"Felt {k}:")))
        ops.append(b"BT /F1 10 Tf 300 %d Td (%s) Tj ET" % (y, _escape(f"Værdi nummer {k} her")))
    rows = [row["text"] for row in extract_pages(pages_pdf([ops]))[0]]
    assert rows[:2] == ["Felt 0:\tVærdi nummer 0 her", "Felt 1:\tVærdi nummer 1 her"]


def test_a_margin_of_headings_beside_the_text_is_no_pair_of_columns() -> None:
    """Headings of several words in a narrow left margin, the text in a wide column
    beside them: rows stay rows."""
    ops = []
    for k in range(12):
        y = PAGE_H - MARGIN - 14 * (k + 1)
        ops.append(b"BT /F2 9 Tf %d %d Td (%s) Tj ET" % (
            MARGIN, y, _escape(f"Udvalgets beslutning nr {k}")))
        ops.append(b"BT /F1 10 Tf 220 %d Td (%s) Tj ET" % (
            y, _escape(f"Forvaltningen har lavet en plan for området som linje {k} viser her")))
    rows = [row["text"] for row in extract_pages(pages_pdf([ops]))[0]]
    assert rows[0] == ("Udvalgets beslutning nr 0\tForvaltningen har lavet en plan for "
                       "området som linje 0 viser her")


# --- sub-items: a letter after the parent's number ---------------------------------------

def _minutes(numbers: list[str]) -> str:
    parts = ["Referat", "Miljøudvalget", "Mødedato: 1. april 2025", ""]
    for k, n in enumerate(numbers):
        parts += [f"{n}. {TITLES[k]}", f"Sagsnr.: 25/44{k}", "", "Sagsfremstilling",
                  "Forvaltningen har lavet en plan.", "", "Beslutning", "Godkendt.", ""]
    return "\n".join(parts)


@pytest.mark.parametrize("sub", ["{n}{x}.", "{n}{x})", "{n} {x})"])
def test_sub_items_in_text(sub: str) -> None:
    text = _minutes(["4", "5", "5a", "5b", "6"])
    for x in "ab":
        text = text.replace(f"\n5{x}. ", "\n" + sub.format(n=5, x=x) + " ")
    meeting = read_invented(text)
    assert [i.number for i in meeting.items] == ["4", "5", "5a", "5b", "6"]
    assert [i.title for i in meeting.items] == list(TITLES[:5])


@pytest.mark.parametrize("lettered", ["type='a'", "style='list-style-type: lower-alpha'"])
def test_sub_items_in_a_nested_lettered_list(lettered: str) -> None:
    def li(k: int, tag: str = "h2") -> str:
        return (f"<li><{tag}>{TITLES[k]}</{tag}><p>Sagsnr.: 25/44{k}</p><h4>Sagsfremstilling"
                f"</h4><p>Forvaltningen har lavet en plan.</p><h4>Beslutning</h4><p>Godkendt.</p>")
    page = ("<html><body><h1>Referat - Miljøudvalget</h1><p>Mødedato: 1. april 2025</p>"
            f"<ol start='4'>{li(0)}</li>{li(1)}<ol {lettered}>{li(2, 'h3')}</li>{li(3, 'h3')}"
            f"</li></ol></li>{li(4)}</li></ol></body></html>")
    meeting = read_invented(page, ".html")
    assert [i.number for i in meeting.items] == ["4", "5", "5a", "5b", "6"]
    assert [i.title for i in meeting.items] == list(TITLES[:5])


# --- a closed item that prints only its status -------------------------------------------

def test_closed_item_titled_only_by_its_status() -> None:
    text = _minutes(["1", "2", "3", "4"]).replace(f"3. {TITLES[2]}\nSagsnr.: 25/442\n\n"
                                                  "Sagsfremstilling\nForvaltningen har lavet "
                                                  "en plan.\n\nBeslutning\nGodkendt.\n",
                                                  "3. Lukket punkt\n")
    meeting = read_invented(text)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    closed = meeting.items[2]
    assert (closed.title, closed.closed, closed.sections) == ("Lukket punkt", True, [])
    assert not meeting.items[1].closed


def test_a_list_line_saying_closed_inside_a_text_is_no_item() -> None:
    text = _minutes(["1", "2", "3"]).replace(
        "Forvaltningen har lavet en plan.", "Forvaltningen har lavet en plan:\n7. Lukket punkt", 1)
    meeting = read_invented(text)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


# --- a metadata line of separated fields -------------------------------------------------

@pytest.mark.parametrize("sep", [" · ", " | ", " – ", ", ", "\t"])
def test_case_number_in_a_metadata_line_of_fields(sep: str) -> None:
    text = _minutes(["1", "2", "3"])
    for k in range(3):
        text = text.replace(f"Sagsnr.: 25/44{k}",
                            sep.join([f"Kl. 16.{k}5", f"Sagsnr. 25/44{k}", "Til beslutning"]))
    meeting = read_invented(text)
    assert [i.case_number for i in meeting.items] == ["25/440", "25/441", "25/442"]
    assert not any(i.closed for i in meeting.items)


# --- run-in headings ------------------------------------------------------------------

def _run_in(sep: str, caps: bool = False) -> str:
    parts = ["Referat", "Miljøudvalget", "Mødedato: 1. april 2025", ""]
    for n, title in enumerate(TITLES[:3], start=1):
        heads = ("Sagsfremstilling", "Indstilling", "Beslutning")
        s, i, b = (h.upper() for h in heads) if caps else heads
        parts += [f"{n}. {title}", f"Sagsnr.: 25/44{n}", "",
                  f"{s}{sep}Forvaltningen har lavet en plan for området,", "som skal vedtages.",
                  "", f"{i}{sep}Forvaltningen indstiller,", "at planen godkendes.", "",
                  f"{b}{sep}1. Godkendt.", "2. Oversendt til byrådet.", ""]
    return "\n".join(parts)


def _sections(meeting) -> list[list[tuple[str, str]]]:
    return [[(s.type, s.text.splitlines()[0]) for s in i.sections] for i in meeting.items]


@pytest.mark.parametrize("sep", [". ", ".  ", "  "])
def test_run_in_heading_closed_by_a_full_stop_or_a_run_of_spaces(sep: str) -> None:
    meeting = read_invented(_run_in(sep))
    assert _sections(meeting) == [[("sagsfremstilling", "Forvaltningen har lavet en plan for "
                                    "området,"), ("indstilling", "Forvaltningen indstiller,"),
                                   ("beslutning", "1. Godkendt.")]] * 3


def test_run_in_heading_in_capitals_closed_by_a_dash() -> None:
    for sep in (" – ", " — "):
        meeting = read_invented(_run_in(sep, caps=True))
        assert [[t for t, _ in item] for item in _sections(meeting)] \
            == [["sagsfremstilling", "indstilling", "beslutning"]] * 3
        assert meeting.items[0].sections[2].text == "1. Godkendt.\n2. Oversendt til byrådet."


def test_a_sentence_opening_with_a_heading_word_is_no_heading() -> None:
    text = _minutes(["1", "2"]).replace("Forvaltningen har lavet en plan.",
                                        "Beslutning om planen træffes senere. Det er aftalt.")
    meeting = read_invented(text)
    first = meeting.items[0].sections
    assert [s.type for s in first] == ["sagsfremstilling", "beslutning"]
    assert first[0].text == "Beslutning om planen træffes senere. Det er aftalt."


def test_run_in_heading_in_italics_in_html() -> None:
    page = ["<html><body><h1>Referat - Miljøudvalget</h1><p>Mødedato: 1. april 2025</p>"]
    for n, title in enumerate(TITLES[:3], start=1):
        page += [f"<h2>{n}. {title}</h2><p>Sagsnr.: 25/44{n}</p>",
                 "<p><em>Sagsfremstilling</em> Forvaltningen har lavet en plan.</p>",
                 "<p><i>Beslutning.</i> Godkendt uden bemærkninger.</p>"]
    meeting = read_invented("".join(page) + "</body></html>", ".html")
    assert _sections(meeting) == [[("sagsfremstilling", "Forvaltningen har lavet en plan."),
                                   ("beslutning", "Godkendt uden bemærkninger.")]] * 3


@pytest.mark.parametrize("face", [b"Helvetica-Bold", b"Helvetica-Oblique"])
def test_run_in_heading_closed_by_a_change_of_weight_in_a_pdf(face: bytes) -> None:
    ops = []
    y = PAGE_H - MARGIN

    def put(x: float, text: str, bold: bool, size: float = 10) -> None:
        ops.append(b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, x, y, _escape(text)))

    for text in ("Referat - Miljøudvalget", "Mødedato: 1. april 2025"):
        y -= 16
        put(MARGIN, text, text.startswith("Referat"), 12)
    for n, title in enumerate(TITLES[:3], start=1):
        y -= 24
        put(MARGIN, f"{n}. {title}", True, 12)
        y -= 14
        put(MARGIN, f"Sagsnr.: 25/44{n}", False)
        for head, rest in (("Sagsfremstilling", "Forvaltningen har lavet en plan."),
                           ("Beslutning", "Godkendt uden bemærkninger.")):
            y -= 16
            put(MARGIN, head, True)
            put(MARGIN + _width(head + " ", 10, True), rest, False)  # a space apart
    meeting = read_invented(pages_pdf([ops], fonts=(b"Helvetica", face)), ".pdf")
    assert [i.title for i in meeting.items] == list(TITLES[:3])
    assert _sections(meeting) == [[("sagsfremstilling", "Forvaltningen har lavet en plan."),
                                   ("beslutning", "Godkendt uden bemærkninger.")]] * 3


# --- page furniture: a header repeats on most pages, a section's heading does not -------

def test_a_heading_that_opens_most_pages_is_no_running_header() -> None:
    def page(first: str, n: int) -> list[dict]:
        return [{"text": "Miljøudvalget 1. april 2025", "size": 8.0, "bold": False, "top": 0.04},
                {"text": first, "size": 10.5, "bold": True, "top": 0.08},
                {"text": "Forvaltningen har lavet en plan.", "size": 10.0, "bold": False,
                 "top": 0.5},
                {"text": f"Side {n}", "size": 8.0, "bold": False, "top": 0.95}]
    pages = [page("1. Ny affaldsplan", 1), page("Indstilling", 2), page("Indstilling", 3)]
    kept = drop_running_lines(pages)
    assert [[row["text"] for row in p] for p in kept] == [
        ["1. Ny affaldsplan", "Forvaltningen har lavet en plan."],
        ["Indstilling", "Forvaltningen har lavet en plan."],
        ["Indstilling", "Forvaltningen har lavet en plan."]]
