"""Where the index lives, and opening or creating it.

An index folder records the format it was written in (`FORMAT_FILE`, a small JSON
file Whoosh ignores); an index in another format, or one whose pickled schema names
classes that no longer import (indexes from before referat was one package), is
refused with one line that says how to rebuild it (`IndexFormatError`). An index of
this format that lacks a field the schema has since gained gets it when it is opened
for writing (`_add_new_fields`): its items gain the field as their files are indexed
again (`index.fingerprints`); a search reads such an index as it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from referat.index.schema import FORMAT_VERSION, build_schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index

from referat.errors import IndexFormatError, IndexNotFound

ENV_VAR = "REFERAT_INDEX"
INDEX_NAME = "referat"
FORMAT_FILE = "referat-format.json"


def format_error(path: Path, found: object) -> IndexFormatError:
    """The one-line error for an index at `path` in format `found`."""
    by = ("a newer referat" if isinstance(found, int) and found > FORMAT_VERSION
          else "an older referat")
    return IndexFormatError(f"the index at {path} was written by {by} (index format "
                            f"{found}, this referat reads format {FORMAT_VERSION}): "
                            f"rebuild it with `rm -r {path}` and "
                            f"`referat index PATH... --index {path}`")


def index_format(path: Path) -> int | str:
    """The format an index folder records ("none": one written before formats were
    recorded, format 1)."""
    try:
        recorded = json.loads((path / FORMAT_FILE).read_text(encoding="utf-8"))
        return recorded["format"]
    except FileNotFoundError:
        return 1
    except (OSError, ValueError, TypeError, KeyError):
        return "unreadable"


def _holds_index(path: Path) -> bool:
    """Whether a folder holds a Whoosh index named INDEX_NAME: a table of contents
    (`_referat_<generation>.toc`), looked for without reading it (Whoosh's own check
    unpickles the schema, which fails for an index whose classes no longer import)."""
    return any(path.glob(f"_{INDEX_NAME}_*.toc"))


def _open(path: Path, storage: FileStorage) -> Index:
    """The index in `storage`, if it is in the format this referat reads."""
    found = index_format(path)
    if found != FORMAT_VERSION:
        raise format_error(path, found)
    try:
        return storage.open_index(INDEX_NAME)
    except (ImportError, AttributeError) as exc:  # its pickled schema
        raise format_error(path, found) from exc


def default_index_dir() -> Path:
    """$REFERAT_INDEX, else $XDG_DATA_HOME/referat/index (~/.local/share/referat/index)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "referat" / "index"


def resolve_index_dir(index_dir: str | Path | None) -> Path:
    """The given directory, or the default one."""
    return Path(index_dir).expanduser() if index_dir else default_index_dir()


def open_or_create(index_dir: str | Path | None) -> Index:
    """Open the index for writing, creating the folder and an empty index on first use.

    The writer reads segments (records, deletes, merges) with plain reads, not mmap:
    mapped pages of the segments it touches would count as its resident memory, and
    on a 110,000-item build they were three quarters of the indexer's peak RSS.
    """
    path = resolve_index_dir(index_dir)
    path.mkdir(parents=True, exist_ok=True)
    storage = FileStorage(str(path), supports_mmap=False)
    if _holds_index(path):
        return _add_new_fields(_open(path, storage))
    (path / FORMAT_FILE).write_text(json.dumps({"format": FORMAT_VERSION}) + "\n",
                                    encoding="utf-8")  # first: an index always has it
    return storage.create_index(build_schema(), indexname=INDEX_NAME)


def _add_new_fields(ix: Index) -> Index:
    """The index, with every field of `build_schema()` it lacks added (committed)."""
    schema = build_schema()
    missing = [name for name in schema.names() if name not in ix.schema]
    if not missing:
        return ix
    writer = ix.writer()
    for name in missing:
        writer.add_field(name, schema[name])
    writer.commit()
    return ix.refresh()


def open_existing(index_dir: str | Path | None) -> Index:
    """Open an index for reading; IndexNotFound when there is none yet."""
    path = resolve_index_dir(index_dir)
    if not _holds_index(path):
        raise IndexNotFound(
            f"no index at {path}: create one with `referat index PATH --index {path}`"
        )
    return _open(path, FileStorage(str(path)))
