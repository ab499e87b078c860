"""A thirty-third set of invented layouts (`test33`): a twenty-eighth independent check of the
generic reader, written without reading it, from general knowledge of how Danish kommuner and
regioner publish dagsordener and referater (an ESDH system's PDF stamped in the margin, a
Word table template, a PDF whose meeting stands only in its running header and footer, a
byråd's referat with boxed decisions, a typesetter's PDF spaced by kerning, a PDF whose pages
were imposed by a stamping tool, a draft dagsorden under a watermark, a CMS page whose meeting
stands only in its JSON-LD, a definition list of items, an HTML newsletter e-mail, a MIME
e-mail saved as text, a two-column PDF run through pdftotext), not from any kommune's
published minutes, and frozen before the reader was run on them.

Conventions meant to be new, or new in this combination: a document stamp printed upright in
the left margin of every page (text turned 90 degrees); each item's head a grey shaded row of
three cells (number, title, case number under a small label) and headings numbered under their
item ("4.1 Resumé") in a PDF; the udvalg and date only in every page's running header and the
place only in its footer, the number and case number in a margin column beside the title; a
byråd's titles in capitals with both bodies' decisions in drawn boxes, the byråd's shaded;
every word space made by kerning in a TJ array (no space glyph); every page's content in a
Form XObject, the letterhead in another; a diagonal "UDKAST" watermark under a dagsorden whose
numbers stand in drawn circles; the meeting's fields only in a JSON-LD Event, "Punkt 4" below
an unnumbered <h2>; the items as one <dl>, the number in a <span> in the <dt>, headings run in
as <strong>Heading:</strong> and two decisions, "Sag nr." as the case label; an HTML e-mail
of nested tables styled inline, the number in a shaded cell beside the title cell; a MIME
message whose text part is quoted-printable (soft line breaks, =C3=A6) with a base64
attachment; pdftotext's layout output of a two-column referat, each line holding both columns.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote (generate30's truth). Section types are the type a heading means in
referat's model; where that is debatable, the most common reading, said at the layout.
"""

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass

from referat.index.model import Item, Meeting

from benchmarks.layouts.draw import case_line, rendered
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import _paras, _wrap_pt, e
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.generate19 import DATE_LONG
from benchmarks.layouts.generate30 import truth30
from benchmarks.layouts.generate32 import Layout32, Pager32
from benchmarks.layouts.pdfwriter import _escape, wrap
from tests.pdfs import assemble_pdf

OEU = ("Økonomiudvalgets anbefaling 5. marts 2024", "Anbefales over for Byrådet.")
OEU_RUNIN = ("Økonomiudvalgets beslutning 5. marts 2024", "Anbefales over for Byrådet.")
RIGHT = 539  # the right edge of a portrait page's text
STAMP = "Udskrevet fra ESDH 13.03.2024 · Dok.nr. 2024-118734 · Side {n} af {m}"
WATERMARK = "UDKAST"
COLUMN = 38  # the width of a column in pdftotext's output
GUTTER = 4  # the spaces between the columns
PAGE_ROWS = 58  # the rows of a page in pdftotext's output, its footer not counted
BOUNDARY = "==_k7Qm2_referat"


@dataclass
class Layout33(Layout32):
    """A test33 layout: generate30's fields; the conventions are in the renderers."""


