"""Columns on a PDF page, from geometry alone: the gutters between columns of prose
(right of a sidebar too) and the rows in reading order down each column in turn."""

from __future__ import annotations

from collections import Counter
from typing import Any

from referat.index.readers.pdfpieces import MARGIN_MARKER_RE
from referat.index.sections import heading_phrase

# Two columns are read as such when each holds at least this many lines.
_COLUMN_MIN_ROWS = 6
# At most this many columns of text on a page (a newspaper's page holds five or six).
_MAX_COLUMNS = 6


def column_order(rows: list[list[dict[str, Any]]], gutters: tuple[float, ...]
                 ) -> list[list[dict[str, Any]]]:
    """Rows in reading order: where the page is set in columns, down each column in turn.

    Columns are found from geometry alone (`find_gutters`): a run of rows that no piece crosses
    a gutter in is read column by column, left to right; a row across a gutter (a heading
    over the columns) ends the run.
    """
    out: list[list[dict[str, Any]]] = []
    band: list[list[dict[str, Any]]] = []
    for row in [*rows, []]:
        if row and not any(p["x0"] < g < p["x1"] for p in row for g in gutters):
            band.append(row)
            continue
        for k in range(len(gutters) + 1):  # a piece's column: the gutters left of it
            out += [cell for r in band
                    if (cell := [p for p in r if sum(p["x0"] >= g for g in gutters) == k])]
        band = []
        if row:
            out.append(row)
    return out


# a column of item heads beside the items' sections is read item by item (`head_column_bands`)
HEAD_COLUMNS = True
_SLACK = 1.5


