"""The test17 layouts (benchmarks/layouts/generate17.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction, tags
stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS, by_name
from benchmarks.layouts.generate17 import FIELDS, LAYOUTS17
from tests.layout_sets import check_section_types, documents, set_checks

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

# page furniture: "Side n af m", the running item header, the browser's print header/footer
FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|.* 12\.03\.2024 – Punkt \d+: .*"
                       r"|12\.03\.2024, 16\.05( .*)?|.*\| Kommunen|https://\S+( \d+/\d+)?"
                       r"|\d+/\d+)$", re.M)


def _pages(pdf: bytes) -> list[str]:
    return extract_text(io.BytesIO(pdf)).split("\f")[:-1]


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test17", LAYOUTS17, 12, FURNITURE)


def test_each_page_header_names_the_item_the_page_begins_in():
    for meeting, files in documents("running-item-header-pdf"):
        pages = _pages(files[".pdf"])
        assert len(pages) >= 2
        named = None
        for page in pages:
            header = page.lstrip().splitlines()[0]
            assert header.startswith(f"{meeting.udvalg} 12.03.2024 – Punkt ")
            begun = re.findall(r"^Punkt (\d+): ", page, re.M)
            named = begun[0] if begun else named
            assert header.split(" – Punkt ")[1].startswith(f"{named}: ")


def test_the_reporting_tool_draws_bold_before_regular_text():
    for _, files in documents("labels-first-stream-pdf"):
        streams = re.findall(rb"stream\n(.*?)\nendstream", files[".pdf"], re.S)
        for stream in streams:
            ops = re.findall(rb"/F(\d) [\d.]+ Tf [\d.]+ ([\d.]+) Td", stream)
            fonts = [font for font, _ in ops]
            assert fonts == sorted(fonts, reverse=True) and fonts[0] == b"2" and b"1" in fonts
        ys = [float(y) for _, y in re.findall(rb"/F(\d) [\d.]+ Tf [\d.]+ ([\d.]+) Td",
                                              streams[0])]
        assert ys != sorted(ys, reverse=True)  # the content order is not the reading order


def test_the_indstilling_numbers_its_points():
    points = 0
    for meeting, files in documents("sentence-header-numbered-points"):
        text = files[".txt"].decode()
        assert text.startswith(f"Referat af møde i {meeting.udvalg[:20]}")
        for item in meeting.items:
            for s in item.sections:
                numbered = re.findall(r"^(\d+)\. ?at ", s.text, re.M | re.I)
                assert numbered == [str(k) for k in range(1, len(numbered) + 1)]
                assert s.type == "indstilling" or not numbered
                points += len(numbered)
                assert all(f"\n{line[:40]}" in text for line in s.text.splitlines()
                           if re.match(r"\d+\. ?at ", line, re.I))
    assert points >= 4


def test_the_case_number_stands_at_the_foot_of_its_item():
    for meeting, files in documents("case-number-at-foot"):
        text = files[".txt"].decode()
        starts = [text.index(f"Nr. {item.number} – ") for item in meeting.items]
        for k, item in enumerate(meeting.items):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            if item.case_number:
                at = text.index(f"Sagsnr.: {item.case_number} ", starts[k])
                assert text.index(item.sections[-1].text.splitlines()[-1][:30], starts[k]) < at
                assert at < end
            else:
                assert "Sagsnr.:" not in text[starts[k]:end]


def test_the_metadata_list_follows_the_unnumbered_title():
    for meeting, files in documents("meta-list-kle-case"):
        html = files[".html"].decode()
        for item in meeting.items:
            assert re.search(rf"<h2>[^<]*</h2>\s*<ul class='meta'><li>Punkt: {item.number}</li>",
                             html)
            assert not item.case_number or re.fullmatch(
                r"\d\d\.\d\d\.\d\d-[A-Z]\d\d-\d+-\d\d", item.case_number)
        assert sum(bool(item.case_number) for item in meeting.items) >= 3


def test_the_wide_table_has_a_cell_per_column():
    for meeting, files in documents("wide-table-section-columns"):
        body = files[".html"].decode().split("<tbody>")[1]
        rows = re.findall(r"<tr>(.*?)</tr>", body)
        assert len(rows) == len(meeting.items)
        for row in rows:
            spans = [int(n or 1) for n in re.findall(r"<td(?: colspan='(\d+)')?>", row)]
            assert sum(spans) == 3 + len(by_name("wide-table-section-columns").headings)


def test_titles_are_adjacent_spans():
    for meeting, files in documents("adjacent-spans-badge"):
        html = files[".html"].decode()
        for item in meeting.items:
            badge = "Lukket" if item.closed else "Åben"
            assert (f"<h2><span class='nr'>{item.number}</span><span class='titel'>"
                    in html)
            assert re.search(rf"</span><span class='badge'>{badge}</span></h2>", html)


def test_the_cover_page_holds_members_and_contents_and_each_item_a_page():
    for meeting, files in documents("cover-members-toc-pdf"):
        pages = _pages(files[".pdf"])
        assert len(pages) == len(meeting.items) + 1
        assert "Medlemmer:" in pages[0] and "Indholdsfortegnelse" in pages[0]
        for item, page in zip(meeting.items, pages[1:], strict=True):
            assert page.lstrip().startswith(f"{item.number}. {item.title[:20]}")
            assert not item.case_number or re.fullmatch(r"\d\d/\d+", item.case_number)


def test_the_meetings_fields_stand_in_a_horizontal_table():
    for meeting, files in documents("horizontal-meeting-table-agenda"):
        html = files[".html"].decode()
        assert "<tr>" + "".join(f"<th>{x}</th>" for x in FIELDS) + "</tr>" in html
        lines = files[".txt"].decode().splitlines()
        assert lines[2].split() == list(FIELDS)
        assert lines[3].startswith(meeting.udvalg) and lines[3].endswith(meeting.place)


def test_the_cms_chrome_surrounds_items_without_case_numbers():
    for meeting, files in documents("cms-chrome-cookie-sidebar"):
        html = files[".html"].decode()
        event = json.loads(re.search(r"ld\+json'>(.*?)</script>", html).group(1))
        assert event["location"]["name"] == meeting.place
        assert html.index("Andre møder") < html.index("<main")
        assert all(item.case_number is None for item in meeting.items)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS17)
