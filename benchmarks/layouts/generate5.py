"""Sixteen more invented layouts (`test5`), written as an independent check of the
generic reader: conventions of Danish publishing that the 40 layouts of generate.py do not
have, written without reading the reader, and frozen before it was run on them.

Each `Layout5` fixes: how an item opens (`01.`, `1.1` under group headings, `Pkt. 3/`,
a number cell beside the title, `Punkt 7` alone, `Emne:` labels, a bare number, ...), an
"Åbent punkt"/"Lukket punkt" line, metadata lines that are no sections (`Sagsbehandler`,
`Dok.nr.`), the heading words and their order, the heading typography (small caps,
underlined, a smaller or larger regular face, CSS classes only, setext underlines), the
decision (a heading such as "Beslutning i Byrådet den ...", a history per committee,
a table column, first), attachment lists, "Fraværende" lines, signatures, page headers and
footers, and the meeting header's labels. Content is Greve's meetings in ../shared/corpus,
read at run time as generate.py does (nothing copied into the repository); the truth is
the meeting the generator wrote. `formats` says which renderings make sense for a layout.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from pdfminer.fontmetrics import FONT_METRICS
from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate import MEETING_DATE, _greve_items, _text
from benchmarks.layouts.pdfwriter import (
    MARGIN,
    PAGE_H,
    _escape,
    footer_op,
    header_op,
    pages_pdf,
    wrap,
)

ALL = (".txt", ".html", ".pdf")
DATE_LONG = "12. marts 2024"
NAMES = ("Mette Holm", "Jens Lund", "Karen Møller", "Peter Dahl", "Sofie Berg")
MEMBERS = ("Anne Kjær (A)", "Ole Sørensen (V)", "Lise Brandt (C)", "Morten Juul (F)",
           "Hanne Skov (Ø)")
ATTACHMENTS = ("Situationsplan", "Notat om høringssvar", "Budgetoversigt 2024",
               "Tidsplan for projektet")


@dataclass
class Layout5:
    name: str
    opening: Callable[[str, str], list[str]]  # (printed number, title) -> the opening lines
    headings: dict[str, str]  # section type -> heading as printed, in printed order
    number: Callable[[int, int], str] = lambda k, start: str(start + k)
    case: str | None = None  # a format with {case} (and {dok}, {who}); None: not printed
    kind: str = "referat"
    formats: tuple[str, ...] = ALL
    doctitle: tuple[str, ...] = ("Referat", "{udvalg}")
    header: tuple[str, ...] = ("Mødedato: {date}", "Sted: {place}")
    place: str = "Mødelokale 2"
    date: str = DATE_LONG
    decision: str = "plain"  # plain | history (one dated decision per committee)
    decision_first: bool = False
    closed: str | None = None  # None | second-last | last: that item is closed, title only
    open_marker: bool = False  # "Åbent punkt" / "Lukket punkt" under each title
    groups: Callable[[int, int, bool], str] | None = None  # (k, n, closed) -> group heading
    meta: tuple[str, ...] = ()  # item metadata lines that are no sections ({udvalg})
    meta_table: bool = False  # the case number in a table: a header row, then the values
    runin_decision: bool = False  # "Beslutning: text" on one line, the other headings apart
    header_dl: bool = False  # HTML: the meeting's fields as a definition list
    bilag: bool = False  # an attachment list ("Bilag") closes each open item
    absent: bool = False  # "Fraværende: ..." after each decision
    closing: tuple[str, ...] = ()  # lines that end the document (signatures)
    heading: str = "bold"  # bold | smallcaps | underline | plain | setext | colon | size
    title_size: float = 13.0
    title_bold: bool = True
    html: str = "h"  # h | article | br | table | threecol
    pdf: str = "flow"  # flow | column | threecol
    running: str | None = None  # a page header ("{udvalg}", "{date}"), with "Side n af m"
    wrap_title: int = 60


# --- numbering and groups --------------------------------------------------------------------


def _zero(k: int, start: int) -> str:
    return f"{start + k:02d}"


def _decimal(k: int, start: int) -> str:
    return f"1.{k + 1}" if k < 3 else f"2.{k - 2}"


def _decimal_group(k: int, n: int, closed: bool) -> str:
    return "1. Sager til beslutning" if k < 3 else "2. Sager til orientering"


def _open_closed_group(k: int, n: int, closed: bool) -> str:
    return "Lukkede punkter" if closed else "Åbne punkter"


# --- the layouts -----------------------------------------------------------------------------

STD = {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling": "Sagsfremstilling",
       "okonomi": "Økonomi", "beslutning": "Beslutning"}

LAYOUTS5: list[Layout5] = [
    Layout5("zero-padded-aabent-punkt", lambda n, t: [f"{n}. {t}"],
            {"sagsfremstilling": "Sagens indhold", "okonomi": "Økonomiske konsekvenser",
             "indstilling": "Administrationen indstiller",
             "beslutning": "Beslutning i {udvalg} den " + DATE_LONG},
            number=_zero, case="Sagsnr.: {case}", open_marker=True, closed="second-last",
            doctitle=("{udvalg}", "Referat"),
            header=("Mødedato: Tirsdag den {date}", "Mødetidspunkt: 16:00 - 18:30",
                    "Mødested: {place}", "Afbud: Anne Kjær (A)"),
            place="Byrådssalen"),
    Layout5("decimal-groups-smallcaps", lambda n, t: [f"{n} {t}"],
            {"sagsfremstilling": "Baggrund", "indstilling": "Forslag", "okonomi": "Økonomi",
             "beslutning": "Beslutning"},
            number=_decimal, groups=_decimal_group, heading="smallcaps",
            doctitle=("Referat fra mødet i {udvalg}",),
            header=("Dato: 12.03.2024", "Tid: Kl. 16.00", "Sted: {place}"),
            title_size=12.0),
    Layout5("pkt-slash-sag-underlined", lambda n, t: [f"Pkt. {n}/ {t}"],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "lovgrundlag": "Lovgrundlag", "indstilling": "Indstilling",
             "beslutning": "Udvalgets beslutning"},
            case="Sag: {case}", heading="underline", title_size=11.0,
            doctitle=("{udvalg}", "Åbent referat"),
            header=("Mødedato: 12-03-2024", "Mødested: {place}"),
            place="Rådhuset, mødelokale 1.12"),
    Layout5("number-cell-title-cell", lambda n, t: [f"{n}\t{t}"],
            {"resume": "Resumé", "indstilling": "Indstilling",
             "sagsfremstilling": "Sagsfremstilling", "okonomi": "Økonomi",
             "beslutning": "Beslutning"},
            case="Sagsnummer {case}", html="table", pdf="column", title_bold=False,
            title_size=11.0, doctitle=("Referat", "{udvalg}"),
            header=("Mødedato: {date}", "Mødested: {place}")),
    Layout5("committee-decision-history", lambda n, t: [f"Punkt {n}", t],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomi", "indstilling": "Indstilling", "beslutning": ""},
            case="Sagsnr.: {case}", decision="history",
            doctitle=("Beslutningsprotokol", "{udvalg}"),
            header=("Dato: 12.03.2024", "Tid: 16.00", "Sted: {place}"),
            place="Byrådssalen"),
    Layout5("html5-article-bare-case", lambda n, t: [f"{n} {t}"],
            {"resume": "Kort om sagen", "indstilling": "Forvaltningen foreslår",
             "sagsfremstilling": "Redegørelse", "okonomi": "Økonomiske forhold",
             "beslutning": "Afgørelse"},
            case="{case}", html="article", formats=(".html",),
            doctitle=("{udvalg} - referat",),
            header=("Mødedato: {date}", "Mødested: {place}")),
    Layout5("three-column-decision", lambda n, t: [f"{n}\t{t}"],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "indstilling": "Indstilling", "beslutning": "Beslutning"},
            case="J.nr. {case}", html="threecol", pdf="threecol",
            formats=(".html", ".pdf"), doctitle=("Referat af møde i {udvalg}",),
            header=("Mødedato: {date}", "Mødested: {place}")),
    Layout5("emne-label-agenda", lambda n, t: [f"{n}.", f"Emne: {t}"],
            {"resume": "Hvad drejer sagen sig om", "indstilling": "Forslag til beslutning",
             "sagsfremstilling": "Beskrivelse af sagen", "okonomi": "Økonomi"},
            case="Sagsnr.: {case}    Sagsbehandler: {who}", kind="dagsorden",
            heading="colon", doctitle=("Dagsorden for mødet i {udvalg}",),
            header=("Mødedato: {date}", "Mødetidspunkt: kl. 17.00", "Mødested: {place}"),
            place="Mødelokale 3"),
    Layout5("running-header-number-space", lambda n, t: [f"{n}  {t}"],
            {"indstilling": "Indstilling", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomi", "beslutning": "Beslutning"},
            case="Sagsnr. {case}", absent=True, title_size=11.0,
            running="{udvalg} - 12.03.2024", heading="smallbold",
            doctitle=("Referat", "{udvalg}"), header=("Mødedato: {date}", "Sted: {place}")),
    Layout5("acadre-bilag-signatures", lambda n, t: [f"{n}. {t}"],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomiske konsekvenser", "indstilling": "Indstilling",
             "beslutning": "Beslutning i {udvalg} den 12-03-2024"},
            case="Sagsnr.: {case}    Dok.nr.: {dok}    Sagsbehandler: {who}", bilag=True,
            absent=True, doctitle=("Referat", "{udvalg}"),
            header=("Mødedato: 12-03-2024", "Mødetidspunkt: 16:00", "Mødested: {place}",
                    "Medlemmer: " + ", ".join(MEMBERS[:4]), "Fraværende: " + MEMBERS[4]),
            closing=("Underskrifter:", *MEMBERS, "Mødet hævet kl. 18.40")),
    Layout5("cms-underline-br", lambda n, t: [f"Punkt {n} | {t}"],
            {"resume": "Resume", "indstilling": "Indstilling", "sagsfremstilling":
             "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
            case="Sagsnr. {case}", html="br", formats=(".html",),
            doctitle=("Referat – {udvalg}",),
            header=("Dato: {date}", "Sted: {place}")),
    Layout5("size-only-decision-first", lambda n, t: [f"{n}. {t}"],
            {"beslutning": "Beslutning", "resume": "Sammenfatning",
             "sagsfremstilling": "Sagsbeskrivelse", "lovgrundlag": "Retsgrundlag",
             "okonomi": "Bevillingsmæssige konsekvenser", "indstilling": "Indstilling"},
            case="Sagsnr.: {case}", decision_first=True, heading="size", title_bold=False,
            title_size=14.0, formats=(".txt", ".pdf"), doctitle=("{udvalg}", "Referat"),
            header=("Mødedato: {date}", "Mødested: {place}")),
    Layout5("grouped-closed-agenda", lambda n, t: [f"Pkt. {n}: {t}"],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling",
             "sagsforloeb": "Sagsforløb", "indstilling": "Indstilling"},
            case="Sagsnr.: {case}", kind="dagsorden", closed="last",
            groups=_open_closed_group, open_marker=True,
            doctitle=("Dagsorden", "{udvalg}"),
            header=("Mødedato: {date}", "Mødetidspunkt: 16:30", "Mødested: {place}"),
            place="Byrådssalen"),
    Layout5("caps-titles-setext-referat", lambda n, t: [f"{n}. {t.upper()}"],
            {"resume": "Resume", "sagsfremstilling": "Sagsfremstilling",
             "indstilling": "Indstilling", "okonomi": "Økonomi", "beslutning": "Referat"},
            case="Sagsnr.: {case}", heading="setext",
            doctitle=("Referat", "{udvalg}"),
            header=("Mødedato: {date}", "Mødested: {place}")),
    Layout5("paren-number-udvalg-label", lambda n, t: [f"({n}) {t}"],
            {"resume": "Resumé", "sagsfremstilling": "Sagsfremstilling", "okonomi": "Økonomi",
             "indstilling": "Indstilling", "beslutning": "Beslutning"},
            case="Sagsnr.: {case}", meta=("Kompetence: {udvalg}",), runin_decision=True,
            header_dl=True, doctitle=("Referat",), place="Mødelokale 4",
            header=("Udvalg: {udvalg}", "Mødedato: {date}", "Mødetidspunkt: 15.30-17.45",
                    "Mødested: {place}", "Deltagere: " + ", ".join(MEMBERS[1:]),
                    "Fraværende: " + MEMBERS[0])),
    Layout5("case-table-header-row", lambda n, t: [f"{n}. {t}"],
            {"resume": "Sagsresumé", "sagsfremstilling": "Sagsfremstilling",
             "okonomi": "Økonomi og finansiering", "indstilling": "Direktionens indstilling",
             "beslutning": "Beslutning"},
            case="{case}", meta_table=True, doctitle=("{udvalg}", "Referat"),
            header=("Mødedato: {date}", "Mødested: {place}")),
]


def by_name5(name: str) -> Layout5 | None:
    return next((layout for layout in LAYOUTS5 if layout.name == name), None)


# --- the truth -------------------------------------------------------------------------------


def _history(udvalg: str, number: str, k: int, decision: str) -> list[Section]:
    """The decisions of every committee that treated the case, oldest first."""
    return [
        Section(f"Plan- og Teknikudvalget, 20. februar 2024, pkt. {k + 4}:", "beslutning",
                "Indstillingen anbefales."),
        Section(f"Økonomiudvalget, 5. marts 2024, pkt. {k + 11}:", "beslutning",
                "Anbefales over for byrådet med de foreslåede ændringer."),
        Section(f"{udvalg}, {DATE_LONG}, pkt. {number}:", "beslutning", decision),
    ]


def truth5(layout: Layout5, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    pool = _greve_items()
    chosen = rng.sample(pool, rng.randint(4, 7))
    start = rng.choice([1, 1, 1, 14, 102])
    udvalg = chosen[0][0]
    closed_at = {"second-last": len(chosen) - 2, "last": len(chosen) - 1}.get(layout.closed or "")
    items = []
    for k, (_, src) in enumerate(chosen):
        number = layout.number(k, start)
        closed = k == closed_at
        sections: list[Section] = []
        decisions: list[Section] = []
        for kind, heading in ([] if closed else layout.headings.items()):
            if kind == "beslutning":
                if layout.kind != "referat":
                    continue
                decision = _text(src, "beslutning", 2) or "Godkendt."
                if layout.decision == "history":
                    decisions = _history(udvalg, number, k, decision)
                else:
                    decisions = [Section(heading.format(udvalg=udvalg), kind, decision)]
                if not layout.decision_first:
                    sections += decisions
                continue
            text = _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        if layout.decision_first:
            sections = [*decisions, *sections]
        if layout.bilag and not closed:
            names = ATTACHMENTS[: k % 3 + 1]
            sections.append(Section("Bilag", "bilag", "\n".join(
                f"Bilag {i}: {name}" for i, name in enumerate(names, start=1))))
        case = src.case_number if layout.case and not closed else None
        items.append(Item(number, " ".join(src.title.split()), case, closed, sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=layout.place, items=items)


# --- the document, before typography ---------------------------------------------------------


@dataclass
class Part:
    """One item as printed: its group, opening lines, metadata lines, sections, and lines after."""

    number: str
    group: str | None
    opening: list[str]
    meta: list[str]
    sections: list[tuple[str, str, list[str]]]  # (heading, type, lines)
    after: list[str] = field(default_factory=list)
    table: list[list[str]] | None = None  # a header row and a row of values


@dataclass
class Doc:
    title: list[str]
    header: list[str]
    parts: list[Part]
    closing: list[str]


def build(layout: Layout5, meeting: Meeting) -> Doc:
    fill = {"udvalg": meeting.udvalg, "date": layout.date, "place": meeting.place}
    parts = []
    n = len(meeting.items)
    for k, item in enumerate(meeting.items):
        group = layout.groups(k, n, item.closed) if layout.groups else None
        meta = []
        if layout.open_marker:
            meta.append("Lukket punkt" if item.closed else "Åbent punkt")
        table = None
        who = NAMES[k % len(NAMES)]
        if item.case_number and layout.meta_table:
            table = [["Sagsnummer", "Sagsbehandler", "Dato"], [item.case_number, who, "04-03-2024"]]
        elif item.case_number and layout.case:
            meta.append(layout.case.format(case=item.case_number, who=who,
                                           dok=f"{item.case_number[:2]}/{4711 + 37 * k}"))
        if not item.closed:
            meta += [x.format(udvalg=meeting.udvalg) for x in layout.meta]
        sections = [(s.heading, s.type, s.text.splitlines()) for s in item.sections]
        after = [f"Fraværende: {MEMBERS[k % len(MEMBERS)]}"] if (
            layout.absent and not item.closed and layout.kind == "referat") else []
        parts.append(Part(item.number, group, layout.opening(item.number, item.title), meta,
                          sections, after, table))
    return Doc([x.format(**fill) for x in layout.doctitle],
               [x.format(**fill) for x in layout.header], parts,
               [x.format(**fill) for x in layout.closing])


def _insert_after_decision(part: Part) -> list[tuple[str, str, list[str]]]:
    """The sections, with the lines after the decision appended to the decision's text."""
    out = []
    for heading, kind, lines in part.sections:
        out.append((heading, kind, [*lines, *part.after] if kind == "beslutning" and (
            heading, kind) == _last_decision(part) else lines))
    return out


