"""A PDF table whose column heads name sections ("Pkt. | Sagen | Beslutning"): read row by
row, each cell down its column, the column's head as the heading of the cell's text.

The principle: a column head names the section of every cell under it. The table is found
from geometry and its head row alone: a row of short cells, one or more (not the first) a
heading of the table in `index.sections`. Its rows are the item rows: one starts where the
first column (not a section's: the item's number) holds text. A page's rows, in reading
order, come out as the reader reads any document: the item's number beside the second
column's first lines (the title and its metadata, set apart from the column's text), then
that column's head (where it names a section) and text, the unheaded columns' cells in
their rows, then each further headed column's head and text. A head row that names only
the columns right of the number (`Sagen | Beslutning`) takes a column of numbers left of it
as its first. A table that runs onto the next page without its head row keeps its columns
there, below the page's running head, where its rows there fit them. A head row of known
headings alone (`Indstilling | Beslutning`, the recommendation and the decision side by
side) is sections side by side: each head over its column's text, down to the first row
set apart or in another type; a page may hold one such table per item.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from referat.index.readers.tables import number_cell
from referat.index.sections import heading_phrase

Row = list[dict[str, Any]]

_HEAD_MAX_WORDS = 3
_SLACK = 3.0  # points a cell's text may start left of its column head
_RUNNING_HEAD_ROWS = 3  # rows above a carried table's top on its next page (a running head)
_NUMBER_RE = re.compile(r"^\d{1,4}(?:\.\d{1,3})*\.?$")  # "4", "4.", "4.1": no column's name


def headed_table(rows: list[Row], carried: list[tuple[float, str]] | None = None
                 ) -> tuple[list[Row], list[tuple[float, str]] | None]:
    """The page's rows with its headed table read cell by cell, and the table's columns
    (x, head) to carry to the next page (a table that runs on without its head row)."""
    start, columns = None, None
    for k, row in enumerate(rows):
        columns = _head_columns(row, rows[k + 1:])
        if columns:
            start = k + 1
            break
    if columns is None and carried and not _side_by_side(carried):
        # below the page's running head, if it has one (sections side by side are read on
        # their head row's page only)
        start = next((k for k in range(min(_RUNNING_HEAD_ROWS + 1, len(rows)))
                      if _aligned(rows[k], carried) and _inside(rows[k], carried)), None)
        columns = carried if start is not None else None
    if columns is None or start is None:
        return rows, None
    end = start
    while end < len(rows) and _inside(rows[end], columns):
        end += 1
    if side_by_side := _side_by_side(columns):
        end = _side_by_side_end(rows, start, end)
    body = rows[start:end]
    if not any(_column(p, columns) == 0 for row in body for p in row):
        return rows, None
    if side_by_side:  # each head over its column's text; another item's table may follow
        rest, later = headed_table(rows[end:])
        return [*rows[:start - 1], *_read_table(body, columns), *rest], later or columns
    return [*rows[:start], *_read_table(body, columns), *rows[end:]], columns


def opens_table(rows: list[Row]) -> bool:
    """Whether a page holds a headed table's head row, set apart (bold), with no text
    above it where its columns start: the page's columns are the table's, not columns of
    text to read one after the other."""
    for k, row in enumerate(rows):
        columns = _head_columns(row, rows[k + 1:])
        if columns and not _side_by_side(columns) and all(p["bold"] for p in row) and not any(
                abs(p["x0"] - x) <= _SLACK for above in rows[:k] for p in above
                for x, _ in columns[1:]):
            return True
    return False


def _head_columns(row: Row, below: list[Row]) -> list[tuple[float, str]] | None:
    """(x, text) of each cell of a table's head row whose cells (not the first) name a
    section, else None. A head row that names only the columns right of the number
    (`Sagen | Beslutning` over `3. | Title | Godkendt.`) takes the column of numbers
    left of it in the rows `below` as its first, unnamed column."""
    if len(row) < 2:
        return None
    cells = sorted(row, key=lambda p: p["x0"])
    texts = [" ".join(p["text"].split()) for p in cells]
    if any(len(t.split()) > _HEAD_MAX_WORDS or "\t" in t for t in texts) \
            or len({_style(p) for p in cells}) > 1:
        return None  # a head row is set in one type: not a line of text beside a margin's head
    if _NUMBER_RE.match(texts[0]):
        return None  # "4.1 | Resumé": a heading numbered in a cell of its own, not a head row
    columns = [(p["x0"], t) for p, t in zip(cells, texts, strict=True)]
    if heading_phrase(texts[0]):
        left = _unnamed_numbers(below, columns)
        if left is not None:
            return [(left, ""), *columns]
        # every cell a known heading ("Indstilling | Beslutning"): sections side by side
        return columns if all(heading_phrase(t) for t in texts) else None
    if not any(heading_phrase(t) for t in texts[1:]):
        return None
    return columns


def _unnamed_numbers(rows: list[Row], columns: list[tuple[float, str]]) -> float | None:
    """The left edge of a column of numbers left of a head row that does not name it, or
    None: two or more rows below the head hold a number there (and nothing else left of
    the head), their other cells inside the head's columns."""
    numbers: list[dict[str, Any]] = []
    for row in rows:
        left = [p for p in row if p["x0"] < columns[0][0] - _SLACK]
        if left and not (len(left) == 1 and number_cell(left[0]["text"])):
            break
        if not _inside([p for p in row if p not in left], columns):
            break
        numbers += left
    return min(p["x0"] for p in numbers) if len(numbers) >= 2 else None


