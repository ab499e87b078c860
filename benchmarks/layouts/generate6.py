"""A sixth set of invented layouts (`tune6`), modelled on how Danish publishing systems
print minutes in general (meeting-management systems, ESDH systems, Word saved as PDF,
CMS pages), written from general knowledge, not from any kommune's published minutes.

They vary what the first forty layouts (generate.py) do not:

- decision history per committee: a line naming the committee, the date and its item
  number ("Økonomiudvalget, 05-03-2024, pkt. 22") then that decision, or headings
  "Beslutning i Byrådet den 12. marts 2024";
- heading words "Baggrund", "Sagens indhold", "Forslag", "Administrationen indstiller",
  "Udvalgets beslutning", "Økonomiske konsekvenser", "Kompetence", attachment lists;
- "Åbent punkt" / "Lukket punkt" marker lines above the titles;
- numbers printed "01", "2.3", or in a table column of their own;
- page headers and footers; headings set in larger type rather than bold; HTML whose
  headings carry only a CSS class, `<section>`/`<article>` items, underlined headings;
- agendas without decisions, with and without section texts.

`stress` layouts (`stress_layout(seed)`) combine these conventions and those of
generate.py at random (numbering × case label × heading typography × section order ×
decision form × markup) to find interactions no single layout shows.

The content (titles, case numbers, section texts) comes from ../shared/corpus at run
time, as in generate.py; the truth is the meeting the generator wrote.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate import MEETING_DATE, MEETING_PLACE, _greve_items, _text
from benchmarks.layouts.pdfwriter import render_pdf, wrap

Block = tuple[str, str]  # (role, text)

# how an item's opening is printed: (printed number, title) -> blocks
Opener = Callable[[str, str], list[Block]]


@dataclass
class Layout6:
    name: str
    opener: Opener
    headings: dict[str, str]  # section type -> heading, in the order printed
    number: Callable[[int, int], str] = lambda n, k: str(n)  # (number, index) -> printed
    case_label: str | None = None  # "Sagsnr.:" on a line of its own; None: not printed
    kind: str = "referat"
    decisions: str = "single"  # single | lines (committee, date, pkt.) | headings (dated)
    decision_first: bool = False
    markers: bool = False  # "Åbent punkt" / "Lukket punkt" above each title
    closed: bool = False  # one item is closed (its texts not published)
    attachments: bool = False  # a "Bilag" list closes each open item
    heading_type: str = "bold"  # bold | size | underline | class | caps | plain | runin
    title_type: str = "bold"  # bold | size
    html: str = "h"  # h | article | columns | paragraphs
    running: bool = False  # page headers and footers (PDF, text)
    header: list[str] = field(default_factory=lambda: [
        "Mødedato: tirsdag den 12. marts 2024 kl. 16.00", "Mødested: {place}"])
    doc_title: str = "{kind} {udvalg}"
    absent: list[str] = field(default_factory=list)
    column_number: bool = False  # the number in a table column of its own (tab)
    sections: bool = True  # False: an agenda of titles (and case numbers) only
    numbered: bool = True  # False: the items carry no number
    title_caps: bool = False  # titles printed in capitals
    toc: bool = False  # a table of contents with page numbers first


_KOMPETENCE = "Udvalget har kompetence til at træffe beslutning i sagen."
_ATTACHMENTS = ("Oversigtskort", "Notat om høringssvar", "Budgetskema 2024",
                "Tidsplan for projektet")


def _dot(p: str, t: str) -> list[Block]:
    return [("item", f"{p}. {t}")]


LAYOUTS6: list[Layout6] = [
    # a meeting system's byråd referat: dated decision headings per committee
    Layout6("byraad-decision-headings", _dot,
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomiske konsekvenser", "indstilling": "Indstilling"},
            case_label="Sagsnr.:", decisions="headings", attachments=True),
    # an ESDH system's referat: zero-padded numbers, committee lines with their decisions,
    # newest first, before the case
    Layout6("zero-padded-committee-lines", lambda p, t: [("item", f"{p} {t}")],
            {"sagsfremstilling": "Sagens indhold", "indstilling": "Administrationen indstiller",
             "okonomi": "Økonomi"},
            number=lambda n, k: f"{n:02d}", case_label="Sags-id:", decisions="lines",
            decision_first=True),
    # open and closed marker lines above numbered titles; "Forslag" for the recommendation
    Layout6("open-closed-markers", lambda p, t: [("item", f"Punkt {p}. {t}")],
            {"sagsfremstilling": "Baggrund", "indstilling": "Forslag",
             "lovgrundlag": "Kompetence", "beslutning": "Udvalgets beslutning"},
            case_label="J.nr.", markers=True, closed=True, heading_type="underline",
            html="paragraphs"),
    # decimal numbers (a group and its items) in a Word document saved as PDF: headings
    # in larger regular type, running header and footer
    Layout6("decimal-word-size", lambda p, t: [("item", f"{p} {t}")],
            {"resume": "Kort resumé", "sagsfremstilling": "Sagsfremstilling",
             "indstilling": "Indstilling", "beslutning": "Beslutning"},
            number=lambda n, k: f"2.{k + 1}", heading_type="size", title_type="size",
            running=True, header=["Dato: 12. marts 2024", "Tidspunkt: kl. 16.00",
                                  "Sted: {place}", "Afbud: Lene Holm, Peter Juul"],
            absent=["Lene Holm", "Peter Juul"]),
    # a CMS page: each item an <article>, headings only a CSS class (no bold, no h-tag)
    Layout6("cms-class-headings", lambda p, t: [("item", f"{p}. {t}")],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomi", "indstilling": "Indstilling", "beslutning": "Beslutning"},
            case_label="Sagsnummer:", heading_type="class", html="article",
            doc_title="{udvalg} - {kind}"),
    # the number in a column of its own, the title beside it; agenda with sections
    Layout6("number-column-agenda", lambda p, t: [("item", f"{p}\t{t}")],
            {"sagsfremstilling": "Sagsfremstilling", "okonomi": "Økonomiske konsekvenser",
             "lovgrundlag": "Kompetence", "indstilling": "Administrationen indstiller"},
            case_label="Sagsnr.:", kind="dagsorden", html="columns", column_number=True,
            attachments=True),
    # decisions first, "Beslutning i Byrådet den ..." in capitals, markers above titles
    Layout6("caps-dated-decision-first", lambda p, t: [("item", f"{p}. {t}")],
            {"resume": "Resume", "sagsfremstilling": "Sagsfremstilling",
             "indstilling": "Indstilling"},
            case_label="Sagsnr.", decisions="headings", decision_first=True,
            heading_type="caps", markers=True, title_type="size",
            header=["Tirsdag den 12. marts 2024 kl. 16.00", "{place}"]),
    # an agenda of titles only, numbers in a column, an open/closed marker in the column
    Layout6("agenda-titles-markers", lambda p, t: [("item", f"{p}\t{t}")], {},
            kind="dagsorden", markers=True, closed=True, html="columns",
            column_number=True, case_label="Sagsnr.:", sections=False),
    # run-in headings with the committee history as lines, a plain text export
    Layout6("runin-committee-lines", lambda p, t: [("item", f"Pkt. {p} - {t}")],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "indstilling": "Indstilling", "okonomi": "Økonomi"},
            case_label="Sagsnr.:", decisions="lines", heading_type="runin",
            html="paragraphs"),
    # "Udvalgets beslutning" under plain headings (same type as the text), bilag lists
    Layout6("plain-headings-bilag", _dot,
            {"sagsfremstilling": "Sagens indhold", "okonomi": "Økonomiske konsekvenser",
             "indstilling": "Forslag", "beslutning": "Udvalgets beslutning"},
            case_label="Sagsnr.:", heading_type="plain", attachments=True,
            title_type="size", html="article"),
]


# --- randomised stress ------------------------------------------------------------------

_OPENERS: list[Opener] = [
    _dot,
    lambda p, t: [("item", f"Punkt {p}: {t}")],
    lambda p, t: [("item", f"{p}) {t}")],
    lambda p, t: [("item", f"Pkt. {p} - {t}")],
    lambda p, t: [("item", f"{p} {t}")],
    lambda p, t: [("item", f"Ad {p}. {t}")],
    lambda p, t: [("item", f"Sag {p}: {t}")],
    lambda p, t: [("item", f"{p}\t{t}")],
]
_NUMBERS: list[Callable[[int, int], str]] = [
    lambda n, k: str(n), lambda n, k: f"{n:02d}", lambda n, k: f"3.{k + 1}",
    lambda n, k: _roman(k + 1), lambda n, k: "ABCDEFGHIJ"[k]]
# openers that put the number elsewhere (after the title, on a line of its own) or none
_OTHER_OPENERS: list[Opener] = [
    lambda p, t: [("item", f"{t} (punkt {p})")],
    lambda p, t: [("item", f"{p}."), ("item", t)],
    lambda p, t: [("item", t)],
]
_CASE_LABELS = (None, "Sagsnr.:", "Sagsnr.", "J.nr.:", "Sags-id:", "Sagsnummer:",
                "Journalnr.:")
_HEADING_WORDS = {
    "resume": ("Resumé", "Kort resumé", "Sammenfatning", "Resuméet", "Kort om sagen"),
    "sagsfremstilling": ("Sagsfremstilling", "Baggrund", "Sagens indhold", "Sagsbeskrivelse",
                         "Sagens baggrund"),
    "indstilling": ("Indstilling", "Forslag", "Administrationen indstiller",
                    "Forvaltningens indstilling", "Indstillingen"),
    "okonomi": ("Økonomi", "Økonomiske konsekvenser", "Økonomiske forhold", "Finansiering"),
    "lovgrundlag": ("Kompetence", "Lovgrundlag", "Retsgrundlag"),
    "beslutning": ("Beslutning", "Udvalgets beslutning", "Beslutningen", "Afgørelse"),
}
_HEADERS = (
    ["Mødedato: tirsdag den 12. marts 2024 kl. 16.00", "Mødested: {place}"],
    ["Dato: 12. marts 2024", "Tidspunkt: kl. 16.00", "Sted: {place}"],
    ["Tirsdag den 12. marts 2024 kl. 16.00", "{place}"],
    ["Mødedato: 12.03.2024", "Sted: {place}", "Fraværende: Lene Holm"],
)


def stress_layout(seed: int) -> Layout6:
    """A layout whose conventions are drawn at random from those above and generate.py's."""
    rng = random.Random(f"stress-{seed}")
    kinds = [k for k in ("resume", "sagsfremstilling", "indstilling", "okonomi",
                         "lovgrundlag") if rng.random() < 0.7] or ["sagsfremstilling"]
    rng.shuffle(kinds)
    kind = rng.choice(("referat", "referat", "dagsorden"))
    if kind == "referat":
        kinds.append("beslutning")
    headings = {k: rng.choice(_HEADING_WORDS[k]) for k in kinds}
    decisions = rng.choice(("single", "single", "lines", "headings")) if kind == "referat" \
        else "single"
    if decisions != "single":
        headings.pop("beslutning", None)
    html_mode = rng.choice(("h", "article", "columns", "paragraphs", "dl"))
    number = rng.choice(_NUMBERS)
    opener = rng.choice(_OPENERS[:-1] if number in _NUMBERS[3:] else _OPENERS)
    if number in _NUMBERS[3:] and opener is _OPENERS[4]:
        opener = _OPENERS[0]  # "C Title": a letter before a title, nothing between, is none
    if rng.random() < 0.25:
        opener = rng.choice(_OTHER_OPENERS)
    numbered = opener is not _OTHER_OPENERS[-1]
    column = numbered and (html_mode == "columns" or opener is _OPENERS[-1])
    if not column and html_mode == "columns":
        html_mode = "h"
    header = rng.choice(_HEADERS)
    case_label = rng.choice(_CASE_LABELS)
    title_caps = rng.random() < 0.15 or (not numbered and case_label is None)
    return Layout6(
        f"stress-{seed}", _OPENERS[-1] if column else opener, headings,
        number=number if numbered and opener in _OPENERS else _NUMBERS[0],
        case_label=case_label, kind=kind, numbered=numbered, title_caps=title_caps,
        toc=numbered and rng.random() < 0.2,
        decisions=decisions, decision_first=rng.random() < 0.3,
        markers=rng.random() < 0.3, closed=rng.random() < 0.3,
        attachments=rng.random() < 0.3,
        heading_type=rng.choice(("bold", "size", "underline", "class", "caps", "plain",
                                 "runin")),
        title_type=rng.choice(("bold", "size")), html="columns" if column else html_mode,
        running=rng.random() < 0.4, header=header,
        doc_title=rng.choice(("{kind} {udvalg}", "{udvalg} - {kind}",
                              "{kind} af mødet i {udvalg}")),
        absent=["Lene Holm"] if any(x.startswith("Fraværende") for x in header) else [],
        column_number=column, sections=rng.random() > 0.1)


