"""The test16 layouts (benchmarks/layouts/generate16.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate16 import LAYOUTS16
from tests.layout_sets import check_section_types, plain, set_checks, words

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|.* · Side \d+)$", re.M)


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test16", LAYOUTS16, 10, FURNITURE)


def test_the_table_of_contents_stands_after_the_last_item():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("italic-titles-toc-at-end"), seed)
        text = plain(".pdf", files[".pdf"], FURNITURE)
        toc = text.index(" indholdsfortegnelse ")
        last = meeting.items[-1].sections[-1].text.splitlines()[-1]
        assert text.index(words(last)) < toc
        assert all(words(f"{item.number} {item.title}") in text[toc:] for item in meeting.items)


def test_every_page_of_the_formfed_export_has_its_header():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("formfeed-header-tab-number"), seed)
        pages = files[".txt"].decode().split("\f")
        assert len(pages) >= 2
        assert all(page.startswith(f"{meeting.udvalg} · 12. marts 2024 · Side {n}\n")
                   for n, page in enumerate(pages, start=1))
        for item in meeting.items:
            assert re.search(rf"^{item.number}\t", files[".txt"].decode(), re.M)


def test_rowspan_covers_each_items_rows():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("rowspan-meeting-table"), seed)
        html = files[".html"].decode()
        spans = [int(n) for n in re.findall(r"<td rowspan='(\d+)'>\d+</td>", html)]
        assert spans == [max(1, len(item.sections)) for item in meeting.items]


def test_earlier_treatment_is_not_this_meetings_decision():
    for seed in (1, 2, 3):
        meeting, _ = document(by_name("dagsordenens-pkt-history"), seed)
        for item in meeting.items:
            kinds = [s.type for s in item.sections]
            assert kinds.index("sagsforloeb") < kinds.index("beslutning")


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS16)
