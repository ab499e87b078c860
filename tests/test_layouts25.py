"""The test25 layouts (benchmarks/layouts/generate25.py) generate, and their truth agrees with
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
from benchmarks.layouts.generate25 import BOARD, JOINT, LAYOUTS25, MEMBERS, VOTE_HEAD
from benchmarks.layouts.pdfwriter import _escape
from tests.layout_sets import (
    SECTION_TYPES,
    check_formats,
    check_rendered,
    check_split,
    documents,
    open_items,
    plain,
    words,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Fællesmøde .* · 12\. marts 2024"
                       r"|Byrådet – Referat – 12\.03\.2024)$\n?", re.M)
SEEDS = (1, 2, 3)
GENITIVE = {"t25-aeldreraad-wordpress-html": "s"}  # the udvalg printed only in the genitive


def _files(name: str, suffix: str):
    return [(meeting, files[suffix]) for meeting, files in documents(name, SEEDS)]


def test_split_is_the_module():
    check_split("test25", LAYOUTS25, 12)
    assert all(layout.name.startswith("t25-") for layout in LAYOUTS25)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", [layout.name for layout in LAYOUTS25])
def test_truth_is_printed_in_every_format(name, seed):
    check_rendered(name, seed, FURNITURE, udvalg_suffix=GENITIVE.get(name, ""))


def test_formats_mixed():
    check_formats(LAYOUTS25, 5, 4, 2)


def test_every_section_type_is_a_known_one():
    assert {kind for layout in LAYOUTS25 for kind, _ in layout.headings} <= SECTION_TYPES


def test_aeldreraad_number_and_title_on_one_baseline_oblique_headings():
    for meeting, pdf in _files("t25-aeldreraad-oblique-pdf", ".pdf"):
        assert not any(item.case_number for item in meeting.items)
        for item in meeting.items:
            runs = re.search(rb"BT /F2 12.0 Tf 56.0 ([\d.]+) Td \(Punkt %s\) Tj ET\n"
                             rb"BT /F2 12.0 Tf 128.0 \1 Td \(" % item.number.encode(), pdf)
            assert runs, item.title
            for s in item.sections:
                assert re.search(rb"BT /F3 10.0 Tf 56.0 [\d.]+ Td \(%s\) Tj"
                                 % re.escape(_escape(s.heading)), pdf), s.heading
        assert b"/BaseFont /Helvetica-Oblique" in pdf


def test_joint_meeting_two_committees_decide():
    for meeting, pdf in _files("t25-joint-meeting-two-decisions-pdf", ".pdf"):
        assert meeting.udvalg == " og ".join(JOINT)
        text = extract_text(io.BytesIO(pdf))
        for item in open_items(meeting):
            decisions = [s.heading for s in item.sections if s.type == "beslutning"]
            assert decisions == ["Børne- og Ungeudvalgets beslutning",
                                 "Kultur- og Fritidsudvalgets beslutning"]
            assert f"Nr. {item.number}: " in text


def test_region_case_numbers_and_vote_grid():
    for meeting, pdf in _files("t25-regionsraad-votes-grid-pdf", ".pdf"):
        text = extract_text(io.BytesIO(pdf))
        for item in open_items(meeting):
            assert not item.case_number or re.fullmatch(r"1-\d\d-\d\d-\d{1,2}-2[34]",
                                                        item.case_number)
            decision = next(s for s in item.sections if s.type == "beslutning")
            rows = decision.text.splitlines()
            assert VOTE_HEAD in rows and len(rows) - rows.index(VOTE_HEAD) >= 5
        assert text.count("Undlod") == len(open_items(meeting))
        assert pdf.count(b" l S") >= 6 * len(open_items(meeting))


def test_board_markers_closed_and_signatures():
    for meeting, pdf in _files("t25-utility-board-pdf", ".pdf"):
        assert meeting.udvalg == BOARD and not any(i.case_number for i in meeting.items)
        text = extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            assert f"Ad dagsordenens punkt {item.number}: " in text
        assert text.count("Fortroligt punkt") == sum(i.closed for i in meeting.items) == 1
        tail = text[text.index("Godkendt og underskrevet"):]
        assert all(name in tail for name in MEMBERS)


def test_long_items_start_pages_and_run_over_them():
    for meeting, pdf in _files("t25-long-items-times-pdf", ".pdf"):
        pages = extract_text(io.BytesIO(pdf)).split("\f")
        starts = [next(n for n, page in enumerate(pages) if f"\nPunkt {i.number}.\n" in page)
                  for i in meeting.items]
        assert starts == sorted(set(starts)) and starts[0] == 1
        assert max(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 2
        for item in open_items(meeting):
            assert item.sections[0].type == "beslutning"


def test_english_summary_block_after_resume():
    for meeting, html in _files("t25-english-summary-html", ".html"):
        html = html.decode()
        for item in open_items(meeting):
            kinds = [(s.type, s.heading) for s in item.sections]
            k = kinds.index(("resume", "Resumé"))
            assert kinds[k + 1] == ("resume", "Summary in English")
        assert html.count("<div lang='en' class='summary-en'><h3>Summary in English</h3>") == len(
            open_items(meeting))


def test_votes_table_with_caption():
    for meeting, html in _files("t25-votes-table-html", ".html"):
        html = html.decode()
        tables = re.findall(r"<table class='afstemning'><caption>Afstemning</caption>(.*?)"
                            r"</table>", html)
        assert len(tables) == len(open_items(meeting))
        for item, table in zip(open_items(meeting), tables, strict=True):
            rows = next(s for s in item.sections if s.type == "beslutning").text.splitlines()
            assert table.count("<tr>") == len(rows) - rows.index(VOTE_HEAD)
            assert f"<h2>Punkt {item.number} — " in html


def test_handicapraad_agenda_metadata_below_unnumbered_title():
    for meeting, html in _files("t25-handicapraad-agenda-html", ".html"):
        html = html.decode()
        assert meeting.kind == "dagsorden" and meeting.udvalg == "Handicaprådet"
        assert not re.search(r"<h2 class='punkt'>\s*\d", html)
        for item in meeting.items:
            assert f"</h2><ul class='meta'><li>Punkt: {item.number}</li>" in html
            assert not any(s.type == "beslutning" for s in item.sections)


def test_wordpress_runin_headings_and_genitive_udvalg():
    for meeting, html in _files("t25-aeldreraad-wordpress-html", ".html"):
        html = html.decode()
        text = plain(".html", html.encode(), FURNITURE)
        assert words(meeting.udvalg) not in text and words(meeting.udvalg + "s") in text
        for item in meeting.items:
            assert f"<h3>{item.number}. " in html
            for s in item.sections:
                assert f"<p><strong>{s.heading}:</strong> " in html


def test_region_three_decisions_oldest_first():
    for meeting, text in _files("t25-region-three-decisions-txt", ".txt"):
        text = text.decode()
        for item in open_items(meeting):
            heads = [s.heading for s in item.sections if s.type == "beslutning"]
            assert len(heads) == 3 and heads[-1].startswith("Beslutning i Regionsrådet")
            assert all(f"\n{h}\n" in text for h in heads)
            assert item.sections[-1].heading == heads[-1]
            assert f"Sag nr. {item.number}: " in text


def test_emdash_numbers_and_runin_headings():
    for meeting, text in _files("t25-emdash-runin-txt", ".txt"):
        text = text.decode()
        for item in meeting.items:
            assert f"\n{item.number} — {item.title}\n" in text
            for s in item.sections:
                assert f"\n{s.heading}: {s.text.splitlines()[0]}\n" in text


def test_bilingual_item_labels_and_summary():
    for meeting, text in _files("t25-bilingual-item-labels-txt", ".txt"):
        text = text.decode()
        for item in meeting.items:
            assert f"\nPunkt {item.number} (Item {item.number}): {item.title}\n" in text
        for item in open_items(meeting):
            assert [s.heading for s in item.sections][:2] == ["Resumé / Summary",
                                                              "Summary in English"]
        assert "Lukket punkt / Closed item" in text
