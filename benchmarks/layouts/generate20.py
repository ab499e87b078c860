"""A twentieth set of invented layouts (`test20`): a fifteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' HTML and PDF exports,
Word-made PDFs, CMS pages, browser copies, intranet wikis, e-mailed summaries), not from any
kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: an <ol> whose <li value='4'>
carries the only item number (the browser prints it), fields in a <ul> with "Udvalg:" and
"Lokale:", Copenhagen-style case numbers `2024-0123456` and the headings "Sagen kort",
"Redegørelse", "Det indstilles"; one outer <dl> for the meeting, `<dt>Punkt 4 · Title</dt>`,
an inner <dl> of sections per item and "Juridisk grundlag"; a server-rendered app page of
<div>s only, title and headings set by inline `font-weight:600`, the bare number in its own
<div> beside the title; a "Deltagere" table of members with X under "Til stede"/"Afbud",
"Starttidspunkt"/"Sluttidspunkt"/"Lokale", `<h2>Pkt. 4 Title</h2>`, a decision headed
"Beslutning den 12-03-2024" that ends in "Fraværende: …"; unnumbered <h2> titles over a
two-row metadata table (Punkt | Sagsnr. | Status | Ansvarlig); an HTML e-mail of
role='presentation' tables with the title in a styled <td>; a text dump by a text browser
(lynx: numbered link markers, an <ol start> of contents, indented paragraphs and a
References list); a page copied from a browser (skip link, menu, breadcrumbs, Print/Del,
"Til toppen", cookie text) as a dagsorden with "Direktøren indstiller"; a Confluence wiki
page (h2./h3. markup, a ||field|| table, the decision in a {panel:title=Beslutning}); an A5
Times PDF whose text is drawn with kerned TJ arrays and a footer with the numeric date; a
Word PDF with an attachments list marking each file open or closed, last after the
decision; a PDF whose items open with a ruled box of Punkt/Sagsnr./Status cells above the
title.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate19's truth, with this set's case numbers, absence lines and
attachment lists). Section types are the type a heading means in referat's model; where that
is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate14 import GREY, _coloured, _lines
from benchmarks.layouts.generate15 import _put_lines, _sections
from benchmarks.layouts.generate19 import DATE_LONG, UNITS, Layout19, _hanging, truth19
from benchmarks.layouts.pdfwriter import _escape

DATE_NUMERIC = "12-03-2024"
ABSENT_MEMBER = "Anne Holm"
ABSENT = f"Fraværende: {ABSENT_MEMBER}."
MEMBERS = ("Hanne Winther", "Karsten Juul", "Anne Holm", "Peter Lund", "Mette Brix")
FILES = ("Notat om sagen.pdf", "Oversigtskort.pdf", "Tilbud fra rådgiver.pdf",
         "Høringssvar samlet.pdf", "Budgetoversigt.xlsx")


@dataclass
class Layout20(Layout19):
    kk: bool = False  # Copenhagen-style case numbers (2024-0123456) instead of Greve's
    absent: bool = False  # the decision's last line names an absent member
    attachments: bool = False  # a "Bilag" section of files marked open or closed, last


LAYOUTS20: list[Layout20] = [
    # a committee system's HTML: fields in <ul class='meta'> (Udvalg:, Dato:, Lokale:);
    # <ol class='punkter'>, each item <li value='4'> (the number only there: the browser
    # prints "4."), <h2>Title</h2>, "Sagsnr. 2024-0123456"; <h3> headings; one closed item
    Layout20("ol-li-value-html",
             [("resume", "Sagen kort"), ("sagsfremstilling", "Redegørelse"),
              ("indstilling", "Det indstilles"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, kk=True,
             place="Rådhuset, lokale 1.12"),
    # one <dl> for the meeting: <dt>Punkt 4 · Title</dt> (middle dot), <dd> with
    # "Sagsnr.: …" and an inner <dl> of heading/text pairs; the two closed items last,
    # their titles printed, "Lukket punkt." as their only text
    Layout20("nested-dl-items-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Juridisk grundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), closed=2, closed_last=True),
    # a server-rendered app: only <div>s with hashed classes; the bare number and the title
    # in two <div>s of a flex row, both 1.25rem and font-weight:600; headings
    # font-weight:600 at the text's size; "Sagsnummer 24-002285" small and grey
    Layout20("spa-div-fontweight-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske og personalemæssige konsekvenser"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer {case}", closed=1),
    # fields with <b> labels: Dato:, Starttidspunkt:, Sluttidspunkt:, Lokale:; a
    # <h2>Deltagere</h2> table Navn | Til stede | Afbud with X; <h2>Pkt. 4 Title</h2>;
    # <h3> headings; the decision headed "Beslutning den 12-03-2024" (the meeting's date),
    # its last line "Fraværende: Anne Holm."
    Layout20("participants-table-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", f"Beslutning den {DATE_NUMERIC}")],
             formats=(".html",), closed=1, absent=True, place="Byrådssalen"),
    # unnumbered <h2> titles, each followed by a two-row <table class='meta'>: Punkt |
    # Sagsnr. | Status | Ansvarlig over 4 | … | Til beslutning | unit; headings as
    # <p><strong>…</strong></p> alone; "Udvalgets beslutning" in <div class='beslutning'>;
    # the closed item titled "Lukket sag", status "Lukket", its case cell "–"
    Layout20("metadata-row-table-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Udvalgets beslutning")],
             formats=(".html",), case="{case}", closed=1, closed_title="Lukket sag"),
    # an HTML e-mail summary ("Nyt fra udvalget"): nested <table role='presentation'>,
    # the title "4. Title" in a <td> styled 18px bold, headings in <td>s styled bold,
    # texts in <td>s; the case as "Sag: …"; an unsubscribe footer
    Layout20("email-table-presentation-html",
             [("resume", "Sagen kort"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag: {case}"),
    # a text browser's dump (lynx -dump) of a portal page: "[3]"-style link markers, an
    # <ol start> of linked contents ("   23. [5]Title"), "4. Title" flush left, paragraphs
    # indented three spaces and wrapped at 77, headings flush left, a References list of
    # URLs at the end; one closed item
    Layout20("lynx-dump-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a page copied from a browser (select all, copy): skip link, menu, breadcrumbs, Print,
    # Del; a dagsorden; "Punkt 4 - Title"; one line per paragraph; "Til toppen" after each
    # item; cookie text at the end; "Direktøren indstiller"; one closed item
    Layout20("browser-copy-text-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Direktøren indstiller")],
             formats=(".txt",), kind="dagsorden", case="Sagsnr. {case}", closed=1),
    # a Confluence wiki page's markup: "h1. Referat – udvalg", a ||Dato||Tid||Sted|| table,
    # "h2. 4. Title", "_Sagsnr.: …_", "h3. Heading", the indstilling as "* " bullets, the
    # decision in "{panel:title=Beslutning}" … "{panel}"; one closed item
    Layout20("confluence-wiki-panel-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="_Sagsnr.: {case}_", closed=1),
    # an A5 booklet in Times: every line drawn as a TJ array with kerning between parts of
    # words; "4. Title" Times-Bold 12, "Sagsnr. …" italic 9, headings Times-Bold 10; the
    # footer "udvalg · 12-03-2024 · side n"; "Lovgrundlag" after the case; one closed item
    Layout20("a5-times-kerned-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a Word PDF: "Medlemmer:" and "Fraværende:" among the fields; "4. Title" bold 12;
    # "Sagsnr.: …"; bold headings; after the decision, "Bilag" with numbered files each
    # marked "Åbent bilag" or "Lukket bilag"; the decision ends "Fraværende: Anne Holm."
    Layout20("bilag-open-closed-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, absent=True, attachments=True),
    # a committee system's PDF: each item opens with a ruled box of three cells, a 7 pt
    # grey label over a bold value: Punkt | 4, Sagsnr. | …, Status | Til beslutning (or
    # Lukket); the title bold 13 below the box; bold headings, "Det indstilles"
    Layout20("grid-box-meta-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Det indstilles"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1, kk=True),
]


def by_name20(name: str) -> Layout20 | None:
    return next((layout for layout in LAYOUTS20 if layout.name == name), None)


def _attachments(rng: random.Random) -> str:
    """Numbered attachment lines, each file marked open or closed."""
    files = rng.sample(FILES, rng.randint(2, 3))
    marks = ["Åbent bilag", *(rng.choice(("Åbent bilag", "Lukket bilag")) for _ in files[1:])]
    return "\n".join(f"{n}. {mark}: {name}" for n, (mark, name)
                     in enumerate(zip(marks, files, strict=True), start=1))


def truth20(layout: Layout20, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate19's truth with
    this set's case numbers, absence lines and attachment lists."""
    meeting = truth19(layout, seed)
    rng = random.Random(f"{layout.name}-{seed}-20")
    for item in meeting.items:
        if layout.kk and item.case_number:
            item.case_number = f"{rng.choice((2023, 2024))}-{rng.randint(10000, 999999):07d}"
        decisions = [s for s in item.sections if s.type == "beslutning"]
        if layout.absent and decisions:
            decisions[-1].text += "\n" + ABSENT
        item.sections = [s for s in item.sections if s.type != "bilag"]
        if layout.attachments and not item.closed:
            item.sections.append(Section("Bilag", "bilag", _attachments(rng)))
    return meeting


