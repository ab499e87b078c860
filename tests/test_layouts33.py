"""The test33 layouts (benchmarks/layouts/generate33.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate33.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout, tags
stripped from HTML, a MIME message by the standard library's email parser, pdftotext's columns
cut at their gutter), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LAParams, LTChar, LTFigure, LTTextContainer

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate33 import (
    COLUMN,
    GUTTER,
    LAYOUTS33,
    PAGE_ROWS,
    STAMP,
    WATERMARK,
)
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    check_closed_and_decisions,
    check_formats,
    check_items_printed,
    check_meeting_printed,
    check_numbered,
    check_rendered,
    check_section_types,
    check_split,
    check_unchanged,
    documents,
    open_items,
    pdf_lines,
    plain,
    rendered,
    rendered_lines,
    renderings,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Kommunen · Sekretariatet|UDKAST)$\n?", re.M)
SEEDS = (1, 2, 3)
IMPOSED = "t33-form-xobject-pages-pdf"
# the splits on main 3b6793d when test33 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31", "test32")
ALL_TEXTS = LAParams(all_texts=True)  # pdfminer's layout inside Form XObjects too


def _mime_text(suffix: str, data: bytes) -> str:
    """The MIME message's first part, its quoted-printable undone."""
    part = next(email.message_from_bytes(data, policy=email.policy.default).iter_parts())
    return plain(suffix, part.get_payload(decode=True), FURNITURE)


def _columns(suffix: str, data: bytes) -> str:
    """pdftotext's two columns read in order: on each page the left column, then the
    right, the centred page number left out."""
    out: list[str] = []
    for page in data.decode().split("\f"):
        rows = [x for x in page.splitlines() if not re.fullmatch(r" *Side \d+", x)]
        out += [x[:COLUMN + GUTTER].rstrip() for x in rows]
        out += [x[COLUMN + GUTTER:] for x in rows]
    return plain(".txt", "\n".join(out).encode(), FURNITURE)


READ = {"t33-mime-quoted-printable-txt": _mime_text,
        "t33-pdftotext-two-columns-txt": _columns}


def test_split_is_the_module():
    check_split("test33", LAYOUTS33, 12)
    assert all(layout.name.startswith("t33-") for layout in LAYOUTS33)


def _check_imposed(seed: int) -> None:
    """`check_rendered` for the imposed PDF, whose text pdfminer lays out only when asked
    to look inside Form XObjects (`all_texts`): within its pages, every section word, the
    meeting and every item printed, numbers, closed items and decisions."""
    layout, meeting, files = rendered(IMPOSED, seed)
    pdf = files[".pdf"]
    for page in extract_pages(io.BytesIO(pdf), laparams=ALL_TEXTS):
        boxes = [box for figure in page if isinstance(figure, LTFigure) for box in figure
                 if isinstance(box, LTTextContainer)]
        assert boxes and max(b.x1 for b in boxes) < page.width - 20
        assert min(b.y0 for b in boxes) > 10
    text = " " + _norm(FURNITURE.sub(" ", extract_text(io.BytesIO(pdf), laparams=ALL_TEXTS)))
    text += " "
    for item in meeting.items:
        for section in item.sections:
            assert all(f" {w} " in text for w in _norm(section.text).split())
    check_meeting_printed(meeting, text, ".pdf")
    assert " 12 marts 2024 " in text
    check_items_printed(meeting, text, ".pdf")
    check_numbered(meeting)
    check_closed_and_decisions(layout, meeting)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS33])
def test_truth_is_printed_in_every_format(name: str, seed: int):
    if name == IMPOSED:
        _check_imposed(seed)
    else:
        check_rendered(name, seed, FURNITURE, READ.get(name))


def test_formats_and_section_types():
    check_formats(LAYOUTS33, 6, 3, 2)
    check_section_types(LAYOUTS33)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (501, "03ed5992453b5b265d2815a88a1b186e3b6c50a968e79d14a893"
                                   "1d71fc4cf602"))


def _chars(pdf: bytes, laparams: LAParams | None = None):
    def walk(item):
        if isinstance(item, LTChar):
            yield item
        elif hasattr(item, "__iter__"):
            for child in item:
                yield from walk(child)
    for page in extract_pages(io.BytesIO(pdf), laparams=laparams):
        yield from walk(page)


