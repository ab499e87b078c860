"""The test30 layouts (benchmarks/layouts/generate30.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate30.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML, the standard library's json), never with referat's readers: this
checks the generator, not them.
"""

from __future__ import annotations

import json
import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name
from benchmarks.layouts.generate30 import COLUMN, EU_DECISION, LAYOUTS30, PROTOCOL, RIGHT, _mark
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

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Side \d+/\d+|Udskrevet 13-03-2024 08:12"
                       r"|Regionsrådet · Referat 12\. marts 2024)$\n?", re.M)
SEEDS = (1, 2, 3)
GENITIVE = {"t30-genitive-sentence-bar-agenda-pdf": "s"}
# the splits on main 96ea30b when test30 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29")


def _row_by_row(suffix: str, data: bytes) -> str:
    """The PDF read row by row, label and value on one line (pdfminer's own text groups a
    page's labels into a column of their own)."""
    lines = sorted(pdf_lines(data), key=lambda x: (x[0], -round(x[2]), x[1]))
    return plain(".txt", "\n".join(x[3] for x in lines).encode(), FURNITURE)


READ = {"t30-landscape-label-rows-pdf": _row_by_row}


def _decisions(item):
    return [s.heading for s in item.sections if s.type == "beslutning"]


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test30", LAYOUTS30, 12, FURNITURE, READ, udvalg_suffix=GENITIVE, prefix="t30-")


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (465, "e9c1d3ad9dce3fb17492fa5c1d573299"
                                   "8011ac331139d8bbcf0f0900486f1f2c"))


def test_formats_mixed():
    check_formats(LAYOUTS30, 6, 3, 2)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS30)


def test_bold_runs_drawn_first():
    for _, pdf in renderings("t30-draw-order-by-style-pdf", ".pdf", SEEDS):
        for stream in re.findall(rb"stream\n(.*?)\nendstream", pdf, re.S):
            fonts = re.findall(rb"/F(\d) ", stream)[1:-1]  # header first, footer last
            assert fonts == sorted(fonts, key=lambda f: f != b"2") and b"1" in fonts


def test_case_right_after_dot_leaders_and_decisions_newest_first():
    for meeting, lines in rendered_lines("t30-dotleader-case-newest-first-pdf"):
        for item in (i for i in open_items(meeting) if i.case_number):
            case = next(x for x in lines if x[3].endswith(item.case_number))
            assert any(x[0] == case[0] and abs(x[2] - case[2]) < 1 and "....." in x[3]
                       for x in lines)
        for item in open_items(meeting):
            assert _decisions(item) == ["Byrådets beslutning 12. marts 2024", EU_DECISION[0]]


def test_punkt_right_of_case_and_protocol_additions():
    layout = by_name("t30-region-punkt-right-protocol-pdf")
    for meeting, lines in rendered_lines("t30-region-punkt-right-protocol-pdf"):
        for item in meeting.items:
            punkt = next(x for x in lines if x[3] == f"Punkt {item.number}")
            assert punkt[1] > RIGHT - 60
            assert not _mark(layout, item) or any(
                x[0] == punkt[0] and abs(x[2] - punkt[2]) < 1 and x[1] < 60
                for x in lines if x[3] == _mark(layout, item))
        added = [item for item in open_items(meeting) if item.sections[-1].heading == PROTOCOL[0]]
        assert added and len(added) == (len(open_items(meeting)) + 1) // 2


def test_numbers_only_in_the_contents_list():
    for meeting, lines in rendered_lines("t30-toc-numbers-underlined-heads-pdf"):
        assert not any(item.case_number for item in meeting.items)
        contents = [x[3] for x in lines if x[0] == 0 and x[1] < 60 and re.match(r"\d+\.", x[3])]
        assert [n.split(".")[0] for n in contents] == [item.number for item in meeting.items]
        titles = [x[3] for x in lines if "Bold" in x[4].fontname and round(x[4].size) == 12]
        assert len(titles) >= len(meeting.items)
        assert not any(re.match(r"\d", title) for title in titles)


def test_udvalg_only_in_the_genitive():
    for _, lines in rendered_lines("t30-genitive-sentence-bar-agenda-pdf"):
        text = " ".join(x[3] for x in lines)
        assert "Kommunalbestyrelsens møde" in text
        assert not re.search(r"Kommunalbestyrelsen\b", text)


def test_two_columns_used():
    for _, lines in rendered_lines("t30-two-column-runin-caps-pdf"):
        assert any(x[1] >= 56 + COLUMN - 1 and x[2] > 60 for x in lines)  # not the footer
        assert any(x[3].startswith("BESLUTNING: ") for x in lines)


def test_only_the_decision_is_open():
    for meeting, text in renderings("t30-section-details-html", ".html", SEEDS):
        assert text.count("<details open>") == len(open_items(meeting))


def test_fields_only_in_head_and_address():
    for meeting, text in renderings("t30-head-meta-fields-html", ".html", SEEDS):
        head, body = text.split("<body>", 1)
        assert body.startswith("\n<div id='indhold'>\n<h1>Referat</h1>\n<h2>")
        assert f"<title>Referat – {meeting.udvalg} – 12. marts 2024</title>" in head
        assert body.count(meeting.place) == 1 and f"<address>{meeting.place}</address>" in body


def test_number_cell_spans_the_item():
    for meeting, text in renderings("t30-tbody-rowspan-decision-first-html", ".html", SEEDS):
        for item, tbody in zip(meeting.items, text.split("<tbody>")[1:], strict=True):
            rows = tbody.count("<tr>")
            assert f"<th rowspan='{rows}'>{item.number}</th>" in tbody
            if not item.closed:
                assert item.sections[0].type == "beslutning"


def test_json_holds_the_meeting():
    for meeting, text in renderings("t30-open-data-json-txt", ".txt", SEEDS):
        data = json.loads(text)
        assert [(p["nummer"], p["titel"]) for p in data["punkter"]] == [
            (int(i.number), i.title) for i in meeting.items]


def test_word_plain_text_numbered_heads_two_decisions():
    for meeting, files in renderings("t30-word-plaintext-numbered-heads-txt", ".txt", SEEDS):
        assert "\r\n\r\n" not in files
        for item in open_items(meeting):
            assert f"\r\n{item.number}.\t{item.title}\r\n" in files
            assert f"\r\n{item.number}.1\t" in files
            assert [h.split(" ", 1)[1] for h in _decisions(item)] == [
                EU_DECISION[0], "Byrådets beslutning"]
