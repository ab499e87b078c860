"""Weighing the openings (evidence for, guards against), choosing the heaviest chain of
increasing item numbers among openings of one shape and type, and adding the items the
table of contents lists that the numbering did not yield."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from referat.index.layout import Line, join_wrapped
from referat.index.readers.generic.candidates import FILE_NAME_RE, Candidate, closed_status
from referat.index.readers.generic.cases import bare_case, case_label
from referat.index.readers.generic.headings import heading_text
from referat.index.readers.generic.lines import (
    CONTINUED_RE,
    MAX_TITLE_CHARS,
    WINDOW,
    clean_title,
    next_text,
    norm,
    prev_text,
    same_title,
    styled_line,
)
from referat.index.readers.generic.numbers import number_gap, sub_letter
from referat.index.readers.generic.preamble import category_key
from referat.index.readers.generic.status import (
    CLOSED_RE,
    CLOSED_WORDS,
    DECISION_PHRASE_RE,
    STATUS_RE,
    closed_note,
    metadata_cells,
)
from referat.index.readers.generic.titles import closed_by_case
from referat.index.sections import HEADINGS, heading_phrase, normalise_heading

_QUOTE_OPEN = ("\"", "“", "„", "«", "»", "'")


def weigh(c: Candidate, lines: list[Line], body: float | None,
          toc: list[tuple[int | None, str]], candidates: list[Candidate],
          above: set[str], *, caps_apart: bool) -> None:
    """The candidate's weight: evidence for, guards against (weight 0 drops it)."""
    cells = [x.strip() for x in re.split(r"\s*[·|•]\s*|\s{3,}|\t", c.title) if x.strip()]
    if c.kind == "punkt" and metadata_cells(c.title):
        # "Punkt 16 · Lukket punkt": a marker whose line holds only the item's metadata
        c.evidence.append("status")
        c.weight = 2.25
        return
    if cells and all(STATUS_RE.match(x) for x in cells) \
            and cells[0].lower().lstrip("(").startswith(CLOSED_WORDS):
        # "20. Lukket punkt": a closed item that prints only its status; weak, it takes
        # its place in the numbers' chain but opens nothing on its own
        c.evidence.append("status-title")
        c.weight = 1.0
        return
    title = clean_title(c.title)
    bare = CLOSED_RE.sub("", title)
    if (not bare or bare[0].islower() or bare.startswith(_QUOTE_OPEN)
            or len(bare) > MAX_TITLE_CHARS
            # a line ending in a comma is a list's, unless a title set apart wraps there,
            # or the line prints the item's case number in a column before the title
            or (bare.endswith((",", ";")) and not styled_line(lines[c.index], body,
                                                              caps_apart=caps_apart)
                and not closed_by_case(lines, c.title_end, lines[c.index])
                and not bare_case(re.split(r"\s{2,}", c.title.strip(), maxsplit=1)[0]))
            or heading_text(bare)
            # "Punkt 2: Godkendt." in a decision repeats an opening's marker; a "Punkt 2"
            # that no other line opens is the item ("Udsat byggeri …" as its title)
            or (DECISION_PHRASE_RE.match(bare)
                and (c.kind != "punkt" or any(o.number == c.number and o is not c
                                              for o in candidates)))
            # "Økonomiudvalget, 05-03-2024, pkt. 22": a decision history's entry
            or (c.kind == "trailing" and heading_text(lines[c.title_end - 1].text))
            or FILE_NAME_RE.search(bare) or c.number == 0
            # a title repeated on the next page ("… (fortsat)") opens nothing
            or CONTINUED_RE.search(bare)):
        c.weight = 0.0
        return
    prev = prev_text(lines, c.index - 1)
    before = lines[prev].text.strip() if prev is not None else ""
    # a sentence ("... administrationens indstilling godkendes.") is no heading
    if prev is not None and not (before.endswith(".") and len(before.split()) >= 3
                                 and not heading_phrase(before)):
        kind = heading_text(before)
        # a marker inside a decision, which repeats an opening's number; not a category
        # line the layout prints above its titles ("Til beslutning" / "Til orientering"),
        # nor an empty heading an agenda prints before the next item
        if kind in ("beslutning", "indstilling") \
                and category_key(lines, c.index) not in above \
                and any(o.number == c.number and o is not c for o in candidates):
            c.weight = 0.0
            return
        if kind == "bilag" and normalise_heading(lines[prev].text) in HEADINGS:
            c.weight = 0.0  # the first line of a list under "Bilag"
            return
    line = lines[c.index]
    weight = 0.25  # numbering alone is weak: long numbered lists are no agenda
    if prev is not None and lines[prev].text.strip().endswith(":"):
        weight -= 0.2  # a line of a list that a sentence introduces
    if (prev is not None and STATUS_RE.match(before)
            or len(cells) > 1 and STATUS_RE.match(cells[0])):
        # "Åbent punkt" above it, or "LUKKET   Title" in columns: an agenda item's
        c.evidence.append("status")
        weight += 2
    elif (under := next_text(lines, c.title_end)) is not None \
            and (closed_status(lines[under].text) or closed_note(lines[under].text)):
        c.evidence.append("status")  # "5 Title" / "Lukket punkt" (or "Punktet er lukket."):
        weight += 2  # a closed item, nothing under it but its status (the next title's is
        # above that title)
    nxt = [c2.index for c2 in candidates if c2.index > c.index]
    stop = min([*nxt, c.title_end + WINDOW, len(lines)])
    for j in range(c.title_end, stop):
        text = lines[j].text.strip()
        if not text:
            continue
        if case_label(text) or bare_case(text):
            c.evidence.append("case")
            weight += 2
            break
        if heading_text(text):
            c.evidence.append("heading")
            weight += 2
            break
    if styled_line(line, body, caps_apart=caps_apart) or line.level:
        c.evidence.append("styled")
        weight += 1
    elif c.kind == "number-space" and not c.evidence:
        c.weight = 0.0  # "3 medlemmer ..." or a table's row: a title set apart or backed
        return
    numbered = {n: t for n, t in toc if n is not None}
    if numbered.get(c.number) and same_title(numbered[c.number], title):
        c.evidence.append("toc")
        weight += 3
    elif any(same_title(t, title) for _, t in toc):
        c.evidence.append("toc")
        weight += 2
    c.weight = weight


