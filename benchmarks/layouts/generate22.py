"""A twenty-second set of invented layouts (`test22`): a seventeenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (PDF-to-HTML conversions, Word's filtered web
pages, static sites, CMS accordions, OCR'd text layers, `pdftotext -layout` dumps, Markdown
with front matter, Word and committee-system PDFs), not from any kommune's published minutes,
and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a PDF converted to HTML by
pdf2htmlEX (every printed line an absolutely placed <div> with font and size only as class
names, page containers, a page number per page); Word's "filtered" web page with the number,
tab spaces and the bold title in one MsoNormal paragraph and headings set apart by underline
only; `<h2>Dagsordenspunkt 4: Title</h2>` with headings lettered a), b), c); a static site
with "¶" permalinks after every heading, a contents sidebar and the udvalg, date and place in
one byline; a dagsorden whose number stands after the title, "Title (pkt. 4)", without case
numbers; CMS accordion buttons holding number and title; the OCR text layer of a scanned
referat (words hyphenated at line ends, ﬁ/ﬂ ligatures, a running header and a stray page
number per page, page breaks inside items); a `pdftotext -layout` dump with the case number
right-aligned on the title's line; Markdown with the meeting in YAML front matter and
headings run in bold; a PDF whose titles stand white on a dark band; a PDF whose number and
headings stand in a left margin column beside the title and texts; a dagsorden PDF with
"Sag nr. 4:", "Journalnr.:", a running header and an empty decision heading under each item.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's lettered headings and unprinted case
numbers left out). Section types are the type a heading means in referat's model; where that
is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate14 import GREY, _coloured
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG, _hanging
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import wrap

LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("fi", "ﬁ"), ("fl", "ﬂ"))
OCR_PAGE = 48  # lines per page of the OCR text layer
LAYOUT_PAGE = 56  # lines per page of the pdftotext dump


@dataclass
class Layout22(Layout20):
    lettered: bool = False  # headings printed "a) Resumé", "b) …" in each item's order


LAYOUTS22: list[Layout22] = [
    # pdf2htmlEX's conversion of a Word PDF: <div class='pf'> pages, every line a <div
    # class='t m0 x1 h2 y.. ff2 fs3'>; bold and size only through the class's font face and
    # size; "4. Title" (ff2 fs3), "Sagsnr.: …" (ff1 fs0), headings (ff2 fs2); a page number
    # line at each page's foot; one closed item
    Layout22("pdf2htmlex-pages-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # Word's "Web Page, Filtered": <p class=MsoNormal> only; "4." and the bold title parted
    # by an mso-tab-count span of &nbsp;s; headings underlined (<u>), not bold; an empty
    # &nbsp; paragraph between paragraphs; "Mødedato:" etc. with tab spans; italic case
    Layout22("word-filtered-underline-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a committee system's page: <h2>Dagsordenspunkt 4: Title</h2>; headings <h3> lettered
    # in order, "a) Resumé", "b) Sagsfremstilling", …; "Sagsnr.: …"; the decision heading
    # "Udvalgets beslutning" lettered too
    Layout22("lettered-headings-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Udvalgets beslutning")],
             formats=(".html",), closed=1, lettered=True),
    # a static site: a contents sidebar of links "4 Title"; the udvalg, date and place in one
    # byline "udvalg · tirsdag 12. marts 2024 · place"; <h2 id='punkt-4'>4 Title<a
    # class='headerlink'>¶</a></h2>; <h3> headings with "¶" permalinks; "<em>Sagsnr.</em> …";
    # "Forrige" / "Næste" links at the foot
    Layout22("static-site-permalink-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # a dagsorden: <h1>Dagsorden</h1>, "til mødet i udvalg", "tirsdag den … kl. 16.00 i
    # place"; <h2>Title <span class='pkt'>(pkt. 4)</span></h2> (the number after the
    # title); no case numbers; <h3> headings; one closed item "(pkt. 7)" with its title
    Layout22("number-after-title-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Forslag til indstilling")],
             formats=(".html",), kind="dagsorden", case="", closed=1),
    # a CMS accordion: <h3><button aria-expanded='true' aria-controls='p4'><span
    # class='nr'>4</span> <span class='titel'>Title</span></button></h3>, the item's body in
    # <div role='region'>; <h4> headings; "Sagsnummer: …"; fields in a <dl class='meta'>
    # with "Organ", "Dato", "Sted"; one closed item
    Layout22("accordion-buttons-html",
             [("resume", "Kort fortalt"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1),
    # the OCR text layer of a scanned referat: lines wrapped at 68 with long words hyphenated
    # at line ends, ligatures "ﬁ", "ﬂ" throughout, a running header "udvalg - Referat
    # 12. marts 2024" and a stray page number line at each page's foot, page breaks (form
    # feeds) inside items; "4. Title", "Sagsnr.: …", plain headings; one closed item
    Layout22("ocr-text-layer-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), closed=1),
    # `pdftotext -layout` of a two-column PDF: "  4   Title" with the case number right-
    # aligned on the title's line (col. 92), continuation lines hanging; headings and texts
    # indented six; form feeds with a header "udvalg … Referat 12. marts 2024" and
    # "Side n af m" right-aligned; page breaks inside items; one closed item
    Layout22("pdftotext-layout-case-right-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # Markdown from a static-site CMS: the meeting in YAML front matter (udvalg:, dato:,
    # tid:, sted:), "## Punkt 4: Title", "Sagsnr.: …" in italics, headings run in bold
    # "**Indstilling:** text" on the paragraph's first line
    Layout22("yaml-frontmatter-site-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="*Sagsnr.: {case}*"),
    # a Word PDF: each title white bold 12 on a dark blue band (one band line per title
    # line), "Punkt 4  Title"; "Sagsnr.: …" grey 9 below; headings bold in dark blue;
    # "Dato:", "Tid:", "Sted:" fields; "Side n af m"; one closed item
    Layout22("band-title-white-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, udvalg="Regionsrådet",
             place="Regionshuset, Mødesal A"),
    # a regional PDF with side heads: the number, the fields' labels and the headings bold
    # 9 in a left column (x = 56, 110 pt wide), the title bold 12, the case and the texts
    # at x = 180 beside them, a heading on its text's first line; "Side n"
    Layout22("sidehead-margin-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a small kommune's dagsorden PDF: a running header "Dagsorden · udvalg · 12. marts
    # 2024" on every page, "Side n af m"; "Sag nr. 4: Title" bold; "Journalnr.: …"; bold
    # headings; under each open item an empty "Beslutning:" heading (to be filled in at
    # the meeting: no decision yet); items run on across pages
    Layout22("empty-decision-agenda-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Administrationen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Journalnr.: {case}", closed=1),
]


def by_name22(name: str) -> Layout22 | None:
    return next((layout for layout in LAYOUTS22 if layout.name == name), None)


def truth22(layout: Layout22, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth, its
    headings lettered in each item's order where the layout letters them, no case numbers
    where the layout prints none."""
    meeting = truth20(layout, seed)
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        if layout.lettered:
            for k, s in enumerate(item.sections):
                s.heading = f"{'abcdefgh'[k]}) {s.heading}"
    return meeting


