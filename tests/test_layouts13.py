"""The test13 layouts (benchmarks/layouts/generate13.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate13 import LAYOUTS13
from benchmarks.layouts.score import _norm, _probe
from tests.layout_sets import (
    check_closed_and_decisions,
    check_split,
    check_within_pages,
    plain,
    words,
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
    layout = by_name(name)
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 5
    assert meeting.date.isoformat() == "2024-03-12"
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
    for suffix, data in files.items():
        text = plain(suffix, data, FOOTER)
        assert words(meeting.place) in text and words(meeting.udvalg) in text, suffix
        assert " 12 marts 2024 " in text, suffix
        if name in NUMBER_IN_MARKUP:
            assert f"<ol start='{meeting.items[0].number}'>" in data.decode()
        for item in meeting.items:
            if name not in NUMBER_IN_MARKUP:
                assert not item.number or words(item.number) in text, (suffix, item.number)
            assert words(item.title) in text, (suffix, item.title)
            if item.case_number:
                assert words(item.case_number) in text, (suffix, item.case_number)
            for section in item.sections:
                assert words(section.heading) in text, (suffix, section.heading)
                assert f" {_probe(section.text)} " in text, (suffix, section.heading)
                for line in section.text.splitlines():  # a PDF line may be split
                    assert words(line) in text or suffix == ".pdf", (suffix, line)
    numbers = [item.number for item in meeting.items]
    if layout.numbered:
        assert numbers == [str(int(numbers[0]) + k) for k in range(len(numbers))]
    else:
        assert not any(numbers)
    check_closed_and_decisions(layout, meeting)


def test_pdf_words_are_all_printed():
    """Every word of every section reaches the PDF."""
    for layout in (x for x in LAYOUTS13 if ".pdf" in x.formats):
        meeting, files = document(layout, 1)
        text = plain(".pdf", files[".pdf"], FOOTER)
        for item in meeting.items:
            for section in item.sections:
                missing = [w for w in _norm(section.text).split() if f" {w} " not in text]
                assert not missing, (layout.name, item.number, missing[:5])


def test_every_section_type_is_a_known_one():
    known = {"resume", "indstilling", "sagsfremstilling", "okonomi", "lovgrundlag", "bilag",
             "sagsforloeb", "beslutning", "other"}
    assert {kind for layout in LAYOUTS13 for kind, _ in layout.headings} <= known
