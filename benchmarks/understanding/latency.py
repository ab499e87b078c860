"""Warm query time of Referat.search on one index: benchmarks/query.py's 100 queries and
the judged set's queries (benchmarks/relevance/judged.json), two passes after a warm-up.

    .venv/bin/python benchmarks/understanding/latency.py INDEX [--no-group]

Run it with another checkout's interpreter on the same index (main's, say) to compare,
alternating the runs: on a shared machine the spread between runs is large.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from query import queries  # noqa: E402  (benchmarks/query.py)

from referat import search  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--no-group", action="store_true", help="search with group=False")
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args()
    judged = json.loads((HERE.parent / "relevance" / "judged.json").read_text())["queries"]
    sets = {"query.py": queries(),
            "judged": [(q["query"], q.get("filters", {})) for q in judged]}
    extra = {"group": False} if args.no_group else {}
    with search.open_index(args.index) as ix:
        for name, qs in sets.items():
            def run(text: str, kw: dict) -> None:
                try:
                    ix.search(text, **kw, **extra)
                except search.QueryError:
                    pass
            for text, kw in qs:
                run(text, kw)
            times = []
            for _ in range(args.passes):
                for text, kw in qs:
                    started = time.perf_counter()
                    run(text, kw)
                    times.append(1000 * (time.perf_counter() - started))
            times.sort()
            print(f"{name:9} n={len(times)} median {statistics.median(times):.0f} ms  "
                  f"p95 {times[int(0.95 * len(times))]:.0f} ms  max {times[-1]:.0f} ms")


if __name__ == "__main__":
    main()
