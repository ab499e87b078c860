"""The test24 layouts (benchmarks/layouts/generate24.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate24 import COPY_PAGE, LAYOUTS24
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    SECTION_TYPES,
    check_rendered,
    check_split,
    documents,
    pdf_lines,
    plain,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^(Side \d+( af \d+)?|.* \| Referat \| 12\. marts 2024"
                       r"|Byrådet · Referat · 12\. marts 2024)$\n?", re.M)
FOOTER = re.compile(r"^.* · 12\. marts 2024 · .*$\n?", re.M)  # the fields in a running footer
FURNITURE_AND_FOOTER = re.compile(f"{FURNITURE.pattern}|{FOOTER.pattern}", re.M)
SEEDS = (1, 2, 3)


def _read(suffix: str, data: bytes) -> str:
    """The words as a reader sees them; a running footer of the meeting's fields counted
    once, after the text (its every repetition interrupts the text on its page)."""
    if suffix != ".pdf" or not (footer := FOOTER.search(extract_text(io.BytesIO(data)))):
        return plain(suffix, data, FURNITURE)
    return plain(suffix, data, FURNITURE_AND_FOOTER) + _norm(footer[0]) + " "


def _files(name: str, suffix: str):
    return [(meeting, files[suffix]) for meeting, files in documents(name, SEEDS)]


def _html(name: str):
    return [(meeting, data.decode()) for meeting, data in _files(name, ".html")]


def _text(name: str):
    return [(meeting, data.decode()) for meeting, data in _files(name, ".txt")]


def _lines(pdf: bytes):
    """(page, x0, y0, text, font name of the line's first character) of every text line."""
    for n, x0, y0, text, first in pdf_lines(pdf):
        yield n, x0, y0, text, first.fontname


def _open(meeting):
    return [i for i in meeting.items if not i.closed]


def test_split_is_the_module():
    check_split("test24", LAYOUTS24, 12)


def test_names_and_formats():
    assert all(layout.name.startswith("t24-") for layout in LAYOUTS24)
    formats = [layout.formats[0] for layout in LAYOUTS24]
    assert formats.count(".html") >= 6 and formats.count(".txt") >= 3
    assert all(len(layout.formats) == 1 for layout in LAYOUTS24)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS24])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, _read)


def test_every_section_type_is_a_known_one():
    assert {kind for layout in LAYOUTS24 for kind, _ in layout.headings} <= SECTION_TYPES


def test_word_titles_and_headings_bold_only_by_style():
    for meeting, html in _html("t24-word-danish-styles-html"):
        body = html[html.index("<div class=WordSection1>"):]
        assert not re.search(r"<(b|strong|h\d)\b", body)
        assert "p.Punktoverskrift{" in html and "p.Mellemrubrik{" in html
        for item in meeting.items:
            assert f"<p class=Punktoverskrift>Punkt {item.number} – " in body
            for s in item.sections:
                assert f"<p class=Mellemrubrik>{s.heading}</p>" in body


def test_details_hold_number_and_decision_first():
    for meeting, html in _html("t24-details-decision-first-html"):
        assert f"<address>{meeting.place}</address>" in html and "<time datetime=" in html
        for item in meeting.items:
            assert f"<summary><span class='nr'>{item.number}.</span> " in html
        for item in _open(meeting):
            assert item.sections[0].type == "beslutning"
            part = html[html.index(f"id='punkt-{item.number}'"):]
            assert part.index("<div class='beslutning'><h3>") < part.index("<h3>Resumé")


def test_nested_groups_closed_last():
    for meeting, html in _html("t24-nested-ol-groups-html"):
        split = html.index("<h2>Lukkede punkter</h2>")
        assert html.index("<h2>Åbne punkter</h2>") < split
        for item in meeting.items:
            at = html.index(f"<p class='titel'><b>{item.number}. ")
            assert (at > split) == item.closed
        for item in _open(meeting):
            for s in item.sections:
                assert f"<p><b>{s.heading}</b><br>" in html


def test_anchor_per_item_and_title_twice():
    for meeting, html in _html("t24-anchor-toc-tables-html"):
        for item in meeting.items:
            assert f"<a name='pkt{item.number}' id='pkt{item.number}'></a>" in html
            assert html.count(f"Punkt {item.number}. ") == 2
        assert html.count("Til toppen") == len(meeting.items)


def test_print_view_two_decisions_newest_first():
    for meeting, html in _html("t24-print-view-two-decisions-html"):
        assert not re.search(r"<(b|strong)\b", html)
        for item in _open(meeting):
            heads = [s.heading for s in item.sections]
            assert heads[:2] == ["Beslutning i Byrådet den 12-03-2024",
                                 "Beslutning i Økonomiudvalget den 05-03-2024"]
            part = html[html.index(f"Pkt. {item.number} – "):]
            assert part.index("den 12-03-2024") < part.index("den 05-03-2024") < part.index(
                "Resumé")


