"""Incremental, idempotent indexing of files and folders.

A run walks the given paths, compares each supported file with its record in the
index (size and mtime first, then content hash), reads only new or changed files
(in worker processes, through the parse cache), replaces their items, and drops the
items of files that are gone from the walked folders. An unchanged file whose items
were made by another version of referat (its analyzer or fields: `index.fingerprints`)
is indexed again, from the cache.
Work is committed in batches, so an interrupted run keeps what it finished.

Fault model:
- A file's items and its file record are written in the same commit, so the index
  only ever holds whole files, whatever moment the run is killed at. A Whoosh commit
  is atomic (a new table of contents is renamed into place). SIGINT and SIGTERM
  take effect at safe points only (`index.stopping`): between files, while waiting
  for a worker or a merge, never inside a commit.
- Files are parsed in forked worker processes that ignore SIGINT (the parent handles
  it), die with the parent (Linux: PR_SET_DEATHSIG), and close their inherited copies
  of the lock files, so a killed indexer leaves neither orphans nor a held lock.
- A file that cannot be opened (gone, unreadable) is reported, recorded, and tried
  again on the next run even when its size and mtime did not change; one whose bytes
  cannot be read as minutes is reported once (`index.failures`).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from referat.index.cache import ExtractionCache, ParseCache, content_hash
from referat.index.documents import item_documents
from referat.index.engine import segment_writer_class
from referat.index.engine.whoosh_compat import index_segments, run_sub_writer
from referat.index.failures import FAILED_STATUSES, READ_FAILED, FailureMemory
from referat.index.fingerprints import document_fingerprint
from referat.index.lock import WriterLock, locked
from referat.index.merge_policy import merge_tiers, segments_to_merge
from referat.index.model import ParseResult
from referat.index.readers import READERS, SUPPORTED_SUFFIXES, parse_bytes, reader_for
from referat.index.stopping import StopSignals
from referat.index.store import open_or_create, resolve_index_dir
from whoosh.index import Index, LockError
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import NO_MERGE

from referat.errors import FileFailed, Interrupted, PathNotFound

BATCH_FILES = 1000  # files per commit
BATCH_SECONDS = 60.0  # ... or sooner, so a killed long run loses at most this much work
MULTIPROC_MIN_FILES = 100
JOBS_AHEAD = 32  # parse jobs queued per worker, so workers go on while this process commits
WAIT_STEP = 0.1  # seconds between safe points for Ctrl-C while waiting on a child


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
    made_by: str | None = None  # index.fingerprints.document_fingerprint

    def outdated(self) -> bool:
        """Whether its items were made by another version of referat's indexing."""
        return self.items > 0 and self.made_by != document_fingerprint()


@dataclass
class Skipped:
    """A file that gave no items, and why."""

    path: str
    status: str
    reason: str


@dataclass
class LowConfidence:
    """A file read with low confidence (`ParseResult.low_confidence`): worth a look."""

    path: str
    confidence: float
    layout: str
    checks: list[str]


@dataclass
class IndexReport:
    """The summary of one indexing run."""

    files_seen: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    # unchanged files indexed again: their items were made by another version
    files_reindexed: int = 0
    files_moved: int = 0
    files_removed: int = 0
    items_added: int = 0
    items_updated: int = 0
    items_removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    # unchanged files skipped by an earlier run (not minutes, duplicates, failures):
    # counted, not reported again
    skipped_before: list[Skipped] = field(default_factory=list)
    elapsed: float = 0.0
    interrupted: bool = False
    # What this run has committed so far (what an interrupted run keeps).
    files_committed: int = 0
    items_committed: int = 0
    low_confidence: list[LowConfidence] = field(default_factory=list)

    @property
    def failed(self) -> list[Skipped]:
        """Files that could not be read at all (not merely "not minutes")."""
        return [s for s in self.skipped if s.status in FAILED_STATUSES]

    @property
    def failed_before(self) -> list[Skipped]:
        """Files that could not be read by an earlier run, unchanged and not read again."""
        return [s for s in self.skipped_before if s.status in FAILED_STATUSES]

    def to_dict(self) -> dict:
        return {
            "files_seen": self.files_seen,
            "files_read": self.files_read,
            "files_unchanged": self.files_unchanged,
            "files_reindexed": self.files_reindexed,
            "files_moved": self.files_moved,
            "files_removed": self.files_removed,
            "items_added": self.items_added,
            "items_updated": self.items_updated,
            "items_removed": self.items_removed,
            "skipped": [s.__dict__ for s in self.skipped],
            "failed": len(self.failed),
            "skipped_before": len(self.skipped_before),
            "failed_before": [s.__dict__ for s in self.failed_before],
            "files_committed": self.files_committed,
            "items_committed": self.items_committed,
            "elapsed": round(self.elapsed, 3),
            "interrupted": self.interrupted,
            "low_confidence": [s.__dict__ for s in self.low_confidence],
        }


