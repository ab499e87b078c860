"""A second reading when the first is implausible: item openings the reading did not use.

Each fresh layout brings a numbering convention of its own (`4 » Title`, `<4> Title`, `4 ≡
Title`), and a document whose convention the numbering patterns miss sinks whole. The
evidence that needs no pattern: numbers at line starts, in one dress that recurs (the same
marks before the number and between it and the title, whatever they are), rising by one
from line to line. `renumbered` prints those lines in a dress the reader knows (`4. Title`);
`read_document` reads them again only when the first reading is implausible (no items, or
a confidence below `LOW_CONFIDENCE`) and keeps the second only where it is the more
plausible one (more items, a higher confidence).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from referat.index.layout import Line

# Switch (round 34a, issue-18co): read again with recurring rising numbers at line starts.
RENUMBER = True

# A number at a line's start, any marks (no letter or digit) before it and between it and
# a capitalised title: the marks are the document's dress, recurring on every item.
_OPENING_RE = re.compile(
    r"^([^\w\s]{0,3})\s*(\d{1,3})(?![\d.,]\d)\s*((?:[^\w\s]{1,4}|\t)?)\s*([A-ZÆØÅ][^\n]{2,})$")
# An opening needs at least this many lines of one dress, rising by one.
_MIN_RUN = 3


def renumbered(lines: list[Line]) -> list[Line] | None:
    """The lines with the longest run of one dress's rising numbers printed `N. Title`,
    or None where no dress recurs in a run of `_MIN_RUN` or more (or the run is printed
    so already)."""
    dresses: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text or not (text[0].isdigit() or not text[0].isalnum()):
            continue  # a precheck before the pattern: an opening starts so
        m = _OPENING_RE.match(text)
        if m is not None:
            dresses[(m.group(1), m.group(3).strip())].append((k, int(m.group(2)), m.group(4)))
    best: list[tuple[int, int, str]] = []
    for dress, found in dresses.items():
        if dress == ("", "."):
            continue  # the dress the reader knows: nothing to print again
        for run in _rising_runs(found):
            if len(run) > len(best) or (len(run) == len(best) and run and run[0] > best[0]):
                best = run
    if len(best) < _MIN_RUN:
        return None
    out = list(lines)
    for k, number, title in best:
        out[k] = dataclasses.replace(lines[k], text=f"{number}. {title}")
    return out


def _rising_runs(found: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The found openings, in document order, cut where the number does not rise by one."""
    runs: list[list[tuple[int, int, str]]] = []
    for opening in found:
        if runs and opening[1] == runs[-1][-1][1] + 1:
            runs[-1].append(opening)
        else:
            runs.append([opening])
    return runs
