"""index.engine.segment_writer writes and merges exactly the postings Whoosh's own writer does."""

from __future__ import annotations

import io
import pickle
import random
import zlib
from collections import defaultdict
from pathlib import Path

import pytest
from referat.index import analysis
from referat.index.analysis import (
    EXACT_PREFIX,
    danish_analyzer,
    exact_positions,
    holds_term,
    term_counts,
)
from referat.index.documents import item_documents
from referat.index.engine import segment_writer
from referat.index.engine.block_reads import value_blocks
from referat.index.engine.blocks import encoded_lists
from referat.index.engine.entries import entry_heads, inlined_entries
from referat.index.engine.pickles import Values, whole_weights
from referat.index.engine.positions import encode_position_lists
from referat.index.engine.segment_writer import INLINE_MAX, SegmentWriter
from referat.index.engine.whoosh_compat import index_segments
from referat.index.schema import TEXT_FIELDS, build_schema, phrase_field
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Existence, Frequency, Positions
from whoosh.system import pack_int, pack_long, unpack_int
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import OPTIMIZE

from tests.conftest import parsed_meetings


@pytest.fixture(scope="module")
def documents(corpus: Path) -> list[dict]:
    """The items of 30 Greve meetings and two other layouts, as index documents."""
    paths = sorted((corpus / "greve").glob("*.json"))[:30]
    paths += [next((corpus / "albertslund").glob("*.txt")),
              next((corpus / "aarhus").glob("*.html"))]
    docs = []
    for path, meeting in parsed_meetings(paths):
        docs += item_documents(meeting, path.name, str(path))
    return docs


def _postings(index_dir: Path) -> dict:
    """Every term of a one-segment index: its postings and its entry's statistics."""
    out = {}
    with whoosh_index.open_dir(str(index_dir)).reader() as reader:
        assert reader.is_atomic()
        for (fieldname, btext), info in reader._terms.items():
            # the term table's hash finds the entry the file lists
            found = reader._terms.term_info(fieldname, btext)
            assert vars(found) == vars(info)
            rows = [(d, w, v or b"")
                    for block in value_blocks(reader, fieldname, info)
                    for d, w, v in zip(*block, strict=True)]
            out[fieldname, btext] = (rows, info.doc_frequency(), info.weight(),
                                     info.min_length(), info.max_length(),
                                     info.max_weight(), info.min_id(), info.max_id())
    return out


def _postings_files(index_dir: Path) -> dict[str, bytes]:
    """The term table and postings file of a one-segment index, as bytes."""
    ix = whoosh_index.open_dir(str(index_dir))
    [segment] = index_segments(ix)
    storage = segment.open_compound_file(ix.storage) if segment.is_compound() else ix.storage
    return {ext: storage.open_file(segment.make_filename(ext)).read()
            for ext in (W3Codec.TERMS_EXT, W3Codec.POSTS_EXT)}


def _build(index_dir: Path, batches: list[list[dict]], ours: bool,
           delete: tuple[str, ...] = (), optimize: bool = False) -> Path:
    index_dir.mkdir()
    ix = whoosh_index.create_in(str(index_dir), build_schema())
    for batch in batches:
        writer = SegmentWriter(ix) if ours else ix.writer()
        for doc in batch:
            writer.add_document(**doc)
        writer.commit(merge=False)
    if delete or optimize:
        writer = SegmentWriter(ix) if ours else ix.writer()
        for doc_id in delete:
            writer.delete_by_term("id", doc_id)
        writer.commit(mergetype=OPTIMIZE) if optimize else writer.commit(merge=False)
    return index_dir


def test_written_postings_equal_whoosh_writers(documents, tmp_path):
    want = _postings(_build(tmp_path / "whoosh", [documents], ours=False))
    got = _postings(_build(tmp_path / "ours", [documents], ours=True))
    assert got.keys() == want.keys()
    assert got == want
    # Both ways of writing a term were taken: in its entry and in blocks.
    sizes = [len(rows) for rows, *_ in got.values()]
    assert min(sizes) <= INLINE_MAX < max(sizes)


