"""The test36 layouts (benchmarks/layouts/generate36.py) generate, and their truth agrees with
what every rendering prints: a broken generator fails here, not silently in a benchmark.
Every earlier split's documents are byte for byte what they were before generate36.py.

Rendered files are read back with plain means (pdfminer's own text extraction and layout, the
content stream's operators, tags stripped from HTML, the standard library), never with
referat's readers: this checks the generator, not them.
"""

from __future__ import annotations

import html
import io
import re

import pytest
from pdfminer.high_level import extract_text

from benchmarks.layouts.generate import CORPUS
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate36 import EDGE_X, HANG_X, LAYOUTS36, NEST, SIDE_X, TAGS
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

FURNITURE = re.compile(r"^\f?(Side \d+( af \d+)?)$\n?", re.M)
SEEDS = (1, 2, 3)
# the splits on main 43bb523 when test36 was written: their documents must not change
EARLIER = ("tune", "test", "test2", "test3", "tune3", "test3b", "tune4", "test4", "tune6",
           "stress", "stress-check", "test5", "tune5", "test5b", "test7", "test8", "test9",
           "test10", "test11", "test12", "test13", "test14", "test15", "test16", "tune7",
           "test17", "test18", "combo", "test19", "test20", "tune8", "test21", "test22",
           "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
           "test31", "test32", "test33", "test34", "test35")
TURNED = re.compile(rb"BT /F1 8 Tf 0 -1 1 0 (\d+) ([\d.]+) Tm \(((?:[^()\\]|\\.)*)\) Tj ET")
FOOTER = re.compile(r"^Referat · .* · Side \d+ af \d+$")


def _unescape(data: bytes) -> str:
    return re.sub(rb"\\(.)", rb"\1", data).decode("cp1252")


def _with_turned(suffix: str, data: bytes) -> str:
    """pdfminer's text without the turned lines, which it reads one glyph to a line among the
    page's lines, then the turned lines' strings from the content stream."""
    text = re.sub(r"^\S$\n?", "", extract_text(io.BytesIO(data)), flags=re.M)
    turned = " ".join(_unescape(x[2]) for x in TURNED.findall(data))
    return " " + _norm(FURNITURE.sub(" ", text) + " " + turned) + " "


def _letterhead(suffix: str, data: bytes) -> str:
    """pdfminer's text without each page's letterhead (its first line) and footer, then the
    first page's letterhead and footer once."""
    pages = [x.strip().splitlines() for x in extract_text(io.BytesIO(data)).split("\f")]
    pages = [x for x in pages if x]
    keep = [line for page in pages for line in page[1:] if not FOOTER.match(line)]
    once = [pages[0][0], next(x for x in pages[0] if FOOTER.match(x))]
    return " " + _norm("\n".join(keep + once)) + " "


def _without_tags(suffix: str, data: bytes) -> str:
    """pdfminer's text without the tags, which it reads between a title's first and second
    lines."""
    tags = "|".join([*TAGS, "Lukket"])
    text = re.sub(rf"^({tags})$\n?", "", extract_text(io.BytesIO(data)), flags=re.M)
    return " " + _norm(FURNITURE.sub(" ", text)) + " "


READ = {"t36-turned-case-right-edge-pdf": _with_turned,
        "t36-letterhead-footer-fields-pdf": _letterhead,
        "t36-tag-right-agenda-pdf": _without_tags}


test_split_is_the_module, test_truth_is_printed_in_every_format = set_checks(
    "test36", LAYOUTS36, 12, FURNITURE, READ, prefix="t36-")


def _heads(meeting) -> tuple[list[tuple[str, str]], list[str]]:
    """The items' (number, title) and every section's heading, in order."""
    return ([(i.number, i.title) for i in meeting.items],
            [s.heading for i in meeting.items for s in i.sections])


def _found(pattern: str, text: str) -> list:
    """Every match of `pattern` in `text`, its groups unescaped (HTML)."""
    return [tuple(map(html.unescape, x)) if isinstance(x, tuple) else html.unescape(x)
            for x in re.findall(pattern, text)]


def test_formats_and_section_types():
    check_formats(LAYOUTS36, 6, 3, 2)
    check_section_types(LAYOUTS36)


def test_earlier_splits_unchanged():
    check_unchanged(EARLIER, (537, "1cc3494b62c31035091ecf885cfa4fd860a65440f75cc6bb5e6f"
                                   "58250a648bc3"))


def test_letterhead_on_every_page_fields_in_footers():
    for meeting, lines in rendered_lines("t36-letterhead-footer-fields-pdf"):
        pages = sorted({x[0] for x in lines})
        for page in pages:
            own = [x for x in lines if x[0] == page]
            top = max(own, key=lambda x: x[2])
            assert top[3] == meeting.udvalg and top[4].fontname == "Helvetica-Bold"
            foot = min(own, key=lambda x: x[2])
            assert foot[3] == (f"Referat · {DATE_LONG} · {meeting.place} · Side {page + 1} "
                               f"af {len(pages)}")
        body = [x[3] for x in lines if not FOOTER.match(x[3])]
        assert not any(DATE_LONG in x or meeting.place in x for x in body)
        texts = [x[3] for x in lines]
        for item in meeting.items:
            assert f"Nr. {item.number}" in texts or any(
                x.startswith(f"Nr. {item.number} · ") for x in texts)
        assert f"Nr. {next(i for i in meeting.items if i.closed).number} · Lukket punkt" in texts


