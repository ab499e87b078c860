"""A fifteenth set of invented layouts (`test15`): a tenth independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (committee systems' PDF and HTML exports, Word
documents, CMS pages, e-mail and spreadsheet exports), not from any kommune's published
minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: "Punkt 4 af 6" above the title in
a Times PDF; a dagsorden forwarded by e-mail with every line quoted "> "; a read-only form
view with one <fieldset> per item, the title in its <legend> and the headings in <label>s;
a schema.org microdata page with "<abbr>Pkt.</abbr> 4" in the title and "Afgørelse" as the
decision; a dagsorden with a status code after each title ("(B)", "(O)", "(D)", "(L)") and
a legend; a PDF with the number in a drawn box beside the title and "Referat" as the
decision heading in italics; one nested <ul> for the whole referat with run-in <em>
headings; items resumed from an earlier meeting ("Genoptaget fra mødet den 13. februar
2024") with the postponement and the new decision, oldest first; an AsciiDoc export ("==
4. Title", "=== Heading", ":dato:" attributes); a semicolon-separated spreadsheet export
with one row per section; question headings ("Hvad blev besluttet?") under "4 | Title".

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated, text_of
from benchmarks.layouts.draw import case_line as _case
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _footer, _word
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
POSTPONED = "Udvalget besluttede at udsætte sagen til næste møde."
CODES = {"B": "Beslutning", "O": "Orientering", "D": "Drøftelse", "L": "Lukket"}

# the old name, for generate20.py (issue-18ar, merged in parallel), which imports it
_sections = Pager.sections


@dataclass
class Layout15(LayoutFields):
    case: str = "Sagsnr. {case}"
    first: int | None = None  # the first item's number, when the layout fixes it


LAYOUTS15: list[Layout15] = [
    # "Punkt 4 af 6" (9 pt) above the title (Times-Bold 13 pt); Times throughout; "Sagens
    # baggrund" (sagsfremstilling), "Direktionens indstilling" (indstilling), "Udvalgets
    # beslutning"; numbers from 1 (the count makes no sense otherwise)
    Layout15("punkt-af-total-times",
             [("sagsfremstilling", "Sagens baggrund"), ("okonomi", "Økonomiske forhold"),
              ("indstilling", "Direktionens indstilling"),
              ("beslutning", "Udvalgets beslutning")],
             formats=(".pdf", ".txt"), case="Sagsnummer: {case}", closed=1, first=1),
    # a dagsorden forwarded by e-mail: the mail's own header, then every line quoted "> ";
    # "4 - Title", "Sag: …"; headings with a colon on their own line
    Layout15("email-quoted-forward",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsbeskrivelse"),
              ("indstilling", "Indstilling")],
             formats=(".txt",), kind="dagsorden", case="Sag: {case}", closed=1),
    # HTML: a read-only form view; each item a <fieldset> with "<legend>Punkt 4 – Title",
    # the case number and every section a <label> and a <div class='felt'>; "Redegørelse"
    # (sagsfremstilling), "Lovhjemmel" (lovgrundlag)
    Layout15("fieldset-legend-form",
             [("sagsfremstilling", "Redegørelse"), ("lovgrundlag", "Lovhjemmel"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1),
    # HTML: schema.org microdata (Event, subEvent); "<abbr title='Punkt'>Pkt.</abbr> 4"
    # then the title in an <h3>; <h4> headings; "Afgørelse" (beslutning), "Begrundelse"
    # (sagsfremstilling, the most common reading), the case number in <data>
    Layout15("schema-microdata-abbr",
             [("resume", "Sammenfatning"), ("sagsfremstilling", "Begrundelse"),
              ("indstilling", "Indstilling"), ("beslutning", "Afgørelse")],
             formats=(".html",), case="J.nr. {case}"),
    # a text dagsorden: "4.  Title (B)" with a legend of codes first (B Beslutning,
    # O Orientering, D Drøftelse); "Baggrund" (sagsfremstilling), "Forslag" (indstilling),
    # "Bevillingsmæssige konsekvenser" (okonomi); the closed item "6.  Lukket sag (L)"; the
    # same in HTML as <p><b>4.</b> Title <span>(B)</span></p> with <u> headings
    Layout15("status-code-legend-txt",
             [("sagsfremstilling", "Baggrund"), ("okonomi", "Bevillingsmæssige konsekvenser"),
              ("indstilling", "Forslag")],
             formats=(".txt", ".html"), kind="dagsorden", case="Sagsnr.: {case}", closed=1,
             closed_title="Lukket sag"),
    # PDF: the number in a drawn box (stroked square) left of the bold title; headings
    # italic; "Referat" under each item is its decision; "Resumé", "Sagsfremstilling"
    Layout15("boxed-number-italic-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Referat")],
             formats=(".pdf",), closed=1),
    # HTML: the whole referat one nested <ul>: "<strong>Punkt 4.</strong> Title" per outer
    # <li>, an inner <ul> with "<em>Heading:</em> text" run in
    Layout15("nested-ul-em-runin",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1),
    # a referat where every other item is resumed from the meeting of 13 February:
    # "Genoptaget fra mødet den 13. februar 2024" under its title; its postponement and
    # today's decision, oldest first, each under "Beslutning den …" (both beslutning); the
    # other items today's decision only, under "Beslutning den 12. marts 2024"
    Layout15("resumed-postponed-history",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning den 13. februar 2024"),
              ("beslutning", "Beslutning den 12. marts 2024")],
             formats=(".pdf", ".txt")),
    # an AsciiDoc export: "= Referat", ":Udvalg:", ":Dato:", ":Sted:" attributes,
    # "== 4. Title", the case number as "Sagsnr:: …", "=== Heading"; a closed item
    # "== 6. Title" with "[.lukket]" and "Lukket punkt." only
    Layout15("asciidoc-export",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # a semicolon-separated spreadsheet export: a header row, the meeting's fields as rows,
    # then one row per section (Punkt;Titel;Sagsnr.;Overskrift;Tekst), multi-line texts
    # quoted; a closed item one row with "Lukket" in Overskrift
    Layout15("semicolon-csv-export",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # HTML: "<h2>4 | Title</h2>", the case number in a <p class='meta'>, headings as
    # questions in <p><strong>: "Hvad handler sagen om?" (resume), "Hvad er baggrunden?"
    # (sagsfremstilling), "Hvad koster det?" (okonomi), "Hvad indstiller forvaltningen?"
    # (indstilling), "Hvad blev besluttet?" (beslutning)
    Layout15("question-headings-pipe",
             [("resume", "Hvad handler sagen om?"), ("sagsfremstilling", "Hvad er baggrunden?"),
              ("okonomi", "Hvad koster det?"), ("indstilling", "Hvad indstiller forvaltningen?"),
              ("beslutning", "Hvad blev besluttet?")],
             formats=(".html", ".pdf"), case="Sagsnr. {case}"),
]


def by_name15(name: str) -> Layout15 | None:
    return next((layout for layout in LAYOUTS15 if layout.name == name), None)


def truth15(layout: Layout15, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 4, 15, 28], layout.first)
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if "13. februar" in heading and k % 2:
                continue  # only every other item was postponed on 13 February
            if "13. februar" in heading:
                text = POSTPONED
            else:
                text = text_of(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = layout.closed_title if closed and layout.closed_title else " ".join(
            src.title.split())
        case = None if closed or not layout.case else src.case_number
        items.append(Item(str(start + k), title, case, closed, sections=sections))
    return stated(layout, udvalg, items)



def _marks(layout: Layout15, item: Item, closed: str = "") -> list[str]:
    """The line under a title: the case number, `closed` for a closed item, or nothing
    (an open item whose case has no number)."""
    if item.closed:
        return [closed] if closed else []
    return [_case(layout, item)] if item.case_number else []


def _legend() -> str:
    return ", ".join(f"({code}) = {word}" for code, word in CODES.items())


def _code(k: int, item: Item) -> str:
    return "L" if item.closed else "BOD"[k % 3]


# --- text --------------------------------------------------------------------------------------


def _text_af(layout: Layout15, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} - {meeting.udvalg}", f"Dato: {DATE_LONG}, kl. 16.00",
           f"Sted: {meeting.place}"]
    total = len(meeting.items)
    for item in meeting.items:
        out += ["", f"Punkt {item.number} af {total}", *wrap(item.title, 78)]
        out += _marks(layout, item, "Lukket punkt")
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_email(layout: Layout15, meeting: Meeting) -> str:
    quoted = [f"{_word(meeting)} til mødet i {meeting.udvalg}", f"Mødedato: {DATE_LONG}",
              "Mødetid: 16.30", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        quoted += ["", *wrap(f"{item.number} - {item.title}", 70)]
        quoted += _marks(layout, item, "(Lukket punkt)")
        for s in item.sections:
            quoted += ["", f"{s.heading}:", *wrap_lines(s.text, 70)]
    head = ["Fra: Sekretariatet <sekretariat@kommune.dk>",
            "Sendt: 5. marts 2024 09:12", f"Til: Medlemmer af {meeting.udvalg}",
            f"Emne: VS: {_word(meeting)} {DATE_LONG}", "",
            "Hermed dagsordenen til næste møde.", "",
            "-----Oprindelig meddelelse-----"]
    return "\n".join(head + [f"> {line}".rstrip() for line in quoted]) + "\n"


def _text_codes(layout: Layout15, meeting: Meeting) -> str:
    out = [f"DAGSORDEN - {meeting.udvalg}", f"Mødedato: {DATE_LONG} kl. 15.00",
           f"Mødested: {meeting.place}", "",
           f"Koder: {_legend()}"]
    for k, item in enumerate(meeting.items):
        title = wrap(f"{item.title} ({_code(k, item)})", 70)
        out += ["", f"{item.number + '.':<4}{title[0]}", *("    " + t for t in title[1:])]
        out += ["    " + mark for mark in _marks(layout, item)]
        for s in item.sections:
            out += ["", f"    {s.heading}", *wrap_lines(s.text, 72, "    ")]
    return "\n".join(out) + "\n"


def _resumed(item: Item) -> list[str]:
    """The line saying an item was postponed at an earlier meeting, if it was."""
    return (["Genoptaget fra mødet den 13. februar 2024"]
            if any("13. februar" in s.heading for s in item.sections) else [])


def _text_resumed(layout: Layout15, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg}", f"{_word(meeting)} af mødet {DATE_LONG}",
           f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78), *_marks(layout, item),
                *_resumed(item)]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_asciidoc(layout: Layout15, meeting: Meeting) -> str:
    out = [f"= {_word(meeting)}", f":udvalg: {meeting.udvalg}", f":dato: {DATE_LONG}",
           f":sted: {meeting.place}", "",
           f"Udvalg:: {meeting.udvalg}", f"Dato:: {DATE_LONG}", f"Sted:: {meeting.place}"]
    for item in meeting.items:
        out += ["", f"== {item.number}. {item.title}"]
        if item.closed:
            out += ["[.lukket]", "Lukket punkt."]
            continue
        out += ["", *(f"Sagsnr:: {mark}" for mark in _marks(layout, item))]
        for s in item.sections:
            out += ["", f"=== {s.heading}", "", *s.text.replace("\n", "\n\n").splitlines()]
    return "\n".join(out) + "\n"


def _text_csv(layout: Layout15, meeting: Meeting) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(["Punkt", "Titel", "Sagsnr.", "Overskrift", "Tekst"])
    w.writerows([["", "Udvalg", "", "", meeting.udvalg], ["", "Mødedato", "", "", DATE_LONG],
                 ["", "Mødested", "", "", meeting.place]])
    for item in meeting.items:
        if item.closed:
            w.writerow([item.number, item.title, "", "Lukket", ""])
        for s in item.sections:
            w.writerow([item.number, item.title, _case(layout, item), s.heading, s.text])
    return buf.getvalue()


def render_text15(layout: Layout15, meeting: Meeting) -> str:
    return {"punkt-af-total-times": _text_af,
            "email-quoted-forward": _text_email,
            "status-code-legend-txt": _text_codes,
            "resumed-postponed-history": _text_resumed,
            "asciidoc-export": _text_asciidoc,
            "semicolon-csv-export": _text_csv}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _put_lines(p: Pager, lines: list[str], x: float, size: float, font: int,
               leading: float) -> None:
    for line in lines:
        p.room(leading)
        p.put(x, line, size, font)


def _pdf_af(layout: Layout15, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold"))
    p.head(f"{_word(meeting)} - {meeting.udvalg}",
        [f"Dato: {DATE_LONG}, kl. 16.00", f"Sted: {meeting.place}"])
    total = len(meeting.items)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, [f"Punkt {item.number} af {total}"], 56, 9, 1, 13)
        _put_lines(p, _wrap_pt(item.title, 470, 13, True), 56, 13, 2, 17)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 56, 10, 1, 14)
        p.sections(item, 11, 2, 6)
    _footer(p)
    return p.pdf()


def _pdf_boxed(layout: Layout15, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    p.head(meeting.udvalg, [f"{_word(meeting)} {DATE_LONG}", "Kl. 16.00 - 18.00",
                            f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(18)
        size = 8 + 6 * len(item.number)
        p.pages[-1].append(b"1 w %.1f %.1f %.1f %.1f re S" % (56, p.y - 5, size + 4, 20))
        p.put(60, item.number, 12, 2)
        p.put(96, title[0], 12, 2)
        _put_lines(p, title[1:], 96, 12, 2, 16)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 96, 9, 1, 14)
        p.sections(item, 10.5, 3, 6)
    _footer(p)
    return p.pdf()


def _pdf_flow(meeting: Meeting, head: str, fields: list[str], titles: list[tuple[str, list[str]]],
              size: float) -> bytes:
    """Each item's title (bold, `size`) and the lines under it, then its sections."""
    p = Pager()
    p.head(head, fields)
    for item, (title, marks) in zip(meeting.items, titles, strict=True):
        p.y -= 14
        _put_lines(p, _wrap_pt(title, 480, size, True), 56, size, 2, size + 4)
        _put_lines(p, marks, 56, 9, 1, 13)
        p.sections(item)
    _footer(p)
    return p.pdf()


