"""Every name below Whoosh's public API that referat uses, in one place.

The fast engine (`referat.index.engine`) reads and writes Whoosh's W3 codec a block
and a field at a time, which Whoosh's public API does not offer. Everything it needs
from Whoosh's internals is reached through the functions here, and nowhere else in
referat. They are written against whoosh-reloaded 2.7.5, which pyproject.toml pins
exactly; `PRIVATE_NAMES` lists each name, and tests/test_whoosh_compat.py checks them
against the installed Whoosh.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from zlib import crc32

from whoosh import query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3TermInfo
from whoosh.filedb.filetables import _lengths, _pointer, crc_hash
from whoosh.filedb.structfile import BufferFile
from whoosh.system import _INT_SIZE

WHOOSH_VERSION = "2.7.5"  # of the distribution whoosh-reloaded

# (module, class or None for the module itself, name) of every private Whoosh name
# used below: attributes, methods, keyword arguments and module globals.
PRIVATE_NAMES: list[tuple[str, str | None, str]] = [
    ("whoosh.system", None, "_INT_SIZE"),
    ("whoosh.filedb.filetables", None, "_lengths"),
    ("whoosh.filedb.filetables", None, "_pointer"),
    ("whoosh.filedb.structfile", "BufferFile", "_buf"),
    ("whoosh.filedb.filetables", "HashWriter", "_write_hashes"),
    ("whoosh.filedb.filetables", "GrowableArray", "_retype"),
    ("whoosh.codec.whoosh3", "W3TermInfo", "_struct"),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "_codec"),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "_postfile"),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "_tindex"),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "_fieldid"),
    ("whoosh.codec.whoosh3", "W3Codec", "_blocklimit"),
    ("whoosh.codec.whoosh3", "W3Codec", "_compression"),
    ("whoosh.codec.whoosh3", "W3TermsReader", "_codec"),
    ("whoosh.codec.whoosh3", "W3TermsReader", "_postfile"),
    ("whoosh.codec.whoosh3", "W3TermsReader", "_keycoder"),
    ("whoosh.codec.whoosh3", "W3TermsReader", "_tindex"),
    ("whoosh.codec.whoosh3", "W3PerDocReader", "_cached_reader"),
    ("whoosh.columns", "FixedBytesColumn.Reader", "_dbfile"),
    ("whoosh.columns", "FixedBytesColumn.Reader", "_basepos"),
    ("whoosh.columns", "FixedBytesColumn.Reader", "_count"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_byteids"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_maxid"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_read_data"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_data"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_read_values"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_values"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_next_block"),
    ("whoosh.reading", "SegmentReader", "_terms"),
    ("whoosh.reading", "SegmentReader", "_perdoc"),
    ("whoosh.writing", "IndexWriter", "_doc_boost"),
    ("whoosh.writing", "IndexWriter", "_field_boost"),
    ("whoosh.writing", "SegmentWriter", "_check_state"),
    ("whoosh.writing", "SegmentWriter", "_check_fields"),
    ("whoosh.writing", "SegmentWriter", "_added"),
    ("whoosh.writing", "SegmentWriter", "_finalize_segment"),
    ("whoosh.writing", "SegmentWriter", "_lk"),  # keyword argument: take no lock
    ("whoosh.multiproc", "SubWriterTask", "_process_file"),
    ("whoosh.index", "FileIndex", "_segments"),
    ("whoosh.scoring", "BM25F", "_field_B"),
    ("whoosh.query.terms", "MultiTerm", "_btexts"),
    ("whoosh.query.ranges", "NumericRange", "_compile_query"),
    ("whoosh.query.qcore", None, "_NullQuery"),
]

INT_SIZE = _INT_SIZE  # bytes of Whoosh's packed uint (a frequency, a positions count)
ENTRY_LENGTHS = _lengths  # struct of a hash table entry's key and value lengths
TERM_INFO = W3TermInfo._struct  # struct of a term entry's statistics
NULL_QUERY_TYPE = query.qcore._NullQuery


# -- reading -----------------------------------------------------------------------
# Whether a block whose docnums lie in [lowest, highest] must be read (None: all are).
Needed = Callable[[int, int], bool] | None


def segment_terms(reader):
    """A segment reader's term table (W3TermsReader: `term_info`, `items`,
    `items_from`)."""
    return reader._terms


def term_probe(reader) -> Callable[[str, bytes], bool]:
    """Whether a segment reader's term table holds (field name, term bytes): one probe
    of its hash table, the TermInfo not read (`W3TermsReader.__contains__`, each
    field's key prefix coded once)."""
    terms = reader._terms
    prefixes = {name: terms._keycoder(name, b"") for name in reader.schema.names()}
    entry = hash_entry(terms._tindex)
    return lambda fieldname, btext: entry(prefixes[fieldname] + btext) is not None


def term_infos(reader) -> Callable[[str, bytes], W3TermInfo | None]:
    """A segment reader's TermInfo of (field name, term bytes), None where its term
    table lacks the term (`W3TermsReader.term_info`, looked up by `hash_entry`)."""
    terms = reader._terms
    coder, get = terms._keycoder, terms._tindex.dbfile.get
    entry = hash_entry(terms._tindex)
    from_bytes = W3TermInfo.from_bytes

    def info(fieldname: str, btext: bytes) -> W3TermInfo | None:
        found = entry(coder(fieldname, btext))
        return None if found is None else from_bytes(get(*found))

    return info


def hash_entry(table) -> Callable[[bytes], tuple[int, int] | None]:
    """A Whoosh hash file's (`HashReader`) lookup of a key: (its value's position,
    length), None when absent. The walk of `HashReader.ranges_for_key` (first match),
    with the slots and lengths unpacked in place from the file's buffer: no generator,
    no copies; a file not held in memory, or hashed otherwise, is asked as Whoosh asks."""
    if not isinstance(table.dbfile, BufferFile) or table.hashfn is not crc_hash:
        return lambda key: next(table.ranges_for_key(key), None)
    buf, tables = table.dbfile._buf, table.tables
    slot, lengths = _pointer, _lengths
    slot_size, lengths_size = slot.size, lengths.size
    unpack_slot, unpack_lengths = slot.unpack_from, lengths.unpack_from

    def entry(key: bytes) -> tuple[int, int] | None:
        keyhash = crc32(key) & 0xFFFFFFFF
        start, slots = tables[keyhash & 255]
        if not slots:
            return None
        end = start + slots * slot_size
        pos = start + ((keyhash >> 8) % slots) * slot_size
        for _ in range(slots):
            slothash, itempos = unpack_slot(buf, pos)
            if not itempos:
                return None
            if slothash == keyhash:
                keylen, datalen = unpack_lengths(buf, itempos)
                keystart = itempos + lengths_size
                if keylen == len(key) and buf[keystart:keystart + keylen] == key:
                    return keystart + keylen, datalen
            pos += slot_size
            if pos == end:
                pos = start
        return None

    return entry


def per_document_reader(reader):
    """A segment reader's per-document reader (stored fields, lengths, columns)."""
    return reader._perdoc


def length_bytes(perdoc, fieldname: str) -> bytes:
    """A segment's field-length column of `fieldname`: one byte per document."""
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    return column._dbfile.get(column._basepos, column._count) if column else b""


def raw_blocks(reader, fieldname: str, info, values: bool, needed: Needed
               ) -> Iterator[tuple[list[int], Sequence[float], Sequence | None]]:
    """Each block of a term's postings as stored: the inlined list, or W3 blocks (those
    not `needed` skipped by their header, neither decompressed nor unpickled):
    (docnums, weights, values or None)."""
    if info.is_inlined():  # a short list, kept in the term's entry
        ids, weights, vals = info.inlined_postings()
        yield list(ids), weights, vals if values else None
        return
    terms = reader._terms
    m = terms._codec.postings_reader(terms._postfile, info, reader.schema[fieldname].format)
    assert isinstance(m, W3LeafMatcher) and not m._byteids
    lowest = 0  # the block's docnums lie in [lowest, its header's maxid]
    while m.is_active():
        highest = m._maxid
        if needed is None or needed(lowest, highest):
            m._read_data()
            deltas, weights = m._data[0], m._data[1]
            ids = list(accumulate(deltas))  # Whoosh's delta_decode, in C
            if weights is None or isinstance(weights, float):  # all 1.0, or all the same
                weights = [1.0 if weights is None else weights] * len(ids)
            vals = None
            if values:
                m._read_values()
                vals = m._values
            yield ids, weights, vals
        lowest = highest + 1
        m._next_block()


def posting_bytes(reader, info) -> bytes:
    """A term's posting list in one segment as stored (not inlined): W3's magic, then
    its blocks, each a size, a pickled header and the (compressed) pickled data."""
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves the length in a 1-tuple
        (length,) = length
    return reader._terms._postfile.get(offset, length)


def index_segments(ix) -> list:
    """The segments of an index's latest generation."""
    return ix._segments()


def field_b(weighting, fieldname: str) -> float:
    """BM25F's B for a field (its per-field B, else the model's)."""
    return weighting._field_B.get(fieldname, weighting.B)


def expanded_words(q: query.MultiTerm, reader) -> Iterator[bytes]:
    """The words of the index a prefix, wildcard or range expands to, in order."""
    return q._btexts(reader)


def compiled_range(q: query.NumericRange, reader) -> query.Query:
    """A numeric (date) range as the OR of trie terms Whoosh matches it by."""
    return q._compile_query(reader)


# -- writing -----------------------------------------------------------------------
def start_document(writer, fields: dict) -> tuple[float, list[str]]:
    """What Whoosh's `SegmentWriter.add_document` does first: check the writer is
    open and the fields are in the schema; (the document's boost, its field names)."""
    writer._check_state()
    fieldnames = sorted(name for name in fields if not name.startswith("_"))
    writer._check_fields(writer.schema, fieldnames)
    return writer._doc_boost(fields), fieldnames


def field_boost(writer, fields: dict, fieldname: str, docboost: float) -> float:
    """A field's boost in a document (`_<field>_boost`, else the document's)."""
    return writer._field_boost(fields, fieldname, docboost)


def document_added(writer) -> None:
    """Record that a writer has added a document (Whoosh's writer commits only then)."""
    writer._added = True


def field_writer_parts(fieldwriter) -> tuple:
    """A W3 field writer's postings file, block size, compression and term table."""
    codec = fieldwriter._codec
    return fieldwriter._postfile, codec._blocklimit, codec._compression, fieldwriter._tindex


def field_id(fieldwriter) -> int:
    """The number of the field a W3 field writer is writing."""
    return fieldwriter._fieldid


def replace_hash_writer(table, write_hashes: Callable[[], None]) -> None:
    """Have a term table (HashWriter) write its hash tables by `write_hashes` when it
    closes (this table only)."""
    table._write_hashes = write_hashes


def extend_positions(table, positions: list[int]) -> None:
    """Add the file positions of entries to a term table's position index."""
    index = table.index
    try:
        index.array.extend(array(index.typecode, positions))
    except OverflowError:
        index._retype(positions[-1])
        index.array.extend(positions)


def run_sub_writer(task, writer_class: type) -> None:
    """The loop of Whoosh's `SubWriterTask.run` (multisegment: each sub-writer leaves
    a segment of its own) with a writer of `writer_class`: Whoosh's task builds its
    writer from the module global `whoosh.multiproc.SegmentWriter`, which referat
    leaves alone."""
    ix = task.storage.open_index(task.indexname)
    writer = task.writer = writer_class(ix, _lk=False, **task.kwargs)
    while task.running:
        job = task.jobqueue.get()
        if job is None:
            break
        task._process_file(*job)
    if not task.running:
        writer.cancel()
        return
    segment = writer._finalize_segment()
    task.resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)
