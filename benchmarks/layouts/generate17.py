"""A seventeenth set of invented layouts (`test17`): a twelfth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' PDF and HTML exports,
Word documents, CMS pages, browsers' print views, reporting tools), not from any kommune's
published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a Word PDF whose page header
names the item the page begins in (a STYLEREF field), truncated; a referat whose meeting is
one sentence ("Referat af møde i … tirsdag den 12. marts 2024 kl. 16.00 i …") with
participants and numbered points ("1. at …") in the indstilling; a CMS page with unnumbered
<h2> titles and a metadata list after them ("Punkt: 4", KLE journal numbers
"82.07.00-P20-2285-24"); a reporting tool's PDF that draws every bold label before the
regular text on each page (content order is not reading order); a browser's print view of
a CMS page, with the browser's date, page title, address and "n/m" on every page; bold
paragraphs as titles over <h4> section headings, "Tid og sted:"; a text export with the
case number at the foot of each item, after the decision; a dagsorden with the meeting's
fields in a horizontal table and italic run-in headings; an HTML table with a row per item
and a column per section; titles built of adjacent <span>s (number, title, status badge)
with no separator; a PDF with a cover page listing the members and a table of contents,
each item on its own page and eDoc-style case numbers "24/2285"; a CMS page with its
chrome (cookie banner, breadcrumbs, JSON-LD, a sidebar of other meetings) around items
with no case numbers.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository; KLE and eDoc case numbers are made
from Greve's by a fixed rule); the truth is the meeting the generator wrote. Section types
are the type a heading means in referat's model.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _footer, _word
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.pdfwriter import _escape, wrap, wrap_lines

DATE_LONG = "12. marts 2024"
DATE_DOTS = "12.03.2024"
MEMBERS = ("Anne Holm (A)", "Bo Lund (V)", "Carsten Juhl (F)", "Dorthe Friis (C)",
           "Erik Nørgaard (Ø)", "Fatima Said (A)", "Gitte Rask (O)")
KLE = ("00.01.00-A00", "82.07.00-P20", "27.24.00-G01", "17.01.10-P00", "00.22.02-A26")


@dataclass
class Layout17(LayoutFields):
    case: str | None = "Sagsnr.: {case}"
    case_style: str = "greve"  # "kle": 82.07.00-P20-2285-24; "edoc": 24/2285
    closed_title: str | None = None  # none here: closed items keep their titles
    numbered_points: bool = False  # the indstilling's lines numbered "1. ", "2. "


LAYOUTS17: list[Layout17] = [
    # Word PDF: "Punkt 4: Title" bold 13; the page header (8 pt) names the item the page
    # begins in (Word's STYLEREF), cut at 60 characters; "Sagsbeskrivelse"
    # (sagsfremstilling), "Retsgrundlag" (lovgrundlag)
    Layout17("running-item-header-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsbeskrivelse"),
              ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1),
    # Word document as text and PDF: the meeting in one sentence, "Deltagere:" and
    # "Afbud:"; "4. Title", "Sagsnr. …"; the indstilling's lines numbered "1. at …"
    Layout17("sentence-header-numbered-points",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="Sagsnr. {case}", numbered_points=True),
    # CMS: "<h2>Title</h2>" with no number, then <ul class='meta'> "Punkt: 4",
    # "Sagsnr.: 82.07.00-P20-2285-24" (KLE journal number), "Status: Åben"/"Lukket";
    # <h3> headings without classes; "Kort om sagen" (resume)
    Layout17("meta-list-kle-case",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case_style="kle", closed=1),
    # a reporting tool's PDF: per page every bold run (labels, number, title, headings) is
    # drawn before the regular text; "4" at x 56 beside the bold title at x 84;
    # "Sags nr.:" bold label then the value; headings with a colon on their own line
    Layout17("labels-first-stream-pdf",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("okonomi", "Økonomi:"), ("indstilling", "Indstilling:"),
              ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="{case}", closed=1),
    # a browser's print view of a CMS page: breadcrumbs, <h1> udvalg, "4. Title" 15 pt,
    # "Sagsnummer: …", 12 pt headings; on every page the browser's "12.03.2024, 16.05",
    # the page's title, its address and "n/m"
    Layout17("browser-print-view-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1),
    # rich text from a CMS editor: titles are bold paragraphs "<p><strong>Punkt 4.
    # Title</strong></p>", section headings real <h4>s; "Tid og sted: date, place"
    Layout17("bold-p-titles-h4-headings",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # text export: "Nr. 4 – Title"; the case number and a document number on a line at the
    # foot of the item, after the decision; "Økonomiske konsekvenser" (okonomi)
    Layout17("case-number-at-foot",
             [("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a dagsorden: the meeting's fields in a horizontal table (Udvalg | Dato | Tidspunkt |
    # Sted), "<h2>4. Title</h2>", "J.nr. …", italic headings run in before a <br>; as text
    # the same fields in columns
    Layout17("horizontal-meeting-table-agenda",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling")],
             formats=(".html", ".txt"), kind="dagsorden", case="J.nr. {case}", closed=1),
    # HTML table exported from a list: one row per item, columns Nr. | Titel | Sagsnr. | one
    # per section heading; the closed item's section cells one "Lukket punkt" cell
    Layout17("wide-table-section-columns",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1),
    # <h2><span class='nr'>4</span><span class='titel'>Title</span><span class='badge'>
    # Åben</span></h2>, <p><span>Sagsnr.</span><span>…</span></p>: no separator in the
    # markup, the spacing is CSS; "Hvornår:" / "Hvor:"
    Layout17("adjacent-spans-badge",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1),
    # PDF: a cover page (udvalg, date, place, "Medlemmer:", "Fraværende:", the table of
    # contents), then each item on its own page: "4. Title" 14 pt, "Sagsnr.: 24/2285"
    Layout17("cover-members-toc-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case_style="edoc", closed=1),
    # a CMS page with its chrome: cookie banner, skip link, breadcrumbs, JSON-LD, a sidebar
    # of other meetings; "<h2>Punkt 4: Title</h2>", no case numbers
    Layout17("cms-chrome-cookie-sidebar",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case=None, closed=1),
]


def by_name17(name: str) -> Layout17 | None:
    return next((layout for layout in LAYOUTS17 if layout.name == name), None)


def _case_number(layout: Layout17, case: str | None, rng: random.Random) -> str | None:
    """Greve's case number as the layout prints it: KLE journal numbers and eDoc's
    year/serial are made from its year and serial."""
    if not case or layout.case is None:
        return None
    year, serial = case.split("-")[0], str(int(re.sub(r"\D", "", case.split("-")[1])))
    if layout.case_style == "kle":
        return f"{rng.choice(KLE)}-{serial}-{year}"
    if layout.case_style == "edoc":
        return f"{year}/{serial}"
    return case


def _indstilling(src: Item, numbered: bool) -> str:
    """Greve's indstilling; with `numbered`, its "at …" lines numbered "1. at …" when there
    are two or more (a lead-in line stays as it is)."""
    text = _text(src, "indstilling")
    lines = text.splitlines()
    points = [line for line in lines if line.lower().startswith("at ")]
    if not numbered or len(points) < 2:
        return text
    return "\n".join(f"{points.index(line) + 1}. {line}" if line in points else line
                     for line in lines)


def truth17(layout: Layout17, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 2, 9, 27])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning":
                text = _text(src, "beslutning", 2) or "Godkendt."
            elif kind == "indstilling":
                text = _indstilling(src, layout.numbered_points)
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        case = None if closed else _case_number(layout, src.case_number, rng)
        items.append(Item(str(start + k), " ".join(src.title.split()), case, closed,
                          sections=sections))
    return stated(layout, udvalg, items)


def _mark(layout: Layout17, item: Item) -> str:
    """The case number as printed with its label, or "" (none, or a closed item)."""
    return layout.case.format(case=item.case_number) if item.case_number else ""


def _under(layout: Layout17, item: Item, closed: str = "") -> list[str]:
    """The line under a title: `closed` for a closed item, else the case number, if any."""
    line = closed if item.closed else _mark(layout, item)
    return [line] if line else []


# --- text --------------------------------------------------------------------------------------


def _sentence(meeting: Meeting) -> str:
    return (f"{_word(meeting)} af møde i {meeting.udvalg} tirsdag den {DATE_LONG} "
            f"kl. 16.00 i {meeting.place}.")


def _people() -> list[str]:
    return [f"Deltagere: {', '.join(MEMBERS[:-1])}", f"Afbud: {MEMBERS[-1]}"]


def _text_sentence(layout: Layout17, meeting: Meeting) -> str:
    out = [*wrap(_sentence(meeting), 78), "", *(x for line in _people() for x in wrap(line, 78))]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78)]
        out += _under(layout, item)
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_foot(layout: Layout17, meeting: Meeting) -> str:
    rng = random.Random(meeting.items[0].title)
    out = [meeting.udvalg, "REFERAT", "", f"Dato: {DATE_LONG}", "Tid: 16.00-18.00",
           f"Sted: {meeting.place}"]
    for item in meeting.items:
        out += ["", *wrap(f"Nr. {item.number} – {item.title}", 78)]
        if item.closed:
            out += ["Lukket punkt."]
        for s in item.sections:
            out += ["", f"{s.heading}:", *wrap_lines(s.text, 78)]
        if item.case_number:
            out += ["", f"Sagsnr.: {item.case_number}    Dok.nr.: {rng.randint(1000, 99999)}/24"]
        out += ["", "-" * 40]
    return "\n".join(out) + "\n"


FIELDS = ("Udvalg", "Dato", "Tidspunkt", "Sted")


def _fields(meeting: Meeting) -> tuple[str, ...]:
    return (meeting.udvalg, f"Tirsdag {DATE_LONG}", "15.00-17.00", meeting.place)


def _text_horizontal(layout: Layout17, meeting: Meeting) -> str:
    widths = [max(len(label), len(value)) + 3 for label, value in
              zip(FIELDS, _fields(meeting), strict=True)]
    out = [_word(meeting).upper(), "",
           "".join(f"{x:<{w}}" for x, w in zip(FIELDS, widths, strict=True)).rstrip(),
           "".join(f"{x:<{w}}" for x, w in zip(_fields(meeting), widths, strict=True)).rstrip()]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78),
                *_under(layout, item, "Lukket punkt")]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def render_text17(layout: Layout17, meeting: Meeting) -> str:
    return {"sentence-header-numbered-points": _text_sentence,
            "case-number-at-foot": _text_foot,
            "horizontal-meeting-table-agenda": _text_horizontal}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _item_header(meeting: Meeting, item: Item) -> str:
    text = f"{meeting.udvalg} {DATE_DOTS} – Punkt {item.number}: {item.title}"
    return text if len(text) <= 90 else text[:89] + "…"


def _pdf_running(layout: Layout17, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"{_word(meeting)}: {meeting.udvalg}"], 56, 16, 2, 24)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    begins: list[tuple[int, Item]] = []  # (page index, item) where each item begins
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(f"Punkt {item.number}: {item.title}", 480, 13, True)
        _put_lines(p, title[:1], 56, 13, 2, 18)
        begins.append((len(p.pages) - 1, item))
        _put_lines(p, title[1:], 56, 13, 2, 18)
        _put_lines(p, _under(layout, item, "Punktet er lukket."), 56, 9, 1, 13)
        p.sections(item, gap=6)

    def header(n: int) -> str:
        here = [item for page, item in begins if page == n - 1]
        before = [item for page, item in begins if page < n - 1]
        return _item_header(meeting, (here or before)[0 if here else -1])

    _footer(p)
    return p.pdf(header=header)


def _numbered_body(p: Pager, text: str) -> None:
    """Lines "1. text" with a hanging indent, other lines as `Pager.body`."""
    for para in text.splitlines():
        number, _, rest = para.partition(". ")
        if not number.isdigit():
            p.body(para)
            continue
        for k, line in enumerate(_wrap_pt(rest, 460, 10, False)):
            p.room(14)
            if k == 0:
                p.put(56, f"{number}.", 10, 1)
            p.put(70, line, 10, 1)


def _pdf_sentence(layout: Layout17, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold"))
    _put_lines(p, _wrap_pt(_sentence(meeting), 480, 12, True), 56, 12, 2, 16)
    p.y -= 6
    for line in _people():
        _put_lines(p, _wrap_pt(line, 480, 10, False), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 470, 12, True), 56, 12, 2, 16)
        _put_lines(p, _under(layout, item), 56, 10, 1, 14)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 11, 2)
            _numbered_body(p, s.text)
    _footer(p)
    return p.pdf()


def _bold_first(p: Pager) -> None:
    """Each page's bold runs (font 2) drawn before its regular ones (a reporting tool's
    order: a layer of labels, then a layer of values)."""
    for k, ops in enumerate(p.pages):
        p.pages[k] = sorted(ops, key=lambda op: b"/F2 " not in op)


def _label(p: Pager, label: str, value: str) -> None:
    p.room(14)
    p.put(84, label, 10, 2)
    p.put(160, value, 10, 1)


def _pdf_labels(layout: Layout17, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [_word(meeting)], 84, 18, 2, 26)
    _label(p, "Udvalg:", meeting.udvalg)
    _label(p, "Dato:", f"{DATE_LONG} kl. 16.00")
    _label(p, "Lokale:", meeting.place)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(56, item.number, 12, 2)
        p.put(84, title[0], 12, 2)
        _put_lines(p, title[1:], 84, 12, 2, 16)
        if item.closed:
            _put_lines(p, ["Lukket punkt"], 84, 10, 1, 14)
        elif item.case_number:
            _label(p, "Sags nr.:", item.case_number)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(84, s.heading, 10, 2)
            p.body(s.text, x=84, width=450)
    _footer(p)
    _bold_first(p)
    return p.pdf()


PRINT_TIME = f"{DATE_DOTS}, 16.05"


def _print_title(meeting: Meeting) -> str:
    return f"{_word(meeting)} | {meeting.udvalg} | Kommunen"


def _pdf_print_view(layout: Layout17, meeting: Meeting) -> bytes:
    p = Pager(margin=40)
    _put_lines(p, ["Forside  ›  Politik  ›  Dagsordener og referater"], 40, 9, 1, 14)
    p.y -= 8
    _put_lines(p, [meeting.udvalg], 40, 20, 2, 28)
    _put_lines(p, [f"{_word(meeting)} {DATE_LONG} kl. 17.00", f"Sted: {meeting.place}"],
               40, 11, 1, 16)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 500, 15, True), 40, 15, 2, 20)
        _put_lines(p, _under(layout, item, "Lukket punkt"), 40, 9, 1, 14)
        for s in item.sections:
            p.y -= 8
            p.room(17)
            p.put(40, s.heading, 12, 2)
            p.body(s.text, x=40, width=500)
    slug = f"https://www.kommunen.dk/politik/moeder/{DATE_DOTS}-{meeting.items[0].number}"
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        top, foot = p.h - 20, 16
        ops += [b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (x, y, _escape(text)) for x, y, text in
                [(20, top, PRINT_TIME), (330, top, _print_title(meeting)),
                 (20, foot, slug), (540, foot, f"{n}/{count}")]]
    return p.pdf()


def _pdf_cover(layout: Layout17, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 20, 2, 30)
    _put_lines(p, [_word(meeting)], 56, 14, 1, 22)
    _put_lines(p, [f"Mødedato: tirsdag den {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    p.y -= 10
    _put_lines(p, ["Medlemmer:"], 56, 10, 2, 14)
    _put_lines(p, MEMBERS, 70, 10, 1, 14)
    _put_lines(p, [f"Fraværende: {MEMBERS[3]}"], 56, 10, 1, 18)
    p.y -= 14
    _put_lines(p, ["Indholdsfortegnelse"], 56, 12, 2, 18)
    for k, item in enumerate(meeting.items):
        for j, line in enumerate(_wrap_pt(f"{item.number}. {item.title}", 400, 10, False)):
            p.room(14)
            p.put(56, line, 10, 1)
            if j == 0:
                p.put(500, str(k + 2), 10, 1)
    for item in meeting.items:
        p.new_page()
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 14, True), 56, 14, 2, 19)
        _put_lines(p, _under(layout, item, "Lukket punkt"), 56, 9, 1, 14)
        p.sections(item, size=11, gap=6)
    _footer(p)
    return p.pdf()


def render_pdf17(layout: Layout17, meeting: Meeting) -> bytes:
    return {"running-item-header-pdf": _pdf_running,
            "sentence-header-numbered-points": _pdf_sentence,
            "labels-first-stream-pdf": _pdf_labels,
            "browser-print-view-pdf": _pdf_print_view,
            "cover-members-toc-pdf": _pdf_cover}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _h(tag: str, text: str) -> str:
    return f"<{tag}>{e(text)}</{tag}>"


def _html_meta_list(layout: Layout17, meeting: Meeting) -> str:
    body = ["<main>", _h("h1", f"{_word(meeting)} – {meeting.udvalg}"),
            f"<p><strong>Dato:</strong> {DATE_LONG} kl. 17.00</p>",
            f"<p><strong>Sted:</strong> {e(meeting.place)}</p>"]
    for item in meeting.items:
        meta = [f"Punkt: {item.number}", *([_mark(layout, item)] if item.case_number else []),
                f"Status: {'Lukket' if item.closed else 'Åben'}"]
        body += [_h("h2", item.title),
                 "<ul class='meta'>" + "".join(_h("li", x) for x in meta) + "</ul>"]
        body += [_h("h3", s.heading) + _paras(s.text) for s in item.sections]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_bold_p(layout: Layout17, meeting: Meeting) -> str:
    body = ["<div class='rte'>", _h("h1", _word(meeting)),
            f"<p><strong>Udvalg:</strong> {e(meeting.udvalg)}</p>",
            f"<p><strong>Tid og sted:</strong> {DATE_LONG} kl. 16.00, {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<p><strong>Punkt {item.number}. {e(item.title)}</strong></p>")
        body += [_h("p", x) for x in _under(layout, item)]
        body += [_h("h4", s.heading) + _paras(s.text) for s in item.sections]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</div>"])


def _em_run_in(heading: str, text: str) -> str:
    first, *rest = text.splitlines()
    return (f"<p><em>{e(heading)}</em><br>{e(first)}</p>"
            + "".join(_h("p", x) for x in rest))


def _html_horizontal(layout: Layout17, meeting: Meeting) -> str:
    body = ["<main>", _h("h1", _word(meeting)), "<table class='moede'><tr>"
            + "".join(_h("th", x) for x in FIELDS) + "</tr><tr>"
            + "".join(_h("td", x) for x in _fields(meeting)) + "</tr></table>"]
    for item in meeting.items:
        body += [_h("h2", f"{item.number}. {item.title}"),
                 *(_h("p", x) for x in _under(layout, item, "Lukket punkt"))]
        body += [_em_run_in(s.heading, s.text) for s in item.sections]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_wide(layout: Layout17, meeting: Meeting) -> str:
    heads = ["Nr.", "Titel", "Sagsnr.", *(heading for _, heading in layout.headings)]
    body = [_h("h1", meeting.udvalg),
            _h("p", f"{_word(meeting)} fra mødet den {DATE_LONG} kl. 16.00"),
            _h("p", f"Mødested: {meeting.place}"),
            "<table class='ms-listviewtable'><thead><tr>"
            + "".join(_h("th", x) for x in heads) + "</tr></thead><tbody>"]
    for item in meeting.items:
        cells = [_h("td", item.number), _h("td", item.title), _h("td", item.case_number or "")]
        if item.closed:
            cells.append(f"<td colspan='{len(layout.headings)}'>Lukket punkt</td>")
        else:
            texts = {s.type: s.text for s in item.sections}
            cells += [f"<td>{_paras(texts.get(kind, ''))}</td>" for kind, _ in layout.headings]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</tbody></table>"])


def _html_spans(layout: Layout17, meeting: Meeting) -> str:
    body = ["<main class='moede'>", _h("h1", f"{_word(meeting)}: {meeting.udvalg}"),
            f"<p class='tid'><span class='lbl'>Hvornår:</span><time datetime='2024-03-12T16:00'>"
            f"{DATE_LONG} kl. 16.00</time></p>",
            f"<p class='sted'><span class='lbl'>Hvor:</span><span>{e(meeting.place)}</span></p>"]
    for item in meeting.items:
        badge = "Lukket" if item.closed else "Åben"
        body += ["<article class='punkt'>",
                 f"<h2><span class='nr'>{item.number}</span><span class='titel'>"
                 f"{e(item.title)}</span><span class='badge'>{badge}</span></h2>"]
        body += [f"<p class='sag'><span class='lbl'>Sagsnr.</span><span>{e(x)}</span></p>"
                 for x in [item.case_number] if x]
        body += [_h("h3", s.heading) + _paras(s.text) for s in item.sections]
        body.append("</article>")
    style = ("<style>.nr::after{content:'. '}.badge{margin-left:1em}"
             ".lbl{margin-right:.5em}</style>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"], style)


def _html_chrome(layout: Layout17, meeting: Meeting) -> str:
    event = {"@context": "https://schema.org", "@type": "Event",
             "name": f"{_word(meeting)} – {meeting.udvalg}", "startDate": "2024-03-12T16:30",
             "location": {"@type": "Place", "name": meeting.place}}
    body = ["<a class='skip' href='#indhold'>Gå til hovedindhold</a>",
            "<div id='cookie-banner' role='dialog'><p>Vi bruger cookies til at forbedre din "
            "oplevelse af hjemmesiden og til statistik.</p><button>Accepter alle</button>"
            "<button>Kun nødvendige</button></div>",
            "<nav aria-label='Brødkrumme'><ol><li><a href='/'>Forside</a></li><li>"
            "<a href='/politik'>Politik</a></li><li>Møder</li></ol></nav>",
            "<aside class='sidebar'><h2>Andre møder</h2><ul>"
            "<li><a href='#'>Referat 20. februar 2024</a></li>"
            "<li><a href='#'>Dagsorden 9. april 2024</a></li></ul></aside>",
            f"<script type='application/ld+json'>{json.dumps(event, ensure_ascii=False)}</script>",
            "<main id='indhold'>", _h("h1", f"{_word(meeting)} – {meeting.udvalg}"),
            f"<p>Mødedato: {DATE_LONG} kl. 16.30</p>", _h("p", f"Mødested: {meeting.place}")]
    for item in meeting.items:
        body.append(_h("h2", f"Punkt {item.number}: {item.title}"))
        body += [_h("p", x) for x in _under(layout, item, "Lukket punkt")]
        body += [_h("h3", s.heading) + _paras(s.text) for s in item.sections]
    body += ["</main>", "<section class='kontakt'><h2>Kontakt</h2><p>Politisk Sekretariat"
             "</p></section>"]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", body)


def render_html17(layout: Layout17, meeting: Meeting) -> str:
    return {"meta-list-kle-case": _html_meta_list,
            "bold-p-titles-h4-headings": _html_bold_p,
            "horizontal-meeting-table-agenda": _html_horizontal,
            "wide-table-section-columns": _html_wide,
            "adjacent-spans-badge": _html_spans,
            "cms-chrome-cookie-sidebar": _html_chrome}[layout.name](layout, meeting)


def document17(layout: Layout17, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth17(layout, seed)
    return meeting, rendered(layout, meeting, render_text17, render_html17, render_pdf17)
