"""The test22 layouts (benchmarks/layouts/generate22.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate22 import LAYOUTS22, LIGATURES
from tests.layout_sets import (
    check_html_layouts,
    check_rendered,
    check_section_types,
    check_split,
    pdf_lines,
    plain,
    renderings,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|.* - Referat 12\. marts 2024| +\d+"
                       r"|.* {3,}Referat 12\. marts 2024| +Side \d+ af \d+"
                       r"|Dagsorden · .* · 12\. marts 2024)$\n?", re.M)
PAGE_NUMBER = re.compile(rb"<div class='t m0 x2 [^>]*>\d+</div>")
RIGHT_CASE = re.compile(r"^(.*\S) {2,}(\d\d-\d{6})$", re.M)
HYPHEN = re.compile(r"(?<=[a-zæøå])-\n(?=[a-zæøå])")
SEEDS = (1, 2, 3)


def _read(suffix: str, data: bytes) -> str:
    """The words as a reader of the page sees them: ligatures as their letters, page
    furniture (pdf2htmlEX's page numbers too) left out, words hyphenated at a line's end
    joined again, a case number right of a title's first line moved to the end (so the
    title's lines join)."""
    if suffix != ".txt":
        return plain(suffix, PAGE_NUMBER.sub(b"", data), FURNITURE)
    text = data.decode()
    for plain_letters, joined in LIGATURES:
        text = text.replace(joined, plain_letters)
    text = HYPHEN.sub("", re.sub(r"\n+", "\n", FURNITURE.sub("", text)))
    text = RIGHT_CASE.sub(r"\1", text) + " ".join(m[2] for m in RIGHT_CASE.finditer(text))
    return plain(suffix, text.encode(), FURNITURE)


def test_split_is_the_module():
    check_split("test22", LAYOUTS22, 12)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS22])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, _read)


def test_at_least_five_layouts_are_html():
    check_html_layouts(LAYOUTS22, 5)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS22)


def test_pdf2htmlex_lines_are_placed_divs():
    for meeting, html in renderings("pdf2htmlex-pages-html", ".html"):
        pages = html.split("<div id='pf")[1:]
        assert len(pages) >= 2 and "pdf2htmlEX" in html
        body = html[html.index("<div id='page-container'>"):]
        assert set(re.findall(r"<(\w+)", body)) == {"div"}
        for item in meeting.items:
            assert re.search(rf"ff2 fs3 [^>]*>{item.number}\. ", html)
        for n in range(1, len(pages) + 1):
            assert re.search(rf"ff1 fs0 fc0 sc0 ls0 ws0'>{n}</div></div></div>", html)


def test_word_filtered_headings_underlined_only():
    for meeting, html in renderings("word-filtered-underline-html", ".html"):
        body = html[html.index("<div class=WordSection1>"):]
        assert set(re.findall(r"<(\w+)", body)) <= {"div", "p", "b", "i", "u", "span"}
        assert all(p.startswith("<p class=MsoNormal>") for p in re.findall(r"<p[^>]*>", body))
        for item in meeting.items:
            assert f"{item.number}.<span style='mso-tab-count:1'>" in body
            for s in item.sections:
                assert f"<p class=MsoNormal><u>{s.heading}</u></p>" in body


def test_lettered_headings_in_order():
    for meeting, html in renderings("lettered-headings-html", ".html"):
        for item in (i for i in meeting.items if not i.closed):
            assert [s.heading[:3] for s in item.sections] == [
                f"{c}) " for c in "abcdefgh"[:len(item.sections)]]
            assert f"<h2>Dagsordenspunkt {item.number}: " in html


def test_static_site_permalinks_and_byline():
    for meeting, html in renderings("static-site-permalink-html", ".html"):
        assert f"<p class='byline'>{meeting.udvalg} · tirsdag 12. marts 2024 · " in html
        heads = re.findall(r"<h[23][^>]*>.*?</h[23]>", html)
        assert len(heads) == sum(1 + len(i.sections) for i in meeting.items)
        assert all(h.endswith("¶</a></h2>") or h.endswith("¶</a></h3>") for h in heads)