LAYOUTS33: list[Layout33] = [
    # an ESDH system's Word PDF: "Referat" bold 18, the udvalg bold 13, "Dato:", "Sted:";
    # "4." bold 12 at the margin and the title bold 12 at x 85; "Sagsnr.: …" 9; headings
    # bold 10 with a colon; on every page a 7 pt stamp turned 90 degrees, running up the left
    # margin ("Udskrevet fra ESDH … · Dok.nr. … · Side n af m"); one closed item
    Layout33("t33-vertical-margin-stamp-pdf",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".pdf",), closed=1, place="Rådhuset, mødelokale 3"),
    # a Word table template: each item's head a grey shaded row of three cells: the number
    # bold 12, the title bold 11 (wrapped in its cell), and at the right "Sagsnr." 7 over
    # the case number 8 ("Lukket" for the closed item); headings bold 10 numbered under their
    # item, "4.1 Resumé", "4.2 Sagsfremstilling"; "Side n af m"; one closed item
    Layout33("t33-shaded-head-row-numbered-heads-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1, place="Mødelokale 1",
             numbered_heads=True),
    # no title block: the udvalg, "Referat" and the date only in every page's running
    # header, the place only in its footer ("Mødested: … · Side n af m"); "Pkt. 4" grey 9
    # in a margin column at x 56 beside the title (bold 13 at x 120), the case number bare
    # 7.5 below "Pkt. 4" ("Lukket" for the closed item); bold headings, texts at x 120
    Layout33("t33-fields-in-running-header-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="{case}", closed=1, place="Rådhuset, udvalgsværelset"),
    # a byråd's referat: "BYRÅDET" bold 16, "Referat fra ordinært møde", "Mødedato:",
    # "Mødested:"; "4. TITLE" in capitals bold 11; "Sagsnr. …" 9; bold headings; two
    # decisions per open item, each in a drawn box: the økonomiudvalg's recommendation
    # (fixed) in an open box, then the byråd's in a grey shaded box; one closed item
    Layout33("t33-caps-titles-boxed-decisions-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådets beslutning")],
             formats=(".pdf",), case="Sagsnr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU,)),
    # a typesetter's PDF: every line one TJ array with each word its own string and the
    # word spaces made by kerning (-278, no space glyph); "Referat" bold 20, the udvalg,
    # bold labels beside values (Mødedato, Mødested); "Punkt 4 - Title" bold 12; "J.nr. …"
    # 9; bold headings; "Side n"; one closed item
    Layout33("t33-kerned-word-spaces-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1, place="Mødelokale 4"),
    # a PDF imposed by a stamping tool: every page's content stream only "q /Pg Do Q" and a
    # letterhead Form XObject, the text inside Form XObjects (one per page, one letterhead
    # shared: "Kommunen · Sekretariatet" and a rule); "Referat", the udvalg, fields; "4.
    # Title" bold 12; "Sagsnummer: …" 9; bold headings; one closed item
    Layout33("t33-form-xobject-pages-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")],
             formats=(".pdf",), case="Sagsnummer: {case}", closed=1,
             place="Rådhuset, mødelokale 1"),
    # a draft dagsorden: a grey "UDKAST" 90 pt turned 45 degrees drawn first on every page;
    # "Dagsorden" bold 20, the udvalg, "Tid:", "Sted:"; each number bold 11 centred in a
    # drawn circle, the title bold 12 at x 84; "Sagsnr. …" 9; headings oblique 11; no
    # decisions; one closed item ("Lukket punkt")
    Layout33("t33-diagonal-watermark-circled-agenda-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Forvaltningen indstiller")],
             formats=(".pdf",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Rådhuset, mødelokale 2"),
    # a CMS page whose meeting stands only in a JSON-LD Event in the <head> (name "Møde i
    # udvalg", startDate, location, a description with the date): the visible page
    # "<h1>Referat</h1>"; each item an <article> of an unnumbered <h2> title, "<p
    # class='punktnr'>Punkt 4</p>" below it, "Sagsnr. …", <h3> headings; the closed item
    # "Punktet behandles for lukkede døre."
    Layout33("t33-jsonld-fields-number-below-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), case="Sagsnr. {case}", closed=1, place="Mødesal A"),
    # a byråd's referat as one <dl>: the fields in a <table role='presentation'>; each item
    # "<dt><span class='nr'>4</span> Title</dt>" and a <dd> with "Sag nr. …" and the
    # sections run in, "<p><strong>Sagsfremstilling:</strong> text</p>"; two decisions,
    # the økonomiudvalg's (fixed) then the byråd's; the closed item "<em>Lukket punkt</em>"
    Layout33("t33-dl-items-runin-two-decisions-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Byrådets beslutning")],
             formats=(".html",), case="Sag nr. {case}", closed=1, udvalg="Byrådet",
             place="Byrådssalen", earlier=(OEU_RUNIN,)),
    # an HTML newsletter e-mail of nested tables 600 px wide, every style inline: a dark
    # head cell "Dagsorden", the udvalg and "Tirsdag 12. marts 2024 kl. 16.00 · place"; per
    # item a shaded number cell beside a title cell (17 px bold), "Sagsnr. …" 11 px grey,
    # headings bold 14 px cells, paragraphs parted by <br><br>; no decisions; an unsubscribe
    # footer; one closed item ("Lukket punkt")
    Layout33("t33-newsletter-email-tables-html",
             [("resume", "Kort fortalt"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Direktionen indstiller")],
             formats=(".html",), kind="dagsorden", case="Sagsnr. {case}", closed=1,
             place="Rådhuset, mødelokale 5"),
    # a MIME e-mail saved as text: headers, multipart/mixed, the referat a text/plain part
    # in quoted-printable (soft line breaks at 76, "=C3=A6" for "æ"), then a base64
    # attachment (the attendance list); CRLF; "Udvalg:", "Dato:", "Sted:"; "Punkt 4: Title",
    # "Sagsnr.: …", headings with a colon on their own line; one closed item
    Layout33("t33-mime-quoted-printable-txt",
             [("resume", "Resumé:"), ("sagsfremstilling", "Sagsfremstilling:"),
              ("indstilling", "Indstilling:"), ("beslutning", "Beslutning:")],
             formats=(".txt",), case="Sagsnr.: {case}", closed=1, place="Mødelokale 2"),
    # pdftotext -layout of a two-column referat: each line the left column's line padded to
    # 38 characters, four spaces and the right column's line; pages of 58 rows parted by
    # form feeds, "Side n" centred below; "Referat", the udvalg and the fields at the top of
    # the first column; "4. Title"; "Sagsnr. …"; headings; one closed item
    Layout33("t33-pdftotext-two-columns-txt",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".txt",), case="Sagsnr. {case}", closed=1, place="Mødelokale 6"),
]


