"""Randomised layouts, second generator (`stress2`): conventions of every set drawn at random.

`generate6.stress_layout` (the `stress` and `stress-check` splits, kept as they are)
combines the conventions of generate.py and generate6.py. This generator adds the axes
the later sets (test5-test9) showed to matter, each drawn independently per seed:

- where the item marker stands and what word it uses: before the title (`3.`, `[3]`,
  `3 .`, `Punkt 3:`, `Sag 3 -`, `Nr. 3`, `§ 3.`, `(3)`), on a line of its own above
  the title (`Dagsordenspunkt nr. 3`, `Punkt 3`), below it (`Punkt 3`), after it
  (`Title — pkt. 3`, `Title (punkt 3)`, `Title – sag 3`), or none;
- a status after the title or after its number (`(Lukket punkt)`, `(Lukket)`, `- Lukket`,
  `[Fortrolig]`), on a line above it, or a status on every item (`(Åbent)`);
- a text export's table: the marker and title as a pipe-table row between `+----` rules,
  a grid (`| 3 | Title |`), a Markdown table under its header row, tab- or space-aligned
  columns, a spreadsheet's semicolon-separated cells (`3;"Title"`);
- heading styles: plain, with a colon, capitals, `== Heading ==`, `## Heading`,
  `**Heading**`, underlined with dashes, run in (`Heading: text`); in HTML h3, `<b>`,
  inline CSS, a table's `<th>`; in PDF bold, larger, capitals;
- running headers and footers, a table of contents, a case-number label or none.

The truth is the meeting the generator wrote (headings only from the one wording each
type has in every set, no debatable ones); the content is Greve's from ../shared/corpus
at run time, as in generate.py. Not a split of splits.json: run it over many seeds and
read the worst ones,

    python -m benchmarks.layouts.stress2 --seeds 1-60
    python -m benchmarks.layouts.stress2 --seeds 7 --show        # one seed's axes, rows

It is tuning material (the reader is fixed by what it finds), like `stress`.
"""

from __future__ import annotations

import argparse
import html
import random
from collections import Counter
from dataclasses import dataclass

from referat.index.model import Item, Meeting, Section

from benchmarks.layouts.generate import MEETING_DATE, MEETING_PLACE, _greve_items, _text
from benchmarks.layouts.pdfwriter import render_pdf, wrap

Block = tuple[str, str]  # (role, text)

# marker: (before title / own line / after title) -> printed opener lines for (n, title)
_MARKERS = {
    "dot": lambda n, t: [("title", f"{n}. {t}")],
    "bracket": lambda n, t: [("title", f"[{n}] {t}")],
    "ocr-dot": lambda n, t: [("title", f"{n} . {t}")],
    "paren": lambda n, t: [("title", f"({n}) {t}")],
    "punkt-colon": lambda n, t: [("title", f"Punkt {n}: {t}")],
    "sag-dash": lambda n, t: [("title", f"Sag {n} - {t}")],
    "nr": lambda n, t: [("title", f"Nr. {n} {t}")],
    "paragraph": lambda n, t: [("title", f"§ {n}. {t}")],
    "own-line-above": lambda n, t: [("marker", f"Dagsordenspunkt nr. {n}"), ("title", t)],
    "punkt-above": lambda n, t: [("marker", f"Punkt {n}"), ("title", t)],
    "punkt-below": lambda n, t: [("title", t), ("marker", f"Punkt {n}")],
    "em-dash-pkt": lambda n, t: [("title", f"{t} — pkt. {n}")],
    "paren-punkt": lambda n, t: [("title", f"{t} (punkt {n})")],
    "dash-sag": lambda n, t: [("title", f"{t} – sag {n}")],
    "none": lambda n, t: [("title", t)],
}
# how a closed item says so: after its title (after a trailing number too), or above it
_SUFFIXES = {
    "paren-lukket-punkt": " (Lukket punkt)",
    "paren-lukket": " (Lukket)",
    "dash-lukket": " - Lukket",
    "bracket-fortrolig": " [Fortrolig]",
    "line-above": "",
}
_OPEN_SUFFIXES = {"paren-lukket-punkt": " (Åbent punkt)", "paren-lukket": " (Åben)",
                  "dash-lukket": " - Åben", "bracket-fortrolig": "", "line-above": ""}
_TABLES = ("none", "none", "pipe-row", "grid", "tab", "spaces", "markdown", "csv")
_HEADING_STYLES = ("plain", "colon", "caps", "fenced", "markdown", "strong-md",
                   "underline", "runin")
