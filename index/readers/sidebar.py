"""Fields set beside a title (a PDF's sidebar: "Sagsnr." / number, "Status" / "Åbent
punkt", in a type smaller than the text) are read row by row with the title, so a title
wrapped onto a second line has the sidebar's rows between its two lines. The title's
wrapped line is its own: its words join the title's line, and the fields stay below it
as the item's metadata."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from referat.index.layout import Line

_MAX_FIELD_ROWS = 6  # label and value rows beside a title of two or three lines


def title_before_fields(lines: list[Line], body: float | None,
                        marked: Callable[[str], bool]) -> list[Line]:
    """The lines with each title's wrapped lines joined to it past the fields beside it:
    a line in the title's type (larger than the text) after one to six rows in a type
    smaller than the text, directly under a title line that has a field's cell beside it
    (the sidebar's first row: "5. Title\tSagsnr."). `marked`: whether a line carries an
    item's marker (the next item's title in the same type, "Title\tPkt. 16"), never a
    wrapped line."""
    if body is None:
        return lines
    out = list(lines)
    i = 0
    while i < len(out):
        title = out[i]
        if title.size is None or title.size <= body + 0.5 or "\t" not in title.text.strip() \
                or _LONE_MARKER_RE.match(title.text.strip().partition("\t")[0]):
            # a marker alone in the first cell ("C | Title"): the title is the cell beside it
            i += 1
            continue
        j = i + 1
        while j < len(out) and j - i <= _MAX_FIELD_ROWS and out[j].size is not None \
                and out[j].size < body - 0.5 and out[j].text.strip():
            j += 1
        if i + 1 < j < len(out) and _wrapped_line(title, out[j]) \
                and not marked(out[j].text.strip()):
            # the wrapped words join the title's cell; a label beside them (its row's
            # other cells) stays with the fields
            words, _, beside = out[j].text.strip().partition("\t")
            cell, tab, rest = title.text.rstrip().partition("\t")
            out[i] = replace(title, text=f"{cell.rstrip()} {words.strip()}{tab}{rest}")
            if beside.strip():
                out[j] = replace(out[j], text=beside, size=out[j - 1].size)
            else:
                del out[j]
            continue  # a title of three lines: its third line after more fields
        i += 1
    return out


def _wrapped_line(title: Line, line: Line) -> bool:
    """Whether a line reads as a title's wrapped rest: its type, no number or sentence."""
    text = line.text.strip().partition("\t")[0]
    return ((line.size, line.bold) == (title.size, title.bold) and bool(text)
            and not _MARKER_RE.match(text) and not text.endswith((".", ":"))
            and len(text.split()) <= 12)


_MARKER_RE = re.compile(r"^\d{1,3}[.)]?(?:\s|$)")  # "5. Title": the next item's own
_LONE_MARKER_RE = re.compile(r"^(?:\d{1,4}|[IVX]{1,6}|[A-ZÆØÅ])[.)]?$")
