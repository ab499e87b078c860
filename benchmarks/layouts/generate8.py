"""An eighth set of invented layouts (`test8`): a third independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (Word templates saved as PDF, typewriter-era
minutes scanned and OCR'd, Markdown exports, CMS pages built with Drupal, LibreOffice and
Bootstrap), not from any kommune's published minutes, and frozen before the reader was run
on them.

The conventions are ones the 79 earlier layouts and the stress generator do not have:
side headings in a left margin column with the text beside them, typewriter minutes
(Courier, letter-spaced headings, underlined titles, "- 2 -" page numbers), a Markdown
export, an agenda with a time column before each item and the meeting fields in a
horizontal table, Drupal field markup (`field__label`/`field__item`, the item number as a
field after the title), LibreOffice's HTML export (numbered headings as `<ol start=N><li>
<h1>`, the number printed by the list only), the item number right-aligned on the title's
line, the decision first in a framed box, unnumbered titles told apart only by size and
rules, a "Punkt 4 · Sagsnr. … · Åbent punkt" line above an unnumbered title, a Bootstrap
accordion, `4: title` numbering with only the decision run in, and sections lettered
"a. Sagen kort", "b. Redegørelse". Heading words vary (Sagen kort, Redegørelse,
Administrationens anbefaling, Afgørelse, Hjemmel, Tidligere behandling, Bilagsfortegnelse).

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run
time as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote. `formats` says which renderings make sense for a layout.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate import MEETING_DATE, _greve_items, _text
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.pdfwriter import (
    MARGIN,
    PAGE_H,
    PAGE_W,
    _escape,
    footer_op,
    pages_pdf,
    wrap,
)

ALL = (".txt", ".html", ".pdf")
ATTACHMENTS = ("Situationsplan", "Høringssvar", "Budgetoversigt", "Notat om tidsplan")
HJEMMEL = "Udvalget træffer beslutning efter kommunens styrelsesvedtægt, jf. § 12."
TIDSPLAN = "Efter udvalgets beslutning sendes sagen videre til Økonomiudvalget i april 2024."
FIXED = {"lovgrundlag": HJEMMEL}
PROTOKOL = "Protokoltilførsel: Et medlem kunne ikke tiltræde indstillingen."
LETTERS = "abcdefgh"


@dataclass
class Layout8:
    name: str
    style: str  # how the layout is drawn (see the renderers)
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    case: str | None = None  # a format with {case}; None: no case number printed
    numbered: bool = True
    kind: str = "referat"
    formats: tuple[str, ...] = ALL
    doctitle: tuple[str, ...] = ("Referat", "{udvalg}")
    header: tuple[str, ...] = ("Mødedato: 12. marts 2024", "Mødested: {place}")
    place: str = "Mødelokale 2"
    closed: bool = False  # the second-last item is closed: its title only
    lettered: bool = False  # sections printed "a. Heading", "b. Heading", ...
    spaced: bool = False  # headings letter-spaced in capitals (a typewriter)
    protocol: bool = False  # the first decision ends with a "Protokoltilførsel" line
    closing: tuple[str, ...] = ()


LAYOUTS8: list[Layout8] = [
    # a Word template saved as PDF: section headings in a left margin column, the text
    # beside them; the number in the margin, the title in the text column
    Layout8("margin-side-headings", "margin",
            [("resume", "Resumé"), ("indstilling", "Indstilling"),
             ("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
             ("beslutning", "Beslutning")],
            case="{case}", formats=(".txt", ".pdf"),
            header=("Mødedato: 12. marts 2024", "Mødetid: 16:00-18:00", "Mødested: {place}")),
    # a typewriter-era referat scanned and OCR'd: Courier, letter-spaced headings, titles
    # underlined with dashes, "- 2 -" on top of every later page, "J.nr." at the right
    Layout8("typewriter-letterspaced", "typewriter",
            [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="J.nr. {case}", formats=(".txt", ".pdf"), spaced=True,
            doctitle=("REFERAT", "{udvalg}"),
            header=("Mødet den 12. marts 2024", "Mødested: {place}"), place="Rådhuset"),
    # a Markdown export of a CMS: "## 4. title", "### heading", "**Mødedato:** ...", "---"
    Layout8("markdown-export", "markdown",
            [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
             ("lovgrundlag", "Hjemmel"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", formats=(".txt",),
            header=("Mødedato: 12. marts 2024", "Mødested: {place}"), place="Byrådssalen"),
    # a dagsorden with a time column ("Kl. 16.15") before each item and the meeting fields
    # in a horizontal table; a closed item
    Layout8("time-column-agenda", "time",
            [("resume", "Sammenfatning"), ("indstilling", "Forvaltningen indstiller")],
            case="Sagsnr. {case}", kind="dagsorden", closed=True,
            doctitle=("Dagsorden",), header=(), place="Mødelokale 1"),
    # Drupal: one node per item, the title in h2, the number, case and status as fields
    # after it (field__label / field__item), the sections as fields too
    Layout8("drupal-field-items", "drupal",
            [("resume", "Resumé"), ("sagsfremstilling", "Beskrivelse"),
             ("okonomi", "Økonomi og finansiering"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="{case}", formats=(".html",), closed=True, place="Byrådssalen"),
    # LibreOffice "save as HTML": numbered headings as <ol start=N><li><h1 class=western>,
    # so the number is the list's, never printed as text
    Layout8("libreoffice-ol-headings", "libreoffice",
            [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", formats=(".html",)),
    # the title bold at the left, "Pkt. 4" right-aligned on its (last) line by a right tab;
    # other heading words
    Layout8("title-right-number", "right",
            [("resume", "Sagen kort"), ("sagsfremstilling", "Redegørelse"),
             ("indstilling", "Administrationens anbefaling"), ("beslutning", "Afgørelse")],
            case="Sagsnummer: {case}"),
    # the decision first, framed in a box; "Dagsordenspkt. 4 - title"; attachments last
    Layout8("decision-box-first", "box",
            [("beslutning", "Udvalgets beslutning"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Bevillingsmæssige konsekvenser"), ("indstilling", "Indstilling"),
             ("bilag", "Bilagsfortegnelse")],
            case="Sagsnr. {case}", doctitle=("{udvalg}", "Beslutningsprotokol")),
    # unnumbered titles set larger (not bold), a rule between items, italic headings
    Layout8("unnumbered-rules-size", "plainsize",
            [("resume", "Resumé"), ("sagsforloeb", "Tidligere behandling"),
             ("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr. {case}", numbered=False,
            header=("Dato: 12.03.2024", "Sted: {place}"), place="Mødelokale 4"),
    # a Bootstrap accordion: <h2 class=accordion-header><button> "Punkt 4. title", the
    # body in a collapsed div, headings in <h5>
    Layout8("bootstrap-accordion", "accordion",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", formats=(".html",), closed=True),
    # a line "Punkt 4 · Sagsnr. … · Åbent punkt" above an unnumbered bold title
    Layout8("punkt-line-above-title", "above",
            [("sagsfremstilling", "Sagsbeskrivelse"), ("lovgrundlag", "Lovhjemmel"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Sagsnr. {case}", closed=True,
            header=("Mødedato: 12-03-2024 kl. 17:00", "Mødested: {place}")),
    # "4: title", only the decision run in ("Beslutning: Godkendt."), a protocol line, the
    # meeting in a sentence, a footer "Referat · udvalg · 12.03.2024 · Side n"
    Layout8("colon-number-runin-decision", "colon",
            [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Sags-ID: {case}", protocol=True, doctitle=("Referat",),
            header=("{udvalg} holdt møde tirsdag den 12. marts 2024 kl. 16.30 i {place}.",),
            place="Mødelokale 2", closing=("Mødet hævet kl. 18.05.",)),
    # sections lettered under their item: "a. Sagen kort", "b. Redegørelse", ...
    Layout8("lettered-sections", "lettered",
            [("resume", "Sagen kort"), ("sagsfremstilling", "Redegørelse"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("bilag", "Bilag"), ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", lettered=True,
            header=("Mødedato: 12. marts 2024", "Mødested: {place}")),
]


def by_name8(name: str) -> Layout8 | None:
    return next((layout for layout in LAYOUTS8 if layout.name == name), None)


# --- the truth -------------------------------------------------------------------------------


def _spaced(heading: str) -> str:
    """A typewriter's letter-spaced heading: "S A G S F R E M S T I L L I N G"."""
    return "   ".join(" ".join(word.upper()) for word in heading.split())