# --- truth ------------------------------------------------------------------------------


def truth(layout: Layout6, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    pool = _greve_items()
    chosen = rng.sample(pool, rng.randint(4, 7))
    start = rng.choice([1, 1, 1, 14, 102])
    udvalg = chosen[0][0]
    items = []
    for k, (_, src) in enumerate(chosen):
        number = start + k
        closed = layout.closed and k == len(chosen) - 2
        sections: list[Section] = []
        for kind, heading in layout.headings.items():
            if closed or not layout.sections or kind == "beslutning":
                continue
            text = _KOMPETENCE if kind == "lovgrundlag" else _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        if layout.attachments and not closed and layout.sections:
            names = _ATTACHMENTS[: k % 3 + 1]
            sections.append(Section("Bilag", "bilag", "\n".join(
                f"{name} ({src.case_number or 'notat'})" for name in names)))
        if layout.kind == "referat" and not closed and layout.sections:
            decision = _text(src, "beslutning", 2) or "Godkendt."
            decided = _decisions(layout, udvalg, number, k, decision)
            sections = [*decided, *sections] if layout.decision_first else [*sections, *decided]
        title = " ".join(src.title.split())
        items.append(Item(layout.number(number, k) if layout.numbered else "", title,
                          src.case_number if layout.case_label else None, closed,
                          sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=MEETING_PLACE, items=items)


def _decisions(layout: Layout6, udvalg: str, number: int, k: int,
               decision: str) -> list[Section]:
    if layout.decisions == "single":
        return [Section(layout.headings.get("beslutning", "Beslutning"), "beslutning",
                        decision)]
    earlier = "Fagudvalget" if udvalg != "Fagudvalget" else "Teknisk Udvalg"
    if layout.decisions == "lines":
        out = [Section(f"{earlier}, {20 - k:02d}-02-2024, pkt. {k + 3}", "beslutning",
                       "Anbefales over for udvalget."),
               Section(f"{udvalg}, 12-03-2024, pkt. {number}", "beslutning", decision)]
    else:
        out = [Section(f"Beslutning i {earlier} den {20 - k}. februar 2024", "beslutning",
                       "Anbefales over for udvalget."),
               Section(f"Beslutning i {udvalg} den 12. marts 2024", "beslutning", decision)]
    return out[::-1] if layout.decision_first else out  # newest first with the decision


# --- rendering --------------------------------------------------------------------------


def blocks(layout: Layout6, meeting: Meeting) -> list[Block]:
    """The document as role-tagged lines, before typography."""
    word = {"referat": "Referat", "dagsorden": "Dagsorden"}[layout.kind]
    out: list[Block] = [("doctitle", layout.doc_title.format(kind=word, udvalg=meeting.udvalg))]
    out += [("meta", line.format(place=meeting.place)) for line in layout.header]
    if layout.toc:
        out.append(("toc-heading", "Indholdsfortegnelse"))
        out += [("toc", f"{item.number}. {_title(layout, item)}\t{page}")
                for page, item in enumerate(meeting.items, start=2)]
    for item in meeting.items:
        if layout.markers:
            out.append(("marker", "Lukket punkt" if item.closed else "Åbent punkt"))
        out += layout.opener(item.number, _title(layout, item))
        if layout.case_label and item.case_number:
            out.append(("case", f"{layout.case_label} {item.case_number}"))
        for section in item.sections:
            out += _section(layout, section)
    return out


def _title(layout: Layout6, item: Item) -> str:
    return item.title.upper() if layout.title_caps else item.title


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _section(layout: Layout6, section: Section) -> list[Block]:
    lines = section.text.splitlines()
    heading = section.heading
    if section.type == "beslutning" and layout.decisions == "lines":
        return [("committee", heading), *[("body", x) for x in lines]]
    if layout.heading_type == "caps":
        heading = heading.upper()
    if layout.heading_type == "runin" and section.type != "bilag":
        return [("runin", f"{heading}: {lines[0]}"), *[("body", x) for x in lines[1:]]]
    return [("heading", heading), *[("body", x) for x in lines]]


def render_text(layout: Layout6, doc: list[Block]) -> str:
    out: list[str] = []
    page = 1
    for role, text in doc:
        if role in ("item", "marker", "heading", "runin", "doctitle", "committee") and \
                not (role == "item" and out and doc and out[-1] in ("Åbent punkt",
                                                                    "Lukket punkt")):
            out.append("")
        if role == "toc":
            title, _, number = text.partition("\t")
            text = f"{title[:70]} {'.' * 8} {number}"
        if role == "item" and layout.column_number:
            number, _, title = text.partition("\t")
            text = f"{number:<6}{title}"
        out.append(text)
        if layout.running and len(out) >= 45 * page:
            out += ["", f"Side {page}", "\f" + f"{doc[0][1]} - 12. marts 2024", ""]
            page += 1
    return "\n".join(out) + "\n"


def render_pdf_doc(layout: Layout6, doc: list[Block]) -> bytes:
    lines: list[tuple[str, float, bool]] = []
    title_size, title_bold = (14.0, False) if layout.title_type == "size" else (12.0, True)
    for role, text in doc:
        if role == "doctitle":
            lines += [(x, 18.0, True) for x in wrap(text, 45)] + [("", 10, False)]
        elif role == "marker":
            lines += [("", 10, False), (text, 9.0, False)]
        elif role == "toc-heading":
            lines.append((text, 13.0, True))
        elif role == "toc":
            title, _, page = text.partition("\t")
            lines.append((f"{title[:70]} {'.' * 8} {page}", 10.0, False))
        elif role == "item":
            left, tab, right = text.partition("\t")
            if tab:  # the number in a column, the title beside it
                wrapped = wrap(right, 55)
                lines += [("", 10, False), (f"{left}\t{wrapped[0]}", title_size, title_bold)]
                lines += [(f"\t{x}", title_size, title_bold) for x in wrapped[1:]]
            else:
                if not layout.markers:
                    lines.append(("", 10, False))
                lines += [(x, title_size, title_bold) for x in wrap(text, 60)]
        elif role in ("heading", "committee"):
            size, bold = {"bold": (10.0, True), "size": (12.0, False),
                          "caps": (10.0, True)}.get(layout.heading_type, (10.0, False))
            if role == "committee":
                size, bold = 10.0, True
            lines += [("", 10, False), (text, size, bold)]
        elif role == "runin":
            lines += [("", 10, False)] + [(x, 10.0, False) for x in wrap(text, 95)]
        else:
            lines += [(x, 10.0, False) for x in wrap(text, 95)]
    header = f"{doc[0][1]} - 12. marts 2024" if layout.running else None
    return render_pdf(lines, footer="Side {n}" if layout.running else None, header=header,
                      right_cell=95 if layout.column_number else 400)


def render_html(layout: Layout6, doc: list[Block]) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Møde</title>",
             "<style>.overskrift{font-weight:bold}</style></head>",
             "<body><header><a href='/'>Forside</a> | <a href='/politik'>Politik</a></header>",
             "<main>"]
    mode = layout.html
    is_open = in_section = False

    def heading(text: str) -> str:
        return {"bold": f"<p><strong>{e(text)}</strong></p>",
                "caps": f"<p><b>{e(text)}</b></p>",
                "size": f"<h4>{e(text)}</h4>",
                "underline": f"<p><u>{e(text)}</u></p>",
                "class": f"<div class='overskrift'>{e(text)}</div>",
                "plain": f"<p>{e(text)}</p>",
                "runin": f"<p><b>{e(text)}</b></p>"}[layout.heading_type]

    for role, text in doc:
        if role == "doctitle":
            parts.append(f"<h1>{e(text)}</h1>")
        elif role in ("meta", "toc-heading"):
            parts.append(f"<p>{e(text)}</p>")
        elif role == "toc":
            title, _, page = text.partition("\t")
            parts.append(f"<p>{e(title)} ........ {page}</p>")
        elif role == "marker":
            if mode == "article" and is_open:
                parts.append("</section></article>" if in_section else "</article>")
                is_open = in_section = False
            parts.append(f"<p class='status'>{e(text)}</p>" if mode != "columns"
                         else f"<table class='status'><tr><td>{e(text)}</td></tr></table>")
        elif role == "item":
            if mode == "article":
                if in_section:
                    parts.append("</section>")
                    in_section = False
                if is_open:
                    parts.append("</article>")
                parts.append("<article class='punkt'>")
                is_open = True
            if mode == "columns":
                number, _, title = text.partition("\t")
                parts.append(f"<table class='punkt'><tr><td class='nr'>{e(number)}</td>"
                             f"<td class='titel'><strong>{e(title)}</strong></td></tr></table>")
            elif mode == "article":
                parts.append(f"<header class='punkt-titel'><h2>{e(text)}</h2></header>")
            elif mode == "paragraphs":
                parts.append(f"<p><b>{e(text)}</b></p>")
            elif mode == "dl":
                parts.append(f"<dl><dt>{e(text)}</dt></dl>")
            else:
                parts.append(f"<h2>{e(text)}</h2>")
        elif role == "case":
            parts.append(f"<p class='sagsnr'>{e(text)}</p>")
        elif role == "heading":
            if mode == "article":
                parts.append("</section><section>" if in_section else "<section>")
                in_section = True
            parts.append(heading(text))
        elif role == "committee":
            parts.append(f"<p><strong>{e(text)}</strong></p>")
        elif role == "runin":
            head, _, rest = text.partition(": ")
            parts.append(f"<p><b>{e(head)}:</b> {e(rest)}</p>")
        else:
            parts.append(f"<p>{e(text)}</p>")
    if is_open:
        parts.append("</section></article>" if in_section else "</article>")
    parts.append("</main><footer>Kommunen · Rådhuset · Tlf. 70 00 00 00</footer></body></html>")
    return "\n".join(parts)


def document(layout: Layout6, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix) of one generated document."""
    meeting = truth(layout, seed)
    doc = blocks(layout, meeting)
    return meeting, {
        ".txt": render_text(layout, doc).encode(),
        ".html": render_html(layout, doc).encode(),
        ".pdf": render_pdf_doc(layout, doc),
    }


def by_name(name: str) -> Layout6 | None:
    if name.startswith("stress-") and name[7:].isdigit():
        return stress_layout(int(name[7:]))
    return next((layout for layout in LAYOUTS6 if layout.name == name), None)
