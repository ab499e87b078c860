"""A second reading when the first is implausible: item openings the reading did not use.

Each fresh layout brings a numbering convention of its own (`4 » Title`, `<4> Title`, `4 ≡
Title`), and a document whose convention the numbering patterns miss sinks whole. The
evidence that needs no pattern: numbers at line starts, in one dress that recurs (the same
marks before the number and between it and the title, whatever they are; or the same label
before a number alone on its line, the title under it), rising by one from line to line.
`renumbered` prints those lines in a dress the reader knows (`4. Title`); `read_document`
reads them again only when the first reading is implausible (no items, unnumbered items, or
a confidence below `LOW_CONFIDENCE`) and keeps the second only where it is the more
plausible one (as many items or more, a higher confidence).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from referat.index.layout import Line
from referat.index.readers.generic.numbers import DASHED_NUMBER_RE, NUMBER_RE, WORD_MARK_RE

# Switch (round 34a, issue-18co): read again with recurring rising numbers at line starts.
RENUMBER = True
# Switch (round 34a, issue-18co): and with numbers after a recurring label, alone on their
# lines ("Punkt ....... 4"), the title under them.
LABELLED_NUMBERS = True

# A number at a line's start, any marks (no letter or digit) before it and between it and
# a capitalised title (or none, where marks stand on both sides: "<4>", the title on the
# next line): the marks are the document's dress, recurring on every item.
_OPENING_RE = re.compile(
    r"^([^\w\s]{0,3})\s*(\d{1,3})(?![\d.,]\d)\s*((?:[^\w\s]{1,4}|\t)?)\s*([A-ZÆØÅ][^\n]{2,})?$")
# A number after a label and marks, alone on its line ("Punkt ....... 4", "Nr: 4", "Punkt |
# 4"); the title is the next line, or that line's value after a label of its own ("Titel
# ...... Title"). A page's number ("Side 3") is no item's.
_LABELLED_RE = re.compile(r"^([A-ZÆØÅ][\w.]{0,15}(?: nr\.?)?)\s*[^\w\s]*\s*(\d{1,3})$")
_VALUE_RE = re.compile(r"^[A-ZÆØÅ][\w.]{0,15}(?:\s*[^\w\s]+\s*|\s{2,})([A-ZÆØÅ0-9].*)$")
_PAGE_LABELS = frozenset({"side", "page", "s."})
# An opening needs at least this many lines of one dress, rising by one.
_MIN_RUN = 3


def renumbered(lines: list[Line]) -> list[Line] | None:
    """The lines with the longest run of one dress's rising numbers printed `N. Title`,
    or None where no dress recurs in a run of `_MIN_RUN` or more. Lines in a dress the
    reader's numbering patterns know (`NUMBER_RE`, `WORD_MARK_RE`) are left out: the first
    reading weighed them already; so is a page's folio ("– 3 –", `DASHED_NUMBER_RE`)."""
    dresses: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if text[0].isdigit() or not text[0].isalnum():  # a precheck before each pattern
            if (m := _OPENING_RE.match(text)) is not None and not NUMBER_RE.match(text) \
                    and (m.group(4) or (m.group(1) and m.group(3).strip()
                                        and not DASHED_NUMBER_RE.match(text))):
                dresses[(m.group(1), m.group(3).strip())].append(
                    (k, int(m.group(2)), m.group(4) or ""))
        elif LABELLED_NUMBERS and text[-1].isdigit() and (m := _LABELLED_RE.match(text)) \
                and m.group(1).lower() not in _PAGE_LABELS and not WORD_MARK_RE.match(text):
            dresses[(m.group(1).lower(), "label")].append((k, int(m.group(2)), ""))
    best: list[tuple[int, int, str]] = []
    for found in dresses.values():
        for run in _rising_runs(found):
            if len(run) > len(best) or (len(run) == len(best) and run and run[0] > best[0]):
                best = run
    if len(best) < _MIN_RUN:
        return None
    out = list(lines)
    for k, number, title in best:
        below = next((j for j in range(k + 1, min(k + 4, len(lines)))
                      if lines[j].text.strip()), None)
        value = _VALUE_RE.match(lines[below].text.strip()) if below is not None else None
        if not title and value is not None:  # the title's own label: the value is the title
            title = " ".join([value.group(1), *_wrapped(lines, below, value.start(1), out)])
            out[below] = dataclasses.replace(lines[below], text="")
        out[k] = dataclasses.replace(lines[k], text=f"{number}. {title}".rstrip())
    return out


def _wrapped(lines: list[Line], k: int, start: int, out: list[Line]) -> list[str]:
    """The lines under a label's line k that stand in its value's column (its value,
    `start` characters into the stripped line, wrapped), each blanked in `out`."""
    text = lines[k].text
    column = len(text) - len(text.lstrip()) + start
    found = []
    for j in range(k + 1, len(lines)):
        below = lines[j].text
        indent = len(below) - len(below.lstrip())
        if not below.strip() or indent != column:
            break
        found.append(below.strip())
        out[j] = dataclasses.replace(lines[j], text="")
    return found


def _rising_runs(found: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The found openings, in document order, cut where the number does not rise by one."""
    runs: list[list[tuple[int, int, str]]] = []
    for opening in found:
        if runs and opening[1] == runs[-1][-1][1] + 1:
            runs[-1].append(opening)
        else:
            runs.append([opening])
    return runs
