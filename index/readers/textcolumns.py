"""Text laid out in two columns (`pdftotext -layout` of a two-column page): each line the
left column's line, padded to one position, and the right column's line; the text runs down
the left column and on in the right, so each column is read whole, the left first."""

from __future__ import annotations

import re
import statistics
from collections import Counter

# a word, three spaces or more, a word: where a second column may start (the second word)
_GUTTER_RE = re.compile(r"\S( {3,})(?=\S)")
_MIN_ROWS = 8  # lines that print both columns
_FITTING = 0.9  # the share of the page's lines that keep to the two columns


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
TEXT_COLUMNS = True


def column_pages(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines column after column where two columns of prose share its lines at
    one position (`_gutter`); a page too short to show the gutter by itself (the last one)
    takes the one the document's other pages show, where its lines keep to it."""
    if not TEXT_COLUMNS:
        return pages
    gutters = [_gutter(page) for page in pages]
    known = Counter(g for g in gutters if g).most_common(1)
    if not known:
        return pages
    at = known[0][0]
    return [_columns(page, gutter or at) if gutter or _keeps_to(page, at) else page
            for page, gutter in zip(pages, gutters, strict=True)]


def _gutter(lines: list[str]) -> int | None:
    """Where the right column starts, when two columns of prose share the page's lines: a
    gutter of three spaces or more at one position in many lines, a third of the left
    column's lines filling most of its width, the right's several words, and nine lines in
    ten keeping to it."""
    if sum("   " in line.strip() for line in lines) < _MIN_ROWS:  # cheap: no gutters
        return None
    starts = Counter(m.end() for line in lines for m in _GUTTER_RE.finditer(line.rstrip()))
    if not starts:
        return None
    at, rows = starts.most_common(1)[0]
    texts = [line.rstrip() for line in lines if line.strip()]
    if rows < _MIN_ROWS or rows < 0.3 * len(texts):
        return None
    both = [line.rstrip() for line in lines if _both(line.rstrip(), at)]
    if 3 * sum(len(line[:at].strip()) >= 0.7 * at for line in both) < len(both) \
            or statistics.median(len(line[at:].split()) for line in both) < 3:
        return None
    return at if _keeps_to(lines, at) else None


def _keeps_to(lines: list[str], at: int) -> bool:
    texts = [line.rstrip() for line in lines if line.strip()]
    return any(_right(line, at) for line in texts) \
        and sum(_fits(line, at) for line in texts) >= _FITTING * len(texts)


def _columns(lines: list[str], at: int) -> list[str]:
    """The left column's lines, then the right's; a line across the gutter (a page number
    centred under both) stays above the columns or below them, as it stood."""
    lines = [line.rstrip() for line in lines]
    right = [k for k, line in enumerate(lines) if _right(line, at)]
    first, last = right[0], right[-1]
    head = [line for line in lines[:first] if not _fits(line, at)]
    tail = [line for line in lines[last + 1:] if not _fits(line, at)]
    left_col = [line[:at].rstrip() if _fits(line, at) else line
                for k, line in enumerate(lines) if _fits(line, at) or first <= k <= last]
    while left_col and not left_col[-1]:  # the column runs on at the right's top
        left_col.pop()
    right_col = [line[at:] if _fits(line, at) else "" for line in lines[first:last + 1]]
    return [*head, *left_col, *right_col, *tail]


def _right(line: str, at: int) -> bool:
    """A line that prints the right column (alone or beside the left)."""
    return len(line) > at and line[at] != " " and line[at - 3:at] == "   "


def _both(line: str, at: int) -> bool:
    return _right(line, at) and line[:at].strip() != ""


def _fits(line: str, at: int) -> bool:
    """A line that keeps to the columns: the left column's alone, the right's alone (blank
    up to the gutter) or both, parted at the gutter."""
    return len(line) < at - 1 or line[:at].strip() == "" or line[at - 2:at] == "  "
