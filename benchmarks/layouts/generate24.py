"""A twenty-fourth set of invented layouts (`test24`): a nineteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (Word-saved HTML, CMS and portal pages, print
views, accessible pages with ARIA landmarks, e-mailed minutes, committee systems' text
exports, text copied out of a PDF viewer, Word and committee-system PDFs), not from any
kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: Word's (unfiltered) web page whose
titles and headings are bold only through Danish custom paragraph styles
(`p.Punktoverskrift`, `p.Mellemrubrik`), "Punkt 4 – Title" and an "ESDH-sag:" label; items as
`<details open>` whose `<summary>` holds number and title, the decision first, the date in a
`<time>` and the place in an `<address>`; an outer `<ol>` of the groups "Åbne punkter" and
"Lukkede punkter" (as `<h2>`) around inner lists of items whose titles are bold paragraphs, the
headings bold before a `<br>`; a page of layout tables with a contents list of links to an
anchor per item ("Punkt 4. Title" printed twice) and "Til toppen"; a print view with two
decisions at the item's top, newest first, headings bold through a class; an accessible
dagsorden of `<article>`/`<section aria-labelledby>` with "Punkt 4 af 9" above each `<h2>`,
a `<nav>` `<ol>` of the titles that numbers them from 1, and the meeting's fields only in the
page's `<footer role='contentinfo'>`; an e-mail with the meeting in its headers and a sentence,
"PKT. 4  Title" between dashed rules, an attachments list; a committee system's text export
with "=== PUNKT 4 ===", the title as a "Titel:" field, "--- Heading ---" and two decisions of
two bodies, oldest first; text copied out of a PDF viewer with no blank lines, hard breaks,
the running header and "Side n af m" in the flow and a contents list with page numbers; a
byråd PDF with "Punkt 4" and the case number on one line above the title and run-in bold
headings, the decision first; a dagsorden PDF with a cover page of contents, "SAG 4" above the
title, the attachments list before the case text and italic headings; a PDF whose udvalg,
date and place stand only in its running footer, "Pkt. 4." above the title and headings in
bold capitals.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's second decisions, attachments moved
first and unprinted case numbers left out). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG, _hanging
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import _escape, wrap

EARLIER = "Økonomiudvalget anbefaler indstillingen over for Byrådet."  # the earlier body's
COPY_PAGE = 50  # lines per page of the text copied out of a PDF viewer


@dataclass
class Layout24(Layout20):
    earlier: str = ""  # the heading of an earlier body's decision, printed beside the meeting's
    newest_first: bool = False  # the meeting's decision before the earlier body's
    attach_first: bool = False  # the attachments list right after the title


LAYOUTS24: list[Layout24] = [
    # Word's own web page (not filtered): o:/w: namespaces and an mso XML block, titles
    # "Punkt 4 – Title" in <p class=Punktoverskrift> and headings in <p class=Mellemrubrik>
    # (bold and size only in the style sheet), "ESDH-sag: …" grey; fields "Udvalg:",
    # "Mødedato:", "Mødetid:", "Mødested:" in <p class=Moedefelt>; one closed item
    Layout24("t24-word-danish-styles-html",
             [("resume", "Resumé af sagen"), ("sagsfremstilling", "Sagsforklaring"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="ESDH-sag: {case}", closed=1),
    # a CMS page: <details open> per item, <summary><span class='nr'>4.</span> Title
    # </summary>; the decision first in <div class='beslutning'>, then the case; no case
    # numbers; the udvalg in <p class='organ'>, the date in a <time>, the place in an
    # <address>; one closed item "Punktet er lukket."
    Layout24("t24-details-decision-first-html",
             [("beslutning", "Beslutning"), ("resume", "Resumé"),
              ("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling")],
             formats=(".html",), case="", closed=1),
    # an outer <ol type='A'> of two groups, <h2>Åbne punkter</h2> and <h2>Lukkede
    # punkter</h2>, each around an inner <ol> of items: <p class='titel'><b>4. Title</b></p>,
    # "Sagsnummer …", headings <b>Heading</b><br> before their text's first paragraph; the two
    # closed items last, under "Lukkede punkter"; fields "Mødedato", "Mødetid", "Mødested"
    # as label and value spans without colons
    Layout24("t24-nested-ol-groups-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Baggrund og formål"),
              ("lovgrundlag", "Hjemmelsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Udvalgets beslutning")],
             formats=(".html",), case="Sagsnummer {case}", closed=2, closed_last=True),
    # an old portal page of layout tables: the fields in a two-column table (Udvalg, Dato,
    # Tid, Sted), a contents list of links "Punkt 4. Title" to an anchor per item, each item
    # <a name='pkt4'></a><p><b>Punkt 4. Title</b></p>, "Sagsnr.: …", <h4> headings, "Til
    # toppen" after each item; one closed item
    Layout24("t24-anchor-toc-tables-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # a portal's print view: a print stamp and the address, fields in a table with label
    # cells; <h2 class='punkt'>Pkt. 4 – Title</h2>; "Sag: …"; the two decisions first,
    # newest first ("Beslutning i Byrådet den 12-03-2024", then "Beslutning i
    # Økonomiudvalget den 05-03-2024"), then the case; headings <p class='overskrift'>, bold
    # only in the style sheet; page breaks by CSS; one closed item
    Layout24("t24-print-view-two-decisions-html",
             [("beslutning", "Beslutning i Byrådet den 12-03-2024"), ("resume", "Resumé"),
              ("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling")],
             formats=(".html",), case="Sag: {case}", closed=1, udvalg="Byrådet",
             earlier="Beslutning i Økonomiudvalget den 05-03-2024", newest_first=True,
             place="Byrådssalen"),
    # an accessible dagsorden: skip link, <nav aria-label> <ol> of linked titles (numbered
    # 1, 2, … by the browser, not by the items' numbers), <main>, an <article
    # aria-labelledby> per item with <header><p>Punkt 4 af 9</p><h2>Title</h2></header>,
    # <section aria-labelledby> per heading (<h3>); no case numbers, no decisions; the
    # meeting's fields only in the <footer role='contentinfo'> after the items
    Layout24("t24-aria-landmarks-agenda-html",
             [("resume", "Sagen i overblik"), ("sagsfremstilling", "Uddybende sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Direktionen indstiller")],
             formats=(".html",), kind="dagsorden", case="", closed=1),
    # minutes sent by e-mail: Fra/Til/Dato/Emne headers (the udvalg in the subject), a
    # sentence with the place, "PKT. 4  Title" between rules of dashes, "Sagsnr. …", plain
    # headings, texts hard-wrapped at 72, an attachments list "Bilag" last, a signature;
    # one closed item
    Layout24("t24-email-rules-attachments-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, attachments=True),
    # a committee system's text export: "MØDE:", "DATO:", "TID:", "STED:" fields in
    # capitals; "=== PUNKT 4 ===", "Titel:", "Sagsnr:", "Status:" fields; "--- Heading ---";
    # two decisions, oldest first: "Beslutning, Økonomiudvalget 05.03.2024" then the
    # meeting's "Beslutning, Byrådet 12.03.2024"; one paragraph per line; one closed item
    Layout24("t24-committee-export-fields-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning, Byrådet 12.03.2024")],
             formats=(".txt",), case="{case}", closed=1, udvalg="Byrådet",
             earlier="Beslutning, Økonomiudvalget 05.03.2024", place="Byrådssalen"),
    # text copied out of a PDF viewer: no blank lines, lines broken where the PDF broke them
    # (90), the running header "udvalg | Referat | 12. marts 2024" and "Side n af m" in the
    # flow, pages breaking inside items; a contents list "4 Title ..... 2" first; "4 Title"
    # (no dot), "Sagsnr.: …", plain headings; one closed item
    Layout24("t24-pdf-copy-hard-breaks-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # a byråd's PDF: "Punkt 4" bold 10 at the left and "Sagsnr. …" right-aligned on the same
    # line, the title bold 13 below it; headings run in bold ("Beslutning: text") on the
    # text's first line, the decision first; a running header; "Side n af m"; one closed item
    Layout24("t24-runin-decision-first-pdf",
             [("beslutning", "Beslutning"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen"),
    # a dagsorden PDF: a cover page (fields and a contents list "Sag 4  Title" without page
    # numbers), then "SAG 4" bold above the bold title; "Journalnummer: …"; the attachments
    # list (numbered, open or closed files) right after the title; italic headings; one
    # closed item; no decisions
    Layout24("t24-cover-attachments-first-pdf",
             [("sagsfremstilling", "Sagsforklaring"), ("lovgrundlag", "Hjemmelsgrundlag"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling")],
             formats=(".pdf",), kind="dagsorden", case="Journalnummer: {case}", closed=1,
             attachments=True, attach_first=True),
    # a referat PDF whose udvalg, date and place stand only in its running footer (page 1
    # says "Referat" and nothing else above the items); "Pkt. 4." bold on its own line
    # above the bold title; "J.nr. …"; headings bold 9 in capitals; pages breaking inside
    # items; one closed item
    Layout24("t24-footer-fields-caps-pdf",
             [("resume", "RESUMÉ"), ("sagsfremstilling", "SAGSFREMSTILLING"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING")],
             formats=(".pdf",), case="J.nr. {case}", closed=1),
]


def by_name24(name: str) -> Layout24 | None:
    return next((layout for layout in LAYOUTS24 if layout.name == name), None)


def truth24(layout: Layout24, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth (its
    sections in the layout's printed order), no case numbers where the layout prints none,
    an earlier body's decision beside the meeting's where the layout prints one, the
    attachments first where the layout prints them first."""
    meeting = truth20(layout, seed)
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        kinds = [s.type for s in item.sections]
        if layout.earlier and "beslutning" in kinds:
            at = kinds.index("beslutning") + int(layout.newest_first)
            item.sections.insert(at, Section(layout.earlier, "beslutning", EARLIER))
        if layout.attach_first:
            item.sections.sort(key=lambda s: s.type != "bilag")
    return meeting


