"""`relax.ranked` (the tier the limit falls in cut by score, the tiers above it kept
whole) against sorting every item by (tier, -score, docnum)."""

from __future__ import annotations

import heapq
import random

import pytest
from referat.search.relax import ranked


def by_key(scores: dict[int, float], tiers: dict[int, int], limit: int):
    return heapq.nsmallest(limit, scores.items(),
                           key=lambda kv: (tiers.get(kv[0], 0), -kv[1], kv[0]))


@pytest.mark.parametrize("seed", range(8))
def test_ranked_is_sorted_by_tier_score_docnum(seed):
    rng = random.Random(seed)
    docs = rng.sample(range(50_000), 3_000)
    scores = {d: rng.choice([0.25, 0.5, 1.0, 2.0, rng.random()]) for d in docs}
    levels = rng.choice([[0, 1], [0, 1, 2, 3, 5], list(range(20))])
    tiers = {d: rng.choice(levels) for d in docs if rng.random() < 0.9}
    tiers[rng.choice(docs)] = max(levels)
    for limit in (0, 1, 10, 60, 200, 1000, 2999, 3000, 5000):
        assert ranked(scores, tiers, limit) == by_key(scores, tiers, limit)


def test_ranked_without_tiers_and_with_tiers_of_other_items():
    scores = {5: 1.0, 3: 1.0, 9: 2.0, 1: 0.5}
    assert ranked(scores, {}, 3) == [(9, 2.0), (3, 1.0), (5, 1.0)]
    tiers = {3: 1, 42: 0, 1: 0}
    assert ranked(scores, tiers, 3) == by_key(scores, tiers, 3) == [(9, 2.0), (5, 1.0), (1, 0.5)]
