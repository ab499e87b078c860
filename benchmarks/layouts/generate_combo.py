"""Conventions drawn independently and combined at random (`combo`, a tuning split).

Every fresh set of hand-made layouts shows the reader a few new conventions in a few fixed
combinations. Here each convention is an option with a table of plausible values for Danish
municipal publishing (`OPTIONS`, every value listed once; heading wordings in `HEADINGS`),
and every document draws each option on its own (`options(name, seed)`), so a few seeds show
the reader thousands of combinations, most of them never written by hand. The values come
from general knowledge of committee systems' exports, Word documents, CMS pages and text
exports, not from stored copies of other kommuners' minutes.

A few draws would make a document no one could read or no system would print (a roman
number after `Punkt`, unnumbered titles in the body's type, a numbered list without
numbers); `_plausible` settles them, and marks an option that does not apply with `-`.

The split `combo` holds forty names (`combo-0` … `combo-39`); the options depend on the
name and the seed, so every seed gives forty new combinations (tune on seeds 1–3, check on
others: `evaluate --split combo --first-seed 10`). Each document is one format (an option).
Content (titles, case numbers, section texts) is Greve's, from ../shared/corpus at run time
as in generate.py (nothing copied into the repository); the truth is the meeting written.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate import MEETING_DATE, _greve_items, _roman, _text
from benchmarks.layouts.generate5 import _width as _text_width
from benchmarks.layouts.generate11 import Pager, _wrap_pt
from benchmarks.layouts.pdfwriter import _escape, wrap

COUNT = 40  # documents per seed

OPTIONS: dict[str, tuple[str, ...]] = {
    "format": ("txt", "pdf", "html"),
    "kind": ("referat", "dagsorden"),
    # how the item number is written
    "number": ("arabic", "padded", "roman", "letter", "none"),
    # where the number stands and what is printed with it
    "marker": ("dot", "paren", "punkt-colon", "pkt", "punkt-dash", "sag-nr", "ad",
               "paragraph", "dagsordenspunkt", "column", "alone", "after-title",
               "below-title"),
    "title_type": ("bold", "large", "caps", "plain", "italic"),
    "case_label": ("none", "Sagsnr.:", "Sagsnr.", "J.nr.:", "Journalnr.:", "Sags-id:",
                   "Sagsnummer:", "Sag nr.:", "bare"),
    "case_place": ("below", "above", "in-title", "right", "foot"),
    "heading_type": ("bold", "caps", "colon", "plain", "large", "italic", "runin"),
    "order": ("standard", "shuffled", "decision-first"),
    "decision": ("single", "newest-first", "oldest-first"),
    "fields": ("mødedato-sted", "dato-tid-sted", "mødested-tidspunkt", "sentence", "table"),
    "participants": ("none", "deltagere-afbud", "fraværende"),
    "date": ("long", "weekday", "dotted", "dashed"),
    "doctitle": ("kind-udvalg", "udvalg-kind", "kind-for", "kind-af-mødet"),
    "closed": ("none", "prefix", "suffix", "replaced", "status-line"),
    "toc": ("none", "list", "pages", "leaders"),
    "attachments": ("none", "bilag"),
    "running": ("none", "header-footer"),
    "text_wrap": ("none", "76"),
    "blank_lines": ("yes", "no"),
    "html": ("h", "table", "dl", "ol", "bold", "divs"),
}

# options added after seeds 1-749 had been read (round 33a), drawn from a generator of their
# own so that every earlier option's draw stays as it was: an item's number and title as
# labelled rows (`Punkt: 4` / `Titel: title`, with dot leaders, or in label and value cells)
LATER_OPTIONS: dict[str, tuple[str, ...]] = {
    "item_labels": ("none", "colon", "leaders", "cells"),
}
# ... from this seed on: seeds 1-3 (the first tuning seeds, whose seed 1 the later splits'
# tests pin byte for byte) keep their documents, `-` for these options
FIRST_LATER_SEED = 4

# options added after seeds 1-779 had been read (round 34), from a generator of their own and
# only from `ROUND34_FIRST_SEED` on (`-` before), so that every earlier seed keeps its documents:
# conventions test30-test36 brought. `number_mark`: a mark between the number and the title
# (`4 » Title`); `heading_frame`: headings in brackets (`[Økonomi]`) or run in after dot leaders;
# `meeting_line`: the meeting's fields only on one `|`-parted line or in a closing sentence;
# `decision_head`: decisions headed by body and date only; `markdown`: a text export in Markdown,
# with or without YAML front matter; `side_headings`: PDF headings in a left column beside their
# text (and the case number beside the title); `turned_case`: a PDF's case number only in a line
# turned a quarter down or up at the page's right edge
ROUND34_OPTIONS: dict[str, tuple[str, ...]] = {
    "number_mark": ("none", "»", "→", "|", "::"),
    "heading_frame": ("none", "brackets", "leaders"),
    "meeting_line": ("none", "pipes", "closing"),
    "decision_head": ("none", "body-date"),
    "markdown": ("none", "markdown", "front-matter"),
    "side_headings": ("none", "headings", "headings-case"),
    "turned_case": ("none", "down", "up"),
}
ROUND34_FIRST_SEED = 780

HEADINGS: dict[str, tuple[str, ...]] = {
    "resume": ("Resumé", "Resume", "Kort resumé", "Sammendrag", "Sagens kerne", "Formål",
               "Resuméet", "Kort om sagen"),
    "sagsfremstilling": ("Sagsfremstilling", "Sagens indhold", "Baggrund", "Sagsbeskrivelse",
                         "Sagens baggrund", "Beskrivelse", "Sagsfremstillingen",
                         "Sagens fakta"),
    "indstilling": ("Indstilling", "Forvaltningens indstilling", "Direktionen indstiller",
                    "Administrationen indstiller", "Forslag til beslutning", "Indstillingen",
                    "Administrationens forslag"),
    "okonomi": ("Økonomi", "Økonomiske konsekvenser", "Økonomi og finansiering",
                "Bevillingsmæssige konsekvenser", "Økonomiske forhold", "Finansiering"),
    "lovgrundlag": ("Lovgrundlag", "Retsgrundlag", "Lovgivning", "Hjemmel",
                    "Lov- og plangrundlag"),
    "beslutning": ("Beslutning", "Udvalgets beslutning", "Beslutningen", "Afgørelse",
                   "Protokol", "Beslutning i {udvalg}"),
}
SECTION_KINDS = ("resume", "sagsfremstilling", "indstilling", "okonomi", "lovgrundlag")
PLACES = ("Mødelokale 2", "Byrådssalen", "Rådhuset, mødelokale 1")
EARLIER = ("Teknisk Udvalg", "Økonomiudvalget")
ATTACHMENTS = ("Oversigtskort.pdf", "Notat om høringssvar.pdf", "Budgetskema 2024.xlsx")
MONTH = "marts"
WORD_MARKERS = {"punkt-colon": "Punkt {n}: {t}", "pkt": "Pkt. {n} {t}",
                "punkt-dash": "Punkt {n} – {t}", "sag-nr": "Sag nr. {n} {t}",
                "ad": "Ad {n}. {t}", "paragraph": "§ {n}. {t}",
                "dagsordenspunkt": "Dagsordenspunkt {n}: {t}",
                "after-title": "{t} (punkt {n})"}
e = html.escape


@dataclass
class LayoutCombo:
    """A name of the split; its conventions are drawn per seed (`options`)."""

    name: str


LAYOUTS_COMBO = [LayoutCombo(f"combo-{k}") for k in range(COUNT)]


def by_name_combo(name: str) -> LayoutCombo | None:
    return next((layout for layout in LAYOUTS_COMBO if layout.name == name), None)


# --- drawing ---------------------------------------------------------------------------------


def options(name: str, seed: int) -> dict[str, str]:
    """The conventions of one document: every option drawn on its own, then made plausible;
    `heading:<type>` is the wording of that section type's heading."""
    rng = random.Random(f"{name}-options-{seed}")
    drawn = {option: rng.choice(values) for option, values in OPTIONS.items()}
    drawn |= {f"heading:{kind}": rng.choice(words) for kind, words in HEADINGS.items()}
    later = random.Random(f"{name}-later-{seed}")
    drawn |= {option: later.choice(values) if seed >= FIRST_LATER_SEED else "-"
              for option, values in LATER_OPTIONS.items()}
    round34 = random.Random(f"{name}-round34-{seed}")
    drawn |= {option: round34.choice(values) if seed >= ROUND34_FIRST_SEED else "-"
              for option, values in ROUND34_OPTIONS.items()}
    return _round34_plausible(_plausible(drawn, rng))


