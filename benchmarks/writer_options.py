"""Writers on the same documents: Whoosh's settings (procs, limitmb, add vs update,
codec) and index.postings.

Run: .venv/bin/python benchmarks/writer_options.py [--files 150] [INDEX_WITH_CACHE]

Loads parse results of Greve files from a referat index's parse cache (default: the
full-corpus index of benchmarks/ingest.py), turns them into documents once
(`item_documents`), then times only writing + commit for each setting, each in a fresh
process, into a fresh index. Wall and CPU seconds (self + children) are both given:
on a busy shared machine CPU time shows the work, wall time the parallelism.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from _common import WORK, fresh, load, mib, run_child, table, whoosh_size
from referat.index.cache import EXTRACTION_DIR

CONFIGS = {
    "Whoosh procs=1 limitmb=128 update": dict(procs=1, limitmb=128, add=False),
    "Whoosh procs=1 limitmb=1024 update": dict(procs=1, limitmb=1024, add=False),
    "Whoosh procs=1 limitmb=1024 add": dict(procs=1, limitmb=1024, add=True),
    "Whoosh procs=2 multiseg limitmb=256 update": dict(procs=2, limitmb=256, add=False),
    "Whoosh procs=2 multiseg limitmb=512 add": dict(procs=2, limitmb=512, add=True),
    "index.postings procs=1 add (now, <100 files)": dict(procs=1, add=True, ours=True),
    "Whoosh procs=1 limitmb=1024 add, no compression": dict(procs=1, limitmb=1024, add=True,
                                                             compression=0),
}


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child(cache_dir: str, files: int, config: str) -> dict:
    """Child side: write the documents of `files` cached parse results with `config`."""
    from referat.index.documents import item_documents
    from referat.index.engine.segment_writer import SegmentWriter
    from referat.index.model import result_from_dict
    from referat.index.store import open_or_create
    from whoosh.codec.whoosh3 import W3Codec

    cfg = CONFIGS[config]
    paths = sorted(Path(cache_dir).rglob("*.json.gz"))
    results = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            result = result_from_dict(json.load(fh))
        if result.ok and result.meeting is not None and result.meeting.kommune == "Greve":
            results.append((path.name[:32], result))
        if len(results) == files:
            break
    docs = [item_documents(r.meeting, digest, f"/bench/{digest}.json")
            for digest, r in results]
    ix = open_or_create(fresh(WORK / "writer-options" / "index"))
    kwargs: dict = {"limitmb": cfg.get("limitmb")}
    if cfg["procs"] > 1:
        kwargs |= {"procs": cfg["procs"], "multisegment": True}
    if "compression" in cfg:
        kwargs["codec"] = W3Codec(compression=cfg["compression"])
    cpu, started = _cpu(), time.perf_counter()
    writer = SegmentWriter(ix) if cfg.get("ours") else ix.writer(**kwargs)
    for file_docs in docs:
        for doc in file_docs:
            (writer.add_document if cfg["add"] else writer.update_document)(**doc)
    writer.commit()
    wall = time.perf_counter() - started
    return {"wall": wall, "cpu": _cpu() - cpu, "items": sum(map(len, docs)),
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "size": whoosh_size(WORK / "writer-options" / "index"), "files": len(docs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", nargs="?", type=Path, default=WORK / "ingest" / "index")
    ap.add_argument("--files", type=int, default=150)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(str(args.index), args.files, args.child)))
        return
    cache = next(p for p in (args.index / "cache").iterdir()
                 if p.name not in ("pdf", EXTRACTION_DIR))
    rows = []
    for name in CONFIGS:
        before = load()
        r = run_child([__file__, str(cache), "--files", str(args.files), "--child", name])
        rows.append([name, r["files"], r["items"], f"{r['wall']:.1f}", f"{r['cpu']:.1f}",
                     f"{r['items'] / r['wall']:.0f}", f"{r['rss']:.0f}", mib(r["size"]),
                     before])
        print(rows[-1], file=sys.stderr, flush=True)
    print(table(["writer setting", "files", "items", "wall s", "CPU s (self+children)",
                 "items/s (wall)", "peak RSS MiB (self)", "index size", "load"], rows))


if __name__ == "__main__":
    main()
