"""A thirty-fourth set of invented layouts (`test34`): a twenty-ninth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (a Word table of two columns, a committee system
that repeats a running item's title on every page it runs onto, a typeset referat with
letter-spaced headings, a dagsorden whose numbers stand turned in the margin, a referat whose
decisions are gathered after the last item, a scanner's searchable PDF, Word's filtered web
page, pdf2htmlEX's positioned lines, a beslutningsprotokol as one HTML table, an e-mail reply
quoting the referat, an Excel CSV export, a web page copied to the clipboard), not from any
kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: each item's number, title and case
number wrapped in a narrow left column and its sections in a wide right column beside them,
items parted by a rule; the title of an item that runs onto a new page repeated at that page's
top with "(fortsat)", the date and place only in a closing sentence after the last item;
headings in capitals spaced by character spacing (Tc, no space glyphs), the number
right-aligned in a gutter, items parted by a centred "* * *"; the number and case number only
in a line turned 90 degrees in the left margin beside an unnumbered title; every decision
printed after the last item under "Beslutninger", each headed "Ad pkt. 4" with the title
repeated below it; an invisible OCR text layer (render mode 3) stretched by horizontal scaling
over a page image, one font, no bold; Word's filtered HTML whose item numbers stand only in
`<![if !supportLists]>` spans; pdf2htmlEX's absolutely positioned line `<div>`s, bold only by
font class; one table Pkt. | Sag | Beslutning whose <caption> holds the meeting and whose
decisions are headed only by the column; a referat quoted in an e-mail reply ("> ", wrapped
at 72) under a reply dated the next day; a semicolon CSV with a byte-order mark, one row per
item, the sections as columns, cells with line breaks; a web page copied as text: tab-separated
rows "4<tab>Title<tab>case" and two decisions per item, oldest first.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth; the appended decisions headed as printed). Section types
are the type a heading means in referat's model; where that is debatable, the most common
reading, said at the layout.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate30 import truth30
from benchmarks.layouts.generate32 import Layout32, Pager32
from benchmarks.layouts.pdfwriter import _escape, wrap

OEU = ("Beslutning i Økonomiudvalget den 5. marts 2024", "Anbefales over for Byrådet.")
RIGHT = 539  # the right edge of a portrait page's text
LEFT_COLUMN = 125  # the width of the title column
BODY_X = 200  # where the sections of the title-column layout start
SPACING = 2.5  # the character spacing (Tc) of the letter-spaced headings
GUTTER = 72  # the right edge of the right-aligned numbers
QUOTE = 72  # the width of a quoted e-mail line, "> " included
CSV_HEAD = ("Udvalg", "Mødedato", "Mødetidspunkt", "Mødested", "Punkt", "Titel", "Sagsnr.",
            "Status")


@dataclass
class Layout34(Layout32):
    """A test34 layout: generate30's fields and `appended`; the conventions are in the
    renderers."""

    appended: bool = False  # the decisions printed after the last item, each "Ad pkt. N"


LAYOUTS34: list[Layout34] = [
    # a Word table of two borderless columns: at the left (125 pt) "Punkt 4" bold 10, the
    # title bold 10 wrapped in the column and "Sagsnr. …" 8 ("Lukket punkt" for the closed
    # item); at x 200 the headings bold 10 and texts, the first heading on "Punkt 4"'s
    # baseline; items parted by a rule; "Referat", the udvalg, bold labels beside values
    Layout34("t34-title-column-beside-body-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1,
             place="Rådhuset, mødelokale 3"),
    # a committee system's PDF: "Referat" and the udvalg only at the top; "4. Title" bold 12;
    # "Sagsnr.: …" 9; bold headings; an item running onto a new page has its number and
    # title repeated at that page's top, bold 9, with "(fortsat)"; the date, time and place
    # only in a closing sentence after the last item, then two signature lines
    Layout34("t34-continued-heads-fields-at-end-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 1"),
    # a typeset referat: the number bold 12 right-aligned at x 72, the title bold 12 at x 82;
    # "Journalnr. …" 9; headings in capitals, regular 9, spaced by 2.5 pt of character
    # spacing (Tc) and no space glyph; items parted by a centred "*   *   *"; one closed item
    Layout34("t34-letterspaced-caps-heads-pdf",
             [("resume", "RESUMÉ"), ("sagsfremstilling", "SAGSFREMSTILLING"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING")],
             formats=(".pdf",), case="Journalnr. {case}", closed=1, place="Mødelokale 6"),
    # a dagsorden: the title bold 13 unnumbered at x 80; "Punkt 4 · Sagsnr. …" bold 8 turned
    # 90 degrees, reading upward in the left margin beside the text under the title, its
    # top 6 pt below the title's baseline (the number and case only there; "Punkt 5 ·
    # Lukket punkt" for the closed item); bold headings at x 80; no decisions
    Layout34("t34-rotated-margin-number-agenda-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Forvaltningens indstilling")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Rådhuset, mødelokale 4"),
    # a referat whose items carry no decision: "4. Title" bold 12, "J.nr. …" 9, bold
    # headings; after the last item, from a new page, "Beslutninger" bold 16 and for each
    # open item "Ad pkt. 4" bold 11, its title oblique 10 below, then the decision's text
    Layout34("t34-decisions-appended-ad-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1, place="Rådhuset, mødesal 2",
             appended=True),
    # a scanner's searchable PDF: on every page a grey rectangle for the scanned image under
    # an invisible text layer (render mode 3), every line in Helvetica 10 (no bold, titles
    # and headings as the body), stretched by horizontal scaling (Tz 94-106); "REFERAT",
    # the udvalg, "Dato:", "Sted:"; "4. Title"; "Sagsnr.: …"; headings on their own lines
    Layout34("t34-ocr-invisible-layer-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 3"),
    # Word's "Save as Web Page, Filtered": MsoNormal paragraphs, the fields in a
    # MsoTableGrid; each title an <h1> whose number stands only in a
    # "<![if !supportLists]>" span; "Sagsnr. …" 9 pt grey; headings bold MsoNormal; an empty
    # paragraph between sections; the closed item "Lukket punkt" in italics
    Layout34("t34-word-filtered-mso-list-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 2"),
    # pdf2htmlEX: every printed line an absolutely positioned <div class='t …'> in a page
    # <div>, bold only by a font class (ff2), sizes by fs classes; "4.", an empty spacing
    # span and the title; "Sagsnummer: …"; a dagsorden, no decisions; "Side n af m"
    Layout34("t34-pdf2htmlex-positioned-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Direktionen indstiller")],
             formats=(".html",), kind="dagsorden", case="Sagsnummer: {case}", closed=1,
             place="Rådhuset, mødelokale 1"),
    # a beslutningsprotokol as one <table>: the meeting only in its <caption>; head
    # Pkt. | Sag | Beslutning; per item a row: the number, a cell with the title bold,
    # "Sagsnr. …" and the other sections under <strong> headings, and a cell with the
    # decision's text (headed only by the column); the closed item "Lukket punkt"
    Layout34("t34-protocol-table-caption-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 5"),
    # an e-mail reply: a short reply dated the next day, then "Den 13. marts 2024 kl. 08.15
    # skrev …:" and the whole referat quoted, every line "> " and wrapped at 72; "Udvalg:",
    # "Dato:", "Sted:"; "Pkt. 4: Title"; "Sagsnr.: …"; headings with a colon
    Layout34("t34-quoted-reply-email-txt",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".txt",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 4"),
    # an Excel export saved as CSV: UTF-8 with a byte-order mark, ";" between cells, CRLF
    # rows, one row per item with the meeting's fields repeated, the sections as columns
    # named by their headings, paragraphs as line breaks inside quoted cells; "Status" Åben
    # or Lukket
    Layout34("t34-semicolon-csv-export-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1, place="Mødelokale 1"),
    # a byråd's web page copied to the clipboard: label<tab>value fields; per item one
    # agenda row "4<tab>Title<tab>case" ("Lukket" in the case column of the closed item);
    # headings on their own lines, a paragraph per line, blank lines between; two decisions,
    # oldest first: the økonomiudvalg's (fixed), then "Beslutning i Byrådet den 12. marts 2024"
    Layout34("t34-clipboard-tabs-two-decisions-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i Byrådet den 12. marts 2024")],
             formats=(".txt",), case="{case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU,)),
]


def by_name34(name: str) -> Layout34 | None:
    return next((layout for layout in LAYOUTS34 if layout.name == name), None)


def truth34(layout: Layout34, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate30's truth, the
    appended decisions headed "Ad pkt. N" as printed."""
    meeting = truth30(layout, seed)
    if layout.appended:
        for item in meeting.items:
            for s in item.sections:
                if s.type == "beslutning":
                    s.heading = f"Ad pkt. {item.number}"
    return meeting