def head_column_bands(rows: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Rows in reading order where a left column holds each item's head (its marker alone
    on a line, the title and case number under it) beside a column of its sections, the
    first heading on the marker's baseline (`Punkt 4 | Resumé`): from each marker to the
    next, the left column's lines, then the right column's. Only where every marker stands
    at one x, one of them beside a known heading at the right column's x, and no line
    crosses from one column into the other (a number alone in the right column is no
    marker); the rows above the first marker stay as they
    are (the meeting's fields, or an item's text run on from the page before)."""
    marked = [k for k, row in enumerate(rows) if MARGIN_MARKER_RE.match(
        min(row, key=lambda p: p["x0"])["text"].strip())]
    beside = [p for k in marked for p in rows[k] if p["x0"] > min(q["x1"] for q in rows[k])]
    body = next((p["x0"] for p in beside if heading_phrase(p["text"].rstrip(":. "))), None)
    if body is None:
        return rows
    marked = [k for k in marked if min(p["x1"] for p in rows[k]) <= body - _SLACK]
    left = {round(min(p["x0"] for p in rows[k])) for k in marked}
    if max(left) - min(left) > 2 * _SLACK or any(
            p["x0"] < body - _SLACK < p["x1"] for row in rows[marked[0]:] for p in row):
        return rows
    out = rows[:marked[0]]
    for start, end in zip(marked, [*marked[1:], len(rows)], strict=True):
        band = rows[start:end]
        for side in (lambda p: p["x1"] <= body - _SLACK, lambda p: p["x1"] > body - _SLACK):
            out += [cells for row in band if (cells := [p for p in row if side(p)])]
    return out


def find_gutters(rows: list[list[dict[str, Any]]], width: float) -> tuple[float, ...]:
    """The x of each gutter between columns of prose, left to right (none: one column).

    Columns are found in the page, or else right of a sidebar (`_sidebar`: lines of words
    at the margin, read before the columns beside it; beside one column of text it stays
    in its rows: the labels beside an item's lines; a table's first column is none).
    """
    found = _region_gutters(rows, width, 0.0)
    if found:
        return found
    starts = Counter(round(p["x0"]) for row in rows for p in row
                     if 0.1 * width < p["x0"] < 0.5 * width)
    for x in sorted(x for x, n in starts.items() if n >= _COLUMN_MIN_ROWS):
        if not _sidebar([p for row in rows for p in row if p["x1"] <= x - 1.0]):
            continue  # a table's column of numbers beside its cells, no sidebar
        beside = _region_gutters(_right_of(rows, x - 1.0), width, x - 1.0)
        if beside:
            return (x - 1.0, *beside)
    return ()


def _sidebar(pieces: list[dict[str, Any]]) -> bool:
    """Whether pieces left of the columns are a sidebar: six or more lines of words, set
    one under the other (a table's first cells stand apart, one beside each row)."""
    pieces = sorted(pieces, key=lambda p: -p["y1"])
    close = sum(1 for a, b in zip(pieces, pieces[1:], strict=False)
                if a["y0"] - b["y1"] < a["y1"] - a["y0"]
                and sum(ch.isalpha() for ch in a["text"]) >= 2)
    return close + 1 >= _COLUMN_MIN_ROWS


def _region_gutters(rows: list[list[dict[str, Any]]], width: float, lo: float
                    ) -> tuple[float, ...]:
    """`find_gutters` in the part of the page right of `lo`.

    The first gutter as `_gutter` finds it; where the part's most frequent start is a
    third column's (no gutter found), each start from a fifth of the part on is tried as
    the first, if a further column stands right of it. Then each further gutter is found as
    the first is, in the part right of the last one; a last column of a few lines where
    the column width says the next column starts.
    """
    if not rows:
        return ()
    first = _gutter(rows, width, lo=lo)
    if first is None:
        span = width - lo
        starts = Counter(round(p["x0"]) for row in rows for p in row
                         if lo + 0.2 * span < p["x0"] < lo + 0.5 * span)
        for x in sorted(x for x, n in starts.items() if n >= _COLUMN_MIN_ROWS):
            g = _gutter(rows, width, x=x)
            if g is not None and _gutter(_right_of(rows, g), width, lo=g) is not None:
                first = g
                break
    if first is None:
        return ()
    out = [first]
    margin = min(p["x0"] for row in rows for p in row)
    while len(out) < _MAX_COLUMNS - 1:
        right = _right_of(rows, out[-1])
        following = _gutter(right, width, lo=out[-1])
        pitch = out[-1] - (out[-2] if len(out) > 1 else margin - 1.0)
        if following is None and out[-1] + 1.8 * pitch <= width:
            # the last column of a page may hold a few lines only: it starts one column's
            # width right of the last (the columns of a page are alike in width)
            following = _gutter(right, width, at=out[-1] + pitch)
        if following is None:
            break
        out.append(following)
    return tuple(out)


def known_gutters(rows: list[list[dict[str, Any]]], known: tuple[float, ...]
                  ) -> tuple[float, ...]:
    """The document's gutters that a page too short to show them by itself bears out."""
    out: list[float] = []
    for g in known:
        region = _right_of(rows, out[-1]) if out else rows
        if _gutter(region, 1.0, at=g) is None:
            break
        out.append(g)
    return tuple(out)


def _right_of(rows: list[list[dict[str, Any]]], gutter: float) -> list[list[dict[str, Any]]]:
    """The rows' pieces right of a gutter (the page's part a further column may split)."""
    return [right for row in rows if (right := [p for p in row if p["x0"] >= gutter])]


def _gutter(rows: list[list[dict[str, Any]]], width: float,
            at: float | None = None, lo: float = 0.0, x: float | None = None) -> float | None:
    """The x of a gutter between two columns of prose, or None.

    The right column's lines start at one x near the middle of the page, and beside them
    the left column's lines start at the margin and a third or more are prose (several words
    across more than half the column), and the two are alike in width; a table's label
    cells, its middle columns, a margin of headings beside the text or a right-aligned
    date are not. `at`: the gutter the document's other pages show, on a page whose
    right column holds only a few lines: its lines start there and beside the margin.
    `lo`: the part of the page right of a gutter already found (a third column's); `x`:
    the right column's start to try.
    """
    pieces = [p for row in rows for p in row]
    if not pieces:
        return None
    least = _COLUMN_MIN_ROWS
    if at is not None:  # the document's gutter, on a page with only a few lines in its right column
        x, least = at + 1.0, 1
    elif x is None:
        span = width - lo
        starts = Counter(round(p["x0"]) for p in pieces
                         if lo + 0.3 * span < p["x0"] < lo + 0.7 * span)
        if not starts:
            return None
        x, count = starts.most_common(1)[0]
        if count < least:
            return None
    gutter = x - 1.0
    right = [p for p in pieces if abs(p["x0"] - x) <= 1.5]
    if not right or len(right) < least:
        return None
    low, high = min(p["y0"] for p in right), max(p["y1"] for p in right)
    margin = min(p["x0"] for p in pieces)
    column = gutter - margin
    left = [p for p in pieces if p["x1"] <= gutter and p["y1"] > low and p["y0"] < high]
    if sum(abs(p["x0"] - margin) <= 1.5 for p in left) < 0.8 * len(left):
        return None  # text starting between margin and gutter: a table's middle column
    if at is not None:
        return gutter  # the document's columns: too few lines here to judge them again
    prose = sum(1 for p in left if len(p["text"].split()) >= 4 and p["x1"] - p["x0"] > column / 2)
    if len(left) < least or prose * 3 < len(left):
        return None
    # columns of text are alike in width; a margin of headings beside the text is narrow
    if max(p["x1"] for p in left) - margin < 0.6 * (max(p["x1"] for p in right) - x):
        return None
    return gutter
