"""Stock Whoosh can use a referat index, and an index in another format is refused in
one line that says how to rebuild it."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from referat.index.schema import FORMAT_VERSION, PHRASE_FIELDS, TEXT_FIELDS, build_schema
from referat.index.store import (
    FORMAT_FILE,
    INDEX_NAME,
    IndexFormatError,
    open_existing,
    open_or_create,
)
from referat.index.writer import index_paths
from referat.search.cli import cli
from whoosh import index as whoosh_index
from whoosh import query
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage

from referat import search

# Every kind of query the CLI accepts: words, pairs, phrases (with slop, in a field),
# prefixes, OR, NOT, groups, fields, case numbers; with and without filters.
QUERIES = [
    ("budget", {}), ("affald sortering", {}), ('"til efterretning"', {}),
    ('"byrådet godkender"~3', {}), ('beslutning:"til efterretning"', {}),
    ("lokal*", {}), ("bygge* vej", {}), ("skole OR daginstitution", {}),
    ("skole NOT lukning", {}), ("(budget OR regnskab) anlæg", {}), ("NOT budget", {}),
    ("titel:budget", {}), ("sag:23-004924", {}), ('budget NOT "vej og park"', {}),
    ("budget", {"udvalg": "teknik", "date_from": "2020-01-01", "kind": "referat"}),
    ('"til efterretning"', {"sections": ["beslutning"], "kommune": "greve"}),
    ("", {"date_to": "2019-06-30"}),
]


def _stock_queries(referat) -> list[tuple[str, query.Query]]:
    """(query text, the Whoosh query referat runs for it: query AND filter)."""
    out = []
    for text, filters in QUERIES:
        q, flt = referat.build_query(text, **filters)
        parts = [p for p in (q, flt) if p is not None]
        out.append((text, query.And(parts) if len(parts) > 1 else parts[0]))
    return out


def _stock_hits(ix, queries: list[tuple[str, query.Query]]) -> dict[str, set[str]]:
    """The ids every query finds through a stock Searcher."""
    with ix.searcher() as searcher:
        return {f"{text} {q!r}": {hit["id"] for hit in searcher.search(q, limit=None)}
                for text, q in queries}


def test_stock_whoosh_searches_the_index(corpus_index, referat):
    """Plain `whoosh.index.open_dir` and a stock Searcher run every kind of query,
    phrases too: their positions are in phrase fields of their own."""
    ix = whoosh_index.open_dir(str(corpus_index[0]), indexname=INDEX_NAME)
    assert all(ix.schema[f].format.supports("positions") for f in PHRASE_FIELDS)
    assert not any(ix.schema[f].format.supports("positions") for f in TEXT_FIELDS)
    queries = _stock_queries(referat)
    hits = _stock_hits(ix, queries)
    for (text, _), found in zip(queries, hits.values(), strict=True):
        if '"' in text:
            assert found, text  # a phrase, through Whoosh's own span matcher
    assert sum(map(bool, hits.values())) == len(queries)


def test_stock_whoosh_optimises_the_index(workdir, tmp_path):
    """A stock writer merges an index of several segments with deletions (written by
    referat's writer) into one, and stock searches find what they found before."""
    ix_dir = tmp_path / "ix"
    index_paths([workdir], index_dir=ix_dir, jobs=1)
    target = workdir / "albertslund.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nTages til efterretning.\n",
                      encoding="utf-8")
    index_paths([workdir], index_dir=ix_dir, jobs=1)
    ix = whoosh_index.open_dir(str(ix_dir), indexname=INDEX_NAME)
    assert len(ix._segments()) > 1 and ix.doc_count() < ix.doc_count_all()
    with search.open_index(ix_dir) as referat:
        queries = _stock_queries(referat)
    before = _stock_hits(ix, queries)
    assert sum(map(bool, before.values())) > len(queries) // 2
    ix.writer().commit(optimize=True)
    ix = whoosh_index.open_dir(str(ix_dir), indexname=INDEX_NAME)
    assert len(ix._segments()) == 1 and ix.doc_count() == ix.doc_count_all()
    assert _stock_hits(ix, queries) == before
    with search.open_index(ix_dir) as referat:  # and referat reads the merged index
        assert referat.search('"tages til efterretning"').total >= 1


def test_a_new_index_records_its_format(tmp_path):
    open_or_create(tmp_path / "ix")
    assert f'"format": {FORMAT_VERSION}' in (tmp_path / "ix" / FORMAT_FILE).read_text()
    assert open_existing(tmp_path / "ix").doc_count() == 0


def _old_index(path: Path, fmt: int | None) -> Path:
    """An index folder of this schema that records format `fmt` (None: no record, as
    every index written before formats were recorded)."""
    path.mkdir()
    FileStorage(str(path)).create_index(build_schema(), indexname=INDEX_NAME)
    if fmt is not None:
        (path / FORMAT_FILE).write_text(f'{{"format": {fmt}}}\n')
    return path


@pytest.mark.parametrize("fmt", [None, 1, FORMAT_VERSION + 1])
def test_an_index_in_another_format_is_refused_in_one_line(tmp_path, fmt):
    ix = _old_index(tmp_path / "ix", fmt)
    for opening in (open_existing, open_or_create, search.open_index):
        with pytest.raises(IndexFormatError) as caught:
            opening(ix)
        message = str(caught.value)
        assert "\n" not in message and f"rm -r {ix}" in message
        assert ("newer" if fmt == FORMAT_VERSION + 1 else "older") in message
    result = CliRunner().invoke(cli, ["search", "budget", "--index", str(ix)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: the index at") and result.output.count("\n") == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_index_whose_classes_no_longer_import_is_refused(tmp_path, monkeypatch):
    """An index from before the rename names classes in its pickled schema that do not
    import any more (`index.analysis...`): one line, no traceback."""
    module = tmp_path / "gone_analysis.py"
    module.write_text(textwrap.dedent("""
        from whoosh.analysis import RegexTokenizer

        class GoneTokenizer(RegexTokenizer):
            pass
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    import gone_analysis

    ix = tmp_path / "ix"
    ix.mkdir()
    schema = build_schema()
    schema.add("old", TEXT(analyzer=gone_analysis.GoneTokenizer()))
    FileStorage(str(ix)).create_index(schema, indexname=INDEX_NAME)
    (ix / FORMAT_FILE).write_text(f'{{"format": {FORMAT_VERSION}}}\n')
    module.unlink()
    monkeypatch.delitem(sys.modules, "gone_analysis")
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(tmp_path)])
    with pytest.raises(IndexFormatError, match="rebuild it"):
        open_existing(ix)
    result = CliRunner().invoke(cli, ["search", "budget", "--index", str(ix)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.count("\n") == 1
