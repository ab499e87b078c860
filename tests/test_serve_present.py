"""What the server shows of the optional parts of an answer (facets, corrections,
suggestions, outcomes), read in one place (search.present), and how snippets become
HTML. The page is rendered in process (Starlette's TestClient) on the served index,
with those parts added to real answers as the query side will give them."""

from __future__ import annotations

import warnings
from types import SimpleNamespace

import pytest
from starlette.datastructures import QueryParams

with warnings.catch_warnings():  # Starlette now asks for httpx2 (its TestClient's client)
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from referat.search import present
from referat.search.present import SearchParams
from referat.search.query import QueryError
from referat.search.results import SearchResult


def test_facets_largest_first_without_empty_values():
    result = SearchResult(query="", total=12, page=1, limit=10,
                          facets={"udvalg": {"Byrådet": 3, "Økonomiudvalget": 7, "": 2}})
    assert present.facets(result) == {"udvalg": [("Økonomiudvalget", 7), ("Byrådet", 3)]}


def test_missing_parts_read_as_nothing():
    bare = SearchResult(query="x", total=0, page=1, limit=10)
    assert present.facets(bare) == {} and present.suggestions(bare) == []
    assert present.relaxation(bare) is None
    assert present.extra_fields(SimpleNamespace(outcome=None, vote=[])) == {}


def test_suggestions_name_the_parameter_they_change():
    result = SearchResult(query="x", total=0, page=1, limit=10, relaxed=["a", "b"],
                          suggestions=[{"field": "udvalg", "value": "Byråd"},
                                       {"field": "query", "value": "skole", "total": 4},
                                       {"field": "other", "value": "x"}])
    assert present.suggestions(result) == [("udvalg", "Byråd", None), ("q", "skole", 4)]
    assert present.relaxation(result) == "a, b"


def test_params_are_bounded_and_named():
    params = SearchParams.parse(QueryParams("q=skole&section=beslutning&year=2024&limit=5"))
    kwargs = params.search_kwargs()
    assert kwargs["date_from"] == "2024-01-01" and kwargs["date_to"] == "2024-12-31"
    assert kwargs["sections"] == ["beslutning"] and kwargs["limit"] == 5
    assert params.query_pairs(page=2) == [("q", "skole"), ("year", "2024"),
                                          ("section", "beslutning"), ("limit", "5"),
                                          ("page", "2")]
    with_outcomes = SearchParams.parse(QueryParams("outcome=udsat&against=V&facets=true"))
    kwargs = with_outcomes.search_kwargs()
    assert (kwargs["outcome"], kwargs["against"], kwargs["facets"]) == (["udsat"], "V", True)
    with pytest.raises(QueryError, match="give it once"):
        SearchParams.parse(QueryParams("q=a&q=b"))


@pytest.fixture(scope="module")
def app(served_index):
    from referat.search.server import ServeConfig, create_app

    with TestClient(create_app(ServeConfig(index_dir=str(served_index)))) as client:
        yield client


def with_parts(client, hit_parts: dict, **parts):
    """Make the app's view add `parts` to every answer and `hit_parts` to each of its
    hits, as a newer query side would."""
    view = client.app.state.view
    search = type(view).search.__get__(view)

    def search_with_parts(params):
        result = search(params)
        for name, value in parts.items():
            setattr(result, name, value)
        for hit in result.hits:
            for name, value in hit_parts.items():
                setattr(hit, name, value)
        return result

    view.search = search_with_parts
    view._answers.clear()


def test_page_shows_counted_facets_corrections_and_suggestions_with_hits(app):
    facets = {"udvalg": {"Økonomiudvalget": 12, "Byråd 2022-2025": 9},
              "outcome": {"godkendt": 15, "udsat": 2}}
    with_parts(app, {"outcome": "godkendt"}, facets=facets,
               corrected="budget", relaxed=["mindst 2 af 3 ord"],
               suggestions=[{"field": "query", "value": "budget"},
                            {"field": "query", "value": "qqqzzxxyy"},
                            {"field": "udvalg", "value": "Økonomiudvalget"},
                            {"field": "kommune", "value": "Nowhere"}])
    try:
        html = app.get("/", params={"q": "budgett"}).text
    finally:
        del app.app.state.view.search
        app.app.state.view._answers.clear()
    assert "Økonomiudvalget <span class=\"count\">12</span>" in html
    assert "Udfald" in html and "godkendt <span class=\"count\">15</span>" in html
    assert "Viser resultater for <strong>budget</strong>" in html
    assert "mindst 2 af 3 ord" in html
    assert 'Mente du\n<a href="/?q=budget">budget</a> eller ' in html  # those with hits
    assert '<a href="/?q=budgett&amp;udvalg=%C3%98konomiudvalget">Økonomiudvalget</a>?' in html
    assert "qqqzzxxyy" not in html and "Nowhere" not in html
    assert '<span class="outcome">godkendt</span>' in html


def test_page_falls_back_to_the_index_values_without_counts(app):
    with_parts(app, {}, facets=None)
    try:
        html = app.get("/", params={"q": "budget"}).text
    finally:
        del app.app.state.view.search
        app.app.state.view._answers.clear()
    assert 'aria-label="Udvalg"' in html and 'class="count"' not in html
    assert 'aria-label="Udfald"' not in html


def test_page_counts_every_match_when_the_query_side_can(app, served_index):
    from referat import search

    html = app.get("/", params={"q": "budget"}).text
    with search.open_index(served_index) as ix:
        counts = ix.search("budget", facets=True).facets["udvalg"]
    name, count = max(counts.items(), key=lambda kv: kv[1])
    assert f'{name} <span class="count">{count}</span>' in html


def test_method_not_allowed_is_json_under_api(app):
    r = app.post("/api/search")
    assert r.status_code == 405 and r.json()["status"] == 405
    assert app.head("/api/stats").status_code == 200


def test_page_says_which_filter_left_no_hits(app):
    """An empty answer under filters names the filter and the hits there are without it
    (`SearchResult.without`), on the served index."""
    html = app.get("/", params={"q": "budget", "from": "2030-01-01"}).text
    assert "Ingen punkter med disse filtre" in html
    assert "uden fra 2030-01-01: " in html
    bare = SearchResult(query="x", total=0, page=1, limit=10,
                        without=[{"filter": "date_from", "value": "2030", "total": 5}])
    assert present.without_filters(bare) == [("fra", "2030", 5)]
