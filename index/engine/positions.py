"""Positions as Whoosh's Positions format encodes them (a packed count, then the
pickle of the deltas), for the phrase fields: written many lists at once (numpy, the
indexer), read one value at a time (the phrase matcher). Whoosh's own
`Positions.encode` and `decode_positions` make and read the same bytes.
"""

from __future__ import annotations

import pickle
from itertools import accumulate, pairwise
from operator import sub

from referat.index.engine.pickles import group_deltas, int_widths, places, write_ints
from referat.index.engine.whoosh_compat import INT_SIZE
from whoosh.system import pack_uint


def _encode_positions(poslist: list[int]) -> bytes:
    deltas = [poslist[0], *map(sub, poslist[1:], poslist)] if poslist else []
    return pack_uint(len(deltas)) + pickle.dumps(deltas, 2)


_PICKLED_LIST = b"\x80\x02]q\x00"  # pickle protocol 2: a list, memoized as 0
_BATCH = 1000  # pickle's batch of list items: a longer list has more than one


def encode_position_lists(positions, starts):
    """`_encode_positions` of each list positions[starts[i]:starts[i + 1]] (numpy
    integer arrays; `starts` ends with len(positions)), the same bytes, built for all
    lists at once, and given one after another: (a uint8 array, the length of each).
    The pickle of a list of small ints is a fixed frame around one opcode and 1, 2
    or 4 bytes per int (K, M, J)."""
    import numpy as np  # indexing only

    starts = np.asarray(starts, dtype=np.int64)
    sizes = np.diff(starts)
    if not len(sizes):
        return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64)
    if sizes.max() > _BATCH:
        encoded = [_encode_positions(positions[a:b].tolist())
                   for a, b in pairwise(starts.tolist())]
        return (np.frombuffer(b"".join(encoded), dtype=np.uint8),
                np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
    firsts = starts[:-1]
    deltas = group_deltas(np.asarray(positions, dtype=np.int64), firsts)
    widths = int_widths(deltas)  # K, M or J and 1, 2 or 4 bytes
    several = (sizes > 1).astype(np.int64)  # a MARK ... APPENDS list, else one APPEND
    head = INT_SIZE + len(_PICKLED_LIST)
    lengths = head + several + np.add.reduceat(widths, firsts) + 2
    ends = np.cumsum(lengths)
    begins = ends - lengths
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    for k in range(INT_SIZE):  # the count, big-endian (pack_uint)
        out[begins + k] = (sizes >> (8 * (INT_SIZE - 1 - k))) & 0xFF
    for k, byte in enumerate(_PICKLED_LIST):
        out[begins + INT_SIZE + k] = byte
    out[begins[sizes > 1] + head] = ord("(")
    write_ints(out, places(begins + head + several, sizes, widths), deltas, widths)
    out[ends - 2] = np.where(sizes > 1, ord("e"), ord("a"))
    out[ends - 1] = ord(".")
    return out, lengths


def decode_positions(value: bytes) -> tuple[int, ...]:
    """The positions `_encode_positions` wrote (Whoosh's `Positions.decode_positions`,
    which also accepts a value without pickle's final "."); b"" has none."""
    if not value:
        return ()
    body = value[INT_SIZE:] if value.endswith(b".") else value[INT_SIZE:] + b"."
    return tuple(accumulate(pickle.loads(body)))
