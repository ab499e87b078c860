"""Postings: pooled per term, written a whole field at a time, merged the same way.

Whoosh's SegmentWriter puts every posting into one list of (field, term, docnum,
weight, value) tuples, sorts it at commit, and looks up the field length of every
posting through a column reader; a merge pools every posting of the merged segments
again, reading them one matcher call at a time. On the corpus that was about half of
indexing. `SegmentWriter` here keeps the same on-disk format and Whoosh's writer for
everything per document (stored fields, lengths, columns), and changes these:

- the pool keeps each field's postings as flat lists (term number, weight, value
  per posting; docnum and count per document), to which `add_document` appends a
  field's postings whole, with no object per posting; at flush they are grouped
  by term with one stable sort (numpy), which keeps each term's docnums in order;
- a Danish text adds the terms of each of its words in order, as numbers, with no
  values, to its text field and to its phrase field (`index.schema.phrase_field`)
  alike: at flush, one sort (numpy) counts every term's frequency in every document
  (the text field's Frequency values), another groups the exact forms into their
  positions per document (the phrase field's Positions values), all encoded at once
  into one buffer (`encode_position_lists`, `index.engine.pickles.Values`: no bytes object
  per posting);
- the field lengths of the new segment are decoded once, not per posting;
- a posting list of at most INLINE_MAX postings goes into its term's entry (Whoosh's
  reader reads such lists; its writer's inlining is broken in 2.7.5), not into a
  compressed block of its own: most terms are that rare;
- the entries that hold their postings (`index.engine.entries`) and the blocks of
  longer lists (`index.engine.blocks`) are built for a whole field at once, not one
  Whoosh call per posting: the blocks of Whoosh's W3PostingsWriter, with positions
  pickled as bytes, and weights that are whole numbers (frequencies) pickled as ints,
  not floats (`index.engine.pickles.whole_weights`);
- a merge reads the merged segments a block at a time, term by term in sorted order,
  gathers the postings (renumbered) of a chunk of consecutive terms of a field into
  flat arrays as the pool has them, and builds them with the same builders: a merged
  segment has the bytes a fresh build of its documents has, and a merge holds a
  chunk's postings at a time, not a field's;
- the term table's keys are hashed with CRC-32, not md5 (Whoosh's hash types 1 and
  0), its entries written a field at a time and its hash tables at once;
- file positions are counted, not asked of the files (a system call each, several
  per term in Whoosh's writer).

It relies on the private API of the pinned Whoosh 2.7.5 (W3 codec), as
`search.matching` does.
"""

from __future__ import annotations

import heapq
import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import accumulate, chain, groupby, islice, pairwise
from operator import add, itemgetter, lt
from typing import NamedTuple

from referat.index.analysis import (
    EXACT_PREFIX,
    TERMS,
    ExactFormFilter,
    danish_analyzer,
    term_numbers,
)
from referat.index.engine.block_reads import value_blocks
from referat.index.engine.blocks import encoded_lists
from referat.index.engine.entries import HEAD_SIZE, entry_heads, inlined_entries
from referat.index.engine.pickles import Values, ranges, whole_weights
from referat.index.engine.positions import encode_position_lists
from referat.index.engine.whoosh_compat import (
    ENTRY_LENGTHS,
    INT_SIZE,
    document_added,
    extend_positions,
    field_boost,
    field_id,
    field_writer_parts,
    length_bytes,
    replace_hash_writer,
    segment_terms,
    start_document,
)
from referat.index.schema import PHRASE_FIELDS, TEXT_FIELDS
from whoosh.fields import Schema
from whoosh.filedb.filetables import OrderedHashWriter, crc_hash
from whoosh.formats import Frequency, Positions
from whoosh.reading import SegmentReader
from whoosh.system import pack_ushort
from whoosh.writing import SegmentWriter as WhooshSegmentWriter