def _column(piece: dict[str, Any], columns: list[tuple[float, str]]) -> int | None:
    """The column a piece stands in, or None where it lies across two or left of all."""
    k = None
    for i, (x, _) in enumerate(columns):
        if piece["x0"] >= x - _SLACK:
            k = i
    if k is None:
        return None
    following = columns[k + 1][0] if k + 1 < len(columns) else None
    if following is not None and piece["x1"] > following + _SLACK:
        return None
    return k


def _inside(row: Row, columns: list[tuple[float, str]]) -> bool:
    return all(_column(p, columns) is not None for p in row)


def _aligned(row: Row, columns: list[tuple[float, str]]) -> bool:
    """A row whose every cell starts at a column's x: the table running on."""
    return all(any(abs(p["x0"] - x) <= _SLACK for x, _ in columns) for p in row)


def _style(piece: dict[str, Any]) -> tuple[float, bool]:
    return round(piece["size"], 1), bool(piece["bold"])


def _side_by_side(columns: list[tuple[float, str]]) -> bool:
    """Whether a head row names sections alone, side by side (`Indstilling | Beslutning`):
    the page's columns of text, if it has them, are still read as columns (two columns'
    headings may stand on one baseline)."""
    return all(heading_phrase(head) for _, head in columns)


def _side_by_side_end(rows: list[Row], start: int, end: int) -> int:
    """Where a table of sections side by side ends (`end` at the latest): at the first row
    set further below the row above than the table's first two rows are, or in another type
    than its first row's text (the next title, a heading under the table)."""
    style = {_style(p) for p in rows[start]}
    for k in range(start + 1, end):
        if _gap(rows[k - 1], rows[k]) > _gap(rows[start - 1], rows[start]) + 0.6 * (
                rows[k][0]["y1"] - rows[k][0]["y0"]) or {_style(p) for p in rows[k]} - style:
            return k
    return end


def _gap(above: Row, row: Row) -> float:
    return min(p["y0"] for p in above) - max(p["y1"] for p in row)


