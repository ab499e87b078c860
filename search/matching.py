"""Every match of a query with its score, term at a time.

Whoosh scores document at a time through a tree of matchers: a few Python calls per
tree node per matching document. A query word here is a union of twelve terms (six
fields, stem and exact form), so walking the tree cost more than scoring. `evaluate`
reads each term's postings once, a block at a time (`index.engine.block_reads`), and scores the
block with Whoosh's own BM25F formula and statistics through a per-term table (a
stored field length is one byte, so a score depends on (weight, length byte) only),
mapped in C rather than looped over in Python. An OR's terms (or a lone term) add into
one dict, or, when their postings are many, into arrays (`search.dense`); an AND
scores its rarest part first and each other part only within the documents matched so
far, skipping blocks that hold none of them unread; filters are set operations. A phrase is matched
on the positions of the documents that hold all its words, rarest word first. The
matches and scores are Whoosh's (a test compares them on the corpus), and the total is
exact.

Terms, OR, AND, AND NOT, prefixes, wildcards, phrases and date ranges take this path;
anything else (a bare NOT, say) is scored by Whoosh's own matcher for that sub-query.
Two differences from Whoosh 2.7.5, both in ranking only: a prefix's expansions keep the
prefix's boost (Whoosh drops the boost of every compound query, so a prefix matched in
"rest" counted as much as one in the title), and NOT adds nothing to a score (Whoosh
adds 1 to every match of an AND with a NOT).
"""

from __future__ import annotations

import heapq
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from itertools import compress, repeat
from math import log
from operator import add, itemgetter
from typing import TypeVar
from weakref import WeakKeyDictionary

from referat.index.engine import uses_stock_whoosh
from referat.index.engine.block_reads import term_blocks, value_blocks
from referat.index.engine.positions import decode_positions
from referat.index.engine.stock import stock_docs, stock_scores
from referat.index.engine.whoosh_compat import (
    Needed,
    compiled_range,
    expanded_words,
    field_b,
    length_bytes,
    per_document_reader,
    segment_terms,
    term_infos,
    term_probe,
)
from whoosh import query
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]
# An OR whose terms have this many postings or more is scored with numpy
# (`search.dense`): from about this length its import (0.1 s) is paid back at once.
DENSE_POSTINGS = 20_000
# Once numpy is imported (a weighed query, a long list), an OR from this many postings
# on: scoring them in arrays costs less than a dict entry per posting (issue-17bz:
# CPU 0.94 of 20,000's on the 60 slowest judged queries at 110k; the same floats).
DENSE_POSTINGS_LOADED = 4_000
# `top` picks the best of this many items or more with numpy (a weighed query's tens of
# thousands: about a third of the time of `_first`'s heap and compress).
DENSE_TOP = 20_000
T = TypeVar("T")
Found = tuple  # (segment reader, the term's TermInfo there, the segment's docnum offset)

# Field length as Whoosh scores it: the stored length byte decoded, 1 for no length.
LENGTH_OF_BYTE = [byte_to_length(b) if b else 1 for b in range(256)]
# Per segment reader (weakly held: a closed searcher's segments drop out): field lengths,
# sortable columns and the file records' docnums, read once (segments never change).
_PER_SEGMENT: WeakKeyDictionary = WeakKeyDictionary()


# (field, prefix) -> {word: where it occurs}: a search's prefix expansions, listed once
# and shared by the check on broad prefixes, the snippets' terms and the scoring.
Expansions = dict[tuple[str, str], dict[bytes, list[Found]]]


def evaluate(q: query.Query, searcher: Searcher, within: set[int] | None = None,
             expansions: Expansions | None = None) -> Scores:
    """{top-level docnum: score} for every document `q` matches in `searcher`.

    `within` (a filter's documents) lets the scoring skip postings of other documents;
    matches outside it may still be returned, so callers filter the result.
    `expansions` are the prefix expansions already listed for this search (`words`).
    Under ``REFERAT_ENGINE=whoosh`` (`index.engine`), Whoosh's matchers score it.
    """
    if uses_stock_whoosh() or not isinstance(searcher.weighting, BM25F):
        return stock_scores(q, searcher)
    return _Evaluator(searcher, within, expansions).run(q)


