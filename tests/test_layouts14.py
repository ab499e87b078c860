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
    check_rendered,
    check_section_types,
    check_split,
    plain,
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
    check_rendered(name, seed, FOOTER, read=lambda suffix, data: _plain(name, suffix, data),
                   udvalg_suffix="s" if name == ANSI else "")


def test_no_case_number_where_none_is_printed():
    for seed in (1, 2, 3):
        meeting, _ = document(by_name("kind-marker-words"), seed)
        assert not any(item.case_number for item in meeting.items)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS14)
