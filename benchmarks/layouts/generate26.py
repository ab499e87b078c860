"""A twenty-sixth set of invented layouts (`test26`): a twenty-first independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (Word- and LibreOffice-made PDFs, scanned
typewritten minutes with a visible OCR layer, two-column and landscape pages, a regional
forretningsudvalg's and a regional committee's minutes, a small kommune's beslutningsprotokol,
portal HTML and text exports), not from any kommune's published minutes, and frozen before
the reader was run on them.

Conventions meant to be new, or new in this combination: headings black on grey shaded bars
with the number bold and the title regular on one baseline; a scanned typewritten referat in
Courier whose visible OCR layer keeps its noise (misread letters, split words, "4," for "4.",
lines a little off their baselines); a regional forretningsudvalg's referat in two portrait
columns with the decision first and bold-oblique headings; a LibreOffice referat in Times
with "Punkt nummer 4:" and italic run-in headings, the attachments list before the decision;
a dagsorden whose titles are blue, regular and underlined by a rule, "ESDH-nr.:" and
"Forslag til beslutning"; a kommunalbestyrelse's protocol with "§ 4." items and a footer line
for the chairman's initials on every page; a hanging outline (everything indented under the
number) with the committee's earlier decision before the byråd's; a landscape page of one
wide column with "Pkt. 4" and a closed item titled "Fortrolig sag"; HTML groups of open and
closed items with <h4> titles, <h5> headings and the decision run in after a <mark>; HTML
print pages with a running header <div> per item page and "Punkt 4" as an <h1> over the
<h2> title; a text export of tab-separated labels with the headings run in before a tab; a
text with "4 · Title", items parted by "* * *" and headings underlined with tildes.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate20's truth, with this set's OCR noise, earlier decisions and
attachment lists before the decision). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate20 import Layout20, truth20
from benchmarks.layouts.pdfwriter import _escape, wrap

OCR_SWAPS = (("l", "1"), ("e", "c"), ("m", "rn"), ("ø", "o"), ("i", "í"), ("h", "b"))
EARLIER = ("Udvalgets beslutning den 27. februar 2024", "Anbefales over for Byrådet.")
MEMBERS = ("Lone Bech", "Erik Skov", "Hanne Friis", "Jesper Dam", "Birthe Kjær")
INITIALS = "Formandens initialer: ________"
BLUE = b"0.05 0.25 0.6"
RESPONSIBLE = "Ansvarlig: Center for Teknik og Miljø"


@dataclass
class Layout26(Layout20):
    noise: bool = False  # the texts and titles as a noisy OCR layer reads them
    earlier: tuple[str, str] | None = None  # (heading, text): a decision before the own
    bilag_first: bool = False  # the attachments list stands before the decision


LAYOUTS26: list[Layout26] = [
    # a Word PDF: fields "Udvalg:", "Dato:", "Tidspunkt:", "Lokale:", "Referent:"; the number
    # bold 14 and the title regular 14 as two runs on one baseline (x 56, 84); "Sagsnummer:
    # …" grey 9 below; headings bold 10 black on grey shaded bars; running header with the
    # "udvalg – Referat"; "Side n af m"; the closed item titled "Lukket sag"
    Layout26("t26-grey-bar-headings-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1,
             closed_title="Lukket sag"),
    # a small kommune's typewritten referat, scanned, with a visible OCR layer in Courier:
    # words misread here and there ("1" for "l", "rn" for "m", a word split), lines up to
    # 1.5 pt off their baseline and margin; "4." or, misread, "4,"; "Journal nr. …";
    # headings in capitals on their own lines ("SAGSFREMSTILLING", "INDSTILLING",
    # "BESLUTNING"); a stray mark at each page's foot; one closed item
    Layout26("t26-ocr-courier-noise-pdf",
             [("sagsfremstilling", "SAGSFREMSTILLING"), ("indstilling", "INDSTILLING"),
              ("beslutning", "BESLUTNING")],
             formats=(".pdf",), case="Journal nr. {case}", closed=1, noise=True,
             place="Rådhuset, byrådssalen"),
    # a regional forretningsudvalg's referat in two portrait columns (x 56 and 310, 230 pt
    # wide): "4." bold alone, the title bold 11 below; "Sagsnr.: …" 8; the decision first
    # ("Forretningsudvalgets beslutning"), then "Resumé", "Sagsfremstilling",
    # "Administrationen indstiller", headings Helvetica-BoldOblique 9; items flowing on from
    # column to column and page to page; running header; one closed item
    Layout26("t26-two-column-decision-first-pdf",
             [("beslutning", "Forretningsudvalgets beslutning"), ("resume", "Resumé"),
              ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Administrationen indstiller")],
             formats=(".pdf",), closed=1, udvalg="Forretningsudvalget",
             place="Regionshuset, mødelokale F1"),
    # a LibreOffice referat in Times: "Referat af mødet i udvalg", "Mødedato:", "Sted:",
    # "Til stede:", "Afbud:"; "Punkt nummer 4: Title" Times-Bold 12; no case numbers;
    # headings run in, Times-Italic with a colon, the text going on in roman on the same
    # line ("Sagsfremstilling:", "Indstilling:", "Bilag:", "Beslutning:"); the attachments
    # list (numbered files, open or closed) before the decision; one closed item
    Layout26("t26-times-italic-runin-bilag-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="", closed=1, attachments=True, bilag_first=True),
    # a dagsorden: titles regular 13 in blue, "4. Title", underlined by a blue rule;
    # "ESDH-nr.: …" below; bold headings ("Sagsfremstilling", "Økonomi", "Forslag til
    # beslutning": the recommendation, no decision yet); running header "udvalg ·
    # Dagsorden"; footer "Side n/m"; items breaking across pages; one closed item
    Layout26("t26-blue-underlined-agenda-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Forslag til beslutning")],
             formats=(".pdf",), kind="dagsorden", case="ESDH-nr.: {case}", closed=1),
    # a kommunalbestyrelse's beslutningsprotokol: "Kommunalbestyrelsen", "Protokol",
    # "Mødet holdt den 12. marts 2024 kl. 19.00 i place"; "§ 4. Title" bold 11; "Sag nr.
    # …"; bold headings with a colon on their own lines; a footer line on every page
    # "Formandens initialer: ________  Side n"; one closed item
    Layout26("t26-paragraph-initials-footer-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"), ("indstilling", "Indstilling:"),
              ("beslutning", "Beslutning:")],
             formats=(".pdf",), case="Sag nr. {case}", closed=1, udvalg="Kommunalbestyrelsen",
             place="Rådhuset, mødesalen"),
    # a byråd's referat as a hanging outline: the number bold at x 56, the title, "Sagsnr."
    # and every heading and text at x 86; headings bold 10; per open item two decisions,
    # oldest first: "Udvalgets beslutning den 27. februar 2024" (a fixed recommendation),
    # then "Byrådets beslutning den 12. marts 2024" (the source's); "Side n"; one closed item
    Layout26("t26-hanging-outline-two-decisions-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Byrådets beslutning den 12. marts 2024")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=EARLIER),
    # a regional committee on landscape pages (842 × 595) in one wide column (760 pt):
    # "Pkt. 4  Title" bold 13; "Sagsnr.: …"; bold headings with a colon ("Sagsfremstilling:",
    # "Økonomi:", "Indstilling:", "Udvalgets beslutning:"); running header naming the
    # region's committee; "Side n af m"; the closed item titled "Fortrolig sag"
    Layout26("t26-landscape-wide-pkt-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"), ("okonomi", "Økonomi:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Udvalgets beslutning:")],
             formats=(".pdf",), closed=1, closed_title="Fortrolig sag",
             udvalg="Udvalget for Regional Udvikling", place="Regionshuset, mødesal 2"),
    # a portal page grouping the items: <h3>Åbne sager</h3> and <h3>Lukkede sager</h3>
    # (the closed items last); <h4>4. Title</h4>; <p class='meta'>Sag: … · Ansvarlig: …</p>;
    # <h5> headings; the decision run in: <p><mark>Beslutning:</mark> text</p>
    Layout26("t26-grouped-h4-mark-decision-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sag: {case}", closed=1, closed_last=True),
    # a print view of a referat: a page <div> per item (CSS page-break-before), each with
    # a running header <div class='sidehoved'>udvalg · Referat · 12. marts 2024</div>,
    # <h1>Punkt 4</h1> and the title in <h2> below it; "Sagsnr. …"; <h3> headings; the
    # fields in a first page's <table>; one closed item
    Layout26("t26-print-pages-h1-punkt-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1),
    # a committee system's text export of tab-separated labels: "Udvalg:\t…",
    # "Mødedato:\t…", "Mødested:\t…"; per item "Punkt:\t4", "Titel:\t…", "Sagsnr.:\t…"
    # and each heading run in before a tab, "Sagsfremstilling:\ttext", further paragraphs
    # after a tab; one closed item
    Layout26("t26-tab-labels-runin-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="{case}", closed=1),
    # a text referat: "REFERAT", the udvalg, one line with the date, time and place; items
    # parted by "* * *"; "4 · Title" (a middle dot); "Sagsnr. …"; headings underlined with
    # tildes; paragraphs wrapped at 76; "Til stede:", "Fraværende:"; one closed item
    # "Lukket punkt"
    Layout26("t26-star-rule-tilde-headings-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1),
]


def by_name26(name: str) -> Layout26 | None:
    return next((layout for layout in LAYOUTS26 if layout.name == name), None)


def _misread(rng: random.Random, text: str, rate: float) -> str:
    """`text` as a noisy OCR layer reads it: a word now and then with one letter misread,
    or split in two."""
    out = []
    for word in text.split(" "):
        if len(word) >= 5 and rng.random() < rate:
            if rng.random() < 0.25:
                cut = len(word) // 2
                word = f"{word[:cut]} {word[cut:]}"
            else:
                swaps = [(a, b) for a, b in OCR_SWAPS if a in word]
                if swaps:
                    a, b = rng.choice(swaps)
                    word = word.replace(a, b, 1)
        out.append(word)
    return " ".join(out)


def truth26(layout: Layout26, seed: int) -> Meeting:
    """The meeting a generated document states, by construction: generate20's truth, no case
    numbers where the layout prints none, with this set's OCR noise, earlier decisions and
    attachment lists before the decision."""
    meeting = truth20(layout, seed)
    rng = random.Random(f"{layout.name}-{seed}-26")
    for item in meeting.items:
        if not layout.case:
            item.case_number = None
        if layout.noise:
            item.title = _misread(rng, item.title, 0.15)
            for s in item.sections:
                s.text = "\n".join(_misread(rng, para, 0.08) for para in s.text.splitlines())
        if item.closed:
            continue
        sections: list[Section] = []
        for s in item.sections:
            if s.type == "beslutning" and layout.earlier:
                sections.append(Section(layout.earlier[0], "beslutning", layout.earlier[1]))
            sections.append(s)
        if layout.bilag_first:
            bilag = [s for s in sections if s.type == "bilag"]
            rest = [s for s in sections if s.type != "bilag"]
            k = next((n for n, s in enumerate(rest) if s.type == "beslutning"), len(rest))
            sections = [*rest[:k], *bilag, *rest[k:]]
        item.sections = sections
    return meeting


def _mark(layout: Layout26, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_grey_bars(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [f"Udvalg: {meeting.udvalg}", f"Dato: {DATE_LONG}", "Tidspunkt: kl. 16.00",
                   f"Lokale: {meeting.place}", f"Referent: {MEMBERS[0]}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 440, 14, False)
        p.room(19)
        p.put(56, item.number, 14, 2)
        p.put(84, title[0], 14, 1)
        _put_lines(p, title[1:], 84, 14, 1, 19)
        mark = _mark(layout, item) if not item.closed else ""
        if mark:
            p.room(13)
            p.pages[-1].append(b"0.4 g")
            p.put(84, mark, 9, 1)
            p.pages[-1].append(b"0 g")
        for s in item.sections:
            p.y -= 8
            p.room(16)
            p.pages[-1].append(b"0.85 g 52 %.1f 488 15 re f 0 g" % (p.y - 4))
            p.put(56, s.heading, 10, 2)
            p.y -= 2
            p.body(s.text)
    header = f"{meeting.udvalg} – Referat"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def _pdf_ocr(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Courier", b"Courier-Bold"))
    rng = random.Random(f"{layout.name}-{meeting.items[0].title}")

    def line(text: str, size: float = 10, leading: float = 13) -> None:
        p.room(leading)
        p.put(56 + rng.uniform(-1.5, 1.5), text, size, 1, y=p.y + rng.uniform(-1.5, 1.5))

    line(meeting.udvalg.upper(), 11, 16)
    line("REFERAT", 11, 16)
    p.y -= 8
    line(f"Mødet den {DATE_LONG} kl. 19.30")
    line(f"Sted: {meeting.place}")
    for item in meeting.items:
        p.y -= 14
        sep = "," if rng.random() < 0.3 else "."
        for text in wrap(f"{item.number}{sep} {item.title}", 72):
            line(text)
        mark = _mark(layout, item, "Lukket punkt.")
        if mark:
            line(mark)
        for s in item.sections:
            p.y -= 10
            line(s.heading)
            for para in s.text.splitlines():
                for text in wrap(para, 78):
                    line(text)
    return p.pdf(footer=lambda n, m: "'")


class Columns(Pager):
    """A Pager filling two columns a page, the left one first: `x` is the current
    column's left edge."""

    def __init__(self, lefts: tuple[float, float] = (56, 310)) -> None:
        super().__init__()
        self.lefts, self.col = lefts, 0

    @property
    def x(self) -> float:
        return self.lefts[self.col]

    def new_page(self) -> None:
        super().new_page()
        self.col = 0

    def room(self, leading: float) -> float:
        if self.y - leading < self.margin + 20:
            if self.col == 0:
                self.col, self.y = 1, self.top
            else:
                self.new_page()
        self.y -= leading
        return self.y