_HTML_STYLES = ("h3", "b", "css", "th")
_PDF_STYLES = ("bold", "size", "caps")
_CASE_LABELS = (None, "Sagsnr.:", "Sagsnr.", "J.nr.:", "Sags-id:", "Journalnr.:", "Sag:")
# one wording per type that every set reads the same way
_HEADING_WORDS = {
    "resume": ("Resumé", "Kort resumé", "Sammenfatning"),
    "sagsfremstilling": ("Sagsfremstilling", "Sagens indhold", "Sagsbeskrivelse"),
    "indstilling": ("Indstilling", "Administrationen indstiller", "Forslag"),
    "okonomi": ("Økonomi", "Økonomiske konsekvenser", "Økonomiske forhold"),
    "beslutning": ("Beslutning", "Udvalgets beslutning", "Beslutningen"),
}


@dataclass
class Stress2:
    name: str
    marker: str
    number: str  # digits | padded | letters (only with markers before the title)
    suffix: str
    suffix_all: bool  # open items carry their status too
    table: str
    heading: str  # text heading style
    html_heading: str
    pdf_heading: str
    headings: dict[str, str]
    case_label: str | None
    kind: str
    closed: bool
    running: bool
    toc: bool
    start: int


def stress2_layout(seed: int) -> Stress2:
    """A layout whose conventions are drawn at random, each axis on its own."""
    rng = random.Random(f"stress2-{seed}")
    kinds = [k for k in ("resume", "sagsfremstilling", "indstilling", "okonomi")
             if rng.random() < 0.6] or ["sagsfremstilling"]
    rng.shuffle(kinds)
    kind = rng.choice(("referat", "referat", "dagsorden"))
    if kind == "referat":
        kinds.append("beslutning")
    marker = rng.choice(sorted(_MARKERS))
    case_label = rng.choice(_CASE_LABELS)
    if marker == "none" and case_label is None:
        case_label = "Sagsnr.:"  # unnumbered titles need some evidence beside headings
    before = marker in ("dot", "punkt-colon", "bracket", "sag-dash")  # "(F)": a party
    return Stress2(
        name=f"stress2-{seed}", marker=marker,
        number=rng.choice(("digits", "digits", "padded", "letters")) if before else "digits",
        suffix=rng.choice(sorted(_SUFFIXES)), suffix_all=rng.random() < 0.3,
        table=rng.choice(_TABLES) if marker not in ("own-line-above", "punkt-above",
                                                    "punkt-below", "none") else "none",
        heading=rng.choice(_HEADING_STYLES), html_heading=rng.choice(_HTML_STYLES),
        pdf_heading=rng.choice(_PDF_STYLES),
        headings={k: rng.choice(_HEADING_WORDS[k]) for k in kinds},
        case_label=case_label, kind=kind, closed=rng.random() < 0.6,
        running=rng.random() < 0.4, toc=marker != "none" and rng.random() < 0.25,
        start=rng.choice((1, 1, 7, 14, 102)))


def _printed(layout: Stress2, number: int, k: int) -> str:
    if layout.number == "letters":
        return "ABCDEFGHIJ"[k]
    if layout.number == "padded":
        return f"{number:02d}"
    return str(number)


def truth(layout: Stress2, seed: int) -> Meeting:
    """The meeting a generated document states, by construction."""
    rng = random.Random(f"{layout.name}-{seed}")
    chosen = rng.sample(_greve_items(), rng.randint(4, 7))
    udvalg = chosen[0][0]
    items = []
    for k, (_, src) in enumerate(chosen):
        closed = layout.closed and k == len(chosen) - 2
        sections: list[Section] = []
        for kind, heading in layout.headings.items():
            if closed:
                continue
            text = (_text(src, "beslutning", 2) or "Godkendt.") if kind == "beslutning" \
                else _text(src, kind)
            if text:
                sections.append(Section(heading, kind, text))
        number = _printed(layout, layout.start + k, k) if layout.marker != "none" else ""
        items.append(Item(number, " ".join(src.title.split()),
                          None if closed or not layout.case_label else src.case_number,
                          closed, sections=sections))
    return Meeting(kommune=None, udvalg=udvalg, date=MEETING_DATE, kind=layout.kind,
                   place=MEETING_PLACE, items=items)


