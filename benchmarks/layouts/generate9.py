"""A ninth set of invented layouts (`test9`): a fourth independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (Word saved as PDF, OCR'd text exports,
committee systems' HTML, CMS pages), not from any kommune's published minutes, and frozen
before the reader was run on them.

Conventions the earlier 92 layouts and the stress generator lack, or lack in this
combination: "[4] title" in brackets; "Dagsordenspunkt nr. 4" alone on a line with the
title on the next and the case on the line after; the title first and "Punkt 4 · Sagsnr."
on a line below it; the number after the title ("title — pkt. 4"); sections numbered in
roman numerals under the item ("I. Sagsfremstilling"); the decision history per committee
("Økonomiudvalget den 5. marts 2024" as the earlier decision, "Byrådets beslutning den 12.
marts 2024" as this one); an OCR'd text with "4 ." and spaced-out colons ("Sagsnr. :");
headings in capitals followed by a colon on their own line; an HTML table per item with the
headings in a left `<th>` column; a plain-text pipe-table row per item with
"== heading =="; a CSS-grid page of nested `<div>`s with the number in its own cell and
headings as `<span style=font-weight:bold>`; an agenda-only document whose items
carry "(Lukket)" after the title; an attachment list with "Bilag:" items numbered "4.1".

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote. `formats` says which renderings make sense for a layout.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import rendered, stated
from benchmarks.layouts.generate import _greve_items, _text
from benchmarks.layouts.pdfwriter import render_pdf, wrap

ALL = (".txt", ".html", ".pdf")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
ATTACHMENTS = ("Oversigtskort", "Høringsnotat", "Økonomisk overblik")
EARLIER = "Økonomiudvalget, 05.03.2024"  # an earlier committee's decision, dated
e = html.escape


@dataclass
class Layout9:
    name: str
    title: Callable[[str, str], list[str]]  # (number, title) -> printed lines of the title
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    case: str | None = "Sagsnr. {case}"  # printed on its own line after the title lines
    html: str = "h"  # h | table | grid
    heading: str = "bold"  # bold | capscolon | roman | plain
    numbered: bool = True
    kind: str = "referat"
    formats: tuple[str, ...] = ALL
    doctitle: tuple[str, ...] = ("Referat", "{udvalg}")
    header: tuple[str, ...] = ("Mødedato: 12. marts 2024", "Mødested: {place}")
    place: str = "Mødelokale 2"
    closed: bool = False  # the second-last item is closed: its title only
    closed_mark: str = ""  # printed after a closed item's title
    footer: str | None = "Side {n}"
    running: str | None = None  # a page header


LAYOUTS9: list[Layout9] = [
    # "[4] title", bold headings on their own line, a running header on every page
    Layout9("bracket-number", lambda n, t: [f"[{n}] {t}"],
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            running="Referat 12.03.2024"),
    # "Dagsordenspunkt nr. 4" alone, the title on the next line, the case below
    Layout9("punkt-nr-own-line", lambda n, t: [f"Dagsordenspunkt nr. {n}", t],
            [("sagsfremstilling", "Beskrivelse af sagen"), ("okonomi", "Økonomiske forhold"),
             ("indstilling", "Forslag"), ("beslutning", "Udvalgets beslutning")],
            case="Sag: {case}", place="Byrådssalen"),
    # the title first, "Punkt 4" on the line below it (the case on the next line)
    Layout9("title-then-punkt-below", lambda n, t: [t, f"Punkt {n}"],
            [("resume", "Kort fortalt"), ("sagsfremstilling", "Sagens indhold"),
             ("indstilling", "Direktionen indstiller"), ("beslutning", "Beslutning")],
            case="Journalnr. {case}", html="grid"),
    # the number after the title: "title — pkt. 4"; closed items marked
    Layout9("title-dash-pkt-after", lambda n, t: [f"{t} — pkt. {n}"],
            [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            closed=True, closed_mark=" (Lukket punkt)"),
    # sections numbered in roman numerals under the item
    Layout9("roman-numbered-sections", lambda n, t: [f"{n}. {t}"],
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            heading="roman"),
    # the decision history per committee (Acadre/SBSYS style): each decision headed only by
    # the committee and the date, the earlier committee's first, then this meeting's
    Layout9("committee-history", lambda n, t: [f"{n}. {t}"],
            [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
             ("beslutning", EARLIER), ("beslutning", "{udvalg}, 12.03.2024")],
            doctitle=("{udvalg}", "Beslutningsprotokol"), case="Sagsid: {case}"),
    # an OCR'd text export: "4 . title", "Sagsnr. :", headings in capitals with a colon
    Layout9("ocr-spaced-caps-colon", lambda n, t: [f"{n} . {t}"],
            [("sagsfremstilling", "SAGSFREMSTILLING:"), ("okonomi", "ØKONOMI:"),
             ("indstilling", "INDSTILLING:"), ("beslutning", "BESLUTNING:")],
            case="Sagsnr. : {case}", heading="plain", formats=(".txt", ".pdf"),
            header=("Mødedato : 12. marts 2024", "Mødested : {place}"), footer=None),
    # one HTML table per item, the headings in a left <th> column
    Layout9("table-th-headings", lambda n, t: [f"Pkt. {n} {t}"],
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            html="table", formats=(".html",)),
    # an agenda only: titles, case numbers, a closed item "(Lukket)", no decisions
    Layout9("agenda-closed-suffix", lambda n, t: [f"Punkt {n}: {t}"],
            [("resume", "Baggrund"), ("indstilling", "Indstilling")],
            kind="dagsorden", doctitle=("Dagsorden", "{udvalg}"), closed=True,
            closed_mark=" (Lukket)", case="Sags-nr.: {case}"),
    # no numbers at all, attachments listed "Bilag 1:", headings in capitals on own line
    Layout9("unnumbered-caps-bilag", lambda n, t: [t],
            [("sagsfremstilling", "SAGSFREMSTILLING"), ("indstilling", "INDSTILLING"),
             ("bilag", "BILAG"), ("beslutning", "BESLUTNING")],
            numbered=False, heading="plain", html="grid"),
    # a plain-text export from a case system: the number and title as a row of a pipe
    # table framed by rules, the case number on the row below, headings run as "== x =="
    Layout9("pipe-table-row", lambda n, t: ["+" + "-" * 70, f"| {n:>3} | {t}", "+" + "-" * 70],
            [("resume", "== Resumé =="), ("sagsfremstilling", "== Sagsfremstilling =="),
             ("indstilling", "== Indstilling =="), ("beslutning", "== Beslutning ==")],
            case="|     | Sagsnr. {case}", heading="plain", formats=(".txt",), footer=None),
]


def by_name9(name: str) -> Layout9 | None:
    return next((layout for layout in LAYOUTS9 if layout.name == name), None)


def truth9(layout: Layout9, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    chosen = rng.sample(_greve_items(), rng.randint(4, 6))
    start = rng.choice([1, 1, 3, 21, 140])
    udvalg = chosen[0][0]
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = layout.closed and k == len(chosen) - 2
        sections: list[Section] = []
        for kind, heading in [] if closed else layout.headings:
            heading = heading.format(udvalg=udvalg)
            if kind == "beslutning" and heading == EARLIER:
                text = f"Indstillingen anbefales over for {udvalg}."
            elif kind == "beslutning":
                if layout.kind != "referat":
                    continue
                text = _text(src, "beslutning", 2) or "Godkendt."
            elif kind == "bilag":
                text = "\n".join(f"Bilag {i}: {a}" for i, a in
                                 enumerate(ATTACHMENTS[: k % 3 + 1], start=1))
            elif kind == "lovgrundlag":
                text = "Kommunalstyrelseslovens § 18 om udvalgenes opgaver."
            else:
                text = _text(src, kind)
            if text:
                if layout.heading == "roman":
                    heading = f"{ROMAN[len(sections)]}. {heading}"
                sections.append(Section(heading, kind, text))
        number = str(start + k) if layout.numbered else ""
        case = src.case_number if layout.case and not closed else None
        items.append(Item(number, " ".join(src.title.split()), case, closed,
                          sections=sections))
    return stated(layout, udvalg, items)


def _lines(layout: Layout9, meeting: Meeting) -> list[tuple[str, str]]:
    """The document as (role, text) lines: doctitle, meta, title, case, heading, body, gap."""
    fill = {"udvalg": meeting.udvalg, "place": meeting.place}
    out = [("doctitle", x.format(**fill)) for x in layout.doctitle]
    out += [("meta", x.format(**fill)) for x in layout.header]
    for item in meeting.items:
        out.append(("gap", ""))
        titles = layout.title(item.number, item.title)
        if item.closed:
            titles[0] += layout.closed_mark
        out += [("title", x) for x in titles]
        if item.case_number:
            out.append(("case", layout.case.format(case=item.case_number)))
        for section in item.sections:
            out += [("gap", ""), ("heading", section.heading)]
            out += [("body", x) for x in section.text.splitlines()]
    return out


def render_text9(layout: Layout9, meeting: Meeting) -> str:
    out = [text for _, text in _lines(layout, meeting)]
    if layout.running:
        out.insert(0, layout.running)
    return "\n".join(out) + "\n"


def render_pdf9(layout: Layout9, meeting: Meeting) -> bytes:
    sizes = {"doctitle": (15.0, True), "meta": (10.0, False), "title": (12.5, True),
             "case": (9.0, False), "heading": (10.5, layout.heading != "plain"),
             "body": (10.0, False), "gap": (10.0, False)}
    rows = []
    for role, text in _lines(layout, meeting):
        size, bold = sizes[role]
        if role in ("body", "meta"):
            rows += [(w, size, bold) for w in wrap(text, 95)] or [("", size, bold)]
        elif role == "title":  # a long title wraps, as in Word, rather than run off the page
            rows += [(w, size, bold) for w in wrap(text, 62)]
        else:
            rows.append((text, size, bold))
    return render_pdf(rows, footer=layout.footer, header=layout.running)


def _body_html(section: Section) -> str:
    return "".join(f"<p>{e(x)}</p>" for x in section.text.splitlines())


def render_html9(layout: Layout9, meeting: Meeting) -> str:
    fill = {"udvalg": meeting.udvalg, "place": meeting.place}
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
             f"<title>{e(layout.doctitle[0].format(**fill))}</title></head><body>"]
    doctitle = [e(x.format(**fill)) for x in layout.doctitle]
    parts += [f"<h1>{doctitle[0]}</h1>", *(f"<p class='lead'>{x}</p>" for x in doctitle[1:])]
    parts += [f"<p>{e(x.format(**fill))}</p>" for x in layout.header]
    for item in meeting.items:
        titles = layout.title(item.number, item.title)
        if item.closed:
            titles[0] += layout.closed_mark
        case = layout.case.format(case=item.case_number) if item.case_number else ""
        if layout.html == "table":
            parts.append("<table class='punkt' border='1'>")
            parts.append(f"<tr><th colspan='2'>{e(titles[0])}</th></tr>")
            if case:
                parts.append(f"<tr><td colspan='2'>{e(case)}</td></tr>")
            for s in item.sections:
                parts.append(f"<tr><th scope='row'>{e(s.heading)}</th>"
                             f"<td>{_body_html(s)}</td></tr>")
            parts.append("</table>")
        elif layout.html == "grid":
            parts.append("<div class='row' style='display:grid;grid-template-columns:1fr 5fr'>")
            number = titles[1] if len(titles) > 1 else item.number
            num = f"<div class='col'><div>{e(number)}</div></div>"
            parts.append(num + f"<div class='col'><div><div style='font-size:18px;font-weight:700'>"
                         f"{e(titles[0])}</div>")
            if case:
                parts.append(f"<div><small>{e(case)}</small></div>")
            for s in item.sections:
                parts.append(f"<div><span style='font-weight:bold'>{e(s.heading)}</span></div>"
                             f"<div>{_body_html(s)}</div>")
            parts.append("</div></div></div>")
        else:
            parts.append(f"<h2>{e(titles[0])}</h2>")
            parts += [f"<h3>{e(x)}</h3>" for x in titles[1:]]
            if case:
                parts.append(f"<p>{e(case)}</p>")
            for s in item.sections:
                parts.append(f"<h4>{e(s.heading)}</h4>{_body_html(s)}")
    parts.append("</body></html>")
    return "\n".join(parts)


def document9(layout: Layout9, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth9(layout, seed)
    return meeting, rendered(layout, meeting, render_text9, render_html9, render_pdf9)
