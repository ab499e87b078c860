"""An eighteenth set of invented layouts (`test18`): a thirteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' PDF and HTML exports,
Word-made PDFs, CMS pages, browser print views, e-mailed text), not from any kommune's
published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a Word PDF whose front page
carries more dates than the meeting's (sent, next meeting) and KLE-style journal numbers;
one item per page with its number only in the running header; CMS spans for number and
title with no space between them; an Outlook plain-text e-mail with bold turned into
*asterisks*; a Google Docs export numbering each title by its own <ol start>; a browser's
print of a portal page (print date, URL and n/m in the margins); "Punkt 4" and the title as
two HTML headings in a dagsorden; a "Punkt: 4  Sagsnr.: …  Status: …" line above the title
in a PDF; a Times PDF with no typography at all; the title first and a "Punkt 4 · Journalnr.
· Dok.nr." line below it; linked titles among CMS buttons; a beslutningsprotokol of
titles and run-in decisions only, one of them naming another item.

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _footer, _word
from benchmarks.layouts.generate15 import _marks, _put_lines
from benchmarks.layouts.generate16 import runin
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
ABSENT = ("Fraværende: Anne Holm (A)", "Fraværende: Peter Lund (V)", "")
URL = "https://dagsorden.kommune.dk/vis?id=7c1e2f0a-4b9d"
KLE = ("00.01.00-A00", "27.69.48-P20", "85.02.02-G01", "01.02.05-P16", "17.02.00-A26")


@dataclass
class Layout18(LayoutFields):
    kle: bool = False  # the case number a KLE-style journal number instead of Greve's
    absent: bool = False  # some decisions end with a "Fraværende: …" line
    together: bool = False  # the first open decision says it was handled with another item


LAYOUTS18: list[Layout18] = [
    # Word PDF: a front page of fields (Udsendt, Mødedato with the weekday, Mødetidspunkt,
    # Mødested, Mødeleder, Referent, Afbud, Næste møde), then "4." and the bold title on one
    # baseline, "Sagsnr.: 27.69.48-P20-3-24" (KLE-style), bold headings
    Layout18("frontpage-fields-next-meeting",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), kle=True, absent=True, closed=1),
    # PDF, one item per page: the number only in the running header "udvalg · 12.03.2024 ·
    # Punkt 4"; the title unnumbered, bold 14; headings bold oblique; "Udvalgets beslutning"
    Layout18("running-header-number-only",
             [("sagsfremstilling", "Sagsfremstilling"), ("lovgrundlag", "Lovgrundlag"),
              ("indstilling", "Indstilling"), ("beslutning", "Udvalgets beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}"),
    # CMS: <h2><span class='nr'>4</span><span class='titel'>Title</span></h2>, no space
    # between the spans; the meeting's fields in <ul class='meeting-meta'> with <strong>
    # labels; the decision in <section class='decision'> ending in "Fraværende: …"
    Layout18("cms-adjacent-spans",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1, absent=True),
    # Outlook plain text: mail headers (Fra, Sendt the day after, Til, Emne), a greeting
    # sentence with the date and place, bold turned into "*4. Title*" and "*Indstilling*",
    # a signature
    Layout18("outlook-plaintext-asterisks",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1),
    # Google Docs HTML export: each title its own <ol class='lst-kix_… start' start='4'>
    # (the number only in the attribute), bold by class only (.c3{font-weight:700}), empty
    # spacer paragraphs, the meeting's fields in a two-column table
    Layout18("google-docs-ol-start",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # a browser's "Gem som PDF" of a portal page: print date and page title at the top,
    # the URL and "n/m" at the foot; a breadcrumb; "4. Title" bold 13; headings bold 11
    Layout18("browser-print-url-footer",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1),
    # a dagsorden page: <h2>Punkt 4</h2> then <h3>Title</h3>, <p><em>Sagsnr. …</em></p>,
    # <h4> headings, no decisions; "Offentliggjort 5. marts 2024" above the meeting's
    # <time>; the closed item titled "Lukket punkt"
    Layout18("punkt-h2-title-h3-agenda",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".html",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             closed_title="Lukket punkt"),
    # PDF: a 9 pt line "Punkt: 4   Sagsnr.: …   Status: Åben" (labels at fixed x on one
    # baseline) above the bold 12 pt title; the first decision "Punktet blev behandlet
    # sammen med punkt N."
    Layout18("label-line-above-title-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1, together=True),
    # a Word document without styles, as PDF: Times-Roman 11 throughout, nothing bold;
    # "Pkt. 4 – Title"; headings "Sagsfremstilling:" alone on their line; "Bemærkninger:"
    # before the case is its summary (resume, the most common reading)
    Layout18("times-plain-colon-headings",
             [("resume", "Bemærkninger:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="J.nr. {case}"),
    # text: the title first, then "Punkt 4 · Journalnr. 85.02.02-G01-3-24 · Dok.nr.
    # 123456/24"; headings "Baggrund" (sagsfremstilling), "Retsgrundlag" (lovgrundlag),
    # "Forvaltningens forslag" (indstilling), "Beslutning"
    Layout18("title-then-punkt-kle-line",
             [("sagsfremstilling", "Baggrund"), ("lovgrundlag", "Retsgrundlag"),
              ("indstilling", "Forvaltningens forslag"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Journalnr. {case}", kle=True, absent=True),
    # CMS: <h2><a href='…'>4. Title</a></h2> among "Del", "Udskriv", "Til toppen" links;
    # <p><strong>Heading</strong></p>; the fields "Dato:<br>Tid:<br>Sted:" in one <p>
    Layout18("linked-titles-ui-cruft",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1),
    # a beslutningsprotokol as text and PDF: "Pkt. 4 Title" (no punctuation), then
    # "Beslutning: …" run in, nothing else; one decision names another item
    Layout18("protocol-decisions-only",
             [("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="Sagsnr. {case}", closed=1, together=True),
]


def by_name18(name: str) -> Layout18 | None:
    return next((layout for layout in LAYOUTS18 if layout.name == name), None)


def _kle(rng: random.Random) -> str:
    return f"{rng.choice(KLE)}-{rng.randint(1, 40)}-{rng.choice((23, 24))}"


def truth18(layout: Layout18, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 2, 9, 23])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    together = layout.together
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning":
                text = _text(src, "beslutning", 2) or "Godkendt."
                if together:
                    text = f"Punktet blev behandlet sammen med punkt {start + k + 1}.\n{text}"
                    together = False
                absent = ABSENT[k % len(ABSENT)] if layout.absent else ""
                text = f"{text}\n{absent}" if absent else text
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = layout.closed_title if closed and layout.closed_title else " ".join(
            src.title.split())
        case = src.case_number
        if layout.kle and case:
            case = _kle(rng)
        items.append(Item(str(start + k), title, None if closed else case, closed,
                          sections=sections))
    return stated(layout, udvalg, items)


# --- text --------------------------------------------------------------------------------------


def _text_outlook(layout: Layout18, meeting: Meeting) -> str:
    out = ["Fra: Sekretariatet <sekretariat@kommune.dk>",
           "Sendt: 13. marts 2024 09:12",
           "Til: Medlemmer af udvalget",
           f"Emne: {_word(meeting)} fra {meeting.udvalg} {DATE_LONG}", "",
           "Hej alle", "",
           *wrap(f"Hermed {_word(meeting).lower()} fra mødet i {meeting.udvalg} tirsdag den "
                 f"{DATE_LONG} kl. 16.00 i {meeting.place}.", 76)]
    for item in meeting.items:
        out += ["", *wrap(f"*{item.number}. {item.title}*", 76),
                *_marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            out += ["", f"*{s.heading}*", *wrap_lines(s.text, 76)]
    out += ["", "Med venlig hilsen", "", "Lone Berg", "Sekretariatet", "Tlf. 43 97 12 34"]
    return "\r\n".join(out) + "\r\n"


def _text_kle(layout: Layout18, meeting: Meeting) -> str:
    out = [f"{_word(meeting).upper()} - {meeting.udvalg}", f"Dato: {DATE_LONG} kl. 15.00",
           f"Sted: {meeting.place}"]
    for k, item in enumerate(meeting.items):
        line = [f"Punkt {item.number}", *_marks(layout, item),
                f"Dok.nr. {104200 + 37 * k}/24"]
        out += ["", "", *wrap(item.title, 78), " · ".join(line)]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_protocol(layout: Layout18, meeting: Meeting) -> str:
    out = [f"Beslutningsprotokol for {meeting.udvalg}", f"Mødedato: {DATE_LONG}",
           "Mødestart: 16:00", "Mødeslut: 17:45", f"Mødested: {meeting.place}",
           "Fraværende: Ingen"]
    for item in meeting.items:
        out += ["", *wrap(f"Pkt. {item.number} {item.title}", 78),
                *_marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            out += wrap_lines(f"{s.heading}: {s.text}", 78)
    return "\n".join(out) + "\n"


def render_text18(layout: Layout18, meeting: Meeting) -> str:
    return {"outlook-plaintext-asterisks": _text_outlook,
            "title-then-punkt-kle-line": _text_kle,
            "protocol-decisions-only": _text_protocol}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _sections_pdf(p: Pager, item: Item, font: int = 2, size: float = 10) -> None:
    for s in item.sections:
        p.y -= 6
        p.room(15)
        p.put(56, s.heading, size, font)
        p.body(s.text)


def _pdf_frontpage(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [_word(meeting)], 56, 22, 2, 30)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    p.y -= 14
    fields = [("Udsendt", "5. marts 2024"), ("Mødedato", f"Tirsdag den {DATE_LONG}"),
              ("Mødetidspunkt", "Kl. 16:00"), ("Mødested", meeting.place),
              ("Mødeleder", "Hanne Winther"), ("Referent", "Lone Berg"),
              ("Afbud", "Karsten Juul"), ("Næste møde", "9. april 2024")]
    for label, value in fields:
        p.room(15)
        p.put(56, label, 10, 2)
        p.put(170, value, 10, 1)
    p.new_page()
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(84, title[0], 12, 2)
        _put_lines(p, title[1:], 84, 12, 2, 16)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 84, 9, 1, 13)
        _sections_pdf(p, item)
    _footer(p)
    return p.pdf()


def _pdf_header_only(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    _put_lines(p, [f"{_word(meeting)} – {meeting.udvalg}"], 56, 16, 2, 22)
    _put_lines(p, [f"Mødedato: {DATE_LONG}, kl. 17.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    starts: list[tuple[int, str]] = []  # (an item's first page, its number)
    for item in meeting.items:
        p.new_page()
        starts.append((len(p.pages), item.number))
        _put_lines(p, _wrap_pt(item.title, 480, 14, True), 56, 14, 2, 19)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        _sections_pdf(p, item, font=3)

    def header(n: int) -> str:
        number = next((k for first, k in reversed(starts) if first <= n), None)
        return f"{meeting.udvalg} · 12.03.2024" + (f" · Punkt {number}" if number else "")

    return p.pdf(header=header, footer=lambda n, m: f"Side {n} af {m}")


def _pdf_browser(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Forside > Politik > Dagsordener og referater"], 56, 8, 1, 12)
    p.y -= 6
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, [f"{_word(meeting)}", f"Dato: {DATE_LONG} kl. 16:00",
                   f"Sted: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 13, True), 56, 13, 2, 17)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 56, 9, 1, 13)
        _sections_pdf(p, item, size=11)
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        ops.append(b"BT /F1 8 Tf 40 30 Td (%s) Tj ET" % URL.encode())
        ops.append(b"BT /F1 8 Tf 530 30 Td (%d/%d) Tj ET" % (n, count))
    return p.pdf(header=lambda n: f"13.03.2024 09.41    {_word(meeting)} - {meeting.udvalg}")


def _pdf_label_line(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"{_word(meeting)} {meeting.udvalg}"], 56, 16, 2, 22)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: 16:00-18:30",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        p.room(13)
        p.put(56, f"Punkt: {item.number}", 9, 1)
        if item.case_number:
            p.put(150, f"Sagsnr.: {_marks(layout, item)[0]}", 9, 1)
        p.put(350, f"Status: {'Lukket' if item.closed else 'Åben'}", 9, 1)
        p.y -= 3
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 16)
        _sections_pdf(p, item)
    _footer(p)
    return p.pdf()


def _pdf_times(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman",))
    lines = [f"{_word(meeting)} for {meeting.udvalg}", "",
             f"Mødedato: {DATE_LONG}", "Mødetid: Kl. 19.00", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        lines += ["", *_wrap_pt(f"Pkt. {item.number} – {item.title}", 460, 11, False),
                  *_marks(layout, item)]
        for s in item.sections:
            lines += ["", s.heading, *(x for para in s.text.splitlines()
                                       for x in _wrap_pt(para, 460, 11, False))]
    for line in lines:
        p.room(14)
        if line:
            p.put(56, line, 11, 1)
    _footer(p)
    return p.pdf()


def _pdf_protocol(layout: Layout18, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"Beslutningsprotokol for {meeting.udvalg}"], 56, 15, 2, 21)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødestart: 16:00", "Mødeslut: 17:45",
                   f"Mødested: {meeting.place}", "Fraværende: Ingen"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 12
        _put_lines(p, _wrap_pt(f"Pkt. {item.number} {item.title}", 480, 11, True),
                   56, 11, 2, 15)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 56, 9, 1, 13)
        for s in item.sections:
            runin(p, s)
    _footer(p)
    return p.pdf()


def render_pdf18(layout: Layout18, meeting: Meeting) -> bytes:
    return {"frontpage-fields-next-meeting": _pdf_frontpage,
            "running-header-number-only": _pdf_header_only,
            "browser-print-url-footer": _pdf_browser,
            "label-line-above-title-pdf": _pdf_label_line,
            "times-plain-colon-headings": _pdf_times,
            "protocol-decisions-only": _pdf_protocol}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_spans(layout: Layout18, meeting: Meeting) -> str:
    body = ["<main class='meeting'>", f"<h1>{_word(meeting)}: {e(meeting.udvalg)}</h1>",
            "<ul class='meeting-meta'>",
            f"<li><strong>Dato:</strong> {DATE_LONG}</li>",
            "<li><strong>Tid:</strong> 16:00</li>",
            f"<li><strong>Sted:</strong> {e(meeting.place)}</li></ul>"]
    for item in meeting.items:
        body += [f"<article class='agenda-item' id='punkt-{item.number}'>",
                 f"<h2><span class='agenda-item__nr'>{item.number}</span><span "
                 f"class='agenda-item__titel'>{e(item.title)}</span></h2>"]
        body += [f"<p class='agenda-item__case'>{e(mark)}</p>"
                 for mark in _marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            section = f"<h3>{e(s.heading)}</h3>{_paras(s.text)}"
            body.append(f"<section class='decision'>{section}</section>"
                        if s.type == "beslutning" else section)
        body.append("</article>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


GDOCS_STYLE = ("<style type='text/css'>ol{margin:0;padding:0}.c0{font-weight:400;"
               "font-size:11pt;font-family:'Arial'}.c1{padding-top:0pt;line-height:1.15}"
               ".c3{font-weight:700;font-size:11pt;font-family:'Arial'}.c4{font-size:14pt;"
               "font-weight:700}.c5{height:11pt}.c9{border-collapse:collapse}</style>")


def _html_gdocs(layout: Layout18, meeting: Meeting) -> str:
    def para(text: str, cls: str = "c0") -> str:
        return f"<p class='c1'><span class='{cls}'>{e(text)}</span></p>"

    spacer = "<p class='c1 c5'><span class='c0'></span></p>"
    rows = [("Udvalg", meeting.udvalg), ("Mødedato", DATE_LONG), ("Mødetid", "16.00-18.00"),
            ("Mødested", meeting.place)]
    body = [f"<p class='c1'><span class='c4'>{_word(meeting)}</span></p>", spacer,
            "<table class='c9'>",
            *(f"<tr class='c2'><td class='c8' colspan='1' rowspan='1'>{para(label, 'c3')}"
              f"</td><td class='c8' colspan='1' rowspan='1'>{para(value)}</td></tr>"
              for label, value in rows), "</table>", spacer]
    for item in meeting.items:
        body += [f"<ol class='c6 lst-kix_x9q2m1-0 start' start='{item.number}'><li class='c7 "
                 f"li-bullet-0'><span class='c3'>{e(item.title)}</span></li></ol>",
                 *(para(mark) for mark in _marks(layout, item))]
        for s in item.sections:
            body += [spacer, para(s.heading, "c3"), *(para(x) for x in s.text.splitlines())]
        body.append(spacer)
    return "\n".join(["<html><head><meta content='text/html; charset=UTF-8' "
                      "http-equiv='content-type'>", GDOCS_STYLE,
                      "</head><body class='c11 doc-content'>", *body, "</body></html>"])


def _html_punkt_h2(layout: Layout18, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Dagsorden – {e(meeting.udvalg)}</h1>",
            "<p class='published'>Offentliggjort 5. marts 2024</p>",
            "<p>Mødet afholdes <time datetime='2024-03-12T16:00'>tirsdag den "
            f"{DATE_LONG} kl. 16.00</time></p>", f"<p>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += [f"<h2>Punkt {item.number}</h2>", f"<h3>{e(item.title)}</h3>"]
        body += [f"<p><em>{e(mark)}</em></p>"
                 for mark in _marks(layout, item, "Punktet behandles for lukkede døre.")]
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</main>"])


def _html_linked(layout: Layout18, meeting: Meeting) -> str:
    body = ["<main>", "<nav class='breadcrumb'><a href='/'>Forside</a> / <a href='/politik'>"
            "Politik</a> / Referater</nav>",
            f"<h1>{e(meeting.udvalg)} – {_word(meeting).lower()}</h1>",
            f"<p>Dato: {DATE_LONG}<br>Tid: 16.00<br>Sted: {e(meeting.place)}</p>",
            "<div class='tools'><button>Del</button> <button>Udskriv</button> "
            "<a href='?format=pdf'>Hent som PDF</a></div>"]
    for item in meeting.items:
        body += [f"<div class='punkt' id='p{item.number}'>",
                 f"<h2><a href='/politik/punkt/{item.number}'>{item.number}. "
                 f"{e(item.title)}</a></h2>",
                 *(f"<p class='sagsnr'>{e(mark)}</p>"
                   for mark in _marks(layout, item, "Lukket punkt"))]
        body += [f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}"
                 for s in item.sections]
        body += ["<p class='tools'><a href='#'>Del</a> <a href='#'>Udskriv</a> "
                 "<a href='#top'>Til toppen</a></p>", "</div>"]
    return _site_page(f"{meeting.udvalg} - {_word(meeting)}", [*body, "</main>"])


def render_html18(layout: Layout18, meeting: Meeting) -> str:
    return {"cms-adjacent-spans": _html_spans,
            "google-docs-ol-start": _html_gdocs,
            "punkt-h2-title-h3-agenda": _html_punkt_h2,
            "linked-titles-ui-cruft": _html_linked}[layout.name](layout, meeting)


def document18(layout: Layout18, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth18(layout, seed)
    return meeting, rendered(layout, meeting, render_text18, render_html18, render_pdf18)
