"""Scoring long posting lists with numpy: all the postings of an OR's terms as arrays,
scored in one pass and added up per document.

`search.matching` scores a block of postings through a table, mapped in C, but still
makes Python objects per posting: a (weight, length) tuple per score, a dict entry per
document. An OR over a frequent word ("budget" in 40,000 of 110,000 items; stem and
exact form in six fields) is 150,000 postings, and a prefix can expand to hundreds of
short lists. Here the postings of every term are gathered into one array, each scored
with its term's BM25F parameters by `matching.bm25`, the formula of
`matching.BM25Table`, element by element: the same floats. They add up
per document in the order the terms were given, as the dict path adds them.

numpy takes about 0.1 s to import, more than a whole search of a small index, so
`search.matching` comes here only for long posting lists (`DENSE_POSTINGS`), and for
shorter ones (`DENSE_POSTINGS_LOADED`) once numpy is imported.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from referat.index.engine.block_arrays import PostingArrays
from referat.index.engine.whoosh_compat import Needed
from referat.search.matching import LENGTH_OF_BYTE, BM25Table, Scores, bm25

_LENGTH_OF_BYTE = np.array(LENGTH_OF_BYTE, dtype=np.float64)
# Postings fewer than an index's documents divided by this are added up over their own
# distinct documents (`_summed`), not over arrays of every document (issue-17bz).
COMPACT_SHARE = 8


class DenseScores:
    """The postings of an OR's terms, gathered (`add`), then scored and added up per
    document (`scores`)."""

    def __init__(self, size: int, within: Collection[int] | None = None) -> None:
        self.size = size  # documents in the index
        self.within = within  # postings of other documents are left out
        self._postings = PostingArrays()
        # Per run of postings (one term in one segment): its docnum offset, field
        # lengths, BM25F table (None: not scorable) and boost.
        self._runs: list[tuple[int, bytes, BM25Table | None, float]] = []

    def add(self, reader, info, needed: Needed, offset: int, lengths: bytes,
            table: BM25Table | None, boost: float) -> None:
        """A term's postings in one segment reader (`info`, its TermInfo there; blocks
        not `needed` are skipped), to be scored through `table` with the segment's
        field `lengths` (a byte per document); without a table (a field that is not
        scorable) a posting scores its weight times `boost`."""
        self._postings.add(reader, info, needed)
        self._runs.append((offset, lengths, table, boost))

    def scores(self) -> Scores:
        """{docnum: score summed over the terms} of every document a term matched."""
        if not self._runs:
            return {}
        ids, tf, counts = self._postings.arrays()

        def per_posting(values: list) -> np.ndarray:
            """A value per run, repeated for each of its postings; one value for all
            runs stays one (numpy repeats it as it computes: the same numbers)."""
            if values.count(values[0]) == len(values):
                return np.array(values[0])
            return np.repeat(np.array(values), counts)

        ids = ids.astype(np.intp)
        docnums = ids + per_posting([run[0] for run in self._runs])
        if self.within is not None:  # only the postings of its documents are scored
            keep = _in(docnums, self.within, self.size)
            ids, tf, docnums = ids[keep], tf[keep], docnums[keep]
            kept = np.concatenate(([0], np.cumsum(keep)))
            ends = np.cumsum(counts)
            counts = kept[ends] - kept[ends - counts]  # each run's postings kept
        # Every run's field lengths in one array; a run's lengths start at its base.
        bases: dict[int, int] = {}
        chunks: list[bytes] = []
        for _, lengths, _, _ in self._runs:
            if id(lengths) not in bases:
                bases[id(lengths)] = sum(map(len, chunks))
                chunks.append(lengths)
        all_lengths = np.frombuffer(b"".join(chunks), dtype=np.uint8)
        unscored = BM25Table(1.0, 1.0, 0.0, 0.0, 1.0)  # parameters for runs not scorable
        tables = [unscored if run[2] is None else run[2] for run in self._runs]
        scorable = per_posting([run[2] is not None for run in self._runs])
        at = np.where(scorable, ids + per_posting([bases[id(run[1])] for run in self._runs]), 0)
        fl = _LENGTH_OF_BYTE[all_lengths[at]] if len(all_lengths) else np.ones(len(ids))
        idf, avgfl, k1, b, boost = (per_posting([getattr(t, name) for t in tables])
                                    for name in ("idf", "avgfl", "k1", "b", "boost"))
        scored = bm25(tf, fl, idf, avgfl, k1, b) * boost
        scores = np.where(scorable, scored, tf * per_posting([run[3] for run in self._runs]))
        return _summed(docnums, scores, self.size)


def _in(docnums: np.ndarray, within: Collection[int], size: int) -> np.ndarray:
    """Which of `docnums` are in `within` (a mask): through an array over the index's
    `size` documents, or, for fewer postings than `within` holds, asked of `within`
    posting by posting (a set of tens of thousands made into an array cost more)."""
    if len(docnums) < len(within) and isinstance(within, (set, frozenset)):
        return np.fromiter(map(within.__contains__, docnums.tolist()), dtype=bool,
                           count=len(docnums))
    allowed = np.zeros(size, dtype=bool)
    allowed[np.fromiter(within, dtype=np.intp, count=len(within))] = True
    return allowed[docnums]


def _summed(docnums: np.ndarray, scores: np.ndarray, size: int) -> Scores:
    """{docnum: its postings' scores added in the order given} (`bincount` adds each
    bin's in input order); few postings are summed over their distinct documents
    (`COMPACT_SHARE`) rather than over arrays of the index's `size`: the same floats."""
    if len(docnums) * COMPACT_SHARE < size:
        matched, inverse = np.unique(docnums, return_inverse=True)
        total = np.bincount(inverse, weights=scores, minlength=len(matched))
        return dict(zip(matched.tolist(), total.tolist(), strict=True))
    total = np.bincount(docnums, weights=scores, minlength=size)
    matched = np.flatnonzero(np.bincount(docnums, minlength=size))
    return dict(zip(matched.tolist(), total[matched].tolist(), strict=True))


def top_pairs(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score) pairs (0 < `limit` < len(scores)), in no order:
    `matching.top`'s, picked out by `best`."""
    docs = np.fromiter(scores.keys(), dtype=np.intp, count=len(scores))
    values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    keep = best(docs, values, limit)
    return list(zip(docs[keep].tolist(), values[keep].tolist(), strict=True))


def best(docs: np.ndarray, scores: np.ndarray, limit: int) -> np.ndarray:
    """Which of `docs` (any order) are the `limit` best (`limit` > 0): highest score
    first, then lowest docnum (`matching.top`'s order); a mask."""
    if limit >= len(scores):
        return np.ones(len(scores), dtype=bool)
    least = np.partition(scores, len(scores) - limit)[len(scores) - limit]
    keep = scores > least
    tied = np.flatnonzero(scores == least)
    tied = tied[np.argsort(docs[tied], kind="stable")][:limit - np.count_nonzero(keep)]
    keep[tied] = True
    return keep
