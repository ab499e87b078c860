"""A twenty-eighth set of invented layouts (`test28`): a twenty-third independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (LibreOffice and Word PDFs, a committee system's
export, a region's board minutes, a small kommune's typed referat, Word Online, LibreOffice's
and pandoc's HTML, a forwarded e-mail, a report tool's text tables, Notepad's "Unicode"
files), not from any kommune's published minutes, and frozen before the reader was run on
them.

Conventions meant to be new, or new in this combination: a LibreOffice PDF in Times with
"Dagsordenpunkt 4" alone above the title and italic headings marked by a guillemet "»"; a
region's board minutes whose items stand under group lines "SAGER TIL BESLUTNING" / "SAGER TIL
ORIENTERING", each open item with the forretningsudvalg's dated decision before the
regionsråd's; a committee system's PDF with the headings and the case number in a right-hand
margin column beside the text; a byråd's Word PDF whose item line carries both the meeting's
number and the year's running number ("Punkt 4" ... "Løbenr. 112"); a small kommune's referat
typed in Courier with each item's head drawn as a text table of "+---+" and "|"; a landscape
dagsorden with a "Notater" column of ruled lines for the members' own notes beside each
title; Word Online's page with every paragraph a role='heading' or plain <p> whose text is
cut into <span> runs, some in the middle of a word; LibreOffice Writer's "Save as HTML" with
each title an <h2 class='western'> inside its own <ol start='4'> (the number only there);
pandoc's HTML with numbered sections, "4 Title" and "4.1 Resumé"; an e-mail forwarding the
referat in a <blockquote type='cite'> under the mail's own headers, dated the next day; a
report tool's text export of one ASCII table per item, the sections as rows; a Notepad
"Unicode" text (UTF-16 with a byte-order mark and CRLF) with "4) Title" and run-in headings.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's earlier decisions, numbered headings and
unprinted case numbers left out). Section types are the type a heading means in referat's
model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import wrap

RUNNING = 108  # the year's running number of a meeting's item numbered 0
GROUPS = ("SAGER TIL BESLUTNING", "SAGER TIL ORIENTERING")
FU_DECISION = ("Forretningsudvalgets beslutning den 5. marts 2024",
               "Forretningsudvalget anbefaler indstillingen over for regionsrådet.")
MAIL_HEAD = (("Emne", "VS: Referat fra mødet 12. marts 2024"),
             ("Dato", "Wed, 13 Mar 2024 08:14:52 +0100"),
             ("Fra", "Sekretariatet <sekretariat@kommune.dk>"),
             ("Til", "Udvalgets medlemmer"))
BOX_LABEL = 6  # the label column of the Courier item heads
BOX_WIDTH = 72  # the Courier head's whole width, borders included


@dataclass
class Layout28(Layout20):
    earlier: tuple[tuple[str, str], ...] = ()  # (heading, text): decisions before the own
    numbered_heads: bool = False  # headings printed "4.1 Resumé", "4.2 …" under item 4


LAYOUTS28: list[Layout28] = [
    # a LibreOffice Writer PDF in Times: "Referat", the udvalg, "Mødedato:", "Mødetidspunkt:",
    # "Mødested:", "Referent:"; "Dagsordenpunkt 4" Times-Bold 11 alone, the title Times-Bold
    # 13 below; "Sagsnr. …" 9; headings Times-Italic 11 after a guillemet, "» Resumé" (the
    # guillemet is a mark, no part of the heading); footer "Referat – udvalg – 12-03-2024"
    # and "Side n"; one closed item
    Layout28("t28-libreoffice-times-guillemet-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a region's board minutes: "Regionsrådet", "Referat", a ruled line, fields "Dato:",
    # "Tid:", "Sted:"; items under the group lines "SAGER TIL BESLUTNING" (the first half)
    # and "SAGER TIL ORIENTERING" bold 11 over a rule (no items: the numbers run on);
    # "Punkt 4. Title" bold 12; "Sagsnr.: …"; bold headings "Hovedbudskaber" (resume),
    # "Sagens indhold" (sagsfremstilling), "Indstilling"; each open item's decisions, the
    # forretningsudvalg's (fixed) then "Regionsrådets beslutning" (the source's); one closed
    Layout28("t28-region-board-groups-pdf",
             [("resume", "Hovedbudskaber"), ("sagsfremstilling", "Sagens indhold"),
              ("indstilling", "Indstilling"), ("beslutning", "Regionsrådets beslutning")],
             formats=(".pdf",), closed=1, udvalg="Regionsrådet",
             place="Regionshuset, Mødesal A", earlier=(FU_DECISION,)),
    # a committee system's PDF with the margin on the right: "4. Title" bold 12 over the
    # text's width (350 pt); the case number 9 pt in a right column (x 430) on the title's
    # first line; headings bold 9 in that column, each on its text's first line, the texts
    # at x 56; "Side n af m"; one closed item
    Layout28("t28-right-margin-heads-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a byråd's Word PDF: "Byrådet", "Referat", fields; per item one bold 11 line "Punkt 4"
    # at the margin and "Løbenr. 112" at x 440 (the year's running number, increasing too),
    # the title bold 13 below; "Sagsnr.: …"; bold headings; the decision "Byrådets
    # beslutning" ending in a "Fraværende: …" line; running header "Byrådet 12.03.2024";
    # one closed item
    Layout28("t28-word-running-number-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådets beslutning")],
             formats=(".pdf",), closed=1, udvalg="Byrådet", place="Byrådssalen", absent=True),
    # a small kommune's referat typed in Courier 10: the meeting and each item's head drawn
    # as text tables of "+---+" and "|" (Pkt. | 4, Sag | the title wrapped inside the cell,
    # J.nr | case); headings plain with a colon on their own lines; texts wrapped at 70;
    # "Side n"; the closed item's head with a row "Note | Lukket punkt"
    Layout28("t28-courier-boxed-head-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"), ("indstilling", "Indstilling:"),
              ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="{case}", closed=1, place="Rådhuset, mødelokale 1"),
    # a landscape dagsorden (842 × 595): "4." bold 13 at the margin and the title bold 13 at
    # x 80; beside it, at x 580, the label "Notater" and ruled lines for the members'
    # notes; "Sagsnr.: …"; bold headings "Sagsfremstilling", "Økonomi", "Forvaltningen
    # indstiller"; no decisions; running header "Dagsorden – udvalg – 12. marts 2024",
    # "Side n af m"; one closed item
    Layout28("t28-landscape-notes-column-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Forvaltningen indstiller")],
             formats=(".pdf",), kind="dagsorden", closed=1),
    # Word Online's page: <div class='OutlineElement'> paragraphs, titles <p role='heading'
    # aria-level='2'> "4. Title", headings aria-level='3', texts plain; every paragraph's
    # text cut into <span class='TextRun'> runs, some in the middle of a word (no space
    # between them), ending in <span class='EOP'>&nbsp;</span>; "Sagsnr. …" grey; one closed
    Layout28("t28-word-online-runs-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # LibreOffice Writer's "Save as HTML": a <div title='header'>; the fields in a
    # borderless <table> with <col width> (Udvalg, Dato, Sted); each title an <h2
    # class='western'> in its own <ol start='4'><li> (the number only there); "Sagsnr. …" in
    # <font size='2'>; headings <p class='western'><b>; texts justified; a <div
    # title='footer'> with an <sdfield>; one closed item
    Layout28("t28-libreoffice-western-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # pandoc's HTML with --number-sections: a title block (h1 "Referat", the udvalg as
    # subtitle, the date), a <nav id='TOC'>; items <section class='level2'> with <h2
    # data-number='4'><span class='header-section-number'>4</span> Title</h2>; headings
    # <h3> numbered "4.1 Resumé" (the number is printed, so it is the heading's); the case
    # "<strong>Sagsnummer</strong>: …"; one closed item
    Layout28("t28-pandoc-numbered-sections-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1, numbered_heads=True),
    # an e-mail forwarding the referat: a greeting and a signature, "-------- Videresendt
    # meddelelse --------" and the mail's header table (its date the next day, 13 March),
    # then <blockquote type='cite'> of <div>s: the udvalg bold, "Referat fra mødet tirsdag
    # den … kl. 17.00 i place"; "<b>4. Title</b>"; "Sagsnr. …"; headings in <i> only; one
    # closed item
    Layout28("t28-forwarded-blockquote-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a report tool's text export: the meeting, then one ASCII table per item of label and
    # value rows ("Punkt", "Titel", "Sagsnr.", then a row per section with its heading as
    # the label and its text wrapped in the value cell, an empty row between paragraphs);
    # the closed item's rows "Punkt", "Titel", "Status | Lukket"
    Layout28("t28-ascii-table-rows-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # Notepad's "Unicode": UTF-16 little-endian with a byte-order mark, CRLF; "Udvalg:",
    # "Dato:", "Sted:"; "4) Title"; "Sagsnr.: …"; headings run in "Sagsfremstilling: text";
    # the closed item "Lukket punkt"
    Layout28("t28-notepad-utf16-crlf-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
]


def by_name28(name: str) -> Layout28 | None:
    return next((layout for layout in LAYOUTS28 if layout.name == name), None)


def truth28(layout: Layout28, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth with no
    case numbers where the layout prints none, the earlier decisions before the own, and
    headings numbered under their item where the layout numbers them."""
    meeting = truth20(layout, seed)
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        sections: list[Section] = []
        for s in item.sections:
            if s.type == "beslutning":
                sections += [Section(h, "beslutning", t) for h, t in layout.earlier]
            sections.append(s)
        if layout.numbered_heads:
            for k, s in enumerate(sections, start=1):
                s.heading = f"{item.number}.{k} {s.heading}"
        item.sections = sections
    return meeting


