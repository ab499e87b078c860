"""The test7 layouts (benchmarks/layouts/generate7.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate7 import LAYOUTS7
from tests.layout_sets import (
    check_decisions,
    check_items_printed,
    check_meeting_printed,
    check_split,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")


FURNITURE = re.compile(r"Side \d+ af \d+")


def test_split_is_the_module():
    check_split("test7", LAYOUTS7, 12, apart=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS7])
def test_truth_is_printed_in_every_format(name, seed):
    layout = by_name(name)
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 4
    for suffix, data in files.items():
        text = plain(suffix, data, FURNITURE)
        check_meeting_printed(meeting, text, suffix)
        assert all(item.number for item in meeting.items), suffix
        check_items_printed(meeting, text, suffix, lines=False)
    check_decisions(meeting)
