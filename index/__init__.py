"""referat's indexing side: read minutes and write the Whoosh index.

    from referat import index
    report = index.index_paths(["minutes/"], index_dir="./referat-index")
    result = index.parse_file("minutes/referat.pdf")   # what the indexer sees

Submodules load lazily, so `import index` stays cheap for search-only programs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

_EXPORTS = {
    "parse_file": "referat.index.readers",
    "ParseResult": "referat.index.model",
    "Meeting": "referat.index.model",
    "Item": "referat.index.model",
    "Section": "referat.index.model",
    "index_paths": "referat.index.writer",
    "forget_paths": "referat.index.forget",
    "Indexer": "referat.index.writer",
    "IndexReport": "referat.index.writer",
    "Interrupted": "referat.errors",
    "IndexLocked": "referat.errors",
    "default_index_dir": "referat.index.store",
}

__all__ = sorted(_EXPORTS)


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A package's module `__getattr__` (PEP 562) that imports each name of `exports`
    from its module on first use, so importing the package loads none of them."""

    def __getattr__(name: str) -> Any:
        if name in exports:
            return getattr(importlib.import_module(exports[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


__getattr__ = lazy_exports("referat.index", _EXPORTS)
