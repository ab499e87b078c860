"""Reading the pinned Whoosh 2.7.5 codec (W3) below its public API, a block at a time.

Whoosh reads postings one matcher call per posting; the indexer's merges
(`index.postings`) and the query evaluator (`search.matching`) read whole blocks
through these helpers instead. They use private names of whoosh-reloaded 2.7.5
(SegmentReader._terms, W3LeafMatcher's block reads, the length columns), which is
why that version is pinned exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import accumulate

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.reading import SegmentReader


def length_bytes(perdoc, fieldname: str) -> bytes:
    """A segment's field-length column of `fieldname`: one byte per document."""
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    return column._dbfile.get(column._basepos, column._count) if column else b""


def term_blocks(
    reader: SegmentReader, fieldname: str, info
) -> Iterator[tuple[list[int], Sequence[float]]]:
    """(docnums, weights) of a term's postings in one segment, a block at a time,
    deleted documents left out."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    for ids, weights, _ in _blocks(reader, fieldname, info, values=False):
        if deleted:
            kept = [i for i, d in enumerate(ids) if d not in deleted]
            ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
        yield ids, weights


def block_postings(
    reader: SegmentReader, fieldname: str, info, values: bool = False
) -> Iterator[tuple]:
    """(docnum, weight) — with `values`, (docnum, weight, value) — of a term's postings
    in one segment, deleted documents left out."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    for ids, weights, vals in _blocks(reader, fieldname, info, values):
        rows = zip(ids, weights, vals, strict=True) if values else zip(ids, weights, strict=True)
        if deleted:
            yield from (row for row in rows if row[0] not in deleted)
        else:
            yield from rows


def _blocks(reader: SegmentReader, fieldname: str, info,
            values: bool) -> Iterator[tuple[list[int], Sequence[float], Sequence | None]]:
    """(docnums, weights, values or None) of each block of a term's postings."""
    if info.is_inlined():  # a short list, kept in the term's entry
        ids, weights, vals = info.inlined_postings()
        yield list(ids), weights, vals or [b""] * len(ids)
        return
    terms = reader._terms
    m = terms._codec.postings_reader(terms._postfile, info, reader.schema[fieldname].format)
    assert isinstance(m, W3LeafMatcher) and not m._byteids
    while m.is_active():
        m._read_data()
        deltas, weights = m._data[0], m._data[1]
        ids = list(accumulate(deltas))  # Whoosh's delta_decode, in C
        if weights is None or isinstance(weights, float):  # all 1.0, or all the same
            weights = [1.0 if weights is None else weights] * len(ids)
        vals = None
        if values:
            m._read_values()
            vals = m._values or [b""] * len(ids)  # postings without values (stems)
        yield ids, weights, vals
        m._next_block()