def test_texts_without_words_are_written_as_in_whoosh(tmp_path):
    """A text field whose texts hold only stop words and signs in a segment (a small
    commit) gives no postings, and the segment is written as Whoosh writes it."""
    docs = [{"id": "a", "title": "og i på — ***", "beslutning": "Godkendt."},
            {"id": "b", "title": "...", "resume": "til og fra"}]
    for batch in ([docs[0]], docs):
        name = str(len(batch))
        want = _postings(_build(tmp_path / f"whoosh{name}", [batch], ours=False))
        got = _postings(_build(tmp_path / f"ours{name}", [batch], ours=True))
        assert got == want
        assert not any(field == "title" for field, _ in got)


def test_boosted_documents_weigh_as_in_whoosh(documents, tmp_path):
    """A document's boost multiplies its terms' frequencies as in Whoosh's writer
    (whole weights stay ints, others are floats)."""
    boosted = [dict(doc, _boost=(1.5, 2.0, 1.0)[i % 3]) for i, doc in enumerate(documents)]
    want = _postings(_build(tmp_path / "whoosh", [boosted], ours=False))
    got = _postings(_build(tmp_path / "ours", [boosted], ours=True))
    assert got == want
    weights = {w for rows, *_ in got.values() for _, w, _ in rows}
    assert any(w != int(w) for w in weights) and 4.0 in weights


def test_merged_postings_equal_a_fresh_build_of_what_is_left(documents, tmp_path):
    """Three segments, documents deleted from two of them, merged into one: the same
    postings as one segment written from the documents that are left."""
    third = len(documents) // 3
    batches = [documents[:third], documents[third:2 * third], documents[2 * third:]]
    deleted = {doc["id"] for doc in documents[5:third + 40:3]}
    merged = _build(tmp_path / "merged", batches, True, tuple(deleted), optimize=True)
    got = _postings(merged)
    left = [doc for doc in documents if doc["id"] not in deleted]
    fresh = _build(tmp_path / "fresh", [left], ours=True)
    assert got == _postings(fresh)
    # built by the same builders: the same bytes
    assert _postings_files(merged) == _postings_files(fresh)
    # Terms only the deleted documents had are gone from the merged index.
    assert len(got) < len(_postings(_build(tmp_path / "all", [documents], ours=True)))


def test_documents_added_in_a_merging_commit(documents, tmp_path):
    """New documents and two merged segments in one commit (a term's postings from the
    pool and from the segments alike): the postings of one segment written from the
    new documents, then the merged ones."""
    third = len(documents) // 3
    older, newer = [documents[:third], documents[third:2 * third]], documents[2 * third:]
    index_dir = _build(tmp_path / "merging", older, ours=True)
    writer = SegmentWriter(whoosh_index.open_dir(str(index_dir)))
    for doc in newer:
        writer.add_document(**doc)
    writer.commit(mergetype=OPTIMIZE)
    fresh = _build(tmp_path / "fresh", [newer + older[0] + older[1]], True)
    assert _postings(index_dir) == _postings(fresh)
    assert _postings_files(index_dir) == _postings_files(fresh)


def test_entries_built_in_chunks_are_the_same_bytes(documents, tmp_path, monkeypatch):
    """A field's entries and lists built a few postings at a time (`CHUNK_POSTINGS`),
    in a new segment and in a merge, are the bytes built all at once."""
    half = len(documents) // 2
    whole = _build(tmp_path / "whole", [documents], ours=True)
    monkeypatch.setattr(segment_writer, "CHUNK_POSTINGS", 997)
    chunked = _build(tmp_path / "chunked", [documents], ours=True)
    merged = _build(tmp_path / "merged", [documents[:half], documents[half:]], True,
                    optimize=True)
    assert _postings_files(chunked) == _postings_files(whole) == _postings_files(merged)


