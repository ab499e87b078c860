"""A thirty-sixth set of invented layouts (`test36`): a thirty-first independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (a committee's letterhead on every page, a Word
template with side headings, Word's own numbered heading styles, a byråd's protocol in small
capitals with three bodies' decisions, case and status turned along the page's right edge, a
dagsorden with a tag per item, a meeting system's print view, a page of ARIA roles, a CMS's
nested divs with the decisions in a list, an ASP.NET page of labelled spans, a text export
with bracketed labels, a tab-indented dagsorden), not from any kommune's published minutes,
and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a letterhead with the udvalg on every
page and the date and place only in every page's footer, "Nr. 4 · Sagsnr. …" below the title;
headings in a left column beside their text, the case number in that column beside the title
and "(punkt 4)" after the title; Word's Heading 1 and Heading 2 with list numbers, regular
weight in blue ("4" then the title, "4.1 Resumé"); "(4) Title" with headings in small
capitals (a larger first letter) and three decisions per item headed by body and date; the case
number and status only in a line turned 90 degrees at the right edge beside the title, oblique
headings and the decision shaded; "4." hanging before the title and a boxed tag "Til
beslutning" / "Til orientering" right-aligned on its first line; a print view of tables and
field divs under a navigation bar hidden in print; items and headings as ARIA roles on <div>s;
a web CMS's six nested divs per component with an accordion per item and the decisions as a
<dl>, two per item; ASP.NET spans with generated ids parted by <br>; a text with the meeting's
fields on one line parted by "|", "4 » Title (Sagsnr. …)" and "[Heading]" labels, two
decisions per item; a dagsorden with titles in capitals, tab-indented headings and texts and
the meeting's fields only in a closing sentence.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth). Section types are the type a heading means in referat's
model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdfminer.fontmetrics import FONT_METRICS
from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate30 import truth30
from benchmarks.layouts.generate32 import Layout32, Pager32
from benchmarks.layouts.pdfwriter import _escape, wrap

RIGHT = 539  # the right edge of a portrait page's text
SIDE_X = 170  # the text column of the side-headings layout (headings at the margin)
SIDE_W = 100  # the side headings' column
HANG_X = 85  # the titles and headings after Word's list numbers, and after "4."
EDGE_X = 560  # the turned case line's baseline at the right edge
BLUE = b"0.18 0.33 0.59 rg"
RED = b"0.55 0.05 0.05 rg"
EARLIER3 = (("Teknisk Udvalg 20. februar 2024", "Anbefales over for Økonomiudvalget."),
            ("Økonomiudvalget 5. marts 2024", "Anbefales over for Byrådet."))
OEU = ("Økonomiudvalget, 5. marts 2024", "Anbefales over for Byrådet.")
OEU_LABEL = ("[Beslutning, Økonomiudvalget 5. marts 2024]", "Anbefales over for Byrådet.")
TAGS = ("Til beslutning", "Til orientering")


@dataclass
class Layout36(Layout32):
    """A test36 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS36: list[Layout36] = [
    # a committee's letterhead on every page: the udvalg bold 9 right-aligned over a rule at
    # the page's top; the footer "Referat · 12. marts 2024 · place · Side n af m" on every
    # page (date and place only there); "Referat" bold 20; the title bold 13 unnumbered, below
    # it "Nr. 4 · Sagsnr. …" 8.5 ("Nr. 5 · Lukket punkt"); headings bold 10 in dark red;
    # items parted by a short centred rule
    Layout36("t36-letterhead-footer-fields-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, place="Mødelokale 7"),
    # a Word template with side headings: each heading bold 9 in a left column (x 56) on the
    # first line of its text (x 170); the title bold 12 at x 170 ending "(punkt 4)", the
    # case number "J.nr. …" 8.5 in the left column beside it ("Lukket punkt" for the closed)
    Layout36("t36-side-headings-number-after-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagen"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1, place="Rådhuset, lokale 12"),
    # Word's own heading styles with list numbering: "Referat" Title style 26 regular, the
    # udvalg 13 grey, fields as label/value pairs; Heading 1 "4" at the margin and the title
    # at x 85, Helvetica 15 regular in blue; "Sagsnr.: …" 9 grey; Heading 2 "4.1" and the
    # heading at x 85, regular 12 blue; "Side n af m"
    Layout36("t36-word-heading-styles-blue-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 1",
             numbered_heads=True),
    # a byråd's protocol: "(4) Title" bold 12; "Sagsnr. …" 9; every heading in small
    # capitals (its first letter 10, the rest capitals 8, one run each, no space between);
    # three decisions per open item, oldest first, headed by body and date: the teknisk
    # udvalg's and the økonomiudvalg's (fixed), then the byråd's; "Side n"
    Layout36("t36-smallcaps-heads-three-decisions-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådet 12. marts 2024")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Rådhusets byrådssal", earlier=EARLIER3),
    # "Punkt 4: Title" bold 12; the case number and status only in a line turned 90 degrees
    # (reading downward) at the page's right edge beside the title, "Sagsnr. … · Åbent
    # punkt" 8 ("Lukket punkt"); headings Helvetica-Oblique 11; the decision's heading and
    # text on a light grey shading
    Layout36("t36-turned-case-right-edge-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, place="Mødelokale 3"),
    # a dagsorden: "4." bold 12 at the margin, the title bold 12 hanging at x 85 (wrapped at
    # 330 pt); a boxed tag "Til beslutning" / "Til orientering" 9 right-aligned on the
    # title's first line ("Lukket" for the closed item, with "Punktet behandles for lukkede
    # døre."); "Sagsnr. (ESDH): …" 9; headings bold 10 grey; no decisions
    Layout36("t36-tag-right-agenda-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Direktionen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. (ESDH): {case}", closed=1,
             place="Rådhuset, mødelokale 8"),
    # a meeting system's print view: onload print, a navigation bar hidden in print
    # (.noprint); the fields in a label table; each item a table "4." | title | "Sagsnr. …"
    # ("Lukket" for the closed item), then each section a div.feltnavn over a div.feltvaerdi;
    # a page break after each item
    Layout36("t36-print-view-tables-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 2"),
    # ARIA roles on <div>s only: role=main, role=heading aria-level 1-3, role=list and
    # role=listitem per item, the number in a <span class='nr'> and " – " aria-hidden before
    # the title; "Sagsnr.: …"; each section a role=group labelled by its heading
    Layout36("t36-aria-role-divs-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 4"),
    # a web CMS: each component six nested divs deep; each item an accordion button "Pkt. 4"
    # and the title in spans, its body in a collapsed div; headings <h4>; two decisions per
    # open item, oldest first, in a <dl> under <h4>Beslutninger</h4>, each body and date a
    # <dt> ("Økonomiudvalget, 5. marts 2024", then "Byrådet, 12. marts 2024")
    Layout36("t36-cms-nested-divs-dl-decisions-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådet, 12. marts 2024")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU,)),
    # an ASP.NET page: a form with __VIEWSTATE; every value a <span id='ctl00_…'> with
    # <br> between; "4" and the title in two bold spans parted by &nbsp;; "Sagsnr. …";
    # each heading a bold span, its text a span of <br>-parted lines; <hr> between items;
    # the closed item "Punktet er lukket."
    Layout36("t36-aspnet-spans-br-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 5"),
    # a text export: the fields on one line "REFERAT | udvalg | tirsdag den … | place";
    # items parted by a line of 60 "="; "4 » Title (Sagsnr. …)" ("(lukket)" for the closed);
    # headings "[Sagsfremstilling]" on their own lines; two decisions, oldest first:
    # "[Beslutning, Økonomiudvalget 5. marts 2024]" (fixed), "[Beslutning, Byrådet …]"
    Layout36("t36-bracket-labels-two-decisions-txt",
             [("sagsfremstilling", "[Sagsfremstilling]"), ("okonomi", "[Økonomi]"),
              ("indstilling", "[Indstilling]"),
              ("beslutning", "[Beslutning, Byrådet 12. marts 2024]")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_LABEL,)),
    # a dagsorden as plain text: "DAGSORDEN"; "4  TITLE IN CAPITALS"; no case numbers;
    # headings indented by one tab, texts by two; the closed item "\t(Lukket punkt)"; the
    # meeting's fields only in a closing sentence; no decisions
    Layout36("t36-tab-indent-caps-agenda-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling")],
             formats=(".txt",), kind="dagsorden", case="", closed=1, place="Mødelokale 9"),
]


