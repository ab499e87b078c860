"""The test23 layouts (benchmarks/layouts/generate23.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTTextContainer, LTTextLine

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate23 import GRID, LAYOUTS23, PATH
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    SECTION_TYPES,
    check_rendered,
    check_split,
    check_unchanged,
    documents,
    pdf_lines,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FOOTER_UDVALG = re.compile(r"^((.*) · Referat fra mødet den 12\. marts 2024) · Side \d+ af \d+$",
                           re.M)
FURNITURE = re.compile(r"^(Side \d+( af \d+)?|\d+/\d+|Udskrevet 12-03-2024 kl\. 15\.42"
                       r"|" + re.escape(PATH) + r"|.* · Referat fra mødet den 12\. marts 2024"
                       r" · Side \d+ af \d+|.* Referat 12\. marts 2024)$\n?", re.M)
COUNTER = re.compile(rb"counter-reset:punkt (\d+)")
SEEDS = (1, 2, 3)
EARLIER_SPLITS = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
                  "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8",
                  "test9", "test10", "test11", "test12", "test13", "test14", "test15",
                  "test16", "tune7", "test17", "test18", "combo", "test19", "test20", "tune8",
                  "test21", "test22")
EARLIER = (381, "967b49550a2ad0acc87b9aa506d64219d0521f6f04fe1ef28036f193c65292a4")
COLUMN_EDGES = ((40, 442), tuple(x for x, _ in GRID))


def _read(suffix: str, data: bytes) -> str:
    """The words as a reader of the page sees them: page furniture left out (a footer that
    names the udvalg kept once, at the end), CRLF as LF, and a CSS counter's numbers put
    before the titles it numbers, as a browser shows them."""
    if suffix == ".txt":
        data = data.replace(b"\r\n", b"\n")
    counter = COUNTER.search(data)
    if counter:
        numbers = iter(range(int(counter[1]) + 1, 1000))
        data = re.sub(rb"<h2>", lambda m: b"<h2>%d. " % next(numbers), data)
    text = plain(suffix, data, FURNITURE)
    columns = _by_columns(data) if suffix == ".pdf" else ""
    if columns:
        text = " " + _norm(FURNITURE.sub(" ", columns)) + " "
    if suffix == ".pdf":
        footer = FOOTER_UDVALG.search(extract_text(io.BytesIO(data)))
        text += f"{_norm(footer[1])} " if footer else ""
    return text


def _by_columns(pdf: bytes) -> str:
    """A page of columns (two text columns, or a grid's) read column by column, each
    column's lines top to bottom (pdfminer's own order mixes short boxes of one column
    with another's), or "" when the lines do not all start at one set of column edges."""
    lines = [(n, line.x0, line.y1, line.get_text()) for n, page in
             enumerate(extract_pages(io.BytesIO(pdf))) for box in page
             if isinstance(box, LTTextContainer) for line in box
             if isinstance(line, LTTextLine) and line.y0 >= 40]
    for lefts in COLUMN_EDGES:
        column = {round(x): k for k, x in enumerate(lefts)}
        if all(round(x) in column for _, x, _, _ in lines):
            return "".join(t for *_, t in sorted(
                lines, key=lambda line: (line[0], column[round(line[1])], -line[2])))
    return ""


def _pdf(name: str):
    return [(meeting, files[".pdf"]) for meeting, files in documents(name, SEEDS)]


def _html(name: str):
    return [(meeting, files[".html"].decode()) for meeting, files in documents(name, SEEDS)]


def _text(name: str):
    return [(meeting, files[".txt"]) for meeting, files in documents(name, SEEDS)]


def _lines(pdf: bytes):
    """(page, x0, y0, text, font name of the first character) of every text line."""
    for n, x0, y0, text, first in pdf_lines(pdf):
        yield n, x0, y0, text, first.fontname


def test_split_is_the_module():
    check_split("test23", LAYOUTS23, 12)
    assert all(layout.name.startswith("t23-") for layout in LAYOUTS23)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS23])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, _read)


def test_earlier_splits_are_byte_identical():
    check_unchanged(EARLIER_SPLITS, EARLIER)