def _mark(layout: Layout28, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_guillemet(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold", b"Times-Italic"))
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetidspunkt: kl. 16.00 - 18.15",
                   f"Mødested: {meeting.place}", "Referent: Lise Bang"], 56, 11, 1, 15)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, [f"Dagsordenpunkt {item.number}"], 56, 11, 2, 16)
        _put_lines(p, _wrap_pt(item.title, 470, 13, True), 56, 13, 2, 17)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            _put_lines(p, [f"» {s.heading}"], 56, 11, 3, 16)
            p.body(s.text)
    footer = f"Referat – {meeting.udvalg} – 12-03-2024"
    return p.pdf(header=lambda n: footer, footer=lambda n, m: f"Side {n}")


def _pdf_region_groups(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat"], 56, 14, 1, 20)
    p.rule(56, 536, p.y - 6)
    p.y -= 8
    _put_lines(p, [f"Dato: {DATE_LONG}", "Tid: kl. 14.00 - 17.00", f"Sted: {meeting.place}"],
               56, 10, 1, 14)
    half = (len(meeting.items) + 1) // 2
    for k, item in enumerate(meeting.items):
        if k in (0, half):
            p.y -= 20
            _put_lines(p, [GROUPS[k > 0]], 56, 11, 2, 16)
            p.rule(56, 536, p.y - 4)
        p.y -= 14
        _put_lines(p, _wrap_pt(f"Punkt {item.number}. {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_right_heads(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat", meeting.udvalg], 56, 16, 2, 22)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(f"{item.number}. {item.title}", 350, 12, True)
        p.room(17)
        p.put(56, title[0], 12, 2)
        mark = _mark(layout, item)
        if mark:
            p.put(430, mark, 9, 1)
        _put_lines(p, title[1:], 56, 12, 2, 16)
        for s in item.sections:
            p.y -= 6
            lines = [x for para in s.text.splitlines() for x in _wrap_pt(para, 350, 10, False)]
            p.room(14)
            p.put(430, s.heading, 9, 2)
            p.put(56, lines[0], 10, 1)
            _put_lines(p, lines[1:], 56, 10, 1, 14)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_running_number(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat"], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 17.00 - 20.40",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        p.room(16)
        p.put(56, f"Punkt {item.number}", 11, 2)
        p.put(440, f"Løbenr. {RUNNING + int(item.number)}", 11, 2)
        _put_lines(p, _wrap_pt(item.title, 480, 13, True), 56, 13, 2, 18)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(header=lambda n: "Byrådet 12.03.2024", footer=lambda n, m: f"Side {n}")


def box_rows(rows: list[tuple[str, str]], label: int, width: int) -> list[str]:
    """A text table of (label, value) rows between "+---+" rules, each value wrapped inside
    its cell, the label on its first line only."""
    inner = width - label - 7
    rule = f"+{'-' * (label + 2)}+{'-' * (inner + 2)}+"
    out = [rule]
    for name, value in rows:
        for k, line in enumerate(wrap(value, inner) or [""]):
            out.append(f"| {(name if k == 0 else ''):<{label}} | {line:<{inner}} |")
    return [*out, rule]


def _pdf_courier_box(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    _put_lines(p, ["REFERAT"], 56, 10, 2, 14)
    p.y -= 6
    fields = [("Udvalg", meeting.udvalg), ("Dato", f"tirsdag {DATE_LONG} kl. 19.00"),
              ("Sted", meeting.place)]
    _put_lines(p, box_rows(fields, BOX_LABEL, BOX_WIDTH), 56, 10, 1, 12)
    for item in meeting.items:
        p.y -= 14
        rows = [("Pkt.", item.number), ("Sag", item.title)]
        rows += [("J.nr", item.case_number)] if item.case_number else []
        rows += [("Note", "Lukket punkt")] if item.closed else []
        _put_lines(p, box_rows(rows, BOX_LABEL, BOX_WIDTH), 56, 10, 1, 12)
        for s in item.sections:
            p.y -= 8
            _put_lines(p, [s.heading], 56, 10, 1, 12)
            for para in s.text.splitlines():
                _put_lines(p, wrap(para, 70), 56, 10, 1, 12)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_notes_column(layout: Layout28, meeting: Meeting) -> bytes:
    p = Pager(width=842, height=595)
    _put_lines(p, ["Dagsorden"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Tirsdag den {DATE_LONG} kl. 16.00", meeting.place], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 450, 13, True)
        p.room(18)
        p.put(56, f"{item.number}.", 13, 2)
        p.put(80, title[0], 13, 2)
        p.put(580, "Notater", 9, 2)
        top = p.y
        for k in range(1, 6):
            if top - 18 * k > p.margin + 20:
                p.rule(580, 786, top - 18 * k)
        _put_lines(p, title[1:], 80, 13, 2, 17)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 80, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            _put_lines(p, [s.heading], 80, 10, 2, 15)
            p.body(s.text, x=80, width=450)
    header = f"Dagsorden – {meeting.udvalg} – {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def render_pdf28(layout: Layout28, meeting: Meeting) -> bytes:
    return {"t28-libreoffice-times-guillemet-pdf": _pdf_guillemet,
            "t28-region-board-groups-pdf": _pdf_region_groups,
            "t28-right-margin-heads-pdf": _pdf_right_heads,
            "t28-word-running-number-pdf": _pdf_running_number,
            "t28-courier-boxed-head-pdf": _pdf_courier_box,
            "t28-landscape-notes-column-pdf": _pdf_notes_column}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def runs(text: str) -> str:
    """Word Online's runs of a paragraph's text: cut at one to three places drawn from the
    text itself, some in the middle of a word, each piece a TextRun span, then the EOP."""
    rng = random.Random(text)
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(1, 3))))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    spans = "".join(f"<span class='TextRun SCXW{rng.randint(10000, 99999)} BCX0' lang='DA-DK'>"
                    f"<span class='NormalTextRun{' SpellingErrorV2Themed' if k % 2 else ''}'>"
                    f"{e(x)}</span></span>" for k, x in enumerate(pieces))
    return spans + "<span class='EOP' data-ccp-props='{}'>&nbsp;</span>"


def _html_word_online(layout: Layout28, meeting: Meeting) -> str:
    def para(text: str, level: int = 0, style: str = "") -> str:
        role = f" role='heading' aria-level='{level}'" if level else ""
        return (f"<div class='OutlineElement Ltr'><p class='Paragraph'{role}{style}>"
                f"{runs(text)}</p></div>")

    body = ["<div class='WACViewPanel'><div class='PageContent'>", para("Referat", 1),
            para(meeting.udvalg, 2), para(f"Dato: {DATE_LONG} kl. 16.00"),
            para(f"Sted: {meeting.place}")]
    for item in meeting.items:
        body.append(para(f"{item.number}. {item.title}", 2))
        mark = _mark(layout, item)
        body += [para(mark, style=" style='color:#595959'")] if mark else []
        for s in item.sections:
            body.append(para(s.heading, 3))
            body += [para(x) for x in s.text.splitlines()]
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat {e(meeting.udvalg)}.docx</title></head><body>",
                      *body, "</div></div></body></html>"])


