"""A seventh set of invented layouts (`test7`): a second independent check of the generic
reader, written without reading it, from general knowledge of how Danish kommuner publish
dagsordener and referater (meeting systems, ESDH systems, Word documents saved as PDF or as
HTML, CMS pages), not from any kommune's published minutes, and frozen before the reader
was run on them.

The conventions are ones the 66 earlier layouts (generate.py, generate5.py, generate6.py)
and the stress generator do not have: headings numbered under their item (`4.2 Baggrund`),
Word's own HTML export (`MsoNormal`, `<o:p>`, inline styles), `<details>` accordions, italic
headings and titles repeated "(fortsat)" on the next page, a category line ("Til
beslutning") above the title, recommendations numbered "1. at …" answered "Ad 1) …" in
the decision, the meeting stated in a sentence with attendance blocks and rules between
items, an "Åben sag  Sagsnr.: …" line above the title and an added item `5a`, standard
items (Godkendelse af dagsorden, Eventuelt) with nothing but a decision, agendas that print
an empty "Beslutning" heading, titles in the same type as the headings, the open/closed
status after the title with a genitive decision heading ("Byrådets beslutning den …"), one
table per item whose header row names its cells, and WYSIWYG HTML styled only inline.

Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run
time as in generate.py (nothing copied into the repository); the truth is the meeting the
generator wrote. `formats` says which renderings make sense for a layout.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
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
    header_op,
    pages_pdf,
    wrap,
)

ALL = (".txt", ".html", ".pdf")
MEMBERS = ("Birgit Lund (A)", "Henrik Vang (V)", "Susanne Krogh (C)", "Tobias Ravn (F)",
           "Inger Bech (O)")
ATTACHMENTS = ("Lokalplanforslag", "Høringsnotat", "Økonomioversigt", "Kortbilag")
LOVGRUNDLAG = "Sagen afgøres efter lov om kommunernes styrelse, jf. § 18."
FORLOEB = ("Sagen forelægges derefter Økonomiudvalget den 2. april 2024 og Byrådet den "
           "16. april 2024.")
HOERING = ("Forslaget har været i offentlig høring i fire uger. Der er kommet to høringssvar, "
           "som er samlet i et notat.")
FIXED = {"lovgrundlag": LOVGRUNDLAG, "sagsforloeb": FORLOEB, "other": HOERING}

Block = tuple[str, str]  # (role, text): doctitle, meta, pre, title, case, heading, body, ...


@dataclass
class Layout7:
    name: str
    opening: Callable[[str, str], str]  # (printed number, title) -> the title line
    headings: list[tuple[str, str]]  # (section type, heading as printed), in printed order
    case: str | None = None  # a format with {case}; None: no case number printed
    kind: str = "referat"
    formats: tuple[str, ...] = ALL
    doctitle: tuple[str, ...] = ("Referat", "{udvalg}")
    header: tuple[str, ...] = ("Mødedato: 12. marts 2024", "Mødested: {place}")
    place: str = "Mødelokale 2"
    closing: tuple[str, ...] = ()
    closed: bool = False  # the second-last item is closed: its title only
    status: str | None = None  # pre: "Åben sag  Sagsnr.: …" above | suffix: "- Åben sag"
    category: bool = False  # "Til beslutning" / "Til orientering" above each title
    added_item: bool = False  # an item added to the agenda, numbered like "5a"
    standard_items: bool = False  # "Godkendelse af dagsorden" first, "Eventuelt" last
    numbered_headings: bool = False  # "4.1 Resumé", "4.2 Sagsfremstilling", ...
    recommendations: bool = False  # "1. at …" lines, answered "Ad 1) …" in the decision
    empty_decision: bool = False  # a dagsorden printing an empty decision heading
    after_decision: str | None = None  # a line closing each decision ("Fraværende: Ingen")
    rules: bool = False  # a horizontal rule between items
    heading_colon: bool = False  # headings end with a colon
    fortsat: bool = False  # PDF/text: an item running onto a new page repeats its title
    running: str | None = None  # a page header (PDF and text), with "Side n"
    title_size: float = 13.0
    title_bold: bool = True
    head_size: float = 11.0
    head_font: str = "bold"  # bold | italic | regular | underline
    html: str = "h"  # h | mso | details | pbold | table | inline | wysiwyg


def _dot(n: str, t: str) -> str:
    return f"{n}. {t}"


STANDARD_DECISION = "Godkendt."

LAYOUTS7: list[Layout7] = [
    # a Word-made referat: each heading numbered under its item ("4.2 Sagsfremstilling")
    Layout7("subnumbered-headings", _dot,
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="J.nr.: {case}", numbered_headings=True,
            header=("Dato: 12.03.2024", "Tidspunkt: 16.00-18.00", "Sted: {place}")),
    # Word's "save as web page": MsoNormal paragraphs, sizes in inline styles, bold-italic
    # headings; standard items with only a decision
    Layout7("word-html-msonormal", _dot,
            [("sagsfremstilling", "Sagsfremstilling"), ("okonomi", "Økonomiske forhold"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", formats=(".html",), standard_items=True, html="mso",
            header=("Mødedato: tirsdag den 12. marts 2024 kl. 16.00", "Mødested: {place}"),
            place="Byrådssalen"),
    # a portal's accordion: <details><summary>Punkt 4 ... badge</summary>; one closed item
    Layout7("details-accordion", lambda n, t: f"Punkt {n}\t{t}",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr. {case}", formats=(".html",), closed=True, html="details",
            header=("Mødedato: 12. marts 2024, kl. 17.00", "Mødested: {place}")),
    # Word saved as PDF: italic headings, an item running over a page break repeats its
    # title "(fortsat)", a running header; "Høring" (typed "other")
    Layout7("italic-headings-fortsat", lambda n, t: f"Punkt {n}: {t}",
            [("sagsfremstilling", "Sagsfremstilling"), ("other", "Høring"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr. {case}", formats=(".txt", ".pdf"), fortsat=True,
            running="{udvalg} - mødet den 12. marts 2024", head_font="italic",
            head_size=10.5, title_size=12.0,
            header=("Mødedato: 12. marts 2024", "Mødested: {place}")),
    # "Til beslutning" / "Til orientering" above each title; question headings
    Layout7("category-line-questions", _dot,
            [("resume", "Hvad skal besluttes?"), ("sagsfremstilling", "Baggrund"),
             ("okonomi", "Økonomi"), ("sagsforloeb", "Videre proces"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Sagsnr. {case}", category=True,
            header=("Mødedato: 12. marts 2024 kl. 16.30", "Mødested: {place}")),
    # recommendations numbered "1. at ..." and the decision answering "Ad 1) ..."
    Layout7("numbered-recommendations", lambda n, t: f"Pkt. {n}. {t}",
            [("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomiske konsekvenser"), ("indstilling", "Direktionen indstiller"),
             ("beslutning", "Beslutning")],
            case="Sagsnummer: {case}", recommendations=True, heading_colon=True,
            header=("Mødedato: 12. marts 2024", "Mødested: {place}")),
    # the meeting stated in a sentence, attendance blocks, rules between items, signatures
    Layout7("header-sentence-rules", lambda n, t: f"Nr. {n} {t}",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("indstilling", "Indstilling"), ("beslutning", "Beslutning")],
            case="Journalnummer {case}", rules=True,
            doctitle=("Referat af møde i {udvalg}",),
            header=("Mødet blev holdt tirsdag den 12. marts 2024 kl. 16.00 i {place}.", "",
                    "Til stede:", *MEMBERS[:4], "", "Afbud:", MEMBERS[4]),
            place="Mødelokale 2",
            closing=("Mødet sluttede kl. 18.15.", "", "Birgit Lund", "formand")),
    # a status and case line above each title ("Åben sag    Sagsnr.: …"), an added item
    # "5a", "Beslutning Byrådet den 12-03-2024" followed by "Fraværende: Ingen."
    Layout7("status-case-line-added-item", _dot,
            [("sagsfremstilling", "Sagsbeskrivelse"), ("okonomi", "Økonomiske konsekvenser"),
             ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning {committee} den 12-03-2024")],
            case="Sagsnr.: {case}", status="pre", closed=True, added_item=True,
            after_decision="Fraværende: Ingen.",
            header=("Mødedato: 12-03-2024", "Mødetidspunkt: 16:00", "Mødested: {place}"),
            place="Byrådssalen"),
    # a dagsorden with standard items, Bilag lists, and an empty "Beslutning" heading
    Layout7("agenda-standard-empty-decision", lambda n, t: f"Punkt {n}: {t}",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("lovgrundlag", "Retsgrundlag"), ("indstilling", "Indstilling"),
             ("bilag", "Bilag"), ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", kind="dagsorden", standard_items=True,
            empty_decision=True, doctitle=("Dagsorden", "{udvalg}"),
            header=("Mødedato: 12. marts 2024", "Mødetidspunkt: kl. 15.00",
                    "Mødested: {place}"), place="Mødelokale 3"),
    # titles in the same type as the headings (bold 10 pt): only the number tells them apart
    Layout7("same-type-titles-headings", _dot,
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("lovgrundlag", "Kompetence"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", title_size=10.0, head_size=10.0, html="pbold",
            header=("Mødedato: 12/3 2024", "Mødested: {place}")),
    # the status after the title ("- Åben sag"), a dated history, underlined headings, the
    # decision headed in the genitive ("Byrådets beslutning den 12-03-2024")
    Layout7("status-suffix-genitive-decision", _dot,
            [("sagsfremstilling", "Sagsfremstilling"), ("sagsforloeb", "Sagsforløb"),
             ("indstilling", "Indstilling"),
             ("beslutning", "{genitive} beslutning den 12-03-2024")],
            case="Sagsnr.: {case}", status="suffix", closed=True, head_font="underline",
            head_size=10.0, html="inline",
            header=("Mødedato: 12.03.2024", "Mødested: {place}")),
    # one table per item whose header row names the cells: Punkt / Emne / Sagsnr.
    Layout7("item-table-header-row", lambda n, t: f"{n}\t{t}",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="{case}", html="table",
            header=("Mødedato: 12. marts 2024", "Mødested: {place}")),
    # a WYSIWYG page styled inline only: titles by font-size, headings by text-decoration,
    # every line a <div>, blank lines as &nbsp;
    Layout7("wysiwyg-inline-styles", lambda n, t: f"{n} - {t}",
            [("resume", "Resumé"), ("sagsfremstilling", "Sagsfremstilling"),
             ("okonomi", "Økonomi"), ("indstilling", "Indstilling"),
             ("beslutning", "Beslutning")],
            case="Sagsnr.: {case}", formats=(".html",), html="wysiwyg",
            header=("Mødedato: 12. marts 2024", "Mødested: {place}")),
]


def by_name7(name: str) -> Layout7 | None:
    return next((layout for layout in LAYOUTS7 if layout.name == name), None)


# --- the truth -------------------------------------------------------------------------------


def _committee(udvalg: str) -> str:
    """The committee as a decision heading names it: "Byrådet" for "Byråd 2022-2025"."""
    name = re.sub(r"\s+\d{4}-\d{4}$", "", udvalg)
    return "Byrådet" if name == "Byråd" else name


def _genitive(udvalg: str) -> str:
    name = _committee(udvalg)
    return name if name.endswith("s") else f"{name}s"


def _at(line: str) -> str:
    """A recommendation as its own point: "at ..." (the "X indstiller, at" lead dropped)."""
    line = re.sub(r"^\d+[.)]\s*", "", line)
    lead, sep, rest = line.partition(" at ")
    if sep and "indstille" in lead:
        return f"at {rest}"
    return line


def _numbers(layout: Layout7, count: int, start: int) -> list[str]:
    """The printed numbers of `count` items: consecutive, with an added "a" item after the
    second where the layout has one."""
    out: list[str] = []
    n = start
    for k in range(count):
        if layout.added_item and k == 2:
            out.append(f"{n - 1}a")
            continue
        out.append(str(n))
        n += 1
    return out


def truth7(layout: Layout7, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    pool = _greve_items()
    chosen = rng.sample(pool, rng.randint(4, 6))
    start = rng.choice([1, 1, 1, 14, 102])
    udvalg = chosen[0][0]
    fill = {"committee": _committee(udvalg), "genitive": _genitive(udvalg)}
    real = [(" ".join(src.title.split()), src) for _, src in chosen]
    entries: list[tuple[str, Item | None]] = list(real)
    if layout.standard_items:
        entries = [("Godkendelse af dagsorden", None), *entries, ("Eventuelt", None)]
    numbers = _numbers(layout, len(entries), start)
    closed_at = len(entries) - 2 if layout.closed else -1
    items = []
    for k, ((title, src), number) in enumerate(zip(entries, numbers, strict=True)):
        closed = k == closed_at
        sections: list[Section] = []
        decision_heading = dict(layout.headings).get("beslutning", "Beslutning").format(**fill)
        if src is None:  # a standard item: a decision only
            if layout.kind == "referat":
                text = STANDARD_DECISION if k == 0 else "Intet at bemærke."
                sections.append(Section(decision_heading, "beslutning", text))
            items.append(Item(number, title, None, False, sections=sections))
            continue
        recs: list[str] = []
        for kind, heading in [] if closed else layout.headings:
            printed = heading.format(**fill)
            if kind == "beslutning":
                if layout.kind != "referat":
                    continue
                lines = (_text(src, "beslutning", 2) or STANDARD_DECISION).splitlines()
                if layout.recommendations and recs:
                    lines = [f"Ad {j}) {lines[j - 1] if j <= len(lines) else 'Godkendt.'}"
                             for j in range(1, max(len(recs), 1) + 1)]
                if layout.after_decision:
                    lines.append(layout.after_decision)
                sections.append(Section(printed, kind, "\n".join(lines)))
                continue
            if kind == "bilag":
                text = "\n".join(f"Bilag {j}: {name}" for j, name in
                                 enumerate(ATTACHMENTS[: k % 3 + 1], start=1))
            else:
                text = FIXED.get(kind) or _text(src, kind)
            if kind == "indstilling" and layout.recommendations and text:
                recs = [_at(line) for line in text.splitlines()
                        if not ("indstille" in line and " at " not in line)]
                text = "\n".join(f"{j}. {line}" for j, line in enumerate(recs, start=1))
            if text:
                sections.append(Section(printed, kind, text))
        if layout.numbered_headings:
            sections = [Section(f"{number}.{i} {s.heading}", s.type, s.text)
                        for i, s in enumerate(sections, start=1)]
        case = src.case_number if layout.case and not closed else None
        items.append(Item(number, title, case, closed, sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=layout.place, items=items)


# --- the document, before typography ---------------------------------------------------------


def blocks(layout: Layout7, meeting: Meeting) -> list[Block]:
    """The document as role-tagged lines. Roles: doctitle, meta, pre (a line above the
    title), title (number and title, tab-separated), case, heading, body, empty (an empty
    decision heading's place), rule, closing."""
    fill = {"udvalg": meeting.udvalg, "place": meeting.place}
    out: list[Block] = [("doctitle", x.format(**fill)) for x in layout.doctitle]
    out += [("meta", x.format(**fill)) for x in layout.header]
    for k, item in enumerate(meeting.items):
        if layout.rules and k:
            out.append(("rule", ""))
        if layout.category:
            out.append(("pre", "Til orientering" if k % 3 == 2 else "Til beslutning"))
        if layout.status == "pre":
            state = "Lukket sag" if item.closed else "Åben sag"
            case = layout.case.format(case=item.case_number) if (
                layout.case and item.case_number) else ""
            out.append(("pre", f"{state}    {case}".rstrip()))
        title = item.title
        if layout.status == "suffix":
            title += " - Lukket sag" if item.closed else " - Åben sag"
        number, _, rest = layout.opening(item.number, title).partition("\t")
        out.append(("title", f"{number}\t{rest}" if rest else number))
        if layout.case and item.case_number and layout.status != "pre":
            out.append(("case", layout.case.format(case=item.case_number)))
        for section in item.sections:
            heading = section.heading + (":" if layout.heading_colon else "")
            out.append(("heading", heading))
            out += [("body", x) for x in section.text.splitlines()]
        if layout.empty_decision and item.sections:  # the template's empty decision
            out += [("heading", dict(layout.headings)["beslutning"]), ("empty", "")]
    out += [("closing", x) for x in layout.closing]
    return out


def _line(text: str) -> str:
    """A title block as one line: "number title" (the tab dropped)."""
    number, tab, title = text.partition("\t")
    return f"{number} {title}" if tab else number


# --- text ------------------------------------------------------------------------------------


def render_text7(layout: Layout7, meeting: Meeting, doc: list[Block]) -> str:
    if layout.fortsat or layout.running:
        return "".join(_paginate_text(layout, meeting, doc))
    lines = [x for k in range(len(doc)) for x in _text_line(layout, doc, k)]
    return "\n".join(lines[1:] if lines and not lines[0] else lines) + "\n"


def _text_line(layout: Layout7, doc: list[Block], k: int) -> list[str]:
    """The text lines of one block, as pdftotext prints the document."""
    role, text = doc[k]
    if role == "title":
        number, tab, title = text.partition("\t")
        gap = [] if doc[k - 1][0] == "pre" else [""]  # the line above belongs to the title
        if layout.html == "table":
            case = doc[k + 1][1] if k + 1 < len(doc) and doc[k + 1][0] == "case" else ""
            return [*gap, f"{'Punkt':<8}{'Emne':<64}Sagsnr.",
                    f"{number:<8}{title:<62}  {case}".rstrip()]  # cells 2+ spaces apart
        return [*gap, _line(text)]
    if role == "case" and layout.html == "table":
        return []
    if role in ("heading", "doctitle", "pre"):
        return ["", text] if k else [text]
    if role == "closing" and doc[k - 1][0] != "closing":
        return ["", text]
    if role == "rule":
        return ["", "_" * 72]
    if role == "empty":
        return [""]
    return [text]


PER_PAGE = 48


def _paginate_text(layout: Layout7, meeting: Meeting, doc: list[Block]) -> list[str]:
    """Pages as pdftotext gives them: a running header, the lines, "Side n af m", a form
    feed; an item running onto a new page repeats its title with "(fortsat)"."""
    head = (layout.running or "").format(udvalg=meeting.udvalg)
    pages: list[list[str]] = [[]]
    current = None
    for k, (role, text) in enumerate(doc):
        lines = _text_line(layout, doc, k)
        if role == "title":
            current = text.replace("\t", " ")
        elif role in ("pre", "rule", "closing"):
            current = None
        if len(pages[-1]) + len(lines) > PER_PAGE:
            pages.append([])
            if layout.fortsat and current and role != "title":
                pages[-1] += [f"{current} (fortsat)", ""]
        pages[-1] += lines
    out = []
    for n, page in enumerate(pages, start=1):
        top = [head, ""] if head else []
        out.append("\n".join([*top, *page, "", f"Side {n} af {len(pages)}"]) + "\n\f")
    return out


# --- HTML ------------------------------------------------------------------------------------


def render_html7(layout: Layout7, doc: list[Block]) -> str:
    e = html.escape
    mode = layout.html
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
           f"<title>{e(' '.join(t for r, t in doc if r == 'doctitle'))}</title></head>"]
    if mode == "mso":
        out = ["<html xmlns:o='urn:schemas-microsoft-com:office:office' "
               "xmlns:w='urn:schemas-microsoft-com:office:word'>",
               "<head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>",
               "<meta name=Generator content='Microsoft Word 15'>",
               "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}</style>",
               "</head><body lang=DA style='tab-interval:65.2pt'><div class=WordSection1>"]
    else:
        out.append("<body><header class='top'><a href='/'>Forside</a> <a href='/dagsordener'>"
                   "Dagsordener og referater</a></header><main>")
    open_item = False
    for k, (role, text) in enumerate(doc):
        if mode == "details" and open_item and role in ("title", "closing"):
            out.append("</div></details>")
            open_item = False
        open_item = open_item or (mode == "details" and role == "title")
        out += _html_block(layout, role, text, doc, k)
    if open_item:
        out.append("</div></details>")
    if mode == "mso":
        out.append("</div></body></html>")
    else:
        out.append("</main><footer>Rådhuset · 4600 Kommune · Tlf. 70 00 00 00</footer>"
                   "</body></html>")
    return "\n".join(x for x in out if x)


