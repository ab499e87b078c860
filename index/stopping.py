"""Ctrl-C and SIGTERM during an indexing run: acted on at safe points only.

Python raises KeyboardInterrupt between any two bytecodes, so a Ctrl-C can land
inside a queue's or a worker pool's own code with one of their locks held: the run
then hangs at exit, or fails on a half-closed descriptor. While a run holds a
`StopSignals`, the handlers only note the signal; the run acts on it at points where
stopping is safe (between files, while waiting for a worker or a merge), and lets
it through at once only where a wait holds no lock (`interruptible`). A signal noted
but not yet acted on when the run ends is acted on then.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType, TracebackType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopSignals:
    """Context manager: SIGINT and SIGTERM wait for `check()` (main thread only).

    Acting on a signal does what its handler from before would have done: Python's
    own SIGINT handler raises KeyboardInterrupt, a handler of the program's is
    called, and the default action (SIGTERM's) ends the process. Ignored signals
    stay ignored.
    """

    def __init__(self) -> None:
        self._previous: dict[int, Any] = {}
        self._caught: int | None = None
        self._acted = False
        self._open_waits = 0

    @property
    def caught(self) -> int | None:
        """The first stop signal received, if any."""
        return self._caught

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                handler = signal.getsignal(signum)
                if handler not in (signal.SIG_IGN, None):
                    self._previous[signum] = handler
                    signal.signal(signum, self._note)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._restore()
        if exc_type is None:
            self._act()

    def _note(self, signum: int, frame: FrameType | None) -> None:
        if self._caught is None:
            self._caught = signum
        if self._open_waits:
            self._act()

    def check(self) -> None:
        """A safe point: act on a signal received since the run began."""
        self._act()

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        """A block that a signal may cut short at any moment (it holds no locks)."""
        self._open_waits += 1
        try:
            self._act()
            yield
        finally:
            self._open_waits -= 1

    def _act(self) -> None:
        if self._caught is None or self._acted:
            return
        self._acted = True
        handler = self._previous[self._caught]
        if callable(handler):
            handler(self._caught, None)
        else:  # SIG_DFL: end the process as the signal would have
            self._restore()
            signal.raise_signal(self._caught)

    def _restore(self) -> None:
        """Put back the handlers from before the run."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
