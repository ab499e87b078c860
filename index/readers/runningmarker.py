"""An item's number in a running header: some committee systems print an item's number
and case number only in the header of its pages ("Økonomiudvalget · 12.03.2024 · Punkt 4 ·
Sagsnr. 24-001"), changing from item to item, and the title alone in the body. Such a
header is page furniture, but its marker and the fields after it are the item's opening."""

from __future__ import annotations

import re

from referat.index.layout import MARKER_ALONE_RE, byline_parts
from referat.index.readers.generic.cases import case_label
from referat.index.readers.generic.status import STATUS_RE


def header_openings(dropped: list[list[str]], kept: list[list[str]]) -> list[str | None]:
    """Per page, the opening its running lines (`dropped`) give the item that starts on it:
    the item's marker and the fields after it ("Punkt 4 · Sagsnr. 24-001"), where the
    marker's number is not the page before's (a page the item runs onto repeats it); else
    None. Only where the markers name two or more items and the pages' own lines (`kept`)
    do not print them: on most pages that name an item, no line opens with its number."""
    marks: list[tuple[str, str] | None] = []
    for texts in dropped:
        found = None
        for text in texts:
            parts = [p.strip() for p in byline_parts(text.strip())]
            k = next((k for k, p in enumerate(parts) if MARKER_ALONE_RE.match(p)), None)
            if k is not None:
                found = (parts[k].rstrip(".:").split()[-1], " · ".join(parts[k:]))
                break
        marks.append(found)
    named = [(mark[0], own) for mark, own in zip(marks, kept, strict=True) if mark]
    printed = sum(any(re.match(rf"(?:\D{{0,12}}\s)?{number}\b(?![.,]\d)", t.strip())
                      for t in own) for number, own in named)
    if len({number for number, _ in named}) < 2 or 2 * printed >= len(named):
        return [None] * len(dropped)
    out: list[str | None] = []
    last = None
    for mark in marks:
        out.append(mark[1] if mark and mark[0] != last else None)
        last = mark[0] if mark else last
    return out


# the rule's switch (round 29, issue-18ca; off in `benchmarks.layouts.ablations`)
HEADER_CELLS = True


def header_cells(dropped: list[list[str]]) -> list[str | None]:
    """Per page, the item's metadata its running header line ends in, a cell after a tab
    (`Notat · Center … · dato<tab>Sagsnr. 24-001`, `…<tab>Lukket punkt`: a PDF merged from
    the items' own documents, each page headed as its item's document), else None. Only
    where those cells change from page to page (two or more differ), as an item's do."""
    if not HEADER_CELLS:
        return [None] * len(dropped)
    cells: list[str | None] = []
    for texts in dropped:
        cell = next((tail for text in texts if "\t" in text
                     for tail in [text.rsplit("\t", 1)[1].strip()]
                     if case_label(tail) or STATUS_RE.match(tail)), None)
        cells.append(cell)
    return cells if len(set(filter(None, cells))) >= 2 else [None] * len(dropped)
