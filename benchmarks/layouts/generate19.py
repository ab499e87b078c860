"""A nineteenth set of invented layouts (`test19`): a fourteenth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (committee systems' PDF and HTML exports,
Word-made PDFs and text, CMS pages), not from any kommune's published minutes, and frozen
before the reader was run on them.

Conventions meant to be new, or new in this combination: a regional referat with eDoc-style
`EMN-2024-01234` case numbers, label/value fields without colons and heading wordings of
their own ("Sagen i korte træk", "Beskrivelse", "Økonomiske konsekvenser", "Administrationen
indstiller"); a Word PDF with the udvalg and date only in the running header, the place in a
sentence, the number and title as separate bold runs and an economy table inside "Økonomi";
an HTML page whose meeting fields are a <table> with a <caption> and whose "Økonomi" holds a
<table> of <th> cells; a WordPress post with `Mødeforum:`, bold paragraph titles, run-in
<strong> headings with a colon, "Sag:" and the standard first and last items (Godkendelse af
dagsorden, Eventuelt); `<h2>4 – Title</h2>` with one <dl> per item whose first pair is the
case number; a dagsorden page with an in-page <ol> of contents, items grouped under "Sager
til beslutning" / "Sager til orientering" and the closed items last under "Lukket
dagsorden"; a text export with hanging-indented titles and the bare case number in
parentheses at the title's end; Word's default heading styles (blue, larger, not bold)
in a PDF; a letterhead with the meeting's fields in a right-hand column, italic headings and
a bold run-in decision; Word's "save as text" (one line per paragraph, a tab after the
number, bullets in the indstilling, "Sagsnummer<TAB>…"); a CMS page whose udvalg, date and
place stand unlabelled in a <header>, items as <li> of a <ul> with `<span>Punkt 4</span>
Title` in <h3>; a dagsorden as text and PDF with "Beslutningstema", "Sagsbeskrivelse",
"Bevillingsmæssige konsekvenser" and "Forslag".

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import LayoutFields, draw, rendered, stated, text_of
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate13 import _footer, _word
from benchmarks.layouts.generate14 import BLUE, GREY, _coloured
from benchmarks.layouts.generate15 import _marks, _put_lines
from benchmarks.layouts.generate16 import runin
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

DATE_LONG = "12. marts 2024"
TABLE_HEAD = "1.000 kr."
YEARS = ("2024", "2025", "2026", "2027")
STANDARD = (("Godkendelse af dagsorden", "Godkendt."), ("Eventuelt", "Intet."))
MEMBERS = "Hanne Winther (formand), Karsten Juul, Anne Holm, Peter Lund, Mette Brix"


@dataclass
class Layout19(LayoutFields):
    closed_last: bool = False  # the closed items are the meeting's last ones
    emn: bool = False  # the case number an eDoc-style EMN-2024-01234 instead of Greve's
    economy: bool = False  # "Økonomi" ends with a table (its rows are lines of the text),
    # after at least eight words of prose (a section's start, which the score looks for)
    standard: bool = False  # "Godkendelse af dagsorden" first and "Eventuelt" last


LAYOUTS19: list[Layout19] = [
    # regional Word PDF: "REFERAT", the body, label/value fields without colons (Dato,
    # Tidspunkt, Sted, Fraværende); "4. Title" bold; "Sagsnr.: EMN-2024-01234"; bold
    # headings of the region's own wording
    Layout19("region-emn-fields-pdf",
             [("resume", "Sagen i korte træk"), ("sagsfremstilling", "Beskrivelse"),
              ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Administrationen indstiller"), ("beslutning", "Beslutning")],
             formats=(".pdf",), emn=True, closed=1, udvalg="Regionsrådet",
             place="Regionshuset, Mødesal A"),
    # Word PDF: the udvalg and date only in the running header; "Mødet blev holdt tirsdag
    # den … i Mødelokale 2." on page 1; "4" and the bold title as two runs (x = 56, 90);
    # "Sag: …"; an economy table in "Økonomi"; "Udvalgets beslutning"
    Layout19("header-udvalg-sentence-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Udvalgets beslutning")],
             formats=(".pdf",), case="Sag: {case}", economy=True),
    # HTML without classes on the items: fields in <table><caption>Mødeoplysninger</caption>
    # with <th> labels; <h2>4. Title</h2>; <h3> headings; "Økonomi" ends with a <table>
    # of <th> column heads and <td> rows
    Layout19("economy-table-caption-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", economy=True, closed=1),
    # a WordPress post: <h1 class='entry-title'>, "Mødeforum:", "Tid:", "Sted:" in one <p>
    # of <strong> labels and <br>; <p><strong>4. Title</strong></p>; <p><em>Sag: …</em></p>;
    # run-in <p><strong>Sagsfremstilling:</strong> text</p>; the standard first and last
    # items with a decision only
    Layout19("wordpress-strong-runin-html",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag: {case}", standard=True),
    # <h1>udvalg</h1>, the meeting in one sentence; <h2>4 – Title</h2> (en dash), then one
    # <dl> per item: <dt>Sagsnr.</dt><dd>…</dd> first, a <dt>/<dd> per section; closed
    # items marked "Fortroligt punkt"
    Layout19("dash-number-dl-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1),
    # a dagsorden page: an <ol start> of linked contents; items grouped under <h2>Sager
    # til beslutning</h2> / <h2>Sager til orientering</h2>; <h3>Punkt 4. Title</h3>;
    # "Journalnr.: … · Ansvarlig: …"; <h4> headings, "Direktionen indstiller"; the two
    # closed items last, under <h2>Lukket dagsorden</h2>
    Layout19("agenda-toc-groups-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Direktionen indstiller")],
             formats=(".html",), kind="dagsorden", case="Journalnr.: {case}", closed=2,
             closed_last=True),
    # text: "4.  Title (24-002285)", wrapped at 76 with continuation lines indented four
    # spaces, the bare case number in parentheses at the title's end; capital headings
    # with a colon alone on their line, texts indented four spaces
    Layout19("bracket-case-hanging-txt",
             [("resume", "RESUMÉ:"), ("sagsfremstilling", "SAGSFREMSTILLING:"),
              ("indstilling", "INDSTILLING:"), ("beslutning", "BESLUTNING:")],
             formats=(".txt",), case="({case})", closed=1),
    # Word's default styles as PDF: nothing bold; the title "4. Title" 16 pt blue, headings
    # 13 pt blue, text 11 pt black, "Sagsnr. …" 9 pt grey
    Layout19("word-blue-light-headings-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1),
    # a letterhead PDF: the unit at the top left, "Dato:", "Tid:", "Sted:", "Udvalg:" in a
    # right-hand column; "Punkt 4 – Title" bold; "Journal nr.: …"; italic headings (not
    # bold), the decision run in: "Beslutning: …" with the heading bold
    Layout19("letterhead-right-fields-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Journal nr.: {case}", closed=1),
    # Word's "save as text": one line per paragraph (no wrapping), "4.<TAB>Title",
    # "Sagsnummer<TAB>…", the indstilling's lines as "•<TAB>…" bullets; "Mødet sluttede
    # kl. 17.40." at the end
    Layout19("word-saveas-tab-bullets-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnummer\t{case}"),
    # a CMS page: <header> with the udvalg, "Referat", a <time> and the place as
    # unlabelled <p>s; <ul class='agenda'>, each item an <li> with
    # <h3><span class='num'>Punkt 4</span> Title</h3>; <h4> headings, the decision in a
    # <div class='decision'>; one closed item
    Layout19("unlabelled-header-fields-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a dagsorden as text and PDF: "4. Title"; "Sags nr.: …"; "Beslutningstema" (what the
    # udvalg is to decide: resume, the most common reading), "Sagsbeskrivelse",
    # "Bevillingsmæssige konsekvenser" (okonomi), "Forslag" (the administration's proposal:
    # indstilling); the closed item "Punktet behandles for lukkede døre."
    Layout19("beslutningstema-agenda",
             [("resume", "Beslutningstema"), ("sagsfremstilling", "Sagsbeskrivelse"),
              ("okonomi", "Bevillingsmæssige konsekvenser"), ("indstilling", "Forslag")],
             formats=(".txt", ".pdf"), kind="dagsorden", case="Sags nr.: {case}", closed=1),
]


def by_name19(name: str) -> Layout19 | None:
    return next((layout for layout in LAYOUTS19 if layout.name == name), None)


def _table(rng: random.Random) -> list[str]:
    """An economy table's rows as text lines: the head, Drift, Anlæg, I alt."""
    drift = [rng.choice((150, 250, 400, 600)) for _ in YEARS]
    anlaeg = [rng.choice((0, 500, 1500))] + [0] * (len(YEARS) - 1)
    rows = [("Drift", drift), ("Anlæg", anlaeg),
            ("I alt", [a + b for a, b in zip(drift, anlaeg, strict=True)])]
    return [" ".join((TABLE_HEAD, *YEARS))] + [
        " ".join((label, *(f"{n:,}".replace(",", ".") for n in values)))
        for label, values in rows]


