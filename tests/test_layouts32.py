"""The test32 layouts (benchmarks/layouts/generate32.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate32.py.

Rendered files are read back with plain means (pdfminer's own text extraction, layout and
outlines, tags stripped from HTML, an iCalendar file unfolded and unescaped by its RFC 5545
rules), never with referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate32 import COLUMNS, LAYOUTS32, PAGE_LINES
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

FURNITURE = re.compile(
    r"^\f?(Side \d+( af \d+)?|\d+/\d+|12\.03\.2024 09\.41|Dagsorden - .*|https://\S+"
    r"|.* · Referat|.*REFERAT 12\.03\.2024 +SIDE +\d+|PKT\. SAGSNR\. +EMNE|=+)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main 73e5bfa when test32 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31")


def _outlines(pdf: bytes) -> list[str]:
    return [title for _, title, *_ in PDFDocument(PDFParser(io.BytesIO(pdf))).get_outlines()]


def _with_bookmarks(suffix: str, data: bytes) -> str:
    """The merged PDF's words and its bookmarks' titles."""
    return plain(suffix, data, FURNITURE) + plain(".txt", "\n".join(_outlines(data)).encode(),
                                                   FURNITURE)


def _unpadded(suffix: str, data: bytes) -> str:
    """The mainframe print with its item numbers' leading zeros dropped."""
    return plain(suffix, re.sub(rb"(?m)^0+(\d)", rb"\1", data), FURNITURE)


def _unfolded(data: bytes) -> str:
    """An iCalendar file's content lines unfolded and their text values unescaped."""
    text = data.decode().replace("\r\n ", "")
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], text)


def _by_columns(suffix: str, data: bytes) -> str:
    """The columned PDF read in its order: on each page, top down, the lines that span the
    page, and between them the column lines each column after the other."""
    out: list[str] = []
    band: list[tuple] = []
    for x in sorted(pdf_lines(data), key=lambda x: (x[0], -x[2])):
        if round(x[1]) in COLUMNS and round(x[4].size) == 9:
            band.append(x)
            continue
        out += [y[3] for y in sorted(band, key=lambda y: (COLUMNS.index(round(y[1])), -y[2]))]
        band = []
        out.append(x[3])
    out += [y[3] for y in sorted(band, key=lambda y: (COLUMNS.index(round(y[1])), -y[2]))]
    return plain(".txt", "\n".join(out).encode(), FURNITURE)


READ = {"t32-balanced-three-columns-pdf": _by_columns,
        "t32-merged-case-documents-bookmarks-pdf": _with_bookmarks,
        "t32-mainframe-caps-columns-txt": _unpadded,
        "t32-ics-invitation-txt": lambda suffix, data: plain(
            suffix, _unfolded(data).encode(), FURNITURE)}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test32", LAYOUTS32, 12, FURNITURE, READ, prefix="t32-")


def test_formats_and_section_types():
    check_formats(LAYOUTS32, 6, 3, 2)
    check_section_types(LAYOUTS32)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (489, "868fbe64bab96c75593bb03321e7632446c23e3c"
                                   "230d7fef3e9d00528000a8f3"))


def test_pages_stored_portrait_and_turned():
    for _, pdf in renderings("t32-rotated-landscape-print-pdf", ".pdf", SEEDS):
        pages = pdf.count(b"/Type /Page ")
        assert pdf.count(b"/MediaBox [0 0 595 842] /Rotate 90") == pages
        assert pdf.count(b"0 1 -1 0 595 0 cm") == pages
        lines = [x for x in pdf_lines(pdf)]
        assert max(x[1] for x in lines) > 595  # laid out across the turned page
        assert all(x[4].upright for x in lines)


def test_subset_fonts_only():
    for meeting, pdf in renderings("t32-word-subset-fonts-pdf", ".pdf", SEEDS):
        assert b"/WinAnsiEncoding" not in pdf and pdf.count(b"/Encoding /Identity-H") == 2
        assert b"/ToUnicode" in pdf and b"ABCDEG+Helvetica-Bold" in pdf
        assert not re.search(rb"\) ?T[jJ]", pdf)  # every string a hex string
        assert meeting.items[0].title.encode("cp1252", "replace") not in pdf
        fonts = {x[4].fontname for x in pdf_lines(pdf)}
        assert fonts == {"ABCDEF+Helvetica", "ABCDEG+Helvetica-Bold"}


def test_numbers_only_in_bookmarks():
    for meeting, pdf in renderings("t32-merged-case-documents-bookmarks-pdf", ".pdf", SEEDS):
        assert _outlines(pdf) == [f"{i.number}. {i.title}" for i in meeting.items]
        lines = list(pdf_lines(pdf))
        assert not any(re.match(rf"(Punkt |Pkt\. )?{i.number}\b", x[3]) and x[4].size > 10
                       for i in meeting.items for x in lines)
        assert all(x[3] != f"Punkt {i.number}" for i in meeting.items for x in lines)
        firsts = [x[0] for x in lines if x[3].startswith("Side 1 af ")]
        assert len(firsts) == len(meeting.items)  # each item's pages counted from 1


def test_three_balanced_columns():
    for meeting, lines in rendered_lines("t32-balanced-three-columns-pdf"):
        xs = {round(x[1]) for x in lines}
        assert set(COLUMNS) <= xs
        body = [x for x in lines if round(x[4].size) == 9 and round(x[1]) in COLUMNS[1:]]
        assert len(body) > len(meeting.items) * 4
        assert max(x[1] + _width(x[3], 9, False) for x in lines if round(x[1]) == COLUMNS[0]
                   and round(x[4].size) == 9) < COLUMNS[1] - 16