def prefix_words(searcher: Searcher, fieldname: str, prefix: str,
                 expansions: Expansions) -> dict[bytes, list[Found]]:
    """Every word of a field that starts with `prefix`, and where it occurs: listed
    once per search, in `expansions` (by Whoosh's public reader under
    ``REFERAT_ENGINE=whoosh``, which does not say where)."""
    if uses_stock_whoosh():
        key = (fieldname, prefix)
        if key not in expansions:
            words = searcher.reader().expand_prefix(fieldname, prefix)
            expansions[key] = {word: [] for word in words}
        return expansions[key]
    return _Evaluator(searcher, expansions=expansions).expand(fieldname, prefix)


def matching_docs(q: query.Query, searcher: Searcher, within: set[int] | None = None,
                  expansions: Expansions | None = None) -> set[int]:
    """The top-level docnums of every document `q` matches, unscored (filters); with
    `within`, only those documents are looked for (others may be left out)."""
    if uses_stock_whoosh():
        return stock_docs(q, searcher)
    return _Evaluator(searcher, within, expansions).docs(q)


def fewer(q: query.Query, other: query.Query, searcher: Searcher,
          expansions: Expansions) -> bool:
    """Whether `q` matches fewer documents than `other` at most, by the document
    frequencies of their terms (`_Evaluator.size`; False when either cannot tell). A
    search evaluates the smaller side first, and the other only within its documents:
    a filter such as "has a decision" holds most of the index."""
    evaluator = _Evaluator(searcher, expansions=expansions)
    size, other_size = evaluator.size(q), evaluator.size(other)
    return size is not None and other_size is not None and size < other_size


def term_docs(term: query.Term, searcher: Searcher) -> set[int]:
    """The top-level docnums of every document that holds `term` (the file records,
    masked in every search), each segment's listed once: segments never change."""
    if uses_stock_whoosh():
        return stock_docs(term, searcher)
    out: set[int] = set()
    for reader, info, offset in _Evaluator(searcher).found(term.fieldname, term.text):
        docnums = _per_segment(reader, ("docs", f"{term.fieldname}:{term.text}"),
                               lambda reader=reader, info=info:
                               frozenset(_docnums(term.fieldname, [(reader, info, 0)])))
        out.update(_shifted(docnums, offset))
    return out


