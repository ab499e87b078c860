"""Rank fusion for weighed queries: questions and loose word lists (issue 17, round 11).

A weighed query (`relax.weighted`) is ranked by referat's structured scoring: the share
of the rare words an item covers, squared, hints, title cover, soft filters. On fresh
questions a plain disjunctive BM25F ranking of the same words (every word, rare or
common, adds its score where it occurs) often puts the answer higher: it does not punish
an item that lacks a word the asker chose and the minutes do not use.

`fuse` combines the two rankings of the same items by reciprocal rank fusion (Cormack
et al., 2009): an item's new score is 1 / (K + its rank in referat's ranking) + WEIGHT /
(K + its rank in the disjunctive ranking). Tiers are kept, so what ranks first by
structure (a committee or date written in the query, a compound typed apart) stays
first; within a tier the fused score orders.
"""

from __future__ import annotations

from referat.search.ranking import PART_WEIGHT, SYNONYM_WEIGHT
from referat.search.relax import Plan, parts_query, ranked, weighted
from whoosh import query

Scores = dict[int, float]

FUSION = True
"""Fuse a weighed query's ranking with the disjunctive BM25F ranking of its words."""
K = 60
"""RRF's rank offset: larger evens out the top ranks of each list."""
WEIGHT = 1.0
"""The disjunctive ranking's weight next to referat's (1.0)."""
ONLY_WIDENED = True
"""Fuse only when the items with every word make too few hits: where the strict
matches are many, they stay referat's ranking."""
ALIKE = True
"""The disjunctive ranking counts synonyms and compound parts too."""


def fused(p: Plan, widened: bool) -> bool:
    """Whether a loose query's ranking is fused: weighed, no section filter, and (with
    `ONLY_WIDENED`) its strict matches, every word as typed, made too few hits."""
    return FUSION and not p.sections and weighted(p) and (widened or not ONLY_WIDENED)


def disjunctive_query(p: Plan, schema, reader) -> query.Query | None:
    """Any of the query's words (required, common and hints), each as the strict
    parser reads it, and a word's synonyms and compound parts at their weights:
    scored, the sum of their BM25F scores."""
    found = []
    for word in dict.fromkeys([*p.words, *p.common, *p.hints]):
        found.append(p.word_query(word, schema, reader))
        if ALIKE:
            alike = p.synonyms_query(word, schema, reader)
            found.append(None if alike is None else query.Or([alike], boost=SYNONYM_WEIGHT))
            found.append(parts_query(word, p, boost=PART_WEIGHT))
    found = [q for q in found if q is not None]
    return query.Or(found) if found else None


def fuse(scores: Scores, tiers: dict[int, int], other: Scores) -> Scores:
    """Reciprocal rank fusion of `scores` (ranked by tier, then score) and `other` (by
    score) over the items of `scores`; an item `other` lacks ranks after all it holds."""
    mine = [d for d, _ in ranked(scores, tiers, len(scores))]
    theirs = sorted((d for d in other if d in scores), key=lambda d: (-other[d], d))
    position = {d: i for i, d in enumerate(theirs, 1)}
    last = len(theirs) + 1
    return {d: 1 / (K + i) + WEIGHT / (K + position.get(d, last))
            for i, d in enumerate(mine, 1)}
