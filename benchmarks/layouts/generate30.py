"""A thirtieth set of invented layouts (`test30`): a twenty-fifth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (a committee system's report-engine export, Word
and LibreOffice PDFs, a region's board minutes, a small kommune's home-made referat, a
kommunalbestyrelse's dagsorden, a two-column newsletter-style referat, CMS pages, an open-data
JSON export, Word's "Save as plain text"), not from any kommune's published minutes, and
frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a report engine's PDF whose content
stream draws every bold run of a page before its regular ones (the reading order only in the
positions); a byråd's Word PDF with the case number right-aligned after dot leaders on the
title's last line and two decisions per item, newest first (the byråd's before the
økonomiudvalg's), headings oblique; a region's board minutes with the title first and under it
one line with the case number at the left and "Punkt 4" right-aligned, and a
"Protokoltilføjelse" after some decisions; a small kommune's home-made PDF whose item numbers
stand only in a contents list at the top, the titles unnumbered and the headings regular,
underlined by a drawn rule, no case numbers; a kommunalbestyrelse's dagsorden whose udvalg,
date and place stand only in one genitive sentence ("Dagsorden til Kommunalbestyrelsens møde
tirsdag den …"), the number and title parted by a drawn vertical bar, "Økonomiudvalget
indstiller" and an attachments list; a LibreOffice landscape PDF with each item a ruled
label/value table (Punkt, Titel, Sagsnr., then the headings as labels); a referat in two
portrait columns with run-in capital headings; an HTML page with each section a
<details><summary> of its own (only the decision open); an HTML page with the udvalg and date
only in the <title> and <meta> tags and the place only in a closing <address>; one HTML table
with each item a <tbody> whose number cell spans all of the item's rows, the decision's row
first; an open-data JSON export of the meeting; Word's "Save as plain text" of a multilevel
list, "4.<tab>Title" and "4.1<tab>Resumé", one line per paragraph, no blank lines, CRLF, and
two decisions per item, oldest first.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate29's truth, with this set's decisions newest first and protocol
additions). Section types are the type a heading means in referat's model; where that is
debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate29 import Layout29, _page, truth29

EU_DECISION = ("Økonomiudvalgets beslutning 5. marts 2024", "Anbefales over for byrådet.")
PROTOCOL = ("Protokoltilføjelse",
            "Et medlem ønskede ført til protokols, at medlemmet ikke kunne støtte indstillingen.")
PRINTED = "Udskrevet 13-03-2024 08:12"
RIGHT = 539  # the right edge of a portrait page's text
COLUMN = 254  # the second column's offset in the two-column referat
LABEL_X = 200  # the value column of the landscape label/value tables


@dataclass
class Layout30(Layout29):
    newest_first: bool = False  # an item's decisions printed (and read) newest first
    protocol: bool = False  # every second open item's decisions end in a protocol addition


LAYOUTS30: list[Layout30] = [
    # a committee system's report-engine export: "Referat" bold 18, fields as bold labels at
    # the margin and regular values at x 150 ("Udvalg", "Mødedato", "Mødested"); the number
    # bold 12 at the margin and the title bold 12 at x 80 on its baseline; "Sagsnummer: …"
    # regular 9 at x 80; bold headings; header "Udskrevet …", footer "Side n/m"; each page
    # draws its bold runs first, then its regular ones; one closed item
    Layout30("t30-draw-order-by-style-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1),
    # a byråd's Word PDF: "Byrådet", "Referat", fields; "4. Title" bold 12 wrapped at 380
    # pt, its last line ending in dot leaders and the case number right-aligned at the
    # margin (regular 10); headings Helvetica-Oblique 10; each open item's two decisions
    # last, newest first: "Byrådets beslutning 12. marts 2024" then the økonomiudvalg's of
    # 5 March (fixed); one closed item
    Layout30("t30-dotleader-case-newest-first-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning 12. marts 2024")],
             formats=(".pdf",), case="{case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(EU_DECISION,), newest_first=True),
    # a region's board minutes: "Regionsrådet" bold 18, "Referat", fields; the title bold 12
    # unnumbered, below it a 9 pt line with "Sagsnr. …" at the margin and "Punkt 4"
    # right-aligned; bold headings; every second open item's decision followed by a bold
    # "Protokoltilføjelse" (a decision's part: type beslutning); header "Regionsrådet ·
    # Referat 12. marts 2024", footer "Side n"; one closed item ("Lukket punkt" at the left)
    Layout30("t30-region-punkt-right-protocol-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Regionsrådet",
             place="Regionshuset, mødesal 1", protocol=True),
    # a small kommune's home-made Word PDF: "Referat", a sentence with udvalg, date and
    # place; "Indhold" and a contents list "4. Title" (the numbers only there); each item's
    # title bold 12 unnumbered; no case numbers; headings regular 10 underlined by a drawn
    # rule; the closed item's title and "(Lukket punkt)"; "Side n"
    Layout30("t30-toc-numbers-underlined-heads-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="", closed=1, place="Rådhuset, mødelokale 2"),
    # a kommunalbestyrelse's dagsorden: one bold 14 sentence "Dagsorden til
    # Kommunalbestyrelsens møde tirsdag den … kl. 19.00 i Byrådssalen" (the udvalg only in
    # the genitive); the number bold 14, a drawn vertical bar, the title bold 12 beside it;
    # "Sagsnr. …" 9; bold headings "Resumé", "Sagsbeskrivelse", "Økonomiske konsekvenser",
    # "Økonomiudvalget indstiller"; an attachments list "Bilag" last; "Side n"; one closed
    Layout30("t30-genitive-sentence-bar-agenda-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsbeskrivelse"),
              ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Økonomiudvalget indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             udvalg="Kommunalbestyrelsen", place="Byrådssalen", attachments=True),
    # a LibreOffice PDF on landscape pages in Times: "Referat", the udvalg, fields; each
    # item a ruled label/value table, labels Times-Bold 10 at the margin, values at x 200:
    # "Punkt" | 4, "Titel" | title (bold), "Sagsnr." | case, then each heading | its text;
    # the closed item "Status" | "Lukket punkt"; footer "Side n af m"
    Layout30("t30-landscape-label-rows-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1),
    # a referat in two portrait columns (230 pt each), the items flowing from column to
    # column: "4. Title" bold 11, "J.nr. …" 9; capital bold headings run in before the text
    # on the same line, "SAGSFREMSTILLING:"; "Side n"; one closed item
    Layout30("t30-two-column-runin-caps-pdf",
             [("sagsfremstilling", "SAGSFREMSTILLING:"), ("indstilling", "INDSTILLING:"),
              ("beslutning", "BESLUTNING:")],
             formats=(".pdf",), case="J.nr. {case}", closed=1),
    # a CMS page: <h2>4&nbsp;Title</h2> (no dot), "Sagsnr. …"; each section a <details>
    # whose <summary> holds an <h3> heading, only the decision's open; the closed item's
    # <h2> and "Lukket punkt"
    Layout30("t30-section-details-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a page whose udvalg and date stand only in <title> "Referat – udvalg – 12. marts 2024"
    # and <meta> tags, the place only in a closing <address>; <h2>Pkt. 4 – Title</h2>,
    # "<p class='sag'>Sag: …</p>", <h3> headings; one closed item
    Layout30("t30-head-meta-fields-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag: {case}", closed=1, place="Rådhuset, lokale 104"),
    # one <table class='referat'>, each item a <tbody>: a first row with the number in a
    # <th rowspan> spanning all of the item's rows and the title in a <th colspan='2'>, a
    # row Sagsnr. | case, then a row per section <th scope='row'>heading</th><td>text</td>,
    # the decision's row first; the closed item's tbody "Lukket punkt"
    Layout30("t30-tbody-rowspan-decision-first-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, decision_first=True),
    # an open-data export: the meeting as JSON (indent 2, UTF-8): "udvalg", "dato"
    # (ISO), "tidspunkt" (the long date and time), "sted", "punkter": each "nummer",
    # "titel", "sagsnummer", "lukket", "afsnit": each "overskrift" and "tekst" (paragraphs)
    Layout30("t30-open-data-json-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # Word's "Save as plain text" of a multilevel list: CRLF, one line per paragraph, no
    # blank lines; "4.<tab>Title", "Sagsnr.: …", the headings numbered "4.1<tab>Resumé";
    # two decisions per item, the økonomiudvalg's (fixed) before the byråd's; one closed
    # item "Lukket punkt"
    Layout30("t30-word-plaintext-numbered-heads-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådets beslutning")],
             formats=(".txt",), closed=1, udvalg="Byrådet", place="Byrådssalen",
             earlier=(EU_DECISION,), numbered_heads=True),
]


def by_name30(name: str) -> Layout30 | None:
    return next((layout for layout in LAYOUTS30 if layout.name == name), None)


def truth30(layout: Layout30, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate29's truth, the
    decisions newest first where the layout prints them so, and a protocol addition after
    every second open item's decision where the layout has them."""
    meeting = truth29(layout, seed)
    for k, item in enumerate(i for i in meeting.items if not i.closed):
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if layout.newest_first:
            rest = [s for s in item.sections if s.type != "beslutning"]
            item.sections = rest + decisions[::-1]
        if layout.protocol and decisions and k % 2 == 0:
            item.sections.append(Section(PROTOCOL[0], "beslutning", PROTOCOL[1]))
    return meeting


