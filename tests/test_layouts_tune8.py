"""tune8's documents (benchmarks/layouts/generate_tune8.py) are made for every layout and
seed, and each file prints what its truth says: read back by pdfminer's text extraction or
with HTML tags stripped (`tests.layout_sets.plain`), never by referat's readers, so that a
broken generator fails here rather than as a reader's miss in the benchmark."""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, document
from benchmarks.layouts.generate_tune8 import LAYOUTS_TUNE8
from tests.layout_sets import (
    check_closed_and_decisions,
    check_items_printed,
    check_meeting_printed,
    check_pdf_words,
    check_section_types,
    check_split,
    check_within_pages,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|\d+)$", re.M)  # a PDF's footers
PAGE_WORDS = re.compile(r"^\f?Side \d+( af \d+)?$", re.M)  # text and HTML: no bare numbers


def test_split_is_the_module():
    check_split("tune8", LAYOUTS_TUNE8, 17)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("layout", LAYOUTS_TUNE8, ids=lambda x: x.name)
def test_truth_is_printed_in_every_format(layout, seed):
    """Every format rendered, the PDF within its pages with every section word, the
    meeting's place and udvalg and every item printed in each format, closed items and
    decisions as the layout says."""
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 5
    if ".pdf" in files:
        check_within_pages(files[".pdf"], layout.name)
        check_pdf_words(meeting, files[".pdf"], FURNITURE, layout.name)
    for suffix, data in files.items():
        text = plain(suffix, data, FURNITURE if suffix == ".pdf" else PAGE_WORDS)
        check_meeting_printed(meeting, text, suffix)
        check_items_printed(meeting, text, suffix)
    check_closed_and_decisions(layout, meeting)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS_TUNE8)
