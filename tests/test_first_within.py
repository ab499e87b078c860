"""`api._first_within` splits tiers as the comprehension over every item did."""

from __future__ import annotations

import random

import pytest
from referat.search.api import _first_within


@pytest.mark.parametrize("sets", [1, 2, 4])
def test_tiers_as_the_comprehension(sets):
    rng = random.Random(sets)
    scores = {d: rng.random() for d in rng.sample(range(5000), 2000)}
    tiers = {d: rng.randrange(3) for d in scores if rng.random() < 0.7}
    # sets of the items, one reaching beyond them (a title query's matches may)
    first = [set(rng.sample(sorted(scores), 300)) for _ in range(sets)]
    first[0] |= {5001, 5002}
    want = {d: (len(first) + 1) * tiers.get(d, 0) + sum(d not in docs for docs in first)
            for d in scores}
    got = _first_within(scores, tiers, first)
    assert list(got.items()) == list(want.items())
