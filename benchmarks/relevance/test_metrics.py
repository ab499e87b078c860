"""Tests of the relevance metrics (run: .venv/bin/pytest -q benchmarks/relevance)."""

import math

import pytest
from metrics import judged_share, mean, ndcg, precision_at_1, recall, reciprocal_rank, zero_hit

QRELS = {"a": 2, "b": 1, "c": 0, "d": 2}


def test_ndcg_perfect_ranking_is_one():
    assert ndcg(["a", "d", "b"], QRELS) == pytest.approx(1.0)


def test_ndcg_hand_computed():
    # ranking b, x (unjudged), a: dcg = 1/log2(2) + 0 + 2/log2(4) = 2
    # ideal 2, 2, 1: 2 + 2/log2(3) + 1/log2(4)
    ideal = 2 + 2 / math.log2(3) + 0.5
    assert ndcg(["b", "x", "a"], QRELS) == pytest.approx(2 / ideal)


def test_ndcg_counts_only_top_k():
    assert ndcg(["c", "c2", "a"], QRELS, k=2) == 0.0


def test_ndcg_without_relevant_documents_is_zero():
    assert ndcg(["a"], {"a": 0}) == 0.0


def test_recall_and_rr():
    assert recall(["x", "b", "a"], QRELS) == pytest.approx(2 / 3)
    assert reciprocal_rank(["c", "x", "d"], QRELS) == pytest.approx(1 / 3)
    assert reciprocal_rank(["c", "x"], QRELS) == 0.0


def test_precision_at_1_and_zero_hit():
    assert precision_at_1(["b", "c"], QRELS) == 1.0
    assert precision_at_1(["c", "a"], QRELS) == 0.0
    assert precision_at_1([], QRELS) == 0.0
    assert zero_hit([], QRELS) == 1.0
    assert zero_hit(["c"], QRELS) == 0.0
    assert zero_hit([], {"a": 0}) == 0.0


def test_judged_share_and_mean():
    assert judged_share(["a", "x", "y", "c"], QRELS) == pytest.approx(0.5)
    assert judged_share([], QRELS) is None
    assert mean([1.0, None, 0.0]) == pytest.approx(0.5)
    assert mean([None]) is None
