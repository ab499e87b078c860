"""An eighth tuning set of invented layouts (`tune8`, tuned on): conventions of Danish
publishing systems that the split note does not list yet, or lists only in another
combination, written from general knowledge of how kommuner and regioner publish (committee
systems' PDF and HTML exports, Word documents saved as PDF or web page, print views), not
from any kommune's published minutes, and committed before the reader was run on them.

Conventions: sections numbered under their item as Word's multilevel lists print them
("4.1 Resumé", "4.2 Sagsfremstilling"); sub-items "5.1", "5.2" under a parent item; a
decision history inside one item ("Tidligere beslutninger" over an earlier committee's dated
decision, then "Beslutning i Byrådet den …"); a table of contents with dotted leaders and
page numbers whose titles wrap onto two lines, "Pkt. 4" on a line of its own above a
two-line title and "J.nr." case numbers; the udvalg named only in a running header with
abbreviated months ("12. mar. 2024") and "§ 4." numbers; the meeting stated in one
sentence with a short date ("d. 12/3-24"), "Pkt. 4" over a title in capitals and decisions
headed "Beslutning i … den 05.03.2024:"; Word's web page with each item's number and title
in a MsoTableGrid table and headings bold and underlined in `<p class=MsoNormal>`; an
attachment list with file sizes between the case description and the recommendation; an
ESDH print view of nested tables whose headings are set apart by a class only; titles
broken by `<br>` inside their heading and a date "d. 12.03.2024". A second batch, written
after the first had been run and committed before the reader was run on it: "Organ:" and
"Lokation:" fields with a body named "Udvalget for …"; titles of first and second readings
("1. behandling af …") and a paragraph starting "2. behandling i Byrådet …"; indstilling
points "1) at …" decided "Ad 1) …"; a byråd's items under "Sager fra <udvalg>" group
headings; titles that begin with the item's kind ("Beslutning: …", "Orientering: …"). A
third batch, likewise: a section the heading table lacks ("Klimakonsekvenser") in text, PDF
and HTML; closed items marked only by a padlock icon's alt text.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); names of files are invented. The
truth is the meeting the generator wrote.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.draw import (
    LayoutFields,
    closed_positions,
    draw,
    rendered,
    stated,
    text_of,
    word,
)
from benchmarks.layouts.generate5 import _width
from benchmarks.layouts.generate11 import Pager, _paras, _wrap_pt, e
from benchmarks.layouts.generate11 import _page as _site_page
from benchmarks.layouts.generate15 import _put_lines
from benchmarks.layouts.pdfwriter import wrap, wrap_lines

EARLIER = "Økonomiudvalget"
EARLIER_DATE = "5. marts 2024"
FILES = ("Situationsplan.pdf", "Høringssvar samlet.pdf", "Tidsplan.docx", "Budgetoverslag.xlsx",
         "Notat om proces.pdf", "Kort over området.pdf")
SIZES = ("(PDF, 234 KB)", "(PDF, 1,2 MB)", "(DOCX, 48 KB)", "(XLSX, 31 KB)")


@dataclass
class Layout8t(LayoutFields):
    sub: bool = False  # the third and fourth items are sub-items N.1, N.2 of the second
    history: bool = False  # an earlier committee's dated decision before the meeting's
    earlier: str = f"{EARLIER} den {EARLIER_DATE}"  # that decision's heading
    bilag_after: str | None = None  # an attachment list after the section of this type
    prefixes: tuple[str, ...] = ()  # printed before the titles, item by item (cycled)
    ad_points: bool = False  # the indstilling's points "1) at …" decided "Ad 1) …" each
    groups: bool = False  # a byråd's items under "Sager fra <udvalg>" group headings
    climate: str | None = None  # a heading the table lacks over a climate paragraph


LAYOUTS_TUNE8: list[Layout8t] = [
    # Word PDF and text: "4. Title", sections numbered "4.1 Resumé", "4.2 Sagsfremstilling"
    Layout8t("item-numbered-sections-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".pdf", ".txt"), closed=1),
    # sub-items "5.1", "5.2" under item 5 (text and HTML)
    Layout8t("decimal-subitems",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".txt", ".html"), sub=True),
    # HTML: "Sag 4: Title"; "Tidligere beslutninger" over "Økonomiudvalget den 5. marts
    # 2024", then "Beslutning i Byrådet den 12. marts 2024"
    Layout8t("tidligere-beslutninger-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i Byrådet den 12. marts 2024")],
             formats=(".html",), history=True, udvalg="Byrådet", place="Byrådssalen"),
    # PDF: dotted-leader contents with page numbers, titles wrapping; "Pkt. 4" above the
    # two-line title; "J.nr." case numbers; the date "d. 12. marts 2024"
    Layout8t("dotted-toc-pkt-line-pdf",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), case="J.nr. {case}", closed=1),
    # PDF: the udvalg only in a running header "Udvalg – 12. mar. 2024"; "§ 4. Title"
    Layout8t("header-udvalg-paragraph-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("lovgrundlag", "Lovgrundlag"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".pdf",), place="Rådhuset, mødelokale 3"),
    # text: one sentence states the meeting "d. 12/3-24 kl. 16.00 på …"; "Pkt. 4" over a
    # title in capitals; "Beslutning i Økonomiudvalget den 05.03.2024:" then the byråd's
    Layout8t("short-date-caps-history-txt",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomiske konsekvenser"),
              ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning i Byrådet den 12.03.2024")],
             formats=(".txt",), history=True, udvalg="Byrådet", place="Byrådssalen",
             earlier=f"Beslutning i {EARLIER} den 05.03.2024"),
    # Word web page: a MsoTableGrid table of number and title per item, headings bold and
    # underlined MsoNormal paragraphs, empty <o:p> paragraphs between
    Layout8t("msonormal-tablegrid-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=1),
    # attachment lists with file sizes between the case description and the recommendation
    Layout8t("bilag-between-sections",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".html", ".txt", ".pdf"),
             bilag_after="sagsfremstilling"),
    # an ESDH print view: a table per item, "Punkt 4" and the title in cells, headings in
    # nested tables' cells set apart by a class only
    Layout8t("print-view-nested-tables-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".html",), case="Sagsnr.: {case}",
             closed=1),
    # titles broken by <br> inside their <h2> (and onto two lines in the PDF); the date
    # "tirsdag d. 12.03.2024 kl. 16.00"
    Layout8t("br-broken-titles",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html", ".pdf")),
    # the second batch, committed before the reader was run on it:
    # fields "Organ:", "Dato:", "Tidspunkt:", "Lokation:"; the body "Udvalget for …";
    # "<h2>Punkt 4 - Title</h2>"
    Layout8t("organ-lokation-fields-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), udvalg="Udvalget for Klima, Natur og Miljø",
             place="Rådhuset, mødelokale 3"),
    # titles of first and second readings ("1. behandling af …", "2. behandling af …")
    # and a paragraph in the text that starts "2. behandling i Byrådet …"
    Layout8t("behandling-ordinal-titles",
             [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomi"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf", ".txt"), prefixes=("", "1. behandling af ", "", "2. behandling af "),
             closed=1),
    # the indstilling's points "1) at …", "2) at …" and the decision "Ad 1) …", "Ad 2) …";
    # "Pkt. 4 Title"
    Layout8t("ad-points-decision",
             [("sagsfremstilling", "Sagsfremstilling"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".txt", ".html"), ad_points=True),
    # a byråd's PDF with items under "Sager fra Økonomiudvalget" / "Sager fra <udvalg>"
    Layout8t("sager-fra-udvalg-groups-pdf",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".pdf",), udvalg="Byrådet", place="Byrådssalen", groups=True),
    # titles that begin with the item's kind: "4. Beslutning: Title", "5. Orientering:
    # Title", "6. Drøftelse: Title"
    Layout8t("kind-prefix-titles",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html", ".txt"),
             prefixes=("Beslutning: ", "Orientering: ", "Drøftelse: ")),
    # the third batch, committed before the reader was run on it:
    # a section the heading table lacks, "Klimakonsekvenser", after "Økonomi" (type other)
    Layout8t("climate-heading-unknown",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
              ("beslutning", "Beslutning")], formats=(".txt", ".pdf", ".html"),
             climate="Klimakonsekvenser"),
    # a portal page marking closed items only by a padlock icon with alt text before the
    # title (`<img alt='Lukket punkt'>`)
    Layout8t("padlock-icon-closed-html",
             [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
              ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
             formats=(".html",), closed=2),
]


def by_name_tune8(name: str) -> Layout8t | None:
    return next((layout for layout in LAYOUTS_TUNE8 if layout.name == name), None)


def _numbers(layout: Layout8t, start: int, count: int) -> list[str]:
    if not layout.sub:
        return [str(start + k) for k in range(count)]
    parent = start + 1
    return [str(start), str(parent), f"{parent}.1", f"{parent}.2",
            *(str(parent + 1 + k) for k in range(count - 4))]


def _attachments(rng: random.Random) -> str:
    files = rng.sample(FILES, rng.randint(2, 3))
    return "\n".join(f"{f} {rng.choice(SIZES)}" for f in files)


def truth_tune8(layout: Layout8t, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng, chosen, start = draw(layout.name, seed, [1, 1, 4, 12, 37])
    udvalg = layout.udvalg or chosen[0][0]
    numbers = _numbers(layout, start, len(chosen))
    closed_at = closed_positions(len(chosen), layout.closed)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = k in closed_at
        sections = []
        points = rng.randint(2, 3) if layout.ad_points else 0
        for kind, heading in [] if closed else layout.headings:
            if kind == "beslutning" and layout.history:
                sections.append(Section(layout.earlier, "beslutning",
                                        "Anbefales over for Byrådet."))
            text = _ad_points(kind, points, rng) if layout.ad_points and kind in (
                "indstilling", "beslutning") else text_of(src, kind)
            if kind == "sagsfremstilling" and text and layout.prefixes and k % 2:
                text += "\n2. behandling i Byrådet den 9. april 2024."
            if text:
                sections.append(Section(heading, kind, text))
            if kind == "okonomi" and layout.climate:
                sections.append(Section(layout.climate, "other", CLIMATE[k % len(CLIMATE)]))
            if kind == layout.bilag_after:
                sections.append(Section("Bilag", "bilag", _attachments(rng)))
        case = None if closed or not layout.case else src.case_number
        title = " ".join(src.title.split())
        prefix = layout.prefixes[k % len(layout.prefixes)] if layout.prefixes else ""
        title = f"{prefix}{title[:1].lower()}{title[1:]}" if prefix.endswith("af ") \
            else f"{prefix}{title}"
        items.append(Item(numbers[k], title, case, closed, sections=sections))
    return stated(layout, udvalg, items)


CLIMATE = ("Sagen har ingen væsentlige konsekvenser for klimaet.",
           "Projektet mindsker kommunens udledning af CO2 med anslået 40 ton om året.",
           "Klimakonsekvenserne vurderes i forbindelse med den konkrete projektering.")
POINTS = ("at sagen godkendes", "at udgiften finansieres af puljen", "at sagen sendes i høring")


def _ad_points(kind: str, count: int, rng: random.Random) -> str:
    """The indstilling's numbered points, or the decision on each ("Ad 1) Godkendt.")."""
    if kind == "indstilling":
        return "\n".join(f"{n}) {POINTS[n - 1]}" for n in range(1, count + 1))
    return "\n".join(f"Ad {n}) {rng.choice(('Godkendt.', 'Anbefales.', 'Udsat.'))}"
                     for n in range(1, count + 1))