def _last_decision(part: Part) -> tuple[str, str] | None:
    found = [(h, k) for h, k, _ in part.sections if k == "beslutning"]
    return found[-1] if found else None


# --- text ------------------------------------------------------------------------------------


def render_text5(layout: Layout5, doc: Doc) -> str:
    out: list[str] = [*doc.title, "", *doc.header]
    indent = " " * 8 if layout.pdf == "column" else ""
    group = None
    for part in doc.parts:
        if part.group and part.group != group:
            out += ["", part.group.upper() if layout.heading == "smallcaps" else part.group]
            group = part.group
        out.append("")
        for line in part.opening:
            number, tab, title = line.partition("\t")
            out.append(f"{number:<8}{title}" if tab else line)
        out += [indent + x for x in part.meta]
        out += ["".join(f"{cell:<22}" for cell in row).rstrip() for row in part.table or []]
        for heading, kind, lines in _insert_after_decision(part):
            out.append("")
            if kind == "beslutning" and layout.runin_decision:
                out += [f"{heading}: {lines[0]}", *lines[1:]]
                continue
            out += [indent + x for x in _text_heading(layout, heading)]
            out += [indent + x for x in lines]
    if doc.closing:
        out += ["", *doc.closing]
    if layout.running:
        out = _paginate_text(layout, doc, out)
    return "\n".join(out) + "\n"


