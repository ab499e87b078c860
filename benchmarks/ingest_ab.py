"""Indexing speed of this checkout against a reference revision, in the same run.

Run: .venv/bin/python benchmarks/ingest_ab.py --ref 77e5731 [--runs 3] [--jobs N] [--corpus DIR]

Both trees index the same corpus from scratch (new index, empty caches: every PDF
extracted, every file parsed), one fresh process per run, the two alternating so that
the machine's drift hits both alike. The reference is exported with `git archive` into
$REFERAT_BENCH_DIR/ab/ and imported as `referat` through a package folder of links
(as setuptools' package-dir maps index/ and search/). Prints one Markdown table:
median wall and CPU seconds (this process and its workers), min–max, and the ratio of
the medians (this checkout / reference).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from _common import CORPUS, ROOT, WORK, load, median

CHILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
import referat
from referat.index.writer import index_paths
with tempfile.TemporaryDirectory() as d:
    t0 = time.perf_counter()
    report = index_paths([Path(sys.argv[1])], index_dir=Path(d) / 'ix',
                         jobs=int(sys.argv[2]) if sys.argv[2:] else None)
    wall = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "items": report.items_added, "module": referat.__file__}))
"""


def package(tree: Path, into: Path) -> Path:
    """A folder whose `referat` package is `tree`'s referat/, index/ and search/."""
    pkg = into / "referat"
    shutil.rmtree(into, ignore_errors=True)
    pkg.mkdir(parents=True)
    for name in ("__init__.py", "py.typed"):
        if (tree / "referat" / name).exists():
            shutil.copy(tree / "referat" / name, pkg / name)
    for sub in ("index", "search"):
        (pkg / sub).symlink_to(tree / sub, target_is_directory=True)
    return into


def export(ref: str, into: Path) -> Path:
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def run(path: Path, corpus: Path, jobs: int | None = None) -> dict:
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"}
    # run from the package folder: `python -c` puts the working folder first on the path
    args = [sys.executable, "-c", CHILD, str(corpus), *([str(jobs)] if jobs else [])]
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True,
                         cwd=path).stdout
    result = json.loads(out.splitlines()[-1])
    if not result["module"].startswith(str(path)):  # an installed referat came first
        raise SystemExit(f"imported {result['module']}, not the tree under {path}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", required=True, help="the reference revision (git)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, help="worker processes (default: all cores)")
    args = ap.parse_args()
    base = WORK / "ab"
    paths = {
        "reference": package(export(args.ref, base / "tree"), base / "ref"),
        "this checkout": package(ROOT, base / "new"),
    }
    runs: dict[str, list[dict]] = {name: [] for name in paths}
    for _ in range(args.runs):
        for name, path in paths.items():
            runs[name].append(run(path, args.corpus, args.jobs))
    print(f"load {load()}; {args.runs} runs each, alternating; jobs {args.jobs or 'default'}; "
          f"corpus {args.corpus}\n")
    print("| tree | items | wall s median (min–max) | CPU s median (min–max) |")
    print("| --- | --- | --- | --- |")
    for name, results in runs.items():
        wall = [r["wall"] for r in results]
        cpu = [r["cpu"] for r in results]
        print(f"| {name} | {results[0]['items']} | {median(wall):.1f} ({min(wall):.1f}–"
              f"{max(wall):.1f}) | {median(cpu):.1f} ({min(cpu):.1f}–{max(cpu):.1f}) |")
    def med(name: str, key: str) -> float:
        return median([r[key] for r in runs[name]])

    print(f"\nratio (this / reference): wall "
          f"{med('this checkout', 'wall') / med('reference', 'wall'):.2f}, CPU "
          f"{med('this checkout', 'cpu') / med('reference', 'cpu'):.2f}")

if __name__ == "__main__":
    main()