def by_name33(name: str) -> Layout33 | None:
    return next((layout for layout in LAYOUTS33 if layout.name == name), None)


def _mark(layout: Layout33, item: Item, closed: str = "Lukket punkt") -> str:
    return closed if item.closed else case_line(layout, item)


def _marks(layout: Layout33, item: Item) -> list[str]:
    """The item's mark as a line, none when it has neither a case number nor is closed."""
    mark = _mark(layout, item)
    return [mark] if mark else []


# --- PDF ---------------------------------------------------------------------------------------


def _head(p: Pager32, kind: str, udvalg: str, fields: list[str]) -> None:
    _put_lines(p, [kind], 56, 18, 2, 24)
    _put_lines(p, _wrap_pt(udvalg, 480, 13, True), 56, 13, 2, 18)
    _put_lines(p, fields, 56, 10, 1, 14)


def _pdf_stamp(layout: Layout33, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, "Referat", meeting.udvalg,
          [f"Dato: {DATE_LONG}, kl. 16.00", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 450, 12, True)
        p.room(17)
        p.put(56, f"{item.number}.", 12, 2)
        p.put(85, title[0], 12, 2)
        _put_lines(p, title[1:], 85, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 85, 9, 1, 13)
        p.sections(item, gap=6)
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        ops.insert(0, b"BT /F1 7 Tf 0 1 -1 0 34 150 Tm (%s) Tj ET"
                   % _escape(STAMP.format(n=n, m=count)))
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_shaded_row(layout: Layout33, meeting: Meeting) -> bytes:
    p = Pager32()
    _head(p, "Referat", meeting.udvalg,
          [f"Mødedato: {DATE_LONG}, kl. 16.00 - 18.00", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        title = _wrap_pt(item.title, 330, 11, True)
        height = 14 * max(len(title), 2) + 8
        p.room(height)
        top = p.y + height
        p.pages[-1].append(b"0.86 g 56 %.1f 483 %.1f re f 1 g 1.5 w 84 %.1f m 84 %.1f l "
                           b"428 %.1f m 428 %.1f l S 0 g" % (p.y, height, p.y, top, p.y, top))
        p.put(64, item.number, 12, 2, top - 16)
        for k, line in enumerate(title):
            p.put(92, line, 11, 2, top - 16 - 14 * k)
        if item.closed:
            p.put(436, "Lukket", 9, 2, top - 16)
        elif item.case_number:
            p.put(436, "Sagsnr.", 7, 1, top - 14)
            p.put(436, item.case_number, 8, 1, top - 24)
        p.y -= 4
        p.sections(item, gap=7)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _pdf_header_fields(layout: Layout33, meeting: Meeting) -> bytes:
    p = Pager32()
    p.y -= 6
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 415, 13, True)
        p.room(18)
        p.pages[-1].append(b"0.4 g")
        p.put(56, f"Pkt. {item.number}", 9, 1)
        p.pages[-1].append(b"0 g")
        p.put(56, "Lukket" if item.closed else item.case_number or "", 7.5, 1, p.y - 12)
        p.put(120, title[0], 13, 2)
        _put_lines(p, title[1:], 120, 13, 2, 17)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(120, s.heading, 10, 2)
            p.body(s.text, x=120, width=415)
    count = len(p.pages)
    for n, ops in enumerate(p.pages, start=1):
        ops.insert(0, b"BT /F1 8 Tf 56 808 Td (%s) Tj ET" % _escape(
            f"{meeting.udvalg} · Referat · {DATE_LONG}"))
        ops.append(b"0.5 w 56 802 m %d 802 l S" % RIGHT)
        ops.append(b"BT /F1 8 Tf 56 34 Td (%s) Tj ET" % _escape(
            f"Mødested: {meeting.place} · Side {n} af {count}"))
    return p.file()


def _boxed(p: Pager32, heading: str, text: str, shaded: bool) -> None:
    """A decision in a drawn box (grey shaded when `shaded`): its heading bold 10, then its
    text, kept on one page."""
    lines = [line for para in text.splitlines() for line in _wrap_pt(para, 460, 10, False)]
    height = 15 + 14 * len(lines) + 8
    if p.y - height - 8 < p.margin + 20:
        p.new_page()
    p.y -= 8
    top = p.y
    p.pages[-1].append(b"%s 0.6 w 56 %.1f 483 %.1f re %s" % (
        b"0.92 g" if shaded else b"", top - height, height, b"B 0 g" if shaded else b"S"))
    p.y -= 4
    _put_lines(p, [heading], 66, 10, 2, 15)
    _put_lines(p, lines, 66, 10, 1, 14)
    p.y = top - height


def _pdf_boxes(layout: Layout33, meeting: Meeting) -> bytes:
    p = Pager32()
    _put_lines(p, [meeting.udvalg.upper()], 56, 16, 2, 22)
    _put_lines(p, ["Referat fra ordinært møde", f"Mødedato: {DATE_LONG} kl. 17.00",
                   f"Mødested: {meeting.place}"], 56, 10, 1, 14)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title.upper()}", 480, 11, True),
                   56, 11, 2, 15)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        decisions = [s for s in item.sections if s.type == "beslutning"]
        for s in item.sections:
            if s.type == "beslutning":
                _boxed(p, s.heading, s.text, s is decisions[-1])
                continue
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 2)
            p.body(s.text)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


