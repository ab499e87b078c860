"""A PDF page's pieces as rows: pieces on one baseline grouped (`baseline_rows`), footnotes
moved up to their marks, italic headings set apart, and each row merged into one line
with its type (`merge_row`: a tab between cells)."""

from __future__ import annotations

import re
import statistics
from typing import Any

from referat.index.readers.generic.cases import case_value
from referat.index.readers.generic.status import STATUS_RE
from referat.index.readers.pdfpieces import item_metadata
from referat.index.sections import heading_phrase, section_type

# A horizontal gap wider than this many median character widths separates table cells.
_CELL_GAP = 2.5
_MARKER_CELL_RE = re.compile(r"^(?:§\s*)?\d{1,3}[.)]?$")  # an item's number alone in a cell
# ... or after its word ("Punkt 4", "Pkt. 4", "Sag 4") in a cell of its own
_WORD_MARKER_CELL_RE = re.compile(r"^(?:punkt|pkt\.?|sag|nr\.?)\s*\d{1,3}[.)]?$", re.IGNORECASE)
WORD_MARKER_CELLS = True  # such a cell's type is not its row's (`merge_row`)


# a footnote at a page's foot: its mark, then its text ("1 Sagsnr. 24-001", "1")
_FOOTNOTE_RE = re.compile(r"^(\d{1,2})(?:\s+(\S.*))?$")


# the rule's switch (round 27, issue-18bw; off in `benchmarks.layouts.ablations`)
FOOTNOTES = True


def with_footnotes(pieces: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
    for p in pieces if FOOTNOTES else []:
        m = _FOOTNOTE_RE.match(p["text"])
        if m and p["size"] < 0.9 * text and p["x0"] <= margin and p["y1"] <= floor \
                and (not m.group(2) or item_metadata(m.group(2))):
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


# leader dots that end a piece (to the case number or status right of the title)
_LEADER_END_RE = re.compile(r"\s*(?:[.…]\s?){4,}$")


def italic_headings(pages: list[tuple[list[dict[str, Any]], float, float]]
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


def continued_beside_labels(rows: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
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
            if (abs(right["x0"] - tail["x0"]) <= 1.5 and piece_type(right) == piece_type(tail)
                    == piece_type(head) != piece_type(left)):
                out += [[right], [left]]
                continue
        out.append(row)
    return out


# the rule's switch (round 33, issue-18ck; off in `benchmarks.layouts.ablations`)
METADATA_BELOW = True


def metadata_below(rows: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """An item's metadata (its case number, its status) in a margin column left of its title
    set larger or bolder ("J.nr. 24-001234" small beside "Title (punkt 4)" in bold): a row of
    its own under the title and the lines the title wraps onto (the same type at its x),
    where a title's case line stands, not a cell before the title's text. A label without
    its value ("Sagsnummer" bold beside "24-001234") is no metadata here."""
    if not METADATA_BELOW:
        return rows
    out: list[list[dict[str, Any]]] = []
    held: list[dict[str, Any]] | None = None  # the metadata, waiting for the title's end
    title: dict[str, Any] | None = None
    for row in rows:
        if held is not None and title is not None and not (
                len(row) == 1 and abs(row[0]["x0"] - title["x0"]) <= 1.5
                and piece_type(row[0]) == piece_type(title)):
            out.append(held)
            held = None
        row = sorted(row, key=lambda p: p["x0"])
        head, rest = row[0], row[1:]
        if rest and (rest[0]["size"] > head["size"] + 0.5 or rest[0]["bold"] and not head["bold"]) \
                and all(piece_type(p) == piece_type(rest[0]) for p in rest) \
                and rest[0]["x0"] - head["x1"] > _CELL_GAP * _measure(head, rest[0]) \
                and (case_value(head["text"]) or STATUS_RE.match(head["text"].strip())):
            held, title, row = [head], rest[0], rest
        out.append(row)
    return out + ([held] if held is not None else [])


def piece_type(piece: dict[str, Any]) -> tuple[float, bool]:
    return round(piece["size"], 1), bool(piece["bold"])


def baseline_rows(pieces: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
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
    a heading run into its text in another weight is (`pdfpieces._weight_change`)."""
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


def merge_row(row: list[dict[str, Any]], height: float) -> dict[str, Any]:
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
            or (piece is row[-1] and item_metadata(piece["text"]))  # "Title  Til orientering"
        if item_metadata(piece["text"]):  # "Title ........ 25-001895": the leader is no text
            text = _LEADER_END_RE.sub("", text)
        text += ("\t" if apart else " ") + piece["text"]
        if apart:
            cells.append([])
        cells[-1].append(piece)
    # a case number, a status or the kind of matter beside the title ("§ 37  Title  Sag
    # 25-1", "Title  Lukket punkt", "Title Til orientering") is the item's metadata, in a
    # cell of its own or not, and a number alone in the first cell ("9 | Title", set larger or
    # in another weight), or after its word ("Sag 9 | Title"), the item's marker: their type
    # is not the line's, the title's is
    first = " ".join(x["text"] for x in cells[0]) if len(cells) > 1 else ""
    marker = first and (_MARKER_CELL_RE.match(first) or WORD_MARKER_CELLS
                        and _WORD_MARKER_CELL_RE.match(first))
    typed = [p for k, cell in enumerate(cells)
             if (k == 0 and not marker) or (k > 0 and not item_metadata(
                 " ".join(x["text"] for x in cell))) for p in cell
             if p is row[0] or not item_metadata(p["text"])] or row  # a piece of its own too
    return {
        "text": text,
        "size": round(typed[0]["size"], 1),
        "bold": all(p["bold"] for p in typed),
        "top": round(1 - max(p["y1"] for p in row) / height, 3),
    }