def test_number_after_title_and_no_case_numbers():
    for meeting, html in renderings("number-after-title-html", ".html"):
        assert meeting.kind == "dagsorden" and not any(i.case_number for i in meeting.items)
        assert not re.search(r"<h2>\s*\d", html)
        for item in meeting.items:
            assert f"<span class='pkt'>(pkt. {item.number})</span></h2>" in html


def test_accordion_button_holds_number_and_title():
    for meeting, html in renderings("accordion-buttons-html", ".html"):
        buttons = re.findall(r"<button [^>]*><span class='nr'>(\d+)</span>", html)
        assert buttons == [i.number for i in meeting.items]
        assert "<dt>Organ</dt>" in html and "<dt>Sted</dt>" in html


def test_ocr_layer_hyphenated_ligatures_and_page_furniture():
    for meeting, text in renderings("ocr-text-layer-txt", ".txt"):
        assert "ﬁ" in text or "ﬂ" in text
        assert "fi" not in text and "fl" not in text
        assert HYPHEN.search(text)
        pages = text.split("\f")
        assert len(pages) >= 2
        assert all(re.search(rf"\n +{n}\n$", page) for n, page in enumerate(pages, start=1))
        assert all(page.startswith(f"{meeting.udvalg} - Referat") for page in pages[1:])
        starts = [p.split("\n")[2] for p in pages[1:]]  # a page break inside an item
        assert any(not re.match(r"\d+\. ", s) for s in starts)


def test_pdftotext_case_right_aligned_on_title_line():
    for meeting, text in renderings("pdftotext-layout-case-right-txt", ".txt"):
        lines = text.split("\n")
        for item in (i for i in meeting.items if i.case_number):
            line = next(x for x in lines if x.startswith(f"{item.number:>3}   "))
            assert line.endswith(item.case_number) and len(line) == 92
        assert text.count("\f") >= 1 and re.search(r" Side 1 af \d+\n", text)


def test_markdown_front_matter_and_run_in_headings():
    for meeting, text in renderings("yaml-frontmatter-site-txt", ".txt"):
        assert text.startswith(f"---\nlayout: referat\nudvalg: {meeting.udvalg}\n")
        for item in meeting.items:
            assert f"\n## Punkt {item.number}: {item.title}\n" in text
            for s in item.sections:
                assert f"\n**{s.heading}:** {s.text.splitlines()[0]}\n" in text


def _chars(pdf: bytes):
    """(page, x0, y0, text, colour of the line's first character) of every text line."""
    for n, x0, y0, text, first in pdf_lines(pdf):
        yield n, x0, y0, text, first.graphicstate.ncolor


def test_band_titles_white_on_dark():
    for meeting, pdf in renderings("band-title-white-pdf", ".pdf"):
        lines = list(_chars(pdf))
        for item in meeting.items:
            title = next(x for x in lines if re.match(rf"Punkt {item.number} +\S", x[3]))
            assert title[4] in (1, (1,), [1])
        assert pdf.count(b" re f") >= len(meeting.items)


def test_sidehead_beside_text():
    for meeting, pdf in renderings("sidehead-margin-pdf", ".pdf"):
        lines = list(_chars(pdf))
        for item in meeting.items:
            number = next(x for x in lines if x[3] == item.number and x[1] < 70)
            title = next(x for x in lines if x[1] >= 179 and x[0] == number[0]
                         and abs(x[2] - number[2]) < 1)
            assert item.title.startswith(title[3].split(" ")[0])
            for s in item.sections:
                head = next(x for x in lines if x[3] == s.heading and x[1] < 70)
                assert any(x[1] >= 179 and x[0] == head[0] and abs(x[2] - head[2]) < 1
                           for x in lines)


def test_agenda_empty_decision_headings_and_running_header():
    for meeting, pdf in renderings("empty-decision-agenda-pdf", ".pdf"):
        assert meeting.kind == "dagsorden"
        pages = list(extract_pages(io.BytesIO(pdf)))
        text = extract_text(io.BytesIO(pdf))
        assert text.count("Beslutning:") == sum(not i.closed for i in meeting.items)
        assert text.count(f"Dagsorden · {meeting.udvalg} · 12. marts 2024") == len(pages) >= 2
        for item in meeting.items:
            assert f"Sag nr. {item.number}: " in text
