"""An item's text split into sections under its headings; a summary first and a verdict at
the end read as what minutes put there."""

from __future__ import annotations

import re

from referat.index.committees import DEFINITE_COUNCILS
from referat.index.layout import Line, append_line
from referat.index.model import Section
from referat.index.readers.generic.headings import (
    kind_heading,
    section_heading,
    unboxed,
    unknown_heading,
)
from referat.index.readers.generic.lines import CONTINUED_RE, PAGE_RE
from referat.index.readers.generic.status import DECISION_PHRASE_RE
from referat.index.sections import (
    decision_remark,
    fold_empty_entries,
    heading_date,
    heading_phrase,
    without_heading_mark,
)


def item_sections(lines: list[Line], strict: bool, body: float | None,
                  kind_word: str | None, hstyle: tuple | None = None, *,
                  caps_apart: bool) -> list[Section]:
    lead: list[str] = []
    lead_page = None
    parts: list[tuple[str, str, Line, list[str]]] = []
    previous: Line | None = None
    labelled = False  # the last text line a decision's remark label ("Protokoltilførsel:")
    page = lines[0].page if lines else None
    for line in lines:
        line = unboxed(line)
        text = line.text.strip()
        if not text and line.size is None and not line.level:
            previous = None  # a text file's blank line ends the paragraph before it
        if not text or PAGE_RE.match(text):  # "Side 2 af 9": page furniture
            continue
        if line.page != page and CONTINUED_RE.search(text):
            page = line.page
            continue  # "4. Title (fortsat)" opening a page: the item's title repeated
        page = line.page
        found = kind_heading(line, strict, body, kind_word,
                             caps_apart=caps_apart) or section_heading(
            line, previous, strict, body, hstyle, caps_apart=caps_apart)
        if found and parts and not parts[-1][3] and parts[-1][1] == found[1] != "other":
            found = None  # "Indstilling" then "Administrationen indstiller": one section
        if found and parts and not parts[-1][3] and parts[-1][0].endswith(":") \
                and not (line.bold or line.level or found[0].endswith(":")
                         or heading_phrase(found[0]) or heading_date(found[0])):
            # a heading closed by its colon, then a line that reads as a heading by its
            # words only ("Beslutning i …:" / "Økonomiudvalget anbefaler" / "overfor …"):
            # the heading's text, its first line wrapped
            found = None
        if found and parts and parts[-1][1] == found[1] == "bilag":
            found = None  # an attachment list's entries ("Bilag 2: Notat") are its text
        remark = bool(found and parts and parts[-1][1] == "beslutning" and parts[-1][3]
                      and decision_remark(found[0]))
        if remark:  # "Protokoltilførsel: …" under a decision: the decision's text
            text = f"{found[0].rstrip(': ')}: {found[2]}".strip()
            found = None
        if found:
            heading, kind, inline = found
            parts.append((heading, kind, line, [inline] if inline else []))
            labelled = False
        else:
            if not parts and lead_page is None:
                lead_page = line.page
            into = parts[-1][3] if parts else lead
            if into and labelled and not remark:  # the label's text, split off its line
                into[-1] = f"{into[-1]} {' '.join(text.split())}"
            else:
                append_line(into, text)
            labelled = remark and text.endswith(":")  # its text on the next line
        previous = line
    sections = []
    if lead:
        kind = "other" if parts or kind_word == "dagsorden" else "beslutning"
        sections.append(Section("", kind, "\n".join(lead), page=lead_page))
    for heading, kind, line, text in parts:
        if text or kind != "other":
            sections.append(Section(without_heading_mark(heading).rstrip(": "), kind,
                                    "\n".join(text), page=line.page,
                                    date=heading_date(heading)))
    sections = _summary_first(fold_empty_entries([s for s in sections
                                                  if s.text or s.type != "other"]))
    return _verdict_at_end(sections) if kind_word == "referat" else sections


def _summary_first(sections: list[Section]) -> list[Section]:
    """An item's first section, under a heading the table does not know but set as the
    document sets its headings ("Kort fortalt" in bold), before the case's description,
    is its summary: minutes sum a case up before they describe it. (Untitled lead text,
    a "Sagsgang" table, is not.)"""
    first = sections[0] if sections else None
    if first is None or first.type != "other" or not unknown_heading(first.heading) \
            or not any(s.type == "sagsfremstilling" for s in sections[1:]):
        return sections
    return [Section(first.heading, "resume", first.text, first.page, first.date),
            *sections[1:]]


