"""Incremental, idempotent indexing of files and folders.

A run walks the given paths, compares each supported file with its record in the
index (size and mtime first, then content hash), reads only new or changed files
(in worker processes, through the parse cache), replaces their items, and drops the
items of files that are gone from the walked folders. Work is committed in batches,
so an interrupted run keeps what it finished.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.index import Index, LockError

from index.cache import ExtractionCache, ParseCache, content_hash
from index.documents import item_documents
from index.lock import IndexLocked, WriterLock
from index.model import ParseResult
from index.readers import SUPPORTED_SUFFIXES, parse_bytes
from index.store import open_or_create, resolve_index_dir

BATCH_FILES = 200  # files per commit
MULTIPROC_MIN_FILES = 100


@dataclass
class FileRecord:
    """What the index remembers of one file."""

    path: str
    content_hash: str
    size: int
    mtime_ns: int
    status: str
    reason: str | None
    items: int


@dataclass
class Skipped:
    """A file that gave no items, and why."""

    path: str
    status: str
    reason: str


@dataclass
class IndexReport:
    """The summary of one indexing run."""

    files_seen: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    files_moved: int = 0
    files_removed: int = 0
    items_added: int = 0
    items_updated: int = 0
    items_removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> list[Skipped]:
        """Files that could not be read at all (not merely "not minutes")."""
        return [s for s in self.skipped if s.status in ("error", "no_text_layer")]

    def to_dict(self) -> dict:
        return {
            "files_seen": self.files_seen,
            "files_read": self.files_read,
            "files_unchanged": self.files_unchanged,
            "files_moved": self.files_moved,
            "files_removed": self.files_removed,
            "items_added": self.items_added,
            "items_updated": self.items_updated,
            "items_removed": self.items_removed,
            "skipped": [s.__dict__ for s in self.skipped],
            "elapsed": round(self.elapsed, 3),
            "interrupted": self.interrupted,
        }


ProgressCallback = Callable[[str, ParseResult | None, int], None]


def walk(paths: Iterable[str | Path], exclude: Path | None = None) -> Iterator[Path]:
    """Files under the given files and folders (hidden entries skipped)."""
    for given in paths:
        path = Path(given).expanduser().resolve()
        if path.is_file():
            yield path
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            here = Path(dirpath)
            dirnames[:] = sorted(
                d for d in dirnames if not d.startswith(".") and here / d != exclude
            )
            for name in sorted(filenames):
                if not name.startswith("."):
                    yield here / name


def _read(path: str, digest: str, index_dir: Path) -> tuple[str, ParseResult]:
    """Worker job: parse one file (its content hash was taken by the caller)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return digest, ParseResult(path, "error", reason=f"cannot read file: {exc.strerror}")
    return digest, parse_bytes(data, path, ExtractionCache(index_dir), digest)