def _case(layout: Layout20, item: Item) -> str:
    return layout.case.format(case=item.case_number) if item.case_number else ""


# --- HTML --------------------------------------------------------------------------------------


def _html_li_value(layout: Layout20, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", "<ul class='meta'>",
            f"<li>Udvalg: {e(meeting.udvalg)}</li>",
            f"<li>Dato: tirsdag den {DATE_LONG} kl. 16.00</li>",
            f"<li>Lokale: {e(meeting.place)}</li></ul>", "<ol class='punkter'>"]
    for item in meeting.items:
        body += [f"<li value='{item.number}'>", f"<h2>{e(item.title)}</h2>"]
        if item.closed:
            body.append("<p>Punktet behandles for lukkede døre.</p>")
        elif item.case_number:
            body.append(f"<p class='sag'>{e(_case(layout, item))}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</li>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</ol></main>"])


def _html_nested_dl(layout: Layout20, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)} – referat</h1>",
            f"<p>Mødedato: {DATE_LONG}<br>Mødetidspunkt: 16.00<br>"
            f"Mødested: {e(meeting.place)}</p>", "<dl class='dagsorden'>"]
    for item in meeting.items:
        body.append(f"<dt>Punkt {item.number} · {e(item.title)}</dt><dd>")
        if item.closed:
            body.append("<p>Lukket punkt.</p></dd>")
            continue
        if item.case_number:
            body.append(f"<p>{e(_case(layout, item))}</p>")
        body.append("<dl class='afsnit'>" + "".join(
            f"<dt>{e(s.heading)}</dt><dd>{_paras(s.text)}</dd>" for s in item.sections)
            + "</dl></dd>")
    return _site_page(f"{meeting.udvalg} - referat", [*body, "</dl></main>"])


