"""What the server shows of a search: request parameters, and the optional parts of
results read in one place.

The server's pages and JSON API share `SearchParams` (one parser, one set of bounds)
and read the parts of a result that not every version of the query side has
(`facets`, `relaxed`, `corrected`, `suggestions`, a case timeline) only through the
functions here, so that each shows up on the page as soon as the API carries it.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from referat.search.query import QueryError

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

    def search_kwargs(self, accepted: frozenset[str]) -> dict[str, Any]:
        """Keyword arguments for `Referat.search` (`accepted`: the names it takes;
        an outcome filter is passed only to a query side that has one)."""
        date_from, date_to = self.date_from, self.date_to
        if self.year is not None:  # a year narrows the date range
            first, last = dt.date(self.year, 1, 1).isoformat(), dt.date(self.year, 12, 31)
            date_from = max(date_from or first, first)
            date_to = min(date_to or last.isoformat(), last.isoformat())
        kwargs: dict[str, Any] = dict(
            kommune=self.kommune, udvalg=self.udvalg, date_from=date_from, date_to=date_to,
            kind=self.kind, sections=self.sections or None, case=self.case, sort=self.sort,
            limit=self.limit, page=self.page,
        )
        if self.outcomes:
            if "outcome" not in accepted:
                raise QueryError("outcome: this version cannot filter by outcome")
            kwargs["outcome"] = self.outcomes
        if self.against:
            if "against" not in accepted:
                raise QueryError("against: this version cannot filter by vote")
            kwargs["against"] = self.against
        if self.facets and "facets" in accepted:
            kwargs["facets"] = True
        return kwargs

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


def search_arguments(search_method: Any) -> frozenset[str]:
    """The keyword arguments a `Referat.search` takes."""
    return frozenset(inspect.signature(search_method).parameters)


# -- optional parts of a result -------------------------------------------------------
def facets(result: Any) -> dict[str, list[tuple[str, int]]]:
    """Facet counts of a search answer (name -> [(value, count)], largest first), or
    {} when the query side gives none. Accepts {name: {value: count}} and
    {name: [{"value": v, "count": n}] or [(v, n)]}."""
    raw = getattr(result, "facets", None)
    if not isinstance(raw, Mapping):
        return {}
    out: dict[str, list[tuple[str, int]]] = {}
    for name, counts in raw.items():
        if isinstance(counts, Mapping):
            pairs = list(counts.items())
        elif isinstance(counts, list | tuple):
            pairs = [(c.get("value"), c.get("count")) if isinstance(c, Mapping) else tuple(c)
                     for c in counts]
        else:
            continue
        clean = [(str(v), int(n)) for v, n in pairs if v not in (None, "") and n]
        out[str(name)] = sorted(clean, key=lambda vc: (-vc[1], vc[0]))
    return out


def correction(result: Any) -> str | None:
    """The query the answer was corrected to (it shows hits for that), if any."""
    corrected = getattr(result, "corrected", None)
    if isinstance(corrected, str) and corrected.strip():
        return corrected
    if isinstance(corrected, Mapping):
        return corrected.get("query") or corrected.get("to")
    return None


def relaxation(result: Any) -> str | None:
    """How the query was loosened to find hits (a sentence or a step name), if it was."""
    relaxed = getattr(result, "relaxed", None)
    if not relaxed:
        return None
    if isinstance(relaxed, str):
        return relaxed
    if isinstance(relaxed, list | tuple):
        return ", ".join(str(r) for r in relaxed)
    if isinstance(relaxed, Mapping):
        return ", ".join(f"{k}: {v}" for k, v in relaxed.items())
    return "forespørgslen blev løsnet"


def suggestions(result: Any) -> list[tuple[str, str, int | None]]:
    """Suggestions of an answer as (parameter, value, hit count or None): a query
    (parameter "q") or a kommune or udvalg name for a filter that matched nothing.
    Accepts {"field", "value"} (field "query" for the query), {"query", "total"} and
    plain strings (queries)."""
    raw = getattr(result, "suggestions", None) or []
    out: list[tuple[str, str, int | None]] = []
    for s in raw if isinstance(raw, list | tuple) else []:
        if isinstance(s, str):
            out.append(("q", s, None))
        elif isinstance(s, Mapping):
            name = s.get("field", "query")
            value = s.get("value", s.get("query"))
            count = s.get("total", s.get("hits"))
            if isinstance(value, str) and name in ("query", "kommune", "udvalg"):
                out.append(("q" if name == "query" else name, value,
                            count if isinstance(count, int) else None))
    return out


def extra_fields(obj: Any) -> dict[str, Any]:
    """Fields an item or hit may carry beyond the base schema (outcome, vote, …)."""
    names = ("outcome", "outcomes", "vote", "unanimous", "absent", "case")
    return {n: getattr(obj, n) for n in names if getattr(obj, n, None) not in (None, [], {})}