def _text_heading(layout: Layout5, heading: str) -> list[str]:
    if layout.heading == "smallcaps":
        return [heading.upper()]
    if layout.heading == "colon":
        return [heading + ":"]
    if layout.heading == "setext":
        return [heading, "-" * len(heading)]
    return [heading] if heading else []


def _paginate_text(layout: Layout5, doc: Doc, lines: list[str]) -> list[str]:
    """Pages of 45 lines, each with the running header and "Side n af m" (as pdftotext)."""
    per = 45
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    head = (layout.running or "").format(udvalg=doc.title[-1])
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        top = f"\f{head}" if number > 1 else head
        out += [top, "", *page, "", f"Side {number} af {len(pages)}"]
    return out


# --- HTML ------------------------------------------------------------------------------------


def render_html5(layout: Layout5, doc: Doc) -> str:
    e = html.escape
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
           "<title>Referat</title><style>.overskrift{font-variant:small-caps}"
           ".titel{font-weight:bold}</style></head><body>",
           "<header class='site'><a href='/'>Forside</a> <a href='/politik'>Politik</a></header>",
           "<main>", f"<h1>{e(' – '.join(doc.title))}</h1>"]
    if layout.html in ("table", "threecol"):
        out += ["<table class='moede'>", *[f"<tr><td>{e(x)}</td></tr>" for x in doc.header],
                "</table>"]
    elif layout.header_dl:
        out.append("<dl class='moedefakta'>")
        for line in doc.header:
            label, _, value = line.partition(": ")
            out += [f"<dt>{e(label)}</dt>", f"<dd>{e(value)}</dd>"]
        out.append("</dl>")
    else:
        out += [f"<p>{e(x)}</p>" for x in doc.header]
    if layout.html == "table":
        out.append("<table class='dagsorden'><tr><th>Nr.</th><th>Sag</th></tr>")
    elif layout.html == "threecol":
        out.append("<table class='dagsorden'><tr><th>Nr.</th><th>Sag</th>"
                   "<th>Beslutning</th></tr>")
    elif layout.html == "br":
        out.append("<div class='entry-content'>")
    group = None
    for part in doc.parts:
        if part.group and part.group != group:
            out.append(f"<h2>{e(part.group)}</h2>")
            group = part.group
        out += _html_part(layout, part)
    if layout.html in ("table", "threecol"):
        out.append("</table>")
    elif layout.html == "br":
        out.append("</div>")
    out += [f"<p>{e(x)}</p>" for x in doc.closing]
    out.append("</main><footer>Kommunen · Rådhuset · Telefon 70 00 00 00</footer></body></html>")
    return "\n".join(out)


