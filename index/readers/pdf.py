"""PDF reader: pdfminer.six extraction (pages of lines with font info), then layout parsing.

Extraction and parsing are separate so the extraction result, which is plain JSON data,
can be cached by content hash: `read(data, source)` is `parse_pages(extract_pages(data))`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from referat.index.layout import Line, drop_running_lines
from referat.index.model import Meeting, NoTextLayer, NotMinutes
from referat.index.readers.generic import read_document
from referat.index.readers.generic.cases import case_value
from referat.index.readers.generic.meeting import fill_from_furniture
from referat.index.readers.generic.status import STATUS_RE
from referat.index.readers.pdfcolumns import (
    HEAD_COLUMNS,
    column_order,
    find_gutters,
    head_column_bands,
    known_gutters,
)
from referat.index.readers.pdflines import without_line_numbers
from referat.index.readers.pdfoutline import numbered_by_outline
from referat.index.readers.pdfpieces import MARGIN_MARKER_RE, extract_pieces
from referat.index.readers.pdfrows import (
    baseline_rows,
    continued_beside_labels,
    italic_headings,
    merge_row,
    metadata_below,
    piece_type,
    with_footnotes,
)
from referat.index.readers.pdftable import headed_table, opens_table
from referat.index.readers.runningmarker import header_cells, header_openings
from referat.index.readers.texttable import draws_tables, table_row
from referat.index.vocabulary import KIND_RE

# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
KIND_FROM_HEADER = True  # the kind named only in the running header


def read(data: bytes, source: str, known: bool = True) -> Meeting:
    """Read a PDF's bytes into a Meeting (`known=False`: the generic reader only)."""
    return parse_pages(extract_pages(data), source, known)


def parse_pages(pages: list[list[dict[str, Any]]], source: str, known: bool = True) -> Meeting:
    """Parse extracted pages (see `extract_pages`) into a Meeting."""
    if not any(line["text"].strip() for page in pages for line in page):
        raise NoTextLayer("no text layer (scanned?)")
    kept = drop_running_lines(pages)
    # an item's number and case number printed only in its pages' running header
    shown = [{id(row) for row in page} for page in kept]
    running = [row["text"] for row in pages[0] if id(row) not in shown[0]]
    openings = header_openings(
        [[row["text"] for row in page if id(row) not in ids] for page, ids in zip(pages, shown,
                                                                                   strict=True)],
        [[row["text"] for row in page] for page in kept])
    kept = [_wrapped_beside_margin(page) for page in kept]
    kept = [[{**page[0], "text": opening, "bold": False}, *page] if opening and page else page
            for page, opening in zip(kept, openings, strict=True)]
    # an item's case number or status only in its pages' running header: under the title
    # that opens the page (its first lines in one type)
    cells = header_cells([[row["text"] for row in page if id(row) not in ids]
                          for page, ids in zip(pages, shown, strict=True)])
    kept = [_under_title(page, cell) if cell and page else page
            for page, cell in zip(kept, cells, strict=True)]
    # tables typed with characters ("+----+", "| Pkt. | 4 |"), as a text file's are read
    drawn = draws_tables([[row["text"] for row in page] for page in kept])
    lines = [
        Line(text=table_row(row["text"]) if drawn else row["text"], page=number,
             size=row["size"], bold=row["bold"])
        for number, page in enumerate(kept, start=1)
        for row in page
    ]
    try:
        meeting = read_document(lines, source, known)
    except NotMinutes as exc:
        # the kind of document named only in the running header ("Økonomiudvalget ·
        # Referat · 12. marts 2024"): that line heads the text, as a title line would
        named = next((text for text in running if KIND_RE.search(text)), None)
        if named is None or not KIND_FROM_HEADER:
            raise
        try:
            meeting = read_document([Line(text=named, page=1), *lines], source, known)
        except NotMinutes:
            raise exc from None  # no minutes either way: the body's own reason
    if None in (meeting.udvalg, meeting.date, meeting.place):
        # a running line may be the only place the body, the date or the place is named
        fill_from_furniture(meeting, running)
    return meeting


def _under_title(page: list[dict[str, Any]], cell: str) -> list[dict[str, Any]]:
    """The page's rows with `cell` a row of its own under the page's first rows set in the
    first row's type (a title wrapped over lines), in the type of the row after them."""
    end = 1
    while end < len(page) and piece_type(page[end]) == piece_type(page[0]):
        end += 1
    after = page[end] if end < len(page) else page[0]
    return [*page[:end], {**after, "text": cell, "bold": False}, *page[end:]]


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
WRAPPED_BESIDE_MARGIN = True


def _wrapped_beside_margin(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A title wrapped beside a margin column that holds the item's number over its case
    number or status ("Pkt. 4<tab>Title's first line" / "24-001234<tab>its second line"):
    the second line's text goes on the title's row, and the case number or status stands
    on its own row below, where an unwrapped title's would."""
    if not WRAPPED_BESIDE_MARGIN:
        return page
    out: list[dict[str, Any]] = []
    for row in page:
        head, tab, rest = row["text"].partition("\t")
        above = out[-1]["text"].split("\t") if tab and out else []
        if len(above) == 2 and "\t" not in rest and MARGIN_MARKER_RE.match(above[0].strip()) \
                and (case_value(head) == head.strip() or STATUS_RE.match(head.strip())):
            out[-1] = {**out[-1], "text": f"{out[-1]['text']} {rest.strip()}"}
            row = {**row, "text": head.strip()}
        out.append(row)
    return out


def extract_pages(data: bytes) -> list[list[dict[str, Any]]]:
    """Text lines per page, top to bottom, as JSON-serialisable dicts.

    Each line is ``{"text", "size", "bold", "top"}``: font size (median of its
    characters), whether all of it is set in a bold face, and the distance of its top
    from the top of the page as a fraction of the page height. Pieces of text on one
    baseline are joined into one line, a tab between table cells.
    """
    return page_lines(extract_pieces(data))


def page_lines(pages: list[tuple[list[dict[str, Any]], float, float]]
                ) -> list[list[dict[str, Any]]]:
    """Each page's pieces merged into rows (one row per baseline), in reading order.

    A page too short to show its columns by itself (the last page's few lines in the
    right column) takes the gutter the document's other pages show, where its own lines
    start there and its left column's at the margin.
    """
    outline = [[p["text"] for p in pieces if "outline" in p] for pieces, _, _ in pages]
    if any(outline):  # the bookmarks, kept apart from the pages' text
        pages = [([p for p in pieces if "outline" not in p], width, height)
                 for pieces, width, height in pages]
    rows = without_line_numbers([baseline_rows(with_footnotes(pieces))
                                 for pieces, _, _ in italic_headings(pages)])
    gutters = [find_gutters(r, width) for r, (_, width, _) in zip(rows, pages, strict=True)]
    known = Counter(g for g in gutters if g).most_common(1)
    out = []
    table = None
    for page_rows, page_gutters, (_, _, height) in zip(rows, gutters, pages, strict=True):
        if not page_gutters and known:
            page_gutters = known_gutters(page_rows, known[0][0])
        if page_gutters and opens_table(page_rows):
            page_gutters = ()  # a headed table's columns: read by rows (`headed_table`)
        ordered = column_order(page_rows, page_gutters) if page_gutters else page_rows
        ordered = head_column_bands(ordered) if HEAD_COLUMNS else ordered
        ordered, table = headed_table(ordered, table)
        out.append([merge_row(row, height)
                    for row in metadata_below(continued_beside_labels(ordered))])
    return numbered_by_outline(out, outline) if any(outline) else out
