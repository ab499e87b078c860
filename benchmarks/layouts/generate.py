"""Invented but plausible layouts of minutes, with truth known by construction.

Each layout (`LAYOUTS`) fixes conventions that vary between kommuner and publishing
systems: how items are numbered, whether and how the case number is labelled, how
headings are set, run-in headings, the heading words used, the order of decision and
description, a table of contents, closed items, agendas without decisions, and for HTML
the markup of other systems (tables, definition lists, headings without classes,
numbered lists). `document(layout, seed)` fills a layout with real text from
../shared/corpus (Greve's meetings, read at run time; nothing is copied into the
repository) and returns the truth (`Meeting`) and the rendered text, HTML and PDF.

The split into tuning and test layouts is frozen in splits.json.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.pdfwriter import RIGHT_CELL, render_pdf, wrap

if TYPE_CHECKING:
    from benchmarks.layouts.generate5 import Layout5
    from benchmarks.layouts.generate6 import Layout6
    from benchmarks.layouts.generate7 import Layout7
    from benchmarks.layouts.generate8 import Layout8
    from benchmarks.layouts.generate9 import Layout9
    from benchmarks.layouts.generate10 import Layout10
    from benchmarks.layouts.generate11 import Layout11
    from benchmarks.layouts.generate12 import Layout12
    from benchmarks.layouts.generate13 import Layout13
    from benchmarks.layouts.generate14 import Layout14
    from benchmarks.layouts.generate15 import Layout15
    from benchmarks.layouts.generate16 import Layout16
    from benchmarks.layouts.generate17 import Layout17
    from benchmarks.layouts.generate18 import Layout18
    from benchmarks.layouts.generate19 import Layout19
    from benchmarks.layouts.generate20 import Layout20
    from benchmarks.layouts.generate21 import Layout21
    from benchmarks.layouts.generate22 import Layout22
    from benchmarks.layouts.generate23 import Layout23
    from benchmarks.layouts.generate24 import Layout24
    from benchmarks.layouts.generate25 import Layout25
    from benchmarks.layouts.generate26 import Layout26
    from benchmarks.layouts.generate27 import Layout27
    from benchmarks.layouts.generate28 import Layout28
    from benchmarks.layouts.generate29 import Layout29
    from benchmarks.layouts.generate30 import Layout30
    from benchmarks.layouts.generate31 import Layout31
    from benchmarks.layouts.generate32 import Layout32
    from benchmarks.layouts.generate33 import Layout33
    from benchmarks.layouts.generate34 import Layout34
    from benchmarks.layouts.generate35 import Layout35
    from benchmarks.layouts.generate36 import Layout36
    from benchmarks.layouts.generate37 import Layout37
    from benchmarks.layouts.generate_combo import LayoutCombo
    from benchmarks.layouts.generate_tune7 import Layout7t
    from benchmarks.layouts.generate_tune8 import Layout8t

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

Block = tuple[str, str]  # (role, text): doctitle, meta, toc, item, case, heading, body


@dataclass
class Layout:
    name: str
    numbering: Callable[[str, str], list[Block]]  # (printed number, title)
    headings: dict[str, str]
    case: Callable[[str], list[Block]] | None = None  # None: no case number printed
    case_in_title: bool = False
    kind: str = "referat"
    heading_style: str = "bold"  # bold | caps | plain | colon | runin
    title_size: float = 13.0
    title_bold: bool = True
    toc: bool = False
    decision_first: bool = False
    closed: bool = False
    repeat_marker: bool = False
    html: str = "h"  # h | table | dl | ol | bold | dlitems | fields | divs | nested
    blank_lines: bool = True
    numbered: bool = True  # False: the items carry no number at all
    case_inline: str | None = None  # a label: the case number after the title, a cell apart
    decision_history: bool = False  # earlier decisions below the newest, each dated
    agenda_list: bool = False  # a numbered list of the titles first (no page numbers)
    history_heading: str | None = None  # a heading for the case's history (sagsforloeb)
    header: list[str] = field(default_factory=lambda: ["Mødedato: {date}", "Sted: {place}"])
    number_style: str = "arabic"  # arabic | roman | letter: how the item number is printed
    title_caps: bool = False  # titles printed in capitals
    attachments: bool = False  # a numbered list of attachments closes each item
    running: bool = False  # page headers and footers repeated on every page (PDF, text)
    toc_leaders: bool = False  # the table of contents with dotted leaders in every format


MEETING_DATE = dt.date(2024, 3, 12)
MEETING_PLACE = "Mødelokale 2"
SECTION_ORDER = ("resume", "indstilling", "sagsfremstilling", "okonomi", "sagsforloeb",
                 "beslutning")


def _printed_number(layout: Layout, number: int, k: int) -> str:
    """The item number as the layout prints it (roman and letters count from the first)."""
    if layout.number_style == "roman":
        return _roman(k + 1)
    if layout.number_style == "letter":
        return "ABCDEFGHIJ"[k]
    return str(number)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _case_label(label: str) -> Callable[[str], list[Block]]:
    return lambda case: [("case", f"{label} {case}")]


LAYOUTS: list[Layout] = [
    Layout("punkt-colon-toc", lambda n, t: [("item", f"Punkt {n}: {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), toc=True),
    Layout("number-dot-no-case", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Kort resumé", "indstilling": "Forvaltningens indstilling",
            "sagsfremstilling": "Sagens indhold", "okonomi": "Økonomiske konsekvenser",
            "beslutning": "Udvalgets beslutning"}),
    Layout("paren-jnr-caps-agenda", lambda n, t: [("item", f"{n}) {t}")],
           {"resume": "Formål", "indstilling": "Indstilling", "sagsfremstilling": "Baggrund",
            "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("J.nr.:"), kind="dagsorden", heading_style="caps"),
    Layout("number-alone-colon", lambda n, t: [("item", f"{n}."), ("item", t)],
           {"resume": "Sammendrag", "indstilling": "Direktionen indstiller",
            "sagsfremstilling": "Sagsbeskrivelse", "okonomi": "Finansiering",
            "beslutning": "Beslutning"},
           case=_case_label("Sag nr.:"), heading_style="colon"),
    Layout("trailing-punkt-runin", lambda n, t: [("item", f"{t} (punkt {n})")],
           {"resume": "Resume", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=lambda c: [("case", c)], heading_style="runin", title_size=12.0),
    Layout("pkt-decision-first-marker", lambda n, t: [("item", f"Pkt. {n} {t}")],
           {"resume": "Resumé", "indstilling": "Administrationen indstiller",
            "sagsfremstilling": "Sagsfremstilling", "okonomi": "Økonomi",
            "beslutning": "Beslutning i Økonomiudvalget"},
           case=_case_label("Sagsnummer:"), decision_first=True, repeat_marker=True),
    Layout("html-table", lambda n, t: [("item", f"{n}\t{t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr."), html="table", blank_lines=False),
    Layout("html-dl", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resume", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagens baggrund", "okonomi": "Økonomiske forhold",
            "beslutning": "Beslutning"},
           case=_case_label("Journalnummer:"), html="dl", heading_style="colon"),
    Layout("ol-closed-agenda", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Beskrivelse", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           kind="dagsorden", closed=True, html="ol", title_bold=False, title_size=11.0),
    Layout("title-then-number", lambda n, t: [("item", t), ("body", f"Punkt {n}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi og finansiering",
            "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), html="bold", heading_style="plain"),
    Layout("dash-case-in-title-closed", lambda n, t: [("item", f"{n} - {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Protokol"},
           case_in_title=True, closed=True, toc=True),
    Layout("variant-headings", lambda n, t: [("item", f"Dagsordenspunkt {n}: {t}")],
           {"resume": "Sagens kerne", "indstilling": "Forslag til beslutning",
            "sagsfremstilling": "Sagsfremstilling og vurdering",
            "okonomi": "Økonomi og personale", "beslutning": "Beslutning"},
           case=_case_label("Sags-id:"), heading_style="caps", title_size=14.0),
    # added later as a second test split ("test2", frozen before the reader changes
    # that followed the first test run)
    Layout("html-unnumbered-headings", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnummer:"), numbered=False, title_size=14.0),
    Layout("sag-n-case-right", lambda n, t: [("item", f"Sag {n}: {t}")],
           {"resume": "Resume", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case_inline="Sagsnr.", heading_style="colon"),
    Layout("newest-decision-first", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           decision_first=True, decision_history=True),
    Layout("dash-runin-html", lambda n, t: [("item", f"Punkt {n} – {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), heading_style="runin", html="bold"),
    Layout("plain-text-history", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "sagsforloeb": "Forventet sagsgang",
            "beslutning": "Beslutning"},
           kind="dagsorden", heading_style="colon", title_bold=False, title_size=10.0,
           blank_lines=False),
    Layout("agenda-list-first", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Sammenfatning", "indstilling": "Indstilling",
            "sagsfremstilling": "Sagsfremstilling", "okonomi": "Økonomi",
            "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), agenda_list=True, html="bold"),
    # added as a third test split ("test3", frozen before the reader was run on them;
    # then split at random into "tune3" and "test3b")
    Layout("sag-nr-attachments", lambda n, t: [("item", f"Sag nr. {n} {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), attachments=True),
    Layout("roman-caps-headings", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           number_style="roman", heading_style="caps", title_size=12.0),
    Layout("lettered-runin-jnr", lambda n, t: [("item", f"{n}) {t}")],
           {"resume": "Kort om sagen", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagens fakta", "okonomi": "Bevillingsmæssige konsekvenser",
            "beslutning": "Afgørelse"},
           case=_case_label("J.nr."), number_style="letter", heading_style="runin",
           html="bold"),
    Layout("ad-number-decision-first", lambda n, t: [("item", f"Ad {n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Udvalgets beslutning"},
           case=_case_label("Sagsnr.:"), decision_first=True, html="dlitems"),
    Layout("label-value-table",
           lambda n, t: [("fieldstart", f"Punkt\t{n}"), ("field", f"Emne\t{t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=lambda c: [("field", f"Sagsnr.\t{c}")], heading_style="field",
           html="fields"),
    Layout("div-soup-plain", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnummer"), heading_style="plain", title_bold=False,
           title_size=12.0, html="divs"),
    Layout("titles-only-closed", lambda n, t: [("item", f"{n}. {t}")], {},
           kind="dagsorden", case_in_title=True, closed=True, html="ol", blank_lines=False),
    Layout("caps-unnumbered-titles", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), numbered=False, title_caps=True,
           heading_style="colon", html="bold"),
    Layout("running-header-dotted-toc", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), toc=True, toc_leaders=True, running=True),
    Layout("nested-tables-paragraph", lambda n, t: [("item", f"§ {n}. {t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=_case_label("Sagsnr.:"), html="nested"),
    # added as a fourth tuning split ("tune4"): the conventions test3b showed the reader
    # weak on (Ad N., label/value tables, unnumbered titles, decision first, headings with
    # the definite article)
    Layout("ad-definite-headings", lambda n, t: [("item", f"Ad {n}. {t}")],
           {"resume": "Resuméet", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstillingen", "okonomi": "Økonomien", "beslutning": "Beslutningen"},
           case=_case_label("Sagsnr.:")),
    Layout("label-value-overskrift",
           lambda n, t: [("fieldstart", f"Dagsordenspunkt\t{n}"), ("field", f"Overskrift\t{t}")],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=lambda c: [("field", f"Journalnr.\t{c}")], heading_style="field",
           html="fields"),
    Layout("bold-unnumbered-decision-first", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=_case_label("Sagsnr.:"), numbered=False, heading_style="colon", html="bold",
           decision_first=True, title_size=11.0),
    Layout("caps-unnumbered-no-case", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagens behandling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           numbered=False, title_caps=True),
    Layout("ad-pkt-dl-decision-first", lambda n, t: [("item", f"Ad pkt. {n} – {t}")],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=_case_label("Sags nr.:"), decision_first=True, html="dlitems"),
    Layout("divs-definite-plain", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resuméet", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstillingen", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=_case_label("Sagsnummer"), heading_style="plain", title_bold=False,
           title_size=12.0, html="divs"),
    # added as a fourth test split ("test4", frozen before the reader was run on them)
    Layout("ad-colon-caps-headings", lambda n, t: [("item", f"Ad {n}: {t}")],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=_case_label("J.nr.:"), heading_style="caps", html="bold"),
    Layout("label-value-titel",
           lambda n, t: [("fieldstart", f"Nr.\t{n}"), ("field", f"Titel\t{t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstillingen", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=lambda c: [("field", f"Sagsnummer\t{c}")], heading_style="field",
           html="fields"),
    Layout("caps-unnumbered-decision-first", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           numbered=False, title_caps=True, decision_first=True, heading_style="colon"),
    Layout("bold-unnumbered-dl", lambda n, t: [("item", t)],
           {"resume": "Resumé", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Udvalgets beslutning"},
           case=_case_label("Sagsnr.:"), numbered=False, html="dlitems", title_size=11.0),
    Layout("label-value-decision-first",
           lambda n, t: [("fieldstart", f"Punkt nr.\t{n}"), ("field", f"Sagens titel\t{t}")],
           {"resume": "Resumé", "indstilling": "Indstilling", "sagsfremstilling":
            "Sagsfremstilling", "okonomi": "Økonomi", "beslutning": "Beslutning"},
           case=lambda c: [("field", f"Sags-id\t{c}")], heading_style="field",
           html="fields", decision_first=True),
    Layout("divs-inflected-decision-first", lambda n, t: [("item", f"{n}. {t}")],
           {"resume": "Resuméet", "indstilling": "Indstillingen", "sagsfremstilling":
            "Sagsfremstillingen", "okonomi": "Økonomi", "beslutning": "Beslutningen"},
           case=_case_label("Sagsnummer"), heading_style="plain", title_bold=False,
           title_size=12.0, html="divs", decision_first=True),
]


# --- content from the corpus ---------------------------------------------------------


@cache
def _greve_items() -> list[tuple[str, Item]]:
    """(committee, item) of Greve items with a case description, from a fixed sample."""
    from referat.index.readers import parse_file

    files = sorted((CORPUS / "greve").glob("*.json"))[::25]
    out = []
    for path in files:
        result = parse_file(path)
        if not result.ok:
            continue
        for item in result.meeting.items:
            kinds = {s.type for s in item.sections}
            if "sagsfremstilling" in kinds and not item.closed and item.title:
                out.append((result.meeting.udvalg or "Udvalget", item))
    return out


def _text(item: Item, kind: str, limit: int = 3) -> str:
    texts = [s.text for s in item.sections if s.type == kind and s.text.strip()]
    if not texts:
        return ""
    lines = [line.strip() for line in texts[0].splitlines() if len(line.strip()) > 3]
    return "\n".join(line[:400] for line in lines[:limit])


def truth(layout: Layout, seed: int) -> Meeting:
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
        sections = []
        for kind in SECTION_ORDER:
            if kind == "beslutning" or kind not in layout.headings:
                continue
            text = _text(src, kind)
            if text and not closed:
                sections.append(Section(layout.headings[kind], kind, text))
        if layout.kind == "referat":
            decision = _text(src, "beslutning", 2) or "Godkendt."
            if layout.repeat_marker:
                decision = f"Økonomiudvalget den 12.03.2024, punkt {number}: {decision}"
            sec = [Section(layout.headings["beslutning"], "beslutning", decision)]
            if layout.decision_history:
                sec = [Section(f"Beslutning i Økonomiudvalget den {6 - k:02d}-03-2024",
                               "beslutning", decision),
                       Section(f"Beslutning i Teknisk Udvalg den {20 - k:02d}-02-2024",
                               "beslutning", "Anbefales over for Økonomiudvalget.")]
            sections = [*sec, *sections] if layout.decision_first else [*sections, *sec]
        title = " ".join(src.title.split())
        printed = layout.case or layout.case_in_title or layout.case_inline
        items.append(Item(_printed_number(layout, number, k) if layout.numbered else "", title,
                          src.case_number if printed else None, closed, sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=MEETING_PLACE, items=items)


# --- rendering -------------------------------------------------------------------------------


def blocks(layout: Layout, meeting: Meeting) -> list[Block]:
    """The document as role-tagged lines, before typography."""
    word = "Referat" if layout.kind == "referat" else "Dagsorden"
    out: list[Block] = [("doctitle", f"{word} {meeting.udvalg}")]
    out += [("meta", line.format(date="12. marts 2024 kl. 16.00", place=meeting.place))
            for line in layout.header]
    if layout.toc:
        out.append(("heading-toc", "Indholdsfortegnelse"))
        for page, item in enumerate(meeting.items, start=2):
            entry = f"{item.number}. {_title(layout, item)}"
            if layout.toc_leaders:
                entry = f"{entry[:60]} {'.' * max(3, 70 - len(entry[:60]))} {page}"
                out.append(("toc", entry))
            else:
                out.append(("toc", f"{entry}\t{page}"))
    if layout.agenda_list:
        out.append(("heading-toc", "Dagsorden"))
        out += [("agenda", f"{item.number}. {_title(layout, item)}") for item in meeting.items]
    for k, item in enumerate(meeting.items, start=1):
        title = _title(layout, item)
        if layout.case_inline and item.case_number:
            title += f"\t{layout.case_inline} {item.case_number}"
        out += layout.numbering(item.number or str(k), title)
        if layout.case and item.case_number:
            out += layout.case(item.case_number)
        for section in item.sections:
            out += _section(layout, section)
        if layout.attachments and not item.closed:
            out.append(("heading", "Bilag"))
            out += [("body", f"{n}. {name}") for n, name in enumerate(_ATTACHMENTS[:k % 3 + 1],
                                                                         start=1)]
    return out


_ATTACHMENTS = ("Oversigtskort.pdf", "Notat om høringssvar (offentlig).pdf",
                "Budgetskema 2024.xlsx")


def _title(layout: Layout, item: Item) -> str:
    title = item.title.upper() if layout.title_caps else item.title
    title = f"Lukket punkt: {title}" if item.closed else title
    if layout.case_in_title and item.case_number:
        title += f" (Sagsnr. {item.case_number})"
    return title


def _section(layout: Layout, section: Section) -> list[Block]:
    lines = section.text.splitlines()
    heading = section.heading
    if layout.heading_style == "caps":
        return [("heading", heading.upper()), *[("body", x) for x in lines]]
    if layout.heading_style == "colon":
        return [("heading", heading + ":"), *[("body", x) for x in lines]]
    if layout.heading_style == "runin":
        return [("runin", f"{heading}: {lines[0]}"), *[("body", x) for x in lines[1:]]]
    if layout.heading_style == "field":  # a label cell beside its first line of text
        return [("field", f"{heading}\t{lines[0]}"), *[("body", x) for x in lines[1:]]]
    return [("heading", heading), *[("body", x) for x in lines]]


def render_text(layout: Layout, doc: list[Block]) -> str:
    out = []
    for role, text in doc:
        if layout.blank_lines and role in ("item", "heading", "runin", "doctitle", "fieldstart"):
            out.append("")
        if role in ("field", "fieldstart"):
            label, _, value = text.partition("\t")
            text = f"{label}:{' ' * max(2, 18 - len(label))}{value}"
        out.append(text)
        if layout.running and len(out) % 50 == 0:  # a page break as pdftotext prints it
            page = len(out) // 50
            out += ["", f"Side {page} af {len(doc) // 45 + 1}", "\f" + _running(doc), ""]
    return "\n".join(out) + "\n"


def _running(doc: list[Block]) -> str:
    """The page header: the document's title and the meeting's date."""
    return f"{doc[0][1]} - 12. marts 2024"


def render_pdf_doc(layout: Layout, doc: list[Block]) -> bytes:
    lines: list[tuple[str, float, bool]] = []
    for role, text in doc:
        if role == "doctitle":
            lines += [(x, 18.0, True) for x in wrap(text, 45)] + [("", 10, False)]
        elif role == "item":
            left, _, right = text.partition("\t")
            wrapped = wrap(left, 45 if right else 60)
            if right:
                wrapped[0] += "\t" + right
            lines += [("", 10, False)] + [(x, layout.title_size, layout.title_bold)
                                          for x in wrapped]
        elif role == "heading":
            bold = layout.heading_style in ("bold", "caps", "colon")
            lines += [("", 10, False), (text, 11.0 if bold else 10.0, bold)]
        elif role == "heading-toc":
            lines.append((text, 13.0, True))
        elif role == "toc" and "\t" not in text:
            lines.append((text, 10.0, False))
        elif role == "toc":
            title, _, page = text.partition("\t")
            lines.append((f"{title[:70]} {'.' * 8} {page}", 10.0, False))
        elif role in ("field", "fieldstart"):
            lines += [("", 10, False)] if role == "fieldstart" else []
            label, _, value = text.partition("\t")
            wrapped = wrap(value, 50)
            lines += [(f"{label}\t{wrapped[0]}" if wrapped else label, 10.0, False)]
            lines += [(f"\t{x}", 10.0, False) for x in wrapped[1:]]
        else:
            lines += [(x, 10.0, False) for x in wrap(text, 95)]
    return render_pdf(lines, footer="Side {n}", header=_running(doc) if layout.running else None,
                      right_cell=170 if layout.heading_style == "field" else RIGHT_CELL)


def render_html(layout: Layout, doc: list[Block]) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Møde</title></head>",
             "<body><nav><ul><li><a href='/'>Forside</a></li><li>Søg</li></ul></nav><main>"]
    open_item = False
    in_ol = False
    if layout.html in ("dlitems", "fields", "divs", "nested"):
        return _render_html_other(layout, doc, parts)
    for role, text in doc:
        if role == "doctitle":
            parts.append(f"<h1>{e(text)}</h1>")
        elif role == "meta":
            label, _, value = text.partition(": ")
            parts.append(f"<p><strong>{e(label)}:</strong> {e(value)}</p>")
        elif role == "heading-toc":
            parts.append(f"<h2>{e(text)}</h2>")
        elif role == "toc":
            title, _, page = text.partition("\t")
            parts.append(f"<p>{e(title)} ........ {page}</p>")
        elif role == "agenda":
            parts.append(f"<p>{e(text)}</p>")
        elif role == "item" and "\t" in text and layout.html != "table":
            left, _, right = text.partition("\t")
            parts.append(f"<table><tr><td><b>{e(left)}</b></td><td>{e(right)}</td></tr></table>")
        elif role == "item":
            if layout.html == "table":
                if open_item:
                    parts.append("</td></tr>")
                number, _, title = text.partition("\t")
                parts.append(f"<table><tr><td>{e(number)}</td><td><b>{e(title)}</b></td></tr>"
                             "<tr><td></td><td>")
                open_item = True
            elif layout.html == "ol":
                if not in_ol:
                    parts.append(f"<ol start='{text.split('.')[0]}'>")
                    in_ol = True
                elif open_item:
                    parts.append("</li>")
                parts.append(f"<li><strong>{e(text.split('. ', 1)[1])}</strong>")
                open_item = True
            elif layout.html == "bold":
                parts.append(f"<p><b>{e(text)}</b></p>")
            else:
                parts.append(f"<h2>{e(text)}</h2>")
        elif role == "case":
            if layout.html == "dl":
                label, _, value = text.rpartition(" ")
                parts.append(f"<dl><dt>{e(label)}</dt><dd>{e(value)}</dd></dl>")
            else:
                parts.append(f"<p>{e(text)}</p>")
        elif role == "heading":
            if layout.html == "dl":
                parts.append(f"<dl><dt>{e(text)}</dt></dl>")
            elif layout.html in ("table", "ol", "bold"):
                parts.append(f"<p><strong>{e(text)}</strong></p>")
            else:
                parts.append(f"<h3>{e(text)}</h3>")
        elif role == "runin":
            head, _, rest = text.partition(": ")
            parts.append(f"<p><b>{e(head)}:</b> {e(rest)}</p>")
        else:
            parts.append(f"<p>{e(text)}</p>")
    if layout.html == "table" and open_item:
        parts.append("</td></tr></table>")
    if layout.html == "ol" and in_ol:
        parts.append("</li></ol>")
    parts.append("</main><footer>Kontakt kommunen</footer></body></html>")
    return "\n".join(parts)


def _render_html_other(layout: Layout, doc: list[Block], parts: list[str]) -> str:
    """Other systems' markup: items as dt/dd, label/value tables, class soup, nested tables."""
    e = html.escape
    mode = layout.html
    is_open = False
    if mode == "nested":
        parts.append("<table class='ramme'><tr><td>")
    for role, text in doc:
        label, _, value = text.partition("\t")
        if role in ("doctitle", "meta", "heading-toc", "toc", "agenda"):
            if mode == "divs":
                parts.append(f"<div class='mb-{role}'><span>{e(text)}</span></div>")
            elif role == "doctitle":
                parts.append(f"<h1>{e(text)}</h1>")
            else:
                parts.append(f"<p>{e(text)}</p>")
        elif mode == "dlitems":
            if role == "item" and not is_open:
                parts.append("<dl class='punkter'>")
                is_open = True
            tag = "dt" if role == "item" else "dd"
            inner = f"<strong>{e(text)}</strong>" if role == "heading" else e(text)
            parts.append(f"<{tag}>{inner}</{tag}>")
        elif mode == "fields":
            if role == "fieldstart":
                parts.append("</table>" if is_open else "")
                parts.append("<table class='sag'>")
                is_open = True
            if role in ("fieldstart", "field"):
                parts.append(f"<tr><td class='etiket'>{e(label)}</td><td>{e(value)}</td></tr>")
            elif role == "heading":
                parts.append(f"<tr><td class='etiket'>{e(text)}</td><td></td></tr>")
            else:
                parts.append(f"<tr><td></td><td>{e(text)}</td></tr>")
        elif mode == "divs":
            if role == "item":
                number, _, title = text.partition(". ")
                parts.append(f"<div class='mb-item'><div class='mb-item__head'><span class='mb-no'>"
                             f"{e(number)}.</span> <span class='mb-title'>{e(title)}</span>"
                             "</div></div>")
            elif role == "case":
                head, _, rest = text.rpartition(" ")
                parts.append(f"<div class='mb-meta'><span class='mb-label'>{e(head)}</span> "
                             f"<span class='mb-value'>{e(rest)}</span></div>")
            elif role == "heading":
                parts.append(f"<div class='mb-field__label'>{e(text)}</div>")
            else:
                parts.append(f"<div class='mb-field__value'><span>{e(text)}</span></div>")
        else:  # nested tables
            if role == "item":
                number, _, title = text.partition(". ")
                parts.append(f"<table class='punkt'><tr><td class='nr'>{e(number)}.</td>"
                             f"<td class='titel'><b>{e(title)}</b></td></tr></table>")
            elif role == "heading":
                parts.append(f"<table class='felt'><tr><th>{e(text)}</th></tr></table>")
            else:
                parts.append(f"<p>{e(text)}</p>")
    if mode == "dlitems" and is_open:
        parts.append("</dl>")
    if mode == "fields" and is_open:
        parts.append("</table>")
    if mode == "nested":
        parts.append("</td></tr></table>")
    parts.append("</main><footer>Kontakt kommunen</footer></body></html>")
    return "\n".join(parts)


