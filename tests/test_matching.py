"""search.matching gives Whoosh's matches and scores, term at a time."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest
from referat.index.engine.stock import stock_query
from referat.index.writer import index_paths
from referat.search import matching
from referat.search.matching import evaluate, matching_docs, newest, term_docs, top
from referat.search.query import FILES
from whoosh import collectors, query

from referat import search

QUERIES = [
    "budget", "affald sortering", "skole OR daginstitution", "skole NOT lukning",
    '"til efterretning"', '"det specialiserede socialområde"', '"vej og park"',
    '"lokalplan nr" budget', "lokal*", "bygge* vej", "beslutning:godkendt", "titel:budget",
    "(budget OR regnskab) anlæg", "NOT budget", "sag:23-004924", "ældreplejen",
    '"tages til efterretning"', '"byrådet godkender"~3', 'beslutning:"til efterretning"',
    'budget NOT "vej og park"', 'skole "til efterretning"',
    '"forslag til lokalplan nr"', '"center for teknik og miljø"~2', '"budget 2024 2027" affald',
]
FILTERS = [{}, {"udvalg": "teknik"}, {"date_from": "2024-01-01", "date_to": "2024-12-31"},
           {"kind": "referat", "kommune": "greve"}, {"sections": ["beslutning", "okonomi"]},
           {"udvalg": "klima teknik", "date_from": "2020-01-01", "kind": "referat"},
           {"date_to": "2019-06-30"}]


def whoosh_scores(q: query.Query, searcher) -> dict[int, float]:
    """Every match with Whoosh's score, through its own matchers (document at a time)."""
    collector = collectors.TopCollector(limit=1_000_000, usequality=False, replace=0)
    searcher.search_with_collector(q, collector)
    return {hit.docnum: hit.score for hit in collector.results()}


def assert_same(got: dict[int, float], want: dict[int, float]) -> None:
    assert got.keys() == want.keys()
    for docnum, score in want.items():
        assert got[docnum] == pytest.approx(score, rel=1e-9), docnum


@pytest.fixture(params=["dict", "dense"])
def scoring(request, monkeypatch):
    """Both ways of adding up an OR: in a dict, and with numpy for long posting lists
    (every OR counts as long under "dense")."""
    dense_from = 0 if request.param == "dense" else 10**12
    monkeypatch.setattr(matching, "DENSE_POSTINGS", dense_from)
    monkeypatch.setattr(matching, "DENSE_POSTINGS_LOADED", dense_from)
    return request.param


def scored_every_way(q: query.Query, searcher, within: set[int] | None,
                     monkeypatch) -> dict[str, dict[int, float]]:
    """`evaluate`'s scores with every OR added up in a dict, and with numpy (its sums over
    each posting's distinct documents and over arrays of the whole index)."""
    from referat.search import dense

    out = {}
    for way, dense_from, compact in [("dict", 10**12, 8), ("compact", 0, 0),
                                     ("whole", 0, 10**12)]:
        monkeypatch.setattr(matching, "DENSE_POSTINGS", dense_from)
        monkeypatch.setattr(matching, "DENSE_POSTINGS_LOADED", dense_from)
        monkeypatch.setattr(dense, "COMPACT_SHARE", compact)
        out[way] = evaluate(q, searcher, within)
    return out


@pytest.mark.parametrize("text", QUERIES)
def test_scores_equal_whooshs_own(referat, text, scoring):
    searcher = referat._searcher()
    q, _ = referat.build_query(text)
    want = whoosh_scores(stock_query(q, searcher.reader()), searcher)
    assert want, f"{text!r} matches nothing in the test corpus"
    assert_same(evaluate(q, searcher), want)


@pytest.mark.parametrize("filters", FILTERS[1:])
def test_filter_matches_equal_whooshs_own(referat, filters):
    searcher = referat._searcher()
    _, flt = referat.build_query("", **filters)
    docs = set(searcher.docs_for_query(flt))
    assert docs
    assert matching_docs(flt, searcher) == docs
    assert evaluate(flt, searcher).keys() == docs


def test_term_docs_equal_the_terms_matches(referat):
    """The file records' docnums (listed once per segment) are the term's matches."""
    searcher = referat._searcher()
    for term in (FILES, query.Term("kind", "dagsorden")):
        want = matching_docs(term, searcher)
        assert want and term_docs(term, searcher) == want
        assert term_docs(term, searcher) == want  # read from the per-segment lists


def test_prefix_keeps_its_field_boost(referat):
    """A prefix matched in a title scores above the same match in background text."""
    searcher = referat._searcher()
    title = evaluate(query.Prefix("title", "=budget"), searcher)
    rest = evaluate(query.Prefix("title", "=budget", boost=0.1), searcher)
    assert title and all(rest[d] == pytest.approx(title[d] * 0.1) for d in title)


def test_deleted_items_do_not_match(workdir, tmp_path, scoring):
    """After a file changes, its old items stay in an old segment as deleted documents."""
    ix = tmp_path / "ix"
    index_paths([workdir], index_dir=ix, jobs=1)
    target = workdir / "albertslund.txt"
    old = target.read_text(encoding="utf-8")
    target.write_text(old.replace("Beslutning", "Beslutning\nZyxwvu ekstraord."),
                      encoding="utf-8")
    os.utime(target, ns=(1, 1))
    index_paths([workdir], index_dir=ix, jobs=1)
    with search.open_index(ix) as referat:
        searcher = referat._searcher()
        assert searcher.reader().has_deletions()
        for text in ("digitalisering", "beredskab", "zyxwvu", "affald"):
            q, _ = referat.build_query(text)
            want = whoosh_scores(q, searcher)
            assert want
            assert_same(evaluate(q, searcher), want)


