"""Differential tests: the fast engine against stock Whoosh (`referat.index.engine`).

The whole shared corpus is indexed twice per session, once per engine
(``REFERAT_ENGINE=fast``, ``REFERAT_ENGINE=whoosh``), the second with the first's parse
cache, so it parses nothing. Compared through Whoosh's public reader only: every term's
statistics and postings, every document's stored fields and field lengths; then
generated queries of every kind, each run by its engine on its index, compared on
totals, scores and order; then hypothesis-made sequences of commits, deletions,
updates and merges, applied by both writers.

Documents are matched by item id, never by docnum: the multi-process writer spreads
documents over segments as its workers take them, so docnums differ from run to run.
Scores agree to a relative `TOLERANCE` (the same BM25F floats, added in another order
where segments differ); order is compared under the tie-break `_ranked` makes
deterministic: score (to `TOLERANCE`), then item id.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from referat.index.documents import item_documents
from referat.index.engine import ENGINE_VAR, segment_writer_class
from referat.index.store import INDEX_NAME, open_or_create
from referat.search.query import ITEMS, QueryError
from whoosh import index as whoosh_index
from whoosh import query
from whoosh.writing import MERGE_SMALL, OPTIMIZE

from referat import search
from tests.conftest import parsed_meetings

TOLERANCE = 1e-9  # relative difference allowed between the engines' scores
QUERY_COUNT = 240


@contextmanager
def engine(name: str) -> Iterator[None]:
    """Run the block with $REFERAT_ENGINE set to `name` (worker processes inherit it)."""
    old = os.environ.get(ENGINE_VAR)
    os.environ[ENGINE_VAR] = name
    try:
        yield
    finally:
        if old is None:
            del os.environ[ENGINE_VAR]
        else:
            os.environ[ENGINE_VAR] = old


@pytest.fixture(scope="session")
def engine_indexes(corpus: Path, tmp_path_factory) -> dict[str, Path]:
    """{engine: index folder} of the whole shared corpus, built once per session, each
    by `referat index` in a process of its own (the test process stays small)."""
    root = tmp_path_factory.mktemp("engines")
    folders = {name: root / name for name in ("fast", "whoosh")}
    for name, folder in folders.items():
        if name == "whoosh":
            shutil.copytree(folders["fast"] / "cache", folder / "cache")
        proc = subprocess.run(
            [sys.executable, "-m", "referat.search", "index", str(corpus), "--index",
             str(folder), "--json"], capture_output=True, text=True,
            env={**os.environ, ENGINE_VAR: name}, timeout=1200)
        assert proc.returncode in (0, 3), proc.stderr  # 3: some files could not be read
        assert json.loads(proc.stdout)["items_added"] > 5000
    return folders


# -- the index, through Whoosh's public reader ---------------------------------------
def _contents(index_dir: Path, postings_every: int = 1) -> dict:
    """Everything a reader tells of an index, keyed by item id (never docnum): stored
    fields and field lengths per document; per term its document frequency and total
    weight (summed over the segments), and the postings {id: (weight, value)} of every
    `postings_every`-th term in order. Documents and postings are kept as hashes (this
    process's, the same for equal values): the whole corpus's, kept as they are, left
    the test process a gigabyte large, which a later subprocess's peak RSS counts."""
    ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    with ix.reader() as reader:
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        assert len(set(ids.values())) == len(ids), "item ids are unique"
        scorable = list(reader.schema.scorable_names())
        documents = {
            ids[docnum]: hash(repr((sorted(fields.items()),
                                    [reader.doc_field_length(docnum, f) for f in scorable])))
            for docnum, fields in reader.iter_docs()}
        stats: dict = defaultdict(lambda: [0, 0.0])  # [document frequency, weight]
        for segment, _ in reader.leaf_readers():
            first = min(segment.indexed_field_names(), default=None)
            for term, info in segment.iter_from(first, b"") if first else ():
                stats[term][0] += info.doc_frequency()
                stats[term][1] += info.weight()
        postings = {}
        for term in sorted(stats)[::postings_every]:
            m = reader.postings(*term)
            found = []
            while m.is_active():
                found.append((ids[m.id()], m.weight(), m.value() or b""))  # None: no value
                m.next()
            postings[term] = hash(tuple(sorted(found)))
    return {"documents": documents, "terms": dict(stats), "postings": postings}


def _differences(fast_dir: Path, stock_dir: Path, postings_every: int) -> dict:
    """{part: (entries compared, the first keys that differ)} of two indexes'
    `_contents`."""
    fast, stock = _contents(fast_dir, postings_every), _contents(stock_dir, postings_every)
    out = {}
    for part in ("documents", "terms", "postings"):
        keys = fast[part].keys() | stock[part].keys()
        differing = sorted(k for k in keys if fast[part].get(k) != stock[part].get(k))
        out[part] = (len(keys), differing[:3])
    return out


def test_both_engines_write_the_same_index(engine_indexes):
    """The same terms with the same statistics, the same stored fields and field
    lengths, on the whole corpus; the same postings of every fourth term (all of them
    took a minute). Compared in a child process: the test process stays small."""
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        found = pool.submit(_differences, engine_indexes["fast"], engine_indexes["whoosh"],
                            4).result()
    assert {part: differing for part, (_, differing) in found.items()} == {
        "documents": [], "terms": [], "postings": []}
    assert found["documents"][0] > 5000 and found["terms"][0] > 200_000
    assert found["postings"][0] > 50_000


# -- generated queries ---------------------------------------------------------------
def _generated_queries(index_dir: Path, count: int) -> list[tuple[str, dict]]:
    """`count` queries of every kind the CLI accepts, made (seeded) from the words and
    word pairs of the corpus's item titles: words, pairs, OR, NOT, groups, phrases
    (some with slop), prefixes, field queries, filters and filter-only listings."""
    rng = random.Random(16)
    ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    with ix.reader() as reader:
        titles = sorted({fields.get("title", "") for _, fields in reader.iter_docs()
                         if fields.get("doctype") == "item"})
        udvalg = sorted({fields.get("udvalg", "") for _, fields in reader.iter_docs()} - {""})
    texts = [re.findall(r"[^\W\d_]{3,}", title) for title in titles]
    words = sorted({w.lower() for ws in texts for w in ws})
    pairs = [ws[i:i + 2] for ws in texts for i in range(len(ws) - 1)]
    fields = ["beslutning", "titel", "sagsfremstilling", "indstilling", "resume", "udvalg"]
    filters = [{"udvalg": rng.choice(udvalg).split()[0]}, {"kind": "referat"},
               {"date_from": "2023-01-01", "date_to": "2024-06-30"},
               {"sections": ["beslutning"]}, {"kommune": "greve", "date_to": "2022-12-31"},
               {"sections": ["okonomi", "indstilling"], "kind": "dagsorden"}]

    def word() -> str:
        return rng.choice(words)

    makers = [
        lambda: (word(), {}),
        lambda: (f"{word()} {word()}", {}),
        lambda: (f"{word()} OR {word()}", {}),
        lambda: (f"{word()} NOT {word()}", {}),
        lambda: (f"({word()} OR {word()}) {word()}", {}),
        lambda: ('"{}"'.format(" ".join(rng.choice(pairs))), {}),
        lambda: ('"{}"~2'.format(" ".join(rng.choice(pairs))), {}),
        lambda: (f"{word()[:rng.randint(3, 5)]}*", {}),
        lambda: (f"{rng.choice(fields)}:{word()}", {}),
        lambda: (word(), rng.choice(filters)),
        lambda: ("", rng.choice(filters)),
    ]
    return [makers[i % len(makers)]() for i in range(count)]


def _ranked(index_dir: Path, text: str, filters: dict) -> tuple[int, list[tuple[str, float]]]:
    """(total, every match as (item id, score)) of a query, by the process's engine, in
    the order of the deterministic tie-break: score (to TOLERANCE), then item id."""
    with search.open_index(index_dir) as referat:
        built = referat._build_query(text, **filters)
        q, flt = built.query, built.filter
        searcher = referat._searcher()
        if q is None:  # a listing, as `search` makes it
            q, flt = (query.And([ITEMS, flt]) if flt is not None else ITEMS), None
        scores = referat._scores(searcher, q, flt, built.expansions)
        total = len(scores)
        hits = [(searcher.stored_fields(docnum)["id"], score)
                for docnum, score in scores.items()]
    digits = -int(f"{TOLERANCE:e}".split("e")[1])
    return total, sorted(hits, key=lambda hit: (-float(f"{hit[1]:.{digits}g}"), hit[0]))


def test_generated_queries_give_the_same_results(engine_indexes):
    """At least 200 generated queries: the same total, the same matches with the same
    scores (to TOLERANCE), in the same order."""
    queries = _generated_queries(engine_indexes["fast"], QUERY_COUNT)
    assert len(queries) >= 200
    compared = matched = 0
    for text, filters in queries:
        results = {}
        for name in ("fast", "whoosh"):
            with engine(name):
                try:
                    results[name] = _ranked(engine_indexes[name], text, filters)
                except QueryError as exc:  # a prefix that expands too far, say
                    results[name] = str(exc)
        fast, stock = results["fast"], results["whoosh"]
        if isinstance(fast, str) or isinstance(stock, str):
            assert fast == stock, (text, filters)
            continue
        assert fast[0] == stock[0], (text, filters)  # the total
        assert [i for i, _ in fast[1]] == [i for i, _ in stock[1]], (text, filters)
        for (_, got), (_, want) in zip(fast[1], stock[1], strict=True):
            assert got == pytest.approx(want, rel=TOLERANCE), (text, filters)
        compared += 1
        matched += bool(fast[0])
    assert compared >= 200 and matched >= 150


# -- sequences of writes -------------------------------------------------------------
@pytest.fixture(scope="module")
def sequence_documents(corpus: Path) -> list[dict]:
    """The items of eight Greve meetings, as index documents with unique ids."""
    paths = sorted((corpus / "greve").glob("*.json"))[::97][:8]
    docs = []
    for n, (path, meeting) in enumerate(parsed_meetings(paths)):
        docs += item_documents(meeting, f"{n:012d}", str(path))
    return docs


OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(1, 12)),
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
    st.tuples(st.just("update"), st.integers(0, 10_000)),
    st.tuples(st.just("merge"), st.sampled_from(["small", "optimize"])),
), min_size=2, max_size=8)