def _mark(layout: Layout22, item: Item) -> str:
    return "Lukket punkt" if item.closed else case_line(layout, item)


# --- HTML --------------------------------------------------------------------------------------

PDF2HTML_STYLE = ("<style>.pf{position:relative;width:892px;height:1263px;margin:12px auto;"
                  "background:#fff}.t{position:absolute;white-space:pre}"
                  "@font-face{font-family:ff1;src:url('f1.woff')}"
                  "@font-face{font-family:ff2;src:url('f2.woff')}"
                  ".ff1{font-family:ff1;line-height:1.15}.ff2{font-family:ff2;line-height:1.15}"
                  ".fs0{font-size:27px}.fs1{font-size:30px}.fs2{font-size:33px}"
                  ".fs3{font-size:39px}.fs4{font-size:48px}.x1{left:84px}</style>")


def _html_pdf2html(layout: Layout22, meeting: Meeting) -> str:
    lines: list[tuple[str, int, int]] = [("Referat", 2, 4), (meeting.udvalg, 2, 3),
                                         (f"Mødedato: {DATE_LONG}, kl. 16.00", 1, 1),
                                         (f"Mødested: {meeting.place}", 1, 1)]
    for item in meeting.items:
        lines += [(x, 2, 3) for x in wrap(f"{item.number}. {item.title}", 60)]
        mark = _mark(layout, item)
        lines += [(mark, 1, 0)] if mark else []
        for s in item.sections:
            lines.append((s.heading, 2, 2))
            lines += [(x, 1, 1) for para in s.text.splitlines() for x in wrap(para, 80)]
    pages = [lines[k:k + 40] for k in range(0, len(lines), 40)]
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
           "<meta name='generator' content='pdf2htmlEX'>", PDF2HTML_STYLE,
           "</head><body><div id='page-container'>"]
    for n, page in enumerate(pages, start=1):
        out.append(f"<div id='pf{n:x}' class='pf w0 h0' data-page-no='{n:x}'><div class='pc'>")
        out += [f"<div class='t m0 x1 h{font} y{k + 1:x} ff{font} fs{size} fc0 sc0 ls0 ws0'>"
                f"{e(text)}</div>" for k, (text, font, size) in enumerate(page)]
        out.append(f"<div class='t m0 x2 h1 y{len(page) + 1:x} ff1 fs0 fc0 sc0 ls0 ws0'>"
                   f"{n}</div></div></div>")
    return "\n".join([*out, "</div></body></html>"])


TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def _html_word_filtered(layout: Layout22, meeting: Meeting) -> str:
    def p(inner: str) -> str:
        return f"<p class=MsoNormal>{inner}</p>"

    empty = p("&nbsp;")
    body = [p(f"<b><span style='font-size:16.0pt'>{e(meeting.udvalg)}</span></b>"),
            p("<span style='font-size:14.0pt'>Referat</span>"), empty,
            p(f"Mødedato:{TAB}{DATE_LONG}"), p(f"Mødetid:{TAB}kl. 16.00"),
            p(f"Mødested:{TAB}{e(meeting.place)}"), empty]
    for item in meeting.items:
        body += [p(f"<b><span style='font-size:12.0pt'>{item.number}.{TAB}{e(item.title)}"
                   "</span></b>")]
        mark = _mark(layout, item)
        if mark:
            body.append(p(f"<i>{e(mark)}</i>"))
        for s in item.sections:
            body += [empty, p(f"<u>{e(s.heading)}</u>")]
            for para in s.text.splitlines():
                body += [p(e(para)), empty]
        body.append(empty)
    return "\n".join(["<html>", "<head><meta http-equiv=Content-Type content='text/html; "
                      "charset=utf-8'><meta name=Generator content='Microsoft Word 15 "
                      "(filtered)'><style>p.MsoNormal{margin:0cm;font-size:11.0pt;"
                      "font-family:'Calibri',sans-serif}</style></head>",
                      "<body lang=DA><div class=WordSection1>", *body, "</div></body></html>"])


def _html_lettered(layout: Layout22, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}<br>Mødetid: 16.00 - 18.00<br>"
            f"Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2>Dagsordenspunkt {item.number}: {e(item.title)}</h2>")
        mark = _mark(layout, item)
        if mark:
            body.append(f"<p>{e(mark)}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


LINK = "<a class='headerlink' href='#{0}' title='Permalink til dette afsnit'>¶</a>"


def _html_static(layout: Layout22, meeting: Meeting) -> str:
    toc = "".join(f"<li><a href='#punkt-{i.number}'>{i.number} {e(i.title)}</a></li>"
                  for i in meeting.items)
    body = ["<div class='wrapper'><nav class='sidebar'><p class='caption'>Indhold</p>"
            f"<ul>{toc}</ul></nav><div class='document'>",
            f"<h1>Referat{LINK.format('referat')}</h1>",
            f"<p class='byline'>{e(meeting.udvalg)} · tirsdag {DATE_LONG} · "
            f"{e(meeting.place)}</p>"]
    for item in meeting.items:
        anchor = f"punkt-{item.number}"
        body.append(f"<section id='{anchor}'><h2>{item.number} {e(item.title)}"
                    f"{LINK.format(anchor)}</h2>")
        if item.case_number:
            body.append(f"<p><em>Sagsnr.</em> {e(item.case_number)}</p>")
        for k, s in enumerate(item.sections):
            body.append(f"<h3>{e(s.heading)}{LINK.format(f'{anchor}-{k}')}</h3>"
                        f"{_paras(s.text)}")
        body.append("</section>")
    body.append("<footer><a href='../2024-02-13/'>« Forrige</a> "
                "<a href='../2024-04-09/'>Næste »</a></footer></div></div>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat — {e(meeting.udvalg)}</title></head><body>", *body,
                      "</body></html>"])