def _mark(layout: Layout30, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


# --- PDF ---------------------------------------------------------------------------------------


def _fields(meeting: Meeting, time: str) -> list[str]:
    return [f"Mødedato: {DATE_LONG}", f"Mødetid: {time}", f"Mødested: {meeting.place}"]


def _pdf_draw_order(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    for label, value in (("Udvalg", meeting.udvalg), ("Mødedato", f"{DATE_LONG} kl. 16.00"),
                         ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(150, value, 10, 1)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(56, item.number, 12, 2)
        p.put(80, title[0], 12, 2)
        _put_lines(p, title[1:], 80, 12, 2, 17)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 80, 9, 1, 13)
        p.sections(item, gap=6)
    for ops in p.pages:  # the report engine draws a page's bold runs, then its regular ones
        ops.sort(key=lambda op: b"/F2 " not in op)
    return p.pdf(header=lambda n: PRINTED, footer=lambda n, m: f"Side {n}/{m}")


def _pdf_dot_leader(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat", *_fields(meeting, "kl. 17.00 - 19.30")], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(f"{item.number}. {item.title}", 380, 12, True)
        _put_lines(p, title, 56, 12, 2, 17)
        mark = _mark(layout, item)
        if mark:
            end = 56 + _width(title[-1], 12, True) + 6
            start = RIGHT - _width(mark, 10, False)
            dots = "." * max(0, int((start - 6 - end) / _width(".", 10, False)))
            p.put(end, dots, 10, 1)
            p.put(start, mark, 10, 1)
        p.sections(item, font=3, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_punkt_right(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat", *_fields(meeting, "kl. 10.00 - 14.00")], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 17)
        p.room(13)
        mark = _mark(layout, item)
        if mark:
            p.put(56, mark, 9, 1)
        number = f"Punkt {item.number}"
        p.put(RIGHT - _width(number, 9, False), number, 9, 1)
        p.sections(item, gap=6)
    head = f"{meeting.udvalg} · Referat {DATE_LONG}"
    return p.pdf(header=lambda n: head, footer=lambda n, m: f"Side {n}")


def _pdf_toc(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(f"Referat af møde i {meeting.udvalg} tirsdag den {DATE_LONG} "
                           f"kl. 17.00 i {meeting.place}.", 480, 10, False), 56, 10, 1, 14)
    p.y -= 10
    _put_lines(p, ["Indhold"], 56, 11, 2, 16)
    for item in meeting.items:
        lines = _wrap_pt(item.title, 440, 10, False)
        p.room(14)
        p.put(56, f"{item.number}.", 10, 1)
        p.put(80, lines[0], 10, 1)
        _put_lines(p, lines[1:], 80, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 17)
        if item.closed:
            _put_lines(p, ["(Lukket punkt)"], 56, 10, 1, 14)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 1)
            p.rule(56, 56 + _width(s.heading, 10, False), p.y - 2)
            p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_genitive_bar(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager()
    sentence = (f"Dagsorden til {meeting.udvalg}s møde tirsdag den {DATE_LONG} kl. 19.00 "
                f"i {meeting.place}")
    _put_lines(p, _wrap_pt(sentence, 480, 14, True), 56, 14, 2, 20)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(18)
        top = p.y
        p.put(56, item.number, 14, 2)
        p.put(86, title[0], 12, 2)
        _put_lines(p, title[1:], 86, 12, 2, 16)
        p.pages[-1].append(b"1 w 78 %.1f m 78 %.1f l S" % (top + 13, p.y - 4))
        mark = _mark(layout, item, "Lukket sag")
        _put_lines(p, [mark] if mark else [], 86, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_label_rows(layout: Layout30, meeting: Meeting) -> bytes:
    p = Pager(842, 595, fonts=(b"Times-Roman", b"Times-Bold"))
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, _fields(meeting, "kl. 16.00 - 18.00"), 56, 10, 1, 14)
    width = 842 - 56 - LABEL_X
    for item in meeting.items:
        p.y -= 14
        p.room(6)
        p.rule(56, 786, p.y + 4)
        rows = [("Punkt", item.number, 1), ("Titel", item.title, 2)]
        rows += [("Status", "Lukket punkt", 1)] if item.closed else []
        rows += [("Sagsnr.", item.case_number, 1)] if item.case_number else []
        rows += [(s.heading, s.text, 1) for s in item.sections]
        for label, value, font in rows:
            lines = [x for para in value.splitlines() for x in _wrap_pt(para, width, 10, False)]
            p.room(14)
            p.put(60, label, 10, 2)
            p.put(LABEL_X, lines[0], 10, font)
            _put_lines(p, lines[1:], LABEL_X, 10, font, 14)
            p.rule(56, 786, p.y - 4)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


class Columns(Pager):
    """A Pager that fills a page's left column, then its right one (`COLUMN` further)."""

    def __init__(self) -> None:
        super().__init__()
        self.column = 0

    def new_page(self) -> None:
        super().new_page()
        self.column = 0

    def room(self, leading: float) -> float:
        if self.y - leading < self.margin + 20 and self.column == 0:
            self.column, self.y = 1, self.top
        return super().room(leading)

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        super().put(x + COLUMN * self.column, text, size, font, y)


def _runin(p: Pager, heading: str, text: str, width: float, size: float) -> None:
    """A heading (bold) run in before its text's first line; the rest wrapped below."""
    for k, para in enumerate(text.splitlines()):
        indent = _width(heading + " ", size, True) if k == 0 else 0
        first = _wrap_pt(para, width - indent, size, False)[0]
        p.room(size * 1.4)
        if k == 0:
            p.put(56, heading, size, 2)
        p.put(56 + indent, first, size, 1)
        rest = " ".join(para.split()[len(first.split()):])
        for line in _wrap_pt(rest, width, size, False) if rest else []:
            p.room(size * 1.4)
            p.put(56, line, size, 1)


def _pdf_two_columns(layout: Layout30, meeting: Meeting) -> bytes:
    p = Columns()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 230, 12, True), 56, 12, 2, 17)
    _put_lines(p, [f"Dato: {DATE_LONG}", f"Sted: {meeting.place}"], 56, 9, 1, 13)
    for item in meeting.items:
        p.y -= 12
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 230, 11, True), 56, 11, 2, 15)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 4
            _runin(p, s.heading, s.text, 230, 9)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def render_pdf30(layout: Layout30, meeting: Meeting) -> bytes:
    return {"t30-draw-order-by-style-pdf": _pdf_draw_order,
            "t30-dotleader-case-newest-first-pdf": _pdf_dot_leader,
            "t30-region-punkt-right-protocol-pdf": _pdf_punkt_right,
            "t30-toc-numbers-underlined-heads-pdf": _pdf_toc,
            "t30-genitive-sentence-bar-agenda-pdf": _pdf_genitive_bar,
            "t30-landscape-label-rows-pdf": _pdf_label_rows,
            "t30-two-column-runin-caps-pdf": _pdf_two_columns}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_details(layout: Layout30, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", f"<p class='udvalg'>{e(meeting.udvalg)}</p>",
            f"<p>Mødedato: {DATE_LONG} kl. 16.00<br>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<article class='punkt'><h2>{item.number}&nbsp;{e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p class='sagsnr'>{e(mark)}</p>"] if mark else []
        for s in item.sections:
            is_open = " open" if s.type == "beslutning" else ""
            body.append(f"<details{is_open}><summary><h3>{e(s.heading)}</h3></summary>"
                        f"{_paras(s.text)}</details>")
        body.append("</article>")
    return _page(f"Referat – {meeting.udvalg}", [*body, "</main>"])


def _html_head_meta(layout: Layout30, meeting: Meeting) -> str:
    head = [f"<meta name='dcterms.date' content='{meeting.date.isoformat()}'>",
            f"<meta name='udvalg' content='{e(meeting.udvalg)}'>"]
    body = ["<div id='indhold'>", "<h1>Referat</h1>"]
    for item in meeting.items:
        body.append(f"<h2>Pkt. {item.number} – {e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p class='sag'>{e(mark)}</p>"] if mark else []
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    body += ["</div>", f"<footer><address>{e(meeting.place)}</address></footer>"]
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat – {e(meeting.udvalg)} – {DATE_LONG}</title>", *head,
                      "</head><body>", *body, "</body></html>"])


