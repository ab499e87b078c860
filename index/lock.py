"""One writer at a time: an advisory lock that names its holder.

The lock is `flock` on `<index>/writer.lock`, so the kernel drops it when the holder
dies (a killed indexer leaves no stale lock); the file also records the holder's pid
and start time for the message a second writer gets. Not safe on network shares.

A flock belongs to the open file, which forked children share: the indexer's worker
processes close their copies (see `index.writer._child_init`) and die with it, so the
lock is never held on behalf of a dead process. Should that happen anyway (a child
left behind by some other path), the message says the named process is gone.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from pathlib import Path

from referat.errors import IndexLocked


def locked(index_dir: Path) -> IndexLocked:
    """An IndexLocked whose message names the holder, when it is known."""
    try:
        info = json.loads((Path(index_dir) / "writer.lock").read_text())
        holder = f"process {info['pid']} since {info['since']}"
        if not _alive(int(info["pid"])):
            holder += (" (that process has exited; a process it started still holds "
                       "the lock)")
    except (OSError, ValueError, KeyError, TypeError):
        holder = "another process"
    return IndexLocked(f"index {index_dir} is being written by {holder} "
                       "(wait for it with --wait, or wait=True)")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WriterLock:
    """Context manager holding the index's writer lock."""

    def __init__(self, index_dir: str | Path, wait: bool = False) -> None:
        self.path = Path(index_dir) / "writer.lock"
        self.wait = wait
        self._fd: int | None = None

    @property
    def fd(self) -> int | None:
        """The descriptor holding the lock (None when not held)."""
        return self._fd

    def __enter__(self) -> WriterLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BaseException as exc:  # held by another writer, or Ctrl-C while waiting
            os.close(fd)
            if isinstance(exc, BlockingIOError):
                raise locked(self.path.parent) from None
            raise
        since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "since": since}).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