def test_merge_gathered_in_tiny_chunks_is_the_same_bytes(documents, tmp_path, monkeypatch):
    """Merges that gather a few consecutive terms' postings at a time (`GATHER_POSTINGS`,
    shorter than many a term's list): segments with deleted documents, and new
    documents in the merging commit, give the bytes of a fresh build."""
    third = len(documents) // 3
    batches = [documents[:third], documents[third:2 * third], documents[2 * third:]]
    deleted = {doc["id"] for doc in documents[5:third + 40:3]}
    left = [doc for doc in documents if doc["id"] not in deleted]
    fresh_left = _build(tmp_path / "fresh_left", [left], ours=True)
    fresh_all = _build(tmp_path / "fresh_all", [batches[2] + batches[0] + batches[1]], True)
    chunks = defaultdict(int)
    by_term = segment_writer._Gathered.by_term

    def counted(self, lengths):
        chunks[len(self.docs) >= 40] += 1
        return by_term(self, lengths)

    monkeypatch.setattr(segment_writer._Gathered, "by_term", counted)
    monkeypatch.setattr(segment_writer, "GATHER_POSTINGS", 40)
    merged = _build(tmp_path / "merged", batches, True, tuple(deleted), optimize=True)
    assert _postings_files(merged) == _postings_files(fresh_left)
    merging = _build(tmp_path / "merging", batches[:2], ours=True)
    writer = SegmentWriter(whoosh_index.open_dir(str(merging)))
    for doc in batches[2]:
        writer.add_document(**doc)
    writer.commit(mergetype=OPTIMIZE)
    assert _postings_files(merging) == _postings_files(fresh_all)
    assert chunks[True] > 100  # gathered in many chunks, not a field at a time


def test_merged_weights_are_written_as_a_fresh_build_writes_them(documents, tmp_path):
    """Boosted documents (weights whole and not) in two segments, merged: the bytes of
    one segment written from the same documents, and the postings of Whoosh's own
    writer and merge."""
    boosted = [dict(doc, _boost=(1.5, 2.0, 1.0)[i % 3]) for i, doc in enumerate(documents)]
    half = len(boosted) // 2
    merged = _build(tmp_path / "merged", [boosted[:half], boosted[half:]], True, optimize=True)
    fresh = _build(tmp_path / "fresh", [boosted], ours=True)
    assert _postings_files(merged) == _postings_files(fresh)
    stock = _build(tmp_path / "stock", [boosted[:half], boosted[half:]], False, optimize=True)
    assert _postings(merged) == _postings(stock)


def test_text_and_phrase_fields_hold_what_their_formats_say(documents, tmp_path):
    """A text field holds every term with its frequency (Frequency), its phrase field
    the exact forms with their positions (Positions), read through Whoosh's public
    reader: the positions are the analyzer's."""
    index_dir = _build(tmp_path / "ix", [documents[:50]], ours=True)
    ix = whoosh_index.open_dir(str(index_dir))
    assert all(type(ix.schema[f].format) is Frequency for f in TEXT_FIELDS)
    assert all(type(ix.schema[phrase_field(f)].format) is Positions for f in TEXT_FIELDS)
    texts = [doc.get("beslutning", "") for doc in documents[:50]]  # by docnum
    seen = {"exact": 0, "stem": 0, "phrase": 0}
    with ix.reader() as reader:
        for fieldname, btext in reader.all_terms():
            if fieldname not in ("beslutning", "beslutning_phrase"):
                continue
            word = btext.decode()
            m = reader.postings(fieldname, btext)
            while m.is_active():
                if fieldname == "beslutning":
                    assert m.value_as("frequency") == m.weight() >= 1
                    seen["exact" if word.startswith(EXACT_PREFIX) else "stem"] += 1
                else:
                    assert word.startswith(EXACT_PREFIX)
                    want = _tokenizer_positions(texts[m.id()])[word]
                    assert m.value_as("positions") == want and m.weight() == len(want)
                    seen["phrase"] += 1
                m.next()
    assert seen["phrase"] == seen["exact"] > 100 and seen["stem"] > 100


