"""The test28 layouts (benchmarks/layouts/generate28.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate28.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout,
tags stripped from HTML), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate28 import BOX_WIDTH, GROUPS, LAYOUTS28, MAIL_HEAD, RUNNING
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    check_formats,
    check_section_types,
    check_unchanged,
    documents,
    open_items,
    pdf_lines,
    plain,
    rendered_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?|Referat – .* – 12-03-2024|Byrådet 12\.03\.2024"
                       r"|Dagsorden – .* – 12\. marts 2024)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main when test28 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25")
BOX_RULE = re.compile(r"\+-[-+]*\+")


def _unboxed(suffix: str, data: bytes) -> str:
    """A rendering drawn as text tables, read with the tables' rules and bars left out."""
    text = plain(suffix, data, FURNITURE)
    return " " + _norm(BOX_RULE.sub(" ", text).replace("|", " ")) + " "


def _runs_joined(suffix: str, data: bytes) -> str:
    """Word Online's page with its runs joined as a browser shows them (no space between
    two spans), other tags read as spaces."""
    joined = re.sub(r"</?span[^>]*>", "", data.decode()).replace("&nbsp;", " ")
    return " " + _norm(html.unescape(re.sub(r"<[^>]+>", " ", joined))) + " "


def _margin_first(suffix: str, data: bytes) -> str:
    """A PDF with a right-hand margin column, read line by line down each page, the margin's
    heading before the text line it stands beside (pdfminer's own text puts the column
    after the page's text)."""
    lines = sorted(pdf_lines(data), key=lambda x: (x[0], -round(x[2]), x[1] < 429))
    return plain(".txt", "\n".join(x[3] for x in lines).encode(), FURNITURE)


def _left_of_notes(suffix: str, data: bytes) -> str:
    """The landscape dagsorden read line by line down each page without its notes column
    (a label and ruled lines beside each title, no text of the item)."""
    lines = sorted((x for x in pdf_lines(data) if x[1] < 579), key=lambda x: (x[0], -round(x[2])))
    return plain(".txt", "\n".join(x[3] for x in lines).encode(), FURNITURE)


def _list_numbers(suffix: str, data: bytes) -> str:
    """LibreOffice's page with each <ol start='N'> shown as a browser shows it, "N." before
    its first entry."""
    shown = re.sub(r"<ol start='(\d+)'><li>", r" \1. ", data.decode())
    return plain(suffix, shown.encode(), FURNITURE)


def _utf16(suffix: str, data: bytes) -> str:
    return " " + _norm(FURNITURE.sub(" ", data.decode("utf-16"))) + " "


READ = {"t28-courier-boxed-head-pdf": _unboxed, "t28-ascii-table-rows-txt": _unboxed,
        "t28-word-online-runs-html": _runs_joined, "t28-right-margin-heads-pdf": _margin_first,
        "t28-notepad-utf16-crlf-txt": _utf16, "t28-landscape-notes-column-pdf": _left_of_notes,
        "t28-libreoffice-western-html": _list_numbers}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test28", LAYOUTS28, 12, FURNITURE, READ, prefix="t28-")


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (417, "251955eafaf781717cda0a7dae71c883"
                                   "c7e0737a5564dc1be2251c128ad8ca7a"))


def test_formats_mixed():
    check_formats(LAYOUTS28, 6, 3, 2)


def test_every_section_type_is_a_known_one():
    check_section_types(LAYOUTS28)


def _beside(lines, line, x_min: float) -> bool:
    return any(x[1] >= x_min and x[0] == line[0] and abs(x[2] - line[2]) < 1 for x in lines)


def test_guillemet_headings_italic_under_agenda_point_line():
    for meeting, lines in rendered_lines("t28-libreoffice-times-guillemet-pdf"):
        for item in meeting.items:
            point = next(x for x in lines if x[3] == f"Dagsordenpunkt {item.number}")
            assert "Bold" in point[4].fontname
            for s in item.sections:
                head = next(x for x in lines if x[3] == f"» {s.heading}")
                assert "Italic" in head[4].fontname


def test_region_groups_and_two_decisions():
    for meeting, lines in rendered_lines("t28-region-board-groups-pdf"):
        texts = [x[3] for x in lines if not x[3].startswith("Side ")]
        assert [t for t in texts if t in GROUPS] == list(GROUPS)
        half = (len(meeting.items) + 1) // 2
        second = next(k for k, t in enumerate(texts)
                      if t.startswith(f"Punkt {meeting.items[half].number}. "))
        assert texts[second - 1] == GROUPS[1]
        for item in open_items(meeting):
            kinds = [s.heading for s in item.sections if s.type == "beslutning"]
            assert kinds == ["Forretningsudvalgets beslutning den 5. marts 2024",
                             "Regionsrådets beslutning"]


def test_right_margin_heads_beside_text():
    for meeting, lines in rendered_lines("t28-right-margin-heads-pdf"):
        for item in meeting.items:
            title = next(x for x in lines if x[3].startswith(f"{item.number}. ") and x[1] < 60)
            if item.case_number:
                case = next(x for x in lines if x[3] == f"Sagsnr. {item.case_number}")
                assert case[1] >= 429 and abs(case[2] - title[2]) < 1
            for s in item.sections:
                head = next(x for x in lines if x[3] == s.heading and x[1] >= 429)
                assert any(x[1] < 60 and x[0] == head[0] and abs(x[2] - head[2]) < 1
                           for x in lines)


