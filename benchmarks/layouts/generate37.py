"""A thirty-seventh set of invented layouts (`test37`): a thirty-second independent check of
the generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (a report engine placing every glyph on its
own, a committee system printing each item on its own pages with the number and case number in
the footer, a byråd's Times protocol with the decision trail on top, a designed template with
headings set flush right, a dagsorden with the case number above the title and the number
below it, items framed with the number on the frame, a WordPress page of blocks, a CSS tab
widget of radio buttons, items as figures with captions, a line-numbered protocol, a text
export with the number at the title line's right end, a CRLF dagsorden with "(4)" numbers),
not from any kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: every glyph its own text matrix and
show, no space glyph, "Pkt. 4" in a left column beside the title; each item from a new page,
its title unnumbered, the number and case number only in that page's footer; three bodies'
decisions per item printed first, newest first, in Times; headings flush right above their
texts under "4 – Title", the meeting's fields flush right; "Sagsnr. …" above an unnumbered
title and "Dagsordenspunkt 4" below it, headings after a drawn square; each item in a drawn
frame broken at page ends, "Punkt 4" on the frame's top edge; WordPress blocks with the number
only in a table under an unnumbered <h2> and the closed item last; sections as radio-button
tabs (<input>, <label>, panel) with two decisions per item; items as <figure>s with
"Punkt 4: Title" in the <figcaption> and the fields as a one-row table; a protocol whose every
line carries its line number; "Title ... pkt. 4" with the number at the right end of the
title's line and two decisions, newest first, run in; "(4) Title" with indented headings and
texts and CRLF line ends.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth, the decisions put first where the layout prints them
first). Section types are the type a heading means in referat's model; where that is
debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate11 import _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG, _hanging
from benchmarks.layouts.generate30 import truth30
from benchmarks.layouts.generate32 import Layout32, Pager32
from benchmarks.layouts.generate36 import _exact, _mark, _page
from benchmarks.layouts.pdfwriter import _escape, wrap

RIGHT = 539  # the right edge of a portrait page's text
COLUMN_X = 110  # the glyph report's title, case and text column ("Pkt. 4" at the margin)
HEAD_X = 68  # the agenda's headings and texts, right of the drawn square
FRAME = (50, 545)  # the framed items' frame, left and right
INSIDE_X = 62  # the framed items' text
PRINTED = "Udskrevet 13.03.2024 kl. 09.41"
EARLIER3 = (("Teknisk Udvalgs beslutning den 20. februar 2024",
             "Anbefales over for Økonomiudvalget."),
            ("Økonomiudvalgets beslutning den 5. marts 2024", "Anbefales over for Byrådet."))
OEU_TAB = ("Beslutning, Økonomiudvalget 5. marts 2024", "Anbefales over for Byrådet.")
OEU_RUNIN = ("Økonomiudvalgets beslutning 5. marts 2024", "Anbefales over for Byrådet.")


@dataclass
class Layout37(Layout32):
    """A test37 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS37: list[Layout37] = [
    # a report engine's PDF: every glyph its own text matrix and show ("1 0 0 1 x y Tm (c)
    # Tj"), no space glyph; bold labels "Udvalg", "Mødedato", "Mødested" beside values;
    # "Pkt. 4" bold 11 at the margin, the title bold 11 at x 110 on its baseline; "Sagsnr.:
    # …" 9 at x 110; headings bold 10 with a colon; items parted by a rule; header
    # "Udskrevet …", footer "Side n/m"; one closed item
    Layout37("t37-glyph-runs-report-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 6"),
    # a committee system's PDF: a first page with "Referat", the udvalg and the fields; each
    # item from a new page, its title bold 14 unnumbered; the number and case number only in
    # each page's footer "Punkt 4 · Sagsnr. …" at the left ("Punkt 5 · Lukket punkt"), "Side
    # n af m" at the right; headings bold 11 over a drawn rule
    Layout37("t37-footer-number-case-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, place="Rådhuset, lokale 210"),
    # a byråd's protocol in Times: "Punkt 4 – Title" Times-Bold 13; "Sagsnr.: …"
    # Times-Italic 10; three decisions per open item printed first, newest first: the
    # byråd's (the source's), the økonomiudvalg's, the teknisk udvalg's (fixed); then the
    # other sections; Times-Bold 11 headings; "Side n"
    Layout37("t37-times-three-decisions-on-top-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning den 12. marts 2024")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=EARLIER3, newest_first=True,
             decision_first=True),
    # a designed template: the udvalg bold 16, "Referat" and the fields flush right; "4 –
    # Title" bold 12; "J.nr. …" 9 grey; every heading bold 10 flush right on a line of its
    # own above its text (flush left); "Side n af m"
    Layout37("t37-right-aligned-heads-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1, place="Mødelokale 11"),
    # a dagsorden: "Sagsnr. …" 8 grey above the title ("Lukket punkt" for the closed item),
    # the title bold 13 unnumbered, "Dagsordenspunkt 4" 8 grey below it; headings bold 10 at
    # x 68 after a drawn black square, texts at x 68; "Kort om sagen" the resumé; the
    # meeting in one sentence; no decisions; "Side n"
    Layout37("t37-case-above-number-below-agenda-pdf",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Forvaltningen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Mødelokale 3"),
    # each item in a drawn frame (broken at a page's foot and resumed at the next top),
    # "Punkt 4" bold 9 on a white gap in the frame's top edge; the title bold 12 inside;
    # "Sagsnummer: …" 9; headings bold 10; "Side n af m"
    Layout37("t37-framed-items-legend-number-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1, place="Mødelokale 4"),
    # WordPress blocks (Gutenberg comments, wp-block classes): "<h1>Referat: udvalg</h1>",
    # the fields in one small paragraph; each title an unnumbered <h2>, the number only in a
    # striped table below it (Punkt | 4, Sagsnr. | case); <h3> headings; the decision in a
    # background group; separators between items; the closed item last after "Lukket del"
    # (its table Punkt | 6, Status | Lukket)
    Layout37("t37-wp-blocks-meta-table-closed-last-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, place="Mødelokale 8",
             closed_last=True),
    # sections as a CSS tab widget of radio buttons: per section an <input type=radio>, a
    # <label> (the heading) and a panel; "<h2><span class='nr'>4.</span> Title</h2>";
    # "Sagsnr.: …"; two decisions per open item, oldest first: "Beslutning, Økonomiudvalget
    # 5. marts 2024" (fixed), "Beslutning, Byrådet 12. marts 2024"; fields in one line
    Layout37("t37-radio-tabs-two-decisions-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning, Byrådet 12. marts 2024")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_TAB,)),
    # each item a <figure> whose <figcaption> holds "<b>Punkt 4:</b> Title<br><small>Sagsnr.
    # …</small>"; headings as <p><b><i>Heading</i></b></p>; "Sagen kort" the resumé and
    # "Baggrund" the sagsfremstilling; the fields as a table of one header row (Udvalg | Dato
    # | Tid | Sted) and one value row
    Layout37("t37-figure-caption-fields-row-html",
             [("resume", "Sagen kort"), ("sagsfremstilling", "Baggrund"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 5"),
    # a protocol whose every line (blank ones too) starts with its line number, right-aligned
    # in four characters, and two spaces; "BESLUTNINGSPROTOKOL"; "4. Title" (continuation
    # indented three); "Sagsnr.: …"; headings with a colon on their own lines; texts wrapped
    # at 64; the closed item "Lukket punkt"
    Layout37("t37-line-numbered-protocol-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 2"),
    # a text export: "Byrådet - Referat", "Møde: tirsdag den … kl. 17.00, place"; the title
    # wrapped at 60, its first line ending in "pkt. 4" right-aligned at column 72; "J.nr. …";
    # every heading run in with a colon; two decisions, newest first: "Byrådets beslutning
    # 12. marts 2024:", "Økonomiudvalgets beslutning 5. marts 2024:" (fixed); items parted by
    # a line of 72 "_"
    Layout37("t37-right-number-two-decisions-newest-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning 12. marts 2024")],
             formats=(".txt",), case="J.nr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_RUNIN,), newest_first=True),
    # a dagsorden as CRLF text: "DAGSORDEN", the udvalg, "Tid: …", "Sted: …"; "(4) Title"
    # (continuation indented four); "Sagsnr.: …", headings with a colon and the closed
    # item's "Lukket punkt" indented four, texts eight; "Beskrivelse" the sagsfremstilling;
    # no decisions
    Layout37("t37-paren-number-indented-agenda-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Beskrivelse"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".txt",), kind="dagsorden", case="Sagsnr.: {case}", closed=1,
             place="Mødelokale 9"),
]


def by_name37(name: str) -> Layout37 | None:
    return next((layout for layout in LAYOUTS37 if layout.name == name), None)


def truth37(layout: Layout37, seed: int) -> Meeting:
    """generate30's truth, the decisions first where the layout prints them first (after
    generate30 has put them newest first)."""
    meeting = truth30(layout, seed)
    if layout.decision_first:
        for item in meeting.items:
            item.sections = sorted(item.sections, key=lambda s: s.type != "beslutning")
    return meeting


def _flush_right(p: Pager32, text: str, size: float, font: int, leading: float) -> None:
    p.room(leading)
    name = p.fonts[font - 1].decode()
    p.put(RIGHT - _exact(text, size, name), text, size, font)


# --- PDF ---------------------------------------------------------------------------------------


class GlyphPager(Pager32):
    """A report engine's pages: every glyph set by a text matrix of its own and shown alone;
    spaces are only gaps (no space glyph)."""

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        y = self.y if y is None else y
        name = self.fonts[font - 1].decode()
        ops = [b"BT /F%d %.1f Tf" % (font, size)]
        for c in text:
            if c != " ":
                ops.append(b"1 0 0 1 %.2f %.1f Tm (%s) Tj" % (x, y, _escape(c)))
            x += _exact(c, size, name)
        self.pages[-1].append(b" ".join([*ops, b"ET"]))


def _pdf_glyphs(layout: Layout37, meeting: Meeting) -> bytes:
    p = GlyphPager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    for label, value in (("Udvalg", meeting.udvalg), ("Mødedato", f"{DATE_LONG} kl. 16.00"),
                         ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(150, value, 10, 1)
    for item in meeting.items:
        p.y -= 10
        p.rule(56, RIGHT, p.y)
        p.y -= 6
        title = _wrap_pt(item.title, RIGHT - COLUMN_X, 11, True)
        if p.y - 16 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(16)
        p.put(56, f"Pkt. {item.number}", 11, 2)
        p.put(COLUMN_X, title[0], 11, 2)
        _put_lines(p, title[1:], COLUMN_X, 11, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], COLUMN_X, 9, 1, 13)
        for s in item.sections:
            p.y -= 5
            p.room(15)
            p.put(COLUMN_X, f"{s.heading}:", 10, 2)
            p.body(s.text, x=COLUMN_X, width=RIGHT - COLUMN_X)
    p.furniture(header=lambda n: PRINTED, footer=lambda n, m: f"Side {n}/{m}")
    return p.file()


def _pdf_footer_numbers(layout: Layout37, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: tirsdag den {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    starts: list[tuple[int, Item]] = []
    for item in meeting.items:
        p.new_page()
        starts.append((len(p.pages) - 1, item))
        _put_lines(p, _wrap_pt(item.title, 480, 14, True), 56, 14, 2, 19)
        if item.closed:
            _put_lines(p, ["Behandles for lukkede døre."], 56, 10, 1, 16)
        for s in item.sections:
            p.y -= 8
            p.room(16)
            p.put(56, s.heading, 11, 2)
            p.rule(56, RIGHT, p.y - 4)
            p.y -= 4
            p.body(s.text)
    for n, ops in enumerate(p.pages):
        item = next((i for start, i in reversed(starts) if start <= n), None)
        if item is not None:
            foot = " · ".join([f"Punkt {item.number}", *filter(None, [_mark(layout, item)])])
            ops.append(b"BT /F1 8 Tf 56 %d Td (%s) Tj ET" % (p.margin - 22, _escape(foot)))
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_times_on_top(layout: Layout37, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Times-Roman", b"Times-Bold", b"Times-Italic"))
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat"], 56, 14, 1, 20)
    _put_lines(p, [f"Dato: tirsdag den {DATE_LONG} kl. 18.00", f"Sted: {meeting.place}"],
               56, 11, 1, 15)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(f"Punkt {item.number} – {item.title}", 470, 13, True)
        if p.y - 18 * len(title) - 40 < p.margin + 20:
            p.new_page()
        _put_lines(p, title, 56, 13, 2, 18)
        _put_lines(p, [_mark(layout, item)] if _mark(layout, item) else [], 56, 10, 3, 14)
        p.sections(item, size=11, gap=6)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


def _pdf_right_heads(layout: Layout37, meeting: Meeting) -> bytes:
    p = Pager32()
    _flush_right(p, meeting.udvalg, 16, 2, 22)
    for line in ("Referat", f"Tirsdag den {DATE_LONG} kl. 15.30", meeting.place):
        _flush_right(p, line, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(f"{item.number} – {item.title}", 480, 12, True)
        if p.y - 17 * len(title) - 40 < p.margin + 20:
            p.new_page()
        _put_lines(p, title, 56, 12, 2, 17)
        p.pages[-1].append(b"0.4 g")
        _put_lines(p, [_mark(layout, item)] if _mark(layout, item) else [], 56, 9, 1, 13)
        p.pages[-1].append(b"0 g")
        for s in item.sections:
            p.y -= 6
            _flush_right(p, s.heading, 10, 2, 15)
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_case_above(layout: Layout37, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Dagsorden"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    _put_lines(p, _wrap_pt(f"Mødet holdes tirsdag den {DATE_LONG} kl. 16.00 i {meeting.place}.",
                           480, 10, False), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 480, 13, True)
        if p.y - 18 * len(title) - 60 < p.margin + 20:
            p.new_page()
        p.pages[-1].append(b"0.4 g")
        _put_lines(p, [_mark(layout, item)] if _mark(layout, item) else [], 56, 8, 1, 12)
        p.pages[-1].append(b"0 g")
        _put_lines(p, title, 56, 13, 2, 18)
        p.pages[-1].append(b"0.4 g")
        _put_lines(p, [f"Dagsordenspunkt {item.number}"], 56, 8, 1, 12)
        p.pages[-1].append(b"0 g")
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.pages[-1].append(b"56 %.1f 5 5 re f" % (p.y + 1))
            p.put(HEAD_X, s.heading, 10, 2)
            p.body(s.text, x=HEAD_X, width=RIGHT - HEAD_X)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


class FramePager(Pager32):
    """Pages whose items stand in drawn frames: a frame open at a page's foot is closed
    there and resumed at the next page's top; its first part carries a legend on its top
    edge."""

    def __init__(self) -> None:
        super().__init__()
        self.frame: float | None = None  # the open frame's top on this page
        self.legend: str | None = None  # the legend of the frame's first part

    def open(self, legend: str) -> None:
        self.y -= 6
        self.frame, self.legend = self.y, legend
        self.y -= 8

    def close(self, bottom: float | None = None) -> None:
        """Draw the open frame's part on this page, down to `bottom` (the page's foot when
        it breaks), then its legend over a white gap in the top edge."""
        left, right = FRAME
        bottom = self.y - 8 if bottom is None else bottom
        ops = self.pages[-1]
        ops.append(b"0.6 w %d %.1f %d %.1f re S" % (left, bottom, right - left,
                                                    self.frame - bottom))
        if self.legend:
            width = _exact(self.legend, 9, "Helvetica-Bold")
            ops.append(b"1 g %d %.1f %.1f 10 re f 0 g" % (INSIDE_X - 3, self.frame - 4,
                                                         width + 6))
            self.put(INSIDE_X, self.legend, 9, 2, y=self.frame - 3)
        self.frame = self.legend = None

    def new_page(self) -> None:
        if self.frame is None:
            super().new_page()
            return
        self.close(self.margin + 12)
        super().new_page()
        self.frame = self.y + 6


def _pdf_framed(layout: Layout37, meeting: Meeting) -> bytes:
    p = FramePager()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    _put_lines(p, [f"Dato: {DATE_LONG} kl. 16.00", f"Sted: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 470, 12, True)
        if p.y - 17 * len(title) - 60 < p.margin + 20:
            p.new_page()
        p.open(f"Punkt {item.number}")
        _put_lines(p, title, INSIDE_X, 12, 2, 17)
        _put_lines(p, [_mark(layout, item)] if _mark(layout, item) else [], INSIDE_X, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(INSIDE_X, s.heading, 10, 2)
            p.body(s.text, x=INSIDE_X, width=470)
        p.close()
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def render_pdf37(layout: Layout37, meeting: Meeting) -> bytes:
    return {"t37-glyph-runs-report-pdf": _pdf_glyphs,
            "t37-footer-number-case-pdf": _pdf_footer_numbers,
            "t37-times-three-decisions-on-top-pdf": _pdf_times_on_top,
            "t37-right-aligned-heads-pdf": _pdf_right_heads,
            "t37-case-above-number-below-agenda-pdf": _pdf_case_above,
            "t37-framed-items-legend-number-pdf": _pdf_framed}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _paras(text: str) -> list[str]:
    return [f"<p>{e(x)}</p>" for x in text.splitlines()]


def _wp(block: str, html_: list[str], attrs: str = "") -> list[str]:
    """A Gutenberg block: its comments around its markup."""
    return [f"<!-- wp:{block}{' ' + attrs if attrs else ''} -->", *html_, f"<!-- /wp:{block} -->"]


def _html_wordpress(layout: Layout37, meeting: Meeting) -> str:
    body = ["<main class='wp-site-blocks'>", "<div class='entry-content wp-block-post-content'>",
            *_wp("heading", [f"<h1 class='wp-block-heading'>Referat: {e(meeting.udvalg)}</h1>"],
                 '{"level":1}'),
            *_wp("paragraph", [f"<p class='has-small-font-size'>Tirsdag den {DATE_LONG} kl. "
                               f"16.00 · {e(meeting.place)}</p>"], '{"fontSize":"small"}')]
    for k, item in enumerate(meeting.items):
        if k:
            body += _wp("separator", ["<hr class='wp-block-separator has-alpha-channel-opacity'/>"])
        if item.closed and not meeting.items[k - 1].closed:
            body += _wp("paragraph", ["<p><strong>Lukket del</strong></p>"])
        rows = [("Punkt", item.number),
                ("Status", "Lukket") if item.closed else ("Sagsnr.", case_line(layout, item))]
        body += _wp("heading", [f"<h2 class='wp-block-heading'>{e(item.title)}</h2>"])
        body += _wp("table", ["<figure class='wp-block-table is-style-stripes'><table><tbody>"
                              + "".join(f"<tr><td>{label}</td><td>{e(value)}</td></tr>"
                                        for label, value in rows if value)
                              + "</tbody></table></figure>"], '{"className":"is-style-stripes"}')
        for s in item.sections:
            part = [*_wp("heading", [f"<h3 class='wp-block-heading'>{e(s.heading)}</h3>"],
                         '{"level":3}'),
                    *(x for para in _paras(s.text) for x in _wp("paragraph", [para]))]
            if s.type == "beslutning":
                part = _wp("group", ["<div class='wp-block-group has-pale-cyan-blue-background-"
                                     "color has-background'>", *part, "</div>"],
                           '{"backgroundColor":"pale-cyan-blue"}')
            body += part
    style = (".is-style-stripes tr:nth-child(odd){background:#f0f0f0}\n"
             ".has-pale-cyan-blue-background-color{background:#9bd1ff;padding:1em}")
    return _page(f"Referat: {meeting.udvalg} – Kommunen", style, [*body, "</div>", "</main>"])


def _html_radio_tabs(layout: Layout37, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>",
            f"<p class='moede'>{e(meeting.udvalg)} · tirsdag den {DATE_LONG} kl. 17.00 · "
            f"{e(meeting.place)}</p>"]
    for item in meeting.items:
        body += ["<section class='punkt'>",
                 f"<h2><span class='nr'>{item.number}.</span> {e(item.title)}</h2>"]
        mark = _mark(layout, item)
        if mark:
            body.append(f"<p class='sag'>{e(mark)}</p>")
        if item.sections:
            body.append("<div class='tabs'>")
            for k, s in enumerate(item.sections):
                ref = f"t{item.number}-{k}"
                checked = " checked" if k == 0 else ""
                body += [f"<input type='radio' name='t{item.number}' id='{ref}'{checked}>",
                         f"<label for='{ref}'>{e(s.heading)}</label>",
                         "<div class='panel'>", *_paras(s.text), "</div>"]
            body.append("</div>")
        body.append("</section>")
    style = (".tabs{display:flex;flex-wrap:wrap}\n.tabs input{display:none}\n"
             ".tabs label{order:1;padding:.5em 1em;cursor:pointer;font-weight:700}\n"
             ".tabs .panel{order:2;width:100%;display:none}\n"
             ".tabs input:checked+label+.panel{display:block}")
    return _page(f"Referat – {meeting.udvalg}", style, [*body, "</main>"])


def _html_figures(layout: Layout37, meeting: Meeting) -> str:
    body = ["<h1>Referat</h1>", "<table class='moede'><thead><tr><th>Udvalg</th><th>Dato</th>"
            "<th>Tid</th><th>Sted</th></tr></thead><tbody>"
            f"<tr><td>{e(meeting.udvalg)}</td><td>{DATE_LONG}</td><td>16.00 - 18.00</td>"
            f"<td>{e(meeting.place)}</td></tr></tbody></table>"]
    for item in meeting.items:
        mark = _mark(layout, item)
        small = f"<br><small>{e(mark)}</small>" if mark else ""
        body += [f"<figure class='punkt' id='punkt-{item.number}'>",
                 f"<figcaption><b>Punkt {item.number}:</b> {e(item.title)}{small}</figcaption>"]
        for s in item.sections:
            body += [f"<p><b><i>{e(s.heading)}</i></b></p>", *_paras(s.text)]
        body.append("</figure>")
    style = ("figure.punkt{margin:1.5em 0;border-top:1px solid #ccc}\n"
             "figcaption{font-size:1.3em}\n.moede th{text-align:left}")
    return _page(f"Referat {meeting.udvalg}", style, body)


def render_html37(layout: Layout37, meeting: Meeting) -> str:
    return {"t37-wp-blocks-meta-table-closed-last-html": _html_wordpress,
            "t37-radio-tabs-two-decisions-html": _html_radio_tabs,
            "t37-figure-caption-fields-row-html": _html_figures}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_line_numbers(layout: Layout37, meeting: Meeting) -> str:
    lines = ["BESLUTNINGSPROTOKOL", "", meeting.udvalg, f"Mødedato: {DATE_LONG} kl. 16.00",
             f"Mødested: {meeting.place}"]
    for item in meeting.items:
        lines += ["", "", *_hanging(item.title, 64, f"{item.number}. ")]
        mark = _mark(layout, item)
        lines += [mark] if mark else []
        for s in item.sections:
            lines += ["", f"{s.heading}:", *(x for para in s.text.splitlines()
                                              for x in wrap(para, 64))]
    return "\n".join(f"{n:>4}  {x}".rstrip() for n, x in enumerate(lines, start=1)) + "\n"


def _text_right_number(layout: Layout37, meeting: Meeting) -> str:
    lines = [f"{meeting.udvalg} - Referat",
             f"Møde: tirsdag den {DATE_LONG} kl. 17.00, {meeting.place}"]
    for item in meeting.items:
        title = wrap(item.title, 60)
        lines += ["", "_" * 72, "", f"{title[0]:<64}{'pkt. ' + item.number:>8}", *title[1:]]
        lines += [_mark(layout, item)] if _mark(layout, item) else []
        for s in item.sections:
            paras = s.text.splitlines()
            lines += ["", *wrap(f"{s.heading}: {paras[0]}", 72)]
            lines += [x for para in paras[1:] for x in wrap(para, 72)]
    return "\n".join(lines) + "\n"


def _text_paren_agenda(layout: Layout37, meeting: Meeting) -> str:
    lines = ["DAGSORDEN", "", meeting.udvalg, f"Tid: tirsdag den {DATE_LONG} kl. 16.00",
             f"Sted: {meeting.place}"]
    for item in meeting.items:
        lines += ["", "", *_hanging(item.title, 70, f"({item.number}) ")]
        mark = _mark(layout, item)
        lines += [f"    {mark}"] if mark else []
        for s in item.sections:
            lines += ["", f"    {s.heading}:", *(f"        {x}" for para in s.text.splitlines()
                                                  for x in wrap(para, 64))]
    return "\r\n".join(lines) + "\r\n"


def render_text37(layout: Layout37, meeting: Meeting) -> str:
    return {"t37-line-numbered-protocol-txt": _text_line_numbers,
            "t37-right-number-two-decisions-newest-txt": _text_right_number,
            "t37-paren-number-indented-agenda-txt": _text_paren_agenda}[layout.name](
                layout, meeting)


def document37(layout: Layout37, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (`truth37`) and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth37(layout, seed)
    return meeting, rendered(layout, meeting, render_text37, render_html37, render_pdf37)
