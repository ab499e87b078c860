"""One case, one hit: items that share a case number are shown as the best of them.

A case passes through several committees (a committee, Økonomiudvalget, Byrådet), and
each meeting has an item of its own, nearly word for word the same: without grouping
one case can fill the first page. The best-ranked item of a case stands for it and
lists the others ("also: Økonomiudvalget 2025-03-10 punkt 22, …"). A case number
that holds several matters (titles that name other things) makes a hit per matter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from referat.index.analysis import WORD_PATTERN, stem_term

CANDIDATES_PER_HIT = 3
"""Ranked items read per hit shown (and EXTRA_CANDIDATES more): enough for the cases
of a page to gather their items, without reading the stored fields of every match."""
EXTRA_CANDIDATES = 20


@dataclass
class Group:
    """A hit and the other items of its case, in rank order."""

    docnum: int
    score: float
    others: list[int] = field(default_factory=list)


def case_key(fields: dict[str, Any]) -> tuple[str, str] | None:
    """What makes two items one case: their kommune and case number (none: no case)."""
    number = (fields.get("case_number") or "").strip().lower()
    return (fields.get("kommune") or "", number) if number else None


SAME_MATTER = True
"""Items that share a case number are one hit only when their titles name the same
matter (`same_matter`). Greve files many matters under one journal number (a committee's
policies of a year, its supervision reports: "Omgjorte klagesager" and "Projektmidler til
… demens" share 23-013472); folding them under one hit hides all but one."""
SAME_TITLE_SHARE = 0.5
"""The share of the shorter title's words (stems, numbers left out) that the other
title must hold: "Budgetopfølgning 1 (2024) - Økonomiudvalget" and "… - bevillingssag"
are one matter, "Sundheds- og Psykiatripolitik" and "Værdighedspolitik" are not."""


def title_words(title: str) -> frozenset[str]:
    """The stems of a title's words, numbers left out."""
    return frozenset(s for w in re.findall(WORD_PATTERN, title)
                     if not w[0].isdigit() and (s := stem_term(w)))


def same_matter(one: str, other: str) -> bool:
    """Whether two titles of one case number name the same matter (`SAME_TITLE_SHARE`)."""
    if not SAME_MATTER:
        return True
    a, b = title_words(one), title_words(other)
    return not (a and b) or len(a & b) >= SAME_TITLE_SHARE * min(len(a), len(b))


def group_by_case(ranked: list[tuple[int, float]],
                  fields: Callable[[int], dict[str, Any]]) -> list[Group]:
    """The ranked items with each case's items gathered under its best one.

    Items of one case often score the same (the same text in each committee); among
    those the newest heads the case (the latest step, usually the final decision), then
    the lowest item id, so that the head does not depend on the index's build order.
    Items of one case number that name other matters are hits of their own
    (`same_matter`)."""
    groups: list[Group] = []
    by_case: dict[tuple[str, str], list[Group]] = {}
    scores: dict[int, float] = {}
    for docnum, score in ranked:
        scores[docnum] = score
        item = fields(docnum)
        key = case_key(item)
        title = item.get("title", "")
        same = next((g for g in by_case.get(key, []) if same_matter(
            fields(g.docnum).get("title", ""), title)), None) if key is not None else None
        if same is not None:
            same.others.append(docnum)
            continue
        group = Group(docnum, score)
        groups.append(group)
        if key is not None:
            by_case.setdefault(key, []).append(group)
    for group in (g for case in by_case.values() for g in case):
        tied = [d for d in group.others if score_key(scores[d]) >= score_key(group.score)]
        if tied:
            head = min([group.docnum, *tied], key=lambda d: _head_order(fields(d)))
            if head != group.docnum:
                group.others = [group.docnum] + [d for d in group.others if d != head]
                group.docnum = head
    return groups


SCORE_DIGITS = 9
"""Scores equal in this many significant digits are equal (float sums of the same
terms in another order differ in their last bits): the one rule for a case's head
(`group_by_case`) and for the order of equal scores (`settle_ties`)."""


def score_key(score: float) -> float:
    """The score as compared for ties: rounded to SCORE_DIGITS significant digits."""
    return float(f"{score:.{SCORE_DIGITS}g}")


TIE_MARGIN = 10
"""Ranked items read beyond those needed, so that items tied at the cut are ordered
by `settle_ties` rather than by their place in the index."""


def settle_ties(ranked: list[tuple[int, float]], tiers: dict[int, int],
                fields: Callable[[int], dict[str, Any]]) -> list[tuple[int, float]]:
    """The ranked items with equal scores (within a tier) newest first, then by id: the
    order no longer depends on the order in which the index was built."""
    return sorted(ranked, key=lambda kv: (tiers.get(kv[0], 0), -score_key(kv[1]),
                                          *_head_order(fields(kv[0]))))


def _head_order(fields: dict[str, Any]) -> tuple[float, str]:
    """Newest first, then the lowest id."""
    date = fields.get("date")
    return (-date.timestamp() if date else 0.0, fields.get("id", ""))


def candidates(page: int, limit: int) -> int:
    """How many ranked items to read for a page of grouped hits."""
    return page * limit * CANDIDATES_PER_HIT + EXTRA_CANDIDATES


FULL_PAGES = True
"""A page of grouped hits is filled (`short_page`): when one case's many items take up
the candidates read ("Renovering af Tune Skole" and its 25 treatments), more are read
rather than showing 7 hits for a page of 10 while other cases match."""


def short_page(groups: int, needed: int, read: int, matches: int) -> bool:
    """Whether `read` ranked items made fewer than the `needed` groups although more
    items match: read more (`FULL_PAGES`)."""
    return FULL_PAGES and groups < needed and read < matches


def also_entry(fields: dict[str, Any]) -> dict[str, Any]:
    """How a hit lists another item of its case."""
    date = fields.get("date")
    return {
        "id": fields["id"],
        "udvalg": fields.get("udvalg", ""),
        "date": date.date().isoformat() if date else None,
        "item": fields.get("number", ""),
        "source": fields.get("path", ""),
    }
