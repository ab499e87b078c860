"""An eleventh set of invented layouts (`test11`): a sixth independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (committee systems' PDFs and HTML, Word saved
as PDF or as a web page, CMS pages, scanned-then-OCR'd protocols), not from any kommune's
published minutes, and frozen before the reader was run on them.

Conventions the earlier 116 layouts and the stress generators lack, or lack in this
combination: a landscape page with the item's number, case number and open/closed mark in
a left sidebar beside the title, a running header and "Side n af m"; a decision protocol
set as a three-column table (Pkt. | Sagen | Beslutning) in PDF and HTML; Word's web page
with the item numbers in `<![if !supportLists]>` list markers and headings as bold
underlined runs followed by a colon; a whole referat in one `<div>` of `<br>` lines with
titles and headings set only by inline CSS and "Protokol" as the decision heading; an
agenda with the item's status ("Til beslutning", "Til orientering", "Til drøftelse") in a
right-hand cell of the title line; "Sag nr. 4 – Title" with a decision trail "Behandling i
<udvalg> 05.03.2024" then "Beslutning i <udvalg> 12.03.2024" with named votes, a rejected
amendment and a minority statement; "4) Title" with a "Meddelelser" item whose text holds
numbered and lettered lines ("1. …", "a) …"); an OCR'd typewriter protocol in Courier with
letter-spaced headings, centred "- 2 -" page marks and a running "Referat af mødet …"
line; "(L)" before closed items' titles (a legend explains it) and a "KLE-nr. | Sagsnr.
| Dok.nr." line, headings underlined by a drawn rule in a regular face; a CMS page whose
case number sits in a `<small>` inside the item's `<h2>` and whose decision is a
`<blockquote>` labelled only by CSS `::before`; one item per page headed by a label/value
table in which the title is a cell value ("Overskrift").

Content and truth as drawn in draw.py; section types are the type a heading means in
referat's model (where debatable, the most common reading, said at the layout).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line as _case
from benchmarks.layouts.draw import closed_positions, draw, rendered, stated
from benchmarks.layouts.generate import _text
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate10 import _doctitle, _meta
from benchmarks.layouts.pdfwriter import _escape, wrap, wrap_lines
from tests.pdfs import assemble_pdf

ALL = (".txt", ".html", ".pdf")
DATE_DOTS = "12.03.2024"
BODIES = ("Klima-, Teknik- og Miljøudvalget", "Økonomiudvalget", "Plan- og Tryghedsudvalget")
VOTES = ("Indstillingen blev godkendt med 19 stemmer for (A, V, C og B) mod 6 stemmer (Ø og "
         "F), 2 undlod at stemme (O).\nÆndringsforslag fra Enhedslisten om at udsætte sagen "
         "blev forkastet med 4 stemmer for og 23 imod.\nMindretalsudtalelse fra SF: SF kan "
         "ikke støtte forslaget, da borgerinddragelsen har været utilstrækkelig.\n"
         "Fraværende: Lise Holm (A)")
MEDDELELSER = ("1. Formanden orienterede om mødeplanen for efteråret.\n"
               "2. Forvaltningen orienterede om status på budgetopfølgningen.\n"
               "a) Henvendelse fra Ældrerådet om trafiksikkerhed ved skolerne.\n"
               "b) Invitation til temamøde den 9. april 2024 om klimaplanen.")
STATUS = ("Til beslutning", "Til orientering", "Til drøftelse")
e = html.escape


@dataclass
class Layout11:
    name: str
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    formats: tuple[str, ...] = ALL
    kind: str = "referat"
    case: str = "Sagsnr.: {case}"
    closed: int = 0  # how many items are closed (the second-last, then the second)
    closed_title: str | None = None  # a closed item's printed title in place of its own
    meddelelser: bool = False  # the last item is "Meddelelser" with numbered lines
    votes: bool = False  # the meeting's decision ends with votes, an amendment, a minority
    place: str = "Mødelokale 2"


LAYOUTS11: list[Layout11] = [
    # landscape PDF: number, case number and "Åbent punkt" in a left sidebar beside the
    # title; running header, "Side n af m". "Beslutningstema" (resume: the question put to
    # the committee, the most common reading), "Anbefaling" (indstilling)
    Layout11("landscape-sidebar",
             [("resume", "Beslutningstema"), ("sagsfremstilling", "Sagens indhold"),
              ("okonomi", "Økonomi og finansiering"), ("indstilling", "Anbefaling"),
              ("beslutning", "Beslutning")],
             formats=(".txt", ".pdf"), case="Sagsnr. {case}", closed=1),
    # a decision protocol as a table: Pkt. | Sagen (title, case, text) | Beslutning
    Layout11("protocol-three-columns",
             [("sagsfremstilling", "Sagen"), ("beslutning", "Beslutning")],
             formats=(".html", ".pdf"), case="Sagsnr. {case}"),
    # Word's "save as web page": list numbers in <![if !supportLists]>, headings as bold
    # underlined runs with a colon after them
    Layout11("word-html-mso-list",
             [("sagsfremstilling", "Sagens indhold"),
              ("okonomi", "Bevillingsmæssige konsekvenser"),
              ("indstilling", "Direktionens indstilling"),
              ("beslutning", "Udvalgets beslutning")],
             formats=(".html",), case="Sag: {case}"),
    # the whole referat in one <div> of <br> lines, typography by inline CSS only;
    # "Retsgrundlag" (lovgrundlag), "Protokol" (beslutning: what was entered in the
    # protocol, the most common reading)
    Layout11("one-div-inline-css",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Protokol")],
             formats=(".html",), closed=1, closed_title="Lukket sag"),
    # an agenda: the item's status in a right-hand cell of the title line; "Forslag til
    # beslutning" (indstilling: the administration's proposal), "Bilagsfortegnelse" (bilag)
    Layout11("agenda-status-cell",
             [("resume", "Beslutningstema"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Forslag til beslutning"), ("bilag", "Bilagsfortegnelse")],
             kind="dagsorden", case="Sagsnr. {case}", closed=1),
    # "Sag nr. 4 – Title"; an earlier committee's decision, then the meeting's with votes
    Layout11("sag-nr-votes-minority",
             [("resume", "Sagsresumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Administrationens indstilling"),
              ("beslutning", "Behandling i {first} 05.03.2024"),
              ("beslutning", "Beslutning i {udvalg} 12.03.2024")],
             case="Sagsid: {case}", votes=True, place="Byrådssalen"),
    # "4) Title", headings with a colon on their own line; a "Meddelelser" item whose text
    # is numbered and lettered lines
    Layout11("paren-meddelelser-lines",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             meddelelser=True),
    # an OCR'd typewriter protocol: Courier, letter-spaced capital headings, "- 2 -" page
    # marks, a running line; "Pkt. 4." in the margin and the title indented
    Layout11("ocr-typewriter-spaced",
             [("sagsfremstilling", "S A G S F R E M S T I L L I N G"),
              ("indstilling", "I N D S T I L L I N G"),
              ("beslutning", "B E S L U T N I N G")],
             formats=(".txt", ".pdf"), case="J.nr. {case}", closed=1,
             closed_title="Lukket punkt"),
    # "(L)" before closed items' titles, a legend in the header; a "KLE-nr. | Sagsnr. |
    # Dok.nr." line; headings underlined by a rule, regular face. "Beskrivelse"
    # (sagsfremstilling), "Afgørelse" (beslutning)
    Layout11("closed-L-kle-underlined",
             [("sagsfremstilling", "Beskrivelse"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Afgørelse")],
             closed=2),
    # a CMS page: the case number in <small> inside the <h2>, the decision a <blockquote>
    # whose label "Beslutning" is CSS ::before content only
    Layout11("cms-small-case-css-label",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}"),
    # one item per page, headed by a label/value table whose "Overskrift" cell is the title
    Layout11("page-per-item-field-table",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             case="{case}"),
]


def by_name11(name: str) -> Layout11 | None:
    return next((layout for layout in LAYOUTS11 if layout.name == name), None)


# --- truth -------------------------------------------------------------------------------------


def truth11(layout: Layout11, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 3, 12, 141])
    udvalg = chosen[0][0]
    first = next(b for b in BODIES if b != udvalg)
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        number = str(start + k)
        if layout.meddelelser and k == len(chosen) - 1:
            sections = [Section("Sagsfremstilling", "sagsfremstilling", MEDDELELSER)]
            if layout.kind == "referat":
                sections.append(Section("Beslutning", "beslutning",
                                        "Orienteringen blev taget til efterretning."))
            items.append(Item(number, "Meddelelser", None, False, sections=sections))
            continue
        closed = k in closed_at
        sections = []
        for kind, heading in [] if closed else layout.headings:
            heading = heading.format(udvalg=udvalg, first=first)
            if kind == "beslutning" and layout.kind != "referat":
                continue
            if kind == "beslutning" and "05.03.2024" in heading:
                text = f"Anbefales over for {udvalg}.\nFraværende: Jens Lund"
            elif kind == "beslutning":
                text = _text(src, "beslutning", 1 if layout.votes else 2) or "Godkendt."
                text = f"{text}\n{VOTES}" if layout.votes else text
            elif kind == "bilag":
                text = "\n".join(f"Bilag {i}: {a}" for i, a in enumerate(
                    ("Situationsplan", "Høringssvar", "Budgetskema")[: k % 3 + 1], start=1))
            else:
                text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        title = " ".join(src.title.split())
        if closed and layout.closed_title:
            title = layout.closed_title
        items.append(Item(number, title, None if closed else src.case_number, closed,
                          sections=sections))
    return stated(layout, udvalg, items)



def _status(item: Item, k: int) -> str:
    return "Lukket punkt" if item.closed else STATUS[k % 3]


# --- a small PDF pager (any page size, fonts by name, rules) -----------------------------------


class Pager:
    """Text placed top to bottom on pages of a given size; `header(n)` and `footer(n, m)` are
    drawn when the document is done (m: the number of pages)."""

    def __init__(self, width: int = 595, height: int = 842, margin: int = 56,
                 fonts: tuple[bytes, ...] = (b"Helvetica", b"Helvetica-Bold")) -> None:
        self.w, self.h, self.margin, self.fonts = width, height, margin, fonts
        self.pages: list[list[bytes]] = [[]]
        self.top = height - margin
        self.y = self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self, leading: float) -> float:
        if self.y - leading < self.margin + 20:
            self.new_page()
        self.y -= leading
        return self.y

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        self.pages[-1].append(b"BT /F%d %.1f Tf %.1f %.1f Td (%s) Tj ET" % (
            font, size, x, self.y if y is None else y, _escape(text)))

    def rule(self, x1: float, x2: float, y: float, page: int = -1) -> None:
        self.pages[page].append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (x1, y, x2, y))

    def pdf(self, header=None, footer=None) -> bytes:
        count = len(self.pages)
        for n, ops in enumerate(self.pages, start=1):
            if header:
                ops.insert(0, b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (
                    self.margin, self.h - self.margin + 22, _escape(header(n))))
            if footer:
                ops.append(b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (
                    self.w - 130, self.margin - 22, _escape(footer(n, count))))
        first = 3 + len(self.fonts)
        kids = " ".join(f"{first + 2 * i} 0 R" for i in range(count)).encode()
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
        objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /%s "
                    b"/Encoding /WinAnsiEncoding >>" % name for name in self.fonts]
        refs = b" ".join(b"/F%d %d 0 R" % (i + 1, i + 3) for i in range(len(self.fonts)))
        for k, ops in enumerate(self.pages):
            stream = b"\n".join(ops)
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                           b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                           % (self.w, self.h, refs, first + 1 + 2 * k))
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        return assemble_pdf(objects)

    def head(self, title: str, lines: list[str]) -> None:
        """The document's title (16 pt bold) and its lines (10 pt) at the margin."""
        self.room(24)
        self.put(self.margin, title, 16, 2)
        for line in lines:
            self.room(14)
            self.put(self.margin, line, 10, 1)
        self.y -= 10

    def body(self, text: str, x: float = 56, width: float = 480) -> None:
        """A text's paragraphs in 10 pt, wrapped at `width` points, at `x`."""
        for para in text.splitlines():
            for line in _wrap_pt(para, width, 10, False):
                self.room(14)
                self.put(x, line, 10, 1)

    def sections(self, item: Item, size: float = 10, font: int = 2, gap: float = 5) -> None:
        """The item's sections at the margin: each heading (`size`, `font`) `gap` below
        what stands above it, then its text (`body`)."""
        for s in item.sections:
            self.y -= gap
            self.room(15)
            self.put(56, s.heading, size, font)
            self.body(s.text)

    def para(self, x: float, text: str, size: float, font: int, width: int,
             leading: float = 1.4) -> None:
        for line in wrap(text, width):
            self.room(size * leading)
            self.put(x, line, size, font)


