"""Conventions read by principle, each on short invented minutes: a line of an item's
fields (its number first) right under a plain-text title set apart by a blank line, or
in cells right over a title set apart; a mail's plain-text bold in
asterisks; a mail's or a page's other dates; a title in the body's type wrapped over its
case line."""

from __future__ import annotations

from referat.index.readers import parse_bytes

from benchmarks.layouts.pdfwriter import MARGIN, PAGE_H, pages_pdf
from tests.invented import read_invented
from tests.test_generic_geometry import _Page

TITLES = ("Ombygning af svømmehallens omklædningsrum og etablering af nye handicaptoiletter",
          "Tilskud til sommerkoncerter", "Renovering af boldbaner")
CASES = ("82.10.05-G01-4-25", "20.00.00-A00-12-25", "04.20.00-P19-7-25")


def test_a_line_of_fields_under_a_plain_title_gives_its_number() -> None:
    """Plain text: a blank line, the title (wrapped over two lines in one item), then
    `Pkt. 7 | J.nr. … | Dok.nr. …`: the number and case number are the title's item."""
    lines = ["REFERAT - Idrætsudvalget", "Dato: 3. juni 2025 kl. 17.00", "Sted: Rådhuset", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
        head = [title[:44], title[45:]] if len(title) > 60 else [title]
        lines += ["", *head, f"Pkt. {n} | J.nr. {case} | Dok.nr. {n}311/25", "",
                  "Sagsfremstilling", "Forvaltningen har undersøgt sagen nærmere.", "",
                  "Beslutning", "Godkendt.", ""]
    meeting = read_invented("\n".join(lines), ".txt")
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert [s.type for s in meeting.items[0].sections] == ["sagsfremstilling", "beslutning"]


def test_a_line_of_fields_over_a_title_set_apart_gives_its_number() -> None:
    """PDF: a small line `Nr. 7` | `J.nr.: …` | `Status: Lukket` in columns right over a
    bold title (wrapped onto a second bold line in one item): the number, case number and
    status are the title's item; the closed item keeps its printed title."""
    page, y = _Page(), PAGE_H - MARGIN
    page.put(MARGIN, y, "Referat Idrætsudvalget", True, 16)
    page.put(MARGIN, y - 20, "Mødedato: 3. juni 2025 kl. 17.00", size=10)
    y -= 50
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
        closed = n == 8
        fields = [(MARGIN, f"Nr. {n}"), *([] if closed else [(MARGIN + 90, f"J.nr.: {case}")]),
                  (MARGIN + 260, f"Status: {'Lukket' if closed else 'Åben'}")]
        for x, text in fields:
            page.put(x, y, text, size=8)
        head = [title[:44], title[45:]] if len(title) > 60 else [title]
        rows = [*((h, True, 12) for h in head)] + ([] if closed else [
            ("Sagsfremstilling", True, 10), ("Forvaltningen har undersøgt sagen.", False, 10),
            ("Beslutning", True, 10), ("Godkendt.", False, 10)])
        for text, bold, size in rows:
            y -= 16
            page.put(MARGIN, y, text, bold, size)
        y -= 30
    meeting = read_invented(pages_pdf([page.ops]), ".pdf")
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == [CASES[0], None, CASES[2]]
    assert [i.closed for i in meeting.items] == [False, True, False]


def test_lines_in_single_asterisks_are_a_mails_bold() -> None:
    """A plain-text e-mail: `*7. Title*` (wrapped, the closing mark on the next line) and
    `*Sagsfremstilling*` are a mail client's bold: numbered items and their headings."""
    lines = ["Fra: Sekretariatet", "Emne: Referat", "", "Kære udvalg", "",
             "Referat fra Idrætsudvalget", "Dato: 3. juni 2025 kl. 17.00", ""]
    for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
        head = [f"*{n}. {title[:44]}", f"{title[45:]}*"] if len(title) > 60 \
            else [f"*{n}. {title}*"]
        lines += [*head, f"Sagsnr. {case}", "", "*Sagsfremstilling*",
                  "Forvaltningen har undersøgt sagen nærmere.", "", "*Beslutning*",
                  "Godkendt.", ""]
    meeting = read_invented("\r\n".join([*lines, "Venlig hilsen", "Sekretariatet"]), ".txt")
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == list(TITLES)
    assert [i.case_number for i in meeting.items] == list(CASES)
    assert [s.type for s in meeting.items[1].sections] == ["sagsfremstilling", "beslutning"]


def test_a_mails_sending_date_and_opening_sentence_are_not_the_meetings_fields() -> None:
    """`Sendt: 5. juni 2025` dates the mail, `Offentliggjort …` a publication: the meeting's
    date is the one its sentence states, and "Hermed referat fra mødet i Idrætsudvalget …"
    names the udvalg without the sentence's opening words."""
    for dated in ("Sendt: 5. juni 2025 09:12", "Offentliggjort 28. maj 2025"):
        lines = ["Fra: Sekretariatet", dated, "", "Hej alle", "",
                 "Hermed referat fra mødet i Idrætsudvalget tirsdag den 3. juni 2025 kl. 17.00",
                 "i Rådhuset.", ""]
        for n, (title, case) in enumerate(zip(TITLES, CASES, strict=True), start=7):
            lines += [f"{n}. {title}", f"Sagsnr. {case}", "", "Beslutning", "Godkendt.", ""]
        data = "\n".join(lines).encode()
        for known in (True, False):  # the known families' reader and the generic one
            meeting = parse_bytes(data, "invented.txt", known_layouts=known).meeting
            assert str(meeting.date) == "2025-06-03"
            assert meeting.udvalg == "Idrætsudvalget"


def test_a_title_in_the_bodys_type_runs_to_its_case_line() -> None:
    """A PDF in one type throughout (nothing bold, one size): `Pkt. 7 – Title` wrapped onto
    a second line, then `J.nr. …`: the line above the case number is the title's."""
    page, y = _Page(), PAGE_H - MARGIN
    for text in ("Referat for Idrætsudvalget", "Mødedato: 3. juni 2025 kl. 17.00", ""):
        page.put(MARGIN, y, text, size=11)
        y -= 14
    titles = ("Svømmehallens omklædningsrum og handicaptoiletter, Opfølgning i",
              "Tilskud til sommerkoncerter", "Renovering af boldbaner ved Nordskolen, Plan")
    ends = ("Nordparken", "", "Revideret")  # a wrap's short end, in capitals
    for n, (title, end, case) in enumerate(zip(titles, ends, CASES, strict=True), start=7):
        head = [f"Pkt. {n} – {title}", *([end] if end else [])]
        for text in [*head, f"J.nr. {case}", "", "Sagsfremstilling:",
                     "Forvaltningen har undersøgt sagen.", "", "Beslutning:", "Godkendt.", ""]:
            if text:
                page.put(MARGIN, y, text, size=11)
            y -= 14
    meeting = read_invented(pages_pdf([page.ops]), ".pdf")
    assert [i.number for i in meeting.items] == ["7", "8", "9"]
    assert [i.title for i in meeting.items] == [
        " ".join(p for p in pair if p) for pair in zip(titles, ends, strict=True)]
    assert [i.case_number for i in meeting.items] == list(CASES)
