"""A weighed query's sums as arrays (`search.weighing`) against the dicts they replace:
the same floats and the same best items, on the test corpus's word scores."""

from __future__ import annotations

import random
from itertools import repeat
from operator import add

import numpy as np
import pytest
from referat.search import relax, weighted_mode
from referat.search.dense import best
from referat.search.matching import evaluate, top
from referat.search.weighing import Weighing, as_scores


def dict_sums(parts: list[tuple[float, dict[int, float]]]
              ) -> tuple[dict[int, float], dict[int, float]]:
    """Scores and coverages summed in dicts, word by word (the path `Weighing` replaced)."""
    scores: dict[int, float] = {}
    cover: dict[int, float] = {}
    for share, docs in parts:
        cover.update(zip(docs, map(share.__radd__, map(cover.get, docs, repeat(0.0))),
                         strict=True))
        scores.update(zip(docs, map(add, map(scores.get, docs, repeat(0.0)), docs.values()),
                          strict=True))
    return scores, cover


def dict_coordinated(scores: dict[int, float], cover: dict[int, float],
                     power: float) -> dict[int, float]:
    factor = {c: c ** power for c in set(cover.values())}
    return {d: s * factor[cover[d]] for d, s in scores.items()}


WORDS = ["budget", "skole", "lokalplan", "vej", "forslag", "spildevandsplan", "ældre"]


@pytest.fixture(scope="module")
def word_scores(referat) -> list[tuple[float, dict[int, float]]]:
    """Each word's scores on the test corpus, with a weight and a part's weight, as a
    weighed query adds them (a word's parts: its scores halved, on other items)."""
    searcher = referat._searcher()
    reader = searcher.reader()
    parts = []
    for k, word in enumerate(WORDS):
        p = relax.plan(word)
        q = p.word_query(word, searcher.schema, reader)
        scores = evaluate(q, searcher)
        assert scores, word
        parts.append((1.0 + k / 3, scores))
        others = {d + 1: s / 2 for d, s in scores.items() if d + 1 not in scores}
        parts.append((weighted_mode.PART_COVER * (1.0 + k / 3), others))
    return parts


def test_sums_and_factors_are_the_dicts(referat, word_scores):
    size = referat._searcher().doc_count_all() + 1
    sums = Weighing(size)
    for share, docs in word_scores:
        sums.add(share, docs)
    scores, cover = dict_sums(word_scores)
    total = sum(share for share, _ in word_scores)
    for power in (weighted_mode.COORD_POWER, 1.0):
        got = as_scores(*sums.coordinated(lambda c, power=power: (c / total) ** power))
        want = dict_coordinated(scores, {d: c / total for d, c in cover.items()}, power)
        assert got == want  # float for float
    assert sums.least_cover() == min(cover.values())


@pytest.mark.parametrize("limit", [1, 5, 20, 1000])
def test_best_is_top(referat, word_scores, limit):
    size = referat._searcher().doc_count_all() + 1
    sums = Weighing(size)
    for share, docs in word_scores:
        sums.add(share, docs)
    docs, scores = sums.coordinated(lambda c: c ** weighted_mode.COORD_POWER)
    assert set(docs[best(docs, scores, limit)].tolist()) == {
        d for d, _ in top(as_scores(docs, scores), limit)}


@pytest.mark.parametrize("seed", range(5))
def test_best_breaks_ties_by_lowest_docnum(seed):
    rng = random.Random(seed)
    docs = np.array(sorted(rng.sample(range(10_000), 500)), dtype=np.intp)
    scores = np.array([rng.choice([0.5, 1.0, 1.5, 2.0]) for _ in docs])
    for limit in (1, 37, 125, 499, 500, 600):
        want = {d for d, _ in top(dict(zip(docs.tolist(), scores.tolist(), strict=True)), limit)}
        assert set(docs[best(docs, scores, limit)].tolist()) == want


def test_graded_credit_scales_a_share_by_the_score_over_the_median():
    # Word x: items 0, 1, 2 score 4, 2, 1 (median 2); word y: items 1, 3 score 3, 1
    # (median 2). Credits: item 0 full x, item 1 full x and y, item 2 half of x, item 3
    # half of y; the coverage counts every match in full.
    sums = Weighing(4, graded=1.0)
    sums.add(2.0, {0: 4.0, 1: 2.0, 2: 1.0})
    sums.add(1.0, {1: 3.0, 3: 1.0})
    docs, scores = sums.coordinated(lambda c: c)
    assert docs.tolist() == [0, 1, 2, 3]
    assert scores.tolist() == [4.0 * 2.0, 5.0 * 3.0, 1.0 * 1.0, 1.0 * 0.5]
    assert sums.least_cover() == 1.0
