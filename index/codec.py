"""Reading the pinned Whoosh 2.7.5 codec (W3) below its public API, a block at a time.

Whoosh reads postings one matcher call per posting; the indexer's merges
(`index.postings`) and the query evaluator (`search.matching`) read whole blocks
through these helpers instead. They use private names of whoosh-reloaded 2.7.5
(SegmentReader._terms, W3LeafMatcher's block reads, the length columns), which is
why that version is pinned exactly.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.reading import SegmentReader


def length_bytes(perdoc, fieldname: str) -> bytes:
    """A segment's field-length column of `fieldname`: one byte per document."""
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    return column._dbfile.get(column._basepos, column._count) if column else b""


def block_postings(
    reader: SegmentReader, fieldname: str, info, values: bool = False
) -> Iterator[tuple]:
    """(docnum, weight) — with `values`, (docnum, weight, value) — of a term's postings
    in one segment, deleted documents left out; a whole block at a time."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    if info.is_inlined():  # a short list, kept in the term's entry
        ids, weights, vals = info.inlined_postings()
        rows = zip(ids, weights, vals, strict=True) if values else zip(ids, weights, strict=True)
        yield from (row for row in rows if row[0] not in deleted)
        return
    terms = reader._terms
    m = terms._codec.postings_reader(terms._postfile, info, reader.schema[fieldname].format)
    assert isinstance(m, W3LeafMatcher)
    while m.is_active():
        m._read_ids()
        m._read_weights()
        columns = [m._ids, m._weights]
        if values:
            m._read_values()
            columns.append(m._values)
        rows = zip(*columns, strict=True)
        if deleted:
            yield from (row for row in rows if row[0] not in deleted)
        else:
            yield from rows
        m._next_block()
