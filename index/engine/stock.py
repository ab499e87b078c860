"""Whoosh's own matchers, run on a referat query with referat's meaning.

A referat query is a tree of stock Whoosh query objects. Three things in it are
matched by Whoosh 2.7.5 otherwise than referat means them, and `stock_query` spells
them out in stock Whoosh terms, for this query only (no Whoosh class is changed):

- an OR is Whoosh's binary tree of unions (`DefaultOr`): its preloaded OR
  (`ArrayUnionMatcher`, chosen for segments under 5,000 documents) skips matches when
  it sits inside an AND (the top 10 of "dispensation ikke godkendt" missed hits the
  top 20 had);
- a prefix, wildcard, term range or date range is the OR of its expansions, each
  keeping the query's boost (Whoosh drops the boost of a compound query, and with it
  the field boost), in a tree of unions as above;
- NOT inside an AND removes matches and adds nothing to the score (Whoosh adds 1 to
  every match of an AND with a NOT): the NOT is required, unscored (`Require`).
  Whoosh's `AndNot` would add nothing, but its matcher (`AndNotMatcher`) kept 4 of
  5 excluded documents of "byggesagsgebyrer NOT mulighed" on the corpus.

`stock_scores` and `stock_docs` are the whole of matching under
``REFERAT_ENGINE=whoosh``, and the fast scorer's fallback for what it does not
evaluate itself.
"""

from __future__ import annotations

from referat.index.engine.whoosh_compat import compiled_range
from whoosh import query
from whoosh.searching import Searcher


def stock_query(q: query.Query, reader) -> query.Query:
    """`q` as stock Whoosh must be asked for it to match and score as referat means."""
    if type(q) is query.Or and not q.minmatch and q.scale is None:
        return query.DefaultOr([stock_query(sub, reader) for sub in q.subqueries],
                               boost=q.boost)
    if isinstance(q, query.NumericRange):  # dates: an OR of ranges of a numeric trie
        return stock_query(compiled_range(q, reader), reader)
    if isinstance(q, query.MultiTerm):
        words = sorted(text for _, text in q.existing_terms(reader, expand=True) if text)
        return query.DefaultOr([query.Term(q.field(), word, boost=q.boost)
                                for word in words])
    if type(q) is query.And and any(isinstance(s, query.Not) for s in q.subqueries):
        positive = [stock_query(s, reader) for s in q.subqueries
                    if not isinstance(s, query.Not)]
        negative = [stock_query(s.query, reader) for s in q.subqueries
                    if isinstance(s, query.Not)]
        if positive:  # not AndNot: its matcher keeps some excluded documents
            return query.Require(query.And(positive, boost=q.boost),
                                 query.Not(query.DefaultOr(negative)))
    if q.is_leaf():
        return q
    return q.apply(lambda sub: stock_query(sub, reader))


def stock_scores(q: query.Query, searcher: Searcher) -> dict[int, float]:
    """{top-level docnum: score} of every document `q` matches, by Whoosh's matchers."""
    scores: dict[int, float] = {}
    rewritten = stock_query(q, searcher.reader())
    context = searcher.context()
    for segment, offset in searcher.leaf_searchers():
        m = rewritten.matcher(segment, context)
        while m.is_active():
            scores[m.id() + offset] = m.score()
            m.next()
    return scores


def stock_docs(q: query.Query, searcher: Searcher) -> set[int]:
    """The top-level docnums of every document `q` matches, by Whoosh's matchers."""
    return set(searcher.docs_for_query(stock_query(q, searcher.reader())))