Block = tuple[Sequence[int], Sequence[float], Sequence[bytes]]  # docnums, weights, values
TermKey = tuple[str, bytes]  # (field name, term bytes)
# Posting lists this short go into the term's entry, not into a block of their own:
# writing the Greve items' postings took 22.2 s with 4, 16.8 s with 32 (fewer blocks to
# pickle and compress), for an index 9% larger.
INLINE_MAX = 32
_EXTENT = struct.Struct("!qi")  # W3TermInfo's extent: pack_long(offset) + pack_int(length)
# Characters of the texts a writer's `Words` keeps to find again (about the whole
# shared corpus's); past them it starts over.
KNOWN_TEXT_CHARS = 20_000_000
# Postings whose entries and lists are built at once (`_SortedPostings.entries`): a
# merge of the whole corpus (its largest field 1.6 million postings) peaked at 560 MiB
# built a field at once, at 419 MiB in chunks (236 MiB when merges streamed a term at a
# time, before the builders were shared).
CHUNK_POSTINGS = 500_000
# Postings a merge gathers (consecutive terms of a field) before it builds them
# (`_merged_chunks`): optimising the whole corpus (6,006 items, 2 segments) peaked at
# 419 MiB gathering a field at a time, 394 MiB at 500,000 postings (the builders'
# arrays), 251 MiB at 100,000 and at 20,000 (the rest of the process), CPU the same.
GATHER_POSTINGS = 100_000
# Metadata values whose postings a writer keeps (`SegmentWriter._columns`).
KNOWN_VALUES = 50_000


class Columns(NamedTuple):
    """A text's postings as parallel lists, one entry per term (terms as str or
    UTF-8 bytes): the writer's pool appends them whole, no object per posting."""

    terms: list
    freqs: list[int]
    weights: list[float]
    values: list[bytes]

    @classmethod
    def of(cls, rows: Iterable[tuple]) -> Columns:
        """Columns of (term, frequency, weight, value) rows."""
        rows = list(rows)
        return cls(*map(list, zip(*rows, strict=True))) if rows else cls([], [], [], [])


class _Numbers(dict):
    """Term numbers: a term not seen before gets the next one."""

    def __missing__(self, term: bytes) -> int:
        number = self[term] = len(self)
        return number


class Words:
    """The words of the Danish texts added to one writer, each text's once however
    often it comes (a text field and its phrase field, the same section in the items
    of several meetings: a sixth of the text of 150 Greve meetings): the terms of
    each word in order, as numbers in `index.analysis.TERMS` (`term_numbers`: the
    stem, the exact form, the compound parts), flattened at flush all at once."""

    def __init__(self) -> None:
        self.words: list[tuple[int, ...]] = []
        self.terms = 0  # of all words
        self.texts: dict[str, tuple[int, int, int]] = {}  # `of_text`
        self.chars = 0  # of the texts in `texts`
        self._flat = None

    def of_text(self, text: str) -> tuple[int, int, int]:
        """A text's first word, its number of words and of terms; its words are
        added the first time it comes."""
        found = self.texts.get(text)
        if found is None:
            if self.chars > KNOWN_TEXT_CHARS:
                self.texts.clear()
                self.chars = 0
            words = term_numbers(text)
            terms = sum(map(len, words))
            found = self.texts[text] = (len(self.words), len(words), terms)
            self.chars += len(text)
            self.words.extend(words)
            self.terms += terms
            self._flat = None
        return found

    def flat(self):
        """(every term of every word, one after another; where each word's terms
        start, and where the last one's end), as int arrays."""
        import numpy as np

        if self._flat is None:
            flat = np.fromiter(chain.from_iterable(self.words), dtype=np.int64,
                               count=self.terms)
            firsts = np.flatnonzero(_exact_terms()[flat]) - 1  # a word's second term
            self._flat = flat, np.append(firsts, len(flat))  # is its exact form
        return self._flat


_EXACT = bytearray()  # of each term in TERMS, whether it is an exact form


def _exact_terms():
    """Whether each term in `index.analysis.TERMS` is an exact form (a bool array)."""
    import numpy as np

    if len(_EXACT) < len(TERMS):
        prefix = EXACT_PREFIX.encode()
        _EXACT.extend(term.startswith(prefix) for term in TERMS[len(_EXACT):])
    return np.frombuffer(bytes(_EXACT), dtype=bool)