def _wrap_pt(text: str, width: float, size: float, bold: bool) -> list[str]:
    """Greedy word wrap at a printed width in points (Helvetica's metrics)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and _width(f"{line} {word}", size, bold) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line] if line else out


# --- text --------------------------------------------------------------------------------------


def _text_blocks(layout: Layout11, meeting: Meeting) -> list[str]:
    out = [_doctitle(meeting), *_meta(meeting)]
    if layout.name == "closed-L-kle-underlined":
        out.append("(L) = Lukket punkt")
    for k, item in enumerate(meeting.items):
        out.append("")
        name = layout.name
        if name == "landscape-sidebar":
            out.append(f"{'Punkt ' + item.number:<14}{item.title}")
            if item.case_number:
                out.append(_case(layout, item))
            out.append("Lukket punkt" if item.closed else "Åbent punkt")
        elif name == "agenda-status-cell":
            out.append(f"{item.number}. {item.title}    {_status(item, k)}")
        elif name == "sag-nr-votes-minority":
            out.append(f"Sag nr. {item.number} – {item.title}")
        elif name == "paren-meddelelser-lines":
            out.append(f"{item.number}) {item.title}")
        elif name == "closed-L-kle-underlined":
            mark = "(L) " if item.closed else ""
            out.append(f"{item.number}. {mark}{item.title}")
        elif name == "page-per-item-field-table":
            out += [f"Punkt:        {item.number}", f"Overskrift:   {item.title}"]
            if item.case_number:
                out.append(f"Sagsnummer:   {item.case_number}")
            out.append(f"Status:       {'Lukket' if item.closed else 'Åben'}")
        if item.case_number and name in ("agenda-status-cell", "sag-nr-votes-minority",
                                         "paren-meddelelser-lines"):
            out.append(_case(layout, item))
        if item.case_number and name == "closed-L-kle-underlined":
            out.append(f"KLE-nr.: 00.01.00-G01 | Sagsnr.: {item.case_number} | "
                       f"Dok.nr.: {4100 + k}/24")
        for s in item.sections:
            colon = ":" if name == "paren-meddelelser-lines" else ""
            out += ["", f"{s.heading}{colon}"]
            if name == "closed-L-kle-underlined":
                out.append("-" * len(s.heading))
            out += s.text.splitlines()
    return out


def _ocr_pages(layout: Layout11, meeting: Meeting) -> list[list[str]]:
    """The typewriter protocol as pages of lines (68 characters wide)."""
    lines = [_doctitle(meeting).upper(), "", *_meta(meeting), ""]
    for item in meeting.items:
        title = wrap(item.title, 56)
        lines += ["", f"Pkt. {item.number}.".ljust(12) + title[0]]
        lines += [" " * 12 + t for t in title[1:]]
        if item.case_number:
            lines.append(" " * 12 + _case(layout, item))
        if item.closed:
            lines += ["", " " * 12 + "Behandlet for lukkede døre."]
        for s in item.sections:
            lines += ["", " " * 12 + s.heading + ":"]
            lines += wrap_lines(s.text, 56, " " * 12)
    pages = []
    per = 52
    for n in range(0, len(lines), per):
        chunk = lines[n:n + per]
        number = n // per + 1
        head = [f"Referat af mødet i {meeting.udvalg} den {DATE_DOTS}", ""] if number > 1 else []
        pages.append([*head, *chunk, "", f"- {number} -".center(68)])
    return pages


def render_text11(layout: Layout11, meeting: Meeting) -> str:
    if layout.name == "ocr-typewriter-spaced":
        return "\f".join("\n".join(p) + "\n" for p in _ocr_pages(layout, meeting))
    if layout.name == "landscape-sidebar":  # as saved from the PDF, a running line first
        return (f"{meeting.udvalg} · Referat · {DATE_DOTS}\n"
                + "\n".join(_text_blocks(layout, meeting)) + "\n")
    return "\n".join(_text_blocks(layout, meeting)) + "\n"


# --- PDF ---------------------------------------------------------------------------------------


def render_pdf11(layout: Layout11, meeting: Meeting) -> bytes:
    return {"landscape-sidebar": _pdf_landscape, "protocol-three-columns": _pdf_protocol,
            "ocr-typewriter-spaced": _pdf_ocr, "page-per-item-field-table": _pdf_pages,
            }.get(layout.name, _pdf_flow)(layout, meeting)


def _pdf_landscape(layout: Layout11, meeting: Meeting) -> bytes:
    p = Pager(842, 595, 48)
    side, main = 48, 230
    p.head(_doctitle(meeting), _meta(meeting))
    for item in meeting.items:
        p.y -= 12
        p.room(16)
        p.put(side, f"Punkt {item.number}", 12, 2)
        marks = [_case(layout, item)] if item.case_number else []
        marks.append("Lukket punkt" if item.closed else "Åbent punkt")
        y = p.y
        for n, line in enumerate(_wrap_pt(item.title, 550, 12, True)):
            if n:
                p.room(16)
            p.put(main, line, 12, 2)
        for mark in marks:  # the sidebar, under the number, beside the title
            y -= 12
            p.put(side, mark, 8.5, 1, y=y)
        p.y = min(p.y, y)
        for s in item.sections:
            p.y -= 5
            p.room(15)
            p.put(main, s.heading, 10.5, 2)
            p.body(s.text, main, 550)
    return p.pdf(header=lambda n: f"{meeting.udvalg} · Referat · {DATE_DOTS}",
                 footer=lambda n, m: f"Side {n} af {m}")


def _pdf_protocol(layout: Layout11, meeting: Meeting) -> bytes:
    p = Pager()
    x_nr, x_sag, x_bes = 56, 92, 352
    p.head(_doctitle(meeting), _meta(meeting))

    def column_heads() -> None:
        p.room(16)
        for x, word in ((x_nr, "Pkt."), (x_sag, "Sagen"), (x_bes, "Beslutning")):
            p.put(x, word, 10, 2)
        p.rule(56, 540, p.y - 4)
        p.y -= 6

    column_heads()
    for item in meeting.items:
        sag = [(t, 10.0, 2) for t in _wrap_pt(item.title, 245, 10, True)]
        if item.case_number:
            sag.append((_case(layout, item), 8.5, 1))
        bes: list[tuple[str, float, int]] = []
        for s in item.sections:
            width = 185 if s.type == "beslutning" else 245
            rows = [(t, 9.0, 1) for para in s.text.splitlines()
                    for t in _wrap_pt(para, width, 9, False)]
            (bes if s.type == "beslutning" else sag).extend(rows)
        height = max(len(sag), len(bes)) * 13 + 8
        if p.y - height < p.margin + 20:
            p.new_page()
            column_heads()
        p.y -= 6
        top = p.y
        p.put(x_nr, f"{item.number}.", 10, 2, y=top - 12)
        for column, x in ((sag, x_sag), (bes, x_bes)):
            y = top
            for text, size, font in column:
                y -= 13
                assert y > p.margin + 10, "a protocol row longer than a page"
                p.put(x, text, size, font, y=y)
        p.y = top - height
        p.rule(56, 540, p.y + 3)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_ocr(layout: Layout11, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    p.pages = []
    for lines in _ocr_pages(layout, meeting):
        p.pages.append([])
        y = p.h - 50
        for line in lines:
            y -= 13.5
            if line.strip():
                p.put(48 + 6 * (len(line) - len(line.lstrip())), line.strip(), 10, 1, y=y)
    return p.pdf()


def _pdf_pages(layout: Layout11, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(_doctitle(meeting), _meta(meeting))
    for k, item in enumerate(meeting.items):
        if k:
            p.new_page()
        rows = [("Punkt", item.number), ("Overskrift", item.title)]
        if item.case_number:
            rows.append(("Sagsnummer", item.case_number))
        rows.append(("Status", "Lukket" if item.closed else "Åben"))
        p.y -= 8
        p.rule(56, 540, p.y)
        for label, value in rows:
            lines = wrap(value, 70)
            for n, line in enumerate(lines):
                p.room(14)
                if not n:
                    p.put(62, label, 9.5, 2)
                p.put(160, line, 9.5, 1)
            p.rule(56, 540, p.y - 4)
        p.y -= 8
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 11, 2)
            for para in s.text.splitlines():
                p.para(56, para, 10, 1, 95)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_flow(layout: Layout11, meeting: Meeting) -> bytes:
    """The text's blocks set in a column: titles bold 13 pt, the rest by layout."""
    p = Pager()
    name = layout.name
    p.head(_doctitle(meeting), _meta(meeting))
    if name == "closed-L-kle-underlined":
        p.room(13)
        p.put(56, "(L) = Lukket punkt", 9, 1)
    for k, item in enumerate(meeting.items):
        p.y -= 12
        if name == "agenda-status-cell":
            lines = _wrap_pt(f"{item.number}. {item.title}", 370, 13, True)
            for n, line in enumerate(lines):
                p.room(18)
                p.put(56, line, 13, 2)
                if not n:
                    p.put(440, _status(item, k), 10, 1)
        else:
            title = {"sag-nr-votes-minority": f"Sag nr. {item.number} – {item.title}",
                     "paren-meddelelser-lines": f"{item.number}) {item.title}",
                     "closed-L-kle-underlined": f"{item.number}. "
                     f"{'(L) ' if item.closed else ''}{item.title}"}[name]
            p.para(56, title, 13, 2, 62, 1.45)
        if item.case_number and name == "closed-L-kle-underlined":
            p.para(56, f"KLE-nr.: 00.01.00-G01 | Sagsnr.: {item.case_number} | "
                       f"Dok.nr.: {4100 + k}/24", 8.5, 1, 110)
        elif item.case_number:
            p.para(56, _case(layout, item), 9, 1, 100)
        for s in item.sections:
            p.y -= 6
            if name == "closed-L-kle-underlined":  # regular face, a drawn underline
                p.room(15)
                p.put(56, s.heading, 11, 1)
                p.rule(56, 56 + _width(s.heading, 11, False), p.y - 2)
            elif name == "paren-meddelelser-lines":
                p.para(56, f"{s.heading}:", 10.5, 2, 95)
            else:
                p.para(56, s.heading, 11, 2, 85)
            for para in s.text.splitlines():
                p.para(56, para, 10, 1, 95)
    return p.pdf(footer=lambda n, m: f"Side {n}")


