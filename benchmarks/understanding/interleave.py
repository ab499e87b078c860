"""Query time of search-time switches, interleaved: each query of the judged set runs with
the switches on and off in the same process, the order alternating query by query, after a
warm-up pass. On a shared machine this compares two settings under the same load, which
alternating whole runs does not.

    .venv/bin/python benchmarks/understanding/interleave.py INDEX \\
        [--switch search.relax.JOIN_RUNS ...]

Without --switch: round 6's (issue 17d) JOIN_RUNS, JOINED_FIRST, INDEX_PARTS_DEEP,
SYNONYM_PARTS (search.relax) and PARADIGMS (search.inflections).
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from pathlib import Path

from referat import search

HERE = Path(__file__).resolve().parent
ROUND6 = ["search.relax.JOIN_RUNS", "search.relax.JOINED_FIRST",
          "search.relax.INDEX_PARTS_DEEP", "search.relax.SYNONYM_PARTS",
          "search.inflections.PARADIGMS"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--switch", action="append", help="module.CONSTANT under referat.")
    args = ap.parse_args()
    switches = []
    for name in args.switch or ROUND6:
        module, constant = name.rsplit(".", 1)
        switches.append((importlib.import_module(f"referat.{module}"), constant))
    queries = json.loads((HERE.parent / "relevance" / "judged.json").read_text())["queries"]
    times: dict[bool, list[float]] = {True: [], False: []}
    with search.open_index(args.index) as ix:
        def run(q: dict) -> float:
            started = time.perf_counter()
            try:
                ix.search(q["query"], **q.get("filters", {}))
            except search.QueryError:
                pass
            return 1000 * (time.perf_counter() - started)

        for q in queries:
            run(q)  # warm-up
        for i, q in enumerate(queries):
            for on in ((True, False) if i % 2 else (False, True)):
                for module, constant in switches:
                    setattr(module, constant, on)
                times[on].append(run(q))
    for on in (False, True):
        ms = sorted(times[on])
        print(f"{'on ' if on else 'off'} n={len(ms)} median {statistics.median(ms):.0f} ms  "
              f"p95 {ms[int(0.95 * len(ms)) - 1]:.0f} ms  max {ms[-1]:.0f} ms")


if __name__ == "__main__":
    main()
