"""PDF reader: pdfminer.six extraction (pages of lines with font info), then layout parsing.

Extraction and parsing are separate so the extraction result, which is plain JSON data,
can be cached by content hash: `read(data, source)` is `parse_pages(extract_pages(data))`.
"""

from __future__ import annotations

import functools
import io
import re
import statistics
from collections import Counter
from typing import Any

from referat.index.layout import Line, clean_text, drop_running_lines
from referat.index.model import Meeting, NoTextLayer, NotMinutes, ReadError
from referat.index.readers.generic import read_document
from referat.index.readers.generic.cases import case_value, names_case
from referat.index.readers.generic.meeting import fill_from_furniture
from referat.index.readers.generic.status import MATTER_RE, STATUS_RE
from referat.index.readers.pdflines import without_line_numbers
from referat.index.readers.pdfoutline import numbered_by_outline, outline_pieces
from referat.index.readers.pdftable import headed_table, opens_table
from referat.index.readers.runningmarker import header_cells, header_openings
from referat.index.readers.texttable import draws_tables, table_row
from referat.index.sections import heading_phrase, section_type
from referat.index.vocabulary import KIND_RE

# A horizontal gap wider than this many median character widths separates table cells.
_CELL_GAP = 2.5
# Two columns are read as such when each holds at least this many lines.
_COLUMN_MIN_ROWS = 6
# At most this many columns of text on a page (a newspaper's page holds five or six).
_MAX_COLUMNS = 6
_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")
_MARKER_CELL_RE = re.compile(r"^(?:§\s*)?\d{1,3}[.)]?$")  # an item's number alone in a cell


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
        if named is None:
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
    while end < len(page) and _type(page[end]) == _type(page[0]):
        end += 1
    after = page[end] if end < len(page) else page[0]
    return [*page[:end], {**after, "text": cell, "bold": False}, *page[end:]]


# an item's marker alone in a margin cell ("Pkt. 4", "Punkt 4", "§ 4", "4.")
_MARGIN_MARKER_RE = re.compile(r"^(?:(?:pkt|punkt)\.?\s*|§\s*)?\d{1,3}[.)]?$", re.IGNORECASE)


