"""Query time of this worktree against another commit, in one process: each judged query
runs in both, the order alternating query by query, after a warm-up pass of each. Under a
shared machine's load this compares two commits where whole runs in turn do not, for a
change that no switch turns off. The other commit is laid out as a package folder:

    mkdir -p /tmp/base/pkg/referat && git archive COMMIT referat index search \\
        | tar -x -C /tmp/base && cp -r /tmp/base/referat/. /tmp/base/pkg/referat/ \\
        && mv /tmp/base/index /tmp/base/search /tmp/base/pkg/referat/
    .venv/bin/python benchmarks/understanding/versus.py INDEX /tmp/base/pkg [--every 8]

Each side imports its own `referat` modules (the other's are set aside while one is
imported); the hits and totals of the two are compared too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def run(ref: Any, q: dict) -> Any:
    """A query's hit ids and total (or its error)."""
    try:
        res = ref.search(q["query"], limit=10, **q.get("filters", {}))
    except Exception as e:  # noqa: BLE001  (a query error is a result to compare)
        return repr(e)
    return [h.id for h in res.hits], res.total


def load(index: str, queries: list[dict], path: str | None) -> Any:
    """A Referat on `index` from the package folder `path` (None: this worktree's),
    warmed up on the queries; its modules then set aside for the other side."""
    if path:
        sys.path.insert(0, path)
    from referat.search.api import Referat

    ref = Referat(index)
    print("from", Path(Referat.search.__code__.co_filename).parent.parent, flush=True)
    for q in queries:  # warm-up, and every import done inside a function
        run(ref, q)
    for name in [k for k in sys.modules if k == "referat" or k.startswith("referat.")]:
        del sys.modules[name]
    if path:
        sys.path.remove(path)
    return ref


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("base", help="the other commit's package folder (holds referat/)")
    ap.add_argument("--every", type=int, default=1, help="every n-th judged query")
    args = ap.parse_args()
    queries = json.loads((HERE.parent / "relevance" / "judged.json").read_text())["queries"]
    queries = queries[::args.every]
    sides = {"base": load(args.index, queries, args.base),
             "this": load(args.index, queries, None)}
    times: dict[str, list[float]] = {name: [] for name in sides}
    same = 0
    load_before = os.getloadavg()[0]
    for i, q in enumerate(queries):
        got = {}
        for name in (list(sides) if i % 2 else list(sides)[::-1]):
            start = time.perf_counter()
            got[name] = run(sides[name], q)
            times[name].append(time.perf_counter() - start)
        same += got["base"] == got["this"]
    for name, t in times.items():
        p95 = sorted(t)[int(0.95 * len(t))]
        print(f"{name}: median {statistics.median(t) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
              f"total {sum(t):.1f} s")
    print(f"{len(queries)} queries, {same} with the same hits and total; "
          f"load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