def document(layout: Layout | Layout5 | Layout6 | Layout7 | Layout8 | Layout9 | Layout10
             | Layout11 | Layout12 | Layout13 | Layout14 | Layout15 | Layout16 | Layout7t
             | Layout17 | Layout18 | Layout19 | Layout20 | Layout21 | Layout22 | Layout23
             | Layout24 | Layout25 | Layout26 | Layout27 | Layout28 | Layout29 | Layout30
             | Layout31 | Layout32 | Layout33 | Layout34 | Layout35 | Layout36
             | Layout37 | LayoutCombo | Layout8t, seed: int
             ) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix) of one generated document."""
    if not isinstance(layout, Layout):  # generate5's (test5), 6's, 7's (test7), 8's (test8)
        from benchmarks.layouts import (
            generate5,
            generate6,
            generate7,
            generate8,
            generate9,
            generate10,
            generate11,
            generate12,
            generate13,
            generate14,
            generate15,
            generate16,
            generate17,
            generate18,
            generate19,
            generate20,
            generate21,
            generate22,
            generate23,
            generate24,
            generate25,
            generate26,
            generate27,
            generate28,
            generate29,
            generate30,
            generate31,
            generate32,
            generate33,
            generate34,
            generate35,
            generate36,
            generate37,
            generate_combo,
            generate_tune7,
            generate_tune8,
        )

        if isinstance(layout, generate5.Layout5):
            return generate5.document5(layout, seed)
        if isinstance(layout, generate7.Layout7):
            return generate7.document7(layout, seed)
        if isinstance(layout, generate8.Layout8):
            return generate8.document8(layout, seed)
        if isinstance(layout, generate9.Layout9):
            return generate9.document9(layout, seed)
        if isinstance(layout, generate10.Layout10):
            return generate10.document10(layout, seed)
        if isinstance(layout, generate11.Layout11):
            return generate11.document11(layout, seed)
        if isinstance(layout, generate12.Layout12):
            return generate12.document12(layout, seed)
        if isinstance(layout, generate13.Layout13):
            return generate13.document13(layout, seed)
        if isinstance(layout, generate14.Layout14):
            return generate14.document14(layout, seed)
        if isinstance(layout, generate15.Layout15):
            return generate15.document15(layout, seed)
        if isinstance(layout, generate16.Layout16):
            return generate16.document16(layout, seed)
        if isinstance(layout, generate_tune7.Layout7t):
            return generate_tune7.document_tune7(layout, seed)
        if isinstance(layout, generate_tune8.Layout8t):
            return generate_tune8.document_tune8(layout, seed)
        if isinstance(layout, generate17.Layout17):
            return generate17.document17(layout, seed)
        if isinstance(layout, generate18.Layout18):
            return generate18.document18(layout, seed)
        if isinstance(layout, generate_combo.LayoutCombo):
            return generate_combo.document_combo(layout, seed)
        if isinstance(layout, generate37.Layout37):  # a Layout32 too: asked first
            return generate37.document37(layout, seed)
        if isinstance(layout, generate36.Layout36):  # a Layout32 too: asked first
            return generate36.document36(layout, seed)
        if isinstance(layout, generate35.Layout35):  # a Layout32 too: asked first
            return generate35.document35(layout, seed)
        if isinstance(layout, generate34.Layout34):  # a Layout32 too: asked first
            return generate34.document34(layout, seed)
        if isinstance(layout, generate33.Layout33):  # a Layout32 too: asked first
            return generate33.document33(layout, seed)
        if isinstance(layout, generate32.Layout32):  # a Layout31 too: asked first
            return generate32.document32(layout, seed)
        if isinstance(layout, generate31.Layout31):  # a Layout30 too: asked first
            return generate31.document31(layout, seed)
        if isinstance(layout, generate30.Layout30):  # a Layout29 too: asked first
            return generate30.document30(layout, seed)
        if isinstance(layout, generate29.Layout29):  # a Layout28 too: asked first
            return generate29.document29(layout, seed)
        if isinstance(layout, generate28.Layout28):  # a Layout20 too: asked first
            return generate28.document28(layout, seed)
        if isinstance(layout, generate26.Layout26):  # a Layout20 too: asked first
            return generate26.document26(layout, seed)
        if isinstance(layout, generate27.Layout27):  # a Layout25 too: asked first
            return generate27.document27(layout, seed)
        if isinstance(layout, generate25.Layout25):  # a Layout20 too: asked first
            return generate25.document25(layout, seed)
        if isinstance(layout, generate24.Layout24):  # a Layout20 too: asked first
            return generate24.document24(layout, seed)
        if isinstance(layout, generate23.Layout23):  # a Layout20 too: asked first
            return generate23.document23(layout, seed)
        if isinstance(layout, generate22.Layout22):  # a Layout20 too: asked first
            return generate22.document22(layout, seed)
        if isinstance(layout, generate21.Layout21):  # a Layout20 too: asked first
            return generate21.document21(layout, seed)
        if isinstance(layout, generate20.Layout20):  # a Layout19 too: asked first
            return generate20.document20(layout, seed)
        if isinstance(layout, generate19.Layout19):
            return generate19.document19(layout, seed)
        return generate6.document(layout, seed)
    meeting = truth(layout, seed)
    doc = blocks(layout, meeting)
    return meeting, {
        ".txt": render_text(layout, doc).encode(),
        ".html": render_html(layout, doc).encode(),
        ".pdf": render_pdf_doc(layout, doc),
    }


def by_name(name: str) -> (Layout | Layout5 | Layout6 | Layout7 | Layout8 | Layout9 | Layout10
                           | Layout11 | Layout12 | Layout13 | Layout14 | Layout15 | Layout16
                           | Layout7t | Layout17 | Layout18 | Layout19 | Layout20
                           | Layout21 | Layout22 | Layout23 | Layout24 | Layout25
                           | Layout26 | Layout27 | Layout28 | Layout29 | Layout30
                           | Layout31 | Layout32 | Layout33 | Layout34 | Layout35
                           | Layout36 | Layout37 | LayoutCombo
                           | Layout8t):
    """The layout of that name, here, in generate5.py (test5), generate7.py (test7),
    generate8.py (test8), generate9.py (test9), generate10.py (test10), generate11.py
    (test11), generate12.py (test12), generate13.py (test13), generate14.py (test14),
    generate15.py (test15), generate16.py (test16), generate_tune7.py (tune7),
    generate17.py (test17), generate18.py (test18), generate19.py (test19),
    generate20.py (test20), generate21.py (test21), generate22.py (test22),
    generate23.py (test23), generate24.py (test24), generate25.py (test25),
    generate26.py (test26), generate27.py (test27),
    generate28.py (test28), generate29.py (test29), generate30.py (test30),
    generate31.py (test31), generate32.py (test32), generate33.py (test33),
    generate34.py (test34), generate35.py (test35), generate36.py (test36),
    generate37.py (test37), generate_combo.py (combo),
    generate_tune8.py (tune8) or in
    generate6.py (tune6 and the stress layouts)."""
    from benchmarks.layouts import generate6
    from benchmarks.layouts.generate5 import by_name5
    from benchmarks.layouts.generate7 import by_name7
    from benchmarks.layouts.generate8 import by_name8
    from benchmarks.layouts.generate9 import by_name9
    from benchmarks.layouts.generate10 import by_name10
    from benchmarks.layouts.generate11 import by_name11
    from benchmarks.layouts.generate12 import by_name12
    from benchmarks.layouts.generate13 import by_name13
    from benchmarks.layouts.generate14 import by_name14
    from benchmarks.layouts.generate15 import by_name15
    from benchmarks.layouts.generate16 import by_name16
    from benchmarks.layouts.generate17 import by_name17
    from benchmarks.layouts.generate18 import by_name18
    from benchmarks.layouts.generate19 import by_name19
    from benchmarks.layouts.generate20 import by_name20
    from benchmarks.layouts.generate21 import by_name21
    from benchmarks.layouts.generate22 import by_name22
    from benchmarks.layouts.generate23 import by_name23
    from benchmarks.layouts.generate24 import by_name24
    from benchmarks.layouts.generate25 import by_name25
    from benchmarks.layouts.generate26 import by_name26
    from benchmarks.layouts.generate27 import by_name27
    from benchmarks.layouts.generate28 import by_name28
    from benchmarks.layouts.generate29 import by_name29
    from benchmarks.layouts.generate30 import by_name30
    from benchmarks.layouts.generate31 import by_name31
    from benchmarks.layouts.generate32 import by_name32
    from benchmarks.layouts.generate33 import by_name33
    from benchmarks.layouts.generate34 import by_name34
    from benchmarks.layouts.generate35 import by_name35
    from benchmarks.layouts.generate36 import by_name36
    from benchmarks.layouts.generate37 import by_name37
    from benchmarks.layouts.generate_combo import by_name_combo
    from benchmarks.layouts.generate_tune7 import by_name_tune7
    from benchmarks.layouts.generate_tune8 import by_name_tune8

    found = next((layout for layout in LAYOUTS if layout.name == name), None)
    return (found or by_name5(name) or by_name7(name) or by_name8(name)
            or by_name9(name) or by_name10(name) or by_name11(name) or by_name12(name)
            or by_name13(name) or by_name14(name) or by_name15(name) or by_name16(name)
            or by_name_tune7(name) or by_name17(name) or by_name18(name)
            or by_name19(name) or by_name20(name) or by_name21(name) or by_name22(name)
            or by_name23(name) or by_name24(name) or by_name25(name) or by_name26(name)
            or by_name27(name) or by_name28(name) or by_name29(name) or by_name30(name)
            or by_name31(name) or by_name32(name) or by_name33(name) or by_name34(name)
            or by_name35(name) or by_name36(name) or by_name37(name)
            or by_name_combo(name)
            or by_name_tune8(name)
            or generate6.by_name(name))
