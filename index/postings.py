"""Postings: pooled per term, written a term at a time, merged without a pool.

Whoosh's SegmentWriter puts every posting into one list of (field, term, docnum,
weight, value) tuples, sorts it at commit, and looks up the field length of every
posting through a column reader; a merge pools every posting of the merged segments
again, reading them one matcher call at a time. On the corpus that was about half of
indexing. `SegmentWriter` here keeps the same on-disk format and Whoosh's writer for
everything per document (stored fields, lengths, columns), and changes these:

- the pool is a dict of posting lists per (field, term), which `add_document` appends
  to directly: documents arrive in docnum order, so only the distinct terms are sorted;
- the field lengths of the new segment are decoded once, not per posting;
- a posting list of at most INLINE_MAX postings goes into its term's entry (Whoosh's
  reader reads such lists; its writer's inlining is broken in 2.7.5), not into a
  compressed block of its own: most terms are that rare;
- merged segments are streamed, term by term in sorted order, a whole block of
  postings at a time, instead of being copied into the pool;
- blocks are built a block at a time (`encode_blocks`), not one Whoosh call per
  posting; the bytes are those of Whoosh's W3PostingsWriter;
- file positions are counted, not asked of the files (a system call each, several
  per term in Whoosh's writer).

It relies on the private API of the pinned Whoosh 2.7.5 (W3 codec), as
`search.matching` does.
"""

from __future__ import annotations

import heapq
import pickle
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain, groupby, islice
from operator import itemgetter, sub

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.fields import Schema
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as entry_lengths
from whoosh.reading import SegmentReader
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter as WhooshSegmentWriter

from index.codec import block_postings, length_bytes

Posting = tuple[int, float, bytes]  # (docnum, weight, value)
TermKey = tuple[str, bytes]  # (field name, term bytes)
# Posting lists this short go into the term's entry, not into a block of their own:
# writing the Greve items' postings took 22.2 s with 4, 16.8 s with 32 (fewer blocks to
# pickle and compress), for an index 9% larger.
INLINE_MAX = 32

# The field length Whoosh's writer passes with a posting: the length byte decoded.
_WRITER_LENGTH = [byte_to_length(b) if b else 0 for b in range(256)]


class TermPool:
    """The postings of the documents added to one writer, per field and term."""

    def __init__(self) -> None:
        self.terms: dict[str, defaultdict[bytes, list[Posting]]] = {}
        self.fieldnames: set[str] = set()  # read by Whoosh's multi-process writer

    def field_terms(self, fieldname: str) -> defaultdict[bytes, list[Posting]]:
        """The posting lists of one field, by term."""
        terms = self.terms.get(fieldname)
        if terms is None:
            terms = self.terms[fieldname] = defaultdict(list)
        return terms

    def keys(self) -> Iterator[TermKey]:
        """(field, term) of every posting list, sorted."""
        for fieldname in sorted(self.terms):
            for btext in sorted(self.terms[fieldname]):
                yield fieldname, btext

    def cleanup(self) -> None:
        self.terms = {}


class _Merged:
    """A segment being merged into the new one: its postings, renumbered."""

    def __init__(self, reader: SegmentReader, base: int, docmap: dict[int, int] | None):
        self.reader, self.base, self.docmap = reader, base, docmap

    def postings(self, fieldname: str, info) -> Iterator[Posting]:
        rows = block_postings(self.reader, fieldname, info, values=True)
        if self.docmap is not None:
            docmap = self.docmap
            return ((docmap[d], w, v) for d, w, v in rows)
        base = self.base
        return ((d + base, w, v) for d, w, v in rows)