def test_side_headings_beside_their_texts():
    for meeting, lines in rendered_lines("t36-side-headings-number-after-pdf"):
        headings = [x for x in lines if round(x[1]) == 56 and x[4].fontname == "Helvetica-Bold"
                    and abs(x[4].size - 9) < .5]
        assert [x[3] for x in headings] == [s.heading for i in meeting.items for s in i.sections]
        text = {(x[0], round(x[2])) for x in lines if round(x[1]) == SIDE_X}
        assert all((x[0], round(x[2])) in text for x in headings)
        joined = _norm(" ".join(x[3] for x in lines if round(x[1]) == SIDE_X))
        for item in meeting.items:
            assert _norm(f"{item.title} (punkt {item.number})") in joined
            assert not item.case_number or any(x[3] == f"J.nr. {item.case_number}"
                                               and round(x[1]) == 56 for x in lines)


def test_word_heading_styles_numbered_in_blue():
    for meeting, pdf in renderings("t36-word-heading-styles-blue-pdf", ".pdf", SEEDS):
        for item in meeting.items:
            y = re.search(rb"0\.18 0\.33 0\.59 rg\nBT /F1 15\.0 Tf 56\.0 ([\d.]+) Td \(%s\) Tj ET"
                          % item.number.encode(), pdf)[1]
            first = re.escape(item.title.split()[0].encode("cp1252"))
            assert re.search(rb"BT /F1 15\.0 Tf %.1f %s Td \(%s" % (HANG_X, y, first), pdf)
            for k, s in enumerate(item.sections, start=1):
                assert s.heading.startswith(f"{item.number}.{k} ")
                assert b"BT /F1 12.0 Tf 56.0 " in pdf and b"(%s.%d) Tj" % (
                    item.number.encode(), k) in pdf
        assert not re.search(rb"/F2 1[25]\.0 Tf", pdf)


def test_small_capitals_and_three_decisions():
    for meeting, pdf in renderings("t36-smallcaps-heads-three-decisions-pdf", ".pdf", SEEDS):
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "Teknisk Udvalg 20. februar 2024", "Økonomiudvalget 5. marts 2024",
                "Byrådet 12. marts 2024"]
            for s in item.sections:
                word = s.heading.split()[0]
                assert b"/F2 10.0 Tf" in pdf and b"(%s) Tj" % word[0].upper().encode(
                    "cp1252") in pdf
                if word[1:]:
                    assert b"(%s) Tj" % word[1:].upper().encode("cp1252") in pdf
        text = extract_text(io.BytesIO(pdf))
        for item in meeting.items:
            assert f"({item.number}) {item.title.split()[0]}" in text
        assert "SAGSFREMSTILLING" in text and "Sagsfremstilling" not in text


def test_case_and_status_turned_at_the_right_edge():
    for meeting, pdf in renderings("t36-turned-case-right-edge-pdf", ".pdf", SEEDS):
        turned = TURNED.findall(pdf)
        expected = ["Lukket punkt" if i.closed else f"Sagsnr. {i.case_number} · Åbent punkt"
                    for i in meeting.items]
        assert [_unescape(x[2]) for x in turned] == expected
        assert all(int(x[0]) == EDGE_X for x in turned)
        upright = [x[3] for x in pdf_lines(pdf) if x[1] < EDGE_X - 20]
        assert not any("Sagsnr." in x for x in upright)
        assert pdf.count(b"0.92 g 50 ") == len(open_items(meeting))
        for item in meeting.items:
            assert any(x.startswith(f"Punkt {item.number}: ") for x in upright)


def test_tags_right_of_the_titles():
    for meeting, pdf in renderings("t36-tag-right-agenda-pdf", ".pdf", SEEDS):
        assert meeting.kind == "dagsorden"
        for k, item in enumerate(meeting.items):
            y = re.search(rb"BT /F2 12\.0 Tf 56\.0 ([\d.]+) Td \(%s\.\) Tj ET"
                          % item.number.encode(), pdf)[1]
            first = re.escape(item.title.split()[0].encode("cp1252"))
            assert re.search(rb"BT /F2 12\.0 Tf %.1f %s Td \(%s" % (HANG_X, y, first), pdf)
            tags = re.findall(rb"BT /F1 9\.0 Tf ([\d.]+) %s Td \((.*?)\) Tj ET" % y, pdf)
            tag = "Lukket" if item.closed else TAGS[k % 2]
            assert [x[1].decode() for x in tags] == [tag] and float(tags[0][0]) > 400
        lines = list(pdf_lines(pdf))
        assert not any(x[3] == "Beslutning" or round(x[1]) == 56 and x[3].startswith("Punkt")
                       for x in lines)


