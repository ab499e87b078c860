"""The test18 layouts (benchmarks/layouts/generate18.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS, by_name, document
from benchmarks.layouts.generate18 import LAYOUTS18
from tests.layout_sets import check_rendered, check_section_types, check_split, plain, words

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

# page furniture: "Side n af m"; a browser's print date and title, URL and "n/m" (not the
# running header that holds running-header-number-only's item numbers)
FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|13\.03\.2024 09\.41 .*|https://\S+|\d+/\d+)$",
                       re.M)
OL_START = re.compile(rb"<ol [^>]*start='(\d+)'>")


def _read(suffix: str, data: bytes) -> str:
    """Google Docs' item numbers stand only in <ol start>: read them as a browser shows them."""
    return plain(suffix, OL_START.sub(rb"\1. ", data), FURNITURE)


def test_split_is_the_module():
    check_split("test18", LAYOUTS18, 12)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS18])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, _read)


def test_the_number_stands_only_in_the_running_header():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("running-header-number-only"), seed)
        pdf = files[".pdf"]
        pages = [extract_text(io.BytesIO(pdf), page_numbers=[n])
                 for n in range(len(meeting.items) * 3)]
        firsts = [k for k, page in enumerate(pages) if page.strip()]
        for item in meeting.items:
            page = next(p for p in pages if words(item.title) in plain(".txt", p.encode(),
                                                                     FURNITURE))
            assert f"· Punkt {item.number}" in page
            first = item.title.split()[0]
            assert any(line.startswith(first) for line in page.splitlines())
            assert not any(line.startswith(f"{item.number} ") for line in page.splitlines())
        assert "Punkt" not in pages[firsts[0]].split("\n")[0]


def test_google_docs_numbers_only_in_the_list_start():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("google-docs-ol-start"), seed)
        html = files[".html"]
        assert [m.decode() for m in OL_START.findall(html)] == [i.number for i in meeting.items]
        text = plain(".html", html, FURNITURE)
        assert not any(words(f"{i.number} {i.title}") in text for i in meeting.items)


def test_number_and_title_spans_touch():
    for seed in (1, 2, 3):
        meeting, files = document(by_name("cms-adjacent-spans"), seed)
        html = files[".html"].decode()
        for item in meeting.items:
            assert f">{item.number}</span><span class='agenda-item__titel'>" in html


def test_a_decision_names_another_item_of_the_meeting():
    for name in ("label-line-above-title-pdf", "protocol-decisions-only"):
        for seed in (1, 2, 3):
            meeting, _ = document(by_name(name), seed)
            named = [re.match(r"Punktet blev behandlet sammen med punkt (\d+)\.", s.text)
                     for i in meeting.items for s in i.sections if s.type == "beslutning"]
            found = [m.group(1) for m in named if m]
            assert len(found) == 1 and found[0] in {i.number for i in meeting.items}


def test_other_dates_come_before_the_meetings():
    for seed in (1, 2, 3):
        _, files = document(by_name("frontpage-fields-next-meeting"), seed)
        text = plain(".pdf", files[".pdf"], FURNITURE)
        assert text.index(" 5 marts 2024 ") < text.index(" 12 marts 2024 ")
        assert " næste møde " in text and " 9 april 2024 " in text


def test_kle_journal_numbers():
    for name in ("frontpage-fields-next-meeting", "title-then-punkt-kle-line"):
        for seed in (1, 2, 3):
            meeting, _ = document(by_name(name), seed)
            cases = [i.case_number for i in meeting.items if i.case_number]
            assert cases and all(re.fullmatch(r"\d\d\.\d\d\.\d\d-[A-Z]\d\d-\d+-2[34]", c)
                                 for c in cases)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS18)
