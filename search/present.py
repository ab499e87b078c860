"""What the server shows of a search: request parameters, and the optional parts of
results read in one place.

The server's pages and JSON API share `SearchParams` (one parser, one set of bounds)
and read the parts of a result that not every version of the query side has
(`facets`, `relaxed`, `corrected`, `suggestions`, a case timeline) only through the
functions here, so that each shows up on the page as soon as the API carries it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from referat.search.query import QueryError
from referat.search.results import DECISION_FIELDS, SearchResult

MAX_QUERY_CHARS = 500  # a query box, not a document: longer queries are refused (400)
MAX_VALUE_CHARS = 200  # a filter value
MAX_PAGE_SIZE = 100
MAX_PAGE = 50  # page * limit stays small: deep pages cost a heap of page * limit hits
MAX_REPEATS = 12  # values of one repeatable option
DEFAULT_PAGE_SIZE = 10
SORTS = ("relevance", "date")
KINDS = ("referat", "dagsorden")
FACETS = ("kommune", "udvalg", "year", "kind", "section", "outcome")

def _one(params: Mapping[str, Any], name: str, limit: int = MAX_VALUE_CHARS) -> str | None:
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    values = [v for v in values if v is not None]
    if len(values) > 1:
        raise QueryError(f"{name}: give it once")
    if not values or values[0].strip() == "":
        return None
    value = values[0]
    if len(value) > limit:
        raise QueryError(f"{name}: at most {limit} characters")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise QueryError(f"{name}: control characters are not allowed")
    return value.strip()


def _int(params: Mapping[str, Any], name: str, default: int, high: int) -> int:
    value = _one(params, name, 12)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a whole number") from None
    if not 1 <= number <= high:
        raise QueryError(f"{name}: must be between 1 and {high}")
    return number


def _many(params: Mapping[str, Any], name: str) -> list[str]:
    values = params.getlist(name) if hasattr(params, "getlist") else []
    if len(values) > MAX_REPEATS:
        raise QueryError(f"{name}: at most {MAX_REPEATS} values")
    out = []
    for value in values:
        if len(value) > MAX_VALUE_CHARS:
            raise QueryError(f"{name}: at most {MAX_VALUE_CHARS} characters")
        if value.strip():
            out.append(value.strip())
    return out


@dataclass
class SearchParams:
    """One search as the server takes it (query string of the page, the API and the
    feed alike): `Referat.search`'s arguments, bounded."""

    q: str = ""
    kommune: str | None = None
    udvalg: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    year: int | None = None
    kind: str | None = None
    sections: list[str] = field(default_factory=list)
    case: str | None = None
    outcomes: list[str] = field(default_factory=list)
    against: str | None = None
    sort: str = "relevance"
    limit: int = DEFAULT_PAGE_SIZE
    page: int = 1
    facets: bool = False  # count every match by facet (the page always asks)

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> SearchParams:
        """Read and bound the parameters; QueryError (400) names the one at fault."""
        q = _one(params, "q", MAX_QUERY_CHARS) or ""
        if len(q) > MAX_QUERY_CHARS:
            raise QueryError(f"q: at most {MAX_QUERY_CHARS} characters")
        sort = _one(params, "sort") or "relevance"
        if sort not in SORTS:
            raise QueryError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
        kind = _one(params, "kind")
        if kind is not None and kind not in KINDS:
            raise QueryError(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
        facets = (_one(params, "facets", 5) or "false").lower()
        if facets not in ("true", "false", "1", "0"):
            raise QueryError(f"facets: {facets!r} is not true or false")
        year = _one(params, "year", 4)
        if year is not None and not (year.isdigit() and len(year) == 4 and year[0] != "0"):
            raise QueryError(f"year: {year!r} is not a year (1000-9999)")
        return cls(
            q=q,
            kommune=_one(params, "kommune"),
            udvalg=_one(params, "udvalg"),
            date_from=_one(params, "from", 10),
            date_to=_one(params, "to", 10),
            year=int(year) if year else None,
            kind=kind,
            sections=_many(params, "section"),
            case=_one(params, "case"),
            outcomes=_many(params, "outcome"),
            against=_one(params, "against"),
            sort=sort,
            limit=_int(params, "limit", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
            page=_int(params, "page", 1, MAX_PAGE),
            facets=facets in ("true", "1"),
        )

    def search_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `Referat.search`."""
        date_from, date_to = self.date_from, self.date_to
        if self.year is not None:  # a year narrows the date range
            first, last = dt.date(self.year, 1, 1).isoformat(), dt.date(self.year, 12, 31)
            date_from = max(date_from or first, first)
            date_to = min(date_to or last.isoformat(), last.isoformat())
        return dict(
            kommune=self.kommune, udvalg=self.udvalg, date_from=date_from, date_to=date_to,
            kind=self.kind, sections=self.sections or None, case=self.case, sort=self.sort,
            limit=self.limit, page=self.page, outcome=self.outcomes or None,
            against=self.against or None, facets=self.facets,
        )

    def query_pairs(self, **changes: Any) -> list[tuple[str, str]]:
        """The parameters as (name, value) pairs for a link, with `changes` applied
        (a value of None drops the parameter); defaults are left out."""
        values = {
            "q": self.q, "kommune": self.kommune, "udvalg": self.udvalg,
            "from": self.date_from, "to": self.date_to, "year": self.year, "kind": self.kind,
            "section": self.sections, "case": self.case, "outcome": self.outcomes,
            "against": self.against,
            "sort": None if self.sort == "relevance" else self.sort,
            "limit": None if self.limit == DEFAULT_PAGE_SIZE else self.limit,
            "page": None if self.page == 1 else self.page,
        }
        values.update(changes)
        pairs: list[tuple[str, str]] = []
        for name, value in values.items():
            for v in value if isinstance(value, list) else [value]:
                if v not in (None, ""):
                    pairs.append((name, str(v)))
        return pairs

    @property
    def filtered(self) -> bool:
        return any((self.kommune, self.udvalg, self.date_from, self.date_to, self.year,
                    self.kind, self.sections, self.case, self.outcomes, self.against))


# -- the parts of an answer a page shows -------------------------------------------
def facets(result: SearchResult) -> dict[str, list[tuple[str, int]]]:
    """Facet counts of an answer (name -> [(value, count)], largest first; {} when the
    search was run without facets)."""
    return {name: sorted(((v, n) for v, n in counts.items() if v and n),
                         key=lambda vc: (-vc[1], vc[0]))
            for name, counts in (result.facets or {}).items()}


def relaxation(result: SearchResult) -> str | None:
    """How the query was loosened to find hits, if it was."""
    return ", ".join(result.relaxed) or None


FILTER_LABELS = {"kommune": "kommune", "udvalg": "udvalg", "date_from": "fra",
                 "date_to": "til", "kind": "type", "sections": "afsnit", "case": "sag",
                 "outcome": "udfald", "against": "imod"}
"""The page's word for each filter of `SearchResult.without`."""


def without_filters(result: SearchResult) -> list[tuple[str, str, int]]:
    """When the filters left no hits: (filter's label, value, hits without it) each."""
    return [(FILTER_LABELS.get(w["filter"], w["filter"]), w["value"], w["total"])
            for w in getattr(result, "without", None) or []]


def suggestions(result: SearchResult) -> list[tuple[str, str, int | None]]:
    """An answer's suggestions as (parameter, value, hit count or None): a query
    (parameter "q"), or a kommune or udvalg name for a filter that matched nothing."""
    return [("q" if s["field"] == "query" else s["field"], s["value"], s.get("total"))
            for s in result.suggestions if s.get("field") in ("query", "kommune", "udvalg")]


def extra_fields(obj: Any) -> dict[str, Any]:
    """Fields an item or hit may carry beyond the base schema (outcome, vote, …)."""
    return {n: getattr(obj, n) for n in DECISION_FIELDS
            if getattr(obj, n, None) not in (None, [], {})}
