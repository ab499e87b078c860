"""Query benchmark: 100 realistic queries through search.Referat.search (snippets for
the top 10), warm latency per index; stock Whoosh and SQLite FTS5 on the same items;
cold start of one `referat search` process; which modules `referat search` imports.

Run: .venv/bin/python benchmarks/query.py [--index DIR ...] [--passes 2] [--no-stock]

Default indexes: the full-corpus index of benchmarks/ingest.py and the 110k index of
benchmarks/scale.py under $REFERAT_BENCH_DIR (whichever exist). References are built
from the items stored in each index (stock Whoosh is skipped above 20,000 items unless
--stock-always: it indexes about 30,000 words/s). Reference queries use the words and
phrases of each query only (no filters, no sort).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, WORK, fresh, item_texts, load, median, percentile, table
from references import build_fts5, build_whoosh, fts5_query, whoosh_query, whoosh_searcher

WORDS = ("lokalplan budget affald cykelsti skole ældrepleje klimaplan byggeri "
         "trafiksikkerhed kloak vand spildevand handicap beskæftigelse ungdomsuddannelse "
         "idræt bibliotek kultur rengøring plejecenter boliger havn strand erhverv "
         "borgerrådgiver anlægsbevilling regnskab takster dagtilbud psykiatri").split()
PHRASES = ('"lokalplan nr"', '"godkendt som indstillet"', '"til efterretning"',
           '"kommunens budget"', '"vej og park"', '"det specialiserede socialområde"',
           '"byrådets godkendelse"', '"tages til efterretning"', '"oversendes til byrådet"',
           '"høring af"')
PAIRS = ("affald sortering", "skole lukning", "budget 2024", "cykelsti vej",
         "plejecenter demens", "lokalplan boliger", "regnskab anlæg", "børn unge",
         "klima energi", "takster 2025")
UDVALG = ("teknik", "økonomi", "skole", "kultur", "social", "sundhed", "plan", "byråd")


def queries() -> list[tuple[str, dict]]:
    """100 queries: words, pairs, phrases, prefixes, fields, filters, date sorts."""
    qs: list[tuple[str, dict]] = []
    qs += [(w, {}) for w in WORDS]  # 30 single words
    qs += [(p, {}) for p in PAIRS]  # 10 AND pairs
    qs += [(p, {}) for p in PHRASES]  # 10 phrases
    qs += [(f"{w[:5]}*", {}) for w in WORDS[:8]]  # 8 prefixes
    qs += [(q, {}) for q in ("affald OR genbrug", "skole NOT lukning",
                             "(budget OR regnskab) anlæg", "beslutning:godkendt",
                             "titel:budget", "indstilling:anbefaler lokalplan")]
    qs += [(w, {"udvalg": UDVALG[i % len(UDVALG)]}) for i, w in enumerate(WORDS[:10])]  # 10
    qs += [(w, {"date_from": "2024-01-01", "date_to": "2024-12-31"}) for w in WORDS[10:16]]
    qs += [(w, {"sort": "date"}) for w in WORDS[16:24]]  # 8 sorted by date
    qs += [(w, {"sections": ["beslutning"]}) for w in WORDS[24:28]]
    qs += [(w, {"kind": "referat", "sort": "date"}) for w in WORDS[:4]]
    qs += [("", {"udvalg": u}) for u in UDVALG[:4]]  # lists, newest first
    assert len(qs) == 100, len(qs)
    return qs


def ref_text(text: str) -> str:
    """The words and phrases of a query, without field prefixes and operators."""
    text = re.sub(r"\w+:", "", text).replace("(", " ").replace(")", " ")
    return " ".join(t for t in re.findall(r'"[^"]*"|\S+', text) if t not in ("NOT", "OR"))


def time_referat(index_dir: Path, passes: int) -> tuple[list[float], int]:
    from referat import search

    qs = queries()
    with search.open_index(index_dir) as ix:
        for text, kw in qs:  # warm-up pass (caches, lazy imports)
            ix.search(text, **kw)
        times, hits = [], 0
        for _ in range(passes):
            for text, kw in qs:
                started = time.perf_counter()
                result = ix.search(text, **kw)
                times.append(time.perf_counter() - started)
                hits += result.total
    return times, hits


def time_refs(index_dir: Path, passes: int, stock: bool) -> dict[str, tuple]:
    """Build the references from the index's items; their build time and latencies."""
    items = list(item_texts(index_dir))
    out: dict[str, tuple] = {}
    qs = [ref_text(t) for t, _ in queries() if ref_text(t)]
    folder = WORK / "refs" / index_dir.parent.name
    fresh(folder)
    if stock:
        build = build_whoosh(items, folder / "whoosh")
        searcher, parser = whoosh_searcher(folder / "whoosh")
        for q in qs:
            whoosh_query(searcher, parser, q)
        times = []
        for _ in range(passes):
            for q in qs:
                started = time.perf_counter()
                whoosh_query(searcher, parser, q)
                times.append(time.perf_counter() - started)
        out["stock Whoosh"] = (build, times)
    build = build_fts5(items, folder / "fts5.sqlite")
    db = sqlite3.connect(folder / "fts5.sqlite")
    for q in qs:
        fts5_query(db, q)
    times = []
    for _ in range(passes):
        for q in qs:
            started = time.perf_counter()
            fts5_query(db, q)
            times.append(time.perf_counter() - started)
    out["SQLite FTS5"] = (build, times)
    return out