class FieldPostings:
    """One field's postings in the order added, as flat lists: a term number, weight
    and value per posting, and the docnum and number of postings of each document;
    no object per posting (allocating and freeing a tuple for each of millions of
    postings was a third of adding them).

    A Danish text (`add_words`) comes as a run of the writer's `Words`, its terms
    numbered already, and adds no values: its docnum, first word, word count and
    boost (`texts`, `firsts`, `sizes`, `boosts`), from which `by_term` counts every
    term's frequencies and encodes every exact form's positions, all at once
    (counting each text's terms as it came cost more than sorting them all). Other
    values (`add`) are numbered here, in `numbers`; a field takes one kind or the
    other."""

    def __init__(self, words: Words) -> None:
        self.numbers: dict[bytes, int] = _Numbers()
        self.terms: list[int] = []
        self.weights: list[float] = []
        self.values: list[bytes] = []
        self.docs, self.counts = array("q"), array("q")
        self.words = words
        self.texts, self.firsts, self.sizes = array("q"), array("q"), array("q")
        self.boosts = array("d")

    def add(self, docnum: int, columns: Columns, boost: float = 1.0) -> None:
        """Add one document's postings of this field."""
        if self.texts:
            raise ValueError("a field's postings are of Danish texts and other values")
        self.terms.extend(map(self.numbers.__getitem__, columns.terms))
        self.weights.extend(columns.weights if boost == 1.0
                            else [w * boost for w in columns.weights])
        self.values.extend(columns.values)
        self.docs.append(docnum)
        self.counts.append(len(columns.terms))

    def add_words(self, docnum: int, first: int, size: int, boost: float = 1.0) -> None:
        """Add one document's Danish text of this field: `size` words of the writer's
        `Words` from `first` on, weighted by their frequencies times `boost`."""
        if self.numbers:
            raise ValueError("a field's postings are of Danish texts and other values")
        self.texts.append(docnum)
        self.firsts.append(first)
        self.sizes.append(size)
        self.boosts.append(boost)

    def by_term(self, lengths: bytes = b"", positions: bool = False) -> _SortedPostings:
        """The postings grouped by term, each term's in the order added; `lengths`
        holds the segment's length byte per docnum of the field. The postings of
        Danish texts are their terms' frequencies (Whoosh's Frequency values), or with
        `positions` (a phrase field) their exact forms' positions."""
        import numpy as np  # only indexing sorts postings; a search never loads numpy

        if self.texts:
            numbers, terms, docs, weights, values = (
                self._phrase_postings() if positions else self._text_postings())
        else:
            numbers = self.numbers
            terms = np.array(self.terms, dtype=np.int64)
            order = np.argsort(terms, kind="stable")
            terms = terms[order]
            docs = np.repeat(np.frombuffer(self.docs, dtype=np.int64),
                             np.frombuffer(self.counts, dtype=np.int64))[order]
            weights = whole_weights(self.weights)[order]
            values = Values.of(list(map(self.values.__getitem__, order.tolist()))
                               if any(self.values) else [b""] * len(order))
        return _SortedPostings(numbers, np.bincount(terms, minlength=len(numbers)),
                               docs, weights, values, lengths)

    def _weights(self, docs, freqs):
        """The weights of postings of `docs` with `freqs`: the frequency times the
        text's boost."""
        import numpy as np

        boosts = np.frombuffer(self.boosts, dtype=np.float64)
        if not (boosts != 1.0).any():
            return freqs
        texts = np.frombuffer(self.texts, dtype=np.int64)
        boost = np.ones(int(texts.max()) + 1)
        boost[texts] = boosts
        return whole_weights(freqs * boost[docs])

    def _text_postings(self):
        """The texts' postings sorted by term, then docnum, counted from their words'
        terms all at once: (the field's own numbering of its terms 0, 1, 2, ..., and
        as arrays the term, docnum and weight of each posting, and their values: each
        frequency as Whoosh's Frequency format packs it)."""
        import numpy as np

        flat, starts = self.words.flat()
        firsts = np.frombuffer(self.firsts, dtype=np.int64)
        begin = starts[firsts]
        counts = starts[firsts + np.frombuffer(self.sizes, dtype=np.int64)] - begin
        numbers, flat = _renumbered(flat[ranges(begin, counts)])  # the texts' terms
        texts = np.frombuffer(self.texts, dtype=np.int64)
        span = int(texts.max()) + 1
        docs = np.repeat(texts, counts)
        keys = flat * span + docs
        keys.sort(kind="stable")  # (np.unique's sort took twice as long)
        firsts = np.flatnonzero(np.diff(keys, prepend=-1))  # of each (term, docnum)
        freqs = np.diff(np.append(firsts, len(keys)))
        keys = keys[firsts]
        docs = keys % span
        values = Values(freqs.astype(">u4").view(np.uint8), np.arange(len(freqs)) * INT_SIZE,
                        np.full(len(freqs), INT_SIZE, dtype=np.int64))
        return numbers, keys // span, docs, self._weights(docs, freqs), values

    def _phrase_postings(self):
        """The texts' exact forms sorted by term, then docnum, with their positions:
        (the field's numbering of its terms, and as arrays the term, docnum and weight
        of each posting, and its value: the positions, as Whoosh's Positions format
        encodes them, all at once)."""
        import numpy as np

        flat, starts = self.words.flat()
        sizes = np.frombuffer(self.sizes, dtype=np.int64)
        words = ranges(np.frombuffer(self.firsts, dtype=np.int64), sizes)  # the texts'
        numbers, words = _renumbered(flat[starts[words] + 1])  # exact forms, in order
        order = np.argsort(words, kind="stable")  # by exact form, then docnum, position
        docs = np.repeat(np.frombuffer(self.texts, dtype=np.int64), sizes)[order]
        firsts = np.cumsum(sizes) - sizes
        positions = (np.arange(len(words)) - np.repeat(firsts, sizes))[order]
        words = words[order]
        starts = np.flatnonzero((words[1:] != words[:-1]) | (docs[1:] != docs[:-1])) + 1
        bounds = [0, *starts.tolist(), len(words)] if len(words) else [0]
        data, lengths = encode_position_lists(positions, bounds)
        heads = np.array(bounds[:-1], dtype=np.int64)
        freqs = np.diff(np.array(bounds, dtype=np.int64))
        docs = docs[heads]
        return (numbers, words[heads], docs, self._weights(docs, freqs),
                Values(data, np.cumsum(lengths) - lengths, lengths))