def by_name36(name: str) -> Layout36 | None:
    return next((layout for layout in LAYOUTS36 if layout.name == name), None)


def _mark(layout: Layout36, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _exact(text: str, size: float, font: str = "Helvetica") -> float:
    """A text's printed width in points, unrounded (for runs set side by side)."""
    widths = FONT_METRICS[font][1]
    return sum(widths.get(c, 556) for c in text) * size / 1000


# --- PDF ---------------------------------------------------------------------------------------


def _title_page(p: Pager32, meeting: Meeting, fields: list[str]) -> None:
    _put_lines(p, ["Referat" if meeting.kind == "referat" else "Dagsorden"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    _put_lines(p, fields, 56, 10, 1, 14)


def _pdf_letterhead(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    for k, item in enumerate(meeting.items):
        if k:
            p.y -= 10
            p.rule(250, 345, p.y)
        p.y -= 16
        title = _wrap_pt(item.title, 480, 13, True)
        if p.y - 18 * len(title) - 40 < p.margin + 20:
            p.new_page()
        _put_lines(p, title, 56, 13, 2, 18)
        _put_lines(p, [" · ".join([f"Nr. {item.number}", *filter(None, [_mark(layout, item)])])],
                   56, 8.5, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.pages[-1].append(RED)
            p.put(56, s.heading, 10, 2)
            p.pages[-1].append(b"0 g")
            p.body(s.text)
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        head = meeting.udvalg
        ops.insert(0, b"BT /F2 9 Tf %.1f 806 Td (%s) Tj ET\n0.5 w 56 800 m 539 800 l S"
                   % (RIGHT - _width(head, 9, True), _escape(head)))
        foot = f"Referat · {DATE_LONG} · {meeting.place} · Side {n} af {count}"
        ops.append(b"BT /F1 8 Tf 56 30 Td (%s) Tj ET" % _escape(foot))
    return p.file()


def _pdf_side_headings(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32()
    _title_page(p, meeting, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(f"{item.title} (punkt {item.number})", RIGHT - SIDE_X, 12, True)
        if p.y - 17 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(17)
        mark = _mark(layout, item)
        if mark:
            p.put(56, mark, 8.5, 1)
        p.put(SIDE_X, title[0], 12, 2)
        _put_lines(p, title[1:], SIDE_X, 12, 2, 17)
        for s in item.sections:
            p.y -= 6
            if p.y - 30 < p.margin + 20:
                p.new_page()
            top, page = p.y, len(p.pages) - 1
            p.body(s.text, x=SIDE_X, width=RIGHT - SIDE_X)
            p.pages[page].append(b"BT /F2 9.0 Tf 56.0 %.1f Td (%s) Tj ET"
                                 % (top - 14, _escape(s.heading)))
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_word_styles(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 26, 1, 32)
    p.pages[-1].append(b"0.35 g")
    _put_lines(p, [meeting.udvalg], 56, 13, 1, 20)
    p.pages[-1].append(b"0 g")
    for label, value in (("Mødedato", DATE_LONG), ("Mødetid", "kl. 16.00 - 18.00"),
                         ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(160, value, 10, 1)
    for item in meeting.items:
        p.y -= 20
        title = _wrap_pt(item.title, RIGHT - HANG_X, 15, False)
        if p.y - 20 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(20)
        p.pages[-1].append(BLUE)
        p.put(56, item.number, 15, 1)
        p.put(HANG_X, title[0], 15, 1)
        _put_lines(p, title[1:], HANG_X, 15, 1, 20)
        p.pages[-1].append(b"0.4 g")
        _put_lines(p, [_mark(layout, item)] if _mark(layout, item) else [], HANG_X, 9, 1, 13)
        p.pages[-1].append(b"0 g")
        for s in item.sections:
            p.y -= 8
            p.room(16)
            number, heading = s.heading.split(" ", 1)
            p.pages[-1].append(BLUE)
            p.put(56, number, 12, 1)
            p.put(HANG_X, heading, 12, 1)
            p.pages[-1].append(b"0 g")
            p.body(s.text, x=HANG_X, width=RIGHT - HANG_X)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _smallcaps(p: Pager32, x: float, text: str) -> None:
    """A heading in small capitals: each word's first letter at 10 pt, the rest in capitals
    at 8 pt, each a run of its own set right after the one before."""
    for word in text.split():
        head, rest = word[0].upper(), word[1:].upper()
        p.put(x, head, 10, 2)
        x += _exact(head, 10, "Helvetica-Bold")
        if rest:
            p.put(x, rest, 8, 2)
            x += _exact(rest, 8, "Helvetica-Bold")
        x += _exact(" ", 10, "Helvetica-Bold")


def _pdf_smallcaps(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32()
    _title_page(p, meeting, [f"Mødet tirsdag den {DATE_LONG} kl. 17.00", meeting.place])
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(f"({item.number}) {item.title}", 480, 12, True)
        if p.y - 17 * len(title) - 40 < p.margin + 20:
            p.new_page()
        _put_lines(p, title, 56, 12, 2, 17)
        _put_lines(p, [_mark(layout, item)], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 7
            p.room(15)
            _smallcaps(p, 56, s.heading)
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


def _pdf_turned_case(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _title_page(p, meeting, [f"Dato: {DATE_LONG} kl. 16.00", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 20
        title = _wrap_pt(f"Punkt {item.number}: {item.title}", 470, 12, True)
        if p.y - 200 < p.margin + 20:
            p.new_page()
        p.room(17)
        status = "Lukket punkt" if item.closed else " · ".join(
            [*filter(None, [case_line(layout, item)]), "Åbent punkt"])
        p.pages[-1].append(b"BT /F1 8 Tf 0 -1 1 0 %d %.1f Tm (%s) Tj ET"
                           % (EDGE_X, p.y + 10, _escape(status)))
        p.put(56, title[0], 12, 2)
        _put_lines(p, title[1:], 56, 12, 2, 17)
        for s in item.sections:
            p.y -= 7
            if s.type != "beslutning":
                p.room(15)
                p.put(56, s.heading, 11, 3)
                p.body(s.text)
                continue
            lines = [x for para in s.text.splitlines() for x in _wrap_pt(para, 470, 10, False)]
            height = 14 * len(lines) + 24
            if p.y - height < p.margin + 20:
                p.new_page()
            p.pages[-1].append(b"0.92 g 50 %.1f 495 %.1f re f 0 g" % (p.y - height, height))
            p.room(15)
            p.put(56, s.heading, 11, 3)
            _put_lines(p, lines, 56, 10, 1, 14)
            p.y -= 8
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_tag_agenda(layout: Layout36, meeting: Meeting) -> bytes:
    p = Pager32()
    _title_page(p, meeting, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"])
    for k, item in enumerate(meeting.items):
        p.y -= 18
        title = _wrap_pt(item.title, 330, 12, True)
        if p.y - 17 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(17)
        tag = "Lukket" if item.closed else TAGS[k % 2]
        width = _width(tag, 9, False)
        p.pages[-1].append(b"0.6 g 0.6 G 0.5 w %.1f %.1f %d 14 re S 0 G"
                           % (RIGHT - width - 6, p.y - 4, width + 6))
        p.put(RIGHT - width - 3, tag, 9, 1)
        p.pages[-1].append(b"0 g")
        p.put(56, f"{item.number}.", 12, 2)
        p.put(HANG_X, title[0], 12, 2)
        _put_lines(p, title[1:], HANG_X, 12, 2, 17)
        marks = ["Punktet behandles for lukkede døre."] if item.closed else [
            _mark(layout, item)]
        _put_lines(p, [x for x in marks if x], HANG_X, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.pages[-1].append(b"0.35 g")
            p.put(HANG_X, s.heading, 10, 2)
            p.pages[-1].append(b"0 g")
            p.body(s.text, x=HANG_X, width=RIGHT - HANG_X)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def render_pdf36(layout: Layout36, meeting: Meeting) -> bytes:
    return {"t36-letterhead-footer-fields-pdf": _pdf_letterhead,
            "t36-side-headings-number-after-pdf": _pdf_side_headings,
            "t36-word-heading-styles-blue-pdf": _pdf_word_styles,
            "t36-smallcaps-heads-three-decisions-pdf": _pdf_smallcaps,
            "t36-turned-case-right-edge-pdf": _pdf_turned_case,
            "t36-tag-right-agenda-pdf": _pdf_tag_agenda}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _page(title: str, style: str, body: list[str], attrs: str = "") -> str:
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>{e(title)}</title>", f"<style>\n{style}\n</style></head>",
                      f"<body{attrs}>", *body, "</body></html>"])


def _html_print_view(layout: Layout36, meeting: Meeting) -> str:
    body = ["<div class='noprint'><a href='javascript:history.back()'>Tilbage</a> | "
            "<a href='javascript:window.print()'>Udskriv</a> | <a href='/'>Forside</a></div>",
            "<h1>Referat</h1>", "<table class='moede'>",
            *(f"<tr><td class='lbl'>{label}</td><td>{e(value)}</td></tr>" for label, value in (
                ("Udvalg", meeting.udvalg), ("Mødedato", f"tirsdag den {DATE_LONG}"),
                ("Mødetid", "16:00"), ("Mødested", meeting.place))),
            "</table>"]
    for item in meeting.items:
        mark = "Lukket" if item.closed else case_line(layout, item)
        body += ["<div class='punkt'>",
                 "<table class='punkthoved' width='100%' cellspacing='0'><tr>"
                 f"<td class='nr' width='40'>{item.number}.</td>"
                 f"<td class='titel'>{e(item.title)}</td>"
                 f"<td class='sag' align='right'>{e(mark)}</td></tr></table>"]
        for s in item.sections:
            body += ["<div class='felt'>", f"<div class='feltnavn'>{e(s.heading)}</div>",
                     "<div class='feltvaerdi'>"
                     + "".join(f"<p>{e(x)}</p>" for x in s.text.splitlines()) + "</div>",
                     "</div>"]
        body += ["</div>", "<div style='page-break-after:always'></div>"]
    style = ("@media print{.noprint{display:none}}\n.punkthoved{border-bottom:2px solid #000}\n"
             ".nr,.titel{font-weight:bold;font-size:13pt}\n.sag{font-size:9pt}\n"
             ".feltnavn{font-weight:bold;margin-top:8px}\n.lbl{font-weight:bold;width:120px}")
    return _page(f"Udskriv - {meeting.udvalg}", style, body, " onload='window.print()'")


def _html_aria(layout: Layout36, meeting: Meeting) -> str:
    body = ["<div role='main'>", "<div role='heading' aria-level='1' class='h1'>Referat</div>",
            "<div role='region' aria-label='Mødeoplysninger' class='moede'>",
            f"<div>{e(meeting.udvalg)}</div>",
            f"<div>Tirsdag den {DATE_LONG} kl. 16.00</div>",
            f"<div>{e(meeting.place)}</div>", "</div>",
            "<div role='list' aria-label='Dagsorden'>"]
    for item in meeting.items:
        body += [f"<div role='listitem' id='punkt-{item.number}'>",
                 "<div role='heading' aria-level='2' class='h2'>"
                 f"<span class='nr'>{item.number}</span>"
                 f"<span aria-hidden='true'> – </span>{e(item.title)}</div>"]
        mark = _mark(layout, item)
        if mark:
            body.append(f"<div class='sag'>{e(mark)}</div>")
        for k, s in enumerate(item.sections, start=1):
            ref = f"h-{item.number}-{k}"
            body += [f"<div role='group' aria-labelledby='{ref}'>",
                     f"<div role='heading' aria-level='3' class='h3' id='{ref}'>"
                     f"{e(s.heading)}</div>",
                     *(f"<div class='p'>{e(x)}</div>" for x in s.text.splitlines()), "</div>"]
        body.append("</div>")
    style = (".h1{font-size:2em;font-weight:700}\n.h2{font-size:1.4em;font-weight:700;"
             "margin-top:1.2em}\n.h3{font-weight:700;margin-top:.8em}\n.p{margin:.3em 0}")
    return _page(f"Referat - {meeting.udvalg}", style, [*body, "</div>", "</div>"])


NEST = ("container", "row", "col-md-8", "component rich-text", "component-content", "field")


def _nested(inner: list[str]) -> list[str]:
    return ([f"<div class='{c}'>" for c in NEST] + inner + ["</div>"] * len(NEST))


def _html_cms_dl(layout: Layout36, meeting: Meeting) -> str:
    body = _nested(["<h1>Referat</h1>", f"<p class='lead'>{e(meeting.udvalg)}, tirsdag den "
                    f"{DATE_LONG} kl. 17.00, {e(meeting.place)}</p>"])
    for item in meeting.items:
        inner = ["<div class='accordion-item'>",
                 f"<button class='accordion-header' aria-expanded='false' "
                 f"aria-controls='pkt{item.number}'><span class='punkt-nr'>Pkt. {item.number}"
                 f"</span> <span class='punkt-titel'>{e(item.title)}</span></button>",
                 f"<div class='accordion-body collapse' id='pkt{item.number}'>"]
        mark = _mark(layout, item)
        if mark:
            inner.append(f"<p class='sagsnr'>{e(mark)}</p>")
        decisions = [s for s in item.sections if s.type == "beslutning"]
        for s in item.sections:
            if s.type != "beslutning":
                inner += [f"<h4>{e(s.heading)}</h4>",
                          *(f"<p>{e(x)}</p>" for x in s.text.splitlines())]
        if decisions:
            inner += ["<h4>Beslutninger</h4>", "<dl class='beslutninger'>"]
            for s in decisions:
                inner += [f"<dt>{e(s.heading)}</dt>", "<dd>" + "".join(
                    f"<p>{e(x)}</p>" for x in s.text.splitlines()) + "</dd>"]
            inner.append("</dl>")
        body += _nested([*inner, "</div>", "</div>"])
    style = (".collapse{display:none}\n.accordion-header{display:block;width:100%;"
             "text-align:left;font-weight:700}\n.beslutninger dt{font-style:italic}")
    return _page(f"Referat | {meeting.udvalg}", style, body)


CTL = "ctl00_ContentPlaceHolder1_rptPunkter_ctl{k:02d}"


def _html_aspnet(layout: Layout36, meeting: Meeting) -> str:
    body = ["<form method='post' action='./Referat.aspx?id=2417' id='aspnetForm'>",
            "<input type='hidden' name='__VIEWSTATE' id='__VIEWSTATE' "
            "value='/wEPDwUKMTY1NDU2MTA1MmRkZ1c3' />",
            "<span id='ctl00_ContentPlaceHolder1_lblOverskrift' class='overskrift'>Referat"
            "</span><br />",
            f"<span id='ctl00_ContentPlaceHolder1_lblUdvalg'>{e(meeting.udvalg)}</span><br />",
            f"<span id='ctl00_ContentPlaceHolder1_lblDato'>Tirsdag den {DATE_LONG} kl. 16.00"
            "</span><br />",
            f"<span id='ctl00_ContentPlaceHolder1_lblSted'>{e(meeting.place)}</span><br />"
            "<br />"]
    for k, item in enumerate(meeting.items):
        ctl = CTL.format(k=k)
        body += [f"<hr class='skille' /><span id='{ctl}_lblNr' class='nr'>{item.number}</span>"
                 f"&nbsp;<span id='{ctl}_lblTitel' class='titel'>{e(item.title)}</span><br />"]
        mark = _mark(layout, item, "Punktet er lukket.")
        if mark:
            body.append(f"<span id='{ctl}_lblSag' class='sag'>{e(mark)}</span><br /><br />")
        for j, s in enumerate(item.sections):
            field = f"{ctl}_rptFelter_ctl{j:02d}"
            body.append(f"<span id='{field}_lblNavn' class='feltnavn'>{e(s.heading)}</span>"
                        f"<br /><span id='{field}_lblVaerdi' class='feltvaerdi'>"
                        + "<br />".join(e(x) for x in s.text.splitlines())
                        + "</span><br /><br />")
    style = (".overskrift{font-size:20px;font-weight:bold}\n.nr,.titel{font-size:15px;"
             "font-weight:bold}\n.feltnavn{font-weight:bold}\n.sag{color:#555}")
    return _page("Referat", style, [*body, "</form>"])


def render_html36(layout: Layout36, meeting: Meeting) -> str:
    return {"t36-print-view-tables-html": _html_print_view,
            "t36-aria-role-divs-html": _html_aria,
            "t36-cms-nested-divs-dl-decisions-html": _html_cms_dl,
            "t36-aspnet-spans-br-html": _html_aspnet}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_brackets(layout: Layout36, meeting: Meeting) -> str:
    lines = [" | ".join(["REFERAT", meeting.udvalg, f"tirsdag den {DATE_LONG} kl. 17.00",
                         meeting.place])]
    for item in meeting.items:
        mark = "(lukket)" if item.closed else f"({case_line(layout, item)})"
        lines += ["", "=" * 60, f"{item.number} » {item.title} {mark}".replace(" ()", "")]
        for s in item.sections:
            lines += ["", s.heading, *(x for para in s.text.splitlines() for x in wrap(para, 76))]
    return "\n".join(lines) + "\n"


def _text_tabs(layout: Layout36, meeting: Meeting) -> str:
    lines = ["DAGSORDEN", ""]
    for item in meeting.items:
        lines += ["", f"{item.number}  {item.title.upper()}"]
        if item.closed:
            lines.append("\t(Lukket punkt)")
        for s in item.sections:
            lines += ["", f"\t{s.heading}"]
            lines += [f"\t\t{x}" for para in s.text.splitlines() for x in wrap(para, 64)]
    lines += ["", "", f"{meeting.udvalg} holder møde tirsdag den {DATE_LONG} kl. 16.00 i "
              f"{meeting.place}."]
    return "\n".join(lines) + "\n"


def render_text36(layout: Layout36, meeting: Meeting) -> str:
    return {"t36-bracket-labels-two-decisions-txt": _text_brackets,
            "t36-tab-indent-caps-agenda-txt": _text_tabs}[layout.name](layout, meeting)


def document36(layout: Layout36, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's) and the rendered files (by suffix, only the layout's
    formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text36, render_html36, render_pdf36)
