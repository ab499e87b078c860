"""A twenty-third set of invented layouts (`test23`): an eighteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (Word- and LibreOffice-made PDFs, committee
systems' PDF exports, landscape and two-column pages, regional board minutes, small
kommuners' home-made documents, scanned pages with an OCR text layer, Acrobat's text
export), not from any kommune's published minutes, and frozen before the reader was run on
them.

Conventions meant to be new, or new in this combination: a landscape page in two columns
with the items flowing from column to column and "4) Title" with "J.nr."; a region's board
minutes with titles in capitals, capital headings, the recommendation first and, under
"BESLUTNINGER", the forretningsudvalg's dated decision before the regionsråd's, both before
the case text; a scanned referat whose only text is the OCR engine's invisible layer, one
word at a time, no bold, sizes estimated and spaced colons; a LibreOffice dagsorden in Times
with "(4) Title" over a rule, "Sagsnr. (Acadre):", bold-italic headings and the meeting's
fields in a ruled label/value table; a committee system's export with an item per page, an
"Åbent punkt"/"Lukket punkt" line above the title, the dated decision first in a shaded box
and a print stamp with "n/m" at each foot; a small kommune's home-made referat with the
number and title as two runs, underlined run-in headings with a colon, no case numbers and
the file's path in the footer; a landscape decision protocol as a grid of Nr. | Sag |
Resumé | Indstilling | Beslutning whose rows break across pages under a repeated head row; a Word
PDF whose udvalg and date stand only in the running footer, with an attachments list after
the decision; numbers set only by a CSS counter; one flat level of <h3> for titles and
headings alike, the byråd's decision before the udvalg's, both before the case text;
Acrobat's "save as text" with CRLF lines, no blank lines and the page furniture inline;
a fixed-width report of capital labels (PUNKT:, EMNE:, SAGSNR.:, STATUS:) with the headings
run in as labels and items parted by rules of "=".

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's earlier decisions and unprinted case
numbers left out). Section types are the type a heading means in referat's model; where that
is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate14 import GREY, _coloured
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG, _hanging
from benchmarks.layouts.generate20 import DATE_NUMERIC, MEMBERS, Layout20, truth20
from benchmarks.layouts.pdfwriter import _escape, wrap

ACROBAT_PAGE = 50  # lines per page of Acrobat's text export
PATH = "G:\\Sekretariat\\Udvalg\\Referater\\2024\\Referat 12-03-2024.docx"
FU_DECISION = "Forretningsudvalget anbefaler indstillingen over for regionsrådet uden bemærkninger."
OU_DECISION = "Økonomiudvalget anbefaler over for byrådet at godkende indstillingen som foreslået."


@dataclass
class Layout23(Layout20):
    # an earlier body's decision: (its heading as printed, its text); the heading stands
    # among `headings` (type beslutning) and gets this text instead of the source's
    earlier: tuple[str, str] | None = None


LAYOUTS23: list[Layout23] = [
    # a landscape Word PDF in two columns (842 x 595): the fields at the top of the first
    # column, items flowing down the left column, then the right, then the next page;
    # "4) Title" bold 11, "J.nr. …" 8; bold 9 headings; "Side n" at the foot; one closed item
    Layout23("t23-landscape-columns-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1),
    # a region's board minutes: "4. TITLE IN CAPITALS" bold 12, "Journalnr.: …"; capital
    # headings; INDSTILLING first, then "BESLUTNINGER" (a group heading, no section) over the
    # forretningsudvalg's dated decision and the regionsråd's, then SAGSFREMSTILLING and
    # ØKONOMISKE KONSEKVENSER; both dated decisions are decisions
    Layout23("t23-region-two-decisions-pdf",
             [("indstilling", "INDSTILLING"),
              ("beslutning", "Forretningsudvalgets beslutning den 5. marts 2024"),
              ("beslutning", f"Regionsrådets beslutning den {DATE_LONG}"),
              ("sagsfremstilling", "SAGSFREMSTILLING"),
              ("okonomi", "ØKONOMISKE KONSEKVENSER")],
             formats=(".pdf",), case="Journalnr.: {case}", closed=1, udvalg="Regionsrådet",
             place="Regionsgården, Mødesal 1",
             earlier=("Forretningsudvalgets beslutning den 5. marts 2024", FU_DECISION)),
    # a scanned referat with the OCR engine's text layer only: every word its own invisible
    # (3 Tr) Helvetica run at an estimated size, no bold, baselines a little uneven; titles
    # "4. Title" 13 pt, headings 10.6, text 9.8; spaced colons ("Sagsnr. : …",
    # "Mødedato : …"); "Side n" at each page's top; page breaks inside items; one closed item
    Layout23("t23-ocr-invisible-words-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. : {case}", closed=1),
    # a LibreOffice dagsorden in Times: the fields in a ruled label/value table (Udvalg,
    # Mødedato, Mødetidspunkt, Mødelokale); "(4) Title" Times-Bold 14 over a rule across the
    # page; "Sagsnr. (Acadre): …" italic; bold-italic headings "Baggrund" (the case's
    # description: sagsfremstilling), "Økonomi og finansiering", "Indstilling"; one closed item
    Layout23("t23-libreoffice-times-agenda-pdf",
             [("sagsfremstilling", "Baggrund"), ("okonomi", "Økonomi og finansiering"),
              ("indstilling", "Indstilling")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. (Acadre): {case}", closed=1),
    # a committee system's export: the fields on the first page, then each item on a page of
    # its own: "Åbent punkt" / "Lukket punkt" grey 8 above "4. Title" bold 14, "Sagsnr.: …";
    # the decision first, "Beslutning i <udvalg> den 12-03-2024" in a shaded box, then the
    # other headings; "Udskrevet 12-03-2024 kl. 15.42" and "n/m" at each page's foot
    Layout23("t23-export-decision-box-pdf",
             [("beslutning", f"Beslutning i {{udvalg}} den {DATE_NUMERIC}"),
              ("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".pdf",), closed=1),
    # a small kommune's home-made Word referat: "Referat af møde i <udvalg>", "Dato:",
    # "Sted:", "Til stede:", "Afbud:"; the number and the bold title as two runs (x 56, 85);
    # no case numbers; headings regular, underlined, with a colon, run in on their text's
    # first line; the file's path and "Side n af m" in the footer
    Layout23("t23-homemade-underlined-runin-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="", closed=1),
    # a landscape decision protocol as a grid: a head row "Nr. | Sag | Resumé | Indstilling
    # | Beslutning" repeated on every page, a row per item (title bold and "Sagsnr. …" in the
    # Sag cell), cells wrapped in their columns, rows breaking across pages, rules between
    # rows; the column heads are the sections' headings; one closed item
    Layout23("t23-protocol-grid-landscape-pdf",
             [("resume", "Resumé"), ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a Word PDF whose udvalg and date stand only in the running footer ("<udvalg> · Referat
    # fra mødet den 12. marts 2024 · Side n af m"); "Referat", "Mødetidspunkt:",
    # "Mødelokale:" at the top; "4. Title" bold; "Sags-id: …"; bold headings; after the
    # decision a "Bilag" list of files marked open or closed
    Layout23("t23-footer-udvalg-attachments-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sags-id: {case}", attachments=True),
    # a CMS page whose item numbers exist only as a CSS counter: main {counter-reset:
    # punkt N-1}, h2::before {content: counter(punkt) ". "}; "Sagsnr. …" in <p
    # class='sagsnr'>; <h3> headings; "Dato:", "Lokale:"; the closed item's title with
    # "Lukket punkt." as its only text
    Layout23("t23-css-counter-numbers-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Byrådssalen"),
    # one flat level: titles "<h3>4. Title</h3>" and headings "<h3>…</h3>" alike; the
    # byråd's decision first, then the økonomiudvalg's earlier one, then the case text;
    # "Sagsnummer: …"; <strong> labels "Mødedato:", "Mødested:"; a "Sidst opdateret" line
    Layout23("t23-flat-h3-decisions-first-html",
             [("beslutning", f"Byrådets beslutning den {DATE_LONG}"),
              ("beslutning", "Økonomiudvalgets beslutning den 5. marts 2024"),
              ("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling")],
             formats=(".html",), case="Sagsnummer: {case}", udvalg="Byrådet",
             place="Byrådssalen",
             earlier=("Økonomiudvalgets beslutning den 5. marts 2024", OU_DECISION)),
    # Acrobat's "save as text" of a Word PDF: CRLF, no blank lines, lines as the page broke
    # them (90), "4 Title", "Sagsnr.: …", plain headings; each page's header ("<udvalg>
    # Referat 12. marts 2024") and footer ("Side n af m") inline, pages breaking inside
    # items; one closed item with "Lukket punkt"
    Layout23("t23-acrobat-save-text-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a fixed-width report of capital labels at column 0, values at 20: UDVALG:, MØDEDATO:,
    # MØDESTED:; per item a rule of "=", PUNKT:, EMNE: (the title, hanging), SAGSNR.:,
    # STATUS: Åben / Lukket, a rule of "-"; the headings run in as labels
    # ("SAGSFREMSTILLING:"), texts hanging at 20; one closed item
    Layout23("t23-caps-label-report-txt",
             [("sagsfremstilling", "SAGSFREMSTILLING"), ("okonomi", "ØKONOMI"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING")],
             formats=(".txt",), case="{case}", closed=1),
]


def by_name23(name: str) -> Layout23 | None:
    return next((layout for layout in LAYOUTS23 if layout.name == name), None)


def truth23(layout: Layout23, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth, the
    earlier body's decision with its own text, the udvalg named in a decision heading
    that names it, no case numbers where the layout prints none."""
    meeting = truth20(layout, seed)
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        for s in item.sections:
            s.heading = s.heading.replace("{udvalg}", meeting.udvalg or "")
            if layout.earlier and s.heading == layout.earlier[0]:
                s.text = layout.earlier[1]
    return meeting


