"""The lines rewritten before they are read: dashes written as one, a stray page number
left out, what plain text sets apart by characters (brackets, underlines) as bold, and a
title broken inside its marker or status joined."""

from __future__ import annotations

import re
from dataclasses import replace

from referat.index.layout import LABEL_OPENS_RE, Line
from referat.index.readers.generic.cases import case_label
from referat.index.readers.generic.lines import styled_line
from referat.index.readers.generic.status import STATUS_SUFFIX_RE
from referat.index.sections import section_type

# Dashes as the reader's patterns know them: an em dash, a figure dash or a horizontal
# bar ("Title — pkt. 14") is the en dash ("–") every pattern allows.
_DASHES = str.maketrans({"—": "–", "‒": "–", "―": "–"})


def one_dash(lines: list[Line]) -> list[Line]:
    """The lines with every dash between words written as the en dash (`_DASHES`)."""
    return [replace(line, text=line.text.translate(_DASHES))
            if "—" in line.text or "‒" in line.text or "―" in line.text else line
            for line in lines]


_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}$")


# a dinkus ("* * *", "***", "⁂"): a break between items or passages, no text
_DINKUS_RE = re.compile(r"^(?:\*(?:\s*\*){0,4}|⁂)$")
DINKUS = True  # dinkus lines are left out (`without_dinkus`)


def without_dinkus(lines: list[Line]) -> list[Line]:
    """The lines without those that hold only a dinkus (`* * *` between items)."""
    if not DINKUS:
        return lines
    return [line for line in lines if not (line.text.lstrip()[:1] in ("*", "⁂")
                                           and _DINKUS_RE.match(line.text.strip()))]


def without_page_numbers(lines: list[Line]) -> list[Line]:
    """The lines without a page number that stands alone between two lines of one text or
    title, where a page broke them: the line above runs on (no sentence's end) into a line
    that continues it in lower case, or into a label ("… bevillingssag" / "2" / "Sagsnr.:
    …"), which never follows an item's number (its title does). Such a number counts the
    pages: the number alone on a line before or after it in the document is one less or
    one more ("… jf. bilag" / "2" / "at …" alone is the text's own word)."""
    alone = [k for k, line in enumerate(lines) if _PAGE_NUMBER_RE.match(line.text.strip())]
    values = [int(lines[k].text) for k in alone]
    counted = {k for n, k in enumerate(alone)
               if (n > 0 and values[n - 1] == values[n] - 1)
               or (n + 1 < len(alone) and values[n + 1] == values[n] + 1)}
    out = []
    for k, line in enumerate(lines):
        if k in counted and 0 < k < len(lines) - 1:
            above, below = lines[k - 1].text.strip(), lines[k + 1].text.strip()
            if (above and below and any(ch.isalpha() for ch in above)
                    and not above.endswith(tuple(".!?:;)")) and (
                        below[0].islower() or case_label(below) is not None
                        or LABEL_OPENS_RE.match(below))):
                continue
        out.append(line)
    return out


# a short line wholly in square brackets: "[Resume]", "[Beslutning]"
_BRACKETED_RE = re.compile(r"^\[\s*((?-i:[A-ZÆØÅ])[^\[\]]{0,79}?)\s*\]\s*:?$")
_BRACKETED_MAX_WORDS = 6
# ... or a known heading of more words in brackets, a decision's body and date ("[Plan- og
# Teknikudvalget tirsdag den 4. juni 2025]"; round 34, issue-18cn; off in
# `benchmarks.layouts.ablations`)
BRACKETED_HEADINGS = True
# a short line framed by rules of one character: "--- Resumé ---", "=== PUNKT 4 ==="
_FRAMED_RE = re.compile(r"^([=\-~*#])\1{2,}\s*([^=\-~*#\s][^\t]{0,79}?)\s*\1{3,}$")
# a line drawn in one character under a line of text: "Beslutning" / "----------"
_UNDERLINE_RE = re.compile(r"^([=\-~_*])\1{2,}$")