def _html_heading(layout: Layout5, heading: str) -> str:
    e = html.escape
    if not heading:
        return ""
    if layout.heading == "smallcaps":
        return f"<p class='overskrift'>{e(heading)}</p>"
    if layout.heading == "underline":
        return f"<p><u>{e(heading)}</u></p>"
    if layout.heading == "colon":
        return f"<p><strong>{e(heading)}:</strong></p>"
    if layout.heading in ("size", "smallbold"):
        return f"<p><b>{e(heading)}</b></p>"
    return f"<h4>{e(heading)}</h4>"


def _html_part(layout: Layout5, part: Part) -> list[str]:
    e = html.escape
    sections = _insert_after_decision(part)
    if layout.html == "article":
        out = ["<article class='punkt'><header>",
               *[f"<h2><span class='nr'>{e(x.split(' ', 1)[0])}</span> "
                 f"<span class='titel'>{e(x.split(' ', 1)[1])}</span></h2>" for x in part.opening],
               *[f"<p class='sagsnr'>{e(x)}</p>" for x in part.meta], "</header>"]
        for heading, _, lines in sections:
            out += ["<section>", f"<p class='overskrift'>{e(heading)}</p>",
                    *[f"<p>{e(x)}</p>" for x in lines], "</section>"]
        return [*out, "</article>"]
    if layout.html == "br":
        out = [f"<p><strong>{e(part.opening[0])}</strong>"
               + "".join(f"<br>{e(x)}" for x in part.meta) + "</p>"]
        for heading, _, lines in sections:
            out.append(f"<p><u>{e(heading)}</u><br>" + "<br>".join(e(x) for x in lines) + "</p>")
        return out
    if layout.html in ("table", "threecol"):
        number, _, title = part.opening[0].partition("\t")
        body = [f"<p>{e(x)}</p>" for x in part.meta]
        decision: list[str] = []
        for heading, kind, lines in sections:
            paras = [f"<p>{e(x)}</p>" for x in lines]
            if layout.html == "threecol" and kind == "beslutning":
                decision += paras
            else:
                body += [_html_heading(layout, heading), *paras] if heading else paras
        if layout.html == "table":
            return [f"<tr><td>{e(number)}</td><td><b>{e(title)}</b></td></tr>",
                    "<tr><td></td><td>", *body, "</td></tr>"]
        return [f"<tr><td>{e(number)}</td><td><p><b>{e(title)}</b></p>", *body,
                "</td><td>", *decision, "</td></tr>"]
    out = [f"<h3>{e(part.opening[0])}</h3>",
           *[f"<p><strong>{e(x)}</strong></p>" for x in part.opening[1:]],
           *[f"<p>{e(x)}</p>" for x in part.meta]]
    if part.table:
        head, values = part.table
        out += ["<table class='sagsdata'><tr>", *[f"<th>{e(x)}</th>" for x in head],
                "</tr><tr>", *[f"<td>{e(x)}</td>" for x in values], "</tr></table>"]
    for heading, kind, lines in sections:
        if kind == "beslutning" and layout.runin_decision:
            out += [f"<p><b>{e(heading)}:</b> {e(lines[0])}</p>", *[f"<p>{e(x)}</p>"
                                                                   for x in lines[1:]]]
            continue
        out += [_html_heading(layout, heading), *[f"<p>{e(x)}</p>" for x in lines]]
    return [x for x in out if x]


