"""Where the parse workers' CPU goes, for this checkout and (optionally) a reference.

Run: .venv/bin/python benchmarks/worker_costs.py [--ref 77e5731] [--jobs 2] [--corpus DIR]

Each tree is measured in fresh processes (the reference exported and imported as
`benchmarks/ingest_ab.py` does):
  imports    CPU of importing what the parent holds when it forks the workers
             (`index.writer`), then what a worker imports on its first files (each
             reader module, the confidence checks), and the heavy packages that brings
  parse      the corpus's files parsed by `Indexer._parse_all`, empty caches, with
             `jobs` worker processes and again in one process: the parent's CPU, the
             workers' CPU (all of it, and the parse calls alone), the bytes each result
             pickles to and the CPU of pickling and unpickling it, the extraction
             cache's reads and writes, the parse cache's writes (parent or workers)
  write      the whole corpus indexed again from a full parse cache (no parsing), with
             `jobs` writer processes and in one process: parent and children CPU
Prints one Markdown table per tree.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from _common import CORPUS, ROOT, WORK, load
from ingest_ab import export, package

IMPORTS = """
import json, sys, time
def cpu(): return time.process_time()
t = cpu(); import referat.index.writer; parent = cpu() - t
before = set(sys.modules)
out = {"parent (index.writer)": parent}
for name in ("pdf", "text", "portal_json", "page", "xml", "confidence"):
    t = cpu()
    try:
        __import__("referat.index.readers." + name)
    except ModuleNotFoundError:  # not in this tree
        continue
    out[name] = cpu() - t
new = {m.split(".")[0] for m in set(sys.modules) - before}
out["packages"] = sorted(new - {"referat"})
print(json.dumps(out))
"""

PHASES = r"""
import json, os, pickle, resource, sys, tempfile, time
from pathlib import Path
import referat.index.writer as w
from referat.index import cache as cache_mod

corpus, jobs = Path(sys.argv[1]), int(sys.argv[2])
LOG = Path(tempfile.mkdtemp()) / "jobs"
LOG.mkdir()

def cpu():
    return time.process_time()

def children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

class Timed:  # extraction cache reads and writes, timed in the worker
    spent = {"get": 0.0, "put": 0.0, "cache": 0.0}
    def __init__(self, inner):
        self.inner = inner
    def get(self, digest):
        t = cpu(); out = self.inner.get(digest); Timed.spent["get"] += cpu() - t; return out
    def put(self, digest, pieces):
        t = cpu(); self.inner.put(digest, pieces); Timed.spent["put"] += cpu() - t

stock_read, StockCache = w._read, w.ExtractionCache

class TimedParseCache(w.ParseCache):  # parse-cache writes, wherever the tree makes them
    def put(self, digest, result):
        t = cpu(); super().put(digest, result); Timed.spent["cache"] += cpu() - t

def timed_read(path, digest, index_dir):
    Timed.spent = {"get": 0.0, "put": 0.0, "cache": 0.0}
    t = cpu(); out = stock_read(path, digest, index_dir); parse = cpu() - t
    t = cpu(); blob = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL); dump = cpu() - t
    t = cpu(); pickle.loads(blob); back = cpu() - t
    with open(LOG / f"{os.getpid()}.jsonl", "a") as fh:
        fh.write(json.dumps({"parse": parse, "bytes": len(blob), "dump": dump, "load": back,
                             **Timed.spent}) + "\n")
    return out

w._read = timed_read
w.ExtractionCache = lambda index_dir: Timed(StockCache(index_dir))
w.ParseCache = TimedParseCache

def todo(ix):
    files = [p for p in w.walk([corpus]) if p.suffix.lower() in w.SUPPORTED_SUFFIXES]
    out = [(str(p), cache_mod.content_hash(p.read_bytes()), p.stat()) for p in files]
    out = [t for t in out if t[2].st_size]
    out.sort(key=w._parse_order)
    return out

