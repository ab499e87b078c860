"""The test35 layouts (benchmarks/layouts/generate35.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate35.py.

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
from benchmarks.layouts.generate35 import (
    BOX_X,
    EXCEL_HEAD,
    LAYOUTS35,
    LEADER,
    NUMERAL,
    TAB_X,
    TEXT_X,
    _summary,
)
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

FURNITURE = re.compile(r"^\f?(Side \d+ af \d+|– \d+ –)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main 8a98f2d when test35 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31", "test32", "test33", "test34")
TURNED = re.compile(rb"BT /F2 8 Tf 0 1 -1 0 ([\d.]+) ([\d.]+) Tm \(((?:[^()\\]|\\.)*)\) Tj ET")
COUNTER = re.compile(r"counter-reset:punkt (\d+)")


def _unescape(data: bytes) -> str:
    return re.sub(rb"\\(.)", rb"\1", data).decode("cp1252")


def _with_turned(suffix: str, data: bytes) -> str:
    """pdfminer's text and the turned labels' strings, which it reads one glyph to a line."""
    turned = " ".join(_unescape(x[2]) for x in TURNED.findall(data))
    return plain(suffix, data, FURNITURE) + _norm(turned) + " "


def _counted(suffix: str, data: bytes) -> str:
    """The page as a browser shows it: each item's <h2> preceded by its CSS counter."""
    text = data.decode()
    numbers = iter(range(int(COUNTER.search(text)[1]) + 1, 1000))
    shown = re.sub(r"<h2>", lambda _: f"<h2>{next(numbers)}. ", text)
    return plain(suffix, shown.encode(), FURNITURE)


def _latin1(suffix: str, data: bytes) -> str:
    return " " + _norm(data.decode("latin-1")) + " "


READ = {"t35-shaded-decision-turned-label-pdf": _with_turned,
        "t35-css-counter-numbers-html": _counted,
        "t35-cr-latin1-caps-punkt-agenda-txt": _latin1}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test35", LAYOUTS35, 12, FURNITURE, READ, prefix="t35-")


def test_formats_and_section_types():
    check_formats(LAYOUTS35, 6, 3, 3)
    check_section_types(LAYOUTS35)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (525, "4a84c7c547a54713f8396a278a263173f1b954ea873311ada789"
                                   "dce1a720e783"))


def test_outlined_numerals_beside_the_titles():
    for meeting, pdf in renderings("t35-outline-numeral-margin-pdf", ".pdf", SEEDS):
        outlined = re.findall(rb"BT 1 Tr 0\.8 w /F2 (\d+) Tf ([\d.]+) ([\d.]+) Td \((\d+)\) Tj "
                              rb"0 Tr ET", pdf)
        assert [x[3].decode() for x in outlined] == [i.number for i in meeting.items]
        assert all(int(x[0]) == NUMERAL and float(x[1]) == 56 for x in outlined)
        assert pdf.count(b" Tr ") == 2 * len(meeting.items)
        for (_, _, y, _), item in zip(outlined, meeting.items, strict=True):
            title = re.escape(item.title.split()[0].encode("cp1252"))
            assert re.search(rb"BT /F2 12\.0 Tf %.1f %s Td \(%s" % (TEXT_X, y, title), pdf)
        assert "Punktet er lukket." in " ".join(x[3] for x in pdf_lines(pdf))


def test_decision_summary_before_the_items():
    for meeting, lines in rendered_lines("t35-decision-summary-first-pdf"):
        texts = [x[3] for x in lines]
        summary, items = texts.index("Beslutningsoversigt"), texts.index("Sagsfremstillinger")
        assert summary < items
        part = lines[summary:items]
        numbers = [x[3] for x in part if round(x[1]) == 56 and x[3].isdigit()]
        assert numbers == [i.number for i in meeting.items]
        table = _norm(" ".join(x[3] for x in part))
        full = _norm(" ".join(texts[items:]))
        for item in meeting.items:
            decision = next((s.text for s in item.sections if s.type == "beslutning"), "")
            assert _norm("Lukket" if item.closed else _summary(decision)) in table
            assert _norm(f"Punkt {item.number}: {item.title}") in full
            assert not decision or _norm(decision) in full
        assert lines[0][0] == 0 and lines[next(k for k, x in enumerate(lines)
                                               if x[3] == "Sagsfremstillinger")][0] > 0


