"""The combo documents (benchmarks/layouts/generate_combo.py) generate, every option value is
drawn, and their truth agrees with what each rendering prints: a broken generator fails
here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate_combo import (
    HEADINGS,
    LAYOUTS_COMBO,
    OPTIONS,
    ROUND34_FIRST_SEED,
    ROUND34_OPTIONS,
    options,
)
from tests.layout_sets import (
    check_items_printed,
    check_meeting_printed,
    check_pdf_words,
    check_split,
    check_within_pages,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

SEEDS = (1, 2, 3)
FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|.* – 12\.03\.2024)$", re.M)  # running lines
DATES = {"long": " 12 marts 2024 ", "weekday": " tirsdag den 12 marts 2024 ",
         "dotted": " 12 03 2024 ", "dashed": " 12 03 2024 "}


def test_split_is_the_module():
    check_split("combo", LAYOUTS_COMBO, 40)


def test_every_option_value_is_drawn_on_the_tuning_seeds():
    seen = defaultdict(set)
    for layout in LAYOUTS_COMBO:
        for seed in SEEDS:
            for option, value in options(layout.name, seed).items():
                seen[option].add(value)
    for option, values in OPTIONS.items():
        assert set(values) <= seen[option], option
    for kind, wordings in HEADINGS.items():
        assert set(wordings) <= seen[f"heading:{kind}"], kind


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS_COMBO])
def test_truth_is_printed(name, seed):
    o = options(name, seed)
    meeting, files = document(by_name(name), seed)
    assert list(files) == [f".{o['format']}"] and 4 <= len(meeting.items) <= 7
    assert meeting.kind == o["kind"] and meeting.date.isoformat() == "2024-03-12"
    suffix, data = next(iter(files.items()))
    if suffix == ".pdf":
        check_within_pages(data, name)
        check_pdf_words(meeting, data, FURNITURE, name)
    text = plain(suffix, data, FURNITURE)
    check_meeting_printed(meeting, text, suffix)
    assert DATES[o["date"]] in text, suffix
    listed = o["html"] == "ol"  # the numbers stand only in the list's start
    check_items_printed(meeting, text, suffix, numbers=not listed)
    if listed:
        assert f"<ol start='{meeting.items[0].number}'>".encode() in data
    for item in meeting.items:
        decisions = [s for s in item.sections if s.type == "beslutning"]
        assert bool(decisions) == (meeting.kind == "referat" and not item.closed)
        assert not item.closed or not item.sections and item.case_number is None
    assert sum(item.closed for item in meeting.items) == (o["closed"] != "none")
    assert all(bool(item.number) == (o["number"] != "none") for item in meeting.items)


ROUND34_SEEDS = tuple(range(ROUND34_FIRST_SEED, ROUND34_FIRST_SEED + 10))


def test_every_round34_option_value_is_drawn_from_its_first_seed_only():
    seen = defaultdict(set)
    for layout in LAYOUTS_COMBO:
        for seed in ROUND34_SEEDS:
            for option in ROUND34_OPTIONS:
                seen[option].add(options(layout.name, seed)[option])
        assert all(options(layout.name, ROUND34_FIRST_SEED - 1)[option] == "-"
                   for option in ROUND34_OPTIONS)
    for option, values in ROUND34_OPTIONS.items():
        assert set(values) - {"→"} <= seen[option], option  # (no arrow in a PDF)


@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS_COMBO])
def test_round34_truth_is_printed(name):
    """As `test_truth_is_printed`; a case number turned at the page's edge is checked in the
    content stream (pdfminer's plain text leaves turned lines out), a date in YAML front
    matter as ISO."""
    seed = ROUND34_FIRST_SEED
    o = options(name, seed)
    meeting, files = document(by_name(name), seed)
    suffix, data = next(iter(files.items()))
    if o["case_place"] == "turned":
        for item in meeting.items:
            if item.case_number:
                assert f"{item.case_number}) Tj".encode() in data, item.case_number
                item.case_number = None
    if suffix == ".pdf":
        check_within_pages(data, name)
        check_pdf_words(meeting, data, FURNITURE, name)
    text = plain(suffix, data, FURNITURE)
    check_meeting_printed(meeting, text, suffix)
    assert ("dato: 2024-03-12" in data.decode() if o["markdown"] == "front-matter"
            else DATES[o["date"]] in text), suffix
    check_items_printed(meeting, text, suffix, numbers=o["html"] != "ol")