BOLD = "font-weight:600"


def _html_spa(layout: Layout20, meeting: Meeting) -> str:
    big = f"font-size:1.25rem;{BOLD}"
    body = ["<div id='root'><div class='css-9x1k2a'>",
            f"<div class='css-a81kq2' style='{big}'>{e(meeting.udvalg)}</div>",
            "<div class='css-0u3b1f'>Referat</div>",
            f"<div class='css-0u3b1f'>Tirsdag {DATE_LONG}, 16:00–18:00</div>",
            f"<div class='css-0u3b1f'>{e(meeting.place)}</div></div>"]
    for item in meeting.items:
        body += ["<div class='css-1q2w3e'>",
                 "<div class='css-7hh2m0' style='display:flex;gap:12px'>",
                 f"<div style='{big};min-width:2rem'>{item.number}</div>",
                 f"<div style='{big}'>{e(item.title)}</div></div>"]
        mark = "Lukket punkt" if item.closed else _case(layout, item)
        if mark:
            body.append(f"<div style='color:#666;font-size:.875rem'>{e(mark)}</div>")
        for s in item.sections:
            body.append(f"<div style='{BOLD};margin-top:1rem'>{e(s.heading)}</div>")
            body += [f"<div class='css-p0x1'>{e(x)}</div>" for x in s.text.splitlines()]
        body.append("</div>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</div>"])