def test_headings_white_on_dark_labels():
    for meeting, pdf in renderings("t35-reverse-label-headings-pdf", ".pdf", SEEDS):
        white = [_unescape(x) for x in re.findall(
            rb"BT 1 g /F2 9\.0 Tf 58\.0 [\d.]+ Td \(((?:[^()\\]|\\.)*)\) Tj 0 g ET", pdf)]
        assert white == [s.heading for i in meeting.items for s in i.sections]
        assert pdf.count(b"0.2 g 54 ") == len(white)
        assert pdf.count(b"0.88 g 50 ") == len(meeting.items)
        for item in meeting.items:
            assert b"BT /F2 11.0 Tf 58.0 " in pdf and b"(Sag %s) Tj" % item.number.encode() in pdf


def test_tex_blocks_with_runin_headings():
    for meeting, pdf in renderings("t35-tex-blocks-runin-two-decisions-pdf", ".pdf", SEEDS):
        assert b"Helvetica" not in pdf and b"/Times-Italic" in pdf
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Økonomiudvalget 5. marts 2024.", "Byrådet 12. marts 2024."]
            for s in item.sections:
                run = b"/F2 11.0 Tf (%s ) Tj /F1 11.0 Tf (" % s.heading.encode("cp1252")
                assert pdf.count(run) >= 1, s.heading
        blocks = re.findall(rb"BT [\d.]+ TL .*? ET", pdf)
        assert len(blocks) > 20 and any(b" T* (" in x for x in blocks)
        for item in meeting.items:
            number = re.search(rb"BT /F2 13\.0 Tf 72\.0 ([\d.]+) Td \(%s\) Tj ET"
                               % item.number.encode(), pdf)
            assert re.search(rb"BT /F2 13\.0 Tf 92\.0 %s Td" % number[1], pdf)
        assert re.search(rb"\(\x96 1 \x96\) Tj", pdf)


def test_numbers_only_in_thumb_tabs():
    for meeting, pdf in renderings("t35-thumb-tab-number-agenda-pdf", ".pdf", SEEDS):
        tabs = re.findall(rb"0 g %d ([\d.]+) 50 30 re f\nBT 1 g /F2 14\.0 Tf ([\d.]+) ([\d.]+) "
                          rb"Td \((\d+)\) Tj 0 g ET" % TAB_X, pdf)
        assert [x[3].decode() for x in tabs] == [i.number for i in meeting.items]
        assert all(float(x[1]) > TAB_X for x in tabs)
        lines = list(pdf_lines(pdf))
        bold = [x for x in lines if x[4].fontname == "Helvetica-Bold" and abs(x[4].size - 14) < .5]
        titles = [x for x in bold if x[1] < TAB_X]
        assert all(round(x[1]) == 56 for x in titles)
        for item in meeting.items:  # each title's first line starts with the title
            assert any(x[3].startswith(item.title[:12]) for x in titles), item.title
        assert sorted(x[3] for x in bold if x[1] > TAB_X) == sorted(i.number for i in meeting.items)
        assert not any(x[3].startswith(("Punkt", "Pkt")) for x in lines)
        assert meeting.kind == "dagsorden"


def test_decision_box_with_a_turned_label():
    name = "t35-shaded-decision-turned-label-pdf"
    for meeting, pdf in renderings(name, ".pdf", SEEDS):
        turned = TURNED.findall(pdf)
        assert [_unescape(x[2]) for x in turned] == ["Beslutning"] * len(open_items(meeting))
        assert pdf.count(b"0.9 g 56 ") == len(turned)
        assert all(float(x[0]) < BOX_X for x in turned)
        assert not any(x[3] == "Beslutning" for x in pdf_lines(pdf))
        for item in meeting.items:
            y = re.search(rb"BT /F2 11\.0 Tf 56\.0 ([\d.]+) Td \(Punkt %s\) Tj ET"
                          % item.number.encode(), pdf)[1]
            title = re.escape(item.title.split()[0].encode("cp1252"))
            assert re.search(rb"BT /F2 11\.0 Tf 110\.0 %s Td \(%s" % (y, title), pdf)


