"""Items without numbers: titles set apart that a known heading, a case number or a status
backs, closed items that print only their status, items the order of sections
reveals, and the numbers an agenda printed above them gives."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from referat.index.layout import Line
from referat.index.readers.generic.candidates import Candidate, title_cells, title_like
from referat.index.readers.generic.cases import (
    case_in_title,
    case_label,
    case_value,
    without_case_in_title,
)
from referat.index.readers.generic.headings import heading_text, line_style
from referat.index.readers.generic.lines import (
    WINDOW,
    capitals,
    clean_title,
    full,
    next_text,
    prev_text,
    same_title,
    similar_title,
    styled_line,
    type_of,
)
from referat.index.readers.generic.numbers import (
    DOTTED_RE,
    NUMBER_RE,
    ORDINAL_RE,
    PUNKT_RE,
    trailing_number,
)
from referat.index.readers.generic.status import (
    CLOSED_WORDS,
    DECISION_PHRASE_RE,
    STATUS_RE,
    STATUS_SUFFIX_RE,
)
from referat.index.sections import heading_date, heading_phrase, normalise_heading
from referat.index.vocabulary import FIELD_RE, KIND_RE

# a sentence's last word and its full stop ("… godkendes."; "mv." is an abbreviation)
_SENTENCE_STOP_RE = re.compile(r"[^\W\d_]{4,}[.!?]$")


def heading_chain(lines: list[Line], toc_rows: set[int], body: float | None,
                  hstyle: tuple | None = None, *, caps_apart: bool) -> list[Candidate]:
    """Items that carry no number: lines set apart (an HTML heading, bold or larger
    type) that a known section heading or a case number follows, or that a status line
    ("Åbent punkt") introduces, all set alike, and no numbered line (those are the
    numbered chain's)."""
    found: dict[tuple, list[Candidate]] = defaultdict(list)
    opened = [i for i, line in enumerate(lines)
              if i not in toc_rows
              and (styled_line(line, body, caps_apart=caps_apart)
                   or _capital_title(line.text, caps_apart=caps_apart)
                   or _case_follows(lines, i, body, caps_apart=caps_apart)
                   or _case_beside(line.text)
                   or _after_status(lines, i)
                   or _status_after(line.text))
              and title_like(line.text) and not line.text.strip().endswith(":")
              and len(line.text.strip()) >= 4 and not KIND_RE.match(line.text.strip())
              and not PUNKT_RE.match(line.text.strip())
              and not NUMBER_RE.match(line.text.strip())
              and not DOTTED_RE.match(line.text.strip())
              and not STATUS_RE.match(line.text.strip())
              and not ORDINAL_RE.match(line.text.strip())
              and not trailing_number(line.text.strip())
              and not DECISION_PHRASE_RE.match(line.text.strip())
              # a short line in the type of the document's known headings, with text
              # under it, is a heading it does not know ("Konklusion"), not a title
              and not (hstyle is not None and line_style(line, body,
                                                         caps_apart=caps_apart) == hstyle
                       and len(line.text.split()) <= 3 and _text_follows(lines, i))]
    runs: list[list[int]] = []  # a title wrapped over lines set alike is one opening
    widths = _line_widths(lines)
    for i in opened:
        if (runs and runs[-1][-1] == i - 1 and len(runs[-1]) < 3 and lines[i].size is not None
                and (lines[i].size, lines[i].bold) == (lines[i - 1].size, lines[i - 1].bold)
                # a title closed by its status ("… (Lukket)") has ended, and a closed
                # item's ("Lukket punkt: …") prints no case number: one under the next
                # line, in brackets in it or in a cell beside it is that line's own title's
                and not STATUS_SUFFIX_RE.search(lines[i - 1].text.strip())
                and not (lines[runs[-1][0]].text.strip().lower().startswith(CLOSED_WORDS)
                         and (_case_under(lines, i, body, caps_apart=caps_apart)
                              or _case_beside(lines[i].text)
                              or case_in_title(lines[i].text)))
                # wrapped by width, or beside a cell (a case number) where its column ends,
                # the cell beside the title's first line or the one above
                and (_wrapped(lines[i - 1], lines[i], widths)
                     or any("\t" in lines[k].text for k in runs[-1]))):
            runs[-1].append(i)
        else:
            runs.append(_wrapped_above(lines, i, body, runs[-1][-1] if runs else -1,
                                       caps_apart=caps_apart))
    runs = [part for run in runs for part in _closed_apart(lines, run)]
    starts = [run[0] for run in runs[1:]] + [len(lines)]
    for run, nxt in zip(runs, starts[: len(runs)], strict=True):
        i, last = run[0], run[-1]
        evidence = "status" if _after_status(lines, i) or _status_after(lines[last].text) \
            or _status_first(lines[i].text) or _status_under(lines, last, nxt, body,
                                                             caps_apart=caps_apart) \
            else "case" if case_in_title(lines[last].text) or any(
                _case_beside(lines[k].text) for k in run) or _case_above(lines, i, body,
                                                                         caps_apart=caps_apart) \
            else None
        seen = 0
        for j in range(last + 1, min(nxt, last + 1 + WINDOW) if evidence is None else 0):
            text = lines[j].text.strip()
            if not text:
                continue
            seen += 1
            # a known heading set apart (by its type, or by a colon closing its line:
            # "Beslutning:"), or in plain text a table phrase alone on its line after a
            # title set apart ("PLACERING AF ..." or an <h2> title, then "Indstilling")
            if case_label(text) or (heading_text(text) and (
                    styled_line(lines[j], body, caps_apart=caps_apart) or text.endswith(":")
                    or ((_capital_title(lines[i].text, caps_apart=caps_apart)
                         or styled_line(lines[i], body, caps_apart=caps_apart))
                        and (heading_phrase(text.split("\t")[0]) or heading_date(text))))):
                evidence = "case" if case_label(text) else "heading"
                break
            if seen >= 2:
                break
        if evidence:
            line = lines[i]
            style = type_of(line, body)
            title = title_cells([lines[k].text for k in run])
            found[style].append(Candidate(i, 0, title, "heading", style, last + 1,
                                          3.0, [evidence]))
    best = _without_listing(_capitals_alike(_unlisted_group(found, lines), lines,
                                            caps_apart=caps_apart), lines)
    if len(best) < 2:
        return []
    closed = _closed_headings(lines, best, toc_rows, body)
    return _restarted_items(lines, sorted(best + closed, key=lambda c: c.index), body,
                            caps_apart=caps_apart)


def _capital_title(text: str, *, caps_apart: bool) -> bool:
    """A title in capitals, a case number in brackets after it aside ("TITLE (Journalnr.
    24-1)"), and a status before it ("Lukket punkt: TITLE": a closed item's title)."""
    if _status_first(text):
        text = text.partition(":")[2]
    return capitals(without_case_in_title(text), caps_apart=caps_apart)


def _unlisted_group(found: dict[tuple, list[Candidate]], lines: list[Line]
                    ) -> list[Candidate]:
    """The largest group of openings set alike; where the lines are set in more than one
    way, the largest once an agenda listed before the items is left out, judged over every
    opening (the list in body type, "TITLE (Sagsnr. …)" in `<p>`s, the items' titles
    bold)."""
    groups = sorted(found.values(), key=len, reverse=True)
    if len(groups) < 2:
        return groups[0] if groups else []
    kept = {id(c) for c in _without_listing(sorted((c for g in groups for c in g),
                                                   key=lambda c: c.index), lines)}
    return max(([c for c in g if id(c) in kept] for g in groups), key=len)


# the rule's switch (round 27, issue-18bw; off in `benchmarks.layouts.ablations`)
CAPITALS_ALIKE = True


def _capitals_alike(chain: list[Candidate], lines: list[Line], *,
                    caps_apart: bool) -> list[Candidate]:
    """The openings less, where most are titles in capitals, a line in lower case that
    ends a sentence: a section's last line above the case number an item prints at its
    foot ("Planloven § 35." / "Sagsnr.: …"), not a title."""
    if not CAPITALS_ALIKE:
        return chain
    capital = [_capital_title(STATUS_SUFFIX_RE.sub("", lines[c.index].text.strip()),
                              caps_apart=caps_apart)
               for c in chain]  # "TITLE (Lukket)" too
    if sum(capital) < 2 or sum(capital) * 2 <= len(chain):
        return chain
    return [c for c, up in zip(chain, capital, strict=True)
            if up or not lines[c.title_end - 1].text.rstrip().endswith(".")]


def _without_listing(chain: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The openings less an agenda listed before the items: titles one right under the
    other, nothing between them, each repeated by a later opening (the list's last title
    too, right under the one before it, whatever follows it; a closed entry the list
    prints with its status, "Lukket punkt: TITLE", is one of its lines). A title repeats
    another where one is the start of the other (the item's line may carry its case
    number)."""
    out = []
    for k, (c, nxt) in enumerate(zip(chain, [*chain[1:], None][:len(chain)], strict=True)):
        later = [d.title for d in chain[k + 1:]]
        above = prev_text(lines, c.index - 1)
        while above is not None and (_status_first(lines[above].text)
                                     or STATUS_RE.match(lines[above].text.strip())):
            above = prev_text(lines, above - 1)
        listed = (nxt is not None and next_text(lines, c.title_end) == nxt.index) or (
            above is not None and any(same_title(lines[above].text, t) for t in later))
        if not (listed and any(same_title(c.title, t) for t in later)):
            out.append(c)
    return out


def _closed_headings(lines: list[Line], openings: list[Candidate], toc_rows: set[int],
                     body: float | None) -> list[Candidate]:
    """Closed items among items set apart without numbers: a line in the items' own type
    that says only that it is closed ("Lukket punkt") is a closed item's title, with or
    without a body; not when the line before it is in that type too (the status of the
    title above), nor the line after it where the document prints an open item's status
    in that type as well ("Åbent punkt" over titles: the status of the title below),
    unless it stands over a title with sections of its own in a document that prints no
    status over its other titles and not under a title (`_own_status`)."""
    style = openings[0].style

    def typed(j: int | None) -> bool:
        return j is not None and type_of(lines[j], body) == style

    statuses_above = any(typed(i) and STATUS_RE.match(line.text.strip())
                         and not line.text.strip().lower().startswith(CLOSED_WORDS)
                         for i, line in enumerate(lines))
    out = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i in toc_rows or not typed(i) \
                or not STATUS_RE.match(text) or not text.lower().startswith(CLOSED_WORDS):
            continue
        if (typed(prev_text(lines, i - 1))
                or (statuses_above and typed(next_text(lines, i + 1)))) \
                and not _own_status(lines, i, openings):
            continue
        out.append(Candidate(i, 0, clean_title(text), "heading", style, i + 1, 3.0,
                             ["status-title"]))
    return out


def _own_status(lines: list[Line], i: int, openings: list[Candidate]) -> bool:
    """Whether the closed status on line i is an item of its own over the next title: it
    is under no title (one with nothing under it: "TITLE" / "Lukket punkt"), the title
    under it has a known heading of its own within a few lines (a closed item prints
    none), and no other title has a status line over it (the document's convention)."""
    prev, nxt = prev_text(lines, i - 1), next_text(lines, i + 1)
    if nxt is not None and case_label(lines[nxt].text.strip()):
        nxt = next_text(lines, nxt + 1)  # the title's case number printed above it
    if nxt is None or not any(c.index == nxt for c in openings) \
            or any(c.index <= (prev if prev is not None else -1) < c.title_end
                   for c in openings):
        return False
    under = [j for j in range(nxt + 1, min(len(lines), nxt + 6)) if lines[j].text.strip()]
    statuses = [c.index for c in openings
                if (p := prev_text(lines, c.index - 1)) is not None and p != i
                and STATUS_RE.match(lines[p].text.strip())]
    return not statuses and any(heading_text(lines[j].text.strip()) for j in under[:4])


def _restarted_items(lines: list[Line], openings: list[Candidate],
                     body: float | None, *, caps_apart: bool) -> list[Candidate]:
    """Unnumbered items the typography missed, found by the document's own order of
    sections: the heading that opens two or more items ("SAGSFREMSTILLING" under each
    title) standing a second time inside one item starts the next item, and the line
    above it, a paragraph of its own that reads as a title, is that item's title (a
    title in body type with no case number under it)."""
    def first_heading(start: int, stop: int) -> tuple[int, str] | None:
        for j in range(start, stop):
            text = lines[j].text.strip()
            if text and heading_text(text) and styled_line(lines[j], body, caps_apart=caps_apart):
                return j, normalise_heading(text)
        return None

    stops = [c.index for c in openings[1:]] + [len(lines)]
    firsts = [first_heading(c.title_end, stop) for c, stop in zip(openings, stops, strict=True)]
    counts = Counter(f[1] for f in firsts if f is not None)
    opener = {h for h, n in counts.items() if n >= 2}
    added: list[Candidate] = []
    for c, stop, first in zip(openings, stops, firsts, strict=True):
        j = first[0] + 1 if first is not None and first[1] in opener else stop
        while (found := first_heading(j, stop)) is not None:
            j = found[0] + 1
            t = prev_text(lines, found[0] - 1)
            if found[1] not in opener or t is None or t <= c.title_end:
                continue
            text = lines[t].text.strip()
            if (title_like(text) and text[:1].isupper() and not text.endswith((".", ":", ",", ";"))
                    and len(text.split()) <= 25 and not heading_text(text)
                    and (t == 0 or not lines[t - 1].text.strip())):
                line = lines[t]
                added.append(Candidate(t, 0, text, "heading",
                                       type_of(line, body),
                                       t + 1, 3.0, ["heading"]))
    return sorted([*openings, *added], key=lambda c: c.index)


def _line_widths(lines: list[Line]) -> dict[tuple, int]:
    """The longest line (in characters) of each type (size, weight) of a PDF: how wide a
    line of that type runs before it wraps."""
    widths: dict[tuple, int] = {}
    for line in lines:
        if line.size is not None:
            key = (line.size, line.bold)
            widths[key] = max(widths.get(key, 0), len(line.text.strip()))
    return widths


def _wrapped(line: Line, below: Line, widths: dict[tuple, int]) -> bool:
    """Whether `line` may wrap onto `below`: a line ends where it is full (`full`, against
    the widest line of its type). One that had room for the next line's first word ended
    there: two titles one under the other ("Closed item title" / "Next title")."""
    return not below.text.split() or full(line.text.strip(), below.text,
                                          widths.get((line.size, line.bold), 0), 0.95)


def _wrapped_above(lines: list[Line], i: int, body: float | None, floor: int, *,
                   caps_apart: bool) -> list[int]:
    """The lines of a title that a case line follows, in plain type: the line itself and
    up to two lines above it in the same paragraph (a blank line before them), a title
    wrapped ("… opsamlingspladser -" / "status")."""
    if styled_line(lines[i], body, caps_apart=caps_apart) or not _case_follows(lines, i, body,
                                                                               caps_apart=caps_apart):
        return [i]
    top = i
    while (top - 1 > floor and i - top < 2 and lines[top - 1].text.strip()
           and title_like(lines[top - 1].text) and not case_label(lines[top - 1].text)):
        top -= 1
    if top < i and top > 0 and lines[top - 1].text.strip():
        return [i]  # not a paragraph of its own: body text above
    return list(range(top, i + 1))


def _text_follows(lines: list[Line], i: int) -> bool:
    """Whether the next line with text is plain text: no heading, label or status."""
    j = next_text(lines, i + 1)
    if j is None:
        return False
    text = lines[j].text.strip()
    return not (heading_text(text) or case_label(text) or STATUS_RE.match(text)
                or FIELD_RE.match(text) or lines[j].level or lines[j].bold)


def _status_after(text: str) -> bool:
    """Whether a line ends in an item's status ("Title (Lukket)", "Title [Fortrolig]")."""
    m = STATUS_SUFFIX_RE.search(text.strip())
    return m is not None and m.start() >= 4


def _status_first(text: str) -> bool:
    """Whether a line opens with an item's status before its title ("Lukket punkt: Title")."""
    head, sep, rest = text.strip().partition(":")
    return bool(sep and rest.strip() and STATUS_RE.match(head))


def _status_under(lines: list[Line], last: int, nxt: int, body: float | None, *,
                  caps_apart: bool) -> bool:
    """Whether a status line is all that stands under a title (ending at `last`) before
    the next opening: a closed item that prints its status under its title and no text.
    A status in the body's type may also stand over the document's end; one set apart
    counts only when it says the item is closed ("TITLE" / "Lukket punkt" / "NEXT
    TITLE"), as a status set as the titles are is otherwise a title of its own."""
    j = next_text(lines, last + 1)
    if j is None or not STATUS_RE.match(text := lines[j].text.strip()):
        return False
    after = next_text(lines, j + 1)
    return (after in (nxt, None) and not styled_line(lines[j], body, caps_apart=caps_apart)) \
        or (after == nxt and text.lower().startswith(CLOSED_WORDS))


def _after_status(lines: list[Line], i: int) -> bool:
    """Whether the line before (with text) is a status line ("Åbent punkt")."""
    j = prev_text(lines, i - 1)
    return j is not None and bool(STATUS_RE.match(lines[j].text.strip()))


def _case_beside(text: str) -> bool:
    """Whether a cell beside the line's first is a case number, labelled or bare (a title
    with its case number in the next column, as an HTML span or a PDF cell prints it)."""
    return any(case_value(cell) for cell in text.split("\t")[1:])


# the rule's switch (round 29, issue-18ca; off in `benchmarks.layouts.ablations`)
CLOSED_APART = True


def _closed_apart(lines: list[Line], run: list[int]) -> list[list[int]]:
    """A run of title lines opened by a closed status ("Lukket punkt: Title") as two where
    a known section heading follows it: a closed item prints no sections, so the lines
    under its own are the next item's title, set alike (one run or two)."""
    if not CLOSED_APART:
        return [run]
    if len(run) < 2 or not lines[run[0]].text.strip().lower().startswith(CLOSED_WORDS):
        return [run]
    j = next_text(lines, run[-1] + 1)
    if j is None or heading_text(lines[j].text) is None:
        return [run]
    return [run[:1], run[1:]]


def _case_under(lines: list[Line], i: int, body: float | None, *, caps_apart: bool) -> bool:
    """Whether a case number, labelled or bare, is the next line with text after line i
    and the lines in its type under it (a title's wrap); not one right above a title set
    apart (that title's, printed above it)."""
    j = next_text(lines, i + 1)
    while j is not None and j - i < 3 and (lines[j].size, lines[j].bold) == (
            lines[i].size, lines[i].bold):
        j = next_text(lines, j + 1)
    k = next_text(lines, j + 1) if j is not None else None
    return (j is not None and case_value(lines[j].text.split("\t")[0]) is not None
            and (k is None or not _set_apart_title(lines[k], body, caps_apart=caps_apart)))


def _case_follows(lines: list[Line], i: int, body: float | None, *, caps_apart: bool) -> bool:
    """Whether the next line with text is a case-number label that is line i's: not under
    a line that reads as a sentence's end (a clause, "at …", "…, at …", or closed by a comma
    or by a stop after a word; not an abbreviation: a title may end in "mv."), an item's
    last words over the case number printed at its foot; not when a title set apart
    stands right under that label and line i is in the body's type (the label is that
    title's, printed above it, or the foot of the item line i ends; a closed item's
    status in capitals, "LUKKET PUNKT", stands for its title), nor when the label closes
    a document whose other labels stand so (the last item's foot)."""
    j = next_text(lines, i + 1)
    text = lines[i].text.strip()
    if j is None or case_label(lines[j].text) is None or text.endswith((",", ";")) \
            or _SENTENCE_STOP_RE.search(text) or text.startswith("at ") or ", at " in text:
        return False
    k = next_text(lines, j + 1)
    if k is None:  # the document's last line: a foot where the others are feet or above
        return (_set_apart_title(lines[i], body, caps_apart=caps_apart)
                or not _labels_over_titles(lines, body, caps_apart=caps_apart))
    below = lines[k].text.strip()
    return _set_apart_title(lines[i], body, caps_apart=caps_apart) or not (
        _set_apart_title(lines[k], body, caps_apart=caps_apart)
        or (capitals(below, caps_apart=caps_apart) and STATUS_RE.match(below)))


def _labels_over_titles(lines: list[Line], body: float | None, *, caps_apart: bool) -> bool:
    """Whether most of the document's case-number labels stand right over a title set
    apart (each the foot of the item before, or the title's own, printed above it)."""
    over = [k is not None and _set_apart_title(lines[k], body, caps_apart=caps_apart)
            for j, line in enumerate(lines) if case_label(line.text) is not None
            for k in [next_text(lines, j + 1)]]
    return 2 * sum(over) > len(over)


def _case_above(lines: list[Line], i: int, body: float | None, *, caps_apart: bool) -> bool:
    """Whether a title set apart has a case-number label right above it (the case number
    printed over each title, as `_case_follows` leaves it to the title below)."""
    j = prev_text(lines, i - 1)
    return (j is not None and case_label(lines[j].text) is not None
            and _set_apart_title(lines[i], body, caps_apart=caps_apart))


def _set_apart_title(line: Line, body: float | None, *, caps_apart: bool) -> bool:
    """Whether a line reads as a title in a type of its own (bold, larger, a heading's
    level, capitals), not as a known section heading."""
    return ((styled_line(line, body, caps_apart=caps_apart)
             or _capital_title(line.text, caps_apart=caps_apart)) and title_like(line.text))


def numbers_from_agenda(agenda: list[Candidate], headed: list[Candidate]
                        ) -> list[Candidate] | None:
    """The unnumbered items set apart below an agenda of numbered lines, each with the
    number of the agenda's line its title repeats (in order; the wording may differ a
    little: capitals, a word more or less); None when most headings repeat no line."""
    if len(headed) < 2 or len(agenda) < 2 or headed[0].index < agenda[-1].index:
        return None
    out, k = [], 0
    for h in headed:
        j = next((j for j in range(k, len(agenda)) if similar_title(agenda[j].title, h.title)),
                 None)
        if j is not None:
            h = replace(h, number=agenda[j].number, printed=agenda[j].printed)
            k = j + 1
        out.append(h)
    return out if 3 * sum(h.number > 0 for h in out) >= 2 * len(out) else None
