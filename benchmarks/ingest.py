"""Ingest benchmark: the whole shared corpus from scratch, then incremental runs.

Run: .venv/bin/python benchmarks/ingest.py [--runs 3] [--jobs N] [--corpus DIR]

The corpus is copied (mtimes kept) to $REFERAT_BENCH_DIR/ingest/corpus so that one
file can be touched and changed. Per run, each in a fresh process:
  scratch    new index, empty caches (PDFs extracted, every file parsed)
  unchanged  the same command again
  touched    one Greve file's mtime changed (hashed, record refreshed)
  changed    one Greve file's content changed (re-read, its items replaced)
  warm       new index, parse cache copied in (indexing without parsing)
Stock Whoosh (one process) on the items of the index right after each warm run, and
SQLite FTS5 at the end.
Prints one Markdown table of medians (min–max across runs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

from _common import (
    CORPUS,
    WORK,
    corpus_counts,
    dir_size,
    fresh,
    index_in_child,
    item_texts,
    load,
    median,
    mib,
    run_child,
    table,
    whoosh_size,
)
from references import build_fts5

SCENARIOS = ("scratch", "unchanged", "touched", "changed", "warm")


def change_file(path: Path) -> bytes:
    """Rewrite a Greve JSON with one item title changed; returns the original bytes."""
    original = path.read_bytes()
    doc = json.loads(original.decode("utf-8-sig"))
    doc["Dagsordenpunkter"][0]["Navn"] += " (rettet)"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return original


def stock_in_child(index_dir: Path, folder: Path) -> float:
    """Seconds stock Whoosh takes to index the items of `index_dir`, in a fresh
    process (this one stays small: a process it starts counts its memory as its own)."""
    code = ("import json, sys; sys.path.insert(0, 'benchmarks'); import _common, references; "
            f"items = list(_common.item_texts(_common.Path({str(index_dir)!r}))); "
            f"print(json.dumps(references.build_whoosh(items, "
            f"_common.Path({str(folder)!r}))))")
    return run_child(["-c", code])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="default: all cores")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()

    base = WORK / "ingest"
    corpus = base / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(args.corpus, corpus)  # copy2: mtimes kept
    greve = sorted((corpus / "greve").glob("*.json"))
    victim = greve[len(greve) // 2]
    ix = base / "index"
    times: dict[str, list[dict]] = {s: [] for s in SCENARIOS}
    t_whoosh: list[float] = []  # each right after the run's warm build: this machine's
    for run in range(args.runs):  # speed drifts by 15-30% within minutes
        fresh(ix)
        times["scratch"].append(index_in_child([corpus], ix, args.jobs))
        times["unchanged"].append(index_in_child([corpus], ix, args.jobs))
        os.utime(victim, ns=(time.time_ns(), time.time_ns()))
        times["touched"].append(index_in_child([corpus], ix, args.jobs))
        original = change_file(victim)
        times["changed"].append(index_in_child([corpus], ix, args.jobs))
        victim.write_bytes(original)
        index_in_child([corpus], ix, args.jobs)  # back to the original content
        warm = fresh(base / "warm")
        shutil.copytree(ix / "cache", warm / "cache")
        times["warm"].append(index_in_child([corpus], warm, args.jobs))
        t_whoosh.append(stock_in_child(ix, base / "stock-whoosh"))
        print(f"run {run + 1}: " + ", ".join(f"{s} {times[s][-1]['seconds']:.2f} s"
                                              for s in SCENARIOS)
              + f", stock Whoosh {t_whoosh[-1]:.2f} s", flush=True)

    counts = corpus_counts(ix)
    size = whoosh_size(ix)
    ref_load = load()
    items = list(item_texts(ix))
    t_fts = [build_fts5(items, base / "fts5.sqlite") for _ in range(args.runs)]
    stock_size = whoosh_size(base / "stock-whoosh")
    fts_size = (base / "fts5.sqlite").stat().st_size
    stock_wps = counts["words"] / median(t_whoosh)

    rows = []
    for s in SCENARIOS:
        runs = times[s]
        secs = [r["seconds"] for r in runs]
        m = median(secs)
        last = runs[-1]
        bulk = s in ("scratch", "warm")
        rows.append([
            s, last["files_seen"], last["files_read"],
            counts["items"] if bulk else last["items_added"] + last["items_updated"],
            counts["words"] if bulk else "",
            f"{m:.2f} ({min(secs):.2f}–{max(secs):.2f})",
            f"{counts['items'] / m:.0f}" if bulk else "",
            f"{counts['words'] / m:.0f}" if bulk else "",
            f"{counts['words'] / m / stock_wps:.2f}x" if bulk else "",
            f"{max(r['rss_self'] for r in runs):.0f} / {max(r['rss_children'] for r in runs):.0f}",
            mib(size) if bulk else "",
            "/".join(r["load"] for r in runs),
        ])
    for name, secs, nbytes in (("stock Whoosh (1 proc)", t_whoosh, stock_size),
                               ("SQLite FTS5", t_fts, fts_size)):
        m = median(secs)
        rows.append([name, "", "", counts["items"], counts["words"],
                     f"{m:.2f} ({min(secs):.2f}–{max(secs):.2f})", f"{counts['items'] / m:.0f}",
                     f"{counts['words'] / m:.0f}", f"{counts['words'] / m / stock_wps:.2f}x",
                     "", mib(nbytes), ref_load])
    print(f"\ncorpus {args.corpus}: {counts['items']} items, {counts['words']} words, "
          f"{counts['pdf_pages']} PDF pages, raw text {mib(counts['raw_bytes'])}; "
          f"index {mib(size)} = {size / counts['raw_bytes']:.2f}x raw text "
          f"(+ cache {mib(dir_size(ix / 'cache'))}); "
          f"jobs={args.jobs or os.cpu_count()}, {args.runs} runs\n")
    print(table(["scenario", "files", "read", "items", "words", "seconds median (min–max)",
                 "items/s", "words/s", "vs stock", "peak RSS MiB self / child",
                 "index size", "load"], rows))
    paired = [w / r["seconds"] for w, r in zip(t_whoosh, times["warm"], strict=True)]
    print("\nwarm vs stock Whoosh run by run (stock built right after each warm run): "
          + ", ".join(f"{x:.2f}x" for x in paired) + f"; median {median(paired):.2f}x")


if __name__ == "__main__":
    main()