def _renumbered(terms):
    """Term numbers in TERMS (an int array) numbered 0, 1, 2, ... in the order of their
    terms: ({term: its new number}, the array renumbered)."""
    import numpy as np

    present = np.zeros(len(TERMS), dtype=bool)
    present[terms] = True
    renumber = np.cumsum(present) - 1
    numbers = {TERMS[n]: i for i, n in enumerate(np.flatnonzero(present).tolist())}
    return numbers, renumber[terms]


class _SortedPostings:
    """A field's postings sorted by term (`FieldPostings.by_term`)."""

    def __init__(self, numbers: dict[bytes, int], counts, docs, weights,
                 values: Values, lengths: bytes) -> None:
        self.numbers, self.counts, self.values = numbers, counts, values
        self._docs, self._weights, self._lengths = docs, weights, lengths
        self._lists: tuple[list[int], list[float], list[bytes]] | None = None  # `columns`
        self.starts = [0, *counts.cumsum().tolist()]

    def terms(self) -> list[tuple[bytes, int, bool]]:
        """(term, number, whether its postings' values are written: always) of every
        posting list, sorted by term."""
        rows = [(btext, number, True) for btext, number in self.numbers.items()]
        rows.sort(key=itemgetter(0))  # terms are unique: no tuples compared (twice as fast)
        return rows

    def columns(self, number: int) -> Block:
        """(docnums, weights, values) of one term (for a merge)."""
        if self._lists is None:
            self._lists = self._docs.tolist(), self._weights.tolist(), self.values.tolist()
        docs, weights, values = self._lists
        s, e = self.starts[number], self.starts[number + 1]
        return docs[s:e], weights[s:e], values[s:e]

    def entries(self, rows: list[tuple[bytes, int, bool]], limit: int, compression: int,
                fixed_size: int | None, offset: int) -> tuple[list[bytes], list[bytes]]:
        """The entry of each of `terms()`' rows, and the posting lists not in their
        entries, built CHUNK_POSTINGS postings at a time (a term's bytes are its own:
        chunks bound the builders' arrays, not what they write): a list of at most
        INLINE_MAX postings is kept in the entry (`index.engine.entries`); a longer one
        is encoded as blocks (`index.engine.blocks`), to be written to the postings
        file from `offset` on, one after another, where its entry says."""
        import numpy as np

        if not rows:
            return [], []
        numbers = np.fromiter(map(itemgetter(1), rows), np.int64, len(rows))
        valued = np.fromiter(map(itemgetter(2), rows), bool, len(rows))
        short = self.counts[numbers] <= INLINE_MAX
        heads = entry_heads(self.counts, self._docs, self._weights, self._lengths)
        ends = np.cumsum(self.counts[numbers])
        cuts = np.searchsorted(ends, np.arange(CHUNK_POSTINGS, ends[-1], CHUNK_POSTINGS))
        inlined: list[bytes] = []
        lists: list[bytes] = []
        for a, b in pairwise([0, *np.unique(cuts).tolist(), len(rows)]):
            part, inline, with_values = numbers[a:b], short[a:b], valued[a:b]
            inlined += inlined_entries(heads, self._docs, self._weights, self.values,
                                       self.starts, part[inline], with_values[inline])
            lists += encoded_lists(self._docs, self._weights, self.values, self.starts,
                                   part[~inline], with_values[~inline], self._lengths,
                                   limit, compression, fixed_size)
        sizes = list(map(len, lists))
        extents = map(_EXTENT.pack, accumulate(sizes, initial=offset), sizes)
        entries = iter(inlined)
        heads = heads.reshape(-1, HEAD_SIZE)
        return [next(entries) if inline
                else b"\0" + heads[number, 1:].tobytes() + next(extents)  # not inlined
                for number, inline in zip(numbers.tolist(), short.tolist(), strict=True)
                ], lists


