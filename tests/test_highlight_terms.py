"""`query.highlight_terms` looks a term up by the segments' probes: the terms it gives
are those Whoosh's `existing_terms` gives for the query's positive leaves."""

from __future__ import annotations

from functools import partial

import pytest
from referat.index.schema import TEXT_FIELDS, text_field_of
from referat.search.matching import prefix_words
from referat.search.query import highlight_terms
from whoosh import query

from tests.test_matching import QUERIES

LOOSE = ["hvad koster vintervedligeholdelse af veje", "skolernes budget og regnskab",
         "xyzzyq budget", "kobenhavn affald", "lukkede skoler", "ældre plejehjem pladser",
         "sag 4924 budget"]


def whoosh_terms(q: query.Query, reader, words) -> dict[str, set[str]]:
    """The same, from Whoosh's `existing_terms` of each positive leaf (prefixes as
    `highlight_terms` expands them)."""
    leaves: list[query.Query] = []

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)
        else:
            leaves.append(node)

    walk(q)
    out: dict[str, set[str]] = {}
    for leaf in leaves:
        found = ([(leaf.fieldname, w) for w in words(leaf.fieldname, leaf.text)]
                 if isinstance(leaf, query.Prefix)
                 else leaf.existing_terms(reader, phrases=True, expand=True))
        for fieldname, text in found:
            if text_field_of(fieldname) in TEXT_FIELDS:
                out.setdefault(text_field_of(fieldname), set()).add(text.decode("utf-8"))
    return out


@pytest.mark.parametrize("text", QUERIES + LOOSE)
def test_terms_are_whooshs_existing_terms(referat, text):
    searcher = referat._searcher()
    reader = searcher.reader()
    q, _ = referat.build_query(text)
    words = partial(prefix_words, searcher, expansions={})
    want = whoosh_terms(q, reader, words)
    asked = {(leaf.fieldname, leaf.text) for leaf in q.leaves()
             if type(leaf) is query.Term and leaf.fieldname in TEXT_FIELDS}
    held = {(f, t) for f, ts in want.items() for t in ts}
    if text in LOOSE:  # terms the index holds and terms it lacks, both
        assert held and asked - held
    assert highlight_terms(q, reader, words) == want
