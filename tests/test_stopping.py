"""Ctrl-C and SIGTERM wait for a safe point (`index.stopping`), in and out of a run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest
import referat.index.writer as writer_module
from referat.index.lock import WriterLock
from referat.index.stopping import StopSignals

from tests.conftest import CORPUS


@pytest.fixture
def sigterm_handler():
    """A SIGTERM handler of the program's, as the CLI installs; restored afterwards."""
    calls: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: calls.append(signum))
    yield calls
    signal.signal(signal.SIGTERM, previous)


def test_a_signal_waits_for_check():
    reached = False
    with pytest.raises(KeyboardInterrupt), StopSignals() as stops:
        signal.raise_signal(signal.SIGINT)
        reached = True
        assert stops.caught == signal.SIGINT
        stops.check()
        pytest.fail("check() did not act")  # pragma: no cover
    assert reached
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_signal_not_checked_is_acted_on_when_the_block_ends():
    with pytest.raises(KeyboardInterrupt):
        with StopSignals():
            signal.raise_signal(signal.SIGINT)
    # but not over an exception already on its way out
    with pytest.raises(ValueError):
        with StopSignals():
            signal.raise_signal(signal.SIGINT)
            raise ValueError


def test_interruptible_lets_the_signal_through_at_once():
    with StopSignals() as stops:
        with pytest.raises(KeyboardInterrupt), stops.interruptible():
            signal.raise_signal(signal.SIGINT)
            pytest.fail("the signal waited")  # pragma: no cover
        stops.check()  # acted on once only


def test_a_signal_noted_before_an_interruptible_block_stops_it_at_its_start():
    with StopSignals() as stops:
        signal.raise_signal(signal.SIGINT)
        with pytest.raises(KeyboardInterrupt), stops.interruptible():
            pytest.fail("the block ran")  # pragma: no cover


def test_the_programs_own_handler_is_called_at_the_safe_point(sigterm_handler):
    with StopSignals() as stops:
        signal.raise_signal(signal.SIGTERM)
        assert sigterm_handler == []
        stops.check()
        assert sigterm_handler == [signal.SIGTERM]
        signal.raise_signal(signal.SIGTERM)  # a second signal: the run is stopping already
        stops.check()
    assert sigterm_handler == [signal.SIGTERM]
    signal.raise_signal(signal.SIGTERM)  # the program's handler is back
    assert sigterm_handler == [signal.SIGTERM, signal.SIGTERM]


def test_a_default_action_ends_the_process_at_the_safe_point():
    """SIGTERM left at its default (a library user's program) still ends the process,
    but at the safe point, not in the middle of the block."""
    code = ("import signal; from referat.index.stopping import StopSignals\n"
            "with StopSignals() as stops:\n"
            "    signal.raise_signal(signal.SIGTERM)\n"
            "    print('deferred', flush=True)\n"
            "    stops.check()\n"
            "    print('not reached', flush=True)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == -signal.SIGTERM
    assert proc.stdout == "deferred\n"


def test_ignored_signals_stay_ignored():
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with StopSignals() as stops:
            assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
            signal.raise_signal(signal.SIGINT)
            stops.check()
            assert stops.caught is None
    finally:
        signal.signal(signal.SIGINT, previous)


def test_outside_the_main_thread_nothing_is_installed():
    seen = []

    def run() -> None:
        with StopSignals() as stops:
            seen.append(signal.getsignal(signal.SIGINT))
            stops.check()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [signal.default_int_handler]


# -- in an indexing run -------------------------------------------------------------
@pytest.fixture(scope="module")
def greve_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("greve")
    for path in sorted((CORPUS / "greve").glob("*.json"))[:20]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_signal_inside_the_worker_pool_waits_until_its_call_returns(
        greve_files, tmp_path, monkeypatch):
    """A KeyboardInterrupt inside the pool's own code could leave its locks held (the
    run then hung at exit): the signal now takes effect after the call."""
    calls: list[str] = []

    class Pool(ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            calls.append("called")
            if len(calls) == 3:
                signal.raise_signal(signal.SIGINT)
            future = super().submit(*args, **kwargs)
            calls.append("returned")
            return future

    monkeypatch.setattr(writer_module, "ProcessPoolExecutor", Pool)
    with pytest.raises(writer_module.Interrupted) as stopped:
        writer_module.Indexer(tmp_path / "ix", jobs=2).run([greve_files])
    assert calls.count("called") >= 3
    assert calls.count("called") == calls.count("returned")
    assert stopped.value.report.interrupted


def test_a_signal_during_a_commit_takes_effect_after_it(greve_files, tmp_path, monkeypatch):
    commits: list[str] = []
    parent = os.getpid()

    class Writer(writer_module.segment_writer_class()):
        def commit(self, *args, **kwargs):
            if os.getpid() == parent:  # not the merge's child process
                commits.append("started")
                signal.raise_signal(signal.SIGINT)
            super().commit(*args, **kwargs)
            if os.getpid() == parent:
                commits.append("done")

    monkeypatch.setattr(writer_module, "segment_writer_class", lambda: Writer)
    monkeypatch.setattr(writer_module, "BATCH_FILES", 7)
    with pytest.raises(writer_module.Interrupted) as stopped:
        writer_module.Indexer(tmp_path / "ix", jobs=1).run([greve_files])
    assert commits == ["started", "done"]
    report = stopped.value.report
    assert report.files_committed == 7
    with writer_module.open_or_create(tmp_path / "ix").searcher() as searcher:
        assert len(list(searcher.documents(doctype="file"))) == 7


def test_reading_a_file_in_this_process_is_cut_short(greve_files, tmp_path, monkeypatch):
    parsed: list[str] = []
    parse = writer_module.parse_bytes

    def parse_bytes(data, path, *args):
        if len(parsed) == 2:
            signal.raise_signal(signal.SIGINT)
        result = parse(data, path, *args)
        parsed.append(path)
        return result

    monkeypatch.setattr(writer_module, "parse_bytes", parse_bytes)
    with pytest.raises(writer_module.Interrupted):
        writer_module.Indexer(tmp_path / "ix", jobs=1).run([greve_files])
    assert len(parsed) == 2  # the third file's parse did not finish


def test_waiting_for_the_lock_is_cut_short(greve_files, tmp_path):
    index_dir = tmp_path / "ix"
    holder = WriterLock(index_dir).__enter__()  # another writer holds the lock
    interrupt = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    give_up = threading.Timer(20, holder.__exit__, (None, None, None))  # never hang
    interrupt.start()
    give_up.start()
    try:
        with pytest.raises((writer_module.Interrupted, KeyboardInterrupt)) as stopped:
            writer_module.Indexer(index_dir, jobs=1, wait=True).run([greve_files])
        assert holder.fd is not None  # cut short while waiting, not once the lock came free
    finally:
        give_up.cancel()
        interrupt.join()
        holder.__exit__(None, None, None)
    assert stopped.type is writer_module.Interrupted  # with the report of no commits
    assert stopped.value.report.files_committed == 0
    with WriterLock(index_dir) as lock:  # free again: the waiter's descriptor is closed
        assert lock.fd is not None
