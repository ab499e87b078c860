"""Profile indexing in one process (cProfile): parsing, analysis, Whoosh's writer.

Run: .venv/bin/python benchmarks/profile_ingest.py [--warm] [--top 25] [PATH...]

Indexes PATH (default: the shared corpus's greve/ folder) into a fresh index with
jobs=1 (so everything runs in this process and the profile sees it). `--warm` first
builds once to fill the parse cache, then profiles a rebuild that reads every file
from the cache: what remains is analysis and Whoosh. Prints the top entries by own
time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import time
from pathlib import Path

from _common import CORPUS, WORK, fresh, load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(CORPUS / "greve")])
    ap.add_argument("--warm", action="store_true", help="profile with the parse cache full")
    ap.add_argument("--cache-from", type=Path, help="copy this index's cache/ (implies --warm)")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()

    from referat import index

    ix = fresh(WORK / "profile" / "index")
    if args.cache_from:
        shutil.copytree(args.cache_from / "cache", ix / "cache")
    elif args.warm:
        index.index_paths(args.paths, index_dir=ix, jobs=2)
        cache = WORK / "profile" / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        shutil.move(str(ix / "cache"), cache)
        fresh(ix)
        shutil.move(str(cache), ix / "cache")
    before = load()
    prof = cProfile.Profile()
    started = time.perf_counter()
    prof.enable()
    report = index.index_paths(args.paths, index_dir=ix, jobs=1)
    prof.disable()
    seconds = time.perf_counter() - started
    print(f"{report.items_added} items in {seconds:.1f} s under cProfile "
          f"(warm cache: {args.warm or bool(args.cache_from)}; load {before})")
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.top)
        text = out.getvalue()
        print(text[text.index("   ncalls"):])


if __name__ == "__main__":
    main()
