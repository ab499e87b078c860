"""index.engine.block_arrays reads the postings Whoosh's reader reads, as numpy arrays, and
index.engine.block_reads reads them as lists, as Whoosh's reader does."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import numpy as np
import pytest
from referat.index.engine import block_reads
from referat.index.engine.block_arrays import PostingArrays, _decode
from referat.index.engine.block_reads import _SIZE, _data_start, term_blocks
from referat.index.engine.whoosh_compat import posting_bytes, raw_blocks
from whoosh import index as whoosh_index

from tests.test_segment_writer import _build, documents  # noqa: F401  (a fixture)


def _runs(index_dir, texts: bool = False):
    """Every (segment reader, field, term info) of an index's terms (with the term's
    text after the field when `texts`), and the reader."""
    reader = whoosh_index.open_dir(str(index_dir)).reader()
    segments = reader.leaf_readers() if not reader.is_atomic() else [(reader, 0)]
    runs = [(segment, fieldname, *((text,) if texts else ()), info) for segment, _ in segments
            for (fieldname, text), info in segment._terms.items()]
    return runs, reader


def _every_other_40(lowest: int, highest: int) -> bool:
    """A `needed` that reads the blocks whose lowest docnum lies in every other run of 40."""
    return (lowest // 40) % 2 == 0


@pytest.mark.parametrize("ours", [True, False], ids=["referat's writer", "Whoosh's writer"])
@pytest.mark.parametrize("delete", [False, True], ids=["", "deletions"])
def test_term_blocks_equal_whooshs_matchers(documents, tmp_path, ours, delete):  # noqa: F811
    """term_blocks (the posting list read in one piece) gives the docnums and weights of
    Whoosh's public matcher for every term; with blocks skipped, those of Whoosh's leaf
    matcher skipping the same blocks."""
    ids = tuple(doc["id"] for doc in documents if "id" in doc)[::3] if delete else ()
    half = len(documents) // 2
    index_dir = _build(tmp_path / "ix", [documents[:half], documents[half:]], ours=ours,
                       delete=ids)
    runs, reader = _runs(index_dir, texts=True)
    with reader:
        assert sum(not info.is_inlined() for *_, info in runs) > 100
        assert all(segment.has_deletions() for segment, *_ in runs) == delete
        for segment, fieldname, text, info in runs:
            blocks = list(term_blocks(segment, info))
            m, want = segment.postings(fieldname, text), []
            while m.is_active():
                want.append((m.id(), m.weight()))
                m.next()
            assert [(d, w) for ids_, ws in blocks for d, w in zip(ids_, ws, strict=True)] == want
            skipped = list(term_blocks(segment, info, _every_other_40))
            deleted = segment.deleted_docs_set if delete else set()
            want = [(d, w) for ids_, ws, _ in raw_blocks(segment, fieldname, info, False,
                                                         _every_other_40)
                    for d, w in zip(ids_, ws, strict=True) if d not in deleted]
            assert [(d, w) for ids_, ws in skipped for d, w in zip(ids_, ws, strict=True)] == want


def _assert_same(runs, needed=None) -> None:
    """PostingArrays gives term_blocks' docnums and weights (as 32-bit floats), run by
    run, for every term at once."""
    arrays = PostingArrays()
    want_ids, want_weights, want_counts = [], [], []
    for segment, _, info in runs:
        arrays.add(segment, info, needed)
        blocks = list(term_blocks(segment, info, needed))
        want_ids += [d for ids, _ in blocks for d in ids]
        want_weights += [w for _, weights in blocks for w in weights]
        want_counts.append(sum(len(ids) for ids, _ in blocks))
    ids, weights, counts = arrays.arrays()
    assert counts == want_counts
    assert ids.tolist() == want_ids
    assert weights.tolist() == np.array(want_weights, dtype=np.float32).tolist()


@pytest.mark.parametrize("ours", [True, False], ids=["referat's writer", "Whoosh's writer"])
def test_arrays_equal_whooshs_reader(documents, tmp_path, ours):  # noqa: F811
    """Every term of an index, its blocks all read, or every other run of docnums."""
    runs, reader = _runs(_build(tmp_path / "ix", [documents], ours=ours))
    with reader:
        assert sum(not info.is_inlined() for _, _, info in runs) > 100
        _assert_same(runs)
        _assert_same(runs, needed=_every_other_40)


def test_deleted_documents_are_left_out(documents, tmp_path):  # noqa: F811
    ids = [doc["id"] for doc in documents if "id" in doc][::3]
    half = len(documents) // 2
    index_dir = _build(tmp_path / "ix", [documents[:half], documents[half:]], ours=True,
                       delete=tuple(ids))
    runs, reader = _runs(index_dir)
    with reader:
        assert reader.has_deletions() and len({id(s) for s, _, _ in runs}) == 2
        _assert_same(runs)


def test_referats_blocks_are_decoded_by_numpy(documents, tmp_path):  # noqa: F811
    """Nearly every block referat's writer makes is decoded from its bytes, not
    unpickled; a block of Whoosh's own writer is unpickled."""
    share = {}
    for ours in (True, False):
        runs, reader = _runs(_build(tmp_path / str(ours), [documents], ours=ours))
        with reader:
            arrays = PostingArrays()
            for segment, _, info in runs:
                if not info.is_inlined():
                    arrays.add(segment, info)
            counts = np.array(arrays._counts)
            share[ours] = _decode(arrays._blocks, counts)[0].mean()
    assert share[True] > 0.9
    assert share[False] == 0



@pytest.mark.parametrize("ours", [True, False], ids=["referat's writer", "Whoosh's writer"])
def test_block_data_starts_where_whoosh_reads_it(documents, tmp_path, ours,  # noqa: F811
                                                 monkeypatch):
    """Every block of every posting list: its data starts where pickling its header
    again says (the length Whoosh's reader learns by reading the pickle), and no
    header is pickled again to learn it."""
    runs, reader = _runs(_build(tmp_path / "ix", [documents], ours=ours))
    pickled_again = []
    monkeypatch.setattr(block_reads, "pickle", SimpleNamespace(
        loads=pickle.loads, dumps=lambda *a: pickled_again.append(a) or pickle.dumps(*a)))
    blocks = 0
    with reader:
        for segment, _, info in runs:
            if info.is_inlined():
                continue
            raw = posting_bytes(segment, info)
            pos, size = 4, 0
            while size >= 0:
                (size,) = _SIZE.unpack_from(raw, pos)
                end = pos + 4 + abs(size)
                header = pickle.loads(raw[pos + 4:end])
                want = pos + 4 + len(pickle.dumps(header, 2))
                assert _data_start(raw, pos + 4, header) == want
                pos, blocks = end, blocks + 1
    assert blocks > 100
    assert not pickled_again


@pytest.mark.parametrize("header", [(5, 300, 2.0, 1, 3, 9), (5, 70000, 2.0, 1, 3, 9),
                                    (300, 70000, 2.0, 1, 3, 9), (5, 70000, 2, 1, 3, 9),
                                    (5, 1 << 40, 2.0, 1, 3, 9), (5, 90, 2.0, 1, 300, 9)])
def test_a_header_outside_the_common_layout(header):
    """A header of any numbers: its data starts after its pickle."""
    head = pickle.dumps(header, 2)
    raw = b"size" + head + b"\x78\x9cdata"
    assert _data_start(raw, 4, header) == 4 + len(head)