def _html_participants(layout: Layout20, meeting: Meeting) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{'' if name == ABSENT_MEMBER else 'X'}</td>"
                   f"<td>{'X' if name == ABSENT_MEMBER else ''}</td></tr>" for name in MEMBERS)
    body = ["<main>", f"<h1>{e(meeting.udvalg)} – referat</h1>",
            f"<p><b>Dato:</b> {DATE_LONG}<br><b>Starttidspunkt:</b> 16:00<br>"
            f"<b>Sluttidspunkt:</b> 17:45<br><b>Lokale:</b> {e(meeting.place)}</p>",
            "<h2>Deltagere</h2><table class='deltagere'><tr><th>Navn</th><th>Til stede</th>"
            f"<th>Afbud</th></tr>{rows}</table>"]
    for item in meeting.items:
        body.append(f"<h2>Pkt. {item.number} {e(item.title)}</h2>")
        mark = "Lukket punkt" if item.closed else _case(layout, item)
        if mark:
            body.append(f"<p>{e(mark)}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_meta_table(layout: Layout20, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", f"<p class='udvalg'>{e(meeting.udvalg)}</p>",
            f"<p>Tirsdag den {DATE_LONG} kl. 16.00, {e(meeting.place)}</p>"]
    for k, item in enumerate(meeting.items):
        status = "Lukket" if item.closed else "Til beslutning"
        body += [f"<h2>{e(item.title)}</h2>",
                 "<table class='meta'><tr><th>Punkt</th><th>Sagsnr.</th><th>Status</th>"
                 f"<th>Ansvarlig</th></tr><tr><td>{item.number}</td>"
                 f"<td>{e(_case(layout, item)) or '–'}</td><td>{status}</td>"
                 f"<td>{UNITS[k % len(UNITS)]}</td></tr></table>"]
        for s in item.sections:
            section = f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}"
            body.append(f"<div class='beslutning'>{section}</div>"
                        if s.type == "beslutning" else section)
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _td(text: str, style: str = "font-size:14px") -> str:
    return (f"<tr><td style='font-family:Arial,sans-serif;{style};padding:4px 24px'>"
            f"{text}</td></tr>")


def _html_email(layout: Layout20, meeting: Meeting) -> str:
    rows = [_td(f"Nyt fra {e(meeting.udvalg)}", "font-size:22px;font-weight:bold"),
            _td(f"Referat fra mødet tirsdag den {DATE_LONG} i {e(meeting.place)}")]
    for item in meeting.items:
        rows.append(_td(f"{item.number}. {e(item.title)}",
                        "font-size:18px;font-weight:bold;padding-top:18px"))
        if item.case_number:
            rows.append(_td(e(_case(layout, item)), "font-size:12px;color:#777777"))
        for s in item.sections:
            rows += [_td(e(s.heading), "font-size:14px;font-weight:bold"),
                     *(_td(e(x)) for x in s.text.splitlines())]
    rows.append(_td("Du modtager denne mail, fordi du abonnerer på nyt fra udvalgene. "
                    "<a href='https://example.dk/afmeld'>Afmeld</a>", "font-size:11px"))
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Nyt fra {e(meeting.udvalg)}</title></head>",
                      "<body style='margin:0'><table role='presentation' width='100%'>",
                      "<tr><td align='center'><table role='presentation' width='600'>",
                      *rows, "</table></td></tr></table></body></html>"])


def render_html20(layout: Layout20, meeting: Meeting) -> str:
    return {"ol-li-value-html": _html_li_value, "nested-dl-items-html": _html_nested_dl,
            "spa-div-fontweight-html": _html_spa,
            "participants-table-html": _html_participants,
            "metadata-row-table-html": _html_meta_table,
            "email-table-presentation-html": _html_email}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------