def test_stamp_turned_in_the_margin():
    for _, pdf in renderings("t33-vertical-margin-stamp-pdf", ".pdf", SEEDS):
        pages = pdf.count(b"/Type /Page ")
        stamps = re.findall(rb"BT /F1 7 Tf 0 1 -1 0 34 150 Tm \(Udskrevet fra ESDH", pdf)
        assert len(stamps) == pages
        assert STAMP.format(n=pages, m=pages).encode("cp1252") in pdf
        turned = [c for c in _chars(pdf) if not c.upright]
        assert len(turned) >= pages * 40 and all(c.x1 < 56 for c in turned)


def test_shaded_rows_and_numbered_heads():
    name = "t33-shaded-head-row-numbered-heads-pdf"
    for meeting, lines in rendered_lines(name):
        for item in open_items(meeting):
            assert [s.heading.split()[0] for s in item.sections] == [
                f"{item.number}.{k}" for k in range(1, len(item.sections) + 1)]
            assert not item.case_number or any(
                round(x[1]) == 436 and x[3] == item.case_number for x in lines)
        assert sum(round(x[1]) == 64 and x[4].fontname == "Helvetica-Bold" for x in lines) \
            == len(meeting.items)
    for meeting, pdf in renderings(name, ".pdf", SEEDS):
        assert pdf.count(b"0.86 g 56 ") == len(meeting.items)


def test_fields_only_in_running_header_and_footer():
    for meeting, lines in rendered_lines("t33-fields-in-running-header-pdf"):
        body = [x for x in lines if 40 < x[2] < 800]
        assert not any(x[3].startswith((meeting.udvalg, "Referat", "Dato", "Mødedato", "Sted",
                                        "Mødested")) or x[3] == meeting.place for x in body)
        heads = [x for x in lines if x[2] > 800]
        footers = [x for x in lines if x[2] < 40]
        assert heads and all(meeting.udvalg in x[3] for x in heads)
        assert len(footers) == len(heads) and all(meeting.place in x[3] for x in footers)
        for item in meeting.items:
            number = next(x for x in lines if x[3] == f"Pkt. {item.number}")
            assert round(number[1]) == 56
            assert any(round(x[1]) == 120 and abs(x[2] - number[2]) < 1
                       and x[4].fontname == "Helvetica-Bold" for x in lines)


def test_capital_titles_and_boxed_decisions():
    for meeting, pdf in renderings("t33-caps-titles-boxed-decisions-pdf", ".pdf", SEEDS):
        text = extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            assert f"{item.number}. {item.title.upper()}"[:30] in text
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Økonomiudvalgets anbefaling 5. marts 2024", "Byrådets beslutning"]
        assert len(re.findall(rb" re S", pdf)) == len(re.findall(rb" re B 0 g", pdf)) \
            == len(open_items(meeting))


def test_word_spaces_by_kerning():
    for meeting, pdf in renderings("t33-kerned-word-spaces-pdf", ".pdf", SEEDS):
        assert b") Tj" not in pdf and pdf.count(b" -278 (") > 300
        strings = re.findall(rb"\(((?:[^()\\]|\\.)*)\)", pdf)
        assert strings and not any(b" " in s for s in strings)
        assert f"Punkt {meeting.items[0].number} - " in extract_text(io.BytesIO(pdf))


def test_pages_drawn_from_form_xobjects():
    for meeting, pdf in renderings(IMPOSED, ".pdf", SEEDS):
        pages = pdf.count(b"/Type /Page ")
        assert pdf.count(b"stream\nq /Lh Do Q q /Pg Do Q\nendstream") == pages
        assert pdf.count(b"/Subtype /Form") == pages + 1
        assert not any(isinstance(box, LTTextContainer) for page in
                       extract_pages(io.BytesIO(pdf)) for box in page)
        assert len(list(_chars(pdf, ALL_TEXTS))) > 3000 and len(meeting.items) >= 5


