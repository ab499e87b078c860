"""referat: search Danish municipal meeting minutes.

    import referat
    report = referat.index_paths(["minutes/"], index_dir="./referat-index")
    referat.forget_paths(["minutes/2019"], index_dir="./referat-index")  # deleted since
    with referat.open_index("./referat-index") as ix:
        for hit in ix.search("cykelsti", kommune="greve").hits:
            print(hit.date, hit.udvalg, hit.title)

The indexing side is `referat.index`, the query side `referat.search`; every
exception the API raises is in `referat.errors` and exported here (all derive from
`referat.ReferatError`). Names load lazily, so `import referat` loads neither side
until one of them is used.
"""

from __future__ import annotations

from referat.index import lazy_exports

_ERRORS = ("EngineError", "FileFailed", "IndexFormatError", "IndexLocked", "IndexNotFound",
           "Interrupted", "ItemNotFound", "NothingToForget", "PathNotFound", "QueryError",
           "ReferatError")
_EXPORTS = {
    "index_paths": "referat.index.writer",
    "forget_paths": "referat.index.forget",
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
} | dict.fromkeys(_ERRORS, "referat.errors")

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports("referat", _EXPORTS)
