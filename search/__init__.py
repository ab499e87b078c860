"""referat's query side: open an index and search it.

    import search
    ix = search.open_index("./referat-index")
    for hit in ix.search("cykelsti", kommune="greve").hits:
        print(hit.title)

Submodules load lazily, so the command line's `referat index` does not load the
query side.
"""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'search' has no attribute {name!r}")