def test_print_view_tables():
    for meeting, text in renderings("t36-print-view-tables-html", ".html", SEEDS):
        assert "@media print{.noprint{display:none}}" in text and "onload='window.print()'" in text
        rows = re.findall(r"<td class='nr' width='40'>(\d+)\.</td><td class='titel'>(.*?)</td>"
                          r"<td class='sag' align='right'>(.*?)</td>", text)
        assert [(n, html.unescape(t)) for n, t, _ in rows] == [
            (i.number, i.title) for i in meeting.items]
        assert [html.unescape(c) for *_, c in rows] == [
            "Lukket" if i.closed else f"Sagsnr. {i.case_number}" if i.case_number else ""
            for i in meeting.items]
        assert text.count("page-break-after:always") == len(meeting.items)
        assert _found(r"<div class='feltnavn'>(.*?)</div>", text) == _heads(meeting)[1]


def test_aria_roles_on_divs_only():
    for meeting, text in renderings("t36-aria-role-divs-html", ".html", SEEDS):
        assert not re.search(r"<(h\d|ul|ol|li|dl|section|article|main|p|table)\b", text)
        assert text.count("role='listitem'") == len(meeting.items)
        assert (_found(r"<div role='heading' aria-level='2' class='h2'><span class='nr'>(\d+)"
                       r"</span><span aria-hidden='true'> – </span>(.*?)</div>", text),
                _found(r"aria-level='3' class='h3' id='[^']+'>(.*?)</div>", text)
                ) == _heads(meeting)


def test_cms_nested_divs_and_decision_list():
    for meeting, text in renderings("t36-cms-nested-divs-dl-decisions-html", ".html", SEEDS):
        opening = "".join(f"<div class='{c}'>" for c in NEST)
        assert text.replace("\n", "").count(opening) == len(meeting.items) + 1
        for item in meeting.items:
            assert (f"<span class='punkt-nr'>Pkt. {item.number}</span> <span class='punkt-titel'>"
                    f"{html.escape(item.title, quote=False)}</span>") in text.replace("&#x27;", "'")
        dts = [html.unescape(x) for x in re.findall(r"<dt>(.*?)</dt>", text)]
        assert dts == ["Økonomiudvalget, 5. marts 2024", "Byrådet, 12. marts 2024"] * len(
            open_items(meeting))
        assert text.count("<h4>Beslutninger</h4>") == len(open_items(meeting))


def test_aspnet_spans():
    for meeting, text in renderings("t36-aspnet-spans-br-html", ".html", SEEDS):
        assert "__VIEWSTATE" in text and not re.search(r"<(h\d|p|div|table|ul|ol)\b", text)
        assert (_found(r"_lblNr' class='nr'>(\d+)</span>&nbsp;<span id='[^']+_lblTitel' "
                       r"class='titel'>(.*?)</span>", text),
                _found(r"_lblNavn' class='feltnavn'>(.*?)</span>", text)) == _heads(meeting)
        assert text.count("Punktet er lukket.") == 1


def test_bracket_labels_and_two_decisions():
    for meeting, text in renderings("t36-bracket-labels-two-decisions-txt", ".txt", SEEDS):
        first = text.splitlines()[0]
        assert first == (f"REFERAT | {meeting.udvalg} | tirsdag den {DATE_LONG} kl. 17.00 | "
                         f"{meeting.place}")
        assert DATE_LONG not in text[len(first):].replace("12. marts 2024]", "")
        for item in meeting.items:
            mark = (" (lukket)" if item.closed else f" (Sagsnr. {item.case_number})"
                    if item.case_number else "")
            assert f"\n{'=' * 60}\n{item.number} » {item.title}{mark}\n" in text
        for item in open_items(meeting):
            assert [s.heading for s in item.sections if s.type == "beslutning"] == [
                "[Beslutning, Økonomiudvalget 5. marts 2024]",
                "[Beslutning, Byrådet 12. marts 2024]"]
            for s in item.sections:
                assert f"\n\n{s.heading}\n" in text


def test_tab_indented_caps_agenda():
    for meeting, text in renderings("t36-tab-indent-caps-agenda-txt", ".txt", SEEDS):
        assert meeting.kind == "dagsorden"
        lines = text.splitlines()
        for item in meeting.items:
            assert f"{item.number}  {item.title.upper()}" in lines
            assert item.case_number is None
            for s in item.sections:
                assert f"\t{s.heading}" in lines
        body = [x for x in lines if x.startswith("\t\t")]
        assert body and all(not x.startswith("\t\t\t") for x in body)
        assert "\t(Lukket punkt)" in lines
        last = lines[-1]
        assert DATE_LONG in last and meeting.place in last and meeting.udvalg in last
        assert DATE_LONG not in text[:-len(last) - 1]