def _html_western(layout: Layout28, meeting: Meeting) -> str:
    def p(inner: str, extra: str = "") -> str:
        return f"<p class='western'{extra}>{inner}</p>"

    body = [f"<div title='header'>{p(e(meeting.udvalg) + ' · Referat')}</div>",
            "<h1 class='western'>Referat</h1>",
            "<table width='100%' cellpadding='4' cellspacing='0'><col width='64*'>"
            "<col width='192*'>"]
    for label, value in (("Udvalg", meeting.udvalg), ("Dato", f"{DATE_LONG}, kl. 16.00"),
                         ("Sted", meeting.place)):
        body.append(f"<tr valign='top'><td width='25%'>{p(label)}</td>"
                    f"<td width='75%'>{p(e(value))}</td></tr>")
    body.append("</table>")
    for item in meeting.items:
        body.append(f"<ol start='{item.number}'><li><h2 class='western'>{e(item.title)}</h2>"
                    "</li></ol>")
        mark = _mark(layout, item)
        if mark:
            body.append(p(f"<font size='2' style='font-size: 9pt'>{e(mark)}</font>"))
        for s in item.sections:
            body.append(p(f"<b>{e(s.heading)}</b>", " style='margin-top: 0.42cm'"))
            body += [p(e(x), " align='justify'") for x in s.text.splitlines()]
    body.append("<div title='footer'>" + p("Side <sdfield type=PAGE subtype=RANDOM "
                                           "format=PAGE>1</sdfield>", " align='right'")
                + "</div>")
    return "\n".join(["<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">",
                      "<html><head><meta http-equiv='content-type' content='text/html; "
                      "charset=utf-8'><title></title><meta name='generator' "
                      "content='LibreOffice 7.5.9.2 (Linux)'><style type='text/css'>"
                      "p.western { font-family: 'Liberation Serif', serif; font-size: 12pt }"
                      "h2.western { font-family: 'Liberation Sans', sans-serif; "
                      "font-size: 14pt }</style></head>", "<body lang='da-DK' dir='ltr'>",
                      *body, "</body></html>"])