def test_numbers_only_from_a_css_counter():
    for meeting, text in renderings("t35-css-counter-numbers-html", ".html", SEEDS):
        assert int(COUNTER.search(text)[1]) == int(meeting.items[0].number) - 1
        assert "h2::before{content:counter(punkt)" in text
        h2 = [html.unescape(x) for x in re.findall(r"<h2>(.*?)</h2>", text)]
        assert h2 == [i.title for i in meeting.items]


def test_excel_row_per_section():
    for meeting, text in renderings("t35-excel-rows-per-section-html", ".html", SEEDS):
        assert "<meta name=ProgId content=Excel.Sheet>" in text
        assert "".join(f"<td class=xl67>{x}</td>" for x in EXCEL_HEAD) in text
        rows = [[html.unescape(c) for c in re.findall(r"<td class=xl6\d[^>]*>(.*?)</td>", row)]
                for row in re.findall(r"<tr style='mso-height-source:userset'>(.*?)</tr>", text)]
        expected = [[i.number, i.title, i.case_number or "", s.heading]
                    for i in meeting.items for s in i.sections]
        expected += [[i.number, i.title, "", "Lukket"] for i in meeting.items if i.closed]
        assert sorted(r[:4] for r in rows) == sorted(expected)
        assert len(rows) == sum(max(1, len(i.sections)) for i in meeting.items)


def test_tinymce_inline_styles_fields_last():
    for meeting, text in renderings("t35-tinymce-inline-fields-last-html", ".html", SEEDS):
        assert not re.search(r"<(h\d|b|ul|ol|dl|section|article|header)\b", text)
        fields = text.index("Mødeoplysninger")
        assert text.index(html.escape(meeting.items[-1].title)) < fields
        assert DATE_LONG not in text[:fields] and html.escape(meeting.place) not in text[:fields]
        for item in meeting.items:
            head = (f"<p><span style=\"font-size: 12pt;\"><strong>Punkt {item.number}</strong>"
                    f"</span></p>\n<p><span style=\"font-size: 14pt;\">{html.escape(item.title)}"
                    "</span></p>")
            assert head in text


def test_meeting_only_in_the_front_matter():
    for meeting, text in renderings("t35-yaml-front-matter-md-txt", ".txt", SEEDS):
        front, body = text.split("---\n")[1], "---\n".join(text.split("---\n")[2:])
        assert f"udvalg: \"{meeting.udvalg}\"" in front and "dato: 2024-03-12" in front
        assert f"sted: \"{meeting.place}\"" in front
        assert DATE_LONG not in body and "Mødelokale" not in body
        for item in meeting.items:
            assert f"\n## {item.number} · {item.title}\n" in body


def test_dot_leader_labels_and_two_decisions():
    for meeting, text in renderings("t35-dot-leader-labels-two-decisions-txt", ".txt", SEEDS):
        for item in meeting.items:
            assert f"\nPunkt {'.' * (LEADER - 6)} {item.number}\n" in text
            assert f"\nTitel {'.' * (LEADER - 6)} {item.title[:20]}" in text
        for item in open_items(meeting):
            assert f"\nSagsnr. {'.' * (LEADER - 8)} {item.case_number}\n" in text
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Beslutning i Økonomiudvalget den 5. marts 2024",
                "Beslutning i Byrådet den 12. marts 2024"]
        assert all(len(x) <= 72 for x in text.splitlines())


def test_latin1_with_carriage_returns():
    for meeting, files in documents("t35-cr-latin1-caps-punkt-agenda-txt", SEEDS):
        data = files[".txt"]
        assert b"\n" not in data and data.count(b"\r") > 40
        with pytest.raises(UnicodeDecodeError):
            data.decode()
        lines = data.decode("latin-1").split("\r")
        for item in meeting.items:
            at = lines.index(f"PUNKT {item.number}")
            assert _norm(lines[at + 1]) == _norm(item.title)
        assert meeting.kind == "dagsorden"

