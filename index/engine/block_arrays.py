"""Terms' postings read from their W3 blocks straight into numpy arrays, many terms at once.

`index.engine.block_reads.term_blocks` hands out a block's docnums and weights as Python
lists: each posting becomes a Python int twice (unpickled as a delta, then added up)
before the dense OR (`search.dense`) would copy it into an array. Here the needed blocks
of a term's posting list (`block_reads.stored_blocks`, the header walk both share) are
kept as bytes, and the blocks of every term of an OR are decoded together by numpy,
from the pickles' bytes.

`index.engine.blocks` lays out a block's pickle by opcode (`index.engine.pickles`):
PROTO 2, MARK, the docnum deltas, TUPLE, then the weights: NONE (all 1), BINFLOAT (all
the same) or MARK, one number each, TUPLE. A block whose deltas are all BININT1 (below
256: nearly every block of a long list) and whose weights are NONE, one BINFLOAT or all
BININT1 is decoded here, each of those opcodes checked where the pickle has it; any other
block (a wider number, a pickle of Whoosh's own writer) is unpickled, as Whoosh reads it.
"""

from __future__ import annotations

import pickle
from itertools import chain, repeat

import numpy as np
from referat.index.engine import pickles as op
from referat.index.engine.block_reads import stored_blocks
from referat.index.engine.whoosh_compat import Needed, posting_bytes


class PostingArrays:
    """Terms' postings, a run per term and segment, gathered a block at a time (`add`)
    and decoded together (`arrays`)."""

    def __init__(self) -> None:
        # Per block: its pickled data, or (docnums, weights) of an inlined list.
        self._blocks: list[bytes | tuple] = []
        self._counts: list[int] = []  # postings per block
        self._runs: list[tuple[int, frozenset | set]] = []  # (blocks, deleted docnums)

    def add(self, reader, info, needed: Needed = None) -> None:
        """A term's postings in one segment (`info`, its TermInfo there), as a run;
        blocks not `needed` are skipped unread."""
        first = len(self._blocks)
        if info.is_inlined():  # a short list, kept in the term's entry
            ids, weights, _ = info.inlined_postings()
            self._blocks.append((ids, weights))
            self._counts.append(len(ids))
        else:
            for count, data in stored_blocks(posting_bytes(reader, info), needed):
                self._blocks.append(data)
                self._counts.append(count)
        deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
        self._runs.append((len(self._blocks) - first, deleted))

    def arrays(self) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """(segment docnums, weights as Whoosh's 32-bit floats in float64, postings per
        run): every run's postings in the order added, deleted documents left out."""
        counts = np.array(self._counts, dtype=np.int64)
        firsts = np.cumsum(counts) - counts  # each block's first posting
        ids = np.empty(int(counts.sum()), dtype=np.int64)
        weights = np.empty(len(ids), dtype=np.float32)
        pickled = [i for i, block in enumerate(self._blocks) if type(block) is bytes]
        decoded = _decode([self._blocks[i] for i in pickled], counts[pickled])
        fast = np.array(pickled, dtype=np.int64)[decoded[0]]
        at = op.ranges(firsts[fast], counts[fast])
        ids[at], weights[at] = decoded[1], decoded[2]
        done = set(fast.tolist())
        slow = [i for i in range(len(self._blocks)) if i not in done]
        if slow:
            at = op.ranges(firsts[slow], counts[slow])
            ids[at], weights[at] = _unpickled([self._blocks[i] for i in slow], counts[slow])
        return _without_deleted(ids, weights.astype(np.float64), counts, self._runs)