def typeset(lines: list[Line]) -> list[Line]:
    """The lines with what plain text sets apart by characters written as bold type: a
    short capitalised line in square brackets ("[Resume]") as its words, a line (or the few
    lines of a wrapped title) underlined by a rule of its width ("Sagsfremstilling" /
    "================") as itself, the rule no text, and a line framed by rules ("---
    Resumé ---") as its words. Each is read as a heading or a title in bold is read, known
    or not."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        m = _BRACKETED_RE.match(text)
        if m and (len(m.group(1).split()) <= _BRACKETED_MAX_WORDS or BRACKETED_HEADINGS
                  and section_type(m.group(1))) and "\t" not in line.text:
            line = replace(line, text=m.group(1), bold=True)
        elif m := _FRAMED_RE.match(text):
            line = replace(line, text=m.group(2), bold=True)
        block = _block_above(out)
        widest = max((len(out[k].text.strip()) for k in block), default=0)
        if (_UNDERLINE_RE.match(text) and line.size is None and block
                and abs(len(text) - widest) <= max(3, widest // 5)):
            for k in block:
                out[k] = replace(out[k], bold=True)
            line = replace(line, text="")
        out.append(line)
    return out


def _block_above(lines: list[Line]) -> list[int]:
    """The indexes of the last lines up to a blank one, when they are a heading's or a
    title's few (at most three: more are a paragraph)."""
    k = len(lines)
    while k > 0 and lines[k - 1].text.strip() and len(lines) - k <= 3:
        k -= 1
    return list(range(k, len(lines))) if 0 < len(lines) - k <= 3 else []


# a title line broken inside its marker or status: "… – sag" / "14 - Åben", "… pkt." /
# "14", "… sag 15 -" / "Åben", "… (Lukket" / "punkt)"
_MARK_TAIL_RE = re.compile(r"(?:^|\s)[-–,]?\s*[(\[]?(?:punkt|pkt\.?|sag|nr\.?)$|\s[-–]$"
                           r"|\s(?P<status>lukket|åbent?|fortroligt?)$", re.IGNORECASE)
_MARK_HEAD_RE = re.compile(r"^(?:(?:(?:punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?)?\d{1,3}[a-f]?[)\]]?"
                           r"(?:\s|$)|[(\[]?(?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag))?[)\]]?$)",
                           re.IGNORECASE)
# a line that holds only the title's number after it: "– sag 102 (Åben)", "(punkt 3)"
_MARK_LINE_RE = re.compile(r"^[-–(\[]\s*(?:punkt|pkt\.?|sag)\s*(?:nr\.?\s*)?\d{1,3}[a-f]?[)\]]?"
                           r"(?:\s*[(\[]?\s*(?:lukket|åbent?|fortroligt?)(?:\s+(?:punkt|sag))?"
                           r"\s*[)\]]?)?$", re.IGNORECASE)
_STATUS_TAIL_RE = re.compile(r"^(?:punkt|sag|dagsordenspunkt)[)\]]?$", re.IGNORECASE)


_LEADING_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\b")


def _next_opening(above: str, text: str) -> bool:
    """Whether `text` opens with the number after the one the line above opens with ("13
    Lukket sag" / "14 Godkendelse af dagsorden"): the next item's opening, never the rest
    of a marker broken off the line above ("… – sag" / "14 - Åben")."""
    a, b = _LEADING_NUMBER_RE.match(above), _LEADING_NUMBER_RE.match(text)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


def join_broken_titles(lines: list[Line], body: float | None, *, caps_apart: bool) -> list[Line]:
    """A line set apart (a PDF's title) broken inside its marker or its status, and the
    short line set alike under it that completes them, are one line: "… (Lukket" /
    "punkt)", "… – sag" / "14 - Åben", "… sag 15 -" / "Åben", "… - Åben" / "sag", "…" /
    "(Åben)". Body text is left as it is."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        text = line.text.strip()
        if (prev is not None and prev.size is not None and styled_line(prev, body,
                                                                       caps_apart=caps_apart)
                and (prev.size, prev.bold) == (line.size, line.bold)
                and len(text.split()) <= 4 and (
                    (prev.text.count("(") + prev.text.count("[")
                     > prev.text.count(")") + prev.text.count("]")
                     and text.endswith((")", "]")) and "(" not in text and "[" not in text)
                    or _MARK_LINE_RE.match(text)
                    or ((m := STATUS_SUFFIX_RE.search(f" {text}")) is not None
                        and m.start() == 0)
                    or ((tail := _MARK_TAIL_RE.search(prev.text.rstrip()))
                        and (_STATUS_TAIL_RE.match(text) if tail.group("status")
                             else _MARK_HEAD_RE.match(text))))
                and not _next_opening(prev.text, text)):
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {text}")
        else:
            out.append(line)
    return out