# --- HTML --------------------------------------------------------------------------------------


def _page(title: str, body: list[str], style: str = "") -> str:
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>{e(title)}</title>{style}</head><body>",
                      "<header class='site'><a href='/'>Forsiden</a> <nav><a href='/politik'>"
                      "Politik</a> <a href='/moeder'>Møder</a></nav></header>", *body,
                      "<footer class='site'><p>Rådhuset · Telefon 70 20 30 40</p></footer>"
                      "</body></html>"])


def render_html11(layout: Layout11, meeting: Meeting) -> str:
    return {"protocol-three-columns": _html_protocol, "word-html-mso-list": _html_word,
            "one-div-inline-css": _html_one_div, "cms-small-case-css-label": _html_cms,
            "page-per-item-field-table": _html_fields}.get(layout.name, _html_plain)(
        layout, meeting)


def _paras(text: str) -> str:
    return "".join(f"<p>{e(x)}</p>" for x in text.splitlines())


def _html_plain(layout: Layout11, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(_doctitle(meeting))}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    if layout.name == "closed-L-kle-underlined":
        body.append("<p class='legend'>(L) = Lukket punkt</p>")
    for k, item in enumerate(meeting.items):
        name = layout.name
        if name == "agenda-status-cell":
            body.append(f"<div class='punkt-head'><h2>{item.number}. {e(item.title)}</h2>"
                        f"<span class='status'>{e(_status(item, k))}</span></div>")
        else:
            title = {"sag-nr-votes-minority": f"Sag nr. {item.number} – {item.title}",
                     "paren-meddelelser-lines": f"{item.number}) {item.title}",
                     "closed-L-kle-underlined": f"{item.number}. "
                     f"{'(L) ' if item.closed else ''}{item.title}"}[name]
            body.append(f"<h2>{e(title)}</h2>")
        if item.case_number and name == "closed-L-kle-underlined":
            body.append(f"<p class='meta'>KLE-nr.: 00.01.00-G01 | Sagsnr.: {item.case_number}"
                        f" | Dok.nr.: {4100 + k}/24</p>")
        elif item.case_number:
            body.append(f"<p class='meta'>{e(_case(layout, item))}</p>")
        for s in item.sections:
            if name == "closed-L-kle-underlined":
                body.append(f"<p><u>{e(s.heading)}</u></p>")
            elif name == "paren-meddelelser-lines":
                body.append(f"<p><strong>{e(s.heading)}:</strong></p>")
            else:
                body.append(f"<h3>{e(s.heading)}</h3>")
            body.append(_paras(s.text))
    return _page(_doctitle(meeting), [*body, "</main>"])


