"""The test14 layouts (benchmarks/layouts/generate14.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML, Windows-1252 decoded for the ANSI export), never with referat's
readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate14 import LAYOUTS14
from tests.layout_sets import (
    SECTION_TYPES,
    check_closed_and_decisions,
    check_items_printed,
    check_pdf_words,
    check_split,
    check_within_pages,
    plain,
    words,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FOOTER = re.compile(r"^\f?Side \d+ af \d+$", re.M)
ANSI = "ansi-crlf-genitive"  # Windows-1252, CRLF, the udvalg only in the genitive


def _plain(name: str, suffix: str, data: bytes) -> str:
    if name == ANSI:
        text = data.decode("cp1252")
        assert "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
        data = text.encode()
    return plain(suffix, data, FOOTER)


def test_split_is_the_module():
    check_split("test14", LAYOUTS14, 10)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS14])
def test_truth_is_printed_in_every_format(name, seed):
    layout = by_name(name)
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 5
    assert meeting.date.isoformat() == "2024-03-12"
    if ".pdf" in files:
        check_within_pages(files[".pdf"], name)
        check_pdf_words(meeting, files[".pdf"], FOOTER, name)
    for suffix, data in files.items():
        text = _plain(name, suffix, data)
        udvalg = f"{meeting.udvalg}s" if name == ANSI else meeting.udvalg
        assert words(meeting.place) in text and words(udvalg) in text, suffix
        assert " 12 marts 2024 " in text, suffix
        check_items_printed(meeting, text, suffix)
    numbers = [item.number for item in meeting.items]
    assert numbers == [str(int(numbers[0]) + k) for k in range(len(numbers))]
    check_closed_and_decisions(layout, meeting)


def test_no_case_number_where_none_is_printed():
    for seed in (1, 2, 3):
        meeting, _ = document(by_name("kind-marker-words"), seed)
        assert not any(item.case_number for item in meeting.items)


def test_every_section_type_is_a_known_one():
    assert {kind for layout in LAYOUTS14 for kind, _ in layout.headings} <= SECTION_TYPES