def _mark(layout: Layout34, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _marks(layout: Layout34, item: Item) -> list[str]:
    """The item's mark as a line, none when it has neither a case number nor is closed."""
    mark = _mark(layout, item)
    return [mark] if mark else []


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_title_column(layout: Layout34, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 13, True), 56, 13, 2, 18)
    for label, value in (("Dato", DATE_LONG), ("Tid", "kl. 16.00 - 18.30"),
                         ("Sted", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(BODY_X, value, 10, 1)
    for item in meeting.items:
        left = [(f"Punkt {item.number}", 10.0, 2)]
        left += [(x, 10.0, 2) for x in _wrap_pt(item.title, LEFT_COLUMN, 10, True)]
        left += [(x, 8.0, 1) for x in _marks(layout, item)]
        p.y -= 10
        if p.y - 13 * len(left) - 14 < p.margin + 20:
            p.new_page()
        p.rule(56, RIGHT, p.y)
        top = p.y - 14
        for k, (text, size, font) in enumerate(left):
            p.put(56, text, size, font, top - 13 * k)
        bottom, page = top - 13 * (len(left) - 1), len(p.pages)
        p.y = top + 14
        for k, s in enumerate(item.sections):
            p.y -= 5 if k else 0
            p.room(14)
            p.put(BODY_X, s.heading, 10, 2)
            p.body(s.text, x=BODY_X, width=RIGHT - BODY_X)
        if len(p.pages) == page:
            p.y = min(p.y, bottom)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


class Continued(Pager32):
    """A pager that repeats the running item's number and title, "(fortsat)", at the top
    of every page the item runs onto."""

    def __init__(self) -> None:
        super().__init__()
        self.running = ""

    def new_page(self) -> None:
        super().new_page()
        if self.running:
            self.put(56, self.running, 9, 2)
            self.y -= 18


def _continued(item: Item) -> str:
    head = _wrap_pt(f"{item.number}. {item.title}", 420, 9, True)
    return f"{head[0]}{' …' if len(head) > 1 else ''} (fortsat)"


def _pdf_continued(layout: Layout34, meeting: Meeting) -> bytes:
    p = Continued()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    for item in meeting.items:
        p.running = ""
        p.y -= 16
        if p.y - 60 < p.margin + 20:
            p.new_page()
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 17)
        p.running = _continued(item)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    p.running = ""
    p.y -= 20
    closing = (f"Mødet blev holdt tirsdag den {DATE_LONG} kl. 16.00 i {meeting.place} og "
               "sluttede kl. 17.40.")
    _put_lines(p, _wrap_pt(closing, 480, 10, False), 56, 10, 1, 14)
    p.y -= 30
    p.room(40)
    for x, who in ((56, "Formand"), (320, "Sekretær")):
        p.rule(x, x + 200, p.y + 12)
        p.put(x, who, 9, 1)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _spaced(p: Pager32, x: float, text: str, size: float) -> None:
    """A line in capitals spaced by character spacing (Tc), no space glyph added."""
    p.pages[-1].append(b"BT %.1f Tc /F1 %.1f Tf %.1f %.1f Td (%s) Tj 0 Tc ET"
                       % (SPACING, size, x, p.y, _escape(text)))


def _pdf_letterspaced(layout: Layout34, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 82, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 457, 13, True), 82, 13, 2, 18)
    _put_lines(p, [f"Dato: {DATE_LONG} kl. 16.30", f"Sted: {meeting.place}"], 82, 10, 1, 14)
    for k, item in enumerate(meeting.items):
        if k:
            p.y -= 6
            p.room(14)
            p.put(297 - _width("*   *   *", 10, False) / 2, "*   *   *", 10, 1)
        p.y -= 12
        title = _wrap_pt(item.title, 457, 12, True)
        if p.y - 17 * len(title) - 60 < p.margin + 20:
            p.new_page()
        p.room(17)
        p.put(GUTTER - _width(item.number, 12, True), item.number, 12, 2)
        p.put(82, title[0], 12, 2)
        _put_lines(p, title[1:], 82, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 82, 9, 1, 13)
        for s in item.sections:
            p.y -= 8
            p.room(15)
            _spaced(p, 82, s.heading, 9)
            p.body(s.text, x=82, width=RIGHT - 82)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


