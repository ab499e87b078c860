"""The test34 layouts (benchmarks/layouts/generate34.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate34.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout, tags
stripped from HTML, the standard library's csv), never with referat's readers: this checks the
generator, not them.
"""

from __future__ import annotations

import csv
import html
import io
import re

import pytest
from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate34 import (
    BODY_X,
    CSV_HEAD,
    GUTTER,
    LAYOUTS34,
    QUOTE,
    SPACING,
)
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    check_formats,
    check_section_types,
    check_unchanged,
    open_items,
    pdf_lines,
    plain,
    rendered_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|\*   \*   \*)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main 081b49b when test34 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31", "test32", "test33")
TURNED = re.compile(rb"BT /F2 8 Tf 0 1 -1 0 [\d.]+ [\d.]+ Tm \(((?:[^()\\]|\\.)*)\) Tj ET")
STRING = re.compile(rb"\(((?:[^()\\]|\\.)*)\)")


def _unescape(data: bytes) -> str:
    return re.sub(rb"\\(.)", rb"\1", data).decode("cp1252")


def _letterspaced(suffix: str, data: bytes) -> str:
    """pdfminer's text with a word margin wider than the headings' character spacing, so
    that a spaced heading reads as one word (the word spaces are space glyphs)."""
    text = extract_text(io.BytesIO(data), laparams=LAParams(word_margin=0.5))
    return " " + _norm(FURNITURE.sub(" ", text)) + " "


def _with_turned(suffix: str, data: bytes) -> str:
    """pdfminer's text and the turned lines' strings, which it reads one glyph to a line."""
    turned = " ".join(_unescape(x) for x in TURNED.findall(data))
    return plain(suffix, data, FURNITURE) + _norm(turned) + " "


READ = {"t34-letterspaced-caps-heads-pdf": _letterspaced,
        "t34-rotated-margin-number-agenda-pdf": _with_turned}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test34", LAYOUTS34, 12, FURNITURE, READ, prefix="t34-")


def test_formats_and_section_types():
    check_formats(LAYOUTS34, 6, 3, 2)
    check_section_types(LAYOUTS34)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (513, "10cedfe6c5371ad4e2f51d2bea6c5fd2ae4d824e7f5b2c680a30"
                                   "c4c82ea4f938"))


def test_title_column_beside_the_sections():
    name = "t34-title-column-beside-body-pdf"
    for meeting, lines in rendered_lines(name):
        heads = {s.heading for i in meeting.items for s in i.sections}
        assert all(round(x[1]) == BODY_X for x in lines if x[3] in heads)
        for item in open_items(meeting):
            number = next(x for x in lines if x[3] == f"Punkt {item.number}")
            assert round(number[1]) == 56
            first = next(x for x in lines if x[3] == item.sections[0].heading
                         and x[0] == number[0] and abs(x[2] - number[2]) < 1)
            assert round(first[1]) == BODY_X and first[4].fontname == "Helvetica-Bold"
    for meeting, pdf in renderings(name, ".pdf", SEEDS):
        assert len(re.findall(rb"0\.5 w 56\.0 [\d.]+ m 539\.0", pdf)) == len(meeting.items)


def test_continued_heads_and_fields_at_the_end():
    continued = 0
    for meeting, pdf in renderings("t34-continued-heads-fields-at-end-pdf", ".pdf", SEEDS):
        lines = list(pdf_lines(pdf))
        for x in (x for x in lines if x[3].endswith("(fortsat)")):
            continued += 1
            assert x[2] > 780 and x[4].fontname == "Helvetica-Bold" and x[0] > 0
            assert any(x[3].startswith(f"{i.number}. {i.title[:15]}") for i in meeting.items)
        text = extract_text(io.BytesIO(pdf))
        first = text.index(f"{meeting.items[0].number}. ")
        head = text[:first]
        assert meeting.udvalg in head and "Referat" in head
        assert not any(x in head for x in (DATE_LONG, meeting.place, "Dato", "Sted"))
        last = text.index(meeting.items[-1].title[:20])
        assert f"den {DATE_LONG} kl. 16.00 i {meeting.place}" in " ".join(text[last:].split())
    assert continued >= 3


