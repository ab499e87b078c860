"""referat's query side: open an index and search it.

    import search
    ix = search.open_index("./referat-index")
    for hit in ix.search("cykelsti", kommune="greve").hits:
        print(hit.title)

Submodules load lazily, so the command line's `referat index` does not load the
query side.
"""

from __future__ import annotations

from index import lazy_exports

_EXPORTS = {
    "Hit": "search.results",
    "ItemNotFound": "search.api",
    "ItemRecord": "search.results",
    "QueryError": "search.query",
    "Referat": "search.api",
    "SearchResult": "search.results",
    "open_index": "search.api",
}

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports("search", _EXPORTS)
