"""The test15 layouts (benchmarks/layouts/generate15.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate15 import LAYOUTS15
from tests.layout_sets import check_section_types, set_checks

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FOOTER = re.compile(r"^\f?Side \d+ af \d+$", re.M)


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test15", LAYOUTS15, 10, FOOTER)


def test_every_line_of_the_forwarded_dagsorden_is_quoted():
    for seed in (1, 2, 3):
        _, files = document(by_name("email-quoted-forward"), seed)
        lines = files[".txt"].decode().splitlines()
        start = lines.index("-----Oprindelig meddelelse-----")
        assert all(line == ">" or line.startswith("> ") for line in lines[start + 1:])


def test_the_count_after_af_is_the_number_of_items():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("punkt-af-total-times"), seed)
        last = meeting.items[-1].number
        assert last == str(len(meeting.items))
        assert f"Punkt {last} af {last}" in files[".txt"].decode()


def test_every_other_item_was_postponed_and_says_so():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("resumed-postponed-history"), seed)
        text = files[".txt"].decode()
        for k, item in enumerate(meeting.items):
            decisions = [s.heading for s in item.sections if s.type == "beslutning"]
            assert decisions[-1] == "Beslutning den 12. marts 2024"
            assert (len(decisions) == 2) == (k % 2 == 0)
        resumed = sum(any("13. februar" in s.heading for s in item.sections)
                      for item in meeting.items)
        assert text.count("Genoptaget fra mødet") == resumed > 0


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS15)
