"""A tenth set of invented layouts (`test10`): a fifth independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (committee systems' PDFs and HTML, Word saved
as PDF, CMS pages built with WordPress, Umbraco or Sitecore, old Netpublikator-style HTML),
not from any kommune's published minutes, and frozen before the reader was run on them.

Conventions the earlier 103 layouts and the stress generator lack, or lack in this
combination: decisions with vote counts ("For stemte: … (7)"), a protocol remark and an
absence line, under a heading "Beslutning i <udvalg> den 12. marts 2024" set in a larger
regular face; a decision trail of three bodies with long dates and item numbers, newest
last, after a "Historik" section; sub-items "5a", "5b" under a parent item (nested `<ol
type=a>` in HTML); a CMS page of `<article class=card>` items whose title is a `<div
role=heading>` and whose headings are underlined only by a class in a `<style>` sheet;
a WordPress page with each section's heading and text in one `<p>` (`<strong>` and `<br>`)
and the meeting stated in a sentence; a PDF set in two columns; Word's hanging-indent
number ("4." and the title a tab apart) with run-in headings ending in a period, bold and
regular on one line; an agenda with a "Kl. 16.15 · Sagsnr. … · Til beslutning" line per
item, "Høring" and "Kompetence" sections and a closed item saying only that it is closed;
old `<font>`-tag HTML with `<b><u>` headings and closed items titled just "Lukket punkt";
sections numbered from 1 inside each "Punkt N Title" item; a WAI-ARIA accordion (the
title a `<button>` inside a `role=heading`, the panel `hidden`).

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote. `formats` says which renderings make sense for a layout.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import draw, rendered, stated, word
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    _escape,
    footer_op,
    pages_pdf,
    render_pdf,
    wrap,
)

ALL = (".txt", ".html", ".pdf")
DATE_LONG = "12. marts 2024"
BODIES = ("Klima-, Teknik- og Miljøudvalget", "Økonomiudvalget", "Plan- og Tryghedsudvalget")
HISTORIK = "Sagen var senest på dagsordenen i {udvalg} den 14. november 2023, punkt 9."
TIDLIGERE = ("{first} den 20. februar 2024, pkt. 7: Anbefales over for {second}.\n"
             "{second} den 5. marts 2024, pkt. 12: Anbefales.")
HOERING = "Forslaget har været i høring i Handicaprådet og Ældrerådet. Høringssvarene er vedlagt."
KOMPETENCE = "Udvalget har kompetence til at træffe beslutning i sagen, jf. styrelsesvedtægten."
LOVGRUNDLAG = "Lov om kommunernes styrelse § 18, stk. 1."
VOTES = ("For stemte: A, C og V (7)\nImod stemte: Ø og F (2)\nUndlod at stemme: ingen (0)\n"
         "Protokolbemærkning fra Enhedslisten: Enhedslisten kan ikke støtte forslaget, da "
         "finansieringen er uafklaret.\nFraværende: Karen Møller (V)")
e = html.escape


@dataclass
class Layout10:
    name: str
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    formats: tuple[str, ...] = ALL
    kind: str = "referat"
    case: str | None = "Sagsnr.: {case}"  # None: no case number printed
    closed: bool = False  # the second-last item is closed
    closed_title: str | None = None  # a closed item's printed title in place of its own
    subitems: bool = False  # the third and fourth items are "a" and "b" under the second
    place: str = "Mødelokale 2"
    votes: bool = False  # decisions end with vote counts, a protocol remark, an absence


# heading words (type, heading); "{udvalg}" is the meeting's committee
DECISION_TODAY = ("beslutning", "Beslutning i {udvalg} den 12. marts 2024")

LAYOUTS10: list[Layout10] = [
    # "4. Title", headings set larger in a regular face, decisions with vote counts and a
    # protocol remark under a dated committee heading
    Layout10("vote-count-protocol",
             [("sagsfremstilling", "Sagens baggrund"),
              ("indstilling", "Indstilling fra forvaltningen"),
              ("okonomi", "Økonomiske konsekvenser"), DECISION_TODAY],
             votes=True),
    # "Nr. 4 – Title"; "Historik" (sagsforloeb), then three bodies' decisions, newest last
    Layout10("three-body-trail",
             [("sagsforloeb", "Historik"), ("sagsfremstilling", "Sagens baggrund"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i {first} tirsdag den 20. februar 2024, pkt. 7"),
              ("beslutning", "Beslutning i {second} tirsdag den 5. marts 2024, pkt. 12"),
              DECISION_TODAY],
             case="Sagsnummer: {case}"),
    # sub-items 5a and 5b under item 5
    Layout10("subitems-under-parent",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             subitems=True),
    # a CMS page of cards: role=heading titles, headings underlined by a CSS class only
    Layout10("cms-cards-css-underline",
             [("sagsfremstilling", "Sagens baggrund"),
              ("indstilling", "Indstilling fra forvaltningen"),
              ("lovgrundlag", "Lovgrundlag"), ("beslutning", "Udvalgets afgørelse")],
             formats=(".html",), closed=True, case="Sagsnummer: {case}"),
    # WordPress: heading and text in one <p> (<strong>, <br>), the meeting in a sentence
    Layout10("wordpress-strong-br",
             [("resume", "Sagen kort"), ("sagsfremstilling", "Sagens baggrund"),
              ("okonomi", "Økonomi"), ("indstilling", "Forvaltningens anbefaling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag: {case}", place="Byrådssalen"),
    # a PDF set in two columns
    Layout10("two-column-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}"),
    # Word: "4.<tab>Title", run-in headings ending in a period ("Sagsfremstilling. Text")
    Layout10("word-runin-period",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             case="Sag: {case}"),
    # an agenda: "Kl. 16.15 · Sagsnr. … · Til beslutning" under each title, "Høring"
    # (other, as in test7) and "Kompetence" (lovgrundlag), a closed item
    Layout10("agenda-time-meta-line",
             [("indstilling", "Indstilling fra forvaltningen"),
              ("sagsfremstilling", "Sagens baggrund"), ("other", "Høring"),
              ("lovgrundlag", "Kompetence")],
             kind="dagsorden", closed=True, case="Sagsnr. {case}"),
    # old <font>-tag HTML, <b><u> headings; closed items titled only "Lukket punkt"
    Layout10("font-tags-closed-hidden",
             [("sagsfremstilling", "Sagsbeskrivelse"),
              ("indstilling", "Forvaltningens indstilling"),
              ("beslutning", "Udvalgets afgørelse")],
             closed=True, closed_title="Lukket punkt", case="Sagsnr.: {case}"),
    # "Punkt 4 Title", sections numbered from 1 inside each item
    Layout10("punkt-numbered-sections",
             [("sagsfremstilling", "1. Sagens baggrund"),
              ("indstilling", "2. Indstilling fra forvaltningen"),
              ("okonomi", "3. Økonomiske konsekvenser"), ("beslutning", "4. Beslutning")],
             case="Sagsnr. {case}"),
    # a WAI-ARIA accordion: <div role=heading><button aria-expanded>, panels hidden
    Layout10("aria-accordion-hidden",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("bilag", "Bilag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}"),
    # Umbraco: the meeting's fields in a <table> (th/td), "<h2><span>4</span> Title</h2>",
    # "Tidligere beslutninger" (sagsforloeb: the case's history, the most common reading)
    # and attachments as a list of links
    Layout10("fields-table-links",
             [("sagsfremstilling", "Sagsfremstilling"),
              ("sagsforloeb", "Tidligere beslutninger"), ("other", "Høring"),
              ("indstilling", "Indstilling"), ("bilag", "Bilag"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # "Pkt 4. Title", headings in capitals run in with an en dash ("SAGSFREMSTILLING – …")
    Layout10("pkt-caps-dash-runin",
             [("resume", "RESUMÉ"), ("sagsfremstilling", "SAGSFREMSTILLING"),
              ("okonomi", "ØKONOMI"), ("indstilling", "INDSTILLING"),
              ("beslutning", "BESLUTNING")],
             case="Sagsnr.: {case}"),
]


def by_name10(name: str) -> Layout10 | None:
    return next((layout for layout in LAYOUTS10 if layout.name == name), None)


# --- truth -------------------------------------------------------------------------------------


def _numbers(layout: Layout10, start: int, count: int) -> list[str]:
    if not layout.subitems:
        return [str(start + k) for k in range(count)]
    # the second item has sub-items a and b (the third and fourth items)
    out = [str(start), str(start + 1), f"{start + 1}a", f"{start + 1}b"]
    return out + [str(start + 2 + k) for k in range(count - 4)]


def truth10(layout: Layout10, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 4, 17, 230])
    udvalg = chosen[0][0]
    first, second = [b for b in BODIES if b != udvalg][:2]
    numbers = _numbers(layout, start, len(chosen))
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = layout.closed and k == len(chosen) - 2
        sections: list[Section] = []
        for kind, heading in [] if closed else layout.headings:
            heading = heading.format(udvalg=udvalg, first=first, second=second)
            if kind == "beslutning" and layout.kind != "referat":
                continue
            if kind == "beslutning" and "20. februar" in heading:
                text = f"Indstillingen anbefales over for {second}."
            elif kind == "beslutning" and "5. marts" in heading:
                text = f"Anbefales over for {udvalg}.\nFraværende: Jens Lund"
            elif kind == "beslutning":
                text = _text(src, "beslutning", 2) or "Godkendt."
                text = f"{text}\n{VOTES}" if layout.votes else text
            elif kind == "sagsforloeb" and heading == "Tidligere beslutninger":
                text = TIDLIGERE.format(first=first, second=second)
            elif kind == "sagsforloeb":
                text = HISTORIK.format(udvalg=second)
            elif kind == "other":
                text = HOERING
            elif kind == "lovgrundlag":
                text = KOMPETENCE if heading == "Kompetence" else LOVGRUNDLAG
            elif kind == "bilag":
                text = "\n".join(f"Bilag {i}: {a}" for i, a in enumerate(
                    ("Oversigtskort", "Høringsnotat", "Tidsplan")[: k % 3 + 1], start=1))
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = " ".join(src.title.split())
        if closed and layout.closed_title:
            title = layout.closed_title
        case = src.case_number if layout.case and not closed else None
        items.append(Item(numbers[k], title, case, closed, sections=sections))
    return stated(layout, udvalg, items)


# --- the document as lines (text and PDF) ------------------------------------------------------

Line = tuple[str, str]  # (role, text): doctitle meta title sub case meta-item heading body runin


def _doctitle(meeting: Meeting) -> str:
    return f"{word(meeting)} - {meeting.udvalg}"


def _meta(meeting: Meeting) -> list[str]:
    return [f"Mødedato: {DATE_LONG}", "Mødetidspunkt: Kl. 16.00 - 18.30",
            f"Mødested: {meeting.place}"]


def _title_line(layout: Layout10, item: Item) -> str:
    name = layout.name
    if name == "three-body-trail":
        return f"Nr. {item.number} – {item.title}"
    if name == "word-runin-period":
        return f"{item.number}.\t{item.title}"
    if name == "pkt-caps-dash-runin":
        return f"Pkt {item.number}. {item.title}"
    if name == "punkt-numbered-sections":
        return f"Punkt {item.number} {item.title}"
    return f"{item.number}. {item.title}"


def _lines(layout: Layout10, meeting: Meeting) -> list[Line]:
    out: list[Line] = [("doctitle", _doctitle(meeting))]
    out += [("meta", x) for x in _meta(meeting)]
    runin = {"word-runin-period": ".\t", "pkt-caps-dash-runin": " –\t"}.get(layout.name)
    for k, item in enumerate(meeting.items):
        role = "sub" if item.number[-1:] in "ab" and layout.subitems else "title"
        out.append((role, _title_line(layout, item)))
        if layout.name == "agenda-time-meta-line":
            parts = [f"Kl. {16 + k // 3}.{(k % 3) * 15 + 15:02d}"]
            parts += [layout.case.format(case=item.case_number)] if item.case_number else []
            parts.append("Lukket punkt" if item.closed else "Til beslutning")
            out.append(("case", " · ".join(parts)))
            if item.closed:
                out.append(("body", "Punktet behandles for lukkede døre."))
        elif item.case_number:
            out.append(("case", layout.case.format(case=item.case_number)))
        for section in item.sections:
            lines = section.text.splitlines()
            if runin:
                out.append(("runin", f"{section.heading}{runin}{lines[0]}"))
                lines = lines[1:]
            else:
                out.append(("heading", section.heading))
            out += [("body", x) for x in lines]
    return out


def render_text10(layout: Layout10, meeting: Meeting) -> str:
    out: list[str] = []
    for role, text in _lines(layout, meeting):
        if role in ("title", "sub", "heading", "runin"):
            out.append("")
        if role == "runin":
            text = text.replace("\t", " ")
        elif role == "title" and "\t" in text:
            number, _, title = text.partition("\t")
            text = f"{number:<6}{title}"
        out.append(text)
    return "\n".join(out) + "\n"


# --- PDF ---------------------------------------------------------------------------------------

SIZES = {"doctitle": (16.0, True), "meta": (10.0, False), "title": (13.0, True),
         "sub": (12.0, True), "case": (9.0, False), "heading": (10.5, True),
         "body": (10.0, False), "runin": (10.0, False)}


def render_pdf10(layout: Layout10, meeting: Meeting) -> bytes:
    if layout.name == "two-column-pdf":
        return _two_columns(meeting, _lines(layout, meeting))
    if layout.name in ("word-runin-period", "pkt-caps-dash-runin"):
        return _word_pdf(layout, meeting)
    rows: list[tuple[str, float, bool]] = []
    for role, text in _lines(layout, meeting):
        size, bold = SIZES[role]
        if role == "heading" and layout.name == "vote-count-protocol":
            size, bold = 12.0, False  # larger, not bold
        if role == "heading" and layout.name == "font-tags-closed-hidden":
            size = 10.0
        if role in ("title", "sub", "heading", "doctitle"):
            rows.append(("", 10.0, False))
        width = {"title": 62, "sub": 66, "doctitle": 50}.get(role, 95)
        rows += [(w, size, bold) for w in wrap(text, width)] or [("", size, bold)]
    return render_pdf(rows, footer="Side {n}")


def _word_pdf(layout: Layout10, meeting: Meeting) -> bytes:
    """Word's hanging indent (the number, then the title at a tab stop; or the title as one
    line) and run-in headings in bold followed by regular text on the same line."""
    pages: list[list[bytes]] = [[]]
    y = PAGE_H - MARGIN
    indent = MARGIN + 30

    def room(leading: float) -> float:
        nonlocal y
        if y - leading < MARGIN + 20:
            pages.append([])
            y = PAGE_H - MARGIN
        y -= leading
        return y

    def put(x: float, text: str, size: float, bold: bool) -> None:
        font = b"/F2" if bold else b"/F1"
        pages[-1].append(b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            font, size, x, y, _escape(text)))

    for role, text in _lines(layout, meeting):
        size, bold = SIZES[role]
        if role in ("title", "runin", "doctitle"):
            y -= 7
        if role == "title" and "\t" not in text:
            for line in wrap(text, 62):
                room(size * 1.45)
                put(MARGIN, line, size, True)
        elif role == "title":
            number, _, title = text.partition("\t")
            for n, line in enumerate(wrap(title, 58)):
                room(size * 1.45)
                if n == 0:
                    put(MARGIN, number, size, True)
                put(indent, line, size, True)
        elif role == "runin":
            head, _, rest = text.partition("\t")
            room(size * 1.45)
            put(MARGIN, head, size, True)
            x = MARGIN + _width(head + " ", size, True)
            words = rest.split()
            first: list[str] = []
            while words and x + _width(" ".join([*first, words[0]]), size, False) < PAGE_W - 60:
                first.append(words.pop(0))
            put(x, " ".join(first), size, False)
            for line in wrap(" ".join(words), 95):
                room(size * 1.45)
                put(MARGIN, line, size, False)
        else:
            for line in wrap(text, 95 if role != "doctitle" else 50):
                room(size * 1.45)
                put(MARGIN if role != "case" else indent, line, size, bold)
    for number, ops in enumerate(pages, start=1):
        ops.append(footer_op(f"Side {number}"))
    return pages_pdf(pages)


def _two_columns(meeting: Meeting, lines: list[Line]) -> bytes:
    """The meeting's header across the page, then the items in two columns of 230 pt."""
    col_w, gap = 230, 23
    pages: list[list[bytes]] = [[]]
    y = PAGE_H - MARGIN
    for role, text in lines:
        if role not in ("doctitle", "meta"):
            break
        size, bold = SIZES[role]
        y -= size * 1.45
        pages[-1].append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
            b"/F2" if bold else b"/F1", size, MARGIN, y, _escape(text)))
    top = y - 12
    col, y = 0, top
    widths = {"title": 36, "sub": 38, "heading": 40, "case": 48, "body": 46}
    for role, text in lines:
        if role in ("doctitle", "meta"):
            continue
        size, bold = SIZES[role]
        size = min(size, 11.0) if role in ("title", "sub") else min(size, 9.5)
        if role in ("title", "sub", "heading"):
            y -= 6
        for line in wrap(text, widths[role]):
            if y - size * 1.4 < MARGIN + 20:
                if col == 0:
                    col, y = 1, top
                else:
                    pages.append([])
                    col, y = 0, PAGE_H - MARGIN
                    top = y
            y -= size * 1.4
            x = MARGIN + col * (col_w + gap)
            pages[-1].append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
                b"/F2" if bold else b"/F1", size, x, y, _escape(line)))
    for number, ops in enumerate(pages, start=1):
        ops.append(footer_op(f"Side {number}"))
    return pages_pdf(pages)


