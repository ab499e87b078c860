"""More like the best hits: a query that fills less than a page widens to their topic.

A citizen's word often finds one or two items that the administration titles with its
own word ("gadelys" finds one item titled "Vejbelysning, …"; "snerydning" one titled
"… vinter- og renholdelsesregulativ …"), while the other items on that topic never use
the citizen's word. When a loose query's matches make fewer than FEEDBACK_BELOW cases,
the words that are distinctive in the titles of its best hits (pseudo-relevance
feedback, as RM3 does, from the titles only) find more: items whose title holds one of
them are added in a tier below every item the query matched, so the query's own matches
keep their order and the feedback only fills the page.

A query with a number (a case or plan number) looks one thing up and is not widened.
A title word is distinctive when it names a topic: it is not a query word, it is in
the titles of at least MIN_TITLES items (so it finds others) and of at most MAX_SHARE of
them (not "godkendelse", "orientering"), and it is not a meeting word. The words are
ranked by how many of the best hits' titles hold them and how rare they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from math import log

from referat.index.analysis import WORD_PATTERN, fold, normalize, stem_term
from referat.search.relax import HINT_WORDS
from whoosh import query

Scores = dict[int, float]

FEEDBACK_BELOW = 10
"""A query whose matches make fewer cases than this (a page) is widened."""
COUNT_UP_TO = 60
"""Cases are counted only among this many matches: more make a page."""
TOP_HITS = 3
"""The best hits whose titles give the words."""
TERMS = 3
"""At most this many title words are added."""
MIN_TITLES = 2
MAX_SHARE = 0.01
MIN_LENGTH = 4
FEEDBACK_WEIGHT = 0.3
"""The added items' scores are this share of their title score (they rank below the
query's own matches in any case: they are in a tier of their own)."""


def title_stems(title: str) -> list[str]:
    """The stems of a title's words, once each, in order (stop words dropped)."""
    stems = (stem_term(w) for w in re.findall(WORD_PATTERN, title))
    return list(dict.fromkeys(s for s in stems if s and len(s) >= MIN_LENGTH
                              and not s[0].isdigit()))


def names_a_thing(words: list[str]) -> bool:
    """A query with a number (a case number, "lokalplan 1246") looks one thing up: it
    is not widened."""
    return any(ch.isdigit() for w in words for ch in w)


def stems_of(words: Iterable[str]) -> set[str]:
    """The stems of the words of some texts."""
    return {s for w in words for s in map(stem_term, re.findall(WORD_PATTERN, w)) if s}


@cache
def meeting_stems() -> frozenset[str]:
    """The stems of question and meeting words (`search.relax.HINT_WORDS`)."""
    return frozenset(stems_of(HINT_WORDS))


def feedback_terms(titles: Iterable[str], words: list[str],
                   title_frequency: Callable[[str], int], items: int) -> list[str]:
    """The distinctive title words of the best hits (`titles`, best first), best first:
    not one of the query's `words` nor a meeting word, in MIN_TITLES to MAX_SHARE of the
    `items` titles (`title_frequency`: in how many titles a stem is)."""
    skip = stems_of(words) | meeting_stems()
    weight: dict[str, float] = {}
    seen_titles: set[str] = set()
    for rank, title in enumerate(titles):
        key = fold(normalize(title))
        if key in seen_titles:  # the same case in another committee: counted once
            continue
        seen_titles.add(key)
        for stem in title_stems(title):
            if stem in skip:
                continue
            df = title_frequency(stem)
            if df < MIN_TITLES or df > MAX_SHARE * items:
                continue
            weight[stem] = weight.get(stem, 0.0) + log(items / df) / (rank + 1)
    return sorted(weight, key=lambda s: (-weight[s], s))[:TERMS]


def as_written(stems: list[str], titles: Iterable[str]) -> list[str]:
    """The title words (lower case) the stems were taken from, for messages."""
    words: dict[str, str] = {}
    for title in titles:
        for word in re.findall(WORD_PATTERN, title):
            words.setdefault(stem_term(word) or "", word.lower())
    return [words.get(s, s) for s in stems]


def feedback_query(stems: list[str], boost: float) -> query.Query | None:
    """Any of the title stems, in the title."""
    if not stems:
        return None
    return query.Or([query.Term("title", s, boost=boost) for s in stems])


def widen(scores: Scores, tiers: dict[int, int], added: Scores) -> list[int]:
    """Add the feedback's items in a tier below every tier the query has; the docnums
    added."""
    below = max(tiers.values(), default=0) + 1
    new = [d for d in added if d not in scores]
    for d in new:
        scores[d] = FEEDBACK_WEIGHT * added[d]
        tiers[d] = below
    return new
