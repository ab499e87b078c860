"""A spreadsheet's export of minutes: a header row naming the columns, then a row per
section (`4;Title;24-001436;Sagsfremstilling;"text…"`), cells apart by ";", "," or a tab,
quoted texts over several lines. Read as the text a report of it prints: the item's
number and title once for its rows, each other cell of the item as a field under its
column's name, then each section's heading and text; a row without a number is a field
of the meeting ("Udvalg", "Mødedato"). An export of a row per item names its sections
in the header instead (`Punkt;Titel;Sagsnr.;Resumé;Beslutning`): read alike, each section
under its column's name, a column the same on every row (the udvalg) a meeting's field.
Only a table whose columns hold an item's number and section headings (the table in
`index/sections.py`) is read so; any other table is left as it is, so a spreadsheet that
is no minutes stays rejected."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from referat.index.readers.generic.labelled import title_head
from referat.index.sections import section_type

_NUMBER_RE = re.compile(r"^\d{1,3}[.)]?$")
_HEAD_CELL_RE = re.compile(r"^[^\W\d][\w. -]{0,30}$")
# an export of a row per item, its sections as columns, is read (`_item_rows`)
WIDE_EXPORTS = True


# a sheet's rows of the meeting's fields above its header row are read (`sheet_lines`)
FIELD_ROWS = True
# a column headed by a title's label ("Titel", "Emne") is the items' title (`_title_column`)
TITLE_HEADS = True


def delimited_lines(text: str) -> list[str] | None:
    """The lines a report of the export prints, or None when the text is no such export."""
    first = next((raw for raw in text.splitlines() if raw.strip()), "")
    delimiter = max(";,\t", key=first.count)
    try:
        records = list(csv.reader(io.StringIO(text.strip()), delimiter=delimiter))
    except csv.Error:
        return None
    return sheet_lines(records)


def sheet_lines(records: list[list[str]]) -> list[str] | None:
    """The lines a report of a sheet's rows prints (`delimited_lines`; an HTML page saved
    from a spreadsheet has its table's rows), or None when they are no export of minutes.
    The header is the first row; or, where up to five rows of a label and a value each
    (`Udvalg | …`, `Mødedato | …`) stand above it, those rows are the meeting's fields."""
    lead = _field_rows(records) if FIELD_ROWS else 0
    fields = [_field(r[0], " ".join(c for c in r[1:] if c.strip()))
              for r in records[:lead]]
    lines = _report(records[lead:])
    return lines[:2] + fields + lines[2:] if lines and fields else lines


def head_row(cells: list[str]) -> bool:
    """Whether a row's cells are a header's: three or more, each a short label."""
    return len(cells) >= 3 and all(_HEAD_CELL_RE.match(c.strip()) for c in cells)


def _field_rows(records: list[list[str]]) -> int:
    """How many rows of a label and a value each stand above the header row (none where
    the first row is the header)."""
    for k, r in enumerate(records[:6]):
        cells = [c.strip() for c in r if c.strip()]
        if len(cells) >= 3:
            return k if head_row(cells) else 0
        if len(cells) != 2 or not r[0].strip() or not _HEAD_CELL_RE.match(r[0].strip()):
            return 0
    return 0


def _report(records: list[list[str]]) -> list[str] | None:
    """`sheet_lines` of the rows from the header row."""
    header, rows = records[0] if records else [], records[1:]
    width = len(header)
    if not head_row(header) or len(rows) < 3 \
            or sum(len(r) == width for r in rows) < 0.8 * len(rows):
        return None
    rows = [[" ".join(c.split()) if "\n" not in c else c.strip() for c in r]
            for r in rows if len(r) == width]
    number = _column(rows, width, lambda c: bool(_NUMBER_RE.match(c)))
    heading = _column(rows, width, lambda c: section_type(c) is not None
                      or c.lower().startswith(("lukket", "åben")))
    if heading is not None and not any(section_type(r[heading]) for r in rows):
        heading = None  # a status column (`Åben`, `Lukket`) names no section
    if number is None:
        return None
    if heading is None:
        return _item_rows(header, rows, number) if WIDE_EXPORTS else None
    rest = [k for k in range(width) if k not in (number, heading)]
    longest = sorted(rest, key=lambda k: -sum(len(r[k]) for r in rows))
    title = _title_column(header, rest) if len(rest) > 1 else None
    if title is None:
        title = longest[1] if len(longest) > 1 else None
    body = next(k for k in longest if k != title)
    decided = any(section_type(r[heading]) == "beslutning" for r in rows)
    out = ["Referat" if decided else "Dagsorden", ""]
    opened = None
    for r in rows:
        if not r[number]:
            cells = [c for c in r if c]
            if len(cells) >= 2:
                out.append(f"{cells[0]}: {' '.join(cells[1:])}")
            continue
        key = (r[number], r[title] if title is not None else "")
        if key != opened:
            opened = key
            out += ["", f"{r[number].rstrip('.)')}. {key[1]}".strip()]
            out += [_field(header[k], r[k]) for k in rest
                    if k not in (body, title) and r[k]]
        out += ["", r[heading], *r[body].splitlines()] if r[heading] or r[body] else []
    return out


def _item_rows(header: list[str], rows: list[list[str]], number: int) -> list[str] | None:
    """The lines of an export of a row per item whose header names two sections or more."""
    width = len(header)
    sections = [k for k in range(width) if section_type(header[k].strip()) is not None]
    if len(sections) < 2:
        return None
    fixed = [k for k in range(width) if k not in sections and k != number
             and rows[0][k] and all(r[k] == rows[0][k] for r in rows)]
    rest = [k for k in range(width) if k not in (*sections, *fixed, number)]
    title = _title_column(header, rest)
    if title is None:
        title = max(rest, key=lambda k: sum(len(r[k]) for r in rows), default=None)
    decided = any(section_type(header[k].strip()) == "beslutning" and r[k]
                  for k in sections for r in rows)
    out = ["Referat" if decided else "Dagsorden", ""]
    out += [_field(header[k], rows[0][k]) for k in fixed]
    for r in rows:
        out += ["", f"{r[number].rstrip('.)')}. {r[title] if title is not None else ''}".strip()]
        out += [_field(header[k], r[k]) for k in rest if k != title and r[k]]
        for k in sections:
            out += ["", header[k].strip(), *r[k].splitlines()] if r[k] else []
    return out


def _title_column(header: list[str], columns: list[int]) -> int | None:
    """The one column among `columns` headed by a title's label ("Titel", "Emne"), if any;
    else the reader takes the title by its length."""
    headed = [k for k in columns if title_head(header[k])] if TITLE_HEADS else []
    return headed[0] if len(headed) == 1 else None


def _field(name: str, value: str) -> str:
    """A cell printed as a field under its column's name."""
    return f"{name.strip().rstrip(':')}: {value}"


def _column(rows: list[list[str]], width: int, test: Callable[[str], bool]) -> int | None:
    """The column whose filled cells pass the test in at least half of the rows."""
    for k in range(width):
        filled = [r[k] for r in rows if r[k]]
        if len(filled) >= len(rows) / 2 and sum(map(test, filled)) >= 0.8 * len(filled):
            return k
    return None