def best_chain(candidates: list[Candidate]) -> list[Candidate]:
    """The heaviest chain of increasing item numbers within one kind and style of line,
    and one system of numerals: items lettered "A.", "B." (or in roman numerals) are not
    continued by a line numbered "2." (a numbered point in an item's decision)."""
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.weight > 0:
            groups[(_shape(c.kind), c.style, c.printed[:1].isalpha())].append(c)
    best: list[Candidate] = []
    best_score = 0.0
    for key, members in groups.items():
        if key[0] == "number-comma":
            continue  # a misread full stop: an item only within a run (`_misread_filled`)
        chain, score = _chain(_padded_alike(members))
        if key[0].startswith(("word:", "trailing-bare", "lead:")) and (
                len(chain) < 2 or 3 * sum(bool(set(c.evidence) - {"styled"}) for c in chain)
                < 2 * len(chain)):
            # a shape no fixed pattern names ("Model 1: …", "title (2)") numbers items
            # only when it recurs and most of its lines show an item's evidence
            continue
        if score > best_score:
            best, best_score = chain, score
    return _misread_filled(_filled(best, candidates), candidates)


# the rule's switch (round 29, issue-18ca; off in `benchmarks.layouts.ablations`)
PADDED_ALIKE = True


def _padded_alike(members: list[Candidate]) -> list[Candidate]:
    """The members less, where two or more print their numbers padded with zeros to one
    width ("001", "002"), those that print a number the padding would have widened ("2."
    in a list inside an item's text): a document pads all its items' numbers or none."""
    if not PADDED_ALIKE:
        return members
    widths = Counter(len(c.printed) for c in members
                     if c.printed[:1] == "0" and c.printed.isdigit())
    if not widths or max(widths.values()) < 2:
        return members
    width = widths.most_common(1)[0][0]
    return [c for c in members if c.printed[:1] == "0" or c.number >= 10 ** (width - 1)]


