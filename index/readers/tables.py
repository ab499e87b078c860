"""Tables of items: a header row names the columns, one record per item below it.

A protocol printed as a table (``Pkt. | Sagen | Beslutning``) holds one item per row (or
per record of rows, where a cell wraps over several lines). Its header row is never
content: it says which column holds the item's number, which its title and which a
section. `item_columns` reads that from the header cells (and, where no header names
the number column, from a first column whose every cell is a number); `record_lines`
turns one record's cells into the lines an item printed as prose would have: the number
and the title on one line, the title column's metadata (a case number, a status), then
each column's text under its heading when the header names a section. HTML
(`markup`) and PDF (`pdf`) both use it, so one principle reads both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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
    from referat.index.readers.generic import _STATUS_RE, _case_label

    title = [x for x in cells[columns.title] if x.text.strip()]
    first = title[0] if title else Line("")
    k = 1  # a title wrapped over lines set alike, apart from the cell's text (PDF)
    while (k < len(title) and first.size is not None and title[-1].size is not None
           and (title[k].size, title[k].bold) == (first.size, first.bold)
           != (title[-1].size, title[-1].bold)):
        k += 1
    rest = title[k:]
    meta = 0
    while meta < len(rest) and (_case_label(rest[meta].text)
                                or _STATUS_RE.match(rest[meta].text.strip())):
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
            after.append(Line(value if _case_label(value) else f"{head} {value}",
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


# --- PDF: a table's columns from its header row's positions ----------------------------

_SLACK = 3.0  # points a cell's text may start left of its column's header


def pdf_records(pages: list[list[list[dict[str, Any]]]]) -> list[list[list[dict[str, Any]]]]:
    """Each page's rows (pieces with their boxes, top to bottom) with every table of items
    read record by record: below a header row that names a number column and a section's
    column, every piece belongs to the column whose header starts left of it, a record
    runs from one number to the next, and its cells become the lines `record_lines`
    gives, each a row of its own. A table that runs to a page's foot goes on at the top
    of the next page in the same columns, with or without its header row repeated. Rows
    outside such a table are kept as they are."""
    out = []
    table: tuple[Columns, list[float]] | None = None
    for rows in pages:
        page: list[list[dict[str, Any]]] = []
        i = 0
        if table is not None:  # the table of the page before, under this page's header
            start = next((k for k in range(min(4, len(rows))) if _fits(table[1], rows[k])
                          and not _header_row(rows[k])), None)
            if start is not None:
                page += rows[:start]
                i = _extent(rows, start, table[1])
                page += _pdf_lines(*table, rows[start:i])
            if start is None or i < len(rows) - 2:
                table = None
        while i < len(rows):
            found = _pdf_table(rows, i)
            if found is None:
                page.append(rows[i])
                i += 1
                continue
            columns, xs, end = found
            page += _pdf_lines(columns, xs, rows[i + 1:end])
            table = (columns, xs) if end >= len(rows) - 2 else None
            i = end
        out.append(page)
    return out


def _header_row(row: list[dict[str, Any]]) -> bool:
    """Whether a row reads as a table's header: short cells, one naming an item number or
    a section."""
    return len(row) >= 2 and all(len(p["text"].split()) <= 3 for p in row) and any(
        _NUMBER_HEAD_RE.match(" ".join(p["text"].split())) or heading_phrase(p["text"])
        for p in row)


def _unnamed_numbers(rows: list[list[dict[str, Any]]], xs: list[float]) -> float | None:
    """The left edge of a column of numbers left of a header row that does not name it
    (`| Sagen | Beslutning` over `3. | Title | Godkendt.`), or None: two or more rows below
    the header hold a number there and nothing else stands left of the header."""
    numbers: list[dict[str, Any]] = []
    for row in rows:
        left = [p for p in row if p["x0"] < xs[0] - _SLACK]
        if left and not (len(left) == 1 and number_cell(left[0]["text"])):
            break
        if not _fits(xs, [p for p in row if p not in left]):
            break
        numbers += left
    return min(p["x0"] for p in numbers) if len(numbers) >= 2 else None


def _fits(xs: list[float], row: list[dict[str, Any]]) -> bool:
    """Whether every piece of a row stands inside one of the table's columns."""
    return all(p["x0"] >= xs[0] - _SLACK and _column(xs, p) == _column(xs, p, right=True)
               for p in row)


def _extent(rows: list[list[dict[str, Any]]], start: int, xs: list[float]) -> int:
    """The end of a table's rows from `start`: the first row that does not fit its columns,
    or that stands apart by more than three lines' height (a page's footer)."""
    end = start
    while end < len(rows) and _fits(xs, rows[end]):
        if end > start:
            above, row = rows[end - 1], rows[end]
            height = max(p["y1"] - p["y0"] for p in above)
            if min(p["y0"] for p in above) - max(p["y1"] for p in row) > 3 * height:
                break
        end += 1
    return end


def _pdf_table(rows: list[list[dict[str, Any]]], h: int
               ) -> tuple[Columns, list[float], int] | None:
    """(the columns, their left edges, the end of the table's rows) when row h is the
    header row of a table of items whose records wrap over several rows, else None."""
    if not _header_row(rows[h]):
        return None
    header = sorted(rows[h], key=lambda p: p["x0"])
    xs = [p["x0"] for p in header]
    heads = [p["text"] for p in header]
    if not any(heading_phrase(t) for t in heads):
        return None
    if not any(_NUMBER_HEAD_RE.match(" ".join(t.split())) for t in heads):
        left = _unnamed_numbers(rows[h + 1:], xs)
        if left is None:
            return None
        xs, heads = [left, *xs], ["", *heads]
    end = _extent(rows, h + 1, xs)
    numbers = [p["text"] for row in rows[h + 1:end] for p in row if _column(xs, p) == 0]
    columns = item_columns(heads, numbers)
    if columns is None or columns.number != 0 or end - h - 1 <= len(numbers):
        return None  # not one row per record at most: a table of rows, read as rows
    return columns, xs, end


def _column(xs: list[float], piece: dict[str, Any], right: bool = False) -> int:
    """The column a piece's left edge (or its right edge, `right`) stands in."""
    x = piece["x1"] - _SLACK if right else piece["x0"] + _SLACK
    return max((k for k, left in enumerate(xs) if left <= x), default=0)


def _pdf_lines(columns: Columns, xs: list[float], rows: list[list[dict[str, Any]]]
               ) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    records: list[tuple[str, list[list[dict[str, Any]]]]] = []
    for row in rows:
        number = [p for p in row if _column(xs, p) == columns.number]
        if number or not records:
            records.append((number[0]["text"] if number else "", []))
        records[-1][1].append(row)
    for number, record in records:
        cells: list[list[Line]] = [[] for _ in xs]
        for row in record:
            for p in sorted(row, key=lambda p: p["x0"]):
                k = _column(xs, p)
                if k != columns.number:
                    cells[k].append(Line(p["text"], size=p["size"], bold=p["bold"]))
        if not number:  # a record continued from the page before: its cells, in order
            lines = [x for k in range(len(xs)) if k != columns.number
                     for x in _under_head(columns.heads[k], cells[k])]
        else:
            lines = record_lines(columns, number, cells)
        box = record[0][0]
        for line in lines:
            out.append([{**box, "text": line.text, "size": line.size or box["size"],
                         "bold": line.bold, "x0": xs[0], "x1": max(box["x1"], xs[-1] + 1)}])
    return out