def blocks(layout: Stress2, meeting: Meeting) -> list[Block]:
    """The document as role-tagged lines, before typography."""
    word = {"referat": "Referat", "dagsorden": "Dagsorden"}[layout.kind]
    out: list[Block] = [("doctitle", f"{word} {meeting.udvalg}"),
                        ("meta", "Mødedato: 12. marts 2024 kl. 16.00"),
                        ("meta", f"Mødested: {meeting.place}")]
    if layout.toc:
        out.append(("toc-heading", "Indholdsfortegnelse"))
        out += [("toc", f"{item.number}. {item.title}\t{page}")
                for page, item in enumerate(meeting.items, start=2)]
    for item in meeting.items:
        status = _SUFFIXES[layout.suffix] if item.closed else (
            _OPEN_SUFFIXES[layout.suffix] if layout.suffix_all else "")
        if layout.suffix == "line-above" and (item.closed or layout.suffix_all):
            out.append(("status", "Lukket punkt" if item.closed else "Åbent punkt"))
        opener = _MARKERS[layout.marker](item.number, item.title)
        role, text = next((r, t) for r, t in opener if r == "title")
        if layout.marker in ("em-dash-pkt", "paren-punkt", "dash-sag", "punkt-below") \
                or layout.table == "none":
            opener = [(r, t + status if r == "title" else t) for r, t in opener]
        else:
            opener = [("row", f"{item.number}\t{item.title}{status}")]
        out += opener
        if layout.case_label and item.case_number:
            out.append(("case", f"{layout.case_label} {item.case_number}"))
        for section in item.sections:
            lines = section.text.splitlines()
            if layout.heading == "runin":
                out += [("runin", f"{section.heading}: {lines[0]}"),
                        *[("body", x) for x in lines[1:]]]
            else:
                out += [("heading", section.heading), *[("body", x) for x in lines]]
    return out


def _text_heading(layout: Stress2, text: str) -> list[str]:
    return {"plain": [text], "colon": [f"{text}:"], "caps": [text.upper()],
            "fenced": [f"== {text} =="], "markdown": [f"## {text}"],
            "strong-md": [f"**{text}**"], "underline": [text, "-" * len(text)],
            "runin": [text]}[layout.heading]


def render_text(layout: Stress2, doc: list[Block]) -> str:
    out: list[str] = []
    page = 1
    rule = "+" + "-" * 70
    for role, text in doc:
        if role in ("doctitle", "title", "heading", "runin", "status", "row", "toc-heading") \
                or (role == "marker" and layout.marker != "punkt-below"):
            if not (role == "title" and out and out[-1] in ("Lukket punkt", "Åbent punkt")
                    ) and not (role == "title" and layout.marker.endswith("-above")):
                out.append("")
        if role == "toc":
            title, _, number = text.partition("\t")
            out.append(f"{title[:70]} {'.' * 8} {number}")
        elif role == "row":
            number, _, title = text.partition("\t")
            if layout.table == "pipe-row":
                out += [rule, f"| {number:>3} | {title}", rule]
            elif layout.table == "grid":
                out += [rule, f"| {number:<4} | {title} |", rule]
            elif layout.table == "tab":
                out.append(f"{number}\t{title}")
            elif layout.table == "markdown":  # a Markdown table per item, with its header
                out += ["| Nr. | Sag |", "|---|---|", f"| {number} | {title} |"]
            elif layout.table == "csv":  # a spreadsheet's export: cells between semicolons
                out.append(f'{number};"{title}"')
            else:
                out.append(f"{number:<6}{title}")
        elif role == "case" and layout.table == "pipe-row":
            out.append(f"|     | {text}")
        elif role == "heading":
            out += _text_heading(layout, text)
        else:
            out.append(text)
        if layout.running and len(out) >= 45 * page:
            out += ["", f"Side {page}", f"\f{doc[0][1]} - 12. marts 2024", ""]
            page += 1
    return "\n".join(out) + "\n"


def render_html(layout: Stress2, doc: list[Block]) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Møde</title></head>",
             "<body><nav><a href='/'>Forside</a></nav><main>"]
    table = False
    for role, text in doc:
        if table and role in ("title", "row", "marker", "status", "toc-heading"):
            parts.append("</table>")
            table = False
        if role == "doctitle":
            parts.append(f"<h1>{e(text)}</h1>")
        elif role == "row":  # a table export: the number and the title in cells
            number, _, title = text.partition("\t")
            parts.append(f"<table><tr><td>{e(number)}</td><td><b>{e(title)}</b></td></tr>"
                         "</table>")
        elif role == "title":
            parts.append(f"<h2>{e(text)}</h2>")
        elif role == "heading" or role == "runin":
            head, _, rest = text.partition(": ") if role == "runin" else (text, "", "")
            if layout.html_heading == "th":
                if not table:
                    parts.append("<table>")
                    table = True
                parts.append(f"<tr><th>{e(head)}</th><td>{e(rest)}</td></tr>")
                continue
            tag = {"h3": f"<h3>{e(head)}</h3>", "b": f"<p><b>{e(head)}</b></p>",
                   "css": f"<div><span style='font-weight:bold'>{e(head)}</span></div>"}
            parts.append(tag[layout.html_heading])
            if rest:
                parts.append(f"<p>{e(rest)}</p>")
        elif table:
            parts[-1] = parts[-1].replace("</td></tr>", f"<br>{e(text)}</td></tr>")
        else:
            parts.append(f"<p>{e(text)}</p>")
    if table:
        parts.append("</table>")
    parts.append("</main><footer>Kommunen · Rådhuset</footer></body></html>")
    return "\n".join(parts)