# --- HTML --------------------------------------------------------------------------------------


def _paras(section: Section, tag: str = "p") -> str:
    return "".join(f"<{tag}>{e(x)}</{tag}>" for x in section.text.splitlines())


def _head(meeting: Meeting, title: str, style: str = "") -> list[str]:
    return ["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
            f"<title>{e(title)}</title>{style}</head><body>",
            "<header class='site'><a href='/'>Forsiden</a> <nav><a href='/politik'>Politik"
            "</a> <a href='/dagsordener'>Dagsordener og referater</a></nav></header>"]


FOOT = "<footer class='site'><p>Rådhuset · Telefon 43 97 97 97</p></footer></body></html>"


def render_html10(layout: Layout10, meeting: Meeting) -> str:
    render = {"cms-cards-css-underline": _html_cards, "wordpress-strong-br": _html_wordpress,
              "font-tags-closed-hidden": _html_font, "aria-accordion-hidden": _html_aria,
              "subitems-under-parent": _html_nested_ol,
              "fields-table-links": _html_fields_table}.get(layout.name, _html_plain)
    return "\n".join(render(layout, meeting))


def _case_html(layout: Layout10, item: Item) -> str:
    return e(layout.case.format(case=item.case_number)) if item.case_number else ""


def _html_plain(layout: Layout10, meeting: Meeting) -> list[str]:
    """h1 for the document, h2 per item, h3 per heading (run-in: <b> in the paragraph)."""
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<main>", f"<h1>{e(_doctitle(meeting))}</h1>"]
    parts += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for role, text in _lines(layout, meeting)[1 + len(_meta(meeting)):]:
        if role in ("title", "sub"):
            parts.append(f"<h2>{e(text.replace(chr(9), ' '))}</h2>")
        elif role == "case":
            parts.append(f"<p class='sagsnr'>{e(text)}</p>")
        elif role == "heading":
            parts.append(f"<h3>{e(text)}</h3>")
        elif role == "runin":
            head, _, rest = text.partition("\t")
            parts.append(f"<p><b>{e(head)}</b> {e(rest)}</p>")
        else:
            parts.append(f"<p>{e(text)}</p>")
    return [*parts, "</main>", FOOT]