def _html_protocol(layout: Layout11, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(_doctitle(meeting))}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    body.append("<table class='protokol'><thead><tr><th>Pkt.</th><th>Sagen</th>"
                "<th>Beslutning</th></tr></thead><tbody>")
    for item in meeting.items:
        sag = f"<strong>{e(item.title)}</strong>"
        if item.case_number:
            sag += f"<br><small>{e(_case(layout, item))}</small>"
        bes = ""
        for s in item.sections:
            text = "<br>".join(e(x) for x in s.text.splitlines())
            if s.type == "beslutning":
                bes += text
            else:
                sag += f"<br>{text}"
        body.append(f"<tr><td>{item.number}.</td><td>{sag}</td><td>{bes}</td></tr>")
    return _page(_doctitle(meeting), [*body, "</tbody></table></main>"])


def _html_word(layout: Layout11, meeting: Meeting) -> str:
    style = ("<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}"
             "p.MsoListParagraph{margin-left:36.0pt;text-indent:-18.0pt}</style>")
    body = ["<div class=WordSection1>",
            f"<p class=MsoTitle><span lang=DA>{e(_doctitle(meeting))}</span></p>"]
    body += [f"<p class=MsoNormal><span lang=DA>{e(x)}</span></p>" for x in _meta(meeting)]
    for item in meeting.items:
        body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        body.append("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if "
                    f"!supportLists]><b><span lang=DA style='font-size:13.0pt'>{item.number}."
                    "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; "
                    "</span></span></b><![endif]><b><span lang=DA style='font-size:13.0pt'>"
                    f"{e(item.title)}</span></b><o:p></o:p></p>")
        if item.case_number:
            body.append(f"<p class=MsoNormal><i><span lang=DA style='font-size:9.0pt'>"
                        f"{e(_case(layout, item))}</span></i></p>")
        for s in item.sections:
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            body.append(f"<p class=MsoNormal><b><u><span lang=DA>{e(s.heading)}</span></u>"
                        "</b><b><span lang=DA>:</span></b><o:p></o:p></p>")
            body += [f"<p class=MsoNormal><span lang=DA>{e(x)}</span><o:p></o:p></p>"
                     for x in s.text.splitlines()]
    return _page(_doctitle(meeting), [*body, "</div>"], style)