class TermPool:
    """The postings of the documents added to one writer, per field."""

    def __init__(self) -> None:
        self.fields: dict[str, FieldPostings] = {}
        self.words = Words()
        self.fieldnames: set[str] = set()  # read by Whoosh's multi-process writer

    def field(self, fieldname: str) -> FieldPostings:
        """The postings of one field."""
        postings = self.fields.get(fieldname)
        if postings is None:
            postings = self.fields[fieldname] = FieldPostings(self.words)
        return postings

    def cleanup(self) -> None:
        self.fields = {}
        self.words = Words()


class _Merged:
    """A segment being merged into the new one: its postings, renumbered."""

    def __init__(self, reader: SegmentReader, base: int, docmap: dict[int, int] | None):
        self.reader, self.base, self.docmap = reader, base, docmap

    def blocks(self, fieldname: str, info) -> Iterator[Block]:
        """(docnums in the new segment, weights, values) of a term's postings, a block
        at a time, deleted documents left out."""
        renumber = self.docmap.__getitem__ if self.docmap is not None else self.base.__add__
        for ids, weights, values in value_blocks(self.reader, fieldname, info):
            yield list(map(renumber, ids)), weights, values


class _Gathered:
    """A chunk of a field's postings from the pool and the merged segments, gathered
    term by term into flat arrays (no object per posting) for the builders
    (`_SortedPostings`), as the pool's own are."""

    def __init__(self) -> None:
        self.numbers: dict[bytes, int] = {}
        self.counts = array("q")
        self.docs, self.weights = array("q"), array("d")
        self.values, self.sizes = bytearray(), array("q")  # values joined, their lengths

    def add(self, btext: bytes, blocks: Iterable[Block]) -> None:
        """Add a term's postings (in docnum order); a term without any is left out."""
        before = len(self.docs)
        for ids, weights, values in blocks:
            self.docs.extend(ids)
            self.weights.extend(weights)
            self.values += b"".join(values)
            self.sizes.extend(map(len, values))
        if len(self.docs) > before:
            self.numbers[btext] = len(self.counts)
            self.counts.append(len(self.docs) - before)

    def by_term(self, lengths: bytes) -> _SortedPostings:
        """The gathered postings grouped by term (`FieldPostings.by_term`)."""
        import numpy as np

        sizes = np.frombuffer(self.sizes, dtype=np.int64)
        values = Values(np.frombuffer(self.values, dtype=np.uint8),
                        np.cumsum(sizes) - sizes, sizes)
        return _SortedPostings(self.numbers, np.frombuffer(self.counts, dtype=np.int64),
                               np.frombuffer(self.docs, dtype=np.int64),
                               whole_weights(np.frombuffer(self.weights)), values, lengths)