SITE = "https://www.kommune.dk/politik/dagsordener-og-referater"


def _text_lynx(layout: Layout20, meeting: Meeting) -> str:
    links = ["#indhold", "/", "/politik", "/politik/dagsordener-og-referater"]
    out = ["   [1]Gå til indhold [2]Forside [3]Politik [4]Dagsordener og referater", "",
           f"Referat – {meeting.udvalg}", "", f"   Mødedato: {DATE_LONG} kl. 16.00",
           f"   Mødested: {meeting.place}", "", "Indhold", ""]
    for item in meeting.items:
        links.append(f"#punkt-{item.number}")
        out += _hanging(f"[{len(links)}]{item.title}", 77, f"   {item.number:>2}. ")
    for item in meeting.items:
        out += ["", f"{item.number}. {item.title}", ""]
        mark = "Lukket punkt." if item.closed else _case(layout, item)
        if mark:
            out += [f"   {mark}"]
        for s in item.sections:
            out += ["", s.heading, ""]
            for para in s.text.splitlines():
                out += [*_lines(para, 74, "   "), ""]
    out += ["", "References", "", *(f"{n:>4}. {SITE}{link}" if link.startswith("#")
                                    else f"{n:>4}. https://www.kommune.dk{link}"
                                    for n, link in enumerate(links, start=1))]
    return "\n".join(out) + "\n"


def _text_copy(layout: Layout20, meeting: Meeting) -> str:
    out = ["Spring til indhold", "Menu", "Søg", "", "Forside", "Politik",
           "Dagsordener og referater", "", f"Dagsorden – {meeting.udvalg}", "",
           f"Tirsdag den {DATE_LONG} kl. 16.00", meeting.place, "", "Print", "Del", ""]
    for item in meeting.items:
        out += [f"Punkt {item.number} - {item.title}", ""]
        mark = "Lukket punkt" if item.closed else _case(layout, item)
        if mark:
            out += [mark, ""]
        for s in item.sections:
            out += [s.heading, "", *(x for line in s.text.splitlines() for x in (line, ""))]
        out += ["Til toppen", ""]
    out += ["Sidst opdateret: 14. marts 2024", "",
            "Vi bruger cookies til at forbedre din oplevelse af hjemmesiden.",
            "Accepter alle", "Kun nødvendige"]
    return "\n".join(out) + "\n"


def _text_confluence(layout: Layout20, meeting: Meeting) -> str:
    out = [f"h1. Referat – {meeting.udvalg}", "", "||Dato||Tid||Sted||",
           f"|{DATE_LONG}|16.00 - 18.00|{meeting.place}|", "", "{toc:maxLevel=2}"]
    for item in meeting.items:
        out += ["", f"h2. {item.number}. {item.title}"]
        mark = "_Lukket punkt_" if item.closed else _case(layout, item)
        if mark:
            out += [mark]
        for s in item.sections:
            lines = s.text.splitlines()
            if s.type == "beslutning":
                out += ["", f"{{panel:title={s.heading}}}", *lines, "{panel}"]
                continue
            if s.type == "indstilling":
                lines = [f"* {x}" for x in lines]
            out += ["", f"h3. {s.heading}", *lines]
    return "\n".join(out) + "\n"


def render_text20(layout: Layout20, meeting: Meeting) -> str:
    return {"lynx-dump-txt": _text_lynx, "browser-copy-text-txt": _text_copy,
            "confluence-wiki-panel-txt": _text_confluence}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _kerned(p: Pager, x: float, text: str, size: float, font: int) -> None:
    """A line as one TJ array: each word of five letters or more split after its third,
    with a small kerning adjustment between the parts (as typesetting programs write)."""
    parts: list[bytes] = []
    for k, word in enumerate(text.split(" ")):
        lead = b"" if k == 0 else b" "
        if len(word) >= 5:
            parts.append(b"(%s) -12 (%s)" % (_escape(lead.decode() + word[:3]),
                                             _escape(word[3:])))
        else:
            parts.append(b"(%s)" % _escape(lead.decode() + word))
    p.pages[-1].append(b"BT /F%d %.1f Tf %.1f %.1f Td [%s] TJ ET" % (
        font, size, x, p.y, b" ".join(parts)))


