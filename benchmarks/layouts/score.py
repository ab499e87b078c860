"""Scoring a reading against truth: items, titles, case numbers, section types, decisions.

Truth and reading are both `Meeting`s. Items are paired by number when both have one,
else in order by title. Each measure is (hits, total):

- items: truth items that have a read item;
- titles: paired items whose titles agree (whitespace and case ignored);
- case numbers: paired items whose case number agrees, of those that print one;
- section types: truth sections whose text's start lies in a read section of the same type;
- decisions: truth decisions whose text's start lies in a read ``beslutning`` section;
- spurious: read items paired with no truth item;
- meeting: the meeting's kind, date, place and udvalg (the read name begins the
  truth's: "Byråd" for "Byråd 2022-2025"), each one hit, for a document read.
"""

from __future__ import annotations

import re
from collections import Counter

from referat.index.model import Item, Meeting

MEASURES = ("items", "titles", "case_numbers", "section_types", "decisions", "meeting",
            "spurious")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\wæøå§]+", " ", text.lower()).split())


def pair(truth: list[Item], read: list[Item]) -> list[tuple[Item, Item | None]]:
    """Each truth item with the read item that stands for it (or None): by number, else
    by title, each read item used once (two items of one meeting may share a title)."""
    by_number = {i.number: i for i in read if i.number}
    by_title: dict[str, list[Item]] = {}
    for i in read:
        by_title.setdefault(_norm(i.title), []).append(i)
    used: set[int] = set()
    out = []
    for t in truth:
        r = by_number.get(t.number) if t.number else None
        if r is None:
            r = next((i for i in by_title.get(_norm(t.title), []) if id(i) not in used), None)
        if r is not None:
            used.add(id(r))
        out.append((t, r))
    return out


def _probe(text: str) -> str:
    """The first words of a text, to find it again in a read section."""
    return " ".join(_norm(text).split()[:8])


def score(truth: Meeting, read: Meeting | None) -> Counter:
    """Hits and totals of every measure (`<measure>` and `<measure>_total`)."""
    c: Counter = Counter()
    truth_items = truth.items
    read_items = read.items if read is not None else []
    pairs = pair(truth_items, read_items)
    matched = {id(r) for _, r in pairs if r is not None}
    c["spurious"] += sum(id(r) not in matched for r in read_items)
    c["meeting_total"] += 4
    if read is not None:
        c["meeting"] += (read.kind == truth.kind) + (read.date == truth.date)
        c["meeting"] += read.place == truth.place
        c["meeting"] += (read.udvalg == truth.udvalg) or (
            bool(read.udvalg) and _norm(truth.udvalg or "").startswith(_norm(read.udvalg or "")))
    for t, r in pairs:
        c["items_total"] += 1
        c["titles_total"] += 1
        if t.case_number:
            c["case_numbers_total"] += 1
        sections = [s for s in t.sections if _probe(s.text)]
        c["section_types_total"] += len(sections)
        decisions = [s for s in sections if s.type == "beslutning"]
        c["decisions_total"] += len(decisions)
        if r is None:
            continue
        c["items"] += 1
        c["titles"] += _norm(t.title) == _norm(r.title)
        if t.case_number:
            c["case_numbers"] += (r.case_number or "").strip() == t.case_number.strip()
        read_sections = [(s.type, _norm(s.text)) for s in r.sections]
        for s in sections:
            probe = _probe(s.text)
            c["section_types"] += any(kind == s.type and probe in text
                                      for kind, text in read_sections)
        for s in decisions:
            probe = _probe(s.text)
            c["decisions"] += any(kind == "beslutning" and probe in text
                                  for kind, text in read_sections)
    return c


def rates(c: Counter) -> dict[str, float | int | None]:
    """Shares per measure (spurious as a count; None where nothing was to be found)."""
    out: dict[str, float | int | None] = {}
    for m in MEASURES:
        if m == "spurious":
            out[m] = c[m]
        else:
            total = c[f"{m}_total"]
            out[m] = round(c[m] / total, 3) if total else None
    return out
