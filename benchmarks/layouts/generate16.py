"""A sixteenth set of invented layouts (`test16`): an eleventh independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' PDF and HTML exports,
Word documents, CMS pages, text exports), not from any kommune's published minutes, and
frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a reStructuredText export with
over- and underlined titles and a field list; a fixed-width text export with headings in a
left column and the text beside them; a regional PDF with italic (not bold) titles, small
capital headings and the table of contents at the end; one <table> for the whole meeting
with the number and title cells spanning the item's rows (rowspan); a Bootstrap grid
dagsorden with the number in its own column and "Forslag til beslutning" (indstilling);
custom elements with named slots; a PDF with "– 4 –" centred above a centred title
and bold run-in headings; a design-system page with "Punkt" visually hidden in the <h2>
and the decision in a role='note' alert; "Dagsordenens pkt. 4" with an earlier committee's
treatment under "Tidligere behandling"; a form-fed text export with a page header on every
page and a tab after the number.

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, closed_positions, draw, rendered, stated, text_of
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _footer, _word
from benchmarks.layouts.generate15 import _marks, _put_lines
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
EARLIER = "Børne- og Skoleudvalget den 5. marts 2024: Anbefales over for byrådet."


@dataclass
class Layout16(LayoutFields):
    case: str = "Sagsnr. {case}"


LAYOUTS16: list[Layout16] = [
    # reStructuredText: "====" over and under "4. Title", ":Sagsnr.: …" field list,
    # headings underlined with "----"; a closed item ".. note:: Lukket punkt"
    Layout16("rst-overline-fields",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # fixed-width text: a 24-character left column holds the number, "Sagsnr." and the
    # headings; the title, the case number and the texts stand in the right column, the
    # first line beside its heading. "Sagen kort" (resume)
    Layout16("side-column-text",
             [("resume", "Sagen kort"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # a regional PDF: "4." bold then the title in Helvetica-Oblique 12 (not bold); headings
    # bold capitals 8.5 pt; "Beslutningstema" (resume, the most common reading), "Sagens
    # indhold" (sagsfremstilling), "Økonomiske konsekvenser", "Administrationens
    # indstilling", "Beslutning"; the table of contents at the end
    Layout16("italic-titles-toc-at-end",
             [("resume", "Beslutningstema"), ("sagsfremstilling", "Sagens indhold"),
              ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Administrationens indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Journalnr.: {case}", udvalg="Regionsrådet",
             place="Regionshuset, mødesal 1"),
    # HTML: one <table> for the meeting (Nr. | Sag | Overskrift | Tekst), number and title
    # cells rowspan over the item's section rows, the case number under the title after
    # <br>; a closed item one row with "Lukket" in Overskrift
    Layout16("rowspan-meeting-table",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag {case}", closed=1),
    # a dagsorden: Bootstrap grid, the number alone in a col-1 <div>, the <h3> title in a
    # col-11 <div>; headings <h4 class='h6'>; "Formål" (resume), "Baggrund for sagen"
    # (sagsfremstilling), "Finansiering" (okonomi), "Forslag til beslutning" (indstilling,
    # not a decision: it is the administration's proposal); the closed item titled
    # "Fortrolig sag"; as text "Nr. 4 Title"
    Layout16("bootstrap-grid-agenda",
             [("resume", "Formål"), ("sagsfremstilling", "Baggrund for sagen"),
              ("okonomi", "Finansiering"), ("indstilling", "Forslag til beslutning")],
             formats=(".html", ".txt"), kind="dagsorden", case="Sagsnummer {case}",
             closed=1, closed_title="Fortrolig sag"),
    # HTML custom elements: <mode-punkt>, <span slot='nummer'>4</span>, <h2 slot='titel'>,
    # <mode-felt> with <span slot='etiket'> headings; the meeting's fields as attributes
    # and printed in a <header>
    Layout16("custom-elements-slots",
             [("sagsfremstilling", "Sagsfremstilling"), ("lovgrundlag", "Lovgrundlag"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sags-ID: {case}"),
    # a PDF: "– 4 –" centred above the centred bold title; headings bold, run in:
    # "Sagsfremstilling: text"; the same as text with the number centred in 78 columns
    Layout16("centered-dash-number-runin",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf", ".txt"), case="J.nr.: {case}"),
    # HTML design system: "<h2><span class='visually-hidden'>Punkt </span>4. Title</h2>",
    # headings <h3 class='h5'>, the decision in <div class='alert' role='note'> with its
    # own <h3>; the case number in <p class='small-text'>
    Layout16("visually-hidden-punkt-alert",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr.: {case}", closed=1),
    # PDF: "Dagsordenens pkt. 4" bold 10 pt above the bold 12 pt title; "Tidligere
    # behandling" with an earlier committee's recommendation (sagsforloeb, the most common
    # reading: it is the case's course, not this meeting's decision), then "Beslutning"
    Layout16("dagsordenens-pkt-history",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("sagsforloeb", "Tidligere behandling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr.: {case}", udvalg="Byrådet"),
    # text: pages separated by form feeds, each under "Udvalg · 12. marts 2024 · Side n";
    # "4<TAB>Title", headings in capitals with a colon on their own line
    Layout16("formfeed-header-tab-number",
             [("resume", "RESUMÉ:"), ("sagsfremstilling", "SAGSFREMSTILLING:"),
              ("indstilling", "INDSTILLING:"), ("beslutning", "BESLUTNING:")],
             formats=(".txt",), case="Sagsnr.: {case}", closed=1),
]


def by_name16(name: str) -> Layout16 | None:
    return next((layout for layout in LAYOUTS16 if layout.name == name), None)


def truth16(layout: Layout16, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 3, 12, 41])
    udvalg = layout.udvalg or chosen[0][0]
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "sagsforloeb":
                text = EARLIER
            else:
                text = text_of(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = layout.closed_title if closed and layout.closed_title else " ".join(
            src.title.split())
        case = None if closed or not layout.case else src.case_number
        items.append(Item(str(start + k), title, case, closed, sections=sections))
    return stated(layout, udvalg, items)


# --- text --------------------------------------------------------------------------------------


def _text_rst(layout: Layout16, meeting: Meeting) -> str:
    head = f"{_word(meeting)}: {meeting.udvalg}"
    out = ["#" * len(head), head, "#" * len(head), "",
           f":Dato: {DATE_LONG}", ":Tid: 16:00", f":Sted: {meeting.place}"]
    for item in meeting.items:
        title = f"{item.number}. {item.title}"
        out += ["", "=" * len(title), title, "=" * len(title), ""]
        if item.closed:
            out += [".. note:: Lukket punkt"]
            continue
        out += [f":Sagsnr.: {mark}" for mark in _marks(layout, item)]
        for s in item.sections:
            out += ["", s.heading, "-" * len(s.heading), "",
                    *s.text.replace("\n", "\n\n").splitlines()]
    return "\n".join(out) + "\n"


COL = 24


def _side(left: str, lines: list[str]) -> list[str]:
    """`left` in the left column beside the first of `lines`, the rest indented."""
    lines = lines or [""]
    return [f"{left:<{COL}}{lines[0]}".rstrip(), *(" " * COL + x for x in lines[1:])]


def _text_side(layout: Layout16, meeting: Meeting) -> str:
    out = [_word(meeting).upper(), "",
           *_side("Udvalg", [meeting.udvalg]), *_side("Dato", [f"{DATE_LONG}, kl. 17.00"]),
           *_side("Sted", [meeting.place])]
    for item in meeting.items:
        out += ["", "-" * 78, *_side(item.number, wrap(item.title, 78 - COL))]
        if item.closed:
            out += _side("", ["Lukket punkt"])
            continue
        out += [x for mark in _marks(layout, item) for x in _side("Sagsnr.", [mark])]
        for s in item.sections:
            out += ["", *_side(s.heading, wrap_lines(s.text, 78 - COL))]
    return "\n".join(out) + "\n"


def _text_grid(layout: Layout16, meeting: Meeting) -> str:
    out = [f"Dagsorden for {meeting.udvalg}", f"Mødedato: {DATE_LONG} kl. 15.30",
           f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out += ["", *wrap(f"Nr. {item.number}  {item.title}", 78),
                *_marks(layout, item, "Punktet behandles for lukkede døre.")]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_centered(layout: Layout16, meeting: Meeting) -> str:
    out = [f"{_word(meeting).upper()}".center(78).rstrip(), meeting.udvalg.center(78).rstrip(),
           f"{DATE_LONG}, {meeting.place}".center(78).rstrip()]
    for item in meeting.items:
        out += ["", f"– {item.number} –".center(78).rstrip(),
                *(x.center(78).rstrip() for x in wrap(item.title, 70)),
                *(x.center(78).rstrip() for x in _marks(layout, item))]
        for s in item.sections:
            out += ["", *wrap_lines(f"{s.heading}: {s.text}", 78)]
    return "\n".join(out) + "\n"


PAGE_LINES = 56


def _text_formfeed(layout: Layout16, meeting: Meeting) -> str:
    flow = [f"{_word(meeting).upper()}", f"Udvalg: {meeting.udvalg}",
            f"Mødedato: {DATE_LONG}", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        title = wrap(item.title, 70)
        flow += ["", f"{item.number}\t{title[0]}", *("\t" + x for x in title[1:])]
        flow += ["\t" + mark for mark in _marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            flow += ["", s.heading, *wrap_lines(s.text, 78)]
    pages = [flow[k:k + PAGE_LINES] for k in range(0, len(flow), PAGE_LINES)]
    return "\f".join(
        "\n".join([f"{meeting.udvalg} · {DATE_LONG} · Side {n}", "", *page]) + "\n"
        for n, page in enumerate(pages, start=1))


def render_text16(layout: Layout16, meeting: Meeting) -> str:
    return {"rst-overline-fields": _text_rst,
            "side-column-text": _text_side,
            "bootstrap-grid-agenda": _text_grid,
            "centered-dash-number-runin": _text_centered,
            "formfeed-header-tab-number": _text_formfeed}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_italic(layout: Layout16, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    p.head(meeting.udvalg, [f"{_word(meeting)} fra mødet den {DATE_LONG} kl. 14.00",
                            f"Mødested: {meeting.place}"])
    pages = []
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, False)
        p.room(17)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(84, title[0], 12, 3)
        _put_lines(p, title[1:], 84, 12, 3, 16)
        pages.append(len(p.pages))
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 84, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(14)
            p.put(56, s.heading.upper(), 8.5, 2)
            p.body(s.text)
    p.new_page()
    _put_lines(p, ["Indholdsfortegnelse"], 56, 14, 2, 20)
    p.y -= 6
    for item, page in zip(meeting.items, pages, strict=True):
        for k, line in enumerate(_wrap_pt(f"{item.number}. {item.title}", 400, 10, False)):
            p.room(14)
            p.put(56, line, 10, 1)
            if k == 0:
                p.put(500, f"side {page}", 10, 1)
    _footer(p)
    return p.pdf()


def _centred(p: Pager, text: str, size: float, font: int, bold: bool) -> None:
    p.put((p.w - _width(text, size, bold)) / 2, text, size, font)


def _pdf_centered(layout: Layout16, meeting: Meeting) -> bytes:
    p = Pager()
    for line, size in [(_word(meeting).upper(), 16), (meeting.udvalg, 12),
                       (f"{DATE_LONG}, {meeting.place}", 10)]:
        p.room(size + 6)
        _centred(p, line, size, 2 if size > 10 else 1, size > 10)
    for item in meeting.items:
        p.y -= 18
        p.room(16)
        _centred(p, f"– {item.number} –", 11, 1, False)
        p.y -= 4
        for line in _wrap_pt(item.title, 420, 13, True):
            p.room(17)
            _centred(p, line, 13, 2, True)
        for line in _marks(layout, item):
            p.room(15)
            _centred(p, line, 9, 1, False)
        for s in item.sections:
            p.y -= 6
            runin(p, s)
    _footer(p)
    return p.pdf()


def runin(p: Pager, s: Section) -> None:
    """A section with its bold heading run in before the text's first line."""
    paras = s.text.splitlines()
    lead = f"{s.heading}: "
    first = _wrap_pt(lead + paras[0], 480, 10, False)
    p.room(14)
    p.put(56, lead, 10, 2)
    p.put(56 + _width(lead, 10, True), first[0][len(lead):], 10, 1)
    _put_lines(p, first[1:], 56, 10, 1, 14)
    p.body("\n".join(paras[1:]))


