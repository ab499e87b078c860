"""Reading the pinned Whoosh 2.7.5 codec (W3) below its public API, a block at a time.

Whoosh reads postings one matcher call per posting; the indexer's merges
(`index.postings`) and the query evaluator (`search.matching`) read whole blocks
through these helpers instead. They use private names of whoosh-reloaded 2.7.5
(SegmentReader._terms, W3LeafMatcher's block reads, the length columns), which is
why that version is pinned exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, compress

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.reading import SegmentReader


def length_bytes(perdoc, fieldname: str) -> bytes:
    """A segment's field-length column of `fieldname`: one byte per document."""
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    return column._dbfile.get(column._basepos, column._count) if column else b""


# Whether a block whose docnums lie in [lowest, highest] must be read (None: all are).
Needed = Callable[[int, int], bool] | None


def term_blocks(
    reader: SegmentReader, fieldname: str, info, needed: Needed = None
) -> Iterator[tuple[list[int], Sequence[float]]]:
    """(docnums, weights) of a term's postings in one segment, a block at a time,
    deleted documents left out; blocks not `needed` are skipped unread."""
    for ids, weights, _ in _blocks(reader, fieldname, info, False, needed):
        yield ids, weights


def value_blocks(
    reader: SegmentReader, fieldname: str, info, needed: Needed = None
) -> Iterator[tuple[list[int], Sequence[float], Sequence[bytes]]]:
    """(docnums, weights, values as bytes) of a term's postings in one segment, a
    block at a time, deleted documents left out; blocks not `needed` are skipped."""
    yield from _blocks(reader, fieldname, info, True, needed)


def block_postings(
    reader: SegmentReader, fieldname: str, info, values: bool = False
) -> Iterator[tuple]:
    """(docnum, weight) — with `values`, (docnum, weight, value as bytes) — of a term's
    postings in one segment, deleted documents left out."""
    for ids, weights, vals in _blocks(reader, fieldname, info, values):
        yield from (zip(ids, weights, vals, strict=True) if values
                    else zip(ids, weights, strict=True))


def _blocks(reader: SegmentReader, fieldname: str, info, values: bool,
            needed: Needed = None) -> Iterator[tuple[list[int], Sequence[float], Sequence | None]]:
    """(docnums, weights, values or None) of each block of a term's postings, deleted
    documents left out; a posting without a value (a stem's, or a field that keeps
    none) has b"" as its value."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    for ids, weights, vals in _raw_blocks(reader, fieldname, info, values, needed):
        if vals is not None and (not vals or vals[0] is None):
            vals = [b""] * len(ids)
        if deleted:
            keep = [d not in deleted for d in ids]
            ids, weights = list(compress(ids, keep)), list(compress(weights, keep))
            vals = None if vals is None else list(compress(vals, keep))
        yield ids, weights, vals


def _raw_blocks(reader: SegmentReader, fieldname: str, info, values: bool,
                needed: Needed) -> Iterator[tuple[list[int], Sequence[float], Sequence | None]]:
    """Each block of a term's postings as stored: the inlined list, or W3 blocks (those
    not `needed` skipped by their header, neither decompressed nor unpickled)."""
    if info.is_inlined():  # a short list, kept in the term's entry
        ids, weights, vals = info.inlined_postings()
        yield list(ids), weights, vals if values else None
        return
    terms = reader._terms
    m = terms._codec.postings_reader(terms._postfile, info, reader.schema[fieldname].format)
    assert isinstance(m, W3LeafMatcher) and not m._byteids
    lowest = 0  # the block's docnums lie in [lowest, its header's maxid]
    while m.is_active():
        highest = m._maxid
        if needed is None or needed(lowest, highest):
            m._read_data()
            deltas, weights = m._data[0], m._data[1]
            ids = list(accumulate(deltas))  # Whoosh's delta_decode, in C
            if weights is None or isinstance(weights, float):  # all 1.0, or all the same
                weights = [1.0 if weights is None else weights] * len(ids)
            vals = None
            if values:
                m._read_values()
                vals = m._values
            yield ids, weights, vals
        lowest = highest + 1
        m._next_block()