def top(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score) pairs: highest score first, then lowest docnum
    (picked out with numpy from `DENSE_TOP` items: `search.dense.top_pairs`)."""
    if 0 < limit < len(scores) and len(scores) >= DENSE_TOP:
        from referat.search.dense import top_pairs  # numpy: imported only when it pays

        return _by_score(top_pairs(scores, limit))[:limit]
    return _first(scores, scores.values(), limit, _by_score)


def _by_score(pairs: Iterable[tuple[int, float]]) -> list[tuple[int, float]]:
    """(docnum, score) pairs by highest score, then lowest docnum: two stable sorts on
    C keys (a key tuple made per pair was a search's largest sort, with many ties)."""
    out = sorted(pairs, key=itemgetter(0))
    out.sort(key=itemgetter(1), reverse=True)  # reverse keeps equal scores in order
    return out


def newest(scores: Scores, searcher: Searcher, field: str,
           limit: int) -> list[tuple[int, float]]:
    """The first `limit` (docnum, score) pairs by `field`'s sortable value, highest
    first (a missing value sorts like Whoosh's column default), then by score."""
    if not scores:
        return []
    values: list[int] = []
    for segment, _offset in searcher.leaf_searchers():
        values.extend(_column(segment.reader(), field))
    return _first(scores, map(values.__getitem__, scores), limit,
                  partial(sorted, key=lambda kv: (-values[kv[0]], -kv[1], kv[0])))


def _first(scores: Scores, ranks: Iterable, limit: int,
           order: Callable[[Iterable[tuple[int, float]]], list[tuple[int, float]]]
           ) -> list[tuple[int, float]]:
    """The first `limit` pairs in `order`, where `ranks` (highest first, in the order of
    `scores`) is its leading part: only pairs ranked at least the limit-th best
    are sorted (picked out in C, not in a Python loop)."""
    ranks = list(ranks)
    items: Iterable[tuple[int, float]] = scores.items()
    if len(ranks) > limit:
        least = heapq.nlargest(limit, ranks)[-1]
        items = compress(items, map(least.__le__, ranks))
    return order(items)[:limit]


class _Evaluator:
    def __init__(self, searcher: Searcher, within: set[int] | None = None,
                 expansions: Expansions | None = None) -> None:
        self.searcher = searcher
        self.within = within
        self.expansions: Expansions = {} if expansions is None else expansions
        self.reader = searcher.reader()
        # An index with no documents has an EmptyReader and nothing to score.
        self.segments = [(segment, offset) for segment, offset in searcher.leaf_searchers()
                         if isinstance(segment.reader(), SegmentReader)]
        self.weighting: BM25F = searcher.weighting
        self._found: dict[tuple[str, str | bytes], list[Found]] = {}
        self._ordered: tuple[object, list[int]] = (None, [])  # (within, sorted)

    def run(self, q: query.Query) -> Scores:
        kind = type(q)
        if kind is query.Term:  # long posting lists with numpy, as an OR's (`union`)
            return self.union([q])
        if kind is query.Or and not q.minmatch and q.scale is None:
            return _scaled(self.union(q.subqueries), q.boost)
        if kind is query.And:
            positive = [s for s in q.subqueries if not isinstance(s, query.Not)]
            negative = [s.query for s in q.subqueries if isinstance(s, query.Not)]
            if positive:
                scores = _scaled(_intersect(self.conjuncts(positive)), q.boost)
                for sub in negative:
                    _drop(scores, self.docs(sub))
                return scores
        elif kind is query.AndNot:
            scores = self.run(q.a)
            _drop(scores, self.docs(q.b))
            return _scaled(scores, q.boost)
        elif kind is query.NullQuery.__class__:
            return {}
        elif kind is query.Prefix:
            return self.union([q])
        elif kind is query.Phrase:
            return self.phrase(q)
        elif kind is query.Wildcard:
            return self.union(query.Term(q.fieldname, t, boost=q.boost)
                              for t in expanded_words(q, self.reader) if t)
        return stock_scores(q, self.searcher)

    def conjuncts(self, subqueries: list[query.Query]) -> list[Scores]:
        """The scores of each part of an AND, the rarest part first: each later part is
        scored only within the documents every earlier part matched."""
        outer = self.within
        parts: list[Scores] = []
        try:
            everything = self.searcher.doc_count_all()  # for a part whose size is not told
            for sub in sorted(subqueries, key=lambda sub: (
                    everything if (n := self.size(sub)) is None else n)):
                parts.append(self.run(sub))
                keys = parts[-1].keys()
                self.within = set(keys) if self.within is None else self.within & keys
        finally:
            self.within = outer
        return parts

    def union(self, subqueries: Iterable[query.Query]) -> Scores:
        """The scores of an OR's parts added up. Its terms and prefixes add theirs in
        place, term by term: in a dict, or in arrays when they are long
        (`DENSE_POSTINGS`). A prefix's expansions keep the prefix's boost (Whoosh 2.7.5
        drops the boost of a compound query, and with it the field boost)."""
        terms: list[tuple[str, list[Found], float]] = []
        others: list[Scores] = []
        for sub in subqueries:
            kind = type(sub)
            if kind is query.Term:
                terms.append((sub.fieldname, self.found(sub.fieldname, sub.text), sub.boost))
            elif kind is query.Prefix:
                terms += [(sub.fieldname, found, sub.boost)
                          for found in self.expand(sub.fieldname, sub.text).values()]
            else:
                others.append(self.run(sub))
        if sum(_frequency(found) for _, found, _ in terms) >= _dense_from():
            scores = self.dense(terms)
        else:
            scores = {}
            for fieldname, found, boost in terms:
                self.score(fieldname, found, boost, into=scores)
        return _sum([scores, *others])

    def dense(self, terms: list[tuple[str, list[Found], float]]) -> Scores:
        """Terms' postings scored and added up as arrays (`search.dense`)."""
        from referat.search.dense import DenseScores  # numpy: imported only when it pays

        total = DenseScores(self.searcher.doc_count_all(), self.within)
        for fieldname, found, boost in terms:
            scorable = self.searcher.schema[fieldname].scorable
            table = self._bm25(fieldname, found, boost) if scorable else None
            for reader, info, offset in found:
                lengths = _length_bytes(reader, fieldname) if scorable else b""
                total.add(reader, info, self._needed(self.within, offset), offset, lengths,
                          table, boost)
        return total.scores()

    def phrase(self, q: query.Phrase) -> Scores:
        """A phrase as Whoosh's `SpanNear2` (ordered, mindist 1) matches it: each word
        within `slop` positions after the one before. Scored as Whoosh scores it: the
        words' BM25F scores added as its binary tree of intersections adds them, times
        the boost. Positions are decoded only where every word occurs, rarest word
        first; Whoosh's span matcher built span objects for every candidate. A phrase
        names a phrase field (`index.schema.phrase_field`), whose postings hold the
        positions.
        """
        fieldname = q.fieldname
        schema = self.searcher.schema
        if fieldname in schema and not schema[fieldname].format.supports("positions"):
            return stock_scores(q, self.searcher)  # Whoosh's QueryError
        founds = [self.found(fieldname, word) for word in q.words]
        if not founds or not all(founds):
            return {}
        keys: list[dict[int, tuple[float, int]]] = [{} for _ in founds]
        values: list[dict[int, bytes]] = [{} for _ in founds]
        candidates = self.within
        for i in sorted(range(len(founds)), key=lambda i: _frequency(founds[i])):
            keys[i], values[i] = self._postings(fieldname, founds[i], candidates)
            candidates = values[i].keys()
        docnums = list(candidates)
        positions = [map(_positions, map(word.__getitem__, docnums)) for word in values]
        matched = list(compress(docnums, map(partial(_in_order, slop=q.slop),
                                             zip(*positions, strict=True))))
        parts = [list(map(self._bm25(fieldname, found, 1.0).__getitem__,
                          map(word.__getitem__, matched)))
                 for found, word in zip(founds, keys, strict=True)]
        scores = _tree_sum(parts)
        if q.boost != 1.0:
            scores = list(map(q.boost.__mul__, scores))
        return dict(zip(matched, scores, strict=True))

    def _postings(self, fieldname: str, found: list[Found], within: Iterable[int] | None
                  ) -> tuple[dict[int, tuple[float, int]], dict[int, bytes]]:
        """A term's postings (in `within` only, when given) as {docnum: (weight, field
        length byte)} and {docnum: value}."""
        keys: dict[int, tuple[float, int]] = {}
        values: dict[int, bytes] = {}
        for reader, info, offset in found:
            length_of = _length_bytes(reader, fieldname).__getitem__
            needed = self._needed(within, offset)
            for ids, weights, vals in value_blocks(reader, fieldname, info, needed):
                docnums, ids, weights, vals = _kept(within, offset, ids, weights, vals)
                keys.update(zip(docnums, zip(weights, map(length_of, ids), strict=True),
                                strict=True))
                values.update(zip(docnums, vals, strict=True))
        return keys, values

    def _needed(self, within: Iterable[int] | None, offset: int) -> Needed:
        """Whether a block of a segment's postings (docnums shifted by `offset`) may
        hold a document in `within`: blocks that cannot are skipped unread."""
        if within is None:
            return None
        if self._ordered[0] is not within:
            self._ordered = (within, sorted(within))
        ordered = self._ordered[1]

        def needed(lowest: int, highest: int) -> bool:
            i = bisect_left(ordered, lowest + offset)
            return i < len(ordered) and ordered[i] <= highest + offset

        return needed

    def docs(self, q: query.Query) -> set[int]:
        """Every document `q` matches, unscored (for filters); documents outside
        `within` may be left out, and its terms' blocks that hold none are skipped."""
        kind = type(q)
        needed = partial(self._needed, self.within)
        if kind is query.Term:
            return _docnums(q.fieldname, self.found(q.fieldname, q.text), needed)
        if kind is query.Or:
            return set().union(*(self.docs(sub) for sub in q.subqueries))
        if kind is query.And and not any(isinstance(s, query.Not) for s in q.subqueries):
            parts = sorted((self.docs(sub) for sub in q.subqueries), key=len)
            return parts[0].intersection(*parts[1:]) if parts else set()
        if kind is query.Prefix:
            return _words_docnums(q.fieldname, self.expand(q.fieldname, q.text), needed)
        if isinstance(q, query.NumericRange):  # dates: an OR of ranges of a numeric trie
            return self.docs(compiled_range(q, self.reader))
        if isinstance(q, query.ConstantScoreQuery):
            return self.docs(q.child)
        if kind is query.TermRange:
            return _words_docnums(q.fieldname, self.range_words(q), needed)
        if kind is query.Phrase:
            return set(self.phrase(q))
        if kind is query.NullQuery.__class__:
            return set()
        return stock_docs(q, self.searcher)

    def size(self, q: query.Query) -> int | None:
        """At most how many documents `q` matches, from its terms' document frequencies
        (cheap); None when they cannot tell (a phrase, a range, a bare NOT)."""
        kind = type(q)
        if kind is query.Term:
            return _frequency(self.found(q.fieldname, q.text))
        if kind is query.Prefix:
            return sum(map(_frequency, self.expand(q.fieldname, q.text).values()))
        if kind is query.Or:
            sizes = [self.size(sub) for sub in q.subqueries]
            return None if None in sizes else sum(sizes)
        if kind is query.And:  # no more than its smallest positive part that can tell
            sizes = [self.size(sub) for sub in q.subqueries if not isinstance(sub, query.Not)]
            return min((n for n in sizes if n is not None), default=None)
        return None

    def found(self, fieldname: str, text: str | bytes) -> list[Found]:
        """Where a term occurs: (segment reader, TermInfo, offset) per segment."""
        key = (fieldname, text)
        if key not in self._found:
            self._found[key] = self._find(fieldname, text)
        return self._found[key]

    def _find(self, fieldname: str, text: str | bytes) -> list[Found]:
        schema = self.searcher.schema
        if fieldname not in schema:
            return []
        try:
            btext = schema[fieldname].to_bytes(text)
        except ValueError:
            return []
        found: list[Found] = []
        for segment, offset in self.segments:
            reader = segment.reader()
            info = _per_segment(reader, ("infos", ""), partial(term_infos, reader))(
                fieldname, btext)
            if info is not None:
                found.append((reader, info, offset))
        return found

    def expand(self, fieldname: str, prefix: str) -> dict[bytes, list[Found]]:
        """Every word of a field with the prefix, and where it occurs (listed once)."""
        key = (fieldname, prefix)
        if key not in self.expansions:
            start = self.searcher.schema[fieldname].to_bytes(prefix)
            self.expansions[key] = self._words(fieldname, start,
                                               lambda word: not word.startswith(start))
        return self.expansions[key]

    def range_words(self, q: query.TermRange) -> dict[bytes, list[Found]]:
        """Every word of a term range (as Whoosh's TermRange lists them), and where it
        occurs."""
        field = self.searcher.schema[q.fieldname]
        try:
            start = b"" if q.start is None else field.to_bytes(q.start)
            end = b"\xff\xff\xff\xff" if q.end is None else field.to_bytes(q.end)
        except ValueError:
            return {}
        words = self._words(q.fieldname, start,
                            lambda word: word > end or (q.endexcl and word == end))
        if q.startexcl:
            words.pop(start, None)
        return words

    def _words(self, fieldname: str, start: bytes,
               past: Callable[[bytes], bool]) -> dict[bytes, list[Found]]:
        """The words of a field from `start` on, up to the first one `past` the end, and
        where they occur. The words are listed segment by segment, so no segment is
        asked for a word it lacks."""
        words: dict[bytes, list[Found]] = {}
        for segment, offset in self.segments:
            reader = segment.reader()
            for (name, word), info in segment_terms(reader).items_from(fieldname, start):
                if name != fieldname or past(word):
                    break
                words.setdefault(word, []).append((reader, info, offset))
        return words

    def score(self, fieldname: str, found: list[Found], boost: float,
              into: Scores | None = None) -> Scores:
        """One term's postings in the segments that hold it, scored with BM25F as
        Whoosh's leaf matcher would (a term of an unscored field scores its weight);
        added to `into` when given (the terms of an OR), else a new dict.

        A field length is stored as one byte, so a term's score depends only on
        (weight, length byte): each pair is scored once (`BM25Table`) and a block's
        postings are mapped through the table without a Python loop per posting.
        """
        scores: Scores = {} if into is None else into
        if not found:
            return scores
        scorable = self.searcher.schema[fieldname].scorable  # else Whoosh's WeightScorer
        if scorable:
            lookup = self._bm25(fieldname, found, boost).__getitem__
        for reader, info, offset in found:
            if scorable:
                length_of = _length_bytes(reader, fieldname).__getitem__
            needed = self._needed(self.within, offset)
            for ids, weights in term_blocks(reader, info, needed):
                docnums, ids, weights = _kept(self.within, offset, ids, weights)
                if scorable:
                    values = map(lookup, zip(weights, map(length_of, ids), strict=True))
                else:
                    values = (w * boost for w in weights)
                if into is not None:  # the sum so far (0.0 for none) plus this term's
                    values = map(add, map(scores.get, docnums, repeat(0.0)), values)
                scores.update(zip(docnums, values, strict=True))
        return scores

    def _bm25(self, fieldname: str, found: list[Found], boost: float) -> BM25Table:
        """A term's BM25F score of (weight, field length byte): WeightingModel.idf over
        the whole index, then whoosh.scoring.bm25."""
        idf = log(self.searcher.doc_count_all() / (_frequency(found) + 1)) + 1
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        return BM25Table(idf, avgfl, self.weighting.K1, field_b(self.weighting, fieldname),
                         boost)


class BM25Table(dict):
    """{(weight, field length byte): BM25 score}, filled as pairs are asked for.

    whoosh.scoring.bm25 with the field length Whoosh's scorer reads (the byte
    decoded, 1 for none), times the query boost: the same floats as Whoosh's.
    """

    def __init__(self, idf: float, avgfl: float, k1: float, b: float, boost: float) -> None:
        super().__init__()
        self.idf, self.avgfl, self.k1, self.b, self.boost = idf, avgfl, k1, b, boost

    def __missing__(self, key: tuple[float, int]) -> float:
        s = bm25(key[0], LENGTH_OF_BYTE[key[1]], self.idf, self.avgfl, self.k1, self.b)
        score = self[key] = s * self.boost if self.boost != 1.0 else s
        return score


def bm25(tf, fl, idf, avgfl, k1, b):
    """whoosh.scoring.bm25 of a term frequency and a field length (floats, or numpy
    arrays of them element by element, `search.dense`): the one BM25 formula of the
    fast scorer, the same IEEE operations in the same order as Whoosh's."""
    return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))