def test_letterspaced_headings_and_gutter_numbers():
    for meeting, pdf in renderings("t34-letterspaced-caps-heads-pdf", ".pdf", SEEDS):
        spaced = re.findall(rb"BT %.1f Tc /F1 9\.0 Tf [\d.]+ [\d.]+ Td \(((?:[^()\\]|\\.)*)\) Tj"
                            % SPACING, pdf)
        assert [_unescape(x) for x in spaced] == [
            s.heading for i in meeting.items for s in i.sections]
        assert all(s.heading.isupper() and " " not in s.heading
                   for i in meeting.items for s in i.sections)
        assert pdf.count(b"(*   *   *) Tj") == len(meeting.items) - 1
        assert "R E S U M É" in extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            x = float(re.search(rb"BT /F2 12\.0 Tf ([\d.]+) [\d.]+ Td \(%s\) Tj"
                                % item.number.encode(), pdf)[1])
            assert x < GUTTER - 5


def test_numbers_only_turned_in_the_margin():
    name = "t34-rotated-margin-number-agenda-pdf"
    for meeting, pdf in renderings(name, ".pdf", SEEDS):
        turned = [_unescape(x) for x in TURNED.findall(pdf)]
        assert turned == [f"Punkt {i.number} · "
                          + ("Lukket punkt" if i.closed else f"Sagsnr. {i.case_number}")
                          for i in meeting.items]
        lines = list(pdf_lines(pdf))
        titles = [x for x in lines
                  if x[4].fontname == "Helvetica-Bold" and abs(x[4].size - 13) < .5]
        assert titles and all(round(x[1]) == 80 and not x[3][0].isdigit() for x in titles)
        assert not any("Punkt" in x[3] or "Sagsnr" in x[3] for x in lines)
        assert meeting.kind == "dagsorden"


def test_decisions_appended_after_the_last_item():
    for meeting, pdf in renderings("t34-decisions-appended-ad-pdf", ".pdf", SEEDS):
        text = extract_text(io.BytesIO(pdf))
        part = re.search(r"^\f?Beslutninger$", text, re.M).start()
        assert text.index(meeting.items[-1].title[:20]) < part
        for item in open_items(meeting):
            decision = next(s for s in item.sections if s.type == "beslutning")
            assert decision.heading == f"Ad pkt. {item.number}"
            at = text.index(f"\nAd pkt. {item.number}\n")
            assert part < at and text.index(item.title[:20], at) < at + 200
        assert not any(x[3].startswith("Beslutning") and x[4].fontname == "Helvetica-Bold"
                       and x[3] != "Beslutninger" for x in pdf_lines(pdf))


def test_invisible_ocr_layer():
    for meeting, pdf in renderings("t34-ocr-invisible-layer-pdf", ".pdf", SEEDS):
        shown = re.findall(rb"BT (.*?) Td", pdf)
        assert shown and all(x.startswith(b"3 Tr /F1 ") for x in shown)
        scales = {int(x) for x in re.findall(rb" (\d+) Tz ", pdf)}
        assert min(scales) == 94 and max(scales) == 106 or len(scales) > 5
        assert b"Bold" not in pdf and pdf.count(b"/BaseFont") == 1
        pages = pdf.count(b"/Type /Page ")
        assert pdf.count(b"0.94 g 28 28 539 786 re f") == pages
        assert f"{meeting.items[0].number}. {meeting.items[0].title[:20]}" in extract_text(
            io.BytesIO(pdf))


def test_word_filtered_numbers_in_conditional_spans():
    for meeting, text in renderings("t34-word-filtered-mso-list-html", ".html", SEEDS):
        assert 'content="Microsoft Word 15 (filtered)"' in text
        h1 = re.findall(r"<h1 [^>]*>(.*?)</h1>", text)
        assert len(h1) == len(meeting.items) == text.count("<![if !supportLists]>")
        for item, head in zip(meeting.items, h1, strict=True):
            number = re.search(r"<!\[if !supportLists\]><span lang=DA>(\d+)\.<span", head)
            assert number[1] == item.number
            rest = re.sub(r"<!\[if !supportLists\]>.*?<!\[endif\]>", "", head)
            assert html.unescape(re.sub(r"<[^>]+>", "", rest)) == item.title


