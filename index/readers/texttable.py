"""A text table whose column heads name sections (`| Pkt. | Sagen | Beslutning |`, or the
same in columns of spaces): read as the PDF reader reads one (`pdftable.headed_table`),
the character offset of each cell standing for its x on the page.

Only a page with such a head row changes: its table's rows become lines of the item's
number and title, then each headed column's head and cells down the column. Any other
table drawn with characters (`draws_tables`) is read row by row, its cells joined by a tab
(`table_row`), in a text file and in a PDF typed as one.
"""

from __future__ import annotations

import re
from typing import Any

from referat.index.readers.pdftable import headed_table

_CELL_RE = re.compile(r"[^|]+")
_SPACED_RE = re.compile(r"\S+(?: \S+)*")  # words apart by single spaces: one cell
_RULE_RE = re.compile(r"^\s*[+|]?[\s:|+=-]*[-=]{3,}[\s:|+=-]*$")


def headed_text_tables(pages: list[list[str]]) -> list[list[str]]:
    """The pages' lines with every headed table read cell by cell (see the module)."""
    out = []
    carried = None
    for page in pages:
        rows = [_pieces(raw, k) for k, raw in enumerate(page)]
        kept = {id(r): k for k, r in enumerate(rows) if r}
        read, carried = headed_table([r for r in rows if r], carried)
        if carried is None:
            out.append(page)
            continue
        lines: list[str] = []
        last = -1
        for row in read:
            k = kept.get(id(row))
            if k is not None:  # a line outside the table: as it is, blank lines above it too
                lines += page[last + 1:k + 1]
                last = k
            else:  # the table's lines, read cell by cell
                lines.append("\t".join(p["text"] for p in sorted(row, key=lambda p: p["x0"])))
                last = max(last, *(int(-p["y0"]) - 1 for p in row))
        out.append(lines + page[last + 1:])
    return out


def _pieces(raw: str, k: int) -> list[dict[str, Any]]:
    """A line's cells as pieces at their character offsets: between pipes in a table
    drawn with characters, else runs of words apart by two or more spaces. A rule row
    holds none."""
    if _RULE_RE.match(raw) or not raw.strip():
        return []
    finder = _CELL_RE if raw.lstrip().startswith("|") else _SPACED_RE
    out = []
    for m in finder.finditer(raw):
        text = m.group(0)
        start = m.start() + len(text) - len(text.lstrip())
        text = " ".join(text.split())
        if text:
            out.append({"text": text, "x0": float(start), "x1": float(start + len(text)),
                        "y0": -k - 1.0, "y1": -k * 1.0, "size": 10.0, "bold": False,
                        "width": 1.0})
    return out


# A text table's border or rule row: "+-----+------+", "|---|:--:|", "+=====+"
_TABLE_RULE_RE = re.compile(r"^\s*[+|](?:[\s:]*[-=]{3,}[\s:]*[+|]?)+\s*$|^\s*\+[-=+]{3,}\s*$")
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|")


def draws_tables(pages: list[list[str]]) -> bool:
    """Whether the lines (a text file's, or a PDF's typed as one) draw tables with
    characters: two or more border rows ("+----", "|---|") or rows of cells between pipes
    ("| 14 | Title |", "|   | Sagsnr. … ")."""
    rules = rows = 0
    for page in pages:
        for raw in page:
            rules += bool(_TABLE_RULE_RE.match(raw))
            rows += raw.lstrip().startswith("|") and bool(_TABLE_ROW_RE.match(raw + "|"))
    return rules >= 2 or rows >= 3


def table_row(raw: str) -> str:
    """A text table's row as the line model has a table row from HTML or PDF: its cells
    joined by a tab, the empty cells at either end left out; a border row is an empty
    line (HTML's rules draw nothing). Other lines are as they are."""
    if _TABLE_RULE_RE.match(raw):
        return ""
    if not raw.lstrip().startswith("|"):
        return raw
    cells = [" ".join(cell.split()) for cell in raw.strip().strip("|").split("|")]
    return "\t".join(cells).strip("\t ")