class Kerned(Pager32):
    """A typesetter's PDF: each line one TJ array, each word its own string, the word
    spaces made by kerning (a space's width, no space glyph)."""

    SHOW = b"TJ"

    def operand(self, text: str, font: int) -> bytes:
        return b"[%s]" % b" -278 ".join(b"(%s)" % _escape(w) for w in text.split())


def _pdf_kerned(layout: Layout33, meeting: Meeting) -> bytes:
    p = Kerned()
    _put_lines(p, ["Referat"], 56, 20, 2, 26)
    _put_lines(p, _wrap_pt(meeting.udvalg, 480, 14, True), 56, 14, 2, 20)
    for label, value in (("Mødedato", f"{DATE_LONG} kl. 15.30"), ("Mødested", meeting.place)):
        p.room(14)
        p.put(56, label, 10, 2)
        p.put(140, value, 10, 1)
    for item in meeting.items:
        p.y -= 16
        _put_lines(p, _wrap_pt(f"Punkt {item.number} - {item.title}", 480, 12, True),
                   56, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    p.furniture(footer=lambda n, m: f"Side {n}")
    return p.file()


class Imposed(Pager32):
    """A PDF through a stamping tool: each page's text in a Form XObject of its own, drawn
    by the page's content stream, and a letterhead Form XObject shared by every page."""

    def file(self, rotate: bool = False, outlines: list[tuple[str, int, float]] = ()) -> bytes:
        count = len(self.pages)
        first = 3 + len(self.fonts)  # the letterhead, then per page: page, content, form
        kids = " ".join(f"{first + 1 + 3 * i} 0 R" for i in range(count)).encode()
        refs = b" ".join(b"/F%d %d 0 R" % (i + 1, i + 3) for i in range(len(self.fonts)))
        fonts, _ = self.fonts_objects(0)
        head = (b"BT /F1 8 Tf 56 812 Td (Kommunen \xb7 Sekretariatet) Tj ET "
                b"0.5 w 56 806 m 539 806 l S")
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), *fonts,
                   _form(head, refs)]
        for k, ops in enumerate(self.pages):
            me = first + 1 + 3 * k
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                           b"/Resources << /Font << %s >> /XObject << /Lh %d 0 R /Pg %d 0 R >> >> "
                           b"/Contents %d 0 R >>" % (self.w, self.h, refs, first, me + 2, me + 1))
            draw = b"q /Lh Do Q q /Pg Do Q"
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
            objects.append(_form(b"\n".join(ops), refs))
        return assemble_pdf(objects)


