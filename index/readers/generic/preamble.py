"""The lines above and right under an item's title that belong to the item: a status, a
category line printed above every title, a case-number cell, a date or category line
before the title under a marker of its own."""

from __future__ import annotations

import re
from collections import Counter

from referat.index.layout import Line
from referat.index.readers.generic.candidates import Candidate, closed_status, title_like
from referat.index.readers.generic.cases import case_label
from referat.index.readers.generic.headings import heading_text
from referat.index.readers.generic.lines import (
    PAGE_MARKS,
    PAGE_RE,
    next_text,
    norm,
    prev_text,
    repeat_key,
    styled_line,
)
from referat.index.readers.generic.numbers import NUMBER_RE, PUNKT_RE
from referat.index.readers.generic.status import (
    CLOSED_WORDS,
    DECISION_PHRASE_RE,
    GROUP_RE,
    STATUS_HEAD_RE,
    STATUS_RE,
)
from referat.index.readers.generic.titles import bold_with, closed_by_case
from referat.index.sections import heading_date, heading_phrase

_CATEGORY_MAX_WORDS = 6


def category_key(lines: list[Line], i: int, row: bool = False) -> str | None:
    """The first word of the line above line i when it could be a category line the
    layout prints above each title ("Til beslutning", "Orienteringssag"): short, no
    sentence, not a known heading phrase (an empty "Beslutning" heading is a heading),
    no verdict, and not itself the text under a heading; else None. With `row`: a
    table's header row of columns instead ("Punkt   Emne   Sagsnr."), its whole text."""
    p = prev_text(lines, i - 1)
    if p is None:
        return None
    text = lines[p].text.strip()
    words = text.split()
    columns = len([x for x in re.split(r"\t|\s{2,}", text) if x.strip()])
    if row and (columns < 2 or len(words) > 8 or ":" in text):
        return None
    if (not row and (len(words) > _CATEGORY_MAX_WORDS or text[-1] in ".;," or ":" in text
                     or "\t" in text or any(ch.isdigit() for ch in text))) \
            or heading_phrase(text) or heading_date(text) or DECISION_PHRASE_RE.match(text) \
            or (row and heading_text(text)) or not text[0].isupper():
        return None
    q = prev_text(lines, p - 1)
    if q is not None and heading_text(lines[q].text) and p - q == 1:
        return None  # the only text under a heading ("Beslutning" / "Godkendt")
    return repeat_key(text)


def categories(lines: list[Line], openings: list[int], row: bool = False) -> set[str]:
    """The category lines of a document (see `category_key`): those whose first word
    starts a line printed the same above two or more openings ("Til beslutning" twice,
    then "Til orientering" once); with `row`, the header rows printed so."""
    texts = Counter(category_key(lines, i, row) for i in openings)
    if row:
        return {t for t, n in texts.items() if t and n >= 2}
    firsts = {t.split()[0] for t, n in texts.items() if t and n >= 2}
    return {t for t in texts if t and t.split()[0] in firsts}


# the lines a title may wrap onto under its first (five: a narrow column's title)
TITLE_WRAPS = 5

# a status line right under a section's heading alone ("Beslutning") is the item before's
# (`preamble`)
HEADED_STATUS = True


def _after_title(lines: list[Line], c: Candidate, *, caps_apart: bool) -> int | None:
    """The first line after an opening's title and the lines it wraps onto in the title's
    own type (a PDF's title set apart: "… i Greve" / "Kommune"), or in text up to the case
    or status line that closes it (`closed_by_case`); a page's number after it passed over."""
    q = next_text(lines, c.title_end)
    last = lines[c.title_end - 1]
    for _ in range(TITLE_WRAPS):
        wrapped = q is not None and (closed_by_case(lines, q, last) or bold_with(last, lines[q])
                                     or (last.size is not None and lines[q].size is not None
                                         and styled_line(last, None, caps_apart=caps_apart)
                                         and (lines[q].size, lines[q].bold)
                                         == (last.size, last.bold)))
        if not wrapped:
            break
        q = next_text(lines, q + 1)
    while PAGE_MARKS and q is not None and PAGE_RE.match(lines[q].text.strip()):
        q = next_text(lines, q + 1)  # a page's number where the page broke under the title
    return q


def _status_line(text: str) -> bool:
    """A line that holds an item's status: alone, or in cells beside its case number
    ("Lukket punkt<tab>Sagsnr. 24/123", "Åben sag  Sagsnr.: 24/123")."""
    if STATUS_RE.match(text):
        return True
    cells = [x.strip() for x in re.split(r"\t|\s{3,}", text) if x.strip()]
    return (len(cells) > 1 and any(STATUS_RE.match(x) for x in cells)
            and all(STATUS_RE.match(x) or case_label(x) for x in cells)) or bool(
        (m := STATUS_HEAD_RE.match(text)) and case_label(text[m.end():]))