def _html_block(layout: Layout7, role: str, text: str, doc: list[Block], k: int) -> list[str]:
    e = html.escape
    mode = layout.html
    number, tab, title = text.partition("\t")
    if mode == "mso":
        span = "<span style='font-size:{}pt'>{}</span>"
        if role == "doctitle":
            return [f"<p class=MsoNormal><b>{span.format('18.0', e(text))}</b></p>"]
        if role == "title":
            return ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
                    f"<p class=MsoNormal><b>{span.format('14.0', e(_line(text)))}"
                    "</b><o:p></o:p></p>"]
        if role == "heading":
            return ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
                    f"<p class=MsoNormal><b><i>{span.format('11.0', e(text))}</i></b></p>"]
        if role == "meta" and not text:
            return ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>"]
        return [f"<p class=MsoNormal><span lang=DA>{e(text)}</span><o:p></o:p></p>"]
    if mode == "wysiwyg":
        if role == "doctitle":
            return [f"<div style=\"font-size: 24px; font-weight: 700;\">{e(text)}</div>"]
        if role == "title":
            return ["<div>&nbsp;</div>",
                    f"<div style=\"font-size: 18px;\"><span>{e(_line(text))}</span>"
                    "</div>"]
        if role == "heading":
            return ["<div>&nbsp;</div>",
                    f"<div><span style=\"text-decoration: underline;\">{e(text)}</span></div>"]
        return [f"<div>{e(text)}</div>" if text else "<div>&nbsp;</div>"]
    if role == "doctitle":
        first = not k or doc[k - 1][0] != "doctitle"
        return [f"<h1>{e(text)}</h1>" if first else f"<p class='undertitel'>{e(text)}</p>"]
    if role in ("meta", "closing"):
        return [f"<p>{e(text)}</p>" if text else ""]
    if role == "rule":
        return ["<hr>"]
    if role == "empty":
        return ["<p>&nbsp;</p>"]
    if role == "pre":
        return [f"<p class='status'>{e(text)}</p>"]
    if mode == "details":
        if role == "title":
            badge = "Lukket" if k + 1 >= len(doc) or doc[k + 1][0] not in ("case", "heading") \
                else "Åben"
            return [f"<details class='punkt'><summary><span class='punkt-nr'>{e(number)}</span> "
                    f"<span class='punkt-titel'>{e(title)}</span> "
                    f"<span class='badge'>{badge}</span></summary><div class='punkt-indhold'>"]
        if role == "case":
            return [f"<p class='sagsnr'>{e(text)}</p>"]
        if role == "heading":
            return [f"<strong class='felt-label'>{e(text)}</strong>"]
        return [f"<p>{e(text)}</p>"]
    if mode == "table":
        if role == "title":
            case = doc[k + 1][1] if k + 1 < len(doc) and doc[k + 1][0] == "case" else ""
            return ["<table class='punkt'><tr><th>Punkt</th><th>Emne</th><th>Sagsnr.</th></tr>",
                    f"<tr><td>{e(number)}</td><td>{e(title)}</td><td>{e(case)}</td></tr>"
                    "</table>"]
        if role == "case":
            return []
    if role == "title":
        line = f"{number} {title}" if tab else number
        if mode == "pbold":
            return [f"<p><b>{e(line)}</b></p>"]
        if mode == "inline":
            return [f"<p style='font-size:15px;font-weight:bold'>{e(line)}</p>"]
        return [f"<h2>{e(line)}</h2>"]
    if role == "heading":
        if mode == "pbold":
            return [f"<p><b>{e(text)}</b></p>"]
        if mode == "inline":
            return [f"<p><span style='text-decoration:underline'>{e(text)}</span></p>"]
        return [f"<h3>{e(text)}</h3>"]
    return [f"<p>{e(text)}</p>"]