def _html_nested_ol(layout: Layout10, meeting: Meeting) -> list[str]:
    """Items as an ordered list; sub-items as a nested <ol type='a'> in their parent's <li>
    (the numbers printed by the list only)."""
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<main>", f"<h1>{e(_doctitle(meeting))}</h1>"]
    parts += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    parts.append(f"<ol class='punkter' start='{meeting.items[0].number}'>")
    in_sub = False
    for k, item in enumerate(meeting.items):
        sub = item.number[-1] in "ab"
        if sub and not in_sub:
            parts.append("<ol type='a'>")
            in_sub = True
        elif not sub and in_sub:
            parts.append("</li></ol></li>")
            in_sub = False
        elif k:
            parts.append("</li>")
        parts.append(f"<li><h{3 if sub else 2}>{e(item.title)}</h{3 if sub else 2}>")
        parts.append(f"<p>{_case_html(layout, item)}</p>")
        for s in item.sections:
            parts.append(f"<h4>{e(s.heading)}</h4>{_paras(s)}")
    parts.append("</li></ol></li></ol>" if in_sub else "</li></ol>")
    return [*parts, "</main>", FOOT]


def _html_cards(layout: Layout10, meeting: Meeting) -> list[str]:
    style = ("<style>.card{border:1px solid #ddd;margin:1rem 0}.card-title{font-size:1.4rem;"
             "font-weight:600}.rubrik{text-decoration:underline;margin:0}.badge{background:#"
             "333;color:#fff}</style>")
    parts = _head(meeting, _doctitle(meeting), style)
    parts += ["<main id='main'><div class='container'><div class='row'>",
              f"<div class='page-title'><span>{e(_doctitle(meeting))}</span></div>",
              "<dl class='meeting-facts'>", f"<dt>Dato</dt><dd>{DATE_LONG}</dd>",
              "<dt>Tid</dt><dd>Kl. 16.00 - 18.30</dd>", f"<dt>Sted</dt><dd>{e(meeting.place)}"
              "</dd>", "</dl>"]
    for item in meeting.items:
        ident = f"punkt-{item.number}"
        parts.append(f"<article class='card' aria-labelledby='{ident}'>")
        parts.append("<header class='card-header'>"
                     f"<span class='card-number'>Punkt {item.number}</span>"
                     f"<div role='heading' aria-level='2' id='{ident}' class='card-title'>"
                     f"{e(item.title)}</div>"
                     + ("<span class='badge'>Lukket punkt</span>" if item.closed else "")
                     + "</header>")
        parts.append("<div class='card-body'>")
        if item.case_number:
            parts.append(f"<ul class='meta'><li>{_case_html(layout, item)}</li></ul>")
        for s in item.sections:
            parts.append(f"<p class='rubrik'>{e(s.heading)}</p>{_paras(s)}")
        parts.append("</div></article>")
    return [*parts, "</div></div></main>", FOOT]