def _mark(layout: Layout24, item: Item) -> str:
    return case_line(layout, item)


# --- HTML --------------------------------------------------------------------------------------

WORD_STYLE = ("<style>p.MsoNormal{margin:0cm;margin-bottom:6.0pt;font-size:11.0pt;"
              "font-family:'Calibri',sans-serif}p.MsoTitle{font-size:20.0pt;"
              "font-family:'Calibri Light',sans-serif}p.Moedefelt{mso-style-name:Mødefelt;"
              "margin:0cm;font-size:11.0pt}p.Punktoverskrift{mso-style-name:Punktoverskrift;"
              "margin-top:18.0pt;margin-bottom:6.0pt;font-size:13.0pt;font-weight:bold;"
              "color:#1F3864}p.Mellemrubrik{mso-style-name:Mellemrubrik;margin-top:9.0pt;"
              "margin-bottom:3.0pt;font-size:11.0pt;font-weight:bold}"
              "span.Sagsnr{color:#595959;font-size:9.0pt}</style>")
WORD_TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def _html_word_styles(layout: Layout24, meeting: Meeting) -> str:
    body = ["<p class=MsoTitle>Referat</p>"]
    body += [f"<p class=Moedefelt>{label}{WORD_TAB}{e(value)}</p>" for label, value in
             (("Udvalg:", meeting.udvalg), ("Mødedato:", f"tirsdag den {DATE_LONG}"),
              ("Mødetid:", "kl. 16.00 - 18.00"), ("Mødested:", meeting.place))]
    for item in meeting.items:
        body.append(f"<p class=Punktoverskrift>Punkt {item.number} – {e(item.title)}</p>")
        if item.closed:
            body.append("<p class=MsoNormal>Lukket punkt.</p>")
        elif item.case_number:
            body.append(f"<p class=MsoNormal><span class=Sagsnr>{e(_mark(layout, item))}"
                        "</span></p>")
        for s in item.sections:
            body.append(f"<p class=Mellemrubrik>{e(s.heading)}</p>")
            body += [f"<p class=MsoNormal>{e(x)}</p>" for x in s.text.splitlines()]
    return "\n".join([
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
        "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">",
        "<head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
        "<meta name=ProgId content=Word.Document><meta name=Generator content='Microsoft Word "
        "15'><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Sekretariatet"
        "</o:Author><o:Pages>4</o:Pages></o:DocumentProperties></xml><![endif]-->",
        WORD_STYLE, "</head>", "<body lang=DA style='tab-interval:65.2pt'>",
        "<div class=WordSection1>", *body, "</div></body></html>"])