# --- PDF -------------------------------------------------------------------------------------

Run = tuple[int, str, float, str]  # x, text, size, font (regular | bold | italic | underline)
Row = list[Run]  # [] is a half-line gap; [(x, "", 0, "rule")] a horizontal rule
FONTS = {"regular": b"/F1", "bold": b"/F2", "italic": b"/F3", "underline": b"/F1"}


def render_pdf7(layout: Layout7, meeting: Meeting, doc: list[Block]) -> bytes:
    rows: list[tuple[Row, str | None]] = []  # a row, and the title of the item it continues
    current: str | None = None
    for k, (role, text) in enumerate(doc):
        number, tab, title = text.partition("\t")
        if role in ("pre", "rule", "closing", "doctitle", "meta"):
            current = None
        if role == "doctitle":
            rows += [([(MARGIN, w, 16.0, "bold")], None) for w in wrap(text, 50)]
        elif role in ("meta", "closing"):
            rows.append(([(MARGIN, text, 10.0, "regular")] if text else [], None))
        elif role == "rule":
            rows += [([], None), ([(MARGIN, "", 0.0, "rule")], None)]
        elif role == "pre":
            rows += [([], None), ([(MARGIN, text, 9.0, "bold")], None)]
        elif role == "title":
            line = f"{number} {title}" if tab else number
            font = "bold" if layout.title_bold else "regular"
            if layout.html == "table":
                rows += [([], None), ([(MARGIN, "Punkt", 9.0, "bold"),
                                       (MARGIN + 50, "Emne", 9.0, "bold"),
                                       (440, "Sagsnr.", 9.0, "bold")], None)]
                case = doc[k + 1][1] if doc[k + 1][0] == "case" else ""
                for j, w in enumerate(wrap(title, 55)):
                    cells = [(MARGIN, number, 10.0, "regular"), (440, case, 10.0, "regular")]
                    rows.append(([*(cells if j == 0 else []), (MARGIN + 50, w, 10.0, "bold")],
                                 None))
            else:
                rows.append(([], None))
                rows += [([(MARGIN, w, layout.title_size, font)], None) for w in wrap(line, 60)]
            current = line
        elif role == "case" and layout.html == "table":
            continue
        elif role == "heading":
            rows += [([], current), ([(MARGIN, text, layout.head_size, layout.head_font)],
                                     current)]
        elif role == "empty":
            rows += [([], current), ([], current)]
        else:
            rows += [([(MARGIN, w, 10.0, "regular")], current) for w in wrap(text, 95)]
    head = layout.running.format(udvalg=meeting.udvalg) if layout.running else None
    return _write(_pages(layout, rows), head)