def _pdf_resumed(layout: Layout15, meeting: Meeting) -> bytes:
    return _pdf_flow(meeting, meeting.udvalg,
                     [f"{_word(meeting)} af mødet {DATE_LONG}", f"Mødested: {meeting.place}"],
                     [(f"{item.number}. {item.title}", [*_marks(layout, item), *_resumed(item)])
                      for item in meeting.items], 12)


def _pdf_questions(layout: Layout15, meeting: Meeting) -> bytes:
    return _pdf_flow(meeting, f"{_word(meeting)}: {meeting.udvalg}",
                     [f"Mødedato: {DATE_LONG}", f"Mødested: {meeting.place}"],
                     [(f"{item.number} | {item.title}", _marks(layout, item))
                      for item in meeting.items], 13)


def render_pdf15(layout: Layout15, meeting: Meeting) -> bytes:
    return {"punkt-af-total-times": _pdf_af,
            "boxed-number-italic-pdf": _pdf_boxed,
            "resumed-postponed-history": _pdf_resumed,
            "question-headings-pipe": _pdf_questions}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_fieldset(layout: Layout15, meeting: Meeting) -> str:
    body = ["<form class='visning' aria-readonly='true'>", f"<h1>{_word(meeting)}</h1>",
            "<fieldset><legend>Møde</legend>",
            f"<label>Udvalg</label><div class='felt'>{e(meeting.udvalg)}</div>",
            f"<label>Dato</label><div class='felt'>{DATE_LONG} kl. 16.00</div>",
            f"<label>Lokale</label><div class='felt'>{e(meeting.place)}</div></fieldset>"]
    for item in meeting.items:
        body.append(f"<fieldset class='punkt'><legend>Punkt {item.number} – "
                    f"{e(item.title)}</legend>")
        if item.closed:
            body.append("<p class='status'>Lukket punkt</p></fieldset>")
            continue
        body += [f"<label>Sagsnummer</label><div class='felt'>{e(mark)}</div>"
                 for mark in _marks(layout, item)]
        body += [f"<label>{e(s.heading)}</label><div class='felt'>{_paras(s.text)}</div>"
                 for s in item.sections]
        body.append("</fieldset>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</form>"])


