"""A thirteenth set of invented layouts (`test13`): an eighth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (SBSYS and Acadre exports, committee
systems' PDFs, municipal CMS pages, Word saved as PDF, regional councils), not from any
kommune's published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: an "Dagsordenspunkt 4 (Åben)"
line with a "Sags-ID" and a responsible unit on a status line below the title; the item
number in parentheses after the title in an <h4> with underlined section labels; a decision
history (an earlier committee's decision above the meeting's own, each dated); a status
line "Åben sag · Ansvarlig: … · Sagsnr. …" under "4. Title" in text; items as <li> of an
unordered list with "4)" markers and <h5> headings; an agenda-only <ol start> whose
<li> hold the title and an "Indstilling" block; a PDF with the title in a filled grey band
and "Pkt. 4" right-aligned in it; a text export with "=== 4 ===" separators and the title
on the line below, headings in square brackets.

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated
from benchmarks.layouts.draw import case_line as _case
from benchmarks.layouts.draw import word as _word
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate12 import _width
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
EARLIER = "Anbefales over for byrådet."
OTHER = "Sagen har ingen konsekvenser for borgerinddragelse ud over det sædvanlige."


@dataclass
class Layout13(LayoutFields):
    numbered: bool = True
    votes: str = ""


LAYOUTS13: list[Layout13] = [
    # SBSYS-like text: "Dagsordenspunkt 4 (Åben)" above the title, "Sags-ID: … ·
    # Ansvarlig: …" below; "Sagens indhold" (sagsfremstilling), "Forslag til beslutning"
    # (indstilling)
    Layout13("sbsys-sagsid-status-txt",
             [("sagsfremstilling", "Sagens indhold"), ("indstilling", "Forslag til beslutning"),
              ("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="Sags-ID: {case}", closed=1),
    # HTML: the number in parentheses after the title in an <h4>, the case in a <span>,
    # headings underlined in <p><u>
    Layout13("h4-number-after-title-u",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # a byråd PDF with a decision history: the økonomiudvalg's dated decision, then the
    # byråd's own (both beslutning)
    Layout13("decision-history-dated-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Økonomiudvalget 05.03.2024"),
              ("beslutning", "Byrådet 12.03.2024")],
             formats=(".pdf", ".txt"), case="Sag: {case}", udvalg="Byrådet",
             place="Byrådssalen"),
    # text: "4. Title" and a status line "Åben sag · Ansvarlig: … · Sagsnr. …";
    # "Problemstilling" (resume, the most common reading), "Vurdering" (sagsfremstilling)
    Layout13("status-line-responsible-txt",
             [("resume", "Problemstilling"), ("sagsfremstilling", "Vurdering"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, closed_title="Lukket sag"),
    # HTML: items as <li> of a <ul>, "4)" in a <span>, headings as <h5>
    Layout13("ul-li-paren-h5",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("other", "Borgerinddragelse"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Journalnr. {case}"),
    # an agenda as <ol start>: each <li> the title, a case line and an "Indstilling" block
    Layout13("agenda-ol-start-indstilling",
             [("indstilling", "Indstilling"), ("sagsfremstilling", "Sagsfremstilling")],
             formats=(".html",), kind="dagsorden", case="Sagsnr. {case}"),
    # PDF: the title in a filled grey band, "Pkt. 4" right-aligned in the band
    Layout13("grey-band-number-right-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", closed=1),
    # text export: "=== 4 ===" separators, the title below, headings in square brackets
    Layout13("equals-separator-bracket-headings",
             [("resume", "Resume"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnummer: {case}"),
    # a PDF whose items stand under group headings in capitals ("SAGER TIL BESLUTNING",
    # "SAGER TIL ORIENTERING"), numbered on across the groups; "Sagsresumé" (resume)
    Layout13("grouped-beslutning-orientering-pdf",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf", ".txt"), case="Sagsnr. {case}", closed=1),
    # text: the case number in brackets before the title, the item number alone in the
    # margin; "Sagsbeskrivelse" (sagsfremstilling), "Forvaltningens indstilling"
    # (indstilling), "Udvalgets beslutning" (beslutning)
    Layout13("case-first-bracket-txt",
             [("sagsfremstilling", "Sagsbeskrivelse"),
              ("indstilling", "Forvaltningens indstilling"),
              ("beslutning", "Udvalgets beslutning")],
             formats=(".txt",), case="[{case}]"),
    # HTML: the numbers only in a table of contents of links ("12. Title"); the items
    # below are unnumbered <h3 id="punkt-12"> titles with <strong> headings
    Layout13("toc-links-unnumbered-h3",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, closed_title="Lukket punkt"),
]


def by_name13(name: str) -> Layout13 | None:
    return next((layout for layout in LAYOUTS13 if layout.name == name), None)


def truth13(layout: Layout13, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 3, 12, 48])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning" and heading.startswith("Økonomiudvalget"):
                text = EARLIER
            elif kind == "beslutning":
                text = _text(src, "beslutning", 2) or "Godkendt."
            elif kind == "other":
                text = OTHER
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = " ".join(src.title.split())
        if closed and layout.closed_title:
            title = layout.closed_title
        items.append(Item(str(start + k) if layout.numbered else "", title,
                          None if closed else src.case_number, closed, sections=sections))
    return stated(layout, udvalg, items)



def _meta(meeting: Meeting) -> list[str]:
    return [f"Mødedato: {DATE_LONG}", "Mødetid: 16:00 - 18:00", f"Mødested: {meeting.place}"]



UNITS = ("Plan og Byg", "Økonomi og Styring", "Børn og Familie", "Teknik og Miljø")


def _unit(k: int) -> str:
    return UNITS[k % len(UNITS)]


# --- text --------------------------------------------------------------------------------------


def _text_sbsys(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} for {meeting.udvalg}", *_meta(meeting)]
    for k, item in enumerate(meeting.items):
        status = "Lukket" if item.closed else "Åben"
        out += ["", f"Dagsordenspunkt {item.number} ({status})", *wrap(item.title, 78)]
        if item.case_number:
            out.append(f"{_case(layout, item)} · Ansvarlig: {_unit(k)}")
        for s in item.sections:
            out += ["", s.heading]
            out += wrap_lines(s.text, 78)
    return "\n".join(out) + "\n"


def _text_history(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg} - {_word(meeting)}", *_meta(meeting)]
    for item in meeting.items:
        out += ["", f"{item.number}  {item.title}", _case(layout, item)]
        for s in item.sections:
            out += ["", s.heading, *s.text.splitlines()]
    return "\n".join(out) + "\n"


def _text_status(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{_word(meeting)}: {meeting.udvalg}", *_meta(meeting)]
    for k, item in enumerate(meeting.items):
        out += ["", *wrap(f"{item.number}. {item.title}", 78)]
        if item.closed:
            out.append("Lukket sag")
        else:
            out.append(f"Åben sag · Ansvarlig: {_unit(k)} · {_case(layout, item)}")
        for s in item.sections:
            out += ["", s.heading]
            out += wrap_lines(s.text, 78)
    return "\n".join(out) + "\n"


def _text_equals(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{_word(meeting).upper()} - {meeting.udvalg}", *_meta(meeting)]
    for item in meeting.items:
        out += ["", f"=== {item.number} ===", item.title, _case(layout, item)]
        for s in item.sections:
            out += ["", f"[{s.heading}]", *s.text.splitlines()]
    out += ["", "=== Slut ==="]
    return "\n".join(out) + "\n"


def _group(k: int, meeting: Meeting) -> str | None:
    """The group heading printed before the k-th item (beslutning first, the last two
    items for orientering)."""
    if k == 0:
        return "SAGER TIL BESLUTNING"
    if k == len(meeting.items) - 2:
        return "SAGER TIL ORIENTERING"
    return None


def _text_grouped(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{_word(meeting)} - {meeting.udvalg}", *_meta(meeting)]
    for k, item in enumerate(meeting.items):
        group = _group(k, meeting)
        if group:
            out += ["", group]
        out += ["", *wrap(f"{item.number}. {item.title}", 78),
                _case(layout, item) or "Lukket punkt"]
        for s in item.sections:
            out += ["", s.heading]
            out += wrap_lines(s.text, 78)
    return "\n".join(out) + "\n"


def _text_case_first(layout: Layout13, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg}", f"{_word(meeting)} af mødet {DATE_LONG}", *_meta(meeting)]
    for item in meeting.items:
        title = wrap(f"{_case(layout, item)} {item.title}", 70)
        out += ["", f"{item.number:<6}{title[0]}", *(" " * 6 + t for t in title[1:])]
        for s in item.sections:
            out += ["", " " * 6 + s.heading]
            out += wrap_lines(s.text, 72, " " * 6)
    return "\n".join(out) + "\n"


def render_text13(layout: Layout13, meeting: Meeting) -> str:
    return {"sbsys-sagsid-status-txt": _text_sbsys,
            "decision-history-dated-pdf": _text_history,
            "status-line-responsible-txt": _text_status,
            "equals-separator-bracket-headings": _text_equals,
            "grouped-beslutning-orientering-pdf": _text_grouped,
            "case-first-bracket-txt": _text_case_first}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _footer(p: Pager) -> None:
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        ops.append(b"BT /F1 8 Tf 480 %d Td (Side %d af %d) Tj ET" % (p.margin - 24, n, count))


def _pdf_sbsys(layout: Layout13, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} for {meeting.udvalg}", _meta(meeting))
    for k, item in enumerate(meeting.items):
        p.y -= 12
        p.room(14)
        status = "Lukket" if item.closed else "Åben"
        p.put(56, f"Dagsordenspunkt {item.number} ({status})", 9, 1)
        for line in _wrap_pt(item.title, 480, 12, True):
            p.room(16)
            p.put(56, line, 12, 2)
        if item.case_number:
            p.room(13)
            p.put(56, f"{_case(layout, item)} · Ansvarlig: {_unit(k)}", 9, 1)
        p.sections(item, 10.5)
    _footer(p)
    return p.pdf()


def _pdf_history(layout: Layout13, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique"))
    p.head(f"{meeting.udvalg} - {_word(meeting)}", _meta(meeting))
    for item in meeting.items:
        p.y -= 14
        for n, line in enumerate(_wrap_pt(item.title, 440, 12, True)):
            p.room(17)
            if not n:
                p.put(56, item.number, 12, 2)
            p.put(90, line, 12, 2)
        p.room(13)
        p.put(90, _case(layout, item), 9, 1)
        for s in item.sections:
            p.y -= 5
            p.room(15)
            p.put(90, s.heading, 10, 3 if s.type == "beslutning" else 2)
            p.body(s.text, 90, 445)
    _footer(p)
    return p.pdf()


def _pdf_band(layout: Layout13, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    for item in meeting.items:
        p.y -= 14
        lines = _wrap_pt(item.title, 400, 11, True)
        if p.y - (16 * len(lines) + 30) < p.margin + 20:
            p.new_page()
        p.y -= 14
        bottom = p.y - 16 * (len(lines) - 1) - 5
        p.pages[-1].append(b"0.85 g 52 %.1f 491 %.1f re f 0 g" % (bottom, p.y + 12 - bottom))
        label = f"Pkt. {item.number}"
        p.put(535 - _width(label, 10, "Helvetica-Bold"), label, 10, 2)
        for n, line in enumerate(lines):
            if n:
                p.y -= 16
            p.put(60, line, 11, 2)
        p.y -= 4
        p.room(13)
        p.put(60, _case(layout, item) or "Lukket punkt", 9, 1)
        for s in item.sections:
            p.y -= 5
            p.room(15)
            p.put(60, s.heading, 10.5, 2)
            p.body(s.text, 60, 475)
    _footer(p)
    return p.pdf()


def _pdf_grouped(layout: Layout13, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{_word(meeting)} - {meeting.udvalg}", _meta(meeting))
    for k, item in enumerate(meeting.items):
        group = _group(k, meeting)
        if group:
            p.y -= 16
            p.room(20)
            p.put(56, group, 14, 2)
            p.rule(56, 539, p.y - 4)
        p.y -= 12
        for line in _wrap_pt(f"{item.number}. {item.title}", 480, 11.5, True):
            p.room(16)
            p.put(56, line, 11.5, 2)
        p.room(13)
        p.put(56, _case(layout, item) or "Lukket punkt", 9, 1)
        p.sections(item)
    _footer(p)
    return p.pdf()


def render_pdf13(layout: Layout13, meeting: Meeting) -> bytes:
    return {"sbsys-sagsid-status-txt": _pdf_sbsys,
            "decision-history-dated-pdf": _pdf_history,
            "grey-band-number-right-pdf": _pdf_band,
            "grouped-beslutning-orientering-pdf": _pdf_grouped}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_h4(layout: Layout13, meeting: Meeting) -> str:
    body = ["<div id='indhold'>", f"<h2>{e(_word(meeting))} - {e(meeting.udvalg)}</h2>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append(f"<h4>{e(item.title)} <small>(pkt. {item.number})</small></h4>")
        if item.case_number:
            body.append(f"<p><span class='sagsnr'>{e(_case(layout, item))}</span></p>")
        for s in item.sections:
            body.append(f"<p><u>{e(s.heading)}</u></p>{_paras(s.text)}")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</div>"])


def _html_ul(layout: Layout13, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>", f"<p>{e(_word(meeting))}</p>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    body.append("<ul class='punkter'>")
    for item in meeting.items:
        body.append(f"<li><p class='overskrift'><span class='nr'>{item.number})</span> "
                    f"{e(item.title)}</p><p class='jnr'>{e(_case(layout, item))}</p>")
        for s in item.sections:
            body.append(f"<h5>{e(s.heading)}</h5>{_paras(s.text)}")
        body.append("</li>")
    body.append("</ul>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_ol(layout: Layout13, meeting: Meeting) -> str:
    first = meeting.items[0].number
    body = ["<main>", f"<h1>{e(_word(meeting))} - {e(meeting.udvalg)}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    body.append(f"<ol start='{first}'>")
    for item in meeting.items:
        body.append(f"<li><b>{e(item.title)}</b><br>{e(_case(layout, item))}")
        for s in item.sections:
            body.append(f"<p><i>{e(s.heading)}</i></p>{_paras(s.text)}")
        body.append("</li>")
    body.append("</ol>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_toc_links(layout: Layout13, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(_word(meeting))} - {e(meeting.udvalg)}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    body.append("<nav class='toc'><p>Indhold</p><ul>")
    body += [f"<li><a href='#punkt-{item.number}'>{item.number}. {e(item.title)}</a></li>"
             for item in meeting.items]
    body.append("</ul></nav>")
    for item in meeting.items:
        body.append(f"<section><h3 id='punkt-{item.number}'>{e(item.title)}</h3>")
        if item.case_number:
            body.append(f"<p>{e(_case(layout, item))}</p>")
        for s in item.sections:
            body.append(f"<p><strong>{e(s.heading)}</strong></p>{_paras(s.text)}")
        body.append("<p><a href='#top'>Til toppen</a></p></section>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def render_html13(layout: Layout13, meeting: Meeting) -> str:
    return {"h4-number-after-title-u": _html_h4,
            "ul-li-paren-h5": _html_ul,
            "agenda-ol-start-indstilling": _html_ol,
            "toc-links-unnumbered-h3": _html_toc_links}[layout.name](layout, meeting)


def document13(layout: Layout13, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth13(layout, seed)
    return meeting, rendered(layout, meeting, render_text13, render_html13, render_pdf13)