def _html_details(layout: Layout24, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Referat</h1>", f"<p class='organ'>{e(meeting.udvalg)}</p>",
            f"<p><time datetime='2024-03-12T16:00'>Tirsdag {DATE_LONG} kl. 16.00</time></p>",
            f"<address>{e(meeting.place)}</address>", "<div class='punkter'>"]
    for item in meeting.items:
        body.append(f"<details open id='punkt-{item.number}'><summary><span class='nr'>"
                    f"{item.number}.</span> {e(item.title)}</summary>")
        if item.closed:
            body.append("<p>Punktet er lukket.</p>")
        for s in item.sections:
            inner = f"<h3>{e(s.heading)}</h3>{_paras(s.text)}"
            body.append(f"<div class='beslutning'>{inner}</div>" if s.type == "beslutning"
                        else inner)
        body.append("</details>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</div></main>"])


def _nested_item(layout: Layout24, item: Item) -> str:
    out = [f"<li id='p{item.number}'><p class='titel'><b>{item.number}. {e(item.title)}</b></p>"]
    if item.closed:
        out.append("<p>Behandlet for lukkede døre.</p>")
    elif item.case_number:
        out.append(f"<p class='sag'>{e(_mark(layout, item))}</p>")
    for s in item.sections:
        first, *rest = s.text.splitlines()
        more = _paras("\n".join(rest))
        out.append(f"<p><b>{e(s.heading)}</b><br>{e(first)}</p>{more}")
    return "".join([*out, "</li>"])