def _filled(chain: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The chain with the numbers it skips found in openings of its shape set in another
    type (a closed item's marker line, "Punkt 5<tab>Lukket punkt", in the text's type where
    the others are bold) where one stands between its neighbours with an item's evidence
    besides its type (a status, a case number, a heading)."""
    out = chain[:1]
    for a, b in zip(chain, chain[1:], strict=False):
        if number_gap(a.number, b.number) < 2:
            out.append(b)
            continue
        between = [c for c in candidates if a.index < c.index < b.index
                   and _shape(c.kind) == _shape(a.kind) and number_gap(a.number, c.number) == 1
                   and number_gap(c.number, b.number) >= 1 and set(c.evidence) - {"styled"}]
        out += [*between[:1], b]
    return out


def _misread_filled(chain: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The chain with the numbers it lacks found in openings whose number's full stop an OCR
    layer misread as a comma ("6, Title" among "5. Title" and "7. Title"), in the chain's
    type and with an item's evidence besides it: each where it is one more than the item
    before it and one less than the item after it (at the chain's ends, the one it has), so
    a run of them ("23," "24," before "25.") is taken one by one from its neighbour."""
    misread = [c for c in candidates if c.kind == "number-comma" and c.weight > 0]
    if not misread or not chain or _shape(chain[0].kind) != "number":
        return chain
    misread = [c for c in misread if c.style == chain[0].style and set(c.evidence) - {"styled"}]
    out = list(chain)
    while True:
        for c in misread:
            at = sum(o.index < c.index for o in out)
            before, after = out[at - 1] if at else None, out[at] if at < len(out) else None
            if c not in out and (before is None or number_gap(before.number, c.number) == 1) and (
                    after is None or number_gap(c.number, after.number) == 1):
                out.insert(at, c)
                break
        else:
            return out


def _shape(kind: str) -> str:
    """The marker's shape for grouping: a number and its title, whether a tab, a run of
    spaces or one space stands between them (a PDF's extractor decides which, row by
    row, from the gap), is one shape; a marker alone or before its title is the same."""
    kind = kind.replace("-before", "").replace("-alone", "")
    return "number" if kind == "number-space" else kind


def _chain(members: list[Candidate]) -> tuple[list[Candidate], float]:
    """Longest-path over candidates in order, each step to a number 1-4 higher."""
    score = [c.weight for c in members]
    back: list[int | None] = [None] * len(members)
    for i, c in enumerate(members):
        for j in range(i):
            gap = number_gap(members[j].number, c.number)
            if gap == 0 and sub_letter(members[j].printed) < sub_letter(c.printed):
                gap = 1  # "5" then "5a", "5a" then "5b": sub-items under item 5
            if 1 <= gap <= 4 and members[j].index < c.index:
                s = score[j] + c.weight - 1.5 * (gap - 1)
                if s > score[i]:
                    score[i], back[i] = s, j
    if not members:
        return [], 0.0
    end = max(range(len(members)), key=lambda k: score[k])
    chain = []
    k: int | None = end
    while k is not None:
        chain.append(members[k])
        k = back[k]
    return chain[::-1], score[end]


def recover_from_toc(chain: list[Candidate], toc: list[tuple[int | None, str]],
                     lines: list[Line], toc_rows: set[int], *,
                     caps_apart: bool) -> list[Candidate]:
    """Add items the table of contents lists but the numbering did not yield: a line
    that reads as the entry's title, after the table of contents."""
    if not toc or not chain:
        return chain
    found = {norm(c.title) for c in chain}
    numbers = {c.number for c in chain}
    after = max(toc_rows) if toc_rows else -1
    added = []
    opened = {c.index for c in chain}
    for number, title in toc:
        if not title or norm(title) in found or (number is not None and number in numbers):
            continue
        for i in range(after + 1, len(lines)):
            if i in opened or not same_title(lines[i].text, title):
                continue
            # the title as printed, with the lines it wraps onto in its own type: the
            # entry may be cut short, and the wrapped line is no second title
            end = i + 1
            while (end < len(lines) and end - i < 3 and lines[end].text.strip()
                   and lines[end].size is not None and styled_line(lines[i], None,
                                                                   caps_apart=caps_apart)
                   and (lines[end].size, lines[end].bold) == (lines[i].size, lines[i].bold)
                   and same_title(join_wrapped([x.text.strip() for x in lines[i:end + 1]]),
                                  title)):
                end += 1
            printed = join_wrapped([x.text.strip() for x in lines[i:end]])
            added.append(Candidate(i, number or 0, printed if end > i + 1 else title, "toc",
                                   (), end, 1.0, ["toc"]))
            break
    if not added:
        return chain
    return sorted([*chain, *added], key=lambda c: c.index)


def with_sub_items(chain: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The chain with the sub-items numbered under its items ("5.1", "5.2" between item 5
    and item 6), as "5a", "5b" are: each an opening of its own shape, with an item's
    evidence (a case number or a known heading under it), numbered from 1 up under an
    item of the chain, after it and before the chain's next item."""
    if not chain or any("." in c.printed for c in chain):
        return chain  # numbers within groups ("2.3") are the chain itself
    ends = [*(c.index for c in chain[1:]), None]
    opened = {c.index for c in chain}
    added = []
    for parent, end in zip(chain, ends, strict=True):
        expected = 1
        for c in candidates:
            if (c.index > parent.index and (end is None or c.index < end)
                    and c.index not in opened and c.weight > 0 and c.kind == "dotted"
                    and c.number == parent.number * 1000 + expected
                    and {"case", "heading"} & set(c.evidence)):
                added.append(c)
                expected += 1
    return sorted([*chain, *added], key=lambda c: c.index) if added else chain
