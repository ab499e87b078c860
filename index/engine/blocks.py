"""Posting lists too long for a term's entry, as W3 blocks, built for a whole field
at once.

A posting list longer than `index.engine.segment_writer.INLINE_MAX` goes to the postings file as
Whoosh's W3PostingsWriter writes it: its magic, then per block of up to `limit`
postings the block's size (negated for the last), a header (the pickle of its count,
last docnum, highest weight, compression and length bytes) and the pickle of
(docnum deltas, weights, values), compressed. Numpy lays out the pickles of every
block of a field in one buffer (`index.engine.pickles`), and only the compression and
the small headers are made a block at a time. New segments and merges alike build
their lists here (`index.engine.segment_writer`).

Indexing only: numpy is imported by the functions, never at import.
"""

from __future__ import annotations

import pickle
import zlib
from itertools import chain, pairwise, repeat

from referat.index.engine import pickles as op  # pickle opcodes, and numpy writers of them
from referat.index.engine.entries import length_byte_range
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_int


def encoded_lists(docs, weights, values: op.Values, starts, terms, valued,
                  lengths: bytes, limit: int, compression: int,
                  fixed_size: int | None) -> list[bytes]:
    """The bytes of the posting list of each term `terms[i]` (a term number;
    `starts[t]:starts[t + 1]` are its postings in `docs`, `weights` and `values`,
    numpy arrays), its values written where `valued[i]`, as Whoosh's W3PostingsWriter
    writes them. `lengths` holds the length byte of each docnum (b"" for a field
    without lengths), `fixed_size` is the format's fixed value size."""
    import numpy as np

    terms = np.asarray(terms, dtype=np.int64)
    if not len(terms):
        return []
    starts = np.asarray(starts, dtype=np.int64)
    begin = starts[terms]
    counts = starts[terms + 1] - begin
    nblocks = -(-counts // limit)
    term = np.repeat(np.arange(len(terms)), nblocks)  # of each block
    firsts = np.cumsum(nblocks) - nblocks  # each term's first block
    nth = np.arange(len(term)) - np.repeat(firsts, nblocks)
    sizes = np.minimum(limit, counts[term] - nth * limit)
    before = np.cumsum(sizes) - sizes  # each block's first posting in the arrays below
    post = op.ranges(begin[term] + nth * limit, sizes)
    owner = np.repeat(np.arange(len(sizes)), sizes)
    ids = docs[post]
    deltas = op.group_deltas(ids, before)
    idw = op.int_widths(deltas)
    idsum = np.add.reduceat(idw, before)

    # weights: None if all are 1, one float if all are the same, else a tuple (ints
    # if whole, else as 32-bit floats, as Whoosh keeps them)
    raw = weights[post]
    whole = raw.dtype.kind == "i"
    found = raw if whole else raw.astype(np.float32).astype(np.float64)
    high, low = np.maximum.reduceat(found, before), np.minimum.reduceat(found, before)
    ones = (high == 1) & (low == 1)
    single = (high == low) & ~ones
    listed = high != low
    ww = (op.int_widths(found) if whole else np.full(len(post), op.FLOAT_WIDTH)) * listed[owner]
    wsum = np.add.reduceat(ww, before)
    wpart = np.where(ones, 1, np.where(single, op.FLOAT_WIDTH, 2 + wsum))

    # values: a tuple of the non-empty ones, None (fixed size 0), or joined
    lens = values.lengths[post]
    valued = np.asarray(valued, dtype=bool)
    keep = valued[term][owner] & (lens > 0)
    content = values.runs(begin[valued], counts[valued])  # = values.joined(post[keep])
    tupled = fixed_size is None or fixed_size < 0
    if tupled:
        vw = np.where(keep, op.bytes_widths(lens), 0)
        vsum = np.add.reduceat(vw, before)
        has = np.add.reduceat(keep.astype(np.int64), before) > 0
        vpart = np.where(has, 2 + vsum, 1)
    elif fixed_size == 0:
        vpart = np.ones(len(sizes), dtype=np.int64)
    else:
        joined = np.add.reduceat(np.where(keep, lens, 0), before)
        vpart = op.bytes_widths(joined)

    total = len(op.PROTO2) + 1 + idsum + 1 + wpart + vpart + 2
    ends = np.cumsum(total)
    at = ends - total
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    out[at], out[at + 1], out[at + 2] = op.PROTO2[0], op.PROTO2[1], op.MARK
    op.write_ints(out, op.places(at + 3, sizes, idw), deltas, idw)
    at = at + 3 + idsum
    out[at] = op.TUPLE
    at = at + 1
    out[at[ones]] = op.NONE
    op.write_floats(out, at[single], high[single])
    if listed.any():
        out[at[listed]] = op.MARK
        mine = listed[owner]
        where = op.places(at[listed] + 1, sizes[listed], ww[mine])
        if whole:
            op.write_ints(out, where, found[mine], ww[mine])
        else:
            op.write_floats(out, where, found[mine])
        out[(at + 1 + wsum)[listed]] = op.TUPLE
    at = at + wpart
    if tupled:
        out[at] = np.where(has, op.MARK, op.EMPTY_TUPLE)
        op.write_bytes(out, op.places(at + 1, sizes, vw)[keep], lens[keep], content)
        out[(at + 1 + vsum)[has]] = op.TUPLE
    elif fixed_size == 0:
        out[at] = op.NONE
    else:
        op.write_bytes(out, at, joined, content)
    at = at + vpart
    out[at], out[at + 1] = op.TUPLE3, op.STOP

    buffer = out.tobytes()
    datas = [buffer[a:b] for a, b in pairwise([0, *ends.tolist()])]
    if compression:
        datas = list(map(zlib.compress, datas, repeat(compression)))
    heads = list(map(pickle.dumps, zip(
        sizes.tolist(), ids[before + sizes - 1].tolist(),
        np.maximum(np.maximum.reduceat(raw, before), 0).astype(np.float64).tolist(),
        repeat(compression), *_length_bytes(lengths, ids, before)), repeat(2)))
    size = (np.fromiter(map(len, heads), dtype=np.int64, count=len(heads))
            + np.fromiter(map(len, datas), dtype=np.int64, count=len(datas)))
    size[firsts + nblocks - 1] *= -1  # a list's last block
    chunks = list(chain.from_iterable(zip(map(pack_int, size.tolist()), heads, datas,
                                          strict=True)))
    return [WHOOSH3_HEADER_MAGIC + b"".join(chunks[3 * a:3 * b])
            for a, b in zip(firsts.tolist(), (firsts + nblocks).tolist(), strict=True)]


def _length_bytes(lengths: bytes, ids, before) -> tuple[list[int], list[int]]:
    """The lowest and highest non-zero length byte of each block's documents (0 if
    none has a length, or the field has no lengths)."""
    if not lengths:
        return [0] * len(before), [0] * len(before)
    lowest, highest = length_byte_range(lengths, ids, before)
    return lowest.tolist(), highest.tolist()