def test_running_number_beside_point_and_absence_line():
    for meeting, lines in rendered_lines("t28-word-running-number-pdf"):
        for item in meeting.items:
            point = next(x for x in lines if x[3] == f"Punkt {item.number}")
            run = next(x for x in lines if x[3] == f"Løbenr. {RUNNING + int(item.number)}")
            assert run[1] > 400 and run[0] == point[0] and abs(run[2] - point[2]) < 1
        for item in open_items(meeting):
            assert "Fraværende: " in item.sections[-1].text


def test_courier_heads_are_text_tables():
    for meeting, pdf in renderings("t28-courier-boxed-head-pdf", ".pdf", SEEDS):
        assert b"/BaseFont /Courier" in pdf and b"Helvetica" not in pdf
        lines = [x[3] for x in pdf_lines(pdf)]
        boxed = [x for x in lines if x.startswith(("|", "+"))]
        assert boxed and all(len(x) == BOX_WIDTH for x in boxed)
        for item in meeting.items:
            assert any(re.fullmatch(rf"\| Pkt\. +\| {item.number} +\|", x) for x in lines)


def test_landscape_notes_column_beside_titles():
    for meeting, lines in rendered_lines("t28-landscape-notes-column-pdf"):
        assert meeting.kind == "dagsorden"
        notes = [x for x in lines if x[3] == "Notater"]
        assert len(notes) == len(meeting.items) and all(x[1] >= 579 for x in notes)
        for item in meeting.items:
            number = next(x for x in lines if x[1] < 60 and (x[3] + " ").startswith(
                f"{item.number}. "))
            assert _beside(lines, number, 579)
    for _, pdf in renderings("t28-landscape-notes-column-pdf", ".pdf", (1,)):
        assert b"/MediaBox [0 0 842 595]" in pdf and b" l S" in pdf


def test_word_online_runs_cut_inside_words():
    for meeting, text in renderings("t28-word-online-runs-html", ".html", SEEDS):
        assert re.search(r"\w</span></span><span class='TextRun[^>]*><span[^>]*>\w", text)
        spaced = plain(".html", text.encode(), FURNITURE)
        assert any(f" {_norm(item.title)} " not in spaced for item in meeting.items)
        assert text.count("<span class='EOP'") == text.count("<p class='Paragraph'")
        assert text.count("role='heading' aria-level='2'") == len(meeting.items) + 1


def test_libreoffice_titles_numbered_only_by_ol_start():
    for meeting, text in renderings("t28-libreoffice-western-html", ".html", SEEDS):
        for item in meeting.items:
            assert (f"<ol start='{item.number}'><li><h2 class='western'>"
                    f"{html.escape(item.title, quote=False)}</h2>") in text
        assert "<div title='header'>" in text and "<sdfield type=PAGE" in text


def test_pandoc_numbered_sections():
    for meeting, text in renderings("t28-pandoc-numbered-sections-html", ".html", SEEDS):
        for item in meeting.items:
            assert (f"<h2 data-number='{item.number}'><span class='header-section-number'>"
                    f"{item.number}</span> ") in text
            for k, s in enumerate(item.sections, start=1):
                assert s.heading.startswith(f"{item.number}.{k} ")
                assert f"<h3 data-number='{item.number}.{k}'>" in text
        assert "<nav id='TOC'" in text


def test_forwarded_mail_quotes_the_referat():
    for meeting, text in renderings("t28-forwarded-blockquote-html", ".html", SEEDS):
        head, quoted = text.split("<blockquote type='cite'>")
        assert all(value.split(" <")[0] in head for _, value in MAIL_HEAD)
        assert "13 Mar 2024" in head and "12. marts 2024" in quoted
        for item in meeting.items:
            assert f"<div><b>{item.number}. " in quoted
            assert all(f"<div><i>{html.escape(s.heading)}</i></div>" in quoted
                       for s in item.sections)


def test_ascii_tables_rows_per_section():
    for meeting, text in renderings("t28-ascii-table-rows-txt", ".txt", SEEDS):
        table = [x for x in text.splitlines() if x.startswith(("|", "+"))]
        assert all(len(x) == 90 for x in table)
        for item in meeting.items:
            assert re.search(rf"^\| Punkt +\| {item.number} +\|$", text, re.M)
            for s in item.sections:
                assert re.search(rf"^\| {re.escape(s.heading)} +\| ", text, re.M)


def test_notepad_unicode_utf16_crlf():
    for meeting, files in documents("t28-notepad-utf16-crlf-txt", SEEDS):
        assert files[".txt"][:2] == b"\xff\xfe"
        text = files[".txt"].decode("utf-16")
        assert "\n" not in text.replace("\r\n", "")
        for item in meeting.items:
            assert f"\r\n{item.number}) {item.title}\r\n" in text
            for s in item.sections:
                assert f"\r\n{s.heading}: {s.text.splitlines()[0]}\r\n" in text
