"""Property-based and fuzz tests (hypothesis), kept small: about 400 cases in all.

- the layout parser, the text reader and the portal JSON reader never crash on random
  or mutated input (only the documented ReadError family may come out);
- generated First Agenda minutes with N `Punkt k: title` items parse to exactly N
  items with the right numbers and titles, whatever the section bodies;
- random query strings give results or a QueryError, nothing else;
- random sequences of add / change / delete / re-index on a small folder leave the
  index equal to a fresh build of the same files.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from referat.index.layout import Line, parse_lines
from referat.index.model import ReadError
from referat.index.readers import parse_bytes, portal_json, text
from referat.index.writer import Indexer
from referat.search.query import QueryError

from referat import search
from tests.conftest import CORPUS, EXAMPLES

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

GREVE = sorted((CORPUS / "greve").glob("*.json"))[0].read_bytes()
TEKNIK = (EXAMPLES / "teknik-og-miljoe-2025-03-10.txt").read_bytes()

danish = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S", "Cc")),
    max_size=200,
)


# -- the parsers never crash ----------------------------------------------------------
@FAST
@given(st.lists(danish, max_size=40))
def test_parse_lines_never_crashes(lines):
    try:
        parse_lines([Line(text=t, page=1) for t in lines], "x.txt")
    except ReadError:
        pass


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, cut, insert in edits:
        at = position % (len(out) + 1)
        out[at:at + cut] = insert
    return bytes(out)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50), st.binary(max_size=20)),
                 min_size=1, max_size=8)


@pytest.mark.parametrize(("reader", "original", "name"),
                         [(text, TEKNIK, "x.txt"), (portal_json, GREVE, "x.json")],
                         ids=["text minutes", "portal json"])
@FAST
@given(mutations=edits)
def test_mutated_minutes_never_crash(reader, original, name, mutations):
    data = _mutate(original, mutations)
    try:
        reader.read(data, name)
    except ReadError:
        pass
    assert parse_bytes(data, name).status in ("ok", "not_minutes", "error")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["Dagsordenpunkter", "Moede", "Udvalg", "Navn", "Felter", "Html",
                         "Punktnummer", "Dato", "Link", "Moededeltagere", "x"]),
        inner, max_size=5),
    max_leaves=20,
)


@FAST
@given(json_values)
def test_structurally_odd_portal_json_never_crashes(value):
    result = parse_bytes(json.dumps(value).encode(), "x.json")
    assert result.status in ("ok", "not_minutes", "error")
    if result.status == "error":
        assert result.reason and "\n" not in result.reason


# -- item boundaries survive any section bodies ------------------------------------
title_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=2, max_size=10)
# A title that opens with a verdict ("Anbefalet", "Udsat") and has no sections under it
# reads as a decision that repeats an item's marker: ambiguous by design, not generated.
VERDICTS = ("godkendt", "godkendes", "tiltrådt", "tiltrådte", "anbefalet", "anbefales",
            "vedtaget", "vedtages", "udsat", "udsættes", "oversendes", "oversendt",
            "drøftet", "drøftes", "intet")
titles = st.lists(title_words, min_size=1, max_size=5).filter(
    lambda ws: ws[0] not in VERDICTS).map(lambda ws: " ".join(ws).capitalize())
body_line = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs"),
                                           include_characters=".,:;-()"),
                    max_size=80).filter(lambda s: not s.strip().lower().startswith("punkt"))
headings = st.sampled_from(["Indstilling", "Beslutning", "Resumé", "Sagsfremstilling",
                            "Økonomi", "Bilag"])
sections = st.lists(st.tuples(headings, st.lists(body_line, max_size=4)), max_size=4)


@FAST
@given(st.lists(st.tuples(titles, sections), min_size=1, max_size=8))
def test_generated_first_agenda_minutes_keep_every_item(items):
    lines = ["REFERAT Teknik- og Miljøudvalget d. 10-03-2025", ""]
    for k, (title, secs) in enumerate(items, start=1):
        lines += [f"Punkt {k}: {title}", ""]
        for heading, body in secs:
            lines += [heading, "", *body, ""]
    meeting = text.read("\n".join(lines).encode("utf-8"), "generated.txt")
    assert [i.number for i in meeting.items] == [str(k) for k in range(1, len(items) + 1)]
    assert [i.title for i in meeting.items] == [" ".join(t.split()) for t, _ in items]


# -- random queries ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def example_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("prop-ix")
    Indexer(index_dir, jobs=1).run([EXAMPLES])
    return index_dir


query_text = st.lists(
    st.sampled_from(list('abæø *?"():^~[]{}-+!\\/\'') +
                    ["AND ", "OR ", "NOT ", "TO ", "titel:", "beslutning:",
                     "foo:", "punkt:", "sag:", "affald", "sortering", "2024"]),
    max_size=30,
).map("".join) | st.text(max_size=40)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=query_text, sort=st.sampled_from(["relevance", "date"]),
       sections=st.sampled_from([None, ["beslutning"], ["bilag", "resume"]]))
def test_random_queries_give_results_or_query_error(example_index, query, sort, sections):
    with search.open_index(example_index) as ix:
        try:
            result = ix.search(query, sort=sort, sections=sections)
        except QueryError as exc:
            assert "\n" not in str(exc)
        else:
            assert result.total >= 0


# -- incremental indexing equals a fresh build -------------------------------------
SOURCES = [EXAMPLES / "teknik-og-miljoe-2025-03-10.txt",
           EXAMPLES / "sundhed-og-omsorg-2025-04-07.json",
           CORPUS / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt"]
NAMES = ["a.txt", "b.json", "c.txt", "sub/d.txt", "sub/e.json"]

operations = st.lists(
    st.tuples(st.sampled_from(["add", "change", "delete", "move", "touch", "index"]),
              st.sampled_from(NAMES), st.integers(0, len(SOURCES) - 1)),
    min_size=1, max_size=8,
)


def _items(index_dir: Path) -> set[tuple[str, str, str]]:
    with search.open_index(index_dir) as ix:
        return {(f["id"], f["path"], f["title"])
                for f in ix._searcher().documents(doctype="item")}


def _content(source: int, name: str, version: int) -> bytes:
    data = SOURCES[source].read_bytes()
    if name.endswith(".json") != SOURCES[source].name.endswith(".json"):
        data = SOURCES[1 if name.endswith(".json") else 0].read_bytes()
    if version and not name.endswith(".json"):
        data += f"\nTilføjet linje {version}.\n".encode()
    return data


@settings(max_examples=int(os.environ.get("REFERAT_PROPERTY_EXAMPLES", 25)), deadline=None)
@given(operations)
def test_random_changes_then_reindex_equal_a_fresh_build(ops):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "m"
        (folder / "sub").mkdir(parents=True)
        version = 0
        for op, name, source in ops:
            path = folder / name
            version += 1
            if op == "add" and not path.exists():
                path.write_bytes(_content(source, name, 0))
            elif op == "change" and path.exists():
                path.write_bytes(_content(source, name, version))
            elif op == "delete" and path.exists():
                path.unlink()
            elif op == "move" and path.exists():
                where = folder / "sub" if "/" not in name else folder
                target = where / f"moved{version}{path.suffix}"
                shutil.move(path, target)
            elif op == "touch" and path.exists():
                st_ = path.stat()
                os.utime(path, ns=(st_.st_atime_ns, st_.st_mtime_ns + 10**9))
            elif op == "index":
                Indexer(root / "ix", jobs=1).run([folder])
        Indexer(root / "ix", jobs=1).run([folder])
        Indexer(root / "fresh", jobs=1).run([folder])
        assert _items(root / "ix") == _items(root / "fresh")
