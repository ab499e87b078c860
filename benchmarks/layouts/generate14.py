"""A fourteenth set of invented layouts (`test14`): a ninth independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (committee systems' PDF and HTML exports, Word
documents, CMS pages, text exports from older systems), not from any kommune's published
minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: item markers that name the item's
kind ("Beslutningspunkt 4:", "Orienteringspunkt 5:", "Lukket punkt 6:"); a PDF whose
headings differ from the text by colour only, with justified text set word by word; an
ARIA tab list whose tabs (the section headings) all stand before their panels; a CMS page
with the whole dagsorden pasted into a <pre>; one <table> per item with the number and
title in its <caption> and the headings in <th scope='row'>; a decision history as a table
(Dato | Udvalg | Beslutning), newest first; a Windows-1252 text export with CRLF lines,
"Pkt.nr. 4" and the udvalg only in the genitive in the heading; a PDF with the case number,
status and responsible unit in a right-hand sidebar beside the title; a byråd protocol
numbered through the year ("37/2024") with run-in headings; an XSLT page with an <h1> per
item and "Punkt nr.: 4 | Sagsnr.: …" below it; a text export with each item's head in a box
drawn with box-drawing characters.

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated, text_of
from benchmarks.layouts.draw import case_line as _case
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate12 import _width
from benchmarks.layouts.generate13 import _footer, _unit, _word
from benchmarks.layouts.pdfwriter import _escape, wrap, wrap_lines

DATE_LONG = "12. marts 2024"
DATE_DOTS = "12.03.2024"
EARLIER = "Anbefales over for byrådet."

# the old name, for generate20.py (issue-18ar, merged in parallel), which imports it
_lines = wrap_lines


@dataclass
class Layout14(LayoutFields):
    case: str = "Sagsnr. {case}"
    ansi: bool = False  # the text is what Windows-1252 can say (a '?' for the rest)


LAYOUTS14: list[Layout14] = [
    # the marker names the item's kind: "Beslutningspunkt 4:", "Orienteringspunkt 5:",
    # "Lukket punkt 6:"; no case number; "Kort fortalt" (resume), "Sagsredegørelse"
    # (sagsfremstilling), "Administrationens forslag" (indstilling); "Mødeforum", "Lokale"
    Layout14("kind-marker-words",
             [("resume", "Kort fortalt"), ("sagsfremstilling", "Sagsredegørelse"),
              ("indstilling", "Administrationens forslag"), ("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="", closed=1),
    # PDF: headings in the text's face and size, told apart by colour only; the text
    # justified, set word by word; titles bold in colour
    Layout14("colour-headings-justified-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1),
    # HTML: the sections as ARIA tabs: the tab list (the headings) first, then the panels,
    # each labelled by its tab (aria-labelledby), all but the first hidden
    Layout14("aria-tabs-panels",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # a CMS page with a dagsorden pasted into one <pre>: a table of contents, "4.   Title"
    # with a hanging indent, headings with a colon; "Forvaltningen indstiller" (indstilling)
    Layout14("pre-block-agenda",
             [("indstilling", "Forvaltningen indstiller"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi")],
             formats=(".html",), kind="dagsorden", case="Sagsnr.: {case}", closed=1),
    # HTML: one <table> per item, "<b>4</b> Title" in its <caption>, the case number and
    # every section a row with the heading in <th scope='row'>; "Opsummering" (resume),
    # "Sagsredegørelse" (sagsfremstilling), "Finansiering" (okonomi); the meeting's fields
    # in a table of the same kind; a closed item captioned "Lukket punkt"
    Layout14("caption-table-th-rows",
             [("resume", "Opsummering"), ("sagsfremstilling", "Sagsredegørelse"),
              ("okonomi", "Finansiering"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, closed_title="Lukket punkt"),
    # a byråd referat: "4 · Title"; the decisions as a table Dato | Udvalg | Beslutning,
    # newest first (the byråd's, then the økonomiudvalg's with its own item number); each
    # row a beslutning whose heading is its date and body
    Layout14("decision-table-newest-first",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "{date} Byrådet"),
              ("beslutning", "05.03.2024 Økonomiudvalget, pkt. {pkt}")],
             formats=(".html", ".txt"), udvalg="Byrådet", place="Byrådssalen"),
    # a Windows-1252 text export with CRLF line ends: "Pkt.nr. 4  Title", "Sagsnr: …",
    # capital headings with a colon; the udvalg named only in the genitive in the first line
    Layout14("ansi-crlf-genitive",
             [("sagsfremstilling", "SAGSFREMSTILLING"), ("okonomi", "ØKONOMI"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING")],
             formats=(".txt",), case="Sagsnr: {case}", udvalg="Økonomiudvalget", ansi=True),
    # PDF: the title (bold 12 pt) in a column of 320 pt, beside it a sidebar of label and
    # value lines (Sagsnr., Status, Ansvarlig); "Indledning" (resume), "Retlige forhold"
    # (lovgrundlag)
    Layout14("right-sidebar-fields-pdf",
             [("resume", "Indledning"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Retlige forhold"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1),
    # a byråd protocol numbered through the year: "37/2024" then the title; run-in headings
    # with a colon; "Økonomiudvalgets indstilling" (indstilling: the recommendation the
    # byråd decides on), "Byrådets beslutning"
    Layout14("year-number-runin-protocol",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Økonomiudvalgets indstilling"),
              ("beslutning", "Byrådets beslutning")],
             formats=(".pdf", ".txt"), udvalg="Byrådet", place="Byrådssalen"),
    # an XSLT-made dagsorden page: an <h1> per item, "Punkt nr.: 4 | Sagsnr.: …" below it,
    # headings <h2>; the meeting's fields in a table of <td> labels; no document heading
    Layout14("h1-per-item-xslt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling")],
             formats=(".html",), kind="dagsorden", case="Sagsnr.: {case}", closed=1),
    # a text export: each item's head ("Punkt 4", the title, the case number) in a box of
    # box-drawing characters, headings underlined with "─"; "Sammendrag" (resume)
    Layout14("box-drawing-text",
             [("resume", "Sammendrag"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",)),
]


def by_name14(name: str) -> Layout14 | None:
    return next((layout for layout in LAYOUTS14 if layout.name == name), None)


def _ansi(text: str) -> str:
    return text.encode("cp1252", errors="replace").decode("cp1252")


def truth14(layout: Layout14, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 3, 12, 37])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    clean = _ansi if layout.ansi else str
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if heading.startswith("05.03.2024"):
                text = EARLIER
            else:
                text = text_of(src, kind)
            heading = heading.format(date=DATE_DOTS, pkt=20 + 2 * k)
            if text:
                sections.append(Section(heading, kind, clean(text)))
        title = clean(" ".join(src.title.split()))
        if closed and layout.closed_title:
            title = layout.closed_title
        case = None if closed or not layout.case else src.case_number
        items.append(Item(str(start + k), title, case, closed, sections=sections))
    return stated(layout, udvalg, items)



def _genitive(name: str) -> str:
    return name if name.endswith("s") else f"{name}s"


def _kind_marker(k: int, item: Item, meeting: Meeting) -> str:
    """Lukket for closed items, Orientering for the last two open ones, else Beslutning."""
    if item.closed:
        return f"Lukket punkt {item.number}"
    open_after = sum(not x.closed for x in meeting.items[k + 1:])
    word = "Orienteringspunkt" if open_after < 2 else "Beslutningspunkt"
    return f"{word} {item.number}"


# --- text --------------------------------------------------------------------------------------


def _fields_kind(meeting: Meeting) -> list[str]:
    return [f"Mødeforum: {meeting.udvalg}", f"Mødedato: {DATE_LONG}",
            "Mødetid: 16:00 - 18:00", f"Lokale: {meeting.place}"]


def _text_kind(layout: Layout14, meeting: Meeting) -> str:
    out = [_word(meeting), *_fields_kind(meeting)]
    for k, item in enumerate(meeting.items):
        out += ["", *wrap(f"{_kind_marker(k, item, meeting)}: {item.title}", 78)]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _decision_rows(item: Item) -> list[tuple[str, str, str]]:
    """(date, body, decision) per beslutning section, as printed in the table."""
    rows = []
    for s in item.sections:
        if s.type == "beslutning":
            date, _, body = s.heading.partition(" ")
            rows.append((date, body, s.text))
    return rows


def _text_table(layout: Layout14, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg}", _word(meeting), f"Mødedato: {DATE_LONG}",
           "Mødetid: Kl. 17.00", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number} · {item.title}", 78), _case(layout, item)]
        for s in item.sections:
            if s.type != "beslutning":
                out += ["", s.heading, *wrap_lines(s.text, 78)]
        out += ["", "Behandling", f"{'Dato':<12}{'Udvalg':<34}Beslutning"]
        for date, body, text in _decision_rows(item):
            lines = wrap_lines(text, 40)
            out.append(f"{date:<12}{body:<34}{lines[0]}")
            out += [" " * 46 + line for line in lines[1:]]
    return "\n".join(out) + "\n"


def _text_ansi(layout: Layout14, meeting: Meeting) -> bytes:
    out = [f"Referat af {_genitive(meeting.udvalg)} møde tirsdag den {DATE_LONG}",
           "Tidspunkt: kl. 16.00-18.00", f"Sted: {meeting.place}", "Afbud: Ingen", ""]
    for item in meeting.items:
        out += ["", *wrap(f"Pkt.nr. {item.number}  {item.title}", 80), _case(layout, item)]
        for s in item.sections:
            out += ["", f"{s.heading}:", *wrap_lines(s.text, 80)]
    return ("\r\n".join(out) + "\r\n").encode("cp1252")


def _text_protocol(layout: Layout14, meeting: Meeting) -> str:
    out = [f"{meeting.udvalg} - Beslutningsprotokol", f"Mødedato: {DATE_LONG}",
           "Mødetid: 17:00 - 21:30", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        title = wrap(item.title, 68)
        out += ["", f"{item.number + '/2024':<11}{title[0]}", *(" " * 11 + t for t in title[1:]),
                " " * 11 + _case(layout, item)]
        for s in item.sections:
            paras = s.text.splitlines()
            out += ["", *wrap(f"{s.heading}: {paras[0]}", 78),
                    *wrap_lines("\n".join(paras[1:]), 78)]
    return "\n".join(out) + "\n"


BOX = 76


def _boxed(lines: list[str]) -> list[str]:
    return (["┌" + "─" * BOX + "┐"] + [f"│ {line:<{BOX - 2}} │" for line in lines]
            + ["└" + "─" * BOX + "┘"])


def _text_box(layout: Layout14, meeting: Meeting) -> str:
    out = ["REFERAT", meeting.udvalg, f"Dato: {DATE_LONG}", "Tid: 16.00 - 18.00",
           f"Sted: {meeting.place}"]
    for item in meeting.items:
        head = [f"Punkt {item.number}", *wrap(item.title, BOX - 4)]
        if item.case_number:
            head.append(_case(layout, item))
        out += ["", *_boxed(head)]
        for s in item.sections:
            out += ["", s.heading, "─" * len(s.heading), *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _pre_lines(layout: Layout14, meeting: Meeting) -> list[str]:
    out = [_word(meeting).upper(), meeting.udvalg, f"Mødedato:  {DATE_LONG}, kl. 16.00",
           f"Mødested:  {meeting.place}", "", "Indhold"]
    for item in meeting.items:
        title = wrap(item.title, 66)
        out += [f"  {item.number + '.':<5}{title[0]}", *(" " * 7 + t for t in title[1:])]
    for item in meeting.items:
        title = wrap(item.title, 70)
        out += ["", "", f"{item.number + '.':<5}{title[0]}", *(" " * 5 + t for t in title[1:])]
        out.append(" " * 5 + (_case(layout, item) or "(Lukket punkt)"))
        for s in item.sections:
            out += ["", f"     {s.heading}:", *wrap_lines(s.text, 72, " " * 5)]
    return out


def render_text14(layout: Layout14, meeting: Meeting) -> bytes:
    if layout.ansi:
        return _text_ansi(layout, meeting)
    return {"kind-marker-words": _text_kind,
            "decision-table-newest-first": _text_table,
            "year-number-runin-protocol": _text_protocol,
            "box-drawing-text": _text_box}[layout.name](layout, meeting).encode()


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_kind(layout: Layout14, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(_word(meeting), _fields_kind(meeting))
    for k, item in enumerate(meeting.items):
        p.y -= 12
        for line in _wrap_pt(f"{_kind_marker(k, item, meeting)}: {item.title}", 480, 11.5, True):
            p.room(16)
            p.put(56, line, 11.5, 2)
        p.sections(item)
    _footer(p)
    return p.pdf()


BLUE = b"0.12 0.3 0.6 rg"
RED = b"0.6 0.1 0.1 rg"
GREY = b"0.4 g"


def _coloured(p: Pager, colour: bytes, x: float, text: str, size: float, font: int) -> None:
    p.pages[-1].append(colour)
    p.put(x, text, size, font)
    p.pages[-1].append(b"0 g")


def _justified(p: Pager, text: str, x: float = 56, width: float = 480) -> None:
    """Each paragraph's lines but the last spread to the full width, one word at a time
    (a line that would need gaps wider than 6 pt is left ragged)."""
    for para in text.splitlines():
        lines = _wrap_pt(para, width, 10, False)
        for n, line in enumerate(lines):
            p.room(14)
            words = line.split()
            gap = (width - sum(_width(w, 10) for w in words)) / max(len(words) - 1, 1)
            if n == len(lines) - 1 or len(words) < 2 or gap > 6:  # Word's ragged fallback
                p.put(x, line, 10, 1)
                continue
            at = x
            for word in words:
                p.pages[-1].append(b"BT /F1 10.0 Tf %.2f %.1f Td (%s) Tj ET"
                                   % (at, p.y, _escape(word)))
                at += _width(word, 10) + gap


def _pdf_colour(layout: Layout14, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(meeting.udvalg, [f"{_word(meeting)} fra mødet {DATE_LONG}",
                            f"Tid: 16.00 - 18.00 · Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 12
        for line in _wrap_pt(f"{item.number}. {item.title}", 480, 12, True):
            p.room(17)
            _coloured(p, BLUE, 56, line, 12, 2)
        p.room(13)
        _coloured(p, GREY, 56, _case(layout, item) or "Lukket punkt", 9, 1)
        for s in item.sections:
            p.y -= 4
            p.room(14)
            _coloured(p, RED, 56, s.heading, 10, 1)
            _justified(p, s.text)
    _footer(p)
    return p.pdf()


def _pdf_sidebar(layout: Layout14, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(_word(meeting), [meeting.udvalg, f"Dato: {DATE_LONG}", "Tid: 16.00 - 18.00",
                            f"Sted: {meeting.place}"])
    for k, item in enumerate(meeting.items):
        title = _wrap_pt(f"{item.number}. {item.title}", 320, 12, True)
        side = ([("Sagsnr.", 2), (item.case_number, 1)] if item.case_number else [])
        side += [("Status", 2), ("Lukket punkt" if item.closed else "Åbent punkt", 1)]
        if not item.closed:
            side += [("Ansvarlig", 2), (_unit(k), 1)]
        p.y -= 14
        if p.y - max(16 * len(title), 11 * len(side)) < p.margin + 40:
            p.new_page()
        top = p.y
        for line in title:
            p.y -= 16
            p.put(56, line, 12, 2)
        bottom = p.y
        p.y = top
        for text, font in side:
            p.y -= 11
            p.put(420, text, 8.5, font)
        p.y = min(bottom, p.y) - 4
        p.sections(item)
    _footer(p)
    return p.pdf()


def _pdf_protocol(layout: Layout14, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{meeting.udvalg} - Beslutningsprotokol",
        [f"Mødedato: {DATE_LONG}", "Mødetid: 17:00 - 21:30", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        for n, line in enumerate(_wrap_pt(item.title, 415, 11, True)):
            p.room(16)
            if not n:
                p.put(56, f"{item.number}/2024", 11, 2)
            p.put(120, line, 11, 2)
        p.room(13)
        p.put(120, _case(layout, item), 9, 1)
        for s in item.sections:
            p.y -= 5
            paras = s.text.splitlines()
            lead = f"{s.heading}: "
            first = _wrap_pt(f"{lead}{paras[0]}", 480, 10, False)
            for n, line in enumerate(first):
                p.room(14)
                if n:
                    p.put(56, line, 10, 1)
                    continue
                p.put(56, lead.strip(), 10, 2)
                rest = line[len(lead):]
                p.put(56 + _width(lead, 10, "Helvetica-Bold"), rest, 10, 1)
            p.body("\n".join(paras[1:]))
    _footer(p)
    return p.pdf()


def render_pdf14(layout: Layout14, meeting: Meeting) -> bytes:
    return {"kind-marker-words": _pdf_kind,
            "colour-headings-justified-pdf": _pdf_colour,
            "right-sidebar-fields-pdf": _pdf_sidebar,
            "year-number-runin-protocol": _pdf_protocol}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_tabs(layout: Layout14, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>",
            f"<p class='moede'>{_word(meeting)} · {DATE_LONG} · kl. 16.00 · {e(meeting.place)}</p>"]
    for item in meeting.items:
        n = item.number
        body.append(f"<section class='punkt' aria-labelledby='h-{n}'>"
                    f"<h2 id='h-{n}'><span class='nr'>{n}.</span> {e(item.title)}</h2>")
        if item.closed:
            body.append("<p class='status'>Lukket punkt</p></section>")
            continue
        body.append(f"<p class='sagsnr'>{e(_case(layout, item))}</p>"
                    "<div role='tablist' aria-label='Punktets indhold'>")
        body += [f"<button role='tab' id='t-{n}-{j}' aria-controls='p-{n}-{j}' "
                 f"aria-selected='{'true' if not j else 'false'}'>{e(s.heading)}</button>"
                 for j, s in enumerate(item.sections)]
        body.append("</div>")
        body += [f"<div role='tabpanel' id='p-{n}-{j}' aria-labelledby='t-{n}-{j}'"
                 f"{' hidden' if j else ''}>{_paras(s.text)}</div>"
                 for j, s in enumerate(item.sections)]
        body.append("</section>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_pre(layout: Layout14, meeting: Meeting) -> str:
    body = ["<article class='nyhed'>", f"<h1>{_word(meeting)} - {e(meeting.udvalg)}</h1>",
            "<p>Dagsordenen er indsat herunder.</p>",
            "<pre>" + e("\n".join(_pre_lines(layout, meeting))) + "</pre>", "</article>"]
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", body)


def _row(label: str, value: str) -> str:
    return f"<tr><th scope='row'>{e(label)}</th><td>{value}</td></tr>"


def _html_caption(layout: Layout14, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{_word(meeting)}</h1>", "<table class='moede'>",
            _row("Mødeforum", e(meeting.udvalg)), _row("Dato", DATE_LONG),
            _row("Tid", "16.00 - 18.00"), _row("Lokale", e(meeting.place)), "</table>"]
    for item in meeting.items:
        body += ["<table class='punkt'>",
                 f"<caption><b>{item.number}</b> {e(item.title)}</caption>"]
        if item.closed:
            body.append(_row("Status", "Lukket"))
        else:
            body.append(_row("Sagsnr.", e(_case(layout, item))))
        body += [_row(s.heading, _paras(s.text)) for s in item.sections]
        body.append("</table>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_decision_table(layout: Layout14, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>", f"<h2>{_word(meeting)}</h2>",
            f"<p>Mødedato: {DATE_LONG}</p>", "<p>Mødetid: Kl. 17.00</p>",
            f"<p>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += [f"<h3>{item.number} · {e(item.title)}</h3>", f"<p>{e(_case(layout, item))}</p>"]
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections
                 if s.type != "beslutning"]
        body += ["<h4>Behandling</h4>", "<table class='behandling'><thead><tr><th>Dato</th>"
                 "<th>Udvalg</th><th>Beslutning</th></tr></thead><tbody>"]
        body += [f"<tr><td>{date}</td><td>{e(who)}</td><td>{_paras(text)}</td></tr>"
                 for date, who, text in _decision_rows(item)]
        body.append("</tbody></table>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_h1(layout: Layout14, meeting: Meeting) -> str:
    body = ["<div class='dagsorden'>", "<table class='moededata'>"]
    body += [f"<tr><td>{label}</td><td>{e(value)}</td></tr>"
             for label, value in (("Udvalg", meeting.udvalg), ("Mødedato", DATE_LONG),
                                  ("Tidspunkt", "16:00"), ("Mødested", meeting.place))]
    body.append("</table>")
    for item in meeting.items:
        body.append(f"<h1>{e(item.title)}</h1>")
        body.append(f"<p class='punktinfo'>Punkt nr.: {item.number} | "
                    f"{e(_case(layout, item) or 'Lukket punkt')}</p>")
        body += [f"<h2>{e(s.heading)}</h2>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"{_word(meeting)}: {meeting.udvalg}", [*body, "</div>"])


def render_html14(layout: Layout14, meeting: Meeting) -> str:
    return {"aria-tabs-panels": _html_tabs,
            "pre-block-agenda": _html_pre,
            "caption-table-th-rows": _html_caption,
            "decision-table-newest-first": _html_decision_table,
            "h1-per-item-xslt": _html_h1}[layout.name](layout, meeting)


def document14(layout: Layout14, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth14(layout, seed)
    return meeting, rendered(layout, meeting, render_text14, render_html14, render_pdf14)
