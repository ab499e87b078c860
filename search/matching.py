"""Every match of a query with its score, term at a time.

Whoosh scores document at a time through a tree of matchers: a few Python calls per
tree node per matching document. A query word here is a union of twelve terms (six
fields, stem and exact form), so walking the tree cost more than scoring. `evaluate`
reads each term's postings once, a block at a time, scores the block with Whoosh's
own BM25F formula and statistics, and combines the per-term {docnum: score} maps with
dict and set operations. The matches and scores are Whoosh's (a test compares them on
the corpus), and the total is exact at no extra cost.

Terms, OR, AND, AND NOT, prefixes and wildcards take this path; anything else (a
phrase, a range, a bare NOT) is scored by Whoosh's own matcher for that sub-query.
Two differences from Whoosh 2.7.5, both in ranking only: a prefix's expansions keep the
prefix's boost (Whoosh drops the boost of every compound query, so a prefix matched in
"rest" counted as much as one in the title), and NOT adds nothing to a score (Whoosh
adds 1 to every match of an AND with a NOT).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from math import log
from weakref import WeakKeyDictionary

from whoosh import query
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from index.codec import block_postings, length_bytes

Scores = dict[int, float]
Found = tuple  # (segment reader, the term's TermInfo there, the segment's docnum offset)

# Field length as Whoosh scores it: the stored length byte decoded, 1 for no length.
_LENGTH_OF_BYTE = [byte_to_length(b) if b else 1 for b in range(256)]
# Per segment reader (weakly held: a closed searcher's segments drop out): field lengths
# and sortable columns, read once (segments never change).
_PER_SEGMENT: WeakKeyDictionary = WeakKeyDictionary()


def evaluate(q: query.Query, searcher: Searcher, within: set[int] | None = None) -> Scores:
    """{top-level docnum: score} for every document `q` matches in `searcher`.

    `within` (a filter's documents) lets the scoring skip postings of other documents;
    matches outside it may still be returned, so callers filter the result.
    """
    if not isinstance(searcher.weighting, BM25F):
        return _with_matcher(q, searcher)
    return _Evaluator(searcher, within).run(q)


def matching_docs(q: query.Query, searcher: Searcher) -> set[int]:
    """The top-level docnums of every document `q` matches, unscored (filters)."""
    return _Evaluator(searcher).docs(q)


def top(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score) pairs: highest score first, then lowest docnum."""
    return heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))


def newest(scores: Scores, searcher: Searcher, field: str,
           limit: int) -> list[tuple[int, float]]:
    """The first `limit` (docnum, score) pairs by `field`'s sortable value, highest
    first (a missing value sorts like Whoosh's column default), then by score."""
    if not scores:
        return []
    values: list[int] = []
    for segment, _offset in searcher.leaf_searchers():
        values.extend(_column(segment.reader(), field))
    return heapq.nsmallest(limit, scores.items(),
                           key=lambda kv: (-values[kv[0]], -kv[1], kv[0]))


