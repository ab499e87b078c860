"""Item openings: every line that may open an item (a number before or after its title, on
a line of its own, in a leading column, a word shape that recurs), with its title."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from referat.index.layout import Line, join_wrapped
from referat.index.readers.generic.cases import bare_case, case_in_title, case_label
from referat.index.readers.generic.headings import heading_text
from referat.index.readers.generic.lines import (
    MAX_TITLE_CHARS,
    PAGE_RE,
    SENTENCE_END,
    clean_title,
    next_text,
    prev_text,
    styled_line,
    type_of,
    typography,
)
from referat.index.readers.generic.numbers import (
    AGENDA_OWNER_RE,
    DASHED_NUMBER_RE,
    DOTTED_RE,
    MARK_RUN_RE,
    NUMBER_COMMA_RE,
    NUMBER_MARK_RE,
    NUMBER_ONLY_RE,
    NUMBER_RE,
    NUMBER_SPACE_RE,
    ORDINAL_RE,
    PUNKT_RE,
    PUNKT_TAIL_RE,
    TRAILING_BARE_RE,
    WORD_MARK_RE,
    number_text,
    number_title,
    number_value,
    printed_number,
    trailing_number,
)
from referat.index.readers.generic.status import (
    CLOSED_NOTE_RE,
    CLOSED_WORDS,
    STATUS_CELL_RE,
    STATUS_FIELD_RE,
    STATUS_RE,
    STATUS_SUFFIX_RE,
)
from referat.index.readers.generic.toc import ends_as_entry
from referat.index.sections import section_type
from referat.index.vocabulary import FIELD_RE

# an attachment's file name: a line of an attachment list, never an item's title
FILE_NAME_RE = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|txt|jpe?g|png|msg|zip)\)?$",
                          re.IGNORECASE)


@dataclass
class Candidate:
    index: int  # the line that opens the item (its title line when the number follows)
    number: int
    title: str
    kind: str
    style: tuple
    title_end: int  # the index after the candidate's own title lines
    weight: float = 0.0
    evidence: list[str] = field(default_factory=list)
    printed: str = ""  # the number as printed when not in digits ("IV", "C", "2.3")
    status: str = ""  # "åbent punkt" / "lukket punkt" printed with the opening
    status_line: int = -1  # the first line above the opening that belongs to its item
    case_number: str | None = None  # printed above the opening


def candidate(lines: list[Line], i: int, body: float | None,
              above: bool = False, word: bool = True, *, caps_apart: bool) -> Candidate | None:
    """The line as an item opening, or None. A status after the title (`STATUS_SUFFIX_RE`)
    is taken off first, wherever the number stands, and kept as the item's status.
    `above`: a marker on a line of its own numbers the title above it when one is there
    (the side the document's other markers take, `marker_side`); `word=False`: no word
    shape ("Budgetopfølgning 1 …") is read, for a line whose word shape is the only one
    of its kind (`lone_word_marks`)."""
    text = lines[i].text.strip()
    m = STATUS_SUFFIX_RE.search(text) or STATUS_CELL_RE.search(text)
    if m is None or m.start() < 4:
        return _candidate_line(lines, i, body, above, word, caps_apart=caps_apart)
    bare = replace(lines[i], text=text[:m.start()])
    c = _candidate_line([*lines[:i], bare, *lines[i + 1:]], i, body, above, word,
                        caps_apart=caps_apart)
    if c is not None and c.kind.endswith("-alone"):
        # "Punkt 4 - Lukket sag": the marker and its status alone; the status is all the
        # title the closed item prints, the next line is no title of its
        whole = _candidate_line(lines, i, body, above, word, caps_apart=caps_apart)
        if whole is not None and not whole.kind.endswith("-alone"):
            c = whole
    if c is not None and not c.status:
        c.status = " ".join((m.group(1) or m.group(m.lastindex or 1)).lower().split())
    return c


def without_attachment_lists(candidates: list[Candidate], lines: list[Line]
                             ) -> list[Candidate]:
    """Numbered lines under a heading that names a list ("Bilag" / "1. Kortbilag" / "2.
    Notat om høringen"), one under the other from 1 in one type, are that list, not items:
    a number that restarts the sequence inside a section is a list's. A list of file names
    ("1. Situationsplan.pdf") ends at a line that names none (the next item's title)."""
    by_index = {c.index: c for c in candidates}
    listed: set[int] = set()
    for c in candidates:
        if c.number != 1 or c.index in listed:
            continue
        above = prev_text(lines, c.index - 1)
        if above is None or section_type(lines[above].text.strip().rstrip(":")) != "bilag":
            continue
        run, expected, i = [c.index], 2, c.index
        files = bool(FILE_NAME_RE.search(c.title))  # a list of file names ends at a title
        while (nxt := next_text(lines, i + 1)) is not None and nxt in by_index \
                and by_index[nxt].number == expected and by_index[nxt].kind == c.kind \
                and typography(lines[nxt]) == typography(lines[c.index]) \
                and not (files and not FILE_NAME_RE.search(by_index[nxt].title)):
            run.append(nxt)
            expected, i = expected + 1, nxt
        listed.update(run)
    return [c for c in candidates if c.index not in listed]


def lone_word_marks(candidates: list[Candidate], lines: list[Line],
                    body: float | None, *, caps_apart: bool) -> list[Candidate]:
    """A word shape that only one line has ("Budgetopfølgning 1 2022, … – sag 4") numbers
    nothing (it counts only as a chain): the line is read again without it, so the number
    the document's other lines carry after their titles is found."""
    kinds = Counter(c.kind for c in candidates)
    out = []
    for c in candidates:
        if c.kind.startswith("word:") and kinds[c.kind] == 1:
            again = candidate(lines, c.index, body, word=False, caps_apart=caps_apart)
            if again is not None:
                c = again
        out.append(c)
    return out


def marker_side(candidates: list[Candidate], lines: list[Line],
                body: float | None, *, caps_apart: bool) -> list[Candidate]:
    """Markers on lines of their own number the title on the side most of the document's
    do: where most take the title above ("Title" / "Punkt 14"), one whose title above is
    a closed item's with nothing under it takes that title too, not the next item's; where
    more take the title above than below, one under a closed item's status alone
    ("LUKKET PUNKT" / "Punkt IV" / the next title / "Punkt V") takes that status."""
    before = sum(c.kind.endswith("-before-alone") for c in candidates)
    after = [c for c in candidates if c.kind.endswith("-alone") and "-before" not in c.kind]
    if before <= len(after) or not after:
        return candidates
    if before <= 2 * len(after):
        after = [c for c in after if (j := prev_text(lines, c.index - 1)) is not None
                 and closed_status(lines[j].text)]
    again = {c.index: candidate(lines, c.index, body, above=True,
                                caps_apart=caps_apart) for c in after}
    return [again.get(c.index, c) if c.index in again else c for c in candidates
            if not (c.index in again and again[c.index] is None)]


# the rule's switch (round 33, issue-18ck; off in `benchmarks.layouts.ablations`): a number
# set off from its title by an arrow or a guillemet opens an item (`numbers.NUMBER_MARK_RE`)
MARKED_NUMBERS = True
# ... and any run of marks, or an unknown mark, spaced between the number and a capitalised
# title (`numbers.MARK_RUN_RE`; round 34, issue-18cn; off in `benchmarks.layouts.ablations`)
MARK_RUNS = True

# a numbered reference beside an item's marker ("Løbenr. 112", "Nr. 12", "Sagsnr. 45/2024"):
# a label that ends in "nr" and its number, no title
_REFERENCE_NUMBER_RE = re.compile(
    r"(?:[^\W\d]*(?:\.[^\W\d]*)?nr\.?|nummer)\s*:?\s*\d{1,6}(?:/\d{2,4})?", re.IGNORECASE)


def _candidate_line(lines: list[Line], i: int, body: float | None,
                    above: bool = False, word: bool = True, *,
                    caps_apart: bool) -> Candidate | None:
    """The line as an item opening, or None (`above`: see `candidate`)."""
    line = lines[i]
    text = line.text.strip()
    if not text or ends_as_entry(text):
        return None
    style = type_of(line, body)
    text = AGENDA_OWNER_RE.sub("", text)
    # "(punkt 3)" on a line of its own after the title it numbers
    m = PUNKT_RE.match(text) or (PUNKT_RE.match(text[1:-1]) if text[:1] in "([" and
                                 text[-1:] in ")]" and len(text) <= 16 else None)
    kind = "punkt" if m is None or m.string == text else "trailing"  # as "title (punkt 3)"
    if not m:
        m = DOTTED_RE.match(text)
        kind = "dotted"
    if not m:
        m = (MARK_RUNS and MARK_RUN_RE.match(text)) or NUMBER_RE.match(text) \
            or NUMBER_ONLY_RE.match(text) or (MARKED_NUMBERS and NUMBER_MARK_RE.match(text))
        kind = "number"
        if not m and (m := DASHED_NUMBER_RE.match(text)) and _page_mark(lines, i):
            return None
        if not m:
            m = NUMBER_SPACE_RE.match(text)
            kind = "number-space"
        if not m:
            m = NUMBER_COMMA_RE.match(text)
            kind = "number-comma"
        if not m:
            m = ORDINAL_RE.match(text)
            kind = "ordinal"
        if not m and word and not trailing_number(text):
            # an unnamed shape gives way to a named one on the same line: "Budgetopfølgning
            # 1 (2024) – pkt. 24" is item 24
            m = _word_mark(text)
            kind = f"word:{m.group(1).lower().rstrip('.')}" if m else kind
    if m:
        number, title = number_title(m)
        if _REFERENCE_NUMBER_RE.fullmatch(title):
            title = ""  # "Punkt 4   Løbenr. 112": a second numbering, the title below
        if title.startswith((",", ";")):  # "6), at …" wrapped from "(pkt. 6), at …"
            return None
        start, end = i, i + 1
        if not title:
            nxt = next_text(lines, i + 1)
            prev = prev_text(lines, i - 1)
            after = next_text(lines, nxt + 1) if nxt is not None else None
            if text.isdigit() and (nxt is None or not (
                    styled_line(lines[nxt], body, caps_apart=caps_apart)
                    or (after is not None and case_label(lines[after].text)))):
                # a bare number is an item's only before a title set apart, or a title
                # that a case number follows
                return None
            if m.re is DASHED_NUMBER_RE and (nxt is None or not (
                    styled_line(lines[nxt], body,
                                caps_apart=caps_apart) or _evidence_under(lines, nxt))):
                # a dashed number likewise, or before a title (wrapped onto a second
                # line) that a case number or a known heading follows
                return None
            tail = PUNKT_TAIL_RE.search(lines[prev].text) if prev is not None else None
            top = prev
            while (tail and top is not None and top > 0 and prev - top < 2
                   and lines[top].size is not None and styled_line(lines[top], body,
                                                                   caps_apart=caps_apart)
                   and lines[top - 1].text.strip() and not lines[top].text.strip()[:1].isupper()
                   and (lines[top - 1].size, lines[top - 1].bold)
                   == (lines[top].size, lines[top].bold)):
                top -= 1  # "Title wrapped ... (punkt" / "6)": the title's first lines
            if (tail and kind == "number" and lines[top].text.strip()[:1].isupper()
                    and not STATUS_RE.match(lines[top].text.strip())
                    and not STATUS_FIELD_RE.match(lines[prev].text.strip())):
                # (but "Status: Lukket punkt" / "6" is a closed item's status field, then
                # the next item's number)
                title = PUNKT_TAIL_RE.sub("", join_wrapped([lines[k].text.strip()
                                                      for k in range(top, prev + 1)]))
                return Candidate(top, number, title, "trailing", style, i + 1)
            if above and prev is not None and closed_status(lines[prev].text):
                # "Lukket punkt" / "Punkt 6", markers under their titles: the closed
                # item's status above its marker is all the title it prints
                return Candidate(prev, number, clean_title(lines[prev].text),
                                 kind + "-before-alone", style, i + 1,
                                 status=" ".join(lines[prev].text.split()).lower(),
                                 printed=printed_number(number_text(m)))
            if nxt is not None and _status_title(lines, nxt):
                # "7" / "Fortrolig sag" / "… for lukkede døre.": the closed item's status
                # is all the title it prints
                status = " ".join(lines[nxt].text.split()).lower()
                return Candidate(start, number, clean_title(lines[nxt].text), kind + "-alone",
                                 style, nxt + 1, status=status,
                                 printed=printed_number(number_text(m)))
            status = ""
            hops = 0
            while (nxt is not None and hops < 2 and STATUS_RE.match(lines[nxt].text.strip())
                   and not text.isdigit()):
                # "Punkt 3" / "Åbent punkt" / the title: the status is the item's
                status, nxt, hops = lines[nxt].text.strip(), next_text(lines, nxt + 1), hops + 1
            case = None if status else _case_between(lines, i, nxt, caps_apart=caps_apart)
            if case is not None:
                # "14." / "Sag nr.: 23-1" / the title set as the marker is: the case line
                # between marker and title is the item's, the title the line after it
                return Candidate(start, number, lines[case[1]].text.strip(), kind + "-alone",
                                 style, case[1] + 1, status=status.strip("():").lower(),
                                 printed=printed_number(number_text(m)), case_number=case[0])
            if nxt is not None and title_like(lines[nxt].text) and not (
                    above and prev is not None and title_like(lines[prev].text)):
                title, end = lines[nxt].text.strip(), nxt + 1
                if status:
                    return Candidate(start, number, title, kind + "-alone", style, end,
                                     status=status.strip("():").lower(),
                                     printed=printed_number(number_text(m)))
            elif prev is not None and title_like(lines[prev].text):
                start = prev
                # a title wrapped over lines set alike (PDF) is taken whole
                while (lines[start].size is not None and styled_line(lines[start], body,
                                                                     caps_apart=caps_apart)
                       and start > 0
                       and lines[start - 1].text.strip()
                       and (lines[start - 1].size, lines[start - 1].bold)
                       == (lines[start].size, lines[start].bold)
                       and i - start < 3):
                    start -= 1
                title = " ".join(lines[k].text.strip() for k in range(start, prev + 1))
                kind += "-before"
            elif prev is not None and closed_status(lines[prev].text):
                # "Lukket punkt" / "Punkt 4", no title under the marker: the closed item's
                # status above its marker is all the title it prints
                status = " ".join(lines[prev].text.split()).lower()
                return Candidate(prev, number, clean_title(lines[prev].text),
                                 kind + "-before-alone", style, i + 1, status=status,
                                 printed=printed_number(number_text(m)))
            else:
                return None
            kind += "-alone"
            return Candidate(start, number, title, kind, style, end if start == i else i + 1,
                             printed=printed_number(number_text(m)))
        return Candidate(start, number, title, kind, style, end,
                         printed=printed_number(number_text(m)))
    lead = _lead_column(text)
    if lead is not None:
        return Candidate(i, lead[0], lead[1], lead[2], style, i + 1, printed=lead[3])
    # "Title (punkt 3)", a case number beside it or not ("… (punkt 3)   Sagsnr.: 24-1"):
    # the case number stays with the title, where the title's case is read
    case = case_in_title(text)
    m = trailing_number(text) or (case and trailing_number(text[:case.start()]))
    if m and len(m.group(1)) > 3:
        start = _wrapped_title_start(lines, i, body, caps_apart=caps_apart)
        own = m.group(1) + (text[case.start():] if m.end() < len(text) else "")
        title = title_cells([*(lines[k].text for k in range(start, i)), own])
        return Candidate(start, number_value(m.group(2)), title.strip(" -–,"), "trailing", style,
                         i + 1, printed=printed_number(m.group(2)))
    m = TRAILING_BARE_RE.match(text)
    if m and len(m.group(1)) > 3 and not ends_as_entry(text):
        number = next(g for g in m.groups()[1:] if g)
        start = _wrapped_title_start(lines, i, body, caps_apart=caps_apart)
        title = title_cells([*(lines[k].text for k in range(start, i)), m.group(1)])
        return Candidate(start, number_value(number), title.strip(" -–,|"), "trailing-bare",
                         style, i + 1, printed=printed_number(number))
    return None


def _case_between(lines: list[Line], i: int, k: int | None, *,
                  caps_apart: bool) -> tuple[str, int] | None:
    """(case number, title line) when line k under the marker alone on line i is a
    case-number line and the next line a title in the marker's own type."""
    case = case_label(lines[k].text) if k is not None else None
    title = next_text(lines, k + 1) if case is not None and k is not None else None
    if case is None or title is None:
        return None
    line, opener = lines[title], lines[i]
    text = line.text.strip()
    alike = (line.bold, line.size, line.level) == (opener.bold, opener.size, opener.level)
    styled = styled_line(line, None, caps_apart=caps_apart) or line.size is not None
    marker = NUMBER_RE.match(text)  # the next item's marker alone ("E.")
    return (case, title) if alike and styled and title_like(text) \
        and not heading_text(text) and not (marker and not marker.group(2).strip()) else None


def closed_status(text: str) -> bool:
    """Whether a line is a closed status alone ("Lukket punkt", "Fortrolig sag")."""
    text = text.strip()
    return bool(STATUS_RE.match(text)) and text.lower().startswith(CLOSED_WORDS)


def title_cells(texts: list[str]) -> str:
    """A title wrapped over lines, a cell beside some of them (a case number): the title's
    words joined, then the cells beside them, apart by tabs."""
    cells = [text.strip().split("\t") for text in texts]
    return "\t".join([" ".join(c[0].strip() for c in cells),
                      *(x for c in cells for x in c[1:])])


def _status_title(lines: list[Line], k: int) -> bool:
    """Whether line k, a closed status ("Fortrolig sag", "Lukket punkt"), is all the title
    its item prints: no title after it, only a note on the closed doors, the next item's
    marker (or its case number above it) or the end."""
    if not closed_status(lines[k].text):
        return False
    after = next_text(lines, k + 1)
    if after is not None and case_label(lines[after].text.strip()):
        after = next_text(lines, after + 1)  # the next item's case number above its marker
        if after is None:
            return False
    if after is None:
        return True
    below = lines[after].text.strip()
    marker = NUMBER_RE.match(below)  # the next marker alone ("VII.", "G.")
    return bool(CLOSED_NOTE_RE.search(below) or NUMBER_ONLY_RE.match(below)
                or (marker is not None and not marker.group(2).strip())
                or DASHED_NUMBER_RE.match(below) or PUNKT_RE.match(below))


def _evidence_under(lines: list[Line], title: int) -> bool:
    """Whether a case number or a known section heading follows a title's line within
    two lines (the title's second line between)."""
    k = title
    for _ in range(2):
        k = next_text(lines, k + 1)
        if k is None:
            return False
        text = lines[k].text.strip()
        if case_label(text) or heading_text(text):
            return True
    return False


def _page_mark(lines: list[Line], i: int) -> bool:
    """Whether a number set off by dashes ("- 2 -") marks its page: it is the page's
    number, at the edge of a page the document knows (its first or last line with text);
    or the text it interrupts goes on after it (the next line continues the sentence)."""
    prev, nxt = prev_text(lines, i - 1), next_text(lines, i + 1)
    page = lines[i].page
    if page is not None and any(j is None or lines[j].page != page for j in (prev, nxt)):
        return DASHED_NUMBER_RE.match(lines[i].text.strip()).group(1) == str(page)
    return (prev is not None and nxt is not None
            and not lines[prev].text.rstrip().endswith(tuple(SENTENCE_END))
            and lines[nxt].text.strip()[:1].islower())


def _wrapped_title_start(lines: list[Line], i: int, body: float | None, *, caps_apart: bool) -> int:
    """Where a title that ends in its number on line i begins: up to two lines above set
    alike (a PDF title wrapped before its number), not a title that ends in its own; in
    a text export the line above when the two lines are a paragraph of their own."""
    line, start = lines[i], i
    if line.size is None and not line.level:  # a text export: the title's paragraph
        above = lines[i - 1].text.strip() if i > 0 else ""
        if (above and (i < 2 or not lines[i - 2].text.strip()) and title_like(above)
                and not above.endswith((".", ":")) and not _ends_in_number(above)
                and lines[i - 1].bold == line.bold):
            return i - 1  # "Title wrapped onto" / "its last line    Pkt. 104"
        return i
    while (line.size is not None and styled_line(line, body, caps_apart=caps_apart) and start > 0
           and i - start < 2
           and lines[start - 1].text.strip()
           and (lines[start - 1].size, lines[start - 1].bold) == (line.size, line.bold)
           and not _ends_in_number(lines[start - 1].text)):
        start -= 1
    return start


def marked(text: str) -> bool:
    """Whether a line carries an item's marker before or after its title, or a roman
    numeral or capital letter in a column of its own before it ("IV<TAB>Title"; the
    caller knows digits: "2024<TAB>Status" may be a title's wrap beside a field)."""
    cell, tab, rest = text.partition("\t")
    return bool(PUNKT_RE.match(text) or _ends_in_number(text)
                or (tab and rest.strip() and _NUMERAL_CELL_RE.fullmatch(cell.strip())))


_NUMERAL_CELL_RE = re.compile(r"(?:[IVX]{1,6}|[A-HJ-UWYZÆØÅ])[.)]?")


def _ends_in_number(text: str) -> bool:
    """Whether a line ends in an item's number after its title ("… – pkt. 3 (Lukket)")."""
    text = STATUS_SUFFIX_RE.sub("", text.strip())
    return bool(trailing_number(text) or TRAILING_BARE_RE.match(text))


def _lead_column(text: str) -> tuple[int, str, str, str] | None:
    """"Kl. 16.00   3. Title", "09:30 3. Title", "Side A  3) Title": a numbered title
    after a leading column (a time, a short cell set apart by a tab or a run of spaces).
    The column's shape (its digits as 9) is part of the marker's shape, so the document's
    own recurring column is learned; like any unnamed shape it counts only as a chain."""
    m = _LEAD_RE.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    n = PUNKT_RE.match(rest) or NUMBER_RE.match(rest)
    if n is None:
        return None
    number, title = number_title(n)
    if not title or not title_like(title) or not title[:1].isupper():
        return None
    shape = re.sub(r"\d", "9", m.group(1).strip().lower())
    return number, title, f"lead:{shape}", printed_number(number_text(n))


# a leading column before an item's number: a time ("Kl. 16.00", "16:00-16:30") or a short
# cell set apart by a tab or two spaces or more
_LEAD_RE = re.compile(
    r"^((?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+"
    r"|[^\s\d][^\t]{0,20}?(?:\t|\s{2,}))(?=\S)", re.IGNORECASE)


def _word_mark(text: str) -> re.Match[str] | None:
    """"Nr. 3 Title": a short word, a number and a title; not a heading's, a page's, a
    label's or a time's word ("Bilag 2 Notat", "Side 2", "Sagsnr. 24", "Kl. 16 …")."""
    m = WORD_MARK_RE.match(text)
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    if (word in _NOT_MARK_WORDS or section_type(word) or case_label(text)
            or FIELD_RE.match(text) or STATUS_RE.match(word)):
        return None
    return m


_NOT_MARK_WORDS = frozenset("side page kl klokken lov bilag år uge dato tid lokale "
                            "mødelokale mødesal rum bygning etage kapitel afsnit paragraf "
                            "stk trin fase".split())


def title_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= MAX_TITLE_CHARS and not heading_text(text) \
        and not STATUS_RE.match(text) and not PAGE_RE.match(text) \
        and not CLOSED_NOTE_RE.search(text) \
        and not case_label(text) and not FIELD_RE.match(text) \
        and not bare_case(text)
