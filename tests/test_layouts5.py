"""The test5 layouts (benchmarks/layouts/generate5.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate5 import LAYOUTS5
from benchmarks.layouts.score import _norm, _probe
from tests.layout_sets import check_decisions, check_split

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")


def _plain(suffix: str, data: bytes, running: str | None) -> str:
    """The words of a rendering, page headers and footers left out (they may fall inside a
    section, as in real minutes)."""
    if suffix == ".pdf":
        text = extract_text(io.BytesIO(data))
    elif suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", data.decode()))
    else:
        text = data.decode()
    text = re.sub(r"Side \d+ af \d+", " ", text)
    return _norm(text.replace(running, " ") if running else text)


def test_split_is_the_module():
    check_split("test5", LAYOUTS5, 14, apart=False)


@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS5])
def test_truth_is_printed_in_every_format(name):
    layout = by_name(name)
    meeting, files = document(layout, 2)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 4
    for suffix, data in files.items():
        running = layout.running and layout.running.format(udvalg=meeting.udvalg)
        text = _plain(suffix, data, running)
        assert _norm(meeting.place) in text, suffix
        for item in meeting.items:
            assert _norm(item.title) in text, (suffix, item.title)
            if item.case_number:
                assert _norm(item.case_number) in text, (suffix, item.case_number)
            for section in item.sections:
                assert _probe(section.text) in text, (suffix, section.heading)
    check_decisions(meeting)
