"""referat's query side: open an index and search it.

    from referat import search
    ix = search.open_index("./referat-index")
    for hit in ix.search("cykelsti", kommune="greve").hits:
        print(hit.title)

Submodules load lazily, so the command line's `referat index` does not load the
query side.
"""

from __future__ import annotations

from referat.index import lazy_exports

_EXPORTS = {
    "CaseStep": "referat.search.results",
    "CaseTimeline": "referat.search.results",
    "Hit": "referat.search.results",
    "ItemNotFound": "referat.errors",
    "ItemRecord": "referat.search.results",
    "QueryError": "referat.errors",
    "Referat": "referat.search.api",
    "SearchResult": "referat.search.results",
    "open_index": "referat.search.api",
}

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports("referat.search", _EXPORTS)
