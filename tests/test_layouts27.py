"""The test27 layouts (benchmarks/layouts/generate27.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate27 import LAYOUTS27, PAGE_LINES
from benchmarks.layouts.pdfwriter import _escape
from tests.layout_sets import (
    check_formats,
    check_section_types,
    check_unchanged,
    open_items,
    pdf_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?([Ss]ide \d+( af \d+)?|Økonomiudvalget · Referat · 12\. marts 2024"
                       r"|Dagsorden · .* · 12\.03\.2024"
                       r"|Byrådet · Referat · 12\.03\.2024 · Side \d+)$\n?", re.M)
SEEDS = (1, 2, 3)  # the seeds set_checks renders too
EARLIER_SPLITS = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
                  "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8",
                  "test9", "test10", "test11", "test12", "test13", "test14", "test15",
                  "test16", "tune7", "test17", "test18", "combo", "test19", "test20", "tune8",
                  "test21", "test22", "test23", "test24", "test25")
EARLIER = (417, "251955eafaf781717cda0a7dae71c883c7e0737a5564dc1be2251c128ad8ca7a")


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test27", LAYOUTS27, 12, FURNITURE)


def test_names_start_with_the_set():
    assert all(layout.name.startswith("t27-") for layout in LAYOUTS27)


def test_formats_lean_towards_html_and_text():
    check_formats(LAYOUTS27, 3, 5, 3)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS27)


def test_earlier_layouts_unchanged():
    check_unchanged(EARLIER_SPLITS, EARLIER)


def test_inline_styles_only_no_heading_or_bold_tags():
    for meeting, html in renderings("t27-inline-style-cms-html", ".html", SEEDS):
        assert not re.search(r"<(h[1-6]|b|strong|em|i|u)\b", html)
        for item in meeting.items:
            assert f">{item.number} · " in html


def test_numbers_only_in_the_contents_list():
    for meeting, html in renderings("t27-toc-number-only-html", ".html", SEEDS):
        main = html[html.index("</nav>", html.index("class='indhold'")):]
        for item in meeting.items:
            assert f"<a href='#punkt-{item.number}'>{item.number}. " in html
        assert len(re.findall(r"<section id='punkt-\d+'><h2>\D", main)) == len(meeting.items)


def test_decisions_collected_in_a_closing_table():
    for meeting, html in renderings("t27-decisions-table-end-html", ".html", SEEDS):
        items, protocol = html.split("<h2>Beslutningsprotokol</h2>")
        assert "Beslutning" not in items.replace("Beslutningsprotokol", "")
        rows = re.findall(r"<tr><td>(\d+)</td>", protocol)
        assert rows == [item.number for item in open_items(meeting)]


def test_accordion_case_number_in_header_decision_first():
    for meeting, html in renderings("t27-jquery-accordion-html", ".html", SEEDS):
        for item in open_items(meeting):
            assert item.sections[0].type == "beslutning"
            if item.case_number:
                assert f"{item.number} - " in html and f"(Sagsnr. {item.case_number})</h3>" in html


def test_item_pages_breadcrumb_and_unnumbered_h1():
    for meeting, html in renderings("t27-breadcrumb-pages-html", ".html", SEEDS):
        assert html.count("<div class='side'>") == len(meeting.items)
        for item in meeting.items:
            assert f" › Punkt {item.number}</nav>" in html
        assert not re.search(r"<h1>\d", html)


def test_markdown_ordered_list_runin_italic_headings():
    for meeting, text in renderings("t27-markdown-ordered-list-txt", ".txt", SEEDS):
        for item in meeting.items:
            assert f"\n{item.number}. **{item.title}**\n" in text
            for s in item.sections:
                assert f"- *{s.heading}:* " in text


def test_mail_tilde_headings_indented():
    for meeting, text in renderings("t27-mail-tilde-headings-txt", ".txt", SEEDS):
        assert text.startswith("Fra: ") and meeting.kind == "dagsorden"
        for item in open_items(meeting):
            assert f"\nPkt {item.number} - {item.title}" in text
            for s in item.sections:
                assert f"\n    {s.heading}\n    {'~' * len(s.heading)}\n" in text


def test_export_two_decisions_first_and_page_markers_inside_items():
    for meeting, text in renderings("t27-export-decisions-first-txt", ".txt", SEEDS):
        for item in open_items(meeting):
            kinds = [s.type for s in item.sections]
            assert kinds[:2] == ["beslutning", "beslutning"] and "beslutning" not in kinds[2:]
            assert item.sections[1].heading.startswith("Beslutning i Økonomiudvalget")
        pages = re.findall(r"\n\nByrådet · Referat · 12\.03\.2024 · Side (\d+)\n\n(.*)", text)
        assert [int(n) for n, _ in pages] == list(range(1, len(pages) + 1)) and pages
        assert any(not line.startswith("Punkt ") for _, line in pages)  # inside an item
        assert len(text.splitlines()) > PAGE_LINES * len(pages)


def test_grey_number_beside_title_and_two_decisions_newest_first():
    for meeting, pdf in renderings("t27-grey-band-headings-pdf", ".pdf", SEEDS):
        assert pdf.count(b" re f 0 g") == sum(len(i.sections) for i in meeting.items)
        for item in open_items(meeting):
            heads = [s.heading for s in item.sections if s.type == "beslutning"]
            assert heads == ["Økonomiudvalgets beslutning den 12. marts 2024",
                             "Fagudvalgets beslutning den 20. februar 2024"]
            assert b"0.55 g BT /F1 18.0 Tf 56.0 " in pdf


def test_agenda_status_line_and_closed_items_last():
    for meeting, pdf in renderings("t27-agenda-underlined-attachments-pdf", ".pdf", SEEDS):
        assert [item.closed for item in meeting.items][-2:] == [True, True]
        assert not any(item.closed for item in meeting.items[:-2])
        lines = [text for *_, text, _ in pdf_lines(pdf)]
        assert sum(x.startswith("Åbent punkt") for x in lines) == len(open_items(meeting))
        assert all(item.sections[-1].type == "bilag" for item in open_items(meeting))


def test_times_margin_numbers_and_runin_dash_headings():
    for meeting, pdf in renderings("t27-times-runin-dash-pdf", ".pdf", SEEDS):
        assert not any(item.case_number for item in meeting.items)
        for item in open_items(meeting):
            for s in item.sections:
                assert re.search(rb"BT /F3 10\.0 Tf 80\.0 [\d.]+ Td \(%s\) Tj ET"
                                 % re.escape(_escape(f"{s.heading} – ")), pdf), s.heading
        rows = {(round(x0), text) for _, x0, _, text, _ in pdf_lines(pdf)}
        assert {(40, item.number) for item in meeting.items} <= rows