def test_at_least_seven_layouts_are_pdf():
    assert sum(layout.formats == (".pdf",) for layout in LAYOUTS23) >= 7


def test_every_section_type_is_a_known_one():
    assert {kind for layout in LAYOUTS23 for kind, _ in layout.headings} <= SECTION_TYPES


def test_landscape_items_flow_into_the_right_column():
    for meeting, pdf in _pdf("t23-landscape-columns-pdf"):
        pages = list(extract_pages(io.BytesIO(pdf)))
        assert all(p.width == 842 and p.height == 595 for p in pages)
        lines = list(_lines(pdf))
        titles = [x for x in lines if re.match(r"\d+\) ", x[3]) and x[4].endswith("Bold")]
        assert len(titles) == len(meeting.items)
        assert any(x[1] > 400 for x in titles) and any(x[1] < 100 for x in titles)
        assert any(x[1] > 400 and not re.match(r"\d+\) ", x[3]) for x in lines if x[0] == 0)


def test_region_decisions_before_case_text_forretningsudvalg_first():
    for meeting, pdf in _pdf("t23-region-two-decisions-pdf"):
        text = extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            assert f"{item.number}. {item.title.upper()[:20]}" in text
            if item.closed:
                continue
            kinds = [s.type for s in item.sections]
            k = kinds.index("beslutning")
            assert kinds[k:k + 2] == ["beslutning", "beslutning"]
            assert "indstilling" not in kinds[k:] and "sagsfremstilling" not in kinds[:k]
            assert item.sections[k].heading.startswith("Forretningsudvalgets")
            assert item.sections[k].text != item.sections[k + 1].text
        assert text.count("BESLUTNINGER") == sum(not i.closed for i in meeting.items)


def test_ocr_layer_is_invisible_words_without_bold():
    for meeting, pdf in _pdf("t23-ocr-invisible-words-pdf"):
        runs = re.findall(rb"BT (.*?) Tj ET", pdf)
        assert runs and all(r.startswith(b"3 Tr /F1 ") for r in runs)
        words = sum(len(i.title.split()) for i in meeting.items)
        assert len(runs) > words + 3 * len(meeting.items)
        sizes = {float(r.split()[3]) for r in runs}
        assert len(sizes) > 20
        text = extract_text(io.BytesIO(pdf))
        assert "Mødedato : " in text and "Sagsnr. : " in text


def test_libreoffice_times_bold_italic_headings_and_field_table():
    for meeting, pdf in _pdf("t23-libreoffice-times-agenda-pdf"):
        assert meeting.kind == "dagsorden"
        lines = list(_lines(pdf))
        for item in meeting.items:
            assert any(x[3].startswith(f"({item.number}) ") and x[4] == "Times-Bold"
                       for x in lines)
            for s in item.sections:
                assert any(x[3] == s.heading and x[4] == "Times-BoldItalic" for x in lines)
        assert any(x[3] == "Mødelokale" and x[4] == "Times-Bold" for x in lines)
        assert "Sagsnr. (Acadre): " in extract_text(io.BytesIO(pdf))


def test_export_item_per_page_decision_first_in_a_box():
    for meeting, pdf in _pdf("t23-export-decision-box-pdf"):
        pages = [extract_text(io.BytesIO(pdf), page_numbers=[n])
                 for n in range(len(list(extract_pages(io.BytesIO(pdf)))))]
        assert len(pages) >= len(meeting.items) + 1
        for item in meeting.items:
            page = next(p for p in pages if f"{item.number}. {item.title.split()[0]}" in p)
            assert ("Lukket punkt" if item.closed else "Åbent punkt") in page
            if not item.closed:
                assert item.sections[0].type == "beslutning"
                assert item.sections[0].heading == (
                    f"Beslutning i {meeting.udvalg} den 12-03-2024")
        assert pdf.count(b" re f") == sum(not i.closed for i in meeting.items)
        assert all(re.search(rf"\b{n}/{len(pages)}\b", p) for n, p in enumerate(pages, 1))


