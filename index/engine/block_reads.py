"""Reading the pinned Whoosh 2.7.5 codec (W3) below its public API, a block at a time.

Whoosh reads postings one matcher call per posting; the indexer's merges
(`index.engine.segment_writer`) and the query evaluator (`search.matching`) read whole blocks
through these helpers instead, which read the blocks with private names of
whoosh-reloaded 2.7.5 (`index.engine.whoosh_compat.raw_blocks`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from referat.index.engine.whoosh_compat import Needed, raw_blocks
from whoosh.reading import SegmentReader


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


def _blocks(reader: SegmentReader, fieldname: str, info, values: bool,
            needed: Needed = None) -> Iterator[tuple[list[int], Sequence[float], Sequence | None]]:
    """(docnums, weights, values or None) of each block of a term's postings, deleted
    documents left out; a posting without a value (a stem's, or a field that keeps
    none) has b"" as its value."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    for ids, weights, vals in raw_blocks(reader, fieldname, info, values, needed):
        if vals is not None and (not vals or vals[0] is None):
            vals = [b""] * len(ids)
        if deleted:
            keep = [d not in deleted for d in ids]
            ids, weights = list(compress(ids, keep)), list(compress(weights, keep))
            vals = None if vals is None else list(compress(vals, keep))
        yield ids, weights, vals