def _html_wordpress(layout: Layout10, meeting: Meeting) -> list[str]:
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<div class='wp-site-blocks'><main class='wp-block-group'>",
              f"<h1 class='wp-block-post-title'>{e(_doctitle(meeting))}</h1>",
              "<div class='entry-content'>",
              f"<p>Mødet blev holdt tirsdag den {DATE_LONG} kl. 16.00 i {e(meeting.place)}.</p>",
              "<p><strong>Fraværende:</strong> Peter Dahl</p>"]
    for item in meeting.items:
        parts.append("<section class='wp-block-group is-layout-flow'>")
        parts.append(f"<h2 class='wp-block-heading'>Punkt {item.number} · {e(item.title)}</h2>")
        if item.case_number:
            parts.append(f"<p class='has-small-font-size'>{_case_html(layout, item)}</p>")
        for s in item.sections:
            body = "<br>".join(e(x) for x in s.text.splitlines())
            parts.append(f"<p><strong>{e(s.heading)}</strong><br>{body}</p>")
        parts.append("</section>")
    return [*parts, "</div></main></div>", FOOT]


def _html_font(layout: Layout10, meeting: Meeting) -> list[str]:
    """Netpublikator-era HTML: <font> tags, a number cell, <b><u> headings, <br> lines."""
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<center><table width='100%' border='0'><tr><td>",
              f"<font face='Arial' size='5'><b>{e(_doctitle(meeting))}</b></font><br><br>"]
    parts += [f"<font face='Arial' size='2'>{e(x)}</font><br>" for x in _meta(meeting)]
    for item in meeting.items:
        parts.append(f"<a name='p{item.number}'></a><hr><table width='100%'><tr>"
                     f"<td width='40' valign='top'><font face='Arial' size='3'><b>"
                     f"{item.number}.</b></font></td><td><font face='Arial' size='3'><b>"
                     f"{e(item.title)}</b></font></td></tr></table>")
        if item.case_number:
            parts.append(f"<font face='Arial' size='1'><i>{_case_html(layout, item)}</i>"
                         "</font><br>")
        for s in item.sections:
            parts.append(f"<br><font face='Arial' size='2'><b><u>{e(s.heading)}</u></b>"
                         "</font><br>")
            parts += [f"<font face='Arial' size='2'>{e(x)}</font><br>"
                      for x in s.text.splitlines()]
    return [*parts, "</td></tr></table></center>", FOOT]


