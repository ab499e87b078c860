"""The slowest queries of a query set on one index, and where their time goes: each
query timed once after a warm-up pass, then the slowest run again under cProfile.

    .venv/bin/python benchmarks/understanding/slowest.py INDEX [--set judged|query.py]
        [--slowest 40] [--lines 40]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
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
    ap.add_argument("--set", choices=["judged", "query.py"], default="judged")
    ap.add_argument("--slowest", type=int, default=40)
    ap.add_argument("--lines", type=int, default=40, help="profile lines printed")
    args = ap.parse_args()
    if args.set == "judged":
        judged = json.loads((HERE.parent / "relevance" / "judged.json").read_text())["queries"]
        qs = [(q["query"], q.get("filters", {})) for q in judged]
    else:
        qs = queries()
    with search.open_index(args.index) as ix:
        def run(text: str, kw: dict) -> float:
            started = time.perf_counter()
            try:
                ix.search(text, **kw)
            except search.QueryError:
                pass
            return 1000 * (time.perf_counter() - started)

        for text, kw in qs:
            run(text, kw)
        timed = sorted(((run(text, kw), text, kw) for text, kw in qs), key=lambda t: -t[0])
        ms = sorted(t for t, _, _ in timed)
        print(f"n={len(ms)} median {statistics.median(ms):.0f} ms  "
              f"p95 {ms[int(0.95 * len(ms))]:.0f} ms")
        slow = timed[:args.slowest]
        for t, text, kw in slow:
            print(f"{t:7.0f} ms  {text!r} {kw or ''}")
        profile = cProfile.Profile()
        profile.enable()
        for _, text, kw in slow:
            run(text, kw)
        profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.lines)


if __name__ == "__main__":
    main()