def _dense_from() -> int:
    """How many postings an OR needs to be scored with numpy: fewer once it is imported."""
    return DENSE_POSTINGS_LOADED if "numpy" in sys.modules else DENSE_POSTINGS


def _shifted(ids: list[int], offset: int) -> Iterable[int]:
    """Segment docnums as the searcher's (top-level) docnums."""
    return map(offset.__add__, ids) if offset else ids


def _kept(within: Iterable[int] | None, offset: int, ids: list[int],
          *columns: Sequence) -> tuple[list, ...]:
    """A block's top-level docnums, segment docnums and other columns, only for the
    documents in `within` (all when None)."""
    docnums = list(_shifted(ids, offset))
    if within is None:
        return docnums, ids, *columns
    keep = list(map(within.__contains__, docnums))
    return tuple(list(compress(seq, keep)) for seq in (docnums, ids, *columns))


def _frequency(found: list[Found]) -> int:
    """A term's document frequency over the segments that hold it."""
    return sum(info.doc_frequency() for _, info, _ in found)


# An exact form's positions from its posting value. Most are a single position, whose
# value recurs: each is decoded once.
_positions = lru_cache(maxsize=1 << 16)(decode_positions)


def _in_order(positions: tuple[tuple[int, ...], ...], slop: int) -> bool:
    """Whether a word of each position list follows one of the list before, at most
    `slop` positions after it (Whoosh's ordered span with mindist 1)."""
    ends: Iterable[int] = positions[0]
    for following in positions[1:]:
        if slop == 1:
            ends = {end + 1 for end in ends}.intersection(following)
        else:
            ends = [p for p in following if any(0 < p - end <= slop for end in ends)]
        if not ends:
            return False
    return True


