"""Round 13 experiment (issue-17al, not kept): a weighed query's best items' scores times
1 + LEAD_BOOST × the share of the query's word weight that their title, recommendation
and decision hold. Off (LEAD_COVER False): main's ranking."""

from __future__ import annotations

from collections.abc import Callable

from referat.search.query import restrict_to_sections
from referat.search.relax import Plan, ranked, weighted, word_weight
from whoosh import query

Scores = dict[int, float]

LEAD_COVER = False
LEAD_BOOST = 1.0
LEAD_DEPTH = 200
LEAD_SECTIONS = ["title", "indstilling", "beslutning"]


def favour_lead(p: Plan, scores: Scores, tiers: dict[int, int], reader, schema,
                docs: Callable[[query.Query, set[int]], set[int]]) -> None:
    """Multiply a weighed query's best items' scores by their lead sections' share of the
    query's word weight; `docs(q, within)` gives the items of `within` that `q` matches."""
    if not LEAD_COVER or not weighted(p) or p.sections or not scores:
        return
    best = [d for d, _ in ranked(scores, tiers, LEAD_DEPTH)]
    within = set(best)
    weights, held = [], []
    for word in dict.fromkeys([*p.words, *p.common]):
        q = p.word_query(word, schema, reader)
        lead = restrict_to_sections(q, LEAD_SECTIONS) if q is not None else query.NullQuery
        if lead is query.NullQuery:
            continue
        weights.append(word_weight(word, reader))
        held.append(docs(lead, within))
    total = sum(weights)
    if len(weights) < 2 or not total:
        return
    for d in best:
        cover = sum(w for w, found in zip(weights, held, strict=True) if d in found)
        scores[d] *= 1 + LEAD_BOOST * cover / total
