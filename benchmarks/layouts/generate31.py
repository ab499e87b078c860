"""A thirty-first set of invented layouts (`test31`): a twenty-sixth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (Word and LibreOffice PDFs, a scanned and OCR'd
typescript, a byråd's protocol, a region's committee minutes, a booklet printed two pages to a
sheet, a home-made dagsorden with its contents drawn as a text table, CMS pages, an old
FrontPage page, text exports), not from any kommune's published minutes, and frozen before the
reader was run on them.

Conventions meant to be new, or new in this combination: a Word PDF whose case numbers stand
only in footnotes at the page's foot, marked by a superscript after the title; a byråd's
protocol whose every item opens under a dark bar printed in white ("Sag 4 · Åben · Sagsnr.
…"), the title unnumbered below it, and two decisions per item, oldest first; an OCR'd
typescript in Courier whose lines wander off their baselines, with specks read as punctuation
in the margin and "Ad pkt. 4: Title"; a Word document printed two pages to a landscape sheet,
each half with its own page number; a LibreOffice dagsorden with every item's head centred
("Punkt 4", the title, "Sagsid: …"), bold-oblique headings and an attachments list; a
home-made Courier dagsorden-referat whose contents are a table drawn with "+---+" and "|",
capital headings without a colon; a region's committee minutes with the title at the left and
"Sag nr. 4" right-aligned on the same baseline and every heading run in with a colon; a CMS
page made only of <div>s and <span>s, its typography only in a <style> sheet; a FrontPage page
in windows-1252 with upper-case tags, <FONT> and <U> headings and <BR> lines; a page with the
number in brackets after the title in the <h2> and each item's two decisions, newest first, in
a table Organ | Dato | Beslutning; a plain text with setext underlines ("=====" under
"4. Title", "-----" under headings), hard-wrapped at 72; a text export of label and value
columns ("Sagsfremstilling   text…") with a protocol addition after some decisions.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate29 import _page
from benchmarks.layouts.generate30 import Layout30, _runin, truth30
from benchmarks.layouts.pdfwriter import _escape, wrap

EU_DECISION = ("Økonomiudvalgets beslutning den 5. marts 2024", "Indstillingen anbefales.")
EU_ROW = ("Økonomiudvalget 5. marts 2024", "Anbefales.")
RIGHT = 539  # the right edge of a portrait page's text
HALF = 421  # a landscape sheet's half: one printed page of the two-up booklet
NOTES = 50  # the room kept at a page's foot for its footnotes
SPECKS = "'.,`"  # what an OCR engine reads a speck of dust as


@dataclass
class Layout31(Layout30):
    """A test31 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS31: list[Layout31] = [
    # a Word PDF: "Referat" bold 18, the udvalg bold 14, "Dato:", "Tidspunkt:", "Sted:";
    # "4. Title" bold 12 and a superscript footnote mark (7 pt, raised) after it; the case
    # number only in the footnote at the page's foot "1 Sagsnr. …" (8 pt, under a short
    # rule), the closed item's "1 Lukket punkt"; bold headings; "Side n af m"
    Layout31("t31-footnote-case-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a byråd's protocol: "Byrådet" bold 18, "Beslutningsprotokol", fields; each item under
    # a dark bar (a filled rectangle) with white 9 pt text "Sag 4 · Åben · Sagsnr. …"
    # ("Sag 5 · Lukket" for the closed item), the title bold 13 unnumbered below it; bold
    # headings; two decisions per item, the økonomiudvalg's (fixed) then the byråd's;
    # header "Byrådet · Beslutningsprotokol · 12. marts 2024", footer "Side n"
    Layout31("t31-dark-bar-two-bodies-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning den 12. marts 2024")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen, Rådhuset", earlier=(EU_DECISION,)),
    # a scanned typescript, OCR'd: Courier 10 throughout (no bold), every line a little off
    # its baseline and margin; "REFERAT", "af mødet i udvalg", the date sentence,
    # "Mødested: …"; "Ad pkt. 4: Title" (continuation lines indented), "J.nr. …";
    # headings with a colon on their own line; specks read as "'", ".", ",", "`" in the
    # margins; footer "Side n"; one closed item ("Lukket punkt")
    Layout31("t31-ocr-typescript-ad-pkt-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"), ("indstilling", "Indstilling:"),
              ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="J.nr. {case}", closed=1,
             place="Rådhuset, mødelokale 1"),
    # a Word referat printed two pages to a landscape sheet (a booklet): each half a
    # portrait page of its own, text from x 40 (or 461) 340 pt wide, 9 pt; "Punkt 4: Title"
    # bold 11; "Sagsnr.: …" 8; bold 9.5 headings; each half's own "Side n" at its foot
    Layout31("t31-two-up-booklet-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, place="Mødelokale 3"),
    # a LibreOffice dagsorden: everything at the top centred ("Dagsorden", the udvalg, the
    # date, the place); each item's head centred: "Punkt 4" 10, the title bold 12 (each
    # line centred), "Sagsid: …" 9; headings Helvetica-BoldOblique 10 at the margin
    # ("Sagsbeskrivelse", "Økonomi", "Direktionen indstiller") and an attachments list
    # "Bilag" last; no decisions; "Side n"; one closed item
    Layout31("t31-centred-heads-dagsorden-pdf",
             [("sagsfremstilling", "Sagsbeskrivelse"), ("okonomi", "Økonomi"),
              ("indstilling", "Direktionen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Sagsid: {case}", closed=1,
             place="Rådhuset, lille mødesal", attachments=True),
    # a small kommune's home-made Courier PDF: "REFERAT", udvalg, fields; the contents as a
    # table drawn as text ("+-----+---…+", "| Pkt | Emne |", titles wrapped in their
    # column); each item "Pkt. 4  Title" (regular; continuation lines under the title),
    # "Sag: …"; headings in capitals without a colon ("SAGSFREMSTILLING"); "Side n";
    # one closed item
    Layout31("t31-ascii-contents-table-pdf",
             [("sagsfremstilling", "SAGSFREMSTILLING"), ("okonomi", "ØKONOMI"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING")],
             formats=(".pdf",), case="Sag: {case}", closed=1, place="Rådhuset, mødelokale 2"),
    # a region's committee minutes: "Forretningsudvalget" bold 16, "Referat", fields; the
    # title bold 12 at the left (wrapped at 400 pt) and "Sag nr. 4" bold 10 right-aligned on
    # its first baseline; "Sagsnr. …" 9; every heading bold and run in with a colon before
    # its text's first line ("Resumé: …"); header "Region · Forretningsudvalget · Referat";
    # "Side n af m"; one closed item
    Layout31("t31-region-number-right-runin-pdf",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1,
             udvalg="Forretningsudvalget", place="Regionshuset, mødelokale 3"),
    # a CMS page of <div>s and <span>s only (no h1-h6, no strong or b, no lists or tables):
    # the fields as label/value spans; each item a div.card with a div.card-header of
    # span.nr "4" and span.titel, a div.meta "Sagsnr. …", each section a div.felt of a
    # div.felt-label and a div.felt-value of <p>s; bold and sizes only in a <style> sheet;
    # one closed item (div.meta "Lukket punkt")
    Layout31("t31-div-soup-css-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # an old FrontPage page in windows-1252 (declared in a <META http-equiv>), upper-case
    # tags: the fields in a borderless <TABLE>; each item "<P><FONT SIZE=4><B>Pkt. 4
    # Title</B></FONT><BR>J.nr. …"; headings underlined "<U>Sagsfremstilling</U><BR>" and
    # the text's paragraphs as lines parted by <BR><BR>; one closed item
    Layout31("t31-frontpage-cp1252-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="J.nr. {case}", closed=1, place="Rådhuset, byrådssalen"),
    # a byråd's page: <h2>Title <span class='nr'>(4)</span></h2> (the number after the
    # title, in brackets), "Sagsnr. …"; <h3> headings; the decisions in one <table
    # class='beslutninger'> (thead Organ | Dato | Beslutning), a row per body, newest first:
    # the byråd's, then the økonomiudvalg's (fixed); one closed item
    Layout31("t31-decision-table-newest-first-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Byrådet 12. marts 2024")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(EU_ROW,), newest_first=True),
    # a plain text with setext underlines: "REFERAT" over "=======", the udvalg, "Dato:",
    # "Sted:"; "4. Title" (one line) over a line of "=" as long; "Sagsnr.: …"; headings over
    # a line of "-" as long; the texts hard-wrapped at 72, paragraphs parted by blank lines;
    # the closed item's title and "Lukket punkt"
    Layout31("t31-setext-underlined-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a text export of two columns: labels padded to 20 characters, values wrapped at 56 in
    # the second column ("Udvalg", "Dato", "Sted"; per item "Punkt", "Titel", "Sagsnr.",
    # then each heading beside its text); items parted by a line of 76 "="; every second
    # open item's decision followed by a "Protokoltilføjelse" (type beslutning); the closed
    # item "Status  Lukket punkt"
    Layout31("t31-label-columns-protocol-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1, protocol=True),
]


def by_name31(name: str) -> Layout31 | None:
    return next((layout for layout in LAYOUTS31 if layout.name == name), None)


def _mark(layout: Layout31, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _fields(meeting: Meeting, time: str) -> list[str]:
    return [f"Dato: {DATE_LONG}", f"Tidspunkt: {time}", f"Sted: {meeting.place}"]


# --- PDF ---------------------------------------------------------------------------------------


class Footnoted(Pager):
    """A Pager that keeps `NOTES` points at each page's foot for footnotes."""

    def room(self, leading: float) -> float:
        if self.y - leading < self.margin + 20 + NOTES:
            self.new_page()
        self.y -= leading
        return self.y


def _pdf_footnotes(layout: Layout31, meeting: Meeting) -> bytes:
    p = Footnoted()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, _fields(meeting, "kl. 16.00 - 18.00"), 56, 10, 1, 14)
    notes: dict[int, list[str]] = {}
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(f"{item.number}. {item.title}", 460, 12, True)
        _put_lines(p, title, 56, 12, 2, 17)
        page = notes.setdefault(len(p.pages) - 1, [])
        mark = str(len(page) + 1)
        page.append(f"{mark} {_mark(layout, item)}")
        p.put(56 + _width(title[-1], 12, True) + 2, mark, 7, 1, p.y + 5)
        p.sections(item, gap=6)
    for index, lines in notes.items():
        top = p.margin + 20 + NOTES - 6
        p.rule(56, 176, top, index)
        for k, line in enumerate(lines):
            p.pages[index].append(b"BT /F1 8 Tf 56 %.1f Td (%s) Tj ET" % (
                top - 10 - 9 * k, _escape(line)))
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_dark_bar(layout: Layout31, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Beslutningsprotokol"], 56, 13, 1, 18)
    _put_lines(p, _fields(meeting, "kl. 19.00 - 21.40"), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        p.room(20)
        status = (f"Sag {item.number} · Lukket" if item.closed else
                  " · ".join(x for x in (f"Sag {item.number}", "Åben",
                                         _mark(layout, item)) if x))
        p.pages[-1].append(b"0.2 g 56 %.1f 483 16 re f 1 g" % (p.y - 5))
        p.put(62, status, 9, 1)
        p.pages[-1].append(b"0 g")
        p.y -= 4
        _put_lines(p, _wrap_pt(item.title, 480, 13, True), 56, 13, 2, 18)
        p.sections(item, gap=6)
    head = f"{meeting.udvalg} · Beslutningsprotokol · {DATE_LONG}"
    return p.pdf(header=lambda n: head, footer=lambda n, m: f"Side {n}")


def _jittered(p: Pager, rng: random.Random, x: float, line: str) -> None:
    p.put(x + rng.uniform(-1.5, 1.5), line, 10, 1, p.y + rng.uniform(-0.8, 0.8))


def _pdf_ocr(layout: Layout31, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    rng = random.Random(f"{layout.name}-{meeting.items[0].title}")
    typed: list[tuple[float, str]] = [
        (56, "REFERAT"), (56, ""), (56, f"af mødet i {meeting.udvalg}"),
        (56, f"tirsdag den {DATE_LONG} kl. 19.00"), (56, f"Mødested: {meeting.place}")]
    for item in meeting.items:
        typed.append((56, ""))
        lines = wrap(f"Ad pkt. {item.number}: {item.title}", 70)
        typed += [(56, lines[0])] + [(104, line) for line in wrap(" ".join(lines[1:]), 62)]
        mark = _mark(layout, item)
        typed += [(104, mark)] if mark else []
        for s in item.sections:
            typed += [(56, ""), (56, s.heading)]
            typed += [(56, line) for para in s.text.splitlines() for line in wrap(para, 78)]
    for x, line in typed:
        p.room(13)
        if line:
            _jittered(p, rng, x, line)
    for ops in p.pages:
        for _ in range(2):
            ops.append(b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET" % (
                rng.uniform(24, 40), rng.uniform(120, 720), rng.choice(SPECKS).encode()))
    return p.pdf(footer=lambda n, m: f"Side {n}")


class TwoUp(Pager):
    """A landscape sheet printed with two portrait pages: the left half, then the right
    (`HALF` further), each half a page of its own."""

    def __init__(self) -> None:
        super().__init__(842, 595, margin=40)
        self.half = 0

    def new_page(self) -> None:
        super().new_page()
        self.half = 0

    def room(self, leading: float) -> float:
        if self.y - leading < self.margin + 20 and self.half == 0:
            self.half, self.y = 1, self.top
        return super().room(leading)

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        super().put(x + HALF * self.half, text, size, font, y)

    def body(self, text: str, x: float = 40, width: float = 340) -> None:
        for para in text.splitlines():
            for line in _wrap_pt(para, width, 9, False):
                self.room(12.5)
                self.put(x, line, 9, 1)


def _pdf_two_up(layout: Layout31, meeting: Meeting) -> bytes:
    p = TwoUp()
    _put_lines(p, ["Referat"], 40, 16, 2, 22)
    _put_lines(p, _wrap_pt(meeting.udvalg, 340, 12, True), 40, 12, 2, 17)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.30", f"Mødested: {meeting.place}"],
               40, 9, 1, 13)
    for item in meeting.items:
        p.y -= 12
        _put_lines(p, _wrap_pt(f"Punkt {item.number}: {item.title}", 340, 11, True),
                   40, 11, 2, 15)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 40, 8, 1, 12)
        for s in item.sections:
            p.y -= 5
            _put_lines(p, [s.heading], 40, 9.5, 2, 14)
            p.body(s.text)
    halves = 2 * len(p.pages) - (1 - p.half)
    for k in range(halves):
        p.pages[k // 2].append(b"BT /F1 8 Tf %.1f 20 Td (Side %d) Tj ET" % (
            HALF * (k % 2) + 190, k + 1))
    return p.pdf()


def _centred(p: Pager, lines: list[str], size: float, font: int, leading: float) -> None:
    for line in lines:
        p.room(leading)
        p.put((595 - _width(line, size, font == 2)) / 2, line, size, font)


def _pdf_centred(layout: Layout31, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    _centred(p, ["Dagsorden"], 18, 2, 24)
    _centred(p, [meeting.udvalg], 13, 2, 18)
    _centred(p, [f"Tirsdag den {DATE_LONG} kl. 17.00", meeting.place], 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        _centred(p, [f"Punkt {item.number}"], 10, 1, 14)
        _centred(p, _wrap_pt(item.title, 400, 12, True), 12, 2, 17)
        mark = _mark(layout, item)
        _centred(p, [mark] if mark else [], 9, 1, 13)
        p.sections(item, font=3, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _ascii_contents(meeting: Meeting) -> list[str]:
    rule = "+-----+" + "-" * 66 + "+"
    rows = [rule, "| Pkt | " + "Emne".ljust(65) + "|", rule]
    for item in meeting.items:
        for k, line in enumerate(wrap(item.title, 64)):
            number = item.number.rjust(3) if k == 0 else "   "
            rows.append(f"| {number} | {line.ljust(65)}|")
    return [*rows, rule]


def _pdf_ascii(layout: Layout31, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    _put_lines(p, ["REFERAT", meeting.udvalg], 56, 12, 2, 16)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 18.30", f"Mødested: {meeting.place}", ""],
               56, 9, 1, 12)
    _put_lines(p, _ascii_contents(meeting), 56, 9, 1, 11)
    for item in meeting.items:
        p.y -= 16
        lines = wrap(item.title, 70)
        _put_lines(p, [f"Pkt. {item.number}  {lines[0]}"], 56, 10, 1, 13)
        indent = 56 + 6 * len(f"Pkt. {item.number}  ")
        _put_lines(p, lines[1:], indent, 10, 1, 13)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], indent, 10, 1, 13)
        for s in item.sections:
            p.y -= 8
            _put_lines(p, [s.heading], 56, 10, 1, 13)
            _put_lines(p, [line for para in s.text.splitlines() for line in wrap(para, 78)],
                       56, 10, 1, 13)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_number_right(layout: Layout31, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 16, 2, 22)
    _put_lines(p, ["Referat", *_fields(meeting, "kl. 9.00 - 12.00")], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 400, 12, True)
        p.room(17)
        p.put(56, title[0], 12, 2)
        number = f"Sag nr. {item.number}"
        p.put(RIGHT - _width(number, 10, True), number, 10, 2)
        _put_lines(p, title[1:], 56, 12, 2, 17)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            _runin(p, s.heading, s.text, 480, 10)
    head = f"Region · {meeting.udvalg} · Referat"
    return p.pdf(header=lambda n: head, footer=lambda n, m: f"Side {n} af {m}")


def render_pdf31(layout: Layout31, meeting: Meeting) -> bytes:
    return {"t31-footnote-case-pdf": _pdf_footnotes,
            "t31-dark-bar-two-bodies-pdf": _pdf_dark_bar,
            "t31-ocr-typescript-ad-pkt-pdf": _pdf_ocr,
            "t31-two-up-booklet-pdf": _pdf_two_up,
            "t31-centred-heads-dagsorden-pdf": _pdf_centred,
            "t31-ascii-contents-table-pdf": _pdf_ascii,
            "t31-region-number-right-runin-pdf": _pdf_number_right}[layout.name](
                layout, meeting)


# --- HTML --------------------------------------------------------------------------------------

STYLE = ("<style>.card-header{font-size:1.4em;font-weight:700}.felt-label{font-weight:700;"
         "margin-top:1em}.nr{margin-right:.5em}.meta{color:#666}</style>")


def _html_div_soup(layout: Layout31, meeting: Meeting) -> str:
    def field(label: str, value: str) -> str:
        return (f"<div class='info'><span class='info-label'>{e(label)}</span> "
                f"<span class='info-value'>{e(value)}</span></div>")

    body = [STYLE, "<div class='side'>", "<div class='sidetitel'>Referat</div>",
            field("Udvalg", meeting.udvalg), field("Mødedato", f"{DATE_LONG} kl. 16.00"),
            field("Mødested", meeting.place)]
    for item in meeting.items:
        body.append(f"<div class='card'><div class='card-header'><span class='nr'>"
                    f"{item.number}</span> <span class='titel'>{e(item.title)}</span></div>")
        mark = _mark(layout, item)
        body += [f"<div class='meta'>{e(mark)}</div>"] if mark else []
        body += [f"<div class='felt'><div class='felt-label'>{e(s.heading)}</div>"
                 f"<div class='felt-value'>{_paras(s.text)}</div></div>"
                 for s in item.sections]
        body.append("</div>")
    return _page(f"Referat - {meeting.udvalg}", [*body, "</div>"])


def _html_frontpage(layout: Layout31, meeting: Meeting) -> bytes:
    def cell(text: str) -> str:
        return f"<TD>{e(text)}</TD>"

    out = ["<HTML>", "<HEAD>",
           "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'>",
           "<META NAME='GENERATOR' CONTENT='Microsoft FrontPage 4.0'>",
           f"<TITLE>Referat {e(meeting.udvalg)}</TITLE>", "</HEAD>", "<BODY BGCOLOR='#FFFFFF'>",
           "<P><FONT SIZE=5><B>Referat</B></FONT></P>", "<TABLE BORDER=0 CELLPADDING=2>",
           f"<TR>{cell('Udvalg:')}{cell(meeting.udvalg)}</TR>",
           f"<TR>{cell('Dato:')}{cell(f'{DATE_LONG} kl. 17.00')}</TR>",
           f"<TR>{cell('Sted:')}{cell(meeting.place)}</TR>", "</TABLE>", "<HR>"]
    for item in meeting.items:
        mark = _mark(layout, item)
        out.append(f"<P><FONT SIZE=4><B>Pkt. {item.number} {e(item.title)}</B></FONT>"
                   + (f"<BR>{e(mark)}" if mark else "") + "</P>")
        for s in item.sections:
            text = "<BR><BR>".join(e(x) for x in s.text.splitlines())
            out.append(f"<P><U>{e(s.heading)}</U><BR>{text}</P>")
    out += ["</BODY>", "</HTML>"]
    return "\r\n".join(out).encode("cp1252", errors="xmlcharrefreplace")


def _html_decision_table(layout: Layout31, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", f"<p>{e(meeting.udvalg)}</p>",
            f"<p>Mødedato: {DATE_LONG} kl. 17.00. Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<section><h2>{e(item.title)} <span class='nr'>({item.number})</span>"
                    "</h2>")
        mark = _mark(layout, item)
        body += [f"<p class='sag'>{e(mark)}</p>"] if mark else []
        decisions = [s for s in item.sections if s.type == "beslutning"]
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}"
                 for s in item.sections if s.type != "beslutning"]
        if decisions:
            body.append("<h3>Beslutninger</h3><table class='beslutninger'><thead><tr>"
                        "<th>Organ</th><th>Dato</th><th>Beslutning</th></tr></thead><tbody>")
            for s in decisions:
                organ, date = s.heading.split(" ", 1)
                body.append(f"<tr><td>{e(organ)}</td><td>{e(date)}</td>"
                            f"<td>{_paras(s.text)}</td></tr>")
            body.append("</tbody></table>")
        body.append("</section>")
    return _page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def render_html31(layout: Layout31, meeting: Meeting) -> str | bytes:
    return {"t31-div-soup-css-html": _html_div_soup,
            "t31-frontpage-cp1252-html": _html_frontpage,
            "t31-decision-table-newest-first-html": _html_decision_table}[layout.name](
                layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_setext(layout: Layout31, meeting: Meeting) -> str:
    out = ["REFERAT", "=======", "", meeting.udvalg, "", f"Dato: {DATE_LONG} kl. 16.00",
           f"Sted: {meeting.place}"]
    for item in meeting.items:
        title = f"{item.number}. {item.title}"
        out += ["", "", title, "=" * len(title)]
        mark = _mark(layout, item)
        out += ["", mark] if mark else []
        for s in item.sections:
            out += ["", s.heading, "-" * len(s.heading)]
            for para in s.text.splitlines():
                out += ["", *wrap(para, 72)]
    return "\n".join(out) + "\n"


def _columns(label: str, value: str) -> list[str]:
    lines = [line for para in value.splitlines() for line in wrap(para, 56)] or [""]
    return [f"{label if k == 0 else '':<20}{line}".rstrip() for k, line in enumerate(lines)]


def _text_label_columns(layout: Layout31, meeting: Meeting) -> str:
    out = [*_columns("Referat", ""), *_columns("Udvalg", meeting.udvalg),
           *_columns("Dato", f"{DATE_LONG} kl. 15.00"), *_columns("Sted", meeting.place)]
    for item in meeting.items:
        out += ["=" * 76, *_columns("Punkt", item.number), *_columns("Titel", item.title)]
        out += _columns("Status", "Lukket punkt") if item.closed else []
        out += _columns("Sagsnr.", item.case_number) if item.case_number else []
        for s in item.sections:
            out += ["", *_columns(s.heading, s.text)]
    return "\n".join(out) + "\n"


def render_text31(layout: Layout31, meeting: Meeting) -> str:
    return {"t31-setext-underlined-txt": _text_setext,
            "t31-label-columns-protocol-txt": _text_label_columns}[layout.name](layout, meeting)


def document31(layout: Layout31, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's) and the rendered files (by suffix, only the layout's
    formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text31, render_html31, render_pdf31)