def _marks(layout: Layout8t, item: Item) -> list[str]:
    return [layout.case.format(case=item.case_number)] if item.case_number else []


def _fields(meeting: Meeting, date: str = "12.03.24") -> list[str]:
    return [f"Mødedato: {date}", "Mødetid: 16.00 - 18.30", f"Mødested: {meeting.place}"]


# --- text --------------------------------------------------------------------------------------


def _text_numbered_sections(layout: Layout8t, meeting: Meeting) -> str:
    out = [f"{word(meeting)} – {meeting.udvalg}", *_fields(meeting)]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78), *_marks(layout, item)]
        out += ["Lukket punkt"] if item.closed else []
        for n, s in enumerate(item.sections, 1):
            out += ["", f"{item.number}.{n} {s.heading}", *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_subitems(layout: Layout8t, meeting: Meeting) -> str:
    out = [f"{word(meeting).upper()}", meeting.udvalg, *_fields(meeting, "12. marts 2024")]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number} {item.title}", 78), *_marks(layout, item)]
        for s in item.sections:
            out += ["", f"{s.heading}:", *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_short_date(layout: Layout8t, meeting: Meeting) -> str:
    out = [f"{word(meeting).upper()}",
           f"Referat af mødet i {meeting.udvalg} d. 12/3-24 kl. 16.00 på {meeting.place}.",
           "Deltagere: Alle medlemmer var til stede."]
    for item in meeting.items:
        out += ["", f"Pkt. {item.number}", *wrap(item.title.upper(), 78), *_marks(layout, item)]
        for s in item.sections:
            out += ["", f"{s.heading}:", *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def _text_bilag(layout: Layout8t, meeting: Meeting) -> str:
    out = [f"{word(meeting)} for {meeting.udvalg}", *_fields(meeting, "tirsdag den 12. marts 2024")]
    for item in meeting.items:
        out += ["", *wrap(f"{item.number}. {item.title}", 78), *_marks(layout, item)]
        for s in item.sections:
            lines = ([f"  • {x}" for x in s.text.splitlines()] if s.type == "bilag"
                     else wrap_lines(s.text, 78))
            out += ["", s.heading, *lines]
    return "\n".join(out) + "\n"


def _opening(layout: Layout8t, item: Item) -> str:
    """The item's number and title as the second batch's plain layouts print them."""
    return f"Pkt. {item.number} {item.title}" if layout.ad_points else \
        f"{item.number}. {item.title}"


def _text_plain(layout: Layout8t, meeting: Meeting) -> str:
    out = [f"{word(meeting)} – {meeting.udvalg}", *_fields(meeting, "12. marts 2024")]
    for item in meeting.items:
        out += ["", *wrap(_opening(layout, item), 78), *_marks(layout, item)]
        out += ["Lukket punkt"] if item.closed else []
        for s in item.sections:
            out += ["", s.heading, *wrap_lines(s.text, 78)]
    return "\n".join(out) + "\n"


def render_text_tune8(layout: Layout8t, meeting: Meeting) -> str:
    return {"item-numbered-sections-pdf": _text_numbered_sections,
            "decimal-subitems": _text_subitems,
            "short-date-caps-history-txt": _text_short_date,
            "bilag-between-sections": _text_bilag}.get(layout.name, _text_plain)(
        layout, meeting)


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_numbered_sections(layout: Layout8t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{word(meeting)} – {meeting.udvalg}", _fields(meeting))
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, [*_marks(layout, item), *(["Lukket punkt"] if item.closed else [])],
                   56, 9, 1, 13)
        for n, s in enumerate(item.sections, 1):
            p.y -= 6
            p.room(15)
            p.put(56, f"{item.number}.{n}", 10, 2)
            p.put(92, s.heading, 10, 2)
            p.body(s.text, 92, 440)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _dotted(text: str, page: int, size: float, width: float) -> str:
    """A contents line: the text, dots to `width` points and the page number."""
    line = f"{text} "
    while _width_pt(f"{line}. {page}", size) < width:
        line += "."
    return f"{line} {page}"


def _width_pt(text: str, size: float) -> float:
    return _width(text, size, False)


def _pdf_dotted_toc(layout: Layout8t, meeting: Meeting) -> bytes:
    p = Pager()
    p.pages = []
    pages = []
    for item in meeting.items:
        p.new_page()
        pages.append(len(p.pages) + 1)
        _put_lines(p, [f"Pkt. {item.number}"], 56, 11, 2, 16)
        _put_lines(p, _wrap_pt(item.title, 300, 13, True), 56, 13, 2, 17)
        _put_lines(p, [*_marks(layout, item), *(["Lukket punkt"] if item.closed else [])],
                   56, 9, 1, 13)
        p.sections(item, gap=6)
    body = p.pages
    p.pages = [[]]
    p.y = p.top
    p.head(word(meeting), [meeting.udvalg, "Mødet d. 12. marts 2024 kl. 16.00",
                            f"Mødested: {meeting.place}"])
    _put_lines(p, ["Indholdsfortegnelse"], 56, 14, 2, 22)
    for item, page in zip(meeting.items, pages, strict=True):
        lines = _wrap_pt(f"{item.number}. {item.title}", 330, 10, False)
        for line in lines[:-1]:
            p.room(14)
            p.put(56, line, 10, 1)
        p.room(14)
        p.put(56, _dotted(lines[-1], page, 10, 470), 10, 1)
    p.pages += body
    return p.pdf(footer=lambda n, m: f"Side {n}")


def _pdf_header_udvalg(layout: Layout8t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head("REFERAT", ["Mødedato: 12. mar. 2024, kl. 16.00", f"Mødested: {meeting.place}",
                       "Afbud: Ingen"])
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"§ {item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(header=lambda n: f"{meeting.udvalg} – 12. mar. 2024",
                 footer=lambda n, m: f"{n}")


def _pdf_bilag(layout: Layout8t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{word(meeting)} for {meeting.udvalg}",
           _fields(meeting, "tirsdag den 12. marts 2024"))
    for item in meeting.items:
        p.y -= 14
        _put_lines(p, _wrap_pt(f"{item.number}. {item.title}", 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        for s in item.sections:
            p.y -= 6
            p.room(15)
            p.put(56, s.heading, 10, 2)
            if s.type == "bilag":
                _put_lines(p, [f"• {x}" for x in s.text.splitlines()], 66, 10, 1, 14)
            else:
                p.body(s.text)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def _pdf_br_titles(layout: Layout8t, meeting: Meeting) -> bytes:
    p = Pager()
    p.head(f"{word(meeting)} – {meeting.udvalg}",
           ["Tirsdag d. 12.03.2024 kl. 16.00", f"Sted: {meeting.place}"])
    for item in meeting.items:
        p.y -= 14
        first, rest = _halves(item.title)
        _put_lines(p, [*_wrap_pt(f"{item.number}. {first}", 480, 12, True),
                       *_wrap_pt(rest, 480, 12, True)], 56, 12, 2, 16)
        _put_lines(p, _marks(layout, item), 56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


GROUPS = ("Økonomiudvalget", "Teknik- og Miljøudvalget")


def _pdf_plain(layout: Layout8t, meeting: Meeting) -> bytes:
    """The second batch's PDFs: a byråd's items under "Sager fra <udvalg>" headings where
    the layout groups them, else one after the other."""
    p = Pager()
    p.head(f"{word(meeting)} – {meeting.udvalg}", _fields(meeting, "12. marts 2024"))
    for k, item in enumerate(meeting.items):
        if layout.groups and k in (0, 3):
            p.y -= 10
            _put_lines(p, [f"Sager fra {GROUPS[k // 3]}"], 56, 14, 2, 20)
        p.y -= 14
        _put_lines(p, _wrap_pt(_opening(layout, item), 480, 12, True), 56, 12, 2, 16)
        _put_lines(p, [*_marks(layout, item), *(["Lukket punkt"] if item.closed else [])],
                   56, 9, 1, 13)
        p.sections(item, gap=6)
    return p.pdf(footer=lambda n, m: f"Side {n} af {m}")


def render_pdf_tune8(layout: Layout8t, meeting: Meeting) -> bytes:
    return {"item-numbered-sections-pdf": _pdf_numbered_sections,
            "dotted-toc-pkt-line-pdf": _pdf_dotted_toc,
            "header-udvalg-paragraph-pdf": _pdf_header_udvalg,
            "bilag-between-sections": _pdf_bilag,
            "br-broken-titles": _pdf_br_titles}.get(layout.name, _pdf_plain)(layout, meeting)


# --- HTML --------------------------------------------------------------------------------------


def _halves(title: str) -> tuple[str, str]:
    """A title broken after its middle word (as an editor's manual line break)."""
    words = title.split()
    if len(words) < 4:
        return title, ""
    cut = len(words) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])




def _html_tidligere(layout: Layout8t, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{e(meeting.udvalg)}</h1>",
            f"<p>{word(meeting)} · Tirsdag d. 12. marts 2024 kl. 17.00 · {e(meeting.place)}</p>"]
    for item in meeting.items:
        body += ["<section class='sag'>", f"<h2>Sag {item.number}: {e(item.title)}</h2>"]
        body += [f"<p class='sag-meta'>{e(m)}</p>" for m in _marks(layout, item)]
        for s in item.sections:
            if s.heading.startswith(EARLIER):
                body.append(f"<h3>Tidligere beslutninger</h3><h4>{e(s.heading)}</h4>"
                            f"{_paras(s.text)}")
            else:
                body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
        body.append("</section>")
    return _site_page(f"{word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _mso(text: str, style: str = "") -> str:
    return f"<p class=MsoNormal{style}><span lang=DA>{text}</span><o:p></o:p></p>"


def _html_msonormal(layout: Layout8t, meeting: Meeting) -> str:
    style = ("<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}"
             "table.MsoTableGrid{border-collapse:collapse}</style>")
    blank = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    body = ["<div class=WordSection1>",
            f"<p class=MsoTitle><span lang=DA>{word(meeting)} – {e(meeting.udvalg)}</span></p>",
            *(_mso(e(x)) for x in _fields(meeting, "12. marts 2024"))]
    for item in meeting.items:
        body += [blank, "<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0>"
                 "<tr><td width=48 valign=top>" + _mso(f"<b>{item.number}.</b>")
                 + "</td><td width=560 valign=top>" + _mso(f"<b>{e(item.title)}</b>")
                 + "</td></tr></table>"]
        body += [_mso(f"<i>{e(m)}</i>") for m in _marks(layout, item)]
        body += [_mso("<i>Lukket punkt</i>")] if item.closed else []
        for s in item.sections:
            body += [blank, _mso(f"<b><u>{e(s.heading)}</u></b>"),
                     *(_mso(e(x)) for x in s.text.splitlines())]
    return _site_page(f"{word(meeting)} - {meeting.udvalg}", [*body, "</div>"], style)


def _html_bilag(layout: Layout8t, meeting: Meeting) -> str:
    body = ["<main>", f"<h1>{word(meeting)} for {e(meeting.udvalg)}</h1>",
            *(f"<p>{e(x)}</p>" for x in _fields(meeting, "tirsdag den 12. marts 2024"))]
    for item in meeting.items:
        body.append(f"<h2>{item.number}. {e(item.title)}</h2>")
        body += [f"<p>{e(m)}</p>" for m in _marks(layout, item)]
        for s in item.sections:
            if s.type == "bilag":
                rows = []
                for line in s.text.splitlines():
                    name, _, size = line.partition(" (")
                    rows.append(f"<li><a href='/bilag/{e(name)}'>{e(name)}</a> "
                                f"<span class='size'>({e(size)}</span></li>")
                body.append(f"<div class='bilag'><h3>{e(s.heading)}</h3><ul>"
                            + "".join(rows) + "</ul></div>")
            else:
                body.append(f"<h3>{e(s.heading)}</h3>{_paras(s.text)}")
    return _site_page(f"{word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _html_print_view(layout: Layout8t, meeting: Meeting) -> str:
    style = ("<style>td.punktnr,td.titel{font-size:14pt}td.felt{padding-top:8px;"
             "color:#333}</style>")
    body = ["<table width='100%' class='hoved'><tr><td class='titel'>"
            f"{word(meeting)}</td></tr>",
            *(f"<tr><td>{e(x)}</td></tr>" for x in [meeting.udvalg, *_fields(meeting,
                                                                           "12-03-2024")]),
            "</table>"]
    for item in meeting.items:
        rows = [f"<tr><td class='punktnr'>Punkt {item.number}</td>"
                f"<td class='titel'>{e(item.title)}</td></tr>"]
        rows += [f"<tr><td></td><td class='sagsnr'>{e(m)}</td></tr>"
                 for m in _marks(layout, item)]
        rows += ["<tr><td></td><td>Lukket punkt</td></tr>"] if item.closed else []
        inner = "".join(f"<tr><td class='felt'>{e(s.heading)}</td></tr>"
                        f"<tr><td class='tekst'>{'<br>'.join(e(x) for x in s.text.splitlines())}"
                        "</td></tr>" for s in item.sections)
        if inner:
            rows.append(f"<tr><td></td><td><table width='100%'>{inner}</table></td></tr>")
        body.append("<table width='100%' class='punkt' cellpadding='2'>" + "".join(rows)
                    + "</table><hr>")
    return _site_page(f"{word(meeting)} - {meeting.udvalg}", body, style)







def _html_items(layout: Layout8t, meeting: Meeting, head: list[str],
                opening: Callable[[Item], str], section: str = "h3", mark: str = " class='sagsnr'"
                ) -> str:
    """A page of the meeting's `head` lines, then each item's `opening` (its heading
    element), case number in a paragraph (`mark`: its attributes) and sections under
    `section` headings."""
    body = ["<main>", *head]
    for item in meeting.items:
        body.append(opening(item))
        body += [f"<p{mark}>{e(m)}</p>" for m in _marks(layout, item)]
        body += [f"<{section}>{e(s.heading)}</{section}>{_paras(s.text)}" for s in item.sections]
    return _site_page(f"{word(meeting)} - {meeting.udvalg}", [*body, "</main>"])


def _title_head(meeting: Meeting) -> list[str]:
    return [f"<h1>{word(meeting)} – {e(meeting.udvalg)}</h1>",
            *(f"<p>{e(x)}</p>" for x in _fields(meeting, "12. marts 2024"))]


def _html_subitems(layout: Layout8t, meeting: Meeting) -> str:
    def opening(item: Item) -> str:
        tag = "h3" if "." in item.number else "h2"
        return f"<{tag}>{item.number} {e(item.title)}</{tag}>"

    return _html_items(layout, meeting, _title_head(meeting), opening, section="h4")


def _html_br_titles(layout: Layout8t, meeting: Meeting) -> str:
    def opening(item: Item) -> str:
        first, rest = _halves(item.title)
        return f"<h2>{item.number}. {e(first)}" + (f"<br>{e(rest)}" if rest else "") + "</h2>"

    head = [f"<h1>{word(meeting)} – {e(meeting.udvalg)}</h1>",
            "<p>Tirsdag d. 12.03.2024 kl. 16.00</p>", f"<p>Sted: {e(meeting.place)}</p>"]
    return _html_items(layout, meeting, head, opening, mark="")


def _html_plain(layout: Layout8t, meeting: Meeting) -> str:
    """The second batch's pages: "Organ:" / "Lokation:" fields and "Punkt 4 - Title", or
    the fields as lines and the titles as the text renderings print them."""
    organ = layout.name == "organ-lokation-fields-html"
    fields = ([("Organ", meeting.udvalg), ("Dato", "12.03.2024"),
               ("Tidspunkt", "16:00 - 18:00"), ("Lokation", meeting.place)] if organ
              else [tuple(x.split(": ", 1)) for x in _fields(meeting, "12. marts 2024")])
    head = [f"<h1>{word(meeting)}</h1>" if organ
            else f"<h1>{word(meeting)} – {e(meeting.udvalg)}</h1>",
            *(f"<p><b>{label}:</b> {e(value)}</p>" for label, value in fields)]
    return _html_items(layout, meeting, head, lambda item: "<h2>" + e(
        f"Punkt {item.number} - {item.title}" if organ else _opening(layout, item)) + "</h2>")


def _html_padlock(layout: Layout8t, meeting: Meeting) -> str:
    icon = "<img src='/ikoner/haengelaas.svg' alt='Lukket punkt' width='16' height='16'> "
    return _html_items(layout, meeting, _title_head(meeting), lambda item: (
        f"<h2>{icon if item.closed else ''}{item.number}. {e(item.title)}</h2>"))


def render_html_tune8(layout: Layout8t, meeting: Meeting) -> str:
    return {"decimal-subitems": _html_subitems,
            "tidligere-beslutninger-html": _html_tidligere,
            "msonormal-tablegrid-html": _html_msonormal,
            "bilag-between-sections": _html_bilag,
            "print-view-nested-tables-html": _html_print_view,
            "br-broken-titles": _html_br_titles,
            "padlock-icon-closed-html": _html_padlock}.get(layout.name, _html_plain)(
        layout, meeting)


def document_tune8(layout: Layout8t, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth_tune8(layout, seed)
    return meeting, rendered(layout, meeting, render_text_tune8, render_html_tune8,
                             render_pdf_tune8)