def test_three_decisions_oldest_first_oblique():
    for meeting, lines in rendered_lines("t32-three-bodies-oblique-pdf"):
        for item in open_items(meeting):
            assert [s.heading.split(",")[0] for s in item.sections if s.type == "beslutning"
                    ] == ["Social- og Sundhedsudvalget", "Økonomiudvalget", "Byrådet"]
        heads = [x for x in lines if re.fullmatch(r"[^,]+, \d+\. \w+ 2024", x[3])]
        assert heads and all(x[4].fontname == "Helvetica-Oblique" for x in heads)
        for item in meeting.items:
            assert any(x[3].startswith(f"{item.number} ") and x[4].fontname == "Helvetica-Bold"
                       for x in lines)


def test_word_runs_at_size_one():
    for meeting, pdf in renderings("t32-browser-print-word-runs-pdf", ".pdf", SEEDS):
        body = pdf.split(b"stream")
        assert not re.search(rb"/F[12] (?!1 Tf)[\d.]+ Tf 10\.5", pdf)
        assert pdf.count(b" Tm (") > 500 and not re.search(rb" Tm \([^)]* ", pdf)
        assert len(body) > 2 and meeting.kind == "dagsorden"
        for item in meeting.items:
            assert re.search(rb"re f 1 g\nBT /F2 1 Tf 11\.00 0 0 11\.00 [\d.]+ [\d.]+ Tm "
                             rb"\(%s\) Tj ET\n0 g" % item.number.encode(), pdf)


def test_checkboxes_tick_the_status():
    for meeting, lines in rendered_lines("t32-checkbox-status-form-pdf"):
        ticks = [x for x in lines if x[3].startswith("X")]
        assert len(ticks) == len(meeting.items)
        for item, tick in zip(meeting.items, sorted(ticks, key=lambda x: (x[0], -x[2])),
                              strict=True):
            assert (tick[1] > 150) == item.closed
        assert sum("Lukket punkt" in x[3] for x in lines) == len(meeting.items)


def test_next_data_repeats_the_meeting():
    for meeting, text in renderings("t32-nextjs-data-html", ".html", SEEDS):
        data = json.loads(re.search(r"<script id='__NEXT_DATA__'[^>]*>(.*?)</script>", text,
                                    re.S)[1])
        items = data["props"]["pageProps"]["meeting"]["punkter"]
        assert [(i["nummer"], i["titel"]) for i in items] == [
            (i.number, i.title) for i in meeting.items]
        assert [len(i["afsnit"]) for i in items] == [len(i.sections) for i in meeting.items]
        assert text.count("data-testid='agenda-item'") == len(meeting.items)


def test_heading_levels_inverted():
    for meeting, text in renderings("t32-landmarks-inverted-levels-html", ".html", SEEDS):
        assert text.count("<h5 ") == len(meeting.items) and not re.search(r"<h[246]\b", text)
        assert text.count("<h3>") == sum(len(i.sections) for i in meeting.items)
        assert all(f"role='{r}'" in text for r in ("banner", "main", "complementary"))
        assert text.index("<aside") < text.index("<main")


def test_every_label_a_standard_header():
    for meeting, text in renderings("t32-sharepoint-formtable-html", ".html", SEEDS):
        assert text.count("<table class='ms-formtable'") == len(meeting.items) + 1
        labels = re.findall(r"<h3 class='ms-standardheader'><nobr>([^<]*)</nobr>", text)
        assert labels.count("Punkt") == labels.count("Titel") == labels.count("Status")
        assert labels.count("Status") == len(meeting.items)
        assert re.findall(r"Status</nobr></h3></td><td[^>]*>(\w+)<", text) == [
            "Lukket" if i.closed else "Åben" for i in meeting.items]


def test_mainframe_print_in_capitals():
    for meeting, text in renderings("t32-mainframe-caps-columns-txt", ".txt", SEEDS):
        pages = text.split("\f")
        assert all(len(p.splitlines()) <= PAGE_LINES for p in pages) and len(pages) >= 2
        rest = [x for x in text.splitlines()
                if not x.startswith(("Udvalg ..", "Mødedato ..", "Mødested .."))]
        assert all(x == x.upper() for x in rest)
        for item in meeting.items:
            case = "LUKKET" if item.closed else item.case_number
            assert re.search(rf"(?m)^{item.number.zfill(3)}  {re.escape(case)} ", text)
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "BESLUTNING I ØKONOMIUDVALGET 05.03.2024", "BESLUTNING I BYRÅDET 12.03.2024"]


def test_calendar_folded_at_75_octets():
    for meeting, files in documents("t32-ics-invitation-txt", SEEDS):
        data = files[".txt"]
        lines = data.split(b"\r\n")
        assert lines[0] == b"BEGIN:VCALENDAR" and b"\n" not in data.replace(b"\r\n", b"")
        assert all(len(x) <= 75 for x in lines) and sum(x.startswith(b" ") for x in lines) > 20
        assert meeting.kind == "dagsorden"
        description = re.search(r"DESCRIPTION:(.*)", _unfolded(data), re.S)[1]
        for item in meeting.items:
            assert f"\n{item.number}) {item.title}\n" in description