def test_homemade_run_in_underlined_headings():
    for meeting, pdf in _pdf("t23-homemade-underlined-runin-pdf"):
        assert not any(i.case_number for i in meeting.items)
        lines = list(_lines(pdf))
        for item in meeting.items:
            for s in item.sections:
                head = next(x for x in lines if x[3].startswith(f"{s.heading}:"))
                assert head[4] == "Helvetica" and len(head[3]) > len(s.heading) + 5
        heads = sum(len(i.sections) for i in meeting.items)
        assert len(re.findall(rb" l S", pdf)) == heads
        assert extract_text(io.BytesIO(pdf)).count(PATH) >= 1


def test_grid_rows_break_under_a_repeated_head_row():
    broken = 0
    for meeting, pdf in _pdf("t23-protocol-grid-landscape-pdf"):
        lines = list(_lines(pdf))
        pages = {x[0] for x in lines}
        heads = [x for x in lines if x[3] == "Beslutning" and x[1] > 600]
        assert len(heads) == len(pages)
        numbers = sorted((x for x in lines if x[1] < 60 and re.fullmatch(r"\d+", x[3])),
                         key=lambda x: (x[0], -x[2]))
        assert [x[3] for x in numbers] == [i.number for i in meeting.items]
        starts = {x[0] for x in numbers}
        broken += any(n not in starts for n in pages)  # a page that starts inside a row
        broken += any(x[0] != y[0] for x, y in zip(numbers, numbers[1:], strict=False))
    assert broken


def test_udvalg_only_in_the_footer():
    for meeting, pdf in _pdf("t23-footer-udvalg-attachments-pdf"):
        text = extract_text(io.BytesIO(pdf))
        pages = len(list(extract_pages(io.BytesIO(pdf))))
        assert len(FOOTER_UDVALG.findall(text)) == pages
        head = text[:text.index(f"{meeting.items[0].number}. ")]
        assert meeting.udvalg not in head and "12. marts" not in head
        for item in meeting.items:
            assert item.sections[-1].type == "bilag"


def test_css_counter_is_the_only_number():
    for meeting, html in _html("t23-css-counter-numbers-html"):
        first = int(meeting.items[0].number)
        assert f"counter-reset:punkt {first - 1}}}" in html
        titles = re.findall(r"<h2>(.*?)</h2>", html)
        assert titles == [i.title.replace("&", "&amp;").replace('"', "&quot;")
                          .replace("'", "&#x27;") for i in meeting.items]
        assert not any(re.match(r"\d", t) for t in titles)


def test_flat_h3_newest_decision_first():
    for meeting, html in _html("t23-flat-h3-decisions-first-html"):
        assert "<h4" not in html and html.count("<h2>") == 1
        heads = re.findall(r"<h3>(.*?)</h3>", html)
        assert len(heads) == sum(1 + len(i.sections) for i in meeting.items)
        for item in meeting.items:
            assert [s.type for s in item.sections[:2]] == ["beslutning", "beslutning"]
            assert item.sections[0].heading.startswith("Byrådets")


def test_acrobat_text_crlf_no_blank_lines_inline_furniture():
    for meeting, data in _text("t23-acrobat-save-text-txt"):
        assert data.count(b"\r\n") == data.count(b"\n") and b"\r\n\r\n" not in data
        text = data.decode().replace("\r\n", "\n")
        footers = re.findall(r"^Side (\d+) af (\d+)$", text, re.M)
        assert len(footers) >= 2 and footers[-1][0] == footers[-1][1]
        assert text.count(f"{meeting.udvalg} Referat 12. marts 2024") == len(footers) - 1
        after = re.findall(r"^Side \d+ af \d+\n.*\n(.*)$", text, re.M)
        assert any(not re.match(r"\d+ ", x) for x in after)  # a page break inside an item
        for item in meeting.items:
            assert re.search(rf"^{item.number} {re.escape(item.title.split()[0])}", text, re.M)


def test_caps_labels_report():
    for meeting, data in _text("t23-caps-label-report-txt"):
        text = data.decode()
        assert text.count("=" * 78) == len(meeting.items)
        assert text.count("STATUS:             Lukket") == sum(i.closed for i in meeting.items)
        for item in meeting.items:
            assert f"\nPUNKT:              {item.number}\n" in text
            for s in item.sections:
                assert s.heading == s.heading.upper()
                assert f"\n{s.heading + ':':<20}{s.text.split()[0]}" in text