@dataclass
class Progress:
    """Where a run is: passed to the progress callback after each file is written."""

    path: str
    status: str
    items: int  # items of this file
    files_done: int
    files_total: int  # files to read or re-check in this run
    items_done: int


ProgressCallback = Callable[[Progress], None]


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
    """Worker job: parse one file and keep the result in the parse cache (unless the
    reading failed); returns the hash of the bytes actually read.

    The caller hashed the file earlier; if it changed since, the new hash is returned
    (the record's size and mtime stay the old ones, so the next run looks again).
    The worker writes the cache entry, not the parent: the parent is the one process
    every result passes through (JSON and gzip cost a second on the corpus).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return digest, ParseResult(path, "error", reason=_read_failed(exc))
    found = content_hash(data)
    if found != digest:
        digest = found
    result = parse_bytes(data, path, ExtractionCache(index_dir), digest)
    if result.status != "error":
        ParseCache(index_dir).put(_parse_key(digest, path), result)
    return digest, result


def _read_failed(exc: OSError) -> str:
    return f"{READ_FAILED}: {exc.strerror or exc}"


# -- child processes ---------------------------------------------------------------
# Descriptors of the lock files held by this process while it writes; a forked child
# closes its copies, so only the writer itself holds the locks (flock locks belong to
# the open file, shared by every process that inherited it).
_LOCK_FDS: set[int] = set()
_PR_SET_PDEATHSIG = 1


def _child_init(parent: int, lock_fds: tuple[int, ...]) -> None:
    """Run first in every forked worker: ignore Ctrl-C, die with the parent, drop locks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for fd in lock_fds:
        with contextlib.suppress(OSError):
            os.close(fd)
    _LOCK_FDS.clear()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the death signal was armed
        os._exit(1)


def _merge_segments(index_dir: Path, parent: int, lock_fds: tuple[int, ...]) -> None:
    """Child process: commit a merge of the index's full tiers of segments."""
    _child_init(parent, lock_fds)
    segment_writer_class()(open_or_create(index_dir)).commit(mergetype=merge_tiers)


def _lock_fds(writer: object | None = None) -> tuple[int, ...]:
    fds = set(_LOCK_FDS)
    lock = getattr(writer, "writelock", None)
    if isinstance(getattr(lock, "fd", None), int):
        fds.add(lock.fd)
    return tuple(sorted(fds))


class _SafeSubWriterTask(SubWriterTask):
    """Whoosh's sub-writer process, run with `_child_init` first."""

    def __init__(self, *args, parent: int, lock_fds: tuple[int, ...]) -> None:
        super().__init__(*args)
        self.daemon = True  # never keeps the interpreter alive at exit
        self._parent, self._lock_fds = parent, lock_fds
        self._writer_class = segment_writer_class()  # imported here, not in the child

    def run(self) -> None:
        _child_init(self._parent, self._lock_fds)
        run_sub_writer(self, self._writer_class)


class _SafeMpWriter(MpWriter):
    """Whoosh's multi-process writer with children that cannot outlive a cancel.

    Whoosh's `MpWriter.cancel()` only flags its own copy of each child process, so
    the children stay blocked on their job queue: an interrupted run would hang at
    exit waiting for them. Here a cancel terminates them.
    """

    def _new_task(self):
        task = _SafeSubWriterTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue,
            self.subargs, self.multisegment,
            parent=os.getpid(), lock_fds=_lock_fds(self),
        )
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                task.join(5)
        finally:
            super(MpWriter, self).cancel()  # Whoosh's SegmentWriter.cancel


