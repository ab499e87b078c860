"""A PDF page's text lines as pieces: pdfminer's lines with their boxes, size and weight.

What `extract_pieces` returns is plain JSON data, cached by content hash (`cache.ExtractionCache`);
the reading order is made from it afterwards (`pdf.page_lines`).
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import re
import statistics
from collections.abc import Iterator
from typing import Any

from referat.index.layout import clean_text
from referat.index.model import ReadError
from referat.index.readers.generic.cases import case_value, names_case
from referat.index.readers.generic.status import MATTER_RE, STATUS_RE
from referat.index.readers.pdfoutline import outline_pieces
from referat.index.sections import heading_phrase, history_entry

_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")


def extract_pieces(data: bytes) -> list[tuple[list[dict[str, Any]], float, float]]:
    """pdfminer's text lines per page with their boxes, and each page's width and height:
    what the PDF says, before any reading order (`pdf.page_lines`). The extraction cache
    holds this, so a change to the reading rules applies to cached PDFs too."""
    with _debug_calls_skipped():
        return _extract_pieces(data)


# pdfminer's loggers that log each token, object and character code at DEBUG
_CHATTY_LOGGERS = ("pdfminer.psparser", "pdfminer.cmapdb", "pdfminer.pdfinterp")


@contextlib.contextmanager
def _debug_calls_skipped() -> Iterator[None]:
    """While a PDF is extracted, `debug` of pdfminer's chatty loggers is a function that
    does nothing, where DEBUG is off for them (so `Logger.debug` would log nothing): its
    parser calls it for every token and character code (2.3 million calls on the
    corpus, each a level check). With DEBUG on, they log as always."""
    loggers = [logger for logger in map(logging.getLogger, _CHATTY_LOGGERS)
               if not logger.isEnabledFor(logging.DEBUG) and "debug" not in vars(logger)]
    for logger in loggers:
        logger.debug = _nothing  # type: ignore[method-assign]
    try:
        yield
    finally:
        for logger in loggers:
            del logger.debug


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


def _extract_pieces(data: bytes) -> list[tuple[list[dict[str, Any]], float, float]]:
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
    # O(n²) clustering, a third of extraction): `baseline_rows` orders lines by position.
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
    page: `_turned`) are no part of any line; but a tab turned up the margin that opens
    with an item's marker is read as the margin column it stands for (`_beside_tabs`), and
    a heading turned up beside a block of text as that block's heading (`_turned_headings`)."""
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
        if (m := _LEADER_RE.search(text)) and item_metadata(text[m.end():]):
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
    down = _turned_runs(lines, turned, LTChar, down=True) \
        if turned and (TURNED_DOWN or TURNED_METADATA) else []
    up = _turned_runs(lines, turned, LTChar) \
        if turned and (MARGIN_TABS or TURNED_HEADINGS or TURNED_UP) else []
    if turned and (MARGIN_TABS or TURNED_HEADINGS):
        runs = up + (down if TURNED_DOWN else [])
        pieces += (_beside_tabs(pieces, runs) if MARGIN_TABS else []) \
            + (_turned_headings(pieces, runs) if TURNED_HEADINGS else [])
    metadata = down + (up if TURNED_UP else [])
    if metadata and TURNED_METADATA:
        pieces += _turned_metadata(pieces, metadata)
    return (_side_heads(pieces) if SIDE_HEADS else pieces), layout.width or 1.0, \
        layout.height or 1.0


# a side heading wrapped in its column is one piece (`_side_heads`; round 34, issue-18cn;
# off in `benchmarks.layouts.ablations`)
SIDE_HEADS = True