def _decode(datas: list[bytes], counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(which of the blocks were decoded, as a bool array; their docnums; their
    weights as float32) of the blocks' pickled data laid out as the module says. A
    block's first delta is its first docnum: BININT1, BININT2 or BININT."""
    sizes = np.array([len(d) for d in datas], dtype=np.int64)
    ends = np.cumsum(sizes)
    s = ends - sizes  # where each block starts in buf
    c = counts
    # Past the blocks, BININT1 opcodes: the weights of blocks that list none are read
    # there (and replaced), so one test checks every listed number.
    pad = 16 + 4 * int(c.max(initial=0))  # every index read below lies in buf
    buf = np.frombuffer(b"".join(datas) + bytes([op.BININT1]) * pad, dtype=np.uint8)
    after = buf[1:]  # after[i] is the byte after buf[i]
    lead = buf[s + 3]  # the first docnum's opcode, and its width
    width = np.select([lead == op.BININT1, lead == op.BININT2, lead == op.BININT], [2, 3, 5], 0)
    w = s + 2 + width + 2 * c  # the weights' first opcode, after the deltas' TUPLE
    kind = buf[w]
    listed = kind == op.MARK
    single = kind == op.BINFLOAT
    last = np.where(listed, w + 1 + 2 * c, np.where(single, w + 8, w))
    ok = ((buf[s] == op.PROTO2[0]) & (buf[s + 1] == op.PROTO2[1]) & (buf[s + 2] == op.MARK)
          & (width > 0) & (buf[w - 1] == op.TUPLE) & (last < ends)
          & ((width < 5) | (buf[s + 7] < 0x80))  # a BININT docnum below 2**31, as all are
          & ((kind == op.NONE) | single | (listed & (buf[last] == op.TUPLE))))
    firsts = np.cumsum(c) - c  # each block's first posting
    twice = np.arange(0, 2 * int(c.sum()), 2, dtype=np.int64)
    at = twice + np.repeat(s + 1 + width - 2 * firsts, c)  # a delta's opcode (not the first's)
    wat = twice + np.repeat(np.where(listed, w + 1, len(buf) - pad) - 2 * firsts, c)
    bad = buf[at] != op.BININT1
    bad[firsts] = False  # the first docnum's opcode: `width`
    bad |= buf[wat] != op.BININT1
    ok[np.searchsorted(firsts, np.flatnonzero(bad), side="right") - 1] = False
    deltas = after[at]
    deltas[firsts] = 0
    total = np.cumsum(deltas, dtype=np.int64)
    little = buf[s[:, None] + 4 + np.arange(4)].astype(np.int64)  # the first docnum's bytes
    first = (little[:, 0] + (width > 2) * (little[:, 1] << 8)
             + (width > 3) * ((little[:, 2] << 16) + (little[:, 3] << 24)))
    ids = total + np.repeat(first - total[firsts], c)
    weights = after[wat].astype(np.float32)
    same = ~listed  # all 1, or one BINFLOAT
    if same.any():
        value = np.ones(len(c), dtype=np.float32)
        single &= ok  # (another block's byte there is no float)
        value[single] = buf[w[single, None] + 1 + np.arange(8)].copy().view(">f8")[:, 0]
        weights[op.ranges(firsts[same], c[same])] = np.repeat(value[same], c[same])
    if not ok.all():
        keep = np.repeat(ok, c)
        ids, weights = ids[keep], weights[keep]
    return ok, ids, weights


def _unpickled(blocks: list[bytes | tuple], counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(docnums, weights as float64) of blocks `_decode` leaves: pickled data unpickled as
    Whoosh reads it, its docnum deltas added up within each block by one `cumsum`; an
    inlined list's (docnums, weights) as they are."""
    parts = [pickle.loads(block)[:2] if type(block) is bytes else block for block in blocks]
    numbers = [p[0] for p in parts]  # docnum deltas of a pickled block, docnums of a list
    if list(map(len, numbers)) != counts.tolist():
        raise ValueError("a block's postings differ from its header's count")
    total = int(counts.sum())
    values = np.fromiter(chain.from_iterable(numbers), dtype=np.int64, count=total)
    deltas = np.repeat(np.array([type(b) is bytes for b in blocks]), counts)
    summed = np.concatenate(([0], np.cumsum(np.where(deltas, values, 0))))
    firsts = np.cumsum(counts) - counts
    ids = np.where(deltas, summed[1:] - np.repeat(summed[firsts], counts), values)
    weights = [repeat(1.0 if w is None else w, n) if w is None or isinstance(w, float) else w
               for (_, w), n in zip(parts, counts.tolist(), strict=True)]
    if any(len(w) != n for w, n in zip(weights, counts.tolist(), strict=True)
           if type(w) is not repeat):
        raise ValueError("a block's weights differ from its header's count")
    return ids, np.fromiter(chain.from_iterable(weights), dtype=np.float64, count=total)


def _without_deleted(ids: np.ndarray, weights: np.ndarray, counts: np.ndarray,
                     runs: list[tuple[int, frozenset | set]]
                     ) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The postings of deleted documents left out of each run's; (ids, weights,
    postings per run)."""
    blocks = np.cumsum([0] + [n for n, _ in runs])  # each run's first block, and the end
    postings = np.concatenate(([0], np.cumsum(counts)))  # before each block
    per_run = np.diff(postings[blocks]).tolist()
    if not any(deleted for _, deleted in runs):
        return ids, weights, per_run
    keep = np.ones(len(ids), dtype=bool)
    start = 0
    for i, (n, (_, deleted)) in enumerate(zip(per_run, runs, strict=True)):
        if deleted:
            keep[start:start + n] = ~np.isin(ids[start:start + n], list(deleted))
            per_run[i] = int(keep[start:start + n].sum())
        start += n
    return ids[keep], weights[keep], per_run
