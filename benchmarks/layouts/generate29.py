"""A twenty-ninth set of invented layouts (`test29`): a twenty-fourth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (committee systems' PDF exports, a small kommune's
letter-style Word PDF, a region's board minutes, a LibreOffice dagsorden, an ESDH system's
read-only web form, tabbed item pages, a decision timeline, a report grid, an indented text
outline, Markdown with a field table per item), not from any kommune's published minutes,
and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a committee system's PDF with every
item on its own pages and the item's number and case number only in the running header, the
title unnumbered; a small kommune's letter-style Word PDF with the address and the meeting's
fields in a block at the right, each number in a drawn box beside the title, "J.nr." and an
item postponed at an earlier meeting with two dated decisions, the earlier one first; a
region's board minutes with right-aligned numbers, the decision first beside a drawn bar; a
home-made PDF with "4.<tab>Title (case)", the case number bare in brackets after the title,
and capital headings with a colon; a dagsorden PDF with "4 • Title", an "Afgøres af:" line
beside "Sbsys-sag:" and an attachments list; a PDF whose recommendation and decision stand
side by side in a drawn two-column table after the case text; an ESDH system's read-only
form: a <fieldset> per item with the number and title in its <legend> and each section a
<label> over a read-only <div>; tabbed item pages with all tab buttons (the headings) before
all panels (the texts), the decision's tab first; a decision timeline, an <ol> of dated
decisions by two bodies, oldest first, after the case text with "Sag 4: Title"; a report
grid of one <tr> per item (Nr. | Titel | Sagsnr.) with the item's text in a colspan row
below; a text outline "4   Title" with headings indented four, texts eight, the decision
first; Markdown with an unnumbered "## Title" and the number only in a field table below it.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate28's truth, with this set's earlier decisions, decisions first and
unprinted case numbers left out). Section types are the type a heading means in referat's
model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate28 import Layout28, truth28
from benchmarks.layouts.pdfwriter import wrap

POSTPONED = ("Beslutning 6. februar 2024", "Sagen blev udsat til næste møde.")
EU_DECISION = ("Økonomiudvalget 5. marts 2024", "Anbefales over for byrådet.")
LETTERHEAD = ("Kommunen", "Rådhusvej 1", "Sekretariatet")
HEADER_DATE = "12.03.2024"
TABLE_GAP = 250  # the x of the decision column in the side-by-side table


@dataclass
class Layout29(Layout28):
    decision_first: bool = False  # the decisions printed (and read) before the other sections


LAYOUTS29: list[Layout29] = [
    # a committee system's PDF: a first page with "Referat", the udvalg and the fields; every
    # item from a new page, its title bold 14 unnumbered; the running header of each page
    # "udvalg · 12.03.2024 · Punkt 4 · Sagsnr. …" (the number and case number only there;
    # "Lukket punkt" in place of the case); bold headings; "Side n af m"; one closed item
    Layout29("t29-header-item-case-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a small kommune's letter-style Word PDF: "Kommunen", "Rådhusvej 1", "Sekretariatet"
    # and the fields "Dato:", "Tid:", "Sted:" in a block at x 380; "Referat af møde i
    # udvalg" bold 14; each number bold 12 inside a drawn square at the margin, the title
    # bold 12 at x 90; "J.nr. …"; headings bold 10; every open item postponed once: the
    # earlier dated decision "Beslutning 6. februar 2024" (fixed) then today's, both last;
    # one closed item
    Layout29("t29-boxed-number-letterhead-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning 12. marts 2024")],
             formats=(".pdf",), case="J.nr. {case}", closed=1, place="Rådhuset, byrådssalen",
             earlier=(POSTPONED,)),
    # a region's board minutes: "Regionsrådet", "Beslutningsprotokol", fields; the number
    # bold 12 right-aligned at x 80, the title bold 12 at x 92; "Sagsnr. …" 9; the decision
    # first, its heading and text beside a 2 pt bar drawn at x 86; then bold headings
    # "Resumé", "Sagsfremstilling", "Indstilling"; "Side n"; one closed item
    Layout29("t29-region-decision-bar-first-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Regionsrådet",
             place="Regionsgården, mødesal 1", decision_first=True),
    # a small kommune's home-made referat PDF: "REFERAT" and the udvalg, "Mødet holdt
    # tirsdag den … i place", "Afbud: ingen"; "4." at the margin and at x 90 the title bold
    # 11 with the case number bare in brackets after it "(22-007386)"; capital headings
    # regular 10 with a colon, "SAGSFREMSTILLING:"; "Side n"; one closed item "(lukket)"
    Layout29("t29-case-in-brackets-tabs-pdf",
             [("sagsfremstilling", "SAGSFREMSTILLING:"), ("okonomi", "ØKONOMI:"),
              ("indstilling", "INDSTILLING:"), ("beslutning", "BESLUTNING:")],
             formats=(".pdf",), case="({case})", closed=1, place="Rådhuset, mødelokale 3"),
    # a dagsorden PDF: "Dagsorden", the udvalg, fields; "4 • Title" bold 12; a line
    # "Sbsys-sag: …" at the margin and "Afgøres af: udvalg" at x 300; bold headings
    # "Baggrund", "Økonomi", "Administrationen foreslår"; an attachments list "Bilag"
    # last; no decisions; running header "Dagsorden · udvalg"; "Side n af m"; one closed
    Layout29("t29-bullet-number-afgoeres-pdf",
             [("sagsfremstilling", "Baggrund"), ("okonomi", "Økonomi"),
              ("indstilling", "Administrationen foreslår")],
             formats=(".pdf",), kind="dagsorden", case="Sbsys-sag: {case}", closed=1,
             attachments=True),
    # a committee system's PDF: "4. Title" bold 12, "Sagsnr.: …"; bold headings "Resumé",
    # "Sagsfremstilling"; then a drawn two-column table with the head row "Indstilling" |
    # "Beslutning" (bold) and the recommendation's and the decision's texts side by side
    # below (each column 180 pt); "Side n af m"; one closed item
    Layout29("t29-side-by-side-decision-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1),
    # an ESDH system's read-only print form: the fields as <label>/<input readonly value>;
    # each item a <fieldset> with <legend>Punkt 4 – Title</legend>, "Sagsnr." as a label
    # and a read-only field; each section a <label class='felt'> over a <div
    # class='readonly'> of the text; one closed item (its legend only, "Lukket punkt")
    Layout29("t29-fieldset-legend-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1),
    # tabbed item pages: <h2>4. Title</h2>, "Sagsnr. …"; a <div role='tablist'> of <button
    # role='tab'> labels (the headings), all before the <div role='tabpanel'> texts in the
    # same order; the decision's tab first; one closed item
    Layout29("t29-tabs-decision-first-html",
             [("beslutning", "Beslutning"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a byråd's web referat: <h2>Sag 4: Title</h2>; "<small>Sagsnr. …</small>"; <h3>
    # headings; after the case text a <h3>Beslutninger</h3> over an <ol class='timeline'>
    # of decisions, each <li> a <strong>body</strong> <time>date</time> line over its text,
    # the økonomiudvalg's (fixed) then the byråd's; one closed item
    Layout29("t29-decision-timeline-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådet 12. marts 2024")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(EU_DECISION,)),
    # a report grid: one <table class='grid'>, a head row Nr. | Titel | Sagsnr., then per
    # item a row of its number, title and case number and a row <td colspan='3'> with the
    # headings in <strong> over the texts; a dagsorden (no decisions); one closed item
    Layout29("t29-grid-detail-row-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling")],
             formats=(".html",), kind="dagsorden", case="{case}", closed=1),
    # an indented text outline: "REFERAT", "udvalg", "12. marts 2024, place"; "4   Title"
    # (the number at column 0, the title at column 4, wrapped there); "Sagsnr. …" at column
    # 4; headings at column 4 with a colon, texts at column 8; the decision first; the
    # closed item "(Lukket punkt)"
    Layout29("t29-indented-outline-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1, decision_first=True),
    # Markdown: "# Referat", the meeting as a sentence; each item "## Title" unnumbered and
    # below it a field table "| Punkt | 4 |", "| Sagsnr. | … |" (the number only there);
    # "### Heading" sections; the closed item's table "| Status | Lukket |"
    Layout29("t29-markdown-field-table-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
]


def by_name29(name: str) -> Layout29 | None:
    return next((layout for layout in LAYOUTS29 if layout.name == name), None)


def truth29(layout: Layout29, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate28's truth (no
    case numbers where none is printed, earlier decisions before the own), the decisions
    first where the layout prints them first."""
    meeting = truth28(layout, seed)
    if layout.decision_first:
        for item in meeting.items:
            item.sections = sorted(item.sections, key=lambda s: s.type != "beslutning")
    return meeting


