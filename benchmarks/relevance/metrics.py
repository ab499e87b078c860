"""Ranking metrics over graded judgments (pure functions, tested in test_metrics.py).

A ranking is a list of document keys, best first; qrels map keys to grades (0 not
relevant, 1 partly, 2 relevant); a key missing from qrels is unjudged and counts as 0.
"relevant" below means grade >= 1.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence

K = 10

Ranking = Sequence[Hashable]
Qrels = Mapping[Hashable, int]


def ndcg(ranked: Ranking, qrels: Qrels, k: int = K) -> float:
    """nDCG@k with linear gains (the grade) and log2 discounts; the ideal ranking is
    built from every judged grade of the query."""
    dcg = sum(qrels.get(key, 0) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted((g for g in qrels.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: Ranking, qrels: Qrels, k: int = K) -> float:
    """Share of the relevant documents found in the top k."""
    relevant = {key for key, g in qrels.items() if g > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: Ranking, qrels: Qrels, k: int = K) -> float:
    """1 / rank of the first relevant document in the top k (0 if none)."""
    for i, key in enumerate(ranked[:k]):
        if qrels.get(key, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def precision_at_1(ranked: Ranking, qrels: Qrels) -> float:
    """1 if the first hit is relevant, else 0 (also 0 for no hits)."""
    return 1.0 if ranked and qrels.get(ranked[0], 0) > 0 else 0.0


def zero_hit(ranked: Ranking, qrels: Qrels) -> float:
    """1 if the engine returned nothing although a relevant document exists."""
    return 1.0 if not ranked and any(g > 0 for g in qrels.values()) else 0.0


def judged_share(ranked: Ranking, qrels: Qrels, k: int = K) -> float | None:
    """Share of the top k that carries a judgment (None when there are no hits)."""
    top = ranked[:k]
    return sum(key in qrels for key in top) / len(top) if top else None


def mean(values: Sequence[float | None]) -> float | None:
    """Mean over the values that are not None (None if there are none)."""
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None
