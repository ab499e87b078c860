"""The test11 layouts (benchmarks/layouts/generate11.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate11 import LAYOUTS11, MEDDELELSER
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

# page footers, OCR page marks and running lines (they interrupt a text across a page break)
FOOTER = re.compile(r"^\f?(Side \d+( af \d+)?|\s*- \d+ -\s*|Referat af mødet i .* den "
                    r"12\.03\.2024|.* · Referat · 12\.03\.2024)$", re.M)


def test_split_is_the_module():
    check_split("test11", LAYOUTS11, 10)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS11])
def test_truth_is_printed_in_every_format(name, seed):
    layout, meeting, files = rendered(name, seed)
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
    for suffix, data in files.items():
        text = plain(suffix, data, FOOTER)
        check_meeting_printed(meeting, text, suffix)
        assert " 12 marts 2024 " in text, suffix
        # the whole text, line by line (a line of a PDF table cell may be split)
        check_items_printed(meeting, text, suffix)
    check_numbered(meeting)
    check_closed_and_decisions(layout, meeting)
    if layout.meddelelser:
        assert meeting.items[-1].title == "Meddelelser"
        assert meeting.items[-1].sections[0].text == MEDDELELSER


def test_pdf_words_are_all_printed():
    """Every word of every section reaches the PDF (a table cell or a sidebar loses none)."""
    check_set_pdf_words(LAYOUTS11, FOOTER)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS11)
