"""Query time of this worktree against another commit, in one process: each query (of
the judged set, or query.py's) runs in both, the order alternating query by query, after
a warm-up pass of each; wall and process CPU time. Under a shared machine's load this
compares two commits where whole runs in turn do not, for a change that no switch turns
off. The other commit is laid out as a package folder:

    mkdir -p /tmp/base/pkg/referat && git archive COMMIT referat index search \\
        | tar -x -C /tmp/base && cp -r /tmp/base/referat/. /tmp/base/pkg/referat/ \\
        && mv /tmp/base/index /tmp/base/search /tmp/base/pkg/referat/
    .venv/bin/python benchmarks/understanding/versus.py INDEX /tmp/base/pkg [--every 8] \\
        [--set judged|query.py]

Each side imports its own `referat` modules, and they are put back in `sys.modules` before
each of its queries (a module a function imports when called, such as `search.dense`,
would otherwise be the other side's); the hits and totals of the two are compared too.
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


def load(index: str, queries: list[dict], path: str | None) -> tuple[Any, dict]:
    """A Referat on `index` from the package folder `path` (None: this worktree's),
    warmed up on the queries, and its `referat` modules, then set aside for the other
    side (`use` puts them back: a module imported inside a function, such as
    `search.dense`, is looked up in `sys.modules` at each call)."""
    if path:
        sys.path.insert(0, path)
    from referat.search.api import Referat

    ref = Referat(index)
    print("from", Path(Referat.search.__code__.co_filename).parent.parent, flush=True)
    for q in queries:  # warm-up, and every import done inside a function
        run(ref, q)
    modules = {name: sys.modules.pop(name) for name in list(sys.modules)
               if name == "referat" or name.startswith("referat.")}
    if path:
        sys.path.remove(path)
    return ref, modules


def use(modules: dict) -> None:
    """One side's `referat` modules in `sys.modules`, the other's taken out."""
    for name in [k for k in sys.modules if k == "referat" or k.startswith("referat.")]:
        del sys.modules[name]
    sys.modules.update(modules)


def summary(seconds: list[float]) -> str:
    """Median, p95 and total of per-query times."""
    p95 = sorted(seconds)[int(0.95 * len(seconds))]
    return (f"median {statistics.median(seconds) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
            f"total {sum(seconds):.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("base", help="the other commit's package folder (holds referat/)")
    ap.add_argument("--every", type=int, default=1, help="every n-th query of the set")
    ap.add_argument("--set", choices=["judged", "query.py"], default="judged")
    args = ap.parse_args()
    if args.set == "judged":
        queries = json.loads((HERE.parent / "relevance" / "judged.json").read_text())["queries"]
    else:  # benchmarks/query.py's 100
        sys.path.insert(0, str(HERE.parent))
        from query import queries as typical

        queries = [{"query": text, "filters": kw} for text, kw in typical()]
        use({})  # query.py's helpers imported this worktree's referat: set it aside
    queries = queries[::args.every]
    sides = {"base": load(args.index, queries, args.base),
             "this": load(args.index, queries, None)}
    times: dict[str, list[float]] = {name: [] for name in sides}
    cpu: dict[str, list[float]] = {name: [] for name in sides}  # the process's CPU time
    same = 0
    load_before = os.getloadavg()[0]
    for i, q in enumerate(queries):
        got = {}
        for name in (list(sides) if i % 2 else list(sides)[::-1]):
            ref, modules = sides[name]
            use(modules)
            start, start_cpu = time.perf_counter(), time.process_time()
            got[name] = run(ref, q)
            times[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
        same += got["base"] == got["this"]
    for name, t in times.items():
        print(f"{name}: wall {summary(t)}; CPU {summary(cpu[name])}")
    print(f"{len(queries)} queries, {same} with the same hits and total; "
          f"load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