def small_index() -> Path:
    """The examples/ folder indexed (the quick start's index)."""
    from referat import index

    ix = WORK / "small-index"
    if not list(ix.glob("_referat_*.toc")):
        fresh(ix)
        index.index_paths([ROOT / "examples"], index_dir=ix, jobs=1)
    return ix


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_start(ix: Path, runs: int = 7) -> dict[str, float]:
    """Median wall and CPU seconds of `referat search sortering` in a new process, and of
    a bare `python -c pass` (CPU time is less disturbed by a busy machine than wall)."""
    referat = Path(sys.executable).parent / "referat"
    # A first run writes the modules' bytecode, as installing does (pip compiles what it
    # installs): with PYTHONDONTWRITEBYTECODE set and none written, every start would
    # compile referat's modules again (about 50 ms).
    compiling = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(referat), "search", "sortering", "--index", str(ix)], check=True,
                   capture_output=True, env=compiling)
    out: dict[str, list[float]] = {"wall": [], "cpu": [], "bare_wall": [], "bare_cpu": []}
    for _ in range(runs):
        for key, cmd in (("", [str(referat), "search", "sortering", "--index", str(ix)]),
                         ("bare_", [sys.executable, "-c", "pass"])):
            cpu, started = _child_cpu(), time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            out[key + "wall"].append(time.perf_counter() - started)
            out[key + "cpu"].append(_child_cpu() - cpu)
    return {key: median(values) for key, values in out.items()}


INDEXING_ONLY = ("pdfminer", "referat.index.writer", "referat.index.readers",
                 "referat.index.layout", "referat.index.cache", "referat.index.lock",
                 "concurrent.futures", "multiprocessing", "html.parser",
                 "referat.index.model", "referat.index.sections", "gzip")


def import_report(ix: Path) -> tuple[list[tuple[str, int]], list[str], float]:
    """`-X importtime` of `referat search`: slowest imports (cumulative µs), the
    indexing-only modules it loaded, and the total import time in seconds."""
    code = ("import sys; from referat.search.cli import cli; "
            f"sys.argv = ['referat', 'search', 'sortering', '--index', {str(ix)!r}]; "
            "cli(standalone_mode=False); "
            "print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code],
                          capture_output=True, text=True, check=True, cwd="/")
    rows, modules = [], []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _self_us, cum_us, name = line[len("import time:"):].split("|")
            if cum_us.strip().isdigit():
                rows.append((name.rstrip(), int(cum_us), len(name) - len(name.lstrip())))
        elif line.startswith("MODULES "):
            modules = line.split()[1:]
    top_level = sum(us for _, us, indent in rows if indent <= 1)
    slow = sorted(((n.strip(), us) for n, us, _ in rows), key=lambda r: -r[1])[:12]
    found = [m for m in modules if any(m == p or m.startswith(p + ".") for p in INDEXING_ONLY)]
    return slow, found, top_level / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, action="append", dest="indexes")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--no-refs", action="store_true")
    ap.add_argument("--stock-always", action="store_true")
    args = ap.parse_args()
    indexes = args.indexes or [p for p in (WORK / "ingest" / "index", WORK / "scale" / "index")
                               if list(p.glob("_referat_*.toc"))]
    rows = []
    for ix in indexes:
        before = load()
        times, _ = time_referat(ix, args.passes)
        n_items = sum(1 for _ in item_texts(ix)) if not args.no_refs else None
        ms = [t * 1000 for t in times]
        base_p50 = percentile(ms, 50)
        rows.append([str(ix), n_items or "", "referat (snippets, filters)", "",
                     f"{base_p50:.1f}", f"{percentile(ms, 95):.1f}", f"{max(ms):.1f}", "1.00x",
                     before])
        if args.no_refs:
            continue
        refs = time_refs(ix, args.passes, stock=args.stock_always or n_items <= 20_000)
        for name, (build, rtimes) in refs.items():
            rms = [t * 1000 for t in rtimes]
            rows.append(["", "", name, f"{build:.1f}", f"{percentile(rms, 50):.1f}",
                         f"{percentile(rms, 95):.1f}", f"{max(rms):.1f}",
                         f"{base_p50 / percentile(rms, 50):.2f}x", load()])
    print(table(["index", "items", "engine", "build s", "p50 ms", "p95 ms", "max ms",
                 "referat p50 ÷ this p50", "load"], rows))

    small = small_index()
    cold = cold_start(small)
    slow, found, total = import_report(small)
    print(f"\ncold start `referat search sortering --index {small}` (median of 7): wall "
          f"{cold['wall']:.3f} s, CPU {cold['cpu']:.3f} s (bare `python -c pass`: wall "
          f"{cold['bare_wall']:.3f} s, CPU {cold['bare_cpu']:.3f} s); imports {total:.3f} s; "
          f"load {load()}")
    print("indexing-only modules imported by `referat search`: " + (", ".join(found) or "none"))
    print(table(["slowest imports (cumulative)", "ms"], [[n, f"{us / 1000:.1f}"]
                                                          for n, us in slow]))


if __name__ == "__main__":
    main()
