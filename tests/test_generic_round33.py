"""Round 33 (issue-18ck) on short invented minutes: an item's case number or status in a
margin column left of its title, or turned down the page's right edge; a number set off from
its title by an arrow or a guillemet; a dagsorden announcing its meeting after its items; a
rule under a line of the meeting's fields; a closed item's note under its title."""

from __future__ import annotations

import pytest
from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import pages_pdf
from tests.test_generic_round30 import _head_ops, _pdf_op

ITEMS = [("7", "Ny belysning på stationsvej", "24-003311"),
         ("8", "Tilskud til foreningslivet", "24-004422"),
         ("9", "Vinterbekæmpelse i kommunen", "24-005533")]


def test_a_case_number_in_a_margin_column_left_of_its_title() -> None:
    """`J.nr. …` (or `Lukket punkt`) small at the margin on the baseline of the title, bold
    12 in the text's column and ending `(punkt N)`, one title wrapped onto a second line:
    each item's title whole, its case number or status its own."""
    titles = {"7": ["Ny belysning på stationsvej og på stierne langs den gamle",
                    "banegård"], "8": ["Tilskud til foreningslivet"],
              "9": ["Vinterbekæmpelse i kommunen"], "10": ["Salg af grund"]}
    ops, y = _head_ops()
    for n, lines in titles.items():
        y -= 26
        case = next((c for m, _, c in ITEMS if m == n), None)
        ops.append(_pdf_op(f"J.nr. {case}" if case else "Lukket punkt", 8.5, False, 56, y))
        for k, line in enumerate(lines, 1):
            ops.append(_pdf_op(line + (f" (punkt {n})" if k == len(lines) else ""), 12, True,
                               170, y))
            y -= 16
        if case:
            for head, text in [("Sagen", "Forvaltningen har belyst sagen."),
                               ("Beslutning", "Godkendt.")]:
                ops += [_pdf_op(head, 9, True, 56, y), _pdf_op(text, 10, False, 170, y)]
                y -= 14
    result = parse_bytes(pages_pdf([ops]), "sager.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number, i.closed) for i in result.meeting.items] == [
        (n, " ".join(lines), next((c for m, _, c in ITEMS if m == n), None), n == "10")
        for n, lines in titles.items()]
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]
        for i in result.meeting.items[:3])


def test_a_case_number_and_status_turned_down_the_right_edge() -> None:
    """Each item's case number and status only in a line turned 90 degrees (reading
    downward) at the page's right edge, its top beside the title; the closed item's short
    status runs on past the next title's top, over the start of that item's line: the case
    numbers and the closed item are read."""
    ops, y = _head_ops()
    marks = {n: f"Sagsnr. {case} · Åbent punkt" for n, _, case in ITEMS}
    for n, title in [*((n, t) for n, t, _ in ITEMS), ("10", "Salg af grund"),
                     ("11", "Eventuelt")]:
        y -= 20
        mark = marks.get(n, "Lukket punkt") if n != "11" else "Åbent punkt"
        ops += [b"BT /F1 8 Tf 0 -1 1 0 560 %.1f Tm (%s) Tj ET" % (y + 10, mark.encode("cp1252")),
                _pdf_op(f"Punkt {n}: {title}", 12, True, 56, y)]
        if n != "10":
            for head, text in [("Sagsfremstilling", "Forvaltningen har belyst sagen."),
                               ("Beslutning", "Godkendt.")]:
                y -= 16
                ops += [_pdf_op(head, 11, True, 56, y), _pdf_op(text, 10, False, 56, y - 14)]
                y -= 14
    result = parse_bytes(pages_pdf([ops]), "kant.pdf", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.case_number, i.closed) for i in result.meeting.items] == [
        *((n, case, False) for n, _, case in ITEMS), ("10", None, True), ("11", None, False)]
    assert all([s.type for s in i.sections] == ["sagsfremstilling", "beslutning"]
               for i in result.meeting.items if not i.closed)


