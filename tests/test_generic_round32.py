"""Round 32 (issue-18ci) on short invented minutes: labels joined to their values by dot
leaders; a decision history's entry in bold run into its text; a heading turned up the left
edge of the decision's box; a title wrapped beside its marker set smaller; the meeting
stated in a table after the last item; a spreadsheet whose meeting fields stand in rows
above its header, exported as text or saved as a web page."""

from __future__ import annotations

import pytest
from referat.index.model import ParseResult
from referat.index.readers import parse_bytes

from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import pages_pdf
from tests.test_generic_round30 import _head_ops, _pdf_op

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]
RECOMMENDATION = "Forvaltningen indstiller, at sagen godkendes."


def _leader(label: str, value: str = "", width: int = 18) -> str:
    return f"{label} {'.' * (width - len(label))} {value}".rstrip()


def test_labels_joined_to_their_values_by_dot_leaders() -> None:
    """`Punkt ...... 7`, `Titel ...... title`, `Sagsnr. ...... …` and headings `Beslutning
    ......` leading to nothing: read as `Label: value` and headings."""
    lines = ["REFERAT", "", _leader("Udvalg", "Teknikudvalget"),
             _leader("Mødedato", "onsdag den 4. juni 2025"), _leader("Mødested", "Rådhuset"), ""]
    for number, title, case in ITEMS:
        lines += ["-" * 60, _leader("Punkt", number), _leader("Titel", title),
                  _leader("Sagsnr.", case), "", _leader("Sagsfremstilling"),
                  f"Forvaltningen har undersøgt {title.lower()}.", "",
                  _leader("Beslutning"), "Godkendt.", ""]
    lines += ["-" * 60, _leader("Punkt", "10"), _leader("Titel", "Salg af grund"),
              _leader("Status", "Lukket"), ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Rådhuset", "2025-06-04")
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        *ITEMS, ("10", "Salg af grund", None)]
    assert all([(s.type, s.text) for s in i.sections][-1] == ("beslutning", "Godkendt.")
               for i in meeting.items[:3])
    assert meeting.items[3].closed and not meeting.items[3].sections


def _entries_read(result: ParseResult) -> None:
    assert result.ok, result.reason
    for item in result.meeting.items:
        assert [(s.type, s.text, str(s.date)) for s in item.sections][-3:] == [
            ("indstilling", "Forvaltningen indstiller, at sagen godkendes.", "None"),
            ("beslutning", "Anbefales over for byrådet.", "2025-06-03"),
            ("beslutning", "Godkendt.", "2025-06-11")]


def test_a_decision_history_entry_in_bold_run_into_its_text() -> None:
    """`Teknikudvalget 3. juni 2025.` in bold run into `Anbefales over for byrådet.` in
    regular type on one line after `Indstilling. …` (set so too): the body and the date are
    a decision's heading, the sentence after it its text."""
    ops, y = _head_ops()
    for number, title, case in ITEMS:
        y -= 26
        ops += [_pdf_op(f"{number}. {title}", 12, True, 56, y),
                _pdf_op(f"Sagsnr.: {case}", 9, False, 56, y - 13)]
        y -= 16
        for head, text in [("Indstilling.", "Forvaltningen indstiller, at sagen godkendes."),
                           ("Teknikudvalget 3. juni 2025.", "Anbefales over for byrådet."),
                           ("Byrådet 11. juni 2025.", "Godkendt.")]:
            y -= 14
            ops.append(b"BT /F2 10 Tf 56 %.1f Td (%s ) Tj /F1 10 Tf (%s) Tj ET" % (
                y, head.encode("cp1252"), text.encode("cp1252")))
    _entries_read(parse_bytes(pages_pdf([ops]), "protokol.pdf", known_layouts=False))


def boxed_decisions(lines: int, matrix: bytes = b"0 1 -1 0", x: int = 67) -> bytes:
    """A PDF whose items' decisions (`lines` lines each) stand in a box headed only by
    `Beslutning` bold 8 turned by `matrix` at `x`: reading upward from the box's foot, or
    downward from its top."""
    ops, y = _head_ops()
    for n, title, case in ITEMS:
        y -= 26
        ops += [_pdf_op(f"{n}. {title}", 12, True, 56, y), _pdf_op(f"Sagsnr.: {case}", 9, False,
                                                                   56, y - 13)]
        y -= 30
        for text, bold in [("Indstilling", True), (RECOMMENDATION, False)]:
            ops.append(_pdf_op(text, 10, bold, 56, y))
            y -= 14
        height = max(14 * lines + 10, _width("Beslutning", 8, True) + 12)
        start = y - 4 if matrix.startswith(b"0 -1") else y - height + 6
        ops.append(b"BT /F2 8 Tf %s %d %.1f Tm (Beslutning) Tj ET" % (matrix, x, start))
        for k in range(lines):
            ops.append(_pdf_op(f"Godkendt, del {k + 1}.", 10, False, 74, y - 14 * (k + 1)))
        y -= height
    return pages_pdf([ops])


def assert_boxed_decisions_read(result: ParseResult, lines: int) -> None:
    """Each item's box read as its decision under its heading."""
    assert result.ok, result.reason
    decision = "\n".join(f"Godkendt, del {k + 1}." for k in range(lines))
    assert [[(s.heading, s.type, s.text) for s in i.sections]
            for i in result.meeting.items] == [[
                ("Indstilling", "indstilling", RECOMMENDATION),
                ("Beslutning", "beslutning", decision)]] * 3