def _html_nested_ol(layout: Layout24, meeting: Meeting) -> str:
    fields = "<br>".join(f"<span class='label'>{label}</span> <span class='value'>{e(value)}"
                         "</span>" for label, value in
                         (("Mødedato", DATE_LONG), ("Mødetid", "16.00 - 18.00"),
                          ("Mødested", meeting.place)))
    groups = [(title, [i for i in meeting.items if i.closed == closed])
              for title, closed in (("Åbne punkter", False), ("Lukkede punkter", True))]
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>", "<p class='type'>Referat</p>",
            f"<p class='felter'>{fields}</p>", "<ol class='grupper' type='A'>"]
    for title, items in groups:
        body.append(f"<li><h2>{title}</h2><ol class='punkter'>"
                    + "".join(_nested_item(layout, i) for i in items) + "</ol></li>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</ol></main>"])


def _html_anchor_toc(layout: Layout24, meeting: Meeting) -> str:
    rows = "".join(f"<tr><td class='lbl'>{label}</td><td>{e(value)}</td></tr>" for label, value
                   in (("Udvalg", meeting.udvalg), ("Dato", DATE_LONG),
                       ("Tid", "16:00 - 18:00"), ("Sted", meeting.place)))
    toc = "".join(f"<li><a href='#pkt{i.number}'>Punkt {i.number}. {e(i.title)}</a></li>"
                  for i in meeting.items)
    body = ["<a name='top'></a><table width='100%' border='0' cellpadding='4'><tr>"
            "<td class='menu' width='180' valign='top'><a href='/politik'>Politik</a><br>"
            "<a href='/moeder'>Mødekalender</a></td><td class='indhold' valign='top'>",
            "<h1>Referat</h1>", f"<table class='moede'>{rows}</table>",
            "<p><b>Indhold</b></p>", f"<ul class='toc'>{toc}</ul>", "<hr>"]
    for item in meeting.items:
        body.append(f"<a name='pkt{item.number}' id='pkt{item.number}'></a>"
                    f"<p class='punkt'><b>Punkt {item.number}. {e(item.title)}</b></p>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        elif item.case_number:
            body.append(f"<p>{e(_mark(layout, item))}</p>")
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
        body.append("<p class='top'><a href='#top'>Til toppen</a></p>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</td></tr></table>"])


PRINT_STYLE = ("<style>@media print{.punkt{page-break-before:always}}"
               ".overskrift{font-weight:bold;margin:8px 0 2px}.stempel{font-size:9px}</style>")


def _html_print_view(layout: Layout24, meeting: Meeting) -> str:
    rows = "".join(f"<tr><td class='lbl'>{label}</td><td>{e(value)}</td></tr>" for label, value
                   in (("Udvalg:", meeting.udvalg), ("Mødedato:", DATE_LONG),
                       ("Mødetid:", "17:00"), ("Mødested:", meeting.place)))
    body = ["<body onload='window.print()'>",
            "<div class='stempel'>Udskrevet 12-03-2024 20:14 · dagsordener.kommune.dk</div>",
            "<h1>Referat</h1>", f"<table class='moede'>{rows}</table>"]
    for item in meeting.items:
        body.append(f"<div class='punkt'><h2 class='punkt'>Pkt. {item.number} – "
                    f"{e(item.title)}</h2>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        elif item.case_number:
            body.append(f"<p class='sag'>{e(_mark(layout, item))}</p>")
        body += [f"<p class='overskrift'>{e(s.heading)}</p>{_paras(s.text)}"
                 for s in item.sections]
        body.append("</div>")
    body.append("<div class='stempel'>https://dagsordener.kommune.dk/byraadet/2024-03-12/"
                "print</div></body>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Udskriv - {e(meeting.udvalg)}</title>{PRINT_STYLE}</head>",
                      *body, "</html>"])


