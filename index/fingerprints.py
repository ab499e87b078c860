"""Short hashes of the code and data that decide what an indexed file becomes.

- `reader_fingerprint`: the modules that turn bytes into a ParseResult. It keys the
  parse cache, so a change to any reader invalidates old entries.
- `document_fingerprint`: what turns a ParseResult into the index's documents: the
  Danish analyzer (its module, stop words, data: stem fixes, the word list behind
  compound splitting; the Snowball stemmer's version), the schema and the modules
  that fill the fields. Every file record holds the one its items were made with; a
  file indexed by another version is indexed again (`index.writer`, from the parse
  cache) and reported by `referat check` until then, since a query is analysed by the
  current analyzer and reads the current fields.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_READER_MODULES = ("model.py", "sections.py", "layout.py")
DOCUMENT_FILES = ("documents.py", "schema.py", "analysis.py", "stopwords.py", "acronyms.py",
                  "committees.py", "votes.py", "sections.py", "model.py",
                  "data/stem_fixes.tsv", "data/da_words.tsv", "data/da_words.pickle")
"""What makes an item's documents, relative to the `referat.index` package: the modules
`index.documents` imports (a test checks the list) and the analyzer's data."""


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
def document_fingerprint() -> str:
    """A short hash of what decides an item's indexed fields and terms."""
    return fingerprint((_PACKAGE / name for name in DOCUMENT_FILES),
                       extra=f"PyStemmer {version('PyStemmer')}")