def _html_tbody(layout: Layout30, meeting: Meeting) -> str:
    body = ["<h1>Referat</h1>", f"<p>{e(meeting.udvalg)}</p>",
            f"<p>{DATE_LONG} kl. 16.00, {e(meeting.place)}</p>", "<table class='referat'>"]
    for item in meeting.items:
        rows = [("Sagsnr.", item.case_number)] if item.case_number else []
        rows += [("Status", "Lukket punkt")] if item.closed else []
        cells = [f"<th scope='row'>{e(h)}</th><td>{e(t)}</td>" for h, t in rows]
        cells += [f"<th scope='row'>{e(s.heading)}</th><td>{_paras(s.text)}</td>"
                  for s in item.sections]
        body.append(f"<tbody><tr><th rowspan='{len(cells) + 1}'>{item.number}</th>"
                    f"<th colspan='2'>{e(item.title)}</th></tr>")
        body += [f"<tr>{c}</tr>" for c in cells]
        body.append("</tbody>")
    return _page(f"Referat – {meeting.udvalg}", [*body, "</table>"])


def render_html30(layout: Layout30, meeting: Meeting) -> str:
    return {"t30-section-details-html": _html_details,
            "t30-head-meta-fields-html": _html_head_meta,
            "t30-tbody-rowspan-decision-first-html": _html_tbody}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_json(layout: Layout30, meeting: Meeting) -> str:
    items = [{"nummer": int(item.number), "titel": item.title,
              "sagsnummer": item.case_number, "lukket": item.closed,
              "afsnit": [{"overskrift": s.heading, "tekst": s.text.splitlines()}
                         for s in item.sections]} for item in meeting.items]
    data = {"udvalg": meeting.udvalg, "dato": meeting.date.isoformat(),
            "tidspunkt": f"tirsdag den {DATE_LONG} kl. 16.00", "sted": meeting.place,
            "type": meeting.kind, "punkter": items}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _text_word_plain(layout: Layout30, meeting: Meeting) -> str:
    out = ["Referat", meeting.udvalg, f"Mødedato: {DATE_LONG} kl. 18.00",
           f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out.append(f"{item.number}.\t{item.title}")
        mark = _mark(layout, item)
        out += [mark] if mark else []
        for s in item.sections:
            number, heading = s.heading.split(" ", 1)
            out += [f"{number}\t{heading}", *s.text.splitlines()]
    return "\r\n".join(out) + "\r\n"


def render_text30(layout: Layout30, meeting: Meeting) -> str:
    return {"t30-open-data-json-txt": _text_json,
            "t30-word-plaintext-numbered-heads-txt": _text_word_plain}[layout.name](
                layout, meeting)


def document30(layout: Layout30, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text30, render_html30, render_pdf30)