def parse(n):
    with tempfile.TemporaryDirectory() as d:
        ix = Path(d) / "ix"
        indexer = w.Indexer(ix, jobs=n)
        work = todo(ix)
        for f in LOG.iterdir():
            f.unlink()
        me, kids, t0 = cpu(), children(), time.perf_counter()
        results = list(indexer._parse_all(work))
        wall = time.perf_counter() - t0
        me, kids = cpu() - me, children() - kids
        rows = [json.loads(line) for f in LOG.iterdir() for line in f.read_text().splitlines()]
        in_parent = not any(r["cache"] for r in rows)  # a tree whose parent writes them
        t = cpu()
        if in_parent:
            for (spath, digest, _), (_, result) in zip(work, results):
                if result.status != "error":
                    indexer.cache.put(w._parse_key(digest, spath), result)
        parent_puts = cpu() - t if in_parent else 0.0
    own = sum(r["dump"] + r["load"] for r in rows)  # this script's measuring, not the run's
    return {"files": len(work), "workers": len(list(LOG.iterdir())), "wall": wall,
            "parent": me, "children": kids - (own if n > 1 else 0),
            "parse": sum(r["parse"] for r in rows), "bytes": sum(r["bytes"] for r in rows),
            "max_bytes": max(r["bytes"] for r in rows),
            "dump": sum(r["dump"] for r in rows), "load": sum(r["load"] for r in rows),
            "ext_get": sum(r["get"] for r in rows), "ext_put": sum(r["put"] for r in rows),
            "cache_put": parent_puts + sum(r["cache"] for r in rows),
            "cache_in_parent": in_parent}

def write(n):
    with tempfile.TemporaryDirectory() as d:
        ix = Path(d) / "ix"
        w.index_paths([corpus], index_dir=ix, jobs=n)
        cache = ix / "cache"
        warm = Path(d) / "warm"
        warm.mkdir()
        cache.rename(warm / "cache")
        me, kids, t0 = cpu(), children(), time.perf_counter()
        w.index_paths([corpus], index_dir=warm, jobs=n)
        return {"wall": time.perf_counter() - t0, "parent": cpu() - me,
                "children": children() - kids}

print(json.dumps({"parse": {jobs: parse(jobs), 1: parse(1)},
                  "write": {jobs: write(jobs), 1: write(1)}}))
"""


def child(code: str, path: Path, *args: str) -> dict:
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True, cwd=path).stdout
    return json.loads(out.splitlines()[-1])


def report(name: str, imports: dict, phases: dict, jobs: int) -> None:
    print(f"### {name}\n")
    packages = ", ".join(imports.pop("packages"))
    print("imports (CPU s): " + ", ".join(f"{k} {v:.3f}" for k, v in imports.items()))
    print(f"packages a worker imports after the fork: {packages}\n")
    print("| phase | jobs | wall s | parent CPU s | children CPU s | total CPU s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for phase in ("parse", "write"):
        for n in (str(jobs), "1"):
            r = phases[phase][n]
            print(f"| {phase} | {n} | {r['wall']:.2f} | {r['parent']:.2f} | "
                  f"{r['children']:.2f} | {r['parent'] + r['children']:.2f} |")
    many, one = phases["parse"][str(jobs)], phases["parse"]["1"]
    print(f"\nparse, {many['files']} files in {many['workers']} workers: the parse calls "
          f"{many['parse']:.2f} s CPU in workers ({one['parse']:.2f} s in one process); "
          f"the workers' CPU beyond their parse calls {many['children'] - many['parse']:.2f} s; "
          f"results pickle to {many['bytes'] / 2**20:.1f} MiB (largest "
          f"{many['max_bytes'] / 2**10:.0f} KiB), pickling {many['dump']:.2f} s, unpickling "
          f"{many['load']:.2f} s; extraction cache reads {many['ext_get']:.2f} s, writes "
          f"{many['ext_put']:.2f} s; parse-cache writes {many['cache_put']:.2f} s (in the "
          f"{'parent' if many['cache_in_parent'] else 'workers'})\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", help="a reference revision (git) measured alike")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    base = WORK / "worker-costs"
    trees = {"this checkout": package(ROOT, base / "new")}
    if args.ref:
        trees["reference " + args.ref] = package(export(args.ref, base / "tree"), base / "ref")
    print(f"load {load()}; corpus {args.corpus}\n")
    for name, path in trees.items():
        imports = child(IMPORTS, path)
        phases = child(PHASES, path, str(args.corpus.resolve()), str(args.jobs))
        report(name, imports, phases, args.jobs)


if __name__ == "__main__":
    main()