def _html_pandoc(layout: Layout28, meeting: Meeting) -> str:
    toc = "".join(f"<li><a href='#punkt-{i.number}'><span class='toc-section-number'>"
                  f"{i.number}</span> {e(i.title)}</a></li>" for i in meeting.items)
    body = ["<header id='title-block-header'><h1 class='title'>Referat</h1>",
            f"<p class='subtitle'>{e(meeting.udvalg)}</p>",
            f"<p class='date'>{DATE_LONG}</p></header>",
            f"<nav id='TOC' role='doc-toc'><ul>{toc}</ul></nav>",
            f"<p>Mødested: {e(meeting.place)}. Mødet begyndte kl. 16.00.</p>"]
    for item in meeting.items:
        n = item.number
        body.append(f"<section id='punkt-{n}' class='level2' data-number='{n}'>"
                    f"<h2 data-number='{n}'><span class='header-section-number'>{n}</span> "
                    f"{e(item.title)}</h2>")
        if item.case_number:
            body.append(f"<p><strong>Sagsnummer</strong>: {e(item.case_number)}</p>")
        if item.closed:
            body.append("<p>Lukket punkt.</p>")
        for s in item.sections:
            number, heading = s.heading.split(" ", 1)
            body.append(f"<section class='level3' data-number='{number}'>"
                        f"<h3 data-number='{number}'><span class='header-section-number'>"
                        f"{number}</span> {e(heading)}</h3>{_paras(s.text)}</section>")
        body.append("</section>")
    return "\n".join(["<!DOCTYPE html>", "<html xmlns='http://www.w3.org/1999/xhtml' lang='da'"
                      " xml:lang='da'><head><meta charset='utf-8'>"
                      "<meta name='generator' content='pandoc'>",
                      f"<title>Referat – {e(meeting.udvalg)}</title></head><body>",
                      *body, "</body></html>"])


