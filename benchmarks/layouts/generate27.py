"""A twenty-seventh set of invented layouts (`test27`): a twenty-second independent check of
the generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish minutes (CMS editors, portals of other systems, e-mail, Markdown and
plain-text exports, Word PDFs), not from any kommune's published minutes, and frozen before
the reader was run on them. Names start with `t27-` (the random draw is seeded by the name).

Conventions meant to be new, or new in this combination (six HTML, three text, three PDF): a
CMS editor's page styled by inline `style` attributes only (no heading or bold tags), the
fields in one line parted by bars; the item numbers printed only in a contents list of links
to unnumbered <h2> sections; every decision collected after the items in a closing
"Beslutningsprotokol" table; a jQuery UI accordion with the case number in parentheses in the
header and the decision first in the panel; a dagsorden of one bordered table per item with
bold headings before a <br> in the cells; a portal's item pages saved one after another, each
with a breadcrumb ending "Punkt 4", an unnumbered <h1> and prev/next links; a Markdown ordered
list whose nested bullets hold run-in italic headings; an e-mail dagsorden with indented
blocks under headings underlined with tildes and "(j.nr. …)" after the title; a text export
with setext-underlined titles and headings, two decisions first, newest first, and page
markers inside items; a PDF with the fields as a horizontal label/value row, a big grey
number beside the bold title, headings on grey bands and two decisions newest first; a
dagsorden PDF with a status line under the title, underlined regular headings, attachment
lists and the closed items last; a Times PDF with the number in the margin, no case numbers
and bold-italic headings run in before an en dash.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is generate25's truth (its
extra decisions, generate20's attachment lists and closed items last). Section types are the
type a heading means in referat's model; where that is debatable, the most common reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate25 import Layout25, truth25
from benchmarks.layouts.pdfwriter import _escape, wrap

EARLIER_FU = (("Fagudvalgets beslutning den 20. februar 2024",
               "Fagudvalget anbefalede indstillingen over for Økonomiudvalget."),)
EARLIER_OU = (("Beslutning i Økonomiudvalget den 5. marts 2024",
               "Økonomiudvalget anbefaler indstillingen over for Byrådet."),)
SENDER = "Sekretariatet <sekretariat@kommune.dk>"
PAGE_LINES = 48  # lines per page of the text export, whose page markers fall inside items


@dataclass
class Layout27(Layout25):
    """generate25's layout; the conventions are the writers' below, named by layout."""


LAYOUTS27: list[Layout27] = [
    # a CMS editor's page, inline styles only: "Referat" 20pt, the fields in one <p> parted by
    # bars ("Udvalg: … | Dato: … | Sted: …"); the title a <p> at 14pt in blue, not bold,
    # "4 · Title"; "Sags-ID: …" small and grey; headings italic and underlined by style
    # ("Kort om sagen" resume); the closed item titled "Lukket sag"
    Layout27("t27-inline-style-cms-html",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sags-ID: {case}", closed=1, closed_title="Lukket sag"),
    # an <h1> udvalg, the date in a <time> and the place after a middle dot; a <nav> contents
    # list of links "4. Title" to <section id='punkt-4'>, the only place the numbers stand;
    # each section an unnumbered <h2> title, "Sagsnummer: …", <h3> headings ("Retsgrundlag"
    # lovgrundlag); one closed item ("Behandlet for lukkede døre.")
    Layout27("t27-toc-number-only-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1, place="Mødelokale 4"),
    # <h2>Punkt 4 – Title</h2>, <p>Sagsnr.: …</p>, <h3> headings; no decision under the
    # items: after the last one <h2>Beslutningsprotokol</h2> and a table Punkt | Beslutning
    # with a row per open item (the decision belongs to the item its row names)
    Layout27("t27-decisions-table-end-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # a jQuery UI accordion: <h3 class='ui-accordion-header'>4 - Title (Sagsnr. …)</h3> and a
    # panel <div> whose first section is the decision; <h4> headings; fields as spans
    # labelled without colons ("Udvalg", "Mødedato", "Mødested"); the closed item's header
    # "5 - Lukket punkt"
    Layout27("t27-jquery-accordion-html",
             [("beslutning", "Beslutning"), ("resume", "Resumé"),
              ("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, closed_title="Lukket punkt",
             place="Rådhuset, mødesal 2"),
    # a dagsorden of one bordered <table class='punkt'> per item: a head row <th>4</th>
    # <th>Title</th>, then rows with an empty first cell, "Sagsnr. …", and each section as
    # <b>Heading</b><br> text with <br><br> between paragraphs ("Sagens baggrund"
    # sagsfremstilling, "Økonomiske forhold" okonomi, "Administrationens forslag"
    # indstilling); the meeting in one sentence; one closed item ("Lukket punkt" row)
    Layout27("t27-item-tables-agenda-html",
             [("sagsfremstilling", "Sagens baggrund"), ("okonomi", "Økonomiske forhold"),
              ("indstilling", "Administrationens forslag")],
             formats=(".html",), kind="dagsorden", case="Sagsnr. {case}", closed=1),
    # a portal's item pages saved one after another: per item a <div class='side'> with the
    # site header, a breadcrumb "Forside › Politik › udvalg › Møde 12. marts 2024 › Punkt
    # 4", an unnumbered <h1> title, an <aside> <dl> of Sagsnummer, Mødedato and Mødested,
    # <h2> headings, and "« Forrige punkt | Næste punkt »"; the udvalg only in breadcrumbs
    Layout27("t27-breadcrumb-pages-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, place="Byrådssalen"),
    # Markdown: "# Referat", bold field labels ending in two spaces (hard breaks); each item
    # an ordered list entry "4. **Title**" (the list counts on from the first), "*Sagsnr.
    # …*" indented below, each section a nested bullet "- *Resumé:* text" with its further
    # paragraphs indented; the closed item "Lukket punkt." in its entry
    Layout27("t27-markdown-ordered-list-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1),
    # an e-mail dagsorden: Fra/Til/Emne/Dato headers, "Kære medlemmer af …", the meeting in
    # a sentence; "Pkt 4 - Title (j.nr. …)"; headings underlined with tildes and texts
    # indented four spaces, wrapped at 68 ("Baggrund" sagsfremstilling, "Forslag"
    # indstilling); the closed item "Pkt 5 - Lukket punkt"; a signature
    Layout27("t27-mail-tilde-headings-txt",
             [("sagsfremstilling", "Baggrund"), ("okonomi", "Økonomi"),
              ("indstilling", "Forslag")],
             formats=(".txt",), kind="dagsorden", case="j.nr. {case}", closed=1,
             closed_title="Lukket punkt", place="Mødelokale 3"),
    # a committee system's text export of a byråd's referat: capital field labels; "Punkt 4"
    # alone, the title below underlined with '='; "Sagsnr. …"; headings underlined with '-';
    # the byråd's decision first, then the økonomiudvalg's (newest first), then the case;
    # a page marker "Byrådet · Referat · 12.03.2024 · Side n" every 48 lines, inside items
    Layout27("t27-export-decisions-first-txt",
             [("beslutning", "Beslutning i Byrådet den 12. marts 2024"),
              ("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", later=EARLIER_OU),
    # an økonomiudvalg's Word PDF: the fields as a row of bold labels over a row of values
    # (Udvalg, Dato, Tid, Sted); the number in grey 18pt at the margin beside the bold title
    # on its baseline; "Sagsnr. …" right-aligned below; headings regular on light grey bands;
    # the own decision, then the fagudvalg's (newest first), last; running header and
    # "Side n af m"; one closed item
    Layout27("t27-grey-band-headings-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Økonomiudvalgets beslutning den 12. marts 2024")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Økonomiudvalget",
             later=EARLIER_FU),
    # a dagsorden PDF: "Mødetidspunkt:", "Mødelokale:"; "4." bold at the margin and the bold
    # title indented beside it; a 9pt status line "Åbent punkt · Sagsnr. …" below; headings
    # regular with a drawn rule under them ("Baggrund", "Økonomi", "Forslag", "Bilag" with
    # numbered files); the two closed items last, "Lukket punkt" as their status; footer
    # "Dagsorden · udvalg · 12.03.2024 · side n"
    Layout27("t27-agenda-underlined-attachments-pdf",
             [("sagsfremstilling", "Baggrund"), ("okonomi", "Økonomi"),
              ("indstilling", "Forslag")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=2,
             closed_last=True, attachments=True),
    # a Times PDF: "Referat", the udvalg, "Mødedato: …   Mødested: …" on one line; the
    # number bold in the left margin (x 40) beside the bold title (x 80); no case numbers;
    # headings bold-italic run in before an en dash, "Sagsfremstilling – text"; "(Lukket
    # punkt)" under the closed item's title
    Layout27("t27-times-runin-dash-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="", closed=1, place="Mødelokale 1"),
]


def by_name27(name: str) -> Layout27 | None:
    return next((layout for layout in LAYOUTS27 if layout.name == name), None)


def _mark(layout: Layout27, item: Item) -> str:
    return "Lukket punkt" if item.closed else case_line(layout, item)


# --- HTML --------------------------------------------------------------------------------------


def _html_inline(layout: Layout27, meeting: Meeting) -> str:
    bar = "&nbsp;&nbsp;|&nbsp;&nbsp;"
    body = ["<div class='content'>", "<p style='font-size:20pt;margin:0'>Referat</p>",
            f"<p style='color:#444'>Udvalg: {e(meeting.udvalg)}{bar}Dato: tirsdag den "
            f"{DATE_LONG} kl. 16.00{bar}Sted: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<p style='font-size:14pt;color:#1a4d7a;margin:24px 0 4px'>"
                    f"{item.number} · {e(item.title)}</p>")
        if item.case_number:
            body.append(f"<p style='font-size:8pt;color:#666'>{e(case_line(layout, item))}</p>")
        for s in item.sections:
            body.append("<p style='font-style:italic;text-decoration:underline;margin:12px 0 0'>"
                        f"{e(s.heading)}</p>")
            body += [f"<p style='margin:0 0 8px'>{e(x)}</p>" for x in s.text.splitlines()]
    return _site_page(f"Referat {meeting.udvalg}", [*body, "</div>"])


def _html_toc(layout: Layout27, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>",
            "<p>Referat af mødet <time datetime='2024-03-12T17:00'>tirsdag den "
            f"{DATE_LONG} kl. 17.00</time> · {e(meeting.place)}</p>",
            "<nav class='indhold'><h2>Indhold</h2><ul>"]
    body += [f"<li><a href='#punkt-{item.number}'>{item.number}. {e(item.title)}</a></li>"
             for item in meeting.items]
    body.append("</ul></nav>")
    for item in meeting.items:
        body.append(f"<section id='punkt-{item.number}'><h2>{e(item.title)}</h2>")
        if item.closed:
            body.append("<p>Behandlet for lukkede døre.</p>")
        elif item.case_number:
            body.append(f"<p class='sagsnr'>{e(case_line(layout, item))}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</section>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_protocol_end(layout: Layout27, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}, kl. 16.30</p><p>Mødested: {e(meeting.place)}</p>"]
    rows = []
    for item in meeting.items:
        body.append(f"<h2>Punkt {item.number} – {e(item.title)}</h2>")
        mark = _mark(layout, item)
        body += [f"<p>{e(mark)}</p>"] if mark else []
        for s in item.sections:
            if s.type == "beslutning":
                rows.append(f"<tr><td>{item.number}</td><td>{_paras(s.text)}</td></tr>")
            else:
                body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
    body += ["<h2>Beslutningsprotokol</h2>", "<table class='protokol'>",
             "<tr><th>Punkt</th><th>Beslutning</th></tr>", *rows, "</table>"]
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_accordion(layout: Layout27, meeting: Meeting) -> str:
    body = ["<div class='moede-info'>",
            f"<span class='label'>Udvalg</span> {e(meeting.udvalg)}<br>",
            f"<span class='label'>Mødedato</span> {DATE_LONG} kl. 15.00<br>",
            f"<span class='label'>Mødested</span> {e(meeting.place)}</div>",
            "<div id='accordion' class='ui-accordion ui-widget'>"]
    for item in meeting.items:
        case = f" ({e(case_line(layout, item))})" if item.case_number else ""
        body.append("<h3 class='ui-accordion-header'><span class='ui-icon ui-icon-triangle-1-e'>"
                    f"</span>{item.number} - {e(item.title)}{case}</h3>")
        body.append("<div class='ui-accordion-content' style='display:none'>")
        if item.closed:
            body.append("<p>Punktet er behandlet for lukkede døre.</p>")
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
        body.append("</div>")
    body.append("</div>")
    return _site_page(f"Referat {meeting.udvalg} {DATE_LONG}",
                      ["<h1>Referat</h1>", *body])


def _html_item_tables(layout: Layout27, meeting: Meeting) -> str:
    body = ["<h1>Dagsorden</h1>", f"<p><b>{e(meeting.udvalg)}</b></p>",
            f"<p>Mødet afholdes tirsdag den {DATE_LONG} kl. 15.30 i {e(meeting.place)}.</p>"]
    for item in meeting.items:
        rows = [f"<tr><th>{item.number}</th><th>{e(item.title)}</th></tr>"]
        mark = _mark(layout, item)
        rows += [f"<tr><td></td><td>{e(mark)}</td></tr>"] if mark else []
        rows += [f"<tr><td></td><td><b>{e(s.heading)}</b><br>"
                 + "<br><br>".join(e(x) for x in s.text.splitlines()) + "</td></tr>"
                 for s in item.sections]
        body.append("<table class='punkt' border='1' cellpadding='4'>" + "".join(rows)
                    + "</table><br>")
    return _site_page(f"Dagsorden {meeting.udvalg}", body)


def _html_pages(layout: Layout27, meeting: Meeting) -> str:
    body = []
    for k, item in enumerate(meeting.items):
        body += ["<div class='side'>", "<header class='portal'><span class='logo'>Kommunen"
                 "</span> <a href='/soeg'>Søg</a></header>",
                 "<nav class='breadcrumb'>Forside › Politik › " + e(meeting.udvalg)
                 + f" › Møde {DATE_LONG} › Punkt {item.number}</nav>",
                 f"<h1>{e(item.title)}</h1>", "<aside><dl>"]
        if item.case_number:
            body.append(f"<dt>Sagsnummer</dt><dd>{e(item.case_number)}</dd>")
        body.append(f"<dt>Mødedato</dt><dd>{DATE_LONG}</dd><dt>Mødested</dt>"
                    f"<dd>{e(meeting.place)}</dd></dl></aside>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        body += [f"<h2>{e(s.heading)}</h2>{_paras(s.text)}" for s in item.sections]
        links = (["<a href='#'>« Forrige punkt</a>"] if k else []) + (
            ["<a href='#'>Næste punkt »</a>"] if k < len(meeting.items) - 1 else [])
        body += [f"<nav class='pager'>{' | '.join(links)}</nav>", "</div>"]
    return _site_page(f"Referat - {meeting.udvalg}", body)


def render_html27(layout: Layout27, meeting: Meeting) -> str:
    return {"t27-inline-style-cms-html": _html_inline, "t27-toc-number-only-html": _html_toc,
            "t27-decisions-table-end-html": _html_protocol_end,
            "t27-jquery-accordion-html": _html_accordion,
            "t27-item-tables-agenda-html": _html_item_tables,
            "t27-breadcrumb-pages-html": _html_pages}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_markdown(layout: Layout27, meeting: Meeting) -> str:
    out = ["# Referat", "", f"**Udvalg:** {meeting.udvalg}  ",
           f"**Dato:** tirsdag den {DATE_LONG}, kl. 16.00  ", f"**Sted:** {meeting.place}", ""]
    for item in meeting.items:
        lead = f"{item.number}. "
        pad = " " * len(lead)
        out.append(f"{lead}**{item.title}**")
        mark = _mark(layout, item)
        out += [f"{pad}*{mark}*" if item.case_number else f"{pad}{mark}."] if mark else []
        out.append("")
        for s in item.sections:
            first, *rest = s.text.splitlines()
            out.append(f"{pad}- *{s.heading}:* {first}")
            out += [f"{pad}  {x}" for x in rest]
        out.append("")
    return "\n".join(out)


def _text_mail(layout: Layout27, meeting: Meeting) -> str:
    out = [f"Fra: {SENDER}", f"Til: Medlemmer af {meeting.udvalg}",
           f"Emne: Dagsorden til mødet den {DATE_LONG}", "Dato: 5. marts 2024 09:14", "",
           f"Kære medlemmer af {meeting.udvalg}", "",
           *wrap(f"Hermed dagsorden til mødet tirsdag den {DATE_LONG} kl. 17.00 i "
                 f"{meeting.place}.", 72), ""]
    for item in meeting.items:
        case = f" ({case_line(layout, item)})" if item.case_number else ""
        out += ["", f"Pkt {item.number} - {item.title}{case}", ""]
        for s in item.sections:
            out += [f"    {s.heading}", "    " + "~" * len(s.heading)]
            for para in s.text.splitlines():
                out += [f"    {x}" for x in wrap(para, 68)]
            out.append("")
    out += ["", "Med venlig hilsen", "", "Sekretariatet", "Center for Politik og Borgerservice"]
    return "\n".join(out) + "\n"


def _underlined(text: str, rule: str, width: int = 76) -> list[str]:
    lines = wrap(text, width)
    return [*lines, rule * max(len(x) for x in lines)]


def _text_export(layout: Layout27, meeting: Meeting) -> str:
    lines = [meeting.udvalg.upper(), "REFERAT", "", f"MØDEDATO: {DATE_LONG}, kl. 17.00",
             f"MØDESTED: {meeting.place}"]
    for item in meeting.items:
        lines += ["", "", f"Punkt {item.number}", *_underlined(item.title, "=")]
        mark = _mark(layout, item)
        lines += [mark] if mark else []
        for s in item.sections:
            lines += ["", *_underlined(s.heading, "-")]
            lines += [x for para in s.text.splitlines() for x in wrap(para, 76)]
    out = []
    for n in range(0, len(lines), PAGE_LINES):
        if n:
            out += ["", f"{meeting.udvalg} · Referat · 12.03.2024 · Side {n // PAGE_LINES}", ""]
        out += lines[n:n + PAGE_LINES]
    return "\n".join(out) + "\n"


def render_text27(layout: Layout27, meeting: Meeting) -> str:
    return {"t27-markdown-ordered-list-txt": _text_markdown,
            "t27-mail-tilde-headings-txt": _text_mail,
            "t27-export-decisions-first-txt": _text_export}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_grey_band(layout: Layout27, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    p.y -= 6
    fields = (("Udvalg", meeting.udvalg), ("Dato", DATE_LONG), ("Tid", "kl. 15.00-17.30"),
              ("Sted", meeting.place))
    xs = (56, 190, 290, 390)
    p.room(12)
    for x, (label, _) in zip(xs, fields, strict=True):
        p.put(x, label, 8, 2)
    p.room(14)
    for x, (_, value) in zip(xs, fields, strict=True):
        p.put(x, value, 10, 1)
    for item in meeting.items:
        p.y -= 18
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(22)
        p.pages[-1].append(b"0.55 g BT /F1 18.0 Tf 56.0 %.1f Td (%s) Tj ET 0 g"
                           % (p.y, _escape(item.number)))
        p.put(90, title[0], 12, 2)
        _put_lines(p, title[1:], 90, 12, 2, 16)
        mark = _mark(layout, item)
        if mark:
            p.room(13)
            p.put(536 - _width(mark, 9, False), mark, 9, 1)
        for s in item.sections:
            p.y -= 8
            p.room(16)
            p.pages[-1].append(b"0.9 g 56 %.1f 480 15 re f 0 g" % (p.y - 4))
            p.put(60, s.heading, 10, 1)
            p.y -= 2
            p.body(s.text)
    return p.pdf(header=lambda n: f"{meeting.udvalg} · Referat · {DATE_LONG}",
                 footer=lambda n, m: f"Side {n} af {m}")


def _pdf_agenda(layout: Layout27, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Dagsorden"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødetidspunkt: tirsdag den {DATE_LONG} kl. 16.00",
                   f"Mødelokale: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 11, True)
        p.room(15)
        p.put(56, f"{item.number}.", 11, 2)
        p.put(80, title[0], 11, 2)
        _put_lines(p, title[1:], 80, 11, 2, 15)
        status = ("Lukket punkt" if item.closed
                  else " · ".join(x for x in ("Åbent punkt", case_line(layout, item)) if x))
        _put_lines(p, [status], 80, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 1)
            p.rule(56, 56 + _width(s.heading, 10, False), p.y - 2)
            p.body(s.text)
    footer = f"Dagsorden · {meeting.udvalg} · 12.03.2024"
    return p.pdf(footer=lambda n, m: f"side {n}", header=lambda n: footer)


def _runin(p: Pager, heading: str, text: str, x: float = 80, width: float = 456) -> None:
    """A heading in bold-italic run in before an en dash, the text's first paragraph on
    from it on the same line, the rest wrapped below."""
    first, *rest = text.splitlines()
    lead = f"{heading} – "
    indent = _width(lead, 10, True)
    head = (_wrap_pt(first, width - indent, 10, False) or [""])[0]
    tail = _wrap_pt(" ".join(first.split()[len(head.split()):]), width, 10, False)
    p.room(14)
    p.put(x, lead, 10, 3)
    p.put(x + indent, head, 10, 1)
    for line in tail + [w for para in rest for w in _wrap_pt(para, width, 10, False)]:
        p.room(14)
        p.put(x, line, 10, 1)


def _pdf_times(layout: Layout27, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold", b"Times-BoldItalic"))
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}, kl. 19.00      Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(40, item.number, 12, 2)
        p.put(80, title[0], 12, 2)
        _put_lines(p, title[1:], 80, 12, 2, 16)
        if item.closed:
            _put_lines(p, ["(Lukket punkt)"], 80, 10, 1, 14)
        for s in item.sections:
            p.y -= 6
            _runin(p, s.heading, s.text)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def render_pdf27(layout: Layout27, meeting: Meeting) -> bytes:
    return {"t27-grey-band-headings-pdf": _pdf_grey_band,
            "t27-agenda-underlined-attachments-pdf": _pdf_agenda,
            "t27-times-runin-dash-pdf": _pdf_times}[layout.name](layout, meeting)


def document27(layout: Layout27, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth25(layout, seed)
    return meeting, rendered(layout, meeting, render_text27, render_html27, render_pdf27)