def test_aria_agenda_fields_only_in_footer():
    for meeting, html in _html("t24-aria-landmarks-agenda-html"):
        assert meeting.kind == "dagsorden" and not any(i.case_number for i in meeting.items)
        main, foot = html.split("</main>")
        assert meeting.place not in main and "12. marts 2024" not in main
        assert "role='contentinfo'" in foot and meeting.place in foot
        assert "<nav aria-label='Dagsordenens punkter'><ol><li>" in main
        last = meeting.items[-1].number
        for item in meeting.items:
            assert f"<p class='eyebrow'>Punkt {item.number} af {last}</p>" in main
        assert all(s.type != "beslutning" for i in meeting.items for s in i.sections)


def test_email_rules_and_attachments_last():
    for meeting, text in _text("t24-email-rules-attachments-txt"):
        assert text.startswith("Fra: ") and f"Emne: Referat fra mødet i {meeting.udvalg}" in text
        for item in meeting.items:
            assert re.search(rf"\n-{{72}}\nPKT\. {item.number}  \S.*\n(.*\n)*?-{{72}}\n", text)
        for item in _open(meeting):
            assert item.sections[-1].type == "bilag"


def test_export_fields_and_decisions_oldest_first():
    for meeting, text in _text("t24-committee-export-fields-txt"):
        assert text.startswith(f"MØDE:     {meeting.udvalg}\n")
        for item in meeting.items:
            assert f"=== PUNKT {item.number} ===\nTitel:    {item.title}\n" in text
        for item in _open(meeting):
            heads = [s.heading for s in item.sections if s.type == "beslutning"]
            assert heads == ["Beslutning, Økonomiudvalget 05.03.2024",
                             "Beslutning, Byrådet 12.03.2024"]


def test_pdf_copy_no_blank_lines_and_furniture_in_flow():
    for meeting, text in _text("t24-pdf-copy-hard-breaks-txt"):
        lines = text.rstrip("\n").split("\n")
        assert "" not in lines and "\f" not in text
        pages = sum(line.startswith("Side ") for line in lines)
        assert pages >= 2 and lines[-1] == f"Side {pages} af {pages}"
        header = f"{meeting.udvalg} | Referat | 12. marts 2024"
        assert lines.count(header) == pages - 1
        body = [x for x in lines if x != header and not x.startswith("Side ")]
        titles = {f"{i.number} {i.title}"[:40] for i in meeting.items}
        after = [lines[k + 1] for k, x in enumerate(lines) if x == header]
        assert any(not x.startswith(tuple(titles)) for x in after)  # a break inside an item
        for item in meeting.items:  # the contents' page numbers are right
            entry = next(x for x in body if re.match(rf"{item.number} .* \.+ \d+$", x))
            page = int(entry.rsplit(" ", 1)[1])
            start = next(k for k, x in enumerate(body)
                         if x.startswith(f"{item.number} {item.title}"[:60]) and "..." not in x)
            assert start // COPY_PAGE + 1 == page


def test_runin_pdf_number_and_case_on_one_line_decision_first():
    for meeting, pdf in _files("t24-runin-decision-first-pdf", ".pdf"):
        lines = list(_lines(pdf))
        for item in _open(meeting):
            number = next(x for x in lines if x[3] == f"Punkt {item.number}")
            case = f"Sagsnr. {item.case_number}"
            assert not item.case_number or any(
                x[3] == case and x[0] == number[0] and abs(x[2] - number[2]) < 1 and x[1] > 300
                for x in lines)
            assert item.sections[0].type == "beslutning"
        for s in (s for i in _open(meeting) for s in i.sections):
            head = next(x for x in lines if x[3].startswith(f"{s.heading}: "))
            assert head[4].endswith("Bold")  # run in: the text goes on on the heading's line


def test_cover_page_attachments_first_italic_headings():
    for meeting, pdf in _files("t24-cover-attachments-first-pdf", ".pdf"):
        lines = list(_lines(pdf))
        assert all(any(x[0] == 0 and x[3] == f"Sag {i.number}" for x in lines)
                   for i in meeting.items)
        assert not any(x[0] == 0 and x[3].startswith("SAG ") for x in lines)
        for item in _open(meeting):
            assert item.sections[0].type == "bilag"
            for s in item.sections:
                head = next(x for x in lines if x[3] == s.heading and x[0] > 0)
                assert head[4].endswith("Oblique")


def test_fields_only_in_the_footer():
    for meeting, pdf in _files("t24-footer-fields-caps-pdf", ".pdf"):
        lines = list(_lines(pdf))
        pages = max(x[0] for x in lines) + 1
        fields = [x for x in lines if meeting.place in x[3]]
        assert len(fields) == pages >= 2 and all(x[2] < 40 for x in fields)
        first = sorted((x for x in lines if x[0] == 0), key=lambda x: -x[2])
        assert first[0][3] == "Referat" and first[1][3] == f"Pkt. {meeting.items[0].number}."
        assert all(s.heading.isupper() for i in meeting.items for s in i.sections)
        for item in meeting.items:
            assert any(x[3] == f"Pkt. {item.number}." for x in lines)
