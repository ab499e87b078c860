"""The test37 layouts (benchmarks/layouts/generate37.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate37.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout, the
content stream's operators, tags stripped from HTML, the standard library), never with
referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import re

import pytest

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate36 import _exact
from benchmarks.layouts.generate37 import COLUMN_X, HEAD_X, INSIDE_X, LAYOUTS37, RIGHT
from benchmarks.layouts.score import _norm
from tests.layout_sets import (
    check_formats,
    check_section_types,
    check_unchanged,
    open_items,
    pdf_lines,
    rendered_lines,
    renderings,
    set_checks,
)

pytestmark = pytest.mark.skipif(not (CORPUS / "greve").is_dir(), reason="needs the corpus")

FURNITURE = re.compile(r"^\f?(Side \d+(/\d+| af \d+)?|Udskrevet .*)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main 6c00d6a when test37 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31", "test32", "test33", "test34", "test35", "test36")
LINE_NUMBER = re.compile(r"^ {0,3}\d+(  |$)", re.M)
RIGHT_NUMBER = re.compile(r" +(pkt\. \d+)$", re.M)


def _line_numbers_off(suffix: str, data: bytes) -> str:
    """The protocol's text without each line's number."""
    return " " + _norm(LINE_NUMBER.sub("", data.decode())) + " "


def _numbers_last(suffix: str, data: bytes) -> str:
    """The text with the "pkt. N" at the titles' line ends moved to its end, so a wrapped
    title reads on."""
    text = data.decode()
    return " " + _norm(RIGHT_NUMBER.sub("", text) + " " + " ".join(RIGHT_NUMBER.findall(text))
                       ) + " "


READ = {"t37-line-numbered-protocol-txt": _line_numbers_off,
        "t37-right-number-two-decisions-newest-txt": _numbers_last}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test37", LAYOUTS37, 12, FURNITURE, READ, prefix="t37-")


def _found(pattern: str, text: str) -> list:
    """Every match of `pattern` in `text`, its groups unescaped (HTML)."""
    return [tuple(map(html.unescape, x)) if isinstance(x, tuple) else html.unescape(x)
            for x in re.findall(pattern, text)]


def _headings(meeting) -> list[str]:
    return [s.heading for i in meeting.items for s in i.sections]


def test_formats_and_section_types():
    check_formats(LAYOUTS37, 6, 3, 3)
    check_section_types(LAYOUTS37)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (549, "e7eda3d572ff0dc28d9736385c4c3f7d948a1b769965246ec5747b0c"
                                   "f0d15b19"))


def test_every_glyph_shown_alone():
    for meeting, pdf in renderings("t37-glyph-runs-report-pdf", ".pdf", SEEDS):
        glyphs = re.findall(rb"Tm \(((?:[^()\\]|\\.)*)\) Tj", pdf)
        assert glyphs and all(len(re.sub(rb"\\(.)", rb"\1", g)) == 1 for g in glyphs)
        shown = re.findall(rb"Td \(((?:[^()\\]|\\.)*)\) Tj", pdf)  # the header and footers
        assert b"( ) Tj" not in pdf and all(x.startswith((b"Side", b"Udskrevet")) for x in shown)
        lines = list(pdf_lines(pdf))
        for item in meeting.items:
            mark = next(x for x in lines if x[3] == f"Pkt. {item.number}")
            assert round(mark[1]) == 56
            assert any(round(x[1]) == COLUMN_X and abs(x[2] - mark[2]) < 1
                       and item.title.startswith(x[3].split()[0]) for x in lines)


def test_number_and_case_only_in_the_footers():
    for meeting, lines in rendered_lines("t37-footer-number-case-pdf"):
        pages = sorted({x[0] for x in lines})
        assert len(pages) >= len(meeting.items) + 1
        current = None
        for page in pages[1:]:
            own = [x for x in lines if x[0] == page]
            top = max(own, key=lambda x: x[2])
            current = next((i for i in meeting.items if i.title.startswith(top[3])), current)
            foot = [x[3] for x in own if round(x[1]) == 56 and x[2] < 40]
            mark = ["Lukket punkt"] if current.closed else [
                f"Sagsnr. {current.case_number}"] * bool(current.case_number)
            assert foot == [" · ".join([f"Punkt {current.number}", *mark])], (page, foot)
        body = [x[3] for x in lines if x[2] > 40]
        assert not any(x.startswith("Punkt ") or "Sagsnr." in x for x in body)


def test_three_decisions_first_newest_first():
    for meeting, pdf in renderings("t37-times-three-decisions-on-top-pdf", ".pdf", SEEDS):
        assert b"/BaseFont /Times-Roman" in pdf and b"/Helvetica" not in pdf
        for item in open_items(meeting):
            assert [s.heading for s in item.sections[:3]] == [
                "Byrådets beslutning den 12. marts 2024",
                "Økonomiudvalgets beslutning den 5. marts 2024",
                "Teknisk Udvalgs beslutning den 20. februar 2024"]
            assert all(s.type != "beslutning" for s in item.sections[3:])
        text = [x[3] for x in pdf_lines(pdf)]
        for item in meeting.items:
            assert any(x.startswith(f"Punkt {item.number} – ") for x in text)


def test_headings_flush_right():
    for meeting, pdf in renderings("t37-right-aligned-heads-pdf", ".pdf", SEEDS):
        heads = [(float(x), html.unescape(t.decode("cp1252"))) for x, t in re.findall(
            rb"BT /F2 10\.0 Tf ([\d.]+) [\d.]+ Td \(((?:[^()\\]|\\.)*)\) Tj ET", pdf)]
        assert [t for _, t in heads] == _headings(meeting)
        assert all(abs(x + _exact(t, 10, "Helvetica-Bold") - RIGHT) < 0.1 for x, t in heads)
        for line in (meeting.udvalg, meeting.place):
            assert re.search(rb"BT /F\d 1[06]\.0 Tf ([\d.]+) [\d.]+ Td \(%s\) Tj"
                             % re.escape(line.encode("cp1252")), pdf)
        text = [x[3] for x in pdf_lines(pdf)]
        for item in meeting.items:
            assert any(x.startswith(f"{item.number} – ") for x in text)


def test_case_above_number_below():
    for meeting, lines in rendered_lines("t37-case-above-number-below-agenda-pdf"):
        assert meeting.kind == "dagsorden"
        texts = [x[3] for x in lines]
        for item in meeting.items:
            below = texts.index(f"Dagsordenspunkt {item.number}")
            title = item.title.split()[0]
            start = max(k for k in range(below) if texts[k].startswith(title))
            mark = "Lukket punkt" if item.closed else f"Sagsnr. {item.case_number}"
            assert not (item.closed or item.case_number) or texts[start - 1] == mark
        heads = [x for x in lines if round(x[1]) == HEAD_X and x[4].fontname == "Helvetica-Bold"]
        assert [x[3] for x in heads] == _headings(meeting)
    for meeting, pdf in renderings("t37-case-above-number-below-agenda-pdf", ".pdf", SEEDS):
        assert pdf.count(b" 5 5 re f") == len(_headings(meeting))


def test_items_framed_with_the_number_on_the_frame():
    for meeting, pdf in renderings("t37-framed-items-legend-number-pdf", ".pdf", SEEDS):
        legends = re.findall(rb"1 g [\d.]+ ([\d.]+) [\d.]+ 10 re f 0 g\nBT /F2 9\.0 Tf %.1f "
                             rb"([\d.]+) Td \(Punkt (\d+)\) Tj ET" % INSIDE_X, pdf)
        assert [x[2].decode() for x in legends] == [i.number for i in meeting.items]
        assert pdf.count(b" re S") >= len(meeting.items)
        frames = re.findall(rb"0\.6 w 50 ([\d.]+) 495 ([\d.]+) re S", pdf)
        assert all(float(h) > 0 for _, h in frames)
        assert not any(x[3].startswith("Punkt") and x[4].size > 9.5 for x in pdf_lines(pdf))


def test_wordpress_blocks_number_in_the_table():
    for meeting, text in renderings("t37-wp-blocks-meta-table-closed-last-html", ".html", SEEDS):
        assert [i.closed for i in meeting.items][-1] and sum(i.closed for i in meeting.items) == 1
        assert _found(r"<h2 class='wp-block-heading'>(.*?)</h2>", text) == [
            i.title for i in meeting.items]
        assert _found(r"<tr><td>Punkt</td><td>(\d+)</td></tr>", text) == [
            i.number for i in meeting.items]
        assert text.count("<!-- wp:heading") == 1 + len(meeting.items) + len(_headings(meeting))
        assert text.index("<strong>Lukket del</strong>") > text.rindex("wp-block-group")
        for item in open_items(meeting):
            row = f"<tr><td>Sagsnr.</td><td>{item.case_number}</td></tr>"
            assert (row in text) == bool(item.case_number)


def test_sections_as_radio_tabs():
    for meeting, text in renderings("t37-radio-tabs-two-decisions-html", ".html", SEEDS):
        assert _found(r"<label for='t\d+-\d+'>(.*?)</label>", text) == _headings(meeting)
        assert text.count("type='radio'") == len(_headings(meeting))
        assert _found(r"<h2><span class='nr'>(\d+)\.</span> (.*?)</h2>", text) == [
            (i.number, i.title) for i in meeting.items]
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Beslutning, Økonomiudvalget 5. marts 2024", "Beslutning, Byrådet 12. marts 2024"]


def test_figures_with_captions():
    for meeting, text in renderings("t37-figure-caption-fields-row-html", ".html", SEEDS):
        assert not re.search(r"<h[2-6]\b", text)
        assert _found(r"<figcaption><b>Punkt (\d+):</b> (.*?)(?:<br>|</figcaption>)", text) == [
            (i.number, i.title) for i in meeting.items]
        assert _found(r"<p><b><i>(.*?)</i></b></p>", text) == _headings(meeting)
        assert (f"<tr><td>{html.escape(meeting.udvalg, quote=False)}</td><td>{DATE_LONG}</td>"
                in text)


def test_every_line_numbered():
    for meeting, text in renderings("t37-line-numbered-protocol-txt", ".txt", SEEDS):
        lines = text.splitlines()
        assert [int(x[:4]) for x in lines] == list(range(1, len(lines) + 1))
        assert all(x[4:6] == "  " or len(x) == 4 for x in lines)
        for item in meeting.items:
            assert any(x[6:].startswith(f"{item.number}. ") for x in lines)


def test_number_at_the_title_lines_end():
    for meeting, text in renderings("t37-right-number-two-decisions-newest-txt", ".txt", SEEDS):
        lines = text.splitlines()
        for item in meeting.items:
            line = next(x for x in lines if x.endswith(f" pkt. {item.number}"))
            assert len(line) == 72 and item.title.startswith(line[:60].split("  ")[0].strip())
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Byrådets beslutning 12. marts 2024", "Økonomiudvalgets beslutning 5. marts 2024"]
            for s in item.sections:
                assert f"\n{s.heading}: " in text


def test_paren_numbers_crlf_agenda():
    for meeting, data in renderings("t37-paren-number-indented-agenda-txt", ".txt", SEEDS):
        assert meeting.kind == "dagsorden"
        assert "\n" not in data.replace("\r\n", "")
        lines = data.split("\r\n")
        for item in meeting.items:
            assert any(x.startswith(f"({item.number}) ") for x in lines)
        assert [x[4:-1] for x in lines if x.startswith("    ") and x.endswith(":")
                and not x.startswith("     ")] == _headings(meeting)
        assert "    Lukket punkt" in lines
