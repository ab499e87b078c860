"""The test20 layouts (benchmarks/layouts/generate20.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTTextContainer

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate20 import ABSENT, ABSENT_MEMBER, DATE_NUMERIC, LAYOUTS20
from tests.layout_sets import (
    check_html_layouts,
    check_rendered,
    check_section_types,
    check_split,
    documents,
    plain,
    words,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|.* · 12-03-2024 · side \d+)$", re.M)
LI_VALUE = re.compile(rb"<li value='(\d+)'>")
ITALIC_LINE = re.compile(rb"^_(.*)_$", re.M)
SEEDS = (1, 2, 3)


def _read(suffix: str, data: bytes) -> str:
    """The words as a browser or a wiki shows them: an <li value='4'> prints "4.", a
    Confluence line `_…_` is set in italics."""
    return plain(suffix, ITALIC_LINE.sub(rb"\1", LI_VALUE.sub(rb"\1. ", data)), FURNITURE)


def _html(files) -> str:
    return files[".html"].decode()


def test_split_is_the_module():
    check_split("test20", LAYOUTS20, 12)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS20])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, _read)


def test_at_least_five_layouts_are_html():
    check_html_layouts(LAYOUTS20, 5)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS20)


def test_li_value_is_the_only_item_number():
    for meeting, files in documents("ol-li-value-html"):
        html = _html(files)
        assert LI_VALUE.findall(files[".html"]) == [i.number.encode() for i in meeting.items]
        text = plain(".html", files[".html"], FURNITURE)
        for item in meeting.items:
            assert words(f"{item.number} {item.title}") not in text
            assert f"<h2>{item.title}</h2>" in html.replace("&#x27;", "'").replace(
                "&quot;", '"').replace("&amp;", "&")
        cases = [i.case_number for i in meeting.items if i.case_number]
        assert cases and all(re.fullmatch(r"202[34]-\d{7}", c) for c in cases)


def test_app_page_is_divs_styled_inline():
    for meeting, files in documents("spa-div-fontweight-html"):
        html = _html(files)
        main = html[html.index("<div id='root'>"):html.index("<footer")]
        assert set(re.findall(r"<(\w+)", main)) == {"div"}
        for item in meeting.items:
            assert f"min-width:2rem'>{item.number}</div>" in main
            for s in item.sections:
                assert f"font-weight:600;margin-top:1rem'>{s.heading}</div>" in main


def test_participants_table_and_absence_in_every_decision():
    for meeting, files in documents("participants-table-html"):
        html = _html(files)
        assert html.count("<td>X</td>") == 5 and f"<td>{ABSENT_MEMBER}</td><td></td>" in html
        assert html.index("<h2>Deltagere</h2>") < html.index("<h2>Pkt. ")
        for item in (i for i in meeting.items if not i.closed):
            decision = item.sections[-1]
            assert decision.heading == f"Beslutning den {DATE_NUMERIC}"
            assert decision.type == "beslutning" and decision.text.endswith("\n" + ABSENT)


def test_metadata_table_carries_the_number():
    for meeting, files in documents("metadata-row-table-html"):
        html = _html(files)
        for item in meeting.items:
            row = re.search(rf"<tr><td>{item.number}</td><td>([^<]*)</td><td>([^<]*)</td>",
                            html)
            assert row and row[1] == (item.case_number or "–")
            assert row[2] == ("Lukket" if item.closed else "Til beslutning")
        assert not re.search(r"<h2>\d", html)


def test_nested_dl_closed_items_last():
    for meeting, files in documents("nested-dl-items-html"):
        html = _html(files)
        closed = [i.closed for i in meeting.items]
        assert closed == sorted(closed) and sum(closed) == 2
        assert html.count("<dl class='afsnit'>") == len(meeting.items) - 2
        assert html.count("<dt>Punkt ") == len(meeting.items)


def test_lynx_references_list_every_link():
    for meeting, files in documents("lynx-dump-txt"):
        text = files[".txt"].decode()
        body, refs = text.split("\nReferences\n")
        markers = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
        assert markers == list(range(1, len(markers) + 1)) == list(
            range(1, len(re.findall(r"^ +\d+\. https://", refs, re.M)) + 1))
        for item in meeting.items:
            assert f"\n{item.number}. {item.title}\n" in body
            for s in item.sections:
                assert f"\n{s.heading}\n" in body


def test_browser_copy_is_a_dagsorden_with_one_line_per_paragraph():
    for meeting, files in documents("browser-copy-text-txt"):
        lines = files[".txt"].decode().split("\n")
        assert meeting.kind == "dagsorden" and lines.count("Til toppen") == len(meeting.items)
        for item in meeting.items:
            assert f"Punkt {item.number} - {item.title}" in lines
            assert all(line in lines for s in item.sections for line in s.text.splitlines())


def test_confluence_decision_in_a_panel():
    for meeting, files in documents("confluence-wiki-panel-txt"):
        text = files[".txt"].decode()
        for item in (i for i in meeting.items if not i.closed):
            decision = item.sections[-1]
            assert f"{{panel:title=Beslutning}}\n{decision.text}\n{{panel}}" in text
            assert f"\nh2. {item.number}. {item.title}\n" in text


def test_a5_pages_drawn_with_kerned_arrays():
    for meeting, files in documents("a5-times-kerned-pdf"):
        pdf = files[".pdf"]
        pages = list(extract_pages(io.BytesIO(pdf)))
        assert len(pages) >= 2 and {(p.width, p.height) for p in pages} == {(420, 595)}
        assert b"] TJ" in pdf and b") -12 (" in pdf and b"Times-Roman" in pdf
        assert b"Helvetica" not in pdf.replace(b"/F1 8 Tf", b"")
        for n in range(len(pages)):
            page = extract_text(io.BytesIO(pdf), page_numbers=[n])
            assert f"{meeting.udvalg} · {DATE_NUMERIC} · side {n + 1}" in page


def test_attachments_last_and_marked():
    for meeting, files in documents("bilag-open-closed-pdf"):
        text = extract_text(io.BytesIO(files[".pdf"]))
        for item in (i for i in meeting.items if not i.closed):
            kinds = [s.type for s in item.sections]
            assert kinds[-2:] == ["beslutning", "bilag"]
            assert item.sections[-2].text.endswith(ABSENT)
            for n, line in enumerate(item.sections[-1].text.splitlines(), start=1):
                assert re.fullmatch(rf"{n}\. (Åbent|Lukket) bilag: .+\.(pdf|xlsx)", line)
                assert line in text


def test_grid_box_stands_above_the_title():
    for meeting, files in documents("grid-box-meta-pdf"):
        boxes = [(b.y0, b.x0, " ".join(b.get_text().split()))
                 for page in extract_pages(io.BytesIO(files[".pdf"])) for b in page
                 if isinstance(b, LTTextContainer)]
        for item in meeting.items:
            number = next(b for b in boxes if b[2] == f"Punkt {item.number}")
            title = next(b for b in boxes if b[2].startswith(item.title.split(" ")[0])
                         and b[0] < number[0])
            assert number[1] < 70 and title[0] < number[0]
            assert any(b[2] == f"Sagsnr. {item.case_number or '–'}" for b in boxes)
