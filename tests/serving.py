"""Helpers for the server tests: a `referat serve` process on a free loopback port,
and an invented minutes document whose text is hostile markup."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

HOST = "127.0.0.1"
HOSTILE_TITLE = 'Skraldespande <script>alert("titel")</script> ved stranden'
HOSTILE_WORD = "skraldespande"
HOSTILE_TEXT = """REFERAT Teknik- og Miljøudvalget d. 05-05-2025

Mødedato Mandag d. 5. maj 2025 kl. 16:00

Mødested Rådhuset, mødelokale 2

Punkt 1: {title}

07.00.00-P20-9-25

Indstilling

Forvaltningen indstiller,
1. at skraldespandene <img src=x onerror="alert('indstilling')"> tømmes oftere

Sagsfremstilling

Borgere har klaget over skraldespande ved stranden. "><svg onload=alert('svg')> og
<iframe src="javascript:alert('iframe')"></iframe> Tekst med & og </mark> og <b>fed</b>.

Beslutning

Godkendt.
"""


def write_hostile(folder: Path) -> Path:
    """An invented referat whose title and sections hold script and markup."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "skadelig-2025-05-05.txt"
    path.write_text(HOSTILE_TEXT.format(title=HOSTILE_TITLE), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextmanager
def running_server(index_dir: Path, workers: int = 2, *extra: str) -> Iterator[str]:
    """`referat serve` on `index_dir`; yields its base URL and stops it afterwards."""
    port = free_port()
    args = [sys.executable, "-m", "referat.search", "serve", "--index", str(index_dir),
            "--port", str(port), "--workers", str(workers), "--quiet", *extra]
    log = open(index_dir.parent / f"serve-{port}.log", "w+")  # noqa: SIM115
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    pid_file = _pid_file(proc.pid)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"referat serve did not start:\n{log.read()[-3000:]}")
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
        if pid_file is not None:
            pid_file.unlink()


def _pid_file(pid: int) -> Path | None:
    """Where .ci/run looks for servers to stop if a test run ends without stopping
    them ($REFERAT_TEST_SERVERS; its trap stops each one's process group)."""
    folder = os.environ.get("REFERAT_TEST_SERVERS")
    if not folder:
        return None
    path = Path(folder) / f"{pid}.pid"
    path.write_text(str(pid))
    return path