def _closed_at(layout: Layout19, count: int) -> set[int]:
    if layout.closed_last:
        return set(range(count - layout.closed, count))
    return set(sorted({count - 2, 1}, reverse=True)[: layout.closed])


def truth19(layout: Layout19, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 2, 9, 23])
    udvalg = layout.udvalg or chosen[0][0]
    decision = next((h for kind, h in layout.headings if kind == "beslutning"), "Beslutning")
    closed_at = _closed_at(layout, len(chosen))
    items = []
    if layout.standard:
        title, text = STANDARD[0]
        items.append(Item("", title, None, False,
                          sections=[Section(decision, "beslutning", text)]))
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            text = text_of(src, kind)
            if kind == "okonomi" and layout.economy and len(text.split()) >= 8:
                text = "\n".join([text, *_table(rng)])
            if text:
                sections.append(Section(heading, kind, text))
        title = layout.closed_title if closed and layout.closed_title else " ".join(
            src.title.split())
        case = src.case_number
        if layout.emn and case:
            case = f"EMN-{rng.choice((2023, 2024))}-{rng.randint(100, 19999):05d}"
        items.append(Item("", title, None if closed else case, closed, sections=sections))
    if layout.standard:
        title, text = STANDARD[1]
        items.append(Item("", title, None, False,
                          sections=[Section(decision, "beslutning", text)]))
    for k, item in enumerate(items):
        item.number = str(start + k)
    return stated(layout, udvalg, items)


