"""Fusion: referat's ranking combined with a plain BM25 ranking of the same items.

The plain ranking is what a stock engine sees: the query's words (every word that is
not a stop word, question and meeting words included) OR'ed, each as its stem in every
text field at boost 1, scored by the index's BM25F (`search.matching`): no field
boosts, exact forms, tiers, hints, synonyms or parts. `fuse` re-orders the best `DEPTH`
items of a question within each tier (a relaxed item never moves above a strict one):
each item's score over the best one's, plus WEIGHT times its plain score over the best
plain score (`BLEND`; else reciprocal rank fusion, 1 / (K + referat's rank) + WEIGHT /
(K + the plain rank)). The settings were chosen by leave-one-split-out cross-validation
on the judged set (benchmarks/understanding/README.md, round 16); stronger fusion lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from referat.index.analysis import WORD_PATTERN, stem_term
from referat.index.schema import TEXT_FIELDS
from referat.search.relax import Plan, ranked, weighted
from whoosh import query

Scores = dict[int, float]

FUSION = True
K = 60
WEIGHT = 0.2
DEPTH = 10
SCOPE = "questions"
"""Which loose queries are fused: "questions" (`Plan.question`), "weighed"
(`relax.weighted`: questions, loose queries of three or more words) or "all"."""
BLEND = True
"""Instead of rank fusion, each item's score over the best one's plus WEIGHT times its
plain score over the best plain score."""
PLAIN_DEPTH = 0
"""The plain ranking's best items (of those referat matched) that join the fused ones
when not among referat's best `DEPTH` (0: none)."""


def plain_query(text: str) -> query.Query | None:
    """The query's words OR'ed, each word's stem in every text field at boost 1."""
    stems = dict.fromkeys(s for s in map(stem_term, re.findall(WORD_PATTERN, text)) if s)
    terms = [query.Term(f, s) for s in stems for f in TEXT_FIELDS]
    return query.Or(terms) if terms else None


def applies(plan: Plan | None) -> bool:
    """Whether a search of this plan is fused (a loose query within `SCOPE`)."""
    if not FUSION or plan is None or not plan.words:
        return False
    return SCOPE == "all" or (plan.question if SCOPE == "questions" else weighted(plan))


def fuse(scores: Scores, tiers: dict[int, int], text: str,
         evaluate: Callable[[query.Query, set[int]], Scores]) -> None:
    """Re-order the best `DEPTH` items of `scores` in place by their fusion with the
    plain ranking (`evaluate(q, within)` scores a query within those items),
    each tier apart; the items take the scores of the places they take."""
    best = ranked(scores, tiers, DEPTH)
    q = plain_query(text)
    if len(best) < 2 or q is None:
        return
    if PLAIN_DEPTH:  # the plain ranking's best items join referat's
        plain = evaluate(q, set(scores))
        held = {d for d, _ in best}
        best += [(d, scores[d]) for d in sorted((d for d in plain if d in scores and d not in held),
                                                key=lambda d: (-plain[d], d))[:PLAIN_DEPTH]]
        best.sort(key=lambda kv: (tiers.get(kv[0], 0), -kv[1], kv[0]))
    else:
        plain = evaluate(q, {d for d, _ in best})
    by_plain = sorted((d for d, _ in best if d in plain), key=lambda d: (-plain[d], d))
    plain_rank = {d: r for r, d in enumerate(by_plain)}
    if BLEND:
        top_score = best[0][1] or 1.0
        top_plain = max((plain.get(d, 0.0) for d, _ in best), default=0.0) or 1.0
        fused = {d: s / top_score + WEIGHT * plain.get(d, 0.0) / top_plain for d, s in best}
    else:
        fused = {d: 1 / (K + r) + (WEIGHT / (K + plain_rank[d]) if d in plain_rank else 0.0)
                 for r, (d, _) in enumerate(best)}
    for tier in {tiers.get(d, 0) for d, _ in best}:
        members = [(d, s) for d, s in best if tiers.get(d, 0) == tier]
        order = sorted((d for d, _ in members), key=lambda d: -fused[d])
        for d, (_, s) in zip(order, members, strict=True):
            scores[d] = s