def _turned(p: Pager32, text: str, x: float, y: float) -> None:
    """A bold 8 pt line turned 90 degrees, reading upward from (x, y)."""
    p.pages[-1].append(b"BT /F2 8 Tf 0 1 -1 0 %.1f %.1f Tm (%s) Tj ET" % (x, y, _escape(text)))


def _pdf_rotated_number(layout: Layout34, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Dagsorden"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        turned = f"Punkt {item.number} · {_mark(layout, item)}"
        length = _width(turned, 8, True)
        title = _wrap_pt(item.title, 450, 13, True)
        p.y -= 18
        if p.y - 17 * len(title) - 6 - length < p.margin + 20:
            p.new_page()
        _put_lines(p, title, 80, 13, 2, 17)
        floor, page = p.y - 6 - length, len(p.pages)
        _turned(p, turned, 68, floor)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(80, s.heading, 10, 2)
            p.body(s.text, x=80, width=RIGHT - 80)
        if len(p.pages) == page:
            p.y = min(p.y, floor)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_appended(layout: Layout34, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 13, True), 56, 13, 2, 18)
    _put_lines(p, [f"Dato: {DATE_LONG} kl. 15.00", f"Sted: {meeting.place}"], 56, 10, 1, 14)
    decided: list[tuple[Item, list]] = []
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        for s in item.sections:
            if s.type != "beslutning":
                p.y -= 6
                p.room(15)
                p.put(56, s.heading, 10, 2)
                p.body(s.text)
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if decisions:
            decided.append((item, decisions))
    p.new_page()
    _put_lines(p, ["Beslutninger"], 56, 16, 2, 22)
    for item, decisions in decided:
        for s in decisions:
            p.y -= 10
            p.room(16)
            p.put(56, s.heading, 11, 2)
            _put_lines(p, _wrap_pt(item.title, 480, 10, False), 56, 10, 3, 14)
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


