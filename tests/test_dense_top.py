"""`matching.top` through numpy (`dense.top_pairs`, from `DENSE_TOP` items) against its
heap (`matching._first`): the same pairs in the same order, on the test corpus's word
scores and on scores with many ties."""

from __future__ import annotations

import random

import pytest
from referat.search import matching
from referat.search.matching import _by_score, _first, evaluate, top
from referat.search.relax import plan


def heap_top(scores: dict[int, float], limit: int) -> list[tuple[int, float]]:
    return _first(scores, scores.values(), limit, _by_score)


@pytest.mark.parametrize("word", ["budget", "skole", "lokalplan", "vej"])
def test_numpy_top_is_the_heap_on_word_scores(referat, monkeypatch, word):
    searcher = referat._searcher()
    p = plan(word)
    scores = evaluate(p.word_query(word, searcher.schema, searcher.reader()), searcher)
    monkeypatch.setattr(matching, "DENSE_TOP", 1)
    for limit in (1, 10, 60, len(scores) // 2, len(scores) - 1, len(scores), len(scores) + 5):
        assert top(scores, limit) == heap_top(scores, limit)


@pytest.mark.parametrize("seed", range(5))
def test_numpy_top_is_the_heap_with_ties(monkeypatch, seed):
    rng = random.Random(seed)
    scores = {d: rng.choice([0.5, 1.0, 1.5, 2.0, 3.0]) for d in rng.sample(range(100_000), 30_000)}
    for limit in (1, 7, 60, 1000, 6_000, 29_999):
        assert top(scores, limit) == heap_top(scores, limit)  # DENSE_TOP as set