def _read_table(body: list[Row], columns: list[tuple[float, str]]) -> list[Row]:
    headed = [heading_phrase(head) for _, head in columns]
    if all(headed):  # sections side by side: each column's head over its text
        return [row for k, (_, head) in enumerate(columns)
                if (cell := [[p] for row in body for p in row if _column(p, columns) == k])
                for row in [[_heading_piece(head, cell[0][0])], *cell]]
    styles = [Counter(_style(p) for row in body for p in row if _column(p, columns) == k)
              for k in range(len(columns))]
    common = [s.most_common(1)[0][0] if s else None for s in styles]
    # the first column holds the item's number ("3.", "Pkt. 3"), or the title and its text
    numbered = all(len(p["text"].split()) <= 3 for row in body for p in row
                   if _column(p, columns) == 0)
    apart = _rows_apart(body)
    groups: list[list[Row]] = []
    for k, row in enumerate(body):
        if not groups or any(_column(p, columns) == 0 for p in row) and (numbered or apart[k]):
            groups.append([])
        groups[-1].append(row)
    out: list[Row] = []
    for group in groups:
        out += _read_group(group, columns, headed, common, 1 if numbered else 0)
    return out


def _rows_apart(body: list[Row]) -> list[bool]:
    """Whether each row stands further below the row above than the lines of a cell do:
    a table row's first line (its cells padded or ruled apart)."""
    gaps = [min(p["y0"] for p in a) - max(p["y1"] for p in b)
            for a, b in zip(body, body[1:], strict=False)]
    if not gaps:
        return [True] * len(body)
    usual = sorted(gaps)[len(gaps) // 2]
    height = sorted(p["y1"] - p["y0"] for row in body for p in row)[
        sum(len(row) for row in body) // 2]
    return [True, *(g > usual + 0.6 * height for g in gaps)]


def _read_group(group: list[Row], columns: list[tuple[float, str]], headed: list[bool],
                common: list[Any], titled: int) -> list[Row]:
    """One item's rows: the number beside the title's column (the title, the lines under
    it, its head before its text where it has one) and the unheaded columns, then every
    further headed column under its head."""
    marked = any(_column(p, columns) == 0 for p in group[0])
    lead = titled if marked else -1
    cells: list[list[dict[str, Any]]] = [[] for _ in columns]
    out: list[Row] = []
    for row in group:
        near = []
        for p in sorted(row, key=lambda p: p["x0"]):
            k = _column(p, columns)
            if k is None:
                continue
            if k <= lead or (not headed[k] and k > lead >= 0):
                near.append(p)  # the number, the title's column, unheaded cells beside
            else:
                cells[k].append(p)
        if near:
            out.append(near)
    if lead >= 0 and headed[lead]:
        out = _title_then_head(out, columns[lead], lead, columns, common[lead])
    for k, pieces in enumerate(cells):
        if pieces:
            if headed[k]:
                out.append([_heading_piece(columns[k][1], pieces[0])])
            out += [[p] for p in pieces]
    return out


def _title_then_head(rows: list[Row], column: tuple[float, str], k: int,
                     columns: list[tuple[float, str]], common: Any) -> list[Row]:
    """The title column's head inserted where its text starts: after the lines at the
    cell's top that are set apart from the column's text (the title, a case number), or
    after the first line where none is."""
    own = [(i, p) for i, row in enumerate(rows) for p in row if _column(p, columns) == k]
    if len(own) < 2:
        return rows
    at = next((j for j, (_, p) in enumerate(own) if _style(p) == common), None)
    if at is None:
        return rows  # a title and its metadata alone: no text under the head
    at = max(at, 1)
    i, piece = own[at]
    head = [_heading_piece(column[1], piece)]
    if len(rows[i]) > 1:  # the text's first line beside other cells: it stays among them
        return rows
    return [*rows[:i], head, *rows[i:]]


def _heading_piece(text: str, beside: dict[str, Any]) -> dict[str, Any]:
    """A column's head as a line of its own, set as a heading, where its cell starts."""
    return {**beside, "text": text, "bold": True}