def _html_number_after(layout: Layout22, meeting: Meeting) -> str:
    body = ["<main>", "<h1>Dagsorden</h1>", f"<p>til mødet i {e(meeting.udvalg)}</p>",
            f"<p>tirsdag den {DATE_LONG} kl. 16.00 i {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2>{e(item.title)} <span class='pkt'>(pkt. {item.number})</span></h2>")
        if item.closed:
            body.append("<p>Punktet behandles for lukkede døre.</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</main>"])


def _html_accordion(layout: Layout22, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat fra mødet i {e(meeting.udvalg)}</h1>",
            f"<dl class='meta'><dt>Organ</dt><dd>{e(meeting.udvalg)}</dd><dt>Dato</dt>"
            f"<dd>{DATE_LONG} kl. 16.00</dd><dt>Sted</dt><dd>{e(meeting.place)}</dd></dl>",
            "<div class='accordion'>"]
    for item in meeting.items:
        region = f"p{item.number}"
        body.append(f"<h3 class='accordion__heading'><button aria-expanded='true' "
                    f"aria-controls='{region}'><span class='nr'>{item.number}</span> "
                    f"<span class='titel'>{e(item.title)}</span></button></h3>"
                    f"<div id='{region}' role='region' class='accordion__panel'>")
        mark = _mark(layout, item)
        if mark:
            body.append(f"<p class='sagsnr'>{e(mark)}</p>")
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
        body.append("</div>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</div></main>"])


def render_html22(layout: Layout22, meeting: Meeting) -> str:
    return {"pdf2htmlex-pages-html": _html_pdf2html,
            "word-filtered-underline-html": _html_word_filtered,
            "lettered-headings-html": _html_lettered,
            "static-site-permalink-html": _html_static,
            "number-after-title-html": _html_number_after,
            "accordion-buttons-html": _html_accordion}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _hyphenated(text: str, width: int) -> list[str]:
    """Greedy wrap at `width`, a word of nine letters or more that does not fit split with a
    hyphen after at least four letters (as OCR keeps a typeset page's hyphenation); a word
    that ends in a hyphen of its own is kept with the next one."""
    tokens: list[str] = []
    for token in text.split():
        if tokens and tokens[-1].endswith("-"):
            tokens[-1] += " " + token
        else:
            tokens.append(token)
    out: list[str] = []
    line = ""
    for token in tokens:
        room = width - len(line) - 1
        if line and len(line) + 1 + len(token) > width:
            if re.fullmatch(r"[a-zæøå]{9,}", token) and room >= 6:
                cut = min(room - 1, len(token) - 4)
                out.append(f"{line} {token[:cut]}-")
                line = token[cut:]
                continue
            out.append(line)
            line = token
        else:
            line = f"{line} {token}" if line else token
    return [*out, line] if line else out


def _ligatures(text: str) -> str:
    for plain, joined in LIGATURES:
        text = text.replace(plain, joined)
    return text