def _form(stream: bytes, refs: bytes) -> bytes:
    return (b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << %s "
            b">> >> /Length %d >>\nstream\n%s\nendstream" % (refs, len(stream), stream))


def _pdf_xobject(layout: Layout33, meeting: Meeting) -> bytes:
    p = Imposed()
    _head(p, "Referat", meeting.udvalg,
          [f"Mødedato: {DATE_LONG} kl. 16.00", f"Mødested: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def _circle(x: float, y: float, r: float) -> bytes:
    """A circle of radius `r` about (x, y) as four Bézier curves, stroked."""
    k = 0.5523 * r
    return (b"0.8 w %.1f %.1f m %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c "
            b"%.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c S"
            % (x + r, y, x + r, y + k, x + k, y + r, x, y + r,
               x - k, y + r, x - r, y + k, x - r, y,
               x - r, y - k, x - k, y - r, x, y - r,
               x + k, y - r, x + r, y - k, x + r, y))


def _pdf_watermark(layout: Layout33, meeting: Meeting) -> bytes:
    p = Pager32(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    _head(p, "Dagsorden", meeting.udvalg,
          ["Tid: kl. 16.00 - 18.00", f"Dato: {DATE_LONG}", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 16
        title = _wrap_pt(item.title, 440, 12, True)
        p.room(20)
        p.pages[-1].append(_circle(66, p.y + 4, 10))
        p.put(66 - _width(item.number, 11, True) / 2, item.number, 11, 2)
        p.put(84, title[0], 12, 2)
        _put_lines(p, title[1:], 84, 12, 2, 17)
        _put_lines(p, _marks(layout, item), 84, 9, 1, 13)
        p.sections(item, size=11, font=3, gap=6)
    for ops in p.pages:
        ops.insert(0, b"0.85 g BT /F2 90 Tf 0.7071 0.7071 -0.7071 0.7071 190 260 Tm (%s) Tj "
                   b"ET 0 g" % WATERMARK.encode())
    p.furniture(footer=lambda n, m: f"Side {n} af {m}")
    return p.file()


def render_pdf33(layout: Layout33, meeting: Meeting) -> bytes:
    return {"t33-vertical-margin-stamp-pdf": _pdf_stamp,
            "t33-shaded-head-row-numbered-heads-pdf": _pdf_shaded_row,
            "t33-fields-in-running-header-pdf": _pdf_header_fields,
            "t33-caps-titles-boxed-decisions-pdf": _pdf_boxes,
            "t33-kerned-word-spaces-pdf": _pdf_kerned,
            "t33-form-xobject-pages-pdf": _pdf_xobject,
            "t33-diagonal-watermark-circled-agenda-pdf": _pdf_watermark}[layout.name](
                layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _json_ld(meeting: Meeting) -> str:
    data = {"@context": "https://schema.org", "@type": "Event",
            "name": f"Møde i {meeting.udvalg}",
            "description": f"Referat af mødet {DATE_LONG}",
            "startDate": "2024-03-12T16:00:00+01:00", "endDate": "2024-03-12T18:00:00+01:00",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {"@type": "Place", "name": meeting.place,
                         "address": "Rådhustorvet 1"},
            "organizer": {"@type": "Organization", "name": meeting.udvalg}}
    return json.dumps(data, ensure_ascii=False, indent=2).replace("<", "\\u003c")


def _html_jsonld(layout: Layout33, meeting: Meeting) -> str:
    body = ["<header class='site'><p class='logo'>Kommunen</p><nav><a href='/'>Forside</a> "
            "<a href='/politik'>Politik</a></nav></header>", "<main>", "<h1>Referat</h1>"]
    for item in meeting.items:
        body.append(f"<article id='punkt-{item.number}'><h2>{e(item.title)}</h2>"
                    f"<p class='punktnr'>Punkt {item.number}</p>")
        if item.closed:
            body.append("<p>Punktet behandles for lukkede døre.</p>")
        elif item.case_number:
            body.append(f"<p class='sag'>{e(case_line(layout, item))}</p>")
        body += [f"<h3>{e(s.heading)}</h3>{_paras(s.text)}" for s in item.sections]
        body.append("</article>")
    body += ["</main>", "<footer><p>Kommunen · Rådhustorvet 1</p></footer>"]
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      "<title>Referat</title>",
                      f"<script type='application/ld+json'>{_json_ld(meeting)}</script>",
                      "</head><body>", *body, "</body></html>"])


def _runin_html(heading: str, text: str) -> str:
    paras = text.splitlines()
    return (f"<p><strong>{e(heading)}:</strong> {e(paras[0])}</p>"
            + "".join(f"<p>{e(x)}</p>" for x in paras[1:]))


def _html_dl(layout: Layout33, meeting: Meeting) -> str:
    rows = (("Udvalg", meeting.udvalg), ("Mødedato", f"{DATE_LONG}, kl. 17.00"),
            ("Mødested", meeting.place))
    body = ["<h1>Referat</h1>", "<table role='presentation' class='moede'>",
            *(f"<tr><td>{x}</td><td>{e(v)}</td></tr>" for x, v in rows), "</table>",
            "<dl class='dagsorden'>"]
    for item in meeting.items:
        body.append(f"<dt id='p{item.number}'><span class='nr'>{item.number}</span> "
                    f"{e(item.title)}</dt><dd>")
        if item.closed:
            body.append("<p><em>Lukket punkt</em></p>")
        elif item.case_number:
            body.append(f"<p class='sag'>{e(case_line(layout, item))}</p>")
        body += [_runin_html(s.heading, s.text) for s in item.sections]
        body.append("</dd>")
    body.append("</dl>")
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>Referat - {e(meeting.udvalg)}</title></head><body>",
                      "<div class='indhold'>", *body, "</div></body></html>"])


def _td(style: str, content: str) -> str:
    return f"<tr><td style='{style}'>{content}</td></tr>"


def _html_newsletter(layout: Layout33, meeting: Meeting) -> str:
    font = "font-family:Arial,Helvetica,sans-serif;"
    rows = [_td(f"{font}background:#1f4e79;color:#ffffff;font-size:22px;padding:16px 20px;",
                "Dagsorden"),
            _td(f"{font}font-size:16px;font-weight:bold;padding:14px 20px 0 20px;",
                e(meeting.udvalg)),
            _td(f"{font}font-size:13px;color:#444444;padding:2px 20px 10px 20px;",
                f"Tirsdag {DATE_LONG} kl. 16.00 · {e(meeting.place)}")]
    for item in meeting.items:
        rows.append("<tr><td style='padding:18px 20px 0 20px;'><table width='100%' "
                    "cellpadding='0' cellspacing='0' border='0'><tr>"
                    f"<td width='40' valign='top' style='{font}background:#e8eef5;font-size:20px;"
                    f"font-weight:bold;text-align:center;padding:6px 0;'>{item.number}</td>"
                    f"<td valign='top' style='{font}font-size:17px;font-weight:bold;"
                    f"padding:6px 0 6px 12px;'>{e(item.title)}</td></tr></table></td></tr>")
        rows.append(_td(f"{font}font-size:11px;color:#666666;padding:4px 20px 0 72px;",
                        e(_mark(layout, item))))
        for s in item.sections:
            rows.append(_td(f"{font}font-size:14px;font-weight:bold;padding:12px 20px 2px 72px;",
                            e(s.heading)))
            rows.append(_td(f"{font}font-size:14px;line-height:20px;padding:0 20px 0 72px;",
                            "<br><br>".join(e(x) for x in s.text.splitlines())))
    rows.append(_td(f"{font}font-size:11px;color:#888888;padding:24px 20px;border-top:1px solid "
                    "#dddddd;", "Du modtager denne mail, fordi du abonnerer på dagsordener fra "
                    "kommunen. <a href='https://www.kommune.dk/afmeld'>Afmeld</a>"))
    table = ("<table width='600' align='center' cellpadding='0' cellspacing='0' border='0' "
             "style='background:#ffffff;'>" + "\n".join(rows) + "</table>")
    return "\n".join(["<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' "
                      "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'>",
                      "<html><head><meta http-equiv='Content-Type' content='text/html; "
                      "charset=utf-8'>", f"<title>Dagsorden - {e(meeting.udvalg)}</title>",
                      "</head><body style='margin:0;background:#f2f2f2;'>",
                      "<table width='100%' bgcolor='#f2f2f2' cellpadding='0' cellspacing='0'>"
                      f"<tr><td>{table}</td></tr></table>", "</body></html>"])


def render_html33(layout: Layout33, meeting: Meeting) -> str:
    return {"t33-jsonld-fields-number-below-html": _html_jsonld,
            "t33-dl-items-runin-two-decisions-html": _html_dl,
            "t33-newsletter-email-tables-html": _html_newsletter}[layout.name](layout, meeting)


# --- text --------------------------------------------------------------------------------------


def _text_mime(layout: Layout33, meeting: Meeting) -> bytes:
    lines = ["Referat", "", f"Udvalg: {meeting.udvalg}", f"Dato: {DATE_LONG} kl. 16.00",
             f"Sted: {meeting.place}"]
    for item in meeting.items:
        lines += ["", "", f"Punkt {item.number}: {item.title}", *_marks(layout, item)]
        for s in item.sections:
            lines += ["", s.heading, *s.text.splitlines()]
    text = quopri.encodestring("\n".join(lines).encode() + b"\n").decode("ascii")
    attendance = base64.encodebytes(
        f"Deltagere i mødet i {meeting.udvalg} {DATE_LONG}\nFremmødte: 9\nAfbud: 2\n"
        .encode()).decode("ascii")
    head = ["From: Sekretariatet <sekretariat@kommunen.dk>",
            "To: Udvalgets medlemmer <udvalg@kommunen.dk>",
            "Subject: =?utf-8?q?Referat_fra_m=C3=B8det_12=2E_marts_2024?=",
            "Date: Wed, 13 Mar 2024 08:15:04 +0100",
            "Message-ID: <20240313081504.4711@kommunen.dk>", "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{BOUNDARY}"', "",
            "This is a multi-part message in MIME format.", "", f"--{BOUNDARY}",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable", "", *text.splitlines(),
            f"--{BOUNDARY}", 'Content-Type: text/plain; charset="utf-8"; name="deltagere.txt"',
            'Content-Disposition: attachment; filename="deltagere.txt"',
            "Content-Transfer-Encoding: base64", "", *attendance.splitlines(),
            f"--{BOUNDARY}--"]
    return ("\r\n".join(head) + "\r\n").encode("ascii")


def _column_lines(meeting: Meeting, layout: Layout33) -> list[str]:
    out = ["Referat", *wrap(meeting.udvalg, COLUMN), f"Dato: {DATE_LONG} kl. 16.00",
           *wrap(f"Sted: {meeting.place}", COLUMN)]
    for item in meeting.items:
        out += ["", "", *wrap(f"{item.number}. {item.title}", COLUMN), *_marks(layout, item)]
        for s in item.sections:
            out += ["", s.heading]
            out += [line for para in s.text.splitlines() for line in wrap(para, COLUMN)]
    return out


def _text_pdftotext(layout: Layout33, meeting: Meeting) -> str:
    lines = _column_lines(meeting, layout)
    pages = []
    for n, k in enumerate(range(0, len(lines), 2 * PAGE_ROWS), start=1):
        left = lines[k:k + PAGE_ROWS]
        right = lines[k + PAGE_ROWS:k + 2 * PAGE_ROWS]
        rows = [(a.ljust(COLUMN + GUTTER) + b).rstrip() if b else a.rstrip()
                for a, b in zip(left, right + [""] * (len(left) - len(right)), strict=True)]
        pages.append("\n".join([*rows, "", f"{'Side ' + str(n):^80}".rstrip(), ""]))
    return "\f".join(pages)


def render_text33(layout: Layout33, meeting: Meeting) -> str | bytes:
    return {"t33-mime-quoted-printable-txt": _text_mime,
            "t33-pdftotext-two-columns-txt": _text_pdftotext}[layout.name](layout, meeting)


def document33(layout: Layout33, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth (generate30's) and the rendered files (by suffix, only the layout's
    formats)."""
    meeting = truth30(layout, seed)
    return meeting, rendered(layout, meeting, render_text33, render_html33, render_pdf33)