def _html_aria(layout: Layout24, meeting: Meeting) -> str:
    last = meeting.items[-1].number
    nav = "".join(f"<li><a href='#punkt-{i.number}'>{e(i.title)}</a></li>"
                  for i in meeting.items)
    body = ["<a class='skip' href='#indhold'>Gå til indhold</a>",
            "<header role='banner'><a href='/'>Kommunen</a></header>",
            f"<nav aria-label='Dagsordenens punkter'><ol>{nav}</ol></nav>",
            "<main id='indhold'>", "<h1>Dagsorden</h1>"]
    for item in meeting.items:
        t = f"t{item.number}"
        body.append(f"<article id='punkt-{item.number}' aria-labelledby='{t}'><header>"
                    f"<p class='eyebrow'>Punkt {item.number} af {last}</p>"
                    f"<h2 id='{t}'>{e(item.title)}</h2></header>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        body += [f"<section aria-labelledby='{t}-{k}'><h3 id='{t}-{k}'>{e(s.heading)}</h3>"
                 f"{_paras(s.text)}</section>" for k, s in enumerate(item.sections)]
        body.append("</article>")
    body += ["</main>", "<footer role='contentinfo'><h2>Om mødet</h2>",
             f"<p>Udvalg: {e(meeting.udvalg)}</p>",
             f"<p>Dato: tirsdag {DATE_LONG}, kl. 16.00</p>",
             f"<p>Sted: {e(meeting.place)}</p></footer>"]
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Dagsorden - {e(meeting.udvalg)}</title></head><body>", *body,
                      "</body></html>"])


def render_html24(layout: Layout24, meeting: Meeting) -> str:
    return {"t24-word-danish-styles-html": _html_word_styles,
            "t24-details-decision-first-html": _html_details,
            "t24-nested-ol-groups-html": _html_nested_ol,
            "t24-anchor-toc-tables-html": _html_anchor_toc,
            "t24-print-view-two-decisions-html": _html_print_view,
            "t24-aria-landmarks-agenda-html": _html_aria}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------

RULE = "-" * 72


def _text_email(layout: Layout24, meeting: Meeting) -> str:
    out = ["Fra: Sekretariatet <sekretariat@kommune.dk>", f"Til: Medlemmer af {meeting.udvalg}",
           "Dato: 12. marts 2024 20:41",
           f"Emne: Referat fra mødet i {meeting.udvalg} {DATE_LONG}", "", "Kære alle", "",
           *wrap(f"Hermed referatet fra dagens møde, der blev holdt kl. 16.00 - 18.00 i "
                 f"{meeting.place}.", 72)]
    for item in meeting.items:
        out += ["", RULE, *_hanging(item.title, 72, f"PKT. {item.number}  "), RULE]
        if item.closed:
            out += ["Lukket punkt."]
        elif item.case_number:
            out += [_mark(layout, item)]
        for s in item.sections:
            out += ["", s.heading]
            out += [x for para in s.text.splitlines() for x in wrap(para, 72)]
    out += ["", "Med venlig hilsen", "", "Sekretariatet", ""]
    return "\n".join(out)


def _text_export(layout: Layout24, meeting: Meeting) -> str:
    out = [f"MØDE:     {meeting.udvalg}", f"DATO:     {DATE_LONG}", "TID:      17:00-19:30",
           f"STED:     {meeting.place}", "TYPE:     Referat"]
    for item in meeting.items:
        out += ["", f"=== PUNKT {item.number} ===", f"Titel:    {item.title}",
                f"Sagsnr:   {_mark(layout, item) or '-'}",
                f"Status:   {'Lukket' if item.closed else 'Åben'}"]
        for s in item.sections:
            out += [f"--- {s.heading} ---", *s.text.splitlines()]
    return "\n".join([*out, "", "=== SLUT ===", ""])