def _side_heads(pieces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pieces with each side heading wrapped in a left column (bold or italic, beside
    the first line of the text it heads) one piece on its first line: a piece under it at
    its x, in its type, less than a line below, with nothing beside it but the text going
    on right of it is its next line ("Økonomiske" beside the text, "konsekvenser" under it
    alone, the text's second line a little lower)."""
    def beside(p: dict[str, Any]) -> bool:
        return any(q is not p and q["x0"] > p["x1"] and abs(q["y0"] - p["y0"]) < 2
                   for q in pieces)

    def text_goes_on(head: dict[str, Any], under: dict[str, Any]) -> bool:
        line = head["y1"] - head["y0"]
        return any(q["x0"] > head["x1"] and under["y0"] - 2 * line <= q["y0"] < head["y0"] - 2
                   for q in pieces)

    out = list(pieces)
    for head in (p for p in pieces if p["bold_or_italic"] and beside(p)):
        last = head
        while (under := next((q for q in out if q is not last and abs(q["x0"] - head["x0"]) < 1
                              and (q["size"], q["bold"]) == (head["size"], head["bold"])
                              and 0 <= last["y0"] - q["y1"] < head["y1"] - head["y0"]
                              and not beside(q) and text_goes_on(head, q)), None)):
            out.remove(under)
            head_at = out.index(head) if head in out else None
            if head_at is None:
                break
            head = out[head_at] = {**head, "text": f"{head['text']} {under['text']}",
                                   "x1": max(head["x1"], under["x1"])}
            last = under
    return out


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
FIGURE_PAGES = True

# a tab turned up the margin that names an item is read (`_beside_tabs`)
MARGIN_TABS = True
# an item's marker alone in a margin cell ("Pkt. 4", "Punkt 4", "§ 4", "4.")
MARGIN_MARKER_RE = re.compile(r"^(?:(?:pkt|punkt)\.?\s*|§\s*)?\d{1,3}[.)]?$", re.IGNORECASE)
_TAB_PARTS_RE = re.compile(r"\s+[·|•–]\s+")


def _turned_runs(lines: list[Any], turned: set[int], char_type: type, *, down: bool = False
                 ) -> list[dict[str, Any]]:
    """The strings of characters turned a quarter up the page (reading upward; `down`: a
    quarter down, reading downward, each marked `down`), each a run of characters on one x
    without a gap: its text, its box and its characters' size."""
    way = -1 if down else 1
    chars = sorted((c for line in lines for c in line if id(c) in turned
                    and isinstance(c, char_type) and abs(c.matrix[0]) < 0.1 * way * c.matrix[1]),
                   key=lambda c: (round(c.x0), -c.y1 if down else c.y0))  # where each starts
    runs: list[list[Any]] = []
    column: list[Any] = []
    for c in chars:
        if column and abs(c.x0 - column[0].x0) >= 1:
            runs += _strings(column, down)
            column = []
        column.append(c)
    runs += _strings(column, down) if column else []
    return [{"text": " ".join("".join(c.get_text() for c in run).split()),
             "x0": min(c.x0 for c in run), "x1": max(c.x1 for c in run),
             "y0": min(c.y0 for c in run), "y1": max(c.y1 for c in run),
             "size": statistics.median(c.width for c in run),
             "bold": sum(_is_bold(c.fontname) for c in run) * 2 > len(run),
             "width": statistics.median(c.y1 - c.y0 for c in run),
             **({"down": True} if down else {})} for run in runs]


def _strings(column: list[Any], down: bool) -> list[list[Any]]:
    """The characters turned on one x as strings, in reading order: each follows the
    character whose end it starts nearest to, less than a character's height on and not
    overlapping it by a quarter of one, the nearest pairs first, so that two strings on
    one x that overlap (a short one run on into the next) are two, not interleaved."""
    def gap(a: Any, b: Any) -> float:  # how far b starts after a's end
        return a.y0 - b.y1 if down else b.y0 - a.y1

    pairs = sorted((abs(gap(a, b)), i, j) for i, a in enumerate(column)
                   for j, b in enumerate(column)
                   if i != j and -(a.y1 - a.y0) / 4 < gap(a, b) < a.y1 - a.y0)
    after: dict[int, int] = {}
    before: set[int] = set()
    for _, i, j in pairs:
        if i not in after and j not in before:
            after[i] = j
            before.add(j)
    strings = []
    for k in (k for k in range(len(column)) if k not in before):
        string = [column[k]]
        while k in after:
            k = after[k]
            string.append(column[k])
        strings.append(string)
    return strings


def _beside_tabs(pieces: list[dict[str, Any]], runs: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """A tab turned up the margin whose first part is an item's marker ("Punkt 4 · Sagsnr.
    24-001234", "Punkt 5 · Lukket punkt"), its top under the title right of it (the lowest
    line whose baseline is at most half a line below the tab's top), read as the
    margin column it stands for: the marker a piece on the title's first line, at the
    margin, in the title's type, and each other part a line of its own under the title's
    last line."""
    added: list[dict[str, Any]] = []
    for run in (r for r in runs if not r.get("down")):
        marker, *rest = _TAB_PARTS_RE.split(run["text"])
        if not MARGIN_MARKER_RE.match(marker):
            continue
        above = [p for p in pieces if p["x0"] >= run["x1"]
                 and -(p["y1"] - p["y0"]) / 2 <= p["y0"] - run["y1"] <= 2 * (p["y1"] - p["y0"])]
        if not above:
            continue
        last = first = min(above, key=lambda p: p["y0"])
        while upper := next((p for p in pieces if abs(p["x0"] - first["x0"]) < 2
                             and (p["size"], p["bold"]) == (first["size"], first["bold"])
                             and 0 <= p["y0"] - first["y1"] < first["y1"] - first["y0"]), None):
            first = upper
        added.append({**run, "text": marker, "y0": first["y0"], "y1": first["y1"],
                      **{k: first[k] for k in ("size", "bold", "bold_or_italic")}})
        added += _rows_under(run, last, rest, bold=run["bold"])
    return added


def _rows_under(run: dict[str, Any], last: dict[str, Any], parts: list[str], *, bold: bool
                ) -> list[dict[str, Any]]:
    """The parts of a turned run as lines of their own under a title's `last` line, at its
    x, a thin row apart each, in the run's type (`bold`: set apart or not)."""
    return [{**run, "text": part, "x0": last["x0"], "bold": bold, "bold_or_italic": bold,
             "x1": last["x0"] + len(part) * run["width"],
             "y0": last["y0"] - k - 1, "y1": last["y0"] - k - 0.5}  # thin: a row apart
            for k, part in enumerate(parts)]


# an item's metadata turned down beside its title is read (`_turned_metadata`; round 33,
# issue-18ck)
TURNED_METADATA = True
# ... turned up the page too (round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
TURNED_UP = True


def _turned_metadata(pieces: list[dict[str, Any]], runs: list[dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    """A line turned a quarter down the page (reading downward, at the page's right edge;
    with `TURNED_UP` up the page too) whose every part is an item's metadata ("Sagsnr.
    24-001234 · Åbent punkt", "Lukket punkt"), its top beside a line left of it (the
    title's first line: the line whose top is nearest the run's, at most half a line off):
    each part a line of its own under the title's last line (the lines at its x in its
    type, less than half a line apart), where a title's case line stands."""
    added: list[dict[str, Any]] = []
    for run in runs:
        parts = _TAB_PARTS_RE.split(run["text"])
        beside = [p for p in pieces if p["x1"] <= run["x0"]
                  and abs(p["y1"] - run["y1"]) <= (p["y1"] - p["y0"]) / 2]
        if not beside or not all(item_metadata(part) for part in parts):
            continue
        last = min(beside, key=lambda p: abs(p["y1"] - run["y1"]))
        while lower := next((p for p in pieces if abs(p["x0"] - last["x0"]) < 2
                             and (p["size"], p["bold"]) == (last["size"], last["bold"])
                             and 0 <= last["y0"] - p["y1"] < (last["y1"] - last["y0"]) / 2),
                            None):
            last = lower
        added += _rows_under(run, last, parts, bold=False)
    return added


# a known heading turned up the left edge of the text it heads is read (`_turned_headings`)
TURNED_HEADINGS = True
# ... turned down the page too, and at the right edge of its text (`_turned_runs`)
TURNED_DOWN = True


def _turned_headings(pieces: list[dict[str, Any]], runs: list[dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    """A known heading turned a quarter up the page (a label up a shaded box's left edge,
    "Beslutning") beside a block of lines right of it (the lines at one x, each less than
    half a line's height under the one above, the lowest beside the label): a bold
    piece of its own over the block's first line, at its x, in its size (thin: a row
    apart). With `TURNED_DOWN`, a label turned down the page too, and where no block
    stands right of it, the block left of it (a label at the box's right edge)."""
    added: list[dict[str, Any]] = []
    for run in runs:
        if not heading_phrase(run["text"]):
            continue
        beside = [p for p in pieces if 0 <= p["x0"] - run["x1"] <= 4 * run["size"]
                  and p["y0"] <= run["y1"] and p["y1"] >= run["y0"]]
        if not beside and TURNED_DOWN:
            beside = [p for p in pieces if 0 <= run["x0"] - p["x1"] <= 4 * run["size"]
                      and p["y0"] <= run["y1"] and p["y1"] >= run["y0"]]
        if not beside:
            continue
        first = max(beside, key=lambda p: p["y1"])
        while upper := next((p for p in pieces if abs(p["x0"] - first["x0"]) < 2
                             and 0 < p["y0"] - first["y1"] < (first["y1"] - first["y0"]) / 2),
                            None):
            first = upper
        added.append({**run, "x0": first["x0"],
                      "x1": first["x0"] + len(run["text"]) * run["width"],
                      "y0": first["y1"] + 0.5, "y1": first["y1"] + 1, "size": first["size"],
                      "bold": True, "bold_or_italic": True})
    return added


def _figure_lines(layout: Any, line_type: type) -> list[Any]:
    """The text lines inside the page's figures, laid out as the page's own would be: pdfminer
    leaves the characters of a Form XObject unlaid (`all_texts` off), which is right for a
    chart's labels beside a page's text, not for a page that is nothing else."""
    if not FIGURE_PAGES:
        return []
    from pdfminer.layout import LAParams, LTFigure

    figures = [item for item in layout if isinstance(item, LTFigure)]
    if not figures:
        return []
    params = LAParams(boxes_flow=None, all_texts=True)
    for figure in figures:
        figure.analyze(params)
    return _text_lines(layout, line_type)


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
TURNED_APART = True


def _turned(lines: list[Any], char_type: type) -> set[int]:
    """The characters (by id) whose baseline does not run left to right along the page: a
    stamp turned up the margin, a watermark set across the page. Only where they are the
    fewer: a page whose text is all turned (a landscape table set sideways) keeps it."""
    if not TURNED_APART:
        return set()
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


_STOPS = (".", "…")
# leader dots between the text of a piece and more of it (a contents line's page number,
# a title's case number)
_LEADER_RE = re.compile(r"\s*(?:\.\s?){4,}\s*(?=\S)")


def _weight_change(line: Any, chars: list[Any]) -> str | None:
    """A known heading set in bold or italics that runs into regular text on its line
    ("Beslutning Godkendt.", a decision history's entry "Byrådet 12. marts 2024. Godkendt."
    but for one that names the item's number): the heading and its text a tab apart, as a
    label beside its text is read (`generic.split_run_in`). None for any other line."""
    if not _set_apart(chars[0].fontname) or all(_set_apart(c.fontname) for c in chars):
        return None
    children = list(line)
    cut = next(k for k, c in enumerate(children) if hasattr(c, "fontname")
               and c.get_text().strip() and not _set_apart(c.fontname))
    head = clean_text("".join(c.get_text() for c in children[:cut])).strip()
    rest = clean_text("".join(c.get_text() for c in children[cut:])).strip()
    if not rest or not (heading_phrase(head.rstrip(".:–—- ")) or DATED_HEADS and history_entry(
            head) and not re.search(r"\b(?:punkt|pkt)\b", head, re.IGNORECASE)):
        return None
    return f"{head}\t{rest}"


# a decision history's entry in bold run into its text is a heading (`_weight_change`)
DATED_HEADS = True


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


# the rule's switch (round 30, issue-18cc; off in `benchmarks.layouts.ablations`)
CASE_LABEL_METADATA = True  # a case number's label alone beside the title


def item_metadata(cell: str) -> bool:
    """Whether a cell beside the title is the item's metadata: its case number, its status
    ("Lukket punkt"), the kind of matter it is ("Til beslutning"), or a case number's label
    whose value stands below it ("Sagsnr.")."""
    return bool(case_value(cell) or STATUS_RE.match(cell) or MATTER_RE.match(cell)
                or (CASE_LABEL_METADATA and names_case(cell)))