@pytest.mark.parametrize("mark", ["»", "›", "→"])
def test_a_number_set_off_from_its_title_by_an_arrow(mark: str) -> None:
    """`7 » Title (Sagsnr. …)` under a line of `=` (`8 › …`, `9 → …`), headings in square
    brackets: each line opens an item, its number, title and case number read."""
    lines = ["REFERAT", "Teknikudvalget", "onsdag den 4. juni 2025", ""]
    for n, title, case in ITEMS:
        lines += ["=" * 40, f"{n} {mark} {title} (Sagsnr. {case})", "", "[Sagsfremstilling]",
                  "Forvaltningen har belyst sagen.", "", "[Beslutning]", "Godkendt.", ""]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == ITEMS
    assert all([(s.type, s.text) for s in i.sections] == [
        ("sagsfremstilling", "Forvaltningen har belyst sagen."), ("beslutning", "Godkendt.")]
        for i in result.meeting.items)


@pytest.mark.parametrize("sentence", [
    "Teknikudvalget holder møde onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 3.",
    "Teknikudvalget afholder ordinært møde onsdag den 4. juni 2025 kl. 16.00 i Mødelokale 3."])
def test_a_dagsorden_announcing_its_meeting_in_a_closing_sentence(sentence: str) -> None:
    """A dagsorden whose only statement of the meeting is the sentence after its last item
    that announces it (`… holder møde <date> kl. … i <place>.`): udvalg, date and place."""
    lines = ["DAGSORDEN", ""]
    for n, title, _ in ITEMS:
        lines += ["", f"{n}  {title.upper()}", "", "\tSagsfremstilling",
                  "\t\tForvaltningen har belyst sagen.", "", "\tIndstilling",
                  "\t\tForvaltningen indstiller, at sagen godkendes."]
    lines += ["", "", sentence]
    result = parse_bytes("\n".join(lines).encode(), "dagsorden.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.kind, meeting.udvalg, str(meeting.date), meeting.place) == (
        "dagsorden", "Teknikudvalget", "2025-06-04", "Mødelokale 3")
    assert [i.number for i in meeting.items] == [n for n, _, _ in ITEMS]


def test_a_rule_under_the_meeting_line_is_no_place() -> None:
    """The meeting's fields on one line parted by `|`, a rule of `=` under it: the place is
    the field after the time, not the rule."""
    lines = ["REFERAT | Teknikudvalget | onsdag den 4. juni 2025 kl. 16.00 | Mødelokale 3"]
    for n, title, case in ITEMS:
        lines += ["", "=" * 60, f"{n}. {title}", f"Sagsnr. {case}", "", "Beslutning",
                  "Godkendt."]
    result = parse_bytes("\n".join(lines).encode(), "referat.txt", known_layouts=False)
    assert result.ok, result.reason
    meeting = result.meeting
    assert (meeting.udvalg, str(meeting.date), meeting.place) == (
        "Teknikudvalget", "2025-06-04", "Mødelokale 3")


@pytest.mark.parametrize("note", ["Punktet er lukket.", "Sagen behandles som fortrolig."])
def test_a_closed_items_note_under_its_title(note: str) -> None:
    """Spans parted by `<br>` (no block tags, no bold): `N Title` with the case number under
    it, but the closed item only a sentence saying it is closed: the closed item is read
    between its neighbours."""
    rows = ["<span>Referat</span>", "<span>Teknikudvalget</span>",
            "<span>Onsdag den 4. juni 2025 kl. 16.00</span>"]
    for n, title, case in [*ITEMS[:2], ("9", "Salg af grund", ""), ("10", *ITEMS[2][1:])]:
        rows += ["<hr>", f"<span>{n}</span>&nbsp;<span>{title}</span>",
                 f"<span>{f'Sagsnr. {case}' if case else note}</span>"]
        if case:
            rows += ["<span>Beslutning</span>", "<span>Godkendt.</span>"]
    page = "<html><body><form>" + "<br />".join(rows) + "</form></body></html>"
    result = parse_bytes(page.encode(), "referat.html", known_layouts=False)
    assert result.ok, result.reason
    assert [(i.number, i.title, i.closed, bool(i.sections)) for i in result.meeting.items] == [
        ("7", ITEMS[0][1], False, True), ("8", ITEMS[1][1], False, True),
        ("9", "Salg af grund", True, False), ("10", ITEMS[2][1], False, True)]
