"""The test31 layouts (benchmarks/layouts/generate31.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate31.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML, windows-1252 decoded by the standard library), never with referat's
readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate31 import HALF, LAYOUTS31, NOTES, RIGHT
from tests.layout_sets import (
    check_formats,
    check_section_types,
    check_unchanged,
    documents,
    open_items,
    plain,
    rendered_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Byrådet · Beslutningsprotokol · 12\. marts 2024"
                       r"|Region · Forretningsudvalget · Referat)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on integration16 b0a36f2 when test31 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30")


def _cp1252(suffix: str, data: bytes) -> str:
    """The FrontPage page read in the charset it declares."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", data.decode("cp1252")))
    return plain(".txt", text.encode(), FURNITURE)


READ = {"t31-frontpage-cp1252-html": _cp1252}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test31", LAYOUTS31, 12, FURNITURE, READ, prefix="t31-")


def test_formats_and_section_types():
    check_formats(LAYOUTS31, 6, 3, 2)
    check_section_types(LAYOUTS31)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (477, "0d00cfc280f3e83ef5155eeb1f34a46f"
                                   "ac102f723f5ba324101e5a390f12ccdf"))


def test_case_numbers_only_in_footnotes():
    for meeting, lines in rendered_lines("t31-footnote-case-pdf"):
        for item in meeting.items:
            mark = item.case_number or "Lukket punkt"
            where = [x for x in lines if mark in x[3]]
            assert where and all(x[2] < 56 + 20 + NOTES and x[4].size == 8 for x in where)


def test_bar_text_is_white_on_dark():
    for meeting, pdf in renderings("t31-dark-bar-two-bodies-pdf", ".pdf", SEEDS):
        for item in meeting.items:
            assert re.search(rb"re f 1 g\nBT /F1 9\.0 Tf [\d.]+ [\d.]+ Td \(Sag %s " %
                             item.number.encode(), pdf), item.number
        for item in open_items(meeting):
            assert [s.heading.split(" ")[0] for s in item.sections
                    if s.type == "beslutning"] == ["Økonomiudvalgets", "Byrådets"]


def test_typescript_lines_wander_and_specks():
    for meeting, lines in rendered_lines("t31-ocr-typescript-ad-pkt-pdf"):
        assert all(x[4].fontname == "Courier" for x in lines)
        assert len({round(x[1], 1) for x in lines if x[1] > 50}) > 5
        assert any(x[3] in tuple("'.,`") and x[1] < 45 for x in lines)
        starts = [x[3] for x in lines if x[3].startswith("Ad pkt. ")]
        assert [s.split(":")[0][8:] for s in starts] == [i.number for i in meeting.items]


def test_two_pages_to_a_sheet():
    for _, lines in rendered_lines("t31-two-up-booklet-pdf"):
        assert any(x[1] >= HALF + 40 - 1 for x in lines if x[3].startswith("Side") is False)
        assert all(x[1] < HALF - 40 or x[1] >= HALF + 40 - 1 for x in lines
                   if not x[3].startswith("Side"))
        numbers = [int(x[3][5:]) for x in lines if re.fullmatch(r"Side \d+", x[3])]
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 2


def test_item_heads_centred():
    for meeting, lines in rendered_lines("t31-centred-heads-dagsorden-pdf"):
        heads = [x for x in lines if x[3].startswith("Punkt ")]
        assert len(heads) == len(meeting.items)
        for x in heads:
            assert abs(x[1] + _width(x[3], 10, False) / 2 - 595 / 2) < 2, x[3]


def test_contents_drawn_as_text():
    for meeting, lines in rendered_lines("t31-ascii-contents-table-pdf"):
        rows = [x[3] for x in lines if x[3].startswith("| ")]
        numbers = [r.split("|")[1].strip() for r in rows[1:]]
        assert [n for n in numbers if n] == [i.number for i in meeting.items]
        assert not any(x[3].startswith(("SAGSFREMSTILLING:", "BESLUTNING:")) for x in lines)


def test_number_right_on_the_title_baseline():
    for meeting, lines in rendered_lines("t31-region-number-right-runin-pdf"):
        for item in meeting.items:
            number = [x for x in lines if x[3] == f"Sag nr. {item.number}"]
            assert number and number[0][1] > 400
            assert any(abs(x[2] - number[0][2]) < 1 and x[1] < 60 and x[3] in item.title
                       for x in lines if x is not number[0])
        assert any(x[3].startswith("Beslutning: ") for x in lines)
        assert max(x[1] + len(x[3]) for x in lines) < RIGHT + 40


def test_only_divs_and_spans():
    for _, text in renderings("t31-div-soup-css-html", ".html", SEEDS):
        assert not re.search(r"<(h\d|strong|b|table|ul|ol|dl|li)\b", text)
        assert "font-weight:700" in text


def test_frontpage_is_windows_1252():
    for _, files in documents("t31-frontpage-cp1252-html", SEEDS):
        data = files[".html"]
        assert b"charset=windows-1252" in data and "æ".encode("cp1252") in data


def test_decisions_newest_first_in_a_table():
    for meeting, text in renderings("t31-decision-table-newest-first-html", ".html", SEEDS):
        assert text.count("<table class='beslutninger'>") == len(open_items(meeting))
        for item in open_items(meeting):
            assert f"{item.title} <span class='nr'>({item.number})</span>" in text.replace(
                "&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")
            assert [s.heading.split(" ")[0] for s in item.sections
                    if s.type == "beslutning"] == ["Byrådet", "Økonomiudvalget"]


def test_setext_underlines():
    for meeting, text in renderings("t31-setext-underlined-txt", ".txt", SEEDS):
        lines = text.splitlines()
        for item in meeting.items:
            title = f"{item.number}. {item.title}"
            assert lines[lines.index(title) + 1] == "=" * len(title)
        assert max(len(line) for line in lines if not line.startswith(("=", *"0123456789"))) <= 72


def test_label_columns_and_protocol():
    for meeting, text in renderings("t31-label-columns-protocol-txt", ".txt", SEEDS):
        assert all(len(line) <= 76 for line in text.splitlines())
        for item in meeting.items:
            assert f"\nPunkt{' ' * 15}{item.number}\n" in text
        assert "\nProtokoltilføjelse  " in text
