"""Integrity check of an index: does it open, and does it still match its files?

    from referat.index.check import check_index
    report = check_index("./referat-index")
    if not report.ok:
        print("\\n".join(report.problems), report.fix)

Checks, in order: the index opens and every stored item can be read; every file
record's source still exists and is unchanged (size and mtime, then content hash);
file records and items agree (each item belongs to a recorded file with the same
content hash, and each record's item count is the number of its items); each file's
items were made by this version of referat's indexing (`index.fingerprints`). Read-only:
safe while an indexer writes (it sees the last commit).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from referat.index.cache import content_hash
from referat.index.documents import unpack_body
from referat.index.fingerprints import document_fingerprint
from referat.index.store import IndexNotFound, open_existing, resolve_index_dir


@dataclass
class FileProblem:
    """One file whose record does not match the disk or the items."""

    path: str
    # "missing", "changed", "unreadable", "item_count", "orphan_items", "outdated"
    problem: str
    detail: str


@dataclass
class CheckReport:
    """What `check_index` found."""

    index: str
    opened: bool = False
    error: str | None = None  # why the index could not be opened or read
    files: int = 0
    items: int = 0
    unchanged: int = 0
    touched: int = 0  # mtime changed, content the same (harmless)
    problems: list[FileProblem] = field(default_factory=list)
    stale_folders: list[str] = field(default_factory=list)  # to re-index: they exist
    gone: list[str] = field(default_factory=list)  # deleted folders (or files) to forget

    @property
    def ok(self) -> bool:
        return self.opened and self.error is None and not self.problems

    @property
    def fix(self) -> str | None:
        """What to run to repair the index, when something is wrong."""
        if self.ok:
            return None
        if self.error is not None:
            return (f"the index cannot be read: delete {self.index} and index your "
                    "folders again with `referat index PATH --index DIR`")
        index = f"--index {_quote(self.index)}"
        commands = []
        if self.gone:
            commands.append(f"`referat forget {' '.join(map(_quote, self.gone))} {index}`")
        if self.stale_folders:
            folders = " ".join(map(_quote, self.stale_folders))
            commands.append(f"re-run `referat index {folders} {index}`")
        return " and ".join(commands)

    def to_dict(self) -> dict:
        return {
            "index": self.index,
            "ok": self.ok,
            "opened": self.opened,
            "error": self.error,
            "files": self.files,
            "items": self.items,
            "unchanged": self.unchanged,
            "touched": self.touched,
            "problems": [asdict(p) for p in self.problems],
            "stale_folders": self.stale_folders,
            "gone": self.gone,
            "fix": self.fix,
        }


def _quote(text: str) -> str:
    return f"'{text}'" if any(c.isspace() for c in text) else text


def check_index(index_dir: str | Path | None = None, hash_all: bool = False) -> CheckReport:
    """Check the index at `index_dir`; raises IndexNotFound when there is none.

    A file whose size and mtime match its record counts as unchanged without being
    read, unless `hash_all`.
    """
    path = resolve_index_dir(index_dir)
    report = CheckReport(index=str(path))
    ix = open_existing(path)  # IndexNotFound propagates: there is nothing to check
    try:
        with ix.searcher() as searcher:
            report.opened = True
            records: dict[str, tuple[str, dict]] = {}
            item_counts: Counter[str] = Counter()
            item_hashes: dict[str, set[str]] = {}
            for fields in searcher.documents():
                if fields.get("doctype") == "file":
                    records[fields["path"]] = (fields["content_hash"], fields["file_meta"])
                    continue
                report.items += 1
                unpack_body(fields["body"])  # every stored item must be readable
                item_counts[fields["path"]] += 1
                item_hashes.setdefault(fields["path"], set()).add(fields["content_hash"])
    except IndexNotFound:
        raise
    except Exception as exc:  # a damaged segment: say so on one line
        report.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return report
    finally:
        ix.close()
    report.files = len(records)

    for spath, (digest, meta) in sorted(records.items()):
        expected = meta.get("items", 0)
        if item_counts[spath] != expected:
            report.problems.append(FileProblem(
                spath, "item_count",
                f"the record says {expected} items, the index holds {item_counts[spath]}"))
        elif item_hashes.get(spath, {digest}) != {digest}:
            report.problems.append(FileProblem(
                spath, "item_count", "items from another version of the file"))
        if meta.get("items") and meta.get("made_by") != document_fingerprint():
            report.problems.append(FileProblem(
                spath, "outdated", "indexed by another version of referat (its Danish "
                "analysis or fields): a query may miss its items until it is indexed again"))
        _check_file(spath, digest, meta, hash_all, report)
    for spath in sorted(set(item_counts) - set(records)):
        report.problems.append(FileProblem(
            spath, "orphan_items", f"{item_counts[spath]} items without a file record"))
    _advise(report)
    return report


def _advise(report: CheckReport) -> None:
    """What repairs the problems: a file in a folder that still exists is brought up to
    date by indexing the folder; a folder that is gone is forgotten (from the topmost
    folder that is gone)."""
    stale, gone = set(), set()
    for problem in report.problems:
        path = Path(problem.path)
        if path.parent.exists():
            stale.add(str(path.parent))
            continue
        while not path.parent.parent.exists():
            path = path.parent
        gone.add(str(path.parent))
    report.stale_folders, report.gone = sorted(stale), sorted(gone)


def _check_file(spath: str, digest: str, meta: dict, hash_all: bool,
                report: CheckReport) -> None:
    try:
        st = os.stat(spath)
    except FileNotFoundError:
        report.problems.append(FileProblem(spath, "missing", "the file is gone"))
        return
    except OSError as exc:
        report.problems.append(FileProblem(spath, "unreadable", exc.strerror or str(exc)))
        return
    same_stat = st.st_size == meta.get("size") and st.st_mtime_ns == meta.get("mtime_ns")
    if same_stat and not hash_all:
        report.unchanged += 1
        return
    try:
        found = content_hash(Path(spath).read_bytes())
    except OSError as exc:
        report.problems.append(FileProblem(spath, "unreadable", exc.strerror or str(exc)))
        return
    if found != digest:
        report.problems.append(FileProblem(
            spath, "changed", "the file changed since it was indexed"))
    elif same_stat:
        report.unchanged += 1
    else:
        report.touched += 1
