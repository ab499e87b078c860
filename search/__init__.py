"""referat's query side: open an index and search it.

    import search
    ix = search.open_index("./referat-index")
    for hit in ix.search("cykelsti", kommune="greve").hits:
        print(hit.title)
"""

from search.api import ItemNotFound, Referat, open_index
from search.query import QueryError
from search.results import Hit, ItemRecord, SearchResult

__all__ = [
    "Hit",
    "ItemNotFound",
    "ItemRecord",
    "QueryError",
    "Referat",
    "SearchResult",
    "open_index",
]