def _split_table(layout: Layout19, s: Section) -> tuple[str, list[list[str]]]:
    """A section's prose and, for an economy table, its rows as cells (label, numbers)."""
    lines = s.text.splitlines()
    if not (layout.economy and s.type == "okonomi" and len(lines) > 4
            and lines[-4].startswith(TABLE_HEAD)):
        return s.text, []
    rows = lines[-4:]
    cells = [[" ".join(row.split()[:-len(YEARS)]), *row.split()[-len(YEARS):]] for row in rows]
    return "\n".join(lines[:-4]), cells


# --- text --------------------------------------------------------------------------------------


def _hanging(text: str, width: int, lead: str) -> list[str]:
    """`text` wrapped after `lead`, continuation lines indented to the lead's width."""
    pad = " " * len(lead)
    lines = wrap(text, width - len(lead))
    return [lead + lines[0], *(pad + line for line in lines[1:])]


def _text_bracket(layout: Layout19, meeting: Meeting) -> str:
    out = [meeting.udvalg, "", "REFERAT", "", f"Mødedato: tirsdag den {DATE_LONG}",
           "Mødetid: kl. 16.00-18.00", f"Mødested: {meeting.place}"]
    for item in meeting.items:
        case = f" {layout.case.format(case=item.case_number)}" if item.case_number else ""
        out += ["", "", *_hanging(item.title + case, 76, f"{item.number}.  ")]
        if item.closed:
            out += ["    Lukket punkt"]
        for s in item.sections:
            out += ["", f"    {s.heading}", *wrap_lines(s.text, 72, "    ")]
    return "\n".join(out) + "\n"