# A decision's opening words: a verdict ("Godkendt.", "Anbefales."), or the body or the
# recommendation with one ("Indstillingen blev tiltrådt.", "Udvalget godkendte …").
_VERDICT_RE = re.compile(
    r"^(?:(?:indstillingen|orienteringen|forslaget|sagen|punktet|anbefalingen)\s+"
    r"(?:blev\s+|er\s+)?(?:godkendt|tiltrådt|anbefalet|anbefales|taget til efterretning|"
    r"vedtaget|udsat|drøftet|oversendt)"
    rf"|(?:udvalget|{'|'.join(DEFINITE_COUNCILS)}|\w+udvalget)\s+"
    r"(?:godkendte|tiltrådte|anbefaler|anbefalede|vedtog|tog .{0,40}til efterretning)"
    r")\b", re.IGNORECASE)


def _verdict_at_end(sections: list[Section]) -> list[Section]:
    """In a referat, an item without a decision section whose last section ends in text
    that opens with a verdict ("Godkendt.", "Indstillingen tiltrådt.", after a finished
    sentence) has that text as its decision: the meeting's record printed without a
    heading under the recommendation."""
    if not sections or any(s.type == "beslutning" for s in sections):
        return sections
    # headings the table does not know ("Konklusion", a body alone: "Økonomiudvalget")
    # over a verdict, or last after the case's description: what the meeting concluded
    described = any(s.type == "sagsfremstilling" for s in sections[:-1])
    verdicts = [s.type == "other" and bool(s.heading)
                and (_verdict(s.text.split("\n")[0], j == len(sections) - 1)
                     or (described and j == len(sections) - 1
                         and unknown_heading(s.heading)))
                for j, s in enumerate(sections)]
    if any(verdicts):
        return [Section(s.heading, "beslutning", s.text, s.page, s.date) if v else s
                for s, v in zip(sections, verdicts, strict=True)]
    last = sections[-1]
    rows = last.text.split("\n")
    decisions: list[Section] = []
    found = _verdict_rows(rows, last.type == "indstilling")
    while found is not None:
        keep, start, heading = found
        decisions.insert(0, Section(heading, "beslutning", "\n".join(rows[start:]), last.page))
        rows = rows[:keep]
        found = _verdict_rows(rows, last.type == "indstilling") if heading else None
        if found is not None and (not found[2] or found[1] < len(rows) - 3):
            # a decision history's earlier entry ("Økonomiudvalget" / "Anbefales.") is
            # taken only as a headed paragraph right above the later one
            found = None
    if not decisions:
        return sections
    return [*sections[:-1], Section(last.heading, last.type, "\n".join(rows), last.page,
                                    last.date), *decisions]


def _verdict_rows(rows: list[str], long: bool) -> tuple[int, int, str] | None:
    """The last paragraph of `rows` that opens with a verdict after a finished sentence,
    with the consecutive verdicts above it: (end of the text kept, start of the verdict,
    its heading: a short line above it, "" when none)."""
    for k in range(len(rows) - 1, 0, -1):
        if not _verdict(rows[k], long):
            continue
        before = rows[k - 1].strip()
        if before[-1:] in ".:!?)":
            while k >= 2 and _verdict(rows[k - 1], long) and rows[k - 2].rstrip()[-1:] in ".:!?)":
                k -= 1  # "Godkendt." / "Udvalget anbefaler …": one decision
            return k, k, ""
        if k >= 2 and unknown_heading(before) and rows[k - 2].rstrip()[-1:] in ".:!?)":
            return k - 1, k, before  # its own heading the table does not know
    return None


def _verdict(row: str, long: bool) -> bool:
    """Whether a line opens with a verdict (a long line only after a recommendation)."""
    row = row.strip()
    return bool(_VERDICT_RE.match(row) or (DECISION_PHRASE_RE.match(row)
                                           and (long or len(row.split()) <= 12)))
