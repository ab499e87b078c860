"""Line numbers in a PDF's margin (a word processor's line numbering, a bill's numbered
lines): page furniture, dropped before a page's rows are read.

The principle: a margin's numbers count the page's lines. A number at the start of a row,
standing apart from the row's text, is a line number where the numbers down a page grow
by exactly as many rows as they stand apart (every line numbered, or every fifth), five
times or more on one page, down most of its rows (a table of contents numbers its entries
one to a row, but only in its part of the page); the document's other pages then drop
the numbers in that margin that count their rows alike (a short last page holds few). An
item's number at the margin grows by one from title to title, with its item's many lines
between: it counts items, not lines, and stays. A number the extractor ran into its line's
text ("1 Referat", the first line set larger) is dropped where its value fits the count.
"""

from __future__ import annotations

import re
from typing import Any

Row = list[dict[str, Any]]
Mark = tuple[int, int]  # a row's index on its page and the number at its start

_NUMBER_RE = re.compile(r"^(\d{1,4})(?:\s+(?=\S)|$)")
_MIN_NUMBERS = 5
_SHARE = 0.8  # of the steps between numbers that must count the rows between them
_SPAN = 0.75  # of a page's rows that its numbers span (a contents table's column: a part)
_SLACK = 1.5  # points a line number's right edge may stand right of the margin's


def without_line_numbers(pages: list[list[Row]]) -> list[list[Row]]:
    """Each page's rows (top to bottom) without the line numbers in their margin."""
    pages = [[sorted(row, key=lambda p: p["x0"]) for row in rows] for rows in pages]
    marks = [m if (m := _bare(rows)) and _counting(m) else [] for rows in pages]
    margins = [max(rows[k][0]["x1"] for k, _ in m) for rows, m in zip(pages, marks, strict=True)
               if len(m) >= _MIN_NUMBERS and m[-1][0] - m[0][0] + 1 >= _SPAN * len(rows)]
    if not margins:
        return pages
    margin = max(margins) + _SLACK
    return [_dropped(rows, m) if m and all(rows[k][0]["x1"] <= margin for k, _ in m) else rows
            for rows, m in zip(pages, marks, strict=True)]


def _bare(rows: list[Row]) -> list[Mark]:
    """The rows that start with a number standing apart from the row's text."""
    return [(k, int(row[0]["text"])) for k, row in enumerate(rows)
            if row[0]["text"].isdigit() and len(row[0]["text"]) <= 4
            and len(row) > 1 and row[1]["x0"] > row[0]["x1"]]


def _counting(marks: list[Mark]) -> bool:
    """Whether the numbers grow down the page by as many rows as they stand apart."""
    steps = list(zip(marks, marks[1:], strict=False))
    return (all(w > v for (_, v), (_, w) in steps)
            and sum(w - v == j - i for (i, v), (j, w) in steps) >= _SHARE * len(steps))


def _dropped(rows: list[Row], marks: list[Mark]) -> list[Row]:
    """The page's rows without their line numbers, bare or run into the line's text."""
    bare = dict(marks)
    column = max(rows[k][0]["x1"] for k in bare)
    text_x = sorted(rows[k][1]["x0"] for k in bare)
    out = []
    for k, row in enumerate(rows):
        if k in bare:
            out.append(row[1:])
            continue
        first = row[0]
        match = _NUMBER_RE.match(first["text"])
        if match and first["x0"] < column and _fits(k, int(match[1]), marks):
            row = [{**first, "text": first["text"][match.end():],
                    "x0": text_x[len(text_x) // 2]}, *row[1:]]
        out.append(row)
    return out


def _fits(k: int, value: int, marks: list[Mark]) -> bool:
    """Whether `value` on row `k` counts the rows as the nearest bare line number does."""
    i, v = min(marks, key=lambda m: abs(m[0] - k))
    return value - v == k - i