def _tree_sum(parts: list[list[float]]) -> list[float]:
    """Scores added element by element as Whoosh's `make_binary_tree` of intersection
    matchers adds them (a + (b + c) for three words)."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return list(map(add, _tree_sum(parts[:half]), _tree_sum(parts[half:])))


def _length_bytes(reader, fieldname: str) -> bytes:
    """A segment's field length bytes, one per document (0 where none is stored)."""

    def load() -> bytes:
        raw = bytes(length_bytes(per_document_reader(reader), fieldname))
        return raw + bytes(max(reader.doc_count_all() - len(raw), 0))

    return _per_segment(reader, ("length", fieldname), load)


def _column(reader, field: str) -> list[int]:
    """A segment's sortable column of `field`, raw values, one per document."""
    return _per_segment(reader, ("column", field),
                        lambda: list(reader.column_reader(field, translate=False)))


def term_probes(reader) -> list[Callable[[str, bytes], bool]]:
    """Per segment of a reader, whether it holds (field name, term bytes): a hash probe
    (`whoosh_compat.term_probe`), not a TermInfo read as `doc_frequency` does."""
    return [_per_segment(segment, ("probe", ""), partial(term_probe, segment))
            if isinstance(segment, SegmentReader) else lambda f, t, s=segment: (f, t) in s
            for segment, _ in reader.leaf_readers()]


