"""Pickles of postings laid out by numpy, many in one buffer.

A term's entry (`index.engine.entries`) and a block of a posting list (`index.engine.blocks`) hold
the pickle of a tuple of tuples: docnums, weights, values (an exact form's values are
pickled lists of positions, `index.schema.encode_position_lists`). Pickling them one
at a time was most of writing the postings; here numpy writes the opcodes `pickle.loads`
reads (PROTO, MARK ... TUPLE, BININT*, BINFLOAT, SHORT_BINBYTES / BINBYTES, TUPLE3,
STOP) for every pickle of a field at once, an array of places at a time.

Indexing only: numpy is imported by the functions, never at import.
"""

from __future__ import annotations

from typing import Any, NamedTuple

PROTO2 = b"\x80\x02"
MARK, TUPLE, EMPTY_TUPLE, TUPLE3, STOP, NONE = 40, 116, 41, 0x87, 46, 78
BININT1, BININT2, BININT, BINFLOAT = 75, 77, 74, 71  # K, M, J, G
SHORT_BINBYTES, BINBYTES = 67, 66  # C, B
FLOAT_WIDTH = 9  # BINFLOAT and 8 bytes


def whole_weights(weights: Any):
    """Posting weights (a list or an array) as a numpy array, of ints when every
    weight is a whole number (a term's frequency in a text, the usual case): an int
    pickles in 2 or 3 bytes where a float takes 9, which made weights half of the
    bytes of every block to compress. Whoosh's reader takes the weights as pickled,
    and an int weighs the same as its float in every sum and score."""
    import numpy as np

    array = np.array(weights)  # ints if every weight is an int
    if array.dtype.kind == "f" and len(array) and np.array_equal(array, np.floor(array)):
        array = array.astype(np.int64)
    if array.dtype.kind == "i" and len(array) and array.max() >= 2**31:  # BININT's limit
        array = array.astype(np.float64)
    return array


def group_deltas(numbers, firsts):
    """Each of `numbers` less the one before it, but the first of each group (at
    `firsts`) as it is: docnums and positions as Whoosh stores them."""
    import numpy as np

    deltas = np.diff(numbers, prepend=0)
    deltas[firsts] = numbers[firsts]
    return deltas


def int_widths(numbers):
    """The bytes pickle writes for each of `numbers` (ints from 0 to 2**31 - 1):
    BININT1, BININT2 or BININT and its 1, 2 or 4 bytes."""
    import numpy as np

    return np.where(numbers < 0x100, 2, np.where(numbers < 0x10000, 3, 5))


def bytes_widths(lengths):
    """The bytes pickle writes for bytes objects of `lengths`: SHORT_BINBYTES and a
    length byte, or BINBYTES and 4, then the content."""
    import numpy as np

    return np.where(lengths < 0x100, 2, 5) + lengths


def ranges(starts, lengths):
    """The indices of ranges, one range after another: `lengths[i]` of them from
    `starts[i]` on (int arrays)."""
    import numpy as np

    return (np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
            + np.arange(int(lengths.sum())))


def places(starts, sizes, widths):
    """Where each item goes, in groups of `sizes` consecutive items: group g's first
    at `starts[g]`, each item `widths` bytes after the one before it."""
    import numpy as np

    taken = np.cumsum(widths) - widths
    first = np.concatenate(([0], np.cumsum(widths)))[np.cumsum(sizes) - sizes]
    return np.repeat(starts - first, sizes) + taken


def write_ints(out, at, numbers, widths) -> None:
    """Write each of `numbers` at its place in `at` (`int_widths`: the opcode, then
    1, 2 or 4 little-endian bytes)."""
    import numpy as np

    out[at] = np.select([widths == 2, widths == 3], [BININT1, BININT2], BININT)
    for k in range(4):
        wide = widths > k + 1
        out[at[wide] + 1 + k] = (numbers[wide] >> (8 * k)) & 0xFF


def write_floats(out, at, numbers) -> None:
    """Write each of `numbers` at its place in `at` (BINFLOAT, 8 big-endian bytes)."""
    import numpy as np

    out[at] = BINFLOAT
    out[at[:, None] + 1 + np.arange(8)] = (
        numbers.astype(">f8").view(np.uint8).reshape(-1, 8))


def write_bytes(out, at, lengths, content) -> None:
    """Write bytes objects of `lengths`, their `content` joined (a uint8 array), each
    at its place in `at` (`bytes_widths`)."""
    import numpy as np

    short = lengths < 0x100
    out[at] = np.where(short, SHORT_BINBYTES, BINBYTES)
    out[at + 1] = lengths & 0xFF
    for k in (1, 2, 3):
        out[at[~short] + 1 + k] = (lengths[~short] >> (8 * k)) & 0xFF
    out[ranges(at + np.where(short, 2, 5), lengths)] = content


class Values(NamedTuple):
    """The values of a field's postings (positions, or fixed-size values), in term
    order, as one buffer, each value where the one before ends: no bytes object per
    posting (making, measuring and joining a million of them was a tenth of writing
    the postings)."""

    data: Any  # uint8 array: every value, one after another
    starts: Any  # int64 array: where each posting's value starts in `data`
    lengths: Any  # int64 array: its length (0: no value)

    @classmethod
    def of(cls, values: list[bytes]) -> Values:
        """The buffer of a list of values."""
        import numpy as np

        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        return cls(np.frombuffer(b"".join(values), dtype=np.uint8),
                   np.cumsum(lengths) - lengths, lengths)

    def joined(self, postings):
        """The values of `postings` (an index array), one after another (uint8)."""
        return self.data[ranges(self.starts[postings], self.lengths[postings])]

    def runs(self, firsts, counts):
        """The values of the runs of postings `firsts[i]` to `firsts[i] + counts[i] - 1`
        (counts > 0), one after another (uint8): a slice of `data` per run, as each
        posting's value starts where the one before ends (a long list's values: a
        few large runs, not an index per byte)."""
        import numpy as np

        if not len(firsts):
            return self.data[:0]
        lasts = firsts + counts - 1
        ends = (self.starts[lasts] + self.lengths[lasts]).tolist()
        data = self.data
        return np.concatenate([data[a:b] for a, b in zip(self.starts[firsts].tolist(), ends,
                                                          strict=True)])

    def tolist(self) -> list[bytes]:
        """Every posting's value as bytes."""
        data = self.data.tobytes()
        return [data[a:a + n] for a, n in zip(self.starts.tolist(), self.lengths.tolist(),
                                               strict=True)]