def _html_microdata(layout: Layout15, meeting: Meeting) -> str:
    body = ["<main itemscope itemtype='https://schema.org/Event'>",
            f"<h1 itemprop='name'>{e(meeting.udvalg)}</h1>",
            f"<p>{_word(meeting)} fra mødet <time itemprop='startDate' "
            f"datetime='2024-03-12T16:00'>{DATE_LONG} kl. 16.00</time>, "
            f"<span itemprop='location'>{e(meeting.place)}</span></p>"]
    for item in meeting.items:
        body += ["<article itemprop='subEvent' itemscope itemtype='https://schema.org/Event'>",
                 f"<h3><abbr title='Punkt'>Pkt.</abbr> {item.number} "
                 f"<span itemprop='name'>{e(item.title)}</span></h3>"]
        body += [f"<p><data value='{e(item.case_number)}'>{e(mark)}</data></p>"
                 for mark in _marks(layout, item)]
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
        body.append("</article>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_codes(layout: Layout15, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Dagsorden - {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG} kl. 15.00<br>Mødested: {e(meeting.place)}</p>",
            f"<p class='legend'>{_legend()}</p>"]
    for k, item in enumerate(meeting.items):
        body.append(f"<p class='punkt'><b>{item.number}.</b> {e(item.title)} "
                    f"<span class='kode'>({_code(k, item)})</span></p>")
        body += [f"<p>{e(mark)}</p>" for mark in _marks(layout, item)]
        body += [f"<p><u>{e(s.heading)}</u></p>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</main>"])


