"""The test26 layouts (benchmarks/layouts/generate26.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate26 import EARLIER, INITIALS, LAYOUTS26
from benchmarks.layouts.pdfwriter import _escape
from tests.layout_sets import (
    check_section_types,
    check_unchanged,
    open_items,
    pdf_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?\s*(Side \d+( af \d+)?|Side \d+/\d+|.* – Referat|.* · Dagsorden"
                       r"|.* · Referat · 12\. marts 2024|Region · .* · Referat 12\. marts 2024"
                       r"|" + re.escape(INITIALS) + r"\s+Side \d+)\s*$\n?", re.M)
EARLIER_SPLITS = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
                  "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8",
                  "test9", "test10", "test11", "test12", "test13", "test14", "test15",
                  "test16", "tune7", "test17", "test18", "combo", "test19", "test20", "tune8",
                  "test21", "test22", "test23", "test24", "test25")
BEFORE = (417, "251955eafaf781717cda0a7dae71c883c7e0737a5564dc1be2251c128ad8ca7a")

test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test26", LAYOUTS26, 12, FURNITURE)


def _fonts(pdf: bytes):
    """(page, x0, y0, text, font name of the first character) of every text line."""
    for n, x0, y0, text, first in pdf_lines(pdf):
        yield n, x0, y0, text, first.fontname


def test_names_prefixed_and_pdf_leaning():
    assert all(layout.name.startswith("t26-") for layout in LAYOUTS26)
    assert sum(layout.formats == (".pdf",) for layout in LAYOUTS26) >= 7
    check_section_types(LAYOUTS26)


def test_earlier_splits_are_byte_identical():
    check_unchanged(EARLIER_SPLITS, BEFORE)


def test_grey_bars_number_bold_title_regular_one_baseline():
    for meeting, pdf in renderings("t26-grey-bar-headings-pdf", ".pdf"):
        for item in meeting.items:
            first = re.escape(_escape(item.title.split()[0]))
            assert re.search(rb"BT /F2 14.0 Tf 56.0 ([\d.]+) Td \(%s\) Tj ET\n"
                             rb"BT /F1 14.0 Tf 84.0 \1 Td \(%s" % (item.number.encode(), first),
                             pdf), item.title
        bars = pdf.count(b"0.85 g 52 ")
        assert bars == sum(len(item.sections) for item in meeting.items)


def test_ocr_layer_is_courier_and_noisy():
    commas = 0
    for meeting, pdf in renderings("t26-ocr-courier-noise-pdf", ".pdf"):
        assert b"/BaseFont /Courier" in pdf and not re.search(rb"/F2 [\d.]+ Tf", pdf)
        text = extract_text(io.BytesIO(pdf))
        commas += sum(f"\n{item.number}, " in text for item in meeting.items)
        assert all(s.heading.isupper() for item in meeting.items for s in item.sections)
        margins = set(re.findall(rb"/F1 10.0 Tf ([\d.]+) [\d.]+ Td", pdf))
        assert len(margins) > 3  # lines off the margin by fractions of a point
    assert commas >= 1


def test_two_columns_decision_first():
    for meeting, pdf in renderings("t26-two-column-decision-first-pdf", ".pdf"):
        lefts = {round(x0) for _, x0, _, _, _ in _fonts(pdf)}
        assert {56, 310} <= lefts
        for item in open_items(meeting):
            assert item.sections[0].heading == "Forretningsudvalgets beslutning"
        assert any(font.endswith("BoldOblique") for *_, font in _fonts(pdf))


def test_times_runin_italic_headings_bilag_before_decision():
    for meeting, pdf in renderings("t26-times-italic-runin-bilag-pdf", ".pdf"):
        assert not any(item.case_number for item in meeting.items)
        text = extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            assert f"Punkt nummer {item.number}: " in text
        for item in open_items(meeting):
            kinds = [s.type for s in item.sections]
            assert kinds.index("bilag") == kinds.index("beslutning") - 1
            for s in item.sections:
                assert re.search(rb"BT /F3 11.0 Tf 56.0 ([\d.]+) Td \(%s:\) Tj ET\n"
                                 rb"BT /F1 11.0 Tf [\d.]+ \1 Td" % re.escape(_escape(s.heading)),
                                 pdf), s.heading


def test_blue_underlined_agenda_titles():
    for meeting, pdf in renderings("t26-blue-underlined-agenda-pdf", ".pdf"):
        assert meeting.kind == "dagsorden"
        assert not any(s.type == "beslutning" for item in meeting.items for s in item.sections)
        assert pdf.count(b"0.05 0.25 0.6 rg") >= len(meeting.items)
        assert pdf.count(b" l S") >= len(meeting.items)


def test_protocol_paragraph_numbers_and_initials_on_every_page():
    for meeting, pdf in renderings("t26-paragraph-initials-footer-pdf", ".pdf"):
        pages = extract_text(io.BytesIO(pdf)).split("\f")[:-1]
        assert len(pages) >= 2 and all(INITIALS in page for page in pages)
        text = "".join(pages)
        assert all(f"§ {item.number}. " in text for item in meeting.items)


def test_hanging_outline_two_decisions_oldest_first():
    for meeting, pdf in renderings("t26-hanging-outline-two-decisions-pdf", ".pdf"):
        for item in open_items(meeting):
            heads = [s.heading for s in item.sections if s.type == "beslutning"]
            assert heads == [EARLIER[0], "Byrådets beslutning den 12. marts 2024"]
        lefts = {round(x0) for n, x0, y0, text, _ in _fonts(pdf) if 50 < y0 < 780}
        assert lefts <= {56, 86, 465}, lefts


def test_landscape_one_wide_column():
    for meeting, pdf in renderings("t26-landscape-wide-pkt-pdf", ".pdf"):
        assert b"/MediaBox [0 0 842 595]" in pdf
        text = extract_text(io.BytesIO(pdf))
        assert all(f"Pkt. {item.number}  " in text or f"Pkt. {item.number} " in text
                   for item in meeting.items)
        assert [item.title for item in meeting.items if item.closed] == ["Fortrolig sag"]


def test_grouped_html_mark_decisions_closed_last():
    for meeting, html in renderings("t26-grouped-h4-mark-decision-html", ".html"):
        assert meeting.items[-1].closed
        assert html.index("<h3>Åbne sager</h3>") < html.index("<h3>Lukkede sager</h3>")
        assert html.count("<p><mark>Beslutning:</mark> ") == len(open_items(meeting))
        for item in meeting.items:
            assert f"<h4>{item.number}. " in html


def test_print_pages_running_header_and_h1_punkt():
    for meeting, html in renderings("t26-print-pages-h1-punkt-html", ".html"):
        assert html.count("<div class='sidehoved'>") == len(meeting.items) + 1
        for item in meeting.items:
            assert f"<h1>Punkt {item.number}</h1>\n<h2>" in html


def test_tab_labels_and_runin_headings():
    for meeting, text in renderings("t26-tab-labels-runin-txt", ".txt"):
        for item in meeting.items:
            assert f"\nPunkt:\t{item.number}\nTitel:\t{item.title}\n" in text
            for s in item.sections:
                assert f"\n{s.heading}:\t{s.text.splitlines()[0]}\n" in text


def test_star_rules_middle_dot_tilde_headings():
    for meeting, text in renderings("t26-star-rule-tilde-headings-txt", ".txt"):
        assert text.count("\n* * *\n") == len(meeting.items)
        for item in meeting.items:
            assert f"\n{item.number} · {item.title}\n" in text
            for s in item.sections:
                assert f"\n{s.heading}\n{'~' * len(s.heading)}\n" in text
