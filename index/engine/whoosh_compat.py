"""Every name below Whoosh's public API that referat uses, in one place.

Pinned to whoosh-reloaded 2.7.5 (pyproject.toml pins it exactly);
tests/test_whoosh_compat.py checks that each name in `PRIVATE_NAMES` exists there.
Nothing else in referat touches a private Whoosh name.
"""

from __future__ import annotations

from whoosh import query

# (module, object, attribute) of every private Whoosh name used below.
PRIVATE_NAMES: list[tuple[str, str, str]] = [
    ("whoosh.query.ranges", "NumericRange", "_compile_query"),
    ("whoosh.multiproc", "SubWriterTask", "_process_file"),
    ("whoosh.writing", "SegmentWriter", "_finalize_segment"),
    ("whoosh.writing", "SegmentWriter", "_lk"),  # a keyword argument: write no lock
]


def compiled_range(q: query.NumericRange, reader) -> query.Query:
    """A numeric (date) range as the OR of trie terms Whoosh matches it by."""
    return q._compile_query(reader)


def run_sub_writer(task, writer_class: type) -> None:
    """The loop of Whoosh's `SubWriterTask.run` (multisegment: each sub-writer leaves
    a segment of its own) with a writer of `writer_class`: Whoosh's task builds its
    writer from the module global `whoosh.multiproc.SegmentWriter`, which referat
    leaves alone."""
    ix = task.storage.open_index(task.indexname)
    writer = task.writer = writer_class(ix, _lk=False, **task.kwargs)
    while task.running:
        job = task.jobqueue.get()
        if job is None:
            break
        task._process_file(*job)
    if not task.running:
        writer.cancel()
        return
    segment = writer._finalize_segment()
    task.resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)