def _per_segment(reader, key: tuple[str, str], load: Callable[[], T]) -> T:
    """`load()` for this segment reader and key, computed once."""
    cached = _PER_SEGMENT.setdefault(reader, {})
    if key not in cached:
        cached[key] = load()
    return cached[key]


def _docnums(fieldname: str, found: list[Found],
             needed: Callable[[int], Needed] = lambda offset: None) -> set[int]:
    """The documents holding a term; `needed(offset)` may skip a segment's blocks."""
    out: set[int] = set()
    for reader, info, offset in found:
        for ids, _ in term_blocks(reader, info, needed(offset)):
            out.update(_shifted(ids, offset))
    return out


def _words_docnums(fieldname: str, words: dict[bytes, list[Found]],
                   needed: Callable[[int], Needed] = lambda offset: None) -> set[int]:
    """The documents holding any of `words` (from `expand` or `range_words`)."""
    return set().union(*(_docnums(fieldname, found, needed) for found in words.values()))


def _sum(parts: Iterable[Scores]) -> Scores:
    """Scores added up per document (each part is a fresh dict, and is reused); the
    additions are mapped in C, not looped over in Python."""
    out: Scores = {}
    for part in parts:
        if not out:
            out = part
            continue
        if len(part) > len(out):
            out, part = part, out
        shared = list(out.keys() & part.keys())
        added = list(map(add, map(out.__getitem__, shared), map(part.__getitem__, shared)))
        out.update(part)
        out.update(zip(shared, added, strict=True))
    return out


def _intersect(parts: list[Scores]) -> Scores:
    parts.sort(key=len)
    out = dict(parts[0])
    for part in parts[1:]:
        out = {d: s + part[d] for d, s in out.items() if d in part}
    return out


def _drop(scores: Scores, excluded: set[int]) -> None:
    for docnum in excluded & scores.keys():
        del scores[docnum]


def _scaled(scores: Scores, boost: float) -> Scores:
    if boost != 1.0:
        for docnum in scores:
            scores[docnum] *= boost
    return scores
