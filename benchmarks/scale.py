"""Scale benchmark: the Greve meetings replicated N times (default 20, ~110,000 items).

Run: .venv/bin/python benchmarks/scale.py [--replicas 20] [--jobs N] [--keep]

Replica k (0-based) of every Greve JSON gets new ids (meeting and item ids), dates
moved back 4·k years (1461·k days), and the portal host of one of 20 Danish kommuner,
so items differ by kommune and date; text is unchanged. The corpus is generated into
$REFERAT_BENCH_DIR/scale/corpus (not committed) and indexed from scratch in a fresh
process into $REFERAT_BENCH_DIR/scale/index, which is kept for benchmarks/query.py
(`--reuse` skips generating and indexing when that index exists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from pathlib import Path

from _common import (
    CORPUS,
    WORK,
    corpus_counts,
    fresh,
    index_in_child,
    load,
    mib,
    table,
    whoosh_size,
)

KOMMUNER = ("greve albertslund ballerup roskilde koege solroed ishoej hvidovre brondby "
            "glostrup taastrup vallensbaek lejre ringsted stevns faxe holbaek kalundborg "
            "slagelse soroe").split()


def _shift(value: object, days: int) -> object:
    if not isinstance(value, str):
        return value
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return (moment - dt.timedelta(days=days)).isoformat()


def replica(doc: dict, k: int) -> dict:
    """Replica k of a Greve meeting (k = 0 is the meeting itself)."""
    if k == 0:
        return doc
    days = 1461 * k
    host = f"dagsordener.{KOMMUNER[k % len(KOMMUNER)]}.dk"
    text = json.dumps(doc, ensure_ascii=False).replace("dagsordener.greve.dk", host)
    doc = json.loads(text)
    rng = uuid.uuid5(uuid.NAMESPACE_URL, f"{doc.get('Id')}/{k}")
    doc["Id"] = str(rng)
    moede = doc.get("Moede") or {}
    for key in ("Dato", "MeetingBeginUtc", "MeetingEndUtc"):
        moede[key] = _shift(moede.get(key), days)
    for n, punkt in enumerate(doc.get("Dagsordenpunkter") or []):
        punkt["Id"] = str(uuid.UUID(int=rng.int ^ (n + 1)))
        punkt["AgendaUid"] = doc["Id"]
    return doc


def generate(replicas: int, out: Path) -> int:
    """Write the replicated corpus; returns the number of files."""
    fresh(out)
    sources = sorted((CORPUS / "greve").glob("*.json"))
    for k in range(replicas):
        folder = out / f"r{k:02d}"
        folder.mkdir()
        for path in sources:
            doc = json.loads(path.read_bytes().decode("utf-8-sig"))
            (folder / path.name).write_text(json.dumps(replica(doc, k), ensure_ascii=False),
                                            encoding="utf-8")
    return replicas * len(sources)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicas", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=None, help="default: all cores")
    ap.add_argument("--reuse", action="store_true", help="keep an existing scale index")
    args = ap.parse_args()

    base = WORK / "scale"
    corpus, ix = base / "corpus", base / "index"
    if args.reuse and list(ix.glob("_referat_*.toc")):
        print(f"reusing {ix}")
        return
    files = generate(args.replicas, corpus)
    fresh(ix)
    run = index_in_child([corpus], ix, args.jobs)
    counts = corpus_counts(ix)
    size = whoosh_size(ix)
    segments = len([p for p in ix.iterdir() if p.suffix in (".seg", ".trm")])
    print(f"\nscale corpus {corpus} ({files} files); index kept at {ix} "
          f"({segments} segments); load after {load()}\n")
    print(table(
        ["replicas", "files", "items", "words", "build s", "items/s", "words/s",
         "peak RSS MiB self / child", "raw text", "index size", "index/raw", "load"],
        [[args.replicas, files, counts["items"], counts["words"], f"{run['seconds']:.0f}",
          f"{counts['items'] / run['seconds']:.0f}", f"{counts['words'] / run['seconds']:.0f}",
          f"{run['rss_self']:.0f} / {run['rss_children']:.0f}", mib(counts["raw_bytes"]),
          mib(size), f"{size / counts['raw_bytes']:.2f}x", run["load"]]]))


if __name__ == "__main__":
    main()