def test_pdf2htmlex_positioned_lines():
    for meeting, text in renderings("t34-pdf2htmlex-positioned-html", ".html", SEEDS):
        assert not re.search(r"<(h\d|p|b|strong|table|li|dl)\b", text)
        divs = re.findall(r"<div class=\"t m0 (x\d) h1 (y[0-9a-f]+) (ff\d) ", text)
        assert len(divs) > 60
        for item in meeting.items:
            title = re.search(rf"<div class=\"t m0 x0 h1 y[0-9a-f]+ (ff\d) fs2 fc0 sc0 ls0 ws0\">"
                              rf"{item.number}\.<span class=\"_ _0\"></span>", text)
            assert title[1] == "ff2"
        assert meeting.kind == "dagsorden" and text.count("data-page-no=") >= 2


def test_protocol_table_caption_and_decision_column():
    for meeting, text in renderings("t34-protocol-table-caption-html", ".html", SEEDS):
        assert text.count("<table") == 1
        caption = re.search(r"<caption>(.*?)</caption>", text)[1]
        assert all(x in caption for x in (DATE_LONG, meeting.place, meeting.udvalg))
        rest = text[:text.index("<caption>")] + text[text.index("</caption>"):]
        assert DATE_LONG not in rest and meeting.place not in rest
        assert text.count("Beslutning<") == 1 and "<th scope='col'>Beslutning</th>" in text
        rows = re.findall(r"<tr><td class='nr'>(\d+)</td>", text)
        assert rows == [item.number for item in meeting.items]
        for item in open_items(meeting):
            decision = next(s for s in item.sections if s.type == "beslutning")
            first = decision.text.splitlines()[0]
            assert f"<td class='beslutning'><p>{first}" in html.unescape(text)


def test_referat_quoted_in_a_reply():
    for meeting, text in renderings("t34-quoted-reply-email-txt", ".txt", SEEDS):
        lines = text.splitlines()
        at = next(k for k, x in enumerate(lines) if x.endswith("skrev Sekretariatet "
                                                                  "<sekretariat@kommunen.dk>:"))
        assert "13. marts 2024" in lines[at] and DATE_LONG not in "\n".join(lines[:at])
        quoted = lines[at + 1:]
        assert all(x.startswith(">") and len(x) <= QUOTE for x in quoted)
        unquoted = "\n".join(x[2:] for x in quoted)
        for item in meeting.items:
            assert f"\nPkt. {item.number}: " in unquoted
        assert sum(len(x) > QUOTE - 12 for x in quoted) > 10


def test_csv_rows_per_item():
    for meeting, text in renderings("t34-semicolon-csv-export-txt", ".txt", SEEDS):
        assert text.startswith("\ufeff") and "\r\n" in text
        rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
        layout = next(x for x in LAYOUTS34 if x.name == "t34-semicolon-csv-export-txt")
        assert rows[0] == [*CSV_HEAD, *(h for _, h in layout.headings)]
        assert len(rows) == len(meeting.items) + 1
        for item, row in zip(meeting.items, rows[1:], strict=True):
            assert row[4:8] == [item.number, item.title, item.case_number or "",
                                "Lukket" if item.closed else "Åben"]
            assert row[0] == meeting.udvalg and row[3] == meeting.place
            assert [x for x in row[8:] if x] == [s.text for s in item.sections]
        assert any("\n" in x for row in rows for x in row)


def test_clipboard_rows_and_two_decisions():
    for meeting, text in renderings("t34-clipboard-tabs-two-decisions-txt", ".txt", SEEDS):
        assert "\r\n" in text and f"Mødedato\ttirsdag {DATE_LONG}" in text
        for item in meeting.items:
            mark = "Lukket" if item.closed else item.case_number or ""
            assert f"\r\n{item.number}\t{item.title}\t{mark}\r\n" in text
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Beslutning i Økonomiudvalget den 5. marts 2024",
                "Beslutning i Byrådet den 12. marts 2024"]

