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
from benchmarks.layouts.score import _probe
from tests.layout_sets import check_split, plain, words

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
        assert words(meeting.place) in text and words(meeting.udvalg) in text, suffix
        for item in meeting.items:
            assert words(item.number) in text, (suffix, item.number)
            assert words(item.title) in text, (suffix, item.title)
            if item.case_number:
                assert words(item.case_number) in text, (suffix, item.case_number)
            for section in item.sections:
                assert words(section.heading) in text, (suffix, section.heading)
                assert f" {_probe(section.text)} " in text, (suffix, section.heading)
    for item in meeting.items:
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if item.closed:
            assert not item.sections and item.case_number is None
        elif meeting.kind == "referat":
            assert decisions, item.title
        else:
            assert not decisions, item.title
