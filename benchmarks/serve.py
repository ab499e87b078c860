"""Server benchmark: `referat serve` on the full shared corpus under 16 concurrent
clients on 127.0.0.1, with the 100 typical queries of benchmarks/query.py (snippets
for the top 10) through the JSON API, then the same while `referat index` runs.

Run: .venv/bin/python benchmarks/serve.py [--workers 2] [--clients 16]
     [--requests 3000] [--seconds 60] [--page] [--no-indexing]

Phases (one Markdown table row each):
- `quiet`: the full-corpus index ($REFERAT_BENCH_DIR/serve/full, built once), no writer;
  once with the server's answer cache off (`--cache 0`: every request is searched), once
  with it on (the 100 queries repeat, so most answers come from it).
- `indexing`: an index of the corpus without Greve's 2025 meetings; `referat index`
  walks the Greve folder and adds those (about 1,300 items) while the clients run,
  cache off; the
  load stops when the indexer ends (or at the bounds). The row says how many items the
  server counted before and after (its workers follow the commits).
Each row also gives the server's CPU milliseconds per request (all its processes): on a
shared machine the wall figures depend on the other load, this one much less.
The load is bounded in count (--requests) and time (--seconds), and goes to
127.0.0.1 only. Requests per second count answered requests; an error is a status
other than 200 or a failed connection. --page asks for the HTML page instead of the API.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from _common import CORPUS, ROOT, WORK, fresh, load, median, percentile, table
from query import queries

HOST = "127.0.0.1"
REFERAT = str(Path(sys.executable).with_name("referat"))
PARAM_NAMES = {"date_from": "from", "date_to": "to", "sections": "section"}


def paths(queries_: list[tuple[str, dict]], page: bool) -> list[str]:
    """The request paths of the typical queries."""
    out = []
    for text, options in queries_:
        params: list[tuple[str, str]] = [("q", text)] if text else []
        for name, value in options.items():
            for v in value if isinstance(value, list) else [value]:
                params.append((PARAM_NAMES.get(name, name), str(v)))
        out.append(("/?" if page else "/api/search?") + urlencode(params))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(index_dir: Path, workers: int, cache: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen(
        [REFERAT, "serve", "--index", str(index_dir), "--host", HOST, "--port", str(port),
         "--workers", str(workers), "--cache", str(cache), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if get(port, "/api/stats")[0] == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"the server did not start: {proc.stderr.read()[-2000:]}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None
        ) -> tuple[int, bytes]:
    own = conn is None
    conn = conn or http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if own:
            conn.close()


def load_run(port: int, request_paths: list[str], clients: int, requests: int,
             seconds: float, stop: threading.Event | None = None) -> dict:
    """`clients` threads, each on one keep-alive connection, asking the paths in turn
    until `requests` were sent, `seconds` passed or `stop` is set."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    sent = iter(range(requests))
    started = time.perf_counter()
    deadline = started + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        n = offset
        while time.perf_counter() < deadline and not (stop and stop.is_set()):
            with lock:
                if next(sent, None) is None:
                    break
            path = request_paths[n % len(request_paths)]
            n += clients
            t = time.perf_counter()
            try:
                status, _ = get(port, path, conn)
            except (OSError, http.client.HTTPException) as exc:
                status, conn = -1, http.client.HTTPConnection(HOST, port, timeout=30)
                with lock:
                    errors.append(f"{path}: {exc!r}")
            elapsed = time.perf_counter() - t
            with lock:
                latencies.append(elapsed)
                if status != 200 and status != -1:
                    errors.append(f"{path}: HTTP {status}")
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ok = len(latencies) - len(errors)
    return {
        "requests": len(latencies), "errors": len(errors), "wall": wall,
        "rps": ok / wall if wall else 0.0,
        "p50": median(latencies) * 1000, "p95": percentile(latencies, 95) * 1000,
        "max": max(latencies) * 1000 if latencies else 0.0, "first_errors": errors[:5],
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its descendants (Linux /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(int(c)) for c in children)


def measured(proc: subprocess.Popen, port: int, request_paths: list[str], args, stop=None
             ) -> dict:
    """A load run, with the server's CPU milliseconds per answered request (the
    figure that does not depend on what else the shared machine runs)."""
    before = cpu_seconds(proc.pid)
    r = load_run(port, request_paths, args.clients, args.requests, args.seconds, stop)
    r["cpu_ms"] = (cpu_seconds(proc.pid) - before) * 1000 / max(r["requests"], 1)
    return r


def items(port: int) -> int:
    return json.loads(get(port, "/api/stats")[1])["items"]


def index(paths_: list[Path], index_dir: Path, quiet: bool = True) -> subprocess.Popen:
    args = [REFERAT, "index", *map(str, paths_), "--index", str(index_dir)]
    return subprocess.Popen(args + (["--quiet"] if quiet else []), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--cache", type=int, default=256,
                    help="the server's --cache for the second quiet row and indexing")
    ap.add_argument("--page", action="store_true", help="the HTML page instead of the API")
    ap.add_argument("--no-indexing", action="store_true", help="skip the indexing phase")
    args = ap.parse_args()
    request_paths = paths(queries(), args.page)
    work = WORK / "serve"
    full = work / "full"
    if not (full / "writer.lock").exists():
        fresh(full)
        index([CORPUS], full).wait()
    rows = []

    for cache in (0, args.cache):
        proc, port = start_server(full, args.workers, cache)
        try:
            load_run(port, request_paths, args.workers * 2, 100, 30)  # warm every worker
            r = measured(proc, port, request_paths, args)
            rows.append([f"quiet, cache {cache}", r, items(port), items(port), load()])
        finally:
            stop_server(proc)

    if not args.no_indexing:
        grow = fresh(work / "grow")
        others = [p for p in sorted(CORPUS.iterdir()) if p.is_dir() and p.name != "greve"]
        before_2025 = [p for p in sorted((CORPUS / "greve").glob("*.json"))
                       if p.name.split("_")[1] < "2025"]
        index(others + before_2025, grow).wait()
        proc, port = start_server(grow, args.workers, 0)
        try:
            load_run(port, request_paths, args.workers * 2, 100, 30)
            before = items(port)
            indexer = index([CORPUS / "greve"], grow)
            done = threading.Event()
            threading.Thread(target=lambda: (indexer.wait(), done.set()), daemon=True).start()
            r = measured(proc, port, request_paths, args, done)
            indexer.wait()
            if indexer.returncode != 0:
                print(f"indexer failed: {indexer.stderr.read()[-1000:]}", file=sys.stderr)
            time.sleep(2)  # the workers look for a new generation every second
            rows.append(["indexing, cache 0", r, before, items(port), load()])
        finally:
            stop_server(proc)

    what = "page" if args.page else "api"
    print(f"`referat serve --workers {args.workers}`, {args.clients} clients, "
          f"{len(request_paths)} typical queries ({what}), {CORPUS.relative_to(ROOT.parent)}")
    print(table(
        ["phase", "requests", "errors", "seconds", "req/s", "p50 ms", "p95 ms", "max ms",
         "server CPU ms/req", "items before", "items after", "load"],
        [[name, r["requests"], r["errors"], f"{r['wall']:.1f}", f"{r['rps']:.1f}",
          f"{r['p50']:.0f}", f"{r['p95']:.0f}", f"{r['max']:.0f}", f"{r['cpu_ms']:.1f}",
          b, a, ld]
         for name, r, b, a, ld in rows],
    ))
    for name, r, *_ in rows:
        for e in r["first_errors"]:
            print(f"{name}: {e}", file=sys.stderr)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
