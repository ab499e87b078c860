"""The test29 layouts (benchmarks/layouts/generate29.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate29.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate29 import EU_DECISION, LAYOUTS29, POSTPONED, TABLE_GAP
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

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Dagsorden · .*)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on integration16 when test29 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28")


def _column_by_column(suffix: str, data: bytes) -> str:
    """The PDF read down each page's left column, then its right one (the decision column of
    the side-by-side tables; pdfminer's own text interleaves the two)."""
    lines = sorted(pdf_lines(data), key=lambda x: (x[0], x[1] >= TABLE_GAP, -round(x[2])))
    return plain(".txt", "\n".join(x[3] for x in lines).encode(), FURNITURE)


READ = {"t29-side-by-side-decision-pdf": _column_by_column}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test29", LAYOUTS29, 12, FURNITURE, READ, prefix="t29-")


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (453, "2e37143d81195f86e816a0a6c8a75164"
                                   "83e95350db6480767c52c242d47dd96d"))


def test_formats_mixed():
    check_formats(LAYOUTS29, 6, 3, 2)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS29)


def test_number_and_case_only_in_running_header():
    for meeting, lines in rendered_lines("t29-header-item-case-pdf"):
        top = max(x[2] for x in lines)
        for item in meeting.items:
            title = next(x for x in lines if item.title.startswith(x[3]) and x[1] < 60
                         and x[2] < top - 1)
            head = next(x for x in lines if x[0] == title[0] and x[2] >= top - 1)
            assert f"· Punkt {item.number} · " in head[3]
            assert (item.case_number or "Lukket punkt") in head[3] or not item.case_number
        assert not any(x[3].startswith("Punkt ") for x in lines)


def test_boxed_numbers_and_postponed_decisions():
    for meeting, pdf in renderings("t29-boxed-number-letterhead-pdf", ".pdf", SEEDS):
        assert pdf.count(b" 22 18 re S") == len(meeting.items)
        for item in open_items(meeting):
            assert [s.heading for s in item.sections[-2:]] == [POSTPONED[0],
                                                               "Beslutning 12. marts 2024"]


def test_decisions_first():
    for name in ("t29-region-decision-bar-first-pdf", "t29-indented-outline-txt",
                 "t29-tabs-decision-first-html"):
        for meeting, _ in renderings(name, "." + name.rsplit("-", 1)[1], SEEDS):
            assert all(item.sections[0].type == "beslutning" for item in open_items(meeting))


def test_tab_buttons_before_panels():
    for meeting, text in renderings("t29-tabs-decision-first-html", ".html", SEEDS):
        for item in open_items(meeting):
            n = item.number
            last_tab = text.index(f"id='t{n}-{len(item.sections) - 1}'")
            assert last_tab < text.index(f"id='p{n}-0'")


def test_timeline_two_bodies_oldest_first():
    for meeting, text in renderings("t29-decision-timeline-html", ".html", SEEDS):
        assert text.count("<ol class='timeline'>") == len(open_items(meeting))
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                EU_DECISION[0], "Byrådet 12. marts 2024"]


def test_side_by_side_recommendation_and_decision():
    for _, lines in rendered_lines("t29-side-by-side-decision-pdf"):
        for page in {x[0] for x in lines}:
            heads = [x for x in lines if x[0] == page and x[3] in ("Indstilling", "Beslutning")]
            for head in (x for x in heads if x[3] == "Indstilling"):
                assert any(x[3] == "Beslutning" and abs(x[2] - head[2]) < 1 and x[1] >= TABLE_GAP
                           for x in heads)


def test_markdown_number_only_in_field_table():
    for meeting, text in renderings("t29-markdown-field-table-txt", ".txt", SEEDS):
        for item in meeting.items:
            assert f"\n## {item.title}\n" in text and f"\n| Punkt | {item.number} |\n" in text
