"""The line model as the generic reader looks at it: neighbouring lines with text, type
(size, weight, level) against the body text's, and titles normalised and compared."""

from __future__ import annotations

import functools
import re
from collections import Counter

from referat.index.layout import Line

# a page's number ("Side 2", "Side 2 af 9", "Page 3"): page furniture, never a title
PAGE_RE = re.compile(r"^(side|page)\s+\d+(\s*(af|of|/)\s*\d+)?$", re.IGNORECASE)
# ... where the page broke under an item's title, between it and its status or case number
# (a page's printed furniture kept in the text, as pdf2htmlEX keeps it): passed over
PAGE_MARKS = True
CONTINUED_RE = re.compile(r"[(\[]\s*(?:fortsat|forts\.|fortsættelse|continued)\s*[)\]]$"
                          r"|\s[-–]\s*(?:fortsat|fortsættelse)$", re.IGNORECASE)

MAX_TITLE_CHARS = 250

SENTENCE_END = ".:!?)"
MAX_HEADING_CHARS = 120

WINDOW = 8  # lines after a candidate title searched for evidence


def full(text: str, below: str, width: int, share: float) -> bool:
    """Whether a line of `text` ended because it was full: the first word of `below`, the
    line under it, would have run past `share` of `width`, the widest line of its kind
    (False when `below` has no word)."""
    words = below.split()
    return bool(words) and len(text) + 1 + len(words[0]) >= share * width


def typography(line: Line) -> tuple[float | None, bool, int]:
    """What sets a line's type: size, weight and (HTML) heading level."""
    return line.size, line.bold, line.level


def similar_title(a: str, b: str) -> bool:
    """Two wordings of one title: the same once normalised, one the start of the other,
    or most of their words shared."""
    if same_title(a, b):
        return True
    x, y = set(norm(a).split()), set(norm(b).split())
    return len(x) >= 2 and len(y) >= 2 and len(x & y) >= 0.7 * max(len(x), len(y))


def first_cell(text: str) -> str:
    """A row's first cell (cells apart by a tab or a run of spaces)."""
    return re.split(r"\t|\s{2,}", text.strip())[0].strip()


def repeat_key(text: str) -> str:
    """A line's text with digits masked and spaces collapsed, for finding repeats."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def body_size(lines: list[Line]) -> float | None:
    sizes = Counter(line.size for line in lines if line.size is not None and line.text.strip())
    return sizes.most_common(1)[0][0] if sizes else None


def size_class(line: Line, body: float | None) -> int:
    if line.size is None or body is None:
        return 0
    return 1 if line.size > body + 0.5 else (-1 if line.size < body - 0.5 else 0)


def type_of(line: Line, body: float | None) -> tuple[bool, int, int]:
    """A line's type as openings compare it: weight, size against the body's, level."""
    return (line.bold, size_class(line, body), line.level)


def styled_line(line: Line, body: float | None, *, caps_apart: bool) -> bool:
    return (line.bold or line.level > 0 or size_class(line, body) > 0
            or capitals(line.text, caps_apart=caps_apart))


def capitals(text: str, *, caps_apart: bool) -> bool:
    """Two or more letters, all capitals (str.isupper: every cased character is), in a
    document whose capitals set a line apart (`caps_apart`: False in a document set in
    capitals, a mainframe's print: there capitals set no line apart, as bold would not in a
    text set all in bold; `set_in_capitals`)."""
    return caps_apart and text.isupper() and sum(ch.isalpha() for ch in text) > 1


# the rule's switch (round 29, issue-18ca; off in `benchmarks.layouts.ablations`)
CAPITALS_DOCUMENTS = True


def set_in_capitals(lines: list[Line]) -> bool:
    """Whether the document's text is set in capitals: twenty lines of three words or more,
    four in five of them in capitals."""
    if not CAPITALS_DOCUMENTS:
        return False
    long = [line.text for line in lines
            if line.text.count(" ") >= 2 and len(line.text.split()) >= 3]
    return len(long) >= 20 and 5 * sum(text.isupper() for text in long) >= 4 * len(long)


def next_text(lines: list[Line], start: int) -> int | None:
    for j in range(start, min(len(lines), start + 4)):
        if lines[j].text.strip():
            return j
    return None


def prev_text(lines: list[Line], start: int) -> int | None:
    for j in range(start, max(-1, start - 4), -1):
        if lines[j].text.strip():
            return j
    return None


def clean_title(text: str) -> str:
    return " ".join(text.split()).strip(" :–-·•|")


@functools.lru_cache(maxsize=16384)  # each line is compared with every TOC entry
def norm(text: str) -> str:
    return _NON_WORD_RE.sub(" ", text.lower()).strip()


_NON_WORD_RE = re.compile(r"[^\wæøå]+")


def same_title(a: str, b: str) -> bool:
    """Titles agree: equal once normalised, or one a prefix of the other (wrapped)."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return len(short) >= 12 and long.startswith(short)