@pytest.mark.parametrize("lines", [1, 4])
def test_a_heading_turned_up_the_edge_of_the_text_it_heads(lines: int) -> None:
    """Each decision indented in a box whose only heading, `Beslutning` bold 8, is turned 90
    degrees up its left edge from the box's foot (beside the lowest lines of a long
    decision): the box's text is the item's decision under its heading."""
    assert_boxed_decisions_read(
        parse_bytes(boxed_decisions(lines), "boks.pdf", known_layouts=False), lines)


def test_a_title_wrapped_beside_its_marker_set_smaller() -> None:
    """`Sag N` bold 11 at the margin, the title bold 12 beside it wrapped onto a second line:
    the marker's type is not the title row's, so the wrapped line is the title's."""
    titles = {"7": ["Ny belysning på stationsvej og på stierne langs den gamle", "banegård"],
              "8": ["Tilskud til foreningslivet"], "9": ["Vinterbekæmpelse i kommunen"]}
    ops, y = _head_ops()
    for n, _, case in ITEMS:
        y -= 26
        ops.append(_pdf_op(f"Sag {n}", 11, True, 56, y))
        for line in titles[n]:
            ops.append(_pdf_op(line, 12, True, 110, y))
            y -= 16
        ops.append(_pdf_op(f"Sagsnr.: {case}", 8, False, 110, y))
        body = [("Sagsfremstilling", True), ("Forvaltningen har belyst sagen.", False),
                ("Beslutning", True), ("Godkendt.", False)]
        ops += [_pdf_op(text, 10, bold, 56, y - 14 * k) for k, (text, bold) in enumerate(body, 1)]
        y -= 14 * len(body)
    result = parse_bytes(pages_pdf([ops]), "sager.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (n, " ".join(titles[n]), case) for n, _, case in ITEMS]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "beslutning"]
               for i in result.meeting.items)


def test_the_meeting_stated_in_a_table_after_the_last_item() -> None:
    """A page whose only statement of the meeting is a two-column table after the last item
    (`Dato | …`, `Sted | …`): the meeting's date and place are the table's."""
    body = "".join(f"<p><b>Punkt {n}</b></p><p>{title}</p><p><em>Sagsnr. {case}</em></p>"
                   "<p><u>Sagsfremstilling:</u></p><p>Forvaltningen har belyst sagen.</p>"
                   "<p><u>Beslutning:</u></p><p>Godkendt.</p>" for n, title, case in ITEMS)
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in [
        ("Udvalg", "Teknikudvalget"), ("Dato", "onsdag den 4. juni 2025"),
        ("Tidspunkt", "kl. 16.00"), ("Sted", "Mødelokale 3")])
    page = (f"<html><body><h1>Referat</h1>{body}<p><b>Om mødet</b></p><table>{table}</table>"
            "</body></html>")
    result = parse_bytes(page.encode(), "referat.html", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (str(meeting.date), meeting.place) == ("2025-06-04", "Mødelokale 3")
    assert [(i.number, i.case_number) for i in meeting.items] == [(n, c) for n, _, c in ITEMS]


def _sheet(rows: list[list[str]]) -> list[list[str]]:
    """The meeting's fields in rows of their own above a header row and a row per section."""
    fields = [["Udvalg", "Teknikudvalget"], ["Mødedato", "onsdag den 4. juni 2025"],
              ["Mødested", "Mødelokale 3"]]
    head = ["Punkt", "Titel", "Sagsnr.", "Afsnit", "Tekst"]
    return [*fields, head, *rows]


LONG = "Forvaltningen har belyst sagen. Den har gjort rede for økonomien og for tidsplanen."
SHEET_ROWS = [[n, title, case, heading, text] for n, title, case in ITEMS
              for heading, text in [("Sagsfremstilling", LONG),
                                    ("Beslutning", "Godkendt.")]] + [
    ["10", "Salg af grund", "", "Lukket", ""]]


def _assert_sheet_read(data: bytes, name: str) -> None:
    result = parse_bytes(data, name, known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, meeting.place, str(meeting.date)) == (
        "Teknikudvalget", "Mødelokale 3", "2025-06-04")
    assert [(i.number, i.title, i.case_number, i.closed) for i in meeting.items] == [
        *((n, t, c, False) for n, t, c in ITEMS), ("10", "Salg af grund", None, True)]
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", LONG), ("beslutning", "Godkendt.")]
        for i in meeting.items[:3])


def test_an_exports_meeting_fields_in_rows_above_its_header() -> None:
    """A spreadsheet's export of a row per section whose first rows hold the meeting's
    fields, a label and a value each (the other cells empty), above the header row."""
    text = "\r\n".join(";".join(r + [""] * (5 - len(r))) for r in _sheet(SHEET_ROWS))
    _assert_sheet_read(text.encode(), "eksport.txt")


def test_a_spreadsheet_saved_as_a_web_page() -> None:
    """The same sheet as one HTML table (Excel's "Save as web page": the fields' values
    spanning the columns, a text's paragraphs parted by `<br>`): read as its export is."""
    def row(cells: list[str]) -> str:
        if len(cells) == 2:
            return f"<tr><td>{cells[0]}</td><td colspan=4>{cells[1]}</td></tr>"
        return "<tr>" + "".join(f"<td>{c.replace('. ', '.<br>', 1)}</td>"
                                for c in cells) + "</tr>"
    table = "".join(row(r) for r in _sheet(SHEET_ROWS))
    page = f"<html><body><table>{table}</table></body></html>"
    result = parse_bytes(page.encode(), "ark.html", known_layouts=False)
    assert result.ok, result.reason
    assert [s.text for s in result.meeting.items[0].sections][0] == LONG.replace(". ", ".\n", 1)
    _assert_sheet_read(page.replace("<br>", " ").encode(), "ark.html")
