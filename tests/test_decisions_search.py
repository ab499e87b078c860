"""Decisions in the index: outcome and vote filters, facets, case timelines, stats and the
JSON of parse/show/search (the session's corpus subset: KTM and Økonomiudvalget from
Greve, the other kommuner whole)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner
from referat.index.outcomes import OUTCOMES
from referat.index.votes import party_of
from referat.search.cli import cli
from referat.search.query import QueryError

from tests.conftest import CORPUS

DECISION_FIELDS = {"outcome", "outcomes", "vote", "unanimous", "absent", "case"}


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_facets_count_every_match(referat) -> None:
    result = referat.search("lokalplan", facets=True, limit=1)
    assert result.total > 10 and len(result.hits) == 1
    facets = result.facets
    assert set(facets) == {"kommune", "udvalg", "year", "section", "outcome"}
    assert sum(facets["kommune"].values()) == result.total
    assert sum(facets["year"].values()) <= result.total
    assert set(facets["outcome"]) <= set(OUTCOMES)
    assert max(facets["section"].values()) <= result.total
    assert referat.search("lokalplan").facets is None


def test_outcome_filter_matches_the_facet(referat) -> None:
    counts = referat.search("", facets=True, limit=1).facets["outcome"]
    assert {"godkendt", "anbefalet", "taget_til_efterretning"} <= set(counts)
    rejected = referat.search("", outcome="afvist", limit=1000)
    assert rejected.total == counts["afvist"] > 0
    assert {h.outcome for h in rejected.hits} == {"afvist"}
    both = referat.search("", outcome=["afvist", "udsat"], limit=1)
    assert both.total == counts["afvist"] + counts.get("udsat", 0)
    with pytest.raises(QueryError, match="unknown outcome"):
        referat.search("", outcome="vedtaget")


def test_against_filter(referat) -> None:
    result = referat.search("", against="Ø", limit=1000)
    assert result.total > 5
    for hit in result.hits:
        assert "ø" in {party_of(p) for p in hit.vote["against"]}
    assert referat.search("", against="(Ø)").total == result.total
    assert referat.search("", against="Enhedslisten").total == result.total


def test_case_timeline(referat) -> None:
    by_case = Counter(h.case for h in referat.search("", limit=1000).hits if h.case)
    key, n = by_case.most_common(1)[0]
    assert n >= 2
    timeline = referat.case(key)
    assert len(timeline.steps) >= n
    dates = [s.date for s in timeline.steps]
    assert dates == sorted(dates)
    assert timeline.status in (*OUTCOMES, "verserende")
    # The same case whatever the punctuation.
    spelled = key.replace("-", ".").upper()
    assert [s.id for s in referat.case(spelled).steps] == [s.id for s in timeline.steps]
    assert referat.case("99-999999").steps == []
    with pytest.raises(QueryError):
        referat.case("ingen")


def test_show_and_search_json_carry_decisions(referat, corpus_index) -> None:
    hit = referat.search("", outcome="anbefalet", limit=1).hits[0]
    record = referat.show(hit.id)
    assert record.outcome == hit.outcome == "anbefalet"
    assert DECISION_FIELDS <= set(record.to_dict()) and DECISION_FIELDS <= set(hit.to_dict())
    out = invoke("search", "", "--outcome", "afvist", "--facets", "--json",
                 "--index", str(corpus_index[0]))
    data = json.loads(out.output)
    assert data["facets"]["outcome"] == {"afvist": data["total"]}
    assert all(DECISION_FIELDS <= set(h) for h in data["hits"])


def test_cli_case_and_stats(referat, corpus_index) -> None:
    index = str(corpus_index[0])
    key = next(h.case for h in referat.search("", limit=100).hits if h.case)
    out = invoke("case", key, "--index", index)
    assert out.exit_code == 0 and "status" in out.output
    data = json.loads(invoke("case", key, "--json", "--index", index).output)
    assert data["key"] == key and data["steps"]
    stats = json.loads(invoke("stats", "--json", "--index", index).output)
    assert sum(stats["outcome"].values()) == stats["items"]
    per = stats["outcome_by_udvalg_year"]["Økonomiudvalget"]
    assert "anbefalet" in per["2023"]


def test_parse_json_carries_decisions() -> None:
    path = CORPUS / "albertslund" / "referat-digitalisering-og-beredskab-2026-02-23.txt"
    data = json.loads(invoke("parse", str(path), "--json").output)
    items = data["items"]
    assert all(DECISION_FIELDS <= set(i) for i in items)
    assert {i["case"] for i in items} >= {"00-22-00-g01-2-24"}
    assert Counter(i["outcome"] for i in items)["godkendt"] >= 1
