"""search.fusion: a plain BM25 ranking fused with referat's, tier by tier."""

from __future__ import annotations

import pytest
from referat.index.schema import TEXT_FIELDS
from referat.search import fusion
from referat.search.matching import evaluate
from referat.search.relax import ranked
from whoosh import collectors, query
from whoosh.scoring import BM25F

QUESTION = "hvad koster renovering af skolen"


def whoosh_scores(q: query.Query, searcher) -> dict[int, float]:
    collector = collectors.TopCollector(limit=1_000_000, usequality=False, replace=0)
    searcher.search_with_collector(q, collector)
    return {hit.docnum: hit.score for hit in collector.results()}


def test_the_plain_ranking_is_whooshs_stock_bm25f_over_the_text_fields(referat):
    """The words' stems OR'ed in every text field at boost 1: the scores stock Whoosh
    gives with its default BM25F, no field boosts, exact forms or hints."""
    searcher = referat._searcher()
    q = fusion.plain_query(QUESTION)
    assert {t.fieldname for t in q.subqueries} == set(TEXT_FIELDS)
    assert {t.boost for t in q.subqueries} == {1.0}
    stock = referat._ix.searcher(weighting=BM25F())
    want = whoosh_scores(query.DefaultOr(q.subqueries), stock)
    assert len(want) > 100
    got = evaluate(q, searcher)
    assert got.keys() == want.keys()
    for docnum, score in want.items():
        assert got[docnum] == pytest.approx(score, rel=1e-9)


def test_fusion_moves_items_within_a_tier_only(referat, monkeypatch):
    """Items whose title holds "skole" are tier 0, the others tier 1: fused with the
    plain ranking, the order changes within the tiers, and no tier-1 item rises above
    a tier-0 one; the tiers keep their scores."""
    monkeypatch.setattr(fusion, "DEPTH", 40)
    searcher = referat._searcher()
    q, _ = referat.build_query("skole renovering")
    scores = evaluate(q, searcher)
    titled = evaluate(query.Term("title", "skol"), searcher)
    tiers = {d: 0 if d in titled else 1 for d in scores}
    before = ranked(scores, tiers, fusion.DEPTH)
    assert {tiers[d] for d, _ in before} == {0, 1}
    fused = dict(scores)
    fusion.fuse(fused, tiers, QUESTION, lambda q, within: evaluate(q, searcher, within))
    after = ranked(fused, tiers, fusion.DEPTH)
    assert [d for d, _ in after] != [d for d, _ in before]
    assert [tiers[d] for d, _ in after] == sorted(tiers[d] for d, _ in after)
    assert {d for d, _ in after} == {d for d, _ in before}
    assert sorted(s for _, s in after) == sorted(s for _, s in before)