# --- PDF -------------------------------------------------------------------------------------

Run = tuple[int, str, float, bool, bool]  # x, text, size, bold, underlined
Row = list[Run]  # one line of the page; [] is a half-line gap


def render_pdf5(layout: Layout5, doc: Doc) -> bytes:
    rows: list[Row] = [[(MARGIN, x, 16.0, True, False)] for x in doc.title]
    rows += [[]] + [[(MARGIN, x, 10.0, False, False)] for x in doc.header]
    keep: dict[int, int] = {}
    if layout.pdf == "threecol":  # the table's header row
        rows += [[], [(MARGIN, "Nr.", 10.0, True, False), (MARGIN + 34, "Sag", 10.0, True, False),
                      (380, "Beslutning", 10.0, True, False)]]
    group = None
    for part in doc.parts:
        if part.group and part.group != group:
            rows += [[], []] + _pdf_heading(layout, part.group, MARGIN, 12.0)
            group = part.group
        rows += [[]]
        if layout.pdf == "threecol":
            table_row = _pdf_threecol(layout, part)
            keep[len(rows)] = len(table_row)  # a table row does not break across pages
            rows += table_row
            continue
        x = MARGIN + 44 if layout.pdf == "column" else MARGIN
        width = 80 if layout.pdf == "column" else 95
        for line in part.opening:
            number, tab, title = line.partition("\t")
            wrapped = wrap(title if tab else line, layout.wrap_title)
            for j, w in enumerate(wrapped):
                run = (x if tab else MARGIN, w, layout.title_size, layout.title_bold, False)
                rows.append([(MARGIN, number, layout.title_size, layout.title_bold, False), run]
                            if tab and j == 0 else [run])
        rows += [[(x, w, 10.0, False, False)] for m in part.meta for w in wrap(m, width)]
        rows += [[(MARGIN + 150 * i, cell, 10.0, j == 0, False) for i, cell in enumerate(row)]
                 for j, row in enumerate(part.table or [])]
        for heading, kind, lines in _insert_after_decision(part):
            if kind == "beslutning" and layout.runin_decision:
                label = f"{heading}:"
                first, *rest = wrap(lines[0], width - len(label) - 2) or [""]
                rows += [[], [(x, label, 10.0, True, False),
                              (x + _width(label + " ", 10.0, True), first, 10.0, False, False)]]
                rest_lines = [" ".join(rest)] if rest else []
                rows += [[(x, w, 10.0, False, False)] for line in [*rest_lines, *lines[1:]]
                         for w in wrap(line, width)]
                continue
            rows += [[]] + _pdf_heading(layout, heading, x, 10.0)
            rows += [[(x, w, 10.0, False, False)] for line in lines for w in wrap(line, width)]
    if doc.closing:
        rows += [[]] + [[(MARGIN, x, 10.0, False, False)] for x in doc.closing]
    head = layout.running.format(udvalg=doc.title[-1]) if layout.running else None
    pages = _pages(rows, keep)
    return _write(pages, head)