def _pdf_a5(layout: Layout20, meeting: Meeting) -> bytes:
    p = Pager(width=420, height=595, margin=40,
              fonts=(b"Times-Roman", b"Times-Bold", b"Times-Italic"))

    def lines(texts: list[str], size: float, font: int, leading: float) -> None:
        for line in texts:
            p.room(leading)
            _kerned(p, 40, line, size, font)

    lines(["Referat"], 16, 2, 20)
    lines(_wrap_pt(meeting.udvalg, 330, 12, True), 12, 2, 16)
    lines([f"Mødedato: tirsdag den {DATE_LONG}", "Mødetidspunkt: kl. 16.00",
           f"Mødested: {meeting.place}"], 10, 1, 13)
    for item in meeting.items:
        p.y -= 12
        lines(_wrap_pt(f"{item.number}. {item.title}", 330, 12, True), 12, 2, 15)
        mark = "Lukket punkt" if item.closed else _case(layout, item)
        lines([mark] if mark else [], 9, 3, 12)
        for s in item.sections:
            p.y -= 4
            lines([s.heading], 10, 2, 14)
            lines([x for para in s.text.splitlines() for x in _wrap_pt(para, 330, 10, False)],
                  10, 1, 13)
    for n, ops in enumerate(p.pages, start=1):
        ops.append(b"BT /F1 8 Tf 40 22 Td (%s) Tj ET" % _escape(
            f"{meeting.udvalg} · {DATE_NUMERIC} · side {n}"))
    return p.pdf()


def _pdf_bilag(layout: Layout20, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 13, True), 56, 13, 2, 18)
    p.y -= 6
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 16.00 - 18.00",
                   f"Mødested: {meeting.place}",
                   *_wrap_pt(f"Medlemmer: {', '.join(MEMBERS)}", 480, 10, False),
                   ABSENT], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        mark = "Lukket punkt" if item.closed else _case(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        _sections(p, item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _box(p: Pager, cells: list[tuple[str, str]]) -> None:
    """A ruled box of label/value cells in one row: a grey 7 pt label over a bold value."""
    p.room(34)
    y, top, bottom, width = p.y, p.y + 24, p.y - 8, 480 / len(cells)
    for k, (label, value) in enumerate(cells):
        x = 56 + k * width
        p.y = y + 12
        _coloured(p, GREY, x + 4, label, 7, 1)
        p.y = y
        p.put(x + 4, value, 10, 2)
        p.pages[-1].append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (x, bottom, x, top))
    p.pages[-1].append(b"0.5 w 536 %.1f m 536 %.1f l S" % (bottom, top))
    p.rule(56, 536, top)
    p.rule(56, 536, bottom)
    p.y = bottom - 4


def _pdf_grid(layout: Layout20, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"{meeting.udvalg} – referat"], 56, 15, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}, kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        status = "Lukket" if item.closed else "Til beslutning"
        p.room(14)
        _box(p, [("Punkt", item.number), ("Sagsnr.", _case(layout, item) or "–"),
                 ("Status", status)])
        _put_lines(p, _wrap_pt(item.title, 480, 13, True), 56, 13, 2, 17)
        _sections(p, item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def render_pdf20(layout: Layout20, meeting: Meeting) -> bytes:
    return {"a5-times-kerned-pdf": _pdf_a5, "bilag-open-closed-pdf": _pdf_bilag,
            "grid-box-meta-pdf": _pdf_grid}[layout.name](layout, meeting)


def document20(layout: Layout20, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth20(layout, seed)
    render = {".txt": lambda: render_text20(layout, meeting).encode(),
              ".html": lambda: render_html20(layout, meeting).encode(),
              ".pdf": lambda: render_pdf20(layout, meeting)}
    return meeting, {suffix: render[suffix]() for suffix in layout.formats}