def _wrapped_beside_margin(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A title wrapped beside a margin column that holds the item's number over its case
    number or status ("Pkt. 4<tab>Title's first line" / "24-001234<tab>its second line"):
    the second line's text goes on the title's row, and the case number or status stands
    on its own row below, where an unwrapped title's would."""
    out: list[dict[str, Any]] = []
    for row in page:
        head, tab, rest = row["text"].partition("\t")
        above = out[-1]["text"].split("\t") if tab and out else []
        if len(above) == 2 and "\t" not in rest and _MARGIN_MARKER_RE.match(above[0].strip()) \
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


def extract_pieces(data: bytes) -> list[tuple[list[dict[str, Any]], float, float]]:
    """pdfminer's text lines per page with their boxes, and each page's width and height:
    what the PDF says, before any reading order (`page_lines`). The extraction cache
    holds this, so a change to the reading rules applies to cached PDFs too."""
    # pdfminer is slow to import: only when a PDF is actually read.
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise ReadError("encrypted PDF") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise ReadError(f"corrupt PDF: {_one_line(exc)}") from exc
    if not document.is_extractable:
        raise ReadError("encrypted PDF")
    resources = PDFResourceManager()
    # boxes_flow=None: lines are still found, but not ordered into text boxes (an
    # O(n²) clustering, a third of extraction): `_rows` orders lines by position.
    device = PDFPageAggregator(resources, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(resources, device)
    pages = []
    page_ids: dict[int, int] = {}
    try:
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            page_ids[page.pageid] = len(pages)
            pages.append(_page_pieces(device.get_result()))
    except Exception as exc:
        raise ReadError(f"corrupt PDF: {_one_line(exc)}") from exc
    if not pages:
        raise ReadError("corrupt PDF: no pages")
    for k, marks in outline_pieces(document, page_ids).items():
        pages[k][0].extend(marks)
    return pages


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _page_pieces(layout: Any) -> tuple[list[dict[str, Any]], float, float]:
    """The page's text lines as pieces with their boxes, and the page's width and height.
    A piece is `bold` when most of its characters are set in a bold face, and
    `bold_or_italic` when every one is set in a bold or an italic face (`_set_apart`);
    its size and weight are its letters', not its full stops', and where leader dots run
    on to the item's metadata (a case number, a status), the letters' before them (a bold
    title's leader to a case number in regular type does not make it regular), the leader
    a tab between the two. A page whose text is all drawn inside Form XObjects (an
    imposition or stamping tool's) has it laid out there (`_figure_lines`). Characters
    turned off the page's text direction (a stamp up the margin, a watermark across the
    page: `_turned`) are no part of any line."""
    from pdfminer.layout import LTChar, LTTextLine

    pieces = []
    lines = _text_lines(layout, LTTextLine) or _figure_lines(layout, LTTextLine)
    turned = _turned(lines, LTChar)
    for line in lines:
        box = line
        if turned and any(id(c) in turned for c in line):
            line = [c for c in line if id(c) not in turned]
            box = _Box([c for c in line if isinstance(c, LTChar)])
        chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
        text = clean_text("".join(c.get_text() for c in line)).strip()
        if not chars or not text:
            continue
        text = _weight_change(line, chars) or text
        if (m := _LEADER_RE.search(text)) and _metadata(text[m.end():]):
            text = f"{text[:m.start()]}\t{text[m.end():]}"  # "Title ........ 25-001895"
            chars = chars[:next(k for k, c in enumerate(chars) if c.get_text() in _STOPS
                                and "".join(x.get_text() for x in chars[k:k + 4]) == "....")]
        chars = [c for c in chars if c.get_text() not in _STOPS] or chars
        note = _note_mark(chars, text)
        if note:
            text, chars = text[:-len(note)], chars[:-len(note.strip())]
        pieces.append({
            "text": text,
            "x0": box.x0,
            "x1": box.x1,
            "y0": box.y0,
            "y1": box.y1,
            "size": statistics.median(c.size for c in chars),
            "bold": sum(_is_bold(c.fontname) for c in chars) * 2 > len(chars),
            "bold_or_italic": all(_set_apart(c.fontname) for c in chars),
            "width": statistics.median(c.width for c in chars),
            **({"note": note} if note else {}),
        })
    return pieces, layout.width or 1.0, layout.height or 1.0


def _figure_lines(layout: Any, line_type: type) -> list[Any]:
    """The text lines inside the page's figures, laid out as the page's own would be: pdfminer
    leaves the characters of a Form XObject unlaid (`all_texts` off), which is right for a
    chart's labels beside a page's text, not for a page that is nothing else."""
    from pdfminer.layout import LAParams, LTFigure

    figures = [item for item in layout if isinstance(item, LTFigure)]
    if not figures:
        return []
    params = LAParams(boxes_flow=None, all_texts=True)
    for figure in figures:
        figure.analyze(params)
    return _text_lines(layout, line_type)


def _turned(lines: list[Any], char_type: type) -> set[int]:
    """The characters (by id) whose baseline does not run left to right along the page: a
    stamp turned up the margin, a watermark set across the page. Only where they are the
    fewer: a page whose text is all turned (a landscape table set sideways) keeps it."""
    turned, count = set(), 0
    for line in lines:
        for c in line:
            if isinstance(c, char_type):
                count += 1
                a, b = c.matrix[0], c.matrix[1]
                if not abs(b) < 0.1 * a:
                    turned.add(id(c))
    return turned if len(turned) * 2 < count else set()


class _Box:
    """The box around a line's characters that run the page's way."""

    def __init__(self, chars: list[Any]) -> None:
        self.x0 = min((c.x0 for c in chars), default=0.0)
        self.x1 = max((c.x1 for c in chars), default=0.0)
        self.y0 = min((c.y0 for c in chars), default=0.0)
        self.y1 = max((c.y1 for c in chars), default=0.0)


def _note_mark(chars: list[Any], text: str) -> str | None:
    """A footnote's mark ending the line: digits set smaller than the line and raised above
    its baseline ("… i 2025¹"), as the end of its text it was printed with (" 1"); None
    where the line ends otherwise."""
    if len(chars) < 3:
        return None
    size = statistics.median(c.size for c in chars)
    digits = 0
    while digits < 2 and chars[-1 - digits].get_text().isdigit() \
            and chars[-1 - digits].size <= 0.8 * size:
        digits += 1
    if not digits:
        return None
    mark, rest = chars[-digits:], chars[:-digits]
    base = statistics.median(c.y0 for c in rest)
    if any(c.y0 - base < 0.25 * size for c in mark):
        return None
    end = "".join(c.get_text() for c in mark)
    if not text.endswith(end):
        return None
    return text[len(text[:-len(end)].rstrip()):]


# a footnote at a page's foot: its mark, then its text ("1 Sagsnr. 24-001", "1")
_FOOTNOTE_RE = re.compile(r"^(\d{1,2})(?:\s+(\S.*))?$")


def _footnotes(pieces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A page's pieces with each footnote that holds an item's metadata (its case number, its
    status; or nothing) moved up to the line whose mark it answers, a cell after its text
    ("Title¹" … "1 Sagsnr. 24-001" at the page's foot: "Title<tab>Sagsnr. 24-001"). A
    footnote is set smaller than the page's text, at the marked lines' margin, below every
    line in the text's size. A mark no such footnote answers stays in its line's text."""
    marked = [p for p in pieces if "note" in p]
    if not marked:
        return pieces
    text = statistics.median(p["size"] for p in pieces)
    margin = min(p["x0"] for p in marked) + 2
    floor = min(p["y0"] for p in pieces if p["size"] >= text - 0.5)
    notes: dict[str, tuple[dict[str, Any], str]] = {}
    for p in pieces:
        m = _FOOTNOTE_RE.match(p["text"])
        if m and p["size"] < 0.9 * text and p["x0"] <= margin and p["y1"] <= floor \
                and (not m.group(2) or _metadata(m.group(2))):
            notes.setdefault(m.group(1), (p, m.group(2) or ""))
    used = set()
    out = []
    for p in pieces:
        if "note" in p:
            mark = p["note"].strip()
            if mark in notes:
                used.add(id(notes[mark][0]))
                extra = notes[mark][1]
                p = {**p, "text": f"{p['text']}\t{extra}" if extra else p["text"]}
            else:
                p = {**p, "text": p["text"] + p["note"]}
            del p["note"]
        out.append(p)
    return [p for p in out if id(p) not in used]


_STOPS = (".", "…")
# leader dots between the text of a piece and more of it (a contents line's page number,
# a title's case number)
_LEADER_RE = re.compile(r"\s*(?:\.\s?){4,}\s*(?=\S)")
# leader dots that end a piece (to the case number or status right of the title)
_LEADER_END_RE = re.compile(r"\s*(?:[.…]\s?){4,}$")


def _weight_change(line: Any, chars: list[Any]) -> str | None:
    """A known heading set in bold or italics that runs into regular text on its line
    ("Beslutning Godkendt."): the heading and its text a tab apart, as a label beside its text is
    read (`generic.split_run_in`). None for any other line."""
    if not _set_apart(chars[0].fontname) or all(_set_apart(c.fontname) for c in chars):
        return None
    children = list(line)
    cut = next(k for k, c in enumerate(children) if hasattr(c, "fontname")
               and c.get_text().strip() and not _set_apart(c.fontname))
    head = clean_text("".join(c.get_text() for c in children[:cut])).strip()
    rest = clean_text("".join(c.get_text() for c in children[cut:])).strip()
    if not rest or not heading_phrase(head.rstrip(".:–—- ")):
        return None
    return f"{head}\t{rest}"


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
    rows = without_line_numbers([_rows(_footnotes(pieces))
                                 for pieces, _, _ in _italic_headings(pages)])
    gutters = [_gutters(r, width) for r, (_, width, _) in zip(rows, pages, strict=True)]
    known = Counter(g for g in gutters if g).most_common(1)
    out = []
    table = None
    for page_rows, page_gutters, (_, _, height) in zip(rows, gutters, pages, strict=True):
        if not page_gutters and known:
            page_gutters = _known_gutters(page_rows, known[0][0])
        if page_gutters and opens_table(page_rows):
            page_gutters = ()  # a headed table's columns: read by rows (`headed_table`)
        ordered = _column_order(page_rows, page_gutters) if page_gutters else page_rows
        ordered, table = headed_table(ordered, table)
        out.append([_merge_row(row, height) for row in _continued_beside_labels(ordered)])
    return numbered_by_outline(out, outline) if any(outline) else out


def _italic_headings(pages: list[tuple[list[dict[str, Any]], float, float]]
                     ) -> list[tuple[list[dict[str, Any]], float, float]]:
    """The pages with every line wholly in an italic face set apart as bold, where the
    document sets its known headings in italics and none in bold: a heading set apart only
    by an oblique face ("Ældrerådets bemærkninger" after "Sagen kort" and "Baggrund"). An
    italic line in a document whose headings are bold stays text (a quotation, a note),
    unless it reads as a known heading itself (a decision's "Økonomiudvalget, 5. marts
    2024" in italics under bold headings): that line is set apart, where it stands after an
    unfinished line too."""
    italic = [p for page, _, _ in pages for p in page if p["bold_or_italic"] and not p["bold"]]
    if not italic:
        return pages
    if not any(_known_heading(p) for p in italic) or any(
            _known_heading(p) for page, _, _ in pages for p in page if p["bold"]):
        return [([{**p, "bold": True} if p["bold_or_italic"] and not p["bold"]
                  and len(p["text"]) <= 80 and section_type(p["text"].rstrip(":. ")) else p
                  for p in page], width, height) for page, width, height in pages]
    return [([{**p, "bold": True} if p["bold_or_italic"] else p for p in page], width, height)
            for page, width, height in pages]


def _known_heading(piece: dict[str, Any]) -> bool:
    return heading_phrase(piece["text"].rstrip(":. "))


def _continued_beside_labels(rows: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """A line that continues the line above it in its own type and place, beside a label
    of another type in a sidebar ("Punkt 146 | Title …" / "Sagsnr. 22-1 | … title's end"):
    the continuation on a row of its own before the label's (the row above was one line
    set in one type across the gap; a label/value table's rows differ in type alike)."""
    out: list[list[dict[str, Any]]] = []
    for row in rows:
        above = out[-1] if out else None
        if len(row) == 2 and above is not None and len(above) == 2:
            left, right = sorted(row, key=lambda p: p["x0"])
            head, tail = sorted(above, key=lambda p: p["x0"])
            if (abs(right["x0"] - tail["x0"]) <= 1.5 and _type(right) == _type(tail)
                    == _type(head) != _type(left)):
                out += [[right], [left]]
                continue
        out.append(row)
    return out


def _type(piece: dict[str, Any]) -> tuple[float, bool]:
    return round(piece["size"], 1), bool(piece["bold"])


def _text_lines(item: Any, line_type: type) -> list[Any]:
    if isinstance(item, line_type):
        return [item]
    if hasattr(item, "__iter__"):
        return [line for child in item for line in _text_lines(child, line_type)]
    return []


@functools.cache
def _set_apart(fontname: str) -> bool:
    """A bold or an italic face (asked of every character of every line: cached by font, as
    `_is_bold` is)."""
    name = fontname.lower()
    return _is_bold(fontname) or "italic" in name or "oblique" in name


@functools.cache
def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(marker in name for marker in _BOLD_MARKERS) or name.endswith(",b")


def _rows(pieces: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group line pieces whose vertical middles lie within half a line of each other."""
    rows: list[list[dict[str, Any]]] = []
    for piece in sorted(pieces, key=lambda p: -(p["y0"] + p["y1"])):
        middle = (piece["y0"] + piece["y1"]) / 2
        if rows:
            last = rows[-1][0]
            tolerance = min(piece["y1"] - piece["y0"], last["y1"] - last["y0"]) / 2
            if abs((last["y0"] + last["y1"]) / 2 - middle) <= tolerance:
                rows[-1].append(piece)
                continue
        rows.append([piece])
    return rows


def _column_order(rows: list[list[dict[str, Any]]], gutters: tuple[float, ...]
                  ) -> list[list[dict[str, Any]]]:
    """Rows in reading order: where the page is set in columns, down each column in turn.

    Columns are found from geometry alone (`_gutters`): a run of rows that no piece crosses
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


def _gutters(rows: list[list[dict[str, Any]]], width: float) -> tuple[float, ...]:
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
    """`_gutters` in the part of the page right of `lo`.

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


def _known_gutters(rows: list[list[dict[str, Any]]], known: tuple[float, ...]
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


def _measure(before: dict[str, Any], piece: dict[str, Any]) -> float:
    """The character width a gap after `before` is measured in: its own, but for a lone
    marker (a letter or a number, "C" set wide in a column of its own) the text's beside
    it where narrower, as one wide capital is no measure of a word's space."""
    if len(before["text"].strip()) <= 3:
        return min(before["width"], piece["width"])
    return before["width"]


def _side_head(head: dict[str, Any], piece: dict[str, Any], row: list[dict[str, Any]]) -> bool:
    """Whether the row opens with a known heading in bold beside its text in regular type, a
    gap between them: a side head in a margin column, a label beside its text however
    close a long head comes to the text's column ("Økonomiske konsekvenser  Sagen …"), as
    a heading run into its text in another weight is (`_weight_change`)."""
    return (head is row[0] and head["bold"] and not piece["bold"] and piece["x0"] > head["x1"]
            and heading_phrase(head["text"].rstrip(".:–—- ")))


def _head_on_right(row: list[dict[str, Any]]) -> bool:
    """Whether the row (sorted by x) ends in a known heading in bold in a margin column to
    the right of its text in regular type: the head of the text beside it, as a side head
    in a left margin is."""
    head, text = row[-1], row[:-1]
    return (bool(text) and head["bold"] and not any(p["bold"] for p in text)
            and head["x0"] - text[-1]["x1"] > _CELL_GAP * _measure(text[-1], head)
            and heading_phrase(head["text"].rstrip(".:–—- ")))


def _metadata(cell: str) -> bool:
    """Whether a cell beside the title is the item's metadata: its case number, its status
    ("Lukket punkt"), the kind of matter it is ("Til beslutning"), or a case number's label
    whose value stands below it ("Sagsnr.")."""
    return bool(case_value(cell) or STATUS_RE.match(cell) or MATTER_RE.match(cell)
                or names_case(cell))


def _merge_row(row: list[dict[str, Any]], height: float) -> dict[str, Any]:
    row.sort(key=lambda p: p["x0"])
    right = _head_on_right(row)
    if right:  # the margin's head first, as a left margin's side head reads
        row.insert(0, row.pop())
    text = row[0]["text"]
    cells: list[list[dict[str, Any]]] = [[row[0]]]
    for before, piece in zip(row, row[1:], strict=False):
        gap = piece["x0"] - before["x1"]
        apart = (right and before is row[0]) or gap > _CELL_GAP * _measure(before, piece) \
            or _side_head(before, piece, row) \
            or (piece is row[-1] and _metadata(piece["text"]))  # "Title  Til orientering"
        if _metadata(piece["text"]):  # "Title ........ 25-001895": the leader is no text
            text = _LEADER_END_RE.sub("", text)
        text += ("\t" if apart else " ") + piece["text"]
        if apart:
            cells.append([])
        cells[-1].append(piece)
    # a case number, a status or the kind of matter beside the title ("§ 37  Title  Sag
    # 25-1", "Title  Lukket punkt", "Title Til orientering") is the item's metadata, in a
    # cell of its own or not, and a number alone in the first cell ("9 | Title", set larger or in
    # another weight) the item's marker: their type is not the line's, the title's is
    marker = len(cells) > 1 and _MARKER_CELL_RE.match(" ".join(x["text"] for x in cells[0]))
    typed = [p for k, cell in enumerate(cells)
             if (k == 0 and not marker) or (k > 0 and not _metadata(
                 " ".join(x["text"] for x in cell))) for p in cell
             if p is row[0] or not _metadata(p["text"])] or row  # a piece of its own too
    return {
        "text": text,
        "size": round(typed[0]["size"], 1),
        "bold": all(p["bold"] for p in typed),
        "top": round(1 - max(p["y1"] for p in row) / height, 3),
    }