def truth8(layout: Layout8, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    chosen = rng.sample(_greve_items(), rng.randint(4, 6))
    start = rng.choice([1, 1, 1, 14, 102])
    udvalg = chosen[0][0]
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = layout.closed and k == len(chosen) - 2
        sections: list[Section] = []
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning":
                if layout.kind != "referat":
                    continue
                text = _text(src, "beslutning", 2) or "Godkendt."
                if layout.protocol and k == 0:
                    text += "\n" + PROTOKOL
            elif kind == "bilag":
                text = "\n".join(f"{j}. {name}" for j, name in
                                 enumerate(ATTACHMENTS[: k % 3 + 1], start=1))
            else:
                text = FIXED.get(kind) or _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        if layout.lettered:
            sections = [Section(f"{LETTERS[i]}. {s.heading}", s.type, s.text)
                        for i, s in enumerate(sections)]
        if layout.spaced:
            sections = [Section(_spaced(s.heading), s.type, s.text) for s in sections]
        number = str(start + k) if layout.numbered else ""
        case = src.case_number if layout.case and not closed else None
        items.append(Item(number, " ".join(src.title.split()), case, closed,
                          sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=layout.place, items=items)


def _fill(layout: Layout8, meeting: Meeting, lines: tuple[str, ...]) -> list[str]:
    return [x.format(udvalg=meeting.udvalg, place=meeting.place) for x in lines]


def _time(k: int) -> str:
    minutes = 16 * 60 + 15 * k
    return f"Kl. {minutes // 60}.{minutes % 60:02d}"


def _status(item: Item) -> str:
    return "Lukket punkt" if item.closed else "Åbent punkt"


# --- a display list for text and PDF ---------------------------------------------------------
# A row is a list of runs (x, text, size, font); font: regular | bold | italic | mono.
# Special rows: [] a half-line gap; RULE a horizontal rule; BOX_ON/BOX_OFF frame the rows
# between them.

Run = tuple[int, str, float, str]
RULE = [(MARGIN, "", 0.0, "rule")]
BOX_ON = [(MARGIN, "", 0.0, "box+")]
BOX_OFF = [(MARGIN, "", 0.0, "box-")]
SIDE = 180  # the text column of the margin layout
FONTS = {"regular": b"/F1", "bold": b"/F2", "italic": b"/F3", "mono": b"/F4"}


def _rows(layout: Layout8, meeting: Meeting) -> list[list[Run]]:
    """The document as rows of positioned runs, top to bottom, before pagination."""
    style = layout.style
    mono = style == "typewriter"
    reg, bold = ("mono", "mono") if mono else ("regular", "bold")
    body_w = 60 if mono else 95
    rows: list[list[Run]] = []

    def para(text: str, x: int = MARGIN, width: int = body_w, size: float = 10.0,
             font: str = reg) -> None:
        rows.extend([[(x, w, size, font)] for w in wrap(text, width)])

    for k, line in enumerate(_fill(layout, meeting, layout.doctitle)):
        para(line, size=12.0 if mono else (16.0 if k == 0 else 13.0), font=bold,
             width=50)
    if style == "time":  # the meeting fields in a horizontal table
        cols = ((MARGIN, "Udvalg", meeting.udvalg), (300, "Dato", "12.03.2024"),
                (380, "Tid", "16.00-18.00"), (460, "Sted", meeting.place))
        rows += [[], [(x, label, 9.0, "bold") for x, label, _ in cols],
                 [(x, value, 10.0, "regular") for x, _, value in cols]]
    for line in _fill(layout, meeting, layout.header):
        para(line)
    for k, item in enumerate(meeting.items):
        rows.append([])
        if style == "plainsize" and k:
            rows += [RULE, []]
        if style == "above":
            case = f"Sagsnr. {item.case_number}" if item.case_number else ""
            cells = [f"Punkt {item.number}", case, _status(item)]
            rows.append([(MARGIN, "   ·   ".join(c for c in cells if c), 9.0, "regular")])
        _title_rows(layout, item, k, rows)
        if item.case_number and style not in ("above", "margin", "typewriter"):
            para(layout.case.format(case=item.case_number), size=9.0)
        for section in item.sections:
            _section_rows(layout, section, rows, reg, bold, body_w, para)
    rows.append([])
    for line in layout.closing:
        para(line)
    return rows


def _title_rows(layout: Layout8, item: Item, k: int, rows: list[list[Run]]) -> None:
    style, n, t = layout.style, item.number, item.title
    if style == "margin":
        lines = wrap(t, 60)
        rows.append([(MARGIN, f"{n}.", 12.0, "bold"), (SIDE, lines[0], 12.0, "bold")])
        rows += [[(SIDE, w, 12.0, "bold")] for w in lines[1:]]
        if item.case_number:
            rows.append([(MARGIN, "Sags-ID", 9.0, "regular"),
                         (SIDE, item.case_number, 9.0, "regular")])
    elif style == "typewriter":
        lines = wrap(f"{n}.  {t}", 60)
        rows += [[(MARGIN, w, 10.0, "mono")] for w in lines]
        rows.append([(MARGIN, "-" * max(len(w) for w in lines), 10.0, "mono")])
        if item.case_number:
            label = layout.case.format(case=item.case_number)
            rows.append([(MARGIN + 6 * (60 - len(label)), label, 10.0, "mono")])
    elif style == "time":
        lines = wrap(f"{n}. {t}", 62)
        rows.append([(MARGIN, _time(k), 10.0, "regular"), (120, lines[0], 12.0, "bold")])
        rows += [[(120, w, 12.0, "bold")] for w in lines[1:]]
    elif style == "right":
        lines = wrap(t, 62)
        label = f"Pkt. {n}"
        right = PAGE_W - MARGIN - _width(label, 12.0, True)
        rows += [[(MARGIN, w, 12.0, "bold")] for w in lines[:-1]]  # a right tab: the number
        rows.append([(MARGIN, lines[-1], 12.0, "bold"), (right, label, 12.0, "bold")])  # last
    elif style == "plainsize":
        rows += [[(MARGIN, w, 15.0, "regular")] for w in wrap(t, 55)]
    elif style == "above":
        rows += [[(MARGIN, w, 12.0, "bold")] for w in wrap(t, 62)]
    elif style == "box":
        rows += [[(MARGIN, w, 13.0, "bold")] for w in wrap(f"Dagsordenspkt. {n} - {t}", 58)]
    elif style == "colon":
        rows += [[(MARGIN, w, 12.0, "bold")] for w in wrap(f"{n}: {t}", 62)]
    else:
        rows += [[(MARGIN, w, 13.0, "bold")] for w in wrap(f"{n}. {t}", 58)]


def _section_rows(layout: Layout8, section: Section, rows: list[list[Run]], reg: str,
                  bold: str, body_w: int, para) -> None:
    style = layout.style
    lines = section.text.splitlines()
    if style == "margin":  # the heading in the margin, the text beside it
        rows.append([])
        for j, line in enumerate(lines):
            wrapped = wrap(line, 68)
            first = [(SIDE, wrapped[0], 10.0, "regular")]
            rows.append([(MARGIN, section.heading, 10.0, "bold"), *first] if j == 0 else first)
            rows += [[(SIDE, w, 10.0, "regular")] for w in wrapped[1:]]
        return
    if style == "colon" and section.type == "beslutning":  # run in
        rows.append([])
        para(f"{section.heading}: {lines[0]}")
        for line in lines[1:]:
            para(line)
        return
    box = style == "box" and section.type == "beslutning"
    rows.append([])
    if box:
        rows.append(BOX_ON)
    head_font = "italic" if style == "plainsize" else bold
    rows.append([(MARGIN, section.heading, 10.0 if style == "typewriter" else 11.0,
                  head_font)])
    if style == "typewriter":
        rows.append([])
    for line in lines:
        para(line, width=74 if box else body_w)
    if box:
        rows.append(BOX_OFF)


def _leading(row: list[Run]) -> float:
    if not row:
        return 6.0
    if row[0][3] in ("box+", "box-"):
        return 4.0
    if row[0][3] == "rule":
        return 6.0
    return max(r[2] for r in row) * 1.4


def _paginate(rows: list[list[Run]]) -> list[list[tuple[list[Run], float]]]:
    pages: list[list[tuple[list[Run], float]]] = [[]]
    y = PAGE_H - MARGIN
    for row in rows:
        leading = _leading(row)
        if y - leading < MARGIN + 20 and row:
            pages.append([])
            y = PAGE_H - MARGIN
        if not row and not pages[-1]:
            continue
        y -= leading
        pages[-1].append((row, y))
    return pages


def _header(layout: Layout8, meeting: Meeting, number: int) -> str | None:
    if layout.style == "typewriter":
        return f"- {number} -" if number > 1 else None
    return None


def _footer(layout: Layout8, meeting: Meeting, number: int, total: int) -> str | None:
    if layout.style == "typewriter":
        return None
    if layout.style == "colon":
        return f"Referat · {meeting.udvalg} · 12.03.2024 · Side {number}"
    return f"Side {number} af {total}"


def render_pdf8(layout: Layout8, meeting: Meeting) -> bytes:
    pages = _paginate(_rows(layout, meeting))
    contents = []
    for number, page in enumerate(pages, start=1):
        ops = []
        head = _header(layout, meeting, number)
        if head:
            ops.append(b"BT /F4 10 Tf %d %d Td (%s) Tj ET" % (
                PAGE_W // 2 - 15, PAGE_H - MARGIN + 16, _escape(head)))
        box_top = None
        for row, y in page:
            if row and row[0][3] == "box+":
                box_top = y + 2
                continue
            if row and row[0][3] == "box-":
                top = box_top if box_top is not None else PAGE_H - MARGIN
                ops.append(b"0.8 w %d %.1f %d %.1f re S" % (
                    MARGIN - 6, y, PAGE_W - 2 * MARGIN + 12, top - y))
                box_top = None
                continue
            for x, text, size, font in row:
                if font == "rule":
                    ops.append(b"0.6 w %d %.1f m %d %.1f l S" % (x, y + 4, PAGE_W - MARGIN,
                                                                 y + 4))
                    continue
                ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (FONTS[font], size, x, y,
                                                                     _escape(text)))
        if box_top is not None:  # a box running onto the next page: close it here
            ops.append(b"0.8 w %d %d %d %.1f re S" % (
                MARGIN - 6, MARGIN + 20, PAGE_W - 2 * MARGIN + 12, box_top - MARGIN - 20))
        foot = _footer(layout, meeting, number, len(pages))
        if foot:
            ops.append(footer_op(foot) if foot.startswith("Side") else
                       b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (MARGIN, MARGIN - 20,
                                                             _escape(foot)))
        contents.append(ops)
    return pages_pdf(contents, (b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique",
                                b"Courier"))


def _text_row(row: list[Run]) -> str:
    """A row as a layout-keeping text extractor prints it: runs placed by column."""
    out = ""
    for x, text, _, _ in sorted(row):
        col = (x - MARGIN) // 5
        out = out + " " * max(col - len(out), 2 if out else 0) + text
    return out


def render_text8(layout: Layout8, meeting: Meeting) -> str:
    pages = _paginate(_rows(layout, meeting))
    out = []
    inside = False  # within a framed box (which may run onto the next page)
    for number, page in enumerate(pages, start=1):
        lines: list[str] = []
        head = _header(layout, meeting, number)
        if head:
            lines += [" " * 30 + head, ""]
        for row, _ in page:
            if not row:
                if lines and lines[-1]:
                    lines.append("")
            elif row[0][3] == "rule":
                lines.append("_" * 72)
            elif row[0][3] in ("box+", "box-"):
                lines.append("+" + "-" * 78 + "+")
            else:
                lines.append(_text_row(row))
        lines, inside = _frame(lines, inside)
        foot = _footer(layout, meeting, number, len(pages))
        out.append("\n".join([*lines, *(["", foot] if foot else [])]) + "\n\f")
    return "".join(out)


def _frame(lines: list[str], inside: bool) -> tuple[list[str], bool]:
    """Lines between two box edges framed "| ... |", as a text export draws a box; whether
    the page ends inside a box."""
    out = []
    for line in lines:
        if line.startswith("+---"):
            inside = not inside
            out.append(line)
        elif inside:
            out.append(f"| {line:<76} |")
        else:
            out.append(line)
    return out, inside


def render_markdown8(layout: Layout8, meeting: Meeting) -> str:
    out = [f"# {x}" for x in _fill(layout, meeting, layout.doctitle)[:1]]
    out += [f"*{x}*" for x in _fill(layout, meeting, layout.doctitle)[1:]]
    out.append("")
    for line in _fill(layout, meeting, layout.header):
        label, _, value = line.partition(": ")
        out.append(f"**{label}:** {value}  ")
    for item in meeting.items:
        out += ["", "---", "", f"## {item.number}. {item.title}", ""]
        if item.case_number:
            out += [f"*{layout.case.format(case=item.case_number)}*", ""]
        for section in item.sections:
            out += [f"### {section.heading}", ""]
            for line in section.text.splitlines():
                out += [line, ""]
    return "\n".join(out).rstrip() + "\n"


# --- HTML ------------------------------------------------------------------------------------

e = html.escape


def _page(title: str, body: list[str], head: str = "") -> str:
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>{e(title)}</title>{head}</head><body>", *body,
                      "</body></html>"])


def _sections_html(section: Section, heading: str) -> list[str]:
    return [heading, *(f"<p>{e(x)}</p>" for x in section.text.splitlines())]


def render_html8(layout: Layout8, meeting: Meeting) -> str:
    style = layout.style
    titles = _fill(layout, meeting, layout.doctitle)
    header = _fill(layout, meeting, layout.header)
    if style == "drupal":
        return _drupal(layout, meeting)
    if style == "libreoffice":
        return _libreoffice(layout, meeting)
    if style == "accordion":
        return _accordion(layout, meeting)
    body = ["<nav class='breadcrumb'><a href='/'>Forside</a> › <a href='/politik'>Politik</a>"
            " › <a href='/moeder'>Møder</a></nav>", "<main>",
            f"<h1>{e(titles[0])}</h1>", *(f"<p class='lead'>{e(x)}</p>" for x in titles[1:])]
    if style == "time":
        body += ["<table class='moede'><thead><tr><th>Udvalg</th><th>Dato</th><th>Tid</th>"
                 "<th>Sted</th></tr></thead>",
                 f"<tbody><tr><td>{e(meeting.udvalg)}</td><td>12.03.2024</td>"
                 f"<td>16.00-18.00</td><td>{e(meeting.place)}</td></tr></tbody></table>"]
    body += [f"<p>{e(x)}</p>" for x in header]
    for k, item in enumerate(meeting.items):
        n, t = item.number, item.title
        case = layout.case.format(case=item.case_number) if item.case_number else ""
        if style == "time":
            body.append(f"<h3><span class='tid'>{_time(k)}</span> "
                        f"<span class='nr'>{n}.</span> {e(t)}</h3>")
        elif style == "right":
            body.append("<div class='punkt-top' style='display:flex;"
                        "justify-content:space-between'>\n"
                        f"  <h3 class='punkt-titel'>{e(t)}</h3>\n"
                        f"  <span class='punkt-nr'>Pkt. {n}</span>\n</div>")
        elif style == "box":
            body.append(f"<h2>Dagsordenspkt. {n} - {e(t)}</h2>")
        elif style == "plainsize":
            body += ["<hr>"] if k else []
            body.append(f"<p style='font-size:20px;margin-top:1em'>{e(t)}</p>")
        elif style == "above":
            cells = [f"Punkt {n}", f"Sagsnr. {item.case_number}" if item.case_number else "",
                     _status(item)]
            body.append("<div class='punkt-meta'>" + "".join(
                f"<span>{e(c)}</span>" for c in cells if c) + "</div>")
            body.append(f"<h2>{e(t)}</h2>")
        elif style == "colon":
            body.append(f"<h3>{n}: {e(t)}</h3>")
        else:
            body.append(f"<h2>{n}. {e(t)}</h2>")
        if case and style != "above":
            body.append(f"<p class='sagsnr'>{e(case)}</p>")
        if style == "box":
            body.append("<div class='punkt'>")
        for section in item.sections:
            if style == "colon" and section.type == "beslutning":
                lines = section.text.splitlines()
                body.append(f"<p><strong>{e(section.heading)}:</strong> {e(lines[0])}</p>")
                body += [f"<p>{e(x)}</p>" for x in lines[1:]]
            elif style == "box" and section.type == "beslutning":
                body += ["<div class='beslutning' style='border:1px solid #333;padding:8px'>",
                         *_sections_html(section, f"<h4>{e(section.heading)}</h4>"), "</div>"]
            elif style == "plainsize":
                body += _sections_html(section, f"<p><em>{e(section.heading)}</em></p>")
            else:
                body += _sections_html(section, f"<h4>{e(section.heading)}</h4>")
        if style == "box":
            body.append("</div>")
    body += [f"<p>{e(x)}</p>" for x in layout.closing]
    body += ["</main>", "<footer><p>Kommunen · Rådhustorvet 1 · Tlf. 70 00 00 00</p></footer>"]
    return _page(titles[0], body)


def _drupal(layout: Layout8, meeting: Meeting) -> str:
    def field(name: str, label: str, value: str, tag: str = "div") -> list[str]:
        return [f"<div class='field field--name-field-{name} field--label-above'>",
                f"  <div class='field__label'>{e(label)}</div>",
                f"  <{tag} class='field__item'>{value}</{tag}>", "</div>"]

    body = ["<div class='dialog-off-canvas-main-canvas'><main role='main'>",
            f"<h1 class='page-title'><span>Referat - {e(meeting.udvalg)}</span></h1>",
            "<article class='node node--type-moede'><div class='node__content'>",
            *field("udvalg", "Udvalg", e(meeting.udvalg)),
            *field("dato", "Dato", "<time datetime='2024-03-12T16:00:00Z'>tirsdag den 12. marts "
                   "2024 - 16:00</time>"),
            *field("moedested", "Mødested", e(meeting.place)), "</div></article>"]
    for item in meeting.items:
        body += ["<article class='node node--type-dagsordenspunkt node--view-mode-full'>",
                 f"<h2 class='node__title'><span class='field--name-title'>{e(item.title)}"
                 "</span></h2>", "<div class='node__content'>",
                 *field("punkt-nr", "Punkt nr.", item.number)]
        if item.case_number:
            body += field("sagsnummer", "Sagsnummer", e(item.case_number))
        body += field("status", "Status", "Lukket" if item.closed else "Åben")
        for section in item.sections:
            text = "".join(f"<p>{e(x)}</p>" for x in section.text.splitlines())
            name = section.type.replace("_", "-")
            body += field(name, section.heading, text)
        body += ["</div></article>"]
    body += ["</main></div>"]
    return _page(f"Referat - {meeting.udvalg}", body)


def _libreoffice(layout: Layout8, meeting: Meeting) -> str:
    head = ("<meta name='generator' content='LibreOffice 7.6.4.1 (Windows)'/>"
            "<style type='text/css'>@page { size: 21cm 29.7cm; margin: 2cm } "
            "p { line-height: 115%; margin-bottom: 0.25cm; background: transparent } "
            "h1 { margin-bottom: 0.21cm; font-size: 16pt } "
            "h2.western { font-family: 'Liberation Sans', sans-serif; font-size: 12pt }</style>")
    body = ["<p class='western' align='center' style='margin-bottom: 0cm'>"
            "<font size='5' style='font-size: 20pt'><b>Referat</b></font></p>",
            f"<p class='western' align='center'><font size='4'>{e(meeting.udvalg)}</font></p>",
            "<p class='western' style='margin-bottom: 0cm'>Mødedato: 12. marts 2024</p>",
            f"<p class='western'>Mødested: {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += [f"<ol start='{item.number}'>", "\t<li><h1 class='western'>"
                 f"{e(item.title)}</h1></li>", "</ol>"]
        if item.case_number:
            body.append(f"<p class='western'><i>{e(layout.case.format(case=item.case_number))}"
                        "</i></p>")
        for section in item.sections:
            body += _sections_html(section, f"<h2 class='western'>{e(section.heading)}</h2>")
    return _page("", body, head)


def _accordion(layout: Layout8, meeting: Meeting) -> str:
    body = ["<div class='container'>", "<h1 class='display-6'>Referat</h1>",
            f"<p class='h4'>{e(meeting.udvalg)}</p>",
            "<ul class='list-unstyled'><li><strong>Dato:</strong> 12. marts 2024, kl. 16.00</li>"
            f"<li><strong>Sted:</strong> {e(meeting.place)}</li></ul>",
            "<div class='accordion' id='punkter'>"]
    for k, item in enumerate(meeting.items):
        body += ["<div class='accordion-item'>",
                 f"<h2 class='accordion-header' id='h{k}'><button class='accordion-button "
                 f"collapsed' type='button' data-bs-toggle='collapse' data-bs-target='#c{k}' "
                 f"aria-expanded='false'>Punkt {item.number}. {e(item.title)}</button></h2>",
                 f"<div id='c{k}' class='accordion-collapse collapse' "
                 "data-bs-parent='#punkter'><div class='accordion-body'>"]
        if item.closed:
            body.append("<p class='text-muted'>Lukket punkt.</p>")
        if item.case_number:
            body.append(f"<p class='small'>{e(layout.case.format(case=item.case_number))}</p>")
        for section in item.sections:
            body += _sections_html(section, f"<h5>{e(section.heading)}</h5>")
        body += ["</div></div></div>"]
    body += ["</div></div>"]
    return _page("Referat", body)


# --- one document ----------------------------------------------------------------------------


def document8(layout: Layout8, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth8(layout, seed)
    render = {".txt": lambda: (render_markdown8(layout, meeting) if layout.style == "markdown"
                               else render_text8(layout, meeting)).encode(),
              ".html": lambda: render_html8(layout, meeting).encode(),
              ".pdf": lambda: render_pdf8(layout, meeting)}
    return meeting, {suffix: render[suffix]() for suffix in layout.formats}
