"""The engine boundary: one switch, and nothing of Whoosh changed for other users."""

from __future__ import annotations

import whoosh.multiproc
import whoosh.writing
from referat.index.engine.stock import stock_query
from whoosh import query


def test_no_whoosh_class_is_patched(corpus_index, referat):
    """Indexing (in worker processes) and searching leave Whoosh as it was: an app
    with its own Whoosh index in the same process gets Whoosh's own classes."""
    referat.search("dispensation ikke godkendt")
    referat.search("lokal* OR budget", udvalg="teknik", date_from="2020-01-01")
    assert query.Or.matcher_type == query.Or.AUTO_MATCHER
    assert whoosh.multiproc.SegmentWriter is whoosh.writing.SegmentWriter


def test_the_union_fix_applies_to_referats_queries(referat):
    """referat's ORs, prefixes and date ranges reach Whoosh's matchers as trees of
    unions (`DefaultOr`), never as the preloaded OR that skips matches in an AND."""
    q, flt = referat.build_query("(skole OR daginstitution) lokal*", date_from="2020-01-01")
    rewritten = stock_query(query.And([q, flt]), referat._searcher().reader())
    ors = [n for n in _nodes(rewritten) if isinstance(n, query.Or)]
    assert ors and all(type(n) is query.DefaultOr for n in ors)
    assert not any(isinstance(n, query.MultiTerm | query.NumericRange)
                   for n in rewritten.leaves())


def _nodes(q: query.Query) -> list[query.Query]:
    """Every node of a query tree."""
    return [q, *(n for child in q.children() for n in _nodes(child))]


def test_an_unknown_engine_is_refused_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from referat.search.cli import cli

    monkeypatch.setenv("REFERAT_ENGINE", "turbo")
    (tmp_path / "a.txt").write_text("Punkt 1. Budget\nBeslutning: Godkendt.\n")
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "a.txt"),
                                      "--index", str(tmp_path / "ix")])
    assert result.exit_code == 1
    assert result.output == ("Error: $REFERAT_ENGINE='turbo' is not an engine "
                             "(use fast or whoosh)\n")
