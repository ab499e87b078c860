"""Layout parsing shared by the PDF and text readers: lines of text → Meeting.

Pure functions. Input is a list of `Line` (text, page number, optional font size and
boldness) in reading order; the output is a `Meeting` with items and typed sections.
Understood layouts: First Agenda (``Punkt N: title``), eDoc and Acadre (``N. title``
followed by a ``Sagsnr.`` line). Section headings are recognised only through
`index.sections`, the one heading table.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from referat.index.committees import BODY_RE
from referat.index.kommune import KOMMUNE_RE, mentioned_kommune
from referat.index.model import Item, Meeting, NotMinutes, Section
from referat.index.sections import (
    HEADINGS,
    KIND_HEADINGS,
    fold_empty_entries,
    heading_date,
    heading_phrase,
    normalise_heading,
    reads_as_clause,
    section_type,
)
from referat.index.vocabulary import (
    CLOSING_RE,
    FIELD_RE,
    KIND_RE,
    MATTER,
    TIME_RE,
    UDVALG_PREFIX_RE,
    labels,
)


@dataclass
class Line:
    """One line of a document, whatever its format: the model that PDF, text and HTML
    all reduce to.

    `size` is the font size (PDF) and `level` a heading level: 1-6 for HTML h1-h6 (0 for
    body text; PDFs and text leave it 0 and let size and weight speak).
    """

    text: str
    page: int | None = None
    size: float | None = None
    bold: bool = False
    level: int = 0


_CID_RE = re.compile(r"\(cid:\d+\)")
# Private-use bullets of Symbol/Wingdings fonts (U+F0B7, U+F0A7, ...) and the rest of
# the private-use area, which carries no readable text.
_BULLETS = {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "\uf02d"}
_PRIVATE_RE = re.compile("[\ue000-\uf8ff]")
# Box-drawing characters (U+2500–U+257F) are rules, not text: each is read as the ASCII
# rule a text table draws (a line "-", a side "|", a corner or a junction "+"), so a box
# round an item's head or a rule under a heading reads as any drawn table or rule does.
_BOX_RULES = str.maketrans({
    **{chr(c): "+" for c in range(0x2500, 0x2580)},
    **dict.fromkeys("─━┄┅┈┉╌╍═╴╶╸╺╼╾", "-"),
    **dict.fromkeys("│┃┆┇┊┋╎╏║╵╷╹╻╽╿", "|"),
})

_PUNKT_RE = re.compile(r"^Punkt\s+(\d+)\s*[:.]\s*(\S.*)$", re.IGNORECASE)
_FIRST_AGENDA_RE = re.compile(r"^Punkt\s+\d+\s*:")  # First Agenda's own separator
_NUMBERED_RE = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")
_NUMBER_ONLY_RE = re.compile(r"^(\d{1,4})\.$")
# A table-of-contents entry ends in leader dots or a tab before a page number.
_TOC_RE = re.compile(r"(\.{4,}|…+|\t)\s*\d+$")
_TOC_HEADING_RE = re.compile(r"^indholdsfortegnelse$", re.IGNORECASE)
_CLOSED_RE = re.compile(r"^Lukket(\s+punkt)?\s*:\s*|^[(\[]Lukket(\s+punkt)?[)\]]\s*",
                        re.IGNORECASE)
_OPEN_RE = re.compile(r"^[(\[]Åben[t]?(\s+punkt)?[)\]]\s*", re.IGNORECASE)  # "(Åben) title"
# A status line under a title ("Åbent punkt", "Lukket punkt"): the item's, never its title.
_STATUS_RE = re.compile(r"^(åbent?|lukket)\s+punkt$", re.IGNORECASE)
# Case numbers: a labelled one, a KLE number, or an EMN number (Aarhus).
# A cell beside the title, apart by a tab or a run of spaces, holding the item's status or
# the kind of matter it is ("3. Title    Til beslutning"): the item's, never its title.
_STATUS_CELL_RE = re.compile(
    rf"(?:\t|\s{{3,}})\s*({MATTER}|(?:åbent?|lukket|fortroligt?)(?:\s+(?:punkt|sag))?)\s*$",
    re.IGNORECASE)
_CASE_LABEL_RE = re.compile(r"^Sags?\s*(nr|nummer)\.?\s*:?\s*(.*)$", re.IGNORECASE)
_SAGSNR_RE = re.compile(r"^Sagsnr\.\s*:")  # the eDoc and Acadre exports' own label
_CASE_RE = re.compile(r"^(\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|EMN-\d{4}-\d+)$")
# Where a labelled value ends: a column, or another label on the same line.
_NEXT_LABEL_RE = re.compile(r"\t|\s+(?=[\w.\-]+\s*:)")
# Other reference lines in an item's header block that are not content.
_REFERENCE_RE = re.compile(r"^(Dok\.?\s*nr|Journal\s*nr|Akt\s*id)\.?\s*:", re.IGNORECASE)

# the date after the name, with its weekday ("… tirsdag den 12. marts 2024")
_UDVALG_SUFFIX_RE = re.compile(r"\s+((man|tirs|ons|tors|fre|lør|søn)dag\s+)?(d\.|den)\s+\d.*$",
                               re.IGNORECASE)
_PLACE_RE = re.compile(rf"^({labels('place')})\b:?\s*(\S.*)$", re.IGNORECASE)
_PARTICIPANTS_RE = re.compile(rf"^({labels('present')})\b:?\s*(.*)$", re.IGNORECASE)
_COUNCIL_RE = re.compile(r"^(\S+) (Byråd|Kommunalbestyrelse)\b")

# Lines in the top or bottom margin repeated on this share of pages are running
# headers or footers.
_RUNNING_SHARE = 0.6
_RUNNING_SPREAD = 0.05  # of the page's height: a running line's place varies less
_TOP_MARGIN = 0.18
_BOTTOM_MARGIN = 0.9
_MAX_TITLE_LINES = 4
_CONJUNCTION_RE = re.compile(r"^(og|eller|samt|til)\b")
_MAX_HEADING_CHARS = 120
_SENTENCE_END = ".:!?)"


def clean_text(text: str) -> str:
    """NFKC-normalise (ligatures, composed æ/ø/å, no-break spaces), drop ``(cid:N)``
    codes, fix bullets, read box-drawing characters as ASCII rules (`_BOX_RULES`), and
    drop invisible format characters (`_INVISIBLE_RE`): a soft hyphen is printed only
    where a line breaks, as the hyphen it then is."""
    text = _CID_RE.sub("", text)
    text = "".join("•" if ch in _BULLETS else ch for ch in text)
    text = _PRIVATE_RE.sub("", text).translate(_BOX_RULES)
    text = unicodedata.normalize("NFKC", text).rstrip(" \r\n")
    if "\xad" in text[-1:]:
        text = text[:-1] + "-"
    return _INVISIBLE_RE.sub("", text)


# Characters that print nothing: the soft hyphen (a CMS's or Word's hyphenation point),
# zero-width spaces and joiners, direction marks, the word joiner and a stray byte-order
# mark. They split words for every pattern ("Sags\xadfremstilling" is no heading).
_INVISIBLE_RE = re.compile("[\xad\u200b-\u200f\u2060\ufeff]")


def drop_running_lines(pages: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Remove running headers and footers from extracted pages (lines top to bottom).

    A line counts as running when the same text, digits ignored, in the same type (size
    and weight: a document's title "Referat" is not the heading "Referat" that happens
    to open later pages), sits in the top or bottom margin (by its ``top`` fraction) of
    most pages, and only lines at the edge of the page go: a run from the top or from
    the bottom of running lines.
    """
    if len(pages) < 2:
        return pages
    counts: Counter[tuple[str, float | None, bool]] = Counter()
    heights: dict[tuple[str, float | None, bool], list[float]] = {}
    numbers: dict[tuple[str, float | None, bool], list[str]] = {}
    for page in pages:
        margin = {_running_key(row): row["top"] for row in page if _in_margin(row)}
        counts.update(margin.keys())
        for key, top in margin.items():
            heights.setdefault(key, []).append(top)
        for row in page:
            if _in_margin(row) and MARKER_ALONE_RE.match(row["text"].strip()):
                numbers.setdefault(_running_key(row), []).append(row["text"].split()[-1])
    # an item's marker alone atop each page ("Punkt 3", "Punkt 3." over its title, one item a page)
    # numbers the item on that page, a different number on every page: never running
    markers = {key for key, found in numbers.items() if len(set(found)) == len(found)}
    # a header or footer stands at about the same height on every page; an item's marker
    # that happens to open a page ("Punkt 20" atop one, "Punkt 14" lower on the first)
    # does not; nor does a section's heading that happens to open most pages of a short
    # document ("Indstilling" atop pages 2 and 3 of three)
    running = {key for key, n in counts.items() if n >= _RUNNING_SHARE * len(pages)
               and max(heights[key]) - min(heights[key]) <= _RUNNING_SPREAD
               and section_type(key[0]) is None and key not in markers}

    edges = _running_by_opening(pages, 0) | _running_by_opening(pages, -1)
    kept = []
    for page in pages:
        start, end = 0, len(page)
        while (start < end and page[start]["top"] <= _TOP_MARGIN
               and (_running_key(page[start]) in running or id(page[start]) in edges)):
            start += 1
        while (end > start and page[end - 1]["top"] >= _BOTTOM_MARGIN
               and (_running_key(page[end - 1]) in running or id(page[end - 1]) in edges)):
            end -= 1
        kept.append(page[start:end])
    return kept