def _pdf_columns(layout: Layout26, meeting: Meeting) -> bytes:
    p = Columns()
    p.fonts = (b"Helvetica", b"Helvetica-Bold", b"Helvetica-BoldOblique")

    def lines(texts: list[str], size: float, font: int, leading: float) -> None:
        for text in texts:
            p.room(leading)
            p.put(p.x, text, size, font)

    lines(["Referat"], 16, 2, 22)
    lines([meeting.udvalg], 12, 2, 17)
    lines([f"Mødedato: {DATE_LONG}", "Mødetid: kl. 9.00 - 12.00", "Mødested:",
           meeting.place], 9, 1, 12)
    for item in meeting.items:
        p.y -= 14
        lines([f"{item.number}."], 11, 2, 15)
        lines(_wrap_pt(item.title, 230, 11, True), 11, 2, 15)
        mark = _mark(layout, item)
        lines([mark] if mark else [], 8, 1, 11)
        for s in item.sections:
            p.y -= 5
            lines([s.heading], 9, 3, 13)
            for para in s.text.splitlines():
                lines(_wrap_pt(para, 230, 9, False), 9, 1, 12)
    header = f"{meeting.udvalg} · Referat · {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def _runin(p: Pager, x: float, heading: str, text: str, width: float, size: float,
           leading: float) -> None:
    """`heading:` in italic (font 3) and the text's first paragraph going on after it on the
    same line, in roman; the further paragraphs below."""
    first, *rest = text.splitlines()
    label = f"{heading}:"
    lines = _wrap_pt(f"{label} {first}", width, size, False)
    p.room(leading)
    p.put(x, label, size, 3)
    tail = lines[0][len(label):].strip()
    if tail:
        p.put(x + _width(label + " ", size, False) + 2, tail, size, 1)
    _put_lines(p, lines[1:], x, size, 1, leading)
    for para in rest:
        _put_lines(p, _wrap_pt(para, width, size, False), x, size, 1, leading)