class Indexer:
    """Brings an index up to date with a set of files and folders."""

    def __init__(
        self,
        index_dir: str | Path | None = None,
        kommune: str | None = None,
        jobs: int | None = None,
        wait: bool = False,
    ) -> None:
        self.index_dir = resolve_index_dir(index_dir)
        self.kommune = kommune
        self.jobs = jobs or os.cpu_count() or 1
        self.wait = wait
        self.ix: Index = open_or_create(self.index_dir)
        self.cache = ParseCache(self.index_dir)

    # -- records -----------------------------------------------------------------
    def records(self) -> dict[str, FileRecord]:
        """Every file the index knows, by absolute path."""
        out = {}
        with self.ix.searcher() as searcher:
            for fields in searcher.documents(doctype="file"):
                meta = fields["file_meta"]
                out[fields["path"]] = FileRecord(
                    path=fields["path"],
                    content_hash=fields["content_hash"],
                    size=meta["size"],
                    mtime_ns=meta["mtime_ns"],
                    status=meta["status"],
                    reason=meta.get("reason"),
                    items=meta["items"],
                )
        return out

    # -- the run -----------------------------------------------------------------
    def run(
        self, paths: Iterable[str | Path], progress: ProgressCallback | None = None
    ) -> IndexReport:
        """Index the given files and folders; returns what changed."""
        started = time.monotonic()
        report = IndexReport()
        roots = [Path(p).expanduser().resolve() for p in paths]
        with WriterLock(self.index_dir, wait=self.wait):
            try:
                self._run(roots, report, progress)
            except KeyboardInterrupt:
                report.interrupted = True
                raise Interrupted(report) from None
            finally:
                report.elapsed = time.monotonic() - started
        return report

    def _run(
        self, roots: list[Path], report: IndexReport, progress: ProgressCallback | None
    ) -> None:
        records = self.records()
        by_hash: dict[str, FileRecord] = {r.content_hash: r for r in records.values()}
        files = []
        for path in walk(roots, exclude=self.index_dir):
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                reason = f"unsupported file type {path.suffix or '(no suffix)'}"
                report.skipped.append(Skipped(str(path), "unsupported", reason))
        seen = {str(p) for p in files}
        report.files_seen = len(files)

        # Files gone from the walked folders (or given directly and now missing).
        gone = [
            rec
            for rec in records.values()
            if rec.path not in seen and any(_under(rec.path, root) for root in roots)
        ]
        gone_paths = {rec.path for rec in gone}

        todo: list[tuple[str, str, os.stat_result]] = []  # (path, hash, stat) to (re)index
        touched: list[tuple[FileRecord, os.stat_result]] = []
        for path in files:
            spath = str(path)
            try:
                st = path.stat()
            except OSError as exc:
                report.skipped.append(Skipped(spath, "error", f"cannot read file: {exc.strerror}"))
                continue
            rec = records.get(spath)
            if rec and rec.size == st.st_size and rec.mtime_ns == st.st_mtime_ns:
                report.files_unchanged += 1
                self._note_skip(rec, report)
                continue
            try:
                digest = content_hash(path.read_bytes())
            except OSError as exc:
                report.skipped.append(Skipped(spath, "error", f"cannot read file: {exc.strerror}"))
                continue
            if rec and rec.content_hash == digest:
                touched.append((rec, st))
                report.files_unchanged += 1
                self._note_skip(rec, report)
                continue
            todo.append((spath, digest, st))

        if touched or gone:
            self._refresh_records(touched, gone, report)
        if todo:
            self._index_files(todo, records, by_hash, gone_paths, report, progress)

    def _refresh_records(
        self,
        touched: list[tuple[FileRecord, os.stat_result]],
        gone: list[FileRecord],
        report: IndexReport,
    ) -> None:
        """Refresh the records of touched files and drop the files that are gone."""
        writer = self._writer()
        try:
            for rec, st in touched:  # same content, new mtime: refresh the record only
                self._write_record(writer, rec.path, rec.content_hash, st, rec.status,
                                   rec.reason, rec.items)
            for rec in gone:
                writer.delete_by_term("path", rec.path)
                report.files_removed += 1
                report.items_removed += rec.items
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def _index_files(
        self,
        todo: list[tuple[str, str, os.stat_result]],
        records: dict[str, FileRecord],
        by_hash: dict[str, FileRecord],
        gone_paths: set[str],
        report: IndexReport,
        progress: ProgressCallback | None,
    ) -> None:
        """Read new and changed files and replace their items, committing in batches."""
        pending = 0
        # Whoosh's multi-process writer pays off on large batches only.
        procs = self.jobs if len(todo) >= MULTIPROC_MIN_FILES else 1
        writer = self._writer(procs)
        try:
            for spath, digest, st, result in self._results(todo, by_hash, gone_paths, report):
                old = records.get(spath)
                if old is not None:
                    writer.delete_by_term("path", spath)
                docs: list[dict] = []
                if result.ok and result.meeting is not None:
                    docs = item_documents(result.meeting, digest, spath, self.kommune)
                else:
                    report.skipped.append(Skipped(spath, result.status, result.reason or ""))
                for doc in docs:
                    writer.update_document(**doc)
                self._write_record(writer, spath, digest, st, result.status, result.reason,
                                   len(docs))
                _count(report, old.items if old else 0, len(docs))
                pending += 1
                if progress:
                    progress(spath, result, len(docs))
                if pending >= BATCH_FILES:
                    writer.commit()
                    writer, pending = self._writer(procs), 0
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def _results(
        self,
        todo: list[tuple[str, str, os.stat_result]],
        by_hash: dict[str, FileRecord],
        gone_paths: set[str],
        report: IndexReport,
    ) -> Iterator[tuple[str, str, os.stat_result, ParseResult]]:
        """Parse results for the files to (re)index: from the cache, or read in workers."""
        to_read: list[tuple[str, str, os.stat_result]] = []
        claimed: set[str] = set()
        for spath, digest, st in todo:
            twin = by_hash.get(digest)
            if twin is not None and twin.path not in gone_paths and twin.path != spath:
                reason = f"duplicate of {twin.path}"
                yield spath, digest, st, ParseResult(spath, "duplicate", reason=reason)
                continue
            if digest in claimed:
                yield spath, digest, st, ParseResult(spath, "duplicate",
                                                     reason="duplicate of a file in this run")
                continue
            claimed.add(digest)
            cached = self.cache.get(digest, spath)
            if cached is not None:
                if twin is not None and twin.path in gone_paths:
                    report.files_moved += 1
                yield spath, digest, st, cached
            else:
                to_read.append((spath, digest, st))
        stats = {spath: st for spath, _, st in to_read}
        for spath, (digest, result) in zip(
            [p for p, _, _ in to_read], self._parse_all(to_read), strict=True
        ):
            report.files_read += 1
            if result.status != "error":
                self.cache.put(digest, result)
            yield spath, digest, stats[spath], result

    def _parse_all(
        self, to_read: list[tuple[str, str, os.stat_result]]
    ) -> Iterator[tuple[str, ParseResult]]:
        """Parse files in order, in worker processes when there is more than one."""
        if self.jobs <= 1 or len(to_read) <= 1:
            for spath, digest, _ in to_read:
                yield _read(spath, digest, self.index_dir)
            return
        with ProcessPoolExecutor(max_workers=self.jobs) as pool:
            yield from pool.map(
                _read,
                [p for p, _, _ in to_read],
                [d for _, d, _ in to_read],
                [self.index_dir] * len(to_read),
                chunksize=4,
            )

    # -- helpers -----------------------------------------------------------------
    def _writer(self, procs: int = 1):
        try:
            if procs > 1:
                return self.ix.writer(procs=procs, multisegment=True, limitmb=256)
            return self.ix.writer()
        except LockError as exc:
            raise IndexLocked.describe(self.index_dir) from exc

    @staticmethod
    def _write_record(writer, path: str, digest: str, st: os.stat_result, status: str,
                      reason: str | None, items: int) -> None:
        writer.update_document(
            doctype="file",
            id=f"file:{path}",
            path=path,
            content_hash=digest,
            file_meta={
                "size": st.st_size,
                "mtime_ns": st.st_mtime_ns,
                "status": status,
                "reason": reason,
                "items": items,
            },
        )

    @staticmethod
    def _note_skip(rec: FileRecord, report: IndexReport) -> None:
        if rec.status != "ok":
            report.skipped.append(Skipped(rec.path, rec.status, rec.reason or ""))


class Interrupted(Exception):
    """Indexing was interrupted (Ctrl-C); `report` says what was committed."""

    def __init__(self, report: IndexReport) -> None:
        super().__init__("interrupted")
        self.report = report


def _under(path: str, root: Path) -> bool:
    return path == str(root) or path.startswith(str(root) + os.sep)


def _count(report: IndexReport, old: int, new: int) -> None:
    report.items_updated += min(old, new)
    report.items_added += max(new - old, 0)
    report.items_removed += max(old - new, 0)


def index_paths(
    paths: Iterable[str | Path],
    index_dir: str | Path | None = None,
    kommune: str | None = None,
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
) -> IndexReport:
    """Index files and folders into the index at `index_dir` (created on first use)."""
    return Indexer(index_dir, kommune=kommune, jobs=jobs).run(paths, progress)
