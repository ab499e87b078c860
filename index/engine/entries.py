"""Term entries that hold their own postings, built for a whole field at once.

A term with few postings keeps them in its entry in the term table: Whoosh's
`W3TermInfo` struct (its statistics), then the pickle of (docnums, weights, values).
Most terms are such short lists, and building each entry in Python (slices, tuples,
a pickle call, a struct) was most of writing them. Here numpy lays out every entry of
a field in one buffer: the statistics by reductions over the sorted postings, the
pickles of (docnums, weights, values) as opcodes (`index.engine.pickles`), and the buffer
is cut into entries.

Indexing only: numpy is imported by the functions, never at import.
"""

from __future__ import annotations

from itertools import pairwise

from referat.index.engine.pickles import (
    EMPTY_TUPLE,
    FLOAT_WIDTH,
    MARK,
    PROTO2,
    STOP,
    TUPLE,
    TUPLE3,
    Values,
    bytes_widths,
    int_widths,
    places,
    ranges,
    write_bytes,
    write_floats,
    write_ints,
)
from referat.index.engine.whoosh_compat import TERM_INFO

# W3TermInfo's struct ("!BfIBBfII") as a numpy record.
_HEAD = [("inlined", "u1"), ("weight", ">f4"), ("df", ">u4"), ("minlength", "u1"),
         ("maxlength", "u1"), ("maxweight", ">f4"), ("minid", ">u4"), ("maxid", ">u4")]
HEAD_SIZE = TERM_INFO.size


def entry_heads(counts, docs, weights, lengths: bytes):
    """The struct of every term's inlined entry (a uint8 array, HEAD_SIZE bytes per
    term): `counts` postings per term, `docs` and `weights` sorted by term (numpy),
    `lengths` a length byte per docnum (b"" for a field without lengths)."""
    import numpy as np

    first = np.cumsum(counts) - counts
    head = np.zeros(len(counts), dtype=_HEAD)
    if len(counts):
        head["inlined"] = 1
        head["weight"] = np.add.reduceat(weights, first)
        head["df"] = counts
        if lengths:
            head["minlength"], head["maxlength"] = length_byte_range(lengths, docs, first)
        head["maxweight"] = np.maximum.reduceat(weights, first)
        head["minid"] = docs[first]
        head["maxid"] = docs[first + counts - 1]
    return head.view(np.uint8)


def length_byte_range(lengths: bytes, docs, firsts):
    """The lowest and highest non-zero length byte (0 if none) of the documents of
    each group of `docs` (groups starting at `firsts`); `lengths` holds a length byte
    per docnum."""
    import numpy as np

    found = np.frombuffer(lengths, dtype=np.uint8)[docs].astype(np.int64)
    highest = np.maximum.reduceat(found, firsts)
    found[found == 0] = 256
    return np.minimum.reduceat(found, firsts) % 256, highest


def inlined_entries(heads, docs, weights, values: Values, starts, terms,
                    valued) -> list[bytes]:
    """The entry of each term `terms[i]` (a term number; `starts[t]:starts[t + 1]` are
    its postings in `docs`, `weights` and `values`), its values written where
    `valued[i]` and any is non-empty: `entry_heads` then the pickle of its postings.
    A term may be listed twice, with and without its values (an exact form and its
    twin)."""
    import numpy as np

    terms = np.asarray(terms, dtype=np.int64)
    if not len(terms):
        return []
    begin = np.asarray(starts, dtype=np.int64)[terms]
    sizes = np.asarray(starts, dtype=np.int64)[terms + 1] - begin
    before = np.cumsum(sizes) - sizes  # each entry's first posting in the lists below
    post = ranges(begin, sizes)
    ids = docs[post]
    idw = int_widths(ids)
    lens = values.lengths[post]
    owner = np.repeat(np.arange(len(terms)), sizes)
    # Every posting's value is written, b"" too: Whoosh's reader gives "" (a str) for
    # the postings of an entry without values, and its merge takes only bytes.
    has = np.asarray(valued, dtype=bool)
    keep = has[owner]  # postings whose values are written
    vw = np.where(keep, bytes_widths(lens), 0)
    found = weights[post]
    whole = found.dtype.kind == "i"
    ww = int_widths(found) if whole else np.full(len(post), FLOAT_WIDTH)
    idsum, wsum = np.add.reduceat(idw, before), np.add.reduceat(ww, before)
    vsum = np.add.reduceat(vw, before)
    total = HEAD_SIZE + 2 + (1 + idsum + 1) + (1 + wsum + 1) + np.where(
        has, 2 + vsum, 1) + 2
    ends = np.cumsum(total)
    base = ends - total
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    out[base[:, None] + np.arange(HEAD_SIZE)] = heads.reshape(-1, HEAD_SIZE)[terms]
    at = base + HEAD_SIZE
    out[at], out[at + 1], out[at + 2] = PROTO2[0], PROTO2[1], MARK
    write_ints(out, places(at + 3, sizes, idw), ids, idw)
    at = at + 3 + idsum
    out[at], out[at + 1] = TUPLE, MARK
    at = at + 2
    if whole:
        write_ints(out, places(at, sizes, ww), found, ww)
    else:
        write_floats(out, places(at, sizes, ww), found)
    at = at + wsum
    out[at] = TUPLE
    out[at + 1] = np.where(has, MARK, EMPTY_TUPLE)
    if has.any():
        write_bytes(out, places(at + 2, sizes, vw)[keep], lens[keep],
                    values.joined(post[keep]))
        out[(at + 2 + vsum)[has]] = TUPLE
    out[ends - 2], out[ends - 1] = TUPLE3, STOP
    buffer = out.tobytes()
    return [buffer[a:b] for a, b in pairwise([0, *ends.tolist()])]
