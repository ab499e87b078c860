"""Short hashes of the code and data that decide what an indexed file becomes.

- `reader_fingerprint`: the modules that turn bytes into a ParseResult. It keys the
  parse cache, so a change to any reader invalidates old entries.
- `analyzer_fingerprint`: the Danish analyzer's module, its stop words, its data
  (stem fixes, the word list behind compound splitting) and the Snowball stemmer's
  version. Every file record holds the one its items were indexed with; a file
  indexed by another analyzer is indexed again (`index.writer`) and reported by
  `referat check` until then, since a query is analysed by the current one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_READER_MODULES = ("model.py", "sections.py", "layout.py")
ANALYZER_FILES = ("analysis.py", "stopwords.py", "data/stem_fixes.tsv",
                  "data/da_words.tsv", "data/da_words.pickle")
"""What the analyzer reads, relative to the `referat.index` package."""


def fingerprint(paths: Iterable[Path], extra: str = "") -> str:
    """A short hash of files' names and bytes (in the given order) and `extra`."""
    digest = hashlib.blake2b(digest_size=6)
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def reader_fingerprint() -> str:
    """A short hash of every module that turns bytes into a ParseResult."""
    readers = _PACKAGE / "readers"
    paths = [*readers.rglob("*.py"), *(_PACKAGE / name for name in _READER_MODULES)]
    return fingerprint(sorted(paths))


@lru_cache(maxsize=1)
def analyzer_fingerprint() -> str:
    """A short hash of what decides an item's indexed terms."""
    return fingerprint((_PACKAGE / name for name in ANALYZER_FILES),
                       extra=f"PyStemmer {version('PyStemmer')}")
