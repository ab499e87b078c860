"""The tune7 layouts (benchmarks/layouts/generate_tune7.py) generate, and their truth agrees
with what every rendering prints: a broken generator fails here, not silently in a
benchmark. Rendered files are read back with plain means (pdfminer's own text extraction,
tags stripped from HTML), never with referat's readers."""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate_tune7 import LAYOUTS_TUNE7, unhyphenated
from tests.layout_sets import (
    check_closed_and_decisions,
    check_items_printed,
    check_meeting_printed,
    check_rendered,
    check_section_types,
    check_split,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|.* · \d+\. marts 2024|.*\(fortsat\))$", re.M)
HYPHENATED = {"soft-hyphen-nbsp-html", "hyphenated-word-pdf"}


def _read(suffix: str, data: bytes) -> str:
    text = extract_text(io.BytesIO(data)) if suffix == ".pdf" else data.decode()
    return plain(".txt" if suffix == ".pdf" else suffix, unhyphenated(text).encode(), FURNITURE)


def test_split_is_the_module():
    check_split("tune7", LAYOUTS_TUNE7, 11)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [x.name for x in LAYOUTS_TUNE7 if x.name not in HYPHENATED])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE,
                   read=lambda suffix, data: plain(suffix, data.decode("latin-1").encode()
                                                   if name == "xhtml-prolog-latin1" else data,
                                                   FURNITURE))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", sorted(HYPHENATED))
def test_hyphenated_truth_is_printed_once_rejoined(name, seed):
    layout = by_name(name)
    meeting, files = document(layout, seed)
    for suffix, data in files.items():
        text = _read(suffix, data)
        check_meeting_printed(meeting, text, suffix)
        check_items_printed(meeting, text, suffix)
    check_closed_and_decisions(layout, meeting)


def test_hyphenation_and_soft_hyphens_are_printed():
    _, files = document(by_name("hyphenated-word-pdf"), 1)
    assert re.search(r"[a-zæøå]-\n[a-zæøå]", extract_text(io.BytesIO(files[".pdf"])))
    assert "\ufb01" in files[".txt"].decode()
    _, files = document(by_name("soft-hyphen-nbsp-html"), 1)
    assert "&shy;" in files[".html"].decode() and "\xad" in files[".txt"].decode()


def test_continuation_pages_repeat_the_title():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("fortsat-side-af-pdf"), seed)
        text = extract_text(io.BytesIO(files[".pdf"]))
        assert "(fortsat)" in text and "Side 1 af " in text


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS_TUNE7)
