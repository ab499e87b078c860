"""Tables of items: a header row names the columns, one record per item below it.

A protocol printed as a table (``Pkt. | Sagen | Beslutning``) holds one item per row (or
per record of rows, where a cell wraps over several lines). Its header row is never
content: it says which column holds the item's number, which its title and which a
section. `item_columns` reads that from the header cells (and, where no header names
the number column, from a first column whose every cell is a number); `record_lines`
turns one record's cells into the lines an item printed as prose would have: the number
and the title on one line, the title column's metadata (a case number, a status), then
each column's text under its heading when the header names a section. HTML (`markup`)
uses it; a PDF's tables are read by their head row's positions (`pdftable`), which takes
`number_cell` from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.index.layout import Line
from referat.index.sections import heading_phrase, section_type

# a header cell naming the item's number: "Pkt.", "Punkt", "Nr.", "Punkt nr.", "#", "§"
_NUMBER_HEAD_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)(?:\s*nr\.?)?|nr\.?|nummer|"
                             r"sag\s*nr\.?|#|§)$", re.IGNORECASE)
# a cell holding only an item's number ("3", "3.", "§ 3", "Pkt. 3", "3a)")
_NUMBER_CELL_RE = re.compile(r"^(?:(?:punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?)?(?:§\s*)?"
                             r"\d{1,4}[a-f]?[.)]?$", re.IGNORECASE)
# header cells of columns that hold no title: a case number, a status, a date, a page
_NOT_TITLE_HEAD_RE = re.compile(r"^(?:sags?\.?\s*nr\.?|sagsnummer|sags-id|j\.\s*nr\.?|"
                                r"journal(?:nr\.?|nummer)|status|åben(?:t)?/lukket|dato|side|"
                                r"bilag|kle(?:-nr\.?)?|dok\.?\s*nr\.?)$", re.IGNORECASE)
_CASE_HEAD_RE = re.compile(r"^(?:sags?\.?\s*nr\.?|sagsnummer|sags-id|j\.\s*nr\.?|"
                           r"journal(?:nr\.?|nummer))$", re.IGNORECASE)


@dataclass(frozen=True)
class Columns:
    """The roles of a table's columns: the number's, the title's, and every header."""

    number: int
    title: int
    heads: tuple[str, ...]


def number_cell(text: str) -> bool:
    """Whether a cell holds only an item's number."""
    return bool(_NUMBER_CELL_RE.match(" ".join(text.split())))


def item_columns(heads: list[str], first_cells: list[str]) -> Columns | None:
    """The columns of a table of items from its header row's cells, or None when the
    table is no table of items (no column of numbers, or no column for a title).

    `first_cells`: the body rows' cells in the column each record starts with, to
    recognise a number column whose header names it otherwise (or not at all)."""
    heads = [" ".join(h.split()) for h in heads]
    if len(heads) < 2 or not first_cells:
        return None
    number = next((j for j, h in enumerate(heads) if _NUMBER_HEAD_RE.match(h)), None)
    if number is None and all(number_cell(c) for c in first_cells):
        number = 0
    if number is None or not all(number_cell(c) for c in first_cells if c.strip()):
        return None
    title = next((j for j, h in enumerate(heads) if j != number
                  and not _NOT_TITLE_HEAD_RE.match(h) and section_type(h) != "beslutning"),
                 None)
    if title is None:
        return None
    return Columns(number, title, tuple(heads))


def record_lines(columns: Columns, number: str, cells: list[list[Line]]) -> list[Line]:
    """One item's lines from its record's cells (each cell's lines, by column): the number
    and the title's first line, with the one-line cells of columns that name no section
    beside it as a row's cells ("3.<tab>Title<tab>Åben"); the title's other lines, its
    metadata (a case-number column's value under its label), then each column that names
    a section under its heading."""
    from referat.index.readers.generic.cases import case_label
    from referat.index.readers.generic.status import STATUS_RE

    title = [x for x in cells[columns.title] if x.text.strip()]
    first = title[0] if title else Line("")
    k = 1  # a title wrapped over lines set alike, apart from the cell's text (PDF)
    while (k < len(title) and first.size is not None and title[-1].size is not None
           and (title[k].size, title[k].bold) == (first.size, first.bold)
           != (title[-1].size, title[-1].bold)):
        k += 1
    rest = title[k:]
    meta = 0
    while meta < len(rest) and (case_label(rest[meta].text)
                                or STATUS_RE.match(rest[meta].text.strip())):
        meta += 1
    beside: list[str] = []
    after: list[Line] = []
    sections: list[Line] = []
    for j, lines in enumerate(cells):
        if j in (columns.number, columns.title):
            continue
        lines = [x for x in lines if x.text.strip()]
        head = columns.heads[j] if j < len(columns.heads) else ""
        if heading_phrase(head):
            sections += _under_head(head, lines)
        elif lines and _CASE_HEAD_RE.match(head):  # the column's label before its value
            value = " ".join(x.text.strip() for x in lines)
            after.append(Line(value if case_label(value) else f"{head} {value}",
                              page=lines[0].page, size=lines[0].size))
        elif len(lines) == 1:
            beside.append(lines[0].text.strip())
        else:
            after += lines
    opening = "\t".join([" ".join(number.split()), first.text.strip(), *beside]).strip()
    return [Line(opening, page=first.page, size=first.size, bold=first.bold,
                 level=first.level), *title[1:k], *rest[:meta], *after,
            *_under_head(columns.heads[columns.title], rest[meta:]), *sections]


def _under_head(head: str, lines: list[Line]) -> list[Line]:
    """A column's lines under its header when the header names a section."""
    if not lines or not heading_phrase(head):
        return lines
    return [Line(head, page=lines[0].page, size=lines[0].size, bold=True), *lines]