def _pdf_history(layout: Layout16, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{meeting.udvalg} – {_word(meeting).lower()}",
        [f"Mødedato: {DATE_LONG} kl. 18.00", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, [f"Dagsordenens pkt. {item.number}"], 56, 10, 2, 14)
        _put_lines(p, _wrap_pt(item.title, 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item)
    _footer(p)
    return p.pdf()


def render_pdf16(layout: Layout16, meeting: Meeting) -> bytes:
    return {"italic-titles-toc-at-end": _pdf_italic,
            "centered-dash-number-runin": _pdf_centered,
            "dagsordenens-pkt-history": _pdf_history}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_rowspan(layout: Layout16, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{_word(meeting)} – {e(meeting.udvalg)}</h1>",
            f"<p>{DATE_LONG} kl. 16.00, {e(meeting.place)}</p>",
            "<table class='referat'><thead><tr><th>Nr.</th><th>Sag</th><th>Overskrift</th>"
            "<th>Tekst</th></tr></thead><tbody>"]
    for item in meeting.items:
        rows = [(s.heading, _paras(s.text)) for s in item.sections] or [("Lukket", "")]
        sag = e(item.title) + "".join(f"<br>{e(mark)}" for mark in _marks(layout, item))
        for k, (heading, text) in enumerate(rows):
            lead = (f"<td rowspan='{len(rows)}'>{item.number}</td>"
                    f"<td rowspan='{len(rows)}'>{sag}</td>") if k == 0 else ""
            body.append(f"<tr>{lead}<td>{e(heading)}</td><td>{text}</td></tr>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}",
                      [*body, "</tbody></table></main>"])


def _html_grid(layout: Layout16, meeting: Meeting) -> str:
    body = ["<div class='container'>", "<h1 class='display-6'>Dagsorden</h1>",
            f"<p class='lead'>{e(meeting.udvalg)} · {DATE_LONG} kl. 15.30 · "
            f"{e(meeting.place)}</p>"]
    for item in meeting.items:
        body += ["<div class='row border-top py-3'>",
                 f"<div class='col-1 fw-bold fs-4'>{item.number}</div>",
                 f"<div class='col-11'><h3 class='fs-5'>{e(item.title)}</h3>"]
        body += [f"<p class='text-muted'>{e(mark)}</p>"
                 for mark in _marks(layout, item, "Punktet behandles for lukkede døre.")]
        body += [f"<h4 class='h6'>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
        body.append("</div></div>")
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</div>"])


def _html_custom(layout: Layout16, meeting: Meeting) -> str:
    body = [f"<mode-visning udvalg='{e(meeting.udvalg)}' dato='2024-03-12'>",
            f"<header><h1>{e(meeting.udvalg)}</h1><p>{_word(meeting)}, {DATE_LONG}, "
            f"{e(meeting.place)}</p></header>"]
    for item in meeting.items:
        body += [f"<mode-punkt nummer='{item.number}'>",
                 f"<span slot='nummer'>{item.number}</span>",
                 f"<h2 slot='titel'>{e(item.title)}</h2>"]
        body += [f"<span slot='sag'>{e(mark)}</span>" for mark in _marks(layout, item)]
        body += [f"<mode-felt><span slot='etiket'>{e(s.heading)}</span>"
                 f"<div slot='indhold'>{_paras(s.text)}</div></mode-felt>"
                 for s in item.sections]
        body.append("</mode-punkt>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</mode-visning>"])


def _html_hidden(layout: Layout16, meeting: Meeting) -> str:
    body = ["<main id='main-content'>", f"<h1>{e(meeting.udvalg)}</h1>",
            f"<p class='font-lead'>{_word(meeting)} for mødet {DATE_LONG}</p>",
            f"<p>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body.append(f"<h2><span class='visually-hidden'>Punkt </span>{item.number}. "
                    f"{e(item.title)}</h2>")
        body += [f"<p class='small-text'>{e(mark)}</p>"
                 for mark in _marks(layout, item, "Lukket punkt")]
        for s in item.sections:
            section = f"<h3 class='h5'>{e(s.heading)}</h3>{_paras(s.text)}"
            body.append(f"<div class='alert alert-success' role='note'>{section}</div>"
                        if s.type == "beslutning" else section)
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def render_html16(layout: Layout16, meeting: Meeting) -> str:
    return {"rowspan-meeting-table": _html_rowspan,
            "bootstrap-grid-agenda": _html_grid,
            "custom-elements-slots": _html_custom,
            "visually-hidden-punkt-alert": _html_hidden}[layout.name](layout, meeting)


def document16(layout: Layout16, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth16(layout, seed)
    return meeting, rendered(layout, meeting, render_text16, render_html16, render_pdf16)