class Indexer:
    """Brings an index up to date with a set of files and folders.

    With `strict`, the run stops at the first file that cannot be read (raising
    `FileFailed`), keeping what was committed before it. With `retry_failed`, files
    that could not be read before are read again even when unchanged.
    """

    def __init__(
        self,
        index_dir: str | Path | None = None,
        kommune: str | None = None,
        jobs: int | None = None,
        wait: bool = False,
        strict: bool = False,
        retry_failed: bool = False,
    ) -> None:
        self.index_dir = resolve_index_dir(index_dir)
        self.kommune = kommune
        self.jobs = jobs or os.cpu_count() or 1
        self.wait = wait
        self.strict = strict
        self.failures = FailureMemory({}, retry_failed)  # the run's, from the records
        self.ix: Index | None = None  # opened (or created) under the writer lock
        self.cache = ParseCache(self.index_dir)
        self._stops = StopSignals()  # the current run's, entered by `run`

    # -- records -----------------------------------------------------------------
    def records(self) -> dict[str, FileRecord]:
        """Every file the index knows, by absolute path."""
        out = {}
        if self.ix is None:
            self.ix = open_or_create(self.index_dir)
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
                    made_by=meta.get("made_by"),
                )
        return out

    # -- the run -----------------------------------------------------------------
    def run(
        self, paths: Iterable[str | Path], progress: ProgressCallback | None = None,
        *, forget_missing: bool = False,
    ) -> IndexReport:
        """Index the given files and folders; returns what changed.

        Raises `PathNotFound` for a path that does not exist, unless `forget_missing`:
        then its files lose their items (`index.forget`). Raises `Interrupted` on
        Ctrl-C (and `FileFailed` in strict mode); both carry the report of what was
        committed.
        """
        started = time.monotonic()
        report = IndexReport()
        paths = list(paths)
        roots = [Path(p).expanduser().resolve() for p in paths]
        missing = [p for p, root in zip(paths, roots, strict=True) if not root.exists()]
        if missing and not forget_missing:
            raise PathNotFound(f"{missing[0]}: no such file or folder (if it was deleted, "
                               f"`referat forget {missing[0]}` removes its files' items)")
        self._stops = StopSignals()
        try:
            with self._stops, contextlib.ExitStack() as held:
                with self._stops.interruptible():  # waiting for another writer
                    lock = held.enter_context(WriterLock(self.index_dir, wait=self.wait))
                if lock.fd is not None:
                    _LOCK_FDS.add(lock.fd)
                    held.callback(_LOCK_FDS.discard, lock.fd)
                self.ix = open_or_create(self.index_dir)
                self._run(roots, report, progress)
                report.elapsed = time.monotonic() - started
        except KeyboardInterrupt:
            report.interrupted = True
            report.elapsed = time.monotonic() - started
            raise Interrupted(report) from None
        return report

    def _fail(self, skip: Skipped, report: IndexReport) -> None:
        """Note a file that could not be read; in strict mode, stop the run."""
        report.skipped.append(skip)
        if self.strict and skip.status in FAILED_STATUSES:
            raise FileFailed(report, skip)

    def _run(
        self, roots: list[Path], report: IndexReport, progress: ProgressCallback | None
    ) -> None:
        records = self.records()
        self.failures = FailureMemory(records, self.failures.retry_failed)
        by_hash: dict[tuple[str, str | None], FileRecord] = {}
        for rec in sorted(records.values(), key=lambda r: r.status == "duplicate", reverse=True):
            by_hash[_content_key(rec.content_hash, rec.path)] = rec  # originals win
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
        known: dict[str, tuple[str, str | None]] = {}  # path -> content key, where known
        stats: dict[str, os.stat_result] = {}
        for path in files:
            self._stops.check()
            spath = str(path)
            try:
                st = path.stat()
            except OSError as exc:
                self._fail(Skipped(spath, "error", _read_failed(exc)), report)
                continue
            rec = records.get(spath)
            retry = rec is not None and self.failures.retry(rec)
            stats[spath] = st
            stale = rec is not None and rec.outdated()
            report.files_reindexed += stale
            if (rec and not retry and not stale and rec.size == st.st_size
                    and rec.mtime_ns == st.st_mtime_ns):
                known[spath] = _content_key(rec.content_hash, spath)
                report.files_unchanged += 1
                self._note_skip(rec, report)
                continue
            try:
                digest = content_hash(path.read_bytes())
            except OSError as exc:
                self._fail(Skipped(spath, "error", _read_failed(exc)), report)
                continue
            known[spath] = _content_key(digest, spath)
            if rec and not retry and not stale and rec.content_hash == digest:
                touched.append((rec, st))
                report.files_unchanged += 1
                self._note_skip(rec, report)
                continue
            todo.append((spath, digest, st))
        # Of files with the same content, the first path in sorted order is indexed and
        # the others are recorded as its duplicates, whatever order they arrived in.
        owners: dict[tuple[str, str | None], str] = {}
        for spath in sorted(known):
            owners.setdefault(known[spath], spath)
        queued = {p for p, _, _ in todo}
        for spath, key in known.items():
            rec = records.get(spath)
            if spath not in queued and rec is not None and (
                (rec.status == "duplicate") != (owners[key] != spath)
            ):
                todo.append((spath, rec.content_hash, stats[spath]))

        if touched or gone:
            self._refresh_records(touched, gone, report)
        if todo:
            self._index_files(todo, records, owners, by_hash, gone_paths, report, progress)

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
            removed = 0
            for rec in gone:
                writer.delete_by_term("path", rec.path)
                removed += rec.items
            writer.commit(mergetype=NO_MERGE)
            report.files_removed += len(gone)
            report.items_removed += removed
            self._merge()
        except BaseException:
            _cancel(writer)
            raise

    def _index_files(
        self,
        todo: list[tuple[str, str, os.stat_result]],
        records: dict[str, FileRecord],
        owners: dict[tuple[str, str | None], str],
        by_hash: dict[tuple[str, str | None], FileRecord],
        gone_paths: set[str],
        report: IndexReport,
        progress: ProgressCallback | None,
    ) -> None:
        """Read new and changed files and replace their items, committing in batches.

        A file's items and its record go into the same commit; the report's counts
        of items added, updated and removed grow only when a batch is committed.
        """
        procs = self._writer_procs(todo)
        # This process writes while workers parse: the other files' results come first
        # and their segment is committed while the workers still extract the PDFs
        # (`_parse_all`), so the last commit, which nothing overlaps, is the PDFs' only.
        split = procs == 1 < self.jobs and len(todo) >= MULTIPROC_MIN_FILES
        done = items_done = 0
        writer = None
        pending_files = pending_items = 0
        counts = IndexReport()  # item counts of the batch not yet committed
        batch_started = time.monotonic()

        def commit() -> None:
            nonlocal writer, pending_files, pending_items, counts, batch_started
            if writer is None:
                return
            writer.commit(mergetype=NO_MERGE)
            writer = None
            report.files_committed += pending_files
            report.items_committed += pending_items
            report.items_added += counts.items_added
            report.items_updated += counts.items_updated
            report.items_removed += counts.items_removed
            pending_files = pending_items = 0
            counts = IndexReport()
            self._merge()
            batch_started = time.monotonic()

        results = self._results(todo, owners, by_hash, gone_paths, report)
        try:
            for spath, digest, st, result in results:
                self._stops.check()
                if split and _is_pdf(spath):
                    split = False
                    commit()
                if result.status in FAILED_STATUSES and self.strict:
                    commit()
                    self._fail(Skipped(spath, result.status, result.reason or ""), report)
                if writer is None:
                    writer = self._writer(procs)
                old = records.get(spath)
                if old is not None:
                    writer.delete_by_term("path", spath)
                docs: list[dict] = []
                if result.ok and result.meeting is not None:
                    # ids from bytes and reader: unique, since those are what make
                    # duplicates (the same bytes as .txt and .html are two files)
                    docs = item_documents(result.meeting, digest, spath, self.kommune,
                                          id_key=_parse_key(digest, spath))
                    if result.low_confidence:
                        report.low_confidence.append(LowConfidence(
                            spath, result.confidence or 0.0, result.layout or "",
                            result.checks))
                elif self.failures.known(digest, result):  # moved or copied
                    skip = Skipped(spath, result.status, result.reason or "")
                    report.skipped_before.append(skip)
                else:
                    report.skipped.append(Skipped(spath, result.status, result.reason or ""))
                # A changed file's old items went with delete_by_term("path") above, and
                # ids are unique per content: no per-document delete lookup needed.
                for doc in docs:
                    writer.add_document(**doc)
                self._write_record(writer, spath, digest, st, result.status, result.reason,
                                   len(docs))
                _count(counts, old.items if old else 0, len(docs))
                pending_files += 1
                pending_items += len(docs)
                done += 1
                items_done += len(docs)
                if progress:
                    progress(Progress(spath, result.status, len(docs), done, len(todo),
                                      items_done))
                if (pending_files >= BATCH_FILES
                        or time.monotonic() - batch_started >= BATCH_SECONDS):
                    commit()
            commit()
        except BaseException:
            results.close()
            if writer is not None:
                _cancel(writer)
            raise

    def _results(
        self,
        todo: list[tuple[str, str, os.stat_result]],
        owners: dict[tuple[str, str | None], str],
        by_hash: dict[tuple[str, str | None], FileRecord],
        gone_paths: set[str],
        report: IndexReport,
    ) -> Iterator[tuple[str, str, os.stat_result, ParseResult]]:
        """Parse results for the files to (re)index: from the cache, or read in workers."""
        to_read: list[tuple[str, str, os.stat_result]] = []
        for spath, digest, st in todo:
            if st.st_size == 0:
                yield spath, digest, st, ParseResult(spath, "error", reason="empty file (0 bytes)")
                continue
            key = _content_key(digest, spath)  # the same bytes read as another format differ
            owner = owners.get(key, spath)
            if owner != spath:
                yield spath, digest, st, ParseResult(spath, "duplicate",
                                                     reason=f"duplicate of {owner}")
                continue
            cached = self.failures.cached(self.cache.get(_parse_key(digest, spath), spath))
            if cached is not None:
                twin = by_hash.get(key)
                if twin is not None and twin.path in gone_paths:
                    report.files_moved += 1
                yield spath, digest, st, cached
            else:
                to_read.append((spath, digest, st))
        to_read.sort(key=_parse_order)
        stats = {spath: st for spath, _, st in to_read}
        parsed = self._parse_all(to_read)
        try:
            for spath, (digest, result) in zip(
                [p for p, _, _ in to_read], parsed, strict=True
            ):
                report.files_read += 1
                yield spath, digest, stats[spath], result
        finally:
            parsed.close()  # stops the workers at once when the run is cut short

    def _parse_all(
        self, to_read: list[tuple[str, str, os.stat_result]]
    ) -> Iterator[tuple[str, ParseResult]]:
        """Parse files, in worker processes when there is more than one; results in
        the order of `to_read` (`_parse_order`: other files, then PDFs).

        The PDFs are started first, but while other files are left, at most jobs - 1
        of them at a time: the other worker parses the quick files this process is
        writing meanwhile, so that PDF extraction, most of the parsing, overlaps the
        writing of the rest, and this process never waits idle at the start for the
        first PDF. Of each kind at most `JOBS_AHEAD` results per worker are queued or
        held ahead of this process: enough for the workers to go on while it writes
        and commits, few enough to hold little; an interrupted run stops at once, the
        workers terminated rather than left to finish the queue. A worker that dies (a
        reader crashing the interpreter, or killed for memory) fails its file only; the
        pool is restarted for the rest.
        """
        if self.jobs <= 1 or len(to_read) <= 1:
            for spath, digest, _ in to_read:
                with self._stops.interruptible():  # parsing here holds no locks
                    result = _read(spath, digest, self.index_dir)
                yield result
            return
        window, slow_at_once = self.jobs * JOBS_AHEAD, max(1, self.jobs - 1)
        lanes: dict[bool, deque[tuple[str, str, object]]] = {True: deque(), False: deque()}
        for job in to_read:
            lanes[_is_pdf(job[0])].append(job)
        pool = self._pool(to_read)
        started: dict[str, tuple[bool, str, Future]] = {}  # not yet taken, by path
        done = False

        def start() -> None:
            """Start what the lanes allow: PDFs first, a share of the workers."""
            while True:
                slow = [f for pdf, _, f in started.values() if pdf]
                fast = len(started) - len(slow)
                if lanes[True] and len(slow) < window and (
                        not lanes[False] or sum(not f.done() for f in slow) < slow_at_once):
                    pdf = True
                elif lanes[False] and fast < window:
                    pdf = False
                else:
                    return
                spath, digest, _ = lanes[pdf].popleft()
                started[spath] = (pdf, digest, pool.submit(_read, spath, digest,
                                                           self.index_dir))

        try:
            for spath, digest, _ in to_read:
                start()
                _, digest, future = started.pop(spath)
                try:
                    yield self._result(future)
                except BrokenProcessPool:
                    yield digest, ParseResult(
                        spath, "error", reason="the reader process died (out of memory?)")
                    _terminate(pool)
                    for other, (pdf, other_digest, _) in reversed(started.items()):
                        lanes[pdf].appendleft((other, other_digest, None))
                    started.clear()
                    pool = self._pool(to_read)
            done = True
        finally:
            if done:
                pool.shutdown(wait=True)
            else:
                _terminate(pool)

    def _writer_procs(self, todo: list[tuple[str, str, os.stat_result]]) -> int:
        """Processes for Whoosh's writer. Its multi-process writer pays off on large
        batches only, and only when the cores are not busy parsing: each of its
        processes analyses every word anew (its own cache of words' terms) and is sent
        every document pickled. Where many files are to be parsed, the parse workers
        have half the cores and the writer the other half; on two cores, this process
        writes (the corpus from scratch: 2.5 s less CPU of 30, and no slower)."""
        if len(todo) < MULTIPROC_MIN_FILES:
            return 1
        to_parse = sum(not self.cache.has(_parse_key(digest, spath))
                       for spath, digest, _ in todo)
        return self.jobs if to_parse < MULTIPROC_MIN_FILES else max(1, self.jobs // 2)

    def _pool(self, to_read: list[tuple[str, str, object]]) -> ProcessPoolExecutor:
        """Worker processes, forked once the readers of `to_read`'s files are imported
        here: each worker would otherwise import them again (pdfminer, the generic
        reader)."""
        for module in {reader_for(spath) for spath, _, _ in to_read} - {None}:
            importlib.import_module(module)
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_child_init,
            initargs=(os.getpid(), _lock_fds(None)),
        )

    # -- helpers -----------------------------------------------------------------
    def _merge(self) -> None:
        """Merge full tiers of segments (`index.merge_policy`) in a child process, and wait.

        The merge (`index.engine.segment_writer`) gathers a field's postings at a time,
        and reads every merged segment; whatever the process allocates for that it
        keeps: a child gives it back when it exits. A merge that fails or is cut short
        leaves the index as it was, and is tried again after the next commit.
        """
        if not segments_to_merge(index_segments(self.ix)):
            return
        child = multiprocessing.get_context("fork").Process(
            target=_merge_segments, args=(self.index_dir, os.getpid(), _lock_fds()),
            daemon=True)
        child.start()
        try:
            while child.is_alive():
                child.join(WAIT_STEP)
                self._stops.check()
        finally:  # a merge cut short leaves the index as it was
            if child.is_alive():
                child.terminate()
                child.join()

    def _result(self, future: Future) -> tuple[str, ParseResult]:
        """A worker's result, waiting for it with safe points for Ctrl-C."""
        while not future.done():
            wait([future], timeout=WAIT_STEP)
            self._stops.check()
        return future.result()

    def _writer(self, procs: int = 1):
        try:
            if procs > 1:
                import numpy  # noqa: F401  each writer process sorts with it: load it once
                return _SafeMpWriter(self.ix, procs=procs, multisegment=True)
            return segment_writer_class()(self.ix)
        except LockError as exc:
            raise locked(self.index_dir) from exc

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
                "made_by": document_fingerprint(),
            },
        )

    @staticmethod
    def _note_skip(rec: FileRecord, report: IndexReport) -> None:
        """An unchanged file that was skipped before: counted, not reported again."""
        if rec.status != "ok":
            report.skipped_before.append(Skipped(rec.path, rec.status, rec.reason or ""))