class Invisible(Pager32):
    """A scanner's searchable PDF: a grey rectangle for the page's image, each line of the
    OCR layer invisible (3 Tr) in one font, stretched by horizontal scaling."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(fonts=(b"Helvetica",))
        self.rng = rng
        self.pages = [[self.SCAN]]

    SCAN = b"0.94 g 28 28 539 786 re f 0 g"

    def new_page(self) -> None:
        super().new_page()
        self.pages[-1].append(self.SCAN)

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        self.pages[-1].append(b"BT 3 Tr /F1 %.1f Tf %d Tz %.1f %.1f Td (%s) Tj ET" % (
            size, self.rng.randint(94, 106), x, self.y if y is None else y, _escape(text)))


def _pdf_invisible(layout: Layout34, meeting: Meeting) -> bytes:
    p = Invisible(random.Random(f"{layout.name}-{meeting.items[0].title}"))
    _put_lines(p, ["REFERAT", *_wrap_pt(meeting.udvalg, 440, 10, False),
                   f"Dato: {DATE_LONG} kl. 16.00", f"Sted: {meeting.place}"], 62, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 440, 10, False), 62, 10, 1, 14)
        _put_lines(p, _marks(layout, item), 62, 10, 1, 14)
        for s in item.sections:
            p.y -= 10
            _put_lines(p, [s.heading], 62, 10, 1, 14)
            for para in s.text.splitlines():
                _put_lines(p, _wrap_pt(para, 440, 10, False), 62, 10, 1, 14)
    for n, ops in enumerate(p.pages, start=1):  # the page numbers are in the scan too
        ops.append(b"BT 3 Tr /F1 8 Tf 100 Tz 465 34 Td (Side %d af %d) Tj ET"
                   % (n, len(p.pages)))
    return p.file()


def render_pdf34(layout: Layout34, meeting: Meeting) -> bytes:
    return {"t34-title-column-beside-body-pdf": _pdf_title_column,
            "t34-continued-heads-fields-at-end-pdf": _pdf_continued,
            "t34-letterspaced-caps-heads-pdf": _pdf_letterspaced,
            "t34-rotated-margin-number-agenda-pdf": _pdf_rotated_number,
            "t34-decisions-appended-ad-pdf": _pdf_appended,
            "t34-ocr-invisible-layer-pdf": _pdf_invisible}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _mso(text: str, style: str = "") -> str:
    span = f"<span lang=DA style='{style}'>" if style else "<span lang=DA>"
    return f"<p class=MsoNormal>{span}{e(text)}</span></p>"


def _html_word_filtered(layout: Layout34, meeting: Meeting) -> str:
    rows = (("Udvalg", meeting.udvalg), ("Mødedato", f"{DATE_LONG} kl. 16.00"),
            ("Mødested", meeting.place))
    body = ["<div class=WordSection1>",
            "<p class=MsoTitle><span lang=DA>Referat</span></p>",
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>",
            *(f"<tr><td width=120 valign=top style='width:90.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
              f"{_mso(label)}</td><td width=480 valign=top style='width:360.0pt;padding:0cm "
              f"5.4pt 0cm 5.4pt'>{_mso(value)}</td></tr>" for label, value in rows),
            "</table>", _mso("\u00a0")]
    for item in meeting.items:
        body.append("<h1 style='margin-left:21.3pt;text-indent:-21.3pt;mso-list:l0 level1 lfo1'>"
                    f"<![if !supportLists]><span lang=DA>{item.number}.<span style='font:7.0pt "
                    "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                    f"<![endif]><span lang=DA>{e(item.title)}</span></h1>")
        if item.closed:
            body.append("<p class=MsoNormal><i><span lang=DA>Lukket punkt</span></i></p>")
        elif item.case_number:
            body.append(_mso(case_line(layout, item), "font-size:9.0pt;color:#595959"))
        for s in item.sections:
            body.append(_mso("\u00a0"))
            body.append(f"<p class=MsoNormal><b><span lang=DA>{e(s.heading)}</span></b></p>")
            body += [_mso(x) for x in s.text.splitlines()]
    body.append("</div>")
    style = ("<style>\n<!--\n /* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
             "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
             "font-family:\"Calibri\",sans-serif;}\nh1\n\t{margin-top:12.0pt;margin-bottom:"
             "3.0pt;page-break-after:avoid;font-size:13.0pt;font-family:\"Calibri\",sans-serif;"
             "}\np.MsoTitle\n\t{font-size:20.0pt;font-family:\"Calibri Light\",sans-serif;}\n"
             "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:70.85pt 56.7pt 70.85pt 56.7pt;}"
             "\ndiv.WordSection1\n\t{page:WordSection1;}\n /* List Definitions */\nol\n\t"
             "{margin-bottom:0cm;}\n-->\n</style>")
    return "\n".join(["<html>", "<head>",
                      "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
                      "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">",
                      style, "</head>", "<body lang=DA style='word-wrap:break-word'>", *body,
                      "</body>", "</html>"])


PDF2HTML_CSS = (".ff1{font-family:ff1;line-height:0.932;font-style:normal;font-weight:normal;"
                "visibility:visible;}\n.ff2{font-family:ff2;line-height:0.932;font-style:normal;"
                "font-weight:normal;visibility:visible;}\n"
                "@font-face{font-family:ff1;src:url('f1.woff')format(\"woff\");}\n"
                "@font-face{font-family:ff2;src:url('f2.woff')format(\"woff\");}\n"
                ".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}\n"
                ".fc0{color:rgb(0,0,0);}\n.fc1{color:rgb(89,89,89);}\n"
                ".fs0{font-size:80.000000px;}\n.fs1{font-size:56.000000px;}\n"
                ".fs2{font-size:48.000000px;}\n.fs3{font-size:40.000000px;}\n"
                ".fs4{font-size:36.000000px;}\n._0{width:11.2px;}\n"
                ".x0{left:56.000000px;}\n.x1{left:450.000000px;}\n"
                ".w0{width:595.000000px;}\n.h0{height:842.000000px;}\n")
PDF2HTML_STYLE = {"doc": ("ff2", "fs0", "fc0", 26), "udvalg": ("ff2", "fs1", "fc0", 20),
                  "field": ("ff1", "fs3", "fc0", 14), "title": ("ff2", "fs2", "fc0", 17),
                  "case": ("ff1", "fs4", "fc1", 13), "heading": ("ff2", "fs3", "fc0", 15),
                  "body": ("ff1", "fs3", "fc0", 14)}


def _pdf2html_lines(layout: Layout34, meeting: Meeting) -> list[tuple[str, str]]:
    """The printed lines as (kind, HTML), wrapped as the PDF wrapped them."""
    out = [("doc", "Dagsorden"),
           *(("udvalg", e(x)) for x in _wrap_pt(meeting.udvalg, 480, 14, True)),
           ("field", f"Mødedato: {DATE_LONG} kl. 16.00"),
           ("field", f"Mødested: {e(meeting.place)}")]
    for item in meeting.items:
        title = _wrap_pt(item.title, 460, 12, True)
        out.append(("title", f"{item.number}.<span class=\"_ _0\"></span>{e(title[0])}"))
        out += [("title", e(x)) for x in title[1:]]
        out += [("case", e(x)) for x in _marks(layout, item)]
        for s in item.sections:
            out.append(("heading", e(s.heading)))
            out += [("body", e(x)) for para in s.text.splitlines()
                    for x in _wrap_pt(para, 480, 10, False)]
    return out


def _html_pdf2htmlex(layout: Layout34, meeting: Meeting) -> str:
    lines = _pdf2html_lines(layout, meeting)
    pages: list[list[str]] = [[]]
    y = 786.0
    bottoms: dict[str, str] = {}
    for kind, text in lines:
        font, size, colour, leading = PDF2HTML_STYLE[kind]
        gap = {"doc": 0, "title": 16, "heading": 6}.get(kind, 0)
        if y - leading - gap < 76:
            pages.append([])
            y = 786.0
        y -= leading + gap
        ycls = bottoms.setdefault(f"{y:.1f}", f"y{len(bottoms):x}")
        pages[-1].append(f"<div class=\"t m0 x0 h1 {ycls} {font} {size} {colour} sc0 ls0 ws0\">"
                         f"{text}</div>")
    out = []
    for n, page in enumerate(pages, start=1):
        foot = f"Side {n} af {len(pages)}"
        out.append(f"<div id=\"pf{n:x}\" class=\"pf w0 h0\" data-page-no=\"{n:x}\"><div "
                   f"class=\"pc pc{n:x} w0 h0\"><img class=\"bi x0 y0 w0 h0\" alt=\"\" "
                   f"src=\"bg{n:x}.png\"/>" + "".join(page)
                   + f"<div class=\"t m0 x1 h1 yf ff1 fs4 fc1 sc0 ls0 ws0\">{foot}</div>"
                   "</div><div class=\"pi\" data-data='{\"ctm\":[1.0,0.0,0.0,1.0,0.0,0.0]}'>"
                   "</div></div>")
    css = PDF2HTML_CSS + "".join(f".{c}{{bottom:{b}px;}}\n" for b, c in bottoms.items())
    css += ".yf{bottom:34.000000px;}\n"
    return "\n".join(["<!DOCTYPE html>", "<!-- Created by pdf2htmlEX "
                      "(https://github.com/pdf2htmlEX/pdf2htmlEX) -->",
                      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                      "<meta charset=\"utf-8\"/>",
                      "<meta name=\"generator\" content=\"pdf2htmlEX\"/>",
                      f"<style type=\"text/css\">\n{css}</style>", "<title></title>",
                      "</head><body>", "<div id=\"sidebar\"><div id=\"outline\"></div></div>",
                      "<div id=\"page-container\">", *out, "</div>",
                      "<div class=\"loading-indicator\"></div>", "</body></html>"])


def _html_protocol_table(layout: Layout34, meeting: Meeting) -> str:
    caption = (f"Referat · {e(meeting.udvalg)} · tirsdag {DATE_LONG} kl. 16.00 · "
               f"{e(meeting.place)}")
    rows = []
    for item in meeting.items:
        sag = [f"<p class='titel'><strong>{e(item.title)}</strong></p>"]
        decision = "<p><em>Lukket punkt</em></p>" if item.closed else ""
        if item.case_number:
            sag.append(f"<p class='sagsnr'>{e(case_line(layout, item))}</p>")
        for s in item.sections:
            paras = "".join(f"<p>{e(x)}</p>" for x in s.text.splitlines())
            if s.type == "beslutning":
                decision += paras
            else:
                sag.append(f"<p><strong>{e(s.heading)}</strong></p>{paras}")
        rows.append(f"<tr><td class='nr'>{item.number}</td><td class='sag'>{''.join(sag)}</td>"
                    f"<td class='beslutning'>{decision}</td></tr>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      "<title>Beslutningsprotokol</title>",
                      "<style>table.protokol td{vertical-align:top;border-top:1px solid #999}"
                      "td.nr{width:3em;font-weight:bold}</style></head><body>",
                      "<table class='protokol'>", f"<caption>{caption}</caption>",
                      "<thead><tr><th scope='col'>Pkt.</th><th scope='col'>Sag</th>"
                      "<th scope='col'>Beslutning</th></tr></thead>", "<tbody>", *rows,
                      "</tbody></table>", "</body></html>"])


def render_html34(layout: Layout34, meeting: Meeting) -> str:
    return {"t34-word-filtered-mso-list-html": _html_word_filtered,
            "t34-pdf2htmlex-positioned-html": _html_pdf2htmlex,
            "t34-protocol-table-caption-html": _html_protocol_table}[layout.name](
                layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_quoted(layout: Layout34, meeting: Meeting) -> str:
    lines = ["Referat", "", f"Udvalg: {meeting.udvalg}", f"Dato: {DATE_LONG} kl. 16.00",
             f"Sted: {meeting.place}"]
    for item in meeting.items:
        lines += ["", f"Pkt. {item.number}: {item.title}", *_marks(layout, item)]
        for s in item.sections:
            lines += ["", s.heading, *s.text.splitlines()]
    quoted = [f"> {x}".rstrip() for line in lines for x in (wrap(line, QUOTE - 2) or [""])]
    reply = ["Hej alle", "", "Hermed referatet fra mødet i går, rettet efter jeres bemærkninger.",
             "Sig til inden fredag, hvis der er mere.", "", "Venlig hilsen", "Sekretariatet", "",
             "Den 13. marts 2024 kl. 08.15 skrev Sekretariatet <sekretariat@kommunen.dk>:"]
    return "\n".join([*reply, *quoted]) + "\n"


def _text_csv(layout: Layout34, meeting: Meeting) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([*CSV_HEAD, *(heading for _, heading in layout.headings)])
    for item in meeting.items:
        texts = {s.type: s.text for s in item.sections}
        writer.writerow([meeting.udvalg, "12-03-2024", f"tirsdag {DATE_LONG} kl. 16.00",
                         meeting.place, item.number, item.title, item.case_number or "",
                         "Lukket" if item.closed else "Åben",
                         *(texts.get(kind, "") for kind, _ in layout.headings)])
    return "\ufeff" + out.getvalue()


def _text_clipboard(layout: Layout34, meeting: Meeting) -> str:
    lines = ["Referat", "", f"Udvalg\t{meeting.udvalg}", f"Mødedato\ttirsdag {DATE_LONG}",
             "Tidspunkt\t17.00 - 19.30", f"Mødested\t{meeting.place}"]
    for item in meeting.items:
        lines += ["", f"{item.number}\t{item.title}\t{_mark(layout, item, 'Lukket')}"]
        for s in item.sections:
            lines += ["", s.heading, *s.text.splitlines()]
    return "\r\n".join(lines) + "\r\n"


def render_text34(layout: Layout34, meeting: Meeting) -> str:
    return {"t34-quoted-reply-email-txt": _text_quoted,
            "t34-semicolon-csv-export-txt": _text_csv,
            "t34-clipboard-tabs-two-decisions-txt": _text_clipboard}[layout.name](
                layout, meeting)


def document34(layout: Layout34, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's, decisions headed as printed) and the rendered files (by
    suffix, only the layout's formats)."""
    meeting = truth34(layout, seed)
    return meeting, rendered(layout, meeting, render_text34, render_html34, render_pdf34)
