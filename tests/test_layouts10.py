"""The test10 layouts (benchmarks/layouts/generate10.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import io
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTTextContainer

from benchmarks.layouts.evaluate import SPLITS
from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate10 import LAYOUTS10
from benchmarks.layouts.pdfwriter import PAGE_W
from benchmarks.layouts.score import _norm, _probe

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FOOTER = re.compile(r"^\f?Side \d+$", re.M)


def _plain(suffix: str, data: bytes) -> str:
    """The words of a rendering, page footers left out."""
    if suffix == ".pdf":
        text = extract_text(io.BytesIO(data))
    elif suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", data.decode()))
    else:
        text = data.decode()
    return " " + _norm(FOOTER.sub(" ", text)) + " "


def _words(text: str) -> str:
    """A text as whole words, to be found in `_plain` (not inside a longer word)."""
    return f" {_norm(text)} "


def test_split_is_the_module():
    names = [layout.name for layout in LAYOUTS10]
    assert sorted(SPLITS["test10"]) == sorted(names) and len(set(names)) >= 10
    assert all(by_name(name).name == name for name in names)
    earlier = {name for key, split in SPLITS.items() if key not in ("note", "test10")
               for name in split}
    assert not earlier & set(names)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS10])
def test_truth_is_printed_in_every_format(name, seed):
    layout = by_name(name)
    meeting, files = document(layout, seed)
    assert set(files) == set(layout.formats) and len(meeting.items) >= 5
    assert meeting.date.isoformat() == "2024-03-12"
    if ".pdf" in files:  # nothing printed past the page's right edge, where no one sees it
        right = max(box.x1 for page in extract_pages(io.BytesIO(files[".pdf"]))
                    for box in page if isinstance(box, LTTextContainer))
        assert right < PAGE_W - 20, right
    for suffix, data in files.items():
        text = _plain(suffix, data)
        assert _words(meeting.place) in text and _words(meeting.udvalg) in text, suffix
        assert " 12 marts 2024 " in text, suffix
        listed = layout.subitems and suffix == ".html"  # numbers printed by <ol> only
        if listed:
            assert f"<ol class='punkter' start='{meeting.items[0].number}'>" in data.decode()
            assert data.decode().count("<ol type='a'>") == 1
        for item in meeting.items:
            if not listed:
                assert _words(item.number) in text, (suffix, item.number)
            assert _words(item.title) in text, (suffix, item.title)
            if item.case_number:
                assert _words(item.case_number) in text, (suffix, item.case_number)
            for section in item.sections:
                assert _words(section.heading) in text, (suffix, section.heading)
                assert f" {_probe(section.text)} " in text, (suffix, section.heading)
    numbers = [item.number for item in meeting.items]
    first = int(numbers[0])
    if layout.subitems:
        assert numbers[:4] == [str(first), str(first + 1), f"{first + 1}a", f"{first + 1}b"]
        assert numbers[4:] == [str(first + 2 + k) for k in range(len(numbers) - 4)]
    else:
        assert numbers == [str(first + k) for k in range(len(numbers))]
    for item in meeting.items:
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if item.closed:
            assert not item.sections and item.case_number is None
            assert item.title == (layout.closed_title or item.title)
        elif meeting.kind == "referat":
            assert decisions, item.title
        else:
            assert not decisions, item.title
    assert sum(item.closed for item in meeting.items) == layout.closed


def test_every_section_type_is_a_known_one():
    known = {"resume", "indstilling", "sagsfremstilling", "okonomi", "lovgrundlag", "bilag",
             "sagsforloeb", "beslutning", "other"}
    assert {kind for layout in LAYOUTS10 for kind, _ in layout.headings} <= known