def _cancel(writer) -> None:
    """Cancel a Whoosh writer, even one half-way through a commit."""
    with contextlib.suppress(Exception):
        writer.cancel()


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop a worker pool now: queued jobs are dropped, running ones killed."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(5)


def _parse_order(job: tuple[str, str, os.stat_result]) -> tuple[bool, int]:
    """Sort key of a file to read, in the order its result is taken and written: other
    files first, in walk order, then PDFs, the largest first (`Indexer._parse_all`
    starts them first)."""
    spath, _, st = job
    is_pdf = _is_pdf(spath)
    return is_pdf, -st.st_size if is_pdf else 0


def _is_pdf(path: str) -> bool:
    """Whether a file is read as a PDF: the slow files to read (pdfminer's extraction)."""
    return reader_for(path) == READERS[".pdf"]


def _content_key(digest: str, path: str) -> tuple[str, str | None]:
    """What makes two files duplicates: the same bytes, read by the same reader."""
    return digest, reader_for(path)


def _parse_key(digest: str, path: str) -> str:
    """The parse cache key: the content hash and the reader (a PDF named .json, or the
    same text as .txt and .html, parse differently)."""
    return content_hash(f"{digest}:{reader_for(path)}".encode())


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
    strict: bool = False,
    retry_failed: bool = False,
) -> IndexReport:
    """Index files and folders into the index at `index_dir` (created on first use).

    Raises `PathNotFound` when a path does not exist (`forget_paths` drops the items of
    a deleted folder). Files that could not be read before are read again only when
    they changed, or with `retry_failed`.
    """
    return Indexer(index_dir, kommune=kommune, jobs=jobs, strict=strict,
                   retry_failed=retry_failed).run(paths, progress)
