"""Crash safety and concurrency with real `referat index` processes.

The indexer runs as a subprocess on a folder of 100 real Greve meetings (each cut to
its first two agenda items, so a run takes seconds), with small batches so a kill
can land between commits. Killed with SIGKILL, SIGINT or SIGTERM at random moments,
it must leave an index that opens, answers, holds only whole files, has no orphan
processes or held locks, and that the next run completes to equal a fresh build.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from referat.index.check import check_index
from referat.index.lock import WriterLock
from referat.index.writer import Indexer

from referat import search
from tests.conftest import CORPUS, EXAMPLES

N_FILES = 100
# The CLI with small batches (and the multi-process writer on), so kills land between
# and inside commits.
RUNNER = (
    "import sys, referat.index.writer as w; w.BATCH_FILES = 7; w.MULTIPROC_MIN_FILES = 10\n"
    "from referat.search.cli import main; main()"
)


def start(folder: Path, index_dir: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, "index", str(folder), "--index", str(index_dir),
         "-q", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def holding_lock(proc: subprocess.Popen, index_dir: Path, timeout: float = 60.0) -> None:
    """Wait until `proc` has started and holds the index's writer lock (or has exited):
    a signal sent while it is still importing would test Python's start-up, not ours."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            if json.loads((index_dir / "writer.lock").read_text())["pid"] == proc.pid:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.02)


def processes_mentioning(marker: str) -> list[int]:
    """Live processes whose command line contains `marker` (our index folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().split(") ", 1)[1][0]
        except (OSError, IndexError):
            continue
        if marker in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def no_orphans(index_dir: Path, timeout: float = 5.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := processes_mentioning(str(index_dir))) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def snapshot(index_dir: Path) -> dict[str, tuple[str, str]]:
    with search.open_index(index_dir) as ix:
        return {f["id"]: (f["path"], f["title"])
                for f in ix._searcher().documents(doctype="item")}


def whole_files(index_dir: Path) -> None:
    """Items per file equal the file's record, in one consistent view of the index."""
    with search.open_index(index_dir) as ix:
        searcher = ix._searcher()
        items = Counter(f["path"] for f in searcher.documents(doctype="item"))
        records = {f["path"]: f["file_meta"]["items"]
                   for f in searcher.documents(doctype="file")}
    assert set(items) <= set(records)
    assert all(items[path] == n for path, n in records.items())