def _tokenizer_positions(text: str) -> dict[str, list[int]]:
    """{term: positions} of a text as the analyzer's tokens give them."""
    want: dict[str, list[int]] = {}
    for t in danish_analyzer()(text, positions=True, mode="index"):
        want.setdefault(t.text, []).append(t.pos)
    return want


@pytest.mark.parametrize("word_cache", [None, 50])
def test_term_counts_are_the_tokenizers_terms(documents, word_cache, monkeypatch):
    """The indexer's fast path gives each term the frequency the analyzer gives it,
    in the same order, and each exact form its positions, also when its word cache
    starts over again and again (`word_cache`); `holds_term` (snippets' matched
    sections) finds the same terms in a text."""
    if word_cache:
        monkeypatch.setattr(analysis, "WORD_CACHE", word_cache)
        monkeypatch.setattr(analysis, "_INDEX_NUMBERS", analysis._WordNumbers())
    checked = 0
    previous: dict[str, list[int]] = {}
    for doc in documents[:200]:
        for fieldname in TEXT_FIELDS:
            text = doc.get(fieldname)
            if not text:
                continue
            want = _tokenizer_positions(text)
            counts, exacts = term_counts(text)
            assert list(counts.items()) == [(t.encode(), len(p)) for t, p in want.items()]
            assert exact_positions(exacts) == {t.encode(): p for t, p in want.items()
                                 if t[0] == EXACT_PREFIX}
            # a text holds each of its terms, and none of another text's that it lacks
            assert all(holds_term(text, {term}) for term in want)
            others = set(previous) - want.keys()
            assert not holds_term(text, others)
            if want:
                assert holds_term(text, others | {next(iter(want))})
            previous = want
            checked += 1
    assert checked > 300
    assert len(analysis._INDEX_NUMBERS) <= (word_cache or analysis.WORD_CACHE)


def test_long_lists_equal_whoosh_postings_writer(documents):
    """`encoded_lists` and `entry_heads` give the blocks and entry of Whoosh's
    W3PostingsWriter for every term of the documents with more postings than fit in
    one entry, built a field at a time: the same headers and postings (positions
    pickled as bytes), no larger; weights as floats, or as ints where all are whole."""
    import numpy as np

    pool: defaultdict[tuple[str, bytes], list] = defaultdict(list)
    lengths: dict[str, bytearray] = {}
    schema = build_schema()
    for docnum, doc in enumerate(documents):
        for name in TEXT_FIELDS:
            if doc.get(name):
                total = 0
                for btext, freq, weight, value in schema[name].index(doc[name]):
                    pool[name, btext].append((docnum, weight, value))
                    total += freq
                lengths.setdefault(name, bytearray(len(documents)))[docnum] = (
                    length_to_byte(total))
    codec = W3Codec()
    lists = [(key, rows) for key, rows in pool.items() if len(rows) > INLINE_MAX]
    assert max(len(rows) for _, rows in lists) > 2 * codec._blocklimit
    ints = checked = 0  # blocks whose weights are pickled as ints; lists compared
    for name in {name for (name, _), _ in lists}:
        field = [(btext, rows) for (n, btext), rows in lists if n == name]
        field_lengths = bytes(lengths[name])
        fixed = schema[name].format.fixed_value_size()
        flat = [row for _, rows in field for row in rows]
        docs = np.array([d for d, _, _ in flat], dtype=np.int64)
        floats = np.array([w for _, w, _ in flat], dtype=np.float64)
        values = Values.of([v for _, _, v in flat])
        counts = np.array([len(rows) for _, rows in field])
        starts = [0, *np.cumsum(counts).tolist()]
        terms, valued = list(range(len(field))), [True] * len(field)
        for weights in (floats, whole_weights(floats)):
            datas = encoded_lists(docs, weights, values, starts, terms, valued,
                                  field_lengths, codec._blocklimit, 3, fixed)
            heads = entry_heads(counts, docs, weights, field_lengths).reshape(len(field), -1)
            for (btext, rows), data, head in zip(field, datas, heads, strict=True):
                offset = 17
                stream = StructFile(io.BytesIO())
                stream.write(b"\0" * offset)
                writer = codec.postings_writer(stream)
                writer.start_postings(schema[name].format, W3TermInfo())
                for docnum, weight, value in rows:
                    writer.add_posting(docnum, weight, value,
                                       byte_to_length(field_lengths[docnum]))
                want = writer.finish_postings()
                whoosh_data = stream.file.getvalue()[offset:]
                blocks = _decoded_blocks(data)
                assert blocks == _decoded_blocks(whoosh_data), (name, btext)
                assert len(data) <= len(whoosh_data)
                entry = b"\0" + head[1:].tobytes() + pack_long(offset) + pack_int(len(data))
                assert vars(W3TermInfo.from_bytes(entry)) | {"_length": None} == vars(
                    W3TermInfo.from_bytes(want.to_bytes())) | {"_length": None}
                tuples = [ws for _, (_, ws, _) in blocks if isinstance(ws, tuple)]
                if weights.dtype.kind == "i":
                    ints += len(tuples)
                    assert all(type(w) is int for ws in tuples for w in ws)
                    assert type(blocks[0][0][2]) is float  # the header's max weight
                checked += 1
    assert ints  # some blocks weigh their postings differently
    assert checked == 2 * len(lists)


