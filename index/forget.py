"""Forgetting files: drop from the index the items of files under paths that are gone.

    from referat.index.forget import forget_paths
    report = forget_paths(["minutes/2019"], index_dir="./referat-index")
    print(report.files_removed, report.items_removed)

`referat index` refuses a path that does not exist (a typo must not look like an empty
folder); a folder that was deleted on purpose is forgotten here instead. Only paths that
no longer exist can be forgotten: an existing folder is brought up to date by indexing it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from referat.index.store import open_existing, resolve_index_dir
from referat.index.writer import Indexer, IndexReport

from referat.errors import NothingToForget


def forget_paths(paths: Iterable[str | Path], index_dir: str | Path | None = None,
                 wait: bool = False) -> IndexReport:
    """Remove the items and records of the indexed files under each path.

    Each path must no longer exist and must hold indexed files: otherwise
    `NothingToForget`, and nothing is changed. Raises `IndexNotFound` when there is no
    index, `IndexLocked` when another process writes it (unless `wait`), `Interrupted`
    on Ctrl-C.
    """
    index_dir = resolve_index_dir(index_dir)
    open_existing(index_dir).close()  # IndexNotFound: never create an index to forget in
    paths = list(paths)
    if not paths:
        raise NothingToForget("no path to forget")
    indexer = Indexer(index_dir, wait=wait)
    indexed = list(indexer.records())
    for given in paths:
        root = Path(given).expanduser().resolve()
        if root.exists():
            raise NothingToForget(
                f"{given} exists: only paths that are gone can be forgotten "
                f"(`referat index {given}` brings its files up to date)")
        if not any(Path(path).is_relative_to(root) for path in indexed):
            raise NothingToForget(f"{given}: no indexed file is under it")
    return indexer.run(paths, forget_missing=True)