def _text_ocr(layout: Layout22, meeting: Meeting) -> str:
    lines = [meeting.udvalg, "", "Referat", "", f"Mødedato: {DATE_LONG}",
             "Mødetidspunkt: kl. 16.00", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        lines += ["", *_hyphenated(f"{item.number}. {item.title}", 68)]
        mark = _mark(layout, item)
        lines += [mark] if mark else []
        for s in item.sections:
            lines += ["", s.heading]
            for para in s.text.splitlines():
                lines += _hyphenated(para, 68)
    pages = [lines[k:k + OCR_PAGE] for k in range(0, len(lines), OCR_PAGE)]
    header = f"{meeting.udvalg} - Referat {DATE_LONG}"
    out = "\f".join("\n".join([*([header, ""] if n > 1 else []), *page, "", f"{n:>36}", ""])
                    for n, page in enumerate(pages, start=1))
    return _ligatures(out)


def _text_layout(layout: Layout22, meeting: Meeting) -> str:
    lines = [f"{meeting.udvalg}", "", "Referat", "", f"Mødedato:      {DATE_LONG}",
             "Mødetid:       16.00 - 18.00", f"Mødested:      {meeting.place}"]
    for item in meeting.items:
        head = _hanging(item.title, 66, f"{item.number:>3}   ")
        mark = "" if item.closed else case_line(layout, item)
        lines += ["", "", f"{head[0]:<74}{mark:>18}".rstrip(), *head[1:]]
        if item.closed:
            lines += ["", "      Lukket punkt"]
        for s in item.sections:
            lines += ["", f"      {s.heading}"]
            lines += [f"      {x}" for para in s.text.splitlines() for x in wrap(para, 80)]
    pages = [lines[k:k + LAYOUT_PAGE] for k in range(0, len(lines), LAYOUT_PAGE)]
    head = f"{meeting.udvalg:<60}{'Referat ' + DATE_LONG:>32}"
    return "\f".join("\n".join([head, "", *page, "", f"{f'Side {n} af {len(pages)}':>92}", ""])
                     for n, page in enumerate(pages, start=1))


def _text_markdown(layout: Layout22, meeting: Meeting) -> str:
    out = ["---", "layout: referat", f"udvalg: {meeting.udvalg}", f"dato: {DATE_LONG}",
           'tid: "16:00"', f"sted: {meeting.place}", "---", "",
           f"# Referat – {meeting.udvalg}"]
    for item in meeting.items:
        out += ["", f"## Punkt {item.number}: {item.title}", ""]
        if item.case_number:
            out += [case_line(layout, item), ""]
        for s in item.sections:
            first, *rest = s.text.splitlines()
            out += [f"**{s.heading}:** {first}", *(x for para in rest for x in ("", para)), ""]
    return "\n".join(out) + "\n"


def render_text22(layout: Layout22, meeting: Meeting) -> str:
    return {"ocr-text-layer-txt": _text_ocr, "pdftotext-layout-case-right-txt": _text_layout,
            "yaml-frontmatter-site-txt": _text_markdown}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------

BLUE = b"0.12 0.25 0.45"


def _pdf_band(layout: Layout22, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"Dato: {DATE_LONG}", "Tid: kl. 16.00 - 18.00", f"Sted: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        for line in _wrap_pt(f"Punkt {item.number}  {item.title}", 464, 12, True):
            p.room(20)
            p.pages[-1].append(b"%s rg 56 %.1f 480 20 re f" % (BLUE, p.y - 6))
            p.pages[-1].append(b"1 g")
            p.put(64, line, 12, 2)
            p.pages[-1].append(b"0 g")
        p.y -= 4
        mark = _mark(layout, item)
        if mark:
            p.room(13)
            _coloured(p, GREY, 56, mark, 9, 1)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            _coloured(p, BLUE + b" rg", 56, s.heading, 10, 2)
            p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_sidehead(layout: Layout22, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [f"Referat – {meeting.udvalg}"], 56, 15, 2, 22)
    p.y -= 6
    for label, value in (("Mødedato", DATE_LONG), ("Mødetid", "kl. 16.00"),
                         ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 9, 2)
        p.put(180, value, 10, 1)
    for item in meeting.items:
        p.y -= 18
        p.room(16)
        p.put(56, item.number, 12, 2)
        p.y += 16
        _put_lines(p, _wrap_pt(item.title, 355, 12, True), 180, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 180, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(14)
            top = p.y
            _put_lines(p, [s.heading], 56, 9, 2, 0)
            first = True
            for para in s.text.splitlines():
                for line in _wrap_pt(para, 355, 10, False):
                    if not first:
                        p.room(14)
                    first = False
                    p.put(180, line, 10, 1)
            p.y = min(p.y, top)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_agenda(layout: Layout22, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Dagsorden"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"Mødedato: tirsdag den {DATE_LONG}", "Mødetid: kl. 16.00",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Sag nr. {item.number}: {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
        if not item.closed:
            p.y -= 6
            _put_lines(p, ["Beslutning:"], 56, 10, 2, 15)
            p.y -= 30
    header = f"Dagsorden · {meeting.udvalg} · {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def render_pdf22(layout: Layout22, meeting: Meeting) -> bytes:
    return {"band-title-white-pdf": _pdf_band, "sidehead-margin-pdf": _pdf_sidehead,
            "empty-decision-agenda-pdf": _pdf_agenda}[layout.name](layout, meeting)


def document22(layout: Layout22, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth22(layout, seed)
    return meeting, rendered(layout, meeting, render_text22, render_html22, render_pdf22)
