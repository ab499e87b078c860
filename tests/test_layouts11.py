"""The test11 layouts (benchmarks/layouts/generate11.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate11 import LAYOUTS11, MEDDELELSER
from benchmarks.layouts.score import _norm, _probe
from tests.layout_sets import (
    check_closed_and_decisions,
    check_split,
    check_within_pages,
    plain,
    words,
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
        for item in meeting.items:
            assert words(item.number) in text, (suffix, item.number)
            assert words(item.title) in text, (suffix, item.title)
            if item.case_number:
                assert words(item.case_number) in text, (suffix, item.case_number)
            for section in item.sections:
                assert words(section.heading) in text, (suffix, section.heading)
                assert f" {_probe(section.text)} " in text, (suffix, section.heading)
                # the whole text, line by line (a line of a PDF table cell may be split)
                for line in section.text.splitlines():
                    assert words(line) in text or suffix == ".pdf", (suffix, line)
    numbers = [item.number for item in meeting.items]
    assert numbers == [str(int(numbers[0]) + k) for k in range(len(numbers))]
    check_closed_and_decisions(layout, meeting)
    if layout.meddelelser:
        assert meeting.items[-1].title == "Meddelelser"
        assert meeting.items[-1].sections[0].text == MEDDELELSER


def test_pdf_words_are_all_printed():
    """Every word of every section reaches the PDF (a table cell or a sidebar loses none)."""
    for layout in (x for x in LAYOUTS11 if ".pdf" in x.formats):
        meeting, files = document(layout, 1)
        text = plain(".pdf", files[".pdf"], FOOTER)
        for item in meeting.items:
            for section in item.sections:
                words = _norm(section.text).split()
                missing = [w for w in words if f" {w} " not in text]
                assert not missing, (layout.name, item.number, missing[:5])


def test_every_section_type_is_a_known_one():
    known = {"resume", "indstilling", "sagsfremstilling", "okonomi", "lovgrundlag", "bilag",
             "sagsforloeb", "beslutning", "other"}
    assert {kind for layout in LAYOUTS11 for kind, _ in layout.headings} <= known
