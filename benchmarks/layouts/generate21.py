"""A twenty-first set of invented layouts (`test21`): a sixteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' HTML and PDF exports,
Word-made PDFs, accessibility-tagged PDFs, CMS and documentation-site pages, print views,
static-site exports), not from any kommune's published minutes, and frozen before the reader
was run on them.

Conventions meant to be new, or new in this combination: an <article> per item whose
<hgroup> holds "Punkt 4", the <h2> title and the case number, the meeting's date in a <time>;
a PDF converted to HTML (pdf2htmlEX): one absolutely positioned <div> per printed line, font
and weight only in class names, page <div>s with a running header, items broken over pages;
a print view whose every item is a <table> with a repeated <thead> of the meeting and a
<tfoot> print stamp, the number in its own cell; a documentation site's page (Sphinx):
permalink "¶" in every heading, the fields in a field list, the case number in <code>, the
decision in an admonition, attachments as a list; an ARIA grid of <div role='row'> rows with
an expanded detail row per item, headings as role='heading' (a dagsorden); the number after
the title in a <small> inside the <h2>, the meeting's fields in an <aside> after the items
("Forum:", "Afholdt:", "Lokation:"); a committee system's PDF whose titles are white
regular text on a dark band, bare page numbers at the foot, an attachments list; a Word
PDF with line numbering in the margin; a PDF printing the indstilling and the decision side
by side in two columns; an accessibility-tagged PDF (marked content, header and footer as
artifacts) with titles in regular blue type and bold-italic headings; a static-site
Markdown export with YAML front matter and the decision as a blockquote; a text whose
meeting is stated only in a closing sentence, items "Nr. 4 – Title" and the decision run in.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth: generate19's sampling, numbering and closed items, with
its case numbers, absence lines and attachment lists). Section types are the type a heading
means in referat's model; where that is debatable, the most common reading, said at the
layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate14 import GREY, _coloured
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import _escape, wrap_lines

CHAIR = "Hanne Winther"


@dataclass
class Layout21(Layout20):
    """generate20's fields; this set's conventions are in its renderers, by name."""


LAYOUTS21: list[Layout21] = [
    # a CMS's semantic HTML: the date in <time datetime>, the place after a middle dot; an
    # <article> per item with <hgroup><p>Punkt 4</p><h2>Title</h2><p>Sagsnr. …</p></hgroup>;
    # <h3> headings of their own wording; one closed item
    Layout21("hgroup-time-html",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Beskrivelse af sagen"),
              ("okonomi", "Økonomiske forhold"), ("indstilling", "Indstilling fra direktionen"),
              ("beslutning", "Beslutning i udvalget")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a PDF shown as HTML (pdf2htmlEX): every printed line an absolutely positioned <div>
    # whose font, size and weight are class names (ff2 = bold, fs2 = large) defined in a
    # <style>; a page <div> per page with the header "udvalg · Referat · side n"; "4. Title"
    # bold and large; an item runs on over a page break; one closed item
    Layout21("pdf2htmlex-lines-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # a committee system's print view: every item a <table> whose <thead> repeats the
    # meeting (udvalg · Referat · date) and whose <tfoot> is a print stamp; the number in
    # its own cell beside the bold title; <b> headings; the two closed items last
    Layout21("print-thead-repeat-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), closed=2, closed_last=True),
    # a documentation site's page (Sphinx): a "¶" permalink in every heading, the fields in
    # a field list (Dato, Sted), "<h2>4. Title¶</h2>", the case number in <code>, <h3>
    # headings, the decision in an admonition titled "Beslutning", "Bilag" as a list last
    Layout21("sphinx-permalink-admonition-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1, attachments=True),
    # a portal's data grid of <div role='row'>s (Nr. | Sag | Sagsnr.), each item's row
    # followed by an expanded detail row whose headings are role='heading' <div>s; a
    # dagsorden (no decisions); the closed item's case cell "Lukket"
    Layout21("aria-grid-rows-html",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Sagens baggrund"),
              ("okonomi", "Konsekvenser for økonomien"),
              ("indstilling", "Forslag til afgørelse")],
             formats=(".html",), kind="dagsorden", case="{case}", closed=1),
    # the number after the title: <h2>Title <small>Punkt 4</small></h2>; "Journalnr. …";
    # <h4> headings ("Hjemmel" the legal basis); the meeting's fields only in an <aside>
    # after the items: "Forum:", "Afholdt:", "Lokation:"; one closed item
    Layout21("h2-small-number-after-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Hjemmel"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Journalnr. {case}", closed=1,
             place="Byrådssalen, Rådhuset"),
    # a committee system's PDF: each title white regular 11 pt on a dark band, the number
    # in the band's left cell; "Sagsid: …" 8 pt; bold headings; "Bilag" last; bare page
    # numbers centred at the foot; one closed item
    Layout21("band-title-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsid: {case}", closed=1, attachments=True),
    # a Word PDF with line numbering on: every line numbered in the left margin, 7 pt grey,
    # from 1 on each page; "4. Title" bold 12; "Sagsnr.: …"; bold headings; "Side n af m"
    Layout21("line-numbered-pdf",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i udvalget")],
             formats=(".pdf",), closed=1),
    # a PDF printing the indstilling and the decision side by side (two columns headed
    # "Indstilling" and "Beslutning") after the full-width sections; "4." and the bold title
    # as two runs; "Sagsnummer: …"; the decision ends with the absence; one closed item
    Layout21("indstilling-beslutning-columns-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1, absent=True),
    # an accessibility-tagged PDF (marked content /H1 /H2 /P, the running header and footer
    # as /Artifact): "Afholdt:", "Lokation:", "Mødeleder:"; "Punkt 4. Title" regular 14 in
    # blue; headings bold-italic 11 in blue; the closed item "Lukket sag"
    Layout21("tagged-artifacts-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske forhold"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, closed_title="Lukket sag", kk=True),
    # a static site's Markdown: YAML front matter (udvalg, dato, sted), "# Referat",
    # "### 4. Title", "**Sagsnr.:** …", "#### Heading", the decision a "> " blockquote
    # opened by "> **Beslutning**"; one closed item "*Lukket punkt*"
    Layout21("yaml-frontmatter-md-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="**Sagsnr.:** {case}", closed=1),
    # a typed referat: "REFERAT" only at the top; "Nr. 4 – Title"; "Sagsnr. …"; headings
    # with a colon on their own line, the decision run in ("Beslutning: Godkendt."); the
    # meeting stated only in a closing sentence ("Mødet i udvalg blev holdt tirsdag den …
    # i place og hævet kl. 17.45.") and the chair's signature; one closed item
    Layout21("closing-fields-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1),
]


def by_name21(name: str) -> Layout21 | None:
    return next((layout for layout in LAYOUTS21 if layout.name == name), None)


def _mark(layout: Layout21, item: Item, closed: str) -> str:
    return closed if item.closed else case_line(layout, item)


# --- HTML --------------------------------------------------------------------------------------


def _html_hgroup(layout: Layout21, meeting: Meeting) -> str:
    body = ["<main>", "<header class='moede'>", f"<h1>{e(meeting.udvalg)}</h1>",
            "<p>Referat</p>", f"<p><time datetime='2024-03-12T16:00'>Tirsdag den {DATE_LONG} "
            f"kl. 16.00</time> · {e(meeting.place)}</p>", "</header>"]
    for item in meeting.items:
        mark = _mark(layout, item, "Lukket punkt")
        body += [f"<article id='punkt-{item.number}'>", "<hgroup>",
                 f"<p>Punkt {item.number}</p>", f"<h2>{e(item.title)}</h2>",
                 *([f"<p>{e(mark)}</p>"] if mark else []), "</hgroup>",
                 *(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections),
                 "</article>"]
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


PDF2HTML_STYLE = ("<style>.pf{position:relative;width:893px;height:1263px}"
                  ".t{position:absolute;white-space:pre}.ff1{font-family:ff1}"
                  ".ff2{font-family:ff2;font-weight:bold}.fs0{font-size:32px}"
                  ".fs1{font-size:40px}.fs2{font-size:52px}.fs3{font-size:64px}</style>")
PDF2HTML_LINES = 48  # printed lines per page


def _html_pdf2html(layout: Layout21, meeting: Meeting) -> str:
    blocks: list[list[tuple[str, str]]] = [[("ff2 fs3", "Referat")],
                                           [("ff2 fs2", meeting.udvalg)],
                                           [("ff1 fs1", f"Mødedato: {DATE_LONG}, kl. 16.00"),
                                            ("ff1 fs1", f"Mødested: {meeting.place}")]]
    for item in meeting.items:
        head = [("ff2 fs2", x) for x in wrap_lines(f"{item.number}. {item.title}", 60)]
        mark = _mark(layout, item, "Lukket punkt")
        blocks.append(head + ([("ff1 fs0", mark)] if mark else []))
        for s in item.sections:
            blocks.append([("ff2 fs1", s.heading)])
            blocks += [[("ff1 fs1", x) for x in wrap_lines(para, 88)]
                       for para in s.text.splitlines()]
    pages: list[list[tuple[str, str]]] = [[]]
    for block in blocks:  # a page breaks between paragraphs, also inside an item
        if len(pages[-1]) + len(block) > PDF2HTML_LINES:
            pages.append([])
        pages[-1] += block
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
           "<meta name='generator' content='pdf2htmlEX'>",
           f"<title>{e(meeting.udvalg)}</title>{PDF2HTML_STYLE}</head><body>",
           "<div id='page-container'>"]
    for n, lines in enumerate(pages, start=1):
        out += [f"<div id='pf{n:x}' class='pf w0 h0' data-page-no='{n:x}'><div class='pc'>",
                f"<div class='t m0 x1 h1 y1 ff1 fs0'>{e(meeting.udvalg)} · Referat · side {n}"
                "</div>"]
        out += [f"<div class='t m0 x{2 + ('fs2' in cls)} h2 y{k + 2:x} {cls}'>{e(text)}</div>"
                for k, (cls, text) in enumerate(lines)]
        out.append("</div></div>")
    return "\n".join([*out, "</div></body></html>"])


def _html_print_thead(layout: Layout21, meeting: Meeting) -> str:
    head = f"{e(meeting.udvalg)} · Referat · {DATE_LONG}"
    body = ["<div class='forside'>", "<p class='doktype'>Referat</p>",
            f"<p class='udvalg'>{e(meeting.udvalg)}</p>", f"<p>Dato: {DATE_LONG}</p>",
            "<p>Tid: kl. 16.00 - 17.30</p>", f"<p>Sted: {e(meeting.place)}</p>", "</div>"]
    for item in meeting.items:
        mark = _mark(layout, item, "Lukket punkt")
        rows = [f"<tr><td class='nr'>{item.number}</td><td class='titel'><b>{e(item.title)}"
                "</b></td></tr>", *([f"<tr><td></td><td>{e(mark)}</td></tr>"] if mark else [])]
        rows += [f"<tr><td></td><td><p><b>{e(s.heading)}</b></p>{_paras(s.text)}</td></tr>"
                 for s in item.sections]
        body += ["<table class='punkt' style='page-break-after:always'>",
                 f"<thead><tr><td colspan='2'>{head}</td></tr></thead>",
                 "<tfoot><tr><td colspan='2'>Udskrevet 14-03-2024 10:12</td></tr></tfoot>",
                 "<tbody>", *rows, "</tbody></table>"]
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Udskriv referat - {e(meeting.udvalg)}</title>",
                      "<style>thead{display:table-header-group}"
                      "tfoot{display:table-footer-group}</style></head><body>",
                      *body, "</body></html>"])


PERMALINK = "<a class='headerlink' href='#{anchor}' title='Link til denne overskrift'>¶</a>"


def _h(level: int, text: str, anchor: str) -> str:
    return f"<h{level}>{e(text)}{PERMALINK.format(anchor=anchor)}</h{level}>"


def _html_sphinx(layout: Layout21, meeting: Meeting) -> str:
    body = ["<div class='document'><div class='body' role='main'>",
            "<section id='referat'>", _h(1, f"Referat: {meeting.udvalg}", "referat"),
            "<dl class='field-list simple'>",
            "<dt class='field-odd'>Dato<span class='colon'>:</span></dt>",
            f"<dd class='field-odd'><p>Tirsdag den {DATE_LONG}, kl. 16.00</p></dd>",
            "<dt class='field-even'>Sted<span class='colon'>:</span></dt>",
            f"<dd class='field-even'><p>{e(meeting.place)}</p></dd>", "</dl>"]
    for item in meeting.items:
        anchor = f"punkt-{item.number}"
        body += [f"<section id='{anchor}'>", _h(2, f"{item.number}. {item.title}", anchor)]
        if item.closed:
            body.append("<p><em>Lukket punkt.</em></p>")
        elif item.case_number:
            body.append("<p><strong>Sagsnr.</strong> <code class='docutils literal notranslate'>"
                        f"<span class='pre'>{e(item.case_number)}</span></code></p>")
        for k, s in enumerate(item.sections):
            sub = f"{anchor}-{k + 1}"
            if s.type == "beslutning":
                body.append(f"<div class='admonition note'><p class='admonition-title'>"
                            f"{e(s.heading)}</p>{_paras(s.text)}</div>")
            elif s.type == "bilag":
                body.append(f"<section id='{sub}'>{_h(3, s.heading, sub)}<ul class='simple'>"
                            + "".join(f"<li><p>{e(x)}</p></li>" for x in s.text.splitlines())
                            + "</ul></section>")
            else:
                body.append(f"<section id='{sub}'>{_h(3, s.heading, sub)}{_paras(s.text)}"
                            "</section>")
        body.append("</section>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat: {e(meeting.udvalg)} — Dokumentation</title></head>",
                      "<body><div class='sphinxsidebar' role='navigation'><h3>Navigation</h3>"
                      "<ul><li><a href='../index.html'>Møder</a></li></ul></div>",
                      *body, "</section></div></div>",
                      "<div class='footer'>&#169;2024, Kommunen. Bygget med Sphinx.</div>",
                      "</body></html>"])


def _html_aria_grid(layout: Layout21, meeting: Meeting) -> str:
    body = ["<main>", f"<div class='moede-titel'>Dagsorden – {e(meeting.udvalg)}</div>",
            f"<div class='moede-tid'>Tirsdag {DATE_LONG} kl. 16:00</div>",
            f"<div class='moede-sted'>{e(meeting.place)}</div>",
            "<div role='grid' aria-label='Dagsordenspunkter' aria-colcount='3'>",
            "<div role='row'><div role='columnheader'>Nr.</div>"
            "<div role='columnheader'>Sag</div><div role='columnheader'>Sagsnr.</div></div>"]
    for item in meeting.items:
        body += [f"<div role='row' aria-expanded='true' id='r{item.number}'>",
                 f"<div role='gridcell'>{item.number}</div>",
                 f"<div role='gridcell'><span class='titel'>{e(item.title)}</span></div>",
                 f"<div role='gridcell'>{e(_mark(layout, item, 'Lukket'))}</div></div>"]
        if item.sections:
            body.append("<div role='row' class='detalje'>"
                        "<div role='gridcell' aria-colspan='3'>")
            for s in item.sections:
                body.append(f"<div role='heading' aria-level='4'>{e(s.heading)}</div>")
                body += [f"<div class='tekst'>{e(x)}</div>" for x in s.text.splitlines()]
            body.append("</div></div>")
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</div></main>"])


def _html_small_after(layout: Layout21, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>"]
    for item in meeting.items:
        body.append(f"<h2>{e(item.title)} <small>Punkt {item.number}</small></h2>")
        mark = _mark(layout, item, "Punktet er lukket.")
        if mark:
            body.append(f"<p class='sag'>{e(mark)}</p>")
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
    body += ["</main>", "<aside class='moedeinfo'>", "<h2>Om mødet</h2>",
             f"<p>Forum: {e(meeting.udvalg)}</p>",
             f"<p>Afholdt: tirsdag den {DATE_LONG}, kl. 16.00-17.30</p>",
             f"<p>Lokation: {e(meeting.place)}</p>", "</aside>"]
    return _site_page(f"Referat - {meeting.udvalg}", body)


def render_html21(layout: Layout21, meeting: Meeting) -> str:
    return {"hgroup-time-html": _html_hgroup, "pdf2htmlex-lines-html": _html_pdf2html,
            "print-thead-repeat-html": _html_print_thead,
            "sphinx-permalink-admonition-html": _html_sphinx,
            "aria-grid-rows-html": _html_aria_grid,
            "h2-small-number-after-html": _html_small_after}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_yaml(layout: Layout21, meeting: Meeting) -> str:
    out = ["---", 'title: "Referat"', f'udvalg: "{meeting.udvalg}"', "dato: 2024-03-12",
           'tidspunkt: "16:00"', f'sted: "{meeting.place}"', "layout: referat", "---", "",
           f"# Referat – {meeting.udvalg}", "",
           f"_Tirsdag den {DATE_LONG} kl. 16.00, {meeting.place}_"]
    for item in meeting.items:
        out += ["", f"### {item.number}. {item.title}"]
        mark = _mark(layout, item, "*Lukket punkt*")
        if mark:
            out += ["", mark]
        for s in item.sections:
            if s.type == "beslutning":
                out += ["", f"> **{s.heading}**", ">",
                        *(f"> {x}" for x in s.text.splitlines())]
            else:
                out += ["", f"#### {s.heading}", "", *s.text.splitlines()]
    return "\n".join(out) + "\n"


def _text_closing(layout: Layout21, meeting: Meeting) -> str:
    out = ["REFERAT", ""]
    for item in meeting.items:
        out += ["", f"Nr. {item.number} – {item.title}"]
        mark = _mark(layout, item, "Lukket punkt.")
        if mark:
            out += [mark]
        for s in item.sections:
            lines = s.text.splitlines()
            if s.type == "beslutning":
                out += ["", f"{s.heading}: {lines[0]}", *lines[1:]]
            else:
                out += ["", f"{s.heading}:", *lines]
    out += ["", "", f"Mødet i {meeting.udvalg} blev holdt tirsdag den {DATE_LONG} kl. 16.00 "
            f"i {meeting.place} og hævet kl. 17.45.", "", "", CHAIR, "formand"]
    return "\n".join(out) + "\n"


def render_text21(layout: Layout21, meeting: Meeting) -> str:
    return {"yaml-frontmatter-md-txt": _text_yaml,
            "closing-fields-txt": _text_closing}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------

BAND = b"0.16 0.29 0.45 rg"


def _fields(p: Pager, meeting: Meeting, labels: tuple[str, str, str]) -> None:
    when, time, where = labels
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 13, True), 56, 13, 2, 18)
    _put_lines(p, [f"{when}: tirsdag den {DATE_LONG}", f"{time}: kl. 16.00",
                   f"{where}: {meeting.place}"], 56, 10, 1, 14)


def _pdf_band(layout: Layout21, meeting: Meeting) -> bytes:
    p = Pager()
    _fields(p, meeting, ("Mødedato", "Mødetid", "Mødested"))
    for item in meeting.items:
        lines = _wrap_pt(item.title, 430, 11, False)
        p.y -= 14
        p.room(14 * len(lines) + 6)
        top = p.y + 14
        bottom = top - 14 * len(lines) - 6
        p.pages[-1].append(BAND + b" 56 %.1f 480 %.1f re f 1 g" % (bottom, top - bottom))
        p.put(62, item.number, 11, 1, y=top - 13)
        for k, line in enumerate(lines):
            p.put(96, line, 11, 1, y=top - 13 - 14 * k)
        p.pages[-1].append(b"0 g")
        p.y = bottom - 2
        mark = _mark(layout, item, "Lukket punkt")
        _put_lines(p, [mark] if mark else [], 56, 8, 1, 12)
        p.sections(item, gap=6)
    for n, ops in enumerate(p.pages, start=1):
        ops.append(b"BT /F1 9 Tf 294 30 Td (%d) Tj ET" % n)
    return p.pdf()


def _numbered(p: Pager, lines: list[str], size: float, font: int, leading: float,
              counts: dict[int, int]) -> None:
    """Lines at the margin, each with its line number (from 1 on every page) at x = 30."""
    for line in lines:
        p.room(leading)
        page = len(p.pages)
        counts[page] = counts.get(page, 0) + 1
        _coloured(p, GREY, 30, str(counts[page]), 7, 1)
        p.put(56, line, size, font)


def _pdf_line_numbers(layout: Layout21, meeting: Meeting) -> bytes:
    p = Pager()
    counts: dict[int, int] = {}
    _numbered(p, ["Referat"], 18, 2, 24, counts)
    _numbered(p, _wrap_pt(meeting.udvalg, 480, 13, True), 13, 2, 18, counts)
    _numbered(p, [f"Dato: tirsdag den {DATE_LONG}", "Tid: kl. 16.00",
                  f"Sted: {meeting.place}"], 10, 1, 14, counts)
    for item in meeting.items:
        p.y -= 14
        _numbered(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 12, 2, 16,
                  counts)
        mark = _mark(layout, item, "Lukket punkt")
        _numbered(p, [mark] if mark else [], 10, 1, 14, counts)
        for s in item.sections:
            p.y -= 6
            _numbered(p, [s.heading], 10, 2, 15, counts)
            _numbered(p, [x for para in s.text.splitlines() for x in _wrap_pt(para, 480, 10,
                                                                              False)],
                      10, 1, 14, counts)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_columns(layout: Layout21, meeting: Meeting) -> bytes:
    p = Pager()
    _fields(p, meeting, ("Dato", "Tidspunkt", "Sted"))
    for item in meeting.items:
        p.y -= 16
        lines = _wrap_pt(item.title, 450, 12, True)
        p.room(16)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(86, lines[0], 12, 2)
        _put_lines(p, lines[1:], 86, 12, 2, 16)
        mark = _mark(layout, item, "Lukket punkt")
        _put_lines(p, [mark] if mark else [], 86, 9, 1, 13)
        side = [s for s in item.sections if s.type in ("indstilling", "beslutning")]
        side = side if len(side) == 2 else []  # side by side only when both are there
        for s in item.sections:
            if s not in side:
                p.y -= 6
                p.room(15)
                p.put(56, s.heading, 10, 2)
                p.body(s.text)
        if side:
            left, right = ([x for para in s.text.splitlines() for x in _wrap_pt(para, 225, 10,
                                                                                False)]
                           for s in side)
            p.y -= 8
            p.room(15)
            p.put(56, side[0].heading, 10, 2)
            p.put(306, side[1].heading, 10, 2)
            for k in range(max(len(left), len(right))):
                p.room(14)
                if k < len(left):
                    p.put(56, left[k], 10, 1)
                if k < len(right):
                    p.put(306, right[k], 10, 1)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


BLUE = b"0.12 0.30 0.55 rg"


def _tagged(p: Pager, tag: str, mcid: list[int], x: float, text: str, size: float,
            font: int, colour: bytes = b"") -> None:
    """One line as marked content (`/Tag <</MCID n>> BDC … EMC`), optionally coloured."""
    p.pages[-1].append(b"/%s <</MCID %d>> BDC" % (tag.encode(), mcid[0]))
    mcid[0] += 1
    if colour:
        _coloured(p, colour, x, text, size, font)
    else:
        p.put(x, text, size, font)
    p.pages[-1].append(b"EMC")


def _pdf_tagged(layout: Layout21, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    mcid = [0]

    def put(tag: str, lines: list[str], size: float, font: int, leading: float,
            colour: bytes = b"") -> None:
        for line in lines:
            p.room(leading)
            _tagged(p, tag, mcid, 56, line, size, font, colour)

    put("H1", [f"Referat – {meeting.udvalg}"], 18, 1, 24, BLUE)
    put("P", [f"Afholdt: tirsdag den {DATE_LONG} kl. 16.00", f"Lokation: {meeting.place}",
              f"Mødeleder: {CHAIR}"], 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        put("H2", _wrap_pt(f"Punkt {item.number}. {item.title}", 480, 14, False), 14, 1, 18,
            BLUE)
        mark = _mark(layout, item, "Punktet er lukket.")
        put("P", [mark] if mark else [], 9, 1, 13)
        for s in item.sections:
            p.y -= 5
            put("H3", [s.heading], 11, 3, 15, BLUE)
            put("P", [x for para in s.text.splitlines() for x in _wrap_pt(para, 480, 10, False)],
                10, 1, 14)
    for n, ops in enumerate(p.pages, start=1):
        ops.insert(0, b"/Artifact <</Type /Pagination /Subtype /Header>> BDC "
                   b"BT /F1 8 Tf 56 806 Td (%s) Tj ET EMC" % _escape(
                       f"{meeting.udvalg} – Referat {DATE_LONG}"))
        ops.append(b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC "
                   b"BT /F1 8 Tf 500 34 Td (Side %d) Tj ET EMC" % n)
    return p.pdf()


def render_pdf21(layout: Layout21, meeting: Meeting) -> bytes:
    return {"band-title-pdf": _pdf_band, "line-numbered-pdf": _pdf_line_numbers,
            "indstilling-beslutning-columns-pdf": _pdf_columns,
            "tagged-artifacts-pdf": _pdf_tagged}[layout.name](layout, meeting)


def document21(layout: Layout21, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth20(layout, seed)
    return meeting, rendered(layout, meeting, render_text21, render_html21, render_pdf21)