@pytest.mark.parametrize("fmt", [Positions(), Existence(), Frequency()],
                         ids=["values", "no values", "fixed-size values"])
def test_encoded_lists_equal_whoosh_postings_writer(fmt):
    """`encoded_lists` gives a whole field's long posting lists at once as Whoosh's
    W3PostingsWriter writes them: one block or several, weights all 1, all the same
    or varied (whole, or floats; at most 1 or more), values written or left out (a
    twin's exact form), docnums and values of every width, with and without field
    lengths."""
    import numpy as np

    rng = random.Random(5)
    fixed = fmt.fixed_value_size()

    def value() -> bytes:
        size = fixed if fixed is not None else rng.choice([1, 3, 300])
        return bytes(rng.randrange(256) for _ in range(size))

    for whole in (True, False):
        lists = []
        kinds = ((lambda: 1), (lambda: 3), (lambda: rng.randint(0, 1)),
                 (lambda: rng.randint(1, 70_000))) if whole else (
                 (lambda: 1.0), (lambda: 2.5), (lambda: rng.choice([0.5, 1.0])),
                 (lambda: rng.random() * 5))
        for weight in kinds:
            for n in (INLINE_MAX + 1, 128, 129, 300):
                docs = sorted(rng.sample(range(2**18), n))
                lists.append([(d, weight(), value()) for d in docs])
        docs = np.array([d for rows in lists for d, _, _ in rows], dtype=np.int64)
        weights = whole_weights([w for rows in lists for _, w, _ in rows])
        assert (weights.dtype.kind == "i") == whole
        values = [v for rows in lists for _, _, v in rows]
        starts = [0, *np.cumsum([len(rows) for rows in lists]).tolist()]
        terms = list(range(len(lists)))
        valued = [i % 3 != 1 for i in terms]
        some = bytearray(rng.randrange(4) and rng.randrange(256) for _ in range(2**18))
        for rows in lists:  # (Whoosh's writer fails on a last block without lengths)
            some[rows[-1][0]] = 7
        for lengths in (bytes(some), b""):
            got = encoded_lists(docs, weights, Values.of(values), starts, terms, valued,
                                lengths, 128, 3, fixed)
            ours = theirs = 0
            for data, rows, with_values in zip(got, lists, valued, strict=True):
                stream = StructFile(io.BytesIO())
                writer = W3Codec().postings_writer(stream)
                writer.start_postings(fmt, W3TermInfo())
                for docnum, weight, vbytes in rows:
                    writer.add_posting(docnum, weight, vbytes if with_values else b"",
                                       byte_to_length(lengths[docnum]) if lengths else None)
                writer.finish_postings()
                want = stream.file.getvalue()
                assert _decoded_blocks(data) == _decoded_blocks(want)
                ours, theirs = ours + len(data), theirs + len(want)
            # smaller with values (as bytes, not latin-1 strs), as small without
            assert ours < theirs if fixed != 0 else ours <= theirs * 1.01


