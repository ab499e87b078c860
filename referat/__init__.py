"""referat: search Danish municipal meeting minutes.

    import referat
    report = referat.index_paths(["minutes/"], index_dir="./referat-index")
    with referat.open_index("./referat-index") as ix:
        for hit in ix.search("cykelsti", kommune="greve").hits:
            print(hit.date, hit.udvalg, hit.title)

The indexing side is `referat.index`, the query side `referat.search`. Names load
lazily, so `import referat` loads neither until one of them is used.
"""

from __future__ import annotations

from referat.index import lazy_exports

_EXPORTS = {
    "index_paths": "referat.index.writer",
    "IndexReport": "referat.index.writer",
    "parse_file": "referat.index.readers",
    "ParseResult": "referat.index.model",
    "open_index": "referat.search.api",
    "Referat": "referat.search.api",
    "SearchResult": "referat.search.results",
    "Hit": "referat.search.results",
    "ItemRecord": "referat.search.results",
    "CaseTimeline": "referat.search.results",
    "OUTCOMES": "referat.index.outcomes",
}

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports("referat", _EXPORTS)
