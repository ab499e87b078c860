"""A thirty-fifth set of invented layouts (`test35`): a thirtieth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (a designed Word template with big outlined
numerals, a referat opening with a decision summary table, a template with headings as dark
labels, a TeX-typeset protocol, a dagsorden with thumb-index tabs, a decision box labelled by a
turned word, a CMS whose numbers come from a CSS counter, Excel's "Save as web page", a
TinyMCE page with inline styles, a static site's Markdown with YAML front matter, a text export
of dot-leader labels, an old Mac text export in Latin-1), not from any kommune's published
minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: the number drawn as a large outlined
numeral (text render mode 1) in the margin beside the title; a "Beslutningsoversigt" table
(Pkt. | Sag | Beslutning, the decision's first words) before the items; headings printed white
on dark label boxes under a title in a grey band; paragraphs set as one text block each (TL and
T*) with run-in headings in Times, two decisions per item; the item's number only in a
thumb-index tab at the page's right edge, printed white on black; the decision in a shaded box
whose only heading is a word turned 90 degrees on the box's left edge; HTML numbers made only by
a CSS counter (`::before`); Excel's HTML with a row per section, number and title repeated on
every row; inline-styled TinyMCE paragraphs with "Punkt 4" alone above the title and the
meeting's fields in a table after the last item; Markdown whose meeting fields stand only in a
YAML front matter; "Label ....... value" lines with dot leaders and two decisions per item; a
text in ISO-8859-1 with lone carriage returns as line ends, "PUNKT 4" alone above the title.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth). Section types are the type a heading means in referat's
model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import re
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
OEU_RUNIN = ("Økonomiudvalget 5. marts 2024.", "Anbefales over for byrådet.")
RIGHT = 539  # the right edge of a portrait page's text
TEXT_X = 104  # where the titles, headings and texts of the outlined-numeral layout start
NUMERAL = 28  # the outlined numeral's size
TAB_X = 545  # the thumb tab's left edge (the page is 595 wide)
BOX_X = 74  # the shaded decision box's text (the turned label stands left of it)
LEADER = 22  # the dot-leader labels' width, dots included
SUMMARY_WORDS = 10  # the words of a decision the summary table prints
LATIN1 = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
                        "•": "*"})  # what the Latin-1 export writes instead


@dataclass
class Layout35(Layout32):
    """A test35 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS35: list[Layout35] = [
    # a designed Word template: "Referat" bold 20, the udvalg bold 14, "Dato:", "Sted:"; the
    # number bold 28, drawn in outline only (text render mode 1) at the margin, the title
    # bold 12 at x 104 on the numeral's baseline; "Sagsid: …" 9 under the title; headings
    # bold-oblique 10; texts at x 104; the closed item "Punktet er lukket."
    Layout35("t35-outline-numeral-margin-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsid: {case}", closed=1, place="Rådhuset, mødelokale 2"),
    # a referat opening with "Beslutningsoversigt": a ruled table Pkt. | Sag | Beslutning, a
    # row per item with the decision's first ten words and " …" ("Lukket" for the closed
    # item); then "Sagsfremstillinger" from a new page, "Punkt 4: Title" bold 12,
    # "Sagsnr.: …", bold headings, the decision in full under "Beslutning"
    Layout35("t35-decision-summary-first-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 4"),
    # a template with a grey band per item: "Sag 4" bold 11 and the title bold 12 at x 110
    # in a light grey band over the page's width, "ESDH: …" 8 below in the band; each
    # heading white bold 9 in a dark box as wide as the word; texts regular 10
    Layout35("t35-reverse-label-headings-pdf",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="ESDH: {case}", closed=1, place="Mødelokale 1"),
    # a TeX-typeset protocol in Times: every paragraph one text block (TL and T*), the
    # heading run in bold ending in a period, then the text in the same block; the number
    # Times-Bold 13 at x 72 and the title at x 92, no punctuation; "Sagsnr. …" Times-Italic
    # 10; two
    # decisions: "Økonomiudvalget 5. marts 2024." (fixed), then "Byrådet 12. marts 2024.";
    # centred folios "– 3 –"
    Layout35("t35-tex-blocks-runin-two-decisions-pdf",
             [("sagsfremstilling", "Sagsfremstilling."), ("okonomi", "Økonomi."),
              ("indstilling", "Indstilling."), ("beslutning", "Byrådet 12. marts 2024.")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_RUNIN,)),
    # a dagsorden with thumb-index tabs: the title bold 14 unnumbered at the margin; the
    # number only in a black tab at the page's right edge beside the title, white bold 14;
    # "Sagsnr. …" 9; bold headings, "Forslag til beslutning" the indstilling; no decisions
    Layout35("t35-thumb-tab-number-agenda-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Forslag til beslutning")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Rådhuset, mødelokale 5"),
    # "Punkt 4" bold 11 and the title bold 11 at x 110 on one baseline; "Sag: …" 9; bold
    # headings; the decision's text in a light grey box whose only heading is "Beslutning"
    # bold 8 turned 90 degrees, reading upward along the box's left edge
    Layout35("t35-shaded-decision-turned-label-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sag: {case}", closed=1, place="Mødelokale 3"),
    # a CMS page: each item a <section> whose <h2> holds the title only; the number made by a
    # CSS counter (h2::before content: counter(punkt) ". "), counter-reset at the first
    # number less one; "Sagsnr.: …" in a <p class='meta'>; <h3> headings; the closed item
    # "Lukket punkt"
    Layout35("t35-css-counter-numbers-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 6"),
    # Excel's "Save as web page": one <table> of xl-classed cells, the meeting's fields in
    # the first rows; head Punkt | Titel | Sagsnr. | Afsnit | Tekst; a row per section with
    # number, title and case number repeated, paragraphs parted by <br> in the text cell;
    # the closed item one row with "Lukket" in the Afsnit cell
    Layout35("t35-excel-rows-per-section-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, place="Mødelokale 2"),
    # a TinyMCE page: inline styles only; "Punkt 4" a bold 12pt span alone, the title in a
    # 14pt span (not bold) in the next <p>; "Sagsnr. …" in <em>; headings underlined spans
    # with a colon; &nbsp; paragraphs between; the meeting's fields only in a table after
    # the last item ("Mødeoplysninger")
    Layout35("t35-tinymce-inline-fields-last-html",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("okonomi", "Økonomi:"), ("indstilling", "Indstilling:"),
              ("beslutning", "Beslutning:")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødelokale 1"),
    # a static site's Markdown: the meeting only in a YAML front matter (udvalg, dato ISO,
    # tidspunkt, sted, type); "## 4 · Title"; "**Sagsnr.:** …"; "### Heading"; the closed
    # item "*Lukket punkt*"
    Layout35("t35-yaml-front-matter-md-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1, place="Mødelokale 5"),
    # a text export of dot-leader labels: "Punkt ............... 4", "Titel ...............
    # Title", "Sagsnr. ............. …" ("Status .............. Lukket" for the closed
    # item); each heading a line of its own with dots to the column, its text below; two
    # decisions, oldest first: the økonomiudvalg's (fixed), then the byråd's
    Layout35("t35-dot-leader-labels-two-decisions-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i Byrådet den 12. marts 2024")],
             formats=(".txt",), case="{case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU,)),
    # an old Mac export: ISO-8859-1 bytes, lone carriage returns as line ends; "DAGSORDEN";
    # "PUNKT 4" alone above the title; "Sagsnr. …"; headings in capitals with a colon, texts
    # on the next lines; no decisions
    Layout35("t35-cr-latin1-caps-punkt-agenda-txt",
             [("resume", "RESUMÉ:"), ("sagsfremstilling", "SAGSFREMSTILLING:"),
              ("okonomi", "ØKONOMI:"), ("indstilling", "INDSTILLING:")],
             formats=(".txt",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Mødelokale 3"),
]


def by_name35(name: str) -> Layout35 | None:
    return next((layout for layout in LAYOUTS35 if layout.name == name), None)


def _mark(layout: Layout35, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _marks(layout: Layout35, item: Item, closed: str = "Lukket punkt") -> list[str]:
    """The item's mark as a line, none when it has neither a case number nor is closed."""
    mark = _mark(layout, item, closed)
    return [mark] if mark else []


def _summary(text: str) -> str:
    """A decision's first words, as a summary table prints them."""
    words = text.split()
    return " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")


# --- PDF ---------------------------------------------------------------------------------------


def _head(p: Pager32, meeting: Meeting, fields: list[str], x: float = 56) -> None:
    _put_lines(p, ["Referat" if meeting.kind == "referat" else "Dagsorden"], x, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), x, 14, 2, 20)
    _put_lines(p, fields, x, 10, 1, 14)


def _pdf_outline_numeral(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    _head(p, meeting, [f"Dato: {DATE_LONG} kl. 16.00", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 22
        title = _wrap_pt(item.title, RIGHT - TEXT_X, 12, True)
        if p.y - NUMERAL - 17 * len(title) < p.margin + 20:
            p.new_page()
        p.room(NUMERAL)
        p.pages[-1].append(b"BT 1 Tr 0.8 w /F2 %d Tf 56 %.1f Td (%s) Tj 0 Tr ET"
                           % (NUMERAL, p.y, _escape(item.number)))
        p.put(TEXT_X, title[0], 12, 2)
        _put_lines(p, title[1:], TEXT_X, 12, 2, 17)
        marks = ["Punktet er lukket."] if item.closed else _marks(layout, item)
        _put_lines(p, marks, TEXT_X, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(TEXT_X, s.heading, 10, 3)
            p.body(s.text, x=TEXT_X, width=RIGHT - TEXT_X)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


SUMMARY_COLUMNS = (56, 92, 330)  # Pkt. | Sag | Beslutning


def _pdf_summary_first(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, meeting, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"])
    p.y -= 16
    _put_lines(p, ["Beslutningsoversigt"], 56, 13, 2, 18)
    p.y -= 4
    p.room(14)
    for x, label in zip(SUMMARY_COLUMNS, ("Pkt.", "Sag", "Beslutning"), strict=True):
        p.put(x, label, 9, 2)
    for item in meeting.items:
        decision = next((s.text for s in item.sections if s.type == "beslutning"), "")
        cells = [[item.number], _wrap_pt(item.title, 225, 9, False),
                 ["Lukket"] if item.closed else _wrap_pt(_summary(decision), 205, 9, False)]
        rows = max(len(c) for c in cells)
        if p.y - 12 * rows - 8 < p.margin + 20:
            p.new_page()
        p.rule(56, RIGHT, p.y - 4)
        top = p.y - 16
        for x, cell in zip(SUMMARY_COLUMNS, cells, strict=True):
            for k, line in enumerate(cell):
                p.put(x, line, 9, 1, top - 12 * k)
        p.y = top - 12 * (rows - 1)
    p.rule(56, RIGHT, p.y - 4)
    p.new_page()
    _put_lines(p, ["Sagsfremstillinger"], 56, 16, 2, 22)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"Punkt {item.number}: {item.title}", 480, 12, True),
                   56, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_reverse_labels(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, meeting, [f"Dato: {DATE_LONG}, kl. 15.30", f"Sted: {meeting.place}"])
    for item in meeting.items:
        title = _wrap_pt(item.title, 420, 12, True)
        marks = _marks(layout, item)
        height = 17 * len(title) + 12 * len(marks) + 10
        p.y -= 14
        if p.y - height - 40 < p.margin + 20:
            p.new_page()
        p.pages[-1].append(b"0.88 g 50 %.1f 495 %.1f re f 0 g" % (p.y - height, height))
        p.room(17)
        p.put(58, f"Sag {item.number}", 11, 2)
        p.put(110, title[0], 12, 2)
        _put_lines(p, title[1:], 110, 12, 2, 17)
        _put_lines(p, marks, 110, 8, 1, 12)
        p.y -= 10
        for s in item.sections:
            p.y -= 8
            p.room(15)
            p.pages[-1].append(b"0.2 g 54 %.1f %d 13 re f" % (p.y - 3.5,
                                                              _width(s.heading, 9, True) + 8))
            p.pages[-1].append(b"BT 1 g /F2 9.0 Tf 58.0 %.1f Td (%s) Tj 0 g ET"
                               % (p.y, _escape(s.heading)))
            p.y -= 4
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _block(p: Pager32, x: float, runs: list[tuple[int, str]], rest: list[str],
           size: float = 11, leading: float = 13.5) -> None:
    """One paragraph as one text block: the first line's runs (font, text), then `rest`,
    each line by T*; a new block on a new page when the page is full."""
    p.room(leading)
    ops = [b"BT %.1f TL %.1f %.1f Td" % (leading, x, p.y)]
    ops += [b"/F%d %.1f Tf (%s) Tj" % (font, size, _escape(text)) for font, text in runs]
    if rest:
        ops.append(b"/F1 %.1f Tf" % size)
    for line in rest:
        if p.y - leading < p.margin + 20:
            p.pages[-1].append(b" ".join([*ops, b"ET"]))
            p.new_page()
            p.room(leading)
            ops = [b"BT %.1f TL /F1 %.1f Tf %.1f %.1f Td (%s) Tj" % (
                leading, size, x, p.y, _escape(line))]
            continue
        p.y -= leading
        ops.append(b"T* (%s) Tj" % _escape(line))
    p.pages[-1].append(b" ".join([*ops, b"ET"]))


def _runin(p: Pager32, heading: str, text: str, x: float = 72, width: float = 451) -> None:
    """A section: the heading run in bold before the first paragraph, each paragraph a
    block; wrapped by Helvetica's wider metrics, so a Times line never overruns."""
    for k, para in enumerate(x for x in text.splitlines() if x.strip()):
        lead = f"{heading} " if k == 0 else ""
        lines = _wrap_pt(lead + para, width, 11, False)
        first = lines[0][len(lead):] if k == 0 else lines[0]
        runs = [(2, lead), (1, first)] if k == 0 else [(1, first)]
        _block(p, x, runs, lines[1:])


def _pdf_tex(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Times-Roman", b"Times-Bold", b"Times-Italic"))
    _put_lines(p, [meeting.udvalg], 72, 17, 2, 22)
    _put_lines(p, ["Beslutningsprotokol"], 72, 14, 1, 20)
    _put_lines(p, [f"Mødet tirsdag den {DATE_LONG} kl. 17.00 i {meeting.place}"], 72, 11, 3, 15)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 431, 13, True)
        if p.y - 17 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(17)
        p.put(72, item.number, 13, 2)
        p.put(92, title[0], 13, 2)
        _put_lines(p, title[1:], 92, 13, 2, 17)
        _put_lines(p, _marks(layout, item), 72, 10, 3, 14)
        for s in item.sections:
            p.y -= 5
            _runin(p, s.heading, s.text)
    for n, ops in enumerate(p.pages, start=1):
        folio = f"– {n} –"
        ops.append(b"BT /F1 10 Tf %.1f 40 Td (%s) Tj ET"
                   % (297.5 - _width(folio, 10, False) / 2, _escape(folio)))
    return p.file()


def _pdf_thumb_tab(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, meeting, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 20
        title = _wrap_pt(item.title, 440, 14, True)
        if p.y - 19 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(19)
        p.pages[-1].append(b"0 g %d %.1f 50 30 re f" % (TAB_X, p.y - 10))
        p.pages[-1].append(b"BT 1 g /F2 14.0 Tf %.1f %.1f Td (%s) Tj 0 g ET" % (
            TAB_X + 15 - _width(item.number, 14, True) / 2, p.y, _escape(item.number)))
        p.put(56, title[0], 14, 2)
        _put_lines(p, title[1:], 56, 14, 2, 19)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=7)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_turned_label(layout: Layout35, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, meeting, [f"Dato: {DATE_LONG} kl. 16.00", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 429, 11, True)
        if p.y - 15 * len(title) - 40 < p.margin + 20:
            p.new_page()
        p.room(15)
        p.put(56, f"Punkt {item.number}", 11, 2)
        p.put(110, title[0], 11, 2)
        _put_lines(p, title[1:], 110, 11, 2, 15)
        _put_lines(p, _marks(layout, item), 110, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            if s.type != "beslutning":
                p.room(15)
                p.put(56, s.heading, 10, 2)
                p.body(s.text)
                continue
            lines = [x for para in s.text.splitlines()
                     for x in _wrap_pt(para, RIGHT - BOX_X - 6, 10, False)]
            height = max(14 * len(lines) + 10, _width(s.heading, 8, True) + 12)
            if p.y - height < p.margin + 20:
                p.new_page()
            top = p.y
            p.pages[-1].append(b"0.9 g 56 %.1f %d %.1f re f 0 g"
                               % (top - height, RIGHT - 56, height))
            p.pages[-1].append(b"BT /F2 8 Tf 0 1 -1 0 67 %.1f Tm (%s) Tj ET"
                               % (top - height + 6, _escape(s.heading)))
            p.y -= 4
            _put_lines(p, lines, BOX_X, 10, 1, 14)
            p.y = top - height
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def render_pdf35(layout: Layout35, meeting: Meeting) -> bytes:
    return {"t35-outline-numeral-margin-pdf": _pdf_outline_numeral,
            "t35-decision-summary-first-pdf": _pdf_summary_first,
            "t35-reverse-label-headings-pdf": _pdf_reverse_labels,
            "t35-tex-blocks-runin-two-decisions-pdf": _pdf_tex,
            "t35-thumb-tab-number-agenda-pdf": _pdf_thumb_tab,
            "t35-shaded-decision-turned-label-pdf": _pdf_turned_label}[layout.name](
                layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_counter(layout: Layout35, meeting: Meeting) -> str:
    first = int(meeting.items[0].number)
    style = (f"main.referat{{counter-reset:punkt {first - 1}}}\n"
             "section.punkt h2{counter-increment:punkt;font-size:1.3rem}\n"
             "section.punkt h2::before{content:counter(punkt) \". \"}\n"
             "p.meta{color:#666;font-size:.85rem}\nh3{font-size:1rem;margin:1em 0 .2em}")
    body = ["<main class='referat'>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p class='moede'>Tirsdag den {DATE_LONG} kl. 16.00, {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += [f"<section class='punkt' id='punkt-{item.number}'>",
                 f"<h2>{e(item.title)}</h2>"]
        body += [f"<p class='meta'>{e(x)}</p>" for x in _marks(layout, item)]
        for s in item.sections:
            body.append(f"<h3>{e(s.heading)}</h3>")
            body += [f"<p>{e(x)}</p>" for x in s.text.splitlines()]
        body.append("</section>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat – {e(meeting.udvalg)}</title>",
                      f"<style>\n{style}\n</style></head><body>", *body, "</main>",
                      "</body></html>"])


EXCEL_HEAD = ("Punkt", "Titel", "Sagsnr.", "Afsnit", "Tekst")


def _xl(text: str, cls: str = "xl66") -> str:
    return f"<td class={cls} style='border-top:none'>{text}</td>"


def _html_excel(layout: Layout35, meeting: Meeting) -> str:
    rows = [("Udvalg", meeting.udvalg), ("Mødedato", f"tirsdag den {DATE_LONG} kl. 16.00"),
            ("Mødested", meeting.place)]
    body = [f"<tr height=20 style='height:15.0pt'><td class=xl65>{label}</td>"
            f"<td class=xl66 colspan=4>{e(value)}</td></tr>" for label, value in rows]
    body.append("<tr height=20 style='height:15.0pt'>" + "".join(
        f"<td class=xl67>{x}</td>" for x in EXCEL_HEAD) + "</tr>")
    for item in meeting.items:
        cells = [item.number, e(item.title), e(item.case_number or "")]
        parts = [("Lukket", "")] if item.closed else [
            (e(s.heading), "<br>".join(e(x) for x in s.text.splitlines()))
            for s in item.sections]
        for heading, text in parts:
            body.append("<tr style='mso-height-source:userset'>"
                        + "".join(_xl(x) for x in [*cells, heading]) + _xl(text, "xl68")
                        + "</tr>")
    style = ("<style>\n<!--table\n\t{mso-displayed-decimal-separator:\"\\,\";}\n"
             ".xl65\n\t{font-weight:700;}\n.xl66\n\t{vertical-align:top;}\n"
             ".xl67\n\t{font-weight:700;background:#D9E1F2;}\n"
             ".xl68\n\t{vertical-align:top;white-space:normal;}\n-->\n</style>")
    return "\n".join(["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"",
                      "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">", "<head>",
                      "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
                      "<meta name=ProgId content=Excel.Sheet>",
                      "<meta name=Generator content=\"Microsoft Excel 15\">", style,
                      "</head>", "<body link=\"#0563C1\" vlink=\"#954F72\">",
                      "<table border=0 cellpadding=0 cellspacing=0 width=1200 "
                      "style='border-collapse:collapse;table-layout:fixed'>", *body,
                      "</table>", "</body>", "</html>"])


NBSP = "<p>&nbsp;</p>"


def _html_tinymce(layout: Layout35, meeting: Meeting) -> str:
    body = ["<p><span style=\"font-size: 18pt;\"><strong>Referat</strong></span></p>",
            f"<p><span style=\"font-size: 14pt;\">{e(meeting.udvalg)}</span></p>", NBSP]
    for item in meeting.items:
        body += [f"<p><span style=\"font-size: 12pt;\"><strong>Punkt {item.number}</strong>"
                 "</span></p>",
                 f"<p><span style=\"font-size: 14pt;\">{e(item.title)}</span></p>"]
        body += [f"<p><em>{e(x)}</em></p>" for x in _marks(layout, item)]
        for s in item.sections:
            body += [NBSP, "<p><span style=\"text-decoration: underline;\">"
                     f"{e(s.heading)}</span></p>"]
            body += [f"<p>{e(x)}</p>" for x in s.text.splitlines()]
        body.append(NBSP)
    body += ["<p><strong>Mødeoplysninger</strong></p>",
             "<table style=\"border-collapse: collapse; width: 100%;\" border=\"1\"><tbody>",
             *(f"<tr><td style=\"width: 30%;\">{label}</td><td style=\"width: 70%;\">{e(value)}"
               "</td></tr>" for label, value in (
                   ("Udvalg", meeting.udvalg), ("Dato", f"tirsdag den {DATE_LONG}"),
                   ("Tidspunkt", "kl. 16.00 - 18.00"), ("Sted", meeting.place))),
             "</tbody></table>"]
    return "\n".join(["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
                      "<title>Referat</title></head><body>",
                      "<div class=\"mce-content-body\">", *body, "</div>", "</body></html>"])


def render_html35(layout: Layout35, meeting: Meeting) -> str:
    return {"t35-css-counter-numbers-html": _html_counter,
            "t35-excel-rows-per-section-html": _html_excel,
            "t35-tinymce-inline-fields-last-html": _html_tinymce}[layout.name](
                layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_yaml(layout: Layout35, meeting: Meeting) -> str:
    lines = ["---", f"udvalg: \"{meeting.udvalg}\"", "dato: 2024-03-12",
             f"tidspunkt: \"tirsdag den {DATE_LONG} kl. 16.00\"", f"sted: \"{meeting.place}\"",
             f"type: {meeting.kind}", "---", "", "# Referat"]
    for item in meeting.items:
        lines += ["", f"## {item.number} · {item.title}", ""]
        if item.closed:
            lines.append("*Lukket punkt*")
        elif item.case_number:
            lines.append(f"**Sagsnr.:** {item.case_number}")
        for s in item.sections:
            lines += ["", f"### {s.heading}", ""]
            lines += [x for para in s.text.splitlines() for x in (para, "")][:-1]
    return "\n".join(lines) + "\n"


def _leader(label: str, value: str = "") -> str:
    return f"{label} {'.' * (LEADER - len(label) - 1)} {value}".rstrip()


def _text_leaders(layout: Layout35, meeting: Meeting) -> str:
    lines = ["REFERAT", "", _leader("Udvalg", meeting.udvalg),
             _leader("Mødedato", f"tirsdag den {DATE_LONG}"), _leader("Mødetid", "kl. 17.00"),
             _leader("Mødested", meeting.place)]
    for item in meeting.items:
        lines += ["", "-" * 72, _leader("Punkt", item.number)]
        title = wrap(item.title, 72 - LEADER - 1)
        lines.append(_leader("Titel", title[0]))
        lines += [" " * (LEADER + 1) + x for x in title[1:]]
        lines.append(_leader("Status", "Lukket") if item.closed
                     else _leader("Sagsnr.", item.case_number or ""))
        for s in item.sections:
            lines += ["", _leader(s.heading) if len(s.heading) < LEADER - 1 else s.heading]
            lines += [x for para in s.text.splitlines() for x in wrap(para, 72)]
    return "\n".join(lines) + "\n"


def _text_cr_latin1(layout: Layout35, meeting: Meeting) -> bytes:
    lines = ["DAGSORDEN", "", meeting.udvalg, f"Mødedato: tirsdag den {DATE_LONG} kl. 16.00",
             f"Mødested: {meeting.place}"]
    for item in meeting.items:
        lines += ["", "", f"PUNKT {item.number}", item.title, *_marks(layout, item)]
        for s in item.sections:
            lines += ["", s.heading, *s.text.splitlines()]
    text = ("\r".join(lines) + "\r").translate(LATIN1)
    return re.sub(r"[^\x00-\xff]", "?", text).encode("latin-1")


def render_text35(layout: Layout35, meeting: Meeting) -> str | bytes:
    return {"t35-yaml-front-matter-md-txt": _text_yaml,
            "t35-dot-leader-labels-two-decisions-txt": _text_leaders,
            "t35-cr-latin1-caps-punkt-agenda-txt": _text_cr_latin1}[layout.name](
                layout, meeting)


def document35(layout: Layout35, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's) and the rendered files (by suffix, only the layout's
    formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text35, render_html35, render_pdf35)