def render_pdf_doc(layout: Stress2, doc: list[Block]) -> bytes:
    lines: list[tuple[str, float, bool]] = []
    for role, text in doc:
        if role == "doctitle":
            lines += [(x, 18.0, True) for x in wrap(text, 45)] + [("", 10, False)]
        elif role == "row":  # the number in a column of its own
            number, _, title = text.partition("\t")
            wrapped = wrap(title, 55)
            lines += [("", 10, False), (f"{number}\t{wrapped[0]}", 12.5, True)]
            lines += [(f"\t{x}", 12.5, True) for x in wrapped[1:]]
        elif role == "title":
            lines += [("", 10, False)] + [(x, 12.5, True) for x in wrap(text, 62)]
        elif role == "toc":
            title, _, page = text.partition("\t")
            lines.append((f"{title[:70]} {'.' * 8} {page}", 10.0, False))
        elif role == "heading":
            size, bold, word = {"bold": (10.0, True, text), "size": (12.0, False, text),
                                "caps": (10.0, False, text.upper())}[layout.pdf_heading]
            lines += [("", 10, False), (word, size, bold)]
        elif role in ("marker", "status"):
            lines.append((text, 10.0, True))
        else:
            lines += [(x, 10.0, False) for x in wrap(text, 95)]
    header = f"{doc[0][1]} - 12. marts 2024" if layout.running else None
    return render_pdf(lines, footer="Side {n}" if layout.running else None, header=header,
                      right_cell=95 if layout.table != "none" else 400)


def document(layout: Stress2, seed: int) -> tuple[Meeting, dict[str, bytes]]:
    """The truth and the rendered files (by suffix) of one generated document."""
    meeting = truth(layout, seed)
    doc = blocks(layout, meeting)
    return meeting, {".txt": render_text(layout, doc).encode(),
                     ".html": render_html(layout, doc).encode(),
                     ".pdf": render_pdf_doc(layout, doc)}


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def main(argv: list[str] | None = None) -> None:
    from referat.index.readers import parse_bytes

    from benchmarks.layouts.evaluate import _row
    from benchmarks.layouts.score import score

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default="1-30", help="layout seeds, e.g. 1-60 or 3,7,9")
    ap.add_argument("--contents", type=int, default=1, help="contents per layout")
    ap.add_argument("--show", action="store_true", help="each seed's axes and row")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    worst: list[tuple[float, str, str]] = []
    for seed in _seeds(args.seeds):
        layout = stress2_layout(seed)
        for content in range(1, args.contents + 1):
            meeting, files = document(layout, content)
            for suffix, data in files.items():
                result = parse_bytes(data, f"{layout.name}-{content}{suffix}")
                c = score(meeting, result.meeting)
                total += c
                miss = (c["items_total"] - c["items"] + c["titles_total"] - c["titles"]
                        + c["case_numbers_total"] - c["case_numbers"] + c["spurious"])
                row = _row(f"  {layout.name}-{content}{suffix}", c)
                if args.show:
                    print(row)
                if miss:
                    axes = (f"marker={layout.marker} number={layout.number} "
                            f"suffix={layout.suffix}{'+all' if layout.suffix_all else ''} "
                            f"table={layout.table} heading={layout.heading}/"
                            f"{layout.html_heading}/{layout.pdf_heading} "
                            f"case={layout.case_label} toc={layout.toc} "
                            f"running={layout.running} closed={layout.closed}")
                    worst.append((miss, row, axes))
    print(_row(f"stress2 {args.seeds}", total))
    for _, row, axes in sorted(worst, key=lambda w: -w[0])[:25]:
        print(row)
        print("      " + axes)


if __name__ == "__main__":
    main()