def _html_forwarded(layout: Layout28, meeting: Meeting) -> str:
    def div(inner: str) -> str:
        return f"<div>{inner}</div>"

    heads = "".join(f"<tr><th valign='BASELINE' nowrap='nowrap' align='RIGHT'>{k}: </th>"
                    f"<td>{e(v)}</td></tr>" for k, v in MAIL_HEAD)
    quoted = [div(f"<b>{e(meeting.udvalg)}</b>"),
              div(f"Referat fra mødet tirsdag den {DATE_LONG} kl. 17.00 i {e(meeting.place)}"),
              div("<br>")]
    for item in meeting.items:
        quoted += [div("<br>"), div(f"<b>{item.number}. {e(item.title)}</b>")]
        mark = _mark(layout, item)
        quoted += [div(e(mark))] if mark else []
        for s in item.sections:
            quoted += [div("<br>"), div(f"<i>{e(s.heading)}</i>")]
            quoted += [div(e(x)) for x in s.text.splitlines()]
    return "\n".join(["<html><head><meta http-equiv='content-type' content='text/html; "
                      "charset=UTF-8'></head><body>",
                      "<p>Hej alle</p><p>Hermed referatet fra gårsdagens møde.</p>",
                      "<p>Venlig hilsen<br>Lise Bang<br>Sekretariatet</p>",
                      "<div class='moz-forward-container'><br>-------- Videresendt meddelelse "
                      "--------", f"<table class='moz-email-headers-table'>{heads}</table><br>",
                      "<blockquote type='cite'>", *quoted, "</blockquote></div></body></html>"])