def _decoded_blocks(data: bytes) -> list[tuple]:
    """The (header, postings) of each block of a W3 posting list's bytes (the last
    block's size negated, as the reader expects)."""
    assert data[:4] == WHOOSH3_HEADER_MAGIC
    blocks, pos = [], 4
    while pos < len(data):
        size = unpack_int(data[pos:pos + 4])[0]
        assert (size < 0) == (pos + 4 + abs(size) == len(data))
        size = abs(size)
        chunk = io.BytesIO(data[pos + 4:pos + 4 + size])
        head = pickle.load(chunk)
        body = chunk.read()
        blocks.append((head, pickle.loads(zlib.decompress(body) if head[3] else body)))
        pos += 4 + size
    return blocks


def test_position_lists_encoded_at_once_as_one_at_a_time():
    """`encode_position_lists` gives Positions' bytes for lists of every shape: one
    position or several, deltas of 1, 2 and 4 bytes, and lists longer than pickle's
    batch of 1,000 items (written one at a time)."""
    import numpy as np

    lists = [[0], [7], [255], [256], [65535], [65536], [3, 4], [1, 300, 70_000, 70_001],
             list(range(0, 5000, 5)), [2**31 - 2, 2**31 - 1]]
    positions = np.array([p for one in lists for p in one])
    starts = np.cumsum([0, *map(len, lists)])
    want = [Positions().encode(one) for one in lists]
    assert _cut(*encode_position_lists(positions, starts)) == want
    longer = [*lists, list(range(1001))]
    positions = np.array([p for one in longer for p in one])
    starts = np.cumsum([0, *map(len, longer)])
    assert (_cut(*encode_position_lists(positions, starts))
            == [*want, Positions().encode(longer[-1])])


def _cut(data, lengths) -> list[bytes]:
    """Values given one after another (a uint8 array, and each one's length), apart."""
    return Values(data, lengths.cumsum() - lengths, lengths).tolist()


def test_values_buffer_joins_and_cuts():
    import numpy as np

    values = Values.of([b"ab", b"", b"c" * 300, b"d"])
    assert values.tolist() == [b"ab", b"", b"c" * 300, b"d"]
    assert values.joined(np.array([3, 0, 1, 2])).tobytes() == b"dab" + b"c" * 300
    assert values.joined(np.array([], dtype=np.int64)).tobytes() == b""
    runs = values.runs(np.array([0, 2]), np.array([2, 2]))  # postings 0-1 and 2-3
    assert runs.tobytes() == values.joined(np.array([0, 1, 2, 3])).tobytes()
    assert values.runs(np.array([], dtype=np.int64), np.array([], dtype=np.int64)).size == 0


def test_whole_weights_are_ints_where_pickle_takes_them():
    assert whole_weights([1, 2, 300]).dtype.kind == "i"
    assert whole_weights([1.0, 2.0, 70_000.0]).tolist() == [1, 2, 70_000]
    assert whole_weights([1.0, 2.0, 70_000.0]).dtype.kind == "i"
    assert whole_weights([1.0, 1.5]).dtype.kind == "f"
    assert whole_weights([1, 2**31]).dtype.kind == "f"  # past BININT
    assert len(whole_weights([])) == 0