def _pdf_heading(layout: Layout5, heading: str, x: int, size: float) -> list[Row]:
    if not heading:
        return []
    if layout.heading == "smallcaps":
        return [[(x, heading.upper(), size - 1.5, False, False)]]
    if layout.heading == "underline":
        return [[(x, heading, size, False, True)]]
    if layout.heading == "size":
        return [[(x, heading, size + 2.0, False, False)]]
    if layout.heading == "smallbold":
        return [[(x, heading, size - 1.0, True, False)]]
    if layout.heading == "colon":
        return [[(x, heading + ":", size, True, False)]]
    return [[(x, heading, size + 0.5, True, False)]]


def _pdf_threecol(layout: Layout5, part: Part) -> list[Row]:
    """Number, case (title, metadata, sections) and decision side by side."""
    number, _, title = part.opening[0].partition("\t")
    middle: list[tuple[str, float, bool]] = [(w, 11.0, True) for w in wrap(title, 50)]
    middle += [(w, 10.0, False) for m in part.meta for w in wrap(m, 55)]
    right: list[tuple[str, float, bool]] = []
    for heading, kind, lines in part.sections:
        target = right if kind == "beslutning" else middle
        width = 28 if kind == "beslutning" else 55
        if kind != "beslutning":  # the decision column's heading is the table's header
            target.append((heading, 10.0, True))
        target += [(w, 10.0, False) for line in lines for w in wrap(line, width)]
    rows: list[Row] = []
    for k in range(max(len(middle), len(right))):
        row: Row = [(MARGIN, number, 11.0, True, False)] if k == 0 else []
        if k < len(middle):
            row.append((MARGIN + 34, *middle[k], False))
        if k < len(right):
            row.append((380, *right[k], False))
        rows.append(row)
    return rows