def _mark(layout: Layout23, item: Item) -> str:
    return "Lukket punkt" if item.closed else case_line(layout, item)


# --- PDF ---------------------------------------------------------------------------------------


class _Columns(Pager):
    """A landscape Pager in two columns: a full column goes on in the next one, then on a
    new page. `x` is the current column's left edge."""

    COLUMN = 360
    LEFTS = (40, 442)

    def __init__(self) -> None:
        super().__init__(width=842, height=595, margin=40)
        self.column = 0

    @property
    def x(self) -> int:
        return self.LEFTS[self.column]

    def new_page(self) -> None:
        if self.column == 0:
            self.column = 1
            self.y = self.top
        else:
            super().new_page()
            self.column = 0


def _pdf_columns(layout: Layout23, meeting: Meeting) -> bytes:
    p = _Columns()
    p.room(20)
    p.put(p.x, "Referat", 16, 2)
    p.room(16)
    p.put(p.x, meeting.udvalg, 12, 2)
    for line in (f"Mødedato: {DATE_LONG}", "Tidspunkt: kl. 16.00-18.00",
                 f"Sted: {meeting.place}"):
        p.room(12)
        p.put(p.x, line, 9, 1)
    for item in meeting.items:
        p.y -= 12
        for line in _wrap_pt(f"{item.number}) {item.title}", p.COLUMN, 11, True):
            p.room(14)
            p.put(p.x, line, 11, 2)
        mark = _mark(layout, item)
        if mark:
            p.room(11)
            p.put(p.x, mark, 8, 1)
        for s in item.sections:
            p.y -= 4
            p.room(12)
            p.put(p.x, s.heading, 9, 2)
            for para in s.text.splitlines():
                for line in _wrap_pt(para, p.COLUMN, 9, False):
                    p.room(11.5)
                    p.put(p.x, line, 9, 1)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _head(p: Pager, word: str, size: float, udvalg: str, fields: list[str]) -> None:
    """The document's word (bold, `size`), the udvalg (bold 13) and its fields (10)."""
    _put_lines(p, [word], 56, size, 2, size + 6)
    _put_lines(p, [udvalg], 56, 13, 2, 18)
    _put_lines(p, fields, 56, 10, 1, 14)


