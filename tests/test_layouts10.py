"""The test10 layouts (benchmarks/layouts/generate10.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate10 import LAYOUTS10
from tests.layout_sets import (
    check_closed_and_decisions,
    check_items_printed,
    check_meeting_printed,
    check_right_margin,
    check_section_types,
    check_split,
    plain,
    rendered,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FOOTER = re.compile(r"^\f?Side \d+$", re.M)


def test_split_is_the_module():
    check_split("test10", LAYOUTS10, 10)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS10])
def test_truth_is_printed_in_every_format(name, seed):
    layout, meeting, files = rendered(name, seed)
    check_right_margin(files)
    for suffix, data in files.items():
        text = plain(suffix, data, FOOTER)
        check_meeting_printed(meeting, text, suffix)
        assert " 12 marts 2024 " in text, suffix
        listed = layout.subitems and suffix == ".html"  # numbers printed by <ol> only
        if listed:
            assert f"<ol class='punkter' start='{meeting.items[0].number}'>" in data.decode()
            assert data.decode().count("<ol type='a'>") == 1
        check_items_printed(meeting, text, suffix, numbers=not listed, lines=False)
    numbers = [item.number for item in meeting.items]
    first = int(numbers[0])
    if layout.subitems:
        assert numbers[:4] == [str(first), str(first + 1), f"{first + 1}a", f"{first + 1}b"]
        assert numbers[4:] == [str(first + 2 + k) for k in range(len(numbers) - 4)]
    else:
        assert numbers == [str(first + k) for k in range(len(numbers))]
    check_closed_and_decisions(layout, meeting)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS10)