class _Evaluator:
    def __init__(self, searcher: Searcher, within: set[int] | None = None) -> None:
        self.searcher = searcher
        self.within = within
        self.reader = searcher.reader()
        # An index with no documents has an EmptyReader and nothing to score.
        self.segments = [(segment, offset) for segment, offset in searcher.leaf_searchers()
                         if isinstance(segment.reader(), SegmentReader)]
        self.weighting: BM25F = searcher.weighting

    def run(self, q: query.Query) -> Scores:
        kind = type(q)
        if kind is query.Term:
            return self.term(q)
        if kind is query.Or and not q.minmatch and q.scale is None:
            return _scaled(_sum(self.run(sub) for sub in q.subqueries), q.boost)
        if kind is query.And:
            positive = [s for s in q.subqueries if not isinstance(s, query.Not)]
            negative = [s.query for s in q.subqueries if isinstance(s, query.Not)]
            if positive:
                scores = _scaled(_intersect([self.run(s) for s in positive]), q.boost)
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
            return self.prefix(q)
        elif kind is query.Wildcard:
            return _sum(self.term(query.Term(q.fieldname, t, boost=q.boost))
                        for t in q._btexts(self.reader) if t)
        return _with_matcher(q, self.searcher)

    def term(self, q: query.Term) -> Scores:
        """A term's postings scored with BM25F, as Whoosh's leaf matcher would."""
        return self.score(q.fieldname, self.found(q.fieldname, q.text), q.boost)

    def prefix(self, q: query.Prefix) -> Scores:
        """Every word with the prefix, scored as a term with the prefix's boost (Whoosh
        2.7.5 drops the boost of a compound query, and with it the field boost)."""
        return _sum(self.score(q.fieldname, found, q.boost)
                    for found in self.expand(q.fieldname, q.text).values())

    def docs(self, q: query.Query) -> set[int]:
        """Every document `q` matches, unscored (for filters)."""
        kind = type(q)
        if kind is query.Term:
            return _docnums(q.fieldname, self.found(q.fieldname, q.text))
        if kind is query.Or:
            return set().union(*(self.docs(sub) for sub in q.subqueries))
        if kind is query.And and not any(isinstance(s, query.Not) for s in q.subqueries):
            parts = sorted((self.docs(sub) for sub in q.subqueries), key=len)
            return parts[0].intersection(*parts[1:]) if parts else set()
        if kind is query.Prefix:
            return set().union(*(_docnums(q.fieldname, found)
                                 for found in self.expand(q.fieldname, q.text).values()))
        if isinstance(q, query.NumericRange):  # dates: an OR of terms of a numeric trie
            return self.docs(q._compile_query(self.reader))
        if kind is query.NullQuery.__class__:
            return set()
        return set(self.searcher.docs_for_query(q))

    def found(self, fieldname: str, text: str | bytes) -> list[Found]:
        """Where a term occurs: (segment reader, TermInfo, offset) per segment."""
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
            try:
                found.append((reader, reader._terms.term_info(fieldname, btext), offset))
            except TermNotFound:
                continue
        return found

    def expand(self, fieldname: str, prefix: str) -> dict[bytes, list[Found]]:
        """Every word of a field with the prefix, and where it occurs. The words are
        listed segment by segment, so no segment is asked for a word it lacks."""
        start = self.searcher.schema[fieldname].to_bytes(prefix)
        words: dict[bytes, list[Found]] = {}
        for segment, offset in self.segments:
            reader = segment.reader()
            for (name, word), info in reader._terms.items_from(fieldname, start):
                if name != fieldname or not word.startswith(start):
                    break
                words.setdefault(word, []).append((reader, info, offset))
        return words

    def score(self, fieldname: str, found: list[Found], boost: float) -> Scores:
        """One term's postings in the segments that hold it, scored with BM25F as
        Whoosh's leaf matcher would (a term of an unscored field scores its weight)."""
        if not found:
            return {}
        if not self.searcher.schema[fieldname].scorable:  # Whoosh's WeightScorer
            return {docnum + offset: tf * boost for reader, info, offset in found
                    for docnum, tf in block_postings(reader, fieldname, info)}
        # WeightingModel.idf over the whole index, then whoosh.scoring.bm25 inlined
        # below (the same operations, so the same floats).
        doc_frequency = sum(info.doc_frequency() for _, info, _ in found)
        idf = log(self.searcher.doc_count_all() / (doc_frequency + 1)) + 1
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        K1 = self.weighting.K1
        B = self.weighting._field_B.get(fieldname, self.weighting.B)
        scores: Scores = {}
        within = self.within
        for reader, info, offset in found:
            lengths = self.lengths(reader, fieldname)
            for docnum, tf in block_postings(reader, fieldname, info):
                if within is not None and docnum + offset not in within:
                    continue
                fl = lengths[docnum]
                s = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
                scores[docnum + offset] = s * boost if boost != 1.0 else s
        return scores

    @staticmethod
    def lengths(reader, fieldname: str) -> list[int]:
        """Field lengths of every document of a segment, as Whoosh's scorer reads them."""

        def load() -> list[int]:
            out = [_LENGTH_OF_BYTE[b] for b in length_bytes(reader._perdoc, fieldname)]
            out.extend([1] * (reader.doc_count_all() - len(out)))
            return out

        return _per_segment(reader, ("length", fieldname), load)


def _column(reader, field: str) -> list[int]:
    """A segment's sortable column of `field`, raw values, one per document."""
    return _per_segment(reader, ("column", field),
                        lambda: list(reader.column_reader(field, translate=False)))


def _per_segment(reader, key: tuple[str, str], load: Callable[[], list[int]]) -> list[int]:
    """`load()` for this segment reader and key, computed once."""
    cached = _PER_SEGMENT.setdefault(reader, {})
    if key not in cached:
        cached[key] = load()
    return cached[key]


def _docnums(fieldname: str, found: list[Found]) -> set[int]:
    return {docnum + offset for reader, info, offset in found
            for docnum, _ in block_postings(reader, fieldname, info)}


def _with_matcher(q: query.Query, searcher: Searcher) -> Scores:
    """Whoosh's own matcher for `q`, segment by segment."""
    scores: Scores = {}
    context = searcher.context()
    for segment, offset in searcher.leaf_searchers():
        m = q.matcher(segment, context)
        while m.is_active():
            scores[m.id() + offset] = m.score()
            m.next()
    return scores


def _sum(parts: Iterable[Scores]) -> Scores:
    out: Scores = {}
    for part in parts:
        if not out:
            out = dict(part)
            continue
        get = out.get
        for docnum, score in part.items():
            out[docnum] = get(docnum, 0.0) + score
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
