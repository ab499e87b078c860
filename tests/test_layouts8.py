"""The test8 layouts (benchmarks/layouts/generate8.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate8 import LAYOUTS8
from tests.layout_sets import (
    check_decisions,
    check_items_printed,
    check_meeting_printed,
    check_numbered,
    check_split,
    plain,
    rendered,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")


FURNITURE = re.compile(r"Side \d+ af \d+|Referat · [^\n]*· Side \d+|^ *- \d+ -$", re.M)


def test_split_is_the_module():
    check_split("test8", LAYOUTS8, 12)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS8])
def test_truth_is_printed_in_every_format(name, seed):
    layout, meeting, files = rendered(name, seed, 4)
    for suffix, data in files.items():
        text = plain(suffix, data, FURNITURE)
        check_meeting_printed(meeting, text, suffix)
        assert " 12 marts 2024 " in text or " 12 03 2024 " in text, suffix
        listed = layout.style == "libreoffice"  # the number is the list's: <ol start=N>
        if listed:
            for item in meeting.items:
                assert f"<ol start='{item.number}'>" in data.decode(), item.number
        check_items_printed(meeting, text, suffix, numbers=not listed, lines=False)
    check_numbered(meeting, layout.numbered)
    check_decisions(meeting)
