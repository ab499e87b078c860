"""The learned re-ranking (search.rerank) on the corpus subset of conftest."""

from __future__ import annotations

import math
import re
from functools import partial

import pytest
from referat.search import rerank
from referat.search.grouping import case_key

COLUMN = {name: i for i, name in enumerate(rerank.FEATURES)}


def seen_by_rerank(referat, monkeypatch, text):
    """(searcher, plan, ranked, tiers, stored) as a real search hands them to rerank."""
    seen = []
    original = rerank.rerank

    def spy(searcher, plan, ranked, tiers, stored):
        seen.append((searcher, plan, list(ranked), dict(tiers), stored))
        return original(searcher, plan, ranked, tiers, stored)

    monkeypatch.setattr(rerank, "rerank", spy)
    referat.search(text, limit=10)
    assert seen, text
    return seen[0]


def rows_of(searcher, plan, head, stored):
    query = partial(plan.word_query, schema=searcher.schema, reader=searcher.reader())
    return rerank.features(searcher, [*plan.words, *plan.common], query, head, stored)


def test_features_of_real_items_match_the_index(referat, monkeypatch):
    searcher, plan, ranked, _, stored = seen_by_rerank(referat, monkeypatch, "cykelsti skole")
    head = ranked[:rerank.DEPTH]
    rows = rows_of(searcher, plan, head, stored)
    assert len(rows) == len(head) > 5
    cases = [case_key(stored(d)) or d for d, _ in head]
    for (d, _), row, case in zip(head, rows, cases, strict=True):
        title = stored(d)["title"].lower()
        assert row[COLUMN["cover_any"]] == 1.0  # the strict query: both words in each
        typed = [w for w in plan.words if re.search(rf"\b{w}\b", title)]
        if typed:  # a word as typed in the title: covered and scored there
            assert row[COLUMN["cover_title"]] > 0 and row[COLUMN["bm25_title"]] > 0
        if row[COLUMN["bm25_title"]] == 0:
            assert row[COLUMN["cover_title"]] == 0
        assert row[COLUMN["case_size"]] == pytest.approx(
            math.log(cases.count(case)) / math.log(1 + len(head)))
    dates = [stored(d)["date"] for d, _ in head]
    recency = [row[COLUMN["recency"]] for row in rows]
    assert sorted(range(len(head)), key=dates.__getitem__) == sorted(
        range(len(head)), key=recency.__getitem__)


def test_reranking_never_moves_a_relaxed_hit_above_a_strict_one(referat, monkeypatch):
    # busstoppested: the word as typed (tier 0) above its parts and synonyms (tier 1)
    searcher, plan, ranked, tiers, stored = seen_by_rerank(referat, monkeypatch,
                                                           "busstoppested")
    head = ranked[:rerank.DEPTH]
    before = [tiers.get(d, 0) for d, _ in head]
    assert before == sorted(before) and len(set(before)) > 1
    rows = rows_of(searcher, plan, head, stored)
    upside_down = rerank.reorder(head, tiers, rows, {"rank": -1.0})  # the worst first
    assert [tiers.get(d, 0) for d, _ in upside_down] == before
    for tier in set(before):
        assert [d for d, _ in upside_down if tiers.get(d, 0) == tier] == [
            d for d, _ in reversed(head) if tiers.get(d, 0) == tier]
    assert [s for _, s in upside_down] == [s for _, s in head]  # scores keep their places


def test_todays_order_is_the_score_alone(referat, monkeypatch):
    searcher, plan, ranked, tiers, stored = seen_by_rerank(referat, monkeypatch, "vej belysning")
    head = ranked[:rerank.DEPTH]
    rows = rows_of(searcher, plan, head, stored)
    assert rerank.reorder(head, tiers, rows, {"score": 1.0}) == head


def test_weights_name_known_features(tmp_path):
    assert set(rerank.read_weights()) <= set(rerank.FEATURES)
    bad = tmp_path / "w.tsv"
    bad.write_text("score\t1\nnot_a_feature\t2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not_a_feature"):
        rerank.read_weights(bad)