def _pdf_times_runin(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager(fonts=(b"Times-Roman", b"Times-Bold", b"Times-Italic"))
    _put_lines(p, _wrap_pt(f"Referat af mødet i {meeting.udvalg}", 480, 16, True), 56, 16, 2,
               22)
    _put_lines(p, [f"Mødedato: tirsdag den {DATE_LONG} kl. 17.00", f"Sted: {meeting.place}",
                   f"Til stede: {', '.join(MEMBERS[:4])}", f"Afbud: {MEMBERS[4]}"],
               56, 11, 1, 15)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Punkt nummer {item.number}: {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        if item.closed:
            _put_lines(p, ["Lukket punkt"], 56, 11, 3, 15)
        for s in item.sections:
            p.y -= 5
            _runin(p, 56, s.heading, s.text, 480, 11, 15)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_blue(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Dagsorden"], 56, 20, 2, 26)
    _put_lines(p, [meeting.udvalg], 56, 13, 1, 18)
    _put_lines(p, [f"Tirsdag den {DATE_LONG} kl. 16.00", meeting.place], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 18
        for text in _wrap_pt(f"{item.number}. {item.title}", 480, 13, False):
            p.room(18)
            p.pages[-1].append(BLUE + b" rg " + BLUE + b" RG")
            p.put(56, text, 13, 1)
            p.rule(56, 56 + _width(text, 13, False), p.y - 2)
            p.pages[-1].append(b"0 g 0 G")
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=7)
    header = f"{meeting.udvalg} · Dagsorden"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n}/{m}")


def _pdf_protocol(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, [meeting.udvalg], 56, 16, 2, 22)
    _put_lines(p, ["Protokol"], 56, 13, 1, 18)
    _put_lines(p, _wrap_pt(f"Mødet holdt den {DATE_LONG} kl. 19.00 i {meeting.place}", 480,
                           10, False), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"§ {item.number}. {item.title}", 480, 11, True), 56, 11, 2, 15)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        p.sections(item, gap=6)
    for n, ops in enumerate(p.pages, start=1):
        ops.append(b"BT /F1 8 Tf 56 34 Td (%s) Tj ET" % _escape(f"{INITIALS}    Side {n}"))
    return p.pdf()


def _pdf_hanging(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"Mødedato: {DATE_LONG}", "Mødetid: kl. 18.00", f"Mødested: {meeting.place}"],
               56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(16)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(86, title[0], 12, 2)
        _put_lines(p, title[1:], 86, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 86, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(86, s.heading, 10, 2)
            p.body(s.text, x=86, width=450)
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_landscape(layout: Layout26, meeting: Meeting) -> bytes:
    p = Pager(width=842, height=595, margin=40)
    _put_lines(p, ["Referat"], 40, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 40, 13, 2, 18)
    _put_lines(p, [f"Mødedato: {DATE_LONG}, kl. 13.00 - 15.30", f"Mødested: {meeting.place}"],
               40, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Pkt. {item.number}  {item.title}", 740, 13, True), 40, 13, 2,
                   17)
        mark = "" if item.closed else _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 40, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(40, s.heading, 10, 2)
            p.body(s.text, x=40, width=740)
    header = f"Region · {meeting.udvalg} · Referat {DATE_LONG}"
    return p.pdf(header=lambda n: header, footer=lambda n, m: f"Side {n} af {m}")


def render_pdf26(layout: Layout26, meeting: Meeting) -> bytes:
    return {"t26-grey-bar-headings-pdf": _pdf_grey_bars,
            "t26-ocr-courier-noise-pdf": _pdf_ocr,
            "t26-two-column-decision-first-pdf": _pdf_columns,
            "t26-times-italic-runin-bilag-pdf": _pdf_times_runin,
            "t26-blue-underlined-agenda-pdf": _pdf_blue,
            "t26-paragraph-initials-footer-pdf": _pdf_protocol,
            "t26-hanging-outline-two-decisions-pdf": _pdf_hanging,
            "t26-landscape-wide-pkt-pdf": _pdf_landscape}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _html_grouped(layout: Layout26, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>Referat – {e(meeting.udvalg)}</h1>",
            f"<p>Mødedato: {DATE_LONG}, kl. 16.00<br>Mødested: {e(meeting.place)}</p>"]
    group = None
    for item in meeting.items:
        if group != item.closed:
            group = item.closed
            body.append(f"<h3>{'Lukkede sager' if item.closed else 'Åbne sager'}</h3>")
        body.append(f"<h4>{item.number}. {e(item.title)}</h4>")
        if item.case_number:
            body.append(f"<p class='meta'>{e(case_line(layout, item))} · {RESPONSIBLE}</p>")
        for s in item.sections:
            if s.type == "beslutning":
                first, *rest = s.text.splitlines()
                body.append(f"<p><mark>{e(s.heading)}:</mark> {e(first)}</p>"
                            f"{_paras(chr(10).join(rest))}")
            else:
                body.append(f"<h5>{e(s.heading)}</h5>{_paras(s.text)}")
    return _site_page(f"Referat - {meeting.udvalg}", [*body, "</main>"])


def _html_print_pages(layout: Layout26, meeting: Meeting) -> str:
    header = f"<div class='sidehoved'>{e(meeting.udvalg)} · Referat · {DATE_LONG}</div>"
    body = ["<div class='side'>", header, "<p class='titel'>Referat</p>",
            f"<table class='moede'><tr><td>Udvalg</td><td>{e(meeting.udvalg)}</td></tr>"
            f"<tr><td>Dato</td><td>{DATE_LONG}</td></tr><tr><td>Tid</td><td>kl. 16.00</td></tr>"
            f"<tr><td>Sted</td><td>{e(meeting.place)}</td></tr></table></div>"]
    for item in meeting.items:
        body += ["<div class='side' style='page-break-before:always'>", header,
                 f"<h1>Punkt {item.number}</h1>", f"<h2>{e(item.title)}</h2>"]
        mark = _mark(layout, item)
        body += [f"<p>{e(mark)}</p>"] if mark else []
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</div>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat - {e(meeting.udvalg)}</title><style>.sidehoved{{"
                      "font-size:8pt;color:#666;border-bottom:1px solid #999}</style>"
                      "</head><body>", *body, "</body></html>"])


def render_html26(layout: Layout26, meeting: Meeting) -> str:
    return {"t26-grouped-h4-mark-decision-html": _html_grouped,
            "t26-print-pages-h1-punkt-html": _html_print_pages}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_tabs(layout: Layout26, meeting: Meeting) -> str:
    out = [f"Udvalg:\t{meeting.udvalg}", f"Mødedato:\t{DATE_LONG}", "Mødetid:\tkl. 16.00",
           f"Mødested:\t{meeting.place}"]
    for item in meeting.items:
        out += ["", f"Punkt:\t{item.number}", f"Titel:\t{item.title}"]
        if item.case_number:
            out.append(f"Sagsnr.:\t{case_line(layout, item)}")
        if item.closed:
            out.append("Status:\tLukket")
        for s in item.sections:
            first, *rest = s.text.splitlines()
            out += [f"{s.heading}:\t{first}", *(f"\t{x}" for x in rest)]
    return "\n".join(out) + "\n"


def _text_stars(layout: Layout26, meeting: Meeting) -> str:
    out = ["REFERAT", "", meeting.udvalg, f"Tirsdag den {DATE_LONG} kl. 16.00, {meeting.place}",
           "", f"Til stede: {', '.join(MEMBERS[:4])}", f"Fraværende: {MEMBERS[4]}"]
    for item in meeting.items:
        out += ["", "* * *", "", f"{item.number} · {item.title}"]
        mark = _mark(layout, item)
        out += [mark] if mark else []
        for s in item.sections:
            out += ["", s.heading, "~" * len(s.heading)]
            for para in s.text.splitlines():
                out += wrap(para, 76)
    return "\n".join(out) + "\n"


def render_text26(layout: Layout26, meeting: Meeting) -> str:
    return {"t26-tab-labels-runin-txt": _text_tabs,
            "t26-star-rule-tilde-headings-txt": _text_stars}[layout.name](layout, meeting)


def document26(layout: Layout26, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth26(layout, seed)
    return meeting, rendered(layout, meeting, render_text26, render_html26, render_pdf26)