class SegmentWriter(WhooshSegmentWriter):
    """Whoosh's SegmentWriter with the term pool, cached lengths and merges built as the
    pool is."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pool = TermPool()
        self._merged: list[_Merged] = []
        self._known: dict[tuple[str, object], Columns] = {}
        self._texts = danish_text_fields(self.schema)
        if any(f.vector or f.separate_spelling() for f in self.schema if f.indexed):
            raise ValueError("term vectors and spelling fields are not supported")

    def add_document(self, **fields) -> None:
        """Whoosh's add_document (no term vectors or spelling fields), with each
        field's postings appended to the pool's arrays whole."""
        docboost, fieldnames = start_document(self, fields)
        schema, docnum, perdoc = self.schema, self.docnum, self.perdocwriter
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
                    boost = field_boost(self, fields, fieldname, docboost)
                    positions = self._texts.get(fieldname) if isinstance(value, str) else None
                    if positions is not None:
                        first, size, terms = self.pool.words.of_text(value)
                        self.pool.field(fieldname).add_words(
                            docnum, first, size, boost * field.format.field_boost)
                        if positions:  # a phrase field's length: its words
                            terms = size
                    else:
                        columns = self._columns(fieldname, field, value)
                        self.pool.field(fieldname).add(docnum, columns, boost)
                        terms = sum(columns.freqs)
                    if field.scorable:
                        length = terms
                stored = fields.get(f"_stored_{fieldname}", value)
                perdoc.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdoc.add_column_value(fieldname, field.column_type,
                                            field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        document_added(self)
        self.docnum += 1

    def _columns(self, fieldname: str, field, value: object) -> Columns:
        """The postings of a metadata field's value (kommune, udvalg, date, path, ...),
        made once per value: most recur from item to item, and Whoosh's analysis of
        even one word costs a generator per layer."""
        key = (fieldname, value)
        try:
            return self._known[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value
            return Columns.of(field.index(value))
        if len(self._known) >= KNOWN_VALUES:
            self._known.clear()
        columns = self._known[key] = Columns.of(field.index(value))
        return columns

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


def danish_text_fields(schema: Schema) -> dict[str, bool]:
    """The fields this writer indexes from `term_numbers`, each with whether it holds
    positions: the text fields (Frequency) and their phrase fields (Positions), where
    the schema has them as `index.schema` makes them."""
    analyzer = danish_analyzer()
    out = {}
    for name in TEXT_FIELDS:
        if name in schema and schema[name].analyzer == analyzer and type(
                schema[name].format) is Frequency:
            out[name] = False
    for name in PHRASE_FIELDS:
        if name in schema and schema[name].analyzer == analyzer | ExactFormFilter() and type(
                schema[name].format) is Positions:
            out[name] = True
    return out


def write_postings(fieldwriter, schema: Schema, perdoc, pool: TermPool,
                   merged: list[_Merged]) -> None:
    """Write the pool's postings and the merged segments', term by term, in order.

    The new documents' docnums come first, then each merged segment's (by base). A
    term whose every posting is of a deleted document is left out.
    """
    postfile, limit, compression, table = field_writer_parts(fieldwriter)
    offset = postfile.tell()
    entries = _TermEntries(table)
    fields = (_merged_fields(schema, perdoc, pool, merged) if merged
              else _pool_fields(schema, perdoc, pool))
    for fieldname, chunks in fields:
        prefix = None
        for postings in chunks:
            if not postings.numbers:  # texts of stop words only (a field id is given
                continue              # to a field with terms only, as Whoosh's writer does)
            if prefix is None:
                fieldwriter.start_field(fieldname, schema[fieldname])
                prefix = pack_ushort(field_id(fieldwriter))
            rows = postings.terms()
            built, lists = postings.entries(rows, limit, compression,
                                            schema[fieldname].format.fixed_value_size(),
                                            offset)
            data = b"".join(lists)
            postfile.write(data)
            offset += len(data)
            entries.add([prefix + btext for btext, _, _ in rows], built)
            del postings, built, lists, data  # before the next chunk's are gathered
        if prefix is not None:
            fieldwriter.finish_field()


def _field_lengths(perdoc, schema: Schema, fieldname: str) -> bytes:
    """The new segment's length byte per docnum of a field (b"" if it has none)."""
    if not schema[fieldname].scorable:
        return b""
    return length_bytes(perdoc, fieldname).ljust(perdoc.doc_count_all(), b"\0")