def _html_one_div(layout: Layout11, meeting: Meeting) -> str:
    lines = [f"<span style=\"font-size:22px;font-weight:700\">{e(_doctitle(meeting))}</span>"]
    lines += [e(x) for x in _meta(meeting)]
    for item in meeting.items:
        lines.append("")
        lines.append(f"<span style=\"font-size:17px;font-weight:700\">Punkt {item.number} - "
                     f"{e(item.title)}</span>")
        if item.case_number:
            lines.append(f"<span style=\"color:#666;font-size:12px\">"
                         f"{e(_case(layout, item))}</span>")
        for s in item.sections:
            lines.append("")
            lines.append(f"<span style=\"font-weight:bold;font-style:italic\">{e(s.heading)}"
                         "</span>")
            lines += [e(x) for x in s.text.splitlines()]
    return _page(_doctitle(meeting), ["<div class='referat-content'>", "<br>\n".join(lines),
                                      "</div>"])


def _html_cms(layout: Layout11, meeting: Meeting) -> str:
    style = ("<style>.beslutning{border-left:4px solid #0a5;padding-left:1em}"
             ".beslutning::before{content:'Beslutning';display:block;font-weight:700}"
             "h2 small{display:block;font-size:.7em;color:#555}</style>")
    body = ["<main class='content'>", f"<h1>{e(_doctitle(meeting))}</h1>",
            "<ul class='moede-fakta'>"] + [f"<li>{e(x)}</li>" for x in _meta(meeting)]
    body.append("</ul>")
    for item in meeting.items:
        small = f" <small>{e(_case(layout, item))}</small>" if item.case_number else ""
        body.append(f"<section class='dagsordenpunkt'><h2>{item.number}. {e(item.title)}"
                    f"{small}</h2>")
        for s in item.sections:
            if s.type == "beslutning":
                body.append(f"<blockquote class='beslutning'>{_paras(s.text)}</blockquote>")
            else:
                body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
        body.append("</section>")
    return _page(_doctitle(meeting), [*body, "</main>"], style)


def _html_fields(layout: Layout11, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(_doctitle(meeting))}</h1>"]
    body += [f"<p>{e(x)}</p>" for x in _meta(meeting)]
    for item in meeting.items:
        rows = [("Punkt", item.number), ("Overskrift", item.title)]
        if item.case_number:
            rows.append(("Sagsnummer", item.case_number))
        rows.append(("Status", "Lukket" if item.closed else "Åben"))
        body.append("<div class='punkt'><table class='felter'>" + "".join(
            f"<tr><td class='label'>{label}</td><td>{e(value)}</td></tr>"
            for label, value in rows) + "</table>")
        for s in item.sections:
            body.append(f"<h4>{e(s.heading)}</h4>{_paras(s.text)}")
        body.append("</div>")
    return _page(_doctitle(meeting), [*body, "</main>"])


def document11(layout: Layout11, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth11(layout, seed)
    return meeting, rendered(layout, meeting, render_text11, render_html11, render_pdf11)