def _plausible(o: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Settle draws no system prints or no reader could read; `-` where an option does not
    apply."""
    if o["html"] == "ol" and o["format"] == "html":  # a list numbers its items itself
        o["number"], o["marker"] = "arabic", "-"
    if o["number"] in ("roman", "letter", "padded") and o["marker"] in WORD_MARKERS:
        o["marker"] = rng.choice(("dot", "paren", "column", "alone"))  # no "Punkt IV"
    if o["number"] == "none":
        o["marker"] = "-"
        if o["title_type"] == "plain" or o["format"] == "txt":
            o["title_type"] = "caps"  # an unnumbered title is known by its type alone
        if o["toc"] in ("pages", "leaders"):
            o["toc"] = "list"
    if o["case_label"] == "none":
        o["case_place"] = "-"
    elif o["case_label"] == "bare" and o["case_place"] not in ("below", "right"):
        o["case_place"] = "below"  # a bare number in a title or at the foot says nothing
    if o["kind"] == "dagsorden":
        o["decision"], o["heading:beslutning"] = "-", "-"
        o["order"] = "standard" if o["order"] == "decision-first" else o["order"]
    if o["format"] != "html":
        o["html"] = "-"
    if o["format"] == "html":
        o["running"], o["text_wrap"], o["blank_lines"] = "-", "-", "-"
    if o["format"] == "pdf":
        o["text_wrap"], o["blank_lines"] = "-", "-"
    if o["item_labels"] not in ("none", "-") and (o["number"] in ("none", "roman", "letter")
                                       or o["html"] == "ol"):
        o["item_labels"] = "-"  # a labelled number is an arabic one
    elif o["item_labels"] not in ("none", "-"):
        o["marker"] = "-"  # the rows give the number
        if o["case_place"] == "right":
            o["case_place"] = "below"  # a row of its own under the title's
        if o["format"] == "html" and o["item_labels"] == "leaders":
            o["item_labels"] = "colon"  # no dot leaders on a web page
    if o["format"] == "txt":
        o["title_type"] = "caps" if o["title_type"] == "caps" else "-"  # no type in text
        o["heading_type"] = o["heading_type"] if o["heading_type"] in (
            "caps", "colon", "runin") else "plain"
    return o


def _round34_plausible(o: dict[str, str]) -> dict[str, str]:
    """`_plausible` for the round-34 options (no draw: earlier options keep theirs)."""
    if o["markdown"] == "-":
        return o
    fmt = o["format"]
    if o["number_mark"] != "none" and not (
            o["number"] in ("arabic", "padded") and o["marker"] != "-"
            and o["item_labels"] in ("none", "-")):
        o["number_mark"] = "-"
    elif o["number_mark"] != "none":
        o["marker"] = "-"  # the mark stands for it
        if o["number_mark"] == "→" and fmt == "pdf":
            o["number_mark"] = "»"  # no arrow in a standard font's encoding
    if o["heading_frame"] == "leaders" and fmt == "html":
        o["heading_frame"] = "brackets"  # no dot leaders on a web page
    if o["heading_frame"] == "brackets" and o["heading_type"] == "runin":
        o["heading_type"] = "plain"
    elif o["heading_frame"] == "leaders":
        o["heading_type"] = "runin"
    if o["kind"] != "referat":
        o["decision_head"] = "-"
    if fmt != "txt" or o["item_labels"] not in ("none", "-"):
        o["markdown"] = "-"
    elif o["markdown"] != "none":
        o["running"], o["blank_lines"] = "-", "yes"
        if o["marker"] in ("alone", "below-title"):
            o["marker"] = "dot"
        if o["markdown"] == "front-matter":
            o["meeting_line"], o["fields"] = "-", "-"
    if o["meeting_line"] in ("pipes", "closing"):
        o["fields"] = "-"
    if fmt != "pdf":
        o["side_headings"], o["turned_case"] = "-", "-"
        return o
    if o["heading_type"] == "runin" and o["side_headings"] != "none":
        o["side_headings"] = "-"
    if o["side_headings"] == "headings-case" and (
            o["case_label"] == "none" or o["marker"] == "column"
            or o["item_labels"] not in ("none", "-")):
        o["side_headings"] = "headings"
    elif o["side_headings"] == "headings-case":
        o["case_place"], o["turned_case"] = "side", "-"
    if o["turned_case"] != "none" and o["case_place"] in ("-", "in-title", "side"):
        o["turned_case"] = "-"
    elif o["turned_case"] != "none":
        o["case_place"] = "turned"
    return o


# --- truth -----------------------------------------------------------------------------------


def printed_number(o: dict[str, str], number: int, k: int) -> str:
    """The item's number as printed ('' for unnumbered items)."""
    return {"arabic": str(number), "padded": f"{number:02d}", "roman": _roman(k + 1),
            "letter": "ABCDEFGHIJ"[k], "none": ""}[o["number"]]


def truth_combo(layout: LayoutCombo, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    o = options(layout.name, seed)
    rng = random.Random(f"{layout.name}-{seed}")
    chosen = rng.sample(_greve_items(), rng.randint(4, 7))
    start = rng.choice([1, 1, 1, 9, 14, 102])
    udvalg = chosen[0][0]
    kinds = [k for k in SECTION_KINDS if rng.random() < 0.7] or ["sagsfremstilling"]
    if o["order"] == "shuffled":
        rng.shuffle(kinds)
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = o["closed"] != "none" and k == len(chosen) - 2
        sections = [] if closed else [
            Section(o[f"heading:{kind}"], kind, text)
            for kind in kinds if (text := _text(src, kind))]
        if o["kind"] == "referat" and not closed:
            decisions = _decisions(o, udvalg, _text(src, "beslutning", 2) or "Godkendt.")
            first = o["order"] == "decision-first"
            sections = [*decisions, *sections] if first else [*sections, *decisions]
        title = "Lukket punkt" if closed and o["closed"] == "replaced" else " ".join(
            src.title.split())
        case = None if closed or o["case_label"] == "none" else src.case_number
        items.append(Item(printed_number(o, start + k, k), title, case, closed,
                          sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=o["kind"],
                   place=PLACES[seed % len(PLACES)], items=items)


def _decisions(o: dict[str, str], udvalg: str, text: str) -> list[Section]:
    bare = o["decision_head"] == "body-date"  # `Økonomiudvalget 12. marts 2024`
    if o["decision"] == "single":
        heading = f"{udvalg} {_date(o)}" if bare else o["heading:beslutning"]
        return [Section(heading.format(udvalg=udvalg), "beslutning", text)]
    earlier = EARLIER[udvalg == EARLIER[0]]
    own, before = ((f"{udvalg} {_date(o)}", f"{earlier} {_date(o, 20, 2)}") if bare else
                   (f"Beslutning i {udvalg} den 12.03.2024",
                    f"Beslutning i {earlier} den 20.02.2024"))
    out = [Section(own, "beslutning", text),
           Section(before, "beslutning", f"Anbefales over for {udvalg}.")]
    return out if o["decision"] == "newest-first" else out[::-1]


# --- blocks: the document as role-tagged lines -----------------------------------------------

Block = tuple[str, str]  # (role, text); a tab separates cells printed side by side


def _date(o: dict[str, str], day: int = 12, month: int = 3) -> str:
    name = {2: "februar", 3: MONTH}[month]
    weekday = {12: "tirsdag", 20: "tirsdag"}[day]
    return {"long": f"{day}. {name} 2024", "weekday": f"{weekday} den {day}. {name} 2024",
            "dotted": f"{day:02d}.{month:02d}.2024", "dashed": f"{day:02d}-{month:02d}-2024"}[
        o["date"]]


def _head(o: dict[str, str], meeting: Meeting) -> list[Block]:
    word = "Referat" if meeting.kind == "referat" else "Dagsorden"
    title = {"kind-udvalg": f"{word} {meeting.udvalg}",
             "udvalg-kind": f"{meeting.udvalg} – {word.lower()}",
             "kind-for": f"{word} for {meeting.udvalg}",
             "kind-af-mødet": f"{word} af mødet i {meeting.udvalg}"}[o["doctitle"]]
    date, place = _date(o), meeting.place
    fields = {"mødedato-sted": [("Mødedato", f"{date} kl. 16.00"), ("Sted", place)],
              "dato-tid-sted": [("Dato", date), ("Tid", "16.00-18.00"), ("Sted", place)],
              "mødested-tidspunkt": [("Mødedato", date), ("Mødetidspunkt", "kl. 16.00"),
                                     ("Mødested", place)],
              "table": [("Mødedato", date), ("Tidspunkt", "16.00"), ("Mødested", place)]}
    if o["markdown"] == "front-matter":
        out: list[Block] = [("front", x) for x in (
            "---", f"titel: {title}", f"udvalg: {meeting.udvalg}", "dato: 2024-03-12",
            "tid: '16.00'", f"sted: {place}", "---")]
        out.append(("doctitle", title))
    elif o["meeting_line"] == "pipes":
        out = [("doctitle", f"{word.upper()} | {meeting.udvalg} | {date} kl. 16.00 | {place}")]
    else:
        out = [("doctitle", word if o["meeting_line"] == "closing" else title)]
    if o["fields"] == "-":
        pass
    elif o["fields"] == "sentence":
        out.append(("meta", f"Mødet blev holdt {date} kl. 16.00 i {place}."
                    if meeting.kind == "referat" else
                    f"Mødet holdes {date} kl. 16.00 i {place}."))
    else:
        role = "fieldrow" if o["fields"] == "table" else "meta"
        out += [(role, f"{label}:\t{value}") for label, value in fields[o["fields"]]]
    if o["meeting_line"] == "closing":  # the fields only in the document's last sentence
        verb = "holdt" if meeting.kind == "referat" else "holder"
        out.append(("closing", f"{meeting.udvalg} {verb} møde {date} kl. 16.00 i {place}."))
    if o["participants"] == "deltagere-afbud":
        out += [("meta", "Deltagere:\tAnne Holm (A), Peter Lund (V), Mette Kjær (F)"),
                ("meta", "Afbud:\tSøren Berg (C)")]
    elif o["participants"] == "fraværende":
        out.append(("meta", "Fraværende:\tIngen"))
    return out


def _printed_title(o: dict[str, str], item: Item) -> str:
    title = item.title.upper() if o["title_type"] == "caps" else item.title
    if item.closed:
        title = {"prefix": f"Lukket punkt: {title}", "suffix": f"{title} (Lukket)"}.get(
            o["closed"], title)
    if o["case_place"] == "in-title" and item.case_number:
        title += f" ({o['case_label'].rstrip(':')} {item.case_number})"
    return title


def _case_line(o: dict[str, str], item: Item) -> str:
    label = "" if o["case_label"] == "bare" else o["case_label"] + " "
    return f"{label}{item.case_number}"


def _toc(o: dict[str, str], meeting: Meeting) -> list[Block]:
    if o["toc"] == "none":
        return []
    out: list[Block] = [("tochead", "Indholdsfortegnelse" if o["toc"] != "list" else
                         "Dagsorden")]
    for page, item in enumerate(meeting.items, start=2):
        entry = f"{item.number}. {_printed_title(o, item)}" if item.number else \
            _printed_title(o, item)
        entry = {"pages": f"{entry}\t{page}",
                 "leaders": f"{entry[:60]} {'.' * max(3, 70 - len(entry[:60]))} {page}"}.get(
            o["toc"], entry)
        out.append(("toc", entry))
    return out


def _opening(o: dict[str, str], item: Item) -> list[Block]:
    """The lines that open an item: number, title, case number where it stands beside them."""
    title, n = _printed_title(o, item), item.number
    right = f"\t{_case_line(o, item)}" if o["case_place"] == "right" and item.case_number \
        else ""
    marker = o["marker"]
    if o["item_labels"] not in ("none", "-"):
        lines = [("label", f"Punkt\t{n}"), ("label", f"Titel\t{title}{right}")]
    elif o["html"] == "ol":
        lines = [("olitem", f"{n}\t{title}{right}")]
    elif not n:
        lines = [("title", title + right)]
    elif o["number_mark"] not in ("none", "-"):
        lines = [("title", f"{n} {o['number_mark']} {title}{right}")]
    elif marker in WORD_MARKERS:
        lines = [("title", WORD_MARKERS[marker].format(n=n, t=title) + right)]
    elif marker == "column":
        lines = [("title", f"{n}\t{title}{right}")]
    elif marker == "alone":
        lines = [("title", f"{n}."), ("title", title + right)]
    elif marker == "below-title":
        lines = [("title", title + right), ("mark", f"Punkt {n}")]
    else:
        lines = [("title", f"{n}{'.' if marker == 'dot' else ')'} {title}{right}")]
    if item.closed and o["closed"] == "status-line":
        lines.append(("mark", "Lukket punkt"))
    if item.case_number and o["case_place"] == "below":
        lines.append(("mark", _case_line(o, item)))
    if item.case_number and o["case_place"] == "above":
        lines.insert(0, ("mark", _case_line(o, item)))
    if item.case_number and o["case_place"] == "side":  # left of the title's first line
        role, text = lines[0]
        lines[0] = ("sidetitle", f"{_case_line(o, item)}\t{text}")
    if item.case_number and o["case_place"] == "turned":  # beside the title, turned
        lines.insert(0, ("turned", _case_line(o, item)))
    return lines


def _section(o: dict[str, str], section: Section) -> list[Block]:
    lines = section.text.splitlines()
    style = o["heading_type"]
    if o["heading_frame"] == "leaders":
        lead = f"{section.heading} {'.' * max(3, 24 - len(section.heading))}"
        return [("runin", f"{lead}\t{lines[0]}"), *[("body", x) for x in lines[1:]]]
    if style == "runin":
        return [("runin", f"{section.heading}:\t{lines[0]}"), *[("body", x) for x in lines[1:]]]
    heading = {"caps": section.heading.upper(), "colon": section.heading + ":"}.get(
        style, section.heading)
    if o["heading_frame"] == "brackets":
        heading = f"[{heading}]"
    return [("heading", heading), *[("body", x) for x in lines]]


def blocks(o: dict[str, str], meeting: Meeting) -> list[Block]:
    """The document as role-tagged lines, before typography; `item` blocks open items."""
    head = _head(o, meeting)
    closing = [block for block in head if block[0] == "closing"]
    out = [*(block for block in head if block[0] != "closing"), *_toc(o, meeting)]
    for k, item in enumerate(meeting.items):
        out += [("item", item.number), *_opening(o, item)]
        for section in item.sections:
            out += _section(o, section)
        if o["attachments"] == "bilag" and not item.closed:
            out += [("heading", "Bilag"), *(("body", f"{n}. {name}") for n, name in
                                            enumerate(ATTACHMENTS[:k % 3 + 1], start=1))]
        if item.case_number and o["case_place"] == "foot":
            out.append(("mark", _case_line(o, item)))
    return out + closing


# --- text ------------------------------------------------------------------------------------


def render_text(o: dict[str, str], doc: list[Block]) -> str:
    width = 76 if o["text_wrap"] == "76" else 10_000
    out: list[str] = []
    if o["markdown"] not in ("none", "-"):
        doc = _markdown(doc)
    for role, text in doc:
        if role == "item":
            continue
        if role == "front":
            out.append(text)
            continue
        if o["blank_lines"] == "yes" and role in ("doctitle", "tochead", "title", "heading",
                                                  "runin", "closing"):
            if not (out and out[-1] == ""):
                out.append("")
        if role in ("meta", "fieldrow"):
            label, _, value = text.partition("\t")
            out.append(f"{label} {value}")
        elif role == "label":
            out += _label_lines(o, text, width)
        elif role == "title" and "\t" in text:
            out.append("   ".join(text.split("\t")))
        elif role == "runin":
            out += wrap(text.replace("\t", " "), width)
        elif role == "toc" and "\t" in text:
            entry, _, page = text.partition("\t")
            out.append(f"{entry}    {page}")
        else:
            out += wrap(text, width) if role == "body" else [text]
    if o["running"] == "header-footer":
        out = _paged_text(out, doc[0][1])
    return "\n".join(out) + "\n"


MARKDOWN = {"doctitle": "# ", "tochead": "## ", "title": "## ", "heading": "### ", "toc": "- "}


def _markdown(doc: list[Block]) -> list[Block]:
    """The blocks as a Markdown export writes them: `#` before the document's title, `##` before
    an item's title, `###` before a heading, `**…**` around a run-in heading, `-` before a
    table of contents' entries."""
    out: list[Block] = []
    for role, text in doc:
        if role == "runin":
            head, _, rest = text.partition("\t")
            text = f"**{head}**\t{rest}"
        elif role in MARKDOWN:
            text = MARKDOWN[role] + text
        out.append((role, text))
    return out


def _label_lines(o: dict[str, str], text: str, width: int) -> list[str]:
    """A labelled row (`Punkt<tab>4`) as text: `Punkt: 4`, `Punkt ......... 4`, or the value
    in a column of its own (a wrapped value under its column)."""
    label, value = text.split("\t", 1)
    value = value.replace("\t", "   ")
    lead = {"colon": f"{label}: ", "leaders": f"{label} {'.' * (14 - len(label))} "}.get(
        o["item_labels"], f"{label:<16}")
    if o["item_labels"] == "colon":
        return wrap(lead + value, width)
    lines = wrap(value, width - len(lead))
    return [lead + lines[0], *(" " * len(lead) + x for x in lines[1:])]


def _paged_text(lines: list[str], header: str, per: int = 54) -> list[str]:
    """Pages of `per` lines with a running header and `Side n af m`, form-fed."""
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out: list[str] = []
    for n, page in enumerate(pages, start=1):
        out += [("\f" if n > 1 else "") + f"{header} – 12.03.2024", "", *page, "",
                f"Side {n} af {len(pages)}"]
    return out


# --- PDF -------------------------------------------------------------------------------------

REGULAR, BOLD, ITALIC = 1, 2, 3
TITLE_TYPE = {"bold": (12, BOLD), "large": (14, REGULAR), "caps": (12, BOLD),
              "plain": (10, REGULAR), "italic": (12, ITALIC)}
HEADING_TYPE = {"bold": (10, BOLD), "caps": (10, BOLD), "colon": (10, REGULAR),
                "plain": (10, REGULAR), "large": (12, REGULAR), "italic": (10, ITALIC)}


def render_pdf(o: dict[str, str], doc: list[Block]) -> bytes:
    p = Pager(fonts=(b"Helvetica", b"Helvetica-Bold", b"Helvetica-Oblique"))
    side = o["side_headings"] in ("headings", "headings-case")
    heading, turned = "", ""  # a side heading waiting for its text; a turned case number
    for role, text in doc:
        if role == "heading" and side:
            heading = text
            continue
        if role == "body" and side:
            _side_pdf(p, heading, text)
            heading = ""
            continue
        if role == "turned":
            turned = text
            continue
        if role in ("title", "sidetitle") and turned:
            _turned_pdf(p, o, turned, _title_pdf(p, o, text, role == "sidetitle"))
            turned = ""
            continue
        if role == "label" and turned:  # beside the item's first row
            p.room(14)
            p.y += 14
            _turned_pdf(p, o, turned, p.y - 14)
            turned = ""
        if role == "doctitle":
            _put(p, text, 16, BOLD, gap=0)
            p.y -= 6
        elif role == "meta":
            _put(p, text.replace("\t", " "), 10, REGULAR)
        elif role == "fieldrow":
            label, _, value = text.partition("\t")
            p.room(14)
            p.put(56, label, 10, BOLD)
            p.put(170, value, 10, REGULAR)
        elif role == "tochead":
            _put(p, text, 12, BOLD, gap=10)
        elif role == "toc":
            entry, _, page = text.partition("\t")
            _put(p, entry, 10, REGULAR, right=page, right_x=520)
        elif role == "item":
            p.y -= 10
        elif role in ("title", "sidetitle"):
            _title_pdf(p, o, text, role == "sidetitle")
        elif role == "label":
            label, _, value = text.partition("\t")
            if o["item_labels"] == "cells":  # a label cell, the value wrapped in its own
                for k, line in enumerate(_wrap_pt(value.replace("\t", " "), 370, 10, False)):
                    p.room(14)
                    p.put(170, line, 10, REGULAR)
                    if k == 0:
                        p.put(56, label, 10, BOLD)
            else:
                _put(p, _label_lines(o, text, 10_000)[0], 10, REGULAR)
        elif role == "mark":
            _put(p, text, 9, REGULAR)
        elif role == "heading":
            size, font = HEADING_TYPE.get(o["heading_type"], (10, BOLD))
            _put(p, text, size, font, gap=5)
        elif role == "runin":
            _runin_pdf(p, text)
        else:
            _put(p, text, 10, REGULAR)
    header = footer = None
    if o["running"] == "header-footer":
        def header(n: int) -> str:
            return f"{doc[0][1]} – 12.03.2024"

        def footer(n: int, m: int) -> str:
            return f"Side {n} af {m}"
    return p.pdf(header=header, footer=footer)


def _put(p: Pager, text: str, size: float, font: int, gap: float = 0, right: str = "",
         right_x: float = 400) -> None:
    """A paragraph wrapped to the page (to `right_x` with a `right` cell on its first line)."""
    p.y -= gap
    for k, line in enumerate(_wrap_pt(text, (right_x - 96) if right else 484, size,
                                      font == BOLD)):
        p.room(size * 1.4)
        p.put(56, line, size, font)
        if right and k == 0:
            p.put(right_x, right, min(size, 10), REGULAR)


def _title_pdf(p: Pager, o: dict[str, str], text: str, side: bool = False) -> float:
    """A title's lines (a number column left of it, a cell right of it, or with `side` a case
    number in the side-heading column left of it); the first line's baseline."""
    size, font = TITLE_TYPE.get(o["title_type"], (10, REGULAR))
    cells = text.split("\t")
    case = cells.pop(0) if side else ""
    number = cells.pop(0) if o["marker"] == "column" and len(cells) > 1 else ""
    right = cells[1] if len(cells) > 1 else ""
    x = 170 if side else 90 if number else 56
    p.y -= 4
    first = p.y
    for k, line in enumerate(_wrap_pt(cells[0], (360 if right else 540) - x, size,
                                      font == BOLD)):
        p.room(size * 1.4)
        first = p.y if k == 0 else first
        p.put(x, line, size, font)
        if k == 0 and number:
            p.put(56, number, size, font)
        if k == 0 and right:
            p.put(400, right, 10, REGULAR)
        if k == 0 and case:
            p.put(56, case, 8.5, REGULAR)
    return first


def _side_pdf(p: Pager, heading: str, text: str) -> None:
    """A paragraph in the text column (x 170) with its heading, if any, bold 9 in the column
    left of it from the paragraph's first line."""
    heads = _wrap_pt(heading, 105, 9, True) if heading else []
    first, page = p.y, len(p.pages)
    for k, line in enumerate(_wrap_pt(text, 370, 10, False)):
        p.room(14)
        p.put(170, line, 10, REGULAR)
        if k == 0:
            first, page = p.y, len(p.pages)
            for j, head in enumerate(heads):
                p.put(56, head, 9, BOLD, y=first - 11 * j)
    if heads and page == len(p.pages):  # the heading's last line above the next paragraph
        p.y = min(p.y, first - 11 * (len(heads) - 1))


def _turned_pdf(p: Pager, o: dict[str, str], text: str, top: float) -> None:
    """A line turned a quarter down (read downward) or up at the page's right edge, beside a
    title whose first baseline is `top`."""
    width = _text_width(text, 8, False)
    matrix, y = ((b"0 -1 1 0", top + 10) if o["turned_case"] == "down" else
                 (b"0 1 -1 0", top + 10 - width))
    p.pages[-1].append(b"BT /F1 8 Tf %s 560 %.1f Tm (%s) Tj ET" % (matrix, y, _escape(text)))


def _runin_pdf(p: Pager, text: str) -> None:
    head, _, rest = text.partition("\t")
    lead = head + " "
    first = _wrap_pt(lead + rest, 484, 10, False)
    p.y -= 5
    p.room(14)
    p.put(56, head, 10, BOLD)
    p.put(56 + _text_width(lead, 10, True), first[0][len(lead):].strip(), 10, REGULAR)
    for line in _wrap_pt(" ".join(first[1:]), 484, 10, False) if first[1:] else []:
        p.room(14)
        p.put(56, line, 10, REGULAR)


# --- HTML ------------------------------------------------------------------------------------

HEADING_HTML = {"bold": "<p><strong>{}</strong></p>", "caps": "<p><b>{}</b></p>",
                "colon": "<p>{}</p>", "plain": "<p>{}</p>", "large": "<h3>{}</h3>",
                "italic": "<p><em>{}</em></p>"}


def _title_html(o: dict[str, str], text: str) -> str:
    cells = [e(x) for x in text.split("\t")]
    inner = f"<em>{cells[0]}</em>" if o["title_type"] == "italic" else cells[0]
    if len(cells) > 1 and o["marker"] == "column" and cells[0].isalnum():
        return (f"<table><tr><td>{cells[0]}</td><td><b>{cells[1]}</b></td>"
                + "".join(f"<td>{x}</td>" for x in cells[2:]) + "</tr></table>")
    right = "".join(f" <span>{x}</span>" for x in cells[1:])
    mode = o["html"]
    if mode in ("h", "table", "dl"):
        return f"<h2>{inner}</h2>{right}" if mode == "h" else f"<b>{inner}</b>{right}"
    if mode == "divs":
        size = "14pt" if o["title_type"] == "large" else "11pt"
        return f"<div style='font-weight:bold;font-size:{size}'>{inner}{right}</div>"
    tag = {"plain": "{}", "large": "<span style='font-size:14pt'>{}</span>"}.get(
        o["title_type"], "<b>{}</b>")
    return f"<p>{tag.format(inner)}{right}</p>"


def _line_html(o: dict[str, str], role: str, text: str) -> str:
    if role == "runin":
        head, _, rest = text.partition("\t")
        return f"<p><strong>{e(head)}</strong> {e(rest)}</p>"
    if role == "heading":
        if o["html"] == "divs":
            return f"<div style='font-weight:bold'>{e(text)}</div>"
        return HEADING_HTML.get(o["heading_type"], "<p><strong>{}</strong></p>").format(e(text))
    if role == "title":
        return _title_html(o, text)
    if role == "label":
        label, _, value = (e(x) for x in text.partition("\t"))
        value = value.replace("\t", " ")
        return (f"<table><tr><td>{label}</td><td>{value}</td></tr></table>"
                if o["item_labels"] == "cells" else f"<p><b>{label}:</b> {value}</p>")
    if role == "olitem":  # the number is the list's
        title, *right = text.split("\t")[1:]
        return f"<strong>{e(title)}</strong>" + "".join(f" <span>{e(x)}</span>" for x in right)
    return f"<div>{e(text)}</div>" if o["html"] == "divs" else f"<p>{e(text)}</p>"


def render_html(o: dict[str, str], doc: list[Block]) -> str:
    head = [f"<h1>{e(doc[0][1])}</h1>"]
    items: list[tuple[list[str], list[str]]] = []  # (opening, rest) of each item
    fieldrows = []
    closing = [f"<p>{e(text)}</p>" for role, text in doc if role == "closing"]
    for role, text in doc[1:]:
        if role == "closing":
            continue
        if role == "item":
            items.append(([], []))
        elif items:
            opening, rest = items[-1]
            part = opening if role in ("title", "mark", "olitem", "label") and not rest \
                else rest
            part.append(_line_html(o, role, text))
        elif role == "fieldrow":
            label, _, value = text.partition("\t")
            fieldrows.append(f"<tr><th>{e(label)}</th><td>{e(value)}</td></tr>")
        elif role == "meta" and "\t" in text:
            label, _, value = text.partition("\t")
            head.append(f"<p><strong>{e(label)}</strong> {e(value)}</p>")
        else:
            head.append(f"<h2>{e(text)}</h2>" if role == "tochead" else
                        f"<p>{e(text.replace(chr(9), ' … '))}</p>")
    if fieldrows:
        head.insert(1, f"<table>{''.join(fieldrows)}</table>")
    body = head + _items_html(o, doc, items) + closing
    return "\n".join(["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
                      f"<title>{e(doc[0][1])}</title></head><body>",
                      "<nav><a href='/'>Forside</a> <a href='/politik'>Politik</a></nav>",
                      "<main>", *body, "</main>",
                      "<footer><p>Rådhuset · Telefon 70 20 30 40</p></footer></body></html>"])


def _items_html(o: dict[str, str], doc: list[Block],
                items: list[tuple[list[str], list[str]]]) -> list[str]:
    mode = o["html"]
    joined = [("".join(opening), "".join(rest)) for opening, rest in items]
    if mode == "ol":
        first = next(text for role, text in doc if role == "olitem").partition("\t")[0]
        return [f"<ol start='{first}'>", *(f"<li>{a}{b}</li>" for a, b in joined), "</ol>"]
    if mode == "table":
        return [f"<table class='punkt'><tr><td>{a}</td></tr><tr><td>{b}</td></tr></table>"
                for a, b in joined]
    if mode == "dl":
        return ["<dl>", *(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in joined), "</dl>"]
    wrap_in = "<div>{}</div>" if mode == "divs" else "<section>{}</section>"
    return [wrap_in.format(a + "\n" + b) for a, b in joined]


# --- the document ----------------------------------------------------------------------------


def document_combo(layout: LayoutCombo, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered file (one format, an option) of one document."""
    o = options(layout.name, seed)
    meeting = truth_combo(layout, seed)
    doc = blocks(o, meeting)
    render = {"txt": lambda: render_text(o, doc).encode(),
              "pdf": lambda: render_pdf(o, doc),
              "html": lambda: render_html(o, doc).encode()}
    return meeting, {f".{o['format']}": render[o["format"]]()}
