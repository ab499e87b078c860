"""What reading decisions costs the indexer: the whole corpus indexed from scratch, with
and without `index.decisions.annotate`, alternating, each run in a fresh process.

    .venv/bin/python benchmarks/outcomes/speed.py [--runs 3] [--corpus DIR]

"without" replaces `annotate` by the identity (the indexer as it was before decisions:
no outcome, vote or case fields); both use one job and a new index with the PDF text
cache warmed first, so only parsing and indexing are timed. Prints each run's seconds
and the median ratio with/without, of wall time and of CPU time (on a machine shared
with other work the CPU time drifts less).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus"

CHILD = """
import sys, time, shutil
from pathlib import Path
import referat.index.readers as readers
if sys.argv[1] == "without":
    readers.annotate = lambda meeting: meeting
from referat.index.writer import index_paths
ix = Path(sys.argv[2]) / "ix"
cache = Path(sys.argv[2]) / "cache"
shutil.rmtree(ix, ignore_errors=True)
if cache.exists():
    shutil.copytree(cache, ix / "cache")
t, cpu = time.perf_counter(), time.process_time()
index_paths([sys.argv[3]], index_dir=ix, jobs=1)
print(time.perf_counter() - t, time.process_time() - cpu)
if not cache.exists():
    shutil.copytree(ix / "cache", cache)
"""


def run(mode: str, work: Path, corpus: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one indexing run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(work), str(corpus)],
                         check=True, capture_output=True, text=True)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="referat-decisions-speed-"))
    try:
        run("with", work, args.corpus)  # warms the PDF text cache
        times: dict[str, list[tuple[float, float]]] = {"with": [], "without": []}
        for i in range(args.runs):
            for mode in (("with", "without") if i % 2 == 0 else ("without", "with")):
                times[mode].append(run(mode, work, args.corpus))
                wall, cpu = times[mode][-1]
                print(f"run {i + 1} {mode:<8} wall {wall:6.2f} s  CPU {cpu:6.2f} s", flush=True)
        for n, name in enumerate(("wall", "CPU")):
            ratios = [a[n] / b[n] for a, b in zip(times["with"], times["without"], strict=True)]
            print(f"{name}: median with {statistics.median(t[n] for t in times['with']):.2f} s, "
                  f"without {statistics.median(t[n] for t in times['without']):.2f} s, "
                  f"median ratio {statistics.median(ratios):.3f} "
                  f"(runs: {', '.join(f'{r:.3f}' for r in ratios)})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