def _width(text: str, size: float, bold: bool) -> int:
    """The printed width of a text in Helvetica (regular or bold), from the standard metrics."""
    widths = FONT_METRICS["Helvetica-Bold" if bold else "Helvetica"][1]
    return round(sum(widths.get(c, 556) for c in text) * size / 1000)


def _leading(row: Row) -> float:
    leading = max((r[2] for r in row), default=10.0) * 1.45
    return leading if row else leading / 2


def _pages(rows: list[Row], keep: dict[int, int]) -> list[list[tuple[Run, float]]]:
    """Rows laid out top to bottom on pages; `keep`: the rows from an index on, that many,
    start a new page rather than break (when they fit on one)."""
    pages: list[list[tuple[Run, float]]] = [[]]
    y = PAGE_H - MARGIN
    for i, row in enumerate(rows):
        height = sum(_leading(r) for r in rows[i:i + keep.get(i, 0)])
        if height and y - height < MARGIN + 20 and height < PAGE_H - 2 * MARGIN - 20:
            pages.append([])
            y = PAGE_H - MARGIN
        leading = _leading(row)
        if not row:
            y -= leading
            continue
        if y - leading < MARGIN + 20:
            pages.append([])
            y = PAGE_H - MARGIN
        y -= leading
        pages[-1] += [(run, y) for run in row]
    return pages


def _write(pages: list[list[tuple[Run, float]]], head: str | None) -> bytes:
    contents = []
    for number, runs in enumerate(pages, start=1):
        ops = [header_op(head)] if head else []
        for (x, text, size, bold, underline), y in runs:
            ops.append(b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (
                b"/F2" if bold else b"/F1", size, x, y, _escape(text)))
            if underline:
                ops.append(b"0.6 w %d %.1f m %.1f %.1f l S" % (
                    x, y - 1.5, x + _width(text, size, bold), y - 1.5))
        contents.append([*ops, footer_op(f"Side {number} af {len(pages)}")])
    return pages_pdf(contents)


# --- one document ----------------------------------------------------------------------------


def document5(layout: Layout5, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix, only the layout's formats)."""
    meeting = truth5(layout, seed)
    doc = build(layout, meeting)
    render = {".txt": lambda: render_text5(layout, doc).encode(),
              ".html": lambda: render_html5(layout, doc).encode(),
              ".pdf": lambda: render_pdf5(layout, doc)}
    return meeting, {suffix: render[suffix]() for suffix in layout.formats}
