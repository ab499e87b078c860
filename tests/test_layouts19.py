"""The test19 layouts (benchmarks/layouts/generate19.py) generate, and their truth agrees with
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
from benchmarks.layouts.generate19 import LAYOUTS19, STANDARD, TABLE_HEAD, YEARS
from tests.layout_sets import (
    check_html_layouts,
    check_section_types,
    documents,
    plain,
    set_checks,
    words,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?Side \d+ af \d+$", re.M)


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test19", LAYOUTS19, 12, FURNITURE)


def test_at_least_four_layouts_are_html():
    check_html_layouts(LAYOUTS19, 4)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS19)


def test_economy_tables_end_the_economy_section():
    for layout in (x for x in LAYOUTS19 if x.economy):
        tables = 0
        for meeting, files in documents(layout.name):
            for s in (s for i in meeting.items for s in i.sections if s.type == "okonomi"):
                lines = s.text.splitlines()
                if len(lines) < 5 or not lines[-4].startswith(TABLE_HEAD):
                    assert len(s.text.split()) < 8  # too short a text to end in a table
                    continue
                head, drift, anlaeg, total = (r.split() for r in lines[-4:])
                assert " ".join(head) == " ".join((TABLE_HEAD, *YEARS))
                assert [drift[0], anlaeg[0], " ".join(total[:2])] == ["Drift", "Anlæg", "I alt"]
                numbers = [[int(n.replace(".", "")) for n in row[-len(YEARS):]]
                           for row in (drift, anlaeg, total)]
                assert [a + b for a, b in zip(numbers[0], numbers[1], strict=True)] == numbers[2]
                tables += 1
            if ".html" in files:
                html = files[".html"].decode()
                assert html.count(f"<th>{TABLE_HEAD}</th>") == html.count("<h3>Økonomi</h3>")
        assert tables >= 3, layout.name


def test_emn_case_numbers():
    for meeting, _ in documents("region-emn-fields-pdf"):
        cases = [i.case_number for i in meeting.items if i.case_number]
        assert cases and all(re.fullmatch(r"EMN-202[34]-\d{5}", c) for c in cases)


def test_udvalg_and_date_only_in_the_running_header():
    for meeting, files in documents("header-udvalg-sentence-pdf"):
        pdf = files[".pdf"]
        header = f"{meeting.udvalg} · Referat · 12. marts 2024"
        pages = [extract_text(io.BytesIO(pdf), page_numbers=[n]) for n in range(40)]
        pages = [p for p in pages if p.strip()]
        assert len(pages) >= 2 and all(p.lstrip().startswith(header) for p in pages)
        body = "\n".join(p.lstrip()[len(header):] for p in pages)
        assert not any(line.strip() == meeting.udvalg for line in body.splitlines())
        assert "Mødet blev holdt tirsdag den 12. marts 2024 kl. 16.00 i Mødelokale 2." in body
        assert "Mødedato" not in body and "Sted:" not in body


def test_standard_items_open_and_close_the_meeting():
    for meeting, _ in documents("wordpress-strong-runin-html"):
        first, last = meeting.items[0], meeting.items[-1]
        for item, (title, decision) in ((first, STANDARD[0]), (last, STANDARD[1])):
            assert item.title == title and item.case_number is None
            assert [(s.type, s.text) for s in item.sections] == [("beslutning", decision)]


def test_agenda_contents_groups_and_closed_items_last():
    for meeting, files in documents("agenda-toc-groups-html"):
        html = files[".html"].decode()
        assert f"<ol start='{meeting.items[0].number}'>" in html
        assert html.count("<li><a href='#p") == len(meeting.items)
        closed = [i.closed for i in meeting.items]
        assert closed == sorted(closed) and sum(closed) == 2
        order = [html.index(x) for x in ("Sager til beslutning", "Sager til orientering",
                                          "Lukket dagsorden")]
        assert order == sorted(order)
        first_closed = next(i for i in meeting.items if i.closed)
        assert html.index("Lukket dagsorden") < html.index(f"id='p{first_closed.number}'")
        assert not any(s.type == "beslutning" for i in meeting.items for s in i.sections)


def test_bare_case_number_ends_the_hanging_title():
    for meeting, files in documents("bracket-case-hanging-txt"):
        text = files[".txt"].decode()
        for item in meeting.items:
            start = text.index(f"\n{item.number}.  ")
            block = text[start + 1:text.index("\n\n", start + 1)].split("\n")
            if item.closed:
                assert block.pop() == "    Lukket punkt"
            assert all(line.startswith("    ") for line in block[1:])
            tail = f" ({item.case_number})" if item.case_number else ""
            assert " ".join(block).split() == f"{item.number}. {item.title}{tail}".split()
        assert "Sagsnr" not in text


def test_word_text_has_one_line_per_paragraph_and_bullets():
    for meeting, files in documents("word-saveas-tab-bullets-txt"):
        raw = files[".txt"].decode()
        assert raw.count("\r\n") == raw.count("\n")
        lines = raw.split("\r\n")
        for item in meeting.items:
            assert f"{item.number}.\t{item.title}" in lines
            if item.case_number:
                assert f"Sagsnummer\t{item.case_number}" in lines
            for s in item.sections:
                for line in s.text.splitlines():
                    bullet = "•\t" if s.type == "indstilling" else ""
                    assert f"{bullet}{line}" in lines


def test_word_styles_pdf_has_no_bold():
    for meeting, files in documents("word-blue-light-headings-pdf"):
        pdf = files[".pdf"]
        assert b"Bold" not in pdf and b"0.12 0.3 0.6 rg" in pdf
        sizes = {}
        for page in extract_pages(io.BytesIO(pdf)):
            for box in page:
                if isinstance(box, LTTextContainer):
                    for line in box:
                        chars = [c for c in line if hasattr(c, "size")]
                        sizes.setdefault(line.get_text().strip(), round(chars[0].size))
        item = meeting.items[0]
        titles = [v for k, v in sizes.items()
                  if k.startswith(f"{item.number}. {item.title.split()[0]}")]
        headings = [sizes[s.heading] for s in item.sections]
        assert titles == [16] and set(headings) == {13}


def test_letterhead_fields_stand_in_a_right_column():
    for meeting, files in documents("letterhead-right-fields-pdf"):
        first = next(extract_pages(io.BytesIO(files[".pdf"])))
        boxes = [b for b in first if isinstance(b, LTTextContainer)]
        fields = next(b for b in boxes if "Dato: 12. marts 2024" in b.get_text())
        column = " ".join(fields.get_text().split())
        assert fields.x0 > 360 and f"Sted: {meeting.place}" in column
        assert f"Udvalg: {meeting.udvalg}" in column
        assert all(b.x0 < 100 for b in boxes if "Punkt " in b.get_text())


def test_unlabelled_header_fields():
    for meeting, files in documents("unlabelled-header-fields-html"):
        html = files[".html"].decode()
        start = html.index("<header class='meeting-header'>")
        header = html[start:html.index("</header>", start)]
        text = plain(".html", header.encode(), FURNITURE)
        assert words(meeting.udvalg) in text and words(meeting.place) in text
        assert not re.search(r"\b(dato|sted|mødested|tid|udvalg)\b", text)


def test_dl_first_pair_is_the_case_number():
    for meeting, files in documents("dash-number-dl-html"):
        html = files[".html"].decode()
        for item in meeting.items:
            head = f"<h2 id='punkt-{item.number}'>{item.number} – "
            assert head in html
            after = html[html.index(head):]
            if item.case_number:
                assert after.index("<dl><dt>Sagsnr.</dt><dd>"
                                   f"{item.case_number}</dd>") < after.index("</h2>") + 10
            if item.closed:
                assert after.index("Fortroligt punkt") < after.index("</p>")