def _mark(layout: Layout29, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_header_case(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 16.00 - 18.00",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    starts: list[tuple[int, Item]] = []
    for item in meeting.items:
        p.new_page()
        starts.append((len(p.pages), item))
        _put_lines(p, _wrap_pt(item.title, 480, 14, True), 56, 14, 2, 19)
        p.sections(item, gap=8)

    def header(n: int) -> str:
        item = next((i for start, i in reversed(starts) if start <= n), None)
        if item is None:
            return f"{meeting.udvalg} · {HEADER_DATE}"
        return f"{meeting.udvalg} · {HEADER_DATE} · Punkt {item.number} · {_mark(layout, item)}"

    return p.pdf(header=header, footer=lambda n, m: f"Side {n} af {m}")


def _pdf_boxed_number(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    fields = [*LETTERHEAD, "", f"Dato: {DATE_LONG}", "Tid: kl. 19.00", f"Sted: {meeting.place}"]
    _put_lines(p, fields, 380, 9, 1, 12)
    p.y -= 20
    _put_lines(p, _wrap_pt(f"Referat af møde i {meeting.udvalg}", 480, 14, True), 56, 14, 2, 19)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(18)
        p.pages[-1].append(b"0.8 w %.1f %.1f 22 18 re S" % (54, p.y - 5))
        p.put(65 - _width(item.number, 12, True) / 2, item.number, 12, 2)
        p.put(90, title[0], 12, 2)
        p.y -= 6
        _put_lines(p, title[1:], 90, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 90, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_decision_bar(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Beslutningsprotokol"], 56, 14, 1, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 10.00 - 13.00",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(17)
        p.put(80 - _width(item.number, 12, True), item.number, 12, 2)
        p.put(92, title[0], 12, 2)
        _put_lines(p, title[1:], 92, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 92, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            top, page = p.y, len(p.pages)
            _put_lines(p, [s.heading], 92, 10, 2, 15)
            p.body(s.text, x=92, width=440)
            if s.type == "beslutning" and len(p.pages) == page:
                p.pages[-1].append(b"2 w 86 %.1f m 86 %.1f l S" % (top, p.y - 3))
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_case_brackets(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["REFERAT", meeting.udvalg], 56, 14, 2, 19)
    _put_lines(p, [f"Mødet holdt tirsdag den {DATE_LONG} kl. 17.00 i {meeting.place}",
                   "Afbud: ingen"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        title = f"{item.title} ({'lukket' if item.closed else item.case_number})" if (
            item.closed or item.case_number) else item.title
        lines = _wrap_pt(title, 440, 11, True)
        p.room(16)
        p.put(56, f"{item.number}.", 11, 2)
        p.put(90, lines[0], 11, 2)
        _put_lines(p, lines[1:], 90, 11, 2, 15)
        for s in item.sections:
            p.y -= 6
            _put_lines(p, [s.heading], 56, 10, 1, 15)
            p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_bullet_number(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Dagsorden"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 15.30", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number} • {item.title}", 480, 12, True), 56, 12, 2, 17)
        p.room(13)
        p.put(56, _mark(layout, item), 9, 1)
        if not item.closed:
            p.put(300, f"Afgøres af: {meeting.udvalg}", 9, 1)
        p.sections(item, gap=6)
    header = f"Dagsorden · {meeting.udvalg}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def _pdf_side_by_side(layout: Layout29, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Dato: {DATE_LONG}", f"Sted: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 17)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        rest = [s for s in item.sections if s.type not in ("indstilling", "beslutning")]
        for s in rest:
            p.y -= 6
            _put_lines(p, [s.heading], 56, 10, 2, 15)
            p.body(s.text)
        pair = [s for s in item.sections if s.type in ("indstilling", "beslutning")]
        if pair:
            _table(p, pair)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _table(p: Pager, pair: list) -> None:
    """The recommendation and the decision side by side under a head row, in drawn cells;
    the table kept on one page (Word's "allow row to break across pages" off) when it fits
    on one, else breaking line by line."""
    columns = [[x for para in s.text.splitlines() for x in _wrap_pt(para, 180, 10, False)]
               for s in pair]
    p.y -= 10
    height = 16 + 14 * max(len(c) for c in columns)
    if p.y - height < p.margin + 20 and height < p.top - p.margin - 20:
        p.new_page()
    p.room(16)
    p.rule(56, 476, p.y + 13)
    for k, s in enumerate(pair):
        p.put(60 + (TABLE_GAP - 56) * k, s.heading, 10, 2)
    p.rule(56, 476, p.y - 4)
    for row in range(max(len(c) for c in columns)):
        p.room(14)
        for k, column in enumerate(columns):
            if row < len(column):
                p.put(60 + (TABLE_GAP - 56) * k, column[row], 10, 1)
    p.rule(56, 476, p.y - 4)


def render_pdf29(layout: Layout29, meeting: Meeting) -> bytes:
    return {"t29-header-item-case-pdf": _pdf_header_case,
            "t29-boxed-number-letterhead-pdf": _pdf_boxed_number,
            "t29-region-decision-bar-first-pdf": _pdf_decision_bar,
            "t29-case-in-brackets-tabs-pdf": _pdf_case_brackets,
            "t29-bullet-number-afgoeres-pdf": _pdf_bullet_number,
            "t29-side-by-side-decision-pdf": _pdf_side_by_side}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _page(title: str, body: list[str]) -> str:
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>{e(title)}</title></head><body>", *body, "</body></html>"])


def _html_fieldset(layout: Layout29, meeting: Meeting) -> str:
    def field(label: str, value: str) -> str:
        return (f"<div class='row'><label>{e(label)}</label><input type='text' readonly "
                f"value='{e(value)}'><span class='print'>{e(value)}</span></div>")

    body = ["<form class='udskrift'>", "<h1>Referat</h1>", field("Udvalg", meeting.udvalg),
            field("Mødedato", f"{DATE_LONG} kl. 16.00"), field("Mødested", meeting.place)]
    for item in meeting.items:
        body.append(f"<fieldset><legend>Punkt {item.number} – {e(item.title)}</legend>")
        if item.closed:
            body.append("<p class='status'>Lukket punkt</p>")
        elif item.case_number:
            body.append(field("Sagsnr.", item.case_number))
        for s in item.sections:
            body.append(f"<label class='felt'>{e(s.heading)}</label>"
                        f"<div class='readonly'>{_paras(s.text)}</div>")
        body.append("</fieldset>")
    return _page(f"Referat – {meeting.udvalg}", [*body, "</form>"])


def _html_tabs(layout: Layout29, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", f"<p class='udvalg'>{e(meeting.udvalg)}</p>",
            f"<p>Mødedato: {DATE_LONG} kl. 16.00 · Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        n = item.number
        body.append(f"<section class='punkt'><h2>{n}. {e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p class='sagsnr'>{e(mark)}</p>"] if mark else []
        if item.sections:
            body.append("<div role='tablist'>" + "".join(
                f"<button role='tab' id='t{n}-{k}' aria-controls='p{n}-{k}' aria-selected="
                f"'{'true' if k == 0 else 'false'}'>{e(s.heading)}</button>"
                for k, s in enumerate(item.sections)) + "</div>")
            body += [f"<div role='tabpanel' id='p{n}-{k}' aria-labelledby='t{n}-{k}'>"
                     f"{_paras(s.text)}</div>" for k, s in enumerate(item.sections)]
        body.append("</section>")
    return _page(f"Referat – {meeting.udvalg}", [*body, "</main>"])


def _html_timeline(layout: Layout29, meeting: Meeting) -> str:
    body = ["<article>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Mødet blev holdt tirsdag den {DATE_LONG} kl. 17.00 i {e(meeting.place)}.</p>"]
    for item in meeting.items:
        body.append(f"<h2>Sag {item.number}: {e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p><small>{e(mark)}</small></p>"] if mark else []
        decisions = [s for s in item.sections if s.type == "beslutning"]
        for s in item.sections:
            if s.type != "beslutning":
                body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
        if decisions:
            body.append("<h3>Beslutninger</h3><ol class='timeline'>")
            for s in decisions:
                who, when = s.heading.split(" ", 1)
                body.append(f"<li><p><strong>{e(who)}</strong> <time>{e(when)}</time></p>"
                            f"{_paras(s.text)}</li>")
            body.append("</ol>")
    return _page(f"Referat – {meeting.udvalg}", [*body, "</article>"])


def _html_grid(layout: Layout29, meeting: Meeting) -> str:
    body = ["<h1>Dagsorden</h1>", f"<p>{e(meeting.udvalg)}</p>",
            f"<p>{DATE_LONG}, kl. 16.00, {e(meeting.place)}</p>",
            "<table class='grid'><thead><tr><th>Nr.</th><th>Titel</th><th>Sagsnr.</th></tr>"
            "</thead><tbody>"]
    for item in meeting.items:
        body.append(f"<tr class='punkt'><td>{item.number}</td><td>{e(item.title)}</td>"
                    f"<td>{e(_mark(layout, item, 'Lukket'))}</td></tr>")
        if item.sections:
            inner = "".join(f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}"
                            for s in item.sections)
            body.append(f"<tr class='detalje'><td colspan='3'>{inner}</td></tr>")
    return _page(f"Dagsorden – {meeting.udvalg}", [*body, "</tbody></table>"])


def render_html29(layout: Layout29, meeting: Meeting) -> str:
    return {"t29-fieldset-legend-html": _html_fieldset,
            "t29-tabs-decision-first-html": _html_tabs,
            "t29-decision-timeline-html": _html_timeline,
            "t29-grid-detail-row-html": _html_grid}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_outline(layout: Layout29, meeting: Meeting) -> str:
    out = ["REFERAT", meeting.udvalg, f"{DATE_LONG}, {meeting.place}", ""]
    for item in meeting.items:
        title = wrap(item.title, 70)
        out += ["", f"{item.number:<4}{title[0]}", *(f"    {x}" for x in title[1:])]
        mark = _mark(layout, item, "(Lukket punkt)")
        out += [f"    {mark}"] if mark else []
        for s in item.sections:
            out += ["", f"    {s.heading}:"]
            for para in s.text.splitlines():
                out += [f"        {x}" for x in wrap(para, 66)]
    return "\n".join(out) + "\n"


def _text_markdown(layout: Layout29, meeting: Meeting) -> str:
    out = ["# Referat", "", f"{meeting.udvalg} holdt møde tirsdag den {DATE_LONG} kl. 16.00 "
           f"i {meeting.place}."]
    for item in meeting.items:
        rows = [("Punkt", item.number)]
        rows += [("Sagsnr.", item.case_number)] if item.case_number else []
        rows += [("Status", "Lukket")] if item.closed else []
        out += ["", f"## {item.title}", "", "| Felt | Værdi |", "|---|---|",
                *(f"| {k} | {v} |" for k, v in rows)]
        for s in item.sections:
            out += ["", f"### {s.heading}", ""]
            out += [x for para in s.text.splitlines() for x in (para, "")][:-1]
    return "\n".join(out) + "\n"


def render_text29(layout: Layout29, meeting: Meeting) -> str:
    return {"t29-indented-outline-txt": _text_outline,
            "t29-markdown-field-table-txt": _text_markdown}[layout.name](layout, meeting)


def document29(layout: Layout29, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth29(layout, seed)
    return meeting, rendered(layout, meeting, render_text29, render_html29, render_pdf29)