def _pool_fields(schema: Schema, perdoc, pool: TermPool,
                 ) -> Iterator[tuple[str, Iterator[_SortedPostings]]]:
    """(field, its postings by term: one chunk) of each pooled field, in order."""
    for fieldname in sorted(pool.fields):
        if fieldname in schema:
            yield fieldname, _pool_field(schema, perdoc, pool, fieldname)


def _pool_field(schema: Schema, perdoc, pool: TermPool,
                fieldname: str) -> Iterator[_SortedPostings]:
    """A pooled field's postings by term, built when asked for (not held here)."""
    lengths = _field_lengths(perdoc, schema, fieldname)
    yield pool.fields[fieldname].by_term(lengths, fieldname in PHRASE_FIELDS)


def _merged_fields(schema: Schema, perdoc, pool: TermPool, merged: list[_Merged],
                   ) -> Iterator[tuple[str, Iterator[_SortedPostings]]]:
    """(field, its postings by term in chunks) of each field of the pool and the
    merged segments, in order: a field's postings gathered term by term (the pool's
    first, then each merged segment's by base; deleted documents and terms left
    without postings left out), and built as the pool's are a chunk of consecutive
    terms at a time (`_merged_chunks`), so that a merge holds a chunk's postings,
    not a field's."""
    sources = sorted(merged, key=lambda s: s.base)
    pooled = (((fieldname, btext), (postings, number))
              for fieldname, chunks in _pool_fields(schema, perdoc, pool)
              for postings in chunks
              for btext, number, _ in postings.terms())
    streams = [_tagged(pooled, -1)]
    streams += [_tagged(segment_terms(source.reader).items(), i)
                for i, source in enumerate(sources)]
    by_field = groupby(heapq.merge(*streams), key=lambda part: part[0][0])
    for fieldname, parts in by_field:
        if fieldname in schema:
            yield fieldname, _merged_chunks(schema, perdoc, sources, fieldname, parts)


def _merged_chunks(schema: Schema, perdoc, sources: list[_Merged], fieldname: str,
                   parts: Iterator[tuple]) -> Iterator[_SortedPostings]:
    """A merged field's postings by term, gathered from its (term key, source, info)
    `parts` until GATHER_POSTINGS or more, then built; a term's are never cut (a list
    longer than a chunk is a chunk of its own). The bytes are a whole field's: a
    term's entry and list are its own."""
    lengths = _field_lengths(perdoc, schema, fieldname)
    gathered = _Gathered()
    for (_, btext), group in groupby(parts, key=itemgetter(0)):
        gathered.add(btext, chain.from_iterable(
            (info[0].columns(info[1]),) if source < 0  # the pool's, first
            else sources[source].blocks(fieldname, info)
            for _, source, info in group))
        if len(gathered.docs) >= GATHER_POSTINGS:
            yield gathered.by_term(lengths)
            gathered = _Gathered()
    if gathered.numbers:
        yield gathered.by_term(lengths)


def _tagged(items: Iterator[tuple[TermKey, object]], source: int) -> Iterator[tuple]:
    """(term key, source, term info): sorted by key, then source (never the info)."""
    return ((key, source, info) for key, info in items)


