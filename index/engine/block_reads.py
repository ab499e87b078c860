"""Reading the pinned Whoosh 2.7.5 codec (W3) below its public API, a block at a time.

Whoosh reads postings one matcher call per posting; the indexer's merges
(`index.engine.segment_writer`) and the query evaluator (`search.matching`) read whole blocks
through these helpers instead. A term's docnums and weights (`term_blocks`) are read from its
posting list in one piece (`whoosh_compat.posting_bytes`), its block headers walked with
`struct` and `pickle` (`stored_blocks`, which `index.engine.block_arrays` shares); values
(`value_blocks`) are read through Whoosh's own leaf matcher (`whoosh_compat.raw_blocks`).
"""

from __future__ import annotations

import pickle
import struct
import zlib
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress

from referat.index.engine.whoosh_compat import Needed, posting_bytes, raw_blocks
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.reading import SegmentReader

_SIZE = struct.Struct("!i")  # a block's size (negated for a list's last block)
_HEAD_END = pickle.TUPLE + pickle.BINPUT + b"\x00" + pickle.STOP  # a block header's end


def term_blocks(
    reader: SegmentReader, info, needed: Needed = None
) -> Iterator[tuple[list[int], Sequence[float]]]:
    """(docnums, weights) of a term's postings in one segment, a block at a time,
    deleted documents left out; blocks not `needed` are skipped unread."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    if info.is_inlined():  # a short list, kept in the term's entry
        ids, weights, _ = info.inlined_postings()
        blocks: Iterator = iter([_block_lists((ids, weights), len(ids))])
    else:
        blocks = (_block_lists(data, count)
                  for count, data in stored_blocks(posting_bytes(reader, info), needed))
    for ids, weights in blocks:
        if deleted:
            keep = [d not in deleted for d in ids]
            ids, weights = list(compress(ids, keep)), list(compress(weights, keep))
        yield ids, weights


def value_blocks(
    reader: SegmentReader, fieldname: str, info, needed: Needed = None
) -> Iterator[tuple[list[int], Sequence[float], Sequence[bytes]]]:
    """(docnums, weights, values as bytes) of a term's postings in one segment, a
    block at a time, deleted documents left out; blocks not `needed` are skipped.
    A posting without a value (a stem's, or a field that keeps none) has b"" as its
    value."""
    deleted = reader.deleted_docs_set if reader.has_deletions() else ()
    for ids, weights, vals in raw_blocks(reader, fieldname, info, True, needed):
        if not vals or vals[0] is None:
            vals = [b""] * len(ids)
        if deleted:
            keep = [d not in deleted for d in ids]
            ids, weights = list(compress(ids, keep)), list(compress(weights, keep))
            vals = list(compress(vals, keep))
        yield ids, weights, vals


def stored_blocks(raw: bytes, needed: Needed = None) -> Iterator[tuple[int, bytes]]:
    """(postings, pickled data decompressed) of each needed block of a posting list
    (`whoosh_compat.posting_bytes`): the size, header and data of each, as Whoosh's
    W3LeafMatcher reads them; blocks not `needed` are skipped by their header."""
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a W3 posting list: {raw[:4]!r}")
    view = memoryview(raw)
    pos, lowest = 4, 0  # a block's docnums lie in [lowest, its header's last docnum]
    while True:
        (size,) = _SIZE.unpack_from(raw, pos)
        end = pos + 4 + abs(size)
        header = pickle.loads(view[pos + 4:end])  # (count, last docnum, ..., compression, ..)
        count, highest, _, compression = header[:4]
        if needed is None or needed(lowest, highest):
            data = view[_data_start(raw, pos + 4, header):end]
            yield count, zlib.decompress(data) if compression else bytes(data)
        if size < 0:
            return
        pos, lowest = end, highest + 1


def _data_start(raw: bytes, start: int, header: tuple) -> int:
    """Where a block's data starts, after its header (pickled at `start` with protocol 2,
    as Whoosh writes it: PROTO, MARK, the six numbers, TUPLE, BINPUT 0, STOP).

    The header's length follows from its numbers: a count below 256 (BININT1), the last
    docnum as BININT1, BININT2 or BININT, the highest weight a float (BINFLOAT) and three
    numbers below 256 (compression, length bytes), checked by the header's last bytes
    where that length puts them. Any other header is pickled again to learn its length."""
    count, highest, weight = header[:3]
    if count < 256 and type(weight) is float and 0 <= highest < 1 << 31:
        stop = start + (29 if highest > 0xFFFF else 27 if highest > 0xFF else 26)
        if raw[stop - 4:stop] == _HEAD_END:
            return stop
    return start + len(pickle.dumps(header, 2))


def _block_lists(block: bytes | tuple, count: int) -> tuple[list[int], Sequence[float]]:
    """A block's docnums and weights as Whoosh's reader has them (`whoosh_compat.raw_blocks`):
    from its pickled data (`stored_blocks`), or an inlined list's (docnums, weights)."""
    if type(block) is bytes:
        deltas, weights = pickle.loads(block)[:2]
        ids = list(accumulate(deltas))
    else:
        ids, weights = list(block[0]), block[1]
    if weights is None or isinstance(weights, float):  # all 1.0, or all the same
        weights = [1.0 if weights is None else weights] * len(ids)
    if len(ids) != count or len(weights) != count:
        raise ValueError(f"a block of {len(ids)} postings, its header says {count}")
    return ids, weights