def _text_saveas(layout: Layout19, meeting: Meeting) -> str:
    out = [meeting.udvalg, f"Referat af møde tirsdag den {DATE_LONG} kl. 16.00",
           f"Sted: {meeting.place}", f"Deltagere: {MEMBERS}", "Afbud: Ingen", ""]
    for item in meeting.items:
        out += [f"{item.number}.\t{item.title}", *_marks(layout, item), ""]
        for s in item.sections:
            lines = s.text.splitlines()
            if s.type == "indstilling":
                lines = [f"•\t{x}" for x in lines]
            out += [s.heading, *lines, ""]
    out += ["Mødet sluttede kl. 17.40."]
    return "\r\n".join(out) + "\r\n"


def _text_tema(layout: Layout19, meeting: Meeting) -> str:
    out = ["DAGSORDEN", meeting.udvalg, f"Mødedato: {DATE_LONG} kl. 16.00",
           f"Mødested: {meeting.place}"]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 80),
                *_marks(layout, item, "Punktet behandles for lukkede døre.")]
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 80)]
    return "\n".join(out) + "\n"


def render_text19(layout: Layout19, meeting: Meeting) -> str:
    return {"bracket-case-hanging-txt": _text_bracket,
            "word-saveas-tab-bullets-txt": _text_saveas,
            "beslutningstema-agenda": _text_tema}[layout.name](layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------

COLUMNS = (56, 250, 320, 390, 460)  # an economy table's cells: the label, then the years


def _sections_pdf(p: Pager, layout: Layout19, item: Item, font: int = 2) -> None:
    for s in item.sections:
        p.y -= 6
        p.room(15)
        p.put(56, s.heading, 10, font)
        prose, rows = _split_table(layout, s)
        p.body(prose)
        for k, row in enumerate(rows):
            p.room(14)
            for x, cell in zip(COLUMNS, row, strict=True):
                p.put(x, cell, 10, 2 if k in (0, len(rows) - 1) else 1)


def _pdf_region(layout: Layout19, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["REFERAT"], 56, 20, 2, 26)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    p.y -= 10
    for label, value in (("Dato", f"Tirsdag den {DATE_LONG}"), ("Tidspunkt", "13.00 - 16.30"),
                         ("Sted", meeting.place), ("Fraværende", "Ingen")):
        p.room(15)
        p.put(56, label, 10, 2)
        p.put(150, value, 10, 1)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 56, 9, 1, 13)
        _sections_pdf(p, layout, item)
    _footer(p)
    return p.pdf()


def _pdf_header_sentence(layout: Layout19, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(f"Mødet blev holdt tirsdag den {DATE_LONG} kl. 16.00 i "
                           f"{meeting.place}.", 480, 10, False), 56, 10, 1, 14)
    _put_lines(p, _wrap_pt(f"Deltagere: {MEMBERS}", 480, 10, False), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 440, 13, True)
        p.room(18)
        p.put(56, item.number, 13, 2)
        p.put(90, title[0], 13, 2)
        _put_lines(p, title[1:], 90, 13, 2, 17)
        _put_lines(p, _marks(layout, item), 90, 9, 1, 13)
        _sections_pdf(p, layout, item)
    _footer(p)
    return p.pdf(header=lambda n: f"{meeting.udvalg} · Referat · {DATE_LONG}")