_RUNNING_OPENING_WORDS = 3


def _running_by_opening(pages: list[list[dict[str, Any]]], edge: int) -> set[int]:
    """The rows (by id) at the edge of the pages (`edge` 0: the top, -1: the foot) that
    are running lines whose end varies: in regular type no larger than the body's, at
    the same height on most pages, every one opening with the same three words or more
    ("Økonomiudvalget 12.03.2024 – Punkt 4: Title", the item that page is in)."""
    rows = [page[edge] for page in pages if page and _in_margin(page[edge])
            and (page[edge]["top"] <= _TOP_MARGIN) == (edge == 0)]
    if len(rows) < max(2, _RUNNING_SHARE * len(pages)):
        return set()
    sizes = sorted(r["size"] for page in pages for r in page if r.get("size"))
    body = sizes[len(sizes) // 2] if sizes else None
    if (len({(r.get("size"), bool(r.get("bold"))) for r in rows}) != 1 or rows[0].get("bold")
            or body is None or not rows[0].get("size") or rows[0]["size"] > body
            or max(r["top"] for r in rows) - min(r["top"] for r in rows) > _RUNNING_SPREAD):
        return set()
    words = [r["text"].split() for r in rows]
    opening = 0
    while all(len(w) > opening and w[opening] == words[0][opening] for w in words):
        opening += 1
    if opening < _RUNNING_OPENING_WORDS or all(len(w) == opening for w in words):
        return set()
    return {id(r) for r in rows}


MARKER_ALONE_RE = re.compile(r"^(?:dagsordens)?(?:punkt|pkt\.?)\s*(?:nr\.?\s*)?\d{1,3}[.:]?$",
                              re.IGNORECASE)


def _in_margin(row: dict[str, Any]) -> bool:
    return row["top"] <= _TOP_MARGIN or row["top"] >= _BOTTOM_MARGIN


def _running_key(row: dict[str, Any]) -> tuple[str, float | None, bool]:
    size = row.get("size")
    return (re.sub(r"\d+", "#", " ".join(row["text"].split())),
            None if size is None else round(size, 1), bool(row.get("bold")))


# A legend that explains a marker of closed items ("(L) = Lukket punkt", "* Lukket sag")
_LEGEND_RE = re.compile(r"^([(\[]\s*[A-ZÆØÅ]{1,2}\s*[)\]]|[A-ZÆØÅ]{1,2}|[*†#]{1,2})\s*[=:–-]?\s*"
                        r"(?:lukket|fortroligt?|ikke\s+offentligt?)"
                        r"(?:\s+(?:punkt|sag|dagsordenspunkt)(?:er)?)?\.?$", re.IGNORECASE)


# ... or a legend of several codes on one line ("Koder: (B) = Beslutning, (O) =
# Orientering, (L) = Lukket"): each a short code in parentheses, what it means after "="
_CODE_PAIR_RE = re.compile(r"([(\[]\s*[A-ZÆØÅ]{1,2}\s*[)\]])\s*[=:–-]\s*([^,;=()\[\]]+)")


def legend_marks(header: list[Line]) -> tuple[str, ...]:
    """The markers of closed items a legend in the document's header explains."""
    return tuple(mark for mark, closed in legend_codes(header).items() if closed)


def legend_codes(header: list[Line]) -> dict[str, bool]:
    """Every marker a legend in the document's header explains, and whether it marks a
    closed item: a marker's own line ("(L) = Lukket punkt"), or two or more codes on one
    line, each with its meaning. A code after a title is metadata, never the title."""
    codes: dict[str, bool] = {}
    for line in header:
        text = " ".join(line.text.split())
        m = _LEGEND_RE.match(text)
        if m and (not m.group(1).isalpha() or "=" in line.text or ":" in line.text):
            codes[" ".join(m.group(1).split())] = True
            continue
        pairs = _CODE_PAIR_RE.findall(text)
        if len(pairs) >= 2:
            for code, meaning in pairs:
                codes["".join(code.split())] = _LEGEND_RE.match(f"{code} {meaning.strip()}") \
                    is not None
    return codes


def strip_mark(title: str, marks: tuple[str, ...]) -> tuple[str, bool]:
    """The title without a legend's marker of closed items before or after it, and
    whether the marker was there: the marker is the item's status, never its title."""
    for mark in marks:
        if title.startswith(mark + " ") and len(title) > len(mark) + 1:
            return title[len(mark):].strip(), True
        if title.endswith(" " + mark):
            return title[:-len(mark)].strip(), True
    return title, False


def parse_lines(lines: list[Line], source: str) -> Meeting:
    """Parse a document's lines into a Meeting; raises NotMinutes when it has no items,
    or when it does not print a known family's whole signature (`family`): the rules
    were made on those families' documents, and a document that shares one trait with
    them (``Punkt 4. Title``, ``4.<TAB>Title`` over ``Sagsnummer``) is the generic
    reader's."""
    starts = _item_starts(lines)
    if not starts:
        raise NotMinutes("no agenda items found")
    if _family(lines, starts) is None:
        raise NotMinutes("no known family's convention")
    header = _header_lines(lines[: starts[0]])
    body = _body_size(lines)
    strict = _strict_headings(lines, body)
    if strict and _own_headings(lines, starts, body):
        raise NotMinutes("headings of its own in the known headings' type")
    referat = _kind(header, []) == "referat"
    marks = legend_marks(lines[: starts[0]])
    items = [
        _item(lines[start:end], strict, referat, body, marks)
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]
    udvalg = _udvalg(header)
    return Meeting(
        kommune=kommune_of(header, lines, udvalg),
        udvalg=udvalg,
        date=first_date(header),
        kind=_kind(header, items),
        place=_place(header),
        participants=_participants(header),
        source=source,
        items=items,
    )


# --- items -------------------------------------------------------------------------


def _item_start(line: Line) -> tuple[str, str] | None:
    """(number, title) when the line opens an item in either numbering style."""
    text = line.text.strip()
    if _TOC_RE.search(text):
        return None
    m = _PUNKT_RE.match(text) or _NUMBERED_RE.match(text) or _NUMBER_ONLY_RE.match(text)
    if not m:
        return None
    return m.group(1), (m.group(2) if m.re is not _NUMBER_ONLY_RE else "")


def family(lines: list[Line]) -> str | None:
    """The known family whose convention the document prints: ``Punkt N: title``
    openings, every one with the colon (First Agenda), or ``N. title`` openings with the
    systems' own ``Sagsnr.`` line under them (eDoc, Acadre); None when the rules read
    openings no family of theirs prints (``Punkt 4. Title``; ``4.<TAB>Title`` over
    ``Sagsnummer<TAB>…``, a word processor's)."""
    return _family(lines, _item_starts(lines))


def _family(lines: list[Line], starts: list[int]) -> str | None:
    """`family`, given the lines that open items (`_item_starts`)."""
    if starts and is_punkt_line(lines[starts[0]]):
        return ("first-agenda" if all(_FIRST_AGENDA_RE.match(lines[i].text.strip())
                                      for i in starts) else None)
    for i in starts:
        if any(_SAGSNR_RE.match(following.text.strip())
               for following in _own_lines(lines[i + 1:], 5)):
            return "edoc-acadre"
    return None


def is_punkt_line(line: Line) -> bool:
    """Whether the line opens an item as ``Punkt N: title`` (the First Agenda family)."""
    return bool(_PUNKT_RE.match(line.text.strip())) and _item_start(line) is not None


def _item_starts(lines: list[Line]) -> list[int]:
    """Indexes of the lines that open agenda items.

    ``Punkt N:`` lines win when the document has any; otherwise ``N. title`` lines
    count only when a case number follows within a few lines (this keeps numbered
    lists and tables of contents out).
    """
    punkt = [i for i, line in enumerate(lines) if is_punkt_line(line)]
    if punkt:
        return punkt
    starts = []
    for i, line in enumerate(lines):
        if _item_start(line) and any(
            _case_number(following) for following in _own_lines(lines[i + 1:], 5)
        ):
            starts.append(i)
    return starts


def _own_lines(lines: list[Line], limit: int) -> list[Line]:
    """The next nonblank lines up to the next line that opens an item: a case number
    below another numbered line is that line's ("1." in a list, then "15. Title")."""
    out = []
    for line in _nonblank(lines, limit):
        if _item_start(line):
            break
        out.append(line)
    return out


def _nonblank(lines: list[Line], limit: int) -> list[Line]:
    return [line for line in lines if line.text.strip()][:limit]


def _case_number(line: Line) -> str | None:
    text = line.text.strip()
    m = _CASE_LABEL_RE.match(text)
    if m:  # the value ends at a column or at the next label ("… Dok.nr.: 99"); a case
        # number has digits (a table's header row "Sagsnummer  Sagsbehandler" has none)
        value = _NEXT_LABEL_RE.split(m.group(2).strip())[0].strip()
        return value if any(ch.isdigit() for ch in value) else None
    return text if _CASE_RE.match(text) else None


def _item(lines: list[Line], strict: bool, referat: bool = False,
          body: float | None = None, marks: tuple[str, ...] = ()) -> Item:
    """One item from its lines, the first being the item's opening line."""
    first = lines[0]
    number, title = _item_start(first) or ("", "")
    rest = lines[1:]
    cell = _STATUS_CELL_RE.search(title)
    if cell and cell.start() > 0:
        title = title[:cell.start()]
    title_lines = [title] if title else []
    while rest and len(title_lines) < _MAX_TITLE_LINES and _continues_title(first, rest[0], strict):
        title_lines.append(rest[0].text.strip())
        rest = rest[1:]
    title = join_wrapped(title_lines)
    closed = bool(_CLOSED_RE.match(title)) or bool(
        cell and cell.start() > 0 and cell.group(1).lower().startswith(("lukket", "fortrolig")))
    title = _OPEN_RE.sub("", _CLOSED_RE.sub("", title))
    title, marked = strip_mark(title, marks)
    closed = closed or marked
    case_number = None
    while rest and (not rest[0].text.strip() or _case_number(rest[0])
                    or _REFERENCE_RE.match(rest[0].text.strip())
                    or _STATUS_RE.match(rest[0].text.strip())):
        case_number = case_number or _case_number(rest[0])
        closed = closed or rest[0].text.strip().lower().startswith("lukket")
        rest = rest[1:]
    return Item(
        number=number,
        title=title,
        case_number=case_number,
        closed=closed,
        page=first.page,
        sections=_sections(rest, strict, referat, body),
    )


def join_wrapped(parts: list[str]) -> str:
    """Wrapped title lines as one: a line ending in a hyphen joins without a space
    ("2030-" + "fremskrivning") unless a conjunction follows ("Sundheds-" + "og"); a
    word broken between small letters ("ekstra-" + "arbejder") is one word again
    (`_HYPHENATED_RE`: Word's hyphenation; a compound's own hyphen follows a capital, a
    digit or a short abbreviation: "EU-", "2030-", "it-")."""
    text = ""
    for part in parts:
        part = _squash(part)
        hyphen = text.endswith("-") and not text.endswith(" -")  # " -" is a dash
        glue = "" if hyphen and not _CONJUNCTION_RE.match(part) else " "
        if glue == "" and _broken_word(text, part):
            text = text[:-1]
        text = f"{text}{glue}{part}" if text else part
    return text


_HYPHENATED_RE = re.compile(r"(?:^|\s)[A-ZÆØÅa-zæøå][a-zæøå]{3,}-$")


def _broken_word(line: str, below: str) -> bool:
    """Whether `line` ends in a word that hyphenation broke and `below` goes on with it:
    four letters or more then a hyphen, and a small letter below that opens no
    conjunction ("budget-" / "opfølgningen"; not "EU-" / "midler", "Børne-" / "og")."""
    return bool(_HYPHENATED_RE.search(line)) and below[:1].islower() \
        and not _CONJUNCTION_RE.match(below)


def append_line(lines: list[str], text: str) -> None:
    """Add a line of text to a section's lines, its spaces squashed; a word hyphenation
    broke over the last line and this one is one word again (`_broken_word`)."""
    text = _squash(text)
    if lines and _broken_word(lines[-1], text):
        lines[-1] = join_wrapped([lines[-1], text])
    else:
        lines.append(text)


# A line that opens with a one-word label ("Sagsgang: Forretningsudvalget …") is a field,
# never the continuation of the title above it.
LABEL_OPENS_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+\.?:\s+\S")


def _continues_title(first: Line, line: Line, strict: bool) -> bool:
    """Whether `line` is a wrapped continuation of the item title in `first`."""
    text = line.text.strip()
    if (not text or _case_number(line) or _item_start(line) or _heading(line, first, strict)
            or _STATUS_RE.match(text) or LABEL_OPENS_RE.match(text)):
        return False
    if first.size is not None and line.size is not None:
        return line.size == first.size and line.bold == first.bold
    return True


# --- sections ----------------------------------------------------------------------


def _heading(line: Line, previous: Line | None, strict: bool,
             body: float | None = None) -> tuple[str, str, str] | None:
    """(heading, type, text on the same line) when the line is a section heading.

    A table row (tab-separated) is a heading only as ``Label:<tab>value``, which
    counts as set apart. A heading recognised by pattern rather than by exact phrase
    must not continue a sentence from the previous line, so running text such as
    "... Beslutning i byrådet den 3. maj" wrapped onto a new line stays text. In
    `strict` mode (a document whose headings stand out typographically) a plain line
    is a heading only when it is a dated pattern heading ("Udvalgets beslutning den
    04.12.2012").
    """
    text, _, inline = line.text.strip(" ").partition("\t")
    labelled = "\t" in line.text
    if labelled and not text.rstrip().endswith(":"):
        return None
    text = text.strip()
    if len(text) > _MAX_HEADING_CHARS or text.endswith(","):
        return None
    kind = section_type(text)
    if kind is None:
        return None
    exact = heading_phrase(text)  # a table phrase, also with the definite article
    if not (exact or heading_date(text) or _styled(line, body)) and reads_as_clause(text):
        return None  # a sentence's line ("Økonomi- og Planudvalget besluttede, at …")
    if strict and not (_styled(line, body) or labelled) and (exact or heading_date(text) is None):
        return None
    if not exact and not _styled(line, body) and previous is not None:
        before = previous.text.strip()
        if before and before[-1] not in _SENTENCE_END and not _heading(previous, None, strict):
            return None
    return text, kind, _squash(inline)


def _styled(line: Line, body: float | None = None) -> bool:
    """Set in bold, in capitals, or (given the text's size) in larger type."""
    letters = [ch for ch in line.text if ch.isalpha()]
    larger = body is not None and line.size is not None and line.size > body + 0.5
    return line.bold or larger or (len(letters) > 1 and all(ch.isupper() for ch in letters))


def _body_size(lines: list[Line]) -> float | None:
    """The text's size: the size most lines are set in (None without sizes)."""
    sizes = Counter(line.size for line in lines if line.size is not None and line.text.strip())
    return sizes.most_common(1)[0][0] if sizes else None


def _own_headings(lines: list[Line], starts: list[int], body: float | None) -> set[str]:
    """Headings the table lacks that the document recurs as its own: lines set in the
    type of its known headings (size and weight), short, capitalised and no sentence,
    standing in more than half of its items (two at least); the kind word ("Referat") is
    the rules' own decision heading (`_sections`). A known family's documents
    head their sections from the table; a document that recurs another heading
    ("Klimakonsekvenser" in every item) is another kommune's configuration, and the
    generic reader reads it with that heading."""
    kinds = Counter((line.size, line.bold) for line in lines
                    if "\t" not in line.text and normalise_heading(line.text) in HEADINGS
                    and _styled(line, body))
    if len(starts) < 2 or not kinds:
        return set()
    kind = kinds.most_common(1)[0][0]
    found: Counter[str] = Counter()
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        found.update({text for line in lines[start + 1:end]
                      if (line.size, line.bold) == kind and (text := line.text.strip())
                      and len(text) <= _MAX_OWN_HEADING and text[0].isupper()
                      and text[-1] not in ".,;!?" and section_type(text) is None
                      and text.rstrip(":").strip().lower() not in KIND_HEADINGS
                      and not _item_start(line) and not _case_number(line)})
    return {text for text, n in found.items() if n >= 2 and 2 * n > len(starts)}


_MAX_OWN_HEADING = 60


def _strict_headings(lines: list[Line], body: float | None = None) -> bool:
    """Whether the document has font information and sets its headings apart.

    True when most lines that read exactly as a known heading are styled.
    """
    if all(line.size is None for line in lines):
        return False
    candidates = [
        line for line in lines
        if "\t" not in line.text and normalise_heading(line.text) in HEADINGS
    ]
    styled = sum(_styled(line, body) for line in candidates)
    return bool(candidates) and styled * 3 >= len(candidates) * 2


def _sections(lines: list[Line], strict: bool, referat: bool = False,
              body: float | None = None) -> list[Section]:
    """Split an item's body into sections at headings; in a referat, the document's kind
    word standing as a heading ("Referat") heads the item's decision.

    Text before the first heading becomes an untitled section: ``beslutning`` when the
    item has no headings at all (a decision printed bare), else ``other``.
    """
    lead: list[str] = []
    parts: list[tuple[str, str, Line, list[str]]] = []
    previous: Line | None = None
    for line in lines:
        if not line.text.strip():  # a blank line ends the sentence before it
            previous = None
            continue
        found = _heading(line, previous, strict, body)
        word = line.text.strip().rstrip(":").strip()
        if referat and word.lower() in KIND_HEADINGS and (_styled(line, body) or not strict):
            found = (word, "beslutning", "")
        if found and parts and parts[-1][1] == found[1] == "bilag":
            found = None  # an attachment list's entries ("Bilag 2: Notat") are its text
        if found and parts and not parts[-1][3] and parts[-1][1] == found[1] != "other":
            found = None  # "Indstilling" then "Administrationen indstiller": one section
        if found:
            heading, kind, inline = found
            parts.append((heading, kind, line, [inline] if inline else []))
        else:
            append_line(parts[-1][3] if parts else lead, line.text)
        previous = line
    sections = []
    if lead:
        page = next(line.page for line in lines if line.text.strip())
        kind = "other" if parts else "beslutning"
        sections.append(Section(heading="", type=kind, text="\n".join(lead), page=page))
    sections += [
        Section(
            heading=heading,
            type=kind,
            text="\n".join(text),
            page=line.page,
            date=heading_date(heading),
        )
        for heading, kind, line, text in parts
    ]
    return fold_empty_entries(sections)


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- meeting metadata --------------------------------------------------------------


def header_of(lines: list[Line]) -> list[str]:
    """The texts the known families' rules read the meeting from: the non-blank lines
    before the first item they find, up to a table of contents."""
    starts = _item_starts(lines)
    return _header_lines(lines[: starts[0] if starts else 0])


def _header_lines(lines: list[Line]) -> list[str]:
    """The non-blank lines before the first item, up to a table of contents."""
    header = []
    for line in lines:
        text = line.text.strip()
        if _TOC_HEADING_RE.match(text):
            break
        if text:
            header.append(text)
    return field_table(header)


_CELL_SPLIT_RE = re.compile(r"\t|\s{2,}")
# a meeting field's label alone in a cell
_FIELD_LABEL_RE = re.compile(rf"(?:{labels('date', 'time', 'place', 'udvalg')})\s*:?",
                             re.IGNORECASE)


def field_table(texts: list[str]) -> list[str]:
    """A row of field labels in cells ("Udvalg | Dato | Sted") over a row of values: the
    meeting's fields laid out as a table, read as "label: value" lines, a line per cell
    (the value under its label: by the cells' count, or in text by the labels' columns)."""
    out = list(texts)
    for i, (head, row) in enumerate(zip(texts, texts[1:], strict=False)):
        labels = [c for c in _CELL_SPLIT_RE.split(head.strip()) if c]
        values = [c for c in _CELL_SPLIT_RE.split(row.strip()) if c]
        if len(labels) < 2 or not all(_FIELD_LABEL_RE.fullmatch(c) for c in labels) \
                or (m := _FIELD_LABEL_RE.match(values[0] if values else "")) and (
                    m.end() == len(values[0]) or ":" in m.group()):
            continue  # no labels, or a row of labelled fields under them
        if len(values) != len(labels):
            if "\t" in head or len(row) < len(head.rstrip()) - len(labels[-1]):
                continue
            starts = [head.index(c) for c in labels] + [len(row)]
            values = [row[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]
        out[i:i + 2] = ["\n".join(f"{k.rstrip(': ')}: {v}"
                                   for k, v in zip(labels, values, strict=True)), ""]
    return [part for text in out for part in text.split("\n") if part]


def _kind(header: list[str], items: list[Item]) -> str:
    for text in header:
        m = KIND_RE.search(text)
        if m:
            return "dagsorden" if m.group(1).lower() == "dagsorden" else "referat"
    decided = any(s.type == "beslutning" for item in items for s in item.sections)
    return "referat" if decided else "dagsorden"


_UDVALG_FIELD_RE = re.compile(rf"^(?:{labels('udvalg')})\s*:\s*(\S.*)$", re.IGNORECASE)


# a byline's fields parted by a middle dot, a bullet or a bar ("Økonomiudvalget · 12. marts
# 2024 · Mødelokale 2")
_BYLINE_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")


def byline_parts(text: str) -> list[str]:
    """A line's fields parted by a middle dot, a bullet or a bar, each read as a text of its
    own; any other line as its one part."""
    return _BYLINE_SEPARATOR_RE.split(text)


def _udvalg(header: list[str]) -> str | None:
    for text in header:  # "Udvalg: Økonomiudvalget", labelled
        if m := _UDVALG_FIELD_RE.match(text):
            return _squash(m.group(1))
    for text in (part for line in header for part in byline_parts(line)):
        name = _UDVALG_SUFFIX_RE.sub("", UDVALG_PREFIX_RE.sub("", text)).strip()
        if name and BODY_RE.search(name) and not _PARTICIPANTS_RE.match(name):
            return _squash(name)
    return None


# the date a document was sent, published or printed, or of the next meeting: not its own
_OTHER_DATE_RE = re.compile(r"^(?:sendt|udsendt|afsendt|offentliggjort|publiceret|udskrevet|"
                            r"næste\s+møde)\b", re.IGNORECASE)


def first_date(header: list[str]) -> dt.date | None:
    """The first date a header line gives, but not a line that dates the document's
    sending, publishing or printing, or the next meeting ("Sendt: …", "Offentliggjort …")."""
    for text in header:
        found = heading_date(text) if not _OTHER_DATE_RE.match(text.strip()) else None
        if found:
            return found
    return None


def _place(header: list[str]) -> str | None:
    place = place_after_time(header)
    if place:
        return place
    for text in header:
        m = _PLACE_RE.match(text)
        if m and m.group(1).lower() == "mødelokale" and ":" not in text[: m.start(2)]:
            return _squash(text)  # "Mødelokale 2" is a room's name, not a label
        if m:
            return _squash(m.group(2))
    return place_below_time(header) or place_beside_time(header)


# "… kl. 16.00 i Mødelokale 2.": the place after the time, without the sentence's stop
_PLACE_AFTER_TIME_RE = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?,?"
                                  r"\s+(?:i|på)\s+([A-ZÆØÅ][^.;]{2,60})\.?$")


def place_after_time(header: list[str]) -> str | None:
    """An unlabelled place at the end of the sentence that states the meeting ("Mødet
    holdes … kl. 16.00 i Mødelokale 2.", "… i Rådhuset, mødelokale 1."), also where the
    sentence wraps onto the next line after its time; not a closing line ("Mødet slut kl.
    …")."""
    for i, text in enumerate(header):
        wrapped = [text] if text.endswith(".") and not text.endswith("kl.") else \
            [text, *header[i + 1:i + 2]]
        m = _PLACE_AFTER_TIME_RE.search(" ".join(wrapped))
        if m and not CLOSING_RE.search(text):
            return _squash(m.group(1))
    return None


def place_beside_time(header: list[str]) -> str | None:
    """An unlabelled place as the field after the meeting's time or date in a line of
    separated fields ("Referat · 12. marts 2024 · kl. 16.00 · Mødelokale 2", "Økonomiudvalget
    · tirsdag 12. marts 2024 · Mødelokale 2"), or as the last of a short line of
    comma-separated fields after the date or time ("Økonomiudvalget, 12. marts 2024,
    Mødelokale 2")."""
    for text in header:
        parts = byline_parts(text)
        commas = text.split(", ")
        listed = len(parts) == 1 and 2 <= len(commas) <= 4 and len(text) <= 120
        if listed:
            parts = commas[-2:]
        for time, place in zip(parts, parts[1:], strict=False):
            if ((TIME_RE.search(time) or heading_date(time))
                    and not CLOSING_RE.search(time)
                    and place[:1].isupper() and not heading_date(place)
                    and ":" not in place and not KIND_RE.search(place)
                    and len(place) <= 60):
                return place.strip()
    return None


# the rule's switch (round 33, issue-18ck; off in `benchmarks.layouts.ablations`)
LETTERED_PLACE = True  # a line without letters (a rule of "=") is no place (`place_below_time`)


def place_below_time(header: list[str]) -> str | None:
    """An unlabelled place on the line after the meeting's time ("tirsdag den 4. december
    2012, kl. 13:00" / "i Mødecenter C"), but not after a closing line ("Mødet slut kl.
    …"), nor a date, a labelled field, the document's kind, a table's row of cells or a
    line without letters (a rule of "=" under the meeting's line)."""
    for before, text in zip(header, header[1:], strict=False):
        if (TIME_RE.search(before) and not CLOSING_RE.search(before)
                and not heading_date(text) and not FIELD_RE.match(text)
                and not KIND_RE.search(text) and len(text) <= 80 and "\t" not in text
                and (not LETTERED_PLACE or any(ch.isalpha() for ch in text))):
            return _squash(re.sub(r"^i\s+", "", text))
    return None


def _participants(header: list[str]) -> list[str]:
    for i, text in enumerate(header):
        m = _PARTICIPANTS_RE.match(text)
        if not m:
            continue
        if m.group(2):
            return [_squash(name) for name in m.group(2).split(",") if name.strip()]
        names = []
        for following in header[i + 1:]:
            if "(" not in following:
                break
            names += [re.sub(r"\s+-\s+.*$", "", cell).strip() for cell in following.split("\t")]
        return [name for name in names if name]
    return []


def kommune_of(header: list[str], lines: list[Line], udvalg: str | None) -> str | None:
    """The kommune's name: said in the header, implied by a council, or most mentioned."""
    for text in header:
        m = KOMMUNE_RE.search(text)
        if m:
            return m.group(1)
    if udvalg:
        m = _COUNCIL_RE.match(udvalg)
        if m:
            return m.group(1)
    return mentioned_kommune(line.text for line in lines)