def preamble(chain: list[Candidate], lines: list[Line], after: int, *, caps_apart: bool) -> None:
    """Mark the lines above each opening that belong to its item, not to the item
    before: a status line ("Åbent punkt"), a line of cells with a status or a case-number
    label ("Åben sag    Sagsnr.: 24/123"), a category line whose first word stands above
    two or more of the openings ("Til beslutning", "Til orientering"), a case-number line
    when the document prints one above every opening (`_cases_above`)."""
    openings = [c.index for c in chain]
    found = categories(lines, openings) | categories(lines, openings, row=True)
    first = prev_text(lines, chain[0].index - 1) if chain else None
    above = first is not None and first > after and _status_line(lines[first].text.strip())
    cases = _cases_above(chain, lines, after)
    for before, c in zip([None, *chain], chain, strict=False):
        p = prev_text(lines, c.index - 1)
        if p is None or p <= after or (before is not None and p < before.title_end):
            continue  # the item before's own title ("II." / "LUKKET PUNKT"): not this one's
        text = lines[p].text.strip()
        cells = [x.strip() for x in re.split(r"\t|\s{3,}", text) if x.strip()]
        if cases and case_label(text):
            c.case_number, c.status_line = case_label(text), p
            continue
        if not above and before is not None and _after_title(lines, before,
                                                             caps_apart=caps_apart) == p \
                and _status_line(text):
            continue  # right under the title before, where no status stands above the
            # first title: the status of the item before ("2. Title" / "Lukket punkt",
            # "Lukket punkt<tab>Sagsnr. …")
        if HEADED_STATUS and before is not None and _status_line(text) \
                and (h := prev_text(lines, p - 1)) is not None and h >= before.title_end \
                and heading_phrase(lines[h].text.strip().rstrip(":")):
            continue  # under a heading of the item before ("Beslutning" / "Lukket punkt",
            # a protocol's decision cell): that item's, not this one's
        if STATUS_RE.match(text):
            c.status = text.strip("():").lower()
        elif len(cells) > 1 and all(STATUS_RE.match(x) or case_label(x) for x in cells):
            c.status = next((x.lower() for x in cells if STATUS_RE.match(x)), "")
            c.case_number = next((case_label(x) for x in cells if case_label(x)), None)
        elif (m := STATUS_HEAD_RE.match(text)) and case_label(text[m.end():]):
            c.status, c.case_number = m.group(0).strip().lower(), case_label(text[m.end():])
        elif not ({category_key(lines, c.index), category_key(lines, c.index, True)}
                  & found):
            continue
        c.status_line = p


def _closed_opening(c: Candidate) -> bool:
    """Whether an opening is a closed item's: its status alone, first ("Lukket punkt:
    Title") or beside its title."""
    return (c.title.strip().lower().startswith(CLOSED_WORDS) and (
        closed_status(c.title) or ":" in c.title)) or c.status.startswith(CLOSED_WORDS)


def _cases_above(chain: list[Candidate], lines: list[Line], after: int) -> bool:
    """Whether the document prints each item's case-number line right above its opening:
    at least half of them have one, and the first opening has one (where no item's text
    stands before it to end with one) or the last item's text ends with none (the first
    item may have no case number; at each item's foot, the last would end with one) and
    none stands over a closed item (it prints no case number: the line over it is the
    foot of the item before)."""
    over = [c for c in chain if (p := prev_text(lines, c.index - 1)) is not None
            and p > after and case_label(lines[p].text.strip())]
    end = next((j for j in range(len(lines) - 1, -1, -1) if lines[j].text.strip()
                and not PAGE_RE.match(lines[j].text.strip())), None)  # "Side 2 af 2" aside
    return bool(over) and 2 * len(over) >= len(chain) and (
        over[0] is chain[0]
        or (end is not None and end > chain[-1].index and not case_label(lines[end].text)
            and not any(_closed_opening(c) for c in over)))


def title_after_metadata(chain: list[Candidate], lines: list[Line]) -> None:
    """A marker on a line of its own ("Sag 3") may have lines before its title: a status,
    a date, a category ("Beslutningssag"). The title is the first line that reads as one:
    a line below the marker is metadata when it is a status or a date, or when its text
    stands under two or more markers; once the document shows that, also any short line
    under a marker whose next line is a title that evidence (a case number, a heading)
    follows."""
    alone = [c for c in chain if c.kind.endswith("-alone") and "-before" not in c.kind
             and c.title_end > c.index + 1]  # a marker under its title has it above
    texts = Counter(norm(c.title) for c in alone)
    learned = sum(n for n in texts.values() if n >= 2) >= 2
    for c in alone:
        nxt = next_text(lines, c.title_end)
        if nxt is None or not title_like(lines[nxt].text) or PUNKT_RE.match(
                lines[nxt].text.strip()) or NUMBER_RE.match(lines[nxt].text.strip()):
            continue
        title = c.title.strip()
        after = next_text(lines, nxt + 1)
        backed = after is not None and (heading_text(lines[after].text) is not None
                                        or case_label(lines[after].text) is not None)
        if (texts[norm(title)] >= 2 or STATUS_RE.match(title)
                or (heading_date(title) and len(title.split()) <= 5)
                or (learned and len(title.split()) <= 3 and backed
                    and not lines[nxt].text.strip().endswith("."))):
            c.title, c.title_end = lines[nxt].text.strip(), nxt + 1


def grouped_status(chain: list[Candidate], lines: list[Line]) -> None:
    """Items under a group heading that names them closed ("Lukkede sager", "Lukket
    dagsorden"), up to the next group heading, are closed where they print no status of
    their own. Only group headings among the items, or right above the first: a contents
    list's group lines before the items name no item of their own."""
    first = prev_text(lines, chain[0].index - 1)
    start = chain[0].index if first is None else first
    groups = [(i, (m["plural"] or m["single"]).lower().startswith(("luk", "fort")))
              for i in range(start, len(lines)) if (m := GROUP_RE.match(lines[i].text.strip()))]
    for c in chain:
        closed = [shut for i, shut in groups if i < c.index]
        if closed and closed[-1] and not c.status:
            c.status = "lukket"