class _TermEntries:
    """Adds entries to the segment's term table as `OrderedHashWriter.add` does, a
    field at a time: the entries written in one call, their positions counted here
    (not asked of the file), their hashes made in C; the hash tables are written in
    one call each (`_write_hash_tables`)."""

    def __init__(self, table: OrderedHashWriter) -> None:
        self.table = table
        self.position = table.dbfile.tell()
        self.hashes: list[int] = []  # of every entry written, and its position
        self.positions: list[int] = []
        replace_hash_writer(table, partial(_write_hash_tables, table, self.hashes,
                                           self.positions))
        # Keys hashed with CRC-32 (Whoosh's hash type 1, which its reader reads from
        # the table's header) instead of md5 (type 0, Whoosh's writer's default):
        # 0.1 µs a key against 1.8 µs, most of adding an entry.
        if len(table.index) or self.position != table.startoffset + _TABLE_HEADER:
            raise ValueError("the term table has entries already")
        table.dbfile.seek(table.startoffset + len(b"HSH3"))
        table.dbfile.write_byte(_CRC32)
        table.dbfile.seek(self.position)
        table.hashtype, table.hashfn = _CRC32, crc_hash

    def add(self, keys: list[bytes], values: list[bytes]) -> None:
        """Write entries (keys must increase)."""
        table = self.table
        if not keys:
            return
        if not (table.lastkey < keys[0] and all(map(lt, keys, islice(keys, 1, None)))):
            raise ValueError(f"Keys must increase: {table.lastkey!r}, {keys[:3]!r}...")
        heads = list(map(ENTRY_LENGTHS.pack, map(len, keys), map(len, values)))
        table.dbfile.write(b"".join(chain.from_iterable(zip(heads, keys, values,
                                                            strict=True))))
        ends = list(accumulate(map(add, map(len, keys), map(len, values)),
                               initial=self.position))
        positions = [end + i * ENTRY_LENGTHS.size for i, end in enumerate(ends)]
        self.position = positions.pop()
        extend_positions(table, positions)
        self.hashes.extend(map(zlib.crc32, keys))  # crc_hash
        self.positions.extend(positions)
        table.lastkey = keys[-1]


_CRC32 = 1  # the hash type of crc_hash
_TABLE_HEADER = 4 + 1 + 4 + 4  # HashWriter's magic, hash type and two unused ints
_POINTER = [("hash", ">u4"), ("position", ">i8")]  # a hash table's slot ("!Iq")


def _write_hash_tables(table: OrderedHashWriter, hashes: list[int],
                       positions: list[int]) -> None:
    """`HashWriter._write_hashes` for entries of `hashes` at `positions`: the 256
    tables of 2n slots (hash, position), each entry in the first free slot from slot
    (hash >> 8) % 2n on, as Whoosh's reader looks. The entries of a table are placed
    in order of their first slot, all at once (numpy), not one probe at a time: an
    entry goes to its first slot or the one after its predecessor's, whichever is
    later; the few that would run past the end go to the first free slots from the
    start, where the reader's probe wraps to."""
    import numpy as np

    dbfile = table.dbfile
    hashes_ = np.array(hashes, dtype=np.int64)
    positions_ = np.array(positions, dtype=np.int64)
    bucket = hashes_ & 255
    by_bucket = np.argsort(bucket, kind="stable")
    ends = np.cumsum(np.bincount(bucket, minlength=256)).tolist()
    for start, end in pairwise([0, *ends]):
        size = 2 * (end - start)
        table.directory.append((dbfile.tell(), size))
        if not size:
            continue
        entries = by_bucket[start:end]
        first = (hashes_[entries] >> 8) % size
        entries = entries[np.argsort(first, kind="stable")]
        first.sort()
        order = np.arange(len(first))
        slots = np.maximum.accumulate(first - order) + order
        slotted = np.zeros(size, dtype=_POINTER)
        fits = slots < size
        slotted["hash"][slots[fits]] = hashes_[entries[fits]]
        slotted["position"][slots[fits]] = positions_[entries[fits]]
        free = np.flatnonzero(slotted["position"] == 0)
        for slot, entry in zip(free.tolist(), entries[~fits].tolist(), strict=False):
            slotted[slot] = (hashes[entry], positions[entry])
        dbfile.write(slotted.tobytes())
