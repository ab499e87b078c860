"""A term probe (`whoosh_compat.term_probe`, through `matching.term_probes`) answers
as Whoosh's reader does, and `inflections.held` as it did with `doc_frequency`."""

from __future__ import annotations

import pytest
from referat.index.analysis import EXACT_PREFIX, exact_term
from referat.index.schema import TEXT_FIELDS
from referat.search.inflections import held
from referat.search.matching import term_probes
from whoosh import index as whoosh_index

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