def _apply(index_dir: Path, operations: list[tuple], docs: list[dict]) -> None:
    """Apply the operations with this process's engine's writer, one commit each."""
    ix = open_or_create(index_dir)
    added: list[dict] = []
    for kind, arg in operations:
        writer = segment_writer_class()(ix)
        if kind == "add":
            batch = docs[len(added):len(added) + arg]
            for doc in batch:
                writer.add_document(**doc)
            added += batch
        elif kind in ("delete", "update") and added:
            doc = added[arg % len(added)]
            if kind == "delete":
                writer.delete_by_term("id", doc["id"])
            else:
                changed = dict(doc, title=f"{doc['title']} (ændret)",
                               beslutning="Godkendt som indstillet med ændringer.",
                               beslutning_phrase="Godkendt som indstillet med ændringer.")
                writer.update_document(**changed)
        if kind == "merge":
            writer.commit(mergetype=OPTIMIZE if arg == "optimize" else MERGE_SMALL)
        else:
            writer.commit(merge=False)


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_sequences_of_writes_give_the_same_index(sequence_documents, tmp_path_factory,
                                                 operations):
    """Commits of new documents (a segment each), deletions, updates and merges, by
    both writers: the same index through the public reader, and the same results."""
    root = tmp_path_factory.mktemp("sequence")
    for name in ("fast", "whoosh"):
        with engine(name):
            _apply(root / name, operations, sequence_documents)
    assert _contents(root / "fast") == _contents(root / "whoosh")
    for text in ("godkendt", '"godkendt som indstillet"', "budget OR ændret", "sag*"):
        results = []
        for name in ("fast", "whoosh"):
            with engine(name):
                results.append(_ranked(root / name, text, {}))
        (fast_total, fast), (stock_total, stock) = results
        assert fast_total == stock_total and [i for i, _ in fast] == [i for i, _ in stock]
        assert [s for _, s in fast] == pytest.approx([s for _, s in stock], rel=TOLERANCE)
