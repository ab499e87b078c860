"""The test13 layouts (benchmarks/layouts/generate13.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate13 import LAYOUTS13
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

FOOTER = re.compile(r"^\f?Side \d+ af \d+$", re.M)
# an <ol start>'s numbers are the list's, not printed words
NUMBER_IN_MARKUP = {"agenda-ol-start-indstilling"}


def test_split_is_the_module():
    check_split("test13", LAYOUTS13, 8)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS13])
def test_truth_is_printed_in_every_format(name, seed):
    layout, meeting, files = rendered(name, seed)
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
    for suffix, data in files.items():
        text = plain(suffix, data, FOOTER)
        check_meeting_printed(meeting, text, suffix)
        assert " 12 marts 2024 " in text, suffix
        if name in NUMBER_IN_MARKUP:
            assert f"<ol start='{meeting.items[0].number}'>" in data.decode()
        check_items_printed(meeting, text, suffix, numbers=name not in NUMBER_IN_MARKUP)
    check_numbered(meeting, layout.numbered)
    check_closed_and_decisions(layout, meeting)


def test_pdf_words_are_all_printed():
    """Every word of every section reaches the PDF."""
    check_set_pdf_words(LAYOUTS13, FOOTER)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS13)
