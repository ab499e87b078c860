"""A term probe (`whoosh_compat.term_probe`, through `matching.term_probes`) answers
as Whoosh's reader does, and `inflections.held` as it did with `doc_frequency`; the
term lookups behind them (`hash_entry`, `term_infos`) find what Whoosh's find."""

from __future__ import annotations

import pytest
from referat.index.analysis import EXACT_PREFIX, exact_term
from referat.index.engine.whoosh_compat import hash_entry, segment_terms, term_infos
from referat.index.schema import TEXT_FIELDS
from referat.search.inflections import held
from referat.search.matching import term_probes
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import HashReader, HashWriter
from whoosh.filedb.structfile import BufferFile

from tests.test_segment_writer import _build, documents  # noqa: F401  (a fixture)


@pytest.fixture(params=[True, False], ids=["referat's writer", "Whoosh's writer"])
def reader(request, documents, tmp_path):  # noqa: F811
    """A reader of two segments, written by referat's writer or by Whoosh's."""
    half = len(documents) // 2
    index_dir = _build(tmp_path / "ix", [documents[:half], documents[half:]],
                       ours=request.param)
    with whoosh_index.open_dir(str(index_dir)).reader() as reader:
        assert len(reader.leaf_readers()) == 2
        yield reader


def test_probes_find_every_term_and_no_other(reader):
    """Each segment's probe holds each of its terms, and no term changed by a byte."""
    for probe, (segment, _) in zip(term_probes(reader), reader.leaf_readers(), strict=True):
        terms = list(segment.all_terms())
        assert len(terms) > 1000
        assert all(probe(fieldname, btext) for fieldname, btext in terms)
        for fieldname, btext in terms[::7]:
            for other in (btext + b"x", btext[:-1], b"\xff" + btext):
                assert probe(fieldname, other) == ((fieldname, other) in segment)


def test_held_as_doc_frequency(reader):
    """`held` says what summing every text field's document frequency said, for every
    exact form of the index and forms it lacks."""
    words = [btext.decode("utf-8")[len(EXACT_PREFIX):] for fieldname, btext in reader.all_terms()
             if fieldname in TEXT_FIELDS and btext.startswith(EXACT_PREFIX.encode())]
    forms = sorted(set(words))[::3]
    forms += [form + ending for form in forms[::5] for ending in ("e", "er", "ede", "zq")]
    want = [any(reader.doc_frequency(f, exact_term(form)) for f in TEXT_FIELDS) for form in forms]
    assert 100 < sum(want) < len(forms) - 100
    assert [held(reader, form) for form in forms] == want


def test_term_infos_as_whoosh_reads_them(reader):
    """`term_infos` gives each segment's TermInfo of each of its terms as Whoosh's
    `term_info` does, and None for a term changed by a byte that the segment lacks."""
    for segment, _ in reader.leaf_readers():
        info = term_infos(segment)
        terms = list(segment.all_terms())
        for fieldname, btext in terms:
            want = segment_terms(segment).term_info(fieldname, btext)
            assert vars(info(fieldname, btext)) == vars(want)
        for fieldname, btext in terms[::7]:
            for other in (btext + b"x", btext[:-1], b"\xff" + btext):
                assert (info(fieldname, other) is None) == ((fieldname, other) not in segment)


@pytest.mark.parametrize("hashtype", [1, 0], ids=["crc32", "md5: Whoosh's walk"])
@pytest.mark.parametrize("in_memory", [True, False], ids=["buffer", "file: Whoosh's walk"])
def test_hash_entry_as_ranges_for_key(tmp_path, hashtype, in_memory):
    """`hash_entry` finds what `HashReader.ranges_for_key` finds first, for every key of a
    hash file (repeated keys and full tables among them) and keys it lacks."""
    storage = FileStorage(str(tmp_path))
    writer = HashWriter(storage.create_file("t.hsh"), hashtype=hashtype)
    keys = [f"k{i}".encode() * (1 + i % 3) for i in range(3000)]
    for i, key in enumerate(keys + keys[::5]):
        writer.add(key, str(i).encode())
    writer.close()
    length = storage.file_length("t.hsh")
    dbfile = (BufferFile(storage.open_file("t.hsh").read()) if in_memory
              else storage.open_file("t.hsh"))
    table = HashReader(dbfile, length)
    entry = hash_entry(table)
    for key in [*keys, *(k + b"x" for k in keys[::3]), b"", b"k"]:
        assert entry(key) == next(table.ranges_for_key(key), None)
