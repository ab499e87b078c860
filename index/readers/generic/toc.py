"""The table of contents many minutes print first: its lines and its entries (number,
title)."""

from __future__ import annotations

import re

from referat.index.layout import Line
from referat.index.readers.generic.lines import clean_title
from referat.index.readers.generic.numbers import (
    DOTTED_RE,
    NUMBER_RE,
    NUMBER_SPACE_RE,
    PUNKT_RE,
    number_title,
)

# A table-of-contents entry: leader dots, a tab or a run of spaces before a page number.
TOC_ENTRY_RE = re.compile(r"(?:\s*\.{3,}|…+|\t|\s{3,}|_{3,})\s*(\d{1,4})$")
# a row of figures (an economy table's "Drift<TAB>150<TAB>600"): its last two cells are
# numbers, where a contents entry ends in one page number after its title
_FIGURES_RE = re.compile(r"(?:^|\t|\s{2,})[-−–]?\d[\d.,]*\s*(?:\t|\s{2,})[-−–]?\d[\d.,]*\s*$")
_TOC_HEADING_RE = re.compile(r"^(indholdsfortegnelse|indhold|dagsordenens punkter)\s*:?$",
                             re.IGNORECASE)


def ends_as_entry(text: str) -> bool:
    """Whether a line ends as a contents entry (`TOC_ENTRY_RE`: leaders, a tab or a gap,
    then a page number). Its last character is asked first: the pattern is tried from
    every position of a long line, and a line that ends in no digit ends in no entry."""
    return text[-2:].rstrip("\n")[-1:].isdigit() and TOC_ENTRY_RE.search(text) is not None


def contents_rows(lines: list[Line]) -> set[int]:
    """Indexes of table-of-contents lines: after an "Indholdsfortegnelse" heading, or
    any run of three or more lines that end in a page number after leaders; a table's
    rows of figures are no contents."""
    rows: set[int] = set()
    run: list[int] = []
    in_toc = False
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if _TOC_HEADING_RE.match(text):
            in_toc = True
            rows.add(i)
            continue
        if ends_as_entry(text) and len(text) > 4 and not _FIGURES_RE.search(text):
            run.append(i)
            continue
        if in_toc and run:
            rows.update(run)
        elif len(run) >= 3:
            rows.update(run)
        if run or (in_toc and not ends_as_entry(text)):
            in_toc = in_toc and not run
        run = []
    if len(run) >= 3 or (in_toc and run):
        rows.update(run)
    return rows


def table_of_contents(lines: list[Line], rows: set[int]) -> list[tuple[int | None, str]]:
    """The entries (item number or None, title) of the table-of-contents lines; an
    entry wrapped over lines (only its last ends in a page number) is joined."""
    entries = []
    pending = ""
    for i in sorted(rows):
        text = lines[i].text.strip()
        if _TOC_HEADING_RE.match(text):
            continue
        if not ends_as_entry(text):
            pending = f"{pending} {text}".strip()
            continue
        entries.append(_toc_entry(f"{pending} {text}".strip()))
        pending = ""
    return entries


def _toc_entry(text: str) -> tuple[int | None, str]:
    """(item number or None, title) of one table-of-contents line."""
    text = TOC_ENTRY_RE.sub("", text.strip()).strip(" .…_\t")
    for regex in (PUNKT_RE, DOTTED_RE, NUMBER_RE, NUMBER_SPACE_RE):  # "4 Title ... 2"
        m = regex.match(text)
        if m:
            number, title = number_title(m)
            if title:
                return number, clean_title(title)
    return None, clean_title(text)