def _pdf_region(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager()
    _head(p, "REFERAT", 16, meeting.udvalg, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 14.00-17.00",
                                             f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title.upper()}", 480, 12, True),
                   56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            if s.type == "beslutning" and s.heading == layout.earlier[0]:
                _put_lines(p, ["BESLUTNINGER"], 56, 10, 2, 15)
                p.y -= 3
            dated = s.type == "beslutning"
            _put_lines(p, [s.heading], 56, 10 if not dated else 9.5, 2, 15)
            p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _ocr_line(p: Pager, rng: random.Random, text: str, size: float) -> None:
    """One line of the OCR layer: each word an invisible run at its own x, the size and
    baseline estimated (a little off)."""
    p.room(size * 1.45)
    x = 56 + rng.uniform(-1.5, 1.5)
    for w in text.split():
        est = size + rng.uniform(-0.25, 0.25)
        y = p.y + rng.uniform(-0.4, 0.4)
        p.pages[-1].append(b"BT 3 Tr /F1 %.2f Tf %.2f %.2f Td (%s) Tj ET" % (
            est, x, y, _escape(w)))
        x += _width(w, est, False) + est * 0.3


def _pdf_ocr(layout: Layout23, meeting: Meeting) -> bytes:
    rng = random.Random(f"{layout.name}-ocr-{meeting.items[0].title}")
    p = Pager()
    _ocr_line(p, rng, meeting.udvalg, 14)
    _ocr_line(p, rng, "Referat", 13)
    for line in (f"Mødedato : {DATE_LONG}", "Mødetid : kl. 16.00", f"Mødested : {meeting.place}"):
        _ocr_line(p, rng, line, 9.8)
    for item in meeting.items:
        p.y -= 12
        for line in _wrap_pt(f"{item.number}. {item.title}", 470, 13, False):
            _ocr_line(p, rng, line, 13)
        mark = _mark(layout, item)
        if mark:
            _ocr_line(p, rng, mark, 9.8)
        for s in item.sections:
            p.y -= 6
            _ocr_line(p, rng, s.heading, 10.6)
            for para in s.text.splitlines():
                for line in _wrap_pt(para, 470, 9.8, False):
                    _ocr_line(p, rng, line, 9.8)
    for n, ops in enumerate(p.pages, start=1):
        ops.insert(0, b"BT 3 Tr /F1 9 Tf 280 800 Td (Side %d) Tj ET" % n)
    return p.pdf()


def _pdf_libreoffice(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold", b"Times-BoldItalic", b"Times-Italic"))
    _put_lines(p, ["Dagsorden"], 56, 20, 2, 26)
    p.y -= 4
    for label, value in (("Udvalg", meeting.udvalg), ("Mødedato", f"tirsdag den {DATE_LONG}"),
                         ("Mødetidspunkt", "kl. 16.00"), ("Mødelokale", meeting.place)):
        p.rule(56, 539, p.y)
        p.room(16)
        p.put(62, label, 11, 2)
        p.put(190, value, 11, 1)
        p.y -= 4
    p.rule(56, 539, p.y)
    for item in meeting.items:
        p.y -= 18
        _put_lines(p, _wrap_pt(f"({item.number}) {item.title}", 480, 14, True), 56, 14, 2, 18)
        p.rule(56, 539, p.y - 4)
        p.y -= 6
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 10, 4, 14)
        for s in item.sections:
            p.y -= 6
            _put_lines(p, [s.heading], 56, 11, 3, 16)
            for para in s.text.splitlines():
                _put_lines(p, _wrap_pt(para, 480, 11, False), 56, 11, 1, 14)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _foot(p: Pager, texts: list[tuple[float, str]]) -> None:
    """Footer lines (8 pt, regular) at each page's foot: (x, text with {n} and {m})."""
    for n, ops in enumerate(p.pages, start=1):
        for x, text in texts:
            ops.append(b"BT /F1 8 Tf %.1f 34 Td (%s) Tj ET" % (
                x, _escape(text.format(n=n, m=len(p.pages)))))


def _pdf_export(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager()
    _head(p, "Referat", 18, meeting.udvalg, [f"Mødedato: {DATE_LONG}", "Mødetidspunkt: kl. 16.00",
                                             f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.new_page()
        p.room(12)
        _coloured(p, GREY, 56, "Lukket punkt" if item.closed else "Åbent punkt", 8, 1)
        p.y -= 4
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 14, True), 56, 14, 2, 18)
        if item.case_number:
            _put_lines(p, [case_line(layout, item)], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 8
            if s.type == "beslutning":
                lines = [x for para in s.text.splitlines() for x in _wrap_pt(para, 464, 10, False)]
                height = 15 + 14 * len(lines) + 10
                p.pages[-1].append(b"0.9 g 50 %.1f 492 %.1f re f 0 g" % (p.y - height, height))
                _put_lines(p, [s.heading], 60, 10, 2, 15)
                _put_lines(p, lines, 60, 10, 1, 14)
                p.y -= 10
            else:
                _put_lines(p, [s.heading], 56, 10, 2, 15)
                p.body(s.text)
    _foot(p, [(56, f"Udskrevet {DATE_NUMERIC} kl. 15.42"), (510, "{n}/{m}")])
    return p.pdf()


def _pdf_homemade(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"Referat af møde i {meeting.udvalg}"], 56, 14, 2, 20)
    _put_lines(p, [f"Dato: tirsdag den {DATE_LONG} kl. 19.00", f"Sted: {meeting.place}",
                   *_wrap_pt(f"Til stede: {', '.join(MEMBERS[:2] + MEMBERS[3:])}", 480, 10,
                             False), f"Afbud: {MEMBERS[2]}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        p.room(16)
        p.put(56, f"{item.number}.", 11, 2)
        p.y += 16
        _put_lines(p, _wrap_pt(item.title, 450, 11, True), 85, 11, 2, 16)
        if item.closed:
            _put_lines(p, ["Lukket punkt."], 85, 10, 1, 14)
        for s in item.sections:
            p.y -= 6
            p.room(14)
            label = f"{s.heading}:"
            width = _width(label, 10, False)
            p.put(56, label, 10, 1)
            p.rule(56, 56 + width, p.y - 1.5)
            first, *rest = s.text.splitlines()
            lines = _wrap_pt(first, 480 - width - 4, 10, False)
            p.put(56 + width + 4, lines[0], 10, 1)
            tail = " ".join(lines[1:])
            for para in ([tail] if tail else []) + rest:
                _put_lines(p, _wrap_pt(para, 480, 10, False), 56, 10, 1, 14)
    _foot(p, [(56, PATH), (480, "Side {n} af {m}")])
    return p.pdf()


GRID = ((40, 24), (84, 160), (264, 180), (464, 160), (644, 158))  # (x, width) of each column


def _cells(layout: Layout23, item: Item) -> list[list[tuple[str, int]]]:
    """The item's row: each cell's lines (text, font)."""
    sag = [(x, 2) for x in _wrap_pt(item.title, GRID[1][1], 8.5, True)]
    sag += [(case_line(layout, item), 1)] if item.case_number else []
    texts = {s.type: s.text for s in item.sections}
    cells = [[(item.number, 2)], sag]
    for (_, width), kind in zip(GRID[2:], ("resume", "indstilling", "beslutning"), strict=True):
        text = texts.get(kind, "Lukket punkt" if item.closed and kind == "resume" else "")
        cells.append([(x, 1) for para in text.splitlines()
                      for x in _wrap_pt(para, width - 6, 8.5, False)])
    return cells


def _pdf_grid(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager(width=842, height=595, margin=40)
    heads = ("Nr.", "Sag", *(h for _, h in layout.headings))

    def head_row() -> None:
        p.room(14)
        for (x, _), text in zip(GRID, heads, strict=True):
            p.put(x, text, 9, 2)
        p.rule(40, 802, p.y - 4)
        p.y -= 4

    _put_lines(p, [f"Beslutningsprotokol – {meeting.udvalg}"], 40, 14, 2, 20)
    _put_lines(p, [f"Mødet den {DATE_LONG} kl. 16.00, {meeting.place}"], 40, 10, 1, 14)
    p.y -= 8
    head_row()
    for item in meeting.items:
        cells = _cells(layout, item)
        p.y -= 3
        for k in range(max(len(c) for c in cells)):
            pages = len(p.pages)
            p.room(11)
            if len(p.pages) > pages:
                p.y += 11
                head_row()
                p.room(11)
            for (x, _), cell in zip(GRID, cells, strict=True):
                if k < len(cell):
                    p.put(x, cell[k][0], 8.5, cell[k][1])
        p.rule(40, 802, p.y - 4)
        p.y -= 4
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_footer_udvalg(layout: Layout23, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, ["Mødetidspunkt: kl. 16.00-18.30", f"Mødelokale: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
    _foot(p, [(56, f"{meeting.udvalg} · Referat fra mødet den {DATE_LONG} · Side {{n}} af {{m}}")])
    return p.pdf()


def render_pdf23(layout: Layout23, meeting: Meeting) -> bytes:
    return {"t23-landscape-columns-pdf": _pdf_columns,
            "t23-region-two-decisions-pdf": _pdf_region,
            "t23-ocr-invisible-words-pdf": _pdf_ocr,
            "t23-libreoffice-times-agenda-pdf": _pdf_libreoffice,
            "t23-export-decision-box-pdf": _pdf_export,
            "t23-homemade-underlined-runin-pdf": _pdf_homemade,
            "t23-protocol-grid-landscape-pdf": _pdf_grid,
            "t23-footer-udvalg-attachments-pdf": _pdf_footer_udvalg}[layout.name](
                layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_counter(layout: Layout23, meeting: Meeting) -> str:
    first = int(meeting.items[0].number) - 1
    style = ("<style>main.referat{counter-reset:punkt " f"{first}" "}"
             "main.referat h2{counter-increment:punkt}"
             "main.referat h2::before{content:counter(punkt) \". \"}</style>")
    body = ["<main class='referat'>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Dato: tirsdag den {DATE_LONG} kl. 17.00<br>Lokale: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<section class='punkt'><h2>{e(item.title)}</h2>")
        if item.closed:
            body.append("<p>Lukket punkt.</p>")
        elif item.case_number:
            body.append(f"<p class='sagsnr'>{e(case_line(layout, item))}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</section>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"], style)


def _html_flat(layout: Layout23, meeting: Meeting) -> str:
    body = ["<div class='content'>", "<h1>Referat</h1>", f"<h2>{e(meeting.udvalg)}</h2>",
            f"<p><strong>Mødedato:</strong> tirsdag den {DATE_LONG} kl. 17.00</p>",
            f"<p><strong>Mødested:</strong> {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h3>{item.number}. {e(item.title)}</h3>")
        if item.case_number:
            body.append(f"<p>{e(case_line(layout, item))}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    body.append("<p class='updated'>Sidst opdateret 14. marts 2024</p></div>")
    return _site_page(f"Referat - {meeting.udvalg}", body)


def render_html23(layout: Layout23, meeting: Meeting) -> str:
    return {"t23-css-counter-numbers-html": _html_counter,
            "t23-flat-h3-decisions-first-html": _html_flat}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_acrobat(layout: Layout23, meeting: Meeting) -> str:
    lines = [meeting.udvalg, "Referat", f"Mødedato: {DATE_LONG}", "Mødetidspunkt: kl. 16.00",
             f"Mødested: {meeting.place}"]
    for item in meeting.items:
        lines += wrap(f"{item.number} {item.title}", 90)
        mark = _mark(layout, item)
        lines += [mark] if mark else []
        for s in item.sections:
            lines += [s.heading]
            lines += [x for para in s.text.splitlines() for x in wrap(para, 90)]
    pages = [lines[k:k + ACROBAT_PAGE] for k in range(0, len(lines), ACROBAT_PAGE)]
    header = f"{meeting.udvalg} Referat {DATE_LONG}"
    out = [x for n, page in enumerate(pages, start=1)
           for x in [*([header] if n > 1 else []), *page, f"Side {n} af {len(pages)}"]]
    return "\r\n".join(out) + "\r\n"


def _label(label: str, text: str) -> list[str]:
    return _hanging(text, 78, f"{label:<20}")


def _text_labels(layout: Layout23, meeting: Meeting) -> str:
    out = [*_label("UDVALG:", meeting.udvalg), *_label("MØDEDATO:", f"{DATE_LONG} kl. 16.00"),
           *_label("MØDESTED:", meeting.place)]
    for item in meeting.items:
        out += ["", "=" * 78, *_label("PUNKT:", item.number), *_label("EMNE:", item.title)]
        if item.case_number:
            out += _label("SAGSNR.:", item.case_number)
        out += [*_label("STATUS:", "Lukket" if item.closed else "Åben"), "-" * 78]
        for s in item.sections:
            first, *rest = s.text.splitlines()
            out += _label(f"{s.heading}:", first)
            out += [x for para in rest for x in _label("", para)]
    return "\n".join(out) + "\n"


def render_text23(layout: Layout23, meeting: Meeting) -> str:
    return {"t23-acrobat-save-text-txt": _text_acrobat,
            "t23-caps-label-report-txt": _text_labels}[layout.name](layout, meeting)


def document23(layout: Layout23, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth23(layout, seed)
    return meeting, rendered(layout, meeting, render_text23, render_html23, render_pdf23)
