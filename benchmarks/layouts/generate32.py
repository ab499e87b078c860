"""A thirty-second set of invented layouts (`test32`): a twenty-seventh independent check of
the generic reader, written without reading it, from general knowledge of how Danish kommuner
and regioner publish dagsordener and referater (a print driver's landscape PDF, Word's PDF
with subset fonts, a merged PDF of case documents, a newsletter-like referat in columns, a
byråd's referat with three bodies' decisions, a browser's "Save as PDF", a home-made Word form
with checkboxes, a Next.js page, an accessibility-minded CMS page, a SharePoint list item, a
mainframe's print in capitals, a calendar invitation), not from any kommune's published
minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: landscape pages stored portrait with
/Rotate 90, every page's content drawn through a rotating matrix; Word's two-byte subset fonts
(Type0, Identity-H, a ToUnicode map, hex strings in TJ arrays with kerning), "4." hanging
before the title and "Sagsnr.: … · Sagsbehandler: …"; one PDF merged from the items' own case
documents, the item numbers only in the PDF's bookmarks, each item's pages numbered from 1
again; each item's texts set in three balanced columns under a title spanning them, items
parted by a heavy rule; three bodies' decisions per item, oldest first, headed only by body and
date in oblique type, "4 Title" with no punctuation; a browser's PDF of a dagsorden page, every
word drawn on its own through a scaling text matrix at font size 1 and no space glyphs, the
number white in a dark badge; a Word form whose every item carries two checkboxes, "Åbent
punkt" and "Lukket punkt", the X in one of them, and the meeting's fields in labelled boxes; a
Next.js page with hashed class names whose __NEXT_DATA__ JSON repeats the whole meeting; a page
of landmarks whose titles are <h5> and headings <h3> (the levels inverted), the fields in an
<aside> <dl>; a SharePoint display form per item whose every label (Punkt, Titel, Status, the
section headings) is an <h3 class='ms-standardheader'>; a mainframe's fixed-width print with
everything but the field values in capitals, "004  22-007386  TITLE", "LUKKET" in the case
column, page headers with form feeds and two decisions oldest first; an iCalendar invitation
whose DESCRIPTION holds the dagsorden, escaped and folded at 75 octets.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from pdfminer.fontmetrics import FONT_METRICS
from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate29 import HEADER_DATE, _page
from benchmarks.layouts.generate30 import truth30
from benchmarks.layouts.generate31 import Layout31
from benchmarks.layouts.pdfwriter import _escape, wrap
from tests.pdfs import assemble_pdf

SSU = ("Social- og Sundhedsudvalget, 20. februar 2024", "Anbefales over for Økonomiudvalget.")
OEU = ("Økonomiudvalget, 5. marts 2024", "Anbefales over for Byrådet.")
OEU_CAPS = ("BESLUTNING I ØKONOMIUDVALGET 05.03.2024", "Anbefales over for Byrådet.")
RIGHT = 539  # the right edge of a portrait page's text
COLUMNS = (56, 228, 400)  # the three columns' left edges (148 pt wide, 24 pt apart)
LEADING = 11.5  # the columns' line spacing
URL = "https://www.kommune.dk/politik/dagsordener-og-referater/moede-12-marts-2024"
CASE_DOC = "Notat · Center for Økonomi og Personale · 26. februar 2024"
SAGSBEHANDLER = "Sagsbehandler: Anne Holm"
BLUE = b"0.18 0.33 0.59 rg"


@dataclass
class Layout32(Layout31):
    """A test32 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS32: list[Layout32] = [
    # a print driver's landscape PDF: every page stored portrait (595 x 842) with /Rotate 90,
    # its content drawn through "0 1 -1 0 595 0 cm" on a landscape page; "Referat", the
    # udvalg, "Dato:", "Tid:", "Sted:"; "Pkt. 4 – Title" bold 12 over the 730 pt width;
    # "Sagsnr.: …" 9; bold headings; "Side n af m"; one closed item ("Lukket punkt")
    Layout32("t32-rotated-landscape-print-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, place="Rådhuset, mødelokale 4"),
    # Word's PDF with subset fonts: Type0 fonts "ABCDEF+Helvetica(-Bold)", Identity-H, a
    # ToUnicode map, two-byte codes in hex strings, kerning in TJ arrays; "Referat" 20, the
    # udvalg 14, bold labels beside values (Mødedato, Mødetid, Mødested); "4." bold 12 at the
    # margin and the title bold 12 hanging at x 85; "Sagsnr.: … · Sagsbehandler: …" 9; headings
    # bold 11 in Word's blue; "Side n af m"; one closed item
    Layout32("t32-word-subset-fonts-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), closed=1, place="Mødelokale 1"),
    # a PDF merged from the items' own case documents: a cover page (Referat, udvalg, date,
    # place); each item from a new page, a small line "Notat · Center … · 26. februar 2024"
    # with "Sagsnr. …" right-aligned on it, the title bold 14 unnumbered, bold headings; the
    # numbers only in the PDF's bookmarks ("4. Title"); each item's pages "Side k af K" from
    # 1 again; the closed item a page with its title and "Lukket punkt"
    Layout32("t32-merged-case-documents-bookmarks-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1,
             place="Rådhuset, udvalgsværelset"),
    # a newsletter-like referat: "Punkt 4. Title" bold 12 spanning the page, "Sagsnr. …" 9
    # right-aligned below; the item's headings (bold 9) and texts (9) in three balanced
    # columns of 148 pt (filled to the page's foot and going on over the next page); items
    # parted by a heavy rule; header "udvalg · Referat", "Side n"; one closed item
    Layout32("t32-balanced-three-columns-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, place="Mødelokale 3"),
    # a byråd's referat: "Byrådet" bold 18, "Referat", "Mødedato: tirsdag den …, kl. 18.00",
    # "Mødested:"; "4 Title" bold 13 (number and title in one run, no punctuation);
    # "Sagsnummer …" 9 (no colon); bold headings; three decisions per open item, oldest first,
    # each headed only by body and date in Helvetica-Oblique: the social- og
    # sundhedsudvalg's and the økonomiudvalg's (fixed), then "Byrådet, 12. marts 2024";
    # "Side n af m"; one closed item
    Layout32("t32-three-bodies-oblique-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådet, 12. marts 2024")],
             formats=(".pdf",), case="Sagsnummer {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(SSU, OEU)),
    # a browser's "Save as PDF" of a dagsorden page: each word its own glyph run through a
    # scaling text matrix ("/F1 1 Tf 10.5 0 0 10.5 x y Tm"), no space glyphs; the print
    # date and page title at the top, the address and "n/m" at the foot; the number white in a
    # dark square badge beside the title bold 14; "Journalnr. …" 9; headings regular 12 in
    # blue; items parted by a grey rule; no decisions; one closed item ("Lukket punkt")
    Layout32("t32-browser-print-word-runs-pdf",
             [("resume", "Kort om sagen"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Forvaltningen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Journalnr. {case}", closed=1,
             place="Rådhuset, mødelokale 2"),
    # a home-made Word form: the meeting's fields in drawn boxes, a grey 7 pt label in each
    # box over its value (Udvalg, Dato, Sted); "4." and the title bold 12; below it two drawn
    # checkboxes, "Åbent punkt" and "Lukket punkt", the X in one of them, and "Sagsnr. …" at
    # x 330 on the same line (none for the closed item); headings bold with a colon; "Side n"
    Layout32("t32-checkbox-status-form-pdf",
             [("sagsfremstilling", "Sagsfremstilling:"), ("okonomi", "Økonomi:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".pdf",), closed=1, place="Rådhuset, mødelokale 1"),
    # a Next.js page: hashed CSS-module class names, data-testid attributes; the fields in a
    # <dl>; each item a <div> of a <span> number and an <h3> title, "Sagsnummer: …", <h4>
    # headings; the closed item a "Lukket" badge; and a closing <script id='__NEXT_DATA__'>
    # whose JSON repeats the whole meeting (numbers, titles, cases, every section)
    Layout32("t32-nextjs-data-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnummer: {case}", closed=1),
    # an accessibility-minded CMS page: <header role='banner'>, a breadcrumb <nav>, the fields
    # in an <aside role='complementary'> <dl> before <main>; each item a <section
    # aria-labelledby> with "<h5>Punkt 4 – Title</h5>" (the title the smallest heading),
    # "<dl class='sag'>" Sagsnr. | …, and <h3> headings; the closed item "Lukket punkt"
    Layout32("t32-landmarks-inverted-levels-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, place="Mødelokale 2"),
    # a SharePoint list's display forms: the fields in one ms-formtable, then one
    # ms-formtable per item, every label an <h3 class='ms-standardheader'> in a ms-formlabel
    # cell: Punkt | 4, Titel | title, Sagsnr. | case, Status | Åben (Lukket for the closed
    # item), then each heading | its text as <div>s; items parted by <hr>
    Layout32("t32-sharepoint-formtable-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".html",), case="{case}", closed=1, place="Mødelokale 5"),
    # a mainframe's fixed-width print: a page header of three lines (the udvalg, "REFERAT",
    # "SIDE n", the column heads PKT. SAGSNR. EMNE) after a form feed every 56 lines; the
    # fields "Udvalg ......: …" (values as typed); each item "004  22-007386  TITLE" in
    # capitals, wrapped at column 17; "LUKKET" in the case column of the closed item;
    # headings and texts in capitals at column 17; two decisions, oldest first (the
    # økonomiudvalg's, fixed, then the byråd's); items parted by a line of "-"
    Layout32("t32-mainframe-caps-columns-txt",
             [("sagsfremstilling", "SAGSFREMSTILLING"), ("okonomi", "ØKONOMI"),
              ("indstilling", "INDSTILLING"), ("beslutning", "BESLUTNING I BYRÅDET 12.03.2024")],
             formats=(".txt",), case="{case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_CAPS,)),
    # an iCalendar invitation (.ics saved as text): VCALENDAR/VEVENT, SUMMARY the udvalg's
    # meeting, DTSTART, LOCATION; the dagsorden in DESCRIPTION with "\n", "\," and "\;"
    # escapes, folded at 75 octets (CRLF and a space, inside words); "4) Title", "Sag: …",
    # headings; no decisions; one closed item ("Lukket punkt")
    Layout32("t32-ics-invitation-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling")],
             formats=(".txt",), kind="dagsorden", case="Sag: {case}", closed=1,
             place="Rådhuset, mødelokale 3"),
]


def by_name32(name: str) -> Layout32 | None:
    return next((layout for layout in LAYOUTS32 if layout.name == name), None)


def _mark(layout: Layout32, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


# --- PDF: a pager whose file may be rotated, carry bookmarks or subset fonts -------------------


class Pager32(Pager):
    """generate11's Pager, its text operands made by `operand` (shown by `SHOW`) and its
    file by `file`: rotated pages (landscape content stored portrait with /Rotate 90),
    bookmarks, fonts of other kinds (`fonts_objects`)."""

    SHOW = b"Tj"

    def operand(self, text: str, font: int) -> bytes:
        return b"(%s)" % _escape(text)

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        self.pages[-1].append(b"BT /F%d %.1f Tf %.1f %.1f Td %s %s ET" % (
            font, size, x, self.y if y is None else y, self.operand(text, font), self.SHOW))

    def furniture(self, header=None, footer=None) -> None:
        """A header line (8 pt) at each page's top and a footer at its foot."""
        count = len(self.pages)
        for n, ops in enumerate(self.pages, start=1):
            if header:
                ops.insert(0, b"BT /F1 8 Tf %d %d Td %s %s ET" % (
                    self.margin, self.h - self.margin + 22, self.operand(header(n), 1),
                    self.SHOW))
            if footer:
                ops.append(b"BT /F1 8 Tf %d %d Td %s %s ET" % (
                    self.w - 130, self.margin - 22, self.operand(footer(n, count), 1),
                    self.SHOW))

    def fonts_objects(self, after: int) -> tuple[list[bytes], list[bytes]]:
        """The font objects (/F1, /F2, … from object 3 on) and the objects they refer to,
        numbered from `after`."""
        return [b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                % name for name in self.fonts], []

    def file(self, rotate: bool = False, outlines: list[tuple[str, int, float]] = ()) -> bytes:
        """The PDF: catalog, pages, fonts, each page and its content, the bookmarks (title,
        page index, y), then what the fonts refer to. `rotate`: every page is landscape
        content stored portrait, turned by /Rotate 90 and drawn through a rotating matrix."""
        first = 3 + len(self.fonts)
        count = len(self.pages)
        root = first + 2 * count
        fonts, extra = self.fonts_objects(root + (len(outlines) + 1 if outlines else 0))
        kids = " ".join(f"{first + 2 * i} 0 R" for i in range(count)).encode()
        catalog = b"<< /Type /Catalog /Pages 2 0 R"
        if outlines:
            catalog += b" /Outlines %d 0 R /PageMode /UseOutlines" % root
        objects = [catalog + b" >>",
                   b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), *fonts]
        refs = b" ".join(b"/F%d %d 0 R" % (i + 1, i + 3) for i in range(len(self.fonts)))
        box = b"0 0 %d %d" % ((self.h, self.w) if rotate else (self.w, self.h))
        for k, ops in enumerate(self.pages):
            stream = b"\n".join([b"0 1 -1 0 %d 0 cm" % self.h] * rotate + ops)
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [%s]%s "
                           b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                           % (box, b" /Rotate 90" * rotate, refs, first + 1 + 2 * k))
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        if outlines:
            objects.append(b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (
                root + 1, root + len(outlines), len(outlines)))
            for k, (title, page, y) in enumerate(outlines):
                me = root + 1 + k
                links = b"".join([b" /Prev %d 0 R" % (me - 1)] * (k > 0)
                                 + [b" /Next %d 0 R" % (me + 1)] * (k < len(outlines) - 1))
                objects.append(b"<< /Title <FEFF%s> /Parent %d 0 R%s /Dest [%d 0 R /XYZ 0 %d 0] >>"
                               % (title.encode("utf-16-be").hex().upper().encode(), root,
                                  links, first + 2 * page, y))
        return assemble_pdf([*objects, *extra])


class SubsetPager(Pager32):
    """Word's subset fonts: each text a TJ array of hex strings of two-byte codes (one per
    character, in order of first use, shared by the fonts) with a little kerning; Type0
    fonts with Identity-H, their widths and one ToUnicode map."""

    SHOW = b"TJ"

    def __init__(self) -> None:
        super().__init__()
        self.codes: dict[str, int] = {}

    def operand(self, text: str, font: int) -> bytes:
        codes = [self.codes.setdefault(c, len(self.codes) + 1) for c in text]
        parts = [b"<%s>" % b"".join(b"%04X" % c for c in codes[k:k + 6])
                 for k in range(0, len(codes), 6)]
        return b"[%s]" % b" -8 ".join(parts)

    def fonts_objects(self, after: int) -> tuple[list[bytes], list[bytes]]:
        chars = sorted(self.codes, key=self.codes.get)
        fonts, extra = [], [_to_unicode(self.codes)]
        for k, name in enumerate(self.fonts):
            base = b"ABCDE%c+%s" % (ord("F") + k, name)
            widths = FONT_METRICS[name.decode()][1]
            descendant = after + 1 + 2 * k
            fonts.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                         b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>"
                         % (base, descendant, after))
            extra.append(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo "
                         b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                         b"/FontDescriptor %d 0 R /CIDToGIDMap /Identity /W [1 [%s]] >>"
                         % (base, descendant + 1,
                            b" ".join(b"%d" % widths.get(c, 556) for c in chars)))
            extra.append(b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox "
                         b"[-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 "
                         b"/CapHeight 718 /StemV %d >>" % (base, 140 if k else 88))
        return fonts, extra


def _to_unicode(codes: dict[str, int]) -> bytes:
    """A ToUnicode CMap stream: each two-byte code to its character (blocks of 100)."""
    pairs = sorted((c, ch) for ch, c in codes.items())
    blocks = []
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        blocks.append(b"%d beginbfchar\n%s\nendbfchar" % (len(chunk), b"\n".join(
            b"<%04X> <%s>" % (c, ch.encode("utf-16-be").hex().upper().encode())
            for c, ch in chunk)))
    cmap = b"\n".join([
        b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
        b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange", *blocks,
        b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"])
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)


def _fields(meeting: Meeting, time: str) -> list[str]:
    return [f"Dato: {DATE_LONG}", f"Tid: {time}", f"Sted: {meeting.place}"]


def _pdf_rotated(layout: Layout32, meeting: Meeting) -> bytes:
    p = Pager32(842, 595)
    _put_lines(p, ["Referat"], 56, 16, 2, 22)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, _fields(meeting, "kl. 15.00 - 17.30"), 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"Pkt. {item.number} – {item.title}", 730, 12, True),
                   56, 12, 2, 16)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 5
            _put_lines(p, [s.heading], 56, 10, 2, 15)
            for para in s.text.splitlines():
                _put_lines(p, _wrap_pt(para, 730, 10, False), 56, 10, 1, 14)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file(rotate=True)


def _pdf_subset(layout: Layout32, meeting: Meeting) -> bytes:
    p = SubsetPager()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, [meeting.udvalg], 56, 14, 2, 20)
    for label, value in (("Mødedato", DATE_LONG), ("Mødetid", "kl. 16.00 - 18.00"),
                         ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(150, value, 10, 1)
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(85, title[0], 12, 2)
        _put_lines(p, title[1:], 85, 12, 2, 17)
        mark = "Lukket punkt" if item.closed else (
            f"Sagsnr.: {item.case_number} · {SAGSBEHANDLER}" if item.case_number else "")
        _put_lines(p, [mark] if mark else [], 85, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(16)
            p.pages[-1].append(BLUE)
            p.put(56, s.heading, 11, 2)
            p.pages[-1].append(b"0 g")
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_merged(layout: Layout32, meeting: Meeting) -> bytes:
    p = Pager32()
    p.y -= 120
    _put_lines(p, ["Referat"], 56, 24, 2, 30)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 16, True), 56, 16, 2, 22)
    _put_lines(p, [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"],
               56, 11, 1, 16)
    outlines: list[tuple[str, int, float]] = []
    footers: list[tuple[int, int]] = []  # per page: (the page within its item, item index)
    for k, item in enumerate(meeting.items):
        p.new_page()
        start = len(p.pages) - 1
        mark = _mark(layout, item)
        p.room(12)
        p.put(56, CASE_DOC, 8, 1)
        if mark:
            p.put(RIGHT - _width(mark, 8, False), mark, 8, 1)
        p.y -= 18
        outlines.append((f"{item.number}. {item.title}", start, p.y + 10))
        _put_lines(p, _wrap_pt(item.title, 480, 14, True), 56, 14, 2, 19)
        p.sections(item, size=11, gap=8)
        footers += [(n, k) for n in range(1, len(p.pages) - start + 1)]
    counts = {k: sum(1 for _, j in footers if j == k) for _, k in footers}
    for ops, (n, k) in zip(p.pages[1:], footers, strict=True):
        ops.append(b"BT /F1 8 Tf %d %d Td %s Tj ET" % (
            p.w - 130, p.margin - 22, p.operand(f"Side {n} af {counts[k]}", 1)))
    return p.file(outlines=outlines)


def _columns(p: Pager32, lines: list[tuple[str, int]]) -> None:
    """Lines (text, font) set in three balanced columns from `p.y` down, filled to the
    page's foot and going on over the next page where they do not fit."""
    while lines:
        room = int((p.y - p.margin - 20) // LEADING)
        if room < 3:
            p.new_page()
            continue
        rows = min(room, math.ceil(len(lines) / 3))
        for k, (text, font) in enumerate(lines[:3 * rows]):
            column, row = divmod(k, rows)
            p.put(COLUMNS[column], text, 9, font, p.y - (row + 1) * LEADING)
        p.y -= rows * LEADING
        lines = lines[3 * rows:]
        if lines:
            p.new_page()


def _pdf_columns(layout: Layout32, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    _put_lines(p, [meeting.udvalg], 56, 13, 2, 18)
    _put_lines(p, [f"{DATE_LONG} kl. 17.00 · {meeting.place}"], 56, 10, 1, 14)
    for k, item in enumerate(meeting.items):
        p.y -= 10
        if k:
            p.room(8)
            p.pages[-1].append(b"2 w 56 %.1f m %d %.1f l S" % (p.y + 4, RIGHT, p.y + 4))
        _put_lines(p, _wrap_pt(f"Punkt {item.number}. {item.title}", 480, 12, True),
                   56, 12, 2, 16)
        mark = _mark(layout, item)
        if mark:
            p.room(12)
            p.put(RIGHT - _width(mark, 9, False), mark, 9, 1)
        lines: list[tuple[str, int]] = []
        for s in item.sections:
            lines += [("", 1)] * bool(lines) + [(s.heading, 2)]
            lines += [(line, 1) for para in s.text.splitlines()
                      for line in _wrap_pt(para, 148, 9, False)]
        p.y -= 4
        _columns(p, lines)
    head = f"{meeting.udvalg} · Referat"
    p.furniture(header=lambda n: head, footer=lambda n, m: f"Side {n}")
    return p.file()


def _pdf_three_bodies(layout: Layout32, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _put_lines(p, [meeting.udvalg], 56, 18, 2, 24)
    _put_lines(p, ["Referat", f"Mødedato: tirsdag den {DATE_LONG}, kl. 18.00",
                   f"Mødested: {meeting.place}"], 56, 11, 1, 15)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number} {item.title}", 480, 13, True), 56, 13, 2, 18)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 3 if s.type == "beslutning" else 2)
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


class WordRuns(Pager32):
    """A browser's PDF: every word drawn on its own at font size 1 through a scaling text
    matrix, no space glyphs."""

    def put(self, x: float, text: str, size: float, font: int = 1, y: float | None = None
            ) -> None:
        y = self.y if y is None else y
        ops = [b"BT /F%d 1 Tf" % font]
        for word in text.split():
            ops.append(b"%.2f 0 0 %.2f %.2f %.2f Tm %s Tj" % (
                size, size, x, y, self.operand(word, font)))
            x += _width(f"{word} ", size, font == 2)
        self.pages[-1].append(b" ".join([*ops, b"ET"]))


def _pdf_browser(layout: Layout32, meeting: Meeting) -> bytes:
    p = WordRuns(margin=40)
    _put_lines(p, ["Dagsorden"], 56, 22, 2, 28)
    _put_lines(p, [meeting.udvalg], 56, 15, 2, 21)
    _put_lines(p, [f"Tirsdag den {DATE_LONG} kl. 16.00", meeting.place], 56, 10.5, 1, 15)
    for k, item in enumerate(meeting.items):
        p.y -= 12
        if k:
            p.room(10)
            p.pages[-1].append(b"0.8 G 0.5 w 56 %.1f m %d %.1f l S 0 G" % (
                p.y + 5, RIGHT, p.y + 5))
        title = _wrap_pt(item.title, 430, 14, True)
        p.room(20)
        p.pages[-1].append(b"0.15 g 56 %.1f 20 20 re f 1 g" % (p.y - 5))
        p.put(66 - _width(item.number, 11, True) / 2, item.number, 11, 2)
        p.pages[-1].append(b"0 g")
        p.put(84, title[0], 14, 2)
        _put_lines(p, title[1:], 84, 14, 2, 19)
        mark = _mark(layout, item)
        _put_lines(p, [mark] if mark else [], 84, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(17)
            p.pages[-1].append(BLUE)
            p.put(56, s.heading, 12, 1)
            p.pages[-1].append(b"0 g")
            for para in s.text.splitlines():
                _put_lines(p, _wrap_pt(para, 480, 10.5, False), 56, 10.5, 1, 15)
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        ops.insert(0, b"BT /F1 8 Tf 20 825 Td (%s) Tj ET" % _escape(f"{HEADER_DATE} 09.41"))
        ops.insert(1, b"BT /F1 8 Tf 240 825 Td %s Tj ET" % p.operand(
            f"Dagsorden - {meeting.udvalg}", 1))
        ops.append(b"BT /F1 8 Tf 20 18 Td (%s) Tj ET" % _escape(URL))
        ops.append(b"BT /F1 8 Tf 555 18 Td (%d/%d) Tj ET" % (n, count))
    return p.file()


def _box(p: Pager32, x: float, width: float, label: str, value: str) -> None:
    p.pages[-1].append(b"0.5 w %.1f %.1f %.1f 30 re S" % (x, p.y - 8, width))
    p.pages[-1].append(b"0.45 g")
    p.put(x + 4, label, 7, 1, p.y + 13)
    p.pages[-1].append(b"0 g")
    p.put(x + 4, value, 10, 1)


def _checkbox(p: Pager32, x: float, ticked: bool, label: str) -> None:
    p.pages[-1].append(b"0.5 w %.1f %.1f 8 8 re S" % (x, p.y - 1))
    if ticked:
        p.put(x + 1.3, "X", 8, 1, p.y)
    p.put(x + 12, label, 9, 1)


def _pdf_checkbox(layout: Layout32, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, ["Referat"], 56, 18, 2, 24)
    p.y -= 12
    p.room(22)
    _box(p, 56, 230, "Udvalg", meeting.udvalg)
    _box(p, 290, 110, "Dato", DATE_LONG)
    _box(p, 404, 135, "Sted", meeting.place)
    p.y -= 14
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 455, 12, True)
        p.room(17)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(80, title[0], 12, 2)
        _put_lines(p, title[1:], 80, 12, 2, 17)
        p.room(14)
        _checkbox(p, 80, not item.closed, "Åbent punkt")
        _checkbox(p, 170, item.closed, "Lukket punkt")
        if item.case_number:
            p.put(330, case_line(layout, item), 9, 1)
        p.sections(item, gap=6)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


def render_pdf32(layout: Layout32, meeting: Meeting) -> bytes:
    return {"t32-rotated-landscape-print-pdf": _pdf_rotated,
            "t32-word-subset-fonts-pdf": _pdf_subset,
            "t32-merged-case-documents-bookmarks-pdf": _pdf_merged,
            "t32-balanced-three-columns-pdf": _pdf_columns,
            "t32-three-bodies-oblique-pdf": _pdf_three_bodies,
            "t32-browser-print-word-runs-pdf": _pdf_browser,
            "t32-checkbox-status-form-pdf": _pdf_checkbox}[layout.name](layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _next_data(meeting: Meeting) -> str:
    data = {"props": {"pageProps": {"meeting": {
        "udvalg": meeting.udvalg, "dato": DATE_LONG, "sted": meeting.place,
        "type": meeting.kind,
        "punkter": [{"nummer": i.number, "titel": i.title, "sagsnummer": i.case_number,
                     "lukket": i.closed,
                     "afsnit": [{"overskrift": s.heading, "tekst": s.text} for s in i.sections]}
                    for i in meeting.items]}}},
        "page": "/politik/moeder/[id]", "query": {"id": "2024-03-12"}, "buildId": "k3Xn9"}
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _html_nextjs(layout: Layout32, meeting: Meeting) -> str:
    body = ["<div id='__next'><main class='Page_main__q1Wz3'>",
            "<h1 class='Meeting_heading__8dKfa'>Referat</h1>",
            "<dl class='Meeting_facts__Yt2c0'>",
            f"<dt>Udvalg</dt><dd>{e(meeting.udvalg)}</dd>",
            f"<dt>Mødedato</dt><dd>{DATE_LONG} kl. 16.00</dd>",
            f"<dt>Mødested</dt><dd>{e(meeting.place)}</dd></dl>"]
    for item in meeting.items:
        body.append(f"<div class='AgendaItem_root__Hc7pQ' data-testid='agenda-item'>"
                    f"<div class='AgendaItem_head__2mLxe'><span class='AgendaItem_number__Rr0d1'>"
                    f"{item.number}</span><h3 class='AgendaItem_title__vB5sN'>{e(item.title)}"
                    "</h3>" + ("<span class='Badge_locked__p0Zt4'>Lukket</span>" * item.closed)
                    + "</div>")
        if item.case_number:
            body.append(f"<p class='AgendaItem_case__f9LmA'>{e(case_line(layout, item))}</p>")
        body += [f"<section class='Section_root__1aBcD'><h4 class='Section_heading__Kk3w2'>"
                 f"{e(s.heading)}</h4>{_paras(s.text)}</section>" for s in item.sections]
        body.append("</div>")
    body += ["</main></div>", "<script id='__NEXT_DATA__' type='application/json'>"
             f"{_next_data(meeting)}</script>"]
    return _page(f"Referat - {meeting.udvalg}", body)


def _html_landmarks(layout: Layout32, meeting: Meeting) -> str:
    body = ["<a class='skip' href='#indhold'>Gå til indhold</a>",
            "<header role='banner'><p class='logo'>Kommunen</p></header>",
            "<nav role='navigation' aria-label='Brødkrumme'><ol><li><a href='/'>Forside</a>"
            "</li><li><a href='/politik'>Politik</a></li><li>Referat</li></ol></nav>",
            "<aside role='complementary' aria-label='Mødeoplysninger'><dl>",
            f"<dt>Udvalg</dt><dd>{e(meeting.udvalg)}</dd>",
            f"<dt>Dato</dt><dd>{DATE_LONG}, kl. 16.00</dd>",
            f"<dt>Sted</dt><dd>{e(meeting.place)}</dd></dl></aside>",
            "<main role='main' id='indhold'>", "<h1>Referat</h1>"]
    for item in meeting.items:
        anchor = f"punkt-{item.number}"
        body.append(f"<section aria-labelledby='{anchor}'><h5 id='{anchor}'>Punkt "
                    f"{item.number} – {e(item.title)}</h5>")
        if item.closed:
            body.append("<p>Lukket punkt</p>")
        elif item.case_number:
            body.append(f"<dl class='sag'><dt>Sagsnr.</dt><dd>{e(item.case_number)}</dd></dl>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</section>")
    body += ["</main>", "<footer role='contentinfo'><p>Kommunen · Rådhuset</p></footer>"]
    return _page(f"Referat - {meeting.udvalg}", body)


def _form_row(label: str, value: str) -> str:
    return ("<tr><td nowrap='true' valign='top' width='190px' class='ms-formlabel'>"
            f"<h3 class='ms-standardheader'><nobr>{e(label)}</nobr></h3></td>"
            f"<td valign='top' class='ms-formbody' width='400px'>{value}</td></tr>")


def _form(rows: list[str]) -> str:
    return ("<table class='ms-formtable' style='margin-top: 8px;' border='0' cellpadding='0' "
            "cellspacing='0' width='100%'>" + "".join(rows) + "</table>")


def _html_sharepoint(layout: Layout32, meeting: Meeting) -> str:
    body = ["<div id='s4-workspace'><div id='s4-titlerow'><h1 id='pageTitle'>Referat</h1></div>",
            "<div id='contentBox'>",
            _form([_form_row("Udvalg", e(meeting.udvalg)),
                   _form_row("Mødedato", f"{DATE_LONG} 16:00"),
                   _form_row("Mødested", e(meeting.place))])]
    for item in meeting.items:
        rows = [_form_row("Punkt", item.number), _form_row("Titel", e(item.title))]
        rows += [_form_row("Sagsnr.", e(item.case_number))] if item.case_number else []
        rows.append(_form_row("Status", "Lukket" if item.closed else "Åben"))
        rows += [_form_row(s.heading, "<div class='ExternalClass'>" + "".join(
            f"<div>{e(x)}</div>" for x in s.text.splitlines()) + "</div>")
                 for s in item.sections]
        body += ["<hr>", _form(rows)]
    return _page(f"Referat - {meeting.udvalg}", [*body, "</div></div>"])


def render_html32(layout: Layout32, meeting: Meeting) -> str:
    return {"t32-nextjs-data-html": _html_nextjs,
            "t32-landmarks-inverted-levels-html": _html_landmarks,
            "t32-sharepoint-formtable-html": _html_sharepoint}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------

PAGE_LINES = 56  # the mainframe print's lines per page, its header included


def _text_mainframe(layout: Layout32, meeting: Meeting) -> str:
    body = [f"Udvalg ......: {meeting.udvalg}", f"Mødedato ....: {DATE_LONG} kl. 19.00",
            f"Mødested ....: {meeting.place}", ""]
    for item in meeting.items:
        case = "LUKKET" if item.closed else item.case_number or ""
        title = wrap(item.title.upper(), 59)
        body += ["-" * 76, f"{item.number.zfill(3)}  {case:<10} {title[0]}"]
        body += [" " * 17 + line for line in title[1:]]
        for s in item.sections:
            body += ["", " " * 17 + s.heading.upper()]
            body += [" " * 17 + line for para in s.text.upper().splitlines()
                     for line in wrap(para, 59)]
    pages = [body[k:k + PAGE_LINES - 4] for k in range(0, len(body), PAGE_LINES - 4)]
    out = []
    for n, lines in enumerate(pages, start=1):
        head = [f"{meeting.udvalg.upper():<30}REFERAT {HEADER_DATE}{'SIDE':>25}{n:>4}",
                "PKT. SAGSNR.     EMNE", "=" * 76, ""]
        out.append("\n".join(head + lines))
    return "\n\f".join(out) + "\n"


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """A content line folded at 75 octets (continuations begin with a space), never inside
    a character's UTF-8 bytes."""
    chunks, current, size, limit = [], "", 0, 75
    for ch in line:
        width = len(ch.encode())
        if size + width > limit:
            chunks.append(current)
            current, size, limit = "", 0, 74
        current += ch
        size += width
    return [*chunks, current][:1] + [" " + c for c in [*chunks, current][1:]]


def _text_ics(layout: Layout32, meeting: Meeting) -> bytes:
    lines = ["Dagsorden", meeting.udvalg,
             f"Mødet holdes tirsdag den {DATE_LONG} kl. 16.00 i {meeting.place}."]
    for item in meeting.items:
        lines += ["", f"{item.number}) {item.title}"]
        mark = _mark(layout, item)
        lines += [mark] if mark else []
        for s in item.sections:
            lines += ["", s.heading, *s.text.splitlines()]
    props = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kommunen//Mødekalender//DA",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:moede-2024-03-12-1600@kommunen.dk",
             "DTSTAMP:20240305T091400Z", "DTSTART;TZID=Europe/Copenhagen:20240312T160000",
             "DTEND;TZID=Europe/Copenhagen:20240312T180000",
             f"SUMMARY:{_ics_escape(f'Møde i {meeting.udvalg}')}",
             f"LOCATION:{_ics_escape(meeting.place)}",
             f"DESCRIPTION:{_ics_escape(chr(10).join(lines))}",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(x for prop in props for x in _fold(prop)).encode() + b"\r\n"


def render_text32(layout: Layout32, meeting: Meeting) -> str | bytes:
    return {"t32-mainframe-caps-columns-txt": _text_mainframe,
            "t32-ics-invitation-txt": _text_ics}[layout.name](layout, meeting)


def document32(layout: Layout32, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's) and the rendered files (by suffix, only the layout's
    formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text32, render_html32, render_pdf32)
