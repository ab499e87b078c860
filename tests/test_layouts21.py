"""The test21 layouts (benchmarks/layouts/generate21.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark. And
adding them left every earlier split's documents byte for byte as they were.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTContainer, LTTextContainer

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate20 import ABSENT
from benchmarks.layouts.generate21 import LAYOUTS21
from tests.layout_sets import (
    check_html_layouts,
    check_section_types,
    check_unchanged,
    documents,
    plain,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

# page furniture: footers, pdf2htmlEX's page headers, bare page numbers (PDF only)
FURNITURE = re.compile(r"^\s*(Side \d+ af \d+|Side \d+|.* · Referat · side \d+)\s*$", re.M)
# the splits there were when test21 was frozen (main 4eafa0f; splits added later are not
# earlier ones), and their documents' hash (seed 1: repr of the truth, then each file by
# suffix) taken there before generate21.py was added
EARLIER_SPLITS = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
                  "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8",
                  "test9", "test10", "test11", "test12", "test13", "test14", "test15",
                  "test16", "tune7", "test17", "test18", "combo", "test19", "test20")
EARLIER = (340, "8672a1eca8eb0c42f637f525fa6c64a38920e1233775418a12c031afef9008cb")


def _read(suffix: str, data: bytes) -> str:
    """The words as printed, without page furniture; in a PDF a page's last line when it is
    the bare page number."""
    if suffix != ".pdf":
        return plain(suffix, data, FURNITURE)
    pages = [extract_text(io.BytesIO(data), page_numbers=[n]).strip().splitlines()
             for n in range(len(list(extract_pages(io.BytesIO(data)))))]
    text = "\n".join(line for n, lines in enumerate(pages, start=1)
                     for line in (lines[:-1] if lines[-1] == str(n) else lines))
    return plain(".txt", text.encode(), FURNITURE)


def _chars(layout) -> list[LTChar]:
    """Every character of a pdfminer layout object, at any depth."""
    if isinstance(layout, LTChar):
        return [layout]
    return [c for child in layout for c in _chars(child)] if isinstance(
        layout, LTContainer) else []


def _html(files) -> str:
    return files[".html"].decode()


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test21", LAYOUTS21, 12, FURNITURE, _read)


def test_earlier_splits_are_byte_identical():
    check_unchanged(EARLIER_SPLITS, EARLIER)


def test_at_least_five_layouts_are_html():
    check_html_layouts(LAYOUTS21, 5)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS21)


def test_hgroup_holds_number_title_and_case():
    for meeting, files in documents("hgroup-time-html"):
        html = _html(files)
        assert "<time datetime='2024-03-12T16:00'>" in html
        groups = re.findall(r"<hgroup>(.*?)</hgroup>", html, re.S)
        assert len(groups) == len(meeting.items)
        for item, group in zip(meeting.items, groups, strict=True):
            assert f"<p>Punkt {item.number}</p>" in group and "<h2>" in group
            assert (item.case_number or "Lukket punkt") in group


def test_pdf2html_lines_are_positioned_divs_on_pages():
    for meeting, files in documents("pdf2htmlex-lines-html"):
        html = _html(files)
        body = html[html.index("<div id='page-container'>"):]
        assert set(re.findall(r"<(\w+)", body)) == {"div"}
        pages = re.findall(r"data-page-no='([0-9a-f]+)'", html)
        assert len(pages) >= 2
        assert html.count(f"{meeting.udvalg} · Referat · side ") == len(pages)
        for item in meeting.items:
            assert f"ff2 fs2'>{item.number}. " in html
        # some item runs on over a page break: a page begins between its title and the next
        starts = [re.search(rf"fs2'>{i.number}\. ", html).start() for i in meeting.items]
        breaks = [m.start() for m in re.finditer(r"<div id='pf", html)][1:]
        assert any(a < b < z for a, z in zip(starts, [*starts[1:], len(html)], strict=True)
                   for b in breaks)


def test_print_view_repeats_the_meeting_per_item():
    for meeting, files in documents("print-thead-repeat-html"):
        html = _html(files)
        assert html.count("<thead>") == html.count("<tfoot>") == len(meeting.items)
        closed = [i.closed for i in meeting.items]
        assert closed == sorted(closed) and sum(closed) == 2
        for item in meeting.items:
            assert f"<td class='nr'>{item.number}</td>" in html


def test_sphinx_permalinks_admonitions_and_attachments():
    for meeting, files in documents("sphinx-permalink-admonition-html"):
        html = _html(files)
        assert html.count("class='headerlink'") == 1 + len(meeting.items) + sum(
            s.type != "beslutning" for i in meeting.items for s in i.sections)
        for item in (i for i in meeting.items if not i.closed):
            kinds = [s.type for s in item.sections]
            assert kinds[-2:] == ["beslutning", "bilag"]
            assert "<p class='admonition-title'>Beslutning</p>" in html
            if item.case_number:
                assert f"<span class='pre'>{item.case_number}</span>" in html


def test_aria_grid_is_a_dagsorden_of_rows():
    for meeting, files in documents("aria-grid-rows-html"):
        html = _html(files)
        assert meeting.kind == "dagsorden"
        assert html.count("role='row' aria-expanded") == len(meeting.items)
        assert html.count("<div role='gridcell'>Lukket</div>") == 1
        assert html.count("role='heading'") == sum(len(i.sections) for i in meeting.items)


def test_number_after_title_and_fields_after_items():
    for meeting, files in documents("h2-small-number-after-html"):
        html = _html(files)
        for item in meeting.items:
            assert re.search(rf"<h2>[^<]+ <small>Punkt {item.number}</small></h2>", html)
        assert not re.search(r"<h2>\d", html)
        aside = html.index("<aside")
        assert html.index(f"Lokation: {meeting.place}") > aside > html.rindex("<h4>")


def test_band_titles_are_white_regular_on_dark():
    for meeting, files in documents("band-title-pdf"):
        pdf = files[".pdf"]
        assert pdf.count(b" re f 1 g") == len(meeting.items)
        text = extract_text(io.BytesIO(pdf))
        pages = text.count("\f")
        assert all(re.search(rf"^{n}$", text, re.M) for n in range(1, pages + 1))


def test_every_line_is_numbered_in_the_margin():
    for _, files in documents("line-numbered-pdf"):
        for page in extract_pages(io.BytesIO(files[".pdf"])):
            margin: dict[int, str] = {}
            body: set[int] = set()
            for c in _chars(page):
                if c.x0 < 45:
                    margin[round(c.y0)] = margin.get(round(c.y0), "") + c.get_text()
                elif c.y0 > 40:
                    body.add(round(c.y0))
            numbers = [margin[y] for y in sorted(margin, reverse=True)]
            assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
            assert all(any(abs(y - m) <= 5 for m in margin) for y in body)


def test_indstilling_and_decision_side_by_side():
    for meeting, files in documents("indstilling-beslutning-columns-pdf"):
        boxes = [(b.x0, " ".join(b.get_text().split())) for page in
                 extract_pages(io.BytesIO(files[".pdf"])) for b in page
                 if isinstance(b, LTTextContainer)]
        assert any(x > 300 and t.startswith("Beslutning") for x, t in boxes)
        for item in (i for i in meeting.items if not i.closed):
            assert item.sections[-1].text.endswith(ABSENT)


def test_tagged_pdf_marks_content_and_artifacts():
    for meeting, files in documents("tagged-artifacts-pdf"):
        pdf = files[".pdf"]
        pages = len(list(extract_pages(io.BytesIO(pdf))))
        assert pdf.count(b"/Artifact <</Type /Pagination /Subtype /Header>> BDC") == pages
        assert pdf.count(b"/H2 <<") >= len(meeting.items) and b"Helvetica-BoldOblique" in pdf
        assert pdf.count(b" BDC") == pdf.count(b"EMC")


def test_markdown_front_matter_and_blockquoted_decision():
    for meeting, files in documents("yaml-frontmatter-md-txt"):
        text = files[".txt"].decode()
        front = text.split("---\n")[1]
        assert f'udvalg: "{meeting.udvalg}"' in front and "dato: 2024-03-12" in front
        for item in (i for i in meeting.items if not i.closed):
            decision = item.sections[-1]
            assert "\n".join(f"> {x}" for x in decision.text.splitlines()) in text
            assert f"\n### {item.number}. {item.title}\n" in text


def test_meeting_only_in_the_closing_sentence():
    for meeting, files in documents("closing-fields-txt"):
        text = files[".txt"].decode()
        closing = text.index(f"Mødet i {meeting.udvalg} blev holdt")
        assert text[:text.index("\nNr. ")].split() == ["REFERAT"]
        assert text.rindex("\nNr. ") < closing
        for item in (i for i in meeting.items if not i.closed):
            decision = item.sections[-1]
            assert f"\n{decision.heading}: {decision.text.splitlines()[0]}\n" in text
