"""The engine boundary: which writer and which scorer a process uses.

referat writes and scores its index one of two ways, chosen once per process by
`$REFERAT_ENGINE`:

- ``fast`` (the default): referat's writer (`referat.index.engine.segment_writer.SegmentWriter`:
  postings pooled as arrays, written and merged a field at a time) and its term-at-a-
  time scorer (`referat.search.matching`);
- ``whoosh``: Whoosh's own `SegmentWriter` and Whoosh's own matchers, for every
  query (`referat.index.engine.stock`).

Both write the same index (the same terms, postings, statistics and stored fields,
read through Whoosh's public reader) and give the same results (tests/test_engines.py
compares them on the whole corpus). Everything the fast engine needs from Whoosh
below its public API is named in `referat.index.engine.whoosh_compat`.
"""

from __future__ import annotations

import os

from referat.errors import EngineError

ENGINE_VAR = "REFERAT_ENGINE"
ENGINES = ("fast", "whoosh")


def engine_name() -> str:
    """The engine this process uses: $REFERAT_ENGINE, else "fast"."""
    name = os.environ.get(ENGINE_VAR, "").strip().lower() or "fast"
    if name not in ENGINES:
        raise EngineError(f"${ENGINE_VAR}={name!r} is not an engine "
                          f"(use {' or '.join(ENGINES)})")
    return name


def uses_stock_whoosh() -> bool:
    """Whether this process writes and matches with Whoosh's own code."""
    return engine_name() == "whoosh"


def segment_writer_class() -> type:
    """The class of the writer of one segment (a Whoosh `SegmentWriter`)."""
    if uses_stock_whoosh():
        from whoosh.writing import SegmentWriter

        return SegmentWriter
    from referat.index.engine.segment_writer import SegmentWriter

    return SegmentWriter