def test_watermark_and_circled_numbers():
    for meeting, pdf in renderings("t33-diagonal-watermark-circled-agenda-pdf", ".pdf", SEEDS):
        pages = pdf.count(b"/Type /Page ")
        assert pdf.count(b"0.7071 0.7071 -0.7071 0.7071 190 260 Tm (%s) Tj" % WATERMARK.encode()
                         ) == pages
        assert pdf.count(b" c S") == len(meeting.items) and meeting.kind == "dagsorden"
        lines = list(pdf_lines(pdf))
        heads = {s.heading for i in meeting.items for s in i.sections}
        assert all(x[4].fontname == "Helvetica-Oblique" for x in lines if x[3] in heads)


def test_fields_only_in_json_ld():
    for meeting, text in renderings("t33-jsonld-fields-number-below-html", ".html", SEEDS):
        script = re.search(r"<script type='application/ld\+json'>(.*?)</script>", text, re.S)
        data = json.loads(script[1])
        assert data["@type"] == "Event" and data["location"]["name"] == meeting.place
        assert data["organizer"]["name"] == meeting.udvalg
        visible = re.sub(r"<article.*?</article>", "", text[script.end():], flags=re.S)
        assert meeting.udvalg not in visible and meeting.place not in visible
        assert DATE_LONG not in visible and not re.search(r"\b(Mødedato|Mødested|Dato|Sted)\b",
                                                          visible)
        for item in meeting.items:
            assert f"</h2><p class='punktnr'>Punkt {item.number}</p>" in text
        assert text.count("Punktet behandles for lukkede døre.") == 1


def test_items_as_one_definition_list():
    for meeting, text in renderings("t33-dl-items-runin-two-decisions-html", ".html", SEEDS):
        assert text.count("<dl") == 1 and text.count("<dt ") == len(meeting.items)
        for item in meeting.items:
            assert f"<span class='nr'>{item.number}</span> " in text
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Økonomiudvalgets beslutning 5. marts 2024", "Byrådets beslutning"]
            for s in item.sections:
                assert f"<p><strong>{s.heading}:</strong> " in text
            assert not item.case_number or f"Sag nr. {item.case_number}</p>" in text


def test_newsletter_styled_inline():
    for meeting, text in renderings("t33-newsletter-email-tables-html", ".html", SEEDS):
        assert not re.search(r"<(h\d|b|strong|style|p|div)\b", text)
        assert text.count("background:#e8eef5") == len(meeting.items)
        assert meeting.kind == "dagsorden"
        assert all(f"padding:6px 0;'>{item.number}</td>" in text for item in meeting.items)


def test_mime_quoted_printable():
    for meeting, files in documents("t33-mime-quoted-printable-txt", SEEDS):
        data = files[".txt"]
        lines = data.split(b"\r\n")
        assert all(len(x) <= 76 for x in lines) and data.isascii()
        assert sum(x.endswith(b"=") for x in lines) > 20 and b"=C3=A6" in data
        message = email.message_from_bytes(data, policy=email.policy.default)
        parts = list(message.iter_parts())
        assert [p["Content-Transfer-Encoding"] for p in parts] == ["quoted-printable", "base64"]
        text = parts[0].get_payload(decode=True).decode().replace("\r\n", "\n")
        for item in meeting.items:
            assert f"\nPunkt {item.number}: {item.title}\n" in text
        assert "Fremmødte" in parts[1].get_payload(decode=True).decode()


def test_pdftotext_columns_side_by_side():
    for meeting, text in renderings("t33-pdftotext-two-columns-txt", ".txt", SEEDS):
        pages = text.split("\f")
        assert all(len(p.splitlines()) <= PAGE_ROWS + 2 for p in pages)
        rows = [x for p in pages for x in p.splitlines() if not re.fullmatch(r" *Side \d+", x)]
        both = [x for x in rows if len(x) > COLUMN + GUTTER and x[COLUMN + GUTTER - 1] == " "
                and x[COLUMN + GUTTER] != " "]
        assert len(both) > PAGE_ROWS // 2
        assert all(len(x[:COLUMN + GUTTER].rstrip()) <= COLUMN for x in rows)
        columns = _columns(".txt", text.encode())
        for item in meeting.items:
            assert f" {_norm(item.number + '. ' + item.title)} " in columns