@pytest.mark.parametrize("whole", [False, True])
def test_inlined_entries_built_at_once_as_one_at_a_time(whole):
    """`inlined_entries` gives each term the entry `W3TermInfo.to_bytes` gives its
    inlined postings: docnums of 1, 2 and 4 bytes, values short and over 255 bytes,
    empty ones, and a term listed with and without its values; weights as floats,
    or (`whole`) as ints of 1, 2 and 4 bytes, which take less room."""
    import numpy as np

    postings = [  # (docnum, weight, value) per term, docnums ascending
        [(0, 1.0, b"")],
        [(3, 2.0, b"ab"), (300, 1.5, b""), (70_000, 4.0, b"x" * 300)],
        [(5, 1.0, b"p"), (6, 3.0, b"q")],
        [(2**31 - 1, 0.5, b"")],
    ]
    if whole:
        postings = [[(d, int(w * 2) * 300, v) for d, w, v in rows] for rows in postings]
        postings[0] = [(0, 70_000, b"")]
    lengths = bytes(range(1, 256)) * 3
    docs = np.array([d for rows in postings for d, _, _ in rows], dtype=np.int64)
    weights = whole_weights([w for rows in postings for _, w, _ in rows])
    assert (weights.dtype.kind == "i") == whole
    values = [v for rows in postings for _, _, v in rows]
    counts = np.array([len(rows) for rows in postings])
    starts = [0, *np.cumsum(counts).tolist()]
    big = bytes(max(docs) + 1)  # a field whose documents have no length
    terms, valued = [0, 1, 1, 2, 3, 2], [True, True, False, True, True, False]
    for field_lengths in (lengths.ljust(len(big), b"\0"), b""):
        heads = entry_heads(counts, docs, weights, field_lengths)
        got = inlined_entries(heads, docs, weights, Values.of(values), starts, terms,
                              valued)
        for entry, term, with_values in zip(got, terms, valued, strict=True):
            rows = postings[term]
            ids, ws, vs = (tuple(column) for column in zip(*rows, strict=True))
            info = W3TermInfo()
            info._inlined = (ids, ws, vs if with_values else ())  # b"" kept: merges need bytes
            info._weight, info._df = sum(ws), len(ids)
            found = [byte_to_length(field_lengths[d]) for d in ids
                     if field_lengths and field_lengths[d]]
            info._minlength = min(found) if found else None
            info._maxlength = max(found, default=0)
            info._maxweight, info._minid, info._maxid = max(ws), ids[0], ids[-1]
            decoded = W3TermInfo.from_bytes(entry)
            assert vars(decoded) == vars(W3TermInfo.from_bytes(info.to_bytes()))
            pickled = {type(w) for w in decoded.inlined_postings()[1]}
            assert pickled == ({int} if whole else {float})
            assert len(entry) <= len(info.to_bytes())


def test_term_table_finds_every_key_by_its_crc32_hash(tmp_path):
    """The term table's hash tables, placed all at once, find every key and no other
    (Whoosh's reader, hash type 1), also where slots run past a table's end and
    wrap to its start."""
    from referat.index.engine.segment_writer import _TermEntries
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

    keys = sorted({f"{n * 7919 % 100_003:06d}".encode() for n in range(20_000)})
    storage = FileStorage(str(tmp_path))
    table = OrderedHashWriter(storage.create_file("terms"))
    entries = _TermEntries(table)
    half = len(keys) // 2  # added in two batches
    entries.add(keys[:half], [key[::-1] for key in keys[:half]])
    entries.add(keys[half:], [key[::-1] for key in keys[half:]])
    table.close()
    reader = OrderedHashReader.open(storage, "terms")
    assert reader.hashtype == 1
    assert all(reader[key] == key[::-1] for key in keys)
    assert b"100004" not in reader and b"x" not in reader
    wrapped = 0  # entries in a slot before their first one: their probe wrapped
    for start, size in reader.tables:
        filled = [(i, int.from_bytes(slot[:4], "big")) for i in range(size)
                  if (slot := reader.dbfile.get(start + i * 12, 12))[4:] != bytes(8)]
        assert len(filled) == size // 2
        wrapped += sum(i < (h >> 8) % size for i, h in filled)
    assert wrapped