def _pdf_word_styles(layout: Layout19, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica",))

    def styled(lines: list[str], size: float, colour: bytes, leading: float) -> None:
        for line in lines:
            p.room(leading)
            _coloured(p, colour, 56, line, size, 1)

    styled(["Referat"], 26, BLUE, 34)
    styled(_wrap_pt(meeting.udvalg, 480, 16, False), 16, BLUE, 22)
    _put_lines(p, [f"Dato: {DATE_LONG}", "Tid: 16.00 – 18.00", f"Sted: {meeting.place}"],
               56, 11, 1, 15)
    for item in meeting.items:
        p.y -= 14
        styled(_wrap_pt(f"{item.number}. {item.title}", 480, 16, False), 16, BLUE, 21)
        styled(_marks(layout, item, "Lukket punkt"), 9, GREY, 13)
        for s in item.sections:
            p.y -= 6
            styled([s.heading], 13, BLUE, 18)
            for line in (x for para in s.text.splitlines()
                         for x in _wrap_pt(para, 480, 11, False)):
                p.room(15)
                p.put(56, line, 11, 1)
    _footer(p)
    return p.pdf()


def _pdf_letterhead(layout: Layout19, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    top = p.y
    _put_lines(p, ["Center for Politik og Borgerservice", "Rådhuset"], 56, 9, 1, 12)
    p.y = top
    right = [f"Dato: {DATE_LONG}", "Tid: kl. 16.00", f"Sted: {meeting.place}",
             *_wrap_pt(f"Udvalg: {meeting.udvalg}", 180, 9, False)]
    _put_lines(p, right, 370, 9, 1, 12)
    p.y -= 24
    _put_lines(p, ["Referat"], 56, 16, 2, 22)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"Punkt {item.number} – {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        _put_lines(p, _marks(layout, item, "Lukket punkt"), 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 5
            if s.type == "beslutning":
                runin(p, s)
                continue
            p.room(15)
            p.put(56, s.heading, 10, 3)
            p.body(s.text)
    _footer(p)
    return p.pdf()


def _pdf_tema(layout: Layout19, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Dagsorden"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item, "Punktet behandles for lukkede døre."),
                   56, 9, 1, 13)
        _sections_pdf(p, layout, item)
    _footer(p)
    return p.pdf()


def render_pdf19(layout: Layout19, meeting: Meeting) -> bytes:
    return {"region-emn-fields-pdf": _pdf_region,
            "header-udvalg-sentence-pdf": _pdf_header_sentence,
            "word-blue-light-headings-pdf": _pdf_word_styles,
            "letterhead-right-fields-pdf": _pdf_letterhead,
            "beslutningstema-agenda": _pdf_tema}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _section_html(layout: Layout19, s: Section) -> str:
    """A section's paragraphs, an economy table as a <table> of <th> heads and <td> rows."""
    prose, rows = _split_table(layout, s)
    if not rows:
        return _paras(s.text)
    head, *body = rows
    return (_paras(prose) + "<table class='oekonomi'><thead><tr>"
            + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                      for row in body) + "</tbody></table>")


def _html_caption(layout: Layout19, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            "<table class='moede'><caption>Mødeoplysninger</caption>",
            f"<tr><th>Dato</th><td>Tirsdag den {DATE_LONG}</td></tr>",
            "<tr><th>Tid</th><td>Kl. 16.00 - 18.00</td></tr>",
            f"<tr><th>Sted</th><td>{e(meeting.place)}</td></tr></table>"]
    for item in meeting.items:
        body += [f"<h2>{item.number}. {e(item.title)}</h2>",
                 *(f"<p>{e(mark)}</p>" for mark in _marks(layout, item, "Lukket punkt"))]
        body += [f"<h3>{e(s.heading)}</h3>{_section_html(layout, s)}" for s in item.sections]
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_wordpress(layout: Layout19, meeting: Meeting) -> str:
    body = ["<article class='post type-post'>",
            f"<h1 class='entry-title'>Referat – {e(meeting.udvalg)} – {DATE_LONG}</h1>",
            "<div class='entry-meta'>Udgivet 14. marts 2024 af Sekretariatet</div>",
            "<div class='entry-content'>",
            f"<p><strong>Mødeforum:</strong> {e(meeting.udvalg)}<br><strong>Tid:</strong> "
            f"Tirsdag den {DATE_LONG} kl. 16.30<br><strong>Sted:</strong> "
            f"{e(meeting.place)}</p>"]
    for item in meeting.items:
        body += [f"<p><strong>{item.number}. {e(item.title)}</strong></p>",
                 *(f"<p><em>{e(mark)}</em></p>" for mark in _marks(layout, item))]
        for s in item.sections:
            first, *rest = s.text.splitlines()
            body += [f"<p><strong>{e(s.heading)}:</strong> {e(first)}</p>",
                     *(f"<p>{e(x)}</p>" for x in rest)]
        body.append("<p>&nbsp;</p>")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</div></article>"])


def _html_dl(layout: Layout19, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>",
            f"<p class='lead'>Referat af mødet tirsdag den {DATE_LONG} kl. 15.00 i "
            f"{e(meeting.place)}.</p>"]
    for item in meeting.items:
        body.append(f"<h2 id='punkt-{item.number}'>{item.number} – {e(item.title)}</h2>")
        if item.closed:
            body.append("<p><em>Fortroligt punkt</em></p>")
            continue
        pairs = [("Sagsnr.", e(item.case_number))] if item.case_number else []
        pairs += [(s.heading, _paras(s.text)) for s in item.sections]
        body.append("<dl>" + "".join(f"<dt>{e(dt)}</dt><dd>{dd}</dd>" for dt, dd in pairs)
                    + "</dl>")
    return _site_page(f"{meeting.udvalg} - referat", [*body, "</main>"])


UNITS = ("Plan og Byg", "Økonomi og Styring", "Børn og Familie", "Teknik og Miljø")


def _html_toc_groups(layout: Layout19, meeting: Meeting) -> str:
    items = meeting.items
    body = ["<main>", f"<h1>Dagsorden – {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}, kl. 17.00<br>Mødested: {e(meeting.place)}</p>",
            f"<nav class='toc'><h2>Indhold</h2><ol start='{items[0].number}'>",
            *(f"<li><a href='#p{i.number}'>{e(i.title)}</a></li>" for i in items),
            "</ol></nav>"]
    open_items = [i for i in items if not i.closed]
    half = (len(open_items) + 1) // 2
    for k, item in enumerate(items):
        if k == 0:
            body.append("<h2>Sager til beslutning</h2>")
        elif k == half:
            body.append("<h2>Sager til orientering</h2>")
        elif item.closed and not items[k - 1].closed:
            body.append("<h2>Lukket dagsorden</h2>")
        body.append(f"<h3 id='p{item.number}'>Punkt {item.number}. {e(item.title)}</h3>")
        if item.closed:
            body.append("<p>Punktet er lukket for offentligheden.</p>")
            continue
        meta = [*_marks(layout, item), f"Ansvarlig: {UNITS[k % len(UNITS)]}"]
        body.append(f"<p class='meta'>{e(' · '.join(meta))}</p>")
        body += [f"<h4>{e(s.heading)}</h4>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"Dagsorden - {meeting.udvalg}", [*body, "</main>"])


def _html_unlabelled(layout: Layout19, meeting: Meeting) -> str:
    body = ["<main class='meeting'>", "<header class='meeting-header'>",
            f"<p class='meeting-committee'>{e(meeting.udvalg)}</p>",
            f"<p class='meeting-type'>{_word(meeting)}</p>",
            f"<p><time datetime='2024-03-12T16:00'>{DATE_LONG}, kl. 16.00</time></p>",
            f"<p class='meeting-location'>{e(meeting.place)}</p></header>",
            "<ul class='agenda'>"]
    for item in meeting.items:
        body += [f"<li id='item-{item.number}'>",
                 f"<h3><span class='num'>Punkt {item.number}</span> {e(item.title)}</h3>",
                 *(f"<p class='case'>{e(mark)}</p>"
                   for mark in _marks(layout, item, "Lukket punkt"))]
        for s in item.sections:
            section = f"<h4>{e(s.heading)}</h4>{_paras(s.text)}"
            body.append(f"<div class='decision'>{section}</div>"
                        if s.type == "beslutning" else section)
        body.append("</li>")
    return _site_page(f"{_word(meeting)} - {meeting.udvalg}", [*body, "</ul></main>"])


def render_html19(layout: Layout19, meeting: Meeting) -> str:
    return {"economy-table-caption-html": _html_caption,
            "wordpress-strong-runin-html": _html_wordpress,
            "dash-number-dl-html": _html_dl,
            "agenda-toc-groups-html": _html_toc_groups,
            "unlabelled-header-fields-html": _html_unlabelled}[layout.name](layout, meeting)


def document19(layout: Layout19, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth19(layout, seed)
    return meeting, rendered(layout, meeting, render_text19, render_html19, render_pdf19)