def _html_nested(layout: Layout15, meeting: Meeting) -> str:
    body = ["<div id='indhold'>", f"<p><strong>{_word(meeting)}</strong></p>",
            f"<p>{e(meeting.udvalg)}, {DATE_LONG}, {e(meeting.place)}</p>", "<ul>"]
    for item in meeting.items:
        body.append(f"<li><strong>Punkt {item.number}.</strong> {e(item.title)}<ul>")
        body += [f"<li>{e(mark)}</li>" for mark in _marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            paras = s.text.splitlines()
            body.append(f"<li><em>{e(s.heading)}:</em> {e(paras[0])}"
                        + "".join(f"<br>{e(x)}" for x in paras[1:]) + "</li>")
        body.append("</ul></li>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</ul></div>"])


def _html_questions(layout: Layout15, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{_word(meeting)}: {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}</p>", f"<p>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2>{item.number} | {e(item.title)}</h2>")
        body += [f"<p class='meta'>{e(mark)}</p>" for mark in _marks(layout, item)]
        body += [f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}"
                 for s in item.sections]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def render_html15(layout: Layout15, meeting: Meeting) -> str:
    return {"fieldset-legend-form": _html_fieldset,
            "schema-microdata-abbr": _html_microdata,
            "status-code-legend-txt": _html_codes,
            "nested-ul-em-runin": _html_nested,
            "question-headings-pipe": _html_questions}[layout.name](layout, meeting)


def document15(layout: Layout15, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth15(layout, seed)
    return meeting, rendered(layout, meeting, render_text15, render_html15, render_pdf15)