@pytest.fixture(scope="module")
def greve(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("greve")
    for path in sorted((CORPUS / "greve").glob("*.json"))[:N_FILES]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["Dagsordenpunkter"] = doc["Dagsordenpunkter"][:2]
        (folder / path.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def greve_small(greve, tmp_path_factory) -> Path:
    """30 of the files: enough for several commits, quick for the concurrency tests."""
    folder = tmp_path_factory.mktemp("greve-small")
    for path in sorted(greve.iterdir())[:30]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def fresh(greve, tmp_path_factory) -> dict[str, tuple[str, str]]:
    index_dir = tmp_path_factory.mktemp("fresh") / "ix"
    report = Indexer(index_dir, jobs=1).run([greve])
    assert not report.skipped and report.items_added > 150
    return snapshot(index_dir)


def test_kill_at_random_moments_then_rerun_equals_fresh_build(greve, fresh, tmp_path):
    index_dir = tmp_path / "ix"
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    kills = [signal.SIGKILL, signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGINT]
    outcomes = []
    for sig in kills:
        proc = start(greve, index_dir)
        holding_lock(proc, index_dir)
        time.sleep(rng.uniform(0.0, 2.5))
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
        outcomes.append((sig.name, proc.returncode))
        if sig == signal.SIGKILL:
            assert proc.returncode in (-signal.SIGKILL, 0), (seed, err)
        else:
            assert proc.returncode in (130, 0), (seed, err)
            assert "Traceback" not in err, (seed, err)
            if proc.returncode == 130 and "Interrupted:" in err:
                assert "were committed in this run" in err, err
        assert no_orphans(index_dir) == [], (seed, sig)
        # a kill before the first commit may leave no index at all; else it must answer
        if (index_dir / "_referat_0.toc").exists() or any(index_dir.glob("_referat_*.toc")):
            whole_files(index_dir)
            with search.open_index(index_dir) as ix:
                ix.search("kommune")
            problems = check_index(index_dir).problems
            assert not [p for p in problems if p.problem in ("item_count", "orphan_items")]
    final = start(greve, index_dir)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, (seed, outcomes, err)
    assert snapshot(index_dir) == fresh, (seed, outcomes)
    assert check_index(index_dir).ok


def test_sigint_message_says_what_was_committed(greve, tmp_path):
    """Every Greve file: a run long enough to be interrupted after its first commits
    (30 files were indexed in less than the half second waited below)."""
    proc = start(greve, tmp_path / "ix")
    # wait for the first commits
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list((tmp_path / "ix").glob("_referat_*.toc")):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - started < 10  # workers stopped, no waiting for the queue
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert proc.returncode == 130
    line = err.strip().splitlines()[-1]
    assert line.startswith("Interrupted: ") and "Traceback" not in err
    files = int(line.split()[1])
    items = int(line.split("(")[1].split()[0])
    with search.open_index(tmp_path / "ix") as ix:
        stats = ix.stats()
    assert stats["files"] == files and stats["items"] == items


def test_searches_stay_consistent_while_indexing(greve_small, fresh, tmp_path):
    index_dir = tmp_path / "ix"
    Indexer(index_dir, jobs=1).run([EXAMPLES])  # something to search from the start
    proc = start(greve_small, index_dir)
    seen: list[int] = []
    errors: list[str] = []
    with search.open_index(index_dir) as ix:
        while proc.poll() is None or not seen:
            ix.refresh()
            try:
                stats = ix.stats()
                total = ix.search("", limit=1).total
                hits = ix.search("kommune OR udvalget", limit=5).total
            except Exception as exc:  # pragma: no cover - the failure being tested
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            assert total == stats["items"] and hits <= total
            seen.append(stats["items"])
            time.sleep(0.05)
    assert proc.wait(60) == 0, proc.stderr.read() if proc.stderr else ""
    assert not errors, errors[:3]
    assert seen == sorted(seen)  # each commit adds; nothing goes backwards
    assert len(set(seen)) > 2  # saw intermediate batches
    final = {k: v for k, v in snapshot(index_dir).items() if "/greve" in v[0]}
    names = {p.name for p in greve_small.iterdir()}
    assert sorted(final.values()) == sorted(
        (str(greve_small / Path(p).name), t) for p, t in fresh.values() if Path(p).name in names)
    whole_files(index_dir)


def test_second_writer_is_refused_or_waits(greve_small, tmp_path):
    index_dir = tmp_path / "ix"
    first = start(greve_small, index_dir)
    deadline = time.monotonic() + 20
    lock = index_dir / "writer.lock"
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().startswith("{"):
            break
        time.sleep(0.02)
    refused = subprocess.run(
        [sys.executable, "-m", "referat.search", "index", str(EXAMPLES), "--index", str(index_dir)],
        capture_output=True, text=True, timeout=30)
    assert refused.returncode == 1
    assert f"is being written by process {first.pid} since" in refused.stderr
    assert refused.stderr.count("\n") == 1
    waiting = start(EXAMPLES, index_dir, "--wait")
    assert waiting.wait(60) == 0
    assert first.poll() == 0  # the waiting writer ran after the first one finished
    with search.open_index(index_dir) as ix:
        assert ix.search("affaldssortering").total == 1


def test_killed_writer_leaves_no_lock_behind(greve_small, tmp_path):
    from whoosh import index as whoosh_index

    index_dir = tmp_path / "ix"
    proc = start(greve_small, index_dir)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list(index_dir.glob("_referat_*.toc")):
        time.sleep(0.02)
    time.sleep(0.3)  # inside the run: workers and writer processes alive
    children = [p for p in processes_mentioning(str(index_dir)) if p != proc.pid]
    proc.kill()
    proc.wait(10)
    assert children, "the run had worker processes to leave behind"
    assert no_orphans(index_dir) == []
    with WriterLock(index_dir):  # our flock: free at once
        ix = whoosh_index.open_dir(str(index_dir), indexname="referat")
        ix.writer().cancel()  # Whoosh's MAIN_WRITELOCK: free too
    assert (index_dir / "referat_WRITELOCK").exists()  # the file stays, the lock does not
    rerun = subprocess.run(
        [sys.executable, "-m", "referat.search", "index", str(greve_small),
         "--index", str(index_dir), "-q"], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    whole_files(index_dir)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_interrupted_multiprocess_writer_does_not_hang(tmp_path, monkeypatch):
    """Whoosh's MpWriter.cancel() leaves its children blocked; ours terminates them."""
    import referat.index.writer as writer_module

    ix = writer_module.open_or_create(tmp_path / "ix")
    writer = writer_module._SafeMpWriter(ix, procs=2, multisegment=True, batchsize=1)
    for n in range(4):
        writer.add_document(doctype="item", id=f"x-{n}", path="/x", title="vej")
    tasks = list(writer.tasks)
    assert tasks and all(t.is_alive() for t in tasks)
    started = time.monotonic()
    writer.cancel()
    assert not any(t.is_alive() for t in tasks)
    assert time.monotonic() - started < 6


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_signal_as_the_finished_run_exits_changes_nothing(sig, tmp_path):
    """Python puts its own handlers back to the default as it shuts down, so a signal
    then would kill a process whose work is done: `referat` ignores them by then."""
    code = ("import atexit, signal; from referat.search.cli import main; "
            f"atexit.register(signal.raise_signal, signal.{sig}); main()")
    proc = subprocess.run(
        [sys.executable, "-c", code, "index", str(EXAMPLES), "--index", str(tmp_path / "ix")],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "read" in proc.stdout  # the summary was printed