def _text_pdf_copy(layout: Layout24, meeting: Meeting) -> str:
    body = []
    starts = []
    for item in meeting.items:
        starts.append(len(body))
        body += wrap(f"{item.number} {item.title}", 90)
        if item.closed:
            body.append("Lukket punkt")
        elif item.case_number:
            body.append(_mark(layout, item))
        for s in item.sections:
            body += [s.heading, *(x for para in s.text.splitlines() for x in wrap(para, 90))]
    head = ["Referat", meeting.udvalg, f"Mødedato: {DATE_LONG}, kl. 16.00",
            f"Mødested: {meeting.place}", "Indholdsfortegnelse"]
    lead = len(head) + len(meeting.items)
    lines = head + [""] * len(meeting.items) + body
    for k, item in enumerate(meeting.items):
        page = (lead + starts[k]) // COPY_PAGE + 1
        entry = f"{item.number} {item.title}"[:76]
        lines[len(head) + k] = f"{entry} {'.' * (84 - len(entry))} {page}"
    pages = [lines[k:k + COPY_PAGE] for k in range(0, len(lines), COPY_PAGE)]
    header = f"{meeting.udvalg} | Referat | {DATE_LONG}"
    out = []
    for n, page in enumerate(pages, start=1):
        out += [*([header] if n > 1 else []), *page, f"Side {n} af {len(pages)}"]
    return "\n".join(out) + "\n"


def render_text24(layout: Layout24, meeting: Meeting) -> str:
    return {"t24-email-rules-attachments-txt": _text_email,
            "t24-committee-export-fields-txt": _text_export,
            "t24-pdf-copy-hard-breaks-txt": _text_pdf_copy}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _runin(p: Pager, heading: str, text: str) -> None:
    """A heading run in bold before its text's first line ("Heading: text"), the rest of
    the text wrapped below at the margin."""
    lead = f"{heading}:"
    room = 480 - _width(lead + " ", 10, True)
    first, *rest = text.splitlines()
    head, *more = _wrap_pt(first, room, 10, False) or [""]
    p.room(14)
    p.put(56, lead, 10, 2)
    p.put(56 + _width(lead + " ", 10, True), head, 10, 1)
    p.body("\n".join([" ".join(more), *rest]).strip("\n"))


def _pdf_runin(layout: Layout24, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"Mødedato: tirsdag den {DATE_LONG}", "Mødetid: kl. 17.00 - 19.30",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        p.room(14)
        p.put(56, f"Punkt {item.number}", 10, 2)
        mark = "Lukket punkt" if item.closed else _mark(layout, item)
        if mark:
            p.put(536 - _width(mark, 9, False), mark, 9, 1)
        _put_lines(p, _wrap_pt(item.title, 480, 13, True), 56, 13, 2, 17)
        for s in item.sections:
            p.y -= 5
            _runin(p, s.heading, s.text)
    header = f"Byrådet · Referat · {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def _pdf_cover(layout: Layout24, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _put_lines(p, ["DAGSORDEN"], 56, 20, 2, 28)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 16.00",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    p.y -= 20
    _put_lines(p, ["Indhold"], 56, 12, 2, 18)
    for item in meeting.items:
        lines = _wrap_pt(item.title, 420, 10, False)
        p.room(14)
        p.put(56, f"Sag {item.number}", 10, 1)
        p.put(110, lines[0], 10, 1)
        for line in lines[1:]:
            p.room(13)
            p.put(110, line, 10, 1)
    p.new_page()
    for item in meeting.items:
        p.y -= 18
        _put_lines(p, [f"SAG {item.number}"], 56, 10, 2, 14)
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 16)
        mark = "Lukket punkt" if item.closed else _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, font=3, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_footer_fields(layout: Layout24, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 20, 2, 28)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, [f"Pkt. {item.number}."], 56, 11, 2, 15)
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 16)
        mark = "Lukket punkt" if item.closed else _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, size=9, gap=7)
    fields = f"{meeting.udvalg} · {DATE_LONG} · {meeting.place}"
    for ops in p.pages:
        ops.append(b"BT /F1 8 Tf 56 24 Td (%s) Tj ET" % _escape(fields))
    return p.pdf(footer=lambda n, m: f"Side {n}")


def render_pdf24(layout: Layout24, meeting: Meeting) -> bytes:
    return {"t24-runin-decision-first-pdf": _pdf_runin,
            "t24-cover-attachments-first-pdf": _pdf_cover,
            "t24-footer-fields-caps-pdf": _pdf_footer_fields}[layout.name](layout, meeting)


def document24(layout: Layout24, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth24(layout, seed)
    return meeting, rendered(layout, meeting, render_text24, render_html24, render_pdf24)
