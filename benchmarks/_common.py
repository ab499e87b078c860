"""Shared helpers for the benchmarks (run by hand; see benchmarks/README.md).

Measurements that need a clean peak RSS run in a child process (`run_child`), which
reports `resource.getrusage` of itself and of its own children (the parse workers and
Whoosh's writer processes).
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from referat.index.cache import EXTRACTION_DIR

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
WORK = Path(os.environ.get("REFERAT_BENCH_DIR", "/tmp/referat-bench"))
WORD_RE = re.compile(r"\d+(?:[.,:]\d+)+|[\w\u0300-\u036f]+")  # = index.analysis.WORD_PATTERN


def load() -> str:
    """The 1-minute load average (the machine is shared: quote it with each figure)."""
    return f"{os.getloadavg()[0]:.2f}"


def peak_rss_mib() -> tuple[float, float]:
    """Peak RSS in MiB of this process and of its largest waited-for child."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def dir_size(path: Path, exclude: tuple[str, ...] = ()) -> int:
    """Bytes under a folder (top-level entries named in `exclude` left out)."""
    total = 0
    for entry in Path(path).iterdir():
        if entry.name in exclude:
            continue
        if entry.is_dir():
            total += dir_size(entry)
        else:
            total += entry.stat().st_size
    return total


def whoosh_size(index_dir: Path) -> int:
    """Bytes of the Whoosh files of an index (its cache/ and lock files left out)."""
    return dir_size(index_dir, exclude=("cache", "writer.lock"))


def fresh(path: Path) -> Path:
    """An empty folder at `path`."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def run_child(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python <args>` and return the JSON object it prints on its last line."""
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def index_once(paths: list[str], index_dir: str, jobs: int | None = None) -> dict[str, Any]:
    """Child side: index `paths` and report the run, its peak RSS and the load."""
    from referat import index

    before = load()
    started = time.perf_counter()
    report = index.index_paths(paths, index_dir=index_dir, jobs=jobs)
    seconds = time.perf_counter() - started
    me, kids = peak_rss_mib()
    return {"seconds": seconds, "rss_self": me, "rss_children": kids, "load": before,
            "files_read": report.files_read, "items_added": report.items_added,
            "items_updated": report.items_updated, "files_seen": report.files_seen}


def item_texts(index_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(id, title, body text) of every item in a referat index, in index order."""
    from referat.index.documents import unpack_body
    from referat.index.store import open_existing

    ix = open_existing(index_dir)
    with ix.searcher() as searcher:
        for fields in searcher.documents(doctype="item"):
            body = unpack_body(fields["body"])
            text = "\n\n".join(s["text"] for s in body["item"]["sections"])
            yield fields["id"], fields.get("title", ""), text


def corpus_counts(index_dir: Path) -> dict[str, int]:
    """Items, words and raw text bytes (title + sections) in an index; PDF pages."""
    items = words = raw = 0
    for _, title, text in item_texts(index_dir):
        items += 1
        words += len(WORD_RE.findall(title)) + len(WORD_RE.findall(text))
        raw += len(title.encode("utf-8")) + len(text.encode("utf-8"))
    pages = 0
    pdf_cache = Path(index_dir) / "cache" / EXTRACTION_DIR
    if pdf_cache.exists():
        import gzip

        for path in pdf_cache.rglob("*.json.gz"):
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                pages += len(json.load(fh))
    return {"items": items, "words": words, "raw_bytes": raw, "pdf_pages": pages}


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    lines = [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [line(r) for r in cells]
    return "\n".join(lines)


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def index_in_child(paths: list[str], index_dir: Path, jobs: int | None = None,
                   env: dict[str, str] | None = None) -> dict[str, Any]:
    """`index_once` in a fresh Python process (so its peak RSS is its own)."""
    code = ("import json, sys; sys.path.insert(0, 'benchmarks'); import _common; "
            f"print(json.dumps(_common.index_once({[str(p) for p in paths]!r}, "
            f"{str(index_dir)!r}, {jobs!r})))")
    return run_child(["-c", code], env)