def _html_aria(layout: Layout10, meeting: Meeting) -> list[str]:
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<main>", f"<div role='heading' aria-level='1' class='title'>"
              f"{e(_doctitle(meeting))}</div>",
              "<div class='facts'>" + "".join(f"<div>{e(x)}</div>" for x in _meta(meeting))
              + "</div>", "<div class='accordion' data-accordion>"]
    for item in meeting.items:
        ident = f"panel-{item.number}"
        parts.append(f"<div role='heading' aria-level='3' class='accordion__heading'>"
                     f"<button type='button' aria-expanded='false' aria-controls='{ident}' "
                     f"id='btn-{item.number}'><span class='nr'>{item.number}.</span> "
                     f"<span class='txt'>{e(item.title)}</span></button></div>")
        parts.append(f"<div id='{ident}' role='region' aria-labelledby='btn-{item.number}' "
                     "class='accordion__panel' hidden>")
        if item.case_number:
            parts.append(f"<div class='case'>{_case_html(layout, item)}</div>")
        for s in item.sections:
            parts.append(f"<div role='group'><div role='heading' aria-level='4'>"
                         f"{e(s.heading)}</div>{_paras(s, 'div')}</div>")
        parts.append("</div>")
    return [*parts, "</div></main>", FOOT]


def _html_fields_table(layout: Layout10, meeting: Meeting) -> list[str]:
    parts = _head(meeting, _doctitle(meeting))
    parts += ["<main><div class='umb-block-list'>", f"<h1>{e(_doctitle(meeting))}</h1>",
              "<table class='moedeinfo'>", f"<tr><th>Dato</th><td>{DATE_LONG}</td></tr>",
              "<tr><th>Tidspunkt</th><td>16.00 - 18.30</td></tr>",
              f"<tr><th>Sted</th><td>{e(meeting.place)}</td></tr>",
              "<tr><th>Afbud</th><td>Sofie Berg</td></tr>", "</table>"]
    for item in meeting.items:
        parts.append(f"<section class='punkt' id='punkt{item.number}'>")
        parts.append(f"<h2><span class='punkt__nr'>{item.number}</span> {e(item.title)}</h2>")
        if item.case_number:
            parts.append(f"<p class='punkt__sag'>{_case_html(layout, item)}</p>")
        for s in item.sections:
            if s.type == "bilag":
                links = "".join(f"<li><a href='/media/{k}/bilag.pdf'>{e(x)}</a></li>"
                                for k, x in enumerate(s.text.splitlines(), start=4101))
                parts.append(f"<h3>{e(s.heading)}</h3><ul class='bilag'>{links}</ul>")
            else:
                parts.append(f"<h3>{e(s.heading)}</h3>{_paras(s)}")
        parts.append("</section>")
    return [*parts, "</div></main>", FOOT]


def document10(layout: Layout10, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth10(layout, seed)
    return meeting, rendered(layout, meeting, render_text10, render_html10, render_pdf10)
