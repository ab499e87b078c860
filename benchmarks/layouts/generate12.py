"""A twelfth set of invented layouts (`test12`): a seventh independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (byråd protocols with §-numbers, minutes sent
as plain-text e-mail, Word and LibreOffice saved as PDF, committee systems' PDFs with a
table of contents, regional councils' forretningsudvalg agendas, CMS and old ASP pages),
not from any kommune's published minutes, and frozen before the reader was run on them.

Conventions the earlier 127 layouts and the stress generators lack, or lack in this
combination: "§ 37" in a margin with the case number right-aligned on the title line and
run-in headings ending in a period, votes and a protocol remark in the byråd's decision; a
plain-text e-mail export (mail headers, lines hard-wrapped at 72 characters, "4 - Title"
with an indented continuation, capital run-in headings with a colon); a large item number
in the margin beside a title in small capitals (PDF: capitals of two sizes; HTML: CSS
font-variant) with italic headings; an agenda whose table of contents is a three-column
table (Punkt | Titel | Side) and whose items stand one per page under a running header, a
"Punkt 3" line above the title and "Hvad skal besluttes?" as the resume heading; HTML5
<article> items with the number in a <p> above the <h3>, sections in <details>/<summary>
and the meeting's fields in a <dl>; an old ASP page of nested tables with the section
headings in a left-hand cell beside their text; unnumbered <h2> titles with sections in a
<dl>; Word's PDF with a tab after the number, bold headings underlined by a rule, a
footnote mark after a heading and its footnote at the page's foot, a right-aligned running
header and a decision with a protocol remark; a regional forretningsudvalg agenda with a
"Sagsgang" line, "at"-lines in the indstilling and a "Kommunikation" heading; a
tab-separated paste from a portal's tables; a CMS page styled by class names only.

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfminer.fontmetrics import FONT_METRICS
from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated
from benchmarks.layouts.draw import case_line as _case
from benchmarks.layouts.draw import word as _word
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate10 import _meta
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.pdfwriter import _escape, wrap, wrap_lines

ALL = (".txt", ".html", ".pdf")
DATE_LONG = "12. marts 2024"
DATE_DOTS = "12.03.2024"
VOTES = ("For stemte 21 (A, V, C og F).\nImod stemte 4 (Ø).\nUndlod at stemme: 2 (O).\n"
         "Protokolbemærkning: Enhedslisten ønskede ført til protokol, at partiet finder, at "
         "sagen burde have været i høring.")
REMARK = ("Bemærkning til protokollen: Venstre kan ikke støtte indstillingen og henviser til "
          "partiets ændringsforslag ved budgetforhandlingerne.")
KOMMUNIKATION = "Der udsendes en pressemeddelelse, når regionsrådet har behandlet sagen."
FOOTNOTE = "Alle beløb er i 1.000 kr. og i 2024-priser."
_AT = re.compile(r"^.*?\bindstiller\b[^,:]*?[,:]?\s*(at\b:?\s*)?")  # "X indstiller, at"


@dataclass
class Layout12(LayoutFields):
    formats: tuple[str, ...] = ALL
    numbered: bool = True
    votes: str = ""  # appended to the meeting's decision


LAYOUTS12: list[Layout12] = [
    # a byråd protocol: "§ 37" in the margin, the case number right-aligned on the title
    # line, run-in headings ending in a period, votes and a protocol remark in the decision
    Layout12("paragraph-sign-margin",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning")],
             formats=(".txt", ".pdf"), case="Sag {case}", closed=1, votes=VOTES,
             udvalg="Byrådet", place="Byrådssalen"),
    # minutes sent as a plain-text e-mail: headers, hard wrap at 72, "4 - Title", capital
    # run-in headings with a colon; "BAGGRUND" (sagsfremstilling, the most common reading)
    Layout12("email-hardwrap-caps-runin",
             [("sagsfremstilling", "BAGGRUND"), ("indstilling", "INDSTILLING"),
              ("beslutning", "BESLUTNING")],
             formats=(".txt",), case="Sagsnummer {case}"),
    # a large number in the margin, the title in small capitals, italic headings;
    # "Sagens baggrund" (sagsfremstilling), "Administrationens forslag" (indstilling),
    # "Udvalgets afgørelse" (beslutning)
    Layout12("margin-number-smallcaps",
             [("sagsfremstilling", "Sagens baggrund"),
              ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Administrationens forslag"),
              ("beslutning", "Udvalgets afgørelse")],
             formats=(".pdf", ".html"), closed=1),
    # an agenda: the contents as a table Punkt | Titel | Side, one item per page under a
    # running header, "Punkt 3" above the title; "Hvad skal besluttes?" (resume: the
    # question put to the committee, the most common reading)
    Layout12("toc-table-item-per-page",
             [("resume", "Hvad skal besluttes?"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("bilag", "Bilag")],
             formats=(".txt", ".pdf"), kind="dagsorden", case="Sagsnr. {case}", closed=1),
    # HTML5: <article> per item, "Punkt 4" in a <p> above the <h3>, sections in
    # <details>/<summary>, the meeting's fields in a <dl>; "Sagsbeskrivelse"
    # (sagsfremstilling)
    Layout12("article-details-dl-meta",
             [("sagsfremstilling", "Sagsbeskrivelse"), ("lovgrundlag", "Lovgrundlag"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i {udvalg} den 12-03-2024")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1,
             closed_title="Lukket punkt"),
    # an old ASP page: a layout table, an item a nested table; "Pkt. 4" | title | case in
    # the first row, each section a row of heading cell and text cell
    Layout12("nested-tables-side-cells",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="J.nr. {case}"),
    # unnumbered <h2> titles, the case number in a <p> below, sections in a <dl>;
    # "Beskrivelse af sagen" (sagsfremstilling)
    Layout12("unnumbered-dl-sections",
             [("resume", "Kort resumé"), ("sagsfremstilling", "Beskrivelse af sagen"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", numbered=False),
    # Word saved as PDF: "4.<tab>Title", bold headings underlined by a rule, a footnote mark
    # after "Økonomi" and the footnote at the page's foot, a right-aligned running header,
    # a dated decision heading with a protocol remark
    Layout12("word-footnote-underlined",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Udvalgets beslutning 12.03.2024")],
             formats=(".pdf",), votes=REMARK),
    # a regional forretningsudvalg agenda: a "Sagsgang" line, "at"-lines in the
    # indstilling, "Baggrund" (sagsfremstilling), "Kommunikation" (other)
    Layout12("region-fu-sagsgang-agenda",
             [("indstilling", "Indstilling"), ("sagsfremstilling", "Baggrund"),
              ("okonomi", "Økonomiske konsekvenser"), ("other", "Kommunikation")],
             kind="dagsorden", case="Sagsnr. {case}", udvalg="Forretningsudvalget",
             place="Regionshuset, mødelokale F1"),
    # a paste from a portal's tables: cells separated by tabs ("4<TAB>Title<TAB>Åben",
    # "Sagsfremstilling<TAB>first paragraph")
    Layout12("tab-separated-paste",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # a CMS page styled by class names only (no h-tags, no bold): "Punkt 4 – Title" in a
    # <div class="dp-titel">, headings in <div class="dp-rubrik">
    Layout12("css-class-only-divs",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i {udvalg} den 12. marts 2024")],
             formats=(".html",), case="Sagsnr. {case}", closed=2),
]


def by_name12(name: str) -> Layout12 | None:
    return next((layout for layout in LAYOUTS12 if layout.name == name), None)


# --- truth -------------------------------------------------------------------------------------


def truth12(layout: Layout12, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 2, 9, 37])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            heading = heading.format(udvalg=udvalg)
            if kind == "beslutning":
                text = _text(src, "beslutning", 2) or "Godkendt."
                text = f"{text}\n{layout.votes}" if layout.votes else text
            elif kind == "bilag":
                text = "\n".join(f"{i}. {a}" for i, a in enumerate(
                    ("Kortbilag", "Notat om høringen", "Tidsplan")[: k % 3 + 1], start=1))
            elif kind == "other":
                text = KOMMUNIKATION
            elif kind == "indstilling" and layout.name == "region-fu-sagsgang-agenda":
                lines = [_AT.sub("", x) for x in _text(src, "indstilling", 3).splitlines()]
                lines = [x if x.startswith("at ") else f"at {x}" for x in lines if x]
                text = "\n".join(["Administrationen indstiller til forretningsudvalget,",
                                  *lines]) if lines else ""
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = " ".join(src.title.split())
        if closed and layout.closed_title:
            title = layout.closed_title
        items.append(Item(str(start + k) if layout.numbered else "", title,
                          None if closed else src.case_number, closed, sections=sections))
    return stated(layout, udvalg, items)




def _width(text: str, size: float, font: str = "Helvetica") -> float:
    widths = FONT_METRICS[font][1]
    return sum(widths.get(c, 556) for c in text) * size / 1000


# --- text --------------------------------------------------------------------------------------


def _text_paragraph_sign(layout: Layout12, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg} - {_word(meeting)}", *_meta(meeting), ""]
    for item in meeting.items:
        title = wrap(item.title, 52)
        case = _case(layout, item)
        out.append(f"§ {item.number:<5}{title[0]:<52}  {case}".rstrip())
        out += [" " * 7 + t for t in title[1:]]
        if item.closed:
            out.append(" " * 7 + "Sagen blev behandlet for lukkede døre.")
        for s in item.sections:
            lines = s.text.splitlines()
            out += wrap(f"{s.heading}. {lines[0]}", 78)
            for para in lines[1:]:
                out += wrap(para, 78)
        out.append("")
    return "\n".join(out) + "\n"


def _text_email(layout: Layout12, meeting: Meeting) -> str:
    out = ["Fra: Sekretariatet <politik@kommune.dk>", "Sendt: 13. marts 2024 09:12",
           f"Til: Medlemmer af {meeting.udvalg}",
           f"Emne: Referat af mødet den {DATE_LONG}", "",
           "Kære alle", "", "Hermed referatet af mødet. Det er også lagt på kommunens "
           "hjemmeside.", "", f"Udvalg: {meeting.udvalg}", f"Dato: {DATE_LONG} kl. 16.00",
           f"Sted: {meeting.place}", "", "-" * 40]
    for item in meeting.items:
        title = wrap(f"{item.number} - {item.title}", 72)
        rest = wrap(" ".join(title[1:]), 68)  # the continuation indented by four spaces
        out += ["", title[0], *("    " + t for t in rest)]
        if item.case_number:
            out.append(_case(layout, item))
        for s in item.sections:
            lines = s.text.splitlines()
            out.append("")
            out += wrap(f"{s.heading}: {lines[0]}", 72)
            for para in lines[1:]:
                out += wrap(para, 72)
    out += ["", "-" * 40, "", "Med venlig hilsen", "Sekretariatet"]
    return "\n".join(out) + "\n"


def _toc_pages(meeting: Meeting) -> dict[str, int]:
    """The page each item starts on (the contents fill page 1)."""
    return {item.number: 2 + k for k, item in enumerate(meeting.items)}


def _text_toc(layout: Layout12, meeting: Meeting) -> str:
    pages_of = _toc_pages(meeting)
    count = len(meeting.items) + 1
    first = [f"{_word(meeting)} - {meeting.udvalg}", *_meta(meeting), "", "Indholdsfortegnelse",
             "", f"{'Punkt':<8}{'Titel':<60}{'Side':>6}"]
    for item in meeting.items:
        title = wrap(item.title, 58)
        first.append(f"{item.number:<8}{title[0]:<60}{pages_of[item.number]:>6}")
        first += [" " * 8 + t for t in title[1:]]
    pages = [first]
    for item in meeting.items:
        page = ["", f"Punkt {item.number}", *wrap(item.title, 70)]
        if item.case_number:
            page.append(_case(layout, item))
        page.append("Lukket punkt" if item.closed else "Åbent punkt")
        for s in item.sections:
            page += ["", s.heading]
            page += wrap_lines(s.text, 78)
        pages.append(page)
    out = []
    for n, page in enumerate(pages, start=1):
        head = [f"{_word(meeting)} · {meeting.udvalg} · {DATE_DOTS}"] if n > 1 else []
        out.append("\n".join([*head, *page, "", f"Side {n} af {count}"]) + "\n")
    return "\f".join(out)


def _text_region(layout: Layout12, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} - {meeting.udvalg}", *_meta(meeting)]
    for item in meeting.items:
        out += ["", f"{item.number}. {item.title}", _sagsgang(), _case(layout, item)]
        for s in item.sections:
            out += ["", s.heading, *s.text.splitlines()]
    return "\n".join(out) + "\n"


def _sagsgang() -> str:
    return "Sagsgang: Forretningsudvalget 12.03.2024 / Regionsrådet 26.03.2024"


def _text_tabs(layout: Layout12, meeting: Meeting) -> str:
    out = [f"{_word(meeting)}\t{meeting.udvalg}", f"Dato\t{DATE_LONG}",
           "Tidspunkt\tKl. 16.00 - 18.30", f"Sted\t{meeting.place}", "",
           "Nr.\tPunkt\tStatus"]
    for item in meeting.items:
        out += ["", f"{item.number}\t{item.title}\t{'Lukket' if item.closed else 'Åben'}"]
        if item.case_number:
            out.append(f"Sagsnummer\t{_case(layout, item)}")
        for s in item.sections:
            lines = s.text.splitlines()
            out.append(f"{s.heading}\t{lines[0]}")
            out += [f"\t{x}" for x in lines[1:]]
    return "\n".join(out) + "\n"


def render_text12(layout: Layout12, meeting: Meeting) -> str:
    return {"paragraph-sign-margin": _text_paragraph_sign,
            "email-hardwrap-caps-runin": _text_email,
            "toc-table-item-per-page": _text_toc,
            "region-fu-sagsgang-agenda": _text_region,
            "tab-separated-paste": _text_tabs}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _footer(p: Pager, text, x: float | None = None) -> None:
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        label = text(n, count)
        left = (p.w - _width(label, 8)) / 2 if x is None else x
        ops.append(b"BT /F1 8 Tf %.1f %d Td (%s) Tj ET" % (left, p.margin - 24,
                                                          _escape(label)))


def _pdf_paragraph_sign(layout: Layout12, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{meeting.udvalg} - {_word(meeting)}", _meta(meeting))
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 300, 11, True)
        p.room(16)
        p.put(56, f"§ {item.number}", 11, 2)
        case = _case(layout, item)
        if case:
            p.put(539 - _width(case, 9), case, 9, 1)
        for n, line in enumerate(title):
            if n:
                p.room(15)
            p.put(110, line, 11, 2)
        if item.closed:
            p.room(14)
            p.put(110, "Sagen blev behandlet for lukkede døre.", 10, 1)
        for s in item.sections:
            p.y -= 4
            lines = s.text.splitlines()
            run = f"{s.heading}. "
            indent = _width(run, 10, "Helvetica-Bold")
            first = _wrap_pt(lines[0], 429 - indent, 10, False)
            p.room(14)
            p.put(110, run, 10, 2)
            p.put(110 + indent, first[0], 10, 1)
            rest = " ".join(first[1:])
            for line in _wrap_pt(rest, 429, 10, False) if rest else []:
                p.room(14)
                p.put(110, line, 10, 1)
            for para in lines[1:]:
                for line in _wrap_pt(para, 429, 10, False):
                    p.room(14)
                    p.put(110, line, 10, 1)
    _footer(p, lambda n, m: f"- {n} -")
    return p.pdf()


def _smallcaps(p: Pager, x: float, text: str, big: float, small: float) -> None:
    """Small capitals: each word's first letter at `big`, the rest in capitals at `small`
    (bold)."""
    for word in text.split():
        head, rest = word[0].upper(), word[1:].upper()
        p.put(x, head, big, 2)
        x += _width(head, big, "Helvetica-Bold")
        if rest:
            p.put(x, rest, small, 2)
            x += _width(rest, small, "Helvetica-Bold")
        x += _width(" ", big, "Helvetica-Bold")


def _smallcaps_lines(text: str, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and _width(f"{line} {word}".upper(), 12, "Helvetica-Bold") > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line] if line else out


def _pdf_smallcaps(layout: Layout12, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    for item in meeting.items:
        p.y -= 16
        p.room(22)
        p.put(56, item.number, 20, 2)
        for n, line in enumerate(_smallcaps_lines(item.title, 420)):
            if n:
                p.room(16)
            _smallcaps(p, 100, line, 12, 9.5)
        if item.case_number:
            p.room(13)
            p.put(100, _case(layout, item), 8.5, 3)
        if item.closed:
            p.room(14)
            p.put(100, "Punktet er lukket.", 10, 1)
        for s in item.sections:
            p.y -= 5
            p.room(15)
            p.put(100, s.heading, 10.5, 3)
            p.body(s.text, 100, 435)
    _footer(p, lambda n, m: f"Side {n} af {m}", x=470)
    return p.pdf()


def _pdf_toc(layout: Layout12, meeting: Meeting) -> bytes:
    p = Pager()
    pages_of = _toc_pages(meeting)
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    p.room(20)
    p.put(56, "Indholdsfortegnelse", 13, 2)
    p.y -= 6
    p.room(14)
    for x, word in ((56, "Punkt"), (110, "Titel"), (510, "Side")):
        p.put(x, word, 9.5, 2)
    p.rule(56, 539, p.y - 4)
    p.y -= 4
    for item in meeting.items:
        for n, line in enumerate(_wrap_pt(item.title, 380, 10, False)):
            p.room(14)
            if not n:
                p.put(56, item.number, 10, 1)
                page = str(pages_of[item.number])
                p.put(535 - _width(page, 10), page, 10, 1)
            p.put(110, line, 10, 1)
        p.rule(56, 539, p.y - 4)
        p.y -= 4
    for item in meeting.items:
        p.new_page()
        p.room(14)
        p.put(56, f"Punkt {item.number}", 10, 1)
        for line in _wrap_pt(item.title, 480, 14, True):
            p.room(19)
            p.put(56, line, 14, 2)
        p.room(14)
        marks = [_case(layout, item)] if item.case_number else []
        p.put(56, "   ".join([*marks, "Lukket punkt" if item.closed else "Åbent punkt"]),
              9, 1)
        for s in item.sections:
            p.y -= 6
            p.room(16)
            p.put(56, s.heading, 11.5, 2)
            p.body(s.text)
    assert len(p.pages) == len(meeting.items) + 1, "an item longer than a page"
    header = f"{_word(meeting)} · {meeting.udvalg} · {DATE_DOTS}"
    for ops in p.pages[1:]:
        ops.insert(0, b"BT /F1 8 Tf 56 %d Td (%s) Tj ET" % (p.h - 34, _escape(header)))
    _footer(p, lambda n, m: f"Side {n} af {m}", x=470)
    return p.pdf()


def _pdf_word_footnote(layout: Layout12, meeting: Meeting) -> bytes:
    p = Pager(margin=72)
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    notes: set[int] = set()
    for item in meeting.items:
        p.y -= 14
        for n, line in enumerate(_wrap_pt(item.title, 400, 12, True)):
            p.room(17)
            if not n:
                p.put(72, f"{item.number}.", 12, 2)
            p.put(108, line, 12, 2)
        if item.case_number:
            p.room(13)
            p.put(108, _case(layout, item), 9, 1)
        for s in item.sections:
            p.y -= 6
            p.room(16)
            p.put(108, s.heading, 10.5, 2)
            width = _width(s.heading, 10.5, "Helvetica-Bold")
            p.rule(108, 108 + width, p.y - 2)
            if s.type == "okonomi":  # a footnote mark, the note at this page's foot
                p.put(108 + width + 1, "1", 6.5, 1, y=p.y + 4)
                notes.add(len(p.pages) - 1)
            p.body(s.text, 108, 415)
    for k in notes:
        p.rule(72, 200, 84, page=k)
        p.pages[k].append(b"BT /F1 5.5 Tf 72 76 Td (1) Tj ET")
        p.pages[k].append(b"BT /F1 8 Tf 76 72 Td (%s) Tj ET" % _escape(FOOTNOTE))
    header = f"{_word(meeting)} · {meeting.udvalg} · {DATE_LONG}"
    for ops in p.pages:
        ops.insert(0, b"BT /F1 8 Tf %.1f %d Td (%s) Tj ET" % (
            523 - _width(header, 8), p.h - 44, _escape(header)))
    _footer(p, lambda n, m: f"Side {n} af {m}")
    return p.pdf()


def _pdf_region(layout: Layout12, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    for item in meeting.items:
        p.y -= 14
        for line in _wrap_pt(f"{item.number}. {item.title}", 480, 13, True):
            p.room(18)
            p.put(56, line, 13, 2)
        for line in (_sagsgang(), _case(layout, item)):
            p.room(13)
            p.put(56, line, 9, 1)
        p.sections(item, 11, 2, 6)
    _footer(p, lambda n, m: f"Side {n} af {m}", x=470)
    return p.pdf()


def render_pdf12(layout: Layout12, meeting: Meeting) -> bytes:
    return {"paragraph-sign-margin": _pdf_paragraph_sign,
            "margin-number-smallcaps": _pdf_smallcaps,
            "toc-table-item-per-page": _pdf_toc,
            "word-footnote-underlined": _pdf_word_footnote,
            "region-fu-sagsgang-agenda": _pdf_region}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_smallcaps(layout: Layout12, meeting: Meeting) -> str:
    style = ("<style>.titel{font-variant:small-caps;font-weight:700}.nr{font-size:1.6em;"
             "float:left;width:2.5em}.rubrik{font-style:italic;margin:.8em 0 .2em}</style>")
    body = ["<main>", f"<h1>{e(_word(meeting))} - {e(meeting.udvalg)}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append(f"<div class='punkt'><h2><span class='nr'>{item.number}</span> "
                    f"<span class='titel'>{e(item.title)}</span></h2>")
        if item.case_number:
            body.append(f"<p class='sagsnr'><em>{e(_case(layout, item))}</em></p>")
        if item.closed:
            body.append("<p>Punktet er lukket.</p>")
        for s in item.sections:
            body.append(f"<p class='rubrik'><em>{e(s.heading)}</em></p>{_paras(s.text)}")
        body.append("</div>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"], style)


def _html_article(layout: Layout12, meeting: Meeting) -> str:
    body = ["<main id='content'>", f"<h1>{e(_word(meeting))}</h1>",
            "<dl class='meeting-info'>", f"<dt>Udvalg</dt><dd>{e(meeting.udvalg)}</dd>",
            f"<dt>Dato</dt><dd>{DATE_LONG}</dd>", "<dt>Tid</dt><dd>Kl. 16.00 - 18.30</dd>",
            f"<dt>Sted</dt><dd>{e(meeting.place)}</dd>", "</dl>"]
    for item in meeting.items:
        closed = " lukket" if item.closed else ""
        mark = " · Lukket" if item.closed else ""
        body.append(f"<article class='agenda-item{closed}' aria-labelledby='p{item.number}'>"
                    f"<header><p class='item-number'>Punkt {item.number}{mark}</p>"
                    f"<h3 id='p{item.number}'>{e(item.title)}</h3>")
        if item.case_number:
            body.append(f"<p class='case'>{e(_case(layout, item))}</p>")
        body.append("</header>")
        for s in item.sections:
            body.append(f"<details open><summary>{e(s.heading)}</summary>"
                        f"<div class='text'>{_paras(s.text)}</div></details>")
        body.append("</article>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_nested(layout: Layout12, meeting: Meeting) -> str:
    rows = [f"<tr><td class='overskrift'><font size='4'><b>{e(_word(meeting))} - "
            f"{e(meeting.udvalg)}</b></font></td></tr>"]
    rows += [f"<tr><td>{e(x)}</td></tr>" for x in _meta(meeting)]
    for item in meeting.items:
        inner = [f"<tr><td class='pkt' width='60'>Pkt. {item.number}</td>"
                 f"<td class='titel'><b>{e(item.title)}</b></td>"
                 f"<td class='sagsnr' width='120'>{e(_case(layout, item))}</td></tr>"]
        for s in item.sections:
            text = "<br>".join(e(x) for x in s.text.splitlines())
            inner.append(f"<tr><td class='felt' valign='top'>{e(s.heading)}</td>"
                         f"<td colspan='2'>{text}</td></tr>")
        rows.append("<tr><td><table class='punkt' width='100%' border='0' cellpadding='3'>"
                    + "".join(inner) + "</table></td></tr>")
    return "\n".join(["<html><head><meta http-equiv='Content-Type' content='text/html; "
                      "charset=utf-8'><title>Referat</title></head><body>",
                      "<table width='760' border='0'><tr><td class='menu' width='160'>"
                      "<a href='default.asp'>Forside</a><br><a href='moeder.asp'>Møder</a>"
                      "</td><td><table width='100%'>", *rows,
                      "</table></td></tr></table></body></html>"])


def _html_unnumbered(layout: Layout12, meeting: Meeting) -> str:
    body = ["<div class='region-content'>", f"<h1>{e(_word(meeting))}: {e(meeting.udvalg)}"
            "</h1>"] + [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append(f"<div class='dagsordenspunkt'><h2>{e(item.title)}</h2>")
        if item.case_number:
            body.append(f"<p class='sagsnummer'>{e(_case(layout, item))}</p>")
        body.append("<dl class='felter'>")
        for s in item.sections:
            body.append(f"<dt>{e(s.heading)}</dt><dd>{_paras(s.text)}</dd>")
        body.append("</dl></div>")
    return _site_page(f"{_word(meeting)}: {meeting.udvalg}", [*body, "</div>"])


def _html_region(layout: Layout12, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(_word(meeting))} - {e(meeting.udvalg)}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append(f"<h2>{item.number}. {e(item.title)}</h2><p class='sagsgang'>"
                    f"{e(_sagsgang())}</p><p class='sagsnr'>{e(_case(layout, item))}</p>")
        for s in item.sections:
            body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_css_only(layout: Layout12, meeting: Meeting) -> str:
    style = ("<style>.dp-titel{font-size:1.4em;font-weight:700;margin-top:1.5em}"
             ".dp-rubrik{font-weight:700;color:#003a70;margin-top:.8em}"
             ".dp-meta{color:#666;font-size:.85em}.mode-titel{font-size:2em}</style>")
    body = ["<div class='mode'>", f"<div class='mode-titel'>{e(_word(meeting))} - "
            f"{e(meeting.udvalg)}</div>"] + [f"<div>{e(x)}</div>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append(f"<div class='dp'><div class='dp-titel'>Punkt {item.number} – "
                    f"{e(item.title)}</div>")
        if item.case_number:
            body.append(f"<div class='dp-meta'>{e(_case(layout, item))}</div>")
        if item.closed:
            body.append("<div class='dp-meta'>Lukket punkt</div>")
        for s in item.sections:
            body.append(f"<div class='dp-rubrik'>{e(s.heading)}</div>")
            body += [f"<div class='dp-tekst'>{e(x)}</div>" for x in s.text.splitlines()]
        body.append("</div>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</div>"], style)


def render_html12(layout: Layout12, meeting: Meeting) -> str:
    return {"margin-number-smallcaps": _html_smallcaps,
            "article-details-dl-meta": _html_article,
            "nested-tables-side-cells": _html_nested,
            "unnumbered-dl-sections": _html_unnumbered,
            "region-fu-sagsgang-agenda": _html_region,
            "css-class-only-divs": _html_css_only}[layout.name](layout, meeting)


def document12(layout: Layout12, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth12(layout, seed)
    return meeting, rendered(layout, meeting, render_text12, render_html12, render_pdf12)