def _leading(row: Row) -> float:
    leading = max((r[2] for r in row), default=10.0) * 1.45
    return max(leading, 8.0) if row else 7.0


def _pages(layout: Layout7, rows: list[tuple[Row, str | None]]) -> list[list[tuple[Run, float]]]:
    """Rows laid out top to bottom on A4 pages; with `fortsat`, a page that continues an
    item begins with its title and "(fortsat)"."""
    pages: list[list[tuple[Run, float]]] = [[]]
    y = PAGE_H - MARGIN
    fresh = False
    for row, current in rows:
        leading = _leading(row)
        if y - leading < MARGIN + 20:
            pages.append([])
            y = PAGE_H - MARGIN
            fresh = True
        if not row:
            if not fresh:
                y -= leading
            continue
        if fresh and layout.fortsat and current:
            for line in wrap(f"{current} (fortsat)", 60):
                y -= layout.title_size * 1.45
                pages[-1].append(((MARGIN, line, layout.title_size, "bold"), y))
            y -= 7.0
        fresh = False
        y -= leading
        pages[-1] += [(run, y) for run in row]
    return pages


def _write(pages: list[list[tuple[Run, float]]], head: str | None) -> bytes:
    contents = []
    for number, runs in enumerate(pages, start=1):
        ops = [header_op(head)] if head else []
        for (x, text, size, font), y in runs:
            if font == "rule":
                ops.append(b"0.8 w %d %.1f m %d %.1f l S" % (x, y + 3, PAGE_W - MARGIN, y + 3))
                continue
            ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (FONTS[font], size, x, y,
                                                                 _escape(text)))
            if font == "underline":
                ops.append(b"0.6 w %d %.1f m %.1f %.1f l S" % (
                    x, y - 1.5, x + _width(text, size, False), y - 1.5))
        contents.append([*ops, footer_op(f"Side {number} af {len(pages)}")])
    return pages_pdf(contents, (b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))


# --- one document ----------------------------------------------------------------------------


def document7(layout: Layout7, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth7(layout, seed)
    doc = blocks(layout, meeting)
    render = {".txt": lambda: render_text7(layout, meeting, doc).encode(),
              ".html": lambda: render_html7(layout, doc).encode(),
              ".pdf": lambda: render_pdf7(layout, meeting, doc)}
    return meeting, {suffix: render[suffix]() for suffix in layout.formats}