class SegmentWriter(WhooshSegmentWriter):
    """Whoosh's SegmentWriter with the term pool, cached lengths and streamed merges."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pool = TermPool()
        self._merged: list[_Merged] = []
        if any(f.vector or f.separate_spelling() for f in self.schema if f.indexed):
            raise ValueError("term vectors and spelling fields are not supported")

    def add_document(self, **fields) -> None:
        """Whoosh's add_document (no term vectors or spelling fields), with each
        posting appended straight to its term's list."""
        self._check_state()
        schema, docnum, perdoc = self.schema, self.docnum, self.perdocwriter
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdoc.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    self.pool.fieldnames.add(fieldname)
                    boost = self._field_boost(fields, fieldname, docboost)
                    terms = self.pool.field_terms(fieldname)
                    for btext, freq, weight, vbytes in field.index(value):
                        terms[btext].append((docnum, weight * boost, vbytes))
                        length += freq
                    if not field.scorable:
                        length = 0
                stored = fields.get(f"_stored_{fieldname}", value)
                perdoc.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdoc.add_column_value(fieldname, field.column_type,
                                            field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def add_postings_to_pool(self, reader, startdoc: int, docmap) -> None:
        # Read at flush time, through a reader of our own (the caller may close its).
        own = SegmentReader(self.storage, self.schema, reader.segment())
        self._merged.append(_Merged(own, startdoc, docmap))
        self.pool.fieldnames.update(reader.indexed_field_names())

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        perdoc = self.per_document_reader()
        try:
            write_postings(self.fieldwriter, self.schema, perdoc, self.pool, self._merged)
        finally:
            perdoc.close()
        self.fieldwriter.close()

    def _close_segment(self) -> None:
        super()._close_segment()
        for merged in self._merged:
            merged.reader.close()
        self._merged.clear()


def write_postings(fieldwriter, schema: Schema, perdoc, pool: TermPool,
                   merged: list[_Merged]) -> None:
    """Write the pool's postings and the merged segments', term by term, in order.

    The new documents' docnums come first, then each merged segment's (by base). A
    term whose every posting is of a deleted document is left out.
    """
    sources = sorted(merged, key=lambda s: s.base)
    streams = [_tagged(((key, None) for key in pool.keys()), -1)]
    streams += [_tagged(source.reader._terms.items(), i) for i, source in enumerate(sources)]
    lastfield = None
    lengths = b""
    codec, postfile = fieldwriter._codec, fieldwriter._postfile
    offset = postfile.tell()
    entries = _TermEntries(fieldwriter._tindex)
    for key, group in groupby(heapq.merge(*streams), key=itemgetter(0)):
        fieldname, btext = key
        if fieldname not in schema:
            continue
        parts, most = [], 0  # posting lists, and how many postings they hold at most
        for _, source, info in group:
            if source < 0:
                parts.append(pool.terms[fieldname][btext])
                most += len(parts[-1])
            else:
                parts.append(sources[source].postings(fieldname, info))
                most += info.doc_frequency()
        postings = chain.from_iterable(parts)
        if most <= INLINE_MAX:
            postings = list(postings)
        first = next(iter(postings), None)
        if first is None:
            continue
        if fieldname != lastfield:
            if lastfield is not None:
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            lengths = (length_bytes(perdoc, fieldname).ljust(perdoc.doc_count_all(), b"\0")
                       if fieldobj.scorable else b"")
            fixed_size = fieldobj.format.fixed_value_size()
            lastfield = fieldname
        key = pack_ushort(fieldwriter._fieldid) + btext
        if isinstance(postings, list):
            entries.add(key, _inlined_entry(postings, lengths))
            continue
        info, data = encode_blocks(chain((first,), postings), lengths, offset, fixed_size,
                                   codec._blocklimit, codec._compression)
        postfile.write(data)
        offset += len(data)
        entries.add(key, info.to_bytes())
    if lastfield is not None:
        fieldwriter.finish_field()


def encode_blocks(postings: Iterable[Posting], lengths: bytes, offset: int,
                  fixed_size: int | None, limit: int = 128,
                  compression: int = 3) -> tuple[W3TermInfo, bytes]:
    """A posting list as Whoosh's W3PostingsWriter writes it at `offset` of the
    postings file: the entry's statistics, and the bytes of its blocks of `limit`.

    `lengths` holds the segment's field-length byte per docnum (b"" for a field
    without lengths); `fixed_size` is the format's fixed value size.
    """
    info = W3TermInfo()
    chunks = [WHOOSH3_HEADER_MAGIC]
    stream = iter(postings)
    block = list(islice(stream, limit))
    while block:
        following = list(islice(stream, limit))
        ids, raw_weights, values = zip(*block, strict=True)
        weights = array("f", raw_weights)  # Whoosh keeps weights as 32-bit floats
        maxweight = max(0, max(raw_weights))
        minlength, maxlength = _length_range(ids, lengths)
        # the statistics of W3TermInfo.add_block
        info._weight += sum(weights)
        info._df += len(ids)
        info._minlength = (minlength if info._minlength is None
                           else min(info._minlength, minlength))
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        # the block: W3PostingsWriter._write_block
        if weights.count(1.0) == len(weights):
            mini_weights = None
        elif weights.count(weights[0]) == len(weights):
            mini_weights = weights[0]
        else:
            mini_weights = tuple(weights)
        values = tuple(v for v in values if v)
        if fixed_size == 0:
            values = None
        elif fixed_size is not None and fixed_size > 0:
            values = b"".join(values)
        deltas = (ids[0], *map(sub, ids[1:], ids))
        data = pickle.dumps((deltas, mini_weights, values), 2)
        if compression:
            data = zlib.compress(data, compression)
        head = pickle.dumps((len(ids), ids[-1], maxweight, compression,
                             length_to_byte(minlength), length_to_byte(maxlength)), 2)
        size = len(head) + len(data)
        chunks += (pack_int(size if following else -size), head, data)
        block = following
    data = b"".join(chunks)
    info.set_extent(offset, len(data))
    return info, data


def _length_range(ids: tuple[int, ...], lengths: bytes) -> tuple[int | None, int]:
    """The shortest and longest field length of the documents `ids`, as Whoosh's
    writer passes lengths (documents without one left out; (None, 0) if none has one).

    `lengths` holds a length byte per docnum of the segment (b"" for a field without
    lengths); the decoded length grows with the byte, so the bytes' extremes are the
    lengths'."""
    found = bytes(map(lengths.__getitem__, ids)).translate(None, b"\0") if lengths else b""
    return (_WRITER_LENGTH[min(found)], _WRITER_LENGTH[max(found)]) if found else (None, 0)


def _tagged(items: Iterator[tuple[TermKey, object]], source: int) -> Iterator[tuple]:
    """(term key, source, term info): sorted by key, then source (never the info)."""
    return ((key, source, info) for key, info in items)


class _TermEntries:
    """Adds entries to the segment's term table as `OrderedHashWriter.add` does, with
    the file position counted here instead of asked of the file twice per term."""

    def __init__(self, table: OrderedHashWriter) -> None:
        self.table = table
        self.position = table.dbfile.tell()

    def add(self, key: bytes, value: bytes) -> None:
        table, position = self.table, self.position
        if key <= table.lastkey:
            raise ValueError(f"Keys must increase: {table.lastkey!r}..{key!r}")
        data = entry_lengths.pack(len(key), len(value)) + key + value
        table.dbfile.write(data)
        table.index.append(position)
        h = table.hashfn(key)
        table.buckets[h & 255].append((h, position))
        table.lastkey = key
        self.position = position + len(data)


def _inlined_entry(postings: list[Posting], lengths: bytes) -> bytes:
    """The entry of a term whose short posting list is kept in it, as Whoosh's reader
    expects inlined postings (Whoosh's own writer cannot: `set_inline` is misspelt in
    2.7.5)."""
    ids, weights, values = zip(*postings, strict=True)
    info = W3TermInfo()
    info._weight = float(sum(weights))
    info._df = len(ids)
    info._minlength, info._maxlength = _length_range(ids, lengths)
    info._maxweight = max(weights)
    info._minid, info._maxid = ids[0], ids[-1]
    info.set_inlined(ids, weights, values if any(values) else ())
    return info.to_bytes()