def test_top_orders_by_score_then_docnum():
    scores = {9: 1.0, 3: 3.0, 5: 1.0, 1: 0.5, 2: 3.0}  # ties listed highest docnum first
    assert top(scores, 4) == [(2, 3.0), (3, 3.0), (5, 1.0), (9, 1.0)]


def test_empty_index_matches_nothing(tmp_path):
    """An index killed before its first commit has no segments (an EmptyReader)."""
    from referat.index.store import open_or_create

    open_or_create(tmp_path / "ix")
    with search.open_index(tmp_path / "ix") as referat:
        for kw in ({}, {"sort": "date"}):
            assert referat.search("budget", **kw).total == 0
            assert referat.search("budge*", **kw).total == 0
        assert referat.search("", udvalg="teknik").total == 0


@pytest.mark.parametrize("filters", FILTERS[1:])
def test_scoring_within_a_filter_keeps_the_scores(referat, filters, scoring):
    searcher = referat._searcher()
    q, flt = referat.build_query("budget OR affald", **filters)
    allowed = matching_docs(flt, searcher)
    everything = evaluate(q, searcher)
    within = evaluate(q, searcher, allowed)
    want = {d: s for d, s in everything.items() if d in allowed}
    assert want
    assert {d: s for d, s in within.items() if d in allowed} == want
    assert len(within) < len(everything)


@pytest.mark.parametrize("filters", FILTERS[:4])
@pytest.mark.parametrize("text", QUERIES)
def test_every_way_of_adding_gives_the_same_floats(referat, monkeypatch, text, filters):
    """A query's scores, whole and within a filter's documents, are equal float for
    float however its ORs are added up (issue-17bz sends shorter ORs to numpy)."""
    searcher = referat._searcher()
    q, flt = referat.build_query(text, **filters)
    within = None if flt is None else matching_docs(flt, searcher)
    ways = scored_every_way(q, searcher, within, monkeypatch)
    assert ways["dict"] or filters, f"{text!r} matches nothing in the test corpus"
    assert ways["compact"] == ways["dict"]
    assert ways["whole"] == ways["dict"]


def test_dense_asks_a_set_or_an_array_the_same():
    """`dense._in` gives the same mask asking a set per posting as through an array."""
    from referat.search import dense

    rng = random.Random(17)
    for size in (50, 5_000):
        docnums = np.array([rng.randrange(size) for _ in range(rng.randrange(1, 400))])
        for within in ({rng.randrange(size) for _ in range(n)} for n in (0, 10, size)):
            want = [d in within for d in docnums.tolist()]
            assert dense._in(docnums, within, size).tolist() == want
            assert dense._in(docnums, frozenset(within), size).tolist() == want
            assert dense._in(docnums, sorted(within), size).tolist() == want


@pytest.mark.parametrize("filters", FILTERS[1:])
def test_a_filter_within_documents_finds_those_the_whole_filter_does(referat, filters):
    searcher = referat._searcher()
    q, flt = referat.build_query("budget OR affald", **filters)
    within = set(evaluate(q, searcher))
    everywhere = matching_docs(flt, searcher)
    assert matching_docs(flt, searcher, within) & within == everywhere & within


@pytest.mark.parametrize("filters", FILTERS[1:])
@pytest.mark.parametrize("text", ["naboorienteringer", "budget", "lokal*", '"vej og park"'])
def test_a_search_is_the_same_whichever_goes_first(referat, monkeypatch, text, filters):
    """The query evaluated first and the filter within its documents, or the other way
    round (`matching.fewer` chooses): the same hits, scores and total."""
    results = []
    for query_first in (True, False):
        monkeypatch.setattr(search.api, "fewer", lambda *args, first=query_first: first)
        result = referat.search(text, limit=20, **filters)
        results.append((result.total, [(h.id, h.score) for h in result.hits]))
    assert results[0] == results[1]


def test_the_smaller_side_goes_first(referat):
    searcher = referat._searcher()
    rare, broad = referat.build_query("naboorienteringer", sections=["beslutning"])
    common, narrow = referat.build_query("budget", udvalg="klima teknik")
    assert matching.fewer(rare, broad, searcher, {})
    assert not matching.fewer(common, narrow, searcher, {})
    assert not matching.fewer(rare, referat.build_query("", date_to="2019-06-30")[1],
                              searcher, {})  # a date range's size is not told


@pytest.mark.parametrize("limit", [1, 10, 57])
def test_top_and_newest_equal_a_full_sort(referat, limit):
    """Picking the candidates by threshold loses nothing a full sort would keep."""
    searcher = referat._searcher()
    values = []
    for segment, _ in searcher.leaf_searchers():
        values.extend(segment.reader().column_reader("date", translate=False))
    for text in ("budget", "skole OR daginstitution", "beslutning:godkendt"):
        scores = evaluate(referat.build_query(text)[0], searcher)
        assert len(scores) > limit
        by_score = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        assert top(dict(scores), limit) == by_score
        by_date = sorted(scores.items(), key=lambda kv: (-values[kv[0]], -kv[1], kv[0]))
        assert newest(dict(scores), searcher, "date", limit) == by_date[:limit]
