"""The test12 layouts (benchmarks/layouts/generate12.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate12 import FOOTNOTE, LAYOUTS12
from tests.layout_sets import (
    check_closed_and_decisions,
    check_items_printed,
    check_meeting_printed,
    check_numbered,
    check_section_types,
    check_set_pdf_words,
    check_split,
    check_within_pages,
    plain,
    rendered,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

# page numbers, running headers and the footnote (they interrupt a text across a page break)
FOOTER = re.compile(r"^\f?(Side \d+( af \d+)?|- \d+ -|(Referat|Dagsorden) · .* · "
                    r"(12\.03\.2024|12\. marts 2024)|1 ?" + re.escape(FOOTNOTE) + r")$", re.M)
# the case number a text rendering prints at the end of a title's first line
CASE_AT_END = re.compile(r" {2,}Sag \S+$", re.M)


def test_split_is_the_module():
    check_split("test12", LAYOUTS12, 10)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS12])
def test_truth_is_printed_in_every_format(name, seed):
    layout, meeting, files = rendered(name, seed)
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
    for suffix, data in files.items():
        text = plain(suffix, data, FOOTER)
        titles = text
        if suffix == ".txt":  # a title wrapped around the case number at its line's end
            titles = plain(suffix, CASE_AT_END.sub("", data.decode()).encode(), FOOTER)
        check_meeting_printed(meeting, text, suffix)
        assert " 12 marts 2024 " in text, suffix
        check_items_printed(meeting, text, suffix, titles=titles)
    check_numbered(meeting, layout.numbered)
    check_closed_and_decisions(layout, meeting, layout.votes or "")


def test_pdf_words_are_all_printed():
    """Every word of every section reaches the PDF (a run-in heading or a footnote loses
    none)."""
    check_set_pdf_words(LAYOUTS12, FOOTER)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS12)