def render_html28(layout: Layout28, meeting: Meeting) -> str:
    return {"t28-word-online-runs-html": _html_word_online,
            "t28-libreoffice-western-html": _html_western,
            "t28-pandoc-numbered-sections-html": _html_pandoc,
            "t28-forwarded-blockquote-html": _html_forwarded}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_ascii_table(layout: Layout28, meeting: Meeting) -> str:
    out = ["MØDEREFERAT", ""]
    out += box_rows([("Udvalg", meeting.udvalg), ("Mødedato", DATE_LONG),
                     ("Mødested", meeting.place)], 16, 90)
    for item in meeting.items:
        rows = [("Punkt", item.number), ("Titel", item.title)]
        rows += [("Sagsnr.", item.case_number)] if item.case_number else []
        rows += [("Status", "Lukket")] if item.closed else []
        for s in item.sections:
            for k, para in enumerate(s.text.splitlines()):
                rows += [("", "")] if k else []
                rows.append((s.heading if k == 0 else "", para))
        out += ["", *box_rows(rows, 16, 90)]
    return "\n".join(out) + "\n"


def _text_utf16(layout: Layout28, meeting: Meeting) -> bytes:
    out = ["Referat", f"Udvalg: {meeting.udvalg}", f"Dato: {DATE_LONG} kl. 16.00",
           f"Sted: {meeting.place}"]
    for item in meeting.items:
        out += ["", "", f"{item.number}) {item.title}"]
        out += [_mark(layout, item, "Lukket punkt")] if item.closed or item.case_number else []
        for s in item.sections:
            first, *rest = s.text.splitlines()
            out += ["", f"{s.heading}: {first}", *rest]
    return b"\xff\xfe" + ("\r\n".join(out) + "\r\n").encode("utf-16-le")


def render_text28(layout: Layout28, meeting: Meeting) -> str | bytes:
    return {"t28-ascii-table-rows-txt": _text_ascii_table,
            "t28-notepad-utf16-crlf-txt": _text_utf16}[layout.name](layout, meeting)


def document28(layout: Layout28, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth28(layout, seed)
    return meeting, rendered(layout, meeting, render_text28, render_html28, render_pdf28)
